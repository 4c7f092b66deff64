#include "feedback_table.h"

#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "csv_grid.h"
#include "mapping_io.h"
#include "text.h"

namespace cf::core {
namespace {

using cf::test::csvGrid;

// Keeps a copy of every response, for asserting what a user would see.
class CollectingSink : public ResponseSink {
 public:
  struct Row {
    std::size_t row = 0;
    std::string group;
    Role role = Role::Unknown;
    std::vector<double> importance, satisfaction;
    double outcome = kMissing, nps = kMissing;
    std::vector<KanoAnswer> kanoFunctional, kanoDysfunctional;
  };

  explicit CollectingSink(const SurveyLayout& layout) : layout_(layout) {}

  void add(const Response& r) override {
    Row row;
    row.row = r.row;
    row.group = std::string(r.group);
    row.role = r.role;
    const std::size_t n = layout_.attributes.size(), k = layout_.kanoAttributes.size();
    row.importance.assign(r.importance, r.importance + n);
    row.satisfaction.assign(r.satisfaction, r.satisfaction + n);
    row.outcome = r.outcome;
    row.nps = r.nps;
    row.kanoFunctional.assign(r.kanoFunctional, r.kanoFunctional + k);
    row.kanoDysfunctional.assign(r.kanoDysfunctional, r.kanoDysfunctional + k);
    rows.push_back(std::move(row));
  }

  std::vector<Row> rows;

 private:
  const SurveyLayout& layout_;
};

// Counts only: what the million-row path looks like.
class CountingSink : public ResponseSink {
 public:
  explicit CountingSink(const SurveyLayout& layout) : missing(layout.attributes.size(), 0) {}

  void add(const Response& r) override {
    ++rows;
    ++groups[std::string(r.group)];
    ++roles[r.role];
    for (std::size_t i = 0; i < missing.size(); ++i)
      if (isMissing(r.satisfaction[i])) ++missing[i];
    if (r.outcome == 1.0) ++positive;
  }

  std::size_t rows = 0, positive = 0;
  std::map<std::string, std::size_t> groups;
  std::map<Role, std::size_t> roles;
  std::vector<std::size_t> missing;  // per attribute: satisfaction not usable
};

Mapping detect(const Grid& g, DetectOptions options = {}) {
  Result<Mapping> m = detectMapping(g, options);
  EXPECT_TRUE(m.ok()) << (m.ok() ? "" : m.error().code + ": " + m.error().message);
  return m.ok() ? m.value() : Mapping{};
}

const ColumnSpec& column(const Mapping& m, std::size_t index) {
  const ColumnSpec* c = findColumn(m, index);
  EXPECT_NE(c, nullptr) << "no spec for column " << index;
  static const ColumnSpec none;
  return c ? *c : none;
}

std::string allDoubts(const Mapping& m) {
  std::string s;
  for (const std::string& d : m.doubts) s += d + "\n";
  return s;
}

bool anyDoubtContains(const Mapping& m, std::string_view text) {
  return allDoubts(m).find(text) != std::string::npos;
}

std::vector<CollectingSink::Row> readAll(const Grid& g, const Mapping& m,
                                         InputSummary* summary = nullptr,
                                         ReaderOptions options = {}) {
  TableReader reader(m, std::move(options));
  CollectingSink sink(reader.layout());
  reader.readTable(g, sink);
  if (summary) *summary = reader.summary();
  return sink.rows;
}

bool hasIssue(const InputSummary& s, std::size_t row, std::string_view col,
              std::string_view problemPart) {
  for (const InputIssue& i : s.issues)
    if (i.row == row && i.column == col && i.problem.find(problemPart) != std::string::npos)
      return true;
  return false;
}

std::string issuesText(const InputSummary& s) {
  std::string t;
  for (const InputIssue& i : s.issues)
    t += std::to_string(i.row) + " " + i.column + ": " + i.problem + "\n";
  return t;
}

const char* const kPatterned =
    "Respondent,Customer group,Role,Importance: Wait time,Satisfaction: Wait time,Friendliness "
    "(importance),"
    "Friendliness (satisfaction),I: Price,P: Price,Overall satisfaction,Likelihood to recommend,"
    "Kano functional: Parking,Kano dysfunctional: Parking,Comments\n"
    "r1,Patients,primary,5,2,4,4,3,3,4,9,Like,Dislike,The wait was long and nobody told us why\n"
    "r2,Patients,primary,4,3,5,5,2,1,3,10,Expect,Dislike,Friendly nurses at the front desk today\n"
    "r3,Volunteers,supporting,3,4,2,5,1,5,5,6,Neutral,Live with,Parking is hard to find on "
    "Mondays\n";

// ---------------------------------------------------------------------------
// Detection

TEST(FeedbackTable, DetectsColumnsFromHeaderPatterns) {
  const Mapping m = detect(csvGrid(kPatterned));
  EXPECT_EQ(m.headerRow, 0u);
  EXPECT_EQ(column(m, 0).kind, ColumnKind::Id);
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Group);
  EXPECT_EQ(column(m, 2).kind, ColumnKind::Role);
  EXPECT_EQ(column(m, 3).kind, ColumnKind::Importance);
  EXPECT_EQ(column(m, 3).attribute, "Wait time");
  EXPECT_EQ(column(m, 4).kind, ColumnKind::Satisfaction);
  EXPECT_EQ(column(m, 4).attribute, "Wait time");
  EXPECT_EQ(column(m, 5).kind, ColumnKind::Importance);
  EXPECT_EQ(column(m, 5).attribute, "Friendliness");
  EXPECT_EQ(column(m, 6).kind, ColumnKind::Satisfaction);
  EXPECT_EQ(column(m, 7).kind, ColumnKind::Importance);
  EXPECT_EQ(column(m, 7).attribute, "Price");
  EXPECT_EQ(column(m, 8).kind, ColumnKind::Satisfaction);
  EXPECT_EQ(column(m, 9).kind, ColumnKind::Outcome);
  EXPECT_FALSE(column(m, 9).isTwoLabelOutcome());
  EXPECT_EQ(column(m, 10).kind, ColumnKind::Nps);
  EXPECT_EQ(column(m, 10).scale.min, 0);
  EXPECT_EQ(column(m, 10).scale.max, 10);
  EXPECT_EQ(column(m, 11).kind, ColumnKind::KanoFunctional);
  EXPECT_EQ(column(m, 11).attribute, "Parking");
  EXPECT_EQ(column(m, 12).kind, ColumnKind::KanoDysfunctional);
  EXPECT_EQ(column(m, 13).kind, ColumnKind::Comment);
  for (std::size_t c = 3; c <= 9; ++c) {
    EXPECT_EQ(column(m, c).scale.min, 1) << c;
    EXPECT_EQ(column(m, c).scale.max, 5) << c;
  }
  EXPECT_TRUE(m.sure) << allDoubts(m);
}

TEST(FeedbackTable, MatchesHeadersTrimmedAndCaseInsensitively) {
  const Mapping m = detect(csvGrid(
      "  SEGMENT ,IMPORTANCE:  Speed ,satisfaction: speed,  overall  \nA,4,3,2\nB,5,2,4\n"));
  EXPECT_EQ(column(m, 0).kind, ColumnKind::Group);
  EXPECT_EQ(column(m, 0).header, "SEGMENT");
  EXPECT_EQ(column(m, 1).attribute, "Speed");
  EXPECT_EQ(column(m, 2).kind, ColumnKind::Satisfaction);
  EXPECT_EQ(column(m, 3).kind, ColumnKind::Outcome);
  TableReader reader(m);
  ASSERT_EQ(reader.layout().attributes.size(), 1u);  // "Speed" and "speed" are one attribute
  EXPECT_TRUE(reader.layout().hasImportance[0]);
  EXPECT_TRUE(reader.layout().hasSatisfaction[0]);
}

TEST(FeedbackTable, VeryLongAttributeNamesStillPairImportanceWithSatisfaction) {
  // Headers are cut at the same length whatever their prefix, so the two
  // columns of one long attribute would otherwise name two attributes.
  const std::string name(5000, 'w');
  const Mapping m = detect(csvGrid("Group,Importance: " + name + ",Satisfaction: " + name + "\nA,4,3\nB,5,2\n"));
  TableReader reader(m);
  ASSERT_EQ(reader.layout().attributes.size(), 1u);
  EXPECT_TRUE(reader.layout().hasImportance[0]);
  EXPECT_TRUE(reader.layout().hasSatisfaction[0]);
  EXPECT_LT(reader.layout().attributes[0].size(), 1024u);
  EXPECT_EQ(reader.layout().attributes[0].rfind("www", 0), 0u);
}

TEST(FeedbackTable, FindsHeaderBelowATitleRow) {
  const Mapping m =
      detect(csvGrid("Patient survey spring 2024,,\n,,\nGroup,S: Speed,S: Care\nA,4,5\nB,3,2\n"));
  EXPECT_EQ(m.headerRow, 2u);
  EXPECT_EQ(column(m, 0).kind, ColumnKind::Group);
  EXPECT_EQ(column(m, 2).attribute, "Care");
  const auto rows = readAll(
      csvGrid("Patient survey spring 2024,,\n,,\nGroup,S: Speed,S: Care\nA,4,5\nB,3,2\n"), m);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].row, 4u);  // sheet rows: title 1, blank 2, header 3
}

