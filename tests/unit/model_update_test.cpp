// The survey updating the customer model: respondents fed to the real
// Analyzer (with the model's assumed values as its predictions), then
// updateModel. Means, ranks and Spearman's rho are worked out by hand in the
// comments beside each test.
#include "model_update.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "analysis.h"
#include "focus_checks.h"
#include "model_io.h"

namespace cf::core {
namespace {

const std::vector<std::string> kAttributes = {
    "Same tutor every week", "Equivalency certificate", "Evening sessions",
    "Everyday materials",    "Progress reports",        "Lesson plans",
    "Treated as an adult"};

// Five learners. Per attribute the five importance answers, whose means are
// 22/5 = 4.4, 14/5 = 2.8, 21/5 = 4.2, 23/5 = 4.6, 11/5 = 2.2, 15/5 = 3.0 and
// 24/5 = 4.8; satisfaction is 3 throughout.
const std::vector<std::vector<double>> kLearnerImportance = {
    {4, 4, 5, 5, 4}, {3, 2, 3, 3, 3}, {4, 4, 4, 4, 5}, {5, 5, 4, 4, 5},
    {2, 2, 3, 2, 2}, {3, 3, 3, 3, 3}, {5, 5, 5, 4, 5}};

Model sampleModel() {
  Model m;
  CustomerGroup learners;
  learners.name = "Learners";
  learners.role = Role::Primary;
  // Predicted 5, 5, 4, 3, 2 for Same tutor, Certificate, Evening, Materials,
  // Reports.
  for (const auto& [text, importance] :
       std::vector<std::pair<std::string, int>>{{"Same tutor every week", 5},
                                                {"Equivalency certificate", 5},
                                                {"Evening sessions", 4},
                                                {"Everyday materials", 3},
                                                {"Progress reports", 2}}) {
    AssumedValue value;
    value.text = text;
    value.importance = importance;
    learners.assumedValues.push_back(value);
  }
  StatedValue typed;
  typed.text = "Being treated as an adult";
  typed.source = "Focus group";
  learners.statedValues.push_back(typed);
  m.customers.push_back(learners);
  CustomerGroup tutors;
  tutors.name = "Tutors";
  tutors.role = Role::Supporting;
  m.customers.push_back(tutors);
  return m;
}

Results analyse(const Model& model, const std::vector<std::string>& groups, std::size_t perGroup = 5,
                const std::map<std::string, std::string>& groupMap = {}) {
  SurveyLayout layout;
  layout.attributes = kAttributes;
  layout.hasImportance.assign(kAttributes.size(), true);
  layout.hasSatisfaction.assign(kAttributes.size(), true);
  layout.importanceScale.assign(kAttributes.size(), Scale{1, 5});
  layout.satisfactionScale.assign(kAttributes.size(), Scale{1, 5});
  AnalysisOptions options;
  options.assumptions = assumptionsOf(model, groupMap);
  Analyzer analyzer(layout, options);
  std::vector<double> importance(kAttributes.size()), satisfaction(kAttributes.size(), 3.0);
  std::size_t row = 2;
  for (const std::string& group : groups) {
    for (std::size_t r = 0; r < perGroup; ++r) {
      for (std::size_t a = 0; a < kAttributes.size(); ++a)
        importance[a] = kLearnerImportance[a][r % 5];
      Response response;
      response.row = row++;
      response.group = group;
      response.importance = importance.data();
      response.satisfaction = satisfaction.data();
      analyzer.add(response);
    }
  }
  InputSummary summary;
  summary.rows = summary.rowsUsed = row - 2;
  return analyzer.finish(summary);
}

ModelUpdateOptions options(std::string source = "Learner survey 2026.csv") {
  ModelUpdateOptions o;
  o.source = std::move(source);
  o.date = Date{2026, 10, 17};
  return o;
}

std::vector<std::string> texts(const std::vector<StatedValue>& values) {
  std::vector<std::string> out;
  for (const StatedValue& v : values) out.push_back(v.text);
  return out;
}

TEST(ModelUpdate, WritesTheTopFiveByStatedImportanceWithSourceDateAndRespondents) {
  const Model model = sampleModel();
  const Result<ModelUpdate> u = updateModel(model, analyse(model, {"Learners"}), options());
  ASSERT_TRUE(u.ok()) << u.error().message;
  const CustomerGroup& learners = u.value().model.customers[0];
  // The typed value first, then 4.8, 4.6, 4.4, 4.2, 3.0.
  EXPECT_EQ(texts(learners.statedValues),
            (std::vector<std::string>{"Being treated as an adult", "Treated as an adult",
                                      "Everyday materials", "Same tutor every week",
                                      "Evening sessions", "Lesson plans"}));
  const StatedValue& top = learners.statedValues[1];
  EXPECT_EQ(top.source, "Learner survey 2026.csv");
  EXPECT_EQ(top.date, (Date{2026, 10, 17}));
  EXPECT_EQ(top.respondents, 5);
  EXPECT_EQ(top.measure, "importance");
  EXPECT_NEAR(*top.score, 4.8, 1e-12);
  EXPECT_EQ(u.value().valuesWritten, 5u);
  EXPECT_EQ(u.value().updated, (std::vector<std::string>{"Learners"}));
}

TEST(ModelUpdate, RerunReplacesItsOwnValuesAndKeepsTypedAndOtherSources) {
  Model model = sampleModel();
  StatedValue older;  // written by an earlier update from another survey
  older.text = "Evening sessions";
  older.source = "Learner survey 2025.csv";
  older.measure = "importance";
  older.score = 4.0;
  model.customers[0].statedValues.push_back(older);

  const Results results = analyse(model, {"Learners"});
  const Model once = updateModel(model, results, options()).value().model;
  const Model twice = updateModel(once, results, options()).value().model;
  EXPECT_EQ(once, twice);
  const std::vector<StatedValue>& values = twice.customers[0].statedValues;
  ASSERT_EQ(values.size(), 7u);  // typed + 2025 + five from 2026
  EXPECT_EQ(values[0].text, "Being treated as an adult");
  EXPECT_TRUE(values[0].measure.empty());
  EXPECT_EQ(values[1].source, "Learner survey 2025.csv");
}

TEST(ModelUpdate, StoresEvidenceAndWriterRaisesCF008WithoutCalc) {
  const Model model = sampleModel();
  const Model updated = updateModel(model, analyse(model, {"Learners"}), options()).value().model;
  const CustomerGroup& learners = updated.customers[0];
  ASSERT_TRUE(learners.evidence.has_value());
  const GroupEvidence& e = *learners.evidence;
  EXPECT_EQ(e.basis, "stated");
  EXPECT_EQ(e.source, "Learner survey 2026.csv");
  ASSERT_EQ(e.items.size(), 5u);
  // Predicted ranks (5, 5, 4, 3, 2): 1.5, 1.5, 3, 4, 5. Measured (4.4, 2.8,
  // 4.2, 4.6, 2.2): 2, 4, 3, 1, 5. Deviations from 3: (−1.5, −1.5, 0, 1, 2) and
  // (−1, 1, 0, −2, 2); products sum to 2, squares to 9.5 and 10, so
  // rho = 2 / √95 = 0.2052.
  EXPECT_NEAR(*e.rho, 2.0 / std::sqrt(95.0), 1e-12);
  EXPECT_EQ(e.items[1].attribute, "Equivalency certificate");
  EXPECT_DOUBLE_EQ(e.items[1].predictedRank, 1.5);
  EXPECT_DOUBLE_EQ(e.items[1].measuredRank, 4.0);
  EXPECT_NEAR(e.items[1].measured, 2.8, 1e-12);

  const std::vector<Finding> findings = checkFocus(updated, "2026-11-01");
  const auto cf008 = std::find_if(findings.begin(), findings.end(),
                                  [](const Finding& f) { return f.id == "CF008"; });
  ASSERT_NE(cf008, findings.end());
  EXPECT_EQ(cf008->customerIndex, 0u);
  EXPECT_NE(cf008->message.find("Equivalency certificate"), std::string::npos) << cf008->message;
  EXPECT_NE(cf008->message.find("0.21"), std::string::npos) << cf008->message;
  // The same model before the update has no evidence and no CF008.
  for (const Finding& f : checkFocus(model, "2026-11-01")) EXPECT_NE(f.id, "CF008");
}

TEST(ModelUpdate, EvidenceAndSurveyValuesSurviveJson) {
  const Model model = sampleModel();
  const Model updated = updateModel(model, analyse(model, {"Learners"}), options()).value().model;
  const Result<Model> back = parseModel(serializeModel(updated));
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back.value(), updated);
}

// The comments' side of the results, by hand: per attribute and group, whether
// the group is suppressed and the quote the voices analysis would show.
struct Mention {
  std::string attribute;
  std::string group;
  bool suppressed = false;
  std::optional<VoiceQuote> quote;
};

VoicesResult voicesOf(const std::vector<Mention>& mentions) {
  VoicesResult voices;
  for (const Mention& m : mentions) {
    auto it = std::find_if(voices.attributes.begin(), voices.attributes.end(),
                           [&](const AttributeMentions& a) { return a.attribute == m.attribute; });
    if (it == voices.attributes.end()) {
      voices.attributes.push_back({m.attribute, {}, {}, {}});
      it = std::prev(voices.attributes.end());
    }
    AttributeMentionStats stats;
    stats.group = m.group;
    stats.commenters = m.suppressed ? 2 : 5;
    stats.suppressed = m.suppressed;
    stats.count = m.quote ? 1 : 0;
    stats.quote = m.quote;
    it->byGroup.push_back(std::move(stats));
  }
  return voices;
}

const StatedValue& valueNamed(const CustomerGroup& group, const std::string& text) {
  const auto it =
      std::find_if(group.statedValues.begin(), group.statedValues.end(),
                   [&](const StatedValue& v) { return !v.measure.empty() && v.text == text; });
  EXPECT_NE(it, group.statedValues.end()) << text;
  return it == group.statedValues.end() ? group.statedValues.front() : *it;
}

TEST(ModelUpdate, StatedValuesCarryTheGroupsQuoteWithItsRow) {
  const Model model = sampleModel();
  Results results = analyse(model, {"Learners"});
  results.voices = voicesOf({
      // All's quote is no group's: Same tutor gets none.
      {"Same tutor every week", "All", false, VoiceQuote{"All", 3, "Same face each week."}},
      {"Treated as an adult", "All", false, VoiceQuote{"All", 4, "Nobody talks down to me."}},
      {"Treated as an adult", "Learners", false,
       VoiceQuote{"Learners", 4, "Nobody talks down to me."}},
      // Too few commenters: a quote that slipped through is still not written.
      {"Everyday materials", "Learners", true, VoiceQuote{"Learners", 5, "Bus timetables!"}},
      // Not among the top five values: nowhere to write it.
      {"Progress reports", "Learners", false, VoiceQuote{"Learners", 6, "I see how far I got."}},
      {"Evening sessions", "Learners", false, std::nullopt},
  });
  const Model updated = updateModel(model, results, options()).value().model;
  const CustomerGroup& learners = updated.customers[0];
  ASSERT_EQ(learners.statedValues.size(), 6u);
  const StatedValue& adult = valueNamed(learners, "Treated as an adult");
  EXPECT_EQ(adult.quote, "Nobody talks down to me.");
  EXPECT_EQ(adult.quoteRow, 4u);
  for (const char* none : {"Same tutor every week", "Everyday materials", "Evening sessions",
                           "Lesson plans"}) {
    EXPECT_EQ(valueNamed(learners, none).quote, "") << none;
    EXPECT_EQ(valueNamed(learners, none).quoteRow, 0u) << none;
  }
  EXPECT_EQ(learners.statedValues[0].quote, "");  // the typed value is left alone

  const Result<Model> back = parseModel(serializeModel(updated));
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back.value(), updated);
}

