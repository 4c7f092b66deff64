// Results: everything the analysis of a feedback table found, as plain data
// for the Calc sheets (Value Matrix, Priorities, Primary vs supporting,
// Derived importance, Assumptions vs evidence, NPS, Kano) and for
// `cfocus --json` (results_io.h). Analyzer::finish (analysis.h) fills it.
//
// Groups are referred to by their index in Results::groups; index 0 is always
// the group `All`, which holds every row. A number that cannot be computed,
// or that is withheld because its sample is below the minimum, is NaN.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "finding.h"
#include "kano.h"
#include "key_drivers.h"
#include "mapping.h"  // Crosshair
#include "stats.h"
#include "survey.h"
#include "voices/voices.h"
#include "waves/trends.h"

namespace cf::core {

inline constexpr std::string_view kAllGroupName = "All";

// Importance–Performance Analysis quadrant of one cell.
enum class Quadrant : std::uint8_t {
  None,         // not computable, or suppressed
  Concentrate,  // high importance, low satisfaction: "Concentrate here"
  Keep,         // high importance, high satisfaction: "Keep up the good work"
  Low,          // low importance, low satisfaction: "Low priority"
  Overkill,     // low importance, high satisfaction: "Possible overkill"
  Uncertain,    // a confidence interval crosses a crosshair
};

// "none", "concentrate", "keep", "low", "overkill", "uncertain".
std::string_view quadrantName(Quadrant quadrant);

// Whether a group's stated importance bunches at the top of the scale, which
// makes it useless for telling attributes apart (derived importance helps).
struct ImportanceBunching {
  std::uint64_t answers = 0;  // importance answers in the group's shown cells
  // Share of those answers at the top of their scale, in [0, 1].
  double topBoxShare = kNotComputable;
  // Standard deviation of the group's importance means across attributes,
  // each first rescaled to 0–1 by its scale; NaN with fewer than 3 means.
  double spreadOfMeans = kNotComputable;
  // topBoxShare > 0.5, or spreadOfMeans < 0.05.
  bool warning = false;
};

struct GroupResult {
  std::string name;
  Role role = Role::Unknown;
  std::uint64_t n = 0;  // rows of the group
  // The crosshair the group's quadrants were decided against: the data means,
  // or the scale midpoint (with scales that differ between attributes, the
  // mean of their midpoints; each cell keeps its own, see CellResult).
  double crosshairImportance = kNotComputable;
  double crosshairSatisfaction = kNotComputable;
  ImportanceBunching bunching;
};

// One measure (importance or satisfaction) of one cell.
struct Measure {
  bool present = false;     // the table has this measure for the attribute
  bool suppressed = false;  // 0 < n < minN: the numbers below are withheld (NaN)
  MeanEstimate estimate;    // n is always filled in
  // Share of answers in the top two points of the scale (≥ max − 1), with its
  // Wilson interval; all NaN when suppressed.
  ProportionEstimate topBox;
};

struct CellResult {
  std::size_t group = 0;      // index in Results::groups
  std::size_t attribute = 0;  // index in Results::attributes
  Measure importance;
  Measure satisfaction;
  // A measure the cell has is suppressed: gap and quadrant are withheld.
  bool suppressed = false;
  double gap = kNotComputable;  // importance mean − satisfaction mean
  Quadrant quadrant = Quadrant::None;
  // The crosshair this cell was placed against.
  double crosshairImportance = kNotComputable;
  double crosshairSatisfaction = kNotComputable;
};

// A group's attributes ranked by gap, largest first (the biggest shortfall of
// satisfaction against importance). Cells with no gap are left out.
struct Priorities {
  std::size_t group = 0;
  std::vector<std::size_t> attributes;  // indices in Results::attributes
};

// One attribute, one primary and one supporting group: the difference of
// means, primary − supporting, with its Welch 95% interval, its Welch p and
// its Benjamini–Hochberg q over every comparison of the sheet.
struct GroupComparison {
  std::size_t attribute = 0;
  std::size_t primaryGroup = 0;
  std::size_t supportingGroup = 0;
  MeanDifference importance;    // NaN when the attribute has no importance, or a side is suppressed
  MeanDifference satisfaction;  // likewise
  // The supporting group rates the attribute's importance above its
  // crosshair, the primary group does not, and the importance interval lies
  // below 0 with q < 0.05 (the supporting group's importance is
  // significantly higher, after the correction for many comparisons).
  bool missionDrift = false;
};

// Correlation of one satisfaction item with the outcome, in one group.
struct DerivedImportance {
  std::size_t group = 0;
  std::size_t attribute = 0;
  std::uint64_t n = 0;        // pairs with both answers
  bool pointBiserial = false;  // the outcome has two labels (coded 0/1)
  bool suppressed = false;     // 0 < n < minN
  double r = kNotComputable;
  double statedImportance = kNotComputable;  // the cell's importance mean, when shown
};

// What a group's importance was measured with, for Assumptions vs evidence.
enum class Evidence : std::uint8_t {
  None,     // nothing to compare with
  Stated,   // mean stated importance
  Derived,  // derived importance r
};

// "none", "stated", "derived".
std::string_view evidenceName(Evidence evidence);

struct AssumptionItem {
  std::string attribute;   // as in Results::attributes, or as typed when not found
  bool found = false;      // the attribute is in the table
  double predicted = kNotComputable;
  double measured = kNotComputable;       // NaN when not available or suppressed
  double bias = kNotComputable;           // predicted − measured, only for stated evidence
  double predictedRank = kNotComputable;  // 1 = most important, average ranks for ties
  double measuredRank = kNotComputable;   // among the items compared
};

struct AssumptionCheck {
  std::string group;        // the group's name in Results, or as typed when not found
  bool groupFound = false;
  Evidence evidence = Evidence::None;
  std::vector<AssumptionItem> items;  // in the order given
  std::size_t n = 0;                  // items with both predicted and measured
  double rho = kNotComputable;        // Spearman ρ over those; NaN when n < 3
  // n < kMinAssumptionItems: ρ is shown with a note and raises no CF008.
  bool fewItems = false;
};

inline constexpr std::size_t kMinAssumptionItems = 5;

struct NpsResult {
  std::size_t group = 0;
  // 0 < n < minN: score, interval, counts and distribution withheld.
  bool suppressed = false;
  NpsEstimate estimate;
  std::array<std::uint64_t, 11> distribution{};  // answers 0, 1, …, 10
};

// A supporting group's NPS minus the primary group's, with its interval.
struct NpsComparison {
  std::size_t primaryGroup = 0;
  std::size_t supportingGroup = 0;
  NpsDifference difference;  // NaN when either side is suppressed
};

struct KanoResult {
  std::size_t group = 0;
  std::size_t attribute = 0;  // index in Results::kanoAttributes
  // 0 < answers < minN: nothing but the total is kept (the counts would
  // reveal what is withheld).
  bool suppressed = false;
  // Fewer than kMinKanoAnswers classified answers: the category is unreliable.
  bool unreliable = false;
  KanoSummary summary;
};

inline constexpr std::uint64_t kMinKanoAnswers = 50;

// The key-driver model of one group: the outcome on every satisfaction item,
// over the group's complete cases.
struct KeyDriverModel {
  std::size_t group = 0;
  bool suppressed = false;  // 0 < n < minN
  KeyDriverEstimate estimate;
};

// One item of a key-driver model, for the JSON and the sheet.
struct KeyDriver {
  std::size_t group = 0;
  std::size_t attribute = 0;
  double r = kNotComputable;         // bivariate r over the complete cases
  double share = kNotComputable;     // of R²; the shares sum to R²
  double shareLow = kNotComputable;  // bootstrap 95% interval
  double shareHigh = kNotComputable;
  double rescaled = kNotComputable;  // share / R² · 100
  double rank = kNotComputable;      // 1 = largest share; ties share the average rank
};

struct Results {
  InputSummary input;
  std::size_t minN = 5;
  Crosshair crosshair = Crosshair::DataMeans;

