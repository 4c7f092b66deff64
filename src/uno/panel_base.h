// What every Customer Focus sidebar panel shares: its window, built from a
// dialog in dialogs/ (with localised strings) inside the sidebar's parent
// window, and the UNO interfaces the sidebar talks to. A panel adds its
// controls' listeners and its own refresh.
#pragma once

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/weakref.hxx>

namespace cf::uno {

class PanelBase : public cppu::WeakImplHelper4<css::ui::XUIElement, css::ui::XToolPanel,
                                               css::ui::XSidebarPanel, css::lang::XComponent> {
 public:
  // XUIElement
  css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override;
  rtl::OUString SAL_CALL getResourceURL() override;
  sal_Int16 SAL_CALL getType() override;
  css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;
  // XToolPanel
  css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
  css::uno::Reference<css::accessibility::XAccessible> SAL_CALL createAccessible(
      const css::uno::Reference<css::accessibility::XAccessible>& parent) override;
  // XSidebarPanel: the height of the dialog's layout, whatever the width.
  css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
  sal_Int32 SAL_CALL getMinimalWidth() override;
  // XComponent: onDispose(), then the window goes.
  void SAL_CALL dispose() override;
  void SAL_CALL addEventListener(const css::uno::Reference<css::lang::XEventListener>&) override {}
  void SAL_CALL removeEventListener(
      const css::uno::Reference<css::lang::XEventListener>&) override {}

 protected:
  // Builds the window from dialogs/<dialog>.xdl inside `parent`. Throws
  // css::uno::RuntimeException when the sidebar gave no parent window or the
  // dialog cannot be built.
  PanelBase(const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::frame::XFrame>& frame,
            const css::uno::Reference<css::awt::XWindow>& parent, const rtl::OUString& resourceUrl,
            const char* dialog, sal_Int32 minimalWidth);
  // Disposes the window when the sidebar never called dispose(), or when a
  // derived constructor threw after the window was built.
  ~PanelBase() override;

  // Detach listeners here; called once, before the window is disposed.
  virtual void onDispose() {}

  css::uno::Reference<css::uno::XComponentContext> context_;
  css::uno::WeakReference<css::frame::XFrame> frame_;
  rtl::OUString resourceUrl_;
  css::uno::Reference<css::awt::XWindow> window_;

 private:
  sal_Int32 minimalWidth_;
};

}  // namespace cf::uno
