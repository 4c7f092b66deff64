#include "message_box.h"

#include "boundary.h"
#include "ustring.h"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

namespace cf::uno {

namespace {

// The box's answer, or -1 when there is no window to show it on.
sal_Int16 runBox(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, css::awt::MessageBoxType type,
                 sal_Int32 buttons, const std::string& text) {
  if (!frame.is()) return -1;
  css::uno::Reference<css::awt::XWindowPeer> parent(frame->getContainerWindow(), css::uno::UNO_QUERY);
  if (!parent.is()) return -1;
  css::uno::Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context),
                                                            css::uno::UNO_QUERY_THROW);
  css::uno::Reference<css::awt::XMessageBox> box =
      factory->createMessageBox(parent, type, buttons, "Customer Focus", toOUString(text));
  return box->execute();
}

}  // namespace

void showMessage(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, MessageKind kind,
                 const std::string& text) noexcept {
  (void)guarded([&] {
    runBox(context, frame,
           kind == MessageKind::Error ? css::awt::MessageBoxType_ERRORBOX : css::awt::MessageBoxType_INFOBOX,
           css::awt::MessageBoxButtons::BUTTONS_OK, text);
  });
}

bool askYesNo(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame, const std::string& text) noexcept {
  bool yes = false;
  (void)guarded([&] {
    yes = runBox(context, frame, css::awt::MessageBoxType_QUERYBOX,
                 css::awt::MessageBoxButtons::BUTTONS_YES_NO, text) == css::awt::MessageBoxResults::YES;
  });
  return yes;
}

}  // namespace cf::uno
