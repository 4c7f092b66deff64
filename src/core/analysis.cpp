#include "analysis.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "focus_checks.h"
#include "text.h"

// Decisions that shape the numbers (PRODUCT.md leaves them open):
// - Suppression is per estimate: a mean, r, NPS score or Kano category from
//   fewer than minN answers is withheld (NaN, flagged) together with every
//   count, distribution and share that would reveal it; only n stays, so the
//   sheet can say "n = 3, suppressed".
// - The `All` group is never primary or supporting; it is the whole table.
// - The data-means crosshair of a group is the mean, over the attributes it
//   can plot (both means shown), of their importance and satisfaction means:
//   the centre of the points on its scatter chart.
// - A cell is "uncertain" when either 95% interval contains its crosshair,
//   ends included (a mean exactly on the crosshair is in no quadrant), or
//   when an interval cannot be computed (n = 1 with minN ≤ 1).

namespace cf::core {
namespace {

// Fixed seeds: the same table gives the same intervals on every run.
constexpr std::uint64_t kReservoirSeed = 0x5EED0F0C05ull;
constexpr std::uint64_t kBootstrapSeed = 0xB0075EEDull;

// Time of one bootstrap resample in nanoseconds on a current desktop core,
// measured with bench/core_bench: about 0.5 ns per multiply-add of the cross
// products of the rows drawn, and 20 ns per subset model of the 2^k (or the
// eigen decomposition of relative weights). The budget below is CPU time;
// the resamples run on two cores where there are two.
double resampleCost(const DriverData& d) {
  const auto p = static_cast<double>(d.variables());
  const auto k = d.variables() - 1;
  const double model =
      k <= kMaxDominanceItems ? 20.0 * std::ldexp(1.0, static_cast<int>(k)) : 5.0 * p * p * p;
  return static_cast<double>(d.keptRows()) * p * p * 0.25 + model;
}

bool isShown(const Measure& m) {
  return m.present && !m.suppressed && std::isfinite(m.estimate.mean);
}

Measure measureOf(bool present, const Moments& moments, std::uint64_t topTwo, const Scale& scale,
                  std::size_t minN) {
  Measure m;
  m.present = present;
  if (!present) return m;
  m.estimate = estimateMean(moments, scale.min, scale.max);
  m.topBox = wilsonInterval(topTwo, moments.n());
  if (m.estimate.n > 0 && m.estimate.n < minN) {
    m.suppressed = true;
    m.estimate = MeanEstimate{};
    m.estimate.n = moments.n();
    m.topBox = ProportionEstimate{};
  }
  return m;
}

bool contains(double low, double x, double high) { return low <= x && x <= high; }

Quadrant quadrantOf(const CellResult& c) {
  const double ci = c.crosshairImportance;
  const double cs = c.crosshairSatisfaction;
  if (!std::isfinite(c.gap) || !std::isfinite(ci) || !std::isfinite(cs)) return Quadrant::None;
  const MeanEstimate& imp = c.importance.estimate;
  const MeanEstimate& sat = c.satisfaction.estimate;
  if (!std::isfinite(imp.ciLow) || !std::isfinite(sat.ciLow)) return Quadrant::Uncertain;
  if (contains(imp.ciLow, ci, imp.ciHigh) || contains(sat.ciLow, cs, sat.ciHigh))
    return Quadrant::Uncertain;
  const bool important = imp.mean > ci;
  const bool satisfied = sat.mean > cs;
  if (important) return satisfied ? Quadrant::Keep : Quadrant::Concentrate;
  return satisfied ? Quadrant::Overkill : Quadrant::Low;
}

std::string foldedKey(std::string_view text) { return foldCase(trim(text)); }

// Names are keys in the JSON and in sheets, so a data group called "All"
// must not collide with the whole-table group.
std::string uniqueName(std::string name, const std::set<std::string>& taken) {
  while (taken.count(name) > 0) name += " (group)";
  return name;
}

// Rule for the bunching warning: more than half of the group's shown
// importance answers are at the top of their scale, or the group's importance
// means (rescaled to 0–1) have a standard deviation under 0.05, that is under
// 0.2 points on a 1–5 scale, over at least three attributes.
void finishBunching(ImportanceBunching& b, std::uint64_t topBox, const Moments& spread) {
  if (b.answers > 0)
    b.topBoxShare = static_cast<double>(topBox) / static_cast<double>(b.answers);
  if (spread.n() >= 3) b.spreadOfMeans = spread.sd();
  b.warning = b.topBoxShare > 0.5 || b.spreadOfMeans < 0.05;
}

// Largest gap first; gaps equal within nearlyEqual keep the table's order.
void rankPriorities(Results& res) {
  const std::size_t attributeCount = res.attributes.size();
  for (std::size_t g = 0; g < res.groups.size(); ++g) {
    Priorities p;
    p.group = g;
    std::vector<double> negatedGaps;
    for (std::size_t a = 0; a < attributeCount; ++a) {
      if (!std::isfinite(res.cell(g, a).gap)) continue;
      p.attributes.push_back(a);
      negatedGaps.push_back(-res.cell(g, a).gap);
    }
    const std::vector<double> ranks = averageRanks(negatedGaps);
    std::vector<std::size_t> order(p.attributes.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t l, std::size_t r) { return ranks[l] < ranks[r]; });
    std::vector<std::size_t> sorted;
    for (std::size_t i : order) sorted.push_back(p.attributes[i]);
    p.attributes = std::move(sorted);
    res.priorities.push_back(std::move(p));
  }
}

// Benjamini–Hochberg over the whole Primary vs supporting sheet: every
// attribute × measure × supporting group with a p.
void adjustComparisons(Results& res) {
  std::vector<double> p;
  for (const GroupComparison& c : res.primaryVsSupporting) {
    p.push_back(c.importance.p);
    p.push_back(c.satisfaction.p);
  }
  const std::vector<double> q = adjustBenjaminiHochberg(p);
  for (std::size_t i = 0; i < res.primaryVsSupporting.size(); ++i) {
    res.primaryVsSupporting[i].importance.q = q[2 * i];
    res.primaryVsSupporting[i].satisfaction.q = q[2 * i + 1];
  }
  res.comparisons = static_cast<std::size_t>(
      std::count_if(p.begin(), p.end(), [](double v) { return std::isfinite(v); }));
}

// Assumptions vs evidence. Per group, the measurement is the stated
// importance mean when the group's assumed attributes have at least as many
// of those as of derived importances, otherwise derived r; the two are never
// mixed in one ρ, because they are on different scales. Bias is given only
// against stated importance, which is on the leaders' own kind of scale. ρ
// needs three items: with two it can only be ±1.
void compareAssumptions(Results& res, const std::vector<Assumption>& assumptions) {
  if (assumptions.empty()) return;
  const std::size_t attributeCount = res.attributes.size();
  std::vector<const DerivedImportance*> derived(res.groups.size() * attributeCount, nullptr);
  for (const DerivedImportance& d : res.derivedImportance)
    derived[d.group * attributeCount + d.attribute] = &d;
  std::vector<std::string> attributeKeys;
  for (const std::string& a : res.attributes) attributeKeys.push_back(foldedKey(a));

  std::vector<std::pair<std::string, std::vector<const Assumption*>>> byGroup;
  for (const Assumption& a : assumptions) {
    const std::string key = foldedKey(a.group);
    auto it = std::find_if(byGroup.begin(), byGroup.end(), [&](const auto& e) { return e.first == key; });
    if (it == byGroup.end()) {
      byGroup.emplace_back(key, std::vector<const Assumption*>{});
      it = std::prev(byGroup.end());
    }
    it->second.push_back(&a);
  }

  for (const auto& [groupKey, list] : byGroup) {
    AssumptionCheck check;
    std::size_t g = 0;
    for (; g < res.groups.size(); ++g)
      if (foldedKey(res.groups[g].name) == groupKey) break;
    check.groupFound = g < res.groups.size();
    check.group = check.groupFound ? res.groups[g].name : std::string(trim(list.front()->group));

    // Item attribute indices (attributeCount when not in the table). A
    // repeated attribute keeps its first prediction.
    std::vector<std::size_t> index;
    std::set<std::string> seen;
    for (const Assumption* a : list) {
      const std::string key = foldedKey(a->attribute);
      if (!seen.insert(key).second) continue;
      const auto at = std::find(attributeKeys.begin(), attributeKeys.end(), key);
      AssumptionItem item;
      item.found = at != attributeKeys.end();
      const auto i = static_cast<std::size_t>(at - attributeKeys.begin());
      item.attribute = item.found ? res.attributes[i] : std::string(trim(a->attribute));
      item.predicted = std::isfinite(a->predicted) ? a->predicted : kNotComputable;
      index.push_back(i);
      check.items.push_back(std::move(item));
    }

    auto stated = [&](std::size_t i) {
      if (!check.groupFound || index[i] == attributeCount) return kNotComputable;
      const Measure& m = res.cell(g, index[i]).importance;
      return isShown(m) ? m.estimate.mean : kNotComputable;
    };
    auto derivedR = [&](std::size_t i) {
      if (!check.groupFound || index[i] == attributeCount) return kNotComputable;
      const DerivedImportance* d = derived[g * attributeCount + index[i]];
      return d != nullptr ? d->r : kNotComputable;
    };
    std::size_t statedCount = 0, derivedCount = 0;
    for (std::size_t i = 0; i < check.items.size(); ++i) {
      statedCount += std::isfinite(stated(i)) ? 1 : 0;
      derivedCount += std::isfinite(derivedR(i)) ? 1 : 0;
    }
    if (statedCount > 0 && statedCount >= derivedCount) check.evidence = Evidence::Stated;
    else if (derivedCount > 0) check.evidence = Evidence::Derived;

    std::vector<double> predicted, measured;
    std::vector<std::size_t> compared;
    for (std::size_t i = 0; i < check.items.size(); ++i) {
      AssumptionItem& item = check.items[i];
      if (check.evidence == Evidence::Stated) {
        item.measured = stated(i);
        item.bias = item.predicted - item.measured;
      } else if (check.evidence == Evidence::Derived) {
        item.measured = derivedR(i);
      }
      if (std::isfinite(item.predicted) && std::isfinite(item.measured)) {
        compared.push_back(i);
        // Negated so that rank 1 is the most important.
        predicted.push_back(-item.predicted);
        measured.push_back(-item.measured);
      }
    }
    const std::vector<double> predictedRanks = averageRanks(predicted);
    const std::vector<double> measuredRanks = averageRanks(measured);
    for (std::size_t k = 0; k < compared.size(); ++k) {
      check.items[compared[k]].predictedRank = predictedRanks[k];
      check.items[compared[k]].measuredRank = measuredRanks[k];
    }
    check.n = compared.size();
    if (check.n >= 3) check.rho = spearman(predicted, measured);
    check.fewItems = check.n < kMinAssumptionItems;

    if (check.evidence != Evidence::None) {
      std::vector<std::pair<std::string, double>> predictedPairs, measuredPairs;
      for (const AssumptionItem& item : check.items) {
        if (std::isfinite(item.predicted)) predictedPairs.emplace_back(item.attribute, item.predicted);
        if (std::isfinite(item.measured)) measuredPairs.emplace_back(item.attribute, item.measured);
      }
      // ρ over fewer than five items says too little to raise a finding.
      const double rho = check.fewItems ? kNotComputable : check.rho;
      if (auto finding = checkAssumptionsAgreement(check.group, predictedPairs, measuredPairs, rho))
        res.focus.push_back(std::move(*finding));
    }
    res.assumptions.push_back(std::move(check));
  }
}

}  // namespace

