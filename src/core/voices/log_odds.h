// The weighted log-odds ratio with an informative Dirichlet prior (Monroe,
// Colaresi and Quinn 2008, "Fightin' Words", Political Analysis 16(4),
// eq. 16–22): how much more a group uses a word than the rest do, shrunk
// towards the whole corpus's use so that rare words do not top the list, and
// divided by its standard error so that the score is a z.
//
//   LogOdds s = weightedLogOdds({.inGroup = 12, .groupTotal = 400, .inRest = 3,
//                                .restTotal = 1600, .prior = 1.5, .priorTotal = 100});
#pragma once

namespace cf::core {

struct TermCounts {
  double inGroup = 0;     // y_w^(i): the word's count in the group
  double groupTotal = 0;  // n^(i): all counted words of the group
  double inRest = 0;      // y_w^(j): the word's count in the rest
  double restTotal = 0;   // n^(j)
  double prior = 0;       // α_w
  double priorTotal = 0;  // α_0 = Σ α_w
};

struct LogOdds {
  double delta = 0;     // δ_w^(i−j), eq. 16
  double variance = 0;  // σ²(δ_w^(i−j)) ≈ 1/(y_w^(i) + α_w) + 1/(y_w^(j) + α_w), eq. 20
  double z = 0;         // δ / σ, eq. 22
};

// NaN fields when a count is negative or a total leaves no room for the word
// (n + α0 − y − α_w ≤ 0), which consistent counts never give.
LogOdds weightedLogOdds(const TermCounts& c);

// α_w of the informative prior: α0 times the word's share of the whole
// corpus, (y_w^(i) + y_w^(j)) / (n^(i) + n^(j)).
double informativePrior(double priorTotal, double wordInCorpus, double corpusTotal);

}  // namespace cf::core