TEST(FeedbackTable, AcceptsAHeaderThatLeavesSomeColumnsUnnamed) {
  const Mapping m = detect(csvGrid("Group,S: Speed,,,\nA,4,1,2,3\nB,3,1,2,3\n"));
  EXPECT_EQ(m.headerRow, 0u);
  EXPECT_TRUE(anyDoubtContains(m, "column C has data but no header")) << allDoubts(m);
}

TEST(FeedbackTable, RefusesAnEmptyTable) {
  Result<Mapping> none = detectMapping(Grid());
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, "table.empty");
  Result<Mapping> blank = detectMapping(Grid(20, 5));
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.error().code, "table.empty");
}

TEST(FeedbackTable, RefusesATableWithoutAHeaderRow) {
  Result<Mapping> m = detectMapping(csvGrid("1,2,3\n4,5,6\n"));
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().code, "table.no-header");
  EXPECT_EQ(m.error().where, "row 1");
}

TEST(FeedbackTable, HeaderOnlyGivesAMappingThatDoubtsItsScales) {
  const Mapping m = detect(csvGrid("Group,Importance: Speed,Satisfaction: Speed\n"));
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Importance);
  EXPECT_EQ(column(m, 1).scale.max, 5);
  EXPECT_FALSE(m.sure);
  EXPECT_TRUE(anyDoubtContains(m, "no data rows")) << allDoubts(m);
  TableReader reader(m);
  CollectingSink sink(reader.layout());
  reader.readTable(csvGrid("Group,Importance: Speed,Satisfaction: Speed\n"), sink);
  EXPECT_TRUE(sink.rows.empty());
  EXPECT_EQ(reader.summary().rows, 0u);
}

TEST(FeedbackTable, NumericColumnsOnARatingScaleAreSatisfactionOnlyItems) {
  const Mapping m =
      detect(csvGrid("Customer type,Age,Flight Distance,Seat comfort,Cleanliness,Departure Delay "
                     "in Minutes,Gender\n"
                     "Loyal,34,1200,4,5,0,Male\n"
                     "Loyal,61,300,2,3,12,Female\n"
                     "New,7,2500,5,1,3,Female\n"));
  EXPECT_EQ(column(m, 0).kind, ColumnKind::Group);
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Ignore);  // 7–61 fits no rating scale
  EXPECT_EQ(column(m, 2).kind, ColumnKind::Ignore);
  EXPECT_EQ(column(m, 3).kind, ColumnKind::Satisfaction);
  EXPECT_EQ(column(m, 3).attribute, "Seat comfort");
  EXPECT_EQ(column(m, 4).kind, ColumnKind::Satisfaction);
  EXPECT_EQ(column(m, 5).kind,
            ColumnKind::Ignore);  // 0–12 would fit 0–10 nearly, but it is a delay
  EXPECT_EQ(column(m, 6).kind, ColumnKind::Ignore);
  EXPECT_TRUE(m.sure) << allDoubts(m);
  TableReader reader(m);
  EXPECT_FALSE(reader.layout().hasImportance[0]);
  EXPECT_TRUE(reader.layout().hasSatisfaction[0]);
}

TEST(FeedbackTable, AColumnNobodyRatedFiveSharesItsNeighboursScale) {
  const Mapping m = detect(csvGrid("Group,S: A,S: B,S: C\nx,1,5,2\ny,5,1,3\nz,3,3,4\n"));
  EXPECT_EQ(column(m, 3).scale.min, 1);
  EXPECT_EQ(column(m, 3).scale.max, 5);
}

TEST(FeedbackTable, PicksTheSmallestUsualScale) {
  const Mapping m =
      detect(csvGrid("Group,S: A,I: B,NPS,Overall\nx,7,10,0,0\ny,1,0,10,1\nz,3,4,7,1\n"));
  EXPECT_EQ(column(m, 1).scale.min, 1);
  EXPECT_EQ(column(m, 1).scale.max, 7);
  EXPECT_EQ(column(m, 2).scale.min, 0);
  EXPECT_EQ(column(m, 2).scale.max, 10);
  EXPECT_EQ(column(m, 4).scale.min, 0);  // a 0/1 outcome
  EXPECT_EQ(column(m, 4).scale.max, 1);
}