void Analyzer::CellAccumulator::merge(const CellAccumulator& other) {
  importance.merge(other.importance);
  satisfaction.merge(other.satisfaction);
  satisfactionOutcome.merge(other.satisfactionOutcome);
  importanceTopBox += other.importanceTopBox;
  importanceTopTwo += other.importanceTopTwo;
  satisfactionTopTwo += other.satisfactionTopTwo;
}

Analyzer::Analyzer(const SurveyLayout& layout, AnalysisOptions options)
    : layout_(layout), options_(std::move(options)) {
  // A layout whose vectors are shorter than its attribute list is taken to
  // lack those measures rather than read past the end.
  const std::size_t attributeCount = layout_.attributes.size();
  layout_.hasImportance.resize(attributeCount, false);
  layout_.hasSatisfaction.resize(attributeCount, false);
  layout_.importanceScale.resize(attributeCount);
  layout_.satisfactionScale.resize(attributeCount);
  for (std::size_t a = 0; a < attributeCount; ++a) {
    hasImportance_.push_back(layout_.hasImportance[a] ? 1 : 0);
    hasSatisfaction_.push_back(layout_.hasSatisfaction[a] ? 1 : 0);
    topOfScale_.push_back(layout_.importanceScale[a].max);
    importanceTopTwo_.push_back(layout_.importanceScale[a].max - 1.0);
    satisfactionTopTwo_.push_back(layout_.satisfactionScale[a].max - 1.0);
  }
  hasOutcome_ = layout_.outcome != OutcomeKind::None;
  groups_.resize(1);
  cells_.resize(attributeCount);
  kano_.resize(layout_.kanoAttributes.size());
  if (hasOutcome_) {
    for (std::size_t a = 0; a < attributeCount; ++a) {
      if (hasSatisfaction_[a] == 0) continue;
      driverItems_.push_back(a);
      driverShifts_.push_back(layout_.satisfactionScale[a].midpoint());
    }
    driverShifts_.push_back(
        layout_.outcome == OutcomeKind::TwoLabel ? 0.5 : layout_.outcomeScale.midpoint());
    if (!driverItems_.empty()) {
      driverRow_.resize(driverItems_.size() + 1);
      drivers_.emplace_back(driverItems_.size() + 1, driverShifts_, kReservoirSeed);
      allDrivers_.emplace_back(driverItems_.size() + 1, driverShifts_, kReservoirSeed ^ 0xA11u);
    }
  }
}

