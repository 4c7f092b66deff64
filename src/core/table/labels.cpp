#include "table/labels.h"
#include "table/words.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>

#include "messages.h"
#include "table/common.h"
#include "text.h"

namespace cf::core::detail {

std::optional<Scale> smallestScale(double min, double max, bool allowBinary) {
  if (!(min <= max)) return std::nullopt;
  if (allowBinary && kBinaryScale.contains(min) && kBinaryScale.contains(max)) return kBinaryScale;
  std::optional<Scale> best;
  for (const Scale& s : kItemScales) {
    if (!s.contains(min) || !s.contains(max)) continue;
    if (!best || s.max - s.min < best->max - best->min) best = s;
  }
  return best;
}

// For a column named as an item whose numbers fit no usual scale: the whole
// numbers around what was seen (a 0–100 rating is real), unless that range is
// no scale at all (one value, or 1e308), when `fallback` is used and the
// values outside it are reported as the rows are read.
Scale observedScale(double min, double max, Scale fallback) {
  const Scale s{std::floor(min), std::ceil(max)};
  const double width = s.max - s.min;
  if (!(width >= 1 && width <= 1000)) return fallback;
  return s;
}


// Which label of a two-label outcome means "satisfied": +1 positive,
// -1 negative, 0 unknown. A negative word wins, so "neutral or dissatisfied"
// and "not satisfied" are negative although they contain "satisfied".
int labelPolarity(std::string_view folded) {
  static constexpr std::string_view kNegative[] = {
      "no",      "n",         "not",        "false",    "neutral", "dissatisfied", "unsatisfied",
      "unhappy", "detractor", "detractors", "negative", "bad",     "poor",         "fail",
      "failed",  "disagree",  "never",      "nope",     "0"};
  static constexpr std::string_view kPositive[] = {
      "yes",       "y",          "true",         "satisfied", "happy",  "promoter",
      "promoters", "positive",   "good",         "pass",      "passed", "agree",
      "success",   "successful", "satisfactory", "loyal",     "1"};
  bool positive = false;
  for (std::string_view w : wordsOf(folded)) {
    if (isOneOf(w, kNegative) || startsWith(w, "dis") || startsWith(w, "un")) return -1;
    if (isOneOf(w, kPositive)) positive = true;
  }
  return positive ? 1 : 0;
}

const KanoWord kKanoWords[] = {
    {"like", KanoAnswer::Like},
    {"i like it", KanoAnswer::Like},
    {"like it", KanoAnswer::Like},
    {"i like it that way", KanoAnswer::Like},
    {"expect", KanoAnswer::Expect},
    {"i expect it", KanoAnswer::Expect},
    {"expect it", KanoAnswer::Expect},
    {"must-be", KanoAnswer::Expect},
    {"must be", KanoAnswer::Expect},
    {"it must be that way", KanoAnswer::Expect},
    {"i expect it to be that way", KanoAnswer::Expect},
    {"neutral", KanoAnswer::Neutral},
    {"i am neutral", KanoAnswer::Neutral},
    {"i'm neutral", KanoAnswer::Neutral},
    {"i don't care", KanoAnswer::Neutral},
    {"indifferent", KanoAnswer::Neutral},
    {"live with", KanoAnswer::LiveWith},
    {"live with it", KanoAnswer::LiveWith},
    {"i can live with it", KanoAnswer::LiveWith},
    {"can live with it", KanoAnswer::LiveWith},
    {"i can tolerate it", KanoAnswer::LiveWith},
    {"dislike", KanoAnswer::Dislike},
    {"i dislike it", KanoAnswer::Dislike},
    {"dislike it", KanoAnswer::Dislike},
    {"i dislike it that way", KanoAnswer::Dislike},
    // Berger's wording and the variants forms use.
    {"i like it this way", KanoAnswer::Like},
    {"i would like it", KanoAnswer::Like},
    {"it must be this way", KanoAnswer::Expect},
    {"i expect it that way", KanoAnswer::Expect},
    {"i expect it this way", KanoAnswer::Expect},
    {"i am indifferent", KanoAnswer::Neutral},
    {"i'm indifferent", KanoAnswer::Neutral},
    {"i do not care", KanoAnswer::Neutral},
    {"i can live with it that way", KanoAnswer::LiveWith},
    {"i can live with it this way", KanoAnswer::LiveWith},
    {"i can tolerate it that way", KanoAnswer::LiveWith},
    {"i dislike it this way", KanoAnswer::Dislike},
    {"i don't like it", KanoAnswer::Dislike},
    {"i do not like it", KanoAnswer::Dislike},
};
const std::size_t kKanoWordCount = std::size(kKanoWords);

}  // namespace cf::core::detail

