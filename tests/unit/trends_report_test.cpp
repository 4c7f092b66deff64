// What changed between two waves of a survey, as a reader meets it: the
// Trends sheet (its sentences, table, NPS block and line charts) and the
// report's "What changed since last time" section, from a WavesResult built
// by hand so that every number is known.
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "board_report.h"
#include "messages.h"
#include "report.h"
#include "waves/changes.h"

namespace cf::core {
namespace {

TrendPoint point(std::uint64_t n, double mean, double low, double high) {
  TrendPoint p;
  p.present = true;
  p.estimate.n = n;
  p.estimate.mean = mean;
  p.estimate.ciLow = low;
  p.estimate.ciHigh = high;
  return p;
}

TrendPoint suppressed(std::uint64_t n) {
  TrendPoint p;
  p.present = true;
  p.suppressed = true;
  p.estimate.n = n;
  return p;
}

MeanDifference change(double d, double low, double high, double p, double q) {
  MeanDifference c;
  c.difference = d;
  c.ciLow = low;
  c.ciHigh = high;
  c.p = p;
  c.q = q;
  return c;
}

Trend trend(std::string group, std::string attribute, TrendMeasure measure,
            std::vector<TrendPoint> byWave, MeanDifference last = {}) {
  Trend t;
  t.group = std::move(group);
  t.attribute = std::move(attribute);
  t.measure = measure;
  t.byWave = std::move(byWave);
  t.change = last;
  return t;
}

NpsPoint nps(std::uint64_t n, double score, double low, double high) {
  NpsPoint p;
  p.present = true;
  p.estimate.n = n;
  p.estimate.score = score;
  p.estimate.ciLow = low;
  p.estimate.ciHigh = high;
  return p;
}

const std::string kTraining = "Good training before the first session";

// Two waves, 2025 and 2026. Of the four changes compared, only the tutors'
// satisfaction with training has q < 0.05; class size's interval excludes 0
// but its q (0.06) does not pass. Progress reports were asked only in 2026,
// bus times had too few answers in 2025. The learners' NPS rose by more than
// the noise, the tutors' did not.
WavesResult twoWaves() {
  WavesResult w;
  w.waves = {{"2025", 0, 295}, {"2026", 1, 301}};
  w.analysed = 1;
  w.comparisons = 4;
  const auto imp = TrendMeasure::Importance, sat = TrendMeasure::Satisfaction;
  w.trends.push_back(trend("Volunteer tutors", kTraining, imp,
                           {point(40, 4.40, 4.20, 4.60), point(38, 4.50, 4.31, 4.69)},
                           change(0.10, -0.12, 0.32, 0.37, 0.49)));
  w.trends.push_back(trend("Volunteer tutors", kTraining, sat,
                           {point(40, 4.15, 3.95, 4.35), point(38, 3.56, 3.35, 3.77)},
                           change(-0.59, -0.87, -0.31, 0.0001, 0.0004)));
  w.trends.push_back(trend("Volunteer tutors", "Progress reports", sat,
                           {TrendPoint{}, point(38, 3.90, 3.61, 4.19)}));
  w.trends.push_back(
      trend("Adult learners", "Bus times", sat, {suppressed(3), point(60, 4.00, 3.80, 4.20)}));
  w.trends.push_back(trend("Adult learners", "Class size", sat,
                           {point(80, 3.20, 3.02, 3.38), point(90, 3.50, 3.33, 3.67)},
                           change(0.30, 0.05, 0.55, 0.02, 0.06)));
  NpsTrend learners;
  learners.group = "Adult learners";
  learners.byWave = {nps(80, 12, -3, 27), nps(90, 30, 16, 44)};
  learners.change = {18, 3, 33};
  NpsTrend tutors;
  tutors.group = "Volunteer tutors";
  tutors.byWave = {nps(40, 20, 0, 40), nps(38, 15, -6, 36)};
  tutors.change = {-5, -25, 15};
  w.npsTrends = {learners, tutors};
  w.moves.push_back({"Volunteer tutors", kTraining, true, Quadrant::Keep, Quadrant::Concentrate});
  w.partialAttributes.push_back({"Progress reports", {"2026"}});
  return w;
}

Results withWaves(WavesResult waves) {
  Results r;
  r.minN = 5;
  GroupResult all;
  all.name = std::string(kAllGroupName);
  all.n = 301;
  r.groups.push_back(all);
  r.priorities.push_back({0, {}});
  r.waves = std::move(waves);
  return r;
}

const SheetLayout& sheet(const std::vector<SheetLayout>& sheets, const std::string& name) {
  for (const SheetLayout& s : sheets)
    if (s.name == name) return s;
  static const SheetLayout none;
  ADD_FAILURE() << "no sheet " << name;
  return none;
}

std::vector<std::string> sheetNames(const std::vector<SheetLayout>& sheets) {
  std::vector<std::string> names;
  for (const SheetLayout& s : sheets) names.push_back(s.name);
  return names;
}

// The first row at or after `from` whose cells 0 and 1 read `a` and `b`.
std::size_t rowOf(const SheetLayout& s, const std::string& a, const std::string& b = "",
                  std::size_t from = 0) {
  for (std::size_t r = from; r < s.rows.size(); ++r)
    if (s.at(r, 0).text == a && (b.empty() || s.at(r, 1).text == b)) return r;
  ADD_FAILURE() << "no row " << a << " / " << b << " in " << s.name;
  return 0;
}

std::size_t columnOf(const SheetLayout& s, std::size_t row, const std::string& text,
                     std::size_t from = 0) {
  for (std::size_t c = from; c < s.columns(); ++c)
    if (s.at(row, c).kind == CellKind::Text && s.at(row, c).text == text) return c;
  ADD_FAILURE() << "no column " << text << " in row " << row << " of " << s.name;
  return 0;
}

double numberAt(const SheetLayout& s, std::size_t row, std::size_t column) {
  EXPECT_EQ(s.at(row, column).kind, CellKind::Number) << s.name << " R" << row << "C" << column;
  return s.at(row, column).number;
}

std::vector<std::string> texts(const SheetLayout& s, std::size_t first, std::size_t last) {
  std::vector<std::string> out;
  for (std::size_t r = first; r <= last; ++r) out.push_back(s.at(r, 0).text);
  return out;
}

std::shared_ptr<const Messages> germanTable() {
  std::ifstream in(CF_TEST_DATA_DIR "/../../extension/strings/Messages_de_DE.properties",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::make_shared<Messages>(Messages::parse(text.str()));
}

const std::string kTrainingFell =
    "Volunteer tutors: satisfaction with Good training before the first session fell from 4.15 "
    "to 3.56 (\xE2\x88\x92"
    "0.59, 95% CI \xE2\x88\x92"
    "0.87 to \xE2\x88\x92"
    "0.31).";

TEST(TrendsSheet, ComesRightAfterTheValueMatrixWhenThereAreTwoWaves) {
  EXPECT_EQ(
      sheetNames(layoutReport(withWaves(twoWaves()))),
      (std::vector<std::string>{"Value Matrix", "Trends", "Priorities", "Primary vs Supporting"}));
  Results one = withWaves(twoWaves());
  one.waves->waves.resize(1);
  EXPECT_EQ(sheetNames(layoutReport(one)),
            (std::vector<std::string>{"Value Matrix", "Priorities", "Primary vs Supporting"}));
  Results none = withWaves(twoWaves());
  none.waves.reset();
  EXPECT_EQ(sheetNames(layoutReport(none)),
            (std::vector<std::string>{"Value Matrix", "Priorities", "Primary vs Supporting"}));
}

TEST(TrendsSheet, OpensWithWhatChangedInPlainSentences) {
  const auto sheets = layoutReport(withWaves(twoWaves()));
  const SheetLayout& s = sheet(sheets, "Trends");
  EXPECT_EQ(s.at(0, 0).style, CellStyle::Title);
  EXPECT_EQ(s.at(1, 0).text.rfind("How to read this: ", 0), 0u);
  EXPECT_NE(s.at(1, 0).text.find("the 4 changes compared"), std::string::npos);
  EXPECT_EQ(s.at(2, 0).text,
            "Waves, earliest first: 2025 (n=295), 2026 (n=301). The other sheets show 2026.");
  const std::size_t heading = rowOf(s, "What changed from 2025 to 2026");
  EXPECT_EQ(s.at(heading, 0).style, CellStyle::Section);
  EXPECT_EQ(texts(s, heading + 1, heading + 4),
            (std::vector<std::string>{
                kTrainingFell, "Adult learners: NPS rose from 12 to 30 (+18, 95% CI 3 to 33).",
                "Volunteer tutors: Good training before the first session entered \"Concentrate "
                "here\" (it was \"Keep up the good work\").",
                "Progress reports: asked only in 2026."}));
  EXPECT_EQ(s.at(heading + 5, 0).kind, CellKind::Empty);
}

TEST(TrendsSheet, TableHasEachWaveAndTheChangeWithItsFlagOnlyWhereQIsBelowFivePercent) {
  const auto sheets = layoutReport(withWaves(twoWaves()));
  const SheetLayout& s = sheet(sheets, "Trends");
  const std::size_t header = rowOf(s, "Group", "Attribute");
  EXPECT_EQ(s.at(header, 2).text, "Measure");
  EXPECT_EQ(s.freezeRows, 0u);
  EXPECT_EQ(s.freezeColumns, 0u);
  // The wave names over their four columns, the change over its six.
  EXPECT_EQ(s.at(header - 1, 3).text, "2025");
  EXPECT_EQ(s.at(header - 1, 7).text, "2026");
  EXPECT_EQ(s.at(header - 1, 11).text, "Change from 2025 to 2026");
  for (const CellBlock& m :
       {CellBlock{header - 1, 3, header - 1, 6}, CellBlock{header - 1, 7, header - 1, 10},
        CellBlock{header - 1, 11, header - 1, 16}})
    EXPECT_NE(std::find_if(s.merged.begin(), s.merged.end(),
                           [&](const CellBlock& b) {
                             return b.firstRow == m.firstRow && b.firstColumn == m.firstColumn &&
                                    b.lastRow == m.lastRow && b.lastColumn == m.lastColumn;
                           }),
              s.merged.end())
        << m.firstColumn;
  EXPECT_EQ(s.at(header, 3).text, "n");
  EXPECT_EQ(s.at(header, 4).text, "Mean");
  EXPECT_EQ(s.at(header, 5).text, "95% CI low");
  EXPECT_EQ(s.at(header, 6).text, "95% CI high");
  EXPECT_EQ(s.at(header, 11).text, "Change");
  EXPECT_EQ(s.at(header, 14).text, "p");
  EXPECT_EQ(s.at(header, 15).text, "q");
  EXPECT_EQ(s.at(header, 16).text, "Finding");

  // The real change: both waves, the change, its interval, p, q, the flag.
  std::size_t training = rowOf(s, "Volunteer tutors", kTraining, header);
  EXPECT_EQ(s.at(training, 2).text, "Importance");
  EXPECT_EQ(s.at(training, 16).kind, CellKind::Empty);  // q = 0.49
  training = rowOf(s, "Volunteer tutors", kTraining, training + 1);
  EXPECT_EQ(s.at(training, 2).text, "Satisfaction");
  EXPECT_DOUBLE_EQ(numberAt(s, training, 3), 40);
  EXPECT_DOUBLE_EQ(numberAt(s, training, 4), 4.15);
  EXPECT_DOUBLE_EQ(numberAt(s, training, 5), 3.95);
  EXPECT_DOUBLE_EQ(numberAt(s, training, 6), 4.35);
  EXPECT_DOUBLE_EQ(numberAt(s, training, 7), 38);
  EXPECT_DOUBLE_EQ(numberAt(s, training, 8), 3.56);
  EXPECT_DOUBLE_EQ(numberAt(s, training, 11), -0.59);
  EXPECT_DOUBLE_EQ(numberAt(s, training, 12), -0.87);
  EXPECT_DOUBLE_EQ(numberAt(s, training, 13), -0.31);
  EXPECT_DOUBLE_EQ(numberAt(s, training, 14), 0.0001);
  EXPECT_DOUBLE_EQ(numberAt(s, training, 15), 0.0004);
  EXPECT_EQ(s.at(training, 11).style, CellStyle::Signed);
  EXPECT_EQ(s.at(training, 15).style, CellStyle::Probability);
  EXPECT_EQ(s.at(training, 16).text, "real change");
  EXPECT_EQ(s.at(training, 16).style, CellStyle::Flag);

  // An interval that excludes 0 is not enough: q = 0.06 gets no flag.
  const std::size_t classSize = rowOf(s, "Adult learners", "Class size", header);
  EXPECT_DOUBLE_EQ(numberAt(s, classSize, 11), 0.30);
  EXPECT_EQ(s.at(classSize, 16).kind, CellKind::Empty);
  std::size_t flags = 0;
  for (std::size_t r = header + 1; r < s.rows.size(); ++r)
    flags += s.at(r, 16).text == "real change" && s.at(r, 2).text != "NPS";
  EXPECT_EQ(flags, 1u);

  // Not asked in 2025: nothing; too few answers in 2025: n, then "n<5".
  const std::size_t reports = rowOf(s, "Volunteer tutors", "Progress reports", header);
  for (std::size_t c = 3; c <= 6; ++c) EXPECT_EQ(s.at(reports, c).kind, CellKind::Empty);
  EXPECT_DOUBLE_EQ(numberAt(s, reports, 8), 3.90);
  EXPECT_EQ(s.at(reports, 11).kind, CellKind::Empty);
  const std::size_t bus = rowOf(s, "Adult learners", "Bus times", header);
  EXPECT_DOUBLE_EQ(numberAt(s, bus, 3), 3);
  EXPECT_EQ(s.at(bus, 4).text, "n<5");
  EXPECT_EQ(s.at(bus, 4).style, CellStyle::Suppressed);
  EXPECT_DOUBLE_EQ(numberAt(s, bus, 8), 4.00);
}

TEST(TrendsSheet, NpsByWaveWithItsChangeInTheSameColumns) {
  const auto sheets = layoutReport(withWaves(twoWaves()));
  const SheetLayout& s = sheet(sheets, "Trends");
  const std::size_t header = rowOf(s, "Group", "Attribute");
  // The NPS rows sit under the same header: n, score and interval in each
  // wave's columns, the change in the change columns, no p or q.
  const std::size_t learners = rowOf(s, "Adult learners", "Net Promoter Score", header);
  EXPECT_EQ(s.at(learners, 2).text, "NPS");
  EXPECT_DOUBLE_EQ(numberAt(s, learners, 3), 80);
  EXPECT_DOUBLE_EQ(numberAt(s, learners, 4), 12);
  EXPECT_DOUBLE_EQ(numberAt(s, learners, 8), 30);
  const std::size_t change = columnOf(s, header, "Change");
  EXPECT_EQ(change, 11u);
  EXPECT_DOUBLE_EQ(numberAt(s, learners, change), 18);
  EXPECT_DOUBLE_EQ(numberAt(s, learners, change + 1), 3);
  EXPECT_DOUBLE_EQ(numberAt(s, learners, change + 2), 33);
  EXPECT_EQ(s.at(learners, change + 3).kind, CellKind::Empty);
  EXPECT_EQ(s.at(learners, change + 5).text, "real change");
  const std::size_t tutors = rowOf(s, "Volunteer tutors", "Net Promoter Score", header);
  EXPECT_DOUBLE_EQ(numberAt(s, tutors, change), -5);
  EXPECT_EQ(s.at(tutors, change + 5).kind, CellKind::Empty);
}

TEST(TrendsSheet, ALineChartPerGroupOfItsMostImportantAttributesAndOneOfNps) {
  const auto sheets = layoutReport(withWaves(twoWaves()));
  const SheetLayout& s = sheet(sheets, "Trends");
  ASSERT_EQ(s.charts.size(), 3u);
  for (const ChartSpec& c : s.charts) EXPECT_EQ(c.kind, ChartKind::Line) << c.name;

  // Tutors: training (importance 4.50 in 2026) before progress reports (no
  // importance); waves down, attributes across.
  const ChartSpec& tutors = s.charts[0];
  EXPECT_EQ(tutors.title, "Volunteer tutors: satisfaction by wave");
  EXPECT_EQ(tutors.xTitle, "Wave");
  const CellBlock& d = tutors.data;
  EXPECT_EQ(d.lastRow - d.firstRow, 2u);
  EXPECT_EQ(d.firstColumn, 0u);
  EXPECT_EQ(d.lastColumn, 2u);
  EXPECT_EQ(s.at(d.firstRow, 0).text, "Volunteer tutors");
  EXPECT_EQ(s.at(d.firstRow, 1).text, "Good training before the firs\xE2\x80\xA6");
  EXPECT_EQ(s.at(d.firstRow, 2).text, "Progress reports");
  EXPECT_EQ(s.at(d.firstRow + 1, 0).text, "2025");
  EXPECT_EQ(s.at(d.firstRow + 2, 0).text, "2026");
  EXPECT_DOUBLE_EQ(numberAt(s, d.firstRow + 1, 1), 4.15);
  EXPECT_DOUBLE_EQ(numberAt(s, d.firstRow + 2, 1), 3.56);
  EXPECT_EQ(s.at(d.firstRow + 1, 2).kind, CellKind::Empty);  // not asked in 2025
  EXPECT_DOUBLE_EQ(numberAt(s, d.firstRow + 2, 2), 3.90);
  // The chart under its data, from the first column, so that it is seen
  // when scrolling down.
  EXPECT_GT(tutors.anchorRow, d.lastRow);
  EXPECT_EQ(tutors.anchorColumn, 0u);
  // The axis from below the lowest mean (3.56) to above the highest (4.15).
  EXPECT_EQ(tutors.yMin, 3.0);
  EXPECT_EQ(tutors.yMax, 5.0);
  // The next group's data one row below the chart.
  EXPECT_EQ(s.charts[1].data.firstRow, tutors.anchorRow + tutors.heightRows + 1);

  // Learners, without importance: the larger change first; bus times had
  // too few answers in 2025.
  const CellBlock& l = s.charts[1].data;
  EXPECT_EQ(s.at(l.firstRow, 1).text, "Class size");
  EXPECT_EQ(s.at(l.firstRow, 2).text, "Bus times");
  EXPECT_EQ(s.at(l.firstRow + 1, 2).kind, CellKind::Empty);
  EXPECT_GE(l.firstRow, s.charts[0].anchorRow + s.charts[0].heightRows);

  // NPS, on its own scale: one line a group.
  const ChartSpec& npsChart = s.charts[2];
  EXPECT_EQ(npsChart.title, "NPS by wave");
  EXPECT_EQ(npsChart.data.lastColumn, 2u);
  EXPECT_EQ(s.at(npsChart.data.firstRow, 1).text, "Adult learners");
  EXPECT_DOUBLE_EQ(numberAt(s, npsChart.data.firstRow + 2, 1), 30);
  EXPECT_DOUBLE_EQ(numberAt(s, npsChart.data.firstRow + 1, 2), 20);

  // Each chart's data lies inside the sheet.
  for (const ChartSpec& c : s.charts) {
    EXPECT_LT(c.data.lastRow, s.rows.size());
    EXPECT_LT(c.data.lastColumn, s.columns());
  }
}

TEST(TrendsSheet, AtMostEightGroupsGetAChart) {
  WavesResult w = twoWaves();
  for (int g = 0; g < 12; ++g)
    w.trends.push_back(trend("Group " + std::to_string(g), "Class size", TrendMeasure::Satisfaction,
                             {point(20, 3, 2.5, 3.5), point(20, 3.1, 2.6, 3.6)}));
  w.npsTrends.clear();
  const auto sheets = layoutReport(withWaves(w));
  const SheetLayout& s = sheet(sheets, "Trends");
  EXPECT_EQ(s.charts.size(), 8u);
}

TEST(TrendsSheet, SaysSoWhenNoChangeIsLargerThanTheNoise) {
  WavesResult w = twoWaves();
  for (Trend& t : w.trends) t.change.q = std::isfinite(t.change.q) ? 0.2 : t.change.q;
  w.npsTrends.clear();
  w.moves.clear();
  w.partialAttributes.clear();
  const auto sheets = layoutReport(withWaves(w));
  const SheetLayout& s = sheet(sheets, "Trends");
  const std::size_t heading = rowOf(s, "What changed from 2025 to 2026");
  EXPECT_EQ(s.at(heading + 1, 0).text,
            "No change of importance or satisfaction from 2025 to 2026 was larger than the noise "
            "(q < 0.05 after the correction for 4 comparisons).");
  EXPECT_EQ(s.at(heading + 2, 0).kind, CellKind::Empty);
  for (const auto& row : s.rows)
    for (const ReportCell& c : row) EXPECT_NE(c.text, "real change");
}

TEST(TrendsSheet, GermanWithTheDecimalComma) {
  ScopedMessages german(germanTable());
  const auto sheets = layoutReport(withWaves(twoWaves()), ",");
  const SheetLayout& s = sheet(sheets, "Trends");
  const std::size_t heading = rowOf(s, "Was sich von 2025 zu 2026 verändert hat");
  EXPECT_EQ(s.at(heading + 1, 0).text,
            "Volunteer tutors: Die Zufriedenheit mit Good training before the first session sank "
            "von 4,15 auf 3,56 (\xE2\x88\x92"
            "0,59, 95-%-KI \xE2\x88\x92"
            "0,87 bis \xE2\x88\x92"
            "0,31).");
  EXPECT_EQ(s.at(heading + 2, 0).text,
            "Adult learners: Der NPS stieg von 12 auf 30 (+18, 95-%-KI 3 bis 33).");
  EXPECT_EQ(s.at(heading + 4, 0).text, "Progress reports: nur in 2026 gefragt.");
  EXPECT_EQ(s.at(rowOf(s, "Gruppe", "Merkmal"), 4).text, "Mittelwert");
}

// A name as long as a paragraph is cut in the table and in the sentence,
// and the sentence keeps its numbers.
TEST(TrendsSheet, LongNamesAreCutAndSentencesKeepTheirNumbers) {
  WavesResult w = twoWaves();
  const std::string longName(5000, 'a');
  w.trends[1].attribute = longName;
  const auto sheets = layoutReport(withWaves(w));
  const SheetLayout& s = sheet(sheets, "Trends");
  const std::size_t heading = rowOf(s, "What changed from 2025 to 2026");
  const std::string& sentence = s.at(heading + 1, 0).text;
  EXPECT_NE(sentence.find(" " + std::string(59, 'a') + "\xE2\x80\xA6 fell from 4.15 to 3.56"),
            std::string::npos)
      << sentence;
  EXPECT_EQ(sentence.substr(sentence.size() - 6), "0.31).");
  std::size_t cut = 0;
  for (const auto& row : s.rows)
    for (const ReportCell& c : row) {
      if (c.kind != CellKind::Text || c.style == CellStyle::Note) continue;
      EXPECT_LE(c.text.size(), 400u);
      cut += c.text == std::string(kMaxLabelBytes, 'a') + "\xE2\x80\xA6";
    }
  EXPECT_EQ(cut, 1u);
}

TEST(TrendsSheet, ItsLooksSeeTheChartKind) {
  const SheetLayout s = sheet(layoutReport(withWaves(twoWaves())), "Trends");
  SheetLayout column = s;
  column.charts[0].kind = ChartKind::Column;
  EXPECT_NE(looksSignature(column), looksSignature(s));
  // A count in the table is a number: a rebuild rewrites it in place.
  SheetLayout count = s;
  const std::size_t header = rowOf(s, "Group", "Attribute");
  count.rows[header + 1][3].number += 1;
  EXPECT_EQ(looksSignature(count), looksSignature(s));
}

TEST(DescribeChanges, SignsAndSeparators) {
  EXPECT_EQ(formatChange(0.594, 2, "."), "+0.59");
  EXPECT_EQ(formatChange(-0.594, 2, ","),
            "\xE2\x88\x92"
            "0,59");
  EXPECT_EQ(formatChange(-0.001, 2, "."), "0.00");
  EXPECT_EQ(formatChange(0.001, 2, "."), "0.00");
  EXPECT_EQ(formatWithMinus(3.0, 0, "."), "3");
  EXPECT_EQ(formatWithMinus(-12.4, 0, "."),
            "\xE2\x88\x92"
            "12");
  EXPECT_EQ(formatWithMinus(std::nan(""), 2, "."), "–");
  EXPECT_TRUE(describeChanges(WavesResult{}).empty());
}

// ---------------------------------------------------------------- the report

const WorksheetSection* changesSection(const WorksheetPlan& plan) {
  for (const WorksheetSection& s : plan.sections)
    if (s.name == std::string(kReportPrefix) + "Changes") return &s;
  return nullptr;
}

std::vector<std::string> sectionNames(const WorksheetPlan& plan) {
  std::vector<std::string> names;
  for (const WorksheetSection& s : plan.sections)
    names.push_back(s.name.substr(std::string(kReportPrefix).size()));
  return names;
}

ReportOptions reportOptions() {
  ReportOptions o;
  o.today = "2026-12-02";
  o.source.file = "survey-2026.csv";
  return o;
}

TEST(ChangesSection, SaysWhatChangedInTheSheetsWordsWithATableOfTheRealChanges) {
  const WorksheetPlan plan = planReport(Model{}, withWaves(twoWaves()), reportOptions());
  EXPECT_EQ(sectionNames(plan),
            (std::vector<std::string>{"Who", "Checks", "Values", "Changes", "Act", "Voices",
                                      "Drift", "Assumptions", "Listening", "Plan", "Sources"}));
  const WorksheetSection& s = *changesSection(plan);
  EXPECT_EQ(s.heading, "What changed since last time");
  EXPECT_EQ(s.introduction,
            "The survey was run in 2 waves; this compares 2025 (295 respondents) with 2026 (301 "
            "respondents). A change is listed only when it is larger than the noise: q < 0.05 "
            "after the correction for the 4 changes compared.");
  ASSERT_GE(s.blocks.size(), 5u);
  EXPECT_EQ(s.blocks[0].kind, WorksheetBlock::Kind::Paragraph);
  EXPECT_EQ(s.blocks[0].text, "• " + kTrainingFell);
  EXPECT_EQ(s.blocks[1].text, "• Adult learners: NPS rose from 12 to 30 (+18, 95% CI 3 to 33).");
  EXPECT_EQ(s.blocks[2].text.rfind("• Volunteer tutors: Good training", 0), 0u);
  ASSERT_EQ(s.blocks[3].kind, WorksheetBlock::Kind::Table);
  const WorksheetTable& t = s.blocks[3].table;
  EXPECT_EQ(t.header,
            (std::vector<std::string>{"Customer group", "Attribute", "Measure", "Mean 2025",
                                      "Mean 2026", "Change", "95% interval"}));
  ASSERT_EQ(t.rows.size(), 1u);  // class size's q is 0.06
  EXPECT_EQ(t.rows[0],
            (std::vector<std::string>{"Volunteer tutors", kTraining, "Satisfaction", "4.15", "3.56",
                                      "\xE2\x88\x92"
                                      "0.59",
                                      "\xE2\x88\x92"
                                      "0.87 to \xE2\x88\x92"
                                      "0.31"}));
  EXPECT_EQ(s.blocks[4].text, "Progress reports: asked only in 2026.");
}

TEST(ChangesSection, WithNoRealChangeItSaysSoInOneSentence) {
  WavesResult w = twoWaves();
  for (Trend& t : w.trends) t.change.q = std::isfinite(t.change.q) ? 0.3 : t.change.q;
  w.npsTrends.clear();
  w.moves.clear();
  w.partialAttributes.clear();
  const WorksheetPlan plan = planReport(Model{}, withWaves(w), reportOptions());
  const WorksheetSection& s = *changesSection(plan);
  ASSERT_EQ(s.blocks.size(), 1u);
  EXPECT_EQ(s.blocks[0].text,
            "• No change of importance or satisfaction from 2025 to 2026 was larger than the noise "
            "(q < 0.05 after the correction for 4 comparisons).");
}

TEST(ChangesSection, OnlyWhenTheSurveyHasTwoWavesAndOtherwiseRetired) {
  const std::vector<std::string> retired{std::string(kReportPrefix) + "Changes"};
  Results r = withWaves(twoWaves());
  EXPECT_TRUE(planReport(Model{}, r, reportOptions()).retired.empty());
  r.waves.reset();
  // A report updated from one survey must not keep an earlier "What changed".
  EXPECT_EQ(changesSection(planReport(Model{}, r, reportOptions())), nullptr);
  EXPECT_EQ(planReport(Model{}, r, reportOptions()).retired, retired);
  r.waves = twoWaves();
  r.waves->waves.resize(1);
  EXPECT_EQ(changesSection(planReport(Model{}, r, reportOptions())), nullptr);
  EXPECT_EQ(planReport(Model{}, r, reportOptions()).retired, retired);
}

TEST(ChangesSection, GermanWithTheDecimalComma) {
  ScopedMessages german(germanTable());
  ReportOptions o = reportOptions();
  o.decimalSeparator = ",";
  const WorksheetPlan plan = planReport(Model{}, withWaves(twoWaves()), o);
  const WorksheetSection& s = *changesSection(plan);
  EXPECT_EQ(s.heading, "Was sich seit dem letzten Mal verändert hat");
  EXPECT_EQ(s.blocks[1].text,
            "• Adult learners: Der NPS stieg von 12 auf 30 (+18, 95-%-KI 3 bis 33).");
  const WorksheetTable& t = s.blocks[3].table;
  EXPECT_EQ(t.header[3], "Mittelwert 2025");
  EXPECT_EQ(t.rows[0][3], "4,15");
  EXPECT_EQ(t.rows[0][6],
            "\xE2\x88\x92"
            "0,87 bis \xE2\x88\x92"
            "0,31");
}

}  // namespace
}  // namespace cf::core
