#include "table/labels.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>

#include "messages.h"
#include "table/common.h"
#include "text.h"

namespace cf::core::detail {

std::optional<Scale> smallestScale(double min, double max, bool allowBinary) {
  if (!(min <= max)) return std::nullopt;
  if (allowBinary && kBinaryScale.contains(min) && kBinaryScale.contains(max)) return kBinaryScale;
  std::optional<Scale> best;
  for (const Scale& s : kItemScales) {
    if (!s.contains(min) || !s.contains(max)) continue;
    if (!best || s.max - s.min < best->max - best->min) best = s;
  }
  return best;
}

// For a column named as an item whose numbers fit no usual scale: the whole
// numbers around what was seen (a 0–100 rating is real), unless that range is
// no scale at all (one value, or 1e308), when `fallback` is used and the
// values outside it are reported as the rows are read.
Scale observedScale(double min, double max, Scale fallback) {
  const Scale s{std::floor(min), std::ceil(max)};
  const double width = s.max - s.min;
  if (!(width >= 1 && width <= 1000)) return fallback;
  return s;
}


// Which label of a two-label outcome means "satisfied": +1 positive,
// -1 negative, 0 unknown. A negative word wins, so "neutral or dissatisfied"
// and "not satisfied" are negative although they contain "satisfied".
int labelPolarity(std::string_view folded) {
  static constexpr std::string_view kNegative[] = {
      "no",      "n",         "not",        "false",    "neutral", "dissatisfied", "unsatisfied",
      "unhappy", "detractor", "detractors", "negative", "bad",     "poor",         "fail",
      "failed",  "disagree",  "never",      "nope",     "0"};
  static constexpr std::string_view kPositive[] = {
      "yes",       "y",          "true",         "satisfied", "happy",  "promoter",
      "promoters", "positive",   "good",         "pass",      "passed", "agree",
      "success",   "successful", "satisfactory", "loyal",     "1"};
  bool positive = false;
  for (std::string_view w : wordsOf(folded)) {
    if (isOneOf(w, kNegative) || startsWith(w, "dis") || startsWith(w, "un")) return -1;
    if (isOneOf(w, kPositive)) positive = true;
  }
  return positive ? 1 : 0;
}

const KanoWord kKanoWords[] = {
    {"like", KanoAnswer::Like},
    {"i like it", KanoAnswer::Like},
    {"like it", KanoAnswer::Like},
    {"i like it that way", KanoAnswer::Like},
    {"expect", KanoAnswer::Expect},
    {"i expect it", KanoAnswer::Expect},
    {"expect it", KanoAnswer::Expect},
    {"must-be", KanoAnswer::Expect},
    {"must be", KanoAnswer::Expect},
    {"it must be that way", KanoAnswer::Expect},
    {"i expect it to be that way", KanoAnswer::Expect},
    {"neutral", KanoAnswer::Neutral},
    {"i am neutral", KanoAnswer::Neutral},
    {"i'm neutral", KanoAnswer::Neutral},
    {"i don't care", KanoAnswer::Neutral},
    {"indifferent", KanoAnswer::Neutral},
    {"live with", KanoAnswer::LiveWith},
    {"live with it", KanoAnswer::LiveWith},
    {"i can live with it", KanoAnswer::LiveWith},
    {"can live with it", KanoAnswer::LiveWith},
    {"i can tolerate it", KanoAnswer::LiveWith},
    {"dislike", KanoAnswer::Dislike},
    {"i dislike it", KanoAnswer::Dislike},
    {"dislike it", KanoAnswer::Dislike},
    {"i dislike it that way", KanoAnswer::Dislike},
};
const std::size_t kKanoWordCount = std::size(kKanoWords);

}  // namespace cf::core::detail
