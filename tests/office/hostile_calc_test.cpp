// Build value matrix against hostile spreadsheets in a real LibreOffice: empty
// and one-cell documents, a header alone, text or error values everywhere,
// merged cells, hidden and filtered rows, a full 1,048,576-row sheet, very
// long, right-to-left and emoji text, text that looks like a formula, a
// stored mapping from a future version, and the Writer commands sent to a
// spreadsheet. Each attack must leave the office answering, tell the user
// what happened or give the right numbers, leave every existing cell and
// sheet as it was, write formula-like text as text, and, when it succeeds,
// be undone exactly by one undo.
#include "document_state.h"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/sheet/FilterOperator2.hpp>
#include <com/sun/star/sheet/TableFilterField2.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetFilterDescriptor2.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/util/XMergeable.hpp>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

constexpr const char* kBuild = "vnd.customerfocus:BuildValueMatrix";

// A feedback table made up here: a Group column, an importance and a
// satisfaction column per attribute (answers 1–5, one in 37 left empty) and
// a free-text Comment. It also knows the means the build must find.
struct Survey {
  std::vector<std::string> attributes;
  std::vector<std::vector<Any>> rows;  // the header first
  std::vector<double> importanceSum, satisfactionSum;
  std::vector<std::size_t> importanceN, satisfactionN;

  double importanceMean(std::size_t a) const { return importanceSum[a] / double(importanceN[a]); }
  double satisfactionMean(std::size_t a) const { return satisfactionSum[a] / double(satisfactionN[a]); }
  sal_Int32 width() const { return static_cast<sal_Int32>(rows[0].size()); }
};

Survey makeSurvey(const std::vector<std::string>& groups, std::size_t respondents, unsigned seed,
                  const std::vector<std::string>& attributes = {"Speed", "Price"}) {
  Survey s;
  s.attributes = attributes;
  s.importanceSum.assign(attributes.size(), 0);
  s.satisfactionSum.assign(attributes.size(), 0);
  s.importanceN.assign(attributes.size(), 0);
  s.satisfactionN.assign(attributes.size(), 0);
  std::vector<Any>& header = s.rows.emplace_back();
  header.push_back(str("Group"));
  for (const std::string& a : attributes) {
    header.push_back(str("Importance: " + a));
    header.push_back(str("Satisfaction: " + a));
  }
  header.push_back(str("Comment"));
  std::mt19937 random(seed);
  const std::vector<std::string> comments = {"fine", "too slow", "مرحبا", "👍 great", "=1+1", ""};
  for (std::size_t i = 0; i < respondents; ++i) {
    std::vector<Any>& row = s.rows.emplace_back();
    row.push_back(str(groups[i % groups.size()]));
    for (std::size_t a = 0; a < attributes.size(); ++a) {
      for (int k = 0; k < 2; ++k) {
        if (random() % 37 == 0) {
          row.push_back(Any(rtl::OUString()));
          continue;
        }
        const double v = 1 + random() % 5;
        row.push_back(Any(v));
        (k == 0 ? s.importanceSum : s.satisfactionSum)[a] += v;
        ++(k == 0 ? s.importanceN : s.satisfactionN)[a];
      }
    }
    row.push_back(str(comments[random() % comments.size()]));
  }
  return s;
}

// A new spreadsheet with `survey` on its first sheet, named Feedback.
ScopedDocument calcWith(const Survey& survey) {
  ScopedDocument doc("private:factory/scalc");
  Reference<css::container::XNamed>(sheetAt(doc, 0), UNO_QUERY_THROW)->setName("Feedback");
  fill(sheetAt(doc, 0), toCells(survey.rows));
  return doc;
}

