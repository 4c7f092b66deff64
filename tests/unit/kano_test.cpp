// The Kano evaluation table cell by cell, and the summary figures from counts
// worked out by hand (derivations beside each expectation).
#include "kano.h"

#include <cmath>

#include <gtest/gtest.h>

namespace cf::core {
namespace {

using K = KanoAnswer;
using C = KanoCategory;

std::string code(std::optional<KanoCategory> c) {
  return c ? std::string(kanoCategoryCode(*c)) : std::string("-");
}

TEST(KanoTable, EveryCellOfBergerEtAlTable1) {
  // Berger et al. (1993), Table 1: rows functional, columns dysfunctional,
  // both Like, Expect (must-be), Neutral, Live with, Dislike.
  const K answers[] = {K::Like, K::Expect, K::Neutral, K::LiveWith, K::Dislike};
  const char* expected[5] = {"QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"};
  for (int f = 0; f < 5; ++f) {
    for (int d = 0; d < 5; ++d) {
      EXPECT_EQ(code(classifyKano(answers[f], answers[d])), std::string(1, expected[f][d]))
          << "functional " << f << ", dysfunctional " << d;
    }
  }
}

TEST(KanoTable, TheNamedCells) {
  EXPECT_EQ(classifyKano(K::Like, K::Like), C::Questionable);
  EXPECT_EQ(classifyKano(K::Like, K::Dislike), C::OneDimensional);
  EXPECT_EQ(classifyKano(K::Like, K::LiveWith), C::Attractive);
  EXPECT_EQ(classifyKano(K::Expect, K::Dislike), C::MustBe);
  EXPECT_EQ(classifyKano(K::Neutral, K::Neutral), C::Indifferent);
  EXPECT_EQ(classifyKano(K::Dislike, K::Dislike), C::Questionable);
  EXPECT_EQ(classifyKano(K::Dislike, K::Like), C::Reverse);
  EXPECT_EQ(classifyKano(K::Dislike, K::Neutral), C::Reverse);
}

TEST(KanoTable, MissingAnswerHasNoCategory) {
  EXPECT_FALSE(classifyKano(K::None, K::Dislike));
  EXPECT_FALSE(classifyKano(K::Like, K::None));
  KanoCounts c;
  c.add(K::None, K::Dislike);
  EXPECT_EQ(c.total(), 0u);
}

// Counts in the order A, O, M, I, R, Q, through answer pairs that give them.
KanoCounts countsOf(int a, int o, int m, int i, int r, int q) {
  KanoCounts c;
  for (int k = 0; k < a; ++k) c.add(K::Like, K::Neutral);
  for (int k = 0; k < o; ++k) c.add(K::Like, K::Dislike);
  for (int k = 0; k < m; ++k) c.add(K::Expect, K::Dislike);
  for (int k = 0; k < i; ++k) c.add(K::Neutral, K::LiveWith);
  for (int k = 0; k < r; ++k) c.add(K::Dislike, K::Like);
  for (int k = 0; k < q; ++k) c.add(K::Like, K::Like);
  return c;
}

TEST(KanoSummary, CloseTopTwoAreDecidedByTheRule) {
  // A 12, O 11, M 7, I 10; n = 40.
  // Shares: A 30%, O 27.5% → 2.5 points apart, within 5 → by M > O > A > I: O.
  // Total strength = (12 + 11 + 7) / 40 = 75%; category strength = 30 − 27.5 = 2.5.
  // Better = (12 + 11) / 40 = 0.575; Worse = −(11 + 7) / 40 = −0.45.
  // Fong: 1.65 · √((12+11)(80−23)/80) = 1.65 · √16.3875 = 6.6794 > |12 − 11| → not significant.
  const KanoSummary s = summarizeKano(countsOf(12, 11, 7, 10, 0, 0));
  EXPECT_EQ(s.total, 40u);
  EXPECT_EQ(s.category, C::Attractive);
  EXPECT_EQ(s.categoryByRule, C::OneDimensional);
  EXPECT_NEAR(s.totalStrength, 75.0, 1e-12);
  EXPECT_NEAR(s.categoryStrength, 2.5, 1e-12);
  EXPECT_NEAR(s.better, 0.575, 1e-12);
  EXPECT_NEAR(s.worse, -0.45, 1e-12);
  EXPECT_EQ(s.fongSignificant, false);
}

TEST(KanoSummary, ClearWinnerIsSignificant) {
  // A 5, O 5, M 30, I 10; n = 50. M 60%, I 20%: 40 points apart → M either way.
  // Total strength = 40/50 = 80%; Better = 10/50 = 0.2; Worse = −35/50 = −0.7.
  // Fong: 1.65 · √(40 · 60 / 100) = 1.65 · √24 = 8.0833 ≤ 20 → significant.
  const KanoSummary s = summarizeKano(countsOf(5, 5, 30, 10, 0, 0));
  EXPECT_EQ(s.category, C::MustBe);
  EXPECT_EQ(s.categoryByRule, C::MustBe);
  EXPECT_NEAR(s.totalStrength, 80.0, 1e-12);
  EXPECT_NEAR(s.categoryStrength, 40.0, 1e-12);
  EXPECT_NEAR(s.better, 0.2, 1e-12);
  EXPECT_NEAR(s.worse, -0.7, 1e-12);
  EXPECT_EQ(s.fongSignificant, true);
}

TEST(KanoSummary, ExactlyFivePointsCountsAsWithin) {
  // I 12 (30%), A 10 (25%), rest O 9, M 9; n = 40: exactly 5 points → the rule picks A.
  const KanoSummary five = summarizeKano(countsOf(10, 9, 9, 12, 0, 0));
  EXPECT_EQ(five.category, C::Indifferent);
  EXPECT_EQ(five.categoryByRule, C::Attractive);
  // I 13 (32.5%), A 10 (25%), O 9, M 8; n = 40: 7.5 points → I stays.
  const KanoSummary more = summarizeKano(countsOf(10, 9, 8, 13, 0, 0));
  EXPECT_EQ(more.categoryByRule, C::Indifferent);
}

TEST(KanoSummary, TiesGoByTheRuleOrder) {
  // A 10 and I 10 tie for most frequent: A comes before I in M > O > A > I.
  const KanoSummary s = summarizeKano(countsOf(10, 0, 0, 10, 0, 0));
  EXPECT_EQ(s.category, C::Attractive);
  EXPECT_EQ(s.categoryByRule, C::Attractive);
  EXPECT_EQ(s.categoryStrength, 0.0);
}

TEST(KanoSummary, TheRuleOnlyChoosesAmongMOAI) {
  // Q 8, I 7, n = 15: 6.7 points apart → Q stays.
  EXPECT_EQ(summarizeKano(countsOf(0, 0, 0, 7, 0, 8)).categoryByRule, C::Questionable);
  // Q 8, I 8 tie: I is the most frequent by the tie order.
  EXPECT_EQ(summarizeKano(countsOf(0, 0, 0, 8, 0, 8)).category, C::Indifferent);
  // The audit's case: Q 21, I 20 (n = 41, 2.4 points apart). Q is among the
  // top two, so the rule does not apply: the most frequent, Q, stands.
  EXPECT_EQ(summarizeKano(countsOf(0, 0, 0, 20, 0, 21)).categoryByRule, C::Questionable);
  // R 20, M 19, I 1 (n = 40, 2.5 points): R stands, never M by the rule.
  const KanoSummary r = summarizeKano(countsOf(0, 0, 19, 1, 20, 0));
  EXPECT_EQ(r.category, C::Reverse);
  EXPECT_EQ(r.categoryByRule, C::Reverse);
  // M 20, R 19, A 1: M is most frequent and the rule does not apply either.
  EXPECT_EQ(summarizeKano(countsOf(1, 0, 20, 0, 19, 0)).categoryByRule, C::MustBe);
}

TEST(KanoSummary, WorseWithoutOOrMIsZeroNotMinusZero) {
  const KanoSummary s = summarizeKano(countsOf(3, 0, 0, 2, 0, 0));
  EXPECT_EQ(s.worse, 0.0);
  EXPECT_FALSE(std::signbit(s.worse));
  EXPECT_NEAR(s.better, 0.6, 1e-12);  // 3 / 5
}

TEST(KanoSummary, OnlyReverseAnswersHaveNoBetterOrWorse) {
  // A+O+M+I = 0. Fong with a = 5, b = 0, n = 5: 1.65 · √(5 · 5 / 10) = 2.609 ≤ 5 → significant.
  const KanoSummary s = summarizeKano(countsOf(0, 0, 0, 0, 5, 0));
  EXPECT_EQ(s.category, C::Reverse);
  EXPECT_TRUE(std::isnan(s.better));
  EXPECT_TRUE(std::isnan(s.worse));
  EXPECT_EQ(s.totalStrength, 0.0);
  EXPECT_EQ(s.fongSignificant, true);
}

TEST(KanoSummary, NoAnswersNothingComputed) {
  const KanoSummary s = summarizeKano(KanoCounts{});
  EXPECT_EQ(s.total, 0u);
  EXPECT_FALSE(s.category);
  EXPECT_FALSE(s.categoryByRule);
  EXPECT_FALSE(s.fongSignificant);
  EXPECT_TRUE(std::isnan(s.totalStrength));
  EXPECT_TRUE(std::isnan(s.better));
}

TEST(KanoSummary, FongOnASingleAnswerIsNotSignificant) {
  // a = 1, b = 0, n = 1: 1.65 · √(1 · 1 / 2) = 1.1667 > 1.
  EXPECT_EQ(summarizeKano(countsOf(0, 1, 0, 0, 0, 0)).fongSignificant, false);
}

TEST(KanoCounts, MergeAddsCounts) {
  KanoCounts a = countsOf(1, 2, 0, 0, 0, 0);
  a.merge(countsOf(0, 1, 3, 0, 0, 1));
  EXPECT_EQ(a.count(C::OneDimensional), 3u);
  EXPECT_EQ(a.count(C::MustBe), 3u);
  EXPECT_EQ(a.total(), 8u);
}

}  // namespace
}  // namespace cf::core
