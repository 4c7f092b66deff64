// The Analyzer fed with hand-made respondents. Expected numbers are worked
// out by hand beside each test; t quantiles come from mpmath as described at
// the top of stats_test.cpp (t(0.975, 5) = 2.5705818356363155,
// t(0.975, 9) = 2.2621571627982055, t(0.975, 10) = 2.2281388519862747).
#include "analysis.h"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace cf::core {
namespace {

constexpr double kTol = 1e-12;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double N = kMissing;

struct Row {
  Row() = default;
  Row(std::string g, std::vector<double> imp = {}, std::vector<double> sat = {}, double y = kMissing,
      double promoter = kMissing, Role r = Role::Unknown, std::vector<KanoAnswer> f = {},
      std::vector<KanoAnswer> d = {})
      : group(std::move(g)), importance(std::move(imp)), satisfaction(std::move(sat)), outcome(y),
        nps(promoter), role(r), functional(std::move(f)), dysfunctional(std::move(d)) {}

  std::string group;
  std::vector<double> importance;
  std::vector<double> satisfaction;
  double outcome = kMissing;
  double nps = kMissing;
  Role role = Role::Unknown;
  std::vector<KanoAnswer> functional;
  std::vector<KanoAnswer> dysfunctional;
};

void feed(Analyzer& analyzer, const std::vector<Row>& rows) {
  std::size_t sheetRow = 2;
  for (const Row& r : rows) {
    Response response;
    response.row = sheetRow++;
    response.group = r.group;
    response.role = r.role;
    response.importance = r.importance.empty() ? nullptr : r.importance.data();
    response.satisfaction = r.satisfaction.empty() ? nullptr : r.satisfaction.data();
    response.outcome = r.outcome;
    response.nps = r.nps;
    response.kanoFunctional = r.functional.empty() ? nullptr : r.functional.data();
    response.kanoDysfunctional = r.dysfunctional.empty() ? nullptr : r.dysfunctional.data();
    analyzer.add(response);
  }
}

// Attributes on a 1–5 scale, each with importance and/or satisfaction.
SurveyLayout layoutOf(std::vector<std::string> attributes, bool importance = true,
                      bool satisfaction = true) {
  SurveyLayout l;
  l.attributes = std::move(attributes);
  l.hasImportance.assign(l.attributes.size(), importance);
  l.hasSatisfaction.assign(l.attributes.size(), satisfaction);
  l.importanceScale.assign(l.attributes.size(), Scale{1, 5});
  l.satisfactionScale.assign(l.attributes.size(), Scale{1, 5});
  return l;
}

// `n` rows of `group`, row k taking column k of each per-attribute list.
std::vector<Row> columns(const std::string& group, const std::vector<std::vector<double>>& importance,
                         const std::vector<std::vector<double>>& satisfaction, Role role = Role::Unknown) {
  const std::size_t n = !importance.empty() ? importance.front().size() : satisfaction.front().size();
  std::vector<Row> rows(n);
  for (std::size_t k = 0; k < n; ++k) {
    rows[k].group = group;
    rows[k].role = role;
    for (const auto& a : importance) rows[k].importance.push_back(a[k]);
    for (const auto& a : satisfaction) rows[k].satisfaction.push_back(a[k]);
  }
  return rows;
}

std::size_t groupIndex(const Results& r, const std::string& name) {
  for (std::size_t g = 0; g < r.groups.size(); ++g)
    if (r.groups[g].name == name) return g;
  ADD_FAILURE() << "no group " << name;
  return 0;
}

TEST(Analyzer, CellMeansAndIntervalsPerGroupAndForAll) {
  Analyzer analyzer(layoutOf({"Speed"}));
  feed(analyzer, columns("Clients", {{1, 2, 3, 4, 5}}, {{2, 2, 2, 2, 2}}));
  feed(analyzer, columns("Staff", {{3, 3, 3, 3, 3}}, {{4, 4, 4, 4, 4}}));
  const Results r = analyzer.finish({});

  ASSERT_EQ(r.groups.size(), 3u);
  EXPECT_EQ(r.groups[0].name, "All");
  EXPECT_EQ(r.groups[0].n, 10u);
  EXPECT_EQ(r.groups[1].name, "Clients");
  EXPECT_EQ(r.groups[2].name, "Staff");

  // Clients: {1..5}, mean 3, CI 3 ± 2.7764451051977944 · √2.5/√5 (stats_test).
  const MeanEstimate& clients = r.cell(1, 0).importance.estimate;
  EXPECT_EQ(clients.n, 5u);
  EXPECT_NEAR(clients.mean, 3.0, kTol);
  EXPECT_NEAR(clients.ciLow, 1.0367568385224423, kTol);
  EXPECT_NEAR(clients.ciHigh, 4.9632431614775577, kTol);
  EXPECT_NEAR(r.cell(1, 0).gap, 1.0, kTol);

  // All: {1, 2, 3, 4, 5, 3, 3, 3, 3, 3}: mean 3, Σ(x − 3)² = 10, variance 10/9,
  // sd = 1.0540925533894598; se = sd/√10 = 1/3; half = t(0.975, 9)/3 = 0.7540523875994018.
  const MeanEstimate& all = r.cell(0, 0).importance.estimate;
  EXPECT_EQ(all.n, 10u);
  EXPECT_NEAR(all.mean, 3.0, kTol);
  EXPECT_NEAR(all.sd, 1.0540925533894598, kTol);
  EXPECT_NEAR(all.ciLow, 2.2459476124005982, kTol);
  EXPECT_NEAR(all.ciHigh, 3.7540523875994018, kTol);
  // Satisfaction of All: five 2s and five 4s, mean 3.
  EXPECT_NEAR(r.cell(0, 0).satisfaction.estimate.mean, 3.0, kTol);
}

TEST(Analyzer, RowsWithoutGroupCountOnlyInAll) {
  Analyzer analyzer(layoutOf({"Speed"}));
  feed(analyzer, {{"Clients", {4}, {4}}, {"", {2}, {2}}, {"  ", {3}, {3}}});
  const Results r = analyzer.finish({});
  ASSERT_EQ(r.groups.size(), 2u);
  EXPECT_EQ(r.groups[0].n, 3u);
  EXPECT_EQ(r.groups[1].n, 1u);
  EXPECT_EQ(r.rowsWithoutGroup, 2u);
  EXPECT_EQ(r.cell(0, 0).importance.estimate.n, 3u);
}

TEST(Analyzer, GroupsComeInOrderOfFirstAppearanceTrimmed) {
  Analyzer analyzer(layoutOf({"Speed"}));
  feed(analyzer, {{"Beta", {4}, {4}}, {"Alpha", {2}, {2}}, {" Beta ", {3}, {3}}});
  const Results r = analyzer.finish({});
  ASSERT_EQ(r.groups.size(), 3u);
  EXPECT_EQ(r.groups[1].name, "Beta");
  EXPECT_EQ(r.groups[1].n, 2u);
  EXPECT_EQ(r.groups[2].name, "Alpha");
}

TEST(Analyzer, DataGroupCalledAllKeepsItsOwnName) {
  Analyzer analyzer(layoutOf({"Speed"}));
  feed(analyzer, {{"All", {4}, {4}}, {"Others", {2}, {2}}});
  const Results r = analyzer.finish({});
  ASSERT_EQ(r.groups.size(), 3u);
  EXPECT_EQ(r.groups[0].name, "All");
  EXPECT_EQ(r.groups[0].n, 2u);
  EXPECT_EQ(r.groups[1].name, "All (group)");
  EXPECT_EQ(r.groups[1].n, 1u);
}

TEST(Analyzer, GroupsBeyondTheCapCountOnlyInAll) {
  AnalysisOptions options;
  options.maxGroups = 2;
  Analyzer analyzer(layoutOf({"Speed"}), options);
  feed(analyzer, {{"a", {1}, {1}}, {"b", {2}, {2}}, {"c", {3}, {3}}, {"c", {4}, {4}}, {"a", {5}, {5}}});
  const Results r = analyzer.finish({});
  ASSERT_EQ(r.groups.size(), 3u);
  EXPECT_EQ(r.groups[1].n, 2u);
  EXPECT_EQ(r.groups[2].n, 1u);
  EXPECT_EQ(r.groups[0].n, 5u);
  EXPECT_EQ(r.rowsInUnlistedGroups, 2u);
  EXPECT_NEAR(r.cell(0, 0).importance.estimate.mean, 3.0, kTol);
}

TEST(Analyzer, SmallCellsAreSuppressed) {
  const auto rows = columns("Clients", {{1, 2, 3, 4}}, {{2, 3, 4, 5}});
  Analyzer analyzer(layoutOf({"Speed"}));
  feed(analyzer, rows);
  const Results r = analyzer.finish({});
  const CellResult& c = r.cell(1, 0);
  EXPECT_TRUE(c.suppressed);
  EXPECT_TRUE(c.importance.suppressed);
  EXPECT_EQ(c.importance.estimate.n, 4u);
  EXPECT_TRUE(std::isnan(c.importance.estimate.mean));
  EXPECT_TRUE(std::isnan(c.importance.estimate.ciLow));
  EXPECT_TRUE(std::isnan(c.satisfaction.estimate.mean));
  EXPECT_TRUE(std::isnan(c.gap));
  EXPECT_EQ(c.quadrant, Quadrant::None);
  EXPECT_TRUE(r.priorities[1].attributes.empty());

  AnalysisOptions four;
  four.minN = 4;
  Analyzer lenient(layoutOf({"Speed"}), four);
  feed(lenient, rows);
  const Results l = lenient.finish({});
  EXPECT_FALSE(l.cell(1, 0).suppressed);
  EXPECT_NEAR(l.cell(1, 0).importance.estimate.mean, 2.5, kTol);
}

// Six answers {5,5,5,5,5,4}: mean 29/6 = 4.8333, sd = √(1/6) = 0.408248,
// half width = t(0.975, 5) · sd/√6 = 2.5705818356363155/6 = 0.4284303059393859,
// CI [4.404903, 5.261764]. {1,1,1,1,1,2}: mean 7/6, CI [0.738236, 1.595097].
const std::vector<double> kHigh = {5, 5, 5, 5, 5, 4};
const std::vector<double> kLow = {1, 1, 1, 1, 1, 2};

TEST(Analyzer, QuadrantsAgainstTheDataMeans) {
  // A5's importance {1,5,1,5,1,5} has mean 3 and a wide interval.
  // Importance crosshair = (29/6 + 7/6 + 29/6 + 7/6 + 3) / 5 = 15/5 = 3.
  // Satisfaction crosshair = (7/6 + 29/6 + 29/6 + 7/6 + 2) / 5 = 14/5 = 2.8.
  Analyzer analyzer(layoutOf({"A1", "A2", "A3", "A4", "A5"}));
  feed(analyzer, columns("G", {kHigh, kLow, kHigh, kLow, {1, 5, 1, 5, 1, 5}},
                         {kLow, kHigh, kHigh, kLow, {1, 3, 1, 3, 1, 3}}));
  const Results r = analyzer.finish({});
  EXPECT_NEAR(r.groups[1].crosshairImportance, 3.0, kTol);
  EXPECT_NEAR(r.groups[1].crosshairSatisfaction, 2.8, kTol);
  EXPECT_NEAR(r.cell(1, 0).importance.estimate.ciLow, 4.4049030273939474, kTol);
  EXPECT_EQ(r.cell(1, 0).quadrant, Quadrant::Concentrate);
  EXPECT_EQ(r.cell(1, 1).quadrant, Quadrant::Overkill);
  EXPECT_EQ(r.cell(1, 2).quadrant, Quadrant::Keep);
  EXPECT_EQ(r.cell(1, 3).quadrant, Quadrant::Low);
  EXPECT_EQ(r.cell(1, 4).quadrant, Quadrant::Uncertain);  // [−…, …] contains 3
  // Gaps: A1 29/6 − 7/6 = 11/3, A2 −11/3, A3 0, A4 0, A5 3 − 2 = 1.
  EXPECT_NEAR(r.cell(1, 0).gap, 11.0 / 3.0, kTol);
  EXPECT_NEAR(r.cell(1, 1).gap, -11.0 / 3.0, kTol);
  EXPECT_NEAR(r.cell(1, 4).gap, 1.0, kTol);
  EXPECT_EQ(r.priorities[1].attributes, (std::vector<std::size_t>{0, 4, 2, 3, 1}));
}

TEST(Analyzer, QuadrantsAgainstTheScaleMidpoint) {
  // X: importance 29/6, satisfaction 7/6. Y: importance {4,4,4,4,4,3} = 23/6 with
  // CI 23/6 ± 0.4284303 = [3.404903, 4.261764]; satisfaction 29/6.
  // Data means: importance (29/6 + 23/6)/2 = 13/3 = 4.3333, which Y's interval
  // lies below → Y is "overkill". Midpoint 3: Y's interval lies above → "keep".
  const auto rows = columns("G", {kHigh, {4, 4, 4, 4, 4, 3}}, {kLow, kHigh});
  Analyzer data(layoutOf({"X", "Y"}));
  feed(data, rows);
  const Results d = data.finish({});
  EXPECT_NEAR(d.groups[1].crosshairImportance, 13.0 / 3.0, kTol);
  EXPECT_EQ(d.cell(1, 0).quadrant, Quadrant::Concentrate);
  EXPECT_EQ(d.cell(1, 1).quadrant, Quadrant::Overkill);

  AnalysisOptions options;
  options.crosshair = Crosshair::ScaleMidpoint;
  Analyzer midpoint(layoutOf({"X", "Y"}), options);
  feed(midpoint, rows);
  const Results m = midpoint.finish({});
  // The audit found the group's crosshair missing (null in the JSON) here.
  EXPECT_EQ(m.groups[1].crosshairImportance, 3.0);
  EXPECT_EQ(m.groups[1].crosshairSatisfaction, 3.0);
  EXPECT_EQ(m.cell(1, 1).crosshairImportance, 3.0);
  EXPECT_EQ(m.cell(1, 1).crosshairSatisfaction, 3.0);
  EXPECT_EQ(m.crosshair, Crosshair::ScaleMidpoint);
  EXPECT_EQ(m.cell(1, 0).quadrant, Quadrant::Concentrate);
  EXPECT_EQ(m.cell(1, 1).quadrant, Quadrant::Keep);
}

TEST(Analyzer, SingleAnswerCellsAreUncertainWhenShown) {
  AnalysisOptions options;
  options.minN = 1;
  Analyzer analyzer(layoutOf({"X", "Y"}), options);
  feed(analyzer, {{"G", {5, 1}, {1, 5}}});
  const Results r = analyzer.finish({});
  EXPECT_FALSE(r.cell(1, 0).suppressed);
  EXPECT_EQ(r.cell(1, 0).quadrant, Quadrant::Uncertain);
}

TEST(Analyzer, PrimaryVersusSupportingWithWelchAndMissionDrift) {
  // Clients (primary): Reports {1,2,1,2,1,2} mean 1.5, Care {5,4,5,4,5,4} mean 4.5,
  // crosshair 3 → Reports is not high for them.
  // Funders (supporting): the other way round, Reports 4.5 > their crosshair 3.
  // Reports, primary − supporting = 1.5 − 4.5 = −3. Each side: variance
  // 6·0.25/5 = 0.3, se² = 0.3/6 + 0.3/6 = 0.1, df = 0.1² / (2 · 0.05²/5) = 10;
  // half = t(0.975, 10) · √0.1 = 0.7045993715389416 → CI [−3.7045994, −2.2954006].
  const std::vector<double> lowish = {1, 2, 1, 2, 1, 2}, highish = {5, 4, 5, 4, 5, 4};
  const std::vector<double> sat = {3, 4, 3, 4, 3, 4};
  Analyzer analyzer(layoutOf({"Reports", "Care"}));
  feed(analyzer, columns("Clients", {lowish, highish}, {sat, sat}, Role::Primary));
  feed(analyzer, columns("Funders", {highish, lowish}, {sat, sat}, Role::Supporting));
  const Results r = analyzer.finish({});
  ASSERT_EQ(r.primaryVsSupporting.size(), 2u);
  const GroupComparison& reports = r.primaryVsSupporting[0];
  EXPECT_EQ(r.attributes[reports.attribute], "Reports");
  EXPECT_EQ(r.groups[reports.primaryGroup].name, "Clients");
  EXPECT_EQ(r.groups[reports.supportingGroup].name, "Funders");
  EXPECT_NEAR(reports.importance.difference, -3.0, kTol);
  EXPECT_NEAR(reports.importance.df, 10.0, 1e-9);
  EXPECT_NEAR(reports.importance.ciLow, -3.7045993715389416, kTol);
  EXPECT_NEAR(reports.importance.ciHigh, -2.2954006284610584, kTol);
  EXPECT_TRUE(reports.missionDrift);
  // Satisfaction is the same in both: difference 0 ± 0.7045993715389416.
  EXPECT_NEAR(reports.satisfaction.difference, 0.0, kTol);
  EXPECT_NEAR(reports.satisfaction.ciHigh, 0.7045993715389416, kTol);

  const GroupComparison& care = r.primaryVsSupporting[1];
  EXPECT_NEAR(care.importance.difference, 3.0, kTol);
  EXPECT_TRUE(care.importance.significant());
  EXPECT_FALSE(care.missionDrift);  // the primary group values it more
}

TEST(Analyzer, NoMissionDriftWithoutASignificantDifference) {
  // Clients' Reports {1,5,1,5,1,5}: mean 3, below their crosshair (3 + 4.5)/2 = 3.75.
  // Funders' Reports 4.5, above theirs. Difference −1.5, but se² = 4.8/6 + 0.3/6
  // = 0.85, and with t > 2 the half width exceeds 2·√0.85 = 1.84 > 1.5: the
  // interval contains 0.
  Analyzer analyzer(layoutOf({"Reports", "Care"}));
  const std::vector<double> sat = {3, 4, 3, 4, 3, 4};
  feed(analyzer, columns("Clients", {{1, 5, 1, 5, 1, 5}, {5, 4, 5, 4, 5, 4}}, {sat, sat}, Role::Primary));
  feed(analyzer, columns("Funders", {{5, 4, 5, 4, 5, 4}, {1, 2, 1, 2, 1, 2}}, {sat, sat},
                         Role::Supporting));
  const Results r = analyzer.finish({});
  EXPECT_NEAR(r.primaryVsSupporting[0].importance.difference, -1.5, kTol);
  EXPECT_FALSE(r.primaryVsSupporting[0].importance.significant());
  EXPECT_FALSE(r.primaryVsSupporting[0].missionDrift);
}

TEST(Analyzer, RolesComeFromOptionsThenFromTheRows) {
  AnalysisOptions options;
  options.groupRoles = {{" d ", Role::Supporting}};
  Analyzer analyzer(layoutOf({"Speed"}), options);
  feed(analyzer, {{"A", {1}, {1}, N, N, Role::Supporting},
                  {"A", {1}, {1}, N, N, Role::Primary},
                  {"A", {1}, {1}, N, N, Role::Primary},
                  {"B", {1}, {1}, N, N, Role::Unknown},
                  {"B", {1}, {1}, N, N, Role::Supporting},
                  {"B", {1}, {1}, N, N, Role::Primary},
                  {"C", {1}, {1}},
                  {"D", {1}, {1}, N, N, Role::Primary}});
  const Results r = analyzer.finish({});
  EXPECT_EQ(r.groups[0].role, Role::Unknown);                     // All
  EXPECT_EQ(r.groups[groupIndex(r, "A")].role, Role::Primary);     // 2 votes to 1
  EXPECT_EQ(r.groups[groupIndex(r, "B")].role, Role::Supporting);  // tie: first role given
  EXPECT_EQ(r.groups[groupIndex(r, "C")].role, Role::Unknown);
  EXPECT_EQ(r.groups[groupIndex(r, "D")].role, Role::Supporting);  // the option wins
}

TEST(Analyzer, DerivedImportanceIsPointBiserialForATwoLabelOutcome) {
  // Satisfaction {1..6} against satisfied {0,0,1,0,1,1}: r_pb = 0.6831300510639732
  // (derivation in stats_test.cpp, PointBiserialWithZeroOneOutcome). The row
  // with no outcome does not count.
  SurveyLayout layout = layoutOf({"Speed"}, false, true);
  layout.outcome = OutcomeKind::TwoLabel;
  layout.outcomeName = "satisfaction";
  Analyzer analyzer(layout);
  const double x[] = {1, 2, 3, 4, 5, 6}, y[] = {0, 0, 1, 0, 1, 1};
  std::vector<Row> rows;
  for (int i = 0; i < 6; ++i) rows.push_back({"G", {}, {x[i]}, y[i]});
  rows.push_back({"G", {}, {5}, kMissing});
  feed(analyzer, rows);
  const Results r = analyzer.finish({});
  ASSERT_EQ(r.derivedImportance.size(), 2u);  // All and G
  for (const DerivedImportance& d : r.derivedImportance) {
    EXPECT_EQ(d.n, 6u);
    EXPECT_TRUE(d.pointBiserial);
    EXPECT_NEAR(d.r, 0.6831300510639732, kTol);
    EXPECT_TRUE(std::isnan(d.statedImportance));
  }
  EXPECT_EQ(r.outcomeName, "satisfaction");
  EXPECT_FALSE(r.cell(0, 0).importance.present);
}

TEST(Analyzer, DerivedImportanceIsPearsonForANumericOutcomeAndSuppressedWhenSmall) {
  // x = {1..5}, y = {2,4,5,4,5}: r = 6/√60 = 0.7745966692414834 (stats_test.cpp).
  SurveyLayout layout = layoutOf({"Speed"});
  layout.outcome = OutcomeKind::Numeric;
  Analyzer analyzer(layout);
  const double x[] = {1, 2, 3, 4, 5}, y[] = {2, 4, 5, 4, 5};
  for (int i = 0; i < 5; ++i) feed(analyzer, {{"G", {4}, {x[i]}, y[i]}});
  feed(analyzer, {{"H", {4}, {1}, 2}, {"H", {4}, {2}, 3}});
  const Results r = analyzer.finish({});
  const DerivedImportance& g = r.derivedImportance[1];
  EXPECT_FALSE(g.pointBiserial);
  EXPECT_NEAR(g.r, 0.7745966692414834, kTol);
  EXPECT_NEAR(g.statedImportance, 4.0, kTol);
  const DerivedImportance& h = r.derivedImportance[2];
  EXPECT_EQ(h.n, 2u);
  EXPECT_TRUE(h.suppressed);
  EXPECT_TRUE(std::isnan(h.r));
}

TEST(Analyzer, WarnsWhenStatedImportanceBunches) {
  Analyzer analyzer(layoutOf({"A1", "A2", "A3"}, true, false));
  // Top: 12 of 18 answers are 5 → share 2/3 > 0.5. Means 5, 5, 1 rescaled 1, 1, 0.
  feed(analyzer, columns("Top", {{5, 5, 5, 5, 5, 5}, {5, 5, 5, 5, 5, 5}, {1, 1, 1, 1, 1, 1}}, {}));
  // Flat: no 5s, means 19/6, 3, 19/6 rescaled (m − 1)/4 = 13/24, 1/2, 13/24;
  // their mean 19/36, deviations 1/72, −2/72, 1/72; variance (1+4+1)/5184/2 = 1/1728;
  // sd = 1/√1728 = 0.024056261216234408 < 0.05.
  feed(analyzer, columns("Flat", {{3, 3, 3, 3, 3, 4}, {3, 3, 3, 3, 3, 3}, {3, 3, 3, 3, 4, 3}}, {}));
  // Spread: 4 of 18 at the top (0.222), means 1, 3, 14/3 far apart.
  feed(analyzer, columns("Spread", {{1, 1, 1, 1, 1, 1}, {3, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 4, 4}}, {}));
  const Results r = analyzer.finish({});
  const ImportanceBunching& top = r.groups[groupIndex(r, "Top")].bunching;
  EXPECT_EQ(top.answers, 18u);
  EXPECT_NEAR(top.topBoxShare, 2.0 / 3.0, kTol);
  EXPECT_TRUE(top.warning);
  const ImportanceBunching& flat = r.groups[groupIndex(r, "Flat")].bunching;
  EXPECT_EQ(flat.topBoxShare, 0.0);
  EXPECT_NEAR(flat.spreadOfMeans, 0.024056261216234408, kTol);
  EXPECT_TRUE(flat.warning);
  const ImportanceBunching& spread = r.groups[groupIndex(r, "Spread")].bunching;
  EXPECT_NEAR(spread.topBoxShare, 4.0 / 18.0, kTol);
  EXPECT_FALSE(spread.warning);
}

TEST(Analyzer, AssumptionsAgainstStatedImportance) {
  // Measured importance (constant answers, so exact): Speed 5, Price 4, Staff 2, Parking 3.
  // Predicted: Speed 3, Price 5, Staff 4, Parking 1.
  // Ranks, 1 = most important: predicted Price 1, Staff 2, Speed 3, Parking 4;
  // measured Speed 1, Price 2, Parking 3, Staff 4. d = (3−1, 1−2, 2−4, 4−3) for
  // (Speed, Price, Staff, Parking) = (2, −1, −2, 1), Σd² = 10, no ties:
  // ρ = 1 − 6·10 / (4·(16 − 1)) = 0. Bias = predicted − measured: −2, 1, 2, −2.
  AnalysisOptions options;
  options.assumptions = {{"clients", "speed ", 3}, {"Clients", "Price", 5}, {"Clients", "Staff", 4},
                         {"Clients", "Parking", 1}, {"Clients", "Coffee", 5}};
  Analyzer analyzer(layoutOf({"Speed", "Price", "Staff", "Parking"}), options);
  const std::vector<double> five(5, 5), four(5, 4), three(5, 3), two(5, 2);
  feed(analyzer, columns("Clients", {five, four, two, three}, {three, three, three, three}));
  const Results r = analyzer.finish({});
  ASSERT_EQ(r.assumptions.size(), 1u);
  const AssumptionCheck& check = r.assumptions[0];
  EXPECT_EQ(check.group, "Clients");
  EXPECT_TRUE(check.groupFound);
  EXPECT_EQ(check.evidence, Evidence::Stated);
  EXPECT_EQ(check.n, 4u);
  EXPECT_NEAR(check.rho, 0.0, kTol);
  ASSERT_EQ(check.items.size(), 5u);
  EXPECT_EQ(check.items[0].attribute, "Speed");
  EXPECT_NEAR(check.items[0].bias, -2.0, kTol);
  EXPECT_NEAR(check.items[1].bias, 1.0, kTol);
  EXPECT_NEAR(check.items[2].bias, 2.0, kTol);
  EXPECT_NEAR(check.items[3].bias, -2.0, kTol);
  EXPECT_EQ(check.items[0].predictedRank, 3.0);
  EXPECT_EQ(check.items[0].measuredRank, 1.0);
  EXPECT_EQ(check.items[3].measuredRank, 3.0);
  EXPECT_FALSE(check.items[4].found);
  EXPECT_EQ(check.items[4].attribute, "Coffee");
  EXPECT_TRUE(std::isnan(check.items[4].measured));
  // ρ = 0 < 0.5: CF008.
  // Four items are fewer than five: ρ is shown with a note and raises no
  // finding; Staff, in the assumed top 3 but not the measured one, still does.
  EXPECT_TRUE(check.fewItems);
  ASSERT_EQ(r.focus.size(), 1u);
  EXPECT_EQ(r.focus[0].id, "CF008");
  EXPECT_EQ(r.focus[0].severity, Severity::Info);
  EXPECT_EQ(r.focus[0].message.find("rank correlation"), std::string::npos) << r.focus[0].message;
}

TEST(Analyzer, FewAssumedItemsRaiseNoFindingFromRho) {
  // Three items, predicted in the reverse order of the measurement (ρ = −1),
  // but the same top 3 (all of them): no finding.
  AnalysisOptions options;
  options.assumptions = {{"Clients", "Speed", 1}, {"Clients", "Price", 2}, {"Clients", "Staff", 3}};
  Analyzer analyzer(layoutOf({"Speed", "Price", "Staff"}), options);
  const std::vector<double> five(5, 5), four(5, 4), two(5, 2), three(5, 3);
  feed(analyzer, columns("Clients", {five, four, two}, {three, three, three}));
  const Results r = analyzer.finish({});
  EXPECT_NEAR(r.assumptions[0].rho, -1.0, kTol);
  EXPECT_TRUE(r.assumptions[0].fewItems);
  EXPECT_TRUE(r.focus.empty());
}

TEST(Analyzer, TiedMeansTieInSpearmansRho) {
  // The audit's case. A's importance answers sum to 45 over 10 in an order
  // for which a running mean gives 4.499999999999999, B's in one for which it
  // gives 4.500000000000001; both means are 4.5. C 3, D 2, E 1.
  // Predicted 5, 4, 3, 2, 1 → ranks 1..5; measured ranks A 1.5, B 1.5, 3, 4, 5.
  // ρ = Pearson((1..5), (1.5, 1.5, 3, 4, 5)): Σdxdy = 3 + 1.5 + 0 + 1 + 4 = 9.5,
  // Σdx² = 10, Σdy² = 9.5 → ρ = √(9.5/10) = 0.97467943448089633 (not 0.9, which
  // the untied ranks give).
  AnalysisOptions options;
  options.assumptions = {{"G", "A", 5}, {"G", "B", 4}, {"G", "C", 3}, {"G", "D", 2}, {"G", "E", 1}};
  Analyzer analyzer(layoutOf({"A", "B", "C", "D", "E"}, true, false), options);
  const std::vector<double> a = {5, 4, 5, 4, 5, 5, 5, 4, 4, 4}, b = {5, 4, 4, 4, 5, 4, 4, 5, 5, 5};
  feed(analyzer, columns("G",
                         {a, b, std::vector<double>(10, 3), std::vector<double>(10, 2),
                          std::vector<double>(10, 1)},
                         {}));
  const Results r = analyzer.finish({});
  EXPECT_EQ(r.cell(1, 0).importance.estimate.mean, 4.5);
  EXPECT_EQ(r.cell(1, 1).importance.estimate.mean, 4.5);
  ASSERT_EQ(r.assumptions.size(), 1u);
  EXPECT_EQ(r.assumptions[0].items[0].measuredRank, 1.5);
  EXPECT_EQ(r.assumptions[0].items[1].measuredRank, 1.5);
  EXPECT_NEAR(r.assumptions[0].rho, 0.97467943448089633, 1e-12);
  EXPECT_FALSE(r.assumptions[0].fewItems);
}

TEST(Analyzer, EqualMeansGiveAGapOfExactlyZero) {
  // Importance {5,4,5,4,5,5,5,4,4,4} and satisfaction {5,5,5,5,5,4,4,4,4,4}
  // both average 4.5: the gap is 0, not −8.9e-16, and Y's gap of 0 ties
  // with it, so the ranking keeps the table's order.
  Analyzer analyzer(layoutOf({"X", "Y"}));
  const std::vector<double> imp = {5, 4, 5, 4, 5, 5, 5, 4, 4, 4},
                            sat = {5, 5, 5, 5, 5, 4, 4, 4, 4, 4};
  feed(analyzer,
       columns("G", {imp, std::vector<double>(10, 3)}, {sat, std::vector<double>(10, 3)}));
  const Results r = analyzer.finish({});
  EXPECT_EQ(r.cell(1, 0).gap, 0.0);
  EXPECT_FALSE(std::signbit(r.cell(1, 0).gap));
  EXPECT_EQ(r.priorities[1].attributes, (std::vector<std::size_t>{0, 1}));
}

TEST(Analyzer, MeanIntervalsStayOnTheScale) {
  // The audit's case: two answers, 1 and 5, on a 1–5 item: [−9.7, 15.7] → [1, 5].
  AnalysisOptions options;
  options.minN = 1;
  Analyzer analyzer(layoutOf({"X"}), options);
  feed(analyzer, columns("G", {{1, 5}}, {{2, 4}}));
  const Results r = analyzer.finish({});
  EXPECT_EQ(r.cell(1, 0).importance.estimate.ciLow, 1.0);
  EXPECT_EQ(r.cell(1, 0).importance.estimate.ciHigh, 5.0);
  // Satisfaction 2 and 4: 3 ± 12.706·1.414/1.414 → [1, 5] too.
  EXPECT_EQ(r.cell(1, 0).satisfaction.estimate.ciLow, 1.0);
}

TEST(Analyzer, TopBoxIsTheShareInTheTopTwoPointsWithWilson) {
  // Satisfaction {5, 4, 3, 2, 1, 5, 4, 4}: 5 of 8 at 4 or 5 → 0.625.
  // Wilson, z = 1.959963984540054, n = 8, p = 0.625 (by the score formula in
  // mpmath): [0.30574239460262732, 0.86315571417640263].
  Analyzer analyzer(layoutOf({"X"}, false, true));
  feed(analyzer, columns("G", {}, {{5, 4, 3, 2, 1, 5, 4, 4}}));
  const Results r = analyzer.finish({});
  const ProportionEstimate& t = r.cell(1, 0).satisfaction.topBox;
  EXPECT_EQ(t.k, 5u);
  EXPECT_EQ(t.share, 0.625);
  EXPECT_NEAR(t.ciLow, 0.30574239460262732, 1e-12);
  EXPECT_NEAR(t.ciHigh, 0.86315571417640263, 1e-12);
}

TEST(Analyzer, KeyDriversPerGroupReproduceTheMtcarsDominance) {
  // The mtcars model of key_drivers_test.cpp (cyl, disp, hp, gear → mpg) fed
  // as four satisfaction items and a numeric outcome, all in group G: the
  // shares are the LMG values computed there by hand over all orders.
  const double cars[32][5] = {
      {21, 6, 160, 110, 4},     {21, 6, 160, 110, 4},     {22.8, 4, 108, 93, 4},
      {21.4, 6, 258, 110, 3},   {18.7, 8, 360, 175, 3},   {18.1, 6, 225, 105, 3},
      {14.3, 8, 360, 245, 3},   {24.4, 4, 146.7, 62, 4},  {22.8, 4, 140.8, 95, 4},
      {19.2, 6, 167.6, 123, 4}, {17.8, 6, 167.6, 123, 4}, {16.4, 8, 275.8, 180, 3},
      {17.3, 8, 275.8, 180, 3}, {15.2, 8, 275.8, 180, 3}, {10.4, 8, 472, 205, 3},
      {10.4, 8, 460, 215, 3},   {14.7, 8, 440, 230, 3},   {32.4, 4, 78.7, 66, 4},
      {30.4, 4, 75.7, 52, 4},   {33.9, 4, 71.1, 65, 4},   {21.5, 4, 120.1, 97, 3},
      {15.5, 8, 318, 150, 3},   {15.2, 8, 304, 150, 3},   {13.3, 8, 350, 245, 3},
      {19.2, 8, 400, 175, 3},   {27.3, 4, 79, 66, 4},     {26, 4, 120.3, 91, 5},
      {30.4, 4, 95.1, 113, 5},  {15.8, 8, 351, 264, 5},   {19.7, 6, 145, 175, 5},
      {15, 8, 301, 335, 5},     {21.4, 4, 121, 109, 4},
  };
  SurveyLayout layout = layoutOf({"cyl", "disp", "hp", "gear"}, false, true);
  layout.outcome = OutcomeKind::Numeric;
  AnalysisOptions options;
  options.keyDriverResamples = 100;
  Analyzer analyzer(layout, options);
  for (const auto& c : cars) feed(analyzer, {{"G", {}, {c[1], c[2], c[3], c[4]}, c[0]}});
  feed(analyzer, {{"G", {}, {4, N, 100, 4}, 20}});  // not a complete case
  const Results r = analyzer.finish({});
  ASSERT_EQ(r.keyDriverModels.size(), 2u);
  const KeyDriverModel& model = r.keyDriverModels[1];
  EXPECT_EQ(model.estimate.n, 32u);
  EXPECT_EQ(model.estimate.method, DriverMethod::Dominance);
  EXPECT_EQ(model.estimate.resamples, 100u);
  EXPECT_NEAR(model.estimate.rSquared, 0.7791896389830558, 1e-12);
  ASSERT_EQ(r.keyDrivers.size(), 8u);
  const KeyDriver* g = &r.keyDrivers[4];
  const double lmg[4] = {0.247052033235208, 0.243499594795640, 0.210912899544274,
                         0.077725111407933};
  for (std::size_t j = 0; j < 4; ++j) {
    EXPECT_EQ(g[j].group, 1u);
    EXPECT_EQ(g[j].attribute, j);
    EXPECT_NEAR(g[j].share, lmg[j], 1e-12);
    EXPECT_NEAR(g[j].rescaled, lmg[j] / 0.7791896389830558 * 100.0, 1e-9);
    EXPECT_EQ(g[j].rank, static_cast<double>(j + 1));
    EXPECT_LE(g[j].shareLow, g[j].share);
    EXPECT_GE(g[j].shareHigh, g[j].share);
  }
  EXPECT_NEAR(g[0].r, -0.852161959426613, 1e-12);
  // All holds the same rows.
  EXPECT_NEAR(r.keyDrivers[0].share, lmg[0], 1e-12);
}

TEST(Analyzer, PrimaryVersusSupportingFamilyIsCorrectedTogether) {
  // Two attributes × two measures = 4 comparisons. Reports' importance
  // (p from Welch, df 10, t = −3/√0.1) and Care's are tiny; the satisfaction
  // comparisons are identical groups (p = 1). BH over the 4: the two small p
  // are multiplied by 4/2 = 2 (ranks 1 and 2 of 4), the two 1s stay 1.
  const std::vector<double> lowish = {1, 2, 1, 2, 1, 2}, highish = {5, 4, 5, 4, 5, 4};
  const std::vector<double> sat = {3, 4, 3, 4, 3, 4};
  Analyzer analyzer(layoutOf({"Reports", "Care"}));
  feed(analyzer, columns("Clients", {lowish, highish}, {sat, sat}, Role::Primary));
  feed(analyzer, columns("Funders", {highish, lowish}, {sat, sat}, Role::Supporting));
  const Results r = analyzer.finish({});
  EXPECT_EQ(r.comparisons, 4u);
  const GroupComparison& reports = r.primaryVsSupporting[0];
  EXPECT_NEAR(reports.satisfaction.p, 1.0, 1e-12);
  EXPECT_NEAR(reports.satisfaction.q, 1.0, 1e-12);
  EXPECT_NEAR(reports.importance.q, 2.0 * reports.importance.p, 1e-15);
  // t = 3/√0.1 = 9.486832980505138, df = 10: p = 2.5705896992293728e-6 (mpmath betainc).
  EXPECT_NEAR(reports.importance.p, 2.5705896992293728e-6, 1e-15);
  EXPECT_TRUE(reports.importance.significant());
}

TEST(Analyzer, AgreeingAssumptionsRaiseNoFinding) {
  AnalysisOptions options;
  options.assumptions = {{"Clients", "Speed", 5}, {"Clients", "Price", 4}, {"Clients", "Staff", 2},
                         {"Clients", "Parking", 3}};
  Analyzer analyzer(layoutOf({"Speed", "Price", "Staff", "Parking"}), options);
  const std::vector<double> five(5, 5), four(5, 4), three(5, 3), two(5, 2);
  feed(analyzer, columns("Clients", {five, four, two, three}, {three, three, three, three}));
  const Results r = analyzer.finish({});
  EXPECT_NEAR(r.assumptions[0].rho, 1.0, kTol);
  EXPECT_NEAR(r.assumptions[0].items[0].bias, 0.0, kTol);
  EXPECT_TRUE(r.focus.empty());
}

TEST(Analyzer, AssumptionsFallBackToDerivedImportance) {
  // No stated importance. Outcome y = {2,4,5,4,5}. X = y gives r = 1; Y = {1..5}
  // gives r = 0.7745966692414834; Z = 7 − y gives r = −1.
  // Predicted X 1, Y 2, Z 3: ranks X 3, Y 2, Z 1 against measured X 1, Y 2, Z 3 → ρ = −1.
  SurveyLayout layout = layoutOf({"X", "Y", "Z"}, false, true);
  layout.outcome = OutcomeKind::Numeric;
  AnalysisOptions options;
  options.assumptions = {{"G", "X", 1}, {"G", "Y", 2}, {"G", "Z", 3}};
  Analyzer analyzer(layout, options);
  const double y[] = {2, 4, 5, 4, 5};
  for (int i = 0; i < 5; ++i) feed(analyzer, {{"G", {}, {y[i], double(i + 1), 7 - y[i]}, y[i]}});
  const Results r = analyzer.finish({});
  const AssumptionCheck& check = r.assumptions[0];
  EXPECT_EQ(check.evidence, Evidence::Derived);
  EXPECT_NEAR(check.items[0].measured, 1.0, kTol);
  EXPECT_NEAR(check.items[1].measured, 0.7745966692414834, kTol);
  EXPECT_NEAR(check.items[2].measured, -1.0, kTol);
  EXPECT_TRUE(std::isnan(check.items[0].bias));
  EXPECT_NEAR(check.rho, -1.0, kTol);
  // Three items: ρ is shown but raises no finding, and the top 3 are the same three.
  EXPECT_TRUE(check.fewItems);
  EXPECT_TRUE(r.focus.empty());
}

TEST(Analyzer, AssumptionsForAnUnknownGroupAreListedWithoutEvidence) {
  AnalysisOptions options;
  options.assumptions = {{"Donors", "Speed", 5}};
  Analyzer analyzer(layoutOf({"Speed"}), options);
  feed(analyzer, columns("Clients", {{5, 5, 5, 5, 5}}, {{4, 4, 4, 4, 4}}));
  const Results r = analyzer.finish({});
  ASSERT_EQ(r.assumptions.size(), 1u);
  EXPECT_FALSE(r.assumptions[0].groupFound);
  EXPECT_EQ(r.assumptions[0].evidence, Evidence::None);
  EXPECT_TRUE(std::isnan(r.assumptions[0].rho));
  EXPECT_TRUE(r.focus.empty());
}

TEST(Analyzer, NpsPerGroupWithSuppression) {
  // G: the ten answers of stats_test's ScoreAndAdjustedWaldInterval:
  // score 20, CI [−30.325994435504162, 61.095225204734932]. H: three answers,
  // suppressed with its counts and distribution.
  SurveyLayout layout = layoutOf({});
  layout.hasNps = true;
  Analyzer analyzer(layout);
  for (double a : {10, 10, 9, 9, 9, 8, 7, 6, 3, 0}) feed(analyzer, {{"G", {}, {}, N, a}});
  for (double a : {10, 9, 2}) feed(analyzer, {{"H", {}, {}, N, a}});
  const Results r = analyzer.finish({});
  ASSERT_EQ(r.nps.size(), 3u);
  const NpsResult& g = r.nps[1];
  EXPECT_EQ(g.estimate.score, 20.0);
  EXPECT_NEAR(g.estimate.ciLow, -30.325994435504162, 1e-11);
  EXPECT_EQ(g.distribution[9], 3u);
  const NpsResult& h = r.nps[2];
  EXPECT_TRUE(h.suppressed);
  EXPECT_EQ(h.estimate.n, 3u);
  EXPECT_EQ(h.estimate.promoters, 0u);  // withheld: 2 promoters of 3 would reveal the score
  EXPECT_EQ(h.distribution, (std::array<std::uint64_t, 11>{}));
  EXPECT_TRUE(std::isnan(h.estimate.score));
  // All: 13 answers, 7 promoters (10,10,9,9,9,10,9), 4 detractors (6,3,0,2):
  // score = 100 · (7 − 4)/13 = 23.076923076923077.
  EXPECT_EQ(r.nps[0].estimate.n, 13u);
  EXPECT_NEAR(r.nps[0].estimate.score, 300.0 / 13.0, kTol);
}

TEST(Analyzer, KanoPerGroupAndAttribute) {
  SurveyLayout layout = layoutOf({});
  layout.kanoAttributes = {"Delivery"};
  Analyzer analyzer(layout);
  using K = KanoAnswer;
  // G: 3 × O (Like/Dislike), 2 × M (Expect/Dislike), 1 × A (Like/Neutral), 1 unanswered.
  std::vector<Row> rows;
  for (int i = 0; i < 3; ++i) rows.push_back({"G", {}, {}, N, N, Role::Unknown, {K::Like}, {K::Dislike}});
  for (int i = 0; i < 2; ++i) rows.push_back({"G", {}, {}, N, N, Role::Unknown, {K::Expect}, {K::Dislike}});
  rows.push_back({"G", {}, {}, N, N, Role::Unknown, {K::Like}, {K::Neutral}});
  rows.push_back({"G", {}, {}, N, N, Role::Unknown, {K::None}, {K::Dislike}});
  rows.push_back({"H", {}, {}, N, N, Role::Unknown, {K::Like}, {K::Like}});
  feed(analyzer, rows);
  const Results r = analyzer.finish({});
  ASSERT_EQ(r.kano.size(), 3u);
  const KanoSummary& g = r.kano[1].summary;
  EXPECT_EQ(g.total, 6u);
  EXPECT_EQ(g.counts[static_cast<std::size_t>(KanoCategory::OneDimensional)], 3u);
  // O 50%, M 33.3%: 16.7 points apart → O both ways. Better = 4/6, Worse = −5/6.
  EXPECT_EQ(g.category, KanoCategory::OneDimensional);
  EXPECT_EQ(g.categoryByRule, KanoCategory::OneDimensional);
  EXPECT_NEAR(g.better, 4.0 / 6.0, kTol);
  EXPECT_NEAR(g.worse, -5.0 / 6.0, kTol);
  EXPECT_TRUE(r.kano[2].suppressed);
  EXPECT_EQ(r.kano[2].summary.total, 1u);
  EXPECT_FALSE(r.kano[2].summary.category);
  EXPECT_EQ(r.kano[0].summary.total, 7u);  // All: G's six and H's Q
}

TEST(Analyzer, TreatsNanAndInfinityAsMissing) {
  SurveyLayout layout = layoutOf({"Speed"});
  layout.outcome = OutcomeKind::Numeric;
  layout.hasNps = true;
  Analyzer analyzer(layout);
  feed(analyzer, {{"G", {kInf}, {kMissing}, kInf, kInf},
                  {"G", {4}, {-kInf}, 1, 7.5},
                  {"G", {2}, {3}, kMissing, 10}});
  const Results r = analyzer.finish({});
  EXPECT_EQ(r.groups[1].n, 3u);
  EXPECT_EQ(r.cell(1, 0).importance.estimate.n, 2u);
  EXPECT_EQ(r.cell(1, 0).satisfaction.estimate.n, 1u);
  EXPECT_EQ(r.derivedImportance[1].n, 0u);
  EXPECT_EQ(r.nps[1].estimate.n, 1u);
}

TEST(Analyzer, ToleratesMissingPointersAndShortLayouts) {
  SurveyLayout layout;
  layout.attributes = {"Speed", "Price"};
  layout.hasSatisfaction = {true};  // shorter than the attribute list
  layout.kanoAttributes = {"Delivery"};
  Analyzer analyzer(layout);
  Response response;
  response.group = "G";
  const double satisfaction[] = {4, 5};
  response.satisfaction = satisfaction;
  analyzer.add(response);  // no importance, no Kano arrays
  const Results r = analyzer.finish({});
  EXPECT_EQ(r.cell(1, 0).satisfaction.estimate.n, 1u);
  EXPECT_FALSE(r.cell(1, 1).satisfaction.present);
  EXPECT_EQ(r.kano[1].summary.total, 0u);
}

TEST(Analyzer, CarriesTheInputSummary) {
  Analyzer analyzer(layoutOf({"Speed"}));
  InputSummary input;
  input.rows = 12;
  input.rowsUsed = 10;
  input.issueCount = 3;
  input.issues = {{14, "G", "text in a numeric column: \"n/a\""}};
  const Results r = analyzer.finish(input);
  EXPECT_EQ(r.input.rows, 12u);
  EXPECT_EQ(r.input.issues[0].column, "G");
  EXPECT_EQ(r.groups.size(), 1u);
  EXPECT_EQ(r.groups[0].n, 0u);
  EXPECT_TRUE(std::isnan(r.cell(0, 0).importance.estimate.mean));
  EXPECT_EQ(r.cell(0, 0).quadrant, Quadrant::None);
}

}  // namespace
}  // namespace cf::core
