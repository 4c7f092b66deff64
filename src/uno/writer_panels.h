// The Writer panels of the Customer Focus deck: Customers (the groups, with
// add, edit, remove and reorder), Focus checks (live findings; a click opens
// the group) and Worksheet (insert/update, export, import). Each is built from
// its .xdl and follows the document's model through ModelObserver.
#pragma once

#include "finding.h"
#include "model.h"
#include "panel_base.h"
#include "writer_model_store.h"

#include <com/sun/star/frame/XModel.hpp>
#include <rtl/ref.hxx>

#include <vector>

namespace cf::uno {

enum class WriterPanelKind { Customers, FocusChecks, Worksheet };

class WriterPanel : public PanelBase, public ModelObserver {
 public:
  // Throws css::uno::RuntimeException when the dialog cannot be created, and
  // UserError when the frame shows no Writer document.
  WriterPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame,
              const css::uno::Reference<css::awt::XWindow>& parent,
              const rtl::OUString& resourceUrl, WriterPanelKind kind);
  ~WriterPanel() override;

  // ModelObserver
  void modelChanged() override;

 private:
  class Listener;
  void onAction(const rtl::OUString& command);
  void onDispose() override;
  void onFindingSelected(sal_Int32 position);
  void refresh();
  void editAt(std::size_t index);
  void dispatch(const char* command);

  css::uno::Reference<css::frame::XModel> document_;
  WriterPanelKind kind_;
  rtl::Reference<Listener> listener_;
  std::vector<core::Finding> findings_;  // as listed in the Focus checks panel
};

}  // namespace cf::uno
