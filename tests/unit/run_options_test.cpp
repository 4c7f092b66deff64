#include "run_options.h"

#include "analysis.h"
#include "csv_grid.h"
#include "feedback_table.h"
#include "mapping_edit.h"
#include "mapping_io.h"
#include "results_io.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace cf::core;

TEST(RunOptions, NotApplicableCodesTakeEverySeparatorPeopleType) {
  const NotApplicableCodes codes = parseNotApplicableCodes(" 0; 99,-1  7.5\t8;0");
  EXPECT_EQ(codes.numbers, (std::vector<double>{0, 99, -1, 7.5, 8}));
  EXPECT_TRUE(codes.texts.empty());
  EXPECT_TRUE(parseNotApplicableCodes("").numbers.empty());
  EXPECT_TRUE(parseNotApplicableCodes(" ;; ").numbers.empty());
  EXPECT_TRUE(parseNotApplicableCodes(" ;; ").texts.empty());
}

TEST(RunOptions, WordsAreTextCodesWholeBetweenSemicolons) {
  const NotApplicableCodes codes =
      parseNotApplicableCodes("0; Don't know ;N/A; n/a; weiß nicht, 99");
  EXPECT_EQ(codes.numbers, (std::vector<double>{0}));
  // "weiß nicht, 99" is not a list of numbers, so it stays one code, as typed.
  EXPECT_EQ(codes.texts, (std::vector<std::string>{"Don't know", "N/A", "weiß nicht, 99"}));
}

namespace {

Mapping withGroupColumn() {
  Mapping m;
  ColumnSpec group;
  group.index = 1;
  group.header = "Customer Type";
  group.kind = ColumnKind::Group;
  m.columns.push_back(group);
  return m;
}

}  // namespace

TEST(RunOptions, PrimaryMakesEveryOtherGroupSupporting) {
  Mapping m = withGroupColumn();
  const auto r = applyGroupRoles(m, " loyal customer", {}, {"Loyal Customer", "disloyal Customer"});
  ASSERT_TRUE(r.ok());
  const std::map<std::string, Role> expected = {{"Loyal Customer", Role::Primary},
                                                {"disloyal Customer", Role::Supporting}};
  EXPECT_EQ(m.groupRoles, expected);
}

TEST(RunOptions, NamedSupportingLeavesTheOthersAsTheTableSays) {
  Mapping m = withGroupColumn();
  m.groupRoles = {{"Parents", Role::Primary}};
  ASSERT_TRUE(
      applyGroupRoles(m, "Students", {"Tutors"}, {"Students", "Parents", "Tutors", "Other"}).ok());
  // The one primary the mapping had gives way to the one named.
  const std::map<std::string, Role> expected = {
      {"Students", Role::Primary}, {"Parents", Role::Supporting}, {"Tutors", Role::Supporting}};
  EXPECT_EQ(m.groupRoles, expected);
}

TEST(RunOptions, AnUnknownGroupIsAnErrorListingTheGroupsFound) {
  Mapping m = withGroupColumn();
  const auto r = applyGroupRoles(m, "Loyal", {}, {"Loyal Customer", "disloyal Customer"});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "roles.unknown-group");
  EXPECT_EQ(r.error().where, "Loyal");
  EXPECT_EQ(r.error().message, "Loyal Customer; disloyal Customer");
  EXPECT_TRUE(m.groupRoles.empty());
}

TEST(RunOptions, RolesNeedAGroupColumn) {
  Mapping m;
  const auto r = applyGroupRoles(m, "Students", {}, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "roles.no-group-column");
}

TEST(RunOptions, PrimaryCannotAlsoBeSupporting) {
  Mapping m = withGroupColumn();
  const auto r = applyGroupRoles(m, "A", {"a"}, {"A", "B"});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "roles.primary-supporting");
}

TEST(RunOptions, NothingNamedChangesNothing) {
  Mapping m = withGroupColumn();
  m.groupRoles = {{"A", Role::Primary}};
  const auto r = applyGroupRoles(m, "", {}, {"A", "B"});
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.value());
  EXPECT_EQ(m.groupRoles.size(), 1u);
}

// The main job's promise: the airline sample with nothing but `--na 0
// --primary "Loyal Customer"` gives what its hand-written mapping gives.
TEST(RunOptions, AirlineSampleWithNaAndPrimaryEqualsTheHandWrittenMapping) {
  const std::string csv = CF_TEST_DATA_DIR "/airline-passenger-satisfaction.csv";
  const Grid grid = cf::test::loadCsvGrid(csv);
  std::ifstream in(CF_TEST_DATA_DIR "/airline-mapping.json", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  const auto saved = parseMapping(text.str());
  ASSERT_TRUE(saved.ok());

  auto analyse = [&](const Mapping& m) {
    TableReader reader(m);
    AnalysisOptions options;
    options.groupRoles = m.groupRoles;
    options.minN = m.minN;
    options.crosshair = m.crosshair;
    Analyzer analyzer(reader.layout(), options);
    reader.readTable(grid, analyzer);
    return serializeResults(analyzer.finish(reader.summary()));
  };

  const auto bound = bindMapping(saved.value(), grid);
  ASSERT_TRUE(bound.ok());
  DetectOptions detect;
  detect.notApplicable = parseNotApplicableCodes("0").numbers;
  auto detected = detectMapping(grid, detect);
  ASSERT_TRUE(detected.ok());
  Mapping m = detected.value();
  m.notApplicable = parseNotApplicableCodes("0").numbers;
  ASSERT_TRUE(applyGroupRoles(m, "Loyal Customer", {}, groupNamesInTable(m, grid)).ok());
  EXPECT_EQ(analyse(m), analyse(bound.value()));
}
