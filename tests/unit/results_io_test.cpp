// The results JSON against PRODUCT.md's "Results as JSON": field names,
// nesting, null for what is not computable, unrounded numbers.
#include "results_io.h"

#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "analysis.h"

using nlohmann::literals::operator""_json;

namespace cf::core {
namespace {

// Two respondents of one primary group, every kind of measure present:
// importance 4 and 4, satisfaction 2 and 2, satisfied 1 and 0, NPS 10 and 6,
// Kano Like/Dislike (O) twice.
Results tinyResults() {
  SurveyLayout layout;
  layout.attributes = {"Speed"};
  layout.hasImportance = {true};
  layout.hasSatisfaction = {true};
  layout.importanceScale = {Scale{1, 5}};
  layout.satisfactionScale = {Scale{1, 5}};
  layout.outcome = OutcomeKind::TwoLabel;
  layout.outcomeName = "satisfaction";
  layout.hasNps = true;
  layout.kanoAttributes = {"Delivery"};
  AnalysisOptions options;
  options.minN = 2;
  options.groupRoles = {{"Clients", Role::Primary}};
  Analyzer analyzer(layout, options);
  const double importance[] = {4}, satisfaction[] = {2};
  const KanoAnswer functional[] = {KanoAnswer::Like}, dysfunctional[] = {KanoAnswer::Dislike};
  for (double outcome : {1.0, 0.0}) {
    Response r;
    r.group = "Clients";
    r.importance = importance;
    r.satisfaction = satisfaction;
    r.outcome = outcome;
    r.nps = outcome == 1.0 ? 10 : 6;
    r.kanoFunctional = functional;
    r.kanoDysfunctional = dysfunctional;
    analyzer.add(r);
  }
  InputSummary input;
  input.rows = 3;
  input.rowsUsed = 2;
  input.issueCount = 1;
  input.issues = {{4, "C", "blank"}};
  return analyzer.finish(input);
}

TEST(ResultsJson, WholeDocumentOfATinyTable) {
  // By hand: both measures are constant, so sd 0 and the intervals are points;
  // gap 4 − 2 = 2; the crosshair is the only point (4, 2), which the (point)
  // intervals contain → "uncertain". Satisfaction is constant, so r is null.
  // NPS: 1 promoter, 1 detractor, score 0; adjusted-Wald n' = 5, p' = d' = 0.35,
  // variance 0.7/5, half width 100·1.959963984540054·√0.14 = 73.335137205651801.
  // Top box: importance 4 and 4 are both in the top two points (2 of 2),
  // satisfaction 2 and 2 neither (0 of 2); Wilson at k = n is
  // [1/(1 + z²/2), 1] = [0.34238022750665309, 1], at k = 0 [0, 0.65761977249334691].
  // Key drivers: 2 complete cases for one item need 3, so no model.
  // Kano: O 2 of 2; Better 2/2 = 1, Worse −2/2 = −1, total strength 100%,
  // category strength 100 − 0; Fong 1.65·√(2·2/4) = 1.65 ≤ 2 → significant.
  const auto expected = R"({
    "schemaVersion": 1,
    "input": {"rows": 3, "rowsUsed": 2,
              "issues": [{"row": 4, "column": "C", "problem": "blank"}],
              "issueCount": 1, "rowsWithoutGroup": 0, "rowsInUnlistedGroups": 0},
    "groups": [
      {"name": "All", "role": "unknown", "n": 2,
       "crosshair": {"importance": 4, "satisfaction": 2},
       "importanceBunching": {"answers": 2, "topBoxShare": 0, "spreadOfMeans": null, "warning": false}},
      {"name": "Clients", "role": "primary", "n": 2,
       "crosshair": {"importance": 4, "satisfaction": 2},
       "importanceBunching": {"answers": 2, "topBoxShare": 0, "spreadOfMeans": null, "warning": false}}
    ],
    "attributes": ["Speed"],
    "cells": [
      {"group": "All", "attribute": "Speed",
       "importance": {"n": 2, "mean": 4, "ciLow": 4, "ciHigh": 4, "sd": 0, "suppressed": false},
       "satisfaction": {"n": 2, "mean": 2, "ciLow": 2, "ciHigh": 2, "sd": 0, "suppressed": false},
       "gap": 2, "quadrant": "uncertain", "suppressed": false,
       "crosshair": {"importance": 4, "satisfaction": 2}},
      {"group": "Clients", "attribute": "Speed",
       "importance": {"n": 2, "mean": 4, "ciLow": 4, "ciHigh": 4, "sd": 0, "suppressed": false},
       "satisfaction": {"n": 2, "mean": 2, "ciLow": 2, "ciHigh": 2, "sd": 0, "suppressed": false},
       "gap": 2, "quadrant": "uncertain", "suppressed": false,
       "crosshair": {"importance": 4, "satisfaction": 2}}
    ],
    "derivedImportance": [
      {"group": "All", "attribute": "Speed", "r": null, "n": 2, "method": "pointBiserial",
       "suppressed": false, "statedImportance": 4},
      {"group": "Clients", "attribute": "Speed", "r": null, "n": 2, "method": "pointBiserial",
       "suppressed": false, "statedImportance": 4}
    ],
    "nps": [
      {"group": "All", "n": 2, "score": 0,
       "promoters": 1, "passives": 0, "detractors": 1,
       "distribution": [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1], "suppressed": false},
      {"group": "Clients", "n": 2, "score": 0,
       "promoters": 1, "passives": 0, "detractors": 1,
       "distribution": [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1], "suppressed": false}
    ],
    "kano": [
      {"group": "All", "attribute": "Delivery",
       "counts": {"A": 0, "O": 2, "M": 0, "I": 0, "R": 0, "Q": 0},
       "category": "O", "categoryByRule": "O", "better": 1, "worse": -1,
       "totalStrength": 100, "categoryStrength": 100, "fongSignificant": true,
       "total": 2, "suppressed": false, "unreliable": true},
      {"group": "Clients", "attribute": "Delivery",
       "counts": {"A": 0, "O": 2, "M": 0, "I": 0, "R": 0, "Q": 0},
       "category": "O", "categoryByRule": "O", "better": 1, "worse": -1,
       "totalStrength": 100, "categoryStrength": 100, "fongSignificant": true,
       "total": 2, "suppressed": false, "unreliable": true}
    ],
    "focus": [],
    "options": {"minN": 2, "crosshair": "dataMeans"},
    "kanoAttributes": ["Delivery"],
    "outcome": "satisfaction",
    "hasNps": true,
    "priorities": [
      {"group": "All", "ranking": [{"attribute": "Speed", "gap": 2, "quadrant": "uncertain"}]},
      {"group": "Clients", "ranking": [{"attribute": "Speed", "gap": 2, "quadrant": "uncertain"}]}
    ],
    "primaryVsSupporting": [],
    "comparisons": 0,
    "npsDifferences": [],
    "keyDriverModels": [
      {"group": "All", "method": "dominance", "n": 2, "rSquared": null, "resamples": 0,
       "bootstrapRows": 0, "bootstrapSampled": false, "suppressed": false},
      {"group": "Clients", "method": "dominance", "n": 2, "rSquared": null, "resamples": 0,
       "bootstrapRows": 0, "bootstrapSampled": false, "suppressed": false}
    ],
    "keyDrivers": [
      {"group": "All", "attribute": "Speed", "r": null, "share": null, "shareLow": null,
       "shareHigh": null, "rescaled": null, "rank": null},
      {"group": "Clients", "attribute": "Speed", "r": null, "share": null, "shareLow": null,
       "shareHigh": null, "rescaled": null, "rank": null}
    ],
    "assumptions": [],
    "voices": {"themes": [], "distinctiveTerms": [], "attributes": [], "languages": [],
               "commenters": 0, "masked": true},
    "waves": [], "trends": [], "npsTrends": [], "trendComparisons": 0, "quadrantMoves": [],
    "wavePartialAttributes": [], "wavePartialGroups": []
  })"_json;
  auto actual = nlohmann::json::parse(serializeResults(tinyResults()));
  // The computed bounds are compared to within rounding, then taken out.
  for (auto& cell : actual["cells"]) {
    EXPECT_EQ(cell["importance"]["topBox"], 1.0);
    EXPECT_NEAR(cell["importance"]["topBoxLow"].get<double>(), 0.34238022750665309, 1e-15);
    EXPECT_EQ(cell["importance"]["topBoxHigh"], 1.0);
    EXPECT_EQ(cell["satisfaction"]["topBox"], 0.0);
    EXPECT_EQ(cell["satisfaction"]["topBoxLow"], 0.0);
    EXPECT_NEAR(cell["satisfaction"]["topBoxHigh"].get<double>(), 0.65761977249334691, 1e-15);
    for (const char* m : {"importance", "satisfaction"})
      for (const char* f : {"topBox", "topBoxLow", "topBoxHigh"}) cell[m].erase(f);
  }
  for (auto& n : actual["nps"]) {
    EXPECT_NEAR(n["ciLow"].get<double>(), -73.335137205651801, 1e-11);
    EXPECT_NEAR(n["ciHigh"].get<double>(), 73.335137205651801, 1e-11);
    n.erase("ciLow");
    n.erase("ciHigh");
  }
  EXPECT_EQ(actual, expected) << actual.dump(2);
}

