#include "dispatcher.h"

#include "boundary.h"
#include "commands.h"
#include "message_box.h"
#include "messages.h"
#include "office_language.h"
#include "ustring.h"

#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weakref.hxx>

#include <vector>

using css::uno::Reference;
using css::uno::Sequence;

namespace cf::uno {
namespace {

// "Fail=user&Mode=x" from the URL's query, as dispatch arguments, so that a
// command can be started with arguments from a menu entry or a macro string.
std::vector<css::beans::PropertyValue> queryArguments(const rtl::OUString& query) {
  std::vector<css::beans::PropertyValue> out;
  sal_Int32 index = 0;
  while (index >= 0 && index < query.getLength()) {
    const rtl::OUString pair = query.getToken(0, '&', index);
    const sal_Int32 eq = pair.indexOf('=');
    if (pair.isEmpty()) continue;
    css::beans::PropertyValue p;
    p.Name = eq < 0 ? pair : pair.copy(0, eq);
    p.Value <<= (eq < 0 ? rtl::OUString() : pair.copy(eq + 1));
    out.push_back(p);
  }
  return out;
}

rtl::OUString commandName(const css::util::URL& url) {
  // The URL transformer does not know our protocol, so depending on the
  // caller the name is in Path, with or without the query, or only in
  // Complete.
  rtl::OUString name;
  if (url.Protocol.equalsAscii(kProtocol.data()) && !url.Path.isEmpty()) name = url.Path;
  else if (!url.Complete.startsWith(toOUString(kProtocol), &name)) return {};
  const sal_Int32 q = name.indexOf('?');
  return q < 0 ? name : name.copy(0, q);
}

rtl::OUString commandQuery(const css::util::URL& url) {
  if (!url.Arguments.isEmpty()) return url.Arguments;
  const sal_Int32 q = url.Complete.indexOf('?');
  return q < 0 ? rtl::OUString() : url.Complete.copy(q + 1);
}

}  // namespace

Dispatcher::Dispatcher(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

void Dispatcher::initialize(const Sequence<css::uno::Any>& arguments) {
  (void)guarded([&] {
    Reference<css::frame::XFrame> frame;
    if (arguments.getLength() > 0 && (arguments[0] >>= frame)) frame_ = frame;
  });
}

Reference<css::frame::XDispatch> Dispatcher::queryDispatch(const css::util::URL& url,
                                                           const rtl::OUString&, sal_Int32) {
  bool ours = false;
  (void)guarded([&] {
    const rtl::OUString name = commandName(url);
    ours = !name.isEmpty() && findCommand(toUtf8(name)) != nullptr;
  });
  if (!ours) return {};
  return this;
}

Sequence<Reference<css::frame::XDispatch>> Dispatcher::queryDispatches(
    const Sequence<css::frame::DispatchDescriptor>& requests) {
  Sequence<Reference<css::frame::XDispatch>> out;
  (void)guarded([&] {
    out.realloc(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
      out.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                        requests[i].SearchFlags);
  });
  return out;
}

void Dispatcher::dispatch(const css::util::URL& url,
                          const Sequence<css::beans::PropertyValue>& arguments) {
  run(url, arguments, {});
}

void Dispatcher::dispatchWithNotification(
    const css::util::URL& url, const Sequence<css::beans::PropertyValue>& arguments,
    const Reference<css::frame::XDispatchResultListener>& listener) {
  run(url, arguments, listener);
}

void Dispatcher::run(const css::util::URL& url, const Sequence<css::beans::PropertyValue>& arguments,
                     const Reference<css::frame::XDispatchResultListener>& listener) {
  useOfficeLanguage(context_);
  CommandContext ctx;
  ctx.context = context_;
  ctx.frame = frame_;
  ctx.interactive = !listener.is();

  const Outcome outcome = guarded([&] {
    std::vector<css::beans::PropertyValue> all = queryArguments(commandQuery(url));
    for (const auto& p : arguments) {
      if (p.Name == "Frame") {
        Reference<css::frame::XFrame> frame;
        if (p.Value >>= frame) ctx.frame = frame;
      }
      all.push_back(p);
    }
    ctx.arguments = Sequence<css::beans::PropertyValue>(all.data(), static_cast<sal_Int32>(all.size()));
    const rtl::OUString name = commandName(url);
    Command command = findCommand(toUtf8(name));
    if (command == nullptr) throw UserError{core::tr("command.error.unknown", {toUtf8(name)})};
    command(ctx);
  });

  if (ctx.interactive) {
    if (!outcome.ok) showMessage(context_, ctx.frame, MessageKind::Error, outcome.message);
    else if (!ctx.message.empty()) showMessage(context_, ctx.frame, MessageKind::Info, ctx.message);
    return;
  }
  (void)guarded([&] {
    css::frame::DispatchResultEvent event;
    event.Source = static_cast<cppu::OWeakObject*>(this);
    event.State = outcome.ok ? css::frame::DispatchResultState::SUCCESS
                             : css::frame::DispatchResultState::FAILURE;
    if (outcome.ok) event.Result = ctx.result;
    else event.Result <<= toOUString(outcome.message);
    listener->dispatchFinished(event);
  });
}

void Dispatcher::addStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                   const css::util::URL& url) {
  (void)guarded([&] {
    if (!listener.is()) return;
    css::frame::FeatureStateEvent state;
    state.FeatureURL = url;
    state.IsEnabled = true;
    state.Source = static_cast<cppu::OWeakObject*>(this);
    listener->statusChanged(state);
  });
}

void Dispatcher::removeStatusListener(const Reference<css::frame::XStatusListener>&,
                                      const css::util::URL&) {}

// boundary-exempt: service information, made of constants
rtl::OUString Dispatcher::getImplementationName() {
  return rtl::OUString::createFromAscii(kImplementationName);
}

// boundary-exempt: service information, made of constants
sal_Bool Dispatcher::supportsService(const rtl::OUString& name) {
  return cppu::supportsService(this, name);
}

// boundary-exempt: service information, made of constants
Sequence<rtl::OUString> Dispatcher::getSupportedServiceNames() {
  const rtl::OUString name("com.sun.star.frame.ProtocolHandler");
  return Sequence<rtl::OUString>(&name, 1);
}

}  // namespace cf::uno
