#include "panel_base.h"

#include "boundary.h"
#include "help.h"
#include "messages.h"
#include "package.h"
#include "ustring.h"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/XContainerWindowProvider.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {

PanelBase::PanelBase(const Reference<css::uno::XComponentContext>& context,
                     const Reference<css::frame::XFrame>& frame, const Reference<css::awt::XWindow>& parent,
                     const rtl::OUString& resourceUrl, const char* dialog, sal_Int32 minimalWidth)
    : context_(context), frame_(frame), resourceUrl_(resourceUrl), minimalWidth_(minimalWidth) {
  Reference<css::awt::XWindowPeer> parentPeer(parent, UNO_QUERY);
  if (!parentPeer.is())
    throw css::uno::RuntimeException(toOUString(core::tr("panel.error.noParent")));
  Reference<css::awt::XContainerWindowProvider> provider =
      css::awt::ContainerWindowProvider::create(context_);
  window_ = provider->createContainerWindow(dialogUrl(context_, dialog), "", parentPeer, {});
  if (!window_.is()) throw css::uno::RuntimeException(toOUString(core::tr("panel.error.notBuilt")));
  connectHelpButton(context_, Reference<css::awt::XControlContainer>(window_, UNO_QUERY_THROW), dialog);
}

PanelBase::~PanelBase() {
  (void)guarded([&] {
    Reference<css::lang::XComponent> window(window_, UNO_QUERY);
    if (window.is()) window->dispose();
  });
}

// The getters below return a member or a constant: copying a Reference or an
// OUString cannot throw.
// boundary-exempt: returns a member
Reference<css::frame::XFrame> PanelBase::getFrame() { return frame_; }
// boundary-exempt: returns a member
rtl::OUString PanelBase::getResourceURL() { return resourceUrl_; }
// boundary-exempt: returns a constant
sal_Int16 PanelBase::getType() { return css::ui::UIElementType::TOOLPANEL; }
// boundary-exempt: returns this object
Reference<css::uno::XInterface> PanelBase::getRealInterface() {
  return static_cast<css::ui::XToolPanel*>(this);
}
// boundary-exempt: returns a member
Reference<css::awt::XWindow> PanelBase::getWindow() { return window_; }

Reference<css::accessibility::XAccessible> PanelBase::createAccessible(
    const Reference<css::accessibility::XAccessible>&) {
  // The container window's own accessible object already exposes every
  // control with its label; the sidebar falls back to it.
  Reference<css::accessibility::XAccessible> accessible;
  (void)guarded([&] { accessible.set(window_, UNO_QUERY); });
  return accessible;
}

// boundary-exempt: the window is asked in guarded(); a LayoutSize of three integers cannot throw
css::ui::LayoutSize PanelBase::getHeightForWidth(sal_Int32) {
  sal_Int32 height = 0;
  (void)guarded([&] {
    if (window_.is()) height = window_->getPosSize().Height;
  });
  return css::ui::LayoutSize(height, height, height);
}

// boundary-exempt: returns a member
sal_Int32 PanelBase::getMinimalWidth() { return minimalWidth_; }

void PanelBase::dispose() {
  (void)guarded([&] {
    if (!window_.is()) return;
    onDispose();
    Reference<css::lang::XComponent> window(window_, UNO_QUERY);
    window_.clear();
    if (window.is()) window->dispose();
  });
}

}  // namespace cf::uno
