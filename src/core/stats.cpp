#include "stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <boost/math/distributions/students_t.hpp>

namespace cf::core {
namespace {

// Boost.Math throws on a domain error by default; core must not throw, so
// errors become NaN (or ±inf) that the callers below already treat as "not
// computable".
using NoThrow = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::errno_on_error>,
    boost::math::policies::pole_error<boost::math::policies::errno_on_error>,
    boost::math::policies::overflow_error<boost::math::policies::errno_on_error>,
    boost::math::policies::evaluation_error<boost::math::policies::errno_on_error>,
    boost::math::policies::rounding_error<boost::math::policies::errno_on_error>>;

double asDouble(std::uint64_t n) { return static_cast<double>(n); }

}  // namespace

void Moments::merge(const Moments& other) {
  if (other.n_ == 0) return;
  if (n_ == 0) {
    *this = other;
    return;
  }
  // Re-centre the other side's sums on this side's first value:
  // Σ(x − s) = Σ(x − s') + n·δ and Σ(x − s)² = Σ(x − s')² + 2δ·Σ(x − s') + n·δ²,
  // with δ = s' − s.
  const double delta = other.shift_ - shift_;
  const double nb = asDouble(other.n_);
  deviations_ += other.deviations_ + nb * delta;
  squares_ += other.squares_ + 2.0 * delta * other.deviations_ + nb * delta * delta;
  sum_.add(other.sum_);
  n_ += other.n_;
}

double Moments::mean() const { return n_ == 0 ? kNotComputable : sum_.value() / asDouble(n_); }

double Moments::variance() const {
  if (n_ < 2) return kNotComputable;
  const double n = asDouble(n_);
  const double m2 = squares_ - deviations_ * deviations_ / n;
  return std::max(0.0, m2) / (n - 1.0);
}

double Moments::sd() const { return std::sqrt(variance()); }

void Comoments::merge(const Comoments& other) {
  if (other.n_ == 0) return;
  if (n_ == 0) {
    *this = other;
    return;
  }
  const double nb = asDouble(other.n_);
  const double ax = other.shiftX_ - shiftX_;
  const double ay = other.shiftY_ - shiftY_;
  sxx_ += other.sxx_ + 2.0 * ax * other.sx_ + nb * ax * ax;
  syy_ += other.syy_ + 2.0 * ay * other.sy_ + nb * ay * ay;
  sxy_ += other.sxy_ + ax * other.sy_ + ay * other.sx_ + nb * ax * ay;
  sx_ += other.sx_ + nb * ax;
  sy_ += other.sy_ + nb * ay;
  n_ += other.n_;
}

double Comoments::pearson() const {
  if (n_ < 2) return kNotComputable;
  const double n = asDouble(n_);
  const double cxx = sxx_ - sx_ * sx_ / n;
  const double cyy = syy_ - sy_ * sy_ / n;
  const double cxy = sxy_ - sx_ * sy_ / n;
  if (!(cxx > 0.0) || !(cyy > 0.0)) return kNotComputable;
  const double r = cxy / std::sqrt(cxx * cyy);
  // Rounding can push a perfect correlation a hair past ±1.
  return std::clamp(r, -1.0, 1.0);
}

bool nearlyEqual(double a, double b) {
  if (a == b) return true;
  if (!std::isfinite(a) || !std::isfinite(b)) return false;
  return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

double studentTQuantile(double p, double df) {
  if (!(p > 0.0 && p < 1.0) || !(df > 0.0) || !std::isfinite(df)) return kNotComputable;
  const boost::math::students_t_distribution<double, NoThrow> dist(df);
  const double t = boost::math::quantile(dist, p);
  return std::isfinite(t) ? t : kNotComputable;
}

MeanEstimate estimateMean(const Moments& m, double scaleMin, double scaleMax) {
  MeanEstimate e;
  e.n = m.n();
  e.mean = m.mean();
  if (e.n < 2) return e;
  e.sd = m.sd();
  const double t = studentTQuantile(0.975, asDouble(e.n - 1));
  const double half = t * e.sd / std::sqrt(asDouble(e.n));
  e.ciLow = e.mean - half;
  e.ciHigh = e.mean + half;
  if (scaleMin <= scaleMax) {
    e.ciLow = std::clamp(e.ciLow, scaleMin, scaleMax);
    e.ciHigh = std::clamp(e.ciHigh, scaleMin, scaleMax);
  }
  return e;
}

namespace {

// Welch on summaries: the sizes, means and sample variances of the sides.
MeanDifference welch(std::uint64_t na, double meanA, double varA, std::uint64_t nb, double meanB,
                     double varB) {
  MeanDifference d;
  if (na == 0 || nb == 0) return d;
  d.difference = meanA - meanB;
  if (na < 2 || nb < 2) return d;
  const double va = varA / asDouble(na);
  const double vb = varB / asDouble(nb);
  const double se2 = va + vb;
  // Both sides constant: nothing to test the difference against.
  if (!(se2 > 0.0)) return d;
  d.df = se2 * se2 / (va * va / asDouble(na - 1) + vb * vb / asDouble(nb - 1));
  const double se = std::sqrt(se2);
  const double half = studentTQuantile(0.975, d.df) * se;
  d.ciLow = d.difference - half;
  d.ciHigh = d.difference + half;
  if (std::isfinite(d.df) && d.df > 0.0) {
    const boost::math::students_t_distribution<double, NoThrow> dist(d.df);
    const double p =
        2.0 * boost::math::cdf(boost::math::complement(dist, std::fabs(d.difference) / se));
    if (std::isfinite(p)) d.p = std::clamp(p, 0.0, 1.0);
  }
  return d;
}

}  // namespace

MeanDifference welchDifference(const Moments& a, const Moments& b) {
  return welch(a.n(), a.mean(), a.variance(), b.n(), b.mean(), b.variance());
}

MeanDifference welchDifference(const MeanEstimate& a, const MeanEstimate& b) {
  if (!std::isfinite(a.mean) || !std::isfinite(b.mean)) return {};
  return welch(a.n, a.mean, a.sd * a.sd, b.n, b.mean, b.sd * b.sd);
}

std::vector<double> adjustBenjaminiHochberg(std::span<const double> p) {
  std::vector<double> q(p.size(), kNotComputable);
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (std::isfinite(p[i])) order.push_back(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t l, std::size_t r) { return p[l] < p[r]; });
  const double m = asDouble(order.size());
  double running = 1.0;
  for (std::size_t k = order.size(); k-- > 0;) {
    running = std::min(running, m * p[order[k]] / asDouble(k + 1));
    q[order[k]] = std::clamp(running, 0.0, 1.0);
  }
  return q;
}

ProportionEstimate wilsonInterval(std::uint64_t k, std::uint64_t n) {
  ProportionEstimate e;
  e.k = k;
  e.n = n;
  if (n == 0 || k > n) return e;
  const double nn = asDouble(n);
  const double p = asDouble(k) / nn;
  const double z2 = kZ975 * kZ975;
  const double centre = (p + z2 / (2.0 * nn)) / (1.0 + z2 / nn);
  const double half = kZ975 / (1.0 + z2 / nn) * std::sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn));
  e.share = p;
  // At k = 0 or k = n the bound is 0 or 1 exactly; rounding must not move it.
  e.ciLow = k == 0 ? 0.0 : std::max(0.0, centre - half);
  e.ciHigh = k == n ? 1.0 : std::min(1.0, centre + half);
  return e;
}

