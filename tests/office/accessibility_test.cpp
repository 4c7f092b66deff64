// What a screen reader finds in the Customer Focus panels: the panels are
// built the sidebar's way (the factory named in Factories.xcu, from the .xdl
// files) and their accessible trees are walked. Every control a person can
// tab to has a name, the names are the ones on screen, and Tab visits the
// controls from top to bottom.
#include "accessible.h"
#include "office_environment.h"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/deployment/XPackageInformationProvider.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/util/theMacroExpander.hpp>
#include <rtl/uri.hxx>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
namespace Role = css::accessibility::AccessibleRole;

namespace cf::test {
namespace {

struct Control {
  sal_Int16 role;
  std::string name;
  bool focusable;
};

std::string roleName(sal_Int16 role) {
  switch (role) {
    case Role::PUSH_BUTTON:
      return "button";
    case Role::TEXT:
      return "text field";
    case Role::SPIN_BOX:
      return "spin box";
    case Role::COMBO_BOX:
      return "combo box";
    case Role::LIST:
      return "list";
    case Role::LABEL:
      return "label";
    case Role::SCROLL_PANE:
      return "multi-line field";
    default:
      return "role " + std::to_string(role);
  }
}

// The controls a person uses, in the order of the accessible tree, which is
// the order Tab follows (the .xdl's dlg:tab-index): whatever can take the
// focus, and the multi-line fields (whose inner text window takes it). A
// drop-down list shows up as the list inside its combo box.
void collect(const Context& context,
             std::vector<Control>& out) {
  const sal_Int64 count = childCount(context);
  for (sal_Int64 i = 0; i < count && i < 200; ++i) {
    Context c = child(context, i);
    if (!c.is()) continue;
    const sal_Int16 role = c->getAccessibleRole();
    const bool focusable = hasState(c, "FOCUSABLE");
    // A multi-line field is a scroll pane round a text in 7.4, and a text
    // that says it is multi-line from 7.5 on: the same to a person.
    const bool multiLine = role == Role::SCROLL_PANE || (role == Role::TEXT && hasState(c, "MULTI_LINE"));
    if (focusable || multiLine)
      out.push_back({multiLine ? Role::SCROLL_PANE : role, toUtf8(c->getAccessibleName()), focusable});
    if (role == Role::PANEL || role == Role::FILLER || role == Role::COMBO_BOX) collect(c, out);
  }
}

// "button: Help", one for each control, in tab order.
std::vector<std::string> described(const std::vector<Control>& controls) {
  std::vector<std::string> out;
  for (const Control& c : controls) out.push_back(roleName(c.role) + ": " + c.name);
  return out;
}

class PanelTree {
 public:
  PanelTree(const char* factory, const char* panel) : doc_(factory) {
    element_ = createPanel(doc_.get(), panel);
    collect(contextOf(panelControls(element_)), controls_);
  }
  ~PanelTree() {
    Reference<css::lang::XComponent> c(element_, UNO_QUERY);
    if (c.is()) c->dispose();
  }
  std::vector<std::string> controls() const { return described(controls_); }

 private:
  ScopedDocument doc_;
  Reference<css::ui::XUIElement> element_;
  std::vector<Control> controls_;
};

// The controls of dialogs/<name>.xdl as the dialog provider builds it for the
// Column mapping… and Add…/Edit… commands.
std::vector<std::string> dialogControls(const char* name) {
  rtl::OUString root = css::deployment::PackageInformationProvider::get(office().context())
                           ->getPackageLocation("org.customerfocus.extension");
  rtl::OUString macro;
  if (root.startsWithIgnoreAsciiCase("vnd.sun.star.expand:", &macro))
    root = css::util::theMacroExpander::get(office().context())
               ->expandMacros(
                   rtl::Uri::decode(macro, rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8));
  Reference<css::awt::XDialog> dialog =
      css::awt::DialogProvider2::create(office().context())
          ->createDialog(root + "/dialogs/" + rtl::OUString::createFromAscii(name) + ".xdl");
  Reference<css::awt::XControl> control(dialog, UNO_QUERY_THROW);
  std::vector<Control> out;
  collect(contextOf(control->getPeer()), out);
  Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
  return described(out);
}

// Each name is the label on screen next to the control (the label before it
// in tab order), or the button's own text without its mnemonic.
TEST(Accessibility, CalcPanelControlsAreNamedAndInTabOrder) {
  EXPECT_EQ(PanelTree("private:factory/scalc", "Calc").controls(),
            (std::vector<std::string>{
                "text field: Not-applicable codes:", "spin box: Minimum n:", "list: Crosshair at:",
                "list: Waves (one sheet each):", "list: Analyse wave:", "list: Waves by time:",
                "button: Build value matrix", "button: Column mapping…", "button: Help",
                "button: Update customer model", "button: Suggest themes from comments"}));
}

TEST(Accessibility, MainPanelControlsAreNamed) {
  EXPECT_EQ(PanelTree("private:factory/scalc", "Main").controls(),
            (std::vector<std::string>{"button: Check installation", "button: Help"}));
}

TEST(Accessibility, WriterPanelControlsAreNamedAndInTabOrder) {
  EXPECT_EQ(PanelTree("private:factory/swriter", "Customers").controls(),
            (std::vector<std::string>{"list: Customer groups, primary first:", "button: Add…",
                                      "button: Edit…", "button: Remove", "button: Move up",
                                      "button: Move down", "button: Help"}));
  EXPECT_EQ(PanelTree("private:factory/swriter", "FocusChecks").controls(),
            (std::vector<std::string>{"list: Click a finding to open its group."}));
  EXPECT_EQ(PanelTree("private:factory/swriter", "Worksheet").controls(),
            (std::vector<std::string>{"button: Insert / update worksheet", "button: Export model…",
                                      "button: Import model…", "button: Update model from survey",
                                      "button: Insert / update report"}));
}

TEST(Accessibility, ColumnMappingDialogControlsAreNamedAndInTabOrder) {
  EXPECT_EQ(dialogControls("ColumnMapping"),
            (std::vector<std::string>{
                "list: Columns of the table:", "list: This column holds:",
                "text field: Attribute (what is rated):",
                "text field: Answer scale, lowest and highest:", "text field: to",
                "multi-line field: Answers in words (label = number, or = n/a):",
                "list: Customer groups in the table:", "list: Role of the selected group:",
                "list: Primary customer (the others become supporting):",
                "text field: Not-applicable codes (separated by ;):", "button: Load mapping…",
                "button: Save mapping…", "button: OK", "button: Cancel", "button: Help"}));
}

TEST(Accessibility, CustomerGroupDialogControlsAreNamedAndInTabOrder) {
  EXPECT_EQ(
      dialogControls("CustomerGroup"),
      (std::vector<std::string>{
          "text field: Name of the group", "list: Role", "list: Kind",
          "multi-line field: How their life is changed (primary customer)",
          "multi-line field: Why they must be satisfied (supporting customer)",
          "multi-line field: Values we assume, one per line: value | importance 1–5",
          "multi-line field: Values customers stated, one per line: value | source | date | "
          "respondents",
          "multi-line field: Listening plan, one per line: method | owner | next date | last done",
          "button: OK", "button: Cancel", "button: Help"}));
}

}  // namespace
}  // namespace cf::test
