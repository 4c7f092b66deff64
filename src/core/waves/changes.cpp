#include "waves/changes.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "ipa_chart.h"  // shortenedLabel
#include "messages.h"
#include "report.h"  // quadrantLabel
#include "results.h"

// A board member reads these sentences without the table beside them, so
// each one carries its group, its numbers and its interval. A change is only
// called one when it survives the correction for the many comparisons (q <
// 0.05); a "fell" that is noise would send a team after the wrong thing.

namespace cf::core {
namespace {

// A name inside a sentence is cut here: the sentence keeps its numbers, and
// the table beside it has the whole name.
constexpr std::size_t kNameCharacters = 60;

std::string named(std::string_view name) {
  return shortenedLabel(std::string(name), kNameCharacters);
}

std::string meanSentence(const Trend& t, std::size_t last, std::string_view sep) {
  const bool rose = t.change.difference > 0;
  const char* key =
      t.measure == TrendMeasure::Importance
          ? (rose ? "trends.change.importanceRose" : "trends.change.importanceFell")
          : (rose ? "trends.change.satisfactionRose" : "trends.change.satisfactionFell");
  return tr(key,
            {named(trendGroupName(t.group)), named(t.attribute),
             formatWithMinus(t.byWave[last - 1].estimate.mean, 2, sep),
             formatWithMinus(t.byWave[last].estimate.mean, 2, sep),
             formatChange(t.change.difference, 2, sep), formatWithMinus(t.change.ciLow, 2, sep),
             formatWithMinus(t.change.ciHigh, 2, sep)});
}

// "0.00", "0,0", "0": what a number that rounds to zero is written as.
bool roundsToZero(std::string_view text, std::string_view decimalSeparator) {
  return std::all_of(text.begin(), text.end(), [&](char c) {
    return c == '0' || decimalSeparator.find(c) != std::string_view::npos;
  });
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + named(p);
  return out;
}

}  // namespace

std::string trendGroupName(std::string_view group) {
  return group == kAllGroupName ? tr("report.allRespondents") : std::string(group);
}

std::string formatWithMinus(double value, int decimals, std::string_view decimalSeparator) {
  std::string out = formatDecimal(value, decimals, decimalSeparator);
  if (out.empty() || out.front() != '-') return out;
  out.erase(0, 1);
  // "-0.00": a number that rounds to zero has no sign.
  if (roundsToZero(out, decimalSeparator)) return out;
  return "\xE2\x88\x92" + out;  // U+2212 MINUS SIGN
}

std::string formatChange(double value, int decimals, std::string_view decimalSeparator) {
  const std::string out = formatWithMinus(value, decimals, decimalSeparator);
  if (!std::isfinite(value) || value <= 0 || out.rfind("\xE2\x88\x92", 0) == 0) return out;
  // A positive number that rounds to zero stays unsigned, as its negative twin.
  return roundsToZero(out, decimalSeparator) ? out : "+" + out;
}

std::vector<std::string> describeChanges(const WavesResult& waves,
                                         std::string_view decimalSeparator) {
  std::vector<std::string> out;
  if (waves.waves.size() < 2) return out;
  const std::size_t last = waves.waves.size() - 1;
  const std::string fromName = named(waves.waves[last - 1].name);
  const std::string toName = named(waves.waves[last].name);

  std::size_t said = 0;
  for (const Trend* t : realChanges(waves)) {
    // A real change has a q, so both waves showed the mean; a hand-made
    // result might not say so.
    if (t->byWave.size() != waves.waves.size() || !t->byWave[last - 1].shown() ||
        !t->byWave[last].shown())
      continue;
    out.push_back(meanSentence(*t, last, decimalSeparator));
    ++said;
  }
  if (said == 0) {
    const std::string threshold = formatDecimal(0.05, 2, decimalSeparator);
    if (waves.comparisons == 0)
      out.push_back(tr("trends.change.noneTested", {fromName, toName}));
    else if (waves.comparisons == 1)
      out.push_back(tr("trends.change.noneOfOne", {fromName, toName, threshold}));
    else
      out.push_back(tr("trends.change.none",
                       {fromName, toName, std::to_string(waves.comparisons), threshold}));
  }

  std::vector<const NpsTrend*> nps;
  for (const NpsTrend& t : waves.npsTrends) {
    if (t.byWave.size() != waves.waves.size() || !t.byWave[last - 1].shown() ||
        !t.byWave[last].shown() || !std::isfinite(t.change.difference))
      continue;
    if (t.change.ciLow > 0.0 || t.change.ciHigh < 0.0) nps.push_back(&t);
  }
  std::stable_sort(nps.begin(), nps.end(), [](const NpsTrend* a, const NpsTrend* b) {
    return std::fabs(a->change.difference) > std::fabs(b->change.difference);
  });
  for (const NpsTrend* t : nps)
    out.push_back(tr(t->change.difference > 0 ? "trends.nps.rose" : "trends.nps.fell",
                     {named(trendGroupName(t->group)),
                      formatWithMinus(t->byWave[last - 1].estimate.score, 0, decimalSeparator),
                      formatWithMinus(t->byWave[last].estimate.score, 0, decimalSeparator),
                      formatChange(t->change.difference, 0, decimalSeparator),
                      formatWithMinus(t->change.ciLow, 0, decimalSeparator),
                      formatWithMinus(t->change.ciHigh, 0, decimalSeparator)}));

  const std::string concentrate = quote(tr("report.quadrant.concentrate"));
  for (const QuadrantMove& m : waves.moves) {
    const std::string other = quadrantLabel(m.entered ? m.from : m.to);
    const std::string group = named(trendGroupName(m.group));
    if (other.empty())
      out.push_back(tr(m.entered ? "trends.move.entered" : "trends.move.left",
                       {group, named(m.attribute), concentrate}));
    else
      out.push_back(tr(m.entered ? "trends.move.enteredFrom" : "trends.move.leftTo",
                       {group, named(m.attribute), concentrate, quote(other)}));
  }
  return out;
}

std::vector<std::string> describePartial(const WavesResult& waves) {
  std::vector<std::string> out;
  for (const PartialPresence& p : waves.partialAttributes)
    if (!p.waves.empty())
      out.push_back(tr("trends.partial.attribute", {named(p.name), joined(p.waves)}));
  for (const PartialPresence& p : waves.partialGroups)
    if (!p.waves.empty())
      out.push_back(tr("trends.partial.group", {named(trendGroupName(p.name)), joined(p.waves)}));
  return out;
}

}  // namespace cf::core
