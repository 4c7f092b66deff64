#include "waves/trends.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>

#include "results.h"
#include "text.h"

namespace cf::core {

namespace {

// ---- Ordering ---------------------------------------------------------------

// The runs of a name: numbers and words, as natural order compares them.
struct Token {
  bool number = false;
  double value = 0.0;
  std::string word;  // case-folded
};

std::vector<Token> tokenize(std::string_view name) {
  std::vector<Token> out;
  std::size_t i = 0;
  auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
  // Letters: ASCII and every byte of a multi-byte UTF-8 sequence.
  auto isLetter = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
  };
  while (i < name.size()) {
    const std::size_t start = i;
    if (isDigit(name[i])) {
      while (i < name.size() && isDigit(name[i])) ++i;
      Token t;
      t.number = true;
      std::from_chars(name.data() + start, name.data() + i, t.value);
      out.push_back(t);
    } else if (isLetter(name[i])) {
      while (i < name.size() && isLetter(name[i])) ++i;
      out.push_back({false, 0.0, foldCase(name.substr(start, i - start))});
    } else {
      ++i;
    }
  }
  return out;
}

// Month names (and their usual abbreviations) in English, German, French and
// Spanish, and the seasons, as a position in the year (1–12).
std::optional<int> monthOf(const std::string& word) {
  static const std::map<std::string, int, std::less<>> months = [] {
    std::map<std::string, int, std::less<>> m;
    const std::array<std::array<const char*, 12>, 4> names = {{
        {"january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"},
        {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
         "oktober", "november", "dezember"},
        {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
         "octobre", "novembre", "décembre"},
        {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"},
    }};
    for (const auto& language : names)
      for (int k = 0; k < 12; ++k) {
        const std::string full = language[static_cast<std::size_t>(k)];
        m.emplace(full, k + 1);
        // "jan", "feb", "mär", "sept" …: the first three letters, when ASCII.
        if (full.size() > 3 && static_cast<unsigned char>(full[2]) < 0x80)
          m.emplace(full.substr(0, 3), k + 1);
      }
    m.emplace("sept", 9);
    m.emplace("okt", 10);
    m.emplace("dez", 12);
    for (const char* w : {"spring", "frühling", "frühjahr", "printemps", "primavera"})
      m.emplace(w, 4);
    for (const char* w : {"summer", "sommer", "été", "verano"}) m.emplace(w, 7);
    for (const char* w : {"autumn", "fall", "herbst", "automne", "otoño"}) m.emplace(w, 10);
    // Winter closes a year in the northern calendar of school terms.
    for (const char* w : {"winter", "hiver", "invierno"}) m.emplace(w, 12);
    return m;
  }();
  const auto it = months.find(word);
  if (it == months.end()) return std::nullopt;
  return it->second;
}

// A name's place in time: its year, the month or quarter within it, and its
// other numbers (a term, a day) in order.
struct WhenKey {
  int year = 0;
  int month = 0;  // 0: none given
  std::vector<double> rest;
};

std::optional<WhenKey> whenOf(std::string_view name) {
  const std::vector<Token> tokens = tokenize(name);
  WhenKey key;
  bool haveYear = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.number) {
      if (!haveYear && t.value >= 1900 && t.value <= 2199) {
        key.year = static_cast<int>(t.value);
        haveYear = true;
        // "2025-03", "2025/03/14": the month follows the year.
        if (key.month == 0 && i + 1 < tokens.size() && tokens[i + 1].number &&
            tokens[i + 1].value >= 1 && tokens[i + 1].value <= 12) {
          key.month = static_cast<int>(tokens[i + 1].value);
          ++i;
        }
        continue;
      }
      key.rest.push_back(t.value);
      continue;
    }
    // "Q3", "T2" (quarter, trimestre) is one token with its number: "q" then 3.
    if ((t.word == "q" || t.word == "quarter" || t.word == "quartal" || t.word == "trimestre") &&
        i + 1 < tokens.size() && tokens[i + 1].number && tokens[i + 1].value >= 1 &&
        tokens[i + 1].value <= 4 && key.month == 0) {
      key.month = static_cast<int>(tokens[i + 1].value) * 3 - 2;
      ++i;
      continue;
    }
    if (key.month == 0)
      if (const std::optional<int> m = monthOf(t.word)) key.month = *m;
  }
  // "14.03.2025", "3/14/2025": the numbers before the year are a day and a
  // month; only their order within the year matters, and it is ambiguous,
  // so they are kept as further numbers.
  if (!haveYear) return std::nullopt;
  return key;
}

