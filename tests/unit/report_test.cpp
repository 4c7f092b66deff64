// The output sheets as laid out for Calc, from two real analyses: the small
// table in tests/data/calc-small-feedback.csv (importance, satisfaction, an
// outcome, NPS, Kano, three groups, one too small to show) and the airline
// sample. Expected numbers were computed from the CSV with Python's
// statistics module, independently of the core.
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "analysis.h"
#include "csv_grid.h"
#include "feedback_table.h"
#include "messages.h"
#include "report.h"
#include "table/pipeline.h"

namespace cf::core {
namespace {

Results analyse(const Grid& grid, std::vector<Assumption> assumptions = {}, double notApplicable = -1) {
  DetectOptions detect;
  if (notApplicable >= 0) detect.notApplicable = {notApplicable};
  const Result<Mapping> mapping = detectMapping(grid, detect);
  EXPECT_TRUE(mapping.ok());
  TableReader reader(mapping.value());
  AnalysisOptions options;
  options.assumptions = std::move(assumptions);
  Analyzer analyzer(reader.layout(), options);
  reader.readTable(grid, analyzer);
  return analyzer.finish(reader.summary());
}

const Results& small() {
  static const Results r = analyse(cf::test::loadCsvGrid(CF_TEST_DATA_DIR "/calc-small-feedback.csv"),
                                   {{"Families", "Speed", 3}, {"Families", "Price", 5},
                                    {"Families", "Friendliness", 4}});
  return r;
}

const SheetLayout& sheet(const std::vector<SheetLayout>& sheets, const std::string& name) {
  for (const SheetLayout& s : sheets)
    if (s.name == name) return s;
  static const SheetLayout none;
  ADD_FAILURE() << "no sheet " << name;
  return none;
}

// The row whose first cell reads `label`, at or after `from`.
std::size_t rowOf(const SheetLayout& s, const std::string& label, std::size_t from = 0) {
  for (std::size_t r = from; r < s.rows.size(); ++r)
    if (s.at(r, 0).kind == CellKind::Text && s.at(r, 0).text == label) return r;
  ADD_FAILURE() << "no row " << label << " in " << s.name;
  return 0;
}

// The first column of row `row` whose text starts with `prefix`.
std::size_t columnOf(const SheetLayout& s, std::size_t row, const std::string& prefix) {
  for (std::size_t c = 0; c < s.columns(); ++c)
    if (s.at(row, c).kind == CellKind::Text && s.at(row, c).text.rfind(prefix, 0) == 0) return c;
  ADD_FAILURE() << "no column " << prefix << " in row " << row << " of " << s.name;
  return 0;
}

double numberAt(const SheetLayout& s, std::size_t row, std::size_t column) {
  EXPECT_EQ(s.at(row, column).kind, CellKind::Number) << s.name << " R" << row << "C" << column;
  return s.at(row, column).number;
}

TEST(Report, SheetsFollowWhatTheTableHas) {
  std::vector<std::string> names;
  for (const SheetLayout& s : layoutReport(small())) names.push_back(s.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Value Matrix", "Priorities", "Primary vs Supporting",
                                             "Derived importance", "NPS", "Kano",
                                             "Assumptions vs Evidence"}));
}

TEST(Report, EverySheetIsRectangularWithTitleAndNote) {
  for (const SheetLayout& s : layoutReport(small())) {
    ASSERT_GE(s.rows.size(), 3u) << s.name;
    for (const auto& row : s.rows) EXPECT_EQ(row.size(), s.columns()) << s.name;
    EXPECT_EQ(s.at(0, 0).style, CellStyle::Title) << s.name;
    EXPECT_EQ(s.at(1, 0).text.rfind("How to read this: ", 0), 0u) << s.name;
    EXPECT_GT(s.freezeRows, 0u) << s.name;
  }
}

