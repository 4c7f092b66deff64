#include "accessible.h"

#include "office_environment.h"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleStateSet.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/lang/XSingleServiceFactory.hpp>
#include <com/sun/star/reflection/XConstantTypeDescription.hpp>
#include <com/sun/star/script/Invocation.hpp>
#include <com/sun/star/script/XInvocation.hpp>

#include <map>
#include <mutex>
#include <stdexcept>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;

namespace cf::test {
namespace {

Sequence<Any> one(const Any& value) { return Sequence<Any>(&value, 1); }

// Calls `method` of `context` through an Invocation made in the office.
Any invoke(const Context& context, const char* method, const Sequence<Any>& arguments = {}) {
  static const Reference<css::lang::XSingleServiceFactory> factory =
      css::script::Invocation::create(office().context());
  // The Invocation service is an XSingleServiceFactory, whose IDL is
  // deprecated; it has no other way in.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  Reference<css::script::XInvocation> invocation(
      factory->createInstanceWithArguments(one(Any(context))), css::uno::UNO_QUERY_THROW);
#pragma GCC diagnostic pop
  Sequence<sal_Int16> outIndex;
  Sequence<Any> out;
  return invocation->invoke(rtl::OUString::createFromAscii(method), arguments, outIndex, out);
}

// Any integer an Any holds, whatever its width.
sal_Int64 integer(const Any& value) {
  sal_Int64 v = 0;
  if (!(value >>= v)) throw std::runtime_error("the office answered with no number");
  return v;
}

// AccessibleStateType::<name> in the office's own type library: a short in
// 7.4, a bit of a hyper from 7.5 on.
sal_Int64 stateValue(const char* name) {
  static std::mutex mutex;
  static std::map<std::string, sal_Int64> known;
  const std::lock_guard<std::mutex> lock(mutex);
  if (auto it = known.find(name); it != known.end()) return it->second;
  Reference<css::container::XHierarchicalNameAccess> types(
      office().context()->getValueByName(
          "/singletons/com.sun.star.reflection.theTypeDescriptionManager"),
      css::uno::UNO_QUERY_THROW);
  Any found = types->getByHierarchicalName("com.sun.star.accessibility.AccessibleStateType." +
                                           rtl::OUString::createFromAscii(name));
  Reference<css::reflection::XConstantTypeDescription> constant(found, UNO_QUERY);
  if (constant.is()) found = constant->getConstantValue();
  return known[name] = integer(found);
}

}  // namespace

Context contextOf(const Reference<css::uno::XInterface>& object) {
  if (!object.is()) return {};
  Context context(object, UNO_QUERY);
  if (context.is()) return context;
  Reference<css::accessibility::XAccessible> accessible(object, UNO_QUERY);
  return accessible.is() ? accessible->getAccessibleContext() : Context();
}

sal_Int64 childCount(const Context& context) {
  return context.is() ? integer(invoke(context, "getAccessibleChildCount")) : 0;
}

Context child(const Context& context, sal_Int64 index) {
  Reference<css::uno::XInterface> found;
  invoke(context, "getAccessibleChild", one(Any(index))) >>= found;
  return contextOf(found);
}

bool hasState(const Context& context, const char* name) {
  const Any states = invoke(context, "getAccessibleStateSet");
  const sal_Int64 state = stateValue(name);
  Reference<css::accessibility::XAccessibleStateSet> set(states, UNO_QUERY);
  if (set.is()) return set->contains(static_cast<sal_Int16>(state));
  return (integer(states) & state) != 0;
}

std::string nameOf(const Context& context) {
  return context.is() ? toUtf8(context->getAccessibleName().replaceAll("~", "")) : std::string();
}

}  // namespace cf::test