// A formula cell anywhere in the sheets the build added: the output holds
// values and text only, so any formula there came from the user's data.
void expectNoFormulas(const CalcState& after, std::size_t firstNewSheet) {
  for (std::size_t s = firstNewSheet; s < after.sheets.size(); ++s) {
    const SheetState& sheet = after.sheets[s];
    for (std::size_t r = 0; r < sheet.formulas.size(); ++r)
      for (std::size_t c = 0; c < sheet.formulas[r].size(); ++c) {
        const std::string& f = sheet.formulas[r][c];
        if (f.empty()) continue;
        const std::string& v = sheet.values[r][c];
        const bool text = v == "t:" + f;
        const bool number = v.rfind("n:", 0) == 0 && f.front() != '=';
        EXPECT_TRUE(text || number) << sheet.name << " row " << r + 1 << " column " << c + 1
                                    << " is a formula: " << f;
      }
  }
}

// The checks every attack shares. A refusal must change nothing and add no
// undo step; a build must keep the user's sheets as they were, write no
// formula, and go away with one undo.
struct Attack {
  cli::DispatchResult result;
  CalcState before;
  CalcState after;  // right after the build, before the undo
};

Attack attack(const ScopedDocument& doc, const std::string& url = kBuild) {
  Attack a;
  a.before = calcState(doc);
  const sal_Int32 steps = undoSteps(doc);
  a.result = office().dispatch(doc.get(), url);
  EXPECT_TRUE(a.result.finished);
  EXPECT_TRUE(officeAnswers(doc));
  a.after = calcState(doc);
  if (!a.result.success) {
    EXPECT_FALSE(a.result.message.empty());
    EXPECT_EQ(a.after, a.before) << describeDifference(a.before, a.after);
    EXPECT_EQ(undoSteps(doc), steps);
    return a;
  }
  CalcState users = a.after;
  users.sheets.resize(std::min(users.sheets.size(), a.before.sheets.size()));
  EXPECT_EQ(users, a.before) << describeDifference(a.before, users);
  expectNoFormulas(a.after, a.before.sheets.size());
  EXPECT_EQ(undoSteps(doc), steps + 1);
  undoManager(doc)->undo();
  const CalcState undone = calcState(doc);
  EXPECT_EQ(undone, a.before) << describeDifference(a.before, undone);
  // Redo gives the build back, so the numbers can be checked.
  undoManager(doc)->redo();
  return a;
}

// The All respondents means of the Value Matrix against the survey's own.
void expectMeans(const ScopedDocument& doc, const Survey& survey) {
  Reference<css::sheet::XSpreadsheet> vm = sheetNamed(doc, "Value Matrix");
  ASSERT_EQ(findColumn(vm, 4, "All respondents"), 1);
  for (std::size_t a = 0; a < survey.attributes.size(); ++a) {
    // A longer name shows cut, with "…".
    const std::string& name = survey.attributes[a];
    const sal_Int32 row = findRow(vm, name.size() <= 200 ? name : name.substr(0, 200) + "…", 6);
    ASSERT_GE(row, 0) << survey.attributes[a];
    EXPECT_NEAR(vm->getCellByPosition(2, row)->getValue(), survey.importanceMean(a), 1e-9) << survey.attributes[a];
    EXPECT_NEAR(vm->getCellByPosition(3, row)->getValue(), survey.satisfactionMean(a), 1e-9) << survey.attributes[a];
  }
}

// "Rows read: 12 · rows used: 12 · …" on the Value Matrix.
std::string inputLine(const ScopedDocument& doc) { return cellString(sheetNamed(doc, "Value Matrix"), 0, 2); }

TEST(HostileCalc, EmptyDocumentIsRefusedWithAMessage) {
  ScopedDocument doc("private:factory/scalc");
  const Attack a = attack(doc);
  EXPECT_FALSE(a.result.success);
  EXPECT_NE(a.result.message.find("no feedback table"), std::string::npos) << a.result.message;
}

TEST(HostileCalc, SingleCellIsRefusedWithAMessage) {
  ScopedDocument doc("private:factory/scalc");
  fill(sheetAt(doc, 0), toCells({{str("Satisfaction: Speed")}}));
  EXPECT_FALSE(attack(doc).result.success);
}

TEST(HostileCalc, HeaderWithoutAnswersIsRefusedWithAMessage) {
  Survey s = makeSurvey({"Families"}, 0, 1);
  ScopedDocument doc = calcWith(s);
  EXPECT_FALSE(attack(doc).result.success);
}

