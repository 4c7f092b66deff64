// Analyzer: the analysis of a feedback table in one pass. The reader hands it
// one Response per row (it is a ResponseSink); it keeps small accumulators per
// group × attribute, so memory depends on the number of groups and
// attributes, never on the number of rows (the key-driver bootstrap keeps at
// most kBootstrapRows complete cases a group); finish() turns them into
// Results.
//
//   Analyzer analyzer(reader.layout(), {.minN = 5, .groupRoles = roles});
//   reader.readTable(grid, analyzer);
//   Results results = analyzer.finish(reader.summary());
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kano.h"
#include "key_drivers.h"
#include "results.h"
#include "stats.h"
#include "survey.h"

namespace cf::core {

struct AnalysisOptions {
  // Estimates from fewer answers than this are suppressed (shown as such, not
  // as numbers). 0 and 1 suppress nothing.
  std::size_t minN = 5;
  Crosshair crosshair = Crosshair::DataMeans;
  // Group name → role, compared trimmed and case-insensitively. Wins over the
  // roles seen in the rows.
  std::map<std::string, Role> groupRoles;
  // Leaders' predictions, for Assumptions vs evidence and CF008.
  std::vector<Assumption> assumptions;
  // Distinct groups listed at most; rows of further groups count in All only
  // (Results::rowsInUnlistedGroups). Guards memory when a column of ids is
  // taken for the group column.
  std::size_t maxGroups = 1000;
  // Bootstrap resamples of each key-driver model, fewer when the models are
  // so large that they would take much longer than the rest of the analysis
  // (KeyDriverModel::estimate.resamples says how many were used).
  std::size_t keyDriverResamples = 500;
};

class Analyzer : public ResponseSink {
 public:
  Analyzer(const SurveyLayout& layout, AnalysisOptions options = {});

  // Adds one respondent. Values that are NaN or infinite count as missing; an
  // NPS answer that is not a whole number from 0 to 10 is ignored. Does not
  // allocate except when a row brings a group not seen before.
  void add(const Response& response) override;

  // Every estimate, check and ranking PRODUCT.md lists. Can be called more
  // than once, and add() may continue afterwards.
  Results finish(const InputSummary& input) const;

 private:
  // Per group × attribute. Small and flat: the hot loop touches one of these
  // per attribute and row.
  struct CellAccumulator {
    Moments importance;
    Moments satisfaction;
    Comoments satisfactionOutcome;
    std::uint64_t importanceTopBox = 0;  // answers at the top of the scale
    std::uint64_t importanceTopTwo = 0;  // answers in the top two points
    std::uint64_t satisfactionTopTwo = 0;
    void merge(const CellAccumulator& other);
  };
  struct GroupAccumulator {
    std::string name;
    std::uint64_t rows = 0;
    std::uint64_t primaryVotes = 0;  // rows whose Response.role said primary
    std::uint64_t supportingVotes = 0;
    Role firstRole = Role::Unknown;  // the first role a row gave
    NpsCounts nps;
  };
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };

  std::size_t slotOf(std::string_view group);
  void finishKeyDrivers(Results& res) const;
  Role resolveRole(std::size_t slot) const;

  SurveyLayout layout_;
  AnalysisOptions options_;
  std::vector<std::uint8_t> hasImportance_;
  std::vector<std::uint8_t> hasSatisfaction_;
  std::vector<double> topOfScale_;  // importance scale max per attribute
  std::vector<double> importanceTopTwo_;  // max − 1 of each scale
  std::vector<double> satisfactionTopTwo_;
  // Key drivers: the satisfaction items, one DriverData per slot and one for
  // All (rows without a listed group are complete cases of All only).
  std::vector<std::size_t> driverItems_;
  std::vector<double> driverShifts_;
  std::vector<DriverData> drivers_;
  std::vector<DriverData> allDrivers_;  // empty, or one
  std::vector<double> driverRow_;
  bool hasOutcome_ = false;

  // Slot 0 gathers rows without a listed group; slot g ≥ 1 is Results group g.
  std::vector<GroupAccumulator> groups_;
  std::vector<CellAccumulator> cells_;  // slot-major, layout_.attributes.size() per slot
  std::vector<KanoCounts> kano_;        // slot-major, layout_.kanoAttributes.size() per slot
  // Up to this many listed groups a row's group is found by comparing names.
  static constexpr std::size_t kScannedGroups = 8;
  std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>> slotByName_;
  std::uint64_t rowsWithoutGroup_ = 0;
  std::uint64_t rowsInUnlistedGroups_ = 0;
};

}  // namespace cf::core