namespace cf::core::detail {
namespace {

// A label scale: its positions from lowest to highest; alternatives for one
// position are separated by '|'. Folded with foldWords. First match wins, so
// the commoner of two scales that share labels comes first.
struct LabelScale {
  Measure measure;
  std::string_view positions[7];
};

constexpr LabelScale kLabelScales[] = {
    // English
    {Measure::Satisfaction,
     {"very dissatisfied|extremely dissatisfied|completely dissatisfied|very unsatisfied",
      "dissatisfied|somewhat dissatisfied|unsatisfied|not satisfied",
      "neither satisfied nor dissatisfied|neither dissatisfied nor satisfied|neutral",
      "satisfied|somewhat satisfied", "very satisfied|extremely satisfied|completely satisfied"}},
    {Measure::Satisfaction,
     {"very dissatisfied", "dissatisfied", "somewhat dissatisfied",
      "neither satisfied nor dissatisfied|neutral", "somewhat satisfied", "satisfied",
      "very satisfied"}},
    {Measure::Satisfaction,
     {"very dissatisfied", "dissatisfied|somewhat dissatisfied", "satisfied|somewhat satisfied",
      "very satisfied"}},
    {Measure::Satisfaction,
     {"not at all satisfied", "slightly satisfied", "moderately satisfied", "very satisfied",
      "extremely satisfied|completely satisfied"}},
    {Measure::Importance,
     {"not at all important|not important at all", "slightly important|of little importance",
      "moderately important|somewhat important", "very important",
      "extremely important"}},
    {Measure::Importance,
     {"not important|unimportant|not at all important", "slightly important|somewhat important|of little importance",
      "moderately important|neutral|neither important nor unimportant", "important",
      "very important|extremely important"}},
    {Measure::Importance,
     {"not important|not at all important", "somewhat important|slightly important",
      "important|quite important", "very important"}},
    {Measure::Agreement,
     {"strongly disagree", "disagree", "neither agree nor disagree|neutral|undecided|neither disagree nor agree",
      "agree", "strongly agree"}},
    {Measure::Agreement,
     {"strongly disagree", "disagree", "somewhat disagree|slightly disagree",
      "neither agree nor disagree|neutral", "somewhat agree|slightly agree", "agree",
      "strongly agree"}},
    {Measure::Agreement, {"strongly disagree", "disagree", "agree", "strongly agree"}},
    {Measure::Agreement,
     {"strongly disagree", "disagree", "somewhat disagree|slightly disagree",
      "somewhat agree|slightly agree", "agree", "strongly agree"}},
    {Measure::Satisfaction, {"very poor", "poor", "fair|average|acceptable|ok|okay", "good", "very good|excellent"}},
    {Measure::Satisfaction, {"poor", "fair", "good", "very good", "excellent"}},
    {Measure::Satisfaction, {"poor", "fair", "good", "excellent"}},
    {Measure::Likelihood,
     {"very unlikely|extremely unlikely", "unlikely|somewhat unlikely",
      "neither likely nor unlikely|neutral|unsure", "likely|somewhat likely",
      "very likely|extremely likely"}},
    {Measure::Likelihood,
     {"not at all likely", "slightly likely", "moderately likely", "very likely",
      "extremely likely"}},
    {Measure::Frequency, {"never", "rarely|seldom", "sometimes|occasionally", "often|usually|frequently", "always|very often"}},
    // German
    {Measure::Satisfaction,
     {"sehr unzufrieden|vollig unzufrieden", "unzufrieden|eher unzufrieden",
      "weder zufrieden noch unzufrieden|teils/teils|teils, teils|neutral|teils teils",
      "zufrieden|eher zufrieden", "sehr zufrieden|vollig zufrieden"}},
    {Measure::Satisfaction, {"sehr unzufrieden", "unzufrieden|eher unzufrieden", "zufrieden|eher zufrieden", "sehr zufrieden"}},
    {Measure::Importance,
     {"vollig unwichtig|gar nicht wichtig|uberhaupt nicht wichtig|sehr unwichtig",
      "unwichtig|wenig wichtig|weniger wichtig|eher unwichtig",
      "teils/teils|mittelmassig wichtig|neutral|teils, teils|weder wichtig noch unwichtig",
      "wichtig|eher wichtig", "sehr wichtig|aussert wichtig|ausserst wichtig"}},
    {Measure::Importance, {"unwichtig|gar nicht wichtig", "eher unwichtig|weniger wichtig", "eher wichtig|wichtig", "sehr wichtig"}},
    {Measure::Agreement,
     {"stimme uberhaupt nicht zu|stimme gar nicht zu|trifft uberhaupt nicht zu|trifft gar nicht zu",
      "stimme nicht zu|stimme eher nicht zu|trifft nicht zu|trifft eher nicht zu",
      "weder noch|teils/teils|neutral|teils, teils|unentschieden",
      "stimme zu|stimme eher zu|trifft zu|trifft eher zu",
      "stimme voll und ganz zu|stimme voll zu|stimme vollig zu|trifft voll und ganz zu|trifft voll zu"}},
    {Measure::Satisfaction, {"sehr schlecht", "schlecht", "mittelmassig|befriedigend|durchschnittlich|mittel", "gut", "sehr gut|ausgezeichnet"}},
    {Measure::Likelihood, {"sehr unwahrscheinlich", "unwahrscheinlich|eher unwahrscheinlich", "weder noch|neutral", "wahrscheinlich|eher wahrscheinlich", "sehr wahrscheinlich"}},
    {Measure::Frequency, {"nie|niemals", "selten", "manchmal|gelegentlich", "oft|haufig", "immer|sehr oft"}},
    // French
    {Measure::Satisfaction,
     {"tres insatisfait|tres insatisfaite|pas du tout satisfait|pas du tout satisfaite|tres mecontent",
      "insatisfait|insatisfaite|peu satisfait|peu satisfaite|plutot insatisfait|mecontent",
      "neutre|ni satisfait ni insatisfait|ni satisfaite ni insatisfaite",
      "satisfait|satisfaite|plutot satisfait|plutot satisfaite",
      "tres satisfait|tres satisfaite|entierement satisfait|tout a fait satisfait"}},
    {Measure::Satisfaction,
     {"tres insatisfait|tres insatisfaite|pas du tout satisfait", "insatisfait|insatisfaite|plutot insatisfait|peu satisfait",
      "satisfait|satisfaite|plutot satisfait", "tres satisfait|tres satisfaite"}},
    {Measure::Importance,
     {"pas du tout important|pas important du tout|pas du tout importante", "peu important|peu importante",
      "moyennement important|neutre|moyennement importante|assez important",
      "important|importante", "tres important|tres importante|extremement important"}},
    {Measure::Agreement,
     {"pas du tout d'accord|fortement en desaccord|tout a fait en desaccord",
      "pas d'accord|en desaccord|plutot pas d'accord|plutot en desaccord",
      "neutre|ni d'accord ni pas d'accord|ni en accord ni en desaccord",
      "d'accord|plutot d'accord", "tout a fait d'accord|fortement d'accord|entierement d'accord"}},
    {Measure::Satisfaction, {"tres mauvais|tres mauvaise", "mauvais|mauvaise", "moyen|moyenne|passable|correct", "bon|bonne|bien", "tres bon|tres bonne|excellent|excellente|tres bien"}},
    {Measure::Likelihood, {"tres improbable|tres peu probable", "improbable|peu probable", "neutre", "probable", "tres probable"}},
    {Measure::Frequency, {"jamais", "rarement", "parfois|quelquefois", "souvent", "toujours"}},
    // Spanish
    {Measure::Satisfaction,
     {"muy insatisfecho|muy insatisfecha|nada satisfecho|nada satisfecha",
      "insatisfecho|insatisfecha|poco satisfecho|poco satisfecha",
      "ni satisfecho ni insatisfecho|ni satisfecha ni insatisfecha|neutral|neutro",
      "satisfecho|satisfecha|algo satisfecho", "muy satisfecho|muy satisfecha|totalmente satisfecho"}},
    {Measure::Satisfaction, {"muy insatisfecho|muy insatisfecha", "insatisfecho|insatisfecha", "satisfecho|satisfecha", "muy satisfecho|muy satisfecha"}},
    {Measure::Importance,
     {"nada importante|sin importancia", "poco importante", "moderadamente importante|algo importante|neutral|medianamente importante",
      "importante", "muy importante|extremadamente importante|sumamente importante"}},
    {Measure::Agreement,
     {"totalmente en desacuerdo|muy en desacuerdo|completamente en desacuerdo", "en desacuerdo|algo en desacuerdo",
      "ni de acuerdo ni en desacuerdo|neutral|indiferente", "de acuerdo|algo de acuerdo",
      "totalmente de acuerdo|muy de acuerdo|completamente de acuerdo"}},
    {Measure::Satisfaction, {"muy malo|muy mala", "malo|mala", "regular|aceptable|normal", "bueno|buena", "muy bueno|muy buena|excelente"}},
    {Measure::Likelihood, {"muy improbable|muy poco probable", "improbable|poco probable", "neutral|ni probable ni improbable", "probable", "muy probable"}},
    {Measure::Frequency, {"nunca", "rara vez|casi nunca", "a veces|algunas veces", "a menudo|frecuentemente|casi siempre", "siempre"}},
};

// The label's words alone: trimmed, without final punctuation.
std::string_view bare(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '.' || t.back() == '!')) t.remove_suffix(1);
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  return t;
}

