// The Writer panels of the deck and the group dialog, built the way the
// sidebar builds them, in a real LibreOffice.
#include "document_state.h"
#include "office_environment.h"

#include "model_io.h"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/deployment/XPackageInformationProvider.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/util/theMacroExpander.hpp>
#include <rtl/uri.hxx>

#include <fstream>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

core::Model twoPrimaries() {
  core::Model m;
  core::CustomerGroup a;
  a.name = "Patients";
  a.role = core::Role::Primary;
  a.kind = core::CustomerKind::Beneficiary;
  a.lifeChanged = "They walk again.";
  core::CustomerGroup b = a;
  b.name = "Families";
  m.customers = {a, b};
  return m;
}

void importModel(const ScopedDocument& doc, const core::Model& model) {
  const auto path = artifactDir() / "writer-panels-model.json";
  std::ofstream(path) << core::serializeModel(model);
  const cli::DispatchResult r =
      office().dispatch(doc.get(), "vnd.customerfocus:ImportModel",
                        {property("Path", Any(rtl::OUString::createFromAscii(path.c_str())))});
  ASSERT_TRUE(r.finished && r.success) << r.message;
}

class WriterPanelTest : public ::testing::Test {
 protected:
  Reference<css::awt::XControlContainer> openPanel(const char* name) {
    elements_.push_back(createPanel(doc_.get(), name));
    return panelControls(elements_.back());
  }
  void TearDown() override {
    for (const auto& e : elements_) {
      Reference<css::lang::XComponent> c(e, UNO_QUERY);
      if (c.is()) c->dispose();
    }
  }
  static std::vector<std::string> items(const Reference<css::awt::XControlContainer>& controls,
                                        const char* list) {
    Reference<css::awt::XListBox> box(controls->getControl(rtl::OUString::createFromAscii(list)),
                                      UNO_QUERY_THROW);
    std::vector<std::string> out;
    for (const rtl::OUString& s : box->getItems()) out.push_back(toUtf8(s));
    return out;
  }
  static std::string peerLabel(const Reference<css::awt::XControlContainer>& controls,
                               const char* name) {
    Reference<css::awt::XControl> control(
        controls->getControl(rtl::OUString::createFromAscii(name)), UNO_QUERY_THROW);
    Reference<css::awt::XWindowPeer> peer = control->getPeer();
    Reference<css::awt::XFixedText> text(peer, UNO_QUERY);
    // VCL adds a mnemonic (~) to labels; a screen reader reads it without.
    return text.is() ? toUtf8(text->getText().replaceAll("~", "")) : std::string();
  }

  ScopedDocument doc_{"private:factory/swriter"};
  std::vector<Reference<css::ui::XUIElement>> elements_;
};

TEST_F(WriterPanelTest, DeckHasTheWriterPanels) {
  Reference<css::ui::XDeck> deck = customerFocusDeck(doc_.get());
  Reference<css::ui::XPanels> panels = deck->getPanels();
  EXPECT_TRUE(panels->hasByName("CustomerFocusCustomersPanel"));
  EXPECT_TRUE(panels->hasByName("CustomerFocusChecksPanel"));
  EXPECT_TRUE(panels->hasByName("CustomerFocusWorksheetPanel"));
  EXPECT_TRUE(panels->hasByName("CustomerFocusMainPanel"));
}

TEST_F(WriterPanelTest, FocusChecksReportCF002ForTwoPrimaryCustomers) {
  importModel(doc_, twoPrimaries());
  Reference<css::awt::XControlContainer> checks = openPanel("FocusChecks");
  const std::vector<std::string> findings = items(checks, "FindingList");
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings[0].rfind("CF002  Error: ", 0), 0u) << findings[0];
  EXPECT_EQ(peerLabel(checks, "IntroLabel"), "Click a finding to open its group.");
}

TEST_F(WriterPanelTest, CustomersPanelFollowsTheModel) {
  Reference<css::awt::XControlContainer> customers = openPanel("Customers");
  Reference<css::awt::XControlContainer> checks = openPanel("FocusChecks");
  EXPECT_TRUE(items(customers, "GroupList").empty());
  EXPECT_EQ(items(checks, "FindingList").at(0).substr(0, 5), "CF001");
  EXPECT_TRUE(customers->getControl("AddButton").is());
  EXPECT_TRUE(customers->getControl("EditButton").is());
  EXPECT_TRUE(customers->getControl("RemoveButton").is());
  EXPECT_TRUE(customers->getControl("UpButton").is());
  EXPECT_TRUE(customers->getControl("DownButton").is());

  importModel(doc_, twoPrimaries());
  EXPECT_EQ(items(customers, "GroupList"),
            (std::vector<std::string>{"Patients — primary, beneficiary",
                                      "Families — primary, beneficiary"}));
  EXPECT_EQ(items(checks, "FindingList").at(0).substr(0, 5), "CF002");
}