std::size_t Analyzer::slotOf(std::string_view group) {
  // Most tables have a handful of groups, often in no order: comparing the
  // name with each is cheaper than hashing it on every row.
  const std::size_t listed = groups_.size() - 1;
  if (listed <= kScannedGroups) {
    for (std::size_t slot = 1; slot <= listed; ++slot)
      if (groups_[slot].name == group) return slot;
  } else if (const auto it = slotByName_.find(group); it != slotByName_.end()) {
    return it->second;
  }
  if (listed >= options_.maxGroups) return 0;
  const std::size_t slot = groups_.size();
  groups_.emplace_back().name = std::string(group);
  cells_.resize(cells_.size() + layout_.attributes.size());
  kano_.resize(kano_.size() + layout_.kanoAttributes.size());
  if (!drivers_.empty())
    drivers_.emplace_back(driverItems_.size() + 1, driverShifts_, kReservoirSeed + slot);
  slotByName_.emplace(std::string(group), slot);
  return slot;
}

void Analyzer::add(const Response& response) {
  const std::string_view group = trim(response.group);
  std::size_t slot = 0;
  if (group.empty()) ++rowsWithoutGroup_;
  else if ((slot = slotOf(group)) == 0) ++rowsInUnlistedGroups_;

  GroupAccumulator& g = groups_[slot];
  ++g.rows;
  if (response.role == Role::Primary) ++g.primaryVotes;
  if (response.role == Role::Supporting) ++g.supportingVotes;
  if (g.firstRole == Role::Unknown) g.firstRole = response.role;
  if (layout_.hasNps) g.nps.add(response.nps);

  const std::size_t attributeCount = layout_.attributes.size();
  CellAccumulator* cells = cells_.data() + slot * attributeCount;
  if (response.importance != nullptr) {
    for (std::size_t a = 0; a < attributeCount; ++a) {
      const double x = response.importance[a];
      if (hasImportance_[a] == 0 || !std::isfinite(x)) continue;
      cells[a].importance.add(x);
      if (x >= topOfScale_[a]) ++cells[a].importanceTopBox;
      if (x >= importanceTopTwo_[a]) ++cells[a].importanceTopTwo;
    }
  }
  if (response.satisfaction != nullptr) {
    const double outcome = hasOutcome_ ? response.outcome : kMissing;
    const bool withOutcome = std::isfinite(outcome);
    for (std::size_t a = 0; a < attributeCount; ++a) {
      const double y = response.satisfaction[a];
      if (hasSatisfaction_[a] == 0 || !std::isfinite(y)) continue;
      cells[a].satisfaction.add(y);
      if (y >= satisfactionTopTwo_[a]) ++cells[a].satisfactionTopTwo;
      if (withOutcome) cells[a].satisfactionOutcome.add(y, outcome);
    }
    if (withOutcome && !drivers_.empty()) {
      bool complete = true;
      for (std::size_t i = 0; i < driverItems_.size() && complete; ++i) {
        driverRow_[i] = response.satisfaction[driverItems_[i]];
        complete = std::isfinite(driverRow_[i]);
      }
      if (complete) {
        driverRow_.back() = outcome;
        drivers_[slot].add(driverRow_.data());
        allDrivers_.front().keep(driverRow_.data());
      }
    }
  }
  if (response.kanoFunctional != nullptr && response.kanoDysfunctional != nullptr) {
    const std::size_t kanoCount = layout_.kanoAttributes.size();
    KanoCounts* kano = kano_.data() + slot * kanoCount;
    for (std::size_t k = 0; k < kanoCount; ++k)
      kano[k].add(response.kanoFunctional[k], response.kanoDysfunctional[k]);
  }
}

