#include "focus_checks.h"
#include "model.h"
#include "model_io.h"

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace cf::core {
namespace {

constexpr std::string_view kToday = "2026-11-23";

// A group with nothing for the checks to object to.
CustomerGroup completeGroup(std::string name, Role role) {
  CustomerGroup g;
  g.name = std::move(name);
  g.role = role;
  if (role == Role::Primary)
    g.lifeChanged = "They can read to their children.";
  else
    g.whySatisfy = "Without them there is no programme.";
  g.assumedValues.push_back({"Weekly sessions", 4, {}});
  StatedValue stated;
  stated.text = "Being treated as adults";
  stated.source = "Focus group";
  stated.date = Date{2026, 11, 7};
  stated.respondents = 9;
  g.statedValues.push_back(stated);
  g.listening.push_back({"Focus group", "Maria", Date{2027, 2, 13}, Date{2026, 11, 7}, {}});
  return g;
}

Model healthyModel() {
  Model m;
  m.organisation.name = "Riverside Reading Partners";
  m.customers.push_back(completeGroup("Adult learners", Role::Primary));
  m.customers.push_back(completeGroup("Volunteer tutors", Role::Supporting));
  m.customers.push_back(completeGroup("Funders", Role::Supporting));
  return m;
}

std::vector<std::string> ids(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.id);
  return out;
}

const Finding* findId(const std::vector<Finding>& findings, std::string_view id) {
  for (const Finding& f : findings)
    if (f.id == id) return &f;
  return nullptr;
}

bool mentions(const Finding& f, std::string_view text) {
  return f.message.find(text) != std::string::npos;
}

// ---- CF001–CF007 --------------------------------------------------------------

TEST(FocusChecks, HealthyModelHasNoFindings) {
  EXPECT_TRUE(checkFocus(healthyModel(), kToday).empty());
}

TEST(FocusChecks, Cf001FiresWhenNoGroupIsPrimary) {
  Model m = healthyModel();
  m.customers[0].role = Role::Supporting;
  m.customers[0].whySatisfy = "They are why we exist.";
  const auto findings = checkFocus(m, kToday);
  ASSERT_EQ(ids(findings), std::vector<std::string>{"CF001"});
  EXPECT_EQ(findings[0].severity, Severity::Error);
  EXPECT_FALSE(findings[0].customerIndex.has_value());
  EXPECT_TRUE(mentions(findings[0], "primary customer"));
}

TEST(FocusChecks, Cf001FiresForAModelWithNoGroups) {
  const auto findings = checkFocus(Model{}, kToday);
  ASSERT_EQ(ids(findings), std::vector<std::string>{"CF001"});
  EXPECT_EQ(findings[0].severity, Severity::Error);
}

TEST(FocusChecks, Cf001DoesNotFireWithOnePrimary) {
  const auto findings = checkFocus(healthyModel(), kToday);
  EXPECT_EQ(findId(findings, "CF001"), nullptr);
}

TEST(FocusChecks, Cf002FiresForTwoPrimariesAndNamesBoth) {
  Model m = healthyModel();
  m.customers[2].role = Role::Primary;
  m.customers[2].lifeChanged = "Their giving does good.";
  const auto findings = checkFocus(m, kToday);
  ASSERT_EQ(ids(findings), std::vector<std::string>{"CF002"});
  const Finding& f = findings[0];
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_EQ(f.message,
            "\"Adult learners\" and \"Funders\" are both marked as the primary customer, but "
            "effective organisations keep to one focus, so choose one and make the others "
            "supporting customers.");
  EXPECT_EQ(f.customerIndex, 2u);
  EXPECT_EQ(f.group, "Funders");
}

TEST(FocusChecks, Cf002NamesEveryPrimary) {
  Model m = healthyModel();
  for (CustomerGroup& g : m.customers) {
    g.role = Role::Primary;
    g.lifeChanged = "Changed.";
  }
  const auto findings = checkFocus(m, kToday);
  const Finding* f = findId(findings, "CF002");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(
      mentions(*f, "\"Adult learners\", \"Volunteer tutors\" and \"Funders\" are all marked"));
  EXPECT_TRUE(mentions(*f, "keep to one focus"));
  EXPECT_EQ(f->customerIndex, 1u);
}

TEST(FocusChecks, Cf003FiresForPrimaryWithoutLifeChanged) {
  Model m = healthyModel();
  m.customers[0].name = "Families";
  m.customers[0].lifeChanged = "  \n ";
  const auto findings = checkFocus(m, kToday);
  ASSERT_EQ(ids(findings), std::vector<std::string>{"CF003"});
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_EQ(
      findings[0].message,
      "\"Families\" is the primary customer, but how their life is changed is not written down.");
  EXPECT_EQ(findings[0].customerIndex, 0u);
  EXPECT_EQ(findings[0].group, "Families");
}

TEST(FocusChecks, Cf003IgnoresWhySatisfyOfThePrimary) {
  Model m = healthyModel();
  m.customers[0].whySatisfy.clear();
  EXPECT_TRUE(checkFocus(m, kToday).empty());
}

TEST(FocusChecks, Cf004FiresForSupportingWithoutWhySatisfy) {
  Model m = healthyModel();
  m.customers[1].whySatisfy.clear();
  m.customers[1].lifeChanged = "This is the wrong field for a supporting group.";
  const auto findings = checkFocus(m, kToday);
  ASSERT_EQ(ids(findings), std::vector<std::string>{"CF004"});
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_EQ(findings[0].message,
            "\"Volunteer tutors\" is a supporting customer, but why they must be satisfied is not "
            "written down.");
  EXPECT_EQ(findings[0].customerIndex, 1u);
}

TEST(FocusChecks, Cf005FiresWhenValuesAreOnlyAssumed) {
  Model m = healthyModel();
  m.customers[2].statedValues.clear();
  const auto findings = checkFocus(m, kToday);
  ASSERT_EQ(ids(findings), std::vector<std::string>{"CF005"});
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_EQ(findings[0].customerIndex, 2u);
  EXPECT_TRUE(mentions(findings[0], "\"Funders\""));
  EXPECT_TRUE(mentions(findings[0], "only assumed"));
}

TEST(FocusChecks, Cf005FiresWhenNoValueIsWrittenAtAll) {
  Model m = healthyModel();
  m.customers[1].assumedValues.clear();
  StatedValue blankText;
  blankText.text = " ";
  blankText.source = "Survey";
  m.customers[1].statedValues = {blankText};
  const auto findings = checkFocus(m, kToday);
  ASSERT_EQ(ids(findings), std::vector<std::string>{"CF005"});
  EXPECT_TRUE(mentions(findings[0], "\"Volunteer tutors\""));
}

TEST(FocusChecks, Cf005DoesNotFireWithAStatedValueOnly) {
  Model m = healthyModel();
  m.customers[1].assumedValues.clear();
  EXPECT_TRUE(checkFocus(m, kToday).empty());
}

TEST(FocusChecks, Cf006FiresWithoutListeningPlan) {
  Model m = healthyModel();
  m.customers[1].listening = {ListeningActivity{"  ", "Dev", std::nullopt, std::nullopt, {}}};
  const auto findings = checkFocus(m, kToday);
  ASSERT_EQ(ids(findings), std::vector<std::string>{"CF006"});
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_EQ(findings[0].customerIndex, 1u);
  EXPECT_EQ(findings[0].message,
            "\"Volunteer tutors\" has no listening activity planned, so nobody is set to ask them "
            "what they value.");
}

TEST(FocusChecks, Cf006DoesNotFireForAnActivityWithoutDate) {
  Model m = healthyModel();
  m.customers[1].listening = {
      ListeningActivity{"Ask at the door", "", std::nullopt, std::nullopt, {}}};
  EXPECT_TRUE(checkFocus(m, kToday).empty());
}

TEST(FocusChecks, Cf007FiresWhenNextDateHasPassed) {
  Model m = healthyModel();
  m.customers[2].listening[0] = {
      "Annual funder conversation", "Grace", Date{2026, 11, 22}, std::nullopt, {}};
  const auto findings = checkFocus(m, kToday);
  ASSERT_EQ(ids(findings), std::vector<std::string>{"CF007"});
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_EQ(findings[0].customerIndex, 2u);
  EXPECT_EQ(findings[0].message,
            "The listening activity \"Annual funder conversation\" with \"Funders\" was due on "
            "2026-11-22 and that date has passed; hold it or set a new date.");
}

TEST(FocusChecks, Cf007ComparesDatesNotText) {
  Model m = healthyModel();
  m.customers[0].listening[0].nextDate = Date{2026, 11, 23};  // today is not yet late
  EXPECT_TRUE(checkFocus(m, kToday).empty());
  m.customers[0].listening[0].nextDate = Date{2025, 12, 31};
  EXPECT_EQ(ids(checkFocus(m, kToday)), std::vector<std::string>{"CF007"});
  EXPECT_TRUE(checkFocus(m, "2025-12-31").empty());
  EXPECT_EQ(ids(checkFocus(m, "2026-01-01")), std::vector<std::string>{"CF007"});
}

TEST(FocusChecks, Cf007FiresOncePerLateActivity) {
  Model m = healthyModel();
  m.customers[0].listening.push_back({"", "Maria", Date{2026, 1, 1}, std::nullopt, {}});
  m.customers[0].listening.push_back({"Survey", "Maria", Date{2026, 2, 1}, std::nullopt, {}});
  m.customers[0].listening.push_back({"Calls", "Maria", std::nullopt, std::nullopt, {}});
  const auto findings = checkFocus(m, kToday);
  ASSERT_EQ(ids(findings), (std::vector<std::string>{"CF007", "CF007"}));
  EXPECT_TRUE(
      mentions(findings[0], "A listening activity with \"Adult learners\" was due on 2026-01-01"));
  EXPECT_TRUE(mentions(findings[1], "\"Survey\""));
}

TEST(FocusChecks, OrdersErrorsFirstThenByGroup) {
  Model m = healthyModel();
  m.customers[0].role = Role::Supporting;  // no primary: CF001, and CF004 for group 0
  m.customers[2].listening.clear();        // CF006 for group 2
  m.customers[1].statedValues.clear();     // CF005 for group 1
  m.customers[1].whySatisfy.clear();       // CF004 for group 1
  m.customers[1].listening[0].nextDate = Date{2020, 1, 1};  // CF007 for group 1
  const auto findings = checkFocus(m, kToday);
  EXPECT_EQ(ids(findings),
            (std::vector<std::string>{"CF001", "CF004", "CF004", "CF005", "CF007", "CF006"}));
  EXPECT_EQ(findings[1].customerIndex, 0u);
  EXPECT_EQ(findings[2].customerIndex, 1u);
  EXPECT_EQ(findings[5].customerIndex, 2u);
}

TEST(FocusChecks, NamesUnnamedGroupsByPosition) {
  Model m = healthyModel();
  m.customers[1].name = "";
  m.customers[1].whySatisfy = "";
  const auto findings = checkFocus(m, kToday);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(mentions(findings[0], "\"Unnamed group 2\""));
}

TEST(FocusChecks, SampleModelShowsItsGaps) {
  std::ifstream in(CF_TEST_DATA_DIR "/sample-model.json", std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  const Result<Model> r = parseModel(s.str());
  ASSERT_TRUE(r.ok());
  const auto findings = checkFocus(r.value(), kToday);
  ASSERT_EQ(ids(findings), (std::vector<std::string>{"CF006", "CF005", "CF007"}));
  EXPECT_EQ(findings[0].group, "County job centre");
  EXPECT_EQ(findings[1].group, "Funders");
  EXPECT_EQ(findings[2].group, "Funders");
  EXPECT_TRUE(mentions(findings[2], "2026-10-15"));
  // A year earlier nothing was late.
  EXPECT_EQ(ids(checkFocus(r.value(), "2025-11-23")), (std::vector<std::string>{"CF006", "CF005"}));
}

// ---- CF008 --------------------------------------------------------------------

using Scores = std::vector<std::pair<std::string, double>>;

const Scores kPredicted = {
    {"Tutoring", 5}, {"Certificate", 4.5}, {"Evening hours", 4}, {"Materials", 3}, {"Snacks", 1}};

TEST(AssumptionsAgreement, SilentWhenAssumptionsMatch) {
  const Scores measured = {{"Tutoring", 4.8},
                           {"Certificate", 4.1},
                           {"Evening hours", 4.4},
                           {"Materials", 3.0},
                           {"Snacks", 1.9}};
  EXPECT_FALSE(checkAssumptionsAgreement("Adult learners", kPredicted, measured, 0.9).has_value());
}

TEST(AssumptionsAgreement, FiresWhenRankCorrelationIsBelowHalf) {
  const Scores measured = {{"Tutoring", 4.8},
                           {"Certificate", 4.1},
                           {"Evening hours", 4.4},
                           {"Materials", 3.0},
                           {"Snacks", 1.9}};
  const auto f = checkAssumptionsAgreement("Adult learners", kPredicted, measured, 0.31);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->id, "CF008");
  EXPECT_EQ(f->severity, Severity::Info);
  EXPECT_EQ(f->group, "Adult learners");
  EXPECT_EQ(f->message,
            "For \"Adult learners\", what leaders assumed disagrees with what customers said: the "
            "rank correlation between them is 0.31, below 0.5.");
  EXPECT_FALSE(checkAssumptionsAgreement("Adult learners", kPredicted, measured, 0.5).has_value());
}

TEST(AssumptionsAgreement, FiresWhenAnAssumedTopThreeItemIsNotInTheMeasuredTopThree) {
  const Scores measured = {{"Tutoring", 4.8},
                           {"certificate ", 2.1},
                           {"Evening hours", 4.4},
                           {"Materials", 4.5},
                           {"Snacks", 1.9}};
  const auto f = checkAssumptionsAgreement("Adult learners", kPredicted, measured, 0.7);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->id, "CF008");
  EXPECT_TRUE(mentions(*f, "\"Adult learners\""));
  EXPECT_TRUE(
      mentions(*f, "\"Certificate\" is in the assumed top 3 but not in the customers' top 3"));
  EXPECT_FALSE(mentions(*f, "correlation"));
}

