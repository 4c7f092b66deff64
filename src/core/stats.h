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

// A sum that keeps the bits plain addition drops (Neumaier's compensated
// summation): a million answers add up as exactly as a handful.
class ExactSum {
 public:
  void add(double x) {
    const double t = sum_ + x;
    if (std::fabs(sum_) >= std::fabs(x))
      compensation_ += (sum_ - t) + x;
    else
      compensation_ += (x - t) + sum_;
    sum_ = t;
  }
  void add(const ExactSum& other) {
    add(other.sum_);
    add(other.compensation_);
  }
  double value() const { return sum_ + compensation_; }

 private:
  double sum_ = 0.0;
  double compensation_ = 0.0;
};

// Count, mean and spread of a stream of values. The mean is the sum divided
// by n, as a reader would compute it (so 45/10 is 4.5, not a running update's
// 4.499999999999999); the spread comes from sums of deviations from the first
// value, which keeps them exact for whole-number answers. Values that are NaN
// or infinite are ignored.
class Moments {
 public:
  void add(double x) {
    if (!std::isfinite(x)) return;
    if (n_ == 0) shift_ = x;
    ++n_;
    sum_.add(x);
    const double d = x - shift_;
    deviations_ += d;
    squares_ += d * d;
  }
  // As if every value added to `other` had been added here.
  void merge(const Moments& other);

  std::uint64_t n() const { return n_; }
  // sum / n; NaN when there are no values.
  double mean() const;
  // Sample variance (denominator n − 1); NaN when n < 2.
  double variance() const;
  // Sample standard deviation; NaN when n < 2.
  double sd() const;

 private:
  std::uint64_t n_ = 0;
  ExactSum sum_;
  double shift_ = 0.0;       // the first value
  double deviations_ = 0.0;  // sum of (x − shift)
  double squares_ = 0.0;     // sum of (x − shift)²
};

// Paired values for a correlation, streamed as sums of deviations from the
// first pair. A pair with a NaN or infinite member is ignored.
class Comoments {
 public:
  void add(double x, double y) {
    if (!std::isfinite(x) || !std::isfinite(y)) return;
    if (n_ == 0) {
      shiftX_ = x;
      shiftY_ = y;
    }
    ++n_;
    const double dx = x - shiftX_;
    const double dy = y - shiftY_;
    sx_ += dx;
    sy_ += dy;
    sxx_ += dx * dx;
    syy_ += dy * dy;
    sxy_ += dx * dy;
  }
  void merge(const Comoments& other);

  std::uint64_t n() const { return n_; }
  // Pearson's r, in [−1, 1]; NaN when n < 2 or when either variable is constant.
  // With y coded 0/1 this is the point-biserial correlation.
  double pearson() const;

 private:
  std::uint64_t n_ = 0;
  double shiftX_ = 0.0;
  double shiftY_ = 0.0;
  double sx_ = 0.0;
  double sy_ = 0.0;
  double sxx_ = 0.0;
  double syy_ = 0.0;
  double sxy_ = 0.0;
};

// Two numbers are tied when they differ by at most 1e-9 of the larger in
// magnitude: means that are equal on paper but reached by different sums
// must rank together.
bool nearlyEqual(double a, double b);

// A mean with its 95% Student-t confidence interval. Fields that cannot be
// computed are NaN: mean when n = 0; sd and the interval when n < 2.
struct MeanEstimate {
  std::uint64_t n = 0;
  double mean = kNotComputable;
  double sd = kNotComputable;
  double ciLow = kNotComputable;
  double ciHigh = kNotComputable;
};

// mean ± t(0.975, n − 1) · sd / √n, clamped to [scaleMin, scaleMax] (the
// item's scale: no mean can lie off it). When every value is equal the
// interval is the single point [mean, mean].
MeanEstimate estimateMean(const Moments& m,
                          double scaleMin = -std::numeric_limits<double>::infinity(),
                          double scaleMax = std::numeric_limits<double>::infinity());

// The p-quantile of Student's t distribution with `df` degrees of freedom
// (df may be fractional, as Welch's is). NaN when p is not in (0, 1) or df is
// not a positive finite number.
double studentTQuantile(double p, double df);

// Difference of two means, a − b, with its Welch 95% confidence interval,
// the Welch–Satterthwaite degrees of freedom and the two-sided Welch p. The
// difference is NaN when a side has no values; the interval, df and p are NaN
// when a side has fewer than two, and when both sides are constant (no spread
// to test against). `q` is filled in by the caller (Benjamini–Hochberg over a
// family, see adjustBenjaminiHochberg).
struct MeanDifference {
  double difference = kNotComputable;
  double ciLow = kNotComputable;
  double ciHigh = kNotComputable;
  double df = kNotComputable;
  double p = kNotComputable;
  double q = kNotComputable;
  // The interval excludes 0. False when it was not computable.
  bool intervalExcludesZero() const { return ciLow > 0.0 || ciHigh < 0.0; }
  // q < 0.05: the difference holds after the correction for many comparisons.
  // False when q was not computed.
  bool significant() const { return q < 0.05; }
};

MeanDifference welchDifference(const Moments& a, const Moments& b);
// The same from two estimates' n, mean and sd (as a wave's Value Matrix
// keeps them); all NaN when either mean is NaN.
MeanDifference welchDifference(const MeanEstimate& a, const MeanEstimate& b);

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

// Benjamini–Hochberg adjusted p values (q) of a family of tests: q(i) = min
// over j with p(j) ≥ p(i) of m · p(j) / rank(j), capped at 1, where m is the
// number of finite p values. A NaN p stays NaN and is not counted in m.
std::vector<double> adjustBenjaminiHochberg(std::span<const double> p);

// Ranks 1..n of `values` in ascending order; tied values (nearlyEqual) share
// the average of the ranks they span ({10, 20, 20, 30} → {1, 2.5, 2.5, 4}).
// NaN stays NaN and takes no rank.
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

// score = 100 · (P − D) / n. Its 95% interval is adjusted-Wald (Rocks 2016,
// "Interval estimation for the Net Promoter Score", The American
// Statistician 70(4)): n' = n + 3, p' = (P + ¾)/n', d' = (D + ¾)/n',
// 100 · ((p' − d') ± z · √((p' + d' − (p' − d')²)/n')), clamped to
// [−100, 100]. Score and interval are NaN when n = 0.
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

// The NPS of `other` minus the NPS of `base`, in points, with the adjusted-Wald
// 95% interval of the difference: centred on the difference of the adjusted
// proportions, with the two adjusted variances summed, ×100, clamped to
// [−200, 200]. All NaN when either side has no answers.
struct NpsDifference {
  double difference = kNotComputable;
  double ciLow = kNotComputable;
  double ciHigh = kNotComputable;
};

NpsDifference npsDifference(const NpsCounts& other, const NpsCounts& base);
// The same from the two estimates' n, promoters and detractors.
NpsDifference npsDifference(const NpsEstimate& other, const NpsEstimate& base);

}  // namespace cf::core