TEST(FeedbackTable, ZerosInAOneToFiveItemSuggestNotApplicable) {
  const char* csv = "Group,Wifi,Food\nA,0,3\nB,4,0\nC,5,1\nD,2,2\n";
  const Mapping without = detect(csvGrid(csv));
  EXPECT_FALSE(without.sure);
  EXPECT_TRUE(anyDoubtContains(without, "not applicable")) << allDoubts(without);
  EXPECT_TRUE(anyDoubtContains(without, "column B (Wifi)")) << allDoubts(without);
  EXPECT_EQ(column(without, 1).scale.min, 0);  // not silently dropped: read as ratings until told

  const Mapping with = detect(csvGrid(csv), {.notApplicable = {0}});
  EXPECT_TRUE(with.sure) << allDoubts(with);
  EXPECT_EQ(column(with, 1).scale.min, 1);
  EXPECT_EQ(column(with, 1).scale.max, 5);
  EXPECT_EQ(with.notApplicable, std::vector<double>{0});
}

TEST(FeedbackTable, TakesSatisfiedAsThePositiveLabel) {
  const Mapping m =
      detect(csvGrid("Group,satisfaction\nA,neutral or dissatisfied\nB,satisfied\nC,satisfied\n"));
  const ColumnSpec& c = column(m, 1);
  EXPECT_EQ(c.kind, ColumnKind::Outcome);
  EXPECT_TRUE(c.isTwoLabelOutcome());
  EXPECT_EQ(c.positiveLabel, "satisfied");
  EXPECT_EQ(c.negativeLabel, "neutral or dissatisfied");
  EXPECT_TRUE(m.sure) << allDoubts(m);
}

TEST(FeedbackTable, TakesYesAndPromoterAsPositiveWhateverTheirOrder) {
  const Mapping yes = detect(csvGrid("Group,Overall\nA,Yes\nB,No\n"));
  EXPECT_EQ(column(yes, 1).positiveLabel, "Yes");
  EXPECT_EQ(column(yes, 1).negativeLabel, "No");
  const Mapping notSat =
      detect(csvGrid("Group,Overall satisfaction\nA,Satisfied\nB,Not satisfied\n"));
  EXPECT_EQ(column(notSat, 1).positiveLabel, "Satisfied");
  const Mapping unsat = detect(csvGrid("Group,Overall\nA,Unsatisfied\nB,Satisfied\n"));
  EXPECT_EQ(column(unsat, 1).positiveLabel, "Satisfied");
  EXPECT_TRUE(unsat.sure) << allDoubts(unsat);
}

TEST(FeedbackTable, DoubtsAnOutcomeWhoseLabelsSayNothing) {
  const Mapping m = detect(csvGrid("Group,Overall\nA,Blue\nB,Green\n"));
  EXPECT_TRUE(column(m, 1).isTwoLabelOutcome());
  EXPECT_FALSE(m.sure);
  EXPECT_TRUE(anyDoubtContains(m, "which label is the positive outcome")) << allDoubts(m);
}

TEST(FeedbackTable, IgnoresAnOutcomeWithMoreThanTwoLabels) {
  const Mapping m = detect(csvGrid("Group,Overall\nA,Good\nB,Bad\nC,Okay\n"));
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Ignore);
  EXPECT_TRUE(anyDoubtContains(m, "more than two labels")) << allDoubts(m);
}

TEST(FeedbackTable, IgnoresAnOutcomeWithOneLabelOnly) {
  const Mapping m = detect(csvGrid("Group,Overall\nA,satisfied\nB,satisfied\n"));
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Ignore);
  EXPECT_TRUE(anyDoubtContains(m, "only one label")) << allDoubts(m);
}

TEST(FeedbackTable, DetectedMappingsOfOddTablesSaveAndLoad) {
  for (const char* csv : {"Group,Importance: A\nx,1e308\ny,1e308\n", "Group,Overall\nx,n/a\n",
                          "Group,S: A,Overall\nx,2,150\ny,3,1\n", "Group,NPS\nx,n/a\n"}) {
    const Mapping m = detect(csvGrid(csv));
    Result<Mapping> back = parseMapping(serializeMapping(m));
    EXPECT_TRUE(back.ok()) << csv
                           << (back.ok() ? "" : back.error().where + ": " + back.error().message);
  }
}

TEST(FeedbackTable, ImportanceWithoutSatisfactionTwinIsImportanceOnly) {
  const Mapping m =
      detect(csvGrid("Group,Importance: Wait time,Satisfaction: Waiting\nA,5,2\nB,4,3\n"));
  EXPECT_FALSE(m.sure);
  EXPECT_TRUE(anyDoubtContains(m, "importance only")) << allDoubts(m);
  TableReader reader(m);
  const SurveyLayout& l = reader.layout();
  ASSERT_EQ(l.attributes.size(), 2u);
  EXPECT_EQ(l.attributes[0], "Wait time");
  EXPECT_TRUE(l.hasImportance[0]);
  EXPECT_FALSE(l.hasSatisfaction[0]);
  EXPECT_FALSE(l.hasImportance[1]);
  EXPECT_TRUE(l.hasSatisfaction[1]);
}

TEST(FeedbackTable, AKanoQuestionWithoutItsTwinIsIgnored) {
  const Mapping m = detect(csvGrid("Group,Kano functional: Parking\nA,Like\n"));
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Ignore);
  EXPECT_TRUE(anyDoubtContains(m, "no dysfunctional twin")) << allDoubts(m);
}

TEST(FeedbackTable, KeepsTheFirstOfDuplicateColumns) {
  const Mapping m = detect(csvGrid("Group,Group,S: Speed,S: Speed\nA,B,3,4\n"));
  EXPECT_EQ(column(m, 0).kind, ColumnKind::Group);
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Ignore);
  EXPECT_EQ(column(m, 2).kind, ColumnKind::Satisfaction);
  EXPECT_EQ(column(m, 3).kind, ColumnKind::Ignore);
  EXPECT_TRUE(anyDoubtContains(m, "column D (S: Speed) repeats column C (S: Speed)"))
      << allDoubts(m);
}

TEST(FeedbackTable, TakesTheBestCategoricalColumnAsTheGroupWhenNoneIsNamed) {
  const Mapping m =
      detect(csvGrid("Travel,S: Speed,Comment\nBusiness,3,late\nPersonal,4,ok\nBusiness,5,fine\n"));
  EXPECT_EQ(column(m, 0).kind, ColumnKind::Group);
  EXPECT_FALSE(m.sure);
  EXPECT_TRUE(anyDoubtContains(m, "column A (Travel) is taken as the customer group"))
      << allDoubts(m);
}

TEST(FeedbackTable, TakesTheColumnThatAsksWhoTheRespondentIsAsTheGroup) {
  const Mapping m = detect(csvGrid(
      "Timestamp,Which of the following best describes you?,Colour,S: Speed\n"
      "2024-03-01,Student,Red,3\n2024-03-02,Parent,Red,4\n2024-03-03,Student,Blue,5\n"));
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Group);
  EXPECT_EQ(column(m, 0).kind, ColumnKind::Ignore);
  EXPECT_EQ(column(m, 2).kind, ColumnKind::Ignore);
}

