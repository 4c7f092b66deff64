// Listening over time: the Riverside survey of 2025 and of 2026 on two
// sheets of one workbook, both picked as waves on the Calc panel, and Build
// value matrix pressed. The Trends sheet must flag the one change the
// survey's design holds (the tutors' satisfaction with their training,
// 4.15 → 3.56) and none of the noise, the other sheets must analyse 2026,
// and one undo must take it all away. The expected numbers were computed
// apart from the extension, on the raw CSVs (Python and mpmath: Welch over
// the 56 group × attribute × measure changes with n ≥ 5, Benjamini–Hochberg
// q): only "Good training before the first session" (satisfaction; the
// volunteer tutors, and All, which only the tutors answer) has q < 0.05
// (q = 6.1e−5); the next smallest q is 0.25.
#include "office_environment.h"

#include "document_state.h"
#include "model_io.h"
#include "writer_text.h"

#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

std::string rowText(const Sequence<Any>& row) {
  std::string s;
  for (const Any& c : row) s += textOf(c) + "|";
  return s;
}

// Both Riverside years in one table, with a first column `header` that
// holds `value(year)` in each row: a survey tool that keeps one form open for
// years exports them so.
std::filesystem::path bothYearsInOneTable(
    const std::string& file, const std::string& header,
    const std::function<std::string(const std::string&)>& value) {
  const auto csv = artifactDir() / file;
  std::ofstream out(csv, std::ios::binary | std::ios::trunc);
  for (const std::string year : {"2025", "2026"}) {
    std::ifstream in(std::string(CF_TEST_DATA_DIR) + "/riverside/riverside-survey-" + year +
                     ".csv");
    std::string line;
    std::getline(in, line);
    if (year == "2025") out << header << ',' << line << '\n';
    while (std::getline(in, line))
      if (!line.empty()) out << value(year) << ',' << line << '\n';
  }
  return csv;
}

