#include "writer_group_dialog.h"

#include "help.h"
#include "message_box.h"
#include "package.h"
#include "ustring.h"
#include "worksheet_form.h"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/lang/XComponent.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

class Fields {
 public:
  explicit Fields(const Reference<css::awt::XDialog>& dialog) : controls_(dialog, UNO_QUERY_THROW) {}

  std::string text(const char* name) const { return toUtf8(textField(name)->getText()); }
  void setText(const char* name, const std::string& value) const {
    textField(name)->setText(toOUString(value));
  }
  sal_Int16 choice(const char* name) const { return list(name)->getSelectedItemPos(); }
  void choose(const char* name, sal_Int16 pos) const { list(name)->selectItemPos(pos, true); }

 private:
  Reference<css::awt::XTextComponent> textField(const char* name) const {
    return Reference<css::awt::XTextComponent>(
        controls_->getControl(rtl::OUString::createFromAscii(name)), UNO_QUERY_THROW);
  }
  Reference<css::awt::XListBox> list(const char* name) const {
    return Reference<css::awt::XListBox>(controls_->getControl(rtl::OUString::createFromAscii(name)),
                                         UNO_QUERY_THROW);
  }
  Reference<css::awt::XControlContainer> controls_;
};

// The dialog's lists hold the kinds in CustomerKind order and the roles as
// primary, supporting.
void show(const Fields& f, const core::GroupForm& form) {
  f.setText("NameField", form.name);
  f.choose("RoleList", form.role == core::Role::Primary ? 0 : 1);
  f.choose("KindList", static_cast<sal_Int16>(form.kind));
  f.setText("LifeChangedField", form.lifeChanged);
  f.setText("WhySatisfyField", form.whySatisfy);
  f.setText("AssumedField", form.assumedValues);
  f.setText("StatedField", form.statedValues);
  f.setText("ListeningField", form.listening);
}

core::GroupForm read(const Fields& f) {
  core::GroupForm form;
  form.name = f.text("NameField");
  form.role = f.choice("RoleList") == 0 ? core::Role::Primary : core::Role::Supporting;
  const sal_Int16 kind = f.choice("KindList");
  form.kind = kind >= 0 && kind <= static_cast<sal_Int16>(core::CustomerKind::Other)
                  ? static_cast<core::CustomerKind>(kind)
                  : core::CustomerKind::Other;
  form.lifeChanged = f.text("LifeChangedField");
  form.whySatisfy = f.text("WhySatisfyField");
  form.assumedValues = f.text("AssumedField");
  form.statedValues = f.text("StatedField");
  form.listening = f.text("ListeningField");
  return form;
}

}  // namespace

bool editGroup(const Reference<css::uno::XComponentContext>& context,
               const Reference<css::frame::XFrame>& frame, const core::DateFormat& dates,
               core::CustomerGroup& group) {
  Reference<css::awt::XDialog> dialog = createDialogOver(context, frame, "CustomerGroup");
  // Disposing the dialog on every path frees its window even when reading a
  // field throws.
  struct Disposer {
    Reference<css::awt::XDialog> dialog;
    ~Disposer() {
      Reference<css::lang::XComponent> c(dialog, css::uno::UNO_QUERY);
      if (c.is()) c->dispose();
    }
  } disposer{dialog};
  const Fields fields(dialog);
  connectHelpButton(context, Reference<css::awt::XControlContainer>(dialog, css::uno::UNO_QUERY_THROW),
                    "CustomerGroup");
  show(fields, core::toForm(group, dates));
  while (dialog->execute() == 1) {
    core::Result<core::CustomerGroup> edited = core::fromForm(read(fields), group, dates);
    if (edited.ok()) {
      group = std::move(edited).value();
      return true;
    }
    showMessage(context, frame, MessageKind::Error,
                edited.error().where + ": " + edited.error().message);
  }
  return false;
}

}  // namespace cf::uno
