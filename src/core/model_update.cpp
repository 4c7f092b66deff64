// The survey writes into the model only what it measured, and only where the
// model lets it: values typed by hand are the leaders' record and an update
// must never lose them, so survey values are marked (StatedValue::measure)
// and only those from the same source are replaced.
#include "model_update.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "messages.h"
#include "text.h"

namespace cf::core {
namespace {

bool sameName(std::string_view a, std::string_view b) {
  return foldCase(trim(a)) == foldCase(trim(b));
}

// The model name a survey group stands for: the map's, else its own.
std::string modelNameOf(const std::string& surveyName,
                        const std::map<std::string, std::string>& groupMap) {
  for (const auto& [from, to] : groupMap)
    if (sameName(from, surveyName)) return to;
  return surveyName;
}

// The survey name of a model group: the map's key that points to it, else its own.
std::string surveyNameOf(const std::string& modelName,
                         const std::map<std::string, std::string>& groupMap) {
  for (const auto& [from, to] : groupMap)
    if (sameName(to, modelName)) return from;
  return modelName;
}

int clampedCount(std::uint64_t n) {
  return static_cast<int>(std::min<std::uint64_t>(n, std::numeric_limits<int>::max()));
}

struct Ranked {
  std::size_t attribute = 0;
  double score = 0.0;
  std::uint64_t n = 0;
};

// The group's attributes by what the survey measured of their importance:
// mean stated importance where it was asked, else the key-driver share of
// the outcome's R². Suppressed and missing figures take no part.
std::vector<Ranked> rankedAttributes(const Results& results, std::size_t group,
                                     std::string& measure) {
  std::vector<Ranked> ranked;
  for (std::size_t a = 0; a < results.attributes.size(); ++a) {
    const Measure& m = results.cell(group, a).importance;
    if (m.present && !m.suppressed && std::isfinite(m.estimate.mean))
      ranked.push_back({a, m.estimate.mean, m.estimate.n});
  }
  measure = "importance";
  if (ranked.empty()) {
    // No importance asked: the key drivers, by share of R² in per cent.
    std::uint64_t n = 0;
    for (const KeyDriverModel& model : results.keyDriverModels)
      if (model.group == group && !model.suppressed) n = model.estimate.n;
    for (const KeyDriver& d : results.keyDrivers)
      if (d.group == group && n > 0 && std::isfinite(d.share))
        ranked.push_back({d.attribute, 100.0 * d.share, n});
    measure = "keyDriver";
  }
  // Stable: equal scores keep the table's column order.
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const Ranked& l, const Ranked& r) { return l.score > r.score; });
  return ranked;
}

// The comment the voices analysis quoted for the attribute in the survey
// group, already masked; nullptr when there is none to show (no comment
// columns, no mention, or too few commenters in the group).
const VoiceQuote* quoteOf(const Results& results, const std::string& attribute,
                          const std::string& surveyGroup) {
  if (!results.voices) return nullptr;
  for (const AttributeMentions& mentions : results.voices->attributes) {
    if (mentions.attribute != attribute) continue;
    for (const AttributeMentionStats& stats : mentions.byGroup)
      if (stats.group == surveyGroup && !stats.suppressed && stats.quote &&
          !trim(stats.quote->text).empty())
        return &*stats.quote;
  }
  return nullptr;
}

std::optional<GroupEvidence> evidenceOf(const Results& results, const std::string& surveyName,
                                        const ModelUpdateOptions& options, std::uint64_t n) {
  for (const AssumptionCheck& check : results.assumptions) {
    if (!check.groupFound || !sameName(check.group, surveyName)) continue;
    if (check.evidence == Evidence::None || check.n == 0) return std::nullopt;
    GroupEvidence evidence;
    evidence.source = options.source;
    evidence.date = options.date;
    evidence.respondents = clampedCount(n);
    evidence.basis = std::string(evidenceName(check.evidence));
    if (std::isfinite(check.rho)) evidence.rho = check.rho;
    for (const AssumptionItem& item : check.items) {
      if (!std::isfinite(item.predicted) || !std::isfinite(item.measured)) continue;
      EvidenceItem e;
      e.attribute = item.attribute;
      e.predicted = item.predicted;
      e.measured = item.measured;
      e.predictedRank = item.predictedRank;
      e.measuredRank = item.measuredRank;
      evidence.items.push_back(std::move(e));
    }
    return evidence;
  }
  return std::nullopt;
}

}  // namespace