int positionIn(const LabelScale& s, std::string_view label) {
  for (int i = 0; i < 7; ++i) {
    std::string_view alts = s.positions[i];
    while (!alts.empty()) {
      const std::size_t bar = std::min(alts.find('|'), alts.size());
      if (alts.substr(0, bar) == label) return i;
      alts.remove_prefix(std::min(alts.size(), bar + 1));
    }
  }
  return -1;
}

int positionCount(const LabelScale& s) {
  int n = 0;
  while (n < 7 && !s.positions[n].empty()) ++n;
  return n;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The words of a numbered label without its number: "5 - Very satisfied" →
// "very satisfied".
std::string_view withoutNumber(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && (isDigit(t[i]) || t[i] == ' ' || t[i] == '(')) ++i;
  if (i > 0 && i < t.size() && std::string_view("-:=.)").find(t[i]) != std::string_view::npos) {
    ++i;
    return bare(t.substr(i));
  }
  std::size_t j = t.size();
  while (j > 0 && (isDigit(t[j - 1]) || t[j - 1] == ' ' || t[j - 1] == ')' || t[j - 1] == '(')) --j;
  while (j > 0 && (t[j - 1] == '-' || t[j - 1] == ':' || t[j - 1] == ' ')) --j;
  if (j < t.size()) return bare(t.substr(0, j));
  return t;
}

}  // namespace