// An explicit role wins; otherwise the rows vote, and a tie goes to the role
// the group's first row with a role gave (the reader already resolved each
// row's role from the Role column, the mapping and the Customers register).
Role Analyzer::resolveRole(std::size_t slot) const {
  const GroupAccumulator& g = groups_[slot];
  const std::string key = foldedKey(g.name);
  for (const auto& [name, role] : options_.groupRoles)
    if (role != Role::Unknown && foldedKey(name) == key) return role;
  if (g.primaryVotes > g.supportingVotes) return Role::Primary;
  if (g.supportingVotes > g.primaryVotes) return Role::Supporting;
  return g.firstRole;
}

// Per group, the model of the outcome on every satisfaction item. The
// resamples are 500 unless the models together would take more than about
// 0.8 s; then each gets as many as fit in that time, but at least 100 (fewer
// would make the 2.5th and 97.5th percentiles rest on two or three draws).
void Analyzer::finishKeyDrivers(Results& res) const {
  if (allDrivers_.empty()) return;
  const std::size_t groupCount = groups_.size();
  // All's sums are its groups' sums (rows without a listed group in slot 0).
  DriverData all = allDrivers_.front();
  for (const DriverData& d : drivers_) all.mergeSums(d);
  const auto dataOf = [&](std::size_t g) -> const DriverData& {
    return g == 0 ? all : drivers_[g];
  };
  double cost = 0.0;
  for (std::size_t g = 0; g < groupCount; ++g)
    if (dataOf(g).n() >= options_.minN && dataOf(g).n() >= driverItems_.size() + 2)
      cost += resampleCost(dataOf(g));
  std::size_t resamples = options_.keyDriverResamples;
  constexpr double kBudget = 8e8;  // nanoseconds
  if (cost > 0.0 && cost * static_cast<double>(resamples) > kBudget)
    resamples = std::max<std::size_t>(std::min<std::size_t>(resamples, 100),
                                      static_cast<std::size_t>(kBudget / cost));
  for (std::size_t g = 0; g < groupCount; ++g) {
    const DriverData& data = dataOf(g);
    KeyDriverModel model;
    model.group = g;
    model.suppressed = data.n() > 0 && data.n() < options_.minN;
    if (model.suppressed) {
      model.estimate.n = data.n();
      model.estimate.method = driverItems_.size() <= kMaxDominanceItems
                                  ? DriverMethod::Dominance
                                  : DriverMethod::RelativeWeights;
    } else {
      model.estimate = estimateKeyDrivers(data, resamples, kBootstrapSeed + g);
    }
    const KeyDriverEstimate& e = model.estimate;
    std::vector<double> negated;
    for (double share : e.shares) negated.push_back(-share);
    const std::vector<double> ranks = averageRanks(negated);
    for (std::size_t i = 0; i < driverItems_.size(); ++i) {
      KeyDriver d;
      d.group = g;
      d.attribute = driverItems_[i];
      if (!model.suppressed && i < e.r.size()) d.r = e.r[i];
      if (!model.suppressed && i < e.shares.size()) {
        d.share = e.shares[i];
        d.shareLow = e.shareLow[i];
        d.shareHigh = e.shareHigh[i];
        if (e.rSquared > 0.0) d.rescaled = e.shares[i] / e.rSquared * 100.0;
        d.rank = ranks[i];
      }
      res.keyDrivers.push_back(d);
    }
    res.keyDriverModels.push_back(std::move(model));
  }
}

