#include "calc_panel.h"

#include "boundary.h"
#include "calc_command.h"
#include "calc_mapping_store.h"
#include "calc_output.h"
#include "calc_table.h"
#include "message_box.h"
#include "messages.h"
#include "package.h"
#include "run_options.h"
#include "ustring.h"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XNumericField.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/URL.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase2.hxx>

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

constexpr sal_Int32 kMinimalWidth = 200;
// The Waves by time drop-down's items, as the build's WavesBy argument.
constexpr const char* kWavesBy[] = {"none", "month", "quarter", "year"};

std::string listed(const std::vector<std::string>& items, std::size_t max) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < max; ++i) out += (i ? "; " : "") + items[i];
  if (items.size() > max) out = core::tr("calc.panel.inAll", {out, std::to_string(items.size())});
  return out;
}

// A plain dispatch rather than DispatchHelper: DispatchHelper passes a result
// listener, and a command with a listener takes its caller for a program, so
// it would neither open the mapping dialog nor tell the person the outcome.
void dispatchAsPerson(const Reference<css::frame::XFrame>& frame, const char* command,
                      const css::uno::Sequence<css::beans::PropertyValue>& args) {
  css::util::URL url;
  url.Complete = rtl::OUString::createFromAscii(command);
  Reference<css::frame::XDispatchProvider> provider(frame, UNO_QUERY_THROW);
  Reference<css::frame::XDispatch> dispatch = provider->queryDispatch(url, "_self", 0);
  if (!dispatch.is()) throw UserError{core::tr("panel.error.notReady")};
  dispatch->dispatch(url, args);
}

}  // namespace

// One listener object for the button and the selection: the toolkit and the
// controller hold it, not the panel, which detaches it when it goes.
class CalcPanel::Listener
    : public cppu::WeakImplHelper2<css::awt::XActionListener, css::view::XSelectionChangeListener> {
 public:
  explicit Listener(CalcPanel* panel) : panel_(panel) {}
  void detach() { panel_ = nullptr; }
  void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override {
    if (panel_ == nullptr) return;
    if (event.ActionCommand == "Mapping")
      panel_->onMapping();
    else if (event.ActionCommand == "UpdateModel")
      panel_->onUpdateModel();
    else if (event.ActionCommand == "SuggestThemes")
      panel_->onSuggestThemes();
    else
      panel_->onBuild();
  }
  void SAL_CALL selectionChanged(const css::lang::EventObject&) override {
    if (panel_ != nullptr) panel_->onSelectionChanged();
  }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  CalcPanel* panel_;
};

CalcPanel::CalcPanel(const Reference<css::uno::XComponentContext>& context,
                     const Reference<css::frame::XFrame>& frame,
                     const Reference<css::awt::XWindow>& parent, const rtl::OUString& resourceUrl)
    : PanelBase(context, frame, parent, resourceUrl, "CalcPanel", kMinimalWidth) {
  listener_ = new Listener(this);
  Reference<css::awt::XControlContainer> controls(window_, UNO_QUERY_THROW);
  Reference<css::awt::XButton> build(controls->getControl("BuildButton"), UNO_QUERY_THROW);
  build->setActionCommand("Build");
  build->addActionListener(listener_.get());
  Reference<css::awt::XButton> mapping(controls->getControl("MappingButton"), UNO_QUERY_THROW);
  mapping->setActionCommand("Mapping");
  mapping->addActionListener(listener_.get());
  Reference<css::awt::XButton> update(controls->getControl("UpdateModelButton"), UNO_QUERY_THROW);
  update->setActionCommand("UpdateModel");
  update->addActionListener(listener_.get());
  Reference<css::awt::XButton> suggest(controls->getControl("SuggestThemesButton"), UNO_QUERY_THROW);
  suggest->setActionCommand("SuggestThemes");
  suggest->addActionListener(listener_.get());
  selection_.set(frame->getController(), UNO_QUERY);
  if (selection_.is()) selection_->addSelectionChangeListener(listener_.get());
  window_->setVisible(true);
  refresh();
}

CalcPanel::~CalcPanel() {
  if (listener_.is()) listener_->detach();
}

