#include "panel.h"

#include "boundary.h"
#include "message_box.h"
#include "messages.h"
#include "ustring.h"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase1.hxx>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

// Narrower than this and the labels of the .xdl layout are cut off.
constexpr sal_Int32 kMinimalWidth = 200;

std::string documentKind(const Reference<css::frame::XFrame>& frame) {
  if (!frame.is()) return core::tr("panel.kind.none");
  Reference<css::frame::XController> controller = frame->getController();
  Reference<css::lang::XServiceInfo> model(controller.is() ? controller->getModel() : nullptr,
                                           UNO_QUERY);
  if (!model.is()) return core::tr("panel.kind.none");
  if (model->supportsService("com.sun.star.sheet.SpreadsheetDocument"))
    return core::tr("panel.kind.calc");
  if (model->supportsService("com.sun.star.text.TextDocument"))
    return core::tr("panel.kind.writer");
  return core::tr("panel.kind.other");
}

}  // namespace

// The listener is a separate object so that the toolkit's reference to it
// does not keep the panel alive; the panel detaches it when it goes. (A weak
// reference would have to be made in the constructor, while the panel's
// reference count is still zero, which destroys it.)
class Panel::ButtonListener : public cppu::WeakImplHelper1<css::awt::XActionListener> {
 public:
  explicit ButtonListener(Panel* panel) : panel_(panel) {}
  void detach() { panel_ = nullptr; }
  void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override {
    if (panel_ != nullptr) panel_->onButton(event.ActionCommand);
  }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  Panel* panel_;
};

Panel::~Panel() {
  if (listener_.is()) listener_->detach();
}

Panel::Panel(const Reference<css::uno::XComponentContext>& context,
             const Reference<css::frame::XFrame>& frame, const Reference<css::awt::XWindow>& parent,
             const rtl::OUString& resourceUrl)
    : PanelBase(context, frame, parent, resourceUrl, "Panel", kMinimalWidth) {
  listener_ = new ButtonListener(this);
  Reference<css::awt::XControlContainer> controls(window_, UNO_QUERY_THROW);
  Reference<css::awt::XButton> check(controls->getControl("CheckButton"), UNO_QUERY_THROW);
  check->setActionCommand("Check");
  check->addActionListener(listener_.get());
  window_->setVisible(true);
}

void Panel::onButton(const rtl::OUString& command) {
  const Outcome outcome = guarded([&] {
    if (command != "Check") return;
    Reference<css::awt::XControlContainer> controls(window_, UNO_QUERY_THROW);
    Reference<css::awt::XFixedText> status(controls->getControl("StatusLabel"), UNO_QUERY_THROW);
    status->setText(toOUString(core::tr("panel.ready", {CF_VERSION, documentKind(frame_)})));
  });
  if (!outcome.ok) showMessage(context_, frame_, MessageKind::Error, outcome.message);
}

void Panel::onDispose() {
  if (listener_.is()) listener_->detach();
  listener_.clear();
}

}  // namespace cf::uno
