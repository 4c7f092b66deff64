// The weighted log-odds with an informative Dirichlet prior, checked against
// Monroe, Colaresi and Quinn (2008), eq. 16–22, worked by hand:
//   δ = ln((y_i + α_w) / (n_i + α0 − y_i − α_w)) − ln((y_j + α_w) / (n_j + α0 − y_j − α_w))
//   σ² = 1/(y_i + α_w) + 1/(y_j + α_w),   z = δ / σ,   α_w = α0 · (y_i + y_j) / (n_i + n_j)
#include "voices/log_odds.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "voices/voices.h"

namespace cf::core {
namespace {

TEST(LogOdds, FollowsThePapersFormula) {
  // y_i = 12 of n_i = 400, y_j = 3 of n_j = 1600, α0 = 100:
  // α_w = 100 · 15 / 2000 = 0.75
  // δ = ln(12.75 / 487.25) − ln(3.75 / 1696.25) = −3.643228 − (−6.114401) = 2.471173
  // σ² = 1/12.75 + 1/3.75 = 0.078431 + 0.266667 = 0.345098;  z = 2.471173 / 0.587451 = 4.206607
  const double prior = informativePrior(100, 15, 2000);
  EXPECT_DOUBLE_EQ(prior, 0.75);
  const LogOdds r = weightedLogOdds({12, 400, 3, 1600, prior, 100});
  EXPECT_NEAR(r.delta, 2.471173, 1e-6);
  EXPECT_NEAR(r.variance, 0.345098, 1e-6);
  EXPECT_NEAR(r.z, 4.206607, 1e-6);
}

TEST(LogOdds, IsSymmetricBetweenTheTwoSides) {
  const LogOdds a = weightedLogOdds({5, 100, 2, 300, 0.5, 50});
  const LogOdds b = weightedLogOdds({2, 300, 5, 100, 0.5, 50});
  EXPECT_NEAR(a.delta, -b.delta, 1e-12);
  EXPECT_NEAR(a.z, -b.z, 1e-12);
}

TEST(LogOdds, ImpossibleCountsAreNotComputable) {
  EXPECT_TRUE(std::isnan(weightedLogOdds({5, 2, 0, 0, 0, 0}).z));
  EXPECT_TRUE(std::isnan(weightedLogOdds({-1, 10, 1, 10, 1, 10}).z));
}

// A corpus small enough to count by hand, through the whole pipeline: stop
// words out ("the", "was", "again", "are", "to", "us", "is"), stems, and
// two-word phrases only between neighbouring content words.
//   Parents: "The bus was late." → bus, late
//            "Bus late again!"   → bus, late; bus late
//            "Kind bus"          → kind, bus; kind bus
//   Teachers: "The staff are kind." → staff, kind
//             "Staff kind to us"    → staff, kind; staff kind
//             "The bus is kind"     → bus, kind
// Words: Parents bus 3, late 2, kind 1 (n = 6); Teachers staff 2, kind 3, bus 1 (n = 6).
// Phrases: Parents "bus late" 1, "kind bus" 1 (n = 2); Teachers "staff kind" 1 (n = 1).
// α0 = 12.
//   late (Parents): α = 12·2/12 = 2; δ = ln(4/14) − ln(2/16) = 0.826679; σ² = 1/4 + 1/2; z =
//   0.954566 bus (Parents):  α = 12·4/12 = 4; δ = ln(7/11) − ln(5/13) = 0.503526; σ² = 1/7 + 1/5; z
//   = 0.859935 bus late:       α = 12·1/3 = 4;  δ = ln(5/9) − ln(4/9) = ln 1.25 = 0.223144; σ² =
//   1/5 + 1/4; z = 0.332643 kind (Parents): z = −0.859935, below the cut at 0.
TEST(LogOdds, RanksAGroupsDistinctiveTermsInAHandCountedCorpus) {
  VoicesOptions options;
  options.minN = 1;
  options.minTermCount = 1;
  options.minZ = 0.0;
  options.priorTotal = 12;
  options.language = Language::English;
  VoicesAnalyzer voices(Codebook{}, 1, options);
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"Parents", "The bus was late."}, {"Parents", "Bus late again!"},
      {"Parents", "Kind bus"},          {"Teachers", "The staff are kind."},
      {"Teachers", "Staff kind to us"}, {"Teachers", "The bus is kind"}};
  for (const auto& [group, text] : rows) {
    const std::string_view comments[] = {text};
    voices.add({group, 4.0, comments, "", 0});
  }
  const VoicesResult r = voices.finish();
  std::vector<DistinctiveTerm> parents;
  for (const DistinctiveTerm& t : r.distinctiveTerms)
    if (t.group == "Parents") parents.push_back(t);
  ASSERT_EQ(parents.size(), 4u);
  EXPECT_EQ(parents[0].term, "late");
  EXPECT_EQ(parents[0].count, 2u);
  EXPECT_NEAR(parents[0].logOdds, 0.826679, 1e-6);
  EXPECT_NEAR(parents[0].z, 0.954566, 1e-6);
  EXPECT_EQ(parents[1].term, "bus");
  EXPECT_NEAR(parents[1].z, 0.859935, 1e-6);
  EXPECT_EQ(parents[2].term, "bus late");
  EXPECT_NEAR(parents[2].z, 0.332643, 1e-6);
  EXPECT_EQ(parents[3].term, "kind bus");
  EXPECT_NEAR(parents[3].z, 0.332643, 1e-6);
}

}  // namespace
}  // namespace cf::core
