// Key drivers: how much of the variance of the outcome each satisfaction item
// explains when the items are taken together. Plain correlations count twice
// what items share; relative importance splits the model's R² fairly:
//
// - general dominance, the LMG measure (Lindeman, Merenda & Gold 1980): each
//   item's increase in R² when it joins a model, averaged over every order in
//   which the items could enter. Exact over all 2^k subsets up to
//   kMaxDominanceItems items;
// - Johnson's relative weights (Johnson 2000, Multivariate Behavioral
//   Research 35(1)) above that: the R² of the outcome on the orthogonal
//   counterparts of the items, split back onto the items.
//
// Both give shares that are never negative and sum to R². The data are the
// complete cases: rows where every item and the outcome are present.
//
//   DriverData data(k + 1, shifts);
//   for (each complete row) data.add(values);   // k items, then the outcome
//   KeyDriverEstimate e = estimateKeyDrivers(data, 500, seed);
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "stats.h"

namespace cf::core {

inline constexpr std::size_t kMaxDominanceItems = 15;

// The bootstrap draws from at most this many rows of a group. Above it, the
// rows are a uniform random sample kept while reading (a reservoir sample),
// and the spread of the resampled shares is scaled by √(rows kept / n): the
// m-out-of-n bootstrap. Memory stays bounded whatever the table's length.
inline constexpr std::size_t kBootstrapRows = 2000;

enum class DriverMethod : std::uint8_t { Dominance, RelativeWeights };

// Shares of R² from a correlation matrix of k items and the outcome (size
// k + 1, row-major, the outcome last). An item without spread gets share 0.
// rSquared is NaN and shares empty when the outcome has no spread or the
// matrix is not of that size.
struct DriverShares {
  double rSquared = kNotComputable;
  std::vector<double> shares;
};

DriverShares dominanceShares(std::span<const double> correlation, std::size_t items);
DriverShares relativeWeightShares(std::span<const double> correlation, std::size_t items);

// Complete cases of one group, streamed: exact cross-product sums for the
// estimate, and a bounded reservoir of rows for the bootstrap.
class DriverData {
 public:
  // `variables` is k + 1; `shifts` (one per variable, e.g. the scale's
  // midpoint) are subtracted before the sums, which keeps them exact.
  DriverData(std::size_t variables, std::vector<double> shifts, std::uint64_t seed);

  // One complete case: `variables` finite values, the outcome last.
  void add(const double* values);
  // A complete case for the bootstrap rows and n only; its sums come from
  // mergeSums (the whole table is the sum of its groups).
  void keep(const double* values);
  // Adds the other's sums (same variables and shifts), not its rows or n.
  void mergeSums(const DriverData& other);

  std::uint64_t n() const { return n_; }
  std::size_t variables() const { return variables_; }
  // The correlation matrix of every row added (row-major); empty when n < 2.
  std::vector<double> correlation() const;
  // The rows kept for the bootstrap (all of them up to kBootstrapRows).
  std::size_t keptRows() const { return kept_.size() / variables_; }
  const std::vector<float>& kept() const { return kept_; }

 private:
  void flush() const;

  std::size_t variables_ = 0;
  std::vector<double> shifts_;
  std::uint64_t n_ = 0;
  std::uint64_t random_ = 0;
  std::vector<float> kept_;
  // Rows waiting to be added to the sums in one block (lower triangle).
  mutable std::vector<double> pending_;
  mutable std::size_t pendingRows_ = 0;
  mutable std::vector<double> cross_;  // Σ d dᵀ, variables × variables
  mutable std::vector<double> sums_;   // Σ d
};

struct KeyDriverEstimate {
  DriverMethod method = DriverMethod::Dominance;
  std::uint64_t n = 0;  // complete cases
  double rSquared = kNotComputable;
  std::vector<double> r;         // bivariate r of each item with the outcome, complete cases
  std::vector<double> shares;    // sum to rSquared; empty when not computable
  std::vector<double> shareLow;  // 2.5th and 97.5th bootstrap percentiles
  std::vector<double> shareHigh;
  std::size_t resamples = 0;      // resamples used for the interval (0: no interval)
  std::size_t bootstrapRows = 0;  // rows each resample draws
};

// The model and its bootstrap interval from `resamples` seeded resamples of
// the kept rows. Needs n ≥ k + 2 (else the estimate is empty).
KeyDriverEstimate estimateKeyDrivers(const DriverData& data, std::size_t resamples,
                                     std::uint64_t seed);

// The percentile of `values` (type 7, linear between order statistics, as R's
// default). NaN when empty. Sorts `values`.
double percentile(std::vector<double>& values, double probability);

}  // namespace cf::core