// Removing or moving a group in the panel is one undo step, named after it.
TEST_F(WriterPanelTest, RemovingAndMovingAGroupAreUndoneInOneStepEach) {
  core::Model model = twoPrimaries();
  model.customers[1].role = core::Role::Supporting;
  importModel(doc_, model);
  Reference<css::awt::XControlContainer> customers = openPanel("Customers");
  const std::vector<std::string> before = items(customers, "GroupList");
  ASSERT_EQ(before.size(), 2u);
  Reference<css::document::XUndoManager> undo = undoManager(doc_);
  Reference<css::awt::XListBox> list(customers->getControl("GroupList"), UNO_QUERY_THROW);

  list->selectItemPos(0, true);
  ASSERT_TRUE(pressButtonAndWait(doc_, customers, "RemoveButton"));
  EXPECT_EQ(toUtf8(undo->getCurrentUndoActionTitle()), "Remove customer group “Patients”");
  EXPECT_EQ(items(customers, "GroupList"), std::vector<std::string>{before[1]});
  undo->undo();
  EXPECT_EQ(items(customers, "GroupList"), before);

  list->selectItemPos(0, true);
  ASSERT_TRUE(pressButtonAndWait(doc_, customers, "DownButton"));
  EXPECT_EQ(toUtf8(undo->getCurrentUndoActionTitle()), "Move customer group “Patients”");
  EXPECT_EQ(items(customers, "GroupList"), (std::vector<std::string>{before[1], before[0]}));
  undo->undo();
  EXPECT_EQ(items(customers, "GroupList"), before);
  undo->redo();
  EXPECT_EQ(items(customers, "GroupList"), (std::vector<std::string>{before[1], before[0]}));
}

TEST_F(WriterPanelTest, WorksheetPanelHasItsButtons) {
  Reference<css::awt::XControlContainer> panel = openPanel("Worksheet");
  EXPECT_TRUE(panel->getControl("InsertButton").is());
  EXPECT_TRUE(panel->getControl("ExportButton").is());
  EXPECT_TRUE(panel->getControl("ImportButton").is());
}

TEST(GroupDialog, BuildsWithEveryFieldAndItsStrings) {
  ScopedDocument doc("private:factory/swriter");
  Reference<css::deployment::XPackageInformationProvider> info =
      css::deployment::PackageInformationProvider::get(office().context());
  rtl::OUString url = info->getPackageLocation("org.customerfocus.extension");
  ASSERT_FALSE(url.isEmpty());
  rtl::OUString macro;
  if (url.startsWithIgnoreAsciiCase("vnd.sun.star.expand:", &macro))
    url = css::util::theMacroExpander::get(office().context())
              ->expandMacros(
                  rtl::Uri::decode(macro, rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8));
  Reference<css::awt::XDialogProvider2> provider =
      css::awt::DialogProvider2::create(office().context());
  Reference<css::awt::XDialog> dialog = provider->createDialog(url + "/dialogs/CustomerGroup.xdl");
  ASSERT_TRUE(dialog.is());
  Reference<css::awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
  for (const char* name :
       {"NameField", "RoleList", "KindList", "LifeChangedField", "WhySatisfyField", "AssumedField",
        "StatedField", "ListeningField", "OkButton", "CancelButton"})
    EXPECT_TRUE(controls->getControl(rtl::OUString::createFromAscii(name)).is()) << name;
  Reference<css::awt::XControl> label(controls->getControl("AssumedLabel"), UNO_QUERY_THROW);
  EXPECT_EQ(toUtf8(Reference<css::awt::XFixedText>(label->getPeer(), UNO_QUERY_THROW)
                       ->getText()
                       .replaceAll("~", "")),
            "Values we assume, one per line: value | importance 1–5");
  // The peer shows the resolved strings; the model keeps the &keys.
  Reference<css::awt::XControl> kindList(controls->getControl("KindList"), UNO_QUERY_THROW);
  Reference<css::awt::XListBox> kinds(kindList->getPeer(), UNO_QUERY_THROW);
  EXPECT_EQ(kinds->getItemCount(), 8);
  EXPECT_EQ(toUtf8(kinds->getItem(5)), "Referral source");
  Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
}

}  // namespace
}  // namespace cf::test
