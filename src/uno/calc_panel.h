// The Calc panel of the Customer Focus deck: what was detected in the table
// at the cursor (range, respondents, groups and roles, attributes, unusable
// cells), the settings (not-applicable codes, minimum n, crosshair), and the
// Build value matrix and Column mapping… buttons. It follows the cursor:
// moving to another table updates it. Controls come from dialogs/CalcPanel.xdl.
#pragma once

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/weakref.hxx>
#include <rtl/ref.hxx>

namespace cf::uno {

class CalcPanel : public cppu::WeakImplHelper4<css::ui::XUIElement, css::ui::XToolPanel,
                                               css::ui::XSidebarPanel, css::lang::XComponent> {
 public:
  // Builds the panel inside `parent`. Throws css::uno::RuntimeException when
  // the dialog cannot be created.
  CalcPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::frame::XFrame>& frame,
            const css::uno::Reference<css::awt::XWindow>& parent, const rtl::OUString& resourceUrl);
  ~CalcPanel() override;

  css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override;
  rtl::OUString SAL_CALL getResourceURL() override;
  sal_Int16 SAL_CALL getType() override;
  css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;
  css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
  css::uno::Reference<css::accessibility::XAccessible> SAL_CALL createAccessible(
      const css::uno::Reference<css::accessibility::XAccessible>& parent) override;
  css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
  sal_Int32 SAL_CALL getMinimalWidth() override;
  void SAL_CALL dispose() override;
  void SAL_CALL addEventListener(const css::uno::Reference<css::lang::XEventListener>&) override {}
  void SAL_CALL removeEventListener(const css::uno::Reference<css::lang::XEventListener>&) override {}

  // Reads the table at the cursor again and shows what was found.
  void refresh();

 private:
  class Listener;
  void onBuild();
  void onMapping();

  css::uno::Reference<css::uno::XComponentContext> context_;
  css::uno::WeakReference<css::frame::XFrame> frame_;
  rtl::OUString resourceUrl_;
  css::uno::Reference<css::awt::XWindow> window_;
  css::uno::Reference<css::view::XSelectionSupplier> selection_;
  rtl::Reference<Listener> listener_;
  std::string lastRange_;
};

}  // namespace cf::uno