TEST(Report, VeryLongNamesAreCutInEveryCellAndChartTitle) {
  Results r = small();
  r.attributes[0] = std::string(5000, 'a');
  for (GroupResult& g : r.groups)
    if (g.name == "Families") g.name = std::string(5000, 'f');
  std::size_t cut = 0;
  for (const SheetLayout& s : layoutReport(r)) {
    for (const auto& row : s.rows)
      for (const ReportCell& cell : row) {
        if (cell.kind != CellKind::Text || cell.style == CellStyle::Note) continue;
        EXPECT_LE(cell.text.size(), kMaxLabelBytes + 3) << s.name << ": " << cell.text.substr(0, 40);
        if (cell.text == std::string(kMaxLabelBytes, 'a') + "…") ++cut;
      }
    for (const ChartSpec& chart : s.charts) EXPECT_LE(chart.title.size(), kMaxLabelBytes + 3) << s.name;
  }
  EXPECT_GT(cut, 0u);
}

// A rebuild rewrites only the numbers of a sheet whose looks would not
// change: the signature ignores numbers and nothing else.
TEST(Report, LooksSignatureIgnoresNumbersAndSeesEverythingElse) {
  const SheetLayout base = sheet(layoutReport(small()), "Value Matrix");
  const std::uint64_t signature = looksSignature(base);
  EXPECT_LT(signature, std::uint64_t{1} << 52);
  std::size_t row = 0, col = 0;
  for (std::size_t r = 0; r < base.rows.size() && row == 0; ++r)
    for (std::size_t c = 0; c < base.columns(); ++c)
      if (base.at(r, c).kind == CellKind::Number) {
        row = r, col = c;
        break;
      }
  ASSERT_GT(row, 0u);
  SheetLayout numbers = base;
  numbers.rows[row][col].number += 1.5;
  EXPECT_EQ(looksSignature(numbers), signature);

  SheetLayout fill = base;
  fill.rows[row][col].fill = scaleFill(fill.rows[row][col].fill == scaleFill(0) ? 1 : 0);
  SheetLayout style = base;
  style.rows[row][col].style = CellStyle::Flag;
  SheetLayout empty = base;
  empty.rows[row][col].kind = CellKind::Empty;
  SheetLayout label = base;
  label.rows[0][0].text += " ";
  SheetLayout merged = base;
  merged.merged.push_back({row, 0, row, 1});
  SheetLayout frozen = base;
  ++frozen.freezeRows;
  for (const SheetLayout* changed : {&fill, &style, &empty, &label, &merged, &frozen})
    EXPECT_NE(looksSignature(*changed), signature);

  const SheetLayout priorities = sheet(layoutReport(small()), "Priorities");
  ASSERT_FALSE(priorities.charts.empty());
  SheetLayout cross = priorities;
  cross.charts[0].crossX += 0.25;
  EXPECT_NE(looksSignature(cross), looksSignature(priorities));
}

TEST(Report, ValueMatrixHoldsMeansAndGapsPerGroup) {
  const auto sheets = layoutReport(small());
  const SheetLayout& s = sheet(sheets, "Value Matrix");
  const std::size_t groupRow = 4, headerRow = 5;
  const std::size_t families = columnOf(s, groupRow, "Families (primary, n=8)");
  EXPECT_EQ(s.at(headerRow, families).text, "n");
  EXPECT_EQ(s.at(headerRow, families + 1).text, "Importance");
  const std::size_t speed = rowOf(s, "Speed");
  // statistics.mean of the Families rows: importance 4.375, satisfaction 2.
  EXPECT_DOUBLE_EQ(numberAt(s, speed, families), 8);
  EXPECT_DOUBLE_EQ(numberAt(s, speed, families + 1), 4.375);
  EXPECT_DOUBLE_EQ(numberAt(s, speed, families + 2), 2.0);
  EXPECT_DOUBLE_EQ(numberAt(s, speed, families + 3), 2.375);
  // The largest gap on the sheet is the reddest cell.
  EXPECT_EQ(s.at(speed, families + 3).fill, scaleFill(0.0));
  // All 17 rows: satisfaction with speed 45/17.
  const std::size_t all = columnOf(s, groupRow, "All respondents (n=17)");
  EXPECT_NEAR(numberAt(s, speed, all + 2), 2.6470588235294117, 1e-12);
}