// Natural order: numbers by value, words case-folded, number before word.
bool naturalLess(const std::vector<Token>& a, const std::vector<Token>& b) {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    const Token& x = a[i];
    const Token& y = b[i];
    if (x.number != y.number) return x.number;
    if (x.number) {
      if (x.value != y.value) return x.value < y.value;
    } else if (x.word != y.word) {
      return x.word < y.word;
    }
  }
  return a.size() < b.size();
}

// ---- Matching ---------------------------------------------------------------

std::string keyOf(std::string_view name) { return foldCase(trim(name)); }

// Names across the waves, the last wave's first (in its order), then those
// only earlier waves have, latest wave first.
template <typename NamesOf>
std::vector<std::string> unionOfNames(const std::vector<WaveResults>& waves, NamesOf namesOf) {
  std::vector<std::string> out;
  std::map<std::string, std::size_t> seen;
  for (std::size_t w = waves.size(); w-- > 0;)
    for (const std::string& name : namesOf(*waves[w].results))
      if (seen.emplace(keyOf(name), out.size()).second) out.push_back(name);
  return out;
}

// Index of each wave's entry per name: SIZE_MAX where the wave lacks it.
template <typename NamesOf>
std::vector<std::vector<std::size_t>> indexByWave(const std::vector<WaveResults>& waves,
                                                  const std::vector<std::string>& names,
                                                  NamesOf namesOf) {
  std::vector<std::vector<std::size_t>> out(names.size(),
                                            std::vector<std::size_t>(waves.size(), SIZE_MAX));
  std::map<std::string, std::size_t> position;
  for (std::size_t i = 0; i < names.size(); ++i) position.emplace(keyOf(names[i]), i);
  for (std::size_t w = 0; w < waves.size(); ++w) {
    const std::vector<std::string>& list = namesOf(*waves[w].results);
    for (std::size_t k = 0; k < list.size(); ++k) {
      const auto it = position.find(keyOf(list[k]));
      if (it != position.end() && out[it->second][w] == SIZE_MAX) out[it->second][w] = k;
    }
  }
  return out;
}

