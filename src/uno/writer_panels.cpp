#include "writer_panels.h"

#include "boundary.h"
#include "commands.h"
#include "date_format.h"
#include "focus_checks.h"
#include "message_box.h"
#include "messages.h"
#include "office_language.h"
#include "package.h"
#include "ustring.h"
#include "worksheet_form.h"
#include "writer_group_dialog.h"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemList.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/implbase2.hxx>

#include <algorithm>
#include <chrono>
#include <ctime>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

constexpr sal_Int32 kMinimalWidth = 220;

const char* dialogName(WriterPanelKind kind) {
  switch (kind) {
    case WriterPanelKind::Customers:
      return "CustomersPanel";
    case WriterPanelKind::FocusChecks:
      return "CustomerFocusChecks";
    case WriterPanelKind::Worksheet:
      return "CustomerWorksheet";
  }
  return "CustomersPanel";
}

rtl::OUString severityIcon(core::Severity severity) {
  const char* name = severity == core::Severity::Error     ? "severity-error"
                     : severity == core::Severity::Warning ? "severity-warning"
                                                           : "severity-info";
  return "vnd.sun.star.extension://" + toOUString(kExtensionId) + "/icons/" +
         rtl::OUString::createFromAscii(name) + ".png";
}

}  // namespace

// Separate from the panel so that the toolkit's reference to it does not keep
// the panel alive (see Panel::ButtonListener).
class WriterPanel::Listener
    : public cppu::WeakImplHelper2<css::awt::XActionListener, css::awt::XItemListener> {
 public:
  explicit Listener(WriterPanel* panel) : panel_(panel) {}
  void detach() { panel_ = nullptr; }
  void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override {
    if (panel_ != nullptr) panel_->onAction(event.ActionCommand);
  }
  void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override {
    if (panel_ != nullptr) panel_->onFindingSelected(event.Selected);
  }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  WriterPanel* panel_;
};

WriterPanel::WriterPanel(const Reference<css::uno::XComponentContext>& context,
                         const Reference<css::frame::XFrame>& frame,
                         const Reference<css::awt::XWindow>& parent,
                         const rtl::OUString& resourceUrl, WriterPanelKind kind)
    : PanelBase(context, frame, parent, resourceUrl, dialogName(kind), kMinimalWidth),
      document_(writerDocument(frame)),
      kind_(kind) {
  listener_ = new Listener(this);
  Reference<css::awt::XControlContainer> controls(window_, UNO_QUERY_THROW);
  auto button = [&](const char* name, const char* command) {
    Reference<css::awt::XButton> b(controls->getControl(rtl::OUString::createFromAscii(name)),
                                   UNO_QUERY_THROW);
    b->setActionCommand(rtl::OUString::createFromAscii(command));
    b->addActionListener(listener_.get());
  };
  if (kind_ == WriterPanelKind::Customers) {
    button("AddButton", "Add");
    button("EditButton", "Edit");
    button("RemoveButton", "Remove");
    button("UpButton", "Up");
    button("DownButton", "Down");
    Reference<css::awt::XListBox> list(controls->getControl("GroupList"), UNO_QUERY_THROW);
    list->addActionListener(listener_.get());  // a double click edits
  } else if (kind_ == WriterPanelKind::FocusChecks) {
    Reference<css::awt::XListBox> list(controls->getControl("FindingList"), UNO_QUERY_THROW);
    list->addItemListener(listener_.get());
  } else {
    button("InsertButton", "InsertWorksheet");
    button("ExportButton", "ExportModel");
    button("ImportButton", "ImportModel");
    button("UpdateButton", "UpdateModel");
    button("ReportButton", "InsertReport");
  }
  addModelObserver(document_, this);
  refresh();
  window_->setVisible(true);
}

WriterPanel::~WriterPanel() {
  removeModelObserver(this);
  if (listener_.is()) listener_->detach();
}

void WriterPanel::modelChanged() { refresh(); }