TEST(FeedbackTable, DoubtsAnUnnamedNumericColumnBesidePatternedItems) {
  const Mapping m =
      detect(csvGrid("Group,Importance: Speed,Satisfaction: Speed,Floor\nA,5,3,2\nB,4,4,3\n"));
  EXPECT_EQ(column(m, 3).kind, ColumnKind::Satisfaction);
  EXPECT_TRUE(anyDoubtContains(m, "column D (Floor) is numeric but matches no header pattern"))
      << allDoubts(m);
}

TEST(FeedbackTable, LongVariedTextIsAComment) {
  std::string csv = "Group,Thoughts\n";
  for (int i = 0; i < 20; ++i)
    csv += "A,This is a rather long remark number " + std::to_string(i) + "\n";
  const Mapping m = detect(csvGrid(csv));
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Comment);
}

// ---------------------------------------------------------------------------
// Reading

TEST(FeedbackTable, ReadsEachRowIntoAResponse) {
  const Grid g = csvGrid(kPatterned);
  const Mapping m = detect(g);
  TableReader reader(m);
  const SurveyLayout& l = reader.layout();
  ASSERT_EQ(l.attributes, (std::vector<std::string>{"Wait time", "Friendliness", "Price"}));
  EXPECT_EQ(l.outcome, OutcomeKind::Numeric);
  EXPECT_EQ(l.outcomeName, "Overall satisfaction");
  EXPECT_TRUE(l.hasNps);
  ASSERT_EQ(l.kanoAttributes, std::vector<std::string>{"Parking"});

  CollectingSink sink(l);
  reader.readTable(g, sink);
  ASSERT_EQ(sink.rows.size(), 3u);
  const auto& r = sink.rows[0];
  EXPECT_EQ(r.row, 2u);
  EXPECT_EQ(r.group, "Patients");
  EXPECT_EQ(r.role, Role::Primary);
  EXPECT_EQ(r.importance, (std::vector<double>{5, 4, 3}));
  EXPECT_EQ(r.satisfaction, (std::vector<double>{2, 4, 3}));
  EXPECT_EQ(r.outcome, 4);
  EXPECT_EQ(r.nps, 9);
  EXPECT_EQ(r.kanoFunctional[0], KanoAnswer::Like);
  EXPECT_EQ(r.kanoDysfunctional[0], KanoAnswer::Dislike);
  EXPECT_EQ(sink.rows[2].role, Role::Supporting);
  EXPECT_EQ(sink.rows[2].kanoDysfunctional[0], KanoAnswer::LiveWith);
  const InputSummary s = reader.summary();
  EXPECT_EQ(s.rows, 3u);
  EXPECT_EQ(s.rowsUsed, 3u);
  EXPECT_EQ(s.issueCount, 0u) << issuesText(s);
}

TEST(FeedbackTable, CountsTextInNumericColumnAsIssue) {
  const Mapping m = detect(csvGrid("Group,S: Speed\nA,4\nB,3\n"));
  InputSummary s;
  const auto rows = readAll(csvGrid("Group,S: Speed\nA,4\nB,about three\nC,5\n"), m, &s);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_TRUE(std::isnan(rows[1].satisfaction[0]));
  EXPECT_EQ(s.issueCount, 1u);
  ASSERT_EQ(s.issues.size(), 1u);
  EXPECT_EQ(s.issues[0].row, 3u);
  EXPECT_EQ(s.issues[0].column, "B");
  EXPECT_EQ(s.issues[0].problem, "text in a numeric column: \"about three\"");
  EXPECT_EQ(s.rowsUsed, 2u);
}

TEST(FeedbackTable, ReportsAValueOffTheScale) {
  const Mapping m = detect(csvGrid("Group,S: Speed\nA,4\nB,3\nC,1\nD,5\n"));
  InputSummary s;
  const auto rows = readAll(csvGrid("Group,S: Speed\nA,4\nB,7\nC,-1\n"), m, &s);
  EXPECT_TRUE(std::isnan(rows[1].satisfaction[0]));
  EXPECT_TRUE(hasIssue(s, 3, "B",
                       "7 is off the scale 1\xE2\x80\x93"
                       "5"))
      << issuesText(s);
  EXPECT_TRUE(hasIssue(s, 4, "B", "-1 is off the scale")) << issuesText(s);
  EXPECT_EQ(s.issueCount, 2u);
}

TEST(FeedbackTable, AcceptsDecimalsWithinTheScaleButNotOnTheNpsForm) {
  const Mapping m = detect(csvGrid("Group,S: Speed,NPS\nA,4,9\nB,3,2\nC,1,0\nD,5,10\n"));
  InputSummary s;
  const auto rows = readAll(csvGrid("Group,S: Speed,NPS\nA,3.5,8.5\n"), m, &s);
  EXPECT_EQ(rows[0].satisfaction[0], 3.5);
  EXPECT_TRUE(std::isnan(rows[0].nps));
  EXPECT_TRUE(hasIssue(s, 2, "C", "8.5 is not a whole number")) << issuesText(s);
}

TEST(FeedbackTable, SkipsNotApplicableCodesWithoutIssues) {
  const Mapping m =
      detect(csvGrid("Group,Wifi,Food\nA,0,3\nB,4,N/A\nC,5,1\n"), {.notApplicable = {0}});
  TableReader reader(m);
  CollectingSink sink(reader.layout());
  reader.readTable(csvGrid("Group,Wifi,Food\nA,0,3\nB,4,N/A\nC,5, n/a \n"), sink);
  EXPECT_TRUE(std::isnan(sink.rows[0].satisfaction[0]));
  EXPECT_TRUE(std::isnan(sink.rows[1].satisfaction[1]));
  EXPECT_EQ(reader.summary().issueCount, 0u) << issuesText(reader.summary());
  EXPECT_EQ(reader.notApplicableCount(), 3u);
  const std::vector<ColumnStats> stats = reader.columnStats();
  ASSERT_EQ(stats.size(), 3u);  // group, Wifi, Food
  EXPECT_EQ(stats[1].index, 1u);
  EXPECT_EQ(stats[1].used, 2u);
  EXPECT_EQ(stats[1].notApplicable, 1u);
}

TEST(FeedbackTable, NpsKeepsZeroWhenZeroMeansNotApplicableElsewhere) {
  const Grid g = csvGrid("Group,Wifi,Likelihood to recommend\nA,0,0\nB,4,10\nC,5,99\n");
  const Mapping m = detect(g, {.notApplicable = {0, 99}});
  InputSummary s;
  const auto rows = readAll(g, m, &s);
  EXPECT_TRUE(std::isnan(rows[0].satisfaction[0]));
  EXPECT_EQ(rows[0].nps, 0);             // 0 is an answer on the 0–10 form
  EXPECT_TRUE(std::isnan(rows[2].nps));  // 99 is off the form: not applicable
  EXPECT_EQ(s.issueCount, 0u) << issuesText(s);
}