TEST(Report, TopBoxSharesStandBesideTheMeans) {
  const auto sheets = layoutReport(small());
  const SheetLayout& s = sheet(sheets, "Value Matrix");
  const std::size_t families = columnOf(s, 4, "Families (primary, n=8)");
  EXPECT_EQ(s.at(5, families + 4).text, "Importance top 2 %");
  EXPECT_EQ(s.at(5, families + 5).text, "Satisfaction top 2 %");
  // From the CSV: Families' Speed importance 5,4,4,4,4,5,4,5 are all 4 or 5;
  // their Price satisfaction 5,4,5,4,5,4,3,3 has 6 of 8 at 4 or 5.
  EXPECT_DOUBLE_EQ(numberAt(s, rowOf(s, "Speed"), families + 4), 100.0);
  EXPECT_DOUBLE_EQ(numberAt(s, rowOf(s, "Price"), families + 5), 75.0);
  // The third table holds the Wilson bounds: 6 of 8 → [40.92, 92.85] %.
  const std::size_t tb =
      rowOf(s,
            "Top-box shares: % of answers in the top two points of the scale, with Wilson "
            "95% intervals");
  const std::size_t price = rowOf(s, "Price", tb);
  EXPECT_DOUBLE_EQ(numberAt(s, price, families + 3), 75.0);
  EXPECT_NEAR(numberAt(s, price, families + 4), 40.927, 1e-3);
  EXPECT_NEAR(numberAt(s, price, families + 5), 92.853, 1e-3);
}

TEST(Report, SuppressedGroupsHideTheirCountsOnNpsAndKano) {
  const auto sheets = layoutReport(small());
  const SheetLayout& nps = sheet(sheets, "NPS");
  const std::size_t funders = rowOf(nps, "Funders");
  for (std::size_t c = 6; c <= 8; ++c) EXPECT_EQ(nps.at(funders, c).text, "n<5") << c;
  const SheetLayout& kano = sheet(sheets, "Kano");
  for (std::size_t r = 0; r < kano.rows.size(); ++r) {
    if (kano.at(r, 1).text != "Funders") continue;
    for (std::size_t c = 2; c < 8; ++c) EXPECT_EQ(kano.at(r, c).text, "n<5") << c;
  }
}

TEST(Report, NpsDifferencesFromThePrimaryGroup) {
  const auto sheets = layoutReport(small());
  const SheetLayout& s = sheet(sheets, "NPS");
  const std::size_t title = rowOf(
      s, "Difference from the primary group (supporting − primary, adjusted-Wald 95% interval)");
  // Supporting − primary, from the two scores in the table above.
  EXPECT_EQ(s.at(title + 2, 0).text, "Volunteers");
  EXPECT_EQ(s.at(title + 2, 1).text, "Families");
  EXPECT_NEAR(numberAt(s, title + 2, 2),
              numberAt(s, rowOf(s, "Volunteers"), 3) - numberAt(s, rowOf(s, "Families"), 3), 1e-12);
  EXPECT_LT(numberAt(s, title + 2, 3), numberAt(s, title + 2, 2));
  EXPECT_GT(numberAt(s, title + 2, 4), numberAt(s, title + 2, 2));
  // Funders is suppressed: no difference.
  EXPECT_EQ(s.at(title + 3, 2).text, "n<5");
}

TEST(Report, PrimaryVsSupportingSaysHowManyComparisonsItHolds) {
  const auto sheets = layoutReport(small());
  const SheetLayout& s = sheet(sheets, "Primary vs Supporting");
  // Families against Volunteers on 3 attributes × 2 measures; Funders is suppressed.
  EXPECT_EQ(s.at(3, 0).text.rfind("This sheet holds 6 comparisons", 0), 0u) << s.at(3, 0).text;
  EXPECT_EQ(s.at(4, 15).text, "Importance q");
}

TEST(Report, DerivedImportanceHasBivariateRAndKeyDriverShares) {
  const auto sheets = layoutReport(small());
  const SheetLayout& s = sheet(sheets, "Derived importance");
  const std::size_t header = rowOf(s, "Attribute") + 1;
  const std::size_t all = columnOf(s, header - 1, "All respondents");
  EXPECT_EQ(s.at(header, all).text, "Bivariate r");
  const std::size_t drivers = rowOf(
      s,
      "Key drivers: each attribute's share of the explained variance (R²) of the outcome, all "
      "attributes taken together");
  EXPECT_EQ(s.at(drivers + 2, all).text, "Share of R²");
  EXPECT_EQ(s.at(drivers + 2, all + 4).text, "Rank");
  const std::size_t r2 = rowOf(s, "Model R²", drivers);
  const double rSquared = numberAt(s, r2, all);
  EXPECT_GT(rSquared, 0.0);
  EXPECT_LE(rSquared, 1.0);
  // The three shares add up to R²; All has 17 complete cases.
  double sum = 0.0;
  for (const char* a : {"Speed", "Price", "Friendliness"})
    sum += numberAt(s, rowOf(s, a, drivers), all);
  EXPECT_NEAR(sum, rSquared, 1e-12);
  EXPECT_DOUBLE_EQ(numberAt(s, r2 + 1, all), 17);
}

