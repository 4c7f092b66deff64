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
  EXPECT_FALSE(d.intervalExcludesZero());
  // Two-sided p = I_{df/(df+t²)}(df/2, 1/2) with t = 2, df = 8 (mpmath betainc):
  EXPECT_NEAR(d.p, 0.08051623795726267, 1e-12);
  EXPECT_FALSE(d.significant());  // q is not set: no family, no significance
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
  EXPECT_TRUE(d.intervalExcludesZero());
  // t = 11/√2, df = 216/53 (mpmath betainc): p = 0.0013640636010079467.
  EXPECT_NEAR(d.p, 0.0013640636010079467, 1e-12);
}

TEST(Welch, TwoConstantSidesCannotBeTested) {
  // The audit's case: {2, 2} against {1, 1, 1}. There is no spread to test
  // the difference against: the difference stands, with no interval, no df,
  // no p, and it is not significant.
  MeanDifference d = welchDifference(momentsOf({2, 2}), momentsOf({1, 1, 1}));
  EXPECT_EQ(d.difference, 1.0);
  EXPECT_TRUE(std::isnan(d.ciLow));
  EXPECT_TRUE(std::isnan(d.ciHigh));
  EXPECT_TRUE(std::isnan(d.df));
  EXPECT_TRUE(std::isnan(d.p));
  EXPECT_FALSE(d.intervalExcludesZero());
  d.q = adjustBenjaminiHochberg(std::vector<double>{d.p})[0];
  EXPECT_FALSE(d.significant());
}

TEST(BenjaminiHochberg, AdjustsOverTheFamilyAndSkipsNaN) {
  // By hand, m = 4 finite p: sorted 0.01, 0.02, 0.03, 0.5 →
  // m·p/rank = 0.04, 0.04, 0.04, 0.5; running minimum from the top keeps them.
  const std::vector<double> p = {0.03, kNotComputable, 0.5, 0.01, 0.02};
  const std::vector<double> q = adjustBenjaminiHochberg(p);
  EXPECT_NEAR(q[0], 0.04, 1e-15);
  EXPECT_TRUE(std::isnan(q[1]));
  EXPECT_NEAR(q[2], 0.5, 1e-15);
  EXPECT_NEAR(q[3], 0.04, 1e-15);
  EXPECT_NEAR(q[4], 0.04, 1e-15);
  // 0.001, 0.04, 0.045: 0.003, 0.06, 0.045 → the minimum from the top gives
  // 0.003, 0.045, 0.045.
  const std::vector<double> q2 = adjustBenjaminiHochberg(std::vector<double>{0.045, 0.001, 0.04});
  EXPECT_NEAR(q2[0], 0.045, 1e-15);
  EXPECT_NEAR(q2[1], 0.003, 1e-15);
  EXPECT_NEAR(q2[2], 0.045, 1e-15);
}

TEST(Moments, MeanIsTheSumOverN) {
  // The audit's case: ten answers that sum to 45. A running update gives
  // 4.499999999999999; the sum over n gives 4.5 exactly.
  const Moments m = momentsOf({5, 5, 5, 5, 5, 4, 4, 4, 4, 4});
  EXPECT_EQ(m.mean(), 4.5);
  const Moments other = momentsOf({1, 5, 5, 5, 5, 5, 5, 5, 5, 4});
  EXPECT_EQ(other.mean(), 4.5);
  // Variance of the first: Σ(x − 4.5)² = 10 · 0.25 = 2.5, / 9.
  EXPECT_NEAR(m.variance(), 2.5 / 9.0, 1e-15);
}

TEST(Moments, MillionsOfDecimalsStayExact) {
  // 3,000,000 answers of 0.1, 0.2 and 0.7 (a million each): mean 1/3 of 1.0.
  Moments m;
  for (int i = 0; i < 1'000'000; ++i) {
    m.add(0.1);
    m.add(0.2);
    m.add(0.7);
  }
  EXPECT_NEAR(m.mean(), 1.0 / 3.0, 1e-15);
  // Population variance ((0.1−⅓)² + (0.2−⅓)² + (0.7−⅓)²)/3 = 0.0688…; sample ×n/(n−1).
  const double pop = ((0.1 - 1.0 / 3) * (0.1 - 1.0 / 3) + (0.2 - 1.0 / 3) * (0.2 - 1.0 / 3) +
                      (0.7 - 1.0 / 3) * (0.7 - 1.0 / 3)) /
                     3.0;
  // Plain sums of squared deviations over three million values keep about
  // ten significant digits here, far more than any interval needs.
  EXPECT_NEAR(m.variance(), pop * 3e6 / (3e6 - 1.0), 1e-10);
}

