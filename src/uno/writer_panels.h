// The Writer panels of the Customer Focus deck: Customers (the groups, with
// add, edit, remove and reorder), Focus checks (live findings; a click opens
// the group) and Worksheet (insert/update, export, import). Each is built from
// its .xdl and follows the document's model through ModelObserver.
#pragma once

#include "model.h"
#include "finding.h"
#include "writer_model_store.h"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <rtl/ref.hxx>

#include <vector>

namespace cf::uno {

enum class WriterPanelKind { Customers, FocusChecks, Worksheet };

class WriterPanel : public cppu::WeakImplHelper4<css::ui::XUIElement, css::ui::XToolPanel,
                                                 css::ui::XSidebarPanel, css::lang::XComponent>,
                    public ModelObserver {
 public:
  // Throws css::uno::RuntimeException when the dialog cannot be created, and
  // UserError when the frame shows no Writer document.
  WriterPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame,
              const css::uno::Reference<css::awt::XWindow>& parent, const rtl::OUString& resourceUrl,
              WriterPanelKind kind);
  ~WriterPanel() override;

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

  // ModelObserver
  void modelChanged() override;

 private:
  class Listener;
  void onAction(const rtl::OUString& command);
  void onFindingSelected(sal_Int32 position);
  void refresh();
  void editAt(std::size_t index);
  void dispatch(const char* command);

  css::uno::Reference<css::uno::XComponentContext> context_;
  css::uno::WeakReference<css::frame::XFrame> frame_;
  css::uno::Reference<css::frame::XModel> document_;
  rtl::OUString resourceUrl_;
  WriterPanelKind kind_;
  css::uno::Reference<css::awt::XWindow> window_;
  rtl::Reference<Listener> listener_;
  std::vector<core::Finding> findings_;  // as listed in the Focus checks panel
};

}  // namespace cf::uno
