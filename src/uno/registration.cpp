// Every UNO component of the extension, and nothing else: the entry points
// named in extension/customer-focus.components.
#include "dispatcher.h"
#include "panel_factory.h"

#include <sal/types.h>

#include "boundary.h"

namespace {

// A constructor must not throw anything but a UNO exception; these only
// allocate and store the context. Should that fail, the office gets no
// component (nullptr), never an exception.
template <class T>
css::uno::XInterface* create(css::uno::XComponentContext* context) {
  css::uno::XInterface* created = nullptr;
  (void)cf::uno::guarded([&] {
    T* object = new T(context);
    object->acquire();
    created = static_cast<cppu::OWeakObject*>(object);
  });
  return created;
}

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_customerfocus_Dispatcher_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>&) {
  return create<cf::uno::Dispatcher>(context);
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_customerfocus_PanelFactory_get_implementation(css::uno::XComponentContext* context,
                                                  const css::uno::Sequence<css::uno::Any>&) {
  return create<cf::uno::PanelFactory>(context);
}
