#include "results_io.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "voices/voices_io.h"

// ordered_json keeps the fields in the order PRODUCT.md lists them, so a
// person reading a results file finds them where the documentation says.
// NaN is turned into null here rather than left to nlohmann (which also
// writes null) so that the rule stays visible and does not depend on the
// library's version.

namespace cf::core {
namespace {

using Json = nlohmann::ordered_json;

Json number(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }

Json measureJson(const Measure& m) {
  if (!m.present) return nullptr;
  return Json{{"n", m.estimate.n},
              {"mean", number(m.estimate.mean)},
              {"ciLow", number(m.estimate.ciLow)},
              {"ciHigh", number(m.estimate.ciHigh)},
              {"sd", number(m.estimate.sd)},
              {"topBox", number(m.topBox.share)},
              {"topBoxLow", number(m.topBox.ciLow)},
              {"topBoxHigh", number(m.topBox.ciHigh)},
              {"suppressed", m.suppressed}};
}

Json count(std::uint64_t n, bool hidden) { return hidden ? Json(nullptr) : Json(n); }

// "significant" is q < 0.05; a comparison without a p (a side suppressed or
// too small, or both sides constant) is not significant.
Json differenceJson(const MeanDifference& d) {
  return Json{{"difference", number(d.difference)},
              {"ciLow", number(d.ciLow)},
              {"ciHigh", number(d.ciHigh)},
              {"df", number(d.df)},
              {"p", number(d.p)},
              {"q", number(d.q)},
              {"significant", d.significant()}};
}

Json categoryJson(const std::optional<KanoCategory>& c) {
  return c ? Json(std::string(kanoCategoryCode(*c))) : Json(nullptr);
}

Json inputJson(const Results& r) {
  Json issues = Json::array();
  for (const InputIssue& i : r.input.issues)
    issues.push_back(Json{{"row", i.row}, {"column", i.column}, {"problem", i.problem}});
  return Json{{"rows", r.input.rows},
              {"rowsUsed", r.input.rowsUsed},
              {"issues", std::move(issues)},
              {"issueCount", r.input.issueCount},
              {"rowsWithoutGroup", r.rowsWithoutGroup},
              {"rowsInUnlistedGroups", r.rowsInUnlistedGroups}};
}

Json groupsJson(const Results& r) {
  Json groups = Json::array();
  for (const GroupResult& g : r.groups) {
    groups.push_back(Json{
        {"name", g.name},
        {"role", std::string(roleName(g.role))},
        {"n", g.n},
        {"crosshair",
         Json{{"importance", number(g.crosshairImportance)},
              {"satisfaction", number(g.crosshairSatisfaction)}}},
        {"importanceBunching",
         Json{{"answers", g.bunching.answers},
              {"topBoxShare", number(g.bunching.topBoxShare)},
              {"spreadOfMeans", number(g.bunching.spreadOfMeans)},
              {"warning", g.bunching.warning}}}});
  }
  return groups;
}

Json cellsJson(const Results& r) {
  Json cells = Json::array();
  for (const CellResult& c : r.cells) {
    cells.push_back(Json{{"group", r.groups[c.group].name},
                         {"attribute", r.attributes[c.attribute]},
                         {"importance", measureJson(c.importance)},
                         {"satisfaction", measureJson(c.satisfaction)},
                         {"gap", number(c.gap)},
                         {"quadrant", std::string(quadrantName(c.quadrant))},
                         {"suppressed", c.suppressed},
                         {"crosshair",
                          Json{{"importance", number(c.crosshairImportance)},
                               {"satisfaction", number(c.crosshairSatisfaction)}}}});
  }
  return cells;
}

Json prioritiesJson(const Results& r) {
  Json out = Json::array();
  for (const Priorities& p : r.priorities) {
    Json ranking = Json::array();
    for (std::size_t a : p.attributes) {
      const CellResult& c = r.cell(p.group, a);
      ranking.push_back(Json{{"attribute", r.attributes[a]},
                             {"gap", number(c.gap)},
                             {"quadrant", std::string(quadrantName(c.quadrant))}});
    }
    out.push_back(Json{{"group", r.groups[p.group].name}, {"ranking", std::move(ranking)}});
  }
  return out;
}

// One entry per attribute × measure × supporting group: the family that q
// corrects over, so each p and q stands beside the one difference it tests.
Json comparisonsJson(const Results& r) {
  Json out = Json::array();
  const bool hasCells = r.cells.size() == r.groups.size() * r.attributes.size();
  for (const GroupComparison& c : r.primaryVsSupporting) {
    for (const bool importance : {true, false}) {
      const MeanDifference& d = importance ? c.importance : c.satisfaction;
      const bool present =
          hasCells ? (importance ? r.cell(c.primaryGroup, c.attribute).importance.present
                                 : r.cell(c.primaryGroup, c.attribute).satisfaction.present)
                   : std::isfinite(d.difference);
      if (!present) continue;
      Json entry{{"attribute", r.attributes[c.attribute]},
                 {"primary", r.groups[c.primaryGroup].name},
                 {"supporting", r.groups[c.supportingGroup].name},
                 {"measure", importance ? "importance" : "satisfaction"}};
      entry.update(differenceJson(d));
      entry["missionDrift"] = importance && c.missionDrift;
      out.push_back(std::move(entry));
    }
  }
  return out;
}

Json npsDifferencesJson(const Results& r) {
  Json out = Json::array();
  for (const NpsComparison& c : r.npsDifferences) {
    out.push_back(Json{{"primary", r.groups[c.primaryGroup].name},
                       {"supporting", r.groups[c.supportingGroup].name},
                       {"difference", number(c.difference.difference)},
                       {"ciLow", number(c.difference.ciLow)},
                       {"ciHigh", number(c.difference.ciHigh)}});
  }
  return out;
}

Json keyDriverModelsJson(const Results& r) {
  Json out = Json::array();
  for (const KeyDriverModel& m : r.keyDriverModels) {
    const KeyDriverEstimate& e = m.estimate;
    out.push_back(
        Json{{"group", r.groups[m.group].name},
             {"method", e.method == DriverMethod::Dominance ? "dominance" : "relativeWeights"},
             {"n", e.n},
             {"rSquared", number(e.rSquared)},
             {"resamples", e.resamples},
             {"bootstrapRows", e.bootstrapRows},
             // The bootstrap drew from a random sample of the rows, its
             // spread scaled to n (see key_drivers.h).
             {"bootstrapSampled", e.bootstrapRows > 0 && e.bootstrapRows < e.n},
             {"suppressed", m.suppressed}});
  }
  return out;
}

Json keyDriversJson(const Results& r) {
  Json out = Json::array();
  for (const KeyDriver& d : r.keyDrivers) {
    out.push_back(Json{{"group", r.groups[d.group].name},
                       {"attribute", r.attributes[d.attribute]},
                       {"r", number(d.r)},
                       {"share", number(d.share)},
                       {"shareLow", number(d.shareLow)},
                       {"shareHigh", number(d.shareHigh)},
                       {"rescaled", number(d.rescaled)},
                       {"rank", number(d.rank)}});
  }
  return out;
}

Json derivedJson(const Results& r) {
  Json out = Json::array();
  for (const DerivedImportance& d : r.derivedImportance) {
    out.push_back(Json{{"group", r.groups[d.group].name},
                       {"attribute", r.attributes[d.attribute]},
                       {"r", number(d.r)},
                       {"n", d.n},
                       {"method", d.pointBiserial ? "pointBiserial" : "pearson"},
                       {"suppressed", d.suppressed},
                       {"statedImportance", number(d.statedImportance)}});
  }
  return out;
}

Json assumptionsJson(const Results& r) {
  Json out = Json::array();
  for (const AssumptionCheck& a : r.assumptions) {
    Json items = Json::array();
    for (const AssumptionItem& i : a.items) {
      items.push_back(Json{{"attribute", i.attribute},
                           {"found", i.found},
                           {"predicted", number(i.predicted)},
                           {"measured", number(i.measured)},
                           {"bias", number(i.bias)},
                           {"predictedRank", number(i.predictedRank)},
                           {"measuredRank", number(i.measuredRank)}});
    }
    out.push_back(Json{{"group", a.group},
                       {"groupFound", a.groupFound},
                       {"evidence", std::string(evidenceName(a.evidence))},
                       {"n", a.n},
                       {"rho", number(a.rho)},
                       {"fewItems", a.fewItems},
                       {"items", std::move(items)}});
  }
  return out;
}

Json npsJson(const Results& r) {
  Json out = Json::array();
  for (const NpsResult& n : r.nps) {
    out.push_back(Json{{"group", r.groups[n.group].name},
                       {"n", n.estimate.n},
                       {"score", number(n.estimate.score)},
                       {"ciLow", number(n.estimate.ciLow)},
                       {"ciHigh", number(n.estimate.ciHigh)},
                       {"promoters", count(n.estimate.promoters, n.suppressed)},
                       {"passives", count(n.estimate.passives, n.suppressed)},
                       {"detractors", count(n.estimate.detractors, n.suppressed)},
                       {"distribution", n.suppressed ? Json(nullptr) : Json(n.distribution)},
                       {"suppressed", n.suppressed}});
  }
  return out;
}

Json kanoJson(const Results& r) {
  Json out = Json::array();
  for (const KanoResult& k : r.kano) {
    const KanoSummary& s = k.summary;
    Json counts = Json::object();
    for (std::size_t c = 0; c < kKanoCategoryCount; ++c)
      counts[std::string(kanoCategoryCode(static_cast<KanoCategory>(c)))] =
          count(s.counts[c], k.suppressed);
    out.push_back(
        Json{{"group", r.groups[k.group].name},
             {"attribute", r.kanoAttributes[k.attribute]},
             {"counts", std::move(counts)},
             {"category", categoryJson(s.category)},
             {"categoryByRule", categoryJson(s.categoryByRule)},
             {"better", number(s.better)},
             {"worse", number(s.worse)},
             {"totalStrength", number(s.totalStrength)},
             {"categoryStrength", number(s.categoryStrength)},
             {"fongSignificant", s.fongSignificant ? Json(*s.fongSignificant) : Json(nullptr)},
             {"total", s.total},
             {"suppressed", k.suppressed},
             {"unreliable", k.unreliable}});
  }
  return out;
}

Json focusJson(const Results& r) {
  Json out = Json::array();
  for (const Finding& f : r.focus) {
    out.push_back(Json{{"id", f.id},
                       {"severity", std::string(severityName(f.severity))},
                       {"message", f.message},
                       {"group", f.group}});
  }
  return out;
}

}  // namespace

// The survey over time (PRODUCT.md: waves, trends, npsTrends). Every wave
// has its entry in byWave; one that did not ask the question has n 0 and
// nulls ("present": false). A change names the wave before the last and the
// last.
Json wavesJson(const WavesResult* w) {
  Json out = Json::array();
  if (w == nullptr) return out;
  for (const WaveInfo& i : w->waves)
    out.push_back(Json{
        {"name", i.name}, {"order", i.order}, {"n", i.n}, {"analysed", i.order == w->analysed}});
  return out;
}

// One wave of a trend: its n, the estimate under `value` ("mean", or
// "score" for NPS) with its interval, and whether the wave asked it.
template <class Point>
Json wavePointJson(const std::string& wave, const Point& p, const char* value, double estimate) {
  return Json{{"wave", wave},
              {"n", p.estimate.n},
              {value, number(estimate)},
              {"ciLow", number(p.estimate.ciLow)},
              {"ciHigh", number(p.estimate.ciHigh)},
              {"present", p.present},
              {"suppressed", p.suppressed}};
}

// The change from the wave before the last to the last: their names, the
// difference and its interval.
template <class Difference>
Json changeJson(const WavesResult& w, const Difference& d) {
  const std::size_t k = w.waves.size();
  return Json{{"from", k >= 2 ? Json(w.waves[k - 2].name) : Json(nullptr)},
              {"to", k >= 2 ? Json(w.waves[k - 1].name) : Json(nullptr)},
              {"difference", number(d.difference)},
              {"ciLow", number(d.ciLow)},
              {"ciHigh", number(d.ciHigh)}};
}

Json trendsJson(const WavesResult* w) {
  Json out = Json::array();
  if (w == nullptr) return out;
  for (const Trend& t : w->trends) {
    Json byWave = Json::array();
    for (std::size_t k = 0; k < t.byWave.size() && k < w->waves.size(); ++k)
      byWave.push_back(
          wavePointJson(w->waves[k].name, t.byWave[k], "mean", t.byWave[k].estimate.mean));
    Json change = changeJson(*w, t.change);
    change["df"] = number(t.change.df);
    change["p"] = number(t.change.p);
    change["q"] = number(t.change.q);
    change["significant"] = t.change.significant();
    out.push_back(Json{{"group", t.group},
                       {"attribute", t.attribute},
                       {"measure", std::string(trendMeasureName(t.measure))},
                       {"byWave", std::move(byWave)},
                       {"change", std::move(change)}});
  }
  return out;
}

Json npsTrendsJson(const WavesResult* w) {
  Json out = Json::array();
  if (w == nullptr) return out;
  for (const NpsTrend& t : w->npsTrends) {
    Json byWave = Json::array();
    for (std::size_t k = 0; k < t.byWave.size() && k < w->waves.size(); ++k)
      byWave.push_back(
          wavePointJson(w->waves[k].name, t.byWave[k], "score", t.byWave[k].estimate.score));
    out.push_back(Json{
        {"group", t.group}, {"byWave", std::move(byWave)}, {"change", changeJson(*w, t.change)}});
  }
  return out;
}

Json movesJson(const WavesResult* w) {
  Json out = Json::array();
  if (w == nullptr) return out;
  for (const QuadrantMove& m : w->moves)
    out.push_back(Json{{"group", m.group},
                       {"attribute", m.attribute},
                       {"from", std::string(quadrantName(m.from))},
                       {"to", std::string(quadrantName(m.to))},
                       {"entered", m.entered}});
  return out;
}

Json partialJson(const WavesResult* w, bool groups) {
  Json out = Json::array();
  if (w == nullptr) return out;
  for (const PartialPresence& p : groups ? w->partialGroups : w->partialAttributes)
    out.push_back(Json{{groups ? "group" : "attribute", p.name}, {"waves", p.waves}});
  return out;
}

std::string serializeResults(const Results& results) {
  const Json doc = {
      {"schemaVersion", 1},
      {"input", inputJson(results)},
      {"groups", groupsJson(results)},
      {"attributes", results.attributes},
      {"cells", cellsJson(results)},
      {"derivedImportance", derivedJson(results)},
      {"nps", npsJson(results)},
      {"kano", kanoJson(results)},
      {"focus", focusJson(results)},
      {"options",
       Json{{"minN", results.minN}, {"crosshair", std::string(crosshairName(results.crosshair))}}},
      {"kanoAttributes", results.kanoAttributes},
      {"outcome", results.outcomeName.empty() ? Json(nullptr) : Json(results.outcomeName)},
      {"hasNps", results.hasNps},
      {"priorities", prioritiesJson(results)},
      {"primaryVsSupporting", comparisonsJson(results)},
      {"comparisons", results.comparisons},
      {"npsDifferences", npsDifferencesJson(results)},
      {"keyDriverModels", keyDriverModelsJson(results)},
      {"keyDrivers", keyDriversJson(results)},
      {"assumptions", assumptionsJson(results)},
      // Present in every document: a table without comments gives empty lists.
      {"voices", Json(results.voices ? *results.voices : VoicesResult{})},
      // Present in every document: a single table gives empty lists.
      {"waves", wavesJson(results.waves ? &*results.waves : nullptr)},
      {"trends", trendsJson(results.waves ? &*results.waves : nullptr)},
      {"npsTrends", npsTrendsJson(results.waves ? &*results.waves : nullptr)},
      {"trendComparisons", results.waves ? results.waves->comparisons : 0},
      {"quadrantMoves", movesJson(results.waves ? &*results.waves : nullptr)},
      {"wavePartialAttributes", partialJson(results.waves ? &*results.waves : nullptr, false)},
      {"wavePartialGroups", partialJson(results.waves ? &*results.waves : nullptr, true)},
  };
  // Group and attribute names come from the user's file; replacing bad UTF-8
  // keeps dump() from throwing.
  return doc.dump(2, ' ', false, Json::error_handler_t::replace);
}

}  // namespace cf::core
