// The Customer Focus sidebar panel. Its controls come from dialogs/Panel.xdl
// (with localised strings); C++ reacts to its buttons through action
// listeners, behind the boundary.
#pragma once

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase4.hxx>
#include <rtl/ref.hxx>

namespace cf::uno {

class Panel : public cppu::WeakImplHelper4<css::ui::XUIElement, css::ui::XToolPanel,
                                           css::ui::XSidebarPanel, css::lang::XComponent> {
 public:
  // Builds the panel's window inside `parent`. Throws
  // css::uno::RuntimeException when the dialog cannot be created.
  Panel(const css::uno::Reference<css::uno::XComponentContext>& context,
        const css::uno::Reference<css::frame::XFrame>& frame,
        const css::uno::Reference<css::awt::XWindow>& parent, const rtl::OUString& resourceUrl);
  ~Panel() override;

  // XUIElement
  css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override;
  rtl::OUString SAL_CALL getResourceURL() override;
  sal_Int16 SAL_CALL getType() override;
  css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;

  // XToolPanel
  css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
  css::uno::Reference<css::accessibility::XAccessible> SAL_CALL createAccessible(
      const css::uno::Reference<css::accessibility::XAccessible>& parent) override;

  // XSidebarPanel
  css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
  sal_Int32 SAL_CALL getMinimalWidth() override;

  // XComponent
  void SAL_CALL dispose() override;
  void SAL_CALL addEventListener(const css::uno::Reference<css::lang::XEventListener>&) override {}
  void SAL_CALL removeEventListener(
      const css::uno::Reference<css::lang::XEventListener>&) override {}

 private:
  class ButtonListener;
  void onButton(const rtl::OUString& command);

  css::uno::Reference<css::uno::XComponentContext> context_;
  css::uno::WeakReference<css::frame::XFrame> frame_;
  rtl::OUString resourceUrl_;
  css::uno::Reference<css::awt::XWindow> window_;
  rtl::Reference<ButtonListener> listener_;
};

}  // namespace cf::uno