TEST(FeedbackTable, CountsAndReportsBlankItemCells) {
  const Mapping m = detect(csvGrid("Group,S: Speed,S: Care\nA,4,5\nB,3,2\n"));
  TableReader reader(m);
  CollectingSink sink(reader.layout());
  Grid g = csvGrid("Group,S: Speed,S: Care\nA,,5\nB,3,\n");
  g.setText(2, 2, "   ");  // spaces only: blank to the user
  reader.readTable(g, sink);
  const InputSummary s = reader.summary();
  EXPECT_EQ(reader.blankCount(), 2u);
  EXPECT_EQ(s.issueCount, 2u);
  EXPECT_TRUE(hasIssue(s, 2, "B", "blank")) << issuesText(s);
  EXPECT_TRUE(hasIssue(s, 3, "C", "blank")) << issuesText(s);
}

TEST(FeedbackTable, ReportsARowWithoutAGroup) {
  const Mapping m = detect(csvGrid("Group,S: Speed\nA,4\nB,3\n"));
  InputSummary s;
  const auto rows = readAll(csvGrid("Group,S: Speed\nA,4\n,3\n"), m, &s);
  EXPECT_EQ(rows[1].group, "");
  EXPECT_EQ(rows[1].satisfaction[0], 3);
  EXPECT_TRUE(hasIssue(s, 3, "A", "no group")) << issuesText(s);
}

TEST(FeedbackTable, ReadsKanoWordsAndCodesAndReportsTheRest) {
  const char* header = "Group,Kano functional: Parking,Kano dysfunctional: Parking\n";
  const Mapping m = detect(csvGrid(std::string(header) + "A,Like,Dislike\n"));
  InputSummary s;
  const auto rows = readAll(
      csvGrid(std::string(header) +
              "A,I like it.,I can live with it\nB,Must-be,i am neutral\nC,1,5\nD,maybe,7\n"),
      m, &s);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].kanoFunctional[0], KanoAnswer::Like);
  EXPECT_EQ(rows[0].kanoDysfunctional[0], KanoAnswer::LiveWith);
  EXPECT_EQ(rows[1].kanoFunctional[0], KanoAnswer::Expect);
  EXPECT_EQ(rows[1].kanoDysfunctional[0], KanoAnswer::Neutral);
  EXPECT_EQ(rows[2].kanoFunctional[0], KanoAnswer::Like);
  EXPECT_EQ(rows[2].kanoDysfunctional[0], KanoAnswer::Dislike);
  EXPECT_EQ(rows[3].kanoFunctional[0], KanoAnswer::None);
  EXPECT_TRUE(hasIssue(s, 5, "B", "unknown Kano answer: \"maybe\"")) << issuesText(s);
  EXPECT_TRUE(hasIssue(s, 5, "C", "Kano code 7")) << issuesText(s);
}

TEST(FeedbackTable, ReportsALabelThatIsNeitherOutcomeLabel) {
  const Mapping m = detect(csvGrid("Group,satisfaction\nA,satisfied\nB,neutral or dissatisfied\n"));
  InputSummary s;
  const auto rows = readAll(
      csvGrid("Group,satisfaction\nA,SATISFIED\nB,neutral or dissatisfied\nC,meh\nD,3\n"), m, &s);
  EXPECT_EQ(rows[0].outcome, 1.0);
  EXPECT_EQ(rows[1].outcome, 0.0);
  EXPECT_TRUE(std::isnan(rows[2].outcome));
  EXPECT_TRUE(hasIssue(s, 4, "B", "\"meh\" is neither outcome label")) << issuesText(s);
  EXPECT_TRUE(hasIssue(s, 5, "B", "a number (3)")) << issuesText(s);
}

TEST(FeedbackTable, MappingRolesOverrideTheRoleColumnAndTheRegisterFillsIn) {
  const Grid g = csvGrid(
      "Group,Role,S: Speed\nPatients,supporting,4\nFunders,,3\nStaff,primary,2\nStaff,boss,2\n");
  Mapping m = detect(g);
  m.groupRoles = {{"patients", Role::Primary}};
  ReaderOptions options;
  options.registerRoles = {{"Funders", Role::Supporting}, {"Staff", Role::Supporting}};
  InputSummary s;
  const auto rows = readAll(g, m, &s, options);
  EXPECT_EQ(rows[0].role, Role::Primary);     // the mapping wins over the row
  EXPECT_EQ(rows[1].role, Role::Supporting);  // from the register
  EXPECT_EQ(rows[2].role, Role::Primary);     // the row wins over the register
  EXPECT_EQ(rows[3].role, Role::Supporting);
  EXPECT_TRUE(hasIssue(s, 5, "B", "unknown role: \"boss\"")) << issuesText(s);
}

TEST(FeedbackTable, ReadsInChunksAsInOneGo) {
  std::string body;
  for (int i = 0; i < 50; ++i)
    body += std::string(i % 3 ? "A" : "B") + "," + std::to_string(i % 7) + "," +
            (i % 5 ? "3" : "x") + "\n";
  const std::string header = "Group,S: Speed,S: Care\n";
  const Grid whole = csvGrid(header + body);
  const Mapping m = detect(whole);

  TableReader one(m);
  CollectingSink all(one.layout());
  one.readTable(whole, all);

  TableReader chunked(m);
  CollectingSink parts(chunked.layout());
  std::istringstream lines(body);
  std::string line, chunk;
  std::size_t chunkStart = 2, count = 0;
  while (std::getline(lines, line)) {
    chunk += line + "\n";
    if (++count % 16 == 0) {
      chunked.read(csvGrid(chunk), chunkStart, parts);
      chunkStart += 16;
      chunk.clear();
    }
  }
  if (!chunk.empty()) chunked.read(csvGrid(chunk), chunkStart, parts);

  ASSERT_EQ(all.rows.size(), parts.rows.size());
  for (std::size_t i = 0; i < all.rows.size(); ++i) {
    EXPECT_EQ(all.rows[i].row, parts.rows[i].row);
    EXPECT_EQ(all.rows[i].group, parts.rows[i].group);
    EXPECT_EQ(
        all.rows[i].satisfaction[0] == parts.rows[i].satisfaction[0] ||
            (std::isnan(all.rows[i].satisfaction[0]) && std::isnan(parts.rows[i].satisfaction[0])),
        true);
  }
  const InputSummary a = one.summary(), b = chunked.summary();
  EXPECT_EQ(a.rows, b.rows);
  EXPECT_EQ(a.rowsUsed, b.rowsUsed);
  EXPECT_EQ(a.issueCount, b.issueCount);
  ASSERT_EQ(a.issues.size(), b.issues.size());
  for (std::size_t i = 0; i < a.issues.size(); ++i) {
    EXPECT_EQ(a.issues[i].row, b.issues[i].row);
    EXPECT_EQ(a.issues[i].column, b.issues[i].column);
    EXPECT_EQ(a.issues[i].problem, b.issues[i].problem);
  }
}