TEST(ModelUpdate, NoQuoteWithoutVoicesOrForASuppressedGroup) {
  const Model model = sampleModel();
  Results results = analyse(model, {"Learners"});
  ASSERT_FALSE(results.voices.has_value());  // no comment column in the survey
  const Model plain = updateModel(model, results, options()).value().model;
  for (const StatedValue& v : plain.customers[0].statedValues) {
    EXPECT_EQ(v.quote, "") << v.text;
    EXPECT_EQ(v.quoteRow, 0u) << v.text;
  }
  results.voices = voicesOf(
      {{"Treated as an adult", "Learners", true, VoiceQuote{"Learners", 4, "Nobody talks down."}}});
  const Model updated = updateModel(model, results, options()).value().model;
  EXPECT_EQ(valueNamed(updated.customers[0], "Treated as an adult").quote, "");
  EXPECT_EQ(valueNamed(updated.customers[0], "Treated as an adult").quoteRow, 0u);
}

TEST(ModelUpdate, MapsTheSurveyGroupsQuoteToTheModelGroup) {
  const Model model = sampleModel();
  const std::map<std::string, std::string> map = {{"Adult learners", "learners"}};
  ModelUpdateOptions o = options();
  o.groupMap = map;
  Results results = analyse(model, {"Adult learners"}, 5, map);
  results.voices = voicesOf({{"Treated as an adult", "Adult learners", false,
                              VoiceQuote{"Adult learners", 9, "Like a grown-up."}}});
  const Model updated = updateModel(model, results, o).value().model;
  EXPECT_EQ(valueNamed(updated.customers[0], "Treated as an adult").quote, "Like a grown-up.");
  EXPECT_EQ(valueNamed(updated.customers[0], "Treated as an adult").quoteRow, 9u);
}