// Lists are refilled from the stored model each time, so every panel shows
// what is in the document, whoever changed it.
void WriterPanel::refresh() {
  if (!window_.is() || kind_ == WriterPanelKind::Worksheet) return;
  Reference<css::awt::XControlContainer> controls(window_, UNO_QUERY_THROW);
  const bool customers = kind_ == WriterPanelKind::Customers;
  Reference<css::awt::XControl> control =
      controls->getControl(rtl::OUString::createFromAscii(customers ? "GroupList" : "FindingList"));
  Reference<css::awt::XListBox> list(control, UNO_QUERY_THROW);
  Reference<css::awt::XItemList> items(control->getModel(), UNO_QUERY_THROW);
  const sal_Int16 selected = list->getSelectedItemPos();
  items->removeAllItems();
  findings_.clear();
  core::Model model;
  const Outcome read = guarded([&] { model = readModel(document_); });
  if (!read.ok) {
    items->insertItemText(0, toOUString(read.message));
    return;
  }
  if (customers) {
    for (std::size_t i = 0; i < model.customers.size(); ++i)
      items->insertItemText(static_cast<sal_Int32>(i),
                            toOUString(core::groupListLine(model.customers[i], i)));
    if (selected >= 0 && selected < static_cast<sal_Int16>(model.customers.size()))
      list->selectItemPos(selected, true);
    return;
  }
  findings_ = core::checkFocus(model, core::localToday(), documentDateFormat(context_, document_));
  for (std::size_t i = 0; i < findings_.size(); ++i) {
    const sal_Int32 pos = static_cast<sal_Int32>(i);
    items->insertItemText(pos, toOUString(core::findingListLine(findings_[i])));
    items->setItemImage(pos, severityIcon(findings_[i].severity));
  }
  if (findings_.empty()) items->insertItemText(0, toOUString(core::tr("writer.noFindings")));
}

void WriterPanel::editAt(std::size_t index) {
  requireEditable(document_, "writer.readOnly.groups");
  core::Model model = readModel(document_);
  const bool adding = index >= model.customers.size();
  core::CustomerGroup group;
  if (adding) {
    const bool hasPrimary =
        std::any_of(model.customers.begin(), model.customers.end(),
                    [](const auto& g) { return g.role == core::Role::Primary; });
    group.role = hasPrimary ? core::Role::Supporting : core::Role::Primary;
    group.kind = hasPrimary ? core::CustomerKind::Other : core::CustomerKind::Beneficiary;
  } else {
    group = model.customers[index];
  }
  if (!editGroup(context_, frame_, documentDateFormat(context_, document_), group)) return;
  if (adding)
    model.customers.push_back(group);
  else
    model.customers[index] = group;
  writeModelUndoably(
      document_, model,
      core::tr(adding ? "writer.undo.addGroup" : "writer.undo.editGroup", {group.name}));
}


void WriterPanel::dispatch(const char* command) {
  Reference<css::frame::XFrame> frame(frame_);
  if (!frame.is()) return;
  Reference<css::frame::XDispatchHelper> helper = css::frame::DispatchHelper::create(context_);
  Reference<css::frame::XDispatchProvider> provider(frame, UNO_QUERY_THROW);
  helper->executeDispatch(provider, toOUString(std::string(kProtocol) + command), "", 0, {});
}

void WriterPanel::onAction(const rtl::OUString& command) {
  const Outcome outcome = guarded([&] {
    if (command == "InsertWorksheet" || command == "ExportModel" || command == "ImportModel") {
      dispatch(toUtf8(command).c_str());
      return;
    }
    Reference<css::awt::XControlContainer> controls(window_, UNO_QUERY_THROW);
    Reference<css::awt::XListBox> list(controls->getControl("GroupList"), UNO_QUERY_THROW);
    const sal_Int16 pos = list->getSelectedItemPos();
    if (command == "Add") return editAt(static_cast<std::size_t>(-1));
    if (pos < 0) throw UserError{core::tr("writer.error.selectGroup")};
    const std::size_t i = static_cast<std::size_t>(pos);
    if (command == "Edit" || command.isEmpty()) return editAt(i);
    requireEditable(document_, "writer.readOnly.groups");
    core::Model model = readModel(document_);
    if (i >= model.customers.size()) return;
    const std::string name = model.customers[i].name;
    if (command == "Remove") {
      model.customers.erase(model.customers.begin() + static_cast<std::ptrdiff_t>(i));
      writeModelUndoably(document_, model, core::tr("writer.undo.removeGroup", {name}));
    } else if ((command == "Up" && i > 0) ||
               (command == "Down" && i + 1 < model.customers.size())) {
      const std::size_t to = command == "Up" ? i - 1 : i + 1;
      std::swap(model.customers[i], model.customers[to]);
      writeModelUndoably(document_, model, core::tr("writer.undo.moveGroup", {name}));
      list->selectItemPos(static_cast<sal_Int16>(to), true);
    }
  });
  if (!outcome.ok) showMessage(context_, frame_, MessageKind::Error, outcome.message);
}

void WriterPanel::onFindingSelected(sal_Int32 position) {
  const Outcome outcome = guarded([&] {
    if (position < 0 || static_cast<std::size_t>(position) >= findings_.size()) return;
    const core::Finding finding = findings_[static_cast<std::size_t>(position)];
    if (finding.customerIndex) editAt(*finding.customerIndex);
  });
  if (!outcome.ok) showMessage(context_, frame_, MessageKind::Error, outcome.message);
}

void WriterPanel::onDispose() {
  removeModelObserver(this);
  if (listener_.is()) listener_->detach();
  listener_.clear();
}

}  // namespace cf::uno