TEST(Report, SmallGroupsShowSuppressedTextNotNumbers) {
  const auto sheets = layoutReport(small());
  const SheetLayout& s = sheet(sheets, "Value Matrix");
  const std::size_t funders = columnOf(s, 4, "Funders (supporting, n=3)");
  const std::size_t price = rowOf(s, "Price");
  EXPECT_DOUBLE_EQ(numberAt(s, price, funders), 3);
  for (std::size_t k = 1; k <= 3; ++k) {
    EXPECT_EQ(s.at(price, funders + k).kind, CellKind::Text);
    EXPECT_EQ(s.at(price, funders + k).text, "n<5");
    EXPECT_EQ(s.at(price, funders + k).style, CellStyle::Suppressed);
  }
}

TEST(Report, PrioritiesRankByGapWithAScatterChartPerGroup) {
  const auto sheets = layoutReport(small());
  const SheetLayout& s = sheet(sheets, "Priorities");
  // All, Families and Volunteers have charts; Funders (3 rows) has nothing to plot.
  ASSERT_EQ(s.charts.size(), 3u);
  for (const ChartSpec& c : s.charts) {
    EXPECT_EQ(c.kind, ChartKind::Scatter);
    EXPECT_EQ(c.data.lastColumn - c.data.firstColumn, 1u);
    EXPECT_TRUE(std::isfinite(c.crossX) && std::isfinite(c.crossY));
  }
  EXPECT_EQ(s.charts[1].title, "Families");
  // Families' first-ranked attribute is Speed (gap 2.375, the largest).
  const std::size_t header = s.charts[1].data.firstRow;
  EXPECT_EQ(s.at(header, 3).text, "Importance");
  EXPECT_EQ(s.at(header + 1, 1).text, "Speed");
  EXPECT_DOUBLE_EQ(numberAt(s, header + 1, 4), 2.375);
}

TEST(Report, NpsScoresAndDistributionChart) {
  const auto sheets = layoutReport(small());
  const SheetLayout& s = sheet(sheets, "NPS");
  const std::size_t all = rowOf(s, "All respondents");
  // 6 promoters, 2 passives, 9 detractors of 17: 100·(6 − 9)/17.
  EXPECT_NEAR(numberAt(s, all, 3), -17.647058823529413, 1e-9);
  EXPECT_DOUBLE_EQ(numberAt(s, all, 6), 6);
  EXPECT_DOUBLE_EQ(numberAt(s, all, 8), 9);
  EXPECT_NEAR(numberAt(s, rowOf(s, "Families"), 3), -12.5, 1e-9);
  EXPECT_EQ(s.at(rowOf(s, "Funders"), 3).text, "n<5");
  ASSERT_EQ(s.charts.size(), 1u);
  EXPECT_EQ(s.charts[0].kind, ChartKind::Column);
  EXPECT_EQ(s.charts[0].data.lastRow - s.charts[0].data.firstRow, 11u);  // header + answers 0–10
}

TEST(Report, KanoCountsBetterWorseAndChart) {
  const auto sheets = layoutReport(small());
  const SheetLayout& s = sheet(sheets, "Kano");
  const std::size_t all = rowOf(s, "Wifi");
  EXPECT_EQ(s.at(all, 1).text, "All respondents");
  // Like/Live with = A ×5, Like/Dislike = O ×2, Expect/Dislike = M ×5, Expect/Live with = I ×5.
  EXPECT_DOUBLE_EQ(numberAt(s, all, 2), 5);
  EXPECT_DOUBLE_EQ(numberAt(s, all, 3), 2);
  EXPECT_DOUBLE_EQ(numberAt(s, all, 4), 5);
  EXPECT_DOUBLE_EQ(numberAt(s, all, 5), 5);
  EXPECT_NEAR(numberAt(s, all, 12), 7.0 / 17.0, 1e-12);
  EXPECT_NEAR(numberAt(s, all, 13), -7.0 / 17.0, 1e-12);
  ASSERT_EQ(s.charts.size(), 1u);
  EXPECT_EQ(s.charts[0].kind, ChartKind::Scatter);
}