TEST(ModelUpdate, RerunReplacesTheQuote) {
  const Model model = sampleModel();
  Results results = analyse(model, {"Learners"});
  results.voices = voicesOf({{"Treated as an adult", "Learners", false,
                              VoiceQuote{"Learners", 4, "Nobody talks down to me."}}});
  const Model once = updateModel(model, results, options()).value().model;

  results.voices = voicesOf({{"Treated as an adult", "Learners", false,
                              VoiceQuote{"Learners", 6, "They ask what I think."}}});
  const Model twice = updateModel(once, results, options()).value().model;
  ASSERT_EQ(twice.customers[0].statedValues.size(), 6u);
  EXPECT_EQ(valueNamed(twice.customers[0], "Treated as an adult").quote, "They ask what I think.");
  EXPECT_EQ(valueNamed(twice.customers[0], "Treated as an adult").quoteRow, 6u);

  results.voices.reset();  // the same source without its comments: the quote goes with the value
  const Model thrice = updateModel(twice, results, options()).value().model;
  ASSERT_EQ(thrice.customers[0].statedValues.size(), 6u);
  EXPECT_EQ(valueNamed(thrice.customers[0], "Treated as an adult").quote, "");
  EXPECT_EQ(valueNamed(thrice.customers[0], "Treated as an adult").quoteRow, 0u);
  EXPECT_EQ(thrice, updateModel(model, results, options()).value().model);
}