std::vector<double> averageRanks(std::span<const double> values) {
  std::vector<double> ranks(values.size(), kNotComputable);
  std::vector<std::size_t> order;
  order.reserve(values.size());
  for (std::size_t i = 0; i < values.size(); ++i)
    if (std::isfinite(values[i])) order.push_back(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t l, std::size_t r) { return values[l] < values[r]; });
  for (std::size_t first = 0; first < order.size();) {
    std::size_t last = first + 1;
    while (last < order.size() && nearlyEqual(values[order[last]], values[order[first]])) ++last;
    // Positions first..last−1 hold equal values; ranks are 1-based.
    const double rank = (asDouble(first + 1) + asDouble(last)) / 2.0;
    for (std::size_t k = first; k < last; ++k) ranks[order[k]] = rank;
    first = last;
  }
  return ranks;
}

double spearman(std::span<const double> x, std::span<const double> y) {
  if (x.size() != y.size()) return kNotComputable;
  std::vector<double> xs, ys;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (std::isfinite(x[i]) && std::isfinite(y[i])) {
      xs.push_back(x[i]);
      ys.push_back(y[i]);
    }
  }
  const std::vector<double> rx = averageRanks(xs);
  const std::vector<double> ry = averageRanks(ys);
  Comoments c;
  for (std::size_t i = 0; i < rx.size(); ++i) c.add(rx[i], ry[i]);
  return c.pearson();
}