TEST(ResultsJson, KeepsTheContractFieldsInTheDocumentedOrder) {
  const std::string text = serializeResults(tinyResults());
  const std::vector<std::string> order = {"\"schemaVersion\"", "\"input\"", "\"groups\"",
                                          "\"attributes\"", "\"cells\"", "\"derivedImportance\"",
                                          "\"nps\"", "\"kano\"", "\"focus\""};
  std::size_t at = 0;
  for (const std::string& key : order) {
    const std::size_t found = text.find(key, at);
    ASSERT_NE(found, std::string::npos) << key;
    at = found;
  }
}

TEST(ResultsJson, SuppressedAndMissingAreNullNeverZero) {
  SurveyLayout layout;
  layout.attributes = {"Speed", "Price"};
  layout.hasImportance = {true, false};  // Price has satisfaction only
  layout.hasSatisfaction = {true, true};
  layout.importanceScale = {Scale{}, Scale{}};
  layout.satisfactionScale = {Scale{}, Scale{}};
  Analyzer analyzer(layout);  // minN 5
  const double importance[] = {4, kMissing}, satisfaction[] = {3, 2};
  for (int i = 0; i < 3; ++i) {
    Response r;
    r.group = "Clients";
    r.importance = importance;
    r.satisfaction = satisfaction;
    analyzer.add(r);
  }
  const auto j = nlohmann::json::parse(serializeResults(analyzer.finish({})));
  const auto& speed = j["cells"][0];
  EXPECT_EQ(speed["importance"]["n"], 3);
  EXPECT_TRUE(speed["importance"]["mean"].is_null());
  EXPECT_TRUE(speed["importance"]["ciLow"].is_null());
  EXPECT_EQ(speed["importance"]["suppressed"], true);
  EXPECT_TRUE(speed["gap"].is_null());
  EXPECT_EQ(speed["quadrant"], "none");
  EXPECT_EQ(speed["suppressed"], true);
  EXPECT_TRUE(j["cells"][1]["importance"].is_null());  // no such measure
  EXPECT_TRUE(j["outcome"].is_null());
  EXPECT_TRUE(j["derivedImportance"].empty());
  EXPECT_TRUE(j["nps"].empty());
  EXPECT_TRUE(speed["importance"]["topBox"].is_null());
  EXPECT_TRUE(speed["importance"]["topBoxLow"].is_null());
}

