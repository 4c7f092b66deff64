// vnd.customerfocus:BuildValueMatrix in a real LibreOffice: the airline
// sample and a small table with every kind of column, the sheets and numbers
// it writes (checked against the results JSON and against figures computed
// from the CSV with awk and Python), its charts, its one undo step, and its
// refusals on a protected sheet and a read-only document.
#include "office_environment.h"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <nlohmann/json.hpp>

#include <charconv>
#include <fstream>
#include <sstream>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

const std::vector<std::string> kSmallSheets = {"Feedback", "Assumptions", "Value Matrix", "Priorities",
                                               "Primary vs Supporting", "Derived importance", "NPS", "Kano",
                                               "Assumptions vs Evidence", "Voices"};

css::beans::PropertyValue text(const char* name, const std::string& value) {
  return property(name, Any(rtl::OUString::fromUtf8(value.c_str())));
}

Reference<css::sheet::XSpreadsheetDocument> spreadsheet(const ScopedDocument& doc) {
  return doc.as<css::sheet::XSpreadsheetDocument>();
}

std::vector<std::string> sheetNames(const ScopedDocument& doc) {
  std::vector<std::string> out;
  Reference<css::container::XIndexAccess> sheets(spreadsheet(doc)->getSheets(), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
    out.push_back(toUtf8(Reference<css::container::XNamed>(sheets->getByIndex(i), UNO_QUERY_THROW)->getName()));
  return out;
}

Reference<css::sheet::XSpreadsheet> sheet(const ScopedDocument& doc, const std::string& name) {
  return Reference<css::sheet::XSpreadsheet>(
      spreadsheet(doc)->getSheets()->getByName(rtl::OUString::fromUtf8(name.c_str())), UNO_QUERY_THROW);
}

// The row whose column A reads `label`, searched from `from`.
sal_Int32 rowOf(const Reference<css::sheet::XSpreadsheet>& s, const std::string& label, sal_Int32 from = 0) {
  for (sal_Int32 r = from; r < 400; ++r)
    if (toUtf8(s->getCellByPosition(0, r)->getFormula()) == label ||
        toUtf8(Reference<css::text::XTextRange>(s->getCellByPosition(0, r), UNO_QUERY_THROW)->getString()) == label)
      return r;
  ADD_FAILURE() << "no row " << label;
  return 0;
}

std::string cellText(const Reference<css::sheet::XSpreadsheet>& s, sal_Int32 col, sal_Int32 row) {
  return toUtf8(Reference<css::text::XTextRange>(s->getCellByPosition(col, row), UNO_QUERY_THROW)->getString());
}

// The first column of `row` whose text starts with `prefix`.
sal_Int32 columnOf(const Reference<css::sheet::XSpreadsheet>& s, sal_Int32 row, const std::string& prefix) {
  for (sal_Int32 c = 0; c < 60; ++c)
    if (cellText(s, c, row).rfind(prefix, 0) == 0) return c;
  ADD_FAILURE() << "no column " << prefix;
  return 0;
}

double number(const Reference<css::sheet::XSpreadsheet>& s, sal_Int32 col, sal_Int32 row) {
  Reference<css::table::XCell> cell = s->getCellByPosition(col, row);
  EXPECT_EQ(cell->getType(), css::table::CellContentType_VALUE) << "column " << col << " row " << row;
  return cell->getValue();
}

std::vector<std::string> chartNames(const Reference<css::sheet::XSpreadsheet>& s) {
  Reference<css::table::XTableChartsSupplier> supplier(s, UNO_QUERY_THROW);
  std::vector<std::string> out;
  // Names are "IPA 1 #<serial>": unique in the document, see calc_output.cpp.
  for (const rtl::OUString& n : supplier->getCharts()->getElementNames()) {
    const std::string name = toUtf8(n);
    out.push_back(name.substr(0, name.rfind(" #")));
  }
  return out;
}

Reference<css::document::XUndoManager> undoManager(const ScopedDocument& doc) {
  return doc.as<css::document::XUndoManagerSupplier>()->getUndoManager();
}

// A CSV with no quotes, as Calc's import would type it: numbers as numbers.
Sequence<Sequence<Any>> csvCells(const std::string& path) {
  std::ifstream in(path);
  std::vector<Sequence<Any>> rows;
  std::string line;
  std::size_t width = 0;
  while (std::getline(in, line)) {
    std::vector<Any> cells;
    std::stringstream fields(line);
    std::string f;
    while (std::getline(fields, f, ',')) {
      double v = 0;
      const auto [p, ec] = std::from_chars(f.data(), f.data() + f.size(), v);
      if (!f.empty() && ec == std::errc() && p == f.data() + f.size()) cells.push_back(Any(v));
      else cells.push_back(Any(rtl::OUString::fromUtf8(f.c_str())));
    }
    width = std::max(width, cells.size());
    rows.push_back(Sequence<Any>(cells.data(), static_cast<sal_Int32>(cells.size())));
  }
  for (auto& r : rows) {
    const sal_Int32 old = r.getLength();
    r.realloc(static_cast<sal_Int32>(width));
    for (sal_Int32 c = old; c < r.getLength(); ++c) r.getArray()[c] <<= rtl::OUString();
  }
  return Sequence<Sequence<Any>>(rows.data(), static_cast<sal_Int32>(rows.size()));
}

void fill(const Reference<css::sheet::XSpreadsheet>& s, const Sequence<Sequence<Any>>& cells) {
  Reference<css::sheet::XCellRangeData> range(
      s->getCellRangeByPosition(0, 0, cells[0].getLength() - 1, cells.getLength() - 1), UNO_QUERY_THROW);
  range->setDataArray(cells);
}

Sequence<Any> row(std::initializer_list<Any> cells) {
  std::vector<Any> v(cells);
  return Sequence<Any>(v.data(), static_cast<sal_Int32>(v.size()));
}

// tests/data/calc-small-feedback.csv on a sheet called Feedback, with an
// Assumptions sheet beside it; the cursor stays in A1 of Feedback.
ScopedDocument smallTable() {
  ScopedDocument doc("private:factory/scalc");
  Reference<css::sheet::XSpreadsheets> sheets = spreadsheet(doc)->getSheets();
  Reference<css::container::XNamed>(Reference<css::container::XIndexAccess>(sheets, UNO_QUERY_THROW)->getByIndex(0),
                                    UNO_QUERY_THROW)
      ->setName("Feedback");
  fill(sheet(doc, "Feedback"), csvCells(CF_TEST_DATA_DIR "/calc-small-feedback.csv"));
  sheets->insertNewByName("Assumptions", 1);
  std::vector<Sequence<Any>> a = {
      row({Any(rtl::OUString("Group")), Any(rtl::OUString("Attribute")), Any(rtl::OUString("Predicted importance"))}),
      row({Any(rtl::OUString("Families")), Any(rtl::OUString("Speed")), Any(3.0)}),
      row({Any(rtl::OUString("Families")), Any(rtl::OUString("Price")), Any(5.0)}),
      row({Any(rtl::OUString("Families")), Any(rtl::OUString("Friendliness")), Any(4.0)})};
  fill(sheet(doc, "Assumptions"), Sequence<Sequence<Any>>(a.data(), static_cast<sal_Int32>(a.size())));
  return doc;
}

std::string readFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(CalcMatrix, AirlineSampleGivesTheSheetsAndTheNumbersOfTheResultsJson) {
  ScopedDocument doc = loadCsv(CF_TEST_DATA_DIR "/airline-passenger-satisfaction.csv");
  const std::vector<std::string> before = sheetNames(doc);
  const auto json = artifactDir() / "calc-airline-results.json";
  std::filesystem::remove(json);
  const cli::DispatchResult r = office().dispatch(
      doc.get(), "vnd.customerfocus:BuildValueMatrix",
      {text("MappingFile", CF_TEST_DATA_DIR "/airline-mapping.json"), text("ResultsFile", json.string())});
  ASSERT_TRUE(r.finished);
  ASSERT_TRUE(r.success) << r.message;
  // The 0s of the 14 rated columns are not-applicable, and the message says
  // how many: 1316 (counted with a CSV reader over those columns).
  EXPECT_EQ(r.message,
            "Created sheets: Value Matrix, Priorities, Primary vs Supporting, Derived importance\n"
            "Unusable cells: 0 \u00b7 not applicable: 1316");
  std::vector<std::string> expected = before;
  for (const char* s : {"Value Matrix", "Priorities", "Primary vs Supporting", "Derived importance"}) expected.push_back(s);
  EXPECT_EQ(sheetNames(doc), expected);

  // awk over the CSV (see tests/unit/airline_test.cpp): Loyal Customer,
  // Inflight wifi service, 0 left out → mean 2.8221338048924256 over 6786.
  Reference<css::sheet::XSpreadsheet> vm = sheet(doc, "Value Matrix");
  const sal_Int32 wifi = rowOf(vm, "Inflight wifi service");
  const sal_Int32 loyal = columnOf(vm, 4, "Loyal Customer");
  EXPECT_DOUBLE_EQ(number(vm, loyal, wifi), 6786);
  EXPECT_NEAR(number(vm, loyal + 2, wifi), 2.8221338048924256, 1e-12);
  EXPECT_EQ(vm->getCellByPosition(loyal + 1, wifi)->getType(), css::table::CellContentType_EMPTY);

  // The sheet and the results JSON tell the same story.
  const nlohmann::json results = nlohmann::json::parse(readFile(json));
  int checked = 0;
  for (const auto& cell : results.at("cells")) {
    if (cell.at("group") != "disloyal Customer") continue;
    const sal_Int32 rowIndex = rowOf(vm, cell.at("attribute").get<std::string>());
    const sal_Int32 disloyal = columnOf(vm, 4, "disloyal Customer");
    EXPECT_NEAR(number(vm, disloyal + 2, rowIndex), cell.at("satisfaction").at("mean").get<double>(), 1e-12);
    ++checked;
  }
  EXPECT_EQ(checked, 14);

  // Derived importance of Online boarding for All: awk gives r = 0.55257864847554283.
  Reference<css::sheet::XSpreadsheet> derived = sheet(doc, "Derived importance");
  const sal_Int32 boarding = rowOf(derived, "Online boarding");
  const sal_Int32 all = columnOf(derived, rowOf(derived, "Attribute"), "All respondents");
  EXPECT_NEAR(number(derived, all, boarding), 0.55257864847554283, 1e-12);

  EXPECT_EQ(chartNames(sheet(doc, "Priorities")), (std::vector<std::string>{"IPA 1", "IPA 2", "IPA 3"}));

  // Printed, the table's header row comes again on every page (not the
  // sheet's title above it).
  Reference<css::sheet::XPrintAreas> print(vm, UNO_QUERY_THROW);
  EXPECT_TRUE(print->getPrintTitleRows());
  EXPECT_GT(print->getTitleRows().StartRow, 1);
  EXPECT_EQ(print->getTitleRows().EndRow, print->getTitleRows().StartRow);
}

TEST(CalcMatrix, OneUndoBringsBackExactlyTheOriginalSheetsAndCells) {
  ScopedDocument doc = loadCsv(CF_TEST_DATA_DIR "/airline-passenger-satisfaction.csv");
  const std::vector<std::string> before = sheetNames(doc);
  const Sequence<Sequence<Any>> cells = usedCells(sheet(doc, before[0]));
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix?NotApplicable=0");
  ASSERT_TRUE(r.finished && r.success) << r.message;
  ASSERT_GT(sheetNames(doc).size(), before.size());
  Reference<css::document::XUndoManager> undo = undoManager(doc);
  ASSERT_TRUE(undo->isUndoPossible());
  EXPECT_EQ(toUtf8(undo->getCurrentUndoActionTitle()), "Build value matrix");
  undo->undo();
  EXPECT_EQ(sheetNames(doc), before);
  EXPECT_TRUE(usedCells(sheet(doc, before[0])) == cells);
}

TEST(CalcMatrix, SmallTableGivesEverySheetWithIndependentlyComputedNumbers) {
  ScopedDocument doc = smallTable();
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(r.finished);
  ASSERT_TRUE(r.success) << r.message;
  EXPECT_EQ(sheetNames(doc), kSmallSheets);

  // Python's statistics.mean over the CSV's Families rows: importance of
  // speed 4.375, satisfaction 2, gap 2.375.
  Reference<css::sheet::XSpreadsheet> vm = sheet(doc, "Value Matrix");
  const sal_Int32 speed = rowOf(vm, "Speed");
  const sal_Int32 families = columnOf(vm, 4, "Families (primary");
  EXPECT_DOUBLE_EQ(number(vm, families + 1, speed), 4.375);
  EXPECT_DOUBLE_EQ(number(vm, families + 2, speed), 2.0);
  EXPECT_DOUBLE_EQ(number(vm, families + 3, speed), 2.375);
  // Funders has 3 rows: shown as suppressed text, not as numbers.
  const sal_Int32 funders = columnOf(vm, 4, "Funders");
  EXPECT_EQ(vm->getCellByPosition(funders + 2, speed)->getType(), css::table::CellContentType_TEXT);
  EXPECT_EQ(cellText(vm, funders + 2, speed), "n<5");

  // NPS: 6 promoters and 9 detractors of 17 → 100·(6 − 9)/17.
  Reference<css::sheet::XSpreadsheet> nps = sheet(doc, "NPS");
  const sal_Int32 allNps = rowOf(nps, "All respondents");
  EXPECT_NEAR(number(nps, 3, allNps), -17.647058823529413, 1e-9);
  EXPECT_EQ(chartNames(nps), (std::vector<std::string>{"NPS distribution"}));

  // Kano, all respondents: A 5, O 2, M 5, I 5; Better 7/17, Worse −7/17.
  Reference<css::sheet::XSpreadsheet> kano = sheet(doc, "Kano");
  const sal_Int32 wifi = rowOf(kano, "Wifi");
  EXPECT_DOUBLE_EQ(number(kano, 2, wifi), 5);
  EXPECT_DOUBLE_EQ(number(kano, 3, wifi), 2);
  EXPECT_DOUBLE_EQ(number(kano, 4, wifi), 5);
  EXPECT_NEAR(number(kano, 12, wifi), 7.0 / 17.0, 1e-12);
  EXPECT_NEAR(number(kano, 13, wifi), -7.0 / 17.0, 1e-12);
  EXPECT_EQ(chartNames(kano), (std::vector<std::string>{"Kano Better-Worse"}));

  // Assumptions: predicted 3 for speed against a measured 4.375.
  Reference<css::sheet::XSpreadsheet> av = sheet(doc, "Assumptions vs Evidence");
  const sal_Int32 avSpeed = rowOf(av, "Speed");
  EXPECT_DOUBLE_EQ(number(av, 1, avSpeed), 3);
  EXPECT_DOUBLE_EQ(number(av, 2, avSpeed), 4.375);

  // All, Families and Volunteers get an IPA chart; Funders is too small.
  EXPECT_EQ(chartNames(sheet(doc, "Priorities")), (std::vector<std::string>{"IPA 1", "IPA 2", "IPA 3"}));
}

// The row heights are worked out once, after the looks (see calc_output.cpp):
// every row below the note must be as tall as Calc itself makes it for its
// text, so that a wrapped header or a 12-point heading is not cut off.
TEST(CalcMatrix, RowsAreAsTallAsCalcMakesThemForTheirText) {
  ScopedDocument doc = smallTable();
  ASSERT_TRUE(office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix").success);
  Reference<css::sheet::XSpreadsheet> vm = sheet(doc, "Value Matrix");
  auto heights = [&](sal_Int32 first, sal_Int32 last) {
    Reference<css::container::XIndexAccess> rows(
        Reference<css::table::XColumnRowRange>(vm->getCellRangeByPosition(0, first, 0, last),
                                               UNO_QUERY_THROW)
            ->getRows(),
        UNO_QUERY_THROW);
    std::vector<sal_Int32> out;
    for (sal_Int32 r = 0; r < rows->getCount(); ++r)
      out.push_back(Reference<css::beans::XPropertySet>(rows->getByIndex(r), UNO_QUERY_THROW)
                        ->getPropertyValue("Height")
                        .get<sal_Int32>());
    return out;
  };
  const sal_Int32 section = rowOf(vm, "95% confidence intervals (Student t)");
  const sal_Int32 last = section + 8;
  const std::vector<sal_Int32> built = heights(2, last);
  const sal_Int32 data = built[static_cast<std::size_t>(rowOf(vm, "Speed") - 2)];
  // The 12-point heading above the intervals needs more than a plain row.
  EXPECT_GT(built[static_cast<std::size_t>(section - 2)], data);
  // What Calc gives the same rows when asked for their optimal height.
  Reference<css::beans::XPropertySet>(
      Reference<css::table::XColumnRowRange>(vm->getCellRangeByPosition(0, 2, 0, last),
                                             UNO_QUERY_THROW)
          ->getRows(),
      UNO_QUERY_THROW)
      ->setPropertyValue("OptimalHeight", Any(true));
  EXPECT_EQ(built, heights(2, last));
}

std::vector<std::string> rawChartNames(const Reference<css::sheet::XSpreadsheet>& s) {
  std::vector<std::string> out;
  for (const rtl::OUString& n :
       Reference<css::table::XTableChartsSupplier>(s, UNO_QUERY_THROW)->getCharts()->getElementNames())
    out.push_back(toUtf8(n));
  return out;
}

// A rebuild whose sheets would look as they do (only numbers change: here
// one "4" becomes a "5" on the 0-10 scale, both detractors) rewrites the
// numbers in place and keeps the sheets and their charts; one undo brings
// back the numbers before.
TEST(CalcMatrix, RebuildThatChangesOnlyNumbersUpdatesThemInPlaceAndUndoBringsThemBack) {
  ScopedDocument doc = smallTable();
  ASSERT_TRUE(office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix").success);
  const std::vector<std::string> charts = rawChartNames(sheet(doc, "Priorities"));
  ASSERT_FALSE(charts.empty());
  const Sequence<Sequence<Any>> nps = usedCells(sheet(doc, "NPS"));

  ASSERT_EQ(sheet(doc, "Feedback")->getCellByPosition(9, 1)->getValue(), 4.0);
  sheet(doc, "Feedback")->getCellByPosition(9, 1)->setValue(5.0);
  undoManager(doc)->clear();
  const cli::DispatchResult again = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(again.finished && again.success) << again.message;
  EXPECT_EQ(again.message.rfind("Updated sheets: Value Matrix, Priorities,", 0), 0u) << again.message;
  EXPECT_EQ(sheetNames(doc), kSmallSheets);
  EXPECT_EQ(rawChartNames(sheet(doc, "Priorities")), charts) << "the charts were made again";
  const Sequence<Sequence<Any>> changed = usedCells(sheet(doc, "NPS"));
  EXPECT_FALSE(changed == nps) << "the NPS sheet does not show the new answer";

  Reference<css::document::XUndoManager> undo = undoManager(doc);
  ASSERT_EQ(undo->getAllUndoActionTitles().getLength(), 1);
  undo->undo();
  EXPECT_TRUE(usedCells(sheet(doc, "NPS")) == nps) << "undo did not bring back the numbers";
  EXPECT_EQ(sheetNames(doc), kSmallSheets);
}

TEST(CalcMatrix, RebuildReplacesOnlyItsOwnSheetsAndNeverTheUsers) {
  ScopedDocument doc = smallTable();
  // The user's own sheet that happens to carry our name.
  spreadsheet(doc)->getSheets()->insertNewByName("Value Matrix", 2);
  sheet(doc, "Value Matrix")->getCellByPosition(0, 0)->setFormula("my notes");
  ASSERT_TRUE(office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix").success);
  const cli::DispatchResult again = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(again.finished && again.success) << again.message;
  EXPECT_EQ(again.message.rfind("Created sheets: Value Matrix 2, Priorities,", 0), 0u) << again.message;
  std::vector<std::string> expected = {"Feedback", "Assumptions", "Value Matrix"};
  for (std::size_t i = 2; i < kSmallSheets.size(); ++i)
    expected.push_back(kSmallSheets[i] == "Value Matrix" ? "Value Matrix 2" : kSmallSheets[i]);
  EXPECT_EQ(sheetNames(doc), expected);
  EXPECT_EQ(cellText(sheet(doc, "Value Matrix"), 0, 0), "my notes");
}

TEST(CalcMatrix, TextThatLooksLikeAFormulaStaysText) {
  ScopedDocument doc("private:factory/scalc");
  const std::vector<std::string> odd = {"=HYPERLINK(\"http://example.org\";\"click\")", "+1", "-1", "@x"};
  std::vector<Sequence<Any>> rows;
  std::vector<Any> header = {Any(rtl::OUString("Group"))};
  for (const std::string& o : odd) header.push_back(Any(rtl::OUString::fromUtf8(("Satisfaction: " + o).c_str())));
  rows.push_back(Sequence<Any>(header.data(), static_cast<sal_Int32>(header.size())));
  for (int i = 0; i < 6; ++i) {
    std::vector<Any> cells = {Any(rtl::OUString("Members"))};
    for (std::size_t k = 0; k < odd.size(); ++k) cells.push_back(Any(double(1 + (i + k) % 5)));
    rows.push_back(Sequence<Any>(cells.data(), static_cast<sal_Int32>(cells.size())));
  }
  Reference<css::sheet::XSpreadsheet> first(
      Reference<css::container::XIndexAccess>(spreadsheet(doc)->getSheets(), UNO_QUERY_THROW)->getByIndex(0),
      UNO_QUERY_THROW);
  fill(first, Sequence<Sequence<Any>>(rows.data(), static_cast<sal_Int32>(rows.size())));
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(r.finished && r.success) << r.message;
  Reference<css::sheet::XSpreadsheet> vm = sheet(doc, "Value Matrix");
  for (const std::string& o : odd) {
    const sal_Int32 at = rowOf(vm, o, 6);
    Reference<css::table::XCell> cell = vm->getCellByPosition(0, at);
    EXPECT_EQ(cell->getType(), css::table::CellContentType_TEXT) << o;
    EXPECT_EQ(cellText(vm, 0, at), o);
    // A text cell: Calc 7.4's getFormula() returns its text as is, so the
    // type is what tells it from a formula.
    EXPECT_NE(cell->getType(), css::table::CellContentType_FORMULA) << o;
    EXPECT_EQ(cell->getError(), 0) << o;
  }
}

// A refusal changes nothing: same sheets, nothing new to undo.
void expectUnchanged(const ScopedDocument& doc, const std::vector<std::string>& sheets, sal_Int32 undoSteps) {
  EXPECT_EQ(sheetNames(doc), sheets);
  EXPECT_EQ(undoManager(doc)->getAllUndoActionTitles().getLength(), undoSteps);
}

TEST(CalcMatrix, ProtectedSheetGivesAClearMessageAndChangesNothing) {
  ScopedDocument doc = smallTable();
  doc.as<css::frame::XModel>();
  Reference<css::util::XProtectable>(sheet(doc, "Feedback"), UNO_QUERY_THROW)->protect("");
  const std::vector<std::string> before = sheetNames(doc);
  const sal_Int32 steps = undoManager(doc)->getAllUndoActionTitles().getLength();
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_EQ(r.message, "The sheet \"Feedback\" is protected. Remove the protection with Tools ▸ Protect Sheet, "
                       "then build the value matrix again.");
  expectUnchanged(doc, before, steps);
  ASSERT_TRUE(office().alive());
}

TEST(CalcMatrix, ProtectedStructureGivesAClearMessageAndChangesNothing) {
  ScopedDocument doc = smallTable();
  doc.as<css::util::XProtectable>()->protect("");
  const std::vector<std::string> before = sheetNames(doc);
  const sal_Int32 steps = undoManager(doc)->getAllUndoActionTitles().getLength();
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_NE(r.message.find("structure is protected"), std::string::npos) << r.message;
  expectUnchanged(doc, before, steps);
}

TEST(CalcMatrix, ReadOnlyDocumentGivesAClearMessageAndChangesNothing) {
  ScopedDocument doc = loadCsv(CF_TEST_DATA_DIR "/calc-small-feedback.csv", true);
  const std::vector<std::string> before = sheetNames(doc);
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_EQ(r.message.rfind("This document is open read-only", 0), 0u) << r.message;
  expectUnchanged(doc, before, 0);
}

TEST(CalcMatrix, BadArgumentsAreRefusedWithTheirName) {
  ScopedDocument doc = smallTable();
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix?MinN=lots");
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_EQ(r.message, "MinN must be a number, not \"lots\".");
  EXPECT_EQ(sheetNames(doc), (std::vector<std::string>{"Feedback", "Assumptions"}));
}

}  // namespace
}  // namespace cf::test
