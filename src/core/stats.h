// Streaming statistics for survey answers: moments, Student-t and Welch 95%
// confidence intervals, Pearson and Spearman correlation, and the Net Promoter
// Score. The accumulators are small values that never allocate, so the
// analysis can keep one per group × attribute and feed it a million rows.
//
//   Moments m;
//   for (double x : answers) m.add(x);         // NaN and ±inf are ignored
//   MeanEstimate e = estimateMean(m);          // e.ciLow, e.ciHigh: 95% Student-t
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace cf::core {

// "Not computable" in every result below: too few values, no spread, bad input.
inline constexpr double kNotComputable = std::numeric_limits<double>::quiet_NaN();

// The 0.975 quantile of the standard normal distribution (two-sided 95%).
inline constexpr double kZ975 = 1.959963984540054;

// Count, mean and spread of a stream of values (Welford's update, Chan et
// al.'s merge). Values that are NaN or infinite are ignored.
class Moments {
 public:
  void add(double x) {
    if (!std::isfinite(x)) return;
    ++n_;
    const double delta = x - mean_;
    mean_ += delta / static_cast<double>(n_);
    m2_ += delta * (x - mean_);
  }
  // As if every value added to `other` had been added here.
  void merge(const Moments& other);

  std::uint64_t n() const { return n_; }
  // NaN when there are no values.
  double mean() const;
  // Sample variance (denominator n − 1); NaN when n < 2.
  double variance() const;
  // Sample standard deviation; NaN when n < 2.
  double sd() const;

 private:
  std::uint64_t n_ = 0;
  double mean_ = 0.0;
  double m2_ = 0.0;  // sum of squared deviations from the mean
};

// Paired values for a correlation, streamed (bivariate Welford). A pair with a
// NaN or infinite member is ignored.
class Comoments {
 public:
  void add(double x, double y) {
    if (!std::isfinite(x) || !std::isfinite(y)) return;
    ++n_;
    const double inv = 1.0 / static_cast<double>(n_);
    const double dx = x - meanX_;
    meanX_ += dx * inv;
    const double dy = y - meanY_;
    meanY_ += dy * inv;
    m2x_ += dx * (x - meanX_);
    m2y_ += dy * (y - meanY_);
    cxy_ += dx * (y - meanY_);
  }
  void merge(const Comoments& other);

  std::uint64_t n() const { return n_; }
  // Pearson's r, in [−1, 1]; NaN when n < 2 or when either variable is constant.
  // With y coded 0/1 this is the point-biserial correlation.
  double pearson() const;

 private:
  std::uint64_t n_ = 0;
  double meanX_ = 0.0;
  double meanY_ = 0.0;
  double m2x_ = 0.0;
  double m2y_ = 0.0;
  double cxy_ = 0.0;  // sum of cross products of deviations
};

// A mean with its 95% Student-t confidence interval. Fields that cannot be
// computed are NaN: mean when n = 0; sd and the interval when n < 2.
struct MeanEstimate {
  std::uint64_t n = 0;
  double mean = kNotComputable;
  double sd = kNotComputable;
  double ciLow = kNotComputable;
  double ciHigh = kNotComputable;
};

// mean ± t(0.975, n − 1) · sd / √n. When every value is equal the interval is
// the single point [mean, mean].
MeanEstimate estimateMean(const Moments& m);

// The p-quantile of Student's t distribution with `df` degrees of freedom
// (df may be fractional, as Welch's is). NaN when p is not in (0, 1) or df is
// not a positive finite number.
double studentTQuantile(double p, double df);

// Difference of two means, a − b, with its Welch 95% confidence interval and
// the Welch–Satterthwaite degrees of freedom. The difference is NaN when a
// side has no values; the interval and df are NaN when a side has fewer than
// two. When both sides are constant the interval is the single point
// [difference, difference] and df is NaN.
struct MeanDifference {
  double difference = kNotComputable;
  double ciLow = kNotComputable;
  double ciHigh = kNotComputable;
  double df = kNotComputable;
  // The interval excludes 0. False when it was not computable.
  bool significant() const { return ciLow > 0.0 || ciHigh < 0.0; }
};

MeanDifference welchDifference(const Moments& a, const Moments& b);

// A proportion k/n with its Wilson 95% score interval, which stays inside
// [0, 1] and keeps its coverage at small n and near 0 or 1, where the plain
// Wald interval fails. All NaN when n = 0 or k > n.
struct ProportionEstimate {
  std::uint64_t k = 0;
  std::uint64_t n = 0;
  double share = kNotComputable;
  double ciLow = kNotComputable;
  double ciHigh = kNotComputable;
};

ProportionEstimate wilsonInterval(std::uint64_t k, std::uint64_t n);

// Ranks 1..n of `values` in ascending order; tied values share the average of
// the ranks they span ({10, 20, 20, 30} → {1, 2.5, 2.5, 4}). NaN stays NaN and
// takes no rank.
std::vector<double> averageRanks(std::span<const double> values);

// Spearman's ρ: Pearson's r of the average ranks, which is the correct form
// when there are ties. Pairs with a NaN or infinite member are left out. NaN
// when the spans differ in length, fewer than two pairs remain, or either
// side is constant.
double spearman(std::span<const double> x, std::span<const double> y);

// Net Promoter answers, 0–10, counted by value.
class NpsCounts {
 public:
  // Anything other than a whole number from 0 to 10 is ignored: it cannot be
  // put in a category.
  void add(double score) {
    if (!(score >= 0.0 && score <= 10.0)) return;  // also rejects NaN
    const auto k = static_cast<std::size_t>(score);
    if (static_cast<double>(k) != score) return;
    ++counts_[k];
  }
  void merge(const NpsCounts& other);

  const std::array<std::uint64_t, 11>& distribution() const { return counts_; }
  std::uint64_t n() const;
  std::uint64_t promoters() const { return counts_[9] + counts_[10]; }
  std::uint64_t passives() const { return counts_[7] + counts_[8]; }
  std::uint64_t detractors() const;

 private:
  std::array<std::uint64_t, 11> counts_{};
};

// score = 100 · (p − d), with p and d the shares of promoters and detractors;
// its 95% interval is score ± z · √(100² · (p + d − (p − d)²) / n), clamped to
// [−100, 100] because no sample can score outside that range. Score is NaN
// when n = 0; the interval is NaN when n < 2 (a single answer says nothing
// about its spread).
struct NpsEstimate {
  std::uint64_t n = 0;
  std::uint64_t promoters = 0;
  std::uint64_t passives = 0;
  std::uint64_t detractors = 0;
  double score = kNotComputable;
  double ciLow = kNotComputable;
  double ciHigh = kNotComputable;
};

NpsEstimate estimateNps(const NpsCounts& counts);

}  // namespace cf::core
