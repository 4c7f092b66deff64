// Key drivers against published and independently computed figures.
//
// The data: R's mtcars (Henderson & Velleman 1981, Biometrics 37), mpg on
// cyl, disp, hp and gear, the example the `rwa` package documents in its
// README and its introduction vignette (Tonidandel & LeBreton's relative
// weights): R² = 0.7791896; raw weights cyl 0.2284797, disp 0.2221469,
// hp 0.2321744, gear 0.0963886; rescaled 29.32274, 28.50999, 29.79691,
// 12.37037 (%).
//
// The LMG (general dominance) expectations for the same model were computed
// independently in exact rational arithmetic (Python fractions): the R² of
// every sub-model from its normal equations, and each item's increase in R²
// averaged over all 24 orders of entry (the definition, not the subset
// formula the code uses). Printed to 15 decimals: cyl 0.247052033235208,
// disp 0.243499594795640, hp 0.210912899544274, gear 0.077725111407933; they
// sum to the R² above.
#include <cmath>
#include <numeric>
#include <vector>

#include <gtest/gtest.h>

#include "key_drivers.h"

namespace cf::core {
namespace {

// mpg, cyl, disp, hp, gear for the 32 cars of mtcars, in R's order.
const double kMtcars[32][5] = {
    {21, 6, 160, 110, 4},     {21, 6, 160, 110, 4},     {22.8, 4, 108, 93, 4},
    {21.4, 6, 258, 110, 3},   {18.7, 8, 360, 175, 3},   {18.1, 6, 225, 105, 3},
    {14.3, 8, 360, 245, 3},   {24.4, 4, 146.7, 62, 4},  {22.8, 4, 140.8, 95, 4},
    {19.2, 6, 167.6, 123, 4}, {17.8, 6, 167.6, 123, 4}, {16.4, 8, 275.8, 180, 3},
    {17.3, 8, 275.8, 180, 3}, {15.2, 8, 275.8, 180, 3}, {10.4, 8, 472, 205, 3},
    {10.4, 8, 460, 215, 3},   {14.7, 8, 440, 230, 3},   {32.4, 4, 78.7, 66, 4},
    {30.4, 4, 75.7, 52, 4},   {33.9, 4, 71.1, 65, 4},   {21.5, 4, 120.1, 97, 3},
    {15.5, 8, 318, 150, 3},   {15.2, 8, 304, 150, 3},   {13.3, 8, 350, 245, 3},
    {19.2, 8, 400, 175, 3},   {27.3, 4, 79, 66, 4},     {26, 4, 120.3, 91, 5},
    {30.4, 4, 95.1, 113, 5},  {15.8, 8, 351, 264, 5},   {19.7, 6, 145, 175, 5},
    {15, 8, 301, 335, 5},     {21.4, 4, 121, 109, 4},
};

// The four items, then mpg (the outcome last), as the analysis feeds them.
DriverData mtcarsData() {
  DriverData data(5, {6, 200, 150, 4, 20}, 1);
  for (const auto& car : kMtcars) {
    const double row[5] = {car[1], car[2], car[3], car[4], car[0]};
    data.add(row);
  }
  return data;
}

TEST(KeyDrivers, RelativeWeightsReproduceTheRwaPackagesMtcarsExample) {
  const DriverData data = mtcarsData();
  const std::vector<double> c = data.correlation();
  ASSERT_EQ(c.size(), 25u);
  const DriverShares w = relativeWeightShares(c, 4);
  ASSERT_EQ(w.shares.size(), 4u);
  // To the printed precision (7 significant digits).
  EXPECT_NEAR(w.rSquared, 0.7791896, 5e-8);
  EXPECT_NEAR(w.shares[0], 0.2284797, 5e-8);
  EXPECT_NEAR(w.shares[1], 0.2221469, 5e-8);
  EXPECT_NEAR(w.shares[2], 0.2321744, 5e-8);
  EXPECT_NEAR(w.shares[3], 0.0963886, 5e-8);
  EXPECT_NEAR(w.shares[0] / w.rSquared * 100.0, 29.32274, 5e-6);
  EXPECT_NEAR(w.shares[3] / w.rSquared * 100.0, 12.37037, 5e-6);
}

TEST(KeyDrivers, DominanceMatchesTheAverageOverAllOrders) {
  const DriverData data = mtcarsData();
  const DriverShares d = dominanceShares(data.correlation(), 4);
  ASSERT_EQ(d.shares.size(), 4u);
  EXPECT_NEAR(d.rSquared, 0.7791896389830558, 1e-12);
  EXPECT_NEAR(d.shares[0], 0.247052033235208, 1e-12);
  EXPECT_NEAR(d.shares[1], 0.243499594795640, 1e-12);
  EXPECT_NEAR(d.shares[2], 0.210912899544274, 1e-12);
  EXPECT_NEAR(d.shares[3], 0.077725111407933, 1e-12);
  EXPECT_NEAR(std::accumulate(d.shares.begin(), d.shares.end(), 0.0), d.rSquared, 1e-12);
}

TEST(KeyDrivers, TwoItemsByHand) {
  // r1 = 0.6, r2 = 0.3, r12 = 0.5: R² = (r1² + r2² − 2·r1·r2·r12)/(1 − r12²)
  // = (0.36 + 0.09 − 0.18)/0.75 = 0.36. LMG: item 1 = (0.36 + (0.36 − 0.09))/2
  // = 0.315, item 2 = (0.09 + (0.36 − 0.36))/2 = 0.045.
  const std::vector<double> c = {1, 0.5, 0.6, 0.5, 1, 0.3, 0.6, 0.3, 1};
  const DriverShares d = dominanceShares(c, 2);
  EXPECT_NEAR(d.rSquared, 0.36, 1e-14);
  EXPECT_NEAR(d.shares[0], 0.315, 1e-14);
  EXPECT_NEAR(d.shares[1], 0.045, 1e-14);
}

TEST(KeyDrivers, ACopiedItemSplitsItsShare) {
  // Item 2 is item 1 again: R² stays r1² = 0.25, and the two share it.
  const std::vector<double> c = {1, 1, 0.5, 1, 1, 0.5, 0.5, 0.5, 1};
  const DriverShares d = dominanceShares(c, 2);
  EXPECT_NEAR(d.rSquared, 0.25, 1e-12);
  EXPECT_NEAR(d.shares[0], 0.125, 1e-12);
  EXPECT_NEAR(d.shares[1], 0.125, 1e-12);
}

TEST(KeyDrivers, EstimateGivesSharesIntervalsAndRank) {
  const KeyDriverEstimate e = estimateKeyDrivers(mtcarsData(), 200, 42);
  EXPECT_EQ(e.method, DriverMethod::Dominance);
  EXPECT_EQ(e.n, 32u);
  EXPECT_EQ(e.resamples, 200u);
  EXPECT_EQ(e.bootstrapRows, 32u);
  ASSERT_EQ(e.shares.size(), 4u);
  // Bivariate r (computed with the same fractions script): cyl −0.852, gear 0.480.
  EXPECT_NEAR(e.r[0], -0.852161959426613, 1e-12);
  EXPECT_NEAR(e.r[3], 0.480284757338842, 1e-12);
  for (std::size_t j = 0; j < 4; ++j) {
    EXPECT_LE(e.shareLow[j], e.shares[j]) << j;
    EXPECT_GE(e.shareHigh[j], e.shares[j]) << j;
    EXPECT_GE(e.shareLow[j], 0.0) << j;
    EXPECT_LE(e.shareHigh[j], 1.0) << j;
  }
  // The same seed gives the same interval.
  const KeyDriverEstimate again = estimateKeyDrivers(mtcarsData(), 200, 42);
  EXPECT_EQ(again.shareLow, e.shareLow);
  EXPECT_EQ(again.shareHigh, e.shareHigh);
}

TEST(KeyDrivers, TooFewCasesGiveNoModel) {
  DriverData data(3, {0, 0, 0}, 1);
  const double a[3] = {1, 2, 3}, b[3] = {2, 1, 3}, c[3] = {3, 3, 1};
  data.add(a);
  data.add(b);
  data.add(c);
  const KeyDriverEstimate e = estimateKeyDrivers(data, 10, 1);  // n = 3 < k + 2 = 4
  EXPECT_TRUE(e.shares.empty());
  EXPECT_TRUE(std::isnan(e.rSquared));
}

TEST(KeyDrivers, ReservoirKeepsMemoryBounded) {
  DriverData data(2, {0, 0}, 7);
  for (int i = 0; i < 3 * static_cast<int>(kBootstrapRows); ++i) {
    const double row[2] = {static_cast<double>(i % 5), static_cast<double>((i * 7) % 5)};
    data.add(row);
  }
  EXPECT_EQ(data.n(), 3 * kBootstrapRows);
  EXPECT_EQ(data.keptRows(), kBootstrapRows);
  const KeyDriverEstimate e = estimateKeyDrivers(data, 50, 3);
  EXPECT_EQ(e.bootstrapRows, kBootstrapRows);
  EXPECT_EQ(e.resamples, 50u);
}

TEST(KeyDrivers, PercentileIsRsType7) {
  std::vector<double> v = {5, 1, 4, 2, 3};
  // h = (5 − 1)·0.975 = 3.9 → 4 + 0.9·(5 − 4) = 4.9.
  EXPECT_NEAR(percentile(v, 0.975), 4.9, 1e-15);
  EXPECT_NEAR(percentile(v, 0.025), 1.1, 1e-15);
}

}  // namespace
}  // namespace cf::core