TEST(FeedbackTable, SkipsEmptyRowsWithoutCountingThem) {
  const Mapping m = detect(csvGrid("Group,S: Speed\nA,4\nB,3\n"));
  Grid g(6, 3);  // wider than the table, as a whole-column selection is
  g.setText(0, 0, "Group");
  g.setText(0, 1, "S: Speed");
  g.setText(1, 0, "A");
  g.setNumber(1, 1, 4);
  g.setText(3, 0, "  ");
  g.setText(4, 0, "B");
  g.setNumber(4, 1, 2);
  InputSummary s;
  const auto rows = readAll(g, m, &s);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].row, 5u);
  EXPECT_EQ(s.rows, 2u);
  EXPECT_EQ(s.issueCount, 0u);
}

TEST(FeedbackTable, KeepsTheFirstIssuesAndCountsThemAll) {
  std::string csv = "Group,S: Speed\n";
  for (int i = 0; i < 30; ++i) csv += "A,bad\n";
  const Mapping m = detect(csvGrid("Group,S: Speed\nA,4\n"));
  InputSummary s;
  ReaderOptions options;
  options.maxIssues = 10;
  readAll(csvGrid(csv), m, &s, options);
  EXPECT_EQ(s.issueCount, 30u);
  EXPECT_EQ(s.issues.size(), 10u);
  EXPECT_EQ(s.issues.back().row, 11u);
  EXPECT_EQ(s.rowsUsed, 0u);
}

TEST(FeedbackTable, NamesANumericGroupByItsNumber) {
  const Grid g = csvGrid("Group,S: Speed\n1,4\n2,3\n2.5,3\n");
  const Mapping m = detect(g);
  const auto rows = readAll(g, m);
  EXPECT_EQ(rows[0].group, "1");
  EXPECT_EQ(rows[1].group, "2");
  EXPECT_EQ(rows[2].group, "2.5");
}

TEST(FeedbackTable, IssueColumnLettersFollowTheSelectionsPlaceInTheSheet) {
  const Grid g = csvGrid("Group,S: Speed\nA,x\n");
  ReaderOptions options;
  options.firstSheetColumn = 2;  // the table starts in column C
  TableReader reader(detect(csvGrid("Group,S: Speed\nA,4\n")), options);
  CollectingSink sink(reader.layout());
  reader.read(g, 10, sink, 1);  // the grid's row 0 is sheet row 10
  ASSERT_EQ(reader.summary().issues.size(), 1u);
  EXPECT_EQ(reader.summary().issues[0].column, "D");
  EXPECT_EQ(reader.summary().issues[0].row, 11u);
  EXPECT_EQ(sink.rows[0].row, 11u);
}

// ---------------------------------------------------------------------------
// Hostile input

TEST(FeedbackTable, SurvivesNanInfinityAndHugeNumbers) {
  Grid g(6, 3);
  g.setText(0, 0, "Group");
  g.setText(0, 1, "S: Speed");
  g.setText(0, 2, "NPS");
  const double values[] = {std::numeric_limits<double>::quiet_NaN(),
                           std::numeric_limits<double>::infinity(),
                           -std::numeric_limits<double>::infinity(), 1e308, 3};
  for (std::size_t i = 0; i < 5; ++i) {
    g.setNumber(i + 1, 0, values[i]);
    g.setNumber(i + 1, 1, values[i]);
    g.setNumber(i + 1, 2, values[i]);
  }
  Result<Mapping> m = detectMapping(g);
  ASSERT_TRUE(m.ok());
  TableReader reader(m.value());
  CollectingSink sink(reader.layout());
  reader.readTable(g, sink);
  ASSERT_EQ(sink.rows.size(), 5u);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_TRUE(std::isnan(sink.rows[i].nps)) << i;
  EXPECT_EQ(sink.rows[4].nps, 3);
  const InputSummary s = reader.summary();
  EXPECT_TRUE(hasIssue(s, 2, "B", "not a finite number")) << issuesText(s);
  EXPECT_TRUE(hasIssue(s, 5, "C", "1e+308 is off the scale")) << issuesText(s);
}

TEST(FeedbackTable, SurvivesTenThousandColumns) {
  const std::size_t cols = 10000;
  Grid g(4, cols);
  g.setText(0, 0, "Group");
  for (std::size_t c = 1; c < cols; ++c) g.setText(0, c, "S: Item " + std::to_string(c));
  for (std::size_t r = 1; r < 4; ++r) {
    g.setText(r, 0, "A");
    for (std::size_t c = 1; c < cols; ++c) g.setNumber(r, c, static_cast<double>((r + c) % 5 + 1));
  }
  const Mapping m = detect(g);
  Result<Mapping> bound = bindMapping(m, g);
  ASSERT_TRUE(bound.ok());
  EXPECT_TRUE(bound.value().sure);
  TableReader reader(bound.value());
  EXPECT_EQ(reader.layout().attributes.size(), cols - 1);
  CountingSink sink(reader.layout());
  reader.readTable(g, sink);
  EXPECT_EQ(sink.rows, 3u);
  EXPECT_EQ(reader.summary().issueCount, 0u);
}

TEST(FeedbackTable, ManyDoubtsAreCappedAndCounted) {
  const std::size_t cols = 500;
  Grid g(2, cols);
  for (std::size_t c = 0; c < cols; ++c) g.setText(0, c, "Importance: Item " + std::to_string(c));
  for (std::size_t c = 0; c < cols; ++c) g.setNumber(1, c, 3);
  const Mapping m = detect(g);
  EXPECT_FALSE(m.sure);
  EXPECT_LE(m.doubts.size(), 31u);
  EXPECT_TRUE(anyDoubtContains(m, "more doubts")) << allDoubts(m);
}

TEST(FeedbackTable, SurvivesHundredThousandCharacterStrings) {
  const std::string huge(100000, 'x');
  Grid g(3, 3);
  g.setText(0, 0, "Group");
  g.setText(0, 1, "S: " + huge);
  g.setText(0, 2, huge);
  g.setText(1, 0, huge);
  g.setText(1, 1, huge);
  g.setNumber(1, 2, 3);
  g.setText(2, 0, "A");
  g.setNumber(2, 1, 4);
  g.setText(2, 2, huge);
  const Mapping m = detect(g);
  TableReader reader(m);
  ASSERT_GE(reader.layout().attributes.size(), 1u);
  EXPECT_LE(reader.layout().attributes[0].size(), 1100u);
  CollectingSink sink(reader.layout());
  reader.readTable(g, sink);
  ASSERT_EQ(sink.rows.size(), 2u);
  EXPECT_EQ(sink.rows[0].group.size(), huge.size());
  const InputSummary s = reader.summary();
  ASSERT_FALSE(s.issues.empty());
  for (const InputIssue& i : s.issues) EXPECT_LT(i.problem.size(), 200u) << i.problem;
  for (const std::string& d : m.doubts) EXPECT_LT(d.size(), 1000u);
}