Results Analyzer::finish(const InputSummary& input) const {
  const std::size_t attributeCount = layout_.attributes.size();
  const std::size_t kanoCount = layout_.kanoAttributes.size();
  const std::size_t groupCount = groups_.size();  // All and the listed groups
  const std::size_t minN = options_.minN;
  const auto tooFew = [&](std::uint64_t n) { return n > 0 && n < minN; };

  Results res;
  res.input = input;
  res.minN = minN;
  res.crosshair = options_.crosshair;
  res.attributes = layout_.attributes;
  res.kanoAttributes = layout_.kanoAttributes;
  if (hasOutcome_) res.outcomeName = layout_.outcomeName;
  res.hasNps = layout_.hasNps;
  res.rowsWithoutGroup = rowsWithoutGroup_;
  res.rowsInUnlistedGroups = rowsInUnlistedGroups_;

  // All is every slot merged, which keeps the hot loop to one group per row.
  std::vector<CellAccumulator> allCells(attributeCount);
  std::vector<KanoCounts> allKano(kanoCount);
  GroupAccumulator all;
  for (std::size_t slot = 0; slot < groupCount; ++slot) {
    all.rows += groups_[slot].rows;
    all.nps.merge(groups_[slot].nps);
    for (std::size_t a = 0; a < attributeCount; ++a) allCells[a].merge(cells_[slot * attributeCount + a]);
    for (std::size_t k = 0; k < kanoCount; ++k) allKano[k].merge(kano_[slot * kanoCount + k]);
  }
  const auto cellAcc = [&](std::size_t g, std::size_t a) -> const CellAccumulator& {
    return g == 0 ? allCells[a] : cells_[g * attributeCount + a];
  };
  const auto groupAcc = [&](std::size_t g) -> const GroupAccumulator& {
    return g == 0 ? all : groups_[g];
  };

  std::set<std::string> taken = {std::string(kAllGroupName)};
  for (std::size_t g = 1; g < groupCount; ++g) taken.insert(groups_[g].name);
  res.groups.resize(groupCount);
  res.groups[0].name = std::string(kAllGroupName);
  res.groups[0].n = all.rows;
  for (std::size_t g = 1; g < groupCount; ++g) {
    res.groups[g].name = groups_[g].name == kAllGroupName ? uniqueName(groups_[g].name, taken)
                                                          : groups_[g].name;
    res.groups[g].role = resolveRole(g);
    res.groups[g].n = groups_[g].rows;
  }

  // Value matrix, crosshairs, quadrants, bunching.
  res.cells.resize(groupCount * attributeCount);
  for (std::size_t g = 0; g < groupCount; ++g) {
    GroupResult& group = res.groups[g];
    Moments importanceMeans, satisfactionMeans, spread;
    std::uint64_t topBox = 0;
    for (std::size_t a = 0; a < attributeCount; ++a) {
      const CellAccumulator& acc = cellAcc(g, a);
      CellResult& c = res.cells[g * attributeCount + a];
      c.group = g;
      c.attribute = a;
      c.importance = measureOf(hasImportance_[a] != 0, acc.importance, acc.importanceTopTwo,
                               layout_.importanceScale[a], minN);
      c.satisfaction = measureOf(hasSatisfaction_[a] != 0, acc.satisfaction, acc.satisfactionTopTwo,
                                 layout_.satisfactionScale[a], minN);
      c.suppressed = c.importance.suppressed || c.satisfaction.suppressed;
      if (isShown(c.importance) && isShown(c.satisfaction)) {
        const double imp = c.importance.estimate.mean, sat = c.satisfaction.estimate.mean;
        // Equal means give a gap of 0, never a rounding residue such as −2.2e-16.
        c.gap = nearlyEqual(imp, sat) ? 0.0 : imp - sat;
        importanceMeans.add(c.importance.estimate.mean);
        satisfactionMeans.add(c.satisfaction.estimate.mean);
      }
      if (isShown(c.importance)) {
        group.bunching.answers += c.importance.estimate.n;
        topBox += acc.importanceTopBox;
        const Scale& s = layout_.importanceScale[a];
        if (s.max > s.min) spread.add((c.importance.estimate.mean - s.min) / (s.max - s.min));
      }
    }
    finishBunching(group.bunching, topBox, spread);
    if (options_.crosshair == Crosshair::DataMeans) {
      group.crosshairImportance = importanceMeans.mean();
      group.crosshairSatisfaction = satisfactionMeans.mean();
    } else {
      Moments importanceMid, satisfactionMid;
      for (std::size_t a = 0; a < attributeCount; ++a) {
        if (hasImportance_[a] != 0) importanceMid.add(layout_.importanceScale[a].midpoint());
        if (hasSatisfaction_[a] != 0) satisfactionMid.add(layout_.satisfactionScale[a].midpoint());
      }
      group.crosshairImportance = importanceMid.mean();
      group.crosshairSatisfaction = satisfactionMid.mean();
    }
    for (std::size_t a = 0; a < attributeCount; ++a) {
      CellResult& c = res.cells[g * attributeCount + a];
      if (options_.crosshair == Crosshair::DataMeans) {
        c.crosshairImportance = group.crosshairImportance;
        c.crosshairSatisfaction = group.crosshairSatisfaction;
      } else {
        c.crosshairImportance = layout_.importanceScale[a].midpoint();
        c.crosshairSatisfaction = layout_.satisfactionScale[a].midpoint();
      }
      c.quadrant = quadrantOf(c);
    }
  }
  rankPriorities(res);

  // Derived importance.
  if (hasOutcome_) {
    for (std::size_t g = 0; g < groupCount; ++g) {
      for (std::size_t a = 0; a < attributeCount; ++a) {
        if (hasSatisfaction_[a] == 0) continue;
        const Comoments& co = cellAcc(g, a).satisfactionOutcome;
        DerivedImportance d;
        d.group = g;
        d.attribute = a;
        d.n = co.n();
        d.pointBiserial = layout_.outcome == OutcomeKind::TwoLabel;
        d.suppressed = tooFew(d.n);
        if (!d.suppressed) d.r = co.pearson();
        const Measure& stated = res.cell(g, a).importance;
        if (isShown(stated)) d.statedImportance = stated.estimate.mean;
        res.derivedImportance.push_back(d);
      }
    }
  }

  // Primary vs supporting. The mission-drift rule: the supporting group's
  // importance mean is above its crosshair ("rates it high"), the primary
  // group's is not, and primary − supporting is below 0 with q < 0.05.
  std::vector<std::size_t> primaries, supporters;
  for (std::size_t g = 1; g < groupCount; ++g) {
    if (res.groups[g].role == Role::Primary) primaries.push_back(g);
    if (res.groups[g].role == Role::Supporting) supporters.push_back(g);
  }
  for (std::size_t a = 0; a < attributeCount; ++a) {
    for (std::size_t p : primaries) {
      for (std::size_t s : supporters) {
        GroupComparison cmp;
        cmp.attribute = a;
        cmp.primaryGroup = p;
        cmp.supportingGroup = s;
        const CellResult& pc = res.cell(p, a);
        const CellResult& sc = res.cell(s, a);
        if (isShown(pc.importance) && isShown(sc.importance))
          cmp.importance = welchDifference(cellAcc(p, a).importance, cellAcc(s, a).importance);
        if (isShown(pc.satisfaction) && isShown(sc.satisfaction))
          cmp.satisfaction =
              welchDifference(cellAcc(p, a).satisfaction, cellAcc(s, a).satisfaction);
        res.primaryVsSupporting.push_back(cmp);
      }
    }
  }
  adjustComparisons(res);
  for (GroupComparison& cmp : res.primaryVsSupporting) {
    const CellResult& pc = res.cell(cmp.primaryGroup, cmp.attribute);
    const CellResult& sc = res.cell(cmp.supportingGroup, cmp.attribute);
    cmp.missionDrift = isShown(pc.importance) && isShown(sc.importance) &&
                       sc.importance.estimate.mean > sc.crosshairImportance &&
                       !(pc.importance.estimate.mean > pc.crosshairImportance) &&
                       cmp.importance.difference < 0.0 && cmp.importance.significant();
  }

  // NPS.
  if (layout_.hasNps) {
    for (std::size_t g = 0; g < groupCount; ++g) {
      const NpsCounts& counts = groupAcc(g).nps;
      NpsResult r;
      r.group = g;
      r.estimate = estimateNps(counts);
      r.distribution = counts.distribution();
      r.suppressed = tooFew(r.estimate.n);
      if (r.suppressed) {
        const std::uint64_t n = r.estimate.n;
        r.estimate = NpsEstimate{};
        r.estimate.n = n;
        r.distribution = {};
      }
      res.nps.push_back(r);
    }
    for (std::size_t p : primaries) {
      for (std::size_t s : supporters) {
        NpsComparison c;
        c.primaryGroup = p;
        c.supportingGroup = s;
        if (!res.nps[p].suppressed && !res.nps[s].suppressed)
          c.difference = npsDifference(groupAcc(s).nps, groupAcc(p).nps);
        res.npsDifferences.push_back(c);
      }
    }
  }

  // Kano.
  for (std::size_t g = 0; g < groupCount; ++g) {
    for (std::size_t k = 0; k < kanoCount; ++k) {
      const KanoCounts& counts = g == 0 ? allKano[k] : kano_[g * kanoCount + k];
      KanoResult r;
      r.group = g;
      r.attribute = k;
      r.summary = summarizeKano(counts);
      r.suppressed = tooFew(r.summary.total);
      r.unreliable = r.summary.total > 0 && r.summary.total < kMinKanoAnswers;
      if (r.suppressed) {
        KanoSummary totalOnly;
        totalOnly.total = r.summary.total;
        r.summary = totalOnly;
      }
      res.kano.push_back(r);
    }
  }

  finishKeyDrivers(res);
  compareAssumptions(res, options_.assumptions);
  return res;
}

}  // namespace cf::core
