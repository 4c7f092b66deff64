// The protocol handler for vnd.customerfocus: URLs. It finds the command,
// runs it behind the boundary, and reports the outcome: a message box for a
// person, a DispatchResultEvent (SUCCESS with the result, or FAILURE with the
// message) for XNotifyingDispatch callers such as cfocus.
#pragma once

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/weakref.hxx>

namespace cf::uno {

class Dispatcher
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo> {
 public:
  static constexpr const char* kImplementationName = "org.customerfocus.Dispatcher";

  explicit Dispatcher(const css::uno::Reference<css::uno::XComponentContext>& context);

  // XInitialization: the frame the handler serves comes as the first argument.
  void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;

  // XDispatchProvider
  css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(
      const css::util::URL& url, const rtl::OUString& targetFrame, sal_Int32 searchFlags) override;
  css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL queryDispatches(
      const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

  // XDispatch, XNotifyingDispatch
  void SAL_CALL dispatch(const css::util::URL& url,
                         const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
  void SAL_CALL dispatchWithNotification(
      const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
      const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
  void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                  const css::util::URL& url) override;
  void SAL_CALL removeStatusListener(
      const css::uno::Reference<css::frame::XStatusListener>& listener,
      const css::util::URL& url) override;

  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  void run(const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
           const css::uno::Reference<css::frame::XDispatchResultListener>& listener);

  css::uno::Reference<css::uno::XComponentContext> context_;
  css::uno::WeakReference<css::frame::XFrame> frame_;
};

}  // namespace cf::uno