std::vector<PartialPresence> partial(const std::vector<WaveResults>& waves,
                                     const std::vector<std::string>& names,
                                     const std::vector<std::vector<std::size_t>>& index,
                                     bool skipAll) {
  std::vector<PartialPresence> out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (skipAll && keyOf(names[i]) == keyOf(kAllGroupName)) continue;
    PartialPresence p{names[i], {}};
    for (std::size_t w = 0; w < waves.size(); ++w)
      if (index[i][w] != SIZE_MAX) p.waves.push_back(waves[w].name);
    if (p.waves.size() < waves.size()) out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

std::vector<std::size_t> orderWaves(const std::vector<std::string>& names) {
  std::vector<std::size_t> order(names.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::optional<WhenKey>> when;
  std::vector<std::vector<Token>> tokens;
  bool allDated = true;
  for (const std::string& n : names) {
    when.push_back(whenOf(n));
    tokens.push_back(tokenize(n));
    allDated = allDated && when.back().has_value();
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (allDated) {
      const WhenKey& x = *when[a];
      const WhenKey& y = *when[b];
      if (std::tie(x.year, x.month) != std::tie(y.year, y.month))
        return std::tie(x.year, x.month) < std::tie(y.year, y.month);
      if (x.rest != y.rest) return x.rest < y.rest;
    }
    return naturalLess(tokens[a], tokens[b]);
  });
  return order;
}

std::string_view trendMeasureName(TrendMeasure measure) {
  return measure == TrendMeasure::Importance ? "importance" : "satisfaction";
}

WavesResult computeTrends(const std::vector<WaveResults>& waves) {
  WavesResult out;
  for (std::size_t w = 0; w < waves.size(); ++w)
    out.waves.push_back(
        {waves[w].name, w, waves[w].results != nullptr ? waves[w].results->input.rowsUsed : 0});
  out.analysed = waves.empty() ? 0 : waves.size() - 1;
  if (waves.size() < 2) return out;
  for (const WaveResults& w : waves)
    if (w.results == nullptr) return out;

  auto groupNames = [](const Results& r) {
    std::vector<std::string> names;
    for (const GroupResult& g : r.groups) names.push_back(g.name);
    return names;
  };
  auto attributeNames = [](const Results& r) -> const std::vector<std::string>& {
    return r.attributes;
  };
  const std::vector<std::string> groups = unionOfNames(waves, groupNames);
  const std::vector<std::string> attributes = unionOfNames(waves, attributeNames);
  const auto groupIndex = indexByWave(waves, groups, groupNames);
  const auto attributeIndex = indexByWave(waves, attributes, attributeNames);
  out.partialGroups = partial(waves, groups, groupIndex, /*skipAll=*/true);
  out.partialAttributes = partial(waves, attributes, attributeIndex, /*skipAll=*/false);

  const std::size_t last = waves.size() - 1;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (std::size_t a = 0; a < attributes.size(); ++a) {
      for (const TrendMeasure m : {TrendMeasure::Importance, TrendMeasure::Satisfaction}) {
        Trend t;
        t.group = groups[g];
        t.attribute = attributes[a];
        t.measure = m;
        bool answered = false;
        for (std::size_t w = 0; w < waves.size(); ++w) {
          TrendPoint p;
          const std::size_t gi = groupIndex[g][w];
          const std::size_t ai = attributeIndex[a][w];
          if (gi != SIZE_MAX && ai != SIZE_MAX) {
            const CellResult& cell = waves[w].results->cell(gi, ai);
            const Measure& measure =
                m == TrendMeasure::Importance ? cell.importance : cell.satisfaction;
            p.present = measure.present;
            p.suppressed = measure.suppressed;
            p.estimate = measure.estimate;
            answered = answered || (measure.present && measure.estimate.n > 0);
          }
          t.byWave.push_back(p);
        }
        if (!answered) continue;
        const TrendPoint& from = t.byWave[last - 1];
        const TrendPoint& to = t.byWave[last];
        if (from.shown() && to.shown()) t.change = welchDifference(to.estimate, from.estimate);
        out.trends.push_back(std::move(t));
      }
    }
  }
  std::vector<double> p;
  for (const Trend& t : out.trends) p.push_back(t.change.p);
  const std::vector<double> q = adjustBenjaminiHochberg(p);
  for (std::size_t i = 0; i < out.trends.size(); ++i) {
    out.trends[i].change.q = q[i];
    if (std::isfinite(p[i])) ++out.comparisons;
  }

  for (std::size_t g = 0; g < groups.size(); ++g) {
    NpsTrend t;
    t.group = groups[g];
    bool answered = false;
    for (std::size_t w = 0; w < waves.size(); ++w) {
      NpsPoint point;
      const std::size_t gi = groupIndex[g][w];
      const Results& r = *waves[w].results;
      if (gi != SIZE_MAX && r.hasNps) {
        for (const NpsResult& n : r.nps) {
          if (n.group != gi) continue;
          point.present = true;
          point.suppressed = n.suppressed;
          point.estimate = n.estimate;
          answered = answered || n.estimate.n > 0;
        }
      }
      t.byWave.push_back(point);
    }
    if (!answered) continue;
    const NpsPoint& from = t.byWave[last - 1];
    const NpsPoint& to = t.byWave[last];
    if (from.shown() && to.shown()) t.change = npsDifference(to.estimate, from.estimate);
    out.npsTrends.push_back(std::move(t));
  }

  for (std::size_t g = 0; g < groups.size(); ++g) {
    const std::size_t g0 = groupIndex[g][last - 1];
    const std::size_t g1 = groupIndex[g][last];
    if (g0 == SIZE_MAX || g1 == SIZE_MAX) continue;
    for (std::size_t a = 0; a < attributes.size(); ++a) {
      const std::size_t a0 = attributeIndex[a][last - 1];
      const std::size_t a1 = attributeIndex[a][last];
      if (a0 == SIZE_MAX || a1 == SIZE_MAX) continue;
      const Quadrant from = waves[last - 1].results->cell(g0, a0).quadrant;
      const Quadrant to = waves[last].results->cell(g1, a1).quadrant;
      // An uncertain placing (an interval across a crosshair) is no move.
      if (from == Quadrant::None || to == Quadrant::None || from == Quadrant::Uncertain ||
          to == Quadrant::Uncertain)
        continue;
      const bool was = from == Quadrant::Concentrate;
      const bool is = to == Quadrant::Concentrate;
      if (was != is) out.moves.push_back({groups[g], attributes[a], is, from, to});
    }
  }
  return out;
}

std::vector<const Trend*> realChanges(const WavesResult& waves) {
  std::vector<const Trend*> out;
  for (const Trend& t : waves.trends)
    if (t.change.significant()) out.push_back(&t);
  std::stable_sort(out.begin(), out.end(), [](const Trend* a, const Trend* b) {
    return std::fabs(a->change.difference) > std::fabs(b->change.difference);
  });
  return out;
}

}  // namespace cf::core