TEST(MeanEstimate, IntervalIsClampedToTheScale) {
  // The audit's case: n = 2 on a 1–5 item, answers 1 and 5: mean 3, sd 2.83,
  // t(0.975, 1) = 12.706 → [−9.7, 15.7] unclamped; on the scale [1, 5].
  const MeanEstimate e = estimateMean(momentsOf({1, 5}), 1.0, 5.0);
  EXPECT_EQ(e.mean, 3.0);
  EXPECT_EQ(e.ciLow, 1.0);
  EXPECT_EQ(e.ciHigh, 5.0);
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

// Adjusted-Wald (Rocks 2016): n' = n + 3, p' = (P + ¾)/n', d' = (D + ¾)/n',
// 100·((p' − d') ± 1.959963984540054·√((p' + d' − (p' − d')²)/n')); the
// expectations below are that formula in mpmath at 30 digits.
TEST(Nps, ScoreAndAdjustedWaldInterval) {
  // 5 promoters (10, 10, 9, 9, 9), 2 passives (8, 7), 3 detractors (6, 3, 0); n = 10.
  // score = 100 · (5 − 3)/10 = 20; n' = 13, p' = 5.75/13, d' = 3.75/13:
  // CI = [−30.325994435504162, 61.095225204734932].
  const NpsCounts c = npsOf({10, 10, 9, 9, 9, 8, 7, 6, 3, 0});
  const NpsEstimate e = estimateNps(c);
  EXPECT_EQ(e.n, 10u);
  EXPECT_EQ(e.promoters, 5u);
  EXPECT_EQ(e.passives, 2u);
  EXPECT_EQ(e.detractors, 3u);
  EXPECT_EQ(e.score, 20.0);
  EXPECT_NEAR(e.ciLow, -30.325994435504162, 1e-11);
  EXPECT_NEAR(e.ciHigh, 61.095225204734932, 1e-11);
  EXPECT_EQ(c.distribution(),
            (std::array<std::uint64_t, 11>{1, 0, 0, 1, 0, 0, 1, 1, 1, 3, 2}));
}

TEST(Nps, AllPromotersStillHaveAnInterval) {
  // Wald gave the point [100, 100] here; adjusted-Wald gives n' = 8,
  // p' = 5.75/8, d' = 0.75/8: [17.491453034168971, 107.5…] → clamped to 100.
  const NpsEstimate e = estimateNps(npsOf({9, 10, 10, 9, 10}));
  EXPECT_EQ(e.score, 100.0);
  EXPECT_NEAR(e.ciLow, 17.491453034168971, 1e-11);
  EXPECT_EQ(e.ciHigh, 100.0);
}

TEST(Nps, IntervalIsClampedToTheScoreRange) {
  // 19 promoters, 1 passive: score 95; n' = 23, p' = 19.75/23, d' = 0.75/23:
  // [63.930390082736881, 101.287…] → upper end clamped to 100.
  std::vector<double> answers(19, 10.0);
  answers.push_back(8);
  const NpsEstimate e = estimateNps(npsOf(answers));
  EXPECT_EQ(e.score, 95.0);
  EXPECT_NEAR(e.ciLow, 63.930390082736881, 1e-11);
  EXPECT_EQ(e.ciHigh, 100.0);
}

TEST(Nps, DifferenceUsesTheAdjustedProportionsOfBothGroups) {
  // Supporting: the n = 10 group above (score 20); primary: 19 promoters and
  // 1 passive (score 95). Difference 20 − 95 = −75; interval centred on
  // 5.75/13 − 3.75/13 − (19.75/23 − 0.75/23), variances summed:
  // [−116.60362004946083, −17.844540485656227] (mpmath).
  std::vector<double> primary(19, 10.0);
  primary.push_back(8);
  const NpsDifference d = npsDifference(npsOf({10, 10, 9, 9, 9, 8, 7, 6, 3, 0}), npsOf(primary));
  EXPECT_EQ(d.difference, -75.0);
  EXPECT_NEAR(d.ciLow, -116.60362004946083, 1e-11);
  EXPECT_NEAR(d.ciHigh, -17.844540485656227, 1e-11);
  EXPECT_TRUE(std::isnan(npsDifference(NpsCounts{}, npsOf(primary)).difference));
}

TEST(Nps, OneAnswerHasAScoreAndAWideInterval) {
  // n' = 4, p' = 0.75/4, d' = 1.75/4: [−98.498649420252025, 48.498649420252025].
  const NpsEstimate e = estimateNps(npsOf({3}));
  EXPECT_EQ(e.n, 1u);
  EXPECT_EQ(e.score, -100.0);
  EXPECT_NEAR(e.ciLow, -98.498649420252025, 1e-11);
  EXPECT_NEAR(e.ciHigh, 48.498649420252025, 1e-11);
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
