// Creates the Customer Focus sidebar panels. The sidebar asks for
// "private:resource/toolpanel/CustomerFocusPanelFactory/<Panel>" (see
// Sidebar.xcu and Factories.xcu) and passes the frame and parent window.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace cf::uno {

class PanelFactory
    : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
 public:
  static constexpr const char* kImplementationName = "org.customerfocus.PanelFactory";

  explicit PanelFactory(const css::uno::Reference<css::uno::XComponentContext>& context);

  // Throws IllegalArgumentException for an unknown resource or missing
  // Frame/ParentWindow arguments, as the sidebar expects.
  css::uno::Reference<css::ui::XUIElement> SAL_CALL createUIElement(
      const rtl::OUString& resourceUrl,
      const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;

  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace cf::uno
