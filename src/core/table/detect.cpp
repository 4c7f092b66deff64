#include "table/detect.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>

#include "messages.h"
#include "table/common.h"
#include "table/header_row.h"
#include "table/headers.h"
#include "table/labels.h"
#include "table/layouts.h"
#include "text.h"

namespace cf::core {
namespace {

using namespace detail;

// Respondents profiled to detect a mapping: enough for any scale and label
// set, and a bound on detection's cost for a table of a million rows.
constexpr std::size_t kProfileRows = 20'000;

// What detection learns about a column from its values.

struct Profile {
  std::size_t numbers = 0;  // finite, not a not-applicable code
  std::size_t naNumbers = 0;
  std::size_t naTexts = 0;
  std::size_t nonFinite = 0;
  std::size_t texts = 0;
  std::size_t zeros = 0;
  double min = kInf, max = -kInf;  // of `numbers`
  double minNonZero = kInf;
  double rawMin = kInf, rawMax = -kInf;  // not-applicable codes included
  std::vector<std::string> labels;       // folded, distinct, first kMaxLabels
  std::vector<std::string> labelText;    // the first spelling of each
  std::vector<std::size_t> labelCount;
  bool manyLabels = false;
  std::size_t textBytes = 0;
  std::size_t commaNumbers = 0;      // text cells such as "3,5"
  std::size_t wholeCounts[11] = {};  // numbers 0–10 that are whole, by value
  std::size_t fractions = 0;         // numbers that are not whole
  double fractionMin = kInf, fractionMax = -kInf;

  bool hasData() const { return numbers + naNumbers + naTexts + nonFinite + texts > 0; }
  bool numeric() const { return numbers + naNumbers > 0 && numbers + naNumbers >= texts; }
  bool mostlyText() const { return texts > 0 && texts > numbers + naNumbers; }
};

inline void profileNumber(double v, const Mapping& m, Profile& p) {
  {
    if (!std::isfinite(v)) {
      ++p.nonFinite;
      return;
    }
    p.rawMin = std::min(p.rawMin, v);
    p.rawMax = std::max(p.rawMax, v);
    if (isCode(m.notApplicable, v)) {
      ++p.naNumbers;
      return;
    }
    ++p.numbers;
    p.min = std::min(p.min, v);
    p.max = std::max(p.max, v);
    if (v == 0)
      ++p.zeros;
    else
      p.minNonZero = std::min(p.minNonZero, v);
    const auto whole = static_cast<std::size_t>(v >= 0 && v <= 10 ? v : 0);
    if (v >= 0 && v <= 10 && static_cast<double>(whole) == v) {
      ++p.wholeCounts[whole];
    } else {
      ++p.fractions;
      p.fractionMin = std::min(p.fractionMin, v);
      p.fractionMax = std::max(p.fractionMax, v);
    }
  }
}

void profileCell(const CellView& cell, const Mapping& m, Profile& p) {
  if (cell.isNumber()) {
    profileNumber(cell.number, m, p);
  } else if (cell.isText()) {
    const std::string_view t = trim(cell.text);
    if (t.empty()) return;
    if (isTextCode(m.notApplicableText, t)) {
      ++p.naTexts;
      return;
    }
    // A number typed as text ("4"), or with a decimal comma ("3,5").
    const char first = t.front();
    if ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.') {
      if (std::optional<double> v = numberInText(t, true)) {
        if (t.find(',') != std::string_view::npos) ++p.commaNumbers;
        profileNumber(*v, m, p);
        return;
      }
    }
    ++p.texts;
    p.textBytes += t.size();
    for (std::size_t i = 0; i < p.labels.size(); ++i) {
      if (equalsFolded(t, p.labels[i])) {
        ++p.labelCount[i];
        return;
      }
    }
    if (p.labels.size() < kMaxLabels) {
      p.labels.push_back(foldCase(t));
      p.labelText.push_back(clipText(t, kHeaderBytes));
      p.labelCount.push_back(1);
    } else {
      p.manyLabels = true;
    }
  }
}

// The distinct values of a column whose header names a survey wave ("Wave",
// "Year", "Welle"): a wave column has a few values shared by many rows, where
// a birth year or a free "Period" answer has many.
struct WaveProfile {
  static constexpr std::size_t kMaxValues = 50;
  std::vector<std::string> keys;    // folded, distinct, at most kMaxValues + 1
  std::vector<std::string> values;  // the first spelling of each
  std::size_t cells = 0;            // non-blank