TEST(ModelUpdate, ListsUnmatchedGroupsOrAddsThemWithTheirRole) {
  const Model model = sampleModel();
  const Results results = analyse(model, {"Learners", "Funders"});
  const ModelUpdate listed = updateModel(model, results, options()).value();
  ASSERT_EQ(listed.unmatched.size(), 1u);
  EXPECT_EQ(listed.unmatched[0].name, "Funders");
  EXPECT_EQ(listed.unmatched[0].n, 5u);
  EXPECT_EQ(listed.model.customers.size(), 2u);

  ModelUpdateOptions add = options();
  add.addUnmatched = true;
  const ModelUpdate added = updateModel(model, results, add).value();
  ASSERT_EQ(added.model.customers.size(), 3u);
  EXPECT_EQ(added.model.customers[2].name, "Funders");
  EXPECT_EQ(added.model.customers[2].role, Role::Supporting);
  EXPECT_EQ(added.model.customers[2].statedValues.size(), 5u);
}

TEST(ModelUpdate, MapsSurveyGroupsToModelGroupsByName) {
  const Model model = sampleModel();
  const std::map<std::string, std::string> map = {{"Adult learners", "learners"}};
  ModelUpdateOptions o = options();
  o.groupMap = map;
  const ModelUpdate u = updateModel(model, analyse(model, {"Adult learners"}, 5, map), o).value();
  EXPECT_TRUE(u.unmatched.empty());
  EXPECT_EQ(u.model.customers[0].statedValues.size(), 6u);
  EXPECT_TRUE(u.model.customers[0].evidence.has_value());
}

