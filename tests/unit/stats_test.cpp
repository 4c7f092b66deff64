// Every expected number here was worked out by hand (derivation beside it) or
// with an independent tool, never with the code under test.
//
// Student-t quantiles t(0.975, df) come from mpmath, as the root of the t CDF
// written with the regularised incomplete beta function (no Boost involved):
//   from mpmath import mp, mpf, betainc, findroot
//   mp.dps = 30
//   cdf = lambda t, v: 1 - betainc(v/2, mpf(1)/2, 0, v/(v+t*t), regularized=True)/2
//   findroot(lambda t: cdf(t, v) - mpf('0.975'), 2)
// and agree with the printed tables (NIST/SEMATECH e-Handbook 1.3.6.7.2:
// 12.706, 2.776, 2.571, 2.306, 2.228 for df 1, 4, 5, 8, 10).
#include "stats.h"
#include "survey.h"  // kMissing

#include <cmath>
#include <limits>
#include <vector>

#include <gtest/gtest.h>

namespace cf::core {
namespace {

constexpr double kTol = 1e-12;
constexpr double kInf = std::numeric_limits<double>::infinity();

Moments momentsOf(const std::vector<double>& values) {
  Moments m;
  for (double v : values) m.add(v);
  return m;
}

TEST(Moments, MeanAndSampleSdOfOneToFive) {
  // mean = 15/5 = 3; Σ(x − 3)² = 4+1+0+1+4 = 10; variance = 10/(5−1) = 2.5;
  // sd = √2.5 = 1.5811388300841898.
  const Moments m = momentsOf({1, 2, 3, 4, 5});
  EXPECT_EQ(m.n(), 5u);
  EXPECT_NEAR(m.mean(), 3.0, kTol);
  EXPECT_NEAR(m.variance(), 2.5, kTol);
  EXPECT_NEAR(m.sd(), 1.5811388300841898, kTol);
}

TEST(Moments, StaysAccurateFarFromZero) {
  // The same five answers shifted by 10⁹ have the same spread. A naive
  // Σx² − (Σx)²/n loses every digit here (10¹⁸ against 10).
  const Moments m = momentsOf({1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4, 1e9 + 5});
  EXPECT_NEAR(m.mean(), 1e9 + 3, 1e-6);
  EXPECT_NEAR(m.variance(), 2.5, 1e-6);
}

TEST(Moments, IgnoresNanAndInfinity) {
  const Moments m = momentsOf({1, kMissing, 2, kInf, 3, -kInf, 4, 5});
  EXPECT_EQ(m.n(), 5u);
  EXPECT_NEAR(m.mean(), 3.0, kTol);
  EXPECT_NEAR(m.variance(), 2.5, kTol);
}

TEST(Moments, TooFewValuesGiveNaN) {
  const Moments none;
  EXPECT_EQ(none.n(), 0u);
  EXPECT_TRUE(std::isnan(none.mean()));
  const Moments one = momentsOf({4});
  EXPECT_EQ(one.mean(), 4.0);
  EXPECT_TRUE(std::isnan(one.variance()));
  EXPECT_TRUE(std::isnan(one.sd()));
}

TEST(Moments, MergeEqualsOneStream) {
  // {1, 2} and {3, 4, 5} together are {1..5}: mean 3, variance 2.5 (above).
  Moments a = momentsOf({1, 2});
  a.merge(momentsOf({3, 4, 5}));
  EXPECT_EQ(a.n(), 5u);
  EXPECT_NEAR(a.mean(), 3.0, kTol);
  EXPECT_NEAR(a.variance(), 2.5, kTol);
  Moments empty;
  empty.merge(a);
  EXPECT_NEAR(empty.variance(), 2.5, kTol);
  a.merge(Moments{});
  EXPECT_EQ(a.n(), 5u);
}

TEST(StudentT, QuantilesMatchTables) {
  EXPECT_NEAR(studentTQuantile(0.975, 1), 12.706204736174705, 1e-11);
  EXPECT_NEAR(studentTQuantile(0.975, 4), 2.7764451051977944, kTol);
  EXPECT_NEAR(studentTQuantile(0.975, 10), 2.2281388519862747, kTol);
  // Symmetry: t(0.025) = −t(0.975).
  EXPECT_NEAR(studentTQuantile(0.025, 4), -2.7764451051977944, kTol);
  // With df → ∞ the t distribution becomes the normal: z(0.975) = 1.959963985.
  EXPECT_NEAR(studentTQuantile(0.975, 1e9), 1.959963984540054, 1e-8);
}

TEST(StudentT, BadArgumentsGiveNaNNotAnException) {
  EXPECT_TRUE(std::isnan(studentTQuantile(0.975, 0)));
  EXPECT_TRUE(std::isnan(studentTQuantile(0.975, -3)));
  EXPECT_TRUE(std::isnan(studentTQuantile(0.975, kMissing)));
  EXPECT_TRUE(std::isnan(studentTQuantile(0.975, kInf)));
  EXPECT_TRUE(std::isnan(studentTQuantile(1.0, 4)));
  EXPECT_TRUE(std::isnan(studentTQuantile(0.0, 4)));
}

TEST(MeanEstimate, StudentTIntervalOfOneToFive) {
  // se = 1.5811388300841898/√5 = 0.7071067811865476;
  // half width = t(0.975, 4) · se = 2.7764451051977944 · 0.7071067811865476 = 1.9632431614775577;
  // CI = 3 ± 1.9632431614775577 = [1.0367568385224423, 4.9632431614775577].
  const MeanEstimate e = estimateMean(momentsOf({1, 2, 3, 4, 5}));
  EXPECT_EQ(e.n, 5u);
  EXPECT_NEAR(e.mean, 3.0, kTol);
  EXPECT_NEAR(e.sd, 1.5811388300841898, kTol);
  EXPECT_NEAR(e.ciLow, 1.0367568385224423, kTol);
  EXPECT_NEAR(e.ciHigh, 4.9632431614775577, kTol);
}

TEST(MeanEstimate, NoIntervalBelowTwoValues) {
  const MeanEstimate one = estimateMean(momentsOf({4}));
  EXPECT_EQ(one.n, 1u);
  EXPECT_EQ(one.mean, 4.0);
  EXPECT_TRUE(std::isnan(one.sd));
  EXPECT_TRUE(std::isnan(one.ciLow));
  EXPECT_TRUE(std::isnan(one.ciHigh));
  const MeanEstimate none = estimateMean(Moments{});
  EXPECT_EQ(none.n, 0u);
  EXPECT_TRUE(std::isnan(none.mean));
}

TEST(MeanEstimate, UnanimousAnswersGiveAPointInterval) {
  const MeanEstimate e = estimateMean(momentsOf({4, 4, 4}));
  EXPECT_EQ(e.sd, 0.0);
  EXPECT_EQ(e.ciLow, 4.0);
  EXPECT_EQ(e.ciHigh, 4.0);
}

TEST(Welch, EqualVariancesAndSizesGiveDfTwiceNMinusOne) {
  // a = {1..5}: mean 3, variance 2.5; b = {3..7}: mean 5, variance 2.5.
  // se² = 2.5/5 + 2.5/5 = 1; df = 1² / (0.5²/4 + 0.5²/4) = 1 / 0.125 = 8;
  // difference = 3 − 5 = −2; CI = −2 ± t(0.975, 8) · 1 = −2 ± 2.3060041352041667.
  const MeanDifference d = welchDifference(momentsOf({1, 2, 3, 4, 5}), momentsOf({3, 4, 5, 6, 7}));
  EXPECT_NEAR(d.difference, -2.0, kTol);
  EXPECT_NEAR(d.df, 8.0, kTol);
  EXPECT_NEAR(d.ciLow, -4.3060041352041667, kTol);
  EXPECT_NEAR(d.ciHigh, 0.3060041352041667, kTol);
  EXPECT_FALSE(d.significant());
}

TEST(Welch, UnequalVariancesUseWelchSatterthwaite) {
  // a = {10, 12, 14, 16}: mean 13, variance (9+1+1+9)/3 = 20/3, va = (20/3)/4 = 5/3.
  // b = {1, 2, 3}: mean 2, variance (1+0+1)/2 = 1, vb = 1/3.
  // se² = 5/3 + 1/3 = 2; df = 2² / ((5/3)²/3 + (1/3)²/2) = 4 / (25/27 + 1/18)
  //     = 4 / (53/54) = 216/53 = 4.0754716981132075.
  // t(0.975, 216/53) = 2.7562848743595723 (mpmath, see top);
  // CI = 11 ± 2.7562848743595723 · √2 = [7.1020245489168706, 14.897975451083129].
  const MeanDifference d = welchDifference(momentsOf({10, 12, 14, 16}), momentsOf({1, 2, 3}));
  EXPECT_NEAR(d.difference, 11.0, kTol);
  EXPECT_NEAR(d.df, 216.0 / 53.0, kTol);
  EXPECT_NEAR(d.ciLow, 7.1020245489168706, 1e-11);
  EXPECT_NEAR(d.ciHigh, 14.897975451083129, 1e-11);
  EXPECT_TRUE(d.significant());
}

TEST(Welch, ConstantSidesGiveAPointInterval) {
  const MeanDifference d = welchDifference(momentsOf({2, 2}), momentsOf({1, 1, 1}));
  EXPECT_EQ(d.difference, 1.0);
  EXPECT_EQ(d.ciLow, 1.0);
  EXPECT_EQ(d.ciHigh, 1.0);
  EXPECT_TRUE(std::isnan(d.df));
  EXPECT_TRUE(d.significant());
}

TEST(Welch, OneValueOnASideGivesNoInterval) {
  const MeanDifference d = welchDifference(momentsOf({2}), momentsOf({1, 2, 3}));
  EXPECT_EQ(d.difference, 0.0);
  EXPECT_TRUE(std::isnan(d.ciLow));
  EXPECT_TRUE(std::isnan(d.df));
  EXPECT_FALSE(d.significant());
  EXPECT_TRUE(std::isnan(welchDifference(Moments{}, momentsOf({1, 2})).difference));
}

TEST(Pearson, FromStreamedPairs) {
  // x = {1..5}, y = {2, 4, 5, 4, 5}: means 3 and 4.
  // dx = {−2, −1, 0, 1, 2}, dy = {−2, 0, 1, 0, 1};
  // Σdx·dy = 4 + 0 + 0 + 0 + 2 = 6, Σdx² = 10, Σdy² = 6;
  // r = 6 / √60 = 0.7745966692414834.
  Comoments c;
  const double x[] = {1, 2, 3, 4, 5}, y[] = {2, 4, 5, 4, 5};
  for (int i = 0; i < 5; ++i) c.add(x[i], y[i]);
  EXPECT_EQ(c.n(), 5u);
  EXPECT_NEAR(c.pearson(), 0.7745966692414834, kTol);
}

TEST(Pearson, PointBiserialWithZeroOneOutcome) {
  // Textbook point-biserial formula, independent of Pearson's:
  // r_pb = (M1 − M0) / s · √(p·q), s the population sd of x.
  // x = {1..6}, y = {0, 0, 1, 0, 1, 1}: M1 = (3+5+6)/3 = 14/3, M0 = (1+2+4)/3 = 7/3;
  // s² = Σ(x − 3.5)²/6 = 17.5/6, s = 1.7078251276599330; p = q = 1/2;
  // r_pb = (7/3) / 1.7078251276599330 · 0.5 = 0.6831300510639732.
  Comoments c;
  const double x[] = {1, 2, 3, 4, 5, 6}, y[] = {0, 0, 1, 0, 1, 1};
  for (int i = 0; i < 6; ++i) c.add(x[i], y[i]);
  EXPECT_NEAR(c.pearson(), 0.6831300510639732, kTol);
}

TEST(Pearson, UndefinedForConstantsAndSkipsBadPairs) {
  Comoments constant;
  for (double x : {1.0, 2.0, 3.0}) constant.add(x, 4.0);
  EXPECT_TRUE(std::isnan(constant.pearson()));
  Comoments one;
  one.add(1, 2);
  EXPECT_TRUE(std::isnan(one.pearson()));
  // The same pairs as FromStreamedPairs, with bad pairs between them.
  Comoments c;
  c.add(1, 2);
  c.add(kMissing, 3);
  c.add(2, 4);
  c.add(3, kInf);
  c.add(3, 5);
  c.add(4, 4);
  c.add(5, 5);
  EXPECT_EQ(c.n(), 5u);
  EXPECT_NEAR(c.pearson(), 0.7745966692414834, kTol);
}

TEST(Pearson, MergeEqualsOneStream) {
  Comoments a, b;
  a.add(1, 2);
  a.add(2, 4);
  b.add(3, 5);
  b.add(4, 4);
  b.add(5, 5);
  a.merge(b);
  EXPECT_EQ(a.n(), 5u);
  EXPECT_NEAR(a.pearson(), 0.7745966692414834, kTol);
}

// Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3
// (Wilson score without continuity correction): 81/263 gives 0.2553 to 0.3662,
// 15/148 gives 0.0624 to 0.1605, 0/20 gives 0 to 0.1611.
TEST(Wilson, MatchesNewcombesPublishedIntervals) {
  const ProportionEstimate a = wilsonInterval(81, 263);
  EXPECT_NEAR(a.share, 81.0 / 263.0, 1e-12);
  EXPECT_NEAR(a.ciLow, 0.2553, 5e-5);
  EXPECT_NEAR(a.ciHigh, 0.3662, 5e-5);
  const ProportionEstimate b = wilsonInterval(15, 148);
  EXPECT_NEAR(b.ciLow, 0.0624, 5e-5);
  EXPECT_NEAR(b.ciHigh, 0.1605, 5e-5);
  const ProportionEstimate c = wilsonInterval(0, 20);
  EXPECT_EQ(c.ciLow, 0.0);
  EXPECT_NEAR(c.ciHigh, 0.1611, 5e-5);
}

TEST(Wilson, NoAnswersGiveNaN) {
  EXPECT_TRUE(std::isnan(wilsonInterval(0, 0).share));
  EXPECT_TRUE(std::isnan(wilsonInterval(3, 2).ciLow));
}

TEST(Ranks, TiesShareTheAverageRank) {
  const std::vector<double> r = averageRanks(std::vector<double>{10, 20, 20, 30});
  EXPECT_EQ(r, (std::vector<double>{1, 2.5, 2.5, 4}));
  // Three tied for positions 2–4 share (2+3+4)/3 = 3; NaN takes no rank.
  const std::vector<double> s = averageRanks(std::vector<double>{5, kMissing, 7, 7, 1, 7});
  EXPECT_EQ(s[0], 2.0);
  EXPECT_TRUE(std::isnan(s[1]));
  EXPECT_EQ(s[2], 4.0);
  EXPECT_EQ(s[3], 4.0);
  EXPECT_EQ(s[4], 1.0);
  EXPECT_EQ(s[5], 4.0);
}

TEST(Spearman, HandlesTiesWithAverageRanks) {
  // x = {1, 2, 2, 3} → ranks {1, 2.5, 2.5, 4}; y = {1, 3, 2, 4} → ranks {1, 3, 2, 4}.
  // Both rank means are 2.5: dx = {−1.5, 0, 0, 1.5}, dy = {−1.5, 0.5, −0.5, 1.5};
  // Σdx·dy = 2.25 + 2.25 = 4.5; Σdx² = 4.5; Σdy² = 5;
  // ρ = 4.5 / √22.5 = 0.9486832980505138.
  // (The no-ties shortcut 1 − 6Σd²/(n(n²−1)) would give 1 − 6·0.5/60 = 0.95.)
  EXPECT_NEAR(spearman(std::vector<double>{1, 2, 2, 3}, std::vector<double>{1, 3, 2, 4}),
              0.9486832980505138, kTol);
}

TEST(Spearman, MonotoneIsOneAndReversedIsMinusOne) {
  EXPECT_NEAR(spearman(std::vector<double>{1, 2, 3, 4}, std::vector<double>{1, 4, 9, 16}), 1.0,
              kTol);
  EXPECT_NEAR(spearman(std::vector<double>{1, 2, 3, 4}, std::vector<double>{8, 4, 2, 1}), -1.0,
              kTol);
}

TEST(Spearman, NaNWhenNotComputable) {
  EXPECT_TRUE(std::isnan(spearman(std::vector<double>{1, 2}, std::vector<double>{1})));
  EXPECT_TRUE(std::isnan(spearman(std::vector<double>{1}, std::vector<double>{1})));
  EXPECT_TRUE(std::isnan(spearman(std::vector<double>{1, 2, 3}, std::vector<double>{5, 5, 5})));
  // Pairs with NaN drop out: what is left is {1, 2, 3} against {1, 2, 3}.
  EXPECT_NEAR(spearman(std::vector<double>{1, kMissing, 2, 3}, std::vector<double>{1, 9, 2, 3}),
              1.0, kTol);
}

NpsCounts npsOf(const std::vector<double>& answers) {
  NpsCounts c;
  for (double a : answers) c.add(a);
  return c;
}

TEST(Nps, ScoreAndIntervalFromTheProductFormula) {
  // 5 promoters (10, 10, 9, 9, 9), 2 passives (8, 7), 3 detractors (6, 3, 0); n = 10.
  // p = 0.5, d = 0.3, score = 100 · (0.5 − 0.3) = 20.
  // variance = 100² · (0.5 + 0.3 − 0.2²) / 10 = 10000 · 0.76 / 10 = 760;
  // se = √760 = 27.568097504180444; half = 1.959963984540054 · se = 54.032478230482220;
  // CI = [−34.03247823048222, 74.03247823048222].
  const NpsCounts c = npsOf({10, 10, 9, 9, 9, 8, 7, 6, 3, 0});
  const NpsEstimate e = estimateNps(c);
  EXPECT_EQ(e.n, 10u);
  EXPECT_EQ(e.promoters, 5u);
  EXPECT_EQ(e.passives, 2u);
  EXPECT_EQ(e.detractors, 3u);
  EXPECT_EQ(e.score, 20.0);
  EXPECT_NEAR(e.ciLow, -34.03247823048222, 1e-11);
  EXPECT_NEAR(e.ciHigh, 74.03247823048222, 1e-11);
  EXPECT_EQ(c.distribution(),
            (std::array<std::uint64_t, 11>{1, 0, 0, 1, 0, 0, 1, 1, 1, 3, 2}));
}

TEST(Nps, AllPromotersScoreHundredWithAPointInterval) {
  // p = 1, d = 0: variance = 100² · (1 − 1) / 5 = 0.
  const NpsEstimate e = estimateNps(npsOf({9, 10, 10, 9, 10}));
  EXPECT_EQ(e.score, 100.0);
  EXPECT_EQ(e.ciLow, 100.0);
  EXPECT_EQ(e.ciHigh, 100.0);
}

TEST(Nps, IntervalIsClampedToTheScoreRange) {
  // 19 promoters, 1 passive: score 95; variance = 10000 · (0.95 − 0.9025) / 20 = 23.75;
  // half = 1.959963984540054 · √23.75 = 9.551682940272121;
  // CI = [85.44831705972788, 104.55…] → upper end clamped to 100.
  std::vector<double> answers(19, 10.0);
  answers.push_back(8);
  const NpsEstimate e = estimateNps(npsOf(answers));
  EXPECT_EQ(e.score, 95.0);
  EXPECT_NEAR(e.ciLow, 85.44831705972788, 1e-11);
  EXPECT_EQ(e.ciHigh, 100.0);
}

TEST(Nps, OneAnswerHasAScoreButNoInterval) {
  const NpsEstimate e = estimateNps(npsOf({3}));
  EXPECT_EQ(e.n, 1u);
  EXPECT_EQ(e.score, -100.0);
  EXPECT_TRUE(std::isnan(e.ciLow));
  EXPECT_TRUE(std::isnan(e.ciHigh));
  const NpsEstimate none = estimateNps(NpsCounts{});
  EXPECT_TRUE(std::isnan(none.score));
}

TEST(Nps, IgnoresAnswersThatAreNotWholeNumbersFromZeroToTen) {
  const NpsCounts c = npsOf({7.5, 11, -1, kMissing, kInf, 10});
  EXPECT_EQ(c.n(), 1u);
  EXPECT_EQ(c.promoters(), 1u);
}

TEST(Nps, MergeAddsCounts) {
  NpsCounts a = npsOf({10, 0});
  a.merge(npsOf({8}));
  EXPECT_EQ(a.n(), 3u);
  EXPECT_EQ(a.promoters(), 1u);
  EXPECT_EQ(a.passives(), 1u);
  EXPECT_EQ(a.detractors(), 1u);
}

}  // namespace
}  // namespace cf::core
