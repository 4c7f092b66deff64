// Kano analysis: each respondent's functional and dysfunctional answers give
// one category (Attractive, One-dimensional, Must-be, Indifferent, Reverse,
// Questionable); the counts per attribute give its category, its strength,
// Better/Worse coefficients and Fong's significance test.
//
//   KanoCounts c;
//   c.add(KanoAnswer::Like, KanoAnswer::Dislike);   // one respondent: O
//   KanoSummary s = summarizeKano(c);                // s.category == O
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "stats.h"
#include "survey.h"

namespace cf::core {

enum class KanoCategory : std::uint8_t {
  Attractive,      // A
  OneDimensional,  // O
  MustBe,          // M
  Indifferent,     // I
  Reverse,         // R
  Questionable,    // Q
};
inline constexpr std::size_t kKanoCategoryCount = 6;

// "A", "O", "M", "I", "R", "Q": the letters used in JSON and in sheets.
std::string_view kanoCategoryCode(KanoCategory category);

// The category of one answer pair from the Kano evaluation table; nullopt
// when either answer is KanoAnswer::None.
std::optional<KanoCategory> classifyKano(KanoAnswer functional, KanoAnswer dysfunctional);

// Counts of categories for one attribute (and group).
class KanoCounts {
 public:
  // Pairs with a missing answer are not counted.
  void add(KanoAnswer functional, KanoAnswer dysfunctional) {
    if (const auto c = classifyKano(functional, dysfunctional)) ++counts_[static_cast<std::size_t>(*c)];
  }
  void merge(const KanoCounts& other);

  std::uint64_t count(KanoCategory c) const { return counts_[static_cast<std::size_t>(c)]; }
  const std::array<std::uint64_t, kKanoCategoryCount>& counts() const { return counts_; }
  std::uint64_t total() const;

 private:
  std::array<std::uint64_t, kKanoCategoryCount> counts_{};
};

// What the Kano sheet shows for one attribute. Percentages are of every
// classified answer (A+O+M+I+R+Q). Fields that cannot be computed are NaN or
// nullopt: everything but the counts when there are no answers, Better and
// Worse when A+O+M+I is 0.
struct KanoSummary {
  std::array<std::uint64_t, kKanoCategoryCount> counts{};
  std::uint64_t total = 0;
  // The most frequent category (ties broken by M > O > A > I > R > Q).
  std::optional<KanoCategory> category;
  // The category by the M > O > A > I rule: when the two most frequent
  // categories are both among M, O, A and I and within 5 percentage points of
  // each other, the one of them that comes first in M > O > A > I; otherwise
  // `category`.
  std::optional<KanoCategory> categoryByRule;
  // Total strength: (A + O + M) / total · 100, in percent.
  double totalStrength = kNotComputable;
  // Category strength: share of the most frequent category minus share of the
  // second, in percentage points.
  double categoryStrength = kNotComputable;
  // Better = (A + O) / (A + O + M + I), in [0, 1].
  double better = kNotComputable;
  // Worse = −(O + M) / (A + O + M + I), in [−1, 0].
  double worse = kNotComputable;
  // Fong's test on the two most frequent counts a and b: significant when
  // |a − b| ≥ 1.65 · √((a + b)(2n − a − b) / (2n)). nullopt when n = 0.
  std::optional<bool> fongSignificant;
};

KanoSummary summarizeKano(const KanoCounts& counts);

}  // namespace cf::core