void CalcPanel::refresh() {
  (void)guarded([&] {
    Reference<css::awt::XControlContainer> controls(window_, UNO_QUERY);
    Reference<css::frame::XFrame> frame(frame_);
    if (!controls.is() || !frame.is()) return;
    Reference<css::awt::XFixedText> label(controls->getControl("DetectedLabel"), UNO_QUERY_THROW);
    Reference<css::awt::XTextComponent> na(controls->getControl("NotApplicableField"),
                                           UNO_QUERY_THROW);
    Reference<css::frame::XController> controller = frame->getController();
    Reference<css::frame::XModel> model(controller.is() ? controller->getModel() : nullptr,
                                        UNO_QUERY);
    std::string text;
    const Outcome found = guarded([&] {
      const TableOverview o =
          inspectFeedbackTable(model, core::parseNotApplicableCodes(toUtf8(na->getText())));
      text = core::tr(o.builtHere ? "calc.panel.builtFrom" : "calc.panel.table", {o.range});
      // A long table is described from its first rows; the count of all
      // rows replaces the count of respondents in them, which would mislead.
      text += "\n" +
              (o.checkedRows > 0
                   ? core::tr("calc.panel.sampled",
                              {std::to_string(o.rows), std::to_string(o.checkedRows)})
                   : core::tr("calc.panel.respondents", {std::to_string(o.respondents)})) +
              "\n" +
              core::tr("calc.panel.groups",
                       {o.groups.empty() ? core::tr("calc.panel.none") : listed(o.groups, 4)}) +
              "\n" +
              core::tr("calc.panel.attributes",
                       {std::to_string(o.attributes.size()), listed(o.attributes, 5)}) +
              "\n" +
              core::tr("calc.panel.cells",
                       {std::to_string(o.unusableCells), std::to_string(o.notApplicableCells)});
      if (!o.doubts.empty()) text += "\n" + core::tr("calc.panel.unsure", {o.doubts.front()});
      lastRange_ = o.range;
    });
    if (!found.ok) text = found.message;
    label->setText(toOUString(text));
    refreshWaves(model);
  });
}

// The sheets that may be waves: the document's, but for our own output and
// the side sheets. Filled again only when they change, keeping the picks.
void CalcPanel::refreshWaves(const Reference<css::frame::XModel>& model) {
  Reference<css::awt::XControlContainer> controls(window_, UNO_QUERY);
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY);
  if (!controls.is() || !doc.is()) return;
  Reference<css::awt::XListBox> waves(controls->getControl("WavesList"), UNO_QUERY_THROW);
  Reference<css::awt::XListBox> analysed(controls->getControl("AnalysedWaveList"), UNO_QUERY_THROW);
  const std::vector<std::string> owned = ownedSheets(doc);
  std::vector<std::string> names;
  for (const std::string& n : tableSheetNames(model))
    if (std::find(owned.begin(), owned.end(), n) == owned.end()) names.push_back(n);
  if (names == waveSheets_ && analysed->getItemCount() > 0) return;
  std::set<rtl::OUString> picked;
  for (const rtl::OUString& n : waves->getSelectedItems()) picked.insert(n);
  rtl::OUString chosen = analysed->getSelectedItemPos() > 0 ? analysed->getSelectedItem() : rtl::OUString();
  // Filled for the first time: the waves the document was last built from.
  if (analysed->getItemCount() == 0)
    if (const std::optional<StoredWaves> stored = readStoredWaves(model)) {
      for (const std::string& n : stored->sheets) picked.insert(toOUString(n));
      chosen = toOUString(stored->analysed);
      Reference<css::awt::XListBox> by(controls->getControl("WavesByList"), UNO_QUERY_THROW);
      for (std::size_t i = 1; i < std::size(kWavesBy); ++i)
        if (stored->by == kWavesBy[i]) by->selectItemPos(static_cast<sal_Int16>(i), true);
    }
  waves->removeItems(0, waves->getItemCount());
  analysed->removeItems(0, analysed->getItemCount());
  analysed->addItem(toOUString(core::tr("calc.panel.latestWave")), 0);
  sal_Int16 selected = 0;  // "Latest", unless the wave chosen is still there
  for (std::size_t i = 0; i < names.size(); ++i) {
    const rtl::OUString n = toOUString(names[i]);
    waves->addItem(n, static_cast<sal_Int16>(i));
    analysed->addItem(n, static_cast<sal_Int16>(i + 1));
    if (n == chosen) selected = static_cast<sal_Int16>(i + 1);
  }
  // Selected once the items are all in: a selection made before the others
  // were added was lost (the drop-down showed nothing, the list kept only
  // its last pick).
  for (std::size_t i = 0; i < names.size(); ++i)
    if (picked.count(toOUString(names[i])) > 0) waves->selectItemPos(static_cast<sal_Int16>(i), true);
  analysed->selectItemPos(selected, true);
  waveSheets_ = std::move(names);
}

void CalcPanel::onSelectionChanged() {
  bool changed = true;
  (void)guarded([&] {
    if (!selection_.is()) return;
    std::string key;
    const css::uno::Any selected = selection_->getSelection();
    Reference<css::sheet::XCellRangeAddressable> range(selected, UNO_QUERY);
    Reference<css::sheet::XSheetCellRangeContainer> ranges(selected, UNO_QUERY);
    if (range.is()) {
      const css::table::CellRangeAddress a = range->getRangeAddress();
      key = std::to_string(a.Sheet) + ":" + std::to_string(a.StartColumn) + "," +
            std::to_string(a.StartRow) + ":" + std::to_string(a.EndColumn) + "," +
            std::to_string(a.EndRow);
    } else if (ranges.is()) {
      key = toUtf8(ranges->getRangeAddressesAsString());
    }
    changed = key.empty() || key != lastSelection_;
    lastSelection_ = std::move(key);
  });
  if (changed) refresh();
}