std::vector<Assumption> assumptionsOf(const Model& model,
                                      const std::map<std::string, std::string>& groupMap) {
  std::vector<Assumption> out;
  for (const CustomerGroup& group : model.customers) {
    const std::string surveyName = surveyNameOf(group.name, groupMap);
    for (const AssumedValue& value : group.assumedValues)
      if (value.importance && !trim(value.text).empty())
        out.push_back({surveyName, std::string(trim(value.text)),
                       static_cast<double>(*value.importance)});
  }
  return out;
}

Result<ModelUpdate> updateModel(const Model& model, const Results& results,
                                const ModelUpdateOptions& options) {
  if (results.groups.size() <= 1)
    return Error{"update.no-groups", tr("update.error.noGroups"), ""};

  ModelUpdate update;
  update.model = model;
  Model& out = update.model;
  bool hasPrimary = std::any_of(out.customers.begin(), out.customers.end(),
                                [](const CustomerGroup& c) { return c.role == Role::Primary; });

  for (std::size_t g = 1; g < results.groups.size(); ++g) {
    const GroupResult& surveyGroup = results.groups[g];
    const std::string modelName = modelNameOf(surveyGroup.name, options.groupMap);
    auto it = std::find_if(out.customers.begin(), out.customers.end(),
                           [&](const CustomerGroup& c) { return sameName(c.name, modelName); });
    if (it == out.customers.end()) {
      update.unmatched.push_back({surveyGroup.name, surveyGroup.role, surveyGroup.n});
      if (!options.addUnmatched) continue;
      CustomerGroup added;
      added.name = std::string(trim(modelName));
      added.role = surveyGroup.role == Role::Primary && !hasPrimary ? Role::Primary
                                                                    : Role::Supporting;
      hasPrimary = hasPrimary || added.role == Role::Primary;
      out.customers.push_back(std::move(added));
      it = std::prev(out.customers.end());
    }
    CustomerGroup& target = *it;

    std::string measure;
    const std::vector<Ranked> ranked = rankedAttributes(results, g, measure);
    // Replace what this source wrote before; keep everything else in place.
    std::erase_if(target.statedValues, [&](const StatedValue& v) {
      return !v.measure.empty() && v.source == options.source;
    });
    const std::size_t count = std::min(options.topValues, ranked.size());
    for (std::size_t k = 0; k < count; ++k) {
      StatedValue value;
      value.text = results.attributes[ranked[k].attribute];
      value.source = options.source;
      value.date = options.date;
      value.respondents = clampedCount(ranked[k].n);
      value.measure = measure;
      value.score = ranked[k].score;
      if (const VoiceQuote* q = quoteOf(results, value.text, surveyGroup.name)) {
        value.quote = q->text;
        value.quoteRow = q->row;
      }
      target.statedValues.push_back(std::move(value));
    }
    update.valuesWritten += count;

    if (auto evidence = evidenceOf(results, surveyGroup.name, options, surveyGroup.n))
      target.evidence = std::move(evidence);
    if (count > 0 || target.evidence) update.updated.push_back(target.name);
  }

  if (update.updated.empty() && !options.addUnmatched &&
      update.unmatched.size() == results.groups.size() - 1) {
    std::string names;
    for (const UnmatchedGroup& u : update.unmatched)
      names += (names.empty() ? "" : ", ") + quote(u.name);
    return Error{"update.no-match", tr("update.error.noMatch", {names}), ""};
  }
  return update;
}

}  // namespace cf::core