std::optional<double> numberInLabel(std::string_view text) {
  const std::string_view t = bare(text);
  std::size_t i = 0;
  if (i < t.size() && t[i] == '(') ++i;
  std::size_t start = i;
  while (i < t.size() && isDigit(t[i])) ++i;
  if (i > start && i - start <= 3) {
    std::size_t k = i;
    if (k < t.size() && t[k] == ')') ++k;
    while (k < t.size() && t[k] == ' ') ++k;
    if (k < t.size() && (std::string_view("-:=.)").find(t[k]) != std::string_view::npos || k > i)) {
      double v = 0;
      std::from_chars(t.data() + start, t.data() + i, v);
      // "3 days" is not a label with a number; "5 - Very" and "5: Very" are.
      if (std::string_view("-:=.)").find(t[k]) != std::string_view::npos || t[i] == ')') return v;
    }
  }
  // Trailing: "Very helpful10", "Extremely likely - 10", "Agree (4)".
  std::size_t j = t.size();
  if (j > 0 && t[j - 1] == ')') --j;
  const std::size_t end = j;
  while (j > 0 && isDigit(t[j - 1])) --j;
  if (j < end && end - j <= 3 && j > 0 && !isDigit(t[j - 1])) {
    const char before = t[j - 1];
    if (before == ' ' || before == '(' || before == '-' || before == ':' ||
        (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z')) {
      double v = 0;
      std::from_chars(t.data() + j, t.data() + end, v);
      return v;
    }
  }
  return std::nullopt;
}

std::optional<LabelScaleMatch> matchLabelScale(const std::vector<std::string>& texts) {
  if (texts.empty()) return std::nullopt;
  LabelScaleMatch m;
  m.labels.resize(texts.size());
  std::vector<std::string> words(texts.size());
  std::vector<bool> done(texts.size(), false);
  std::size_t numbered = 0, plainNumbers = 0, scaleTexts = 0;
  double lo = kInf, hi = -kInf;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    m.labels[i].text = std::string(trim(texts[i]));
    const std::string f = foldWords(trim(texts[i]));
    if (isNotApplicableWord(f)) {
      m.labels[i].notApplicable = true;
      done[i] = true;
      continue;
    }
    if (std::optional<double> v = numberInText(f, true)) {
      m.labels[i].value = *v;
      lo = std::min(lo, *v), hi = std::max(hi, *v);
      ++plainNumbers;
      done[i] = true;
      continue;
    }
    if (std::optional<double> v = numberInLabel(f)) {
      m.labels[i].value = *v;
      lo = std::min(lo, *v), hi = std::max(hi, *v);
      ++numbered;
      done[i] = true;
      words[i] = std::string(withoutNumber(bare(f)));
      continue;
    }
    words[i] = std::string(bare(f));
    ++scaleTexts;
  }
  if (numbered > 0 && scaleTexts == 0) {
    // Numbers carry the values; the words only say what the scale measures.
    m.numbered = true;
    const std::optional<Scale> s = smallestScale(lo, hi, false);
    if (!s) return std::nullopt;
    m.scale = *s;
    for (const LabelScale& ls : kLabelScales)
      for (std::size_t i = 0; i < texts.size(); ++i)
        if (!words[i].empty() && positionIn(ls, words[i]) >= 0 && m.measure == Measure::None)
          m.measure = ls.measure;
    return m;
  }
  if (scaleTexts == 0) return std::nullopt;
  for (const LabelScale& ls : kLabelScales) {
    bool all = true;
    for (std::size_t i = 0; i < texts.size() && all; ++i)
      if (!done[i] && positionIn(ls, words[i]) < 0) all = false;
    if (!all) continue;
    const int n = positionCount(ls);
    m.measure = ls.measure;
    m.scale = Scale{1, static_cast<double>(n)};
    for (std::size_t i = 0; i < texts.size(); ++i)
      if (!done[i]) m.labels[i].value = positionIn(ls, words[i]) + 1;
    // Numbers beside the labels must sit on the same scale.
    if (plainNumbers + numbered > 0 && (lo < 1 || hi > n)) return std::nullopt;
    return m;
  }
  return std::nullopt;
}

}  // namespace cf::core::detail