  void add(const CellView& cell) {
    std::string value;
    if (cell.isNumber()) {
      if (!std::isfinite(cell.number)) return;
      value = formatNumber(cell.number);
    } else {
      const std::string_view t = trim(cell.text);
      if (t.empty()) return;
      value = clipText(t, kQuoteBytes);
    }
    ++cells;
    if (keys.size() > kMaxValues) return;
    std::string key = foldCase(value);
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) return;
    keys.push_back(std::move(key));
    values.push_back(std::move(value));
  }
  bool looksLikeWaves() const {
    return keys.size() >= 2 && keys.size() <= kMaxValues && keys.size() * 2 <= cells;
  }
};

// Numbers of `p` outside scale `s`.
std::size_t outside(const Profile& p, const Scale& s) {
  std::size_t in = 0;
  for (std::size_t v = 0; v <= 10; ++v)
    if (s.contains(static_cast<double>(v))) in += p.wholeCounts[v];
  if (p.fractions > 0 && s.contains(p.fractionMin) && s.contains(p.fractionMax)) in += p.fractions;
  return p.numbers - std::min(p.numbers, in);
}

// A few whole numbers far above the rest (a 9 typed on a 1–5 item) do not
// make a scale: the narrowest usual scale that all but at most 2% of the
// numbers (and at least one) fit, when its values are whole.
std::optional<Scale> robustScale(const Profile& p) {
  if (p.numbers == 0) return std::nullopt;
  const std::optional<Scale> all = smallestScale(p.min, p.max, false);
  const std::size_t allowed = std::max<std::size_t>(1, p.numbers / 50);
  for (const Scale& s : kItemScales) {
    if (all && s.max - s.min >= all->max - all->min) break;
    const std::size_t off = outside(p, s);
    if (off > 0 && off <= allowed && off * 4 < p.numbers && s.contains(p.min)) return s;
  }
  return all;
}

void decideOutcome(ColumnSpec& spec, const Profile& p, Doubts& doubts) {
  const std::string name = describeColumn(spec.index, spec.header);
  spec.scale = Scale{1, 5};
  // No usable answer at all (blank, only codes, only NaN): numeric 1–5 until
  // the user says otherwise; the rows will report what they hold.
  if (p.numeric() || p.labels.empty()) {
    if (std::optional<Scale> s = smallestScale(p.min, p.max, true)) {
      spec.scale = *s;
    } else if (p.numbers > 0) {
      spec.scale = observedScale(p.min, p.max, Scale{1, 5});
      doubts.add(tr("doubt.outcomeScale",
                    {name, formatNumber(p.min), formatNumber(p.max), formatScale(spec.scale)}));
    }
    return;
  }
  if (p.manyLabels || p.labels.size() > 2) {
    spec.kind = ColumnKind::Ignore;
    doubts.add(tr("doubt.outcomeManyLabels", {name, joinQuoted(p.labelText, 4)}));
    return;
  }
  if (p.labels.size() == 1) {
    // With every answer the same there is nothing to correlate, and the other
    // label cannot be guessed; the dialog can name both.
    spec.kind = ColumnKind::Ignore;
    doubts.add(tr("doubt.outcomeOneLabel", {name, clippedQuote(p.labelText[0])}));
    return;
  }
  const int a = labelPolarity(p.labels[0]);
  const int b = labelPolarity(p.labels[1]);
  // The first-seen label is taken as negative unless the words say otherwise.
  std::size_t positive = 1;
  if (a > 0 && b <= 0)
    positive = 0;
  else if (a == 0 && b < 0)
    positive = 0;
  spec.positiveLabel = p.labelText[positive];
  spec.negativeLabel = p.labelText[1 - positive];
  const bool sure = (a != b) && (a != 0 || b != 0);
  if (!sure)
    doubts.add(tr("doubt.outcomeWhichLabel",
                  {name, clippedQuote(p.labelText[0]), clippedQuote(p.labelText[1]),
                   clippedQuote(spec.positiveLabel)}));
}

