#include "message_box.h"

#include "boundary.h"
#include "ustring.h"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

namespace cf::uno {

void showMessage(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, MessageKind kind,
                 const std::string& text) noexcept {
  (void)guarded([&] {
    if (!frame.is()) return;
    css::uno::Reference<css::awt::XWindowPeer> parent(frame->getContainerWindow(),
                                                      css::uno::UNO_QUERY);
    if (!parent.is()) return;
    css::uno::Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context),
                                                              css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::awt::XMessageBox> box = factory->createMessageBox(
        parent,
        kind == MessageKind::Error ? css::awt::MessageBoxType_ERRORBOX
                                   : css::awt::MessageBoxType_INFOBOX,
        css::awt::MessageBoxButtons::BUTTONS_OK, "Customer Focus", toOUString(text));
    box->execute();
  });
}

}  // namespace cf::uno
