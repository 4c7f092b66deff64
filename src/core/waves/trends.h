// Listening over time: the same survey run in waves (each term, each year),
// and what changed from one wave to the next, for whom, and whether the
// change is larger than the noise.
//
// Each wave is analysed on its own (TablePipeline); the trends are then read
// off the waves' Results, matching groups and attributes by name:
//
//   std::vector<WaveResults> waves = …;            // one per table or wave value
//   std::vector<std::size_t> order = orderWaves(names);  // by date, number or name
//   WavesResult trends = computeTrends(waves);     // waves in that order
//   results.waves = std::move(trends);             // the analysed wave's Results
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "stats.h"

namespace cf::core {

struct Results;
enum class Quadrant : std::uint8_t;

// The order of waves named `names`: indices into `names`, earliest first.
// Names that all hold a date or a year are ordered by it ("Spring 2025" <
// "Autumn 2025" < "2026-03", "2025 Q4" < "2026 Q1", "Term 2 2025" <
// "Term 1 2026"); otherwise by their numbers and text in natural order
// ("Wave 2" < "Wave 10", "round-1.csv" < "round-2.csv"); ties keep the given
// order.
std::vector<std::size_t> orderWaves(const std::vector<std::string>& names);

// One wave's name and its analysis.
struct WaveResults {
  std::string name;
  const Results* results = nullptr;
};

struct WaveInfo {
  std::string name;
  std::size_t order = 0;  // 0 = the earliest
  std::uint64_t n = 0;    // respondents analysed (rows used)
};

enum class TrendMeasure : std::uint8_t { Importance, Satisfaction };
std::string_view trendMeasureName(TrendMeasure measure);  // "importance", "satisfaction"

// One wave of a trend: the mean with its Student-t interval, as the wave's
// Value Matrix shows it. present is false when the wave did not ask this
// (attribute or group missing); suppressed when 0 < n < the wave's minimum n
// (the mean and interval are then NaN).
struct TrendPoint {
  bool present = false;
  bool suppressed = false;
  MeanEstimate estimate;
  // The wave has a mean to show and compare.
  bool shown() const { return present && !suppressed && std::isfinite(estimate.mean); }
};

// One group × attribute × measure over the waves.
struct Trend {
  std::string group;
  std::string attribute;
  TrendMeasure measure = TrendMeasure::Satisfaction;
  std::vector<TrendPoint> byWave;  // one per wave, in wave order
  // From the wave before the last to the last: to − from, with its Welch 95%
  // interval and p, and q by Benjamini–Hochberg over every trend's change
  // (every group × attribute × measure with a p). NaN when either wave lacks
  // it or is suppressed.
  MeanDifference change;
};

struct NpsPoint {
  bool present = false;
  bool suppressed = false;
  NpsEstimate estimate;
  bool shown() const { return present && !suppressed && std::isfinite(estimate.score); }
};

struct NpsTrend {
  std::string group;
  std::vector<NpsPoint> byWave;
  NpsDifference change;  // last − the wave before, adjusted Wald
};

// An attribute that entered or left "Concentrate here" for a group between
// the wave before the last and the last. A placing that is uncertain (an
// interval across a crosshair) in either wave is no move: it could be noise.
struct QuadrantMove {
  std::string group;
  std::string attribute;
  bool entered = false;  // false: it left
  Quadrant from;
  Quadrant to;
};

// An attribute (or group) that some waves have and others lack: listed, not
// dropped.
struct PartialPresence {
  std::string name;
  std::vector<std::string> waves;  // the waves that have it, in wave order
};

struct WavesResult {
  std::vector<WaveInfo> waves;  // in wave order
  std::size_t analysed = 0;     // index of the wave the other sheets analyse
  std::vector<Trend> trends;    // group-major (groups as in the latest wave, then the others),
                                // attributes likewise, importance before satisfaction
  std::vector<NpsTrend> npsTrends;
  std::vector<QuadrantMove> moves;
  std::vector<PartialPresence> partialAttributes;
  std::vector<PartialPresence> partialGroups;
  std::size_t comparisons = 0;  // changes with a p (the q family)
};

// The trends of `waves`, given in wave order (at least two; fewer give an
// empty result with the waves listed). Groups and attributes are matched by
// name, trimmed and case-folded.
WavesResult computeTrends(const std::vector<WaveResults>& waves);

// The changes worth saying, as "What changed" lists them: the trends whose
// last change has q < 0.05, largest |difference| first.
std::vector<const Trend*> realChanges(const WavesResult& waves);

}  // namespace cf::core
