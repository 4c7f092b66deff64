// Customer Focus in an office whose UI language is German (de-DE, set in the
// profile before start; needs the libreoffice-l10n-de language pack): the
// deck title, a panel label, a dialog label, the output sheets and the Writer
// worksheet are all in German, numbers in a German document show a decimal
// comma, and a rebuild still recognises the German sheets as its own.
#include "office_environment.h"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/deployment/XPackageInformationProvider.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/util/theMacroExpander.hpp>
#include <rtl/uri.hxx>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

std::string peerLabel(const Reference<css::awt::XControlContainer>& controls, const char* name) {
  Reference<css::awt::XControl> control(controls->getControl(rtl::OUString::createFromAscii(name)),
                                        UNO_QUERY_THROW);
  return toUtf8(Reference<css::awt::XFixedText>(control->getPeer(), UNO_QUERY_THROW)->getText());
}

std::vector<std::string> sheetNames(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
  std::vector<std::string> out;
  Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
    out.push_back(toUtf8(
        Reference<css::container::XNamed>(sheets->getByIndex(i), UNO_QUERY_THROW)->getName()));
  return out;
}

std::string cellText(const Reference<css::sheet::XSpreadsheet>& s, sal_Int32 col, sal_Int32 row) {
  return toUtf8(Reference<css::text::XTextRange>(s->getCellByPosition(col, row), UNO_QUERY_THROW)
                    ->getString());
}

TEST(German, DeckTitleIsGerman) {
  ScopedDocument doc("private:factory/scalc");
  Reference<css::frame::XController2> controller(
      doc.as<css::frame::XModel>()->getCurrentController(), UNO_QUERY_THROW);
  Reference<css::ui::XDecks> decks = controller->getSidebar()->getDecks();
  ASSERT_TRUE(decks->hasByName("CustomerFocusDeck"));
  Reference<css::ui::XDeck> deck(decks->getByName("CustomerFocusDeck"), UNO_QUERY_THROW);
  EXPECT_EQ(toUtf8(deck->getTitle()), "Kundenfokus")
      << "the office did not start in German: is its language pack (libreoffice-l10n-de) "
         "installed?";
}

TEST(German, PanelLabelsAndTextsFromCxxAreGerman) {
  ScopedDocument doc("private:factory/scalc");
  Reference<css::frame::XFrame> frame = cli::frameOf(doc.get());
  Reference<css::ui::XUIElementFactory> factory(
      office().context()->getServiceManager()->createInstanceWithContext(
          "org.customerfocus.PanelFactory", office().context()),
      UNO_QUERY_THROW);
  css::uno::Sequence<css::beans::PropertyValue> args(2);
  args.getArray()[0] = property("Frame", Any(frame));
  args.getArray()[1] = property("ParentWindow", Any(frame->getContainerWindow()));
  Reference<css::ui::XUIElement> element =
      factory->createUIElement("private:resource/toolpanel/CustomerFocusPanelFactory/Calc", args);
  ASSERT_TRUE(element.is());
  Reference<css::awt::XControlContainer> controls(
      Reference<css::ui::XToolPanel>(element->getRealInterface(), UNO_QUERY_THROW)->getWindow(),
      UNO_QUERY_THROW);
  // From CalcPanel_de_DE.properties, resolved by LibreOffice for its UI locale.
  EXPECT_EQ(peerLabel(controls, "TableHeading"), "Feedback-Tabelle am Cursor");
  // Set from C++ (the string table): an empty sheet has no table at the cursor.
  const std::string detected = peerLabel(controls, "DetectedLabel");
  EXPECT_EQ(detected.rfind("Am Cursor auf dem Blatt „", 0), 0u) << detected;
  Reference<css::lang::XComponent>(element, UNO_QUERY_THROW)->dispose();
}

TEST(German, ColumnMappingDialogIsGerman) {
  const Reference<css::uno::XComponentContext>& context = office().context();
  rtl::OUString url = css::deployment::PackageInformationProvider::get(context)->getPackageLocation(
      "org.customerfocus.extension");
  rtl::OUString macro;
  if (url.startsWithIgnoreAsciiCase("vnd.sun.star.expand:", &macro))
    url = css::util::theMacroExpander::get(context)->expandMacros(
        rtl::Uri::decode(macro, rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8));
  Reference<css::awt::XDialog> dialog =
      css::awt::DialogProvider2::create(context)->createDialog(url + "/dialogs/ColumnMapping.xdl");
  ASSERT_TRUE(dialog.is());
  Reference<css::awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
  Reference<css::awt::XControl> self(dialog, UNO_QUERY_THROW);
  EXPECT_EQ(toUtf8(Reference<css::awt::XDialog>(self->getPeer(), UNO_QUERY_THROW)->getTitle()),
            "Spaltenzuordnung");
  EXPECT_EQ(peerLabel(controls, "KindLabel"), "Diese Spalte enthält:");
  Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
}

