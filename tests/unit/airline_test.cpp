// The real airline sample (tests/data/airline-passenger-satisfaction.csv,
// 8,507 data rows) read by the TableReader and analysed, checked against
// figures computed another way: with awk, straight from the CSV. The file has
// CRLF line ends, hence the sub(/\r$/, "") in each command; 0 means "not
// applicable" and is left out, as the mapping says.
#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "analysis.h"
#include "csv_grid.h"
#include "feedback_table.h"
#include "mapping_io.h"
#include "results_io.h"
#include "table/pipeline.h"

namespace cf::core {
namespace {

const std::string kCsv = CF_TEST_DATA_DIR "/airline-passenger-satisfaction.csv";

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t indexOf(const std::vector<std::string>& names, const std::string& name) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return i;
  ADD_FAILURE() << "no " << name;
  return 0;
}

std::size_t groupIndex(const Results& r, const std::string& name) {
  for (std::size_t g = 0; g < r.groups.size(); ++g)
    if (r.groups[g].name == name) return g;
  ADD_FAILURE() << "no group " << name;
  return 0;
}

Results analyse(const Mapping& mapping, const Grid& grid) {
  PipelineInput input;
  input.saved = &mapping;
  Result<PipelineResult> run = runPipeline(grid, input);
  if (!run.ok()) {
    ADD_FAILURE() << run.error().code << ": " << run.error().message;
    return Results{};
  }
  return std::move(run).value().results;
}

// The table and its analysis with the saved mapping, loaded once for all tests.
struct Airline {
  Grid grid;
  std::optional<Results> results;
  std::string error;
};

const Airline& airline() {
  static const Airline loaded = [] {
    Airline a;
    a.grid = cf::test::loadCsvGrid(kCsv);
    Result<Mapping> mapping = parseMapping(readFile(CF_TEST_DATA_DIR "/airline-mapping.json"));
    if (mapping.ok()) a.results = analyse(mapping.value(), a.grid);
    else a.error = mapping.error().code + ": " + mapping.error().message;
    return a;
  }();
  return loaded;
}

TEST(Airline, ReadsEveryRowIntoTheTwoCustomerGroups) {
  ASSERT_TRUE(airline().results) << airline().error;
  const Results& r = *airline().results;
  // awk -F, 'NR>1' airline-passenger-satisfaction.csv | wc -l                          → 8507
  // cut -d, -f2 airline-passenger-satisfaction.csv | sort | uniq -c  → 6981 Loyal, 1526 disloyal
  EXPECT_EQ(r.input.rows, 8507u);
  ASSERT_EQ(r.groups.size(), 3u);
  EXPECT_EQ(r.groups[0].n, 8507u);
  EXPECT_EQ(r.groups[groupIndex(r, "Loyal Customer")].n, 6981u);
  EXPECT_EQ(r.groups[groupIndex(r, "Loyal Customer")].role, Role::Primary);
  EXPECT_EQ(r.groups[groupIndex(r, "disloyal Customer")].n, 1526u);
  EXPECT_EQ(r.groups[groupIndex(r, "disloyal Customer")].role, Role::Supporting);
  EXPECT_EQ(r.attributes.size(), 14u);
}

TEST(Airline, SatisfactionMeansPerGroupIgnoreNotApplicable) {
  ASSERT_TRUE(airline().results) << airline().error;
  const Results& r = *airline().results;
  const std::size_t wifi = indexOf(r.attributes, "Inflight wifi service");
  // awk -F, 'NR>1 {sub(/\r$/,"")} NR>1 && $2=="Loyal Customer" && $7!=0 {s+=$7; n++}
  //          END {printf "%.17g %d\n", s/n, n}' airline-passenger-satisfaction.csv
  //   → 2.8221338048924256 6786
  const MeanEstimate& loyal = r.cell(groupIndex(r, "Loyal Customer"), wifi).satisfaction.estimate;
  EXPECT_EQ(loyal.n, 6786u);
  EXPECT_NEAR(loyal.mean, 2.8221338048924256, 1e-12);
  // Same with $2=="disloyal Customer" → 2.7975460122699385 1467
  const MeanEstimate& disloyal = r.cell(groupIndex(r, "disloyal Customer"), wifi).satisfaction.estimate;
  EXPECT_EQ(disloyal.n, 1467u);
  EXPECT_NEAR(disloyal.mean, 2.7975460122699385, 1e-12);
  // awk -F, 'NR>1 {sub(/\r$/,"")} NR>1 && $7==0 {n++} END {print n}' → 254 not applicable;
  // 6786 + 1467 = 8253 = 8507 − 254 answers for All.
  EXPECT_EQ(r.cell(0, wifi).satisfaction.estimate.n, 8253u);
}

TEST(Airline, SeatComfortIntervalForLoyalCustomers) {
  ASSERT_TRUE(airline().results) << airline().error;
  const Results& r = *airline().results;
  const std::size_t seat = indexOf(r.attributes, "Seat comfort");
  // awk -F, 'NR>1 {sub(/\r$/,"")} NR>1 && $2=="Loyal Customer" && $13!=0 {s+=$13; ss+=$13*$13; n++}
  //   END {m=s/n; printf "%.17g %.17g %d\n", m, sqrt((ss-s*s/n)/(n-1)), n}' airline-passenger-satisfaction.csv
  //   → 3.5116045845272206 1.2870145166425349 6980
  // t(0.975, 6979) = 1.9603039581337135 (mpmath, see stats_test.cpp);
  // CI = mean ± t · sd/√6980 = [3.4814065170656080, 3.5418026519888332].
  const MeanEstimate& e = r.cell(groupIndex(r, "Loyal Customer"), seat).satisfaction.estimate;
  EXPECT_EQ(e.n, 6980u);
  EXPECT_NEAR(e.mean, 3.5116045845272206, 1e-12);
  EXPECT_NEAR(e.sd, 1.2870145166425349, 1e-12);
  EXPECT_NEAR(e.ciLow, 3.4814065170656080, 1e-12);
  EXPECT_NEAR(e.ciHigh, 3.5418026519888332, 1e-12);
}

TEST(Airline, DerivedImportanceOfOnlineBoardingIsPointBiserial) {
  ASSERT_TRUE(airline().results) << airline().error;
  const Results& r = *airline().results;
  const std::size_t boarding = indexOf(r.attributes, "Online boarding");
  // Pearson's r of "Online boarding" (column 12, 0 left out) with satisfied = 1:
  // awk -F, 'NR>1 {sub(/\r$/,"")} NR>1 && $12!=0 {x=$12; y=($23=="satisfied"); n++; sx+=x; sy+=y;
  //   sxx+=x*x; syy+=y*y; sxy+=x*y} END {printf "%.17g %d\n",
  //   (n*sxy-sx*sy)/sqrt((n*sxx-sx*sx)*(n*syy-sy*sy)), n}' airline-passenger-satisfaction.csv
  //   → 0.55257864847554283 8307
  const DerivedImportance* all = nullptr;
  for (const DerivedImportance& d : r.derivedImportance)
    if (d.group == 0 && d.attribute == boarding) all = &d;
  ASSERT_NE(all, nullptr);
  EXPECT_TRUE(all->pointBiserial);
  EXPECT_EQ(all->n, 8307u);
  EXPECT_NEAR(all->r, 0.55257864847554283, 1e-12);
}

// What `cfocus matrix airline.csv --na 0 --primary "Loyal Customer"` runs:
// no mapping, detection, and two overrides. The results must be those of the
// hand-written mapping, every number of them.
TEST(Airline, NaZeroAndPrimaryGiveTheHandWrittenMappingsResults) {
  ASSERT_TRUE(airline().results) << airline().error;
  PipelineInput input;
  input.overrides.notApplicable = std::vector<double>{0};
  input.overrides.primaryGroup = "Loyal Customer";
  const Result<PipelineResult> run = runPipeline(airline().grid, input);
  ASSERT_TRUE(run.ok()) << run.error().message;
  const Results& r = run.value().results;
  EXPECT_EQ(r.groups[groupIndex(r, "Loyal Customer")].role, Role::Primary);
  EXPECT_EQ(r.groups[groupIndex(r, "disloyal Customer")].role, Role::Supporting);
  EXPECT_EQ(serializeResults(r), serializeResults(*airline().results));
}

TEST(Airline, DetectedMappingGivesTheSameMeans) {
  DetectOptions options;
  options.notApplicable = {0};
  const Result<Mapping> detected = detectMapping(airline().grid, options);
  ASSERT_TRUE(detected.ok()) << detected.error().message;
  const Results r = analyse(detected.value(), airline().grid);
  const std::size_t wifi = indexOf(r.attributes, "Inflight wifi service");
  // As SatisfactionMeansPerGroupIgnoreNotApplicable: 2.8221338048924256 over 6786.
  const MeanEstimate& loyal = r.cell(groupIndex(r, "Loyal Customer"), wifi).satisfaction.estimate;
  EXPECT_EQ(loyal.n, 6786u);
  EXPECT_NEAR(loyal.mean, 2.8221338048924256, 1e-12);
}

}  // namespace
}  // namespace cf::core
