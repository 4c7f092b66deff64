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
  // Chan, Golub & LeVeque (1979): combining the two centred sums is as exact
  // as having streamed every value through one accumulator.
  const double na = asDouble(n_);
  const double nb = asDouble(other.n_);
  const double n = na + nb;
  const double delta = other.mean_ - mean_;
  mean_ += delta * (nb / n);
  m2_ += other.m2_ + delta * delta * (na * nb / n);
  n_ += other.n_;
}

double Moments::mean() const { return n_ == 0 ? kNotComputable : mean_; }

double Moments::variance() const {
  if (n_ < 2) return kNotComputable;
  return std::max(0.0, m2_) / asDouble(n_ - 1);
}

double Moments::sd() const { return std::sqrt(variance()); }

void Comoments::merge(const Comoments& other) {
  if (other.n_ == 0) return;
  if (n_ == 0) {
    *this = other;
    return;
  }
  const double na = asDouble(n_);
  const double nb = asDouble(other.n_);
  const double n = na + nb;
  const double dx = other.meanX_ - meanX_;
  const double dy = other.meanY_ - meanY_;
  const double w = na * nb / n;
  meanX_ += dx * (nb / n);
  meanY_ += dy * (nb / n);
  m2x_ += other.m2x_ + dx * dx * w;
  m2y_ += other.m2y_ + dy * dy * w;
  cxy_ += other.cxy_ + dx * dy * w;
  n_ += other.n_;
}

double Comoments::pearson() const {
  if (n_ < 2 || !(m2x_ > 0.0) || !(m2y_ > 0.0)) return kNotComputable;
  const double r = cxy_ / std::sqrt(m2x_ * m2y_);
  // Rounding can push a perfect correlation a hair past ±1.
  return std::clamp(r, -1.0, 1.0);
}

double studentTQuantile(double p, double df) {
  if (!(p > 0.0 && p < 1.0) || !(df > 0.0) || !std::isfinite(df)) return kNotComputable;
  const boost::math::students_t_distribution<double, NoThrow> dist(df);
  const double t = boost::math::quantile(dist, p);
  return std::isfinite(t) ? t : kNotComputable;
}

MeanEstimate estimateMean(const Moments& m) {
  MeanEstimate e;
  e.n = m.n();
  e.mean = m.mean();
  if (e.n < 2) return e;
  e.sd = m.sd();
  const double t = studentTQuantile(0.975, asDouble(e.n - 1));
  const double half = t * e.sd / std::sqrt(asDouble(e.n));
  e.ciLow = e.mean - half;
  e.ciHigh = e.mean + half;
  return e;
}

MeanDifference welchDifference(const Moments& a, const Moments& b) {
  MeanDifference d;
  if (a.n() == 0 || b.n() == 0) return d;
  d.difference = a.mean() - b.mean();
  if (a.n() < 2 || b.n() < 2) return d;
  const double va = a.variance() / asDouble(a.n());
  const double vb = b.variance() / asDouble(b.n());
  const double se2 = va + vb;
  if (se2 == 0.0) {
    d.ciLow = d.ciHigh = d.difference;
    return d;
  }
  d.df = se2 * se2 / (va * va / asDouble(a.n() - 1) + vb * vb / asDouble(b.n() - 1));
  const double half = studentTQuantile(0.975, d.df) * std::sqrt(se2);
  d.ciLow = d.difference - half;
  d.ciHigh = d.difference + half;
  return d;
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
    while (last < order.size() && values[order[last]] == values[order[first]]) ++last;
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

NpsEstimate estimateNps(const NpsCounts& counts) {
  NpsEstimate e;
  e.n = counts.n();
  e.promoters = counts.promoters();
  e.passives = counts.passives();
  e.detractors = counts.detractors();
  if (e.n == 0) return e;
  const double n = asDouble(e.n);
  // From the counts rather than from p − d, so that a score such as 20 comes
  // out as exactly 20.
  e.score = 100.0 * (asDouble(e.promoters) - asDouble(e.detractors)) / n;
  if (e.n < 2) return e;
  const double p = asDouble(e.promoters) / n;
  const double d = asDouble(e.detractors) / n;
  const double variance = std::max(0.0, 100.0 * 100.0 * (p + d - (p - d) * (p - d)) / n);
  const double half = kZ975 * std::sqrt(variance);
  e.ciLow = std::max(-100.0, e.score - half);
  e.ciHigh = std::min(100.0, e.score + half);
  return e;
}

}  // namespace cf::core