void NpsCounts::merge(const NpsCounts& other) {
  for (std::size_t k = 0; k < counts_.size(); ++k) counts_[k] += other.counts_[k];
}

std::uint64_t NpsCounts::n() const {
  return std::accumulate(counts_.begin(), counts_.end(), std::uint64_t{0});
}

std::uint64_t NpsCounts::detractors() const {
  return std::accumulate(counts_.begin(), counts_.begin() + 7, std::uint64_t{0});
}

namespace {

// Rocks (2016): ¾ added to promoters and to detractors, 3 to n.
struct AdjustedNps {
  double centre = kNotComputable;    // p' − d'
  double variance = kNotComputable;  // (p' + d' − (p' − d')²) / n'
};

AdjustedNps adjustedNps(std::uint64_t n, std::uint64_t promoters, std::uint64_t detractors) {
  AdjustedNps a;
  if (n == 0) return a;
  const double nn = asDouble(n) + 3.0;
  const double p = (asDouble(promoters) + 0.75) / nn;
  const double d = (asDouble(detractors) + 0.75) / nn;
  a.centre = p - d;
  a.variance = std::max(0.0, (p + d - (p - d) * (p - d)) / nn);
  return a;
}

}  // namespace

NpsEstimate estimateNps(const NpsCounts& counts) {
  NpsEstimate e;
  e.n = counts.n();
  e.promoters = counts.promoters();
  e.passives = counts.passives();
  e.detractors = counts.detractors();
  if (e.n == 0) return e;
  // From the counts rather than from p − d, so that a score such as 20 comes
  // out as exactly 20.
  e.score = 100.0 * (asDouble(e.promoters) - asDouble(e.detractors)) / asDouble(e.n);
  const AdjustedNps a = adjustedNps(e.n, e.promoters, e.detractors);
  const double half = kZ975 * std::sqrt(a.variance);
  e.ciLow = std::max(-100.0, 100.0 * (a.centre - half));
  e.ciHigh = std::min(100.0, 100.0 * (a.centre + half));
  return e;
}

NpsDifference npsDifference(const NpsCounts& other, const NpsCounts& base) {
  return npsDifference(estimateNps(other), estimateNps(base));
}

NpsDifference npsDifference(const NpsEstimate& o, const NpsEstimate& b) {
  NpsDifference d;
  if (o.n == 0 || b.n == 0) return d;
  d.difference = o.score - b.score;
  const AdjustedNps ao = adjustedNps(o.n, o.promoters, o.detractors);
  const AdjustedNps ab = adjustedNps(b.n, b.promoters, b.detractors);
  const double centre = ao.centre - ab.centre;
  const double half = kZ975 * std::sqrt(ao.variance + ab.variance);
  d.ciLow = std::max(-200.0, 100.0 * (centre - half));
  d.ciHigh = std::min(200.0, 100.0 * (centre + half));
  return d;
}

}  // namespace cf::core