TEST(German, OutputSheetsAreGermanWithDecimalCommasAndRebuildReplacesThem) {
  ScopedDocument doc(office().loadDocument(
      cli::Office::fileUrl(CF_TEST_DATA_DIR "/calc-small-feedback.csv"),
      {property("FilterName", Any(rtl::OUString("Text - txt - csv (StarCalc)"))),
       property("FilterOptions", Any(rtl::OUString("44,34,76,1,,0,false,true,true")))}));
  // A German document: its default language decides how the numbers look.
  Reference<css::beans::XPropertySet>(doc.get(), UNO_QUERY_THROW)
      ->setPropertyValue("CharLocale", Any(css::lang::Locale("de", "DE", "")));
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(r.success) << r.message;
  EXPECT_EQ(r.message,
            "Angelegte Blätter: Wertematrix, Prioritäten, Primär vs. unterstützend, "
            "Abgeleitete Wichtigkeit, NPS, Kano");

  auto spreadsheet = doc.as<css::sheet::XSpreadsheetDocument>();
  const std::vector<std::string> before = sheetNames(spreadsheet);
  ASSERT_EQ(before.size(), 7u);
  Reference<css::sheet::XSpreadsheet> vm(spreadsheet->getSheets()->getByName("Wertematrix"),
                                         UNO_QUERY_THROW);
  EXPECT_EQ(cellText(vm, 0, 0),
            "Wertematrix: was jede Kundengruppe schätzt und wie zufrieden sie ist");
  EXPECT_EQ(cellText(vm, 0, 4), "Merkmal");
  sal_Int32 families = -1;
  for (sal_Int32 c = 1; c < 40 && families < 0; ++c)
    if (cellText(vm, c, 4) == "Families (primär, n=8)") families = c;
  ASSERT_GE(families, 0);
  EXPECT_EQ(cellText(vm, families + 1, 5), "Wichtigkeit");
  EXPECT_EQ(cellText(vm, families + 2, 5), "Zufriedenheit");
  sal_Int32 speed = -1;
  for (sal_Int32 row = 6; row < 30 && speed < 0; ++row)
    if (cellText(vm, 0, row) == "Speed") speed = row;
  ASSERT_GE(speed, 0);
  // Mean importance 4.375, as in the English test: a number, shown "4,38".
  EXPECT_DOUBLE_EQ(vm->getCellByPosition(families + 1, speed)->getValue(), 4.375);
  EXPECT_EQ(cellText(vm, families + 1, speed), "4,38");
  EXPECT_EQ(cellText(vm, families + 3, speed), "+2,38");

  // The rebuild finds its own sheets by their mark, not by their (German)
  // names: the same sheets come back, none is suffixed, the data stays.
  const cli::DispatchResult again =
      office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(again.success) << again.message;
  EXPECT_EQ(sheetNames(spreadsheet), before);
}

TEST(German, WriterWorksheetIsGerman) {
  ScopedDocument doc("private:factory/swriter");
  const cli::DispatchResult imported = office().dispatch(
      doc.get(), "vnd.customerfocus:ImportModel",
      {property("Path", Any(rtl::OUString(CF_TEST_DATA_DIR "/sample-model.json")))});
  ASSERT_TRUE(imported.finished && imported.success) << imported.message;
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:InsertWorksheet");
  ASSERT_TRUE(r.finished && r.success) << r.message;
  const std::string text = toUtf8(doc.as<css::text::XTextDocument>()->getText()->getString());
  for (const char* heading :
       {"Wer ist unser primärer Kunde?", "Wer sind unsere unterstützenden Kunden?",
        "Was schätzt der Kunde?", "Wie werden wir zuhören?"})
    EXPECT_NE(text.find(heading), std::string::npos) << heading;
  EXPECT_EQ(text.find("Who is our primary customer?"), std::string::npos);
}

}  // namespace
}  // namespace cf::test