void CalcPanel::onBuild() {
  const Outcome outcome = guarded([&] {
    Reference<css::frame::XFrame> frame(frame_);
    Reference<css::awt::XControlContainer> controls(window_, UNO_QUERY_THROW);
    if (!frame.is()) return;
    Reference<css::awt::XTextComponent> na(controls->getControl("NotApplicableField"),
                                           UNO_QUERY_THROW);
    Reference<css::awt::XNumericField> minN(controls->getControl("MinNField"), UNO_QUERY_THROW);
    Reference<css::awt::XListBox> crosshair(controls->getControl("CrosshairList"), UNO_QUERY_THROW);
    Reference<css::awt::XListBox> waves(controls->getControl("WavesList"), UNO_QUERY_THROW);
    Reference<css::awt::XListBox> analysed(controls->getControl("AnalysedWaveList"), UNO_QUERY_THROW);
    Reference<css::awt::XListBox> by(controls->getControl("WavesByList"), UNO_QUERY_THROW);
    const css::uno::Sequence<rtl::OUString> picked = waves->getSelectedItems();
    // One sheet is no series: the person meant two or more, or none.
    if (picked.getLength() == 1) throw UserError{core::tr("calc.panel.oneWave")};
    std::vector<css::beans::PropertyValue> list(3);
    list[0].Name = "NotApplicable";
    list[0].Value <<= na->getText();
    list[1].Name = "MinN";
    list[1].Value <<= minN->getValue();
    list[2].Name = "Crosshair";
    list[2].Value <<= rtl::OUString::createFromAscii(
        crosshair->getSelectedItemPos() == 1 ? "scaleMidpoint" : "dataMeans");
    if (picked.getLength() >= 2) {
      css::beans::PropertyValue w;
      w.Name = "Waves";
      w.Value <<= picked;
      list.push_back(w);
      if (analysed->getSelectedItemPos() > 0) {
        css::beans::PropertyValue a;
        a.Name = "AnalysedWave";
        a.Value <<= analysed->getSelectedItem();
        list.push_back(a);
      }
    }
    // The drop-down's items are in the order of kWavesBy.
    if (const sal_Int16 pos = by->getSelectedItemPos(); pos > 0 && pos < static_cast<sal_Int16>(std::size(kWavesBy))) {
      css::beans::PropertyValue b;
      b.Name = "WavesBy";
      b.Value <<= rtl::OUString::createFromAscii(kWavesBy[pos]);
      list.push_back(b);
    }
    const css::uno::Sequence<css::beans::PropertyValue> args(list.data(), static_cast<sal_Int32>(list.size()));
    dispatchAsPerson(frame, "vnd.customerfocus:BuildValueMatrix", args);
  });
  if (!outcome.ok) showMessage(context_, frame_, MessageKind::Error, outcome.message);
}

// The command, not the panel, opens the dialog: the menu entry and the button
// then behave the same. The panel shows the confirmed mapping's effect at once.
void CalcPanel::onMapping() {
  const Outcome outcome = guarded([&] {
    Reference<css::frame::XFrame> frame(frame_);
    if (!frame.is()) return;
    dispatchAsPerson(frame, "vnd.customerfocus:ColumnMapping", {});
  });
  if (!outcome.ok) showMessage(context_, frame_, MessageKind::Error, outcome.message);
  refresh();
}

// The survey at the cursor into the customer model of the open Writer
// document; the command says what it wrote, or why it could not.
void CalcPanel::onUpdateModel() {
  const Outcome outcome = guarded([&] {
    Reference<css::frame::XFrame> frame(frame_);
    if (!frame.is()) return;
    dispatchAsPerson(frame, "vnd.customerfocus:UpdateModel", {});
  });
  if (!outcome.ok) showMessage(context_, frame_, MessageKind::Error, outcome.message);
}

// Candidate themes from the comments of the table at the cursor, into the
// Themes sheet; the command says what it added, or why it could not.
void CalcPanel::onSuggestThemes() {
  const Outcome outcome = guarded([&] {
    Reference<css::frame::XFrame> frame(frame_);
    if (!frame.is()) return;
    dispatchAsPerson(frame, "vnd.customerfocus:SuggestThemes", {});
  });
  if (!outcome.ok) showMessage(context_, frame_, MessageKind::Error, outcome.message);
}

void CalcPanel::onDispose() {
  if (selection_.is() && listener_.is()) selection_->removeSelectionChangeListener(listener_.get());
  selection_.clear();
  if (listener_.is()) listener_->detach();
  listener_.clear();
}

}  // namespace cf::uno