TEST(FeedbackTable, MakesNonUtf8TextValidInGroupsAndMessages) {
  const Grid g = csvGrid("Group,S: Caf\xE9\nCaf\xE9,caf\xE9\n");
  const Mapping m = detect(g);
  EXPECT_TRUE(isValidUtf8(column(m, 1).header));
  InputSummary s;
  const auto rows = readAll(g, m, &s);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_TRUE(isValidUtf8(rows[0].group));
  EXPECT_EQ(rows[0].group, "Caf\xEF\xBF\xBD");
  ASSERT_EQ(s.issues.size(), 1u);
  EXPECT_TRUE(isValidUtf8(s.issues[0].problem));
  for (const std::string& d : m.doubts) EXPECT_TRUE(isValidUtf8(d));
}

TEST(FeedbackTable, ReadsAChunkNarrowerThanTheMappingAsBlanks) {
  const Mapping m = detect(csvGrid("Group,S: Speed,S: Care\nA,4,5\n"));
  TableReader reader(m);
  CollectingSink sink(reader.layout());
  reader.read(csvGrid("B,3\n"), 7, sink);
  ASSERT_EQ(sink.rows.size(), 1u);
  EXPECT_EQ(sink.rows[0].satisfaction[0], 3);
  EXPECT_TRUE(std::isnan(sink.rows[0].satisfaction[1]));
  EXPECT_TRUE(hasIssue(reader.summary(), 7, "C", "blank")) << issuesText(reader.summary());
}

TEST(FeedbackTable, ReadsWithAnEmptyMappingWithoutComplaint) {
  TableReader reader(Mapping{});
  CountingSink sink(reader.layout());
  reader.readTable(csvGrid("a,b\n1,2\n"), sink);
  reader.readTable(Grid(), sink);
  EXPECT_EQ(sink.rows, 1u);
  EXPECT_EQ(reader.summary().rowsUsed, 0u);
}

TEST(FeedbackTable, SurvivesRaggedAndOddContent) {
  const Grid g = csvGrid(
      "Group,Importance: A,Satisfaction: A,Overall,NPS,Kano functional: X,Kano dysfunctional: X\n"
      "G1,5\n"
      ",,,,,,,,,,extra\n"
      "G2,\"\",3,yes,11,1e308,-0\n"
      "\"\",-0,0.0000001,,\"\",,\n");
  Result<Mapping> m = detectMapping(g);
  ASSERT_TRUE(m.ok());
  TableReader reader(m.value());
  CountingSink sink(reader.layout());
  reader.readTable(g, sink);
  EXPECT_EQ(sink.rows, 4u);
  EXPECT_GT(reader.summary().issueCount, 0u);
}

// ---------------------------------------------------------------------------
// A saved mapping on a new table

TEST(FeedbackTable, BindFindsMovedColumnsByHeader) {
  const Mapping saved = detect(csvGrid("Group,S: Speed,S: Care\nA,4,5\n"));
  const Grid next = csvGrid("S: Care,Group,Comment,S: Speed\n2,B,fine,5\n");
  Result<Mapping> bound = bindMapping(saved, next);
  ASSERT_TRUE(bound.ok());
  EXPECT_EQ(column(bound.value(), 0).kind, ColumnKind::Satisfaction);
  EXPECT_EQ(column(bound.value(), 1).kind, ColumnKind::Group);
  EXPECT_EQ(column(bound.value(), 2).kind, ColumnKind::Ignore);
  EXPECT_EQ(column(bound.value(), 3).attribute, "Speed");
  EXPECT_TRUE(anyDoubtContains(bound.value(), "column C (Comment) is not in the mapping"));
  const auto rows = readAll(next, bound.value());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].group, "B");
  // Attributes follow the new table's column order.
  TableReader reader(bound.value());
  EXPECT_EQ(reader.layout().attributes, (std::vector<std::string>{"Care", "Speed"}));
  EXPECT_EQ(rows[0].satisfaction, (std::vector<double>{2, 5}));
}

TEST(FeedbackTable, BindFallsBackToThePositionWithADoubt) {
  const Mapping saved = detect(csvGrid("Group,S: Speed\nA,4\n"));
  Result<Mapping> bound = bindMapping(saved, csvGrid("Group,Speed rating\nA,4\n"));
  ASSERT_TRUE(bound.ok());
  EXPECT_EQ(column(bound.value(), 1).kind, ColumnKind::Satisfaction);
  EXPECT_FALSE(bound.value().sure);
  EXPECT_TRUE(anyDoubtContains(bound.value(), "No column is headed \"S: Speed\""))
      << allDoubts(bound.value());
}

TEST(FeedbackTable, BindRefusesATableWithNoneOfTheColumns) {
  Mapping saved;
  ColumnSpec c;
  c.index = 5;
  c.header = "S: Speed";
  c.kind = ColumnKind::Satisfaction;
  c.attribute = "Speed";
  saved.columns.push_back(c);
  Result<Mapping> bound = bindMapping(saved, csvGrid("Name,Town\nAnn,Oslo\n"));
  ASSERT_FALSE(bound.ok());
  EXPECT_EQ(bound.error().code, "mapping.no-columns");
}

// ---------------------------------------------------------------------------
// Assumptions and Customers sheets

TEST(FeedbackTable, ReadsTheAssumptionsSheet) {
  Result<std::vector<Assumption>> a = readAssumptions(
      csvGrid("Leaders' predictions,,\nCustomer group,Attribute,Predicted importance\n"
              "Patients,Wait time,5\n,,\nVolunteers,Flexible hours,\"4\"\n"));
  ASSERT_TRUE(a.ok()) << a.error().message;
  ASSERT_EQ(a.value().size(), 2u);
  EXPECT_EQ(a.value()[0].group, "Patients");
  EXPECT_EQ(a.value()[0].attribute, "Wait time");
  EXPECT_EQ(a.value()[0].predicted, 5);
  EXPECT_EQ(a.value()[1].predicted, 4);  // typed as text, plainly meant as 4
}

TEST(FeedbackTable, AssumptionsErrorsNameTheCell) {
  Result<std::vector<Assumption>> bad =
      readAssumptions(csvGrid("Group,Value,Importance\nPatients,Wait time,very\n"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "assumptions.bad-value");
  EXPECT_EQ(bad.error().where, "row 2, column C");
  Result<std::vector<Assumption>> noGroup =
      readAssumptions(csvGrid("Group,Value,Importance\n,Wait time,3\n"));
  ASSERT_FALSE(noGroup.ok());
  EXPECT_EQ(noGroup.error().code, "assumptions.no-group");
  Result<std::vector<Assumption>> none = readAssumptions(csvGrid("a,b\n1,2\n"));
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, "assumptions.no-header");
  EXPECT_FALSE(readAssumptions(Grid()).ok());
}

