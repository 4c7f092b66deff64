#include "panel_factory.h"

#include "boundary.h"
#include "calc_panel.h"
#include "messages.h"
#include "office_language.h"
#include "panel.h"
#include "ustring.h"
#include "writer_panels.h"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/supportsservice.hxx>

using css::uno::Reference;

namespace cf::uno {

namespace {
constexpr std::string_view kResourcePrefix = "private:resource/toolpanel/CustomerFocusPanelFactory/";
}

PanelFactory::PanelFactory(const Reference<css::uno::XComponentContext>& context)
    : context_(context) {}

// Checks its arguments and throws the IllegalArgumentException its interface
// declares; the panel itself is built in guarded().
// boundary-exempt: checks its arguments; the panel is built in guarded()
Reference<css::ui::XUIElement> PanelFactory::createUIElement(
    const rtl::OUString& resourceUrl, const css::uno::Sequence<css::beans::PropertyValue>& arguments) {
  Reference<css::frame::XFrame> frame;
  Reference<css::awt::XWindow> parent;
  for (const css::beans::PropertyValue& p : arguments) {
    if (p.Name == "Frame") p.Value >>= frame;
    else if (p.Name == "ParentWindow") p.Value >>= parent;
  }
  rtl::OUString panelName;
  if (!resourceUrl.startsWith(toOUString(kResourcePrefix), &panelName) || (panelName != "Main" && panelName != "Calc" &&
                                  panelName != "Customers" && panelName != "FocusChecks" &&
                                  panelName != "Worksheet"))
    throw css::lang::IllegalArgumentException("Unknown Customer Focus panel: " + resourceUrl,
                                              static_cast<cppu::OWeakObject*>(this), 0);
  if (!frame.is())
    throw css::lang::IllegalArgumentException("No Frame argument for the Customer Focus panel",
                                              static_cast<cppu::OWeakObject*>(this), 1);
  if (!parent.is())
    throw css::lang::IllegalArgumentException(
        "No ParentWindow argument for the Customer Focus panel",
        static_cast<cppu::OWeakObject*>(this), 1);

  useOfficeLanguage(context_);
  // Building the panel is the wall: anything but the declared exception
  // becomes a RuntimeException the sidebar knows how to handle.
  Reference<css::ui::XUIElement> panel;
  const Outcome outcome = guarded([&] {
    if (panelName == "Calc") panel = new CalcPanel(context_, frame, parent, resourceUrl);
    else if (panelName == "Customers")
      panel = new WriterPanel(context_, frame, parent, resourceUrl, WriterPanelKind::Customers);
    else if (panelName == "FocusChecks")
      panel = new WriterPanel(context_, frame, parent, resourceUrl, WriterPanelKind::FocusChecks);
    else if (panelName == "Worksheet")
      panel = new WriterPanel(context_, frame, parent, resourceUrl, WriterPanelKind::Worksheet);
    else panel = new Panel(context_, frame, parent, resourceUrl);
  });
  if (!outcome.ok) throw css::uno::RuntimeException(toOUString(outcome.message));
  return panel;
}

// boundary-exempt: service information, made of constants
rtl::OUString PanelFactory::getImplementationName() {
  return rtl::OUString::createFromAscii(kImplementationName);
}

// boundary-exempt: service information, made of constants
sal_Bool PanelFactory::supportsService(const rtl::OUString& name) {
  return cppu::supportsService(this, name);
}

// boundary-exempt: service information, made of constants
css::uno::Sequence<rtl::OUString> PanelFactory::getSupportedServiceNames() {
  const rtl::OUString name("com.sun.star.ui.UIElementFactory");
  return css::uno::Sequence<rtl::OUString>(&name, 1);
}

}  // namespace cf::uno
