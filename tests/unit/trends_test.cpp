// Survey waves over time: the order of waves from their names, attributes and
// groups matched across waves (one asked only in later waves), the change
// from the wave before the last with its Welch interval, p and
// Benjamini–Hochberg q, the NPS change with its adjusted-Wald interval, and
// the quadrant moves. Expected values were computed independently with
// mpmath (30 digits) from the same answers; the script's formulas are in the
// comments.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "csv_grid.h"
#include "results.h"
#include "results_io.h"
#include "table/pipeline.h"
#include "waves/trends.h"

#include <nlohmann/json.hpp>

namespace cf::core {
namespace {

using cf::test::csvGrid;

std::vector<std::string> ordered(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (std::size_t i : orderWaves(names)) out.push_back(names[i]);
  return out;
}

TEST(WaveOrder, DatesAndYearsComeInTimeOrder) {
  EXPECT_EQ(ordered({"Spring 2026", "Spring 2025", "Autumn 2025"}),
            (std::vector<std::string>{"Spring 2025", "Autumn 2025", "Spring 2026"}));
  EXPECT_EQ(ordered({"2026 Q1", "2025 Q4", "2025 Q2"}),
            (std::vector<std::string>{"2025 Q2", "2025 Q4", "2026 Q1"}));
  EXPECT_EQ(ordered({"Term 1 2026", "Term 2 2025", "Term 3 2025"}),
            (std::vector<std::string>{"Term 2 2025", "Term 3 2025", "Term 1 2026"}));
  EXPECT_EQ(ordered({"2026-03", "2025-11", "2026-01"}),
            (std::vector<std::string>{"2025-11", "2026-01", "2026-03"}));
  EXPECT_EQ(ordered({"riverside-survey-2026", "riverside-survey-2025"}),
            (std::vector<std::string>{"riverside-survey-2025", "riverside-survey-2026"}));
  EXPECT_EQ(ordered({"März 2026", "Oktober 2025", "Januar 2026"}),
            (std::vector<std::string>{"Oktober 2025", "Januar 2026", "März 2026"}));
}

TEST(WaveOrder, NamesWithoutDatesComeInNaturalOrder) {
  EXPECT_EQ(ordered({"Wave 10", "Wave 2", "Wave 1"}),
            (std::vector<std::string>{"Wave 1", "Wave 2", "Wave 10"}));
  EXPECT_EQ(ordered({"round-3", "round-1", "round-2"}),
            (std::vector<std::string>{"round-1", "round-2", "round-3"}));
  EXPECT_EQ(ordered({"3", "1", "2"}), (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(ordered({"beta", "Alpha", "gamma"}),
            (std::vector<std::string>{"Alpha", "beta", "gamma"}));
  // One name without a year: the years cannot order them all, names do.
  EXPECT_EQ(ordered({"pilot", "2025", "2024"}),
            (std::vector<std::string>{"2024", "2025", "pilot"}));
}

// Three waves; Wifi is asked only from Autumn 2025 on. Group A's satisfaction
// with Speed falls from 4.5 to 2.333 in the last wave; everything else holds.
const char* kSpring2025 =
    "Group,Importance: Speed,Satisfaction: Speed,Likelihood to recommend\n"
    "A,5,4,9\nA,5,4,10\nA,4,5,8\nA,5,5,9\nA,5,4,7\nA,4,4,10\n"
    "B,3,3,6\nB,4,4,7\nB,3,4,8\nB,4,3,5\nB,3,4,9\nB,4,3,7\n";
const char* kAutumn2025 =
    "Group,Importance: Speed,Satisfaction: Speed,Satisfaction: Wifi,Likelihood to recommend\n"
    "A,5,4,3,9\nA,4,5,3,9\nA,5,4,4,10\nA,5,5,3,8\nA,4,4,3,9\nA,5,5,4,10\n"
    "B,4,3,4,7\nB,3,3,4,8\nB,3,4,3,6\nB,4,4,4,9\nB,4,3,5,6\nB,3,4,4,8\n";
const char* kSpring2026 =
    "Group,Importance: Speed,Satisfaction: Speed,Satisfaction: Wifi,Likelihood to recommend\n"
    "A,5,2,3,5\nA,5,2,4,6\nA,5,3,3,9\nA,4,2,3,4\nA,5,3,4,7\nA,4,2,3,8\n"
    "B,3,4,4,7\nB,4,3,5,8\nB,4,3,4,7\nB,3,4,4,9\nB,3,3,4,6\nB,4,4,3,8\n";

Result<PipelineResult> threeWaves(const std::string& analysed = std::string()) {
  static const Grid a = csvGrid(kSpring2026);
  static const Grid b = csvGrid(kSpring2025);
  static const Grid c = csvGrid(kAutumn2025);
  // Given out of order: the names put them in order.
  return runWaves({{"Spring 2026", &a}, {"Spring 2025", &b}, {"Autumn 2025", &c}}, {}, analysed);
}

const Trend* findTrend(const WavesResult& w, const std::string& group, const std::string& attribute,
                       TrendMeasure measure) {
  for (const Trend& t : w.trends)
    if (t.group == group && t.attribute == attribute && t.measure == measure) return &t;
  return nullptr;
}

TEST(Trends, ChangesFromTheWaveBeforeTheLastWithWelchAndBenjaminiHochberg) {
  const Result<PipelineResult> run = threeWaves();
  ASSERT_TRUE(run.ok()) << run.error().message;
  const Results& r = run.value().results;
  ASSERT_TRUE(r.waves.has_value());
  const WavesResult& w = *r.waves;
  ASSERT_EQ(w.waves.size(), 3u);
  EXPECT_EQ(w.waves[0].name, "Spring 2025");
  EXPECT_EQ(w.waves[1].name, "Autumn 2025");
  EXPECT_EQ(w.waves[2].name, "Spring 2026");
  EXPECT_EQ(w.waves[2].n, 12u);
  EXPECT_EQ(w.analysed, 2u);
  // The other sheets analyse the latest wave: A's Speed satisfaction is 14/6.
  EXPECT_NEAR(r.cell(1, 0).satisfaction.estimate.mean, 14.0 / 6.0, 1e-12);

  // Family: All, A, B × (Speed importance, Speed satisfaction, Wifi
  // satisfaction) = 9 changes, each with a p.
  EXPECT_EQ(w.comparisons, 9u);
  EXPECT_EQ(w.trends.size(), 9u);

  // A, Speed satisfaction: {4,5,4,5,4,5} → {2,2,3,2,3,2}. Welch (mpmath):
  // d = 14/6 − 27/6 = −2.1666…, df = 9.9655172413793103,
  // CI −2.8517354736709146 to −1.4815978596624188, p = 3.5606007164744148e-5,
  // q = 9·p/1 = 0.00032045406448269733 (the smallest p of nine).
  const Trend* a = findTrend(w, "A", "Speed", TrendMeasure::Satisfaction);
  ASSERT_NE(a, nullptr);
  ASSERT_EQ(a->byWave.size(), 3u);
  EXPECT_NEAR(a->byWave[0].estimate.mean, 26.0 / 6.0, 1e-12);
  EXPECT_NEAR(a->byWave[1].estimate.mean, 27.0 / 6.0, 1e-12);
  EXPECT_EQ(a->byWave[2].estimate.n, 6u);
  EXPECT_NEAR(a->change.difference, -13.0 / 6.0, 1e-12);
  EXPECT_NEAR(a->change.df, 9.9655172413793103, 1e-9);
  EXPECT_NEAR(a->change.ciLow, -2.8517354736709146, 1e-9);
  EXPECT_NEAR(a->change.ciHigh, -1.4815978596624188, 1e-9);
  EXPECT_NEAR(a->change.p, 3.5606007164744148e-5, 1e-12);
  EXPECT_NEAR(a->change.q, 0.00032045406448269733, 1e-11);

  // All, Speed satisfaction: d = −1.0833…, CI −1.7322624579910477 to
  // −0.43440420867561901, p = 0.0022228867948541034, q = 9·p/2.
  const Trend* all = findTrend(w, "All", "Speed", TrendMeasure::Satisfaction);
  ASSERT_NE(all, nullptr);
  EXPECT_NEAR(all->change.ciLow, -1.7322624579910477, 1e-9);
  EXPECT_NEAR(all->change.ciHigh, -0.43440420867561901, 1e-9);
  EXPECT_NEAR(all->change.p, 0.0022228867948541034, 1e-12);
  EXPECT_NEAR(all->change.q, 0.010002990576843465, 1e-11);

  // B's Speed satisfaction holds (3.5 → 3.5): p = 1, q = 1, no real change.
  const Trend* b = findTrend(w, "B", "Speed", TrendMeasure::Satisfaction);
  ASSERT_NE(b, nullptr);
  EXPECT_NEAR(b->change.difference, 0.0, 1e-12);
  EXPECT_NEAR(b->change.ciHigh, 0.70459937153894158, 1e-9);
  EXPECT_NEAR(b->change.q, 1.0, 1e-12);

  // The real changes, largest first: A's, then All's.
  const std::vector<const Trend*> real = realChanges(w);
  ASSERT_EQ(real.size(), 2u);
  EXPECT_EQ(real[0], a);
  EXPECT_EQ(real[1], all);
}

TEST(Trends, AnAttributeAskedInSomeWavesIsListedNotDropped) {
  const Result<PipelineResult> run = threeWaves();
  ASSERT_TRUE(run.ok()) << run.error().message;
  const WavesResult& w = *run.value().results.waves;
  ASSERT_EQ(w.partialAttributes.size(), 1u);
  EXPECT_EQ(w.partialAttributes[0].name, "Wifi");
  EXPECT_EQ(w.partialAttributes[0].waves, (std::vector<std::string>{"Autumn 2025", "Spring 2026"}));
  const Trend* wifi = findTrend(w, "A", "Wifi", TrendMeasure::Satisfaction);
  ASSERT_NE(wifi, nullptr);
  EXPECT_FALSE(wifi->byWave[0].present);
  EXPECT_EQ(wifi->byWave[0].estimate.n, 0u);
  EXPECT_TRUE(wifi->byWave[1].present);
  EXPECT_NEAR(wifi->byWave[1].estimate.mean, 20.0 / 6.0, 1e-12);
  // Wifi has no importance column in any wave: no importance trend.
  EXPECT_EQ(findTrend(w, "A", "Wifi", TrendMeasure::Importance), nullptr);
  bool noted = false;
  for (const std::string& n : run.value().notes)
    noted =
        noted || n.find("\"Wifi\" is asked only in Autumn 2025, Spring 2026") != std::string::npos;
  EXPECT_TRUE(noted);
}

TEST(Trends, NpsChangeHasTheAdjustedWaldInterval) {
  const Result<PipelineResult> run = threeWaves();
  ASSERT_TRUE(run.ok()) << run.error().message;
  const WavesResult& w = *run.value().results.waves;
  // A: Autumn 2025 n 6, P 5, D 0 (NPS 83.3); Spring 2026 n 6, P 1, D 3
  // (−33.3). n' = 9, p' = (P + .75)/9, d' = (D + .75)/9 for each; the
  // interval is 100·((Δp' − Δd') ± 1.959964·√(v₁ + v₂)):
  // −142.2982997982538 to −13.257255757301759 (mpmath).
  const NpsTrend* a = nullptr;
  for (const NpsTrend& t : w.npsTrends)
    if (t.group == "A") a = &t;
  ASSERT_NE(a, nullptr);
  ASSERT_EQ(a->byWave.size(), 3u);
  EXPECT_NEAR(a->byWave[1].estimate.score, 500.0 / 6.0, 1e-9);
  EXPECT_NEAR(a->change.difference, -116.66666666666667, 1e-9);
  EXPECT_NEAR(a->change.ciLow, -142.2982997982538, 1e-6);
  EXPECT_NEAR(a->change.ciHigh, -13.257255757301759, 1e-6);
}

TEST(Trends, AnotherWaveCanBeAnalysedAndAnUnknownOneIsRefused) {
  const Result<PipelineResult> run = threeWaves("autumn 2025");
  ASSERT_TRUE(run.ok()) << run.error().message;
  EXPECT_EQ(run.value().results.waves->analysed, 1u);
  EXPECT_NEAR(run.value().results.cell(1, 0).satisfaction.estimate.mean, 27.0 / 6.0, 1e-12);
  const Result<PipelineResult> bad = threeWaves("Winter 2030");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "waves.unknown");
  EXPECT_NE(bad.error().message.find("Spring 2025, Autumn 2025, Spring 2026"), std::string::npos)
      << bad.error().message;
}

TEST(Trends, OneWaveOrTwoWithOneNameAreRefused) {
  const Grid a = csvGrid(kSpring2025);
  const Result<PipelineResult> one = runWaves({{"2025", &a}});
  ASSERT_FALSE(one.ok());
  EXPECT_EQ(one.error().code, "waves.tooFew");
  const Result<PipelineResult> same = runWaves({{"2025", &a}, {" 2025", &a}});
  ASSERT_FALSE(same.ok());
  EXPECT_EQ(same.error().code, "waves.sameName");
}

TEST(Trends, SuppressedWavesGiveNoChange) {
  // B has 3 rows in the second wave, below the minimum of 5: its mean is
  // withheld and its change is not computed (and not in the q family).
  const Grid first = csvGrid(kAutumn2025);
  const Grid second = csvGrid(
      "Group,Importance: Speed,Satisfaction: Speed,Satisfaction: Wifi,Likelihood to recommend\n"
      "A,5,2,3,5\nA,5,2,4,6\nA,5,3,3,9\nA,4,2,3,4\nA,5,3,4,7\nA,4,2,3,8\n"
      "B,3,4,4,7\nB,4,3,5,8\nB,4,3,4,7\n");
  const Result<PipelineResult> run = runWaves({{"Wave 1", &first}, {"Wave 2", &second}});
  ASSERT_TRUE(run.ok()) << run.error().message;
  const WavesResult& w = *run.value().results.waves;
  const Trend* b = findTrend(w, "B", "Speed", TrendMeasure::Satisfaction);
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(b->byWave[1].suppressed);
  EXPECT_EQ(b->byWave[1].estimate.n, 3u);
  EXPECT_TRUE(std::isnan(b->byWave[1].estimate.mean));
  EXPECT_TRUE(std::isnan(b->change.difference));
  EXPECT_TRUE(std::isnan(b->change.q));
  // All, A × 3 measures, B's none: 6 in the family.
  EXPECT_EQ(w.comparisons, 6u);
}

TEST(Trends, QuadrantMovesInAndOutOfConcentrateHere) {
  auto wave = [](Quadrant speed, Quadrant wifi) {
    Results r;
    r.groups.resize(2);
    r.groups[0].name = "All";
    r.groups[1].name = "Clients";
    r.attributes = {"Speed", "Wifi"};
    r.cells.resize(4);
    for (std::size_t i = 0; i < 4; ++i) {
      r.cells[i].group = i / 2;
      r.cells[i].attribute = i % 2;
    }
    r.cells[2].quadrant = speed;
    r.cells[3].quadrant = wifi;
    return r;
  };
  const Results before = wave(Quadrant::Keep, Quadrant::Concentrate);
  const Results after = wave(Quadrant::Concentrate, Quadrant::Low);
  const WavesResult w = computeTrends({{"2025", &before}, {"2026", &after}});
  ASSERT_EQ(w.moves.size(), 2u);
  EXPECT_EQ(w.moves[0].group, "Clients");
  EXPECT_EQ(w.moves[0].attribute, "Speed");
  EXPECT_TRUE(w.moves[0].entered);
  EXPECT_EQ(w.moves[1].attribute, "Wifi");
  EXPECT_FALSE(w.moves[1].entered);

  // A placing whose interval crosses a crosshair says nothing for sure: from
  // or to "Uncertain" is no move.
  const Results unsure = wave(Quadrant::Uncertain, Quadrant::Concentrate);
  const Results settled = wave(Quadrant::Concentrate, Quadrant::Uncertain);
  EXPECT_TRUE(computeTrends({{"2025", &unsure}, {"2026", &settled}}).moves.empty());
}

TEST(Trends, JsonFollowsTheContract) {
  const Result<PipelineResult> run = threeWaves();
  ASSERT_TRUE(run.ok()) << run.error().message;
  const nlohmann::json j = nlohmann::json::parse(serializeResults(run.value().results));
  ASSERT_EQ(j["waves"].size(), 3u);
  EXPECT_EQ(j["waves"][0]["name"], "Spring 2025");
  EXPECT_EQ(j["waves"][0]["order"], 0);
  EXPECT_EQ(j["waves"][2]["n"], 12);
  bool seen = false;
  for (const auto& t : j["trends"]) {
    if (t["group"] != "A" || t["attribute"] != "Wifi") continue;
    seen = true;
    EXPECT_EQ(t["measure"], "satisfaction");
    EXPECT_EQ(t["byWave"][0]["wave"], "Spring 2025");
    EXPECT_EQ(t["byWave"][0]["n"], 0);
    EXPECT_TRUE(t["byWave"][0]["mean"].is_null());
    EXPECT_EQ(t["change"]["from"], "Autumn 2025");
    EXPECT_EQ(t["change"]["to"], "Spring 2026");
    EXPECT_NEAR(t["change"]["ciHigh"].get<double>(), 0.66430265817995369, 1e-9);
  }
  EXPECT_TRUE(seen);
  ASSERT_FALSE(j["npsTrends"].empty());
  EXPECT_EQ(j["npsTrends"][0]["byWave"].size(), 3u);
  EXPECT_TRUE(j["npsTrends"][0]["change"].contains("difference"));
  // A single table: the fields are there, empty.
  const nlohmann::json single = nlohmann::json::parse(serializeResults(Results{}));
  EXPECT_TRUE(single["waves"].empty());
  EXPECT_TRUE(single["trends"].empty());
  EXPECT_TRUE(single["npsTrends"].empty());
}

}  // namespace
}  // namespace cf::core