TEST(AssumptionsAgreement, GivesBothReasonsInOneSentence) {
  const Scores measured = {{"Tutoring", 1.0},
                           {"Certificate", 1.5},
                           {"Evening hours", 2.0},
                           {"Materials", 4.5},
                           {"Snacks", 4.9}};
  const auto f = checkAssumptionsAgreement("Adult learners", kPredicted, measured, -0.9);
  ASSERT_TRUE(f.has_value());
  EXPECT_TRUE(mentions(
      *f, "is -0.90, below 0.5, and \"Tutoring\" and \"Certificate\" are in the assumed top 3"));
}

TEST(AssumptionsAgreement, CountsTiesAtThirdPlaceAsTopThree) {
  // Customers tie Evening hours and Materials for third place: both are in their top 3.
  const Scores measured = {{"Tutoring", 4.8},
                           {"Certificate", 4.6},
                           {"Evening hours", 4.0},
                           {"Materials", 4.0},
                           {"Snacks", 1.0}};
  EXPECT_FALSE(checkAssumptionsAgreement("Adult learners", kPredicted, measured, 0.8).has_value());
  // Leaders rate four items 5: all four are in their top 3, so the one customers rank low is
  // flagged.
  const Scores predicted = {
      {"Tutoring", 5}, {"Certificate", 5}, {"Evening hours", 5}, {"Materials", 5}, {"Snacks", 1}};
  const Scores measured2 = {{"Tutoring", 4.8},
                            {"Certificate", 4.6},
                            {"Evening hours", 4.4},
                            {"Materials", 2.0},
                            {"Snacks", 1.0}};
  const auto f = checkAssumptionsAgreement("Adult learners", predicted, measured2, 0.8);
  ASSERT_TRUE(f.has_value());
  EXPECT_TRUE(mentions(*f, "\"Materials\" is in the assumed top 3"));
}

TEST(AssumptionsAgreement, IgnoresUnmeasuredItemsAndMissingRho) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const Scores predicted = {
      {"Parking", 5}, {"Tutoring", 4}, {"Certificate", 3}, {"Evening hours", 2}};
  const Scores measured = {
      {"Tutoring", 4.8}, {"Certificate", 4.6}, {"Evening hours", 4.4}, {"Materials", nan}};
  EXPECT_FALSE(checkAssumptionsAgreement("Adult learners", predicted, measured, nan).has_value());
}

}  // namespace
}  // namespace cf::core