TEST(ResultsJson, SuppressedNpsAndKanoHideTheirCounts) {
  // The audit's case: three answers under minN 5. The score is withheld, and
  // so must be what gives it away: promoters, passives, detractors, the
  // distribution and the Kano counts are null; n stays.
  SurveyLayout layout;
  layout.hasNps = true;
  layout.kanoAttributes = {"Delivery"};
  Analyzer analyzer(layout);
  const KanoAnswer functional[] = {KanoAnswer::Like}, dysfunctional[] = {KanoAnswer::Dislike};
  for (double nps : {10.0, 9.0, 2.0}) {
    Response r;
    r.group = "Clients";
    r.nps = nps;
    r.kanoFunctional = functional;
    r.kanoDysfunctional = dysfunctional;
    analyzer.add(r);
  }
  const auto j = nlohmann::json::parse(serializeResults(analyzer.finish({})));
  for (const auto& n : j["nps"]) {
    EXPECT_EQ(n["n"], 3);
    EXPECT_EQ(n["suppressed"], true);
    EXPECT_TRUE(n["score"].is_null());
    EXPECT_TRUE(n["promoters"].is_null());
    EXPECT_TRUE(n["passives"].is_null());
    EXPECT_TRUE(n["detractors"].is_null());
    EXPECT_TRUE(n["distribution"].is_null());
  }
  for (const auto& k : j["kano"]) {
    EXPECT_EQ(k["suppressed"], true);
    EXPECT_TRUE(k["counts"]["O"].is_null());
    EXPECT_TRUE(k["counts"]["A"].is_null());
    EXPECT_TRUE(k["category"].is_null());
  }
}