struct Attribute {
  std::string folded;
  long importance = -1;  // column index
  long satisfaction = -1;
};

// Attributes by folded name. A hash, because a hostile sheet of 10,000 item
// columns would make a linear search quadratic.
class Attributes {
 public:
  Attribute* find(const std::string& folded) {
    const auto it = index_.find(folded);
    return it == index_.end() ? nullptr : &list_[it->second];
  }
  Attribute& get(const std::string& folded) {
    const auto [it, added] = index_.try_emplace(folded, list_.size());
    if (added) list_.push_back(Attribute{folded});
    return list_[it->second];
  }
  const std::vector<Attribute>& list() const { return list_; }

 private:
  std::vector<Attribute> list_;
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace

// ===========================================================================
// detectMapping

Result<Mapping> detectMapping(const Grid& grid, const DetectOptions& options) {
  if (grid.rows() == 0 || grid.cols() == 0)
    return Error{"table.empty", tr("table.error.empty"), ""};
  Result<std::size_t> headerRow = findHeaderRow(grid);
  if (!headerRow) return headerRow.error();

  Mapping m;
  // A tool's header block: the row found may be its second row (SurveyMonkey
  // leaves the question row blank over a grid, so the sub-question row looks
  // wider), so the rows just above are tried first.
  HeaderBlock block = recogniseHeaderBlock(grid, headerRow.value());
  for (std::size_t back = 1; back <= 2 && block.layout.empty() && back <= headerRow.value();
       ++back) {
    HeaderBlock above = recogniseHeaderBlock(grid, headerRow.value() - back);
    if (!above.layout.empty() && above.headerRows > back) block = above;
  }
  m.headerRow = block.headerRow;
  m.headerRows = block.headerRows;
  for (double v : options.notApplicable)
    if (std::isfinite(v)) m.notApplicable.push_back(v);
  for (const std::string& t : options.notApplicableText)
    if (!trim(t).empty()) m.notApplicableText.push_back(foldedKey(t));

  const std::size_t cols = grid.cols();
  std::vector<ColumnSpec> specs(cols);
  std::vector<HeaderGuess> guesses(cols);
  const std::vector<std::string> names = columnNames(grid, m.headerRow, m.headerRows, block.layout);
  m.layout = block.layout.empty() ? recogniseTool(names) : block.layout;
  for (std::size_t c = 0; c < cols; ++c) {
    specs[c].index = c;
    specs[c].header = names[c];
    guesses[c] = classifyColumn(specs[c].header);
  }

  std::vector<Profile> profiles(cols);
  // Columns whose header names a survey wave, and what they hold.
  std::vector<std::optional<WaveProfile>> waveValues(cols);
  for (std::size_t c = 0; c < cols; ++c)
    if (guesses[c].kind == ColumnKind::Ignore && !guesses[c].metadata &&
        isWaveWord(foldWords(specs[c].header)))
      waveValues[c].emplace();
  std::size_t dataRows = 0;
  // The first kProfileRows respondents decide kinds, scales and labels, as
  // the panel decides from its first rows; what later rows hold that does
  // not fit is left out and counted, by column, as the rows are read.
  for (std::size_t r = m.firstDataRow(); r < grid.rows() && dataRows < kProfileRows; ++r) {
    bool any = false;
    for (std::size_t c = 0; c < cols; ++c) {
      const CellView cell = grid.at(r, c);
      if (cell.isEmpty()) continue;
      any = true;
      profileCell(cell, m, profiles[c]);
      if (waveValues[c]) waveValues[c]->add(cell);
    }
    if (any) ++dataRows;
  }

  Doubts doubts;
  Doubts notes;
  if (m.headerRows > 1)
    notes.add(tr("doubt.layout",
                  {m.layout, std::to_string(m.headerRows), std::to_string(m.firstDataRow() + 1)}));
  std::size_t commaNumbers = 0;
  for (const Profile& p : profiles) commaNumbers += p.commaNumbers;
  if (commaNumbers > 0) {
    m.decimalComma = true;
    notes.add(tr("doubt.decimalComma"));
  }
  {
    std::vector<std::size_t> metadata;
    for (std::size_t c = 0; c < cols; ++c)
      if (guesses[c].metadata && guesses[c].kind == ColumnKind::Ignore) metadata.push_back(c);
    if (!metadata.empty()) notes.add(tr("doubt.metadata", {listColumns(specs, metadata, 4)}));
  }
  // Text answers on a label scale: the column's labels, or nullopt.
  // Text answers on a label scale: the column's labels, or nullopt. Among
  // numbers, only labels that carry their number ("5 - Very satisfied").
  auto labelsOf = [&](const Profile& p) -> std::optional<LabelScaleMatch> {
    if (p.manyLabels || p.labelText.empty()) return std::nullopt;
    std::optional<LabelScaleMatch> match = matchLabelScale(p.labelText);
    if (match && !p.mostlyText() && !match->numbered) return std::nullopt;
    if (match && match->numbered && p.numbers > 0) {
      const std::optional<Scale> both = smallestScale(std::min(match->scale.min, p.min),
                                                      std::max(match->scale.max, p.max), false);
      if (!both) return std::nullopt;
      match->scale = *both;
    }
    return match;
  };
  auto useLabels = [](ColumnSpec& spec, const LabelScaleMatch& match) {
    spec.labels = match.labels;
    spec.scale = match.scale;
  };
  // A wave column splits the table (waves/split.h) and is never rated; a
  // column named so that holds many values (a birth year) is left as it was.
  std::vector<bool> isWave(cols, false);
  for (std::size_t c = 0; c < cols; ++c)
    isWave[c] = waveValues[c] && waveValues[c]->looksLikeWaves();
  std::vector<bool> labelled(cols, false);
  for (std::size_t c = 0; c < cols; ++c) {
    HeaderGuess& g = guesses[c];
    const Profile& p = profiles[c];
    // A column without a name is never rated: it could not be saved.
    if (specs[c].header.empty() || isWave[c]) continue;
    // A "Role" column of answers other than primary and supporting says who
    // the respondent is (LimeSurvey's ROLE: Student, Parent …).
    if (g.kind == ColumnKind::Role) {
      bool anyRole = p.labels.empty();
      for (const std::string& l : p.labels)
        anyRole = anyRole || parseRole(l) != Role::Unknown || l == "unknown";
      if (!anyRole) {
        g.kind = ColumnKind::Ignore;
        g.whoYouAre = true;
      }
    }
    if (g.metadata || g.kind == ColumnKind::Id || g.kind == ColumnKind::Group ||
        g.kind == ColumnKind::Role || g.kind == ColumnKind::Comment ||
        g.kind == ColumnKind::KanoFunctional || g.kind == ColumnKind::KanoDysfunctional)
      continue;
    // An outcome of one or two labels is a two-label outcome ("Satisfied" or
    // "Not satisfied"), not a scale.
    const bool twoLabelOutcome = g.kind == ColumnKind::Outcome && p.labels.size() <= 2;
    if (const std::optional<LabelScaleMatch> match = twoLabelOutcome ? std::nullopt : labelsOf(p)) {
      const Measure measure = g.measure != Measure::None ? g.measure : match->measure;
      if (g.kind == ColumnKind::Ignore) {
        if (measure == Measure::Importance)
          g.kind = ColumnKind::Importance;
        else if (measure == Measure::Satisfaction || measure == Measure::Agreement)
          g.kind = ColumnKind::Satisfaction;
        else
          continue;
        g.tentative = true;
      }
      if (g.kind == ColumnKind::Nps && !match->numbered) {
        g.kind = ColumnKind::Ignore;
        continue;
      }
      labelled[c] = true;
      useLabels(specs[c], *match);
      continue;
    }
    if (!g.tentative) continue;
    // Words alone make no rating: the values must be numbers on a scale.
    const bool ratingNumbers = p.numeric() && (p.numbers == 0 || robustScale(p).has_value());
    if (!ratingNumbers) {
      if (p.mostlyText() && !p.manyLabels && g.kind != ColumnKind::Outcome &&
          p.labelText.size() <= 11 && p.textBytes < 40 * p.texts)
        doubts.add(tr("doubt.unknownLabels",
                      {describeColumn(c, specs[c].header), joinQuoted(p.labelText, 4)}));
      g.kind =
          (p.manyLabels && p.textBytes >= 20 * p.texts) ? ColumnKind::Comment : ColumnKind::Ignore;
      g.tentative = false;
    }
  }
  bool patternedItems = false;
  for (const HeaderGuess& g : guesses)
    if (g.kind == ColumnKind::Importance || g.kind == ColumnKind::Satisfaction)
      patternedItems = true;

  // Columns of a kind the analysis reads once: the first one counts.
  long id = -1, group = -1, role = -1, outcome = -1, nps = -1, wave = -1;
  std::vector<std::size_t> plainNumeric;
  // `what` is a message key: doubt.kind.group and its kin.
  auto onlyOnce = [&](long& first, std::size_t c, ColumnKind kind, const char* what) {
    if (first < 0) {
      first = static_cast<long>(c);
      specs[c].kind = kind;
      return true;
    }
    doubts.add(
        tr("doubt.secondColumn", {describeColumn(c, specs[c].header), tr(what),
                                  describeColumn(static_cast<std::size_t>(first),
                                                 specs[static_cast<std::size_t>(first)].header)}));
    return false;
  };

  for (std::size_t c = 0; c < cols; ++c) {
    ColumnSpec& spec = specs[c];
    const HeaderGuess& g = guesses[c];
    const Profile& p = profiles[c];
    const std::string name = describeColumn(c, spec.header);
    switch (g.kind) {
      case ColumnKind::Group:
        onlyOnce(group, c, ColumnKind::Group, "doubt.kind.group");
        break;
      case ColumnKind::Role:
        onlyOnce(role, c, ColumnKind::Role, "doubt.kind.role");
        break;
      case ColumnKind::Id:
        // The analysis reads no id, so a second one raises no doubt: a
        // tool's own (SurveyMonkey's Collector ID, Typeform's Network ID)
        // after the respondent's is its metadata.
        if (id < 0) {
          id = static_cast<long>(c);
          spec.kind = ColumnKind::Id;
        }
        break;
      case ColumnKind::Comment:
        // A question that asks for words but is answered in numbers is no comment.
        spec.kind = p.numeric() ? ColumnKind::Ignore : ColumnKind::Comment;
        break;
      case ColumnKind::Nps:
        if (onlyOnce(nps, c, ColumnKind::Nps, "doubt.kind.nps")) {
          spec.scale = Scale{0, 10};
          if (p.mostlyText())
            doubts.add(tr("doubt.npsText", {name}));
          else if (p.rawMin < 0 || p.rawMax > 10)
            doubts.add(
                tr("doubt.npsRange", {name, formatNumber(p.rawMin), formatNumber(p.rawMax)}));
        }
        break;
      case ColumnKind::Outcome:
        if (onlyOnce(outcome, c, ColumnKind::Outcome, "doubt.kind.outcome") && !labelled[c])
          decideOutcome(spec, p, doubts);
        break;
      case ColumnKind::Importance:
      case ColumnKind::Satisfaction:
      case ColumnKind::KanoFunctional:
      case ColumnKind::KanoDysfunctional:
        spec.kind = g.kind;
        spec.attribute = g.attribute;
        break;
      case ColumnKind::Wave:  // never guessed from the header alone: see isWave
        break;
      case ColumnKind::Ignore:
        if (isWave[c]) {
          if (onlyOnce(wave, c, ColumnKind::Wave, "doubt.kind.wave"))
            notes.add(tr("doubt.wave", {name, std::to_string(waveValues[c]->keys.size()),
                                        joinQuoted(waveValues[c]->values, 4)}));
          break;
        }
        if (g.metadata) break;
        if (spec.header.empty()) {
          if (p.hasData()) doubts.add(tr("doubt.noHeader", {name}));
        } else if (p.numeric()) {
          if (!g.notAnItem) plainNumeric.push_back(c);
        } else if (p.manyLabels && p.textBytes >= 20 * p.texts) {
          spec.kind = ColumnKind::Comment;
        } else if (g.asksForWords && p.mostlyText() && p.textBytes >= 20 * p.texts) {
          // An open question answered in sentences, however few distinct
          // ones; short answers ("Business", "Leisure") stay categories.
          spec.kind = ColumnKind::Comment;
        }
        break;
    }
  }

  // Items: pair importance with satisfaction by attribute, in column order.
  Attributes attrs;
  std::vector<std::size_t> items;
  for (std::size_t c = 0; c < cols; ++c) {
    ColumnSpec& spec = specs[c];
    if (spec.kind != ColumnKind::Importance && spec.kind != ColumnKind::Satisfaction) continue;
    Attribute& a = attrs.get(foldedKey(spec.attribute));
    long& side = spec.kind == ColumnKind::Importance ? a.importance : a.satisfaction;
    if (side >= 0) {
      doubts.add(
          tr("doubt.repeats", {describeColumn(c, spec.header),
                               describeColumn(static_cast<std::size_t>(side),
                                              specs[static_cast<std::size_t>(side)].header)}));
      spec.kind = ColumnKind::Ignore;
      continue;
    }
    side = static_cast<long>(c);
    items.push_back(c);
    if (profiles[c].mostlyText() && !labelled[c])
      doubts.add(tr("doubt.itemText",
                    {describeColumn(c, spec.header), joinQuoted(profiles[c].labelText, 3)}));
  }
  // A numeric column with no pattern is a satisfaction item when its values
  // fit a rating scale: that is what tells the 14 airline items from Age,
  // Flight Distance and the delays.
  for (std::size_t c : plainNumeric) {
    ColumnSpec& spec = specs[c];
    const Profile& p = profiles[c];
    if (p.numbers > 0 && !robustScale(p)) continue;
    // Only 0 and 1: a flag (Finished, FirstGen), not a rating.
    if (p.numbers > 0 && p.min >= 0 && p.max <= 1 && p.fractions == 0) continue;
    if (p.numbers == 0 && p.naNumbers == 0) continue;
    const std::string key = foldedKey(spec.header);
    Attribute* a = attrs.find(key);
    if (a && a->satisfaction >= 0) {
      doubts.add(tr("doubt.repeats",
                    {describeColumn(c, spec.header),
                     describeColumn(static_cast<std::size_t>(a->satisfaction),
                                    specs[static_cast<std::size_t>(a->satisfaction)].header)}));
      continue;
    }
    if (!a) a = &attrs.get(key);
    a->satisfaction = static_cast<long>(c);
    spec.kind = ColumnKind::Satisfaction;
    spec.attribute = spec.header;
    items.push_back(c);
    if (patternedItems) doubts.add(tr("doubt.satisfactionOnly", {describeColumn(c, spec.header)}));
  }
  std::sort(items.begin(), items.end());

  for (const Attribute& a : attrs.list()) {
    if (a.importance >= 0 && a.satisfaction < 0) {
      const ColumnSpec& s = specs[static_cast<std::size_t>(a.importance)];
      doubts.add(tr("doubt.importanceOnly",
                    {describeColumn(s.index, s.header), clippedQuote(s.attribute)}));
    }
  }

  // Scales: each item column has the narrowest usual scale that holds its
  // values; the scale most item columns of one kind share is then given to
  // every column of that kind that fits it, so an item nobody rated 5 is
  // still on 1–5 like its neighbours.
  std::vector<std::size_t> noNumbers;
  for (ColumnKind kind : {ColumnKind::Importance, ColumnKind::Satisfaction}) {
    std::vector<std::pair<Scale, std::size_t>> tally;
    for (std::size_t c : items) {
      if (specs[c].kind != kind || profiles[c].numbers == 0 || labelled[c]) continue;
      const std::optional<Scale> s = robustScale(profiles[c]);
      if (!s) continue;
      auto it = std::find_if(tally.begin(), tally.end(),
                             [&](const auto& t) { return sameScale(t.first, *s); });
      if (it == tally.end())
        tally.push_back({*s, 1});
      else
        ++it->second;
    }
    Scale common{1, 5};
    std::size_t best = 0;
    for (const auto& [s, n] : tally) {
      if (n > best || (n == best && s.max - s.min > common.max - common.min)) {
        common = s;
        best = n;
      }
    }
    for (std::size_t c : items) {
      ColumnSpec& spec = specs[c];
      const Profile& p = profiles[c];
      if (spec.kind != kind || labelled[c]) continue;
      const std::optional<Scale> robust = robustScale(p);
      if (p.numbers == 0) {
        spec.scale = common;
        if (dataRows > 0) noNumbers.push_back(c);
      } else if (common.contains(p.min) && common.contains(p.max)) {
        spec.scale = common;
      } else if (robust && common.contains(robust->min) && common.contains(robust->max)) {
        spec.scale = common;
      } else if (robust) {
        spec.scale = *robust;
      } else {
        spec.scale = observedScale(p.min, p.max, common);
        doubts.add(tr("doubt.oddScale", {describeColumn(c, spec.header), formatNumber(p.min),
                                         formatNumber(p.max), formatScale(spec.scale)}));
      }
    }
  }
  // Values off an item's scale are left out as the rows are read; say so once
  // here, before anyone wonders why the scale did not grow.
  for (std::size_t c : items) {
    const ColumnSpec& spec = specs[c];
    const Profile& p = profiles[c];
    if (labelled[c] || p.numbers == 0) continue;
    const std::size_t off = outside(p, spec.scale);
    if (off == 0) continue;
    std::string values;
    for (std::size_t v = 0; v <= 10; ++v)
      if (p.wholeCounts[v] > 0 && !spec.scale.contains(static_cast<double>(v)))
        values += (values.empty() ? "" : ", ") + std::to_string(v);
    if (!spec.scale.contains(p.max) && (p.max > 10 || std::floor(p.max) != p.max))
      values += (values.empty() ? "" : ", ") + formatNumber(p.max);
    doubts.add(tr("doubt.offScaleValues", {describeColumn(c, spec.header), std::to_string(off),
                                           formatScale(spec.scale), values}));
  }
  if (!noNumbers.empty())
    doubts.add(tr("doubt.noNumbers",
                  {listColumns(specs, noNumbers, 3), formatScale(specs[noNumbers.front()].scale)}));
  if (dataRows == 0) doubts.add(tr("doubt.noRows"));

  // A 1–5 item that also holds 0 is almost always "not applicable" coded as
  // 0 (the airline sample does this); read as a rating, 0 drags means down.
  if (!isCode(m.notApplicable, 0.0)) {
    std::vector<std::size_t> zeroCols;
    std::size_t zeroCells = 0;
    for (std::size_t c : items) {
      const ColumnSpec& spec = specs[c];
      const Profile& p = profiles[c];
      if (spec.scale.min == 0 && spec.scale.max == 5 && p.zeros > 0 && p.minNonZero >= 1) {
        zeroCols.push_back(c);
        zeroCells += p.zeros;
      }
    }
    if (!zeroCols.empty())
      doubts.add(
          tr("doubt.zeroCode", {listColumns(specs, zeroCols, 3), std::to_string(zeroCells)}));
  }

  // Kano: a functional answer means nothing without its dysfunctional twin.
  {
    struct Pair {
      std::string folded;
      long functional = -1;
      long dysfunctional = -1;
    };
    std::vector<Pair> pairs;
    std::unordered_map<std::string, std::size_t> pairIndex;
    for (std::size_t c = 0; c < cols; ++c) {
      ColumnSpec& spec = specs[c];
      if (spec.kind != ColumnKind::KanoFunctional && spec.kind != ColumnKind::KanoDysfunctional)
        continue;
      const std::string key = foldedKey(spec.attribute);
      const auto [at, added] = pairIndex.try_emplace(key, pairs.size());
      if (added) pairs.push_back(Pair{key});
      Pair* it = &pairs[at->second];
      long& side = spec.kind == ColumnKind::KanoFunctional ? it->functional : it->dysfunctional;
      if (side >= 0) {
        doubts.add(tr("doubt.kanoRepeat", {describeColumn(c, spec.header)}));
        spec.kind = ColumnKind::Ignore;
        continue;
      }
      side = static_cast<long>(c);
    }
    for (const Pair& p : pairs) {
      if (p.functional >= 0 && p.dysfunctional >= 0) continue;
      const std::size_t c =
          static_cast<std::size_t>(p.functional >= 0 ? p.functional : p.dysfunctional);
      doubts.add(tr(p.functional >= 0 ? "doubt.kanoNoDysfunctional" : "doubt.kanoNoFunctional",
                    {describeColumn(c, specs[c].header)}));
      specs[c].kind = ColumnKind::Ignore;
    }
  }

  if (group < 0 && dataRows > 0) {
    // The column that says who the respondent is: text with a few distinct
    // answers (most rows among the first ones kept), never an id, a
    // timestamp, a rating or free text. A header that asks who the
    // respondent is wins; failing that, the best categorical column.
    auto categorical = [&](std::size_t c) {
      const Profile& p = profiles[c];
      if (specs[c].kind != ColumnKind::Ignore || guesses[c].metadata || specs[c].header.empty())
        return false;
      if (!p.mostlyText() || p.labels.size() < 2 || p.textBytes > 60 * p.texts) return false;
      std::size_t kept = 0;
      for (std::size_t n : p.labelCount) kept += n;
      if (p.manyLabels && kept * 10 < p.texts * 8) return false;  // free text
      // Mostly one answer per row: a column of ids or names has no repeats.
      return kept > p.labels.size();
    };
    std::optional<std::size_t> chosen;
    bool byWords = false;
    for (std::size_t c = 0; c < cols && !chosen; ++c)
      if (guesses[c].whoYouAre && categorical(c)) chosen = c, byWords = true;
    if (!chosen) {
      std::size_t best = 0;
      for (std::size_t c = 0; c < cols; ++c) {
        if (!categorical(c) || profiles[c].labels.size() > 8 || profiles[c].manyLabels) continue;
        const std::size_t answered = profiles[c].texts;
        if (!chosen || answered > best) chosen = c, best = answered;
      }
    }
    if (chosen) {
      specs[*chosen].kind = ColumnKind::Group;
      group = static_cast<long>(*chosen);
      if (!byWords)
        doubts.add(tr("doubt.groupGuessed", {describeColumn(*chosen, specs[*chosen].header)}));
    } else {
      doubts.add(tr("doubt.noGroup"));
    }
  }

  // Say what was paired, where the pairs came from the words of an export.
  {
    std::string pairs;
    std::size_t shown = 0, more = 0;
    for (const Attribute& a : attrs.list()) {
      if (a.importance < 0 || a.satisfaction < 0) continue;
      const auto i = static_cast<std::size_t>(a.importance),
                 s = static_cast<std::size_t>(a.satisfaction);
      if (!guesses[i].tentative && !guesses[s].tentative) continue;
      if (shown == 4) {
        ++more;
        continue;
      }
      pairs += (shown++ ? "; " : "") + clippedQuote(specs[i].attribute) + " (" + columnName(i) +
               ", " + columnName(s) + ")";
    }
    if (more > 0) pairs = tr("list.andMore", {pairs, std::to_string(more)});
    if (shown > 0) notes.add(tr("doubt.paired", {pairs}));
  }

  m.columns = std::move(specs);
  m.sure = doubts.empty();
  m.doubts = doubts.take();
  m.notes = notes.take();
  return m;
}

}  // namespace cf::core