TEST(CalcWaves, TwoSheetsPickedAsWavesGiveTrendsWithTheRealChangeOnlyAndOneUndoStep) {
  ScopedDocument doc = riversideWavesWorkbook("riverside");
  ScopedPanel panel(doc.get(), "Calc");
  Reference<css::awt::XListBox> waves(panel.controls()->getControl("WavesList"), UNO_QUERY_THROW);
  // The panel lists the survey sheets to pick from.
  const Sequence<rtl::OUString> items = waves->getItems();
  ASSERT_EQ(items.getLength(), 2);
  EXPECT_EQ(toUtf8(items[0]), "riverside-2025");
  EXPECT_EQ(toUtf8(items[1]), "riverside-2026");
  // The wave analysed is the latest unless the person chooses another.
  Reference<css::awt::XListBox> analysed(panel.controls()->getControl("AnalysedWaveList"),
                                         UNO_QUERY_THROW);
  EXPECT_EQ(toUtf8(analysed->getSelectedItem()), "Latest");
  waves->selectItemPos(0, true);
  waves->selectItemPos(1, true);
  ASSERT_TRUE(pressButtonAndWait(doc, panel.controls(), "BuildButton"));

  ASSERT_TRUE(sheetsOf(doc)->hasByName("Trends"))
      << "no Trends sheet after Build value matrix with two waves";
  Reference<css::sheet::XSpreadsheet> trends = sheetNamed(doc, "Trends");
  const Sequence<Sequence<Any>> rows = usedCells(trends);
  // "What changed": the tutors' training, in plain words, with its numbers.
  std::string sentences;
  for (const Sequence<Any>& row : rows) sentences += textOf(row[0]) + "\n";
  EXPECT_NE(sentences.find(
                "Volunteer tutors: satisfaction with Good training before the first session fell "
                "from 4.15 to 3.56"),
            std::string::npos)
      << sentences;
  // No other attribute is said to have changed.
  for (const char* noise : {"Being treated as an adult", "Progress reports", "Evening sessions"}) {
    for (const Sequence<Any>& row : rows) {
      const std::string line = textOf(row[0]);
      if (line.find(" fell from ") != std::string::npos ||
          line.find(" rose from ") != std::string::npos) {
        EXPECT_EQ(line.find(noise), std::string::npos) << line;
      }
    }
  }

  // The table: the training row of the tutors holds both waves' means.
  bool training = false;
  int flagged = 0;
  for (const Sequence<Any>& row : rows) {
    const std::string line = rowText(row);
    const bool isTraining =
        line.find("Volunteer tutors|Good training before the first session|Satisfaction|") == 0;
    std::vector<double> numbers;
    for (const Any& c : row) {
      double v = 0;
      if (c >>= v) numbers.push_back(v);
    }
    if (row.getLength() > 0 && textOf(row[row.getLength() - 1]) == "real change") ++flagged;
    if (!isTraining) continue;
    training = true;
    bool first = false, second = false, change = false;
    for (double v : numbers) {
      first = first || std::fabs(v - 274.0 / 66.0) < 1e-9;
      second = second || std::fabs(v - 235.0 / 66.0) < 1e-9;
      change = change || std::fabs(v - (235.0 - 274.0) / 66.0) < 1e-9;
    }
    EXPECT_TRUE(first && second && change) << line;
  }
  EXPECT_TRUE(training) << "no row for the tutors' training";
  EXPECT_EQ(flagged, 2)
      << "only the tutors' training (and All's, which only tutors answer) is a real change";

  // The other sheets analyse 2026, the latest wave.
  ASSERT_TRUE(sheetsOf(doc)->hasByName("Value Matrix"));
  Reference<css::sheet::XSpreadsheet> matrix = sheetNamed(doc, "Value Matrix");

  // One undo step takes every sheet of the build away and leaves both waves.
  Reference<css::document::XUndoManager> undo =
      doc.as<css::document::XUndoManagerSupplier>()->getUndoManager();
  for (int i = 0; i < 200 && !undo->isUndoPossible(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  ASSERT_TRUE(undo->isUndoPossible());
  EXPECT_EQ(toUtf8(undo->getCurrentUndoActionTitle()), "Build value matrix");
  undo->undo();
  EXPECT_FALSE(sheetsOf(doc)->hasByName("Trends"));
  EXPECT_FALSE(sheetsOf(doc)->hasByName("Value Matrix"));
  EXPECT_TRUE(sheetsOf(doc)->hasByName("riverside-2025"));
  EXPECT_TRUE(sheetsOf(doc)->hasByName("riverside-2026"));
}

TEST(CalcWaves, TheAnalysedWaveCanBeChosenAndAnUnknownSheetChangesNothing) {
  ScopedDocument doc = riversideWavesWorkbook("waves");
  Sequence<rtl::OUString> names(2);
  names.getArray()[0] = "waves-2025";
  names.getArray()[1] = "waves-2026";
  // 2025 analysed, as the build says.
  cli::DispatchResult r = office().dispatch(
      doc.get(), "vnd.customerfocus:BuildValueMatrix",
      {property("Waves", Any(names)), property("AnalysedWave", Any(rtl::OUString("waves-2025")))});
  ASSERT_TRUE(r.finished && r.success) << r.message;
  EXPECT_NE(r.message.find("Waves: waves-2025, waves-2026; the other sheets analyse waves-2025."),
            std::string::npos)
      << r.message;
  EXPECT_TRUE(sheetsOf(doc)->hasByName("Trends"));

  ScopedDocument fresh = riversideWavesWorkbook("bad");
  Sequence<rtl::OUString> bad(2);
  bad.getArray()[0] = "bad-2025";
  bad.getArray()[1] = "Sheet9";
  r = office().dispatch(fresh.get(), "vnd.customerfocus:BuildValueMatrix",
                        {property("Waves", Any(bad))});
  EXPECT_FALSE(r.success);
  EXPECT_NE(r.message.find("There is no sheet \"Sheet9\""), std::string::npos) << r.message;
  EXPECT_FALSE(sheetsOf(fresh)->hasByName("Trends"));
  EXPECT_FALSE(sheetsOf(fresh)->hasByName("Value Matrix"));
}

TEST(CalcWaves, AWaveColumnInOneTableGivesTheSameTrends) {
  // Both years in one table, told apart by a Wave column, as a survey tool
  // that keeps one form open for years exports them.
  const auto csv = bothYearsInOneTable("riverside-both-waves.csv", "Wave",
                                       [](const std::string& year) { return year; });
  ScopedDocument doc = loadCsv(csv.string());
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(r.finished && r.success) << r.message;
  EXPECT_NE(r.message.find("Waves: 2025, 2026; the other sheets analyse 2026."), std::string::npos)
      << r.message;
  ASSERT_TRUE(sheetsOf(doc)->hasByName("Trends")) << r.message;
  Reference<css::sheet::XSpreadsheet> trends(sheetsOf(doc)->getByName("Trends"), UNO_QUERY_THROW);
  std::string sentences;
  for (const Sequence<Any>& row : usedCells(trends)) sentences += textOf(row[0]) + "\n";
  EXPECT_NE(sentences.find(
                "Volunteer tutors: satisfaction with Good training before the first session fell "
                "from 4.15 to 3.56 (−0.59, 95% CI −0.83 to −0.36)."),
            std::string::npos)
      << sentences;
}

// What the person picked stays with the document: the Writer report of the
// survey tells what changed without being told the waves again, and the
// panel of the document saved and opened again shows the same picks.
TEST(CalcWaves, TheWavesPickedAreKeptForTheWriterReportAndTheNextOpening) {
  const std::filesystem::path saved = artifactDir() / "kept-waves.ods";
  std::filesystem::remove(saved);
  {
    ScopedDocument doc = riversideWavesWorkbook("kept");
    {
      ScopedPanel panel(doc.get(), "Calc");
      Reference<css::awt::XListBox> waves(panel.controls()->getControl("WavesList"),
                                          UNO_QUERY_THROW);
      Reference<css::awt::XListBox> analysed(panel.controls()->getControl("AnalysedWaveList"),
                                             UNO_QUERY_THROW);
      waves->selectItemPos(0, true);
      waves->selectItemPos(1, true);
      analysed->selectItem("kept-2025", true);
      ASSERT_TRUE(pressButtonAndWait(doc, panel.controls(), "BuildButton"));
      ASSERT_TRUE(sheetsOf(doc)->hasByName("Trends"));
    }
    // The build has kept its waves with the document.
    rtl::OUString kept;
    Reference<css::beans::XPropertySet> properties(
        doc.as<css::document::XDocumentPropertiesSupplier>()
            ->getDocumentProperties()
            ->getUserDefinedProperties(),
        UNO_QUERY_THROW);
    ASSERT_TRUE(properties->getPropertySetInfo()->hasPropertyByName("CustomerFocusWaves"));
    properties->getPropertyValue("CustomerFocusWaves") >>= kept;
    // No time split; the wave analysed; the sheets.
    EXPECT_EQ(toUtf8(kept), "\nkept-2025\nkept-2025\nkept-2026");

    ScopedDocument writer{"private:factory/swriter"};
    std::ifstream in(CF_TEST_DATA_DIR "/sample-model.json");
    std::stringstream model;
    model << in.rdbuf();
    importModelFile(writer.get(), core::parseModel(model.str()).value(),
                    artifactDir() / "kept-waves-model.json");
    const cli::DispatchResult r = office().dispatch(writer.get(), "vnd.customerfocus:InsertReport",
                                                    {property("Survey", Any(doc.get()))});
    ASSERT_TRUE(r.finished && r.success) << r.message;
    std::string changes;
    for (const std::string& p : sectionParagraphs(writer.get(), "CustomerFocus.Report.Changes"))
      changes += p + "\n";
    EXPECT_EQ(changes.rfind("What changed since last time", 0), 0u) << changes;
    EXPECT_NE(changes.find("Volunteer tutors: satisfaction with Good training before the first "
                           "session fell from 4.15 to 3.56"),
              std::string::npos)
        << changes;

    Sequence<css::beans::PropertyValue> filter(1);
    filter.getArray()[0] = property("FilterName", Any(rtl::OUString("calc8")));
    doc.as<css::frame::XStorable>()->storeToURL(
        rtl::OUString::fromUtf8(cli::Office::fileUrl(saved.string()).c_str()), filter);
  }
  ScopedDocument again(cli::Office::fileUrl(saved.string()));
  ScopedPanel panel(again.get(), "Calc");
  Reference<css::awt::XListBox> waves(panel.controls()->getControl("WavesList"), UNO_QUERY_THROW);
  Reference<css::awt::XListBox> analysed(panel.controls()->getControl("AnalysedWaveList"),
                                         UNO_QUERY_THROW);
  std::vector<std::string> picked;
  for (const rtl::OUString& n : waves->getSelectedItems()) picked.push_back(toUtf8(n));
  EXPECT_EQ(picked, (std::vector<std::string>{"kept-2025", "kept-2026"}));
  EXPECT_EQ(toUtf8(analysed->getSelectedItem()), "kept-2025");
}

// One export that kept its form open for a year: the 2025 answers given in
// October, the 2026 ones in March, told apart by their Timestamp. "Year" in
// the panel's Waves by time gives the same change as two sheets; picking
// sheets too is refused, and nothing is written.
TEST(CalcWaves, WavesByTimeChosenInThePanelCutOneTableByItsTimestamp) {
  const auto csv =
      bothYearsInOneTable("riverside-timestamped.csv", "Timestamp", [](const std::string& year) {
        return year == "2025" ? "2025/10/14 9:15:00 AM GMT+1" : "2026/03/10 4:40:12 PM GMT+1";
      });
  ScopedDocument doc = loadCsv(csv.string());
  {
    ScopedPanel panel(doc.get(), "Calc");
    Reference<css::awt::XListBox> by(panel.controls()->getControl("WavesByList"), UNO_QUERY_THROW);
    ASSERT_EQ(by->getItemCount(), 4);
    EXPECT_EQ(toUtf8(by->getSelectedItem()), "No");
    by->selectItem("Year", true);
    ASSERT_TRUE(pressButtonAndWait(doc, panel.controls(), "BuildButton"));
  }
  ASSERT_TRUE(sheetsOf(doc)->hasByName("Trends"))
      << "no Trends sheet after Build value matrix by year";
  Reference<css::sheet::XSpreadsheet> trends = sheetNamed(doc, "Trends");
  std::string sentences;
  for (const Sequence<Any>& row : usedCells(trends)) sentences += textOf(row[0]) + "\n";
  EXPECT_NE(sentences.find("Waves, earliest first: 2025 (n=312), 2026 (n=312)."), std::string::npos)
      << sentences;
  EXPECT_NE(sentences.find(
                "Volunteer tutors: satisfaction with Good training before the first session fell "
                "from 4.15 to 3.56 (−0.59, 95% CI −0.83 to −0.36)."),
            std::string::npos)
      << sentences;

  // Sheets and time at once: refused with the reason, the document as it was.
  const std::vector<std::string> before = sheetNames(doc);
  Sequence<rtl::OUString> names(2);
  names.getArray()[0] = "riverside-timestamped";
  names.getArray()[1] = "Trends";
  const cli::DispatchResult both = office().dispatch(
      doc.get(), "vnd.customerfocus:BuildValueMatrix",
      {property("Waves", Any(names)), property("WavesBy", Any(rtl::OUString("year")))});
  EXPECT_FALSE(both.success);
  EXPECT_NE(both.message.find("not both"), std::string::npos) << both.message;
  EXPECT_EQ(sheetNames(doc), before);
}

}  // namespace
}  // namespace cf::test