TEST(FeedbackTable, ReadsTheCustomerRegister) {
  Result<std::map<std::string, Role>> r = readCustomerRegister(csvGrid(
      "Customer group,Kind,Role\nPatients,beneficiary,Primary\nVolunteers,volunteer,supporting\n"
      "Funders,funder,\n"));
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.value().size(), 2u);
  EXPECT_EQ(r.value().at("Patients"), Role::Primary);
  EXPECT_EQ(r.value().at("Volunteers"), Role::Supporting);
}

TEST(FeedbackTable, RegisterErrorsNameTheCell) {
  Result<std::map<std::string, Role>> bad =
      readCustomerRegister(csvGrid("Group,Role\nPatients,main\n"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "register.bad-role");
  EXPECT_EQ(bad.error().where, "row 2, column B");
  Result<std::map<std::string, Role>> twice =
      readCustomerRegister(csvGrid("Group,Role\nPatients,primary\npatients,supporting\n"));
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "register.duplicate");
  Result<std::map<std::string, Role>> none = readCustomerRegister(csvGrid("Name,Town\nAnn,Oslo\n"));
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, "register.no-header");
}

// ---------------------------------------------------------------------------
// The airline sample (tests/data/airline-passenger-satisfaction.csv)

const std::vector<std::string> kAirlineItems = {
    "Inflight wifi service",  "Departure/Arrival time convenient",
    "Ease of Online booking", "Gate location",
    "Food and drink",         "Online boarding",
    "Seat comfort",           "Inflight entertainment",
    "On-board service",       "Leg room service",
    "Baggage handling",       "Checkin service",
    "Inflight service",       "Cleanliness"};

const Grid& airline() {
  static const Grid g =
      cf::test::loadCsvGrid(CF_TEST_DATA_DIR "/airline-passenger-satisfaction.csv");
  return g;
}

TEST(FeedbackTable, DetectsTheAirlineMapping) {
  ASSERT_EQ(airline().cols(), 23u);
  const Mapping m = detect(airline(), {.notApplicable = {0}});
  EXPECT_EQ(m.headerRow, 0u);
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Group);
  EXPECT_EQ(column(m, 1).header, "Customer Type");
  for (std::size_t c : {0, 2, 3, 4, 5, 20, 21})
    EXPECT_EQ(column(m, c).kind, ColumnKind::Ignore) << column(m, c).header;
  for (std::size_t c = 6; c < 20; ++c) {
    EXPECT_EQ(column(m, c).kind, ColumnKind::Satisfaction) << c;
    EXPECT_EQ(column(m, c).attribute, kAirlineItems[c - 6]);
    EXPECT_EQ(column(m, c).scale.min, 1) << c;
    EXPECT_EQ(column(m, c).scale.max, 5) << c;
  }
  const ColumnSpec& outcome = column(m, 22);
  EXPECT_EQ(outcome.kind, ColumnKind::Outcome);
  EXPECT_EQ(outcome.positiveLabel, "satisfied");
  EXPECT_EQ(outcome.negativeLabel, "neutral or dissatisfied");
  EXPECT_TRUE(m.sure) << allDoubts(m);

  TableReader reader(m);
  EXPECT_EQ(reader.layout().attributes, kAirlineItems);
  EXPECT_EQ(reader.layout().outcome, OutcomeKind::TwoLabel);
  EXPECT_EQ(reader.layout().outcomeLabels[1], "satisfied");
}

TEST(FeedbackTable, AirlineWithoutNotApplicableSuggestsZero) {
  const Mapping m = detect(airline());
  EXPECT_FALSE(m.sure);
  EXPECT_TRUE(anyDoubtContains(m, "does 0 mean \"not applicable\"")) << allDoubts(m);
  EXPECT_TRUE(anyDoubtContains(m, "column G (Inflight wifi service)")) << allDoubts(m);
}

TEST(FeedbackTable, ReadsTheAirlineSample) {
  const Mapping m = detect(airline(), {.notApplicable = {0}});
  TableReader reader(m);
  CountingSink sink(reader.layout());
  reader.readTable(airline(), sink);
  const InputSummary s = reader.summary();
  // awk 'END{print NR-1}' airline-passenger-satisfaction.csv   → 8507 (the file has
  // 8,507 data rows; its last line has no line end, so `wc -l` shows 8507 lines in all)
  EXPECT_EQ(sink.rows, 8507u);
  EXPECT_EQ(s.rows, 8507u);
  EXPECT_EQ(s.rowsUsed, 8507u);
  // awk -F, 'NR>1{c[$2]++} END{for(k in c) print k, c[k]}' airline-passenger-satisfaction.csv
  EXPECT_EQ(sink.groups["Loyal Customer"], 6981u);
  EXPECT_EQ(sink.groups["disloyal Customer"], 1526u);
  EXPECT_EQ(sink.groups.size(), 2u);
  // awk -F, 'NR>1 && ($7==0 || $7=="") {n++} END{print n}' airline-passenger-satisfaction.csv   →
  // 254
  EXPECT_EQ(sink.missing[0], 254u);
  // awk -F, 'NR>1{for(i=7;i<=20;i++) if($i==0) z++} END{print z}'
  // airline-passenger-satisfaction.csv   → 1316
  EXPECT_EQ(reader.notApplicableCount(), 1316u);
  EXPECT_EQ(reader.blankCount(), 0u);
  EXPECT_EQ(s.issueCount, 0u) << issuesText(s);
  // awk -F, 'NR>1 && $23 ~ /^satisfied/ {n++} END{print n}' airline-passenger-satisfaction.csv   →
  // 3665
  EXPECT_EQ(sink.positive, 3665u);
}

TEST(FeedbackTable, TheSavedAirlineMappingReadsTheSampleWithRoles) {
  std::ifstream in(CF_TEST_DATA_DIR "/airline-mapping.json", std::ios::binary);
  ASSERT_TRUE(in) << "tests/data/airline-mapping.json is missing";
  std::ostringstream text;
  text << in.rdbuf();
  Result<Mapping> saved = parseMapping(text.str());
  ASSERT_TRUE(saved.ok()) << saved.error().where << ": " << saved.error().message;
  Result<Mapping> bound = bindMapping(saved.value(), airline());
  ASSERT_TRUE(bound.ok());
  EXPECT_TRUE(bound.value().sure) << allDoubts(bound.value());

  TableReader reader(bound.value());
  EXPECT_EQ(reader.layout().attributes, kAirlineItems);
  CountingSink sink(reader.layout());
  reader.readTable(airline(), sink);
  EXPECT_EQ(sink.rows, 8507u);
  EXPECT_EQ(sink.roles[Role::Primary], 6981u);
  EXPECT_EQ(sink.roles[Role::Supporting], 1526u);
  EXPECT_EQ(sink.missing[0], 254u);
  EXPECT_EQ(reader.summary().issueCount, 0u);
}

}  // namespace
}  // namespace cf::core