TEST(HostileCalc, EveryCellTextIsRefusedWithAMessage) {
  ScopedDocument doc("private:factory/scalc");
  std::vector<std::vector<Any>> rows;
  for (int r = 0; r < 12; ++r)
    rows.push_back({str("word " + std::to_string(r)), str("more"), str("text"), str("nothing numeric")});
  fill(sheetAt(doc, 0), toCells(rows));
  EXPECT_FALSE(attack(doc).result.success);
}

TEST(HostileCalc, EveryAnswerAnErrorValueIsRefusedWithAMessage) {
  ScopedDocument doc("private:factory/scalc");
  Survey s = makeSurvey({"Families"}, 10, 2);
  fill(sheetAt(doc, 0), toCells({s.rows[0]}));
  css::uno::Sequence<css::uno::Sequence<rtl::OUString>> errors(10);
  for (sal_Int32 r = 0; r < 10; ++r) {
    errors.getArray()[r].realloc(s.width());
    for (sal_Int32 c = 0; c < s.width(); ++c) errors.getArray()[r].getArray()[c] = rtl::OUString::createFromAscii((r + c) % 2 ? "=1/0" : "=NA()");
  }
  Reference<css::sheet::XCellRangeFormula>(sheetAt(doc, 0)->getCellRangeByPosition(0, 1, s.width() - 1, 10),
                                           UNO_QUERY_THROW)
      ->setFormulaArray(errors);
  ASSERT_EQ(cellString(sheetAt(doc, 0), 1, 1), "#DIV/0!");
  ASSERT_EQ(cellString(sheetAt(doc, 0), 1, 2), "#N/A");
  const Attack a = attack(doc);
  EXPECT_FALSE(a.result.success) << a.result.message;
  EXPECT_NE(a.result.message.find("No row"), std::string::npos) << a.result.message;
}

TEST(HostileCalc, SomeErrorValuesCountAsUnusableAnswers) {
  Survey s = makeSurvey({"Families", "Volunteers"}, 20, 12);
  std::string clean;  // the same table without the errors
  {
    ScopedDocument doc = calcWith(s);
    ASSERT_TRUE(office().dispatch(doc.get(), kBuild).success);
    clean = inputLine(doc);
  }
  ScopedDocument doc = calcWith(s);
  // Three answers become errors; the survey's means leave them out.
  const std::vector<std::pair<sal_Int32, sal_Int32>> cells = {{1, 3}, {2, 7}, {3, 11}};
  for (const auto& [column, row] : cells) {
    const std::size_t a = static_cast<std::size_t>(column - 1) / 2;
    double v = 0;
    if (s.rows[row][column] >>= v) {
      (column % 2 ? s.importanceSum : s.satisfactionSum)[a] -= v;
      --(column % 2 ? s.importanceN : s.satisfactionN)[a];
    }
    sheetAt(doc, 0)->getCellByPosition(column, row)->setFormula(rtl::OUString::createFromAscii(column == 2 ? "=NA()" : "=1/0"));
  }
  const Attack a = attack(doc);
  ASSERT_TRUE(a.result.success) << a.result.message;
  expectMeans(doc, s);
  const auto unusable = [](const std::string& line) {
    return std::stoi(line.substr(line.find("unusable cells: ") + 16));
  };
  EXPECT_EQ(unusable(inputLine(doc)), unusable(clean) + 3) << inputLine(doc) << " / " << clean;
}

TEST(HostileCalc, MergedGroupCellsAreReadAsTheyAreStored) {
  Survey s = makeSurvey({"Families", "Volunteers"}, 40, 3);
  ScopedDocument doc = calcWith(s);
  // A user merges the group cells of rows 2–4; Calc keeps the hidden
  // cells' text, so the data does not change.
  Reference<css::util::XMergeable> merged(sheetAt(doc, 0)->getCellRangeByPosition(0, 1, 0, 3), UNO_QUERY_THROW);
  merged->merge(true);
  // Merged across columns too: a comment spread over two cells.
  Reference<css::util::XMergeable>(sheetAt(doc, 0)->getCellRangeByPosition(1, 40, 4, 40), UNO_QUERY_THROW)->merge(true);
  const Attack a = attack(doc);
  ASSERT_TRUE(a.result.success) << a.result.message;
  EXPECT_TRUE(merged->getIsMerged());
  // What the user sees in the table is what was analysed: all 40 rows, the
  // means of every answer in them.
  EXPECT_EQ(inputLine(doc).rfind("Rows read: 40 · rows used: 40", 0), 0u) << inputLine(doc);
  expectMeans(doc, s);
}

