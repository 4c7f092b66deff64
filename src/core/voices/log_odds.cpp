#include "voices/log_odds.h"

#include <cmath>
#include <limits>

namespace cf::core {

LogOdds weightedLogOdds(const TermCounts& c) {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  const double a = c.inGroup + c.prior;
  const double b = c.groupTotal + c.priorTotal - c.inGroup - c.prior;
  const double d = c.inRest + c.prior;
  const double e = c.restTotal + c.priorTotal - c.inRest - c.prior;
  if (!(a > 0 && b > 0 && d > 0 && e > 0) || c.inGroup < 0 || c.inRest < 0) return {nan, nan, nan};
  LogOdds r;
  r.delta = std::log(a / b) - std::log(d / e);
  r.variance = 1.0 / a + 1.0 / d;
  r.z = r.delta / std::sqrt(r.variance);
  return r;
}

double informativePrior(double priorTotal, double wordInCorpus, double corpusTotal) {
  if (!(corpusTotal > 0)) return 0.0;
  return priorTotal * wordInCorpus / corpusTotal;
}

}  // namespace cf::core
