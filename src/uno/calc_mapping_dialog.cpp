#include "calc_mapping_dialog.h"

#include "boundary.h"
#include "calc_mapping_store.h"
#include "feedback_table.h"
#include "help.h"
#include "mapping_edit.h"
#include "message_box.h"
#include "messages.h"
#include "package.h"
#include "ustring.h"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <cppuhelper/implbase2.hxx>
#include <rtl/ref.hxx>

#include <optional>
#include <vector>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

// The role list holds primary, supporting, unknown.
sal_Int16 rolePos(core::Role role) {
  return role == core::Role::Primary ? 0 : role == core::Role::Supporting ? 1 : 2;
}
core::Role roleAt(sal_Int16 pos) {
  return pos == 0 ? core::Role::Primary : pos == 1 ? core::Role::Supporting : core::Role::Unknown;
}

css::uno::Sequence<rtl::OUString> lines(const std::vector<std::string>& items) {
  css::uno::Sequence<rtl::OUString> out(static_cast<sal_Int32>(items.size()));
  for (std::size_t i = 0; i < items.size(); ++i) out.getArray()[i] = toOUString(items[i]);
  return out;
}

// The dialog's state lives in its listener: the toolkit calls it for every
// selection and button while execute() runs, and the edits of the row being
// left are kept before the next row is shown.
class MappingDialog
    : public cppu::WeakImplHelper2<css::awt::XItemListener, css::awt::XActionListener> {
 public:
  MappingDialog(const Reference<css::uno::XComponentContext>& context,
                const Reference<css::frame::XFrame>& frame,
                const Reference<css::awt::XDialog>& dialog, const core::Mapping& mapping,
                const core::Grid& head, std::size_t firstSheetColumn)
      : context_(context),
        frame_(frame),
        controls_(dialog, UNO_QUERY_THROW),
        original_(mapping),
        head_(head),
        firstSheetColumn_(firstSheetColumn) {
    list("ColumnList")->addItemListener(this);
    list("KindList")->addItemListener(this);
    list("GroupList")->addItemListener(this);
    list("RoleList")->addItemListener(this);
    list("PrimaryList")->addItemListener(this);
    button("LoadButton", "Load")->addActionListener(this);
    button("SaveButton", "Save")->addActionListener(this);
    show(mapping);
  }

  // The mapping the dialog now describes, or the error to show.
  core::Result<core::Mapping> edited() {
    keepColumn();
    keepGroup();
    form_.notApplicable = text("NotApplicableField");
    return core::fromMappingForm(form_, original_);
  }

  void detach() {
    (void)guarded([&] {
      list("ColumnList")->removeItemListener(this);
      list("KindList")->removeItemListener(this);
      list("GroupList")->removeItemListener(this);
      list("RoleList")->removeItemListener(this);
      list("PrimaryList")->removeItemListener(this);
      button("LoadButton", "Load")->removeActionListener(this);
      button("SaveButton", "Save")->removeActionListener(this);
    });
  }

  void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override {
    // Selections made while a mapping is being shown are ours, not the
    // person's: keeping "edits" then would copy one row's fields into another.
    if (filling_) return;
    report(guarded([&] {
      if (event.Source == list("ColumnList")) {
        keepColumn();
        column_ = list("ColumnList")->getSelectedItemPos();
        showColumn();
      } else if (event.Source == list("GroupList")) {
        keepGroup();
        group_ = list("GroupList")->getSelectedItemPos();
        showGroup();
      } else if (event.Source == list("RoleList")) {
        keepGroup();
        showPrimary();
      } else if (event.Source == list("PrimaryList")) {
        // Entry 0 is "none"; entry k is group k - 1.
        keepGroup();
        const sal_Int16 pos = list("PrimaryList")->getSelectedItemPos();
        core::choosePrimary(
            form_,
            pos > 0 ? std::optional<std::size_t>(static_cast<std::size_t>(pos - 1)) : std::nullopt);
        showGroup();
      } else if (event.Source == list("KindList")) {
        enableFor(kindAt(list("KindList")->getSelectedItemPos()));
      }
    }));
  }

  void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override {
    report(guarded([&] {
      if (event.ActionCommand == "Load")
        load();
      else if (event.ActionCommand == "Save")
        save();
    }));
  }

  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  Reference<css::awt::XListBox> list(const char* name) const {
    return Reference<css::awt::XListBox>(
        controls_->getControl(rtl::OUString::createFromAscii(name)), UNO_QUERY_THROW);
  }
  Reference<css::awt::XTextComponent> field(const char* name) const {
    return Reference<css::awt::XTextComponent>(
        controls_->getControl(rtl::OUString::createFromAscii(name)), UNO_QUERY_THROW);
  }
  Reference<css::awt::XButton> button(const char* name, const char* command) const {
    Reference<css::awt::XButton> b(controls_->getControl(rtl::OUString::createFromAscii(name)),
                                   UNO_QUERY_THROW);
    b->setActionCommand(rtl::OUString::createFromAscii(command));
    return b;
  }
  std::string text(const char* name) const { return toUtf8(field(name)->getText()); }
  void setText(const char* name, const std::string& value) const {
    field(name)->setText(toOUString(value));
  }
  void enable(const char* name, bool on) const {
    Reference<css::awt::XWindow>(controls_->getControl(rtl::OUString::createFromAscii(name)),
                                 UNO_QUERY_THROW)
        ->setEnable(on);
  }
  static core::ColumnKind kindAt(sal_Int16 pos) {
    return pos >= 0 && static_cast<std::size_t>(pos) < core::kColumnKindCount
               ? static_cast<core::ColumnKind>(pos)
               : core::ColumnKind::Ignore;
  }
  bool validColumn() const {
    return column_ >= 0 && static_cast<std::size_t>(column_) < form_.columns.size();
  }
  bool validGroup() const {
    return group_ >= 0 && static_cast<std::size_t>(group_) < form_.groups.size();
  }

  void report(const Outcome& outcome) {
    if (!outcome.ok) showMessage(context_, frame_, MessageKind::Error, outcome.message);
  }

  void show(const core::Mapping& mapping) {
    struct Filling {
      bool& flag;
      explicit Filling(bool& f) : flag(f) { flag = true; }
      ~Filling() { flag = false; }
    } filling(filling_);
    form_ = core::toMappingForm(mapping, core::groupNamesInTable(mapping, head_));
    std::vector<std::string> columnLines;
    for (const core::ColumnRow& row : form_.columns)
      columnLines.push_back(core::columnLine(row, firstSheetColumn_));
    std::vector<std::string> groupLines;
    for (const core::GroupRow& row : form_.groups) groupLines.push_back(row.name);
    Reference<css::awt::XListBox> columns = list("ColumnList");
    columns->removeItems(0, columns->getItemCount());
    columns->addItems(lines(columnLines), 0);
    Reference<css::awt::XListBox> groups = list("GroupList");
    groups->removeItems(0, groups->getItemCount());
    groups->addItems(lines(groupLines), 0);
    groupLines.insert(groupLines.begin(), core::tr("mappingForm.noPrimary"));
    Reference<css::awt::XListBox> primary = list("PrimaryList");
    primary->removeItems(0, primary->getItemCount());
    primary->addItems(lines(groupLines), 0);
    enable("PrimaryList", !form_.groups.empty());
    setText("NotApplicableField", form_.notApplicable);
    if (!form_.doubts.empty()) {
      std::string doubts;
      for (const std::string& d : form_.doubts) doubts += d + " ";
      doubts = core::tr("mapping.pleaseCheck", {doubts});
      Reference<css::awt::XFixedText>(controls_->getControl("DoubtsLabel"), UNO_QUERY_THROW)
          ->setText(toOUString(doubts));
    }
    // The first rated column, past an export's timestamps and ids.
    column_ = form_.columns.empty() ? -1 : 0;
    for (std::size_t c = 0; c < form_.columns.size(); ++c)
      if (core::kindHasScale(form_.columns[c].kind)) {
        column_ = static_cast<sal_Int16>(c);
        break;
      }
    group_ = form_.groups.empty() ? -1 : 0;
    if (column_ >= 0) columns->selectItemPos(column_, true);
    if (group_ >= 0) groups->selectItemPos(group_, true);
    showColumn();
    showGroup();
    showPrimary();
  }

  // The primary list follows the roles, however they were set.
  void showPrimary() {
    struct Filling {
      bool& flag;
      bool was;
      explicit Filling(bool& f) : flag(f), was(f) { flag = true; }
      ~Filling() { flag = was; }
    } filling(filling_);
    const std::optional<std::size_t> primary = core::primaryGroup(form_);
    list("PrimaryList")->selectItemPos(primary ? static_cast<sal_Int16>(*primary + 1) : 0, true);
  }

  void showColumn() {
    const bool any = validColumn();
    const core::ColumnRow row =
        any ? form_.columns[static_cast<std::size_t>(column_)] : core::ColumnRow{};
    list("KindList")->selectItemPos(static_cast<sal_Int16>(row.kind), true);
    setText("AttributeField", row.attribute);
    setText("ScaleMinField", row.scaleMin);
    setText("ScaleMaxField", row.scaleMax);
    setText("LabelsField", row.labels);
    enable("KindList", any);
    enableFor(any ? row.kind : core::ColumnKind::Ignore);
  }

  void enableFor(core::ColumnKind kind) {
    enable("AttributeField", core::kindHasAttribute(kind));
    enable("ScaleMinField", core::kindHasScale(kind));
    enable("ScaleMaxField", core::kindHasScale(kind));
    enable("LabelsField", core::kindHasScale(kind));
  }

  void keepColumn() {
    if (!validColumn()) return;
    core::ColumnRow& row = form_.columns[static_cast<std::size_t>(column_)];
    row.kind = kindAt(list("KindList")->getSelectedItemPos());
    row.attribute = text("AttributeField");
    row.scaleMin = text("ScaleMinField");
    row.scaleMax = text("ScaleMaxField");
    row.labels = text("LabelsField");
  }

  void showGroup() {
    enable("RoleList", validGroup());
    list("RoleList")
        ->selectItemPos(rolePos(validGroup() ? form_.groups[static_cast<std::size_t>(group_)].role
                                             : core::Role::Unknown),
                        true);
  }

  void keepGroup() {
    if (validGroup())
      form_.groups[static_cast<std::size_t>(group_)].role =
          roleAt(list("RoleList")->getSelectedItemPos());
  }

  // The picked file's URL, or empty when the person cancelled.
  std::string pickFile(sal_Int16 mode) {
    Reference<css::ui::dialogs::XFilePicker3> picker =
        css::ui::dialogs::FilePicker::createWithMode(context_, mode);
    const rtl::OUString filter = toOUString(core::tr("mapping.fileFilter"));
    picker->appendFilter(filter, "*.json");
    picker->setCurrentFilter(filter);
    if (mode != css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE)
      picker->setDefaultName("mapping.json");
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return {};
    const css::uno::Sequence<rtl::OUString> files = picker->getSelectedFiles();
    return files.getLength() > 0 ? toUtf8(files[0]) : std::string();
  }

  void load() {
    const std::string url = pickFile(css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    if (url.empty()) return;
    core::Result<core::Mapping> bound = core::bindMapping(readMappingFile(url), head_);
    if (!bound.ok())
      throw UserError{core::tr("calc.error.mappingDoesNotFit", {bound.error().message})};
    original_ = bound.value();
    show(bound.value());
  }

  void save() {
    core::Result<core::Mapping> mapping = edited();
    if (!mapping.ok()) throw UserError{mapping.error().message};
    const std::string url = pickFile(css::ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
    if (!url.empty()) writeMappingFile(url, mapping.value());
  }

  Reference<css::uno::XComponentContext> context_;
  Reference<css::frame::XFrame> frame_;
  Reference<css::awt::XControlContainer> controls_;
  core::Mapping original_;
  const core::Grid& head_;
  std::size_t firstSheetColumn_;
  core::MappingForm form_;
  sal_Int16 column_ = -1;
  sal_Int16 group_ = -1;
  bool filling_ = false;
};

}  // namespace

bool editMapping(const Reference<css::uno::XComponentContext>& context,
                 const Reference<css::frame::XFrame>& frame, core::Mapping& mapping,
                 const core::Grid& head, std::size_t firstSheetColumn) {
  Reference<css::awt::XDialog> dialog = createDialogOver(context, frame, "ColumnMapping");
  rtl::Reference<MappingDialog> state;
  // The listeners are removed and the window freed on every path, also when
  // filling a control throws.
  struct Cleanup {
    Reference<css::awt::XDialog>& dialog;
    rtl::Reference<MappingDialog>& state;
    ~Cleanup() {
      if (state.is()) state->detach();
      Reference<css::lang::XComponent> c(dialog, UNO_QUERY);
      if (c.is()) (void)guarded([&] { c->dispose(); });
    }
  } cleanup{dialog, state};
  state = new MappingDialog(context, frame, dialog, mapping, head, firstSheetColumn);
  connectHelpButton(context, Reference<css::awt::XControlContainer>(dialog, UNO_QUERY_THROW),
                    "ColumnMapping");
  while (dialog->execute() == 1) {
    core::Result<core::Mapping> edited = state->edited();
    if (edited.ok()) {
      mapping = std::move(edited).value();
      return true;
    }
    showMessage(context, frame, MessageKind::Error, edited.error().message);
  }
  return false;
}

}  // namespace cf::uno
