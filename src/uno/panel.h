// The Customer Focus sidebar panel. Its controls come from dialogs/Panel.xdl
// (with localised strings); C++ reacts to its buttons through action
// listeners, behind the boundary.
#pragma once

#include "panel_base.h"

#include <rtl/ref.hxx>

namespace cf::uno {

class Panel : public PanelBase {
 public:
  // Builds the panel's window inside `parent`. Throws
  // css::uno::RuntimeException when the dialog cannot be created.
  Panel(const css::uno::Reference<css::uno::XComponentContext>& context,
        const css::uno::Reference<css::frame::XFrame>& frame,
        const css::uno::Reference<css::awt::XWindow>& parent, const rtl::OUString& resourceUrl);
  ~Panel() override;

 private:
  class ButtonListener;
  void onButton(const rtl::OUString& command);
  void onDispose() override;

  rtl::Reference<ButtonListener> listener_;
};

}  // namespace cf::uno
