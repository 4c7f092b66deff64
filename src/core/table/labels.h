// Answer scales: the numeric rating scales surveys use, the words of a
// two-label outcome, and the Kano answers. Internal to src/core/table.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include <string>
#include <vector>

#include "mapping.h"
#include "survey.h"
#include "table/words.h"

namespace cf::core::detail {

// The rating scales surveys use. A column whose numbers fit none of them
// (Age, Flight Distance) is not a rating. Rarer ones (1–4, 1–6) are left out on
// purpose: a 1–5 item that nobody happened to rate 5 would otherwise be read
// as 1–4 and get the wrong midpoint; the mapping can still say 1–4.
inline constexpr Scale kItemScales[] = {{1, 5}, {0, 5}, {1, 7}, {1, 10}, {0, 10}};
inline constexpr Scale kBinaryScale{0, 1};

inline bool sameScale(const Scale& a, const Scale& b) { return a.min == b.min && a.max == b.max; }

std::optional<Scale> smallestScale(double min, double max, bool allowBinary);
// For a column named as an item whose numbers fit no usual scale: the whole
// numbers around what was seen, or `fallback` when that is no scale at all.
Scale observedScale(double min, double max, Scale fallback);

// Which label of a two-label outcome means "satisfied": +1 positive,
// -1 negative, 0 unknown.
int labelPolarity(std::string_view folded);

// Kano answers as they appear on forms, folded, without final punctuation.
struct KanoWord {
  std::string_view text;
  KanoAnswer answer;
};
extern const KanoWord kKanoWords[];
extern const std::size_t kKanoWordCount;

// A column's text answers read as a label scale: each distinct text with its
// place on the scale, or not applicable.
struct LabelScaleMatch {
  Measure measure = Measure::None;  // what the scale's words measure
  Scale scale;
  std::vector<ValueLabel> labels;   // one per text given, in the order given
  bool numbered = false;            // the values came from numbers in the labels
};

// `texts` are a column's distinct answers (as written). nullopt when some
// text fits no known scale (and is not a number or a not-applicable answer),
// or when no text is a scale label at all.
std::optional<LabelScaleMatch> matchLabelScale(const std::vector<std::string>& texts);

// "5 - Very satisfied", "0 = Not at all likely", "Very helpful10", "(3) Neutral":
// the number such a label carries; nullopt for a label without one.
std::optional<double> numberInLabel(std::string_view text);

}  // namespace cf::core::detail
