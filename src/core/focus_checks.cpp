#include "focus_checks.h"

#include "messages.h"
#include "text.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace cf::core {
namespace {

bool blank(std::string_view text) { return trim(text).empty(); }

// "A", "A and B", "A, B and C".
std::string joinNames(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? tr("focus.and") : ", ";
    out += names[i];
  }
  return out;
}

Finding finding(std::string id, Severity severity, std::string message) {
  Finding f;
  f.id = std::move(id);
  f.severity = severity;
  f.message = std::move(message);
  return f;
}

Finding groupFinding(std::string id, Severity severity, std::string message, std::size_t index,
                     std::string name) {
  Finding f = finding(std::move(id), severity, std::move(message));
  f.customerIndex = index;
  f.group = std::move(name);
  return f;
}

void checkPrimary(const Model& model, std::vector<Finding>& out) {
  std::vector<std::size_t> primaries;
  for (std::size_t i = 0; i < model.customers.size(); ++i)
    if (model.customers[i].role == Role::Primary) primaries.push_back(i);

  if (model.customers.empty()) {
    out.push_back(finding("CF001", Severity::Error, tr("focus.CF001.noGroups")));
  } else if (primaries.empty()) {
    out.push_back(finding("CF001", Severity::Error, tr("focus.CF001.noPrimary")));
  } else if (primaries.size() > 1) {
    std::vector<std::string> names;
    for (std::size_t i : primaries) names.push_back(quote(displayName(model.customers[i], i)));
    const std::size_t second = primaries[1];
    out.push_back(groupFinding(
        "CF002", Severity::Error,
        tr(primaries.size() == 2 ? "focus.CF002.two" : "focus.CF002.many", {joinNames(names)}),
        second, displayName(model.customers[second], second)));
  }
}

void checkGroup(const CustomerGroup& group, std::size_t index, const std::optional<Date>& today,
                const DateFormat& dates, std::vector<Finding>& out) {
  const std::string name = displayName(group, index);
  const std::string q = quote(name);
  auto add = [&](std::string id, std::string message) {
    out.push_back(groupFinding(std::move(id), Severity::Warning, std::move(message), index, name));
  };

  if (group.role == Role::Primary && blank(group.lifeChanged)) add("CF003", tr("focus.CF003", {q}));
  if (group.role == Role::Supporting && blank(group.whySatisfy))
    add("CF004", tr("focus.CF004", {q}));

  const bool anyStated = std::any_of(group.statedValues.begin(), group.statedValues.end(),
                                     [](const StatedValue& v) { return !blank(v.text); });
  const bool anyAssumed = std::any_of(group.assumedValues.begin(), group.assumedValues.end(),
                                      [](const AssumedValue& v) { return !blank(v.text); });
  if (!anyStated) add("CF005", tr(anyAssumed ? "focus.CF005.assumed" : "focus.CF005.none", {q}));

  const auto planned = [](const ListeningActivity& a) { return !blank(a.method) || a.nextDate; };
  if (std::none_of(group.listening.begin(), group.listening.end(), planned))
    add("CF006", tr("focus.CF006", {q}));

  if (!today) return;
  for (const ListeningActivity& a : group.listening) {
    if (!a.nextDate || !(*a.nextDate < *today)) continue;
    add("CF007", blank(a.method)
                     ? tr("focus.CF007.unnamed", {q, dates.format(*a.nextDate)})
                     : tr("focus.CF007", {quote(trim(a.method)), q, dates.format(*a.nextDate)}));
  }
}

constexpr double kNoRho = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kMinItemsForRho = 5;

// Items in the top 3 of `items`: fewer than three others score strictly higher.
std::vector<std::string> topThree(const std::vector<std::pair<std::string, double>>& items) {
  std::vector<std::string> top;
  for (const auto& item : items) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one.
    const double value = item.second;
    if (std::isnan(value)) continue;
    const auto higher = std::count_if(items.begin(), items.end(), [&](const auto& other) {
      return !std::isnan(other.second) && other.second > value;
    });
    if (higher < 3) top.push_back(foldCase(trim(item.first)));
  }
  return top;
}

