#include "key_drivers.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <system_error>
#include <thread>
#include <vector>

#include <Eigen/Dense>

// Sources:
// - Lindeman, Merenda & Gold (1980), Introduction to Bivariate and
//   Multivariate Analysis: the LMG measure.
// - Grömping (2006), "Relative importance for linear regression in R: the
//   package relaimpo", Journal of Statistical Software 17(1): LMG as the
//   average over orders, and the worked examples the unit tests reproduce.
// - Johnson (2000), "A heuristic method for estimating the relative weight of
//   predictor variables in multiple regression", Multivariate Behavioral
//   Research 35(1).

namespace cf::core {
namespace {

using Matrix = Eigen::MatrixXd;
using Vector = Eigen::VectorXd;

// A pivot (residual variance of an item, in units of its variance) below
// this means the item is a linear combination of the ones already in.
constexpr double kPivotTolerance = 1e-10;
constexpr std::size_t kBlockRows = 64;

double asDouble(std::uint64_t n) { return static_cast<double>(n); }

std::uint64_t nextRandom(std::uint64_t& state) {
  // splitmix64: small, fast, the same stream on every platform.
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// A uniform index below `bound`.
std::size_t randomBelow(std::uint64_t& state, std::uint64_t bound) {
  return static_cast<std::size_t>((static_cast<unsigned __int128>(nextRandom(state)) * bound) >>
                                  64);
}

// Correlation matrix from centred cross products; a variable without spread
// gets 1 on the diagonal and 0 elsewhere, so that it explains nothing.
Matrix correlationOf(const Matrix& covariance) {
  const Eigen::Index p = covariance.rows();
  Vector scale(p);
  for (Eigen::Index i = 0; i < p; ++i) {
    const double v = covariance(i, i);
    scale(i) = v > 0.0 ? 1.0 / std::sqrt(v) : 0.0;
  }
  Matrix c = scale.asDiagonal() * covariance * scale.asDiagonal();
  for (Eigen::Index i = 0; i < p; ++i) c(i, i) = 1.0;
  return c.cwiseMax(-1.0).cwiseMin(1.0);
}

bool outcomeHasSpread(const Matrix& covariance) {
  const Eigen::Index y = covariance.rows() - 1;
  return covariance(y, y) > 0.0;
}

// R² of the outcome on every subset of the items, indexed by bit mask. Depth
// first: a subset is its parent plus one item after the parent's last, and
// its partial covariance matrix over the items still to come and the outcome
// is the Schur complement of the parent's on that item (one step of the sweep
// operator). The outcome stays in the last row, where 1 − R² of the subset
// can be read. There are 2^k such steps on matrices of a few rows, so they
// run on the lower triangles of small arrays on the stack: the per-call cost
// of a general matrix library would be most of the time here.
class SubsetRSquared {
 public:
  static constexpr std::size_t kStride = kMaxDominanceItems + 1;

  SubsetRSquared(const Matrix& correlation, std::vector<double>& r2)
      : items_(static_cast<std::size_t>(correlation.rows()) - 1), r2_(r2) {
    r2_.assign(std::size_t{1} << items_, 0.0);
    levels_.resize(items_ + 1);
    for (std::size_t c = 0; c <= items_; ++c)
      for (std::size_t r = c; r <= items_; ++r)
        levels_[0][c * kStride + r] =
            correlation(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c));
    visit(0, 0, 0);
  }

 private:
  // Column-major lower triangle: element (row r, column c), r ≥ c, at c·kStride + r.
  using Level = std::array<double, kStride * kStride>;

  void visit(std::size_t depth, std::size_t first, std::uint32_t mask) {
    const double* m = levels_[depth].data();
    const std::size_t size = items_ - first + 1;  // items to come + outcome
    const std::size_t y = size - 1;
    double* next = levels_[depth + 1].data();
    for (std::size_t i = 0; i < y; ++i) {
      const std::size_t item = first + i;
      const std::size_t tail = size - i - 1;
      const double* column = m + i * kStride;  // column i: (r, i) for r ≥ i
      const double pivot = column[i];
      const bool independent = pivot > kPivotTolerance;
      const std::uint32_t with = mask | (std::uint32_t{1} << item);
      if (tail == 1) {
        // The last item: only the outcome is left, so its residual variance
        // is all that is needed.
        const double residual =
            independent ? m[y * kStride + y] - column[y] * column[y] / pivot : m[y * kStride + y];
        r2_[with] = std::clamp(1.0 - residual, 0.0, 1.0);
        continue;
      }
      for (std::size_t c = 0; c < tail; ++c) {
        const double* source = m + (i + 1 + c) * kStride + (i + 1);
        double* target = next + c * kStride;
        const double factor = independent ? column[i + 1 + c] / pivot : 0.0;
        for (std::size_t r = c; r < tail; ++r) target[r] = source[r] - factor * column[i + 1 + r];
      }
      r2_[with] = std::clamp(1.0 - next[(tail - 1) * kStride + tail - 1], 0.0, 1.0);
      visit(depth + 1, item + 1, with);
    }
  }

  std::size_t items_;
  std::vector<double>& r2_;
  std::vector<Level> levels_;
};

DriverShares dominanceOf(const Matrix& correlation) {
  DriverShares out;
  const auto k = static_cast<std::size_t>(correlation.rows()) - 1;
  std::vector<double> r2;
  const SubsetRSquared walk(correlation, r2);
  // Each order puts an item after a set S of the others with probability
  // |S|! (k − |S| − 1)! / k!, that is 1 / (k · C(k − 1, |S|)).
  std::vector<double> weight(k);
  double binomial = 1.0;  // C(k − 1, s)
  for (std::size_t s = 0; s < k; ++s) {
    weight[s] = 1.0 / (asDouble(k) * binomial);
    binomial = binomial * asDouble(k - 1 - s) / asDouble(s + 1);
  }
  const std::size_t subsets = std::size_t{1} << k;
  std::vector<double> weightOf(subsets);  // the weight of a set S, by its mask
  for (std::size_t mask = 0; mask < subsets; ++mask)
    weightOf[mask] = mask + 1 < subsets ? weight[static_cast<std::size_t>(__builtin_popcountll(mask))] : 0.0;
  // Item j's share sums over the sets without j: these are runs of `bit`
  // consecutive masks, each with its partner `bit` further on, so the inner
  // loop is branch-free and reads memory in order. Four partial sums keep
  // the additions from waiting on each other.
  out.shares.assign(k, 0.0);
  for (std::size_t j = 0; j < k; ++j) {
    const std::size_t bit = std::size_t{1} << j;
    double sum[4] = {0.0, 0.0, 0.0, 0.0};
    for (std::size_t base = 0; base < subsets; base += 2 * bit) {
      const double* w = weightOf.data() + base;
      const double* without = r2.data() + base;
      const double* with = without + bit;
      std::size_t m = 0;
      for (; m + 4 <= bit; m += 4)
        for (std::size_t u = 0; u < 4; ++u) sum[u] += w[m + u] * (with[m + u] - without[m + u]);
      for (; m < bit; ++m) sum[0] += w[m] * (with[m] - without[m]);
    }
    out.shares[j] = (sum[0] + sum[1]) + (sum[2] + sum[3]);
  }
  out.rSquared = r2[subsets - 1];
  return out;
}

DriverShares relativeWeightsOf(const Matrix& correlation) {
  DriverShares out;
  const Eigen::Index k = correlation.rows() - 1;
  const Matrix rxx = correlation.topLeftCorner(k, k);
  const Vector rxy = correlation.col(k).head(k);
  const Eigen::SelfAdjointEigenSolver<Matrix> eigen(rxx);
  if (eigen.info() != Eigen::Success) return out;
  const Vector lambda = eigen.eigenvalues().cwiseMax(0.0);
  const double largest = lambda.maxCoeff();
  Vector root(k), inverseRoot(k);
  for (Eigen::Index i = 0; i < k; ++i) {
    root(i) = std::sqrt(lambda(i));
    inverseRoot(i) = lambda(i) > kPivotTolerance * std::max(1.0, largest) ? 1.0 / root(i) : 0.0;
  }
  const Matrix& v = eigen.eigenvectors();
  // Λ = V D^½ Vᵀ correlates the items with their orthogonal counterparts Z;
  // β = Λ⁻¹ r_xy regresses the outcome on Z; item j gets Σ_m Λ_jm² β_m².
  const Matrix lambdaRoot = v * root.asDiagonal() * v.transpose();
  const Vector beta = v * inverseRoot.asDiagonal() * v.transpose() * rxy;
  const Vector weights = lambdaRoot.cwiseAbs2() * beta.cwiseAbs2();
  out.shares.assign(weights.data(), weights.data() + k);
  for (double& s : out.shares) s = std::max(0.0, s);
  out.rSquared = std::clamp(beta.squaredNorm(), 0.0, 1.0);
  return out;
}

DriverShares sharesOf(const Matrix& covariance) {
  if (!outcomeHasSpread(covariance)) return {};
  const Matrix c = correlationOf(covariance);
  if (static_cast<std::size_t>(c.rows()) - 1 <= kMaxDominanceItems) return dominanceOf(c);
  return relativeWeightsOf(c);
}

Eigen::Map<const Matrix> mapSquare(std::span<const double> values, std::size_t size) {
  return {values.data(), static_cast<Eigen::Index>(size), static_cast<Eigen::Index>(size)};
}

}  // namespace

DriverShares dominanceShares(std::span<const double> correlation, std::size_t items) {
  if (items == 0 || items > 30 || correlation.size() != (items + 1) * (items + 1)) return {};
  return dominanceOf(mapSquare(correlation, items + 1));
}

DriverShares relativeWeightShares(std::span<const double> correlation, std::size_t items) {
  if (items == 0 || correlation.size() != (items + 1) * (items + 1)) return {};
  return relativeWeightsOf(mapSquare(correlation, items + 1));
}

DriverData::DriverData(std::size_t variables, std::vector<double> shifts, std::uint64_t seed)
    : variables_(variables), shifts_(std::move(shifts)), random_(seed) {
  shifts_.resize(variables_, 0.0);
  pending_.resize(kBlockRows * variables_);
  cross_.assign(variables_ * variables_, 0.0);
  sums_.assign(variables_, 0.0);
}

void DriverData::add(const double* values) {
  double* row = pending_.data() + pendingRows_ * variables_;
  for (std::size_t v = 0; v < variables_; ++v) row[v] = values[v] - shifts_[v];
  if (++pendingRows_ == kBlockRows) flush();
  keep(values);
}

void DriverData::keep(const double* values) {
  // Reservoir sampling (Vitter's algorithm R): after n rows, each has the
  // same chance kBootstrapRows / n of being kept.
  const std::size_t kept = keptRows();
  if (kept < kBootstrapRows) {
    kept_.insert(kept_.end(), values, values + variables_);
  } else {
    const std::size_t slot = randomBelow(random_, n_ + 1);
    if (slot < kBootstrapRows)
      std::copy(values, values + variables_,
                kept_.begin() + static_cast<std::ptrdiff_t>(slot * variables_));
  }
  ++n_;
}

void DriverData::mergeSums(const DriverData& other) {
  if (other.variables_ != variables_) return;
  flush();
  other.flush();
  for (std::size_t i = 0; i < cross_.size(); ++i) cross_[i] += other.cross_[i];
  for (std::size_t i = 0; i < sums_.size(); ++i) sums_[i] += other.sums_[i];
}

void DriverData::flush() const {
  if (pendingRows_ == 0) return;
  const auto p = static_cast<Eigen::Index>(variables_);
  const Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>
      block(pending_.data(), static_cast<Eigen::Index>(pendingRows_), p);
  Eigen::Map<Matrix> cross(cross_.data(), p, p);
  cross.selfadjointView<Eigen::Lower>().rankUpdate(block.transpose());
  Eigen::Map<Vector>(sums_.data(), p) += block.colwise().sum().transpose();
  pendingRows_ = 0;
}

std::vector<double> DriverData::correlation() const {
  if (n_ < 2) return {};
  flush();
  const auto p = static_cast<Eigen::Index>(variables_);
  const Eigen::Map<const Vector> sums(sums_.data(), p);
  Matrix covariance = Eigen::Map<const Matrix>(cross_.data(), p, p).selfadjointView<Eigen::Lower>();
  covariance -= sums * sums.transpose() / asDouble(n_);
  const Matrix c = correlationOf(covariance);
  std::vector<double> out(c.size());
  Eigen::Map<Matrix>(out.data(), p, p) = c;
  if (!outcomeHasSpread(covariance)) out.clear();
  return out;
}

double percentile(std::vector<double>& values, double probability) {
  if (values.empty()) return kNotComputable;
  std::sort(values.begin(), values.end());
  const double h = (asDouble(values.size()) - 1.0) * std::clamp(probability, 0.0, 1.0);
  const auto low = static_cast<std::size_t>(std::floor(h));
  const std::size_t high = std::min(low + 1, values.size() - 1);
  return values[low] + (h - asDouble(low)) * (values[high] - values[low]);
}

KeyDriverEstimate estimateKeyDrivers(const DriverData& data, std::size_t resamples,
                                     std::uint64_t seed) {
  KeyDriverEstimate e;
  const std::size_t p = data.variables();
  const std::size_t k = p - 1;
  e.n = data.n();
  e.method = k <= kMaxDominanceItems ? DriverMethod::Dominance : DriverMethod::RelativeWeights;
  if (k == 0 || e.n < k + 2) return e;
  const std::vector<double> correlation = data.correlation();
  if (correlation.empty()) return e;
  const auto pi = static_cast<Eigen::Index>(p);
  const Eigen::Map<const Matrix> c(correlation.data(), pi, pi);
  for (std::size_t j = 0; j < k; ++j) {
    const auto jj = static_cast<Eigen::Index>(j);
    // An item without spread has no correlation (its row was zeroed).
    const bool constant = c.row(jj).head(pi - 1).cwiseAbs().sum() == 1.0 && c(jj, pi - 1) == 0.0;
    e.r.push_back(constant ? kNotComputable : c(jj, pi - 1));
  }
  const DriverShares estimate = k <= kMaxDominanceItems ? dominanceOf(c) : relativeWeightsOf(c);
  if (!std::isfinite(estimate.rSquared)) return e;
  e.rSquared = estimate.rSquared;
  e.shares = estimate.shares;
  e.shareLow.assign(k, kNotComputable);
  e.shareHigh.assign(k, kNotComputable);

  // Bootstrap: resample the kept rows with replacement.
  const std::size_t m = data.keptRows();
  if (resamples == 0 || m < k + 2) return e;
  const Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>
      kept(data.kept().data(), static_cast<Eigen::Index>(m), pi);
  // Centred on the kept rows' means, for precision.
  const Eigen::RowVectorXd centre = kept.cast<double>().colwise().mean();
  std::vector<double> reference;  // the shares on the kept rows themselves
  if (m < e.n) {
    Matrix x = kept.cast<double>().rowwise() - centre;
    Matrix cov = Matrix::Zero(pi, pi);
    cov.selfadjointView<Eigen::Lower>().rankUpdate(x.transpose());
    cov = cov.selfadjointView<Eigen::Lower>();
    const Vector sums = x.colwise().sum().transpose();
    cov -= sums * sums.transpose() / asDouble(m);
    reference = sharesOf(cov).shares;
    if (reference.size() != k) return e;
  }
  // The rows of every resample are drawn first, in order from the seed, so
  // that the resamples can then be computed on several cores and still give
  // the same interval as one after the other.
  std::uint64_t state = seed;
  std::vector<std::uint32_t> rows(resamples * m);
  for (std::uint32_t& row : rows) row = static_cast<std::uint32_t>(randomBelow(state, m));
  std::vector<DriverShares> results(resamples);
  // Never throws: a resample that cannot be computed (out of memory) is
  // left out, and the count of resamples says so.
  const auto compute = [&](std::size_t from, std::size_t to) noexcept {
    try {
      Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> x(
          static_cast<Eigen::Index>(m), pi);
      Matrix cov(pi, pi);
      for (std::size_t b = from; b < to; ++b) {
        const std::uint32_t* drawn = rows.data() + b * m;
        for (std::size_t i = 0; i < m; ++i)
          x.row(static_cast<Eigen::Index>(i)) =
              kept.row(static_cast<Eigen::Index>(drawn[i])).cast<double>() - centre;
        cov.setZero();
        cov.selfadjointView<Eigen::Lower>().rankUpdate(x.transpose());
        cov = cov.selfadjointView<Eigen::Lower>();
        const Vector sums = x.colwise().sum().transpose();
        cov -= sums * sums.transpose() / asDouble(m);
        results[b] = sharesOf(cov);
      }
    } catch (...) {
    }
  };
  // A second core when the machine has one and the work is worth a thread.
  const std::size_t cores = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
  const std::size_t threads = resamples >= 16 ? std::min(cores, resamples / 8) : 1;
  std::vector<std::thread> helpers;
  helpers.reserve(threads);
  const std::size_t chunk = (resamples + threads - 1) / threads;
  for (std::size_t t = 1; t < threads; ++t) {
    const std::size_t from = std::min(resamples, t * chunk),
                      to = std::min(resamples, (t + 1) * chunk);
    try {
      helpers.emplace_back(compute, from, to);
    } catch (const std::system_error&) {
      compute(from, to);  // no thread to be had: here, then
    }
  }
  compute(0, std::min(resamples, chunk));
  for (std::thread& helper : helpers) helper.join();
  std::vector<std::vector<double>> draws(k);
  for (const DriverShares& s : results) {
    if (s.shares.size() != k) continue;  // the outcome was constant in this resample
    for (std::size_t j = 0; j < k; ++j) draws[j].push_back(s.shares[j]);
  }
  e.resamples = draws[0].size();
  e.bootstrapRows = m;
  if (e.resamples < 2) {
    e.resamples = 0;
    return e;
  }
  // With every row kept this is the plain percentile interval; with a
  // reservoir, the spread around the kept rows' shares is scaled to n.
  const double scale = m < e.n ? std::sqrt(asDouble(m) / asDouble(e.n)) : 1.0;
  for (std::size_t j = 0; j < k; ++j) {
    const double low = percentile(draws[j], 0.025);
    const double high = percentile(draws[j], 0.975);
    if (m < e.n) {
      e.shareLow[j] = std::max(0.0, e.shares[j] + scale * (low - reference[j]));
      e.shareHigh[j] = std::max(0.0, e.shares[j] + scale * (high - reference[j]));
    } else {
      e.shareLow[j] = low;
      e.shareHigh[j] = high;
    }
  }
  return e;
}

}  // namespace cf::core