TEST(Report, AssumptionsSheetComparesPredictionWithStatedImportance) {
  const auto sheets = layoutReport(small());
  const SheetLayout& s = sheet(sheets, "Assumptions vs Evidence");
  const std::size_t speed = rowOf(s, "Speed");
  EXPECT_DOUBLE_EQ(numberAt(s, speed, 1), 3);
  EXPECT_DOUBLE_EQ(numberAt(s, speed, 2), 4.375);
  EXPECT_DOUBLE_EQ(numberAt(s, speed, 3), 3 - 4.375);
}

TEST(Report, AirlinePrioritiesFallBackToDerivedImportance) {
  static const Grid grid = cf::test::loadCsvGrid(CF_TEST_DATA_DIR "/airline-passenger-satisfaction.csv");
  const auto sheets = layoutReport(analyse(grid, {}, 0));
  std::vector<std::string> names;
  for (const SheetLayout& s : sheets) names.push_back(s.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Value Matrix", "Priorities", "Primary vs Supporting",
                                             "Derived importance"}));
  const SheetLayout& p = sheet(sheets, "Priorities");
  EXPECT_EQ(p.charts.size(), 3u);
  EXPECT_EQ(p.at(p.charts[0].data.firstRow, 3).text, "Derived importance (r)");
  const SheetLayout& vm = sheet(sheets, "Value Matrix");
  const std::size_t wifi = rowOf(vm, "Inflight wifi service");
  const std::size_t loyal = columnOf(vm, 4, "Loyal Customer");
  // As airline_test.cpp: awk over the CSV gives 2.8221338048924256 over 6786 answers.
  EXPECT_NEAR(numberAt(vm, wifi, loyal + 2), 2.8221338048924256, 1e-12);
  EXPECT_EQ(vm.at(wifi, loyal + 1).kind, CellKind::Empty);  // no stated importance
}

// In German (the shipped table) the sheets keep their shape and numbers, and
// every word is German; numbers inside text take the document's separator.
TEST(Report, GermanTableWordsEverySheetAndUsesTheDecimalComma) {
  std::ifstream in(CF_TEST_DATA_DIR "/../../extension/strings/Messages_de_DE.properties",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  ScopedMessages german(std::make_shared<Messages>(Messages::parse(text.str())));
  const auto sheets = layoutReport(small(), ",");
  std::vector<std::string> names;
  for (const SheetLayout& s : sheets) names.push_back(s.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Wertematrix", "Prioritäten",
                                             "Primär vs. unterstützend", "Abgeleitete Wichtigkeit",
                                             "NPS", "Kano", "Annahmen vs. Belege"}));
  const SheetLayout& vm = sheet(sheets, "Wertematrix");
  EXPECT_EQ(vm.at(0, 0).text,
            "Wertematrix: was jede Kundengruppe schätzt und wie zufrieden sie ist");
  EXPECT_EQ(vm.at(1, 0).text.rfind("So lesen Sie dieses Blatt: ", 0), 0u);
  EXPECT_EQ(vm.at(4, 0).text, "Merkmal");
  const std::size_t families = columnOf(vm, 4, "Families (primär, n=8)");
  EXPECT_EQ(vm.at(5, families + 1).text, "Wichtigkeit");
  EXPECT_EQ(vm.at(5, families + 3).text, "Lücke");
  EXPECT_DOUBLE_EQ(numberAt(vm, rowOf(vm, "Speed"), families + 1), 4.375);
  columnOf(vm, 4, "Alle Befragten (n=17)");
  // The crosshair in the heading, with a comma, never a point.
  const SheetLayout& p = sheet(sheets, "Prioritäten");
  EXPECT_EQ(p.at(p.charts[0].anchorRow, 0).text, "Alle Befragten (n=17)");
  EXPECT_EQ(p.at(p.charts[0].anchorRow + 1, 0).text,
            "Die Linien des Diagramms kreuzen sich bei Zufriedenheit 3,43, Wichtigkeit 3,65.");
  EXPECT_EQ(p.charts[0].title, "Alle Befragten");
  EXPECT_EQ(p.charts[0].xTitle, "Zufriedenheit");
}