TEST(ResultsJson, MidpointCrosshairIsWrittenForTheGroup) {
  // The audit found null here: with the scale-midpoint crosshair the group's
  // crosshair is the midpoint, 3 on a 1–5 scale.
  SurveyLayout layout;
  layout.attributes = {"Speed"};
  layout.hasImportance = {true};
  layout.hasSatisfaction = {true};
  layout.importanceScale = {Scale{1, 5}};
  layout.satisfactionScale = {Scale{1, 5}};
  AnalysisOptions options;
  options.crosshair = Crosshair::ScaleMidpoint;
  Analyzer analyzer(layout, options);
  const double importance[] = {4}, satisfaction[] = {2};
  Response r;
  r.group = "Clients";
  r.importance = importance;
  r.satisfaction = satisfaction;
  for (int i = 0; i < 5; ++i) analyzer.add(r);
  const auto j = nlohmann::json::parse(serializeResults(analyzer.finish({})));
  EXPECT_EQ(j["groups"][1]["crosshair"]["importance"], 3.0);
  EXPECT_EQ(j["groups"][1]["crosshair"]["satisfaction"], 3.0);
}

TEST(ResultsJson, NumbersAreNotRounded) {
  SurveyLayout layout;
  layout.attributes = {"Speed"};
  layout.hasImportance = {true};
  layout.hasSatisfaction = {false};
  layout.importanceScale = {Scale{}};
  layout.satisfactionScale = {Scale{}};
  AnalysisOptions options;
  options.minN = 1;
  Analyzer analyzer(layout, options);
  for (double v : {1.0, 1.0, 2.0}) {  // mean 4/3
    const double importance[] = {v};
    Response r;
    r.group = "G";
    r.importance = importance;
    analyzer.add(r);
  }
  const Results results = analyzer.finish({});
  const auto j = nlohmann::json::parse(serializeResults(results));
  EXPECT_EQ(j["cells"][0]["importance"]["mean"].get<double>(), results.cell(0, 0).importance.estimate.mean);
  EXPECT_EQ(j["cells"][0]["importance"]["ciHigh"].get<double>(),
            results.cell(0, 0).importance.estimate.ciHigh);
  EXPECT_NEAR(j["cells"][0]["importance"]["mean"].get<double>(), 4.0 / 3.0, 1e-15);
}

GroupResult groupNamed(std::string name, Role role = Role::Unknown) {
  GroupResult g;
  g.name = std::move(name);
  g.role = role;
  return g;
}

TEST(ResultsJson, BadUtf8InNamesIsReplacedNotThrown) {
  Results r;
  r.groups.push_back(groupNamed("All"));
  r.groups.push_back(groupNamed("Caf\xE9"));
  std::string text;
  ASSERT_NO_THROW(text = serializeResults(r));
  const auto j = nlohmann::json::parse(text);
  EXPECT_EQ(j["groups"][1]["name"], "Caf\xEF\xBF\xBD");
}

TEST(ResultsJson, ComparisonsAssumptionsAndFindings) {
  Results r;
  r.attributes = {"Reports"};
  r.groups = {groupNamed("All"), groupNamed("Clients", Role::Primary),
              groupNamed("Funders", Role::Supporting)};
  GroupComparison c;
  c.attribute = 0;
  c.primaryGroup = 1;
  c.supportingGroup = 2;
  c.importance = MeanDifference{-3, -3.5, -2.5, 10, 0.0004, 0.0008};
  c.missionDrift = true;
  r.primaryVsSupporting.push_back(c);
  AssumptionCheck a;
  a.group = "Clients";
  a.groupFound = true;
  a.evidence = Evidence::Stated;
  a.n = 3;
  a.rho = 0.5;
  a.fewItems = true;
  a.items.push_back({"Reports", true, 4, 3, 1, 1, 2});
  r.assumptions.push_back(a);
  r.focus.push_back({"CF008", Severity::Info, "Assumptions and evidence disagree.", std::nullopt, "Clients"});
  const auto j = nlohmann::json::parse(serializeResults(r));
  EXPECT_EQ(j["primaryVsSupporting"],
            R"([{"attribute": "Reports", "primary": "Clients", "supporting": "Funders",
      "measure": "importance", "difference": -3, "ciLow": -3.5, "ciHigh": -2.5, "df": 10, "p": 0.0004,
      "q": 0.0008, "significant": true, "missionDrift": true}])"_json);
  EXPECT_EQ(j["assumptions"],
            R"([{"group": "Clients", "groupFound": true, "evidence": "stated", "n": 3,
      "rho": 0.5, "fewItems": true, "items": [{"attribute": "Reports", "found": true, "predicted": 4, "measured": 3,
      "bias": 1, "predictedRank": 1, "measuredRank": 2}]}])"_json);
  EXPECT_EQ(j["focus"], R"([{"id": "CF008", "severity": "info",
      "message": "Assumptions and evidence disagree.", "group": "Clients"}])"_json);
}

}  // namespace
}  // namespace cf::core
