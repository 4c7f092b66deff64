// Customer Focus in an office whose UI language is German (de-DE, set in the
// profile before start; needs the libreoffice-l10n-de language pack): the
// deck title, a panel label, a dialog label, the output sheets and the Writer
// worksheet are all in German, numbers in a German document show a decimal
// comma, and a rebuild still recognises the German sheets as its own. The
// messages core words (a damaged model, the column detection's doubts) are
// German too, and a German document's worksheet writes dates as 01.06.2024,
// which read back to the ISO dates the model keeps.
#include "date_format.h"
#include "document_state.h"
#include "model_io.h"
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
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/util/Date.hpp>
#include <com/sun/star/util/NumberFormatter.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XNumberFormatter2.hpp>
#include <com/sun/star/util/theMacroExpander.hpp>
#include <rtl/uri.hxx>

#include <filesystem>
#include <fstream>

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

void setGerman(const ScopedDocument& doc) {
  Reference<css::beans::XPropertySet>(doc.get(), UNO_QUERY_THROW)
      ->setPropertyValue("CharLocale", Any(css::lang::Locale("de", "DE", "")));
}

Reference<css::awt::XControlContainer> calcPanel(const ScopedDocument& doc,
                                                 Reference<css::ui::XUIElement>& element) {
  element = createPanel(doc.get(), "Calc");
  return panelControls(element);
}

std::vector<std::vector<std::string>> tableCells(const ScopedDocument& doc, const char* name) {
  Reference<css::container::XNameAccess> tables =
      doc.as<css::text::XTextTablesSupplier>()->getTextTables();
  Reference<css::text::XTextTable> table(tables->getByName(rtl::OUString::createFromAscii(name)),
                                         UNO_QUERY_THROW);
  Reference<css::table::XCellRange> range(table, UNO_QUERY_THROW);
  std::vector<std::vector<std::string>> out(table->getRows()->getCount());
  for (sal_Int32 r = 0; r < table->getRows()->getCount(); ++r)
    for (sal_Int32 c = 0; c < table->getColumns()->getCount(); ++c)
      out[r].push_back(
          toUtf8(Reference<css::text::XText>(range->getCellByPosition(c, r), UNO_QUERY_THROW)
                     ->getString()));
  return out;
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
  Reference<css::ui::XUIElement> element;
  Reference<css::awt::XControlContainer> controls = calcPanel(doc, element);
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
            "Abgeleitete Wichtigkeit, NPS, Kano, Stimmen");

  auto spreadsheet = doc.as<css::sheet::XSpreadsheetDocument>();
  const std::vector<std::string> before = sheetNames(spreadsheet);
  ASSERT_EQ(before.size(), 8u);
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

// A damaged model file: the reader's message, shown to the person, is German
// and still names the line and column.
TEST(German, DamagedModelIsExplainedInGerman) {
  const auto dir = artifactDir() / "german";
  std::filesystem::create_directories(dir);
  const auto path = dir / "damaged-model.json";
  std::ofstream(path, std::ios::binary) << "{\n  \"schemaVersion\": 1,\n  \"customers\": [,]\n}";
  ScopedDocument doc("private:factory/swriter");
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:ImportModel",
                                                  {property("Path", str(path.string()))});
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_EQ(r.message, "Die Modelldatei " + path.string() +
                           " kann nicht gelesen werden (Byte 41: das Kundenmodell ist in Zeile 3, "
                           "Spalte 17 kein gültiges JSON; suchen Sie kurz vor dieser Stelle nach "
                           "einem fehlenden Komma, Anführungszeichen oder einer fehlenden "
                           "Klammer). Das Dokument wurde nicht verändert.");
}