TEST(Report, EnglishHeadingsUseTheDecimalPoint) {
  const auto sheets = layoutReport(small());
  const SheetLayout& p = sheet(sheets, "Priorities");
  EXPECT_EQ(p.at(p.charts[0].anchorRow, 0).text, "All respondents (n=17)");
  EXPECT_EQ(p.at(p.charts[0].anchorRow + 1, 0).text,
            "The chart's lines cross at satisfaction 3.43, importance 3.65.");
}

TEST(Report, VoicesSheetShowsThemesSharesQuotesAndTheConcentrateItemsComments) {
  // The Riverside survey's comments against a one-theme codebook. Counted on
  // the raw CSV apart from this code: 23 of the 105 adult learners who wrote
  // a comment mention "bus" or "autobús", 21.90 %; no other group does.
  PipelineInput input;
  input.voices.codebook.themes.push_back({"Getting there", {"bus", "autobús"}, "", "codebook"});
  const Result<PipelineResult> run = runPipeline(
      cf::test::loadCsvGrid(CF_TEST_DATA_DIR "/riverside/riverside-survey-2025.csv"), input);
  ASSERT_TRUE(run.ok()) << run.error().message;
  const std::vector<SheetLayout> sheets = layoutReport(run.value().results);
  ASSERT_EQ(sheets.back().name, "Voices");
  const SheetLayout& v = sheets.back();
  const std::size_t head = rowOf(v, "Theme");
  const std::size_t mentions = columnOf(v, head, "Mentions");
  const std::size_t share = columnOf(v, head, "Share %");
  std::size_t learners = head + 1;
  while (learners < v.rows.size() && v.at(learners, 1).text != "Adult learners") ++learners;
  ASSERT_LT(learners, v.rows.size());
  EXPECT_EQ(v.at(learners, 0).text, "Getting there");
  EXPECT_DOUBLE_EQ(numberAt(v, learners, mentions), 23.0);
  EXPECT_NEAR(numberAt(v, learners, share), 100.0 * 23.0 / 105.0, 1e-9);
  ASSERT_EQ(v.charts.size(), 1u);
  EXPECT_EQ(v.charts[0].kind, ChartKind::Column);
  const std::size_t quotes = rowOf(v, "Quotes (up to three per theme and group)");
  EXPECT_NE(v.at(quotes + 2, 3).text.find("bus"), std::string::npos) << v.at(quotes + 2, 3).text;
  EXPECT_NE(v.at(3, 0).text.find("are masked"), std::string::npos);

  // Priorities: the comments on each "Concentrate here" item, and a quote.
  const SheetLayout& p = sheet(sheets, "Priorities");
  bool counted = false, quoted = false;
  for (std::size_t r = 0; r < p.rows.size(); ++r) {
    if (p.at(r, 6).kind == CellKind::Text && p.at(r, 6).text == "Comments") {
      const std::size_t first = r + 1;
      if (p.at(first, 5).text == "Concentrate here" && p.at(first, 6).kind == CellKind::Number)
        counted = true;
    }
    if (p.at(r, 0).kind == CellKind::Text &&
        p.at(r, 0).text.find(": \xE2\x80\x9C") != std::string::npos)
      quoted = true;
  }
  EXPECT_TRUE(counted);
  EXPECT_TRUE(quoted);
}

TEST(Report, NoVoicesSheetWithoutComments) {
  for (const SheetLayout& s : layoutReport(small())) EXPECT_NE(s.name, "Voices");
}

TEST(Report, ScaleFillRunsFromRedThroughYellowToGreen) {
  EXPECT_EQ(scaleFill(0.0), 0xF8696Bu);
  EXPECT_EQ(scaleFill(0.5), 0xFFEB84u);
  EXPECT_EQ(scaleFill(1.0), 0x63BE7Bu);
  EXPECT_EQ(scaleFill(-3.0), scaleFill(0.0));
  EXPECT_EQ(scaleFill(std::nan("")), kNoFill);
}

}  // namespace
}  // namespace cf::core
