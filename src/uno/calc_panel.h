// The Calc panel of the Customer Focus deck: what was detected in the table
// at the cursor (range, respondents, groups and roles, attributes, unusable
// cells), the settings (not-applicable codes, minimum n, crosshair), and the
// Build value matrix and Column mapping… buttons. It follows the cursor:
// moving to another table updates it. Controls come from dialogs/CalcPanel.xdl.
#pragma once

#include "panel_base.h"

#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <rtl/ref.hxx>

#include <string>
#include <vector>

namespace cf::uno {

class CalcPanel : public PanelBase {
 public:
  // Builds the panel inside `parent`. Throws css::uno::RuntimeException when
  // the dialog cannot be created.
  CalcPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::frame::XFrame>& frame,
            const css::uno::Reference<css::awt::XWindow>& parent, const rtl::OUString& resourceUrl);
  ~CalcPanel() override;

  // Reads the table at the cursor again and shows what was found.
  void refresh();

 private:
  class Listener;
  // Calc tells of one change of selection several times: the panel reads
  // the table once per selection.
  void onSelectionChanged();
  void onBuild();
  void onDispose() override;
  void onMapping();
  void onUpdateModel();
  void onSuggestThemes();

  css::uno::Reference<css::view::XSelectionSupplier> selection_;
  rtl::Reference<Listener> listener_;
  std::string lastRange_;
  std::string lastSelection_;
  std::vector<std::string> waveSheets_;  // what the Waves list shows
  void refreshWaves(const css::uno::Reference<css::frame::XModel>& model);
};

}  // namespace cf::uno
