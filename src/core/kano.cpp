#include "kano.h"

#include <algorithm>
#include <cmath>
#include <numeric>

// Sources:
// - Kano, Seraku, Takahashi & Tsuji (1984), "Attractive quality and must-be
//   quality", Hinshitsu 14(2): the categories and the questionnaire.
// - Berger, Blauth, Boger et al. (1993), "Kano's methods for understanding
//   customer-defined quality", Center for Quality Management Journal 2(4):
//   the evaluation table below, the M > O > A > I rule and the customer
//   satisfaction coefficients Better and Worse.
// - Lee & Newcomb (1997), "Applying the Kano methodology to meet customer
//   requirements: NASA's microgravity science program", Quality Management
//   Journal 4(3): total strength and category strength.
// - Fong (1996), "Using the self-stated importance questionnaire to interpret
//   Kano questionnaire results", Center for Quality Management Journal 5(3):
//   the test of whether the top two categories really differ.

namespace cf::core {
namespace {

constexpr auto A = KanoCategory::Attractive;
constexpr auto O = KanoCategory::OneDimensional;
constexpr auto M = KanoCategory::MustBe;
constexpr auto I = KanoCategory::Indifferent;
constexpr auto R = KanoCategory::Reverse;
constexpr auto Q = KanoCategory::Questionable;

// Berger et al. (1993), Table 1. Rows: the functional answer ("if the product
// has it"); columns: the dysfunctional answer ("if it does not"); both in the
// order Like, Expect (must-be), Neutral, Live with, Dislike.
constexpr KanoCategory kTable[5][5] = {
    //           Like Expect Neutral LiveWith Dislike
    /* Like     */ {Q, A, A, A, O},
    /* Expect   */ {R, I, I, I, M},
    /* Neutral  */ {R, I, I, I, M},
    /* LiveWith */ {R, I, I, I, M},
    /* Dislike  */ {R, R, R, R, Q},
};

// Position in the M > O > A > I rule; Reverse and Questionable, which say the
// question or the design is in doubt, come last.
int rulePriority(KanoCategory c) {
  switch (c) {
    case KanoCategory::MustBe: return 0;
    case KanoCategory::OneDimensional: return 1;
    case KanoCategory::Attractive: return 2;
    case KanoCategory::Indifferent: return 3;
    case KanoCategory::Reverse: return 4;
    case KanoCategory::Questionable: break;
  }
  return 5;
}

double asDouble(std::uint64_t n) { return static_cast<double>(n); }

}  // namespace

std::string_view kanoCategoryCode(KanoCategory category) {
  switch (category) {
    case KanoCategory::Attractive: return "A";
    case KanoCategory::OneDimensional: return "O";
    case KanoCategory::MustBe: return "M";
    case KanoCategory::Indifferent: return "I";
    case KanoCategory::Reverse: return "R";
    case KanoCategory::Questionable: break;
  }
  return "Q";
}

std::optional<KanoCategory> classifyKano(KanoAnswer functional, KanoAnswer dysfunctional) {
  const auto f = static_cast<int>(functional);
  const auto d = static_cast<int>(dysfunctional);
  // KanoAnswer::None is 0; Like..Dislike are 1..5.
  if (f < 1 || f > 5 || d < 1 || d > 5) return std::nullopt;
  return kTable[f - 1][d - 1];
}

void KanoCounts::merge(const KanoCounts& other) {
  for (std::size_t k = 0; k < counts_.size(); ++k) counts_[k] += other.counts_[k];
}

std::uint64_t KanoCounts::total() const {
  return std::accumulate(counts_.begin(), counts_.end(), std::uint64_t{0});
}

KanoSummary summarizeKano(const KanoCounts& counts) {
  KanoSummary s;
  s.counts = counts.counts();
  s.total = counts.total();
  if (s.total == 0) return s;

  std::array<KanoCategory, kKanoCategoryCount> order = {A, O, M, I, R, Q};
  std::sort(order.begin(), order.end(), [&](KanoCategory l, KanoCategory r) {
    if (counts.count(l) != counts.count(r)) return counts.count(l) > counts.count(r);
    return rulePriority(l) < rulePriority(r);
  });
  const KanoCategory first = order[0];
  const KanoCategory second = order[1];
  const std::uint64_t a = counts.count(first);
  const std::uint64_t b = counts.count(second);
  s.category = first;
  // "Within 5 points" compared in whole counts, (a − b) / n · 100 ≤ 5, so that
  // a difference of exactly 5% is decided the same way on every machine.
  // The rule only chooses between two of M, O, A and I; when R or Q is among
  // the top two, the most frequent category stands.
  const bool close = (a - b) * 100 <= 5 * s.total;
  const bool bothRated = rulePriority(first) <= 3 && rulePriority(second) <= 3;
  s.categoryByRule =
      close && bothRated && rulePriority(second) < rulePriority(first) ? second : first;

  const double n = asDouble(s.total);
  s.totalStrength = 100.0 * asDouble(counts.count(A) + counts.count(O) + counts.count(M)) / n;
  s.categoryStrength = 100.0 * asDouble(a - b) / n;

  const std::uint64_t aomi = counts.count(A) + counts.count(O) + counts.count(M) + counts.count(I);
  if (aomi > 0) {
    s.better = asDouble(counts.count(A) + counts.count(O)) / asDouble(aomi);
    const std::uint64_t om = counts.count(O) + counts.count(M);
    // Written so that "no O or M" is 0, not −0, in the sheet and in JSON.
    s.worse = om == 0 ? 0.0 : -asDouble(om) / asDouble(aomi);
  }

  const double sum = asDouble(a + b);
  const double threshold = 1.65 * std::sqrt(sum * (2.0 * n - sum) / (2.0 * n));
  s.fongSignificant = asDouble(a - b) >= threshold;
  return s;
}

}  // namespace cf::core