TEST(ModelUpdate, WritesNothingBelowTheMinimumN) {
  const Model model = sampleModel();
  // Three learners: every cell is suppressed (minimum n 5).
  const ModelUpdate u = updateModel(model, analyse(model, {"Learners"}, 3), options()).value();
  EXPECT_EQ(u.valuesWritten, 0u);
  EXPECT_EQ(u.model.customers[0].statedValues.size(), 1u);
}

TEST(ModelUpdate, SaysWhenNothingMatches) {
  const Model model = sampleModel();
  const Result<ModelUpdate> none = updateModel(model, analyse(model, {"Passengers"}), options());
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, "update.no-match");
  EXPECT_NE(none.error().message.find("Passengers"), std::string::npos);

  const Result<ModelUpdate> noGroups = updateModel(model, analyse(model, {""}), options());
  ASSERT_FALSE(noGroups.ok());
  EXPECT_EQ(noGroups.error().code, "update.no-groups");
}

// Without importance questions, the values are ranked by key-driver share.
// Overall = 2·A + B exactly, with A and B uncorrelated over the design below
// and C unrelated to both: R² = 1, and the shares are A 0.8, B 0.2, C 0 (by
// the dominance analysis, which splits R² by each item's own variance here:
// var(2A) = 4·var(B)).
TEST(ModelUpdate, WithoutImportanceRanksByKeyDriverShareInPerCent) {
  SurveyLayout layout;
  layout.attributes = {"A", "B", "C"};
  layout.hasImportance.assign(3, false);
  layout.hasSatisfaction.assign(3, true);
  layout.importanceScale.assign(3, Scale{1, 5});
  layout.satisfactionScale.assign(3, Scale{1, 5});
  layout.outcome = OutcomeKind::Numeric;
  layout.outcomeName = "Overall";
  layout.outcomeScale = Scale{1, 20};
  AnalysisOptions analysisOptions;
  analysisOptions.keyDriverResamples = 0;
  Analyzer analyzer(layout, analysisOptions);
  std::size_t row = 2;
  for (double a : {1.0, 5.0})
    for (double b : {1.0, 5.0})
      for (double c : {2.0, 4.0}) {
        // c varies within each (a, b) pair, so it is uncorrelated with both.
        const double sat[3] = {a, b, c};
        Response response;
        response.row = row++;
        response.group = "Learners";
        response.satisfaction = sat;
        response.outcome = 2 * a + b;
        analyzer.add(response);
      }
  InputSummary summary;
  summary.rows = summary.rowsUsed = row - 2;
  const Results results = analyzer.finish(summary);
  const Model updated = updateModel(sampleModel(), results, options()).value().model;
  const std::vector<StatedValue>& values = updated.customers[0].statedValues;
  ASSERT_EQ(values.size(), 4u);  // the typed one, then A, B, C
  EXPECT_EQ(values[1].text, "A");
  EXPECT_EQ(values[1].measure, "keyDriver");
  EXPECT_NEAR(*values[1].score, 80.0, 1e-9);
  EXPECT_EQ(values[2].text, "B");
  EXPECT_NEAR(*values[2].score, 20.0, 1e-9);
  EXPECT_EQ(values[3].text, "C");
  EXPECT_NEAR(*values[3].score, 0.0, 1e-9);
  EXPECT_EQ(*values[1].respondents, 8);
}

}  // namespace
}  // namespace cf::core