// The Calc panel shows the first doubt of the column detection, in German.
TEST(German, CalcPanelShowsTheDetectionDoubtInGerman) {
  ScopedDocument doc("private:factory/scalc");
  Reference<css::sheet::XSpreadsheet> sheet(
      Reference<css::container::XIndexAccess>(
          doc.as<css::sheet::XSpreadsheetDocument>()->getSheets(), UNO_QUERY_THROW)
          ->getByIndex(0),
      UNO_QUERY_THROW);
  auto row = [](Any a, Any b, Any c) {
    css::uno::Sequence<Any> r(3);
    r.getArray()[0] = a;
    r.getArray()[1] = b;
    r.getArray()[2] = c;
    return r;
  };
  auto text = [](const char* t) { return Any(rtl::OUString::createFromAscii(t)); };
  css::uno::Sequence<css::uno::Sequence<Any>> data(5);
  data.getArray()[0] = row(text("Group"), text("S: Speed"), text("Overall satisfaction"));
  data.getArray()[1] = row(text("A"), Any(4.0), text("good"));
  data.getArray()[2] = row(text("B"), Any(3.0), text("bad"));
  data.getArray()[3] = row(text("A"), Any(5.0), text("fair"));
  data.getArray()[4] = row(text("B"), Any(2.0), text("good"));
  Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByName("A1:C5"), UNO_QUERY_THROW)
      ->setDataArray(data);

  Reference<css::ui::XUIElement> element;
  const Reference<css::awt::XControlContainer> controls = calcPanel(doc, element);
  const std::string detected = peerLabel(controls, "DetectedLabel");
  EXPECT_NE(detected.find("Unsicher: Spalte C (Overall satisfaction) sieht nach dem Ergebnis aus, "
                          "enthält aber mehr als zwei Bezeichnungen („good“, „bad“, „fair“)"),
            std::string::npos)
      << detected;
  Reference<css::lang::XComponent>(element, UNO_QUERY_THROW)->dispose();
}

// A German document's worksheet writes the dates as LibreOffice's German
// locale data does (DD.MM.YYYY), and what it wrote reads back to the ISO date
// the stored model keeps.
TEST(German, WorksheetDatesFollowTheDocumentAndReadBackAsIso) {
  ScopedDocument doc("private:factory/swriter");
  setGerman(doc);
  const cli::DispatchResult imported = office().dispatch(
      doc.get(), "vnd.customerfocus:ImportModel",
      {property("Path", Any(rtl::OUString(CF_TEST_DATA_DIR "/sample-model.json")))});
  ASSERT_TRUE(imported.finished && imported.success) << imported.message;
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:InsertWorksheet");
  ASSERT_TRUE(r.finished && r.success) << r.message;

  // The first activity of the primary group: next 2027-02-13, last 2026-11-07.
  const auto listening = tableCells(doc, "CustomerFocus_Listening");
  ASSERT_GE(listening.size(), 2u);
  ASSERT_EQ(listening[0].size(), 5u);
  EXPECT_EQ(listening[0][3], "Nächster Termin");
  EXPECT_EQ(listening[1][3], "13.02.2027");
  EXPECT_EQ(listening[1][4], "07.11.2026");
  const auto values = tableCells(doc, "CustomerFocus_Values");
  ASSERT_GE(values.size(), 2u);
  EXPECT_EQ(values[1][2],
            "Being treated as an adult, not as a schoolchild (Learner focus group, Central "
            "Library, 07.11.2026, 9 Befragte)");

  // LibreOffice's own formatter, for the document's locale, writes the same,
  // and the pattern core learns from it reads the worksheet's date back.
  const css::lang::Locale german("de", "DE", "");
  Reference<css::util::XNumberFormatsSupplier> supplier(doc.get(), UNO_QUERY_THROW);
  Reference<css::util::XNumberFormatTypes> types(supplier->getNumberFormats(), UNO_QUERY_THROW);
  const sal_Int32 key =
      types->getFormatIndex(css::i18n::NumberFormatIndex::DATE_SYS_DDMMYYYY, german);
  Reference<css::util::XNumberFormatter2> formatter =
      css::util::NumberFormatter::create(office().context());
  formatter->attachNumberFormatsSupplier(supplier);
  css::util::Date nullDate;
  supplier->getNumberFormatSettings()->getPropertyValue("NullDate") >>= nullDate;
  const std::int64_t zero = core::dayNumber({nullDate.Year, nullDate.Month, nullDate.Day});
  auto officeWrites = [&](const core::Date& d) {
    return toUtf8(
        formatter->convertNumberToString(key, static_cast<double>(core::dayNumber(d) - zero)));
  };
  EXPECT_EQ(officeWrites({2027, 2, 13}), "13.02.2027");
  const std::optional<core::DateFormat> dates = core::DateFormat::fromExamples(officeWrites);
  ASSERT_TRUE(dates);
  const std::optional<core::Date> next = dates->parse(listening[1][3]);
  ASSERT_TRUE(next);
  EXPECT_EQ(core::formatDate(*next), "2027-02-13");
  const core::Result<core::Model> stored = core::parseModel(writerState(doc).storedModel);
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored.value().customers.at(0).listening.at(0).nextDate, next);
  EXPECT_NE(writerState(doc).storedModel.find("\"nextDate\": \"2027-02-13\""), std::string::npos);
}

}  // namespace
}  // namespace cf::test