TEST(HostileCalc, HiddenRowsAreAnalysedAndTheMessageSaysSo) {
  Survey s = makeSurvey({"Families", "Volunteers"}, 30, 4);
  ScopedDocument doc = calcWith(s);
  Reference<css::table::XColumnRowRange> rows(sheetAt(doc, 0)->getCellRangeByPosition(0, 4, 0, 8), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet>(rows->getRows(), UNO_QUERY_THROW)->setPropertyValue("IsVisible", Any(false));
  const Attack a = attack(doc);
  ASSERT_TRUE(a.result.success) << a.result.message;
  EXPECT_NE(a.result.message.find("5 hidden"), std::string::npos) << a.result.message;
  EXPECT_EQ(inputLine(doc).rfind("Rows read: 30 · rows used: 30", 0), 0u) << inputLine(doc);
  expectMeans(doc, s);
  bool visible = true;
  Reference<css::beans::XPropertySet>(rows->getRows(), UNO_QUERY_THROW)->getPropertyValue("IsVisible") >>= visible;
  EXPECT_FALSE(visible);
}

TEST(HostileCalc, FilteredRowsAreAnalysedAndTheMessageSaysSo) {
  Survey s = makeSurvey({"Families", "Volunteers", "Funders"}, 30, 5);
  ScopedDocument doc = calcWith(s);
  // An AutoFilter showing only the Families rows, as a user sets it up.
  css::table::CellRangeAddress range;
  range.Sheet = 0;
  range.EndColumn = s.width() - 1;
  range.EndRow = 30;
  Reference<css::sheet::XDatabaseRanges> ranges(
      Reference<css::beans::XPropertySet>(doc.get(), UNO_QUERY_THROW)->getPropertyValue("DatabaseRanges"),
      UNO_QUERY_THROW);
  ranges->addNewByName("Survey", range);
  Reference<css::sheet::XDatabaseRange> db(ranges->getByName("Survey"), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet>(db, UNO_QUERY_THROW)->setPropertyValue("AutoFilter", Any(true));
  Reference<css::sheet::XSheetFilterDescriptor2> filter(db->getFilterDescriptor(), UNO_QUERY_THROW);
  css::sheet::TableFilterField2 field;
  field.Field = 0;
  field.Operator = css::sheet::FilterOperator2::EQUAL;
  field.IsNumeric = false;
  field.StringValue = "Families";
  filter->setFilterFields2(css::uno::Sequence<css::sheet::TableFilterField2>(&field, 1));
  db->refresh();
  bool visible = true;
  Reference<css::beans::XPropertySet>(
      Reference<css::table::XColumnRowRange>(sheetAt(doc, 0)->getCellRangeByPosition(0, 2, 0, 2), UNO_QUERY_THROW)
          ->getRows(),
      UNO_QUERY_THROW)
      ->getPropertyValue("IsVisible") >>= visible;
  ASSERT_FALSE(visible) << "the filter should hide the Volunteers row 3";

  const Attack a = attack(doc);
  ASSERT_TRUE(a.result.success) << a.result.message;
  EXPECT_NE(a.result.message.find("20 hidden"), std::string::npos) << a.result.message;
  EXPECT_EQ(inputLine(doc).rfind("Rows read: 30 · rows used: 30", 0), 0u) << inputLine(doc);
  expectMeans(doc, s);
}

TEST(HostileCalc, LongRightToLeftAndEmojiTextComesThroughExactly) {
  const std::string longName = std::string(100000, 'L');
  const std::string arabic = "عملاء الأسرة";
  const std::string hebrew = "משפחות";
  const std::string emoji = "👨‍👩‍👧 Families 🚀";
  const std::string longAttribute = "Wait " + std::string(100000, 'w');
  Survey s = makeSurvey({longName, arabic, hebrew, emoji}, 40, 6, {"سرعة الخدمة", "😀 Price", longAttribute});
  ScopedDocument doc = calcWith(s);
  ASSERT_EQ(cellString(sheetAt(doc, 0), 0, 1).size(), longName.size());
  const Attack a = attack(doc);
  ASSERT_TRUE(a.result.success) << a.result.message;
  expectMeans(doc, s);
  Reference<css::sheet::XSpreadsheet> vm = sheetNamed(doc, "Value Matrix");
  for (const std::string& g : {arabic, hebrew, emoji}) EXPECT_GE(findColumn(vm, 4, g + " ("), 0) << g;
  // A name of 100,000 characters shows as its first 200, then "…".
  EXPECT_GE(findColumn(vm, 4, std::string(200, 'L') + "…"), 0);
  EXPECT_GE(findRow(vm, longAttribute.substr(0, 200) + "…", 6), 0);
}

TEST(HostileCalc, FormulaLikeTextStaysText) {
  const std::vector<std::string> odd = {"=cmd|' /c calc'!A0", "+cmd|' /c calc'!A0", "-2+3", "@SUM(1+1)"};
  Survey s = makeSurvey(odd, 40, 7, {"=cmd|' /c calc'!A0", "@SUM(A1:A9)"});
  ScopedDocument doc = calcWith(s);
  ASSERT_EQ(sheetAt(doc, 0)->getCellByPosition(0, 1)->getType(), css::table::CellContentType_TEXT);
  const Attack a = attack(doc);
  ASSERT_TRUE(a.result.success) << a.result.message;
  expectMeans(doc, s);
  Reference<css::sheet::XSpreadsheet> vm = sheetNamed(doc, "Value Matrix");
  const sal_Int32 row = findRow(vm, "=cmd|' /c calc'!A0", 6);
  ASSERT_GE(row, 0);
  EXPECT_EQ(vm->getCellByPosition(0, row)->getType(), css::table::CellContentType_TEXT);
  for (const std::string& g : odd) {
    const sal_Int32 c = findColumn(vm, 4, g + " (");
    ASSERT_GE(c, 0) << g;
    EXPECT_EQ(vm->getCellByPosition(c, 4)->getType(), css::table::CellContentType_TEXT) << g;
  }
}

TEST(HostileCalc, StoredMappingOfAFutureVersionIsRefusedWithAMessage) {
  ScopedDocument doc = calcWith(makeSurvey({"Families"}, 10, 8));
  Reference<css::beans::XPropertyContainer> user =
      doc.as<css::document::XDocumentPropertiesSupplier>()->getDocumentProperties()->getUserDefinedProperties();
  user->addProperty("CustomerFocusMapping", css::beans::PropertyAttribute::REMOVABLE,
                    Any(rtl::OUString(R"({"schemaVersion": 99, "columns": []})")));
  const Attack a = attack(doc);
  EXPECT_FALSE(a.result.success);
  EXPECT_NE(a.result.message.find("schemaVersion"), std::string::npos) << a.result.message;
}

TEST(HostileCalc, WriterCommandsInASpreadsheetAreRefusedWithAMessage) {
  ScopedDocument doc = calcWith(makeSurvey({"Families"}, 10, 9));
  for (const char* command : {"InsertWorksheet", "ImportModel?Path=/nonexistent.json", "ExportModel?Path=/x.json"}) {
    const Attack a = attack(doc, std::string("vnd.customerfocus:") + command);
    EXPECT_FALSE(a.result.success) << command;
  }
}

// A cell as a CSV field: text quoted (so that "=1+1" stays text), numbers
// as they are, nothing for an empty cell.
std::string csvField(const Any& cell) {
  double number = 0;
  if (cell >>= number) {
    std::ostringstream out;
    out << number;
    return out.str();
  }
  const std::string text = toUtf8(cell.get<rtl::OUString>());
  if (text.empty()) return {};
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

// 1,048,576 rows × 20 columns: the whole height of a sheet, written as a
// CSV and opened the way a person opens one (filling it through the API
// takes minutes in LibreOffice 25.2). The build must give the right means,
// or say why it cannot.
TEST(HostileCalc, FullHeightSheetGivesTheRightMeans) {
  const std::vector<std::string> attributes = {"A", "B", "C", "D", "E", "F", "G", "H", "I"};
  constexpr sal_Int32 kRows = 1048576, kBlock = 65536;
  Survey whole;
  whole.attributes = attributes;
  whole.importanceSum.assign(attributes.size(), 0);
  whole.satisfactionSum.assign(attributes.size(), 0);
  whole.importanceN.assign(attributes.size(), 0);
  whole.satisfactionN.assign(attributes.size(), 0);
  const auto start = std::chrono::steady_clock::now();
  const std::filesystem::path csv = artifactDir() / "full-height.csv";
  {
    std::ofstream out(csv, std::ios::binary | std::ios::trunc);
    for (sal_Int32 first = 0; first < kRows; first += kBlock) {
      Survey block = makeSurvey({"Families", "Volunteers", "Funders", "Partners"}, kBlock - (first == 0 ? 1 : 0),
                                100 + unsigned(first / kBlock), attributes);
      for (std::size_t a = 0; a < attributes.size(); ++a) {
        whole.importanceSum[a] += block.importanceSum[a];
        whole.satisfactionSum[a] += block.satisfactionSum[a];
        whole.importanceN[a] += block.importanceN[a];
        whole.satisfactionN[a] += block.satisfactionN[a];
      }
      if (first != 0) block.rows.erase(block.rows.begin());
      std::string lines;
      for (const std::vector<Any>& row : block.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) lines += (c ? "," : "") + csvField(row[c]);
        lines += '\n';
      }
      out << lines;
    }
    ASSERT_TRUE(out.good()) << csv;
  }
  // Comma, quote, UTF-8, from line 1, English (USA), quoted fields as text.
  ScopedDocument doc(office().loadDocument(
      cli::Office::fileUrl(csv),
      {property("FilterName", Any(rtl::OUString("Text - txt - csv (StarCalc)"))),
       property("FilterOptions", Any(rtl::OUString("44,34,76,1,,1033,true,false")))}));
  std::filesystem::remove(csv);
  Reference<css::sheet::XSpreadsheet> sheet = sheetAt(doc, 0);
  const auto filled = std::chrono::steady_clock::now();
  ASSERT_EQ(cellString(sheet, 0, kRows - 1), "Partners");

  const sal_Int32 steps = undoSteps(doc);
  const cli::DispatchResult r = office().dispatch(doc.get(), kBuild);
  const auto built = std::chrono::steady_clock::now();
  ASSERT_TRUE(r.finished);
  EXPECT_TRUE(officeAnswers(doc));
  ASSERT_TRUE(r.success) << r.message;
  EXPECT_EQ(inputLine(doc).rfind("Rows read: 1048575 · rows used: 1048575", 0), 0u) << inputLine(doc);
  expectMeans(doc, whole);
  EXPECT_EQ(undoSteps(doc), steps + 1);
  undoManager(doc)->undo();
  EXPECT_EQ(sheetNames(doc).size(), 1u);
  // The corners and a middle row of the data are still what was written.
  Survey last = makeSurvey({"Families", "Volunteers", "Funders", "Partners"}, kBlock, 100 + 15, attributes);
  for (sal_Int32 c = 0; c < 20; ++c) {
    Any expected = last.rows.back()[c];
    Any actual = Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByPosition(c, kRows - 1, c, kRows - 1),
                                                        UNO_QUERY_THROW)
                     ->getDataArray()[0][0];
    EXPECT_EQ(actual, expected) << "column " << c;
  }
  const auto ms = [](auto d) { return std::chrono::duration_cast<std::chrono::milliseconds>(d).count(); };
  std::cout << "[ full height ] 1048576 rows x 20 columns: written and opened in " << ms(filled - start) << " ms, built in "
            << ms(built - filled) << " ms" << std::endl;
}

}  // namespace
}  // namespace cf::test