  std::vector<GroupResult> groups;  // [0] is All
  std::vector<std::string> attributes;
  std::vector<std::string> kanoAttributes;
  std::string outcomeName;       // empty when the table has no outcome
  bool hasNps = false;

  // groups.size() × attributes.size(), group-major: see cell().
  std::vector<CellResult> cells;
  std::vector<Priorities> priorities;                // one per group
  std::vector<GroupComparison> primaryVsSupporting;  // attribute-major
  std::vector<DerivedImportance> derivedImportance;  // group-major; empty without an outcome
  std::vector<AssumptionCheck> assumptions;          // one per group named in the assumptions
  std::vector<NpsResult> nps;                        // one per group; empty without an NPS column
  std::vector<NpsComparison> npsDifferences;         // primary × supporting groups
  std::vector<KeyDriverModel> keyDriverModels;       // one per group; empty without an outcome
  std::vector<KeyDriver> keyDrivers;                 // group-major, the model's items
  std::size_t comparisons = 0;  // tests in the Primary vs supporting family (with a p)
  std::vector<KanoResult> kano;                      // group-major
  std::vector<Finding> focus;                        // CF008 findings
  // What customers wrote, read against the codebook; set when the table has
  // a comment column (TablePipeline), its groups in the order of `groups`.
  std::optional<VoicesResult> voices;
  // The survey over time: set when several waves were analysed (these
  // Results are then the analysed wave's, usually the latest).
  std::optional<WavesResult> waves;

  std::uint64_t rowsWithoutGroup = 0;  // counted in All only
  // Rows of groups beyond AnalysisOptions::maxGroups, counted in All only.
  std::uint64_t rowsInUnlistedGroups = 0;

  const CellResult& cell(std::size_t group, std::size_t attribute) const {
    return cells[group * attributes.size() + attribute];
  }
};

}  // namespace cf::core