bool contains(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// CF008 from the evidence a survey update stored in the group, so that Writer
// shows it without the Calc analysis at hand.
std::optional<Finding> checkStoredEvidence(const CustomerGroup& group, std::size_t index) {
  if (!group.evidence || group.evidence->items.empty()) return std::nullopt;
  std::vector<std::pair<std::string, double>> predicted, measured;
  for (const AssumedValue& v : group.assumedValues)
    if (v.importance && !blank(v.text)) predicted.emplace_back(v.text, *v.importance);
  for (const EvidenceItem& item : group.evidence->items)
    measured.emplace_back(item.attribute, item.measured);
  // Below five items a rank correlation swings on one answer: only the top-3
  // comparison speaks then.
  const double rho = group.evidence->items.size() >= kMinItemsForRho
                         ? group.evidence->rho.value_or(kNoRho)
                         : kNoRho;
  const std::string name = displayName(group, index);
  auto f = checkAssumptionsAgreement(name, predicted, measured, rho);
  if (f) f->customerIndex = index;
  return f;
}

}  // namespace

std::vector<Finding> checkFocus(const Model& model, std::string_view today,
                                const DateFormat& dates) {
  const std::optional<Date> todayDate = parseDate(today);
  assert(todayDate && "checkFocus takes today as YYYY-MM-DD");

  std::vector<Finding> findings;
  checkPrimary(model, findings);
  for (std::size_t i = 0; i < model.customers.size(); ++i)
    checkGroup(model.customers[i], i, todayDate, dates, findings);
  for (std::size_t i = 0; i < model.customers.size(); ++i)
    if (auto f = checkStoredEvidence(model.customers[i], i)) findings.push_back(std::move(*f));

  // Stable: within one group the checks already run in id order.
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity) return a.severity > b.severity;
    if (a.customerIndex.has_value() != b.customerIndex.has_value()) return !a.customerIndex;
    return a.customerIndex && *a.customerIndex < *b.customerIndex;
  });
  return findings;
}

std::optional<Finding> checkAssumptionsAgreement(
    std::string_view group, const std::vector<std::pair<std::string, double>>& predicted,
    const std::vector<std::pair<std::string, double>>& measured, double spearmanRho) {
  std::vector<std::string> reasons;

  if (spearmanRho < 0.5) {
    reasons.push_back(
        tr("focus.CF008.rho", {formatDecimal(spearmanRho, 2, tr("text.decimalSeparator"))}));
  }

  std::vector<std::string> measuredNames;
  for (const auto& [name, value] : measured)
    if (!std::isnan(value)) measuredNames.push_back(foldCase(trim(name)));
  // Only attributes measured take part, so that a prediction nobody was asked
  // about neither pushes others out of the top 3 nor counts as a miss.
  std::vector<std::pair<std::string, double>> comparable;
  for (const auto& item : predicted)
    if (contains(measuredNames, foldCase(trim(item.first)))) comparable.push_back(item);
  const std::vector<std::string> predictedTop = topThree(comparable);
  const std::vector<std::string> measuredTop = topThree(measured);

  std::vector<std::string> missed;
  for (const auto& [name, value] : comparable) {
    const std::string key = foldCase(trim(name));
    if (contains(predictedTop, key) && !contains(measuredTop, key))
      missed.push_back(quote(trim(name)));
  }
  if (!missed.empty())
    reasons.push_back(tr(missed.size() == 1 ? "focus.CF008.missedOne" : "focus.CF008.missed",
                         {joinNames(missed)}));

  if (reasons.empty()) return std::nullopt;
  Finding f =
      finding("CF008", Severity::Info,
              reasons.size() == 1 ? tr("focus.CF008", {quote(group), reasons[0]})
                                  : tr("focus.CF008.both", {quote(group), reasons[0], reasons[1]}));
  f.group = std::string(group);
  return f;
}

}  // namespace cf::core
