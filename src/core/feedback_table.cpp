#include "feedback_table.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>

#include "messages.h"
#include "text.h"

namespace cf::core {
namespace {

// Distinct texts remembered per column while detecting. Two are enough to
// decide an outcome; a few more tell a category (Gender, Class) from free text
// without keeping every comment of a million-row table.
constexpr std::size_t kMaxLabels = 16;
// A dialog with hundreds of sentences helps nobody; the rest are counted.
constexpr std::size_t kMaxDoubts = 30;
// Non-empty rows looked at to find the header below a title block.
constexpr std::size_t kHeaderScanRows = 50;
constexpr std::size_t kQuoteBytes = 40;
// Headers longer than this are cut, in detection and in binding alike, so a
// saved mapping still finds its column.
constexpr std::size_t kHeaderBytes = 1024;
// An attribute's name is cut shorter than its headers, by more than any
// prefix ("Satisfaction: ") is long: cut at the header's length, the name
// would end at a different letter in each of its columns.
constexpr std::size_t kAttributeBytes = kHeaderBytes - 64;

constexpr double kInf = std::numeric_limits<double>::infinity();

char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Compares without building a folded copy: this runs once per label cell in
// the read loop, where an allocation per cell would dominate.
bool equalsFolded(std::string_view text, std::string_view folded) {
  if (text.size() != folded.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (lowerAscii(text[i]) != folded[i]) return false;
  return true;
}

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool endsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}

std::string formatNumber(double v) {
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  if (res.ec != std::errc()) return "?";
  return std::string(buf, res.ptr);
}

std::string formatScale(const Scale& s) {
  return formatNumber(s.min) + "\xE2\x80\x93" + formatNumber(s.max);
}

// Issues (results JSON, read by programs) quote plainly; doubts, read by a
// person, quote as their language does.
std::string quoted(std::string_view text) { return "\"" + clipText(text, kQuoteBytes) + "\""; }
std::string clippedQuote(std::string_view text) { return quote(clipText(text, kQuoteBytes)); }

// The header as matching sees it: trimmed, valid UTF-8, bounded in length.
std::string headerText(const CellView& cell) {
  if (cell.isNumber()) return std::isfinite(cell.number) ? formatNumber(cell.number) : "";
  if (!cell.isText()) return "";
  const std::string_view t = trim(cell.text);
  if (t.size() <= kHeaderBytes && isValidUtf8(t)) return std::string(t);
  return clipText(t, kHeaderBytes);
}

// Letters and digits runs of a folded header, for whole-word tests ("no" must
// not match "unknown").
std::vector<std::string_view> wordsOf(std::string_view folded) {
  std::vector<std::string_view> words;
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    const bool alnum = i < folded.size() && ((folded[i] >= 'a' && folded[i] <= 'z') ||
                                             (folded[i] >= '0' && folded[i] <= '9') ||
                                             static_cast<unsigned char>(folded[i]) >= 0x80);
    if (alnum && start == std::string_view::npos) start = i;
    if (!alnum && start != std::string_view::npos) {
      words.push_back(folded.substr(start, i - start));
      start = std::string_view::npos;
    }
  }
  return words;
}

template <std::size_t N>
bool isOneOf(std::string_view s, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

// ---------------------------------------------------------------------------
// Header patterns (PRODUCT.md, "Calc: from feedback table to value matrix").

struct HeaderGuess {
  ColumnKind kind = ColumnKind::Ignore;
  std::string attribute;
  bool notAnItem = false;  // a word such as "age" or "delay": never a rating
};

HeaderGuess classifyHeader(std::string_view header) {
  HeaderGuess g;
  const std::string f = foldCase(header);
  if (f.empty()) return g;

  struct Affix {
    std::string_view text;
    ColumnKind kind;
  };
  // Longer forms first, so "kano functional:" is not read as "functional:".
  static constexpr Affix kPrefixes[] = {
      {"kano functional:", ColumnKind::KanoFunctional},
      {"kano dysfunctional:", ColumnKind::KanoDysfunctional},
      {"functional:", ColumnKind::KanoFunctional},
      {"dysfunctional:", ColumnKind::KanoDysfunctional},
      {"importance:", ColumnKind::Importance},
      {"satisfaction:", ColumnKind::Satisfaction},
      {"performance:", ColumnKind::Satisfaction},
      {"i:", ColumnKind::Importance},
      {"s:", ColumnKind::Satisfaction},
      {"p:", ColumnKind::Satisfaction},
  };
  static constexpr Affix kSuffixes[] = {
      {"(kano functional)", ColumnKind::KanoFunctional},
      {"(kano dysfunctional)", ColumnKind::KanoDysfunctional},
      {"(functional)", ColumnKind::KanoFunctional},
      {"(dysfunctional)", ColumnKind::KanoDysfunctional},
      {"(importance)", ColumnKind::Importance},
      {"(satisfaction)", ColumnKind::Satisfaction},
      {"(performance)", ColumnKind::Satisfaction},
  };
  // Folding is ASCII-only, so byte offsets in `f` are offsets in `header`.
  for (const Affix& a : kPrefixes) {
    if (!startsWith(f, a.text)) continue;
    const std::string_view attr = trim(header.substr(a.text.size()));
    if (attr.empty()) break;
    g.kind = a.kind;
    g.attribute = std::string(attr);
    return g;
  }
  for (const Affix& a : kSuffixes) {
    if (!endsWith(f, a.text)) continue;
    const std::string_view attr = trim(header.substr(0, header.size() - a.text.size()));
    if (attr.empty()) break;
    g.kind = a.kind;
    g.attribute = std::string(attr);
    return g;
  }

  static constexpr std::string_view kGroup[] = {"group",
                                                "customer group",
                                                "segment",
                                                "customer segment",
                                                "customer type",
                                                "type of customer",
                                                "stakeholder",
                                                "stakeholder group",
                                                "stakeholder type",
                                                "customer category"};
  static constexpr std::string_view kRole[] = {"role", "customer role", "stakeholder role"};
  static constexpr std::string_view kId[] = {"id",
                                             "respondent",
                                             "respondent id",
                                             "response id",
                                             "respondent number",
                                             "record id",
                                             "uuid",
                                             "#",
                                             "no",
                                             "no.",
                                             "nr",
                                             "case",
                                             "case id"};
  static constexpr std::string_view kOutcome[] = {"overall",
                                                  "overall satisfaction",
                                                  "satisfaction",
                                                  "satisfaction overall",
                                                  "customer satisfaction",
                                                  "overall rating",
                                                  "overall experience",
                                                  "overall score"};
  static constexpr std::string_view kNps[] = {"nps", "net promoter score",
                                              "likelihood to recommend"};
  static constexpr std::string_view kComment[] = {
      "comment",     "comments",       "remark",        "remarks",     "feedback",
      "note",        "notes",          "suggestion",    "suggestions", "free text",
      "open answer", "other comments", "anything else", "why"};
  // Words of demographic and operational columns that can hold small whole
  // numbers. "Price" and "hours" are not here: "Opening hours" is an item.
  static constexpr std::string_view kNotItem[] = {
      "age",      "year",   "years",  "distance", "delay",    "minutes",  "seconds",
      "duration", "income", "salary", "zip",      "postcode", "phone",    "km",
      "miles",    "weight", "height", "date",     "children", "household"};

  if (isOneOf(f, kGroup))
    g.kind = ColumnKind::Group;
  else if (isOneOf(f, kRole))
    g.kind = ColumnKind::Role;
  else if (isOneOf(f, kId) || endsWith(f, " id"))
    g.kind = ColumnKind::Id;
  else if (isOneOf(f, kOutcome) || startsWith(f, "overall "))
    g.kind = ColumnKind::Outcome;
  else if (isOneOf(f, kNps) || contains(f, "recommend"))
    g.kind = ColumnKind::Nps;
  else if (isOneOf(f, kComment) || startsWith(f, "comment"))
    g.kind = ColumnKind::Comment;

  if (g.kind == ColumnKind::Ignore) {
    for (std::string_view w : wordsOf(f))
      if (isOneOf(w, kNotItem)) g.notAnItem = true;
  }
  return g;
}

// ---------------------------------------------------------------------------
// Scales.

// The rating scales surveys use. A column whose numbers fit none of them
// (Age, Flight Distance) is not a rating. Rarer ones (1–4, 1–6) are left out on
// purpose: a 1–5 item that nobody happened to rate 5 would otherwise be read
// as 1–4 and get the wrong midpoint; the mapping can still say 1–4.
constexpr Scale kItemScales[] = {{1, 5}, {0, 5}, {1, 7}, {1, 10}, {0, 10}};
constexpr Scale kBinaryScale{0, 1};

bool sameScale(const Scale& a, const Scale& b) { return a.min == b.min && a.max == b.max; }

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

// ---------------------------------------------------------------------------
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

  bool hasData() const { return numbers + naNumbers + naTexts + nonFinite + texts > 0; }
  bool numeric() const { return numbers + naNumbers > 0 && numbers + naNumbers >= texts; }
  bool mostlyText() const { return texts > 0 && texts > numbers + naNumbers; }
};

bool isCode(const std::vector<double>& codes, double v) {
  return std::find(codes.begin(), codes.end(), v) != codes.end();
}

bool isTextCode(const std::vector<std::string>& foldedCodes, std::string_view trimmed) {
  for (const std::string& c : foldedCodes)
    if (equalsFolded(trimmed, c)) return true;
  return false;
}

void profileCell(const CellView& cell, const Mapping& m, Profile& p) {
  if (cell.isNumber()) {
    const double v = cell.number;
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
  } else if (cell.isText()) {
    const std::string_view t = trim(cell.text);
    if (t.empty()) return;
    if (isTextCode(m.notApplicableText, t)) {
      ++p.naTexts;
      return;
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

// The first row whose cells are mostly text and which is at least a third as
// wide as the widest row near the top (a header may leave some columns
// unnamed): a one-cell title row above the header is skipped, and so is a
// blank row between them.
Result<std::size_t> findHeaderRow(const Grid& grid) {
  struct RowCount {
    std::size_t row, nonEmpty, texts;
  };
  std::vector<RowCount> seen;
  std::size_t widest = 0;
  for (std::size_t r = 0; r < grid.rows() && seen.size() < kHeaderScanRows; ++r) {
    RowCount n{r, 0, 0};
    for (std::size_t c = 0; c < grid.cols(); ++c) {
      const CellView cell = grid.at(r, c);
      if (cell.isNumber()) ++n.nonEmpty;
      if (cell.isText() && !trim(cell.text).empty()) ++n.nonEmpty, ++n.texts;
    }
    if (n.nonEmpty == 0) continue;
    seen.push_back(n);
    widest = std::max(widest, n.nonEmpty);
  }
  if (seen.empty()) return Error{"table.empty", tr("table.error.empty"), ""};
  for (const RowCount& n : seen) {
    const bool wideEnough = (n.nonEmpty >= 2 || widest == 1) && n.nonEmpty * 3 >= widest;
    if (wideEnough && n.texts * 3 >= n.nonEmpty * 2) return n.row;
  }
  return Error{"table.no-header", tr("table.error.noHeader"),
               tr("place.row", {std::to_string(seen.front().row + 1)})};
}

// Collects doubts up to kMaxDoubts and counts the rest.
class Doubts {
 public:
  void add(std::string sentence) {
    if (list_.size() < kMaxDoubts)
      list_.push_back(std::move(sentence));
    else
      ++more_;
  }
  std::vector<std::string> take() {
    if (more_ > 0) list_.push_back(tr("doubt.more", {std::to_string(more_)}));
    return std::move(list_);
  }
  bool empty() const { return list_.empty() && more_ == 0; }

 private:
  std::vector<std::string> list_;
  std::size_t more_ = 0;
};

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

std::string joinQuoted(const std::vector<std::string>& items, std::size_t max) {
  std::string s;
  for (std::size_t i = 0; i < items.size() && i < max; ++i) s += (i ? ", " : "") + clippedQuote(items[i]);
  if (items.size() > max) s += ", \xE2\x80\xA6";
  return s;
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
                  {name, clippedQuote(p.labelText[0]), clippedQuote(p.labelText[1]), clippedQuote(spec.positiveLabel)}));
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

std::string listColumns(const std::vector<ColumnSpec>& specs, const std::vector<std::size_t>& cols,
                        std::size_t max) {
  std::string s;
  for (std::size_t i = 0; i < cols.size() && i < max; ++i)
    s += (i ? ", " : "") + describeColumn(cols[i], specs[cols[i]].header);
  if (cols.size() > max) s = tr("list.andMore", {s, std::to_string(cols.size() - max)});
  return s;
}

// Kano answers as they appear on forms, folded, without final punctuation.
struct KanoWord {
  std::string_view text;
  KanoAnswer answer;
};
constexpr KanoWord kKanoWords[] = {
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
};

std::string_view cellLabel(const CellView& cell) {
  std::string_view t = trim(cell.text);
  while (!t.empty() && (t.back() == '.' || t.back() == '!')) t.remove_suffix(1);
  return t;
}

std::string foldedKey(std::string_view text) { return foldCase(trim(text)); }

}  // namespace

// ===========================================================================
// detectMapping

Result<Mapping> detectMapping(const Grid& grid, const DetectOptions& options) {
  if (grid.rows() == 0 || grid.cols() == 0)
    return Error{"table.empty", tr("table.error.empty"), ""};
  Result<std::size_t> headerRow = findHeaderRow(grid);
  if (!headerRow) return headerRow.error();

  Mapping m;
  m.headerRow = headerRow.value();
  for (double v : options.notApplicable)
    if (std::isfinite(v)) m.notApplicable.push_back(v);
  for (const std::string& t : options.notApplicableText)
    if (!trim(t).empty()) m.notApplicableText.push_back(foldedKey(t));

  const std::size_t cols = grid.cols();
  std::vector<ColumnSpec> specs(cols);
  std::vector<HeaderGuess> guesses(cols);
  for (std::size_t c = 0; c < cols; ++c) {
    specs[c].index = c;
    specs[c].header = headerText(grid.at(m.headerRow, c));
    guesses[c] = classifyHeader(specs[c].header);
  }

  std::vector<Profile> profiles(cols);
  std::size_t dataRows = 0;
  for (std::size_t r = m.headerRow + 1; r < grid.rows(); ++r) {
    bool any = false;
    for (std::size_t c = 0; c < cols; ++c) {
      const CellView cell = grid.at(r, c);
      if (cell.isEmpty()) continue;
      any = true;
      profileCell(cell, m, profiles[c]);
    }
    if (any) ++dataRows;
  }

  Doubts doubts;
  bool patternedItems = false;
  for (const HeaderGuess& g : guesses)
    if (g.kind == ColumnKind::Importance || g.kind == ColumnKind::Satisfaction)
      patternedItems = true;

  // Columns of a kind the analysis reads once: the first one counts.
  long group = -1, role = -1, outcome = -1, nps = -1;
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
      case ColumnKind::Comment:
        spec.kind = g.kind;
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
        if (onlyOnce(outcome, c, ColumnKind::Outcome, "doubt.kind.outcome"))
          decideOutcome(spec, p, doubts);
        break;
      case ColumnKind::Importance:
      case ColumnKind::Satisfaction:
      case ColumnKind::KanoFunctional:
      case ColumnKind::KanoDysfunctional:
        spec.kind = g.kind;
        spec.attribute = g.attribute;
        break;
      case ColumnKind::Ignore:
        if (spec.header.empty()) {
          if (p.hasData()) doubts.add(tr("doubt.noHeader", {name}));
        } else if (p.numeric()) {
          if (!g.notAnItem) plainNumeric.push_back(c);
        } else if (p.manyLabels && p.textBytes >= 20 * p.texts) {
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
    if (profiles[c].mostlyText())
      doubts.add(tr("doubt.itemText",
                    {describeColumn(c, spec.header), joinQuoted(profiles[c].labelText, 3)}));
  }
  // A numeric column with no pattern is a satisfaction item when its values
  // fit a rating scale: that is what tells the 14 airline items from Age,
  // Flight Distance and the delays.
  for (std::size_t c : plainNumeric) {
    ColumnSpec& spec = specs[c];
    const Profile& p = profiles[c];
    if (p.numbers > 0 && !smallestScale(p.min, p.max, false)) continue;
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
      doubts.add(
          tr("doubt.importanceOnly", {describeColumn(s.index, s.header), clippedQuote(s.attribute)}));
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
      if (specs[c].kind != kind || profiles[c].numbers == 0) continue;
      const std::optional<Scale> s = smallestScale(profiles[c].min, profiles[c].max, false);
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
      if (spec.kind != kind) continue;
      if (p.numbers == 0) {
        spec.scale = common;
        if (dataRows > 0) noNumbers.push_back(c);
      } else if (common.contains(p.min) && common.contains(p.max)) {
        spec.scale = common;
      } else if (std::optional<Scale> s = smallestScale(p.min, p.max, false)) {
        spec.scale = *s;
      } else {
        spec.scale = observedScale(p.min, p.max, common);
        doubts.add(tr("doubt.oddScale", {describeColumn(c, spec.header), formatNumber(p.min),
                                         formatNumber(p.max), formatScale(spec.scale)}));
      }
    }
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
    std::vector<std::size_t> candidates;
    for (std::size_t c = 0; c < cols; ++c) {
      const Profile& p = profiles[c];
      if (specs[c].kind == ColumnKind::Ignore && !specs[c].header.empty() && p.mostlyText() &&
          !p.manyLabels && p.labels.size() >= 2)
        candidates.push_back(c);
    }
    doubts.add(candidates.empty()
                   ? tr("doubt.noGroup")
                   : tr("doubt.noGroupCandidates", {listColumns(specs, candidates, 3)}));
  }

  m.columns = std::move(specs);
  m.sure = doubts.empty();
  m.doubts = doubts.take();
  return m;
}

// ===========================================================================
// bindMapping

Result<Mapping> bindMapping(const Mapping& saved, const Grid& grid) {
  if (grid.rows() == 0 || grid.cols() == 0)
    return Error{"table.empty", tr("table.error.empty"), ""};

  auto headersOf = [&](std::size_t row) {
    std::vector<std::string> folded(grid.cols());
    for (std::size_t c = 0; c < grid.cols(); ++c) folded[c] = foldCase(headerText(grid.at(row, c)));
    return folded;
  };
  auto matches = [&](const std::vector<std::string>& folded) {
    for (const ColumnSpec& s : saved.columns) {
      if (s.header.empty()) continue;
      const std::string key = foldedKey(s.header);
      if (std::find(folded.begin(), folded.end(), key) != folded.end()) return true;
    }
    return false;
  };

  Mapping out = saved;
  out.columns.clear();
  out.doubts.clear();
  std::size_t headerRow = saved.headerRow;
  std::vector<std::string> folded;
  if (headerRow < grid.rows()) folded = headersOf(headerRow);
  if (headerRow >= grid.rows() || !matches(folded)) {
    Result<std::size_t> detected = findHeaderRow(grid);
    if (!detected) return detected.error();
    headerRow = detected.value();
    folded = headersOf(headerRow);
  }
  out.headerRow = headerRow;

  // Columns by folded header, so that binding a wide table stays linear.
  std::unordered_map<std::string, std::vector<std::size_t>> byHeader;
  for (std::size_t c = 0; c < grid.cols(); ++c)
    if (!folded[c].empty()) byHeader[folded[c]].push_back(c);

  Doubts doubts;
  std::vector<bool> taken(grid.cols(), false);
  std::size_t measured = 0, found = 0;
  for (const ColumnSpec& s : saved.columns) {
    const bool matters = s.kind != ColumnKind::Ignore;
    if (matters) ++measured;
    std::optional<std::size_t> at;
    if (s.header.empty()) {
      if (s.index < grid.cols() && !taken[s.index]) at = s.index;
    } else {
      const std::string key = foldedKey(s.header);
      if (s.index < grid.cols() && !taken[s.index] && folded[s.index] == key) {
        at = s.index;
      } else if (const auto it = byHeader.find(key); it != byHeader.end()) {
        for (std::size_t c : it->second)
          if (!at && !taken[c]) at = c;
      }
      if (!at && matters) {
        if (s.index < grid.cols() && !taken[s.index]) {
          at = s.index;
          doubts.add(tr(
              "doubt.noColumnByPosition",
              {clippedQuote(s.header), describeColumn(s.index, headerText(grid.at(headerRow, s.index)))}));
        } else {
          doubts.add(tr("doubt.noColumn", {clippedQuote(s.header)}));
        }
      }
    }
    if (!at) continue;
    taken[*at] = true;
    if (matters) ++found;
    ColumnSpec spec = s;
    spec.index = *at;
    spec.header = headerText(grid.at(headerRow, *at));
    out.columns.push_back(std::move(spec));
  }
  if (measured > 0 && found == 0)
    return Error{"mapping.no-columns", tr("table.error.noMappedColumns"),
                 tr("place.row", {std::to_string(headerRow + 1)})};
  for (std::size_t c = 0; c < grid.cols(); ++c) {
    if (taken[c]) continue;
    ColumnSpec spec;
    spec.index = c;
    spec.header = headerText(grid.at(headerRow, c));
    if (!spec.header.empty())
      doubts.add(tr("doubt.notInMapping", {describeColumn(c, spec.header)}));
    out.columns.push_back(std::move(spec));
  }
  std::sort(out.columns.begin(), out.columns.end(),
            [](const ColumnSpec& a, const ColumnSpec& b) { return a.index < b.index; });
  out.sure = doubts.empty();
  out.doubts = doubts.take();
  return out;
}

// ===========================================================================
// TableReader

TableReader::TableReader(const Mapping& mapping, ReaderOptions options)
    : headerRow_(mapping.headerRow), maxIssues_(options.maxIssues) {
  for (double v : mapping.notApplicable)
    if (std::isfinite(v)) notApplicableNumbers_.push_back(v);
  for (const std::string& t : mapping.notApplicableText)
    if (!trim(t).empty()) notApplicableText_.push_back(foldedKey(t));
  for (const auto& [name, role] : mapping.groupRoles)
    mappingRoles_.push_back({foldedKey(name), role});
  for (const auto& [name, role] : options.registerRoles)
    registerRoles_.push_back({foldedKey(name), role});
  for (const KanoWord& w : kKanoWords) kanoLabels_.push_back({std::string(w.text), w.answer});

  std::vector<const ColumnSpec*> specs;
  for (const ColumnSpec& s : mapping.columns) specs.push_back(&s);
  // Column order keeps the row loop walking forward through memory.
  std::stable_sort(specs.begin(), specs.end(),
                   [](const ColumnSpec* a, const ColumnSpec* b) { return a->index < b->index; });

  auto slotFor = [&](const ColumnSpec& s, std::size_t target) {
    Slot slot;
    slot.column = s.index;
    slot.kind = s.kind;
    slot.target = target;
    slot.scale = s.scale;
    slot.letter = s.index == kNoColumn ? "?" : columnName(options.firstSheetColumn + s.index);
    slot.stats.index = s.index;
    return slot;
  };
  auto nameOf = [](const ColumnSpec& s) {
    return clipText(trim(s.attribute.empty() ? s.header : s.attribute), kAttributeBytes);
  };

  bool haveGroup = false, haveRole = false, haveOutcome = false;
  struct KanoSide {
    std::string name;
    const ColumnSpec* functional = nullptr;
    const ColumnSpec* dysfunctional = nullptr;
  };
  std::vector<KanoSide> kano;
  std::unordered_map<std::string, std::size_t> kanoIndex, attributeIndex;

  for (const ColumnSpec* sp : specs) {
    const ColumnSpec& s = *sp;
    switch (s.kind) {
      case ColumnKind::Ignore:
      case ColumnKind::Id:
      case ColumnKind::Comment:
        break;
      case ColumnKind::Group:
        if (!haveGroup) slots_.push_back(slotFor(s, 0));
        haveGroup = true;
        break;
      case ColumnKind::Role:
        if (!haveRole) slots_.push_back(slotFor(s, 0));
        haveRole = true;
        break;
      case ColumnKind::Outcome: {
        if (haveOutcome) break;
        haveOutcome = true;
        Slot slot = slotFor(s, 0);
        layout_.outcomeName =
            clipText(trim(s.header.empty() ? s.attribute : s.header), kHeaderBytes);
        if (s.isTwoLabelOutcome()) {
          layout_.outcome = OutcomeKind::TwoLabel;
          layout_.outcomeLabels[0] = clipText(trim(s.negativeLabel), kHeaderBytes);
          layout_.outcomeLabels[1] = clipText(trim(s.positiveLabel), kHeaderBytes);
          slot.negativeFolded = foldedKey(s.negativeLabel);
          slot.positiveFolded = foldedKey(s.positiveLabel);
          slot.negativeExact = std::string(trim(s.negativeLabel));
          slot.positiveExact = std::string(trim(s.positiveLabel));
        } else {
          layout_.outcome = OutcomeKind::Numeric;
          layout_.outcomeScale = s.scale;
        }
        slots_.push_back(std::move(slot));
        break;
      }
      case ColumnKind::Nps: {
        if (layout_.hasNps) break;
        layout_.hasNps = true;
        Slot slot = slotFor(s, 0);
        slot.scale = Scale{0, 10};
        slot.numericNotApplicable = false;
        slot.wholeNumbers = true;
        slots_.push_back(std::move(slot));
        break;
      }
      case ColumnKind::Importance:
      case ColumnKind::Satisfaction: {
        const std::string name = nameOf(s);
        const auto [at, added] =
            attributeIndex.try_emplace(foldCase(name), layout_.attributes.size());
        const std::size_t i = at->second;
        if (added) {
          layout_.attributes.push_back(name);
          layout_.hasImportance.push_back(false);
          layout_.hasSatisfaction.push_back(false);
          layout_.importanceScale.push_back(s.scale);
          layout_.satisfactionScale.push_back(s.scale);
        }
        const bool imp = s.kind == ColumnKind::Importance;
        if (imp ? layout_.hasImportance[i] : layout_.hasSatisfaction[i]) break;  // a repeat
        (imp ? layout_.hasImportance : layout_.hasSatisfaction)[i] = true;
        (imp ? layout_.importanceScale : layout_.satisfactionScale)[i] = s.scale;
        slots_.push_back(slotFor(s, i));
        break;
      }
      case ColumnKind::KanoFunctional:
      case ColumnKind::KanoDysfunctional: {
        const std::string name = nameOf(s);
        const auto [at, added] = kanoIndex.try_emplace(foldCase(name), kano.size());
        if (added) kano.push_back(KanoSide{name});
        KanoSide* it = &kano[at->second];
        const ColumnSpec*& side =
            s.kind == ColumnKind::KanoFunctional ? it->functional : it->dysfunctional;
        if (!side) side = &s;
        break;
      }
    }
  }
  // Only complete pairs: one side alone cannot place an attribute in a Kano
  // category, and detection has already said so.
  for (const KanoSide& k : kano) {
    if (!k.functional || !k.dysfunctional) continue;
    const std::size_t target = layout_.kanoAttributes.size();
    layout_.kanoAttributes.push_back(k.name);
    slots_.push_back(slotFor(*k.functional, target));
    slots_.push_back(slotFor(*k.dysfunctional, target));
  }
  std::stable_sort(slots_.begin(), slots_.end(),
                   [](const Slot& a, const Slot& b) { return a.column < b.column; });

  importance_.assign(layout_.attributes.size(), kMissing);
  satisfaction_.assign(layout_.attributes.size(), kMissing);
  kanoFunctional_.assign(layout_.kanoAttributes.size(), KanoAnswer::None);
  kanoDysfunctional_.assign(layout_.kanoAttributes.size(), KanoAnswer::None);
  groupBuffer_.reserve(64);
}

bool TableReader::countIssue(Slot& slot) {
  ++issueCount_;
  ++slot.stats.unusable;
  return issues_.size() < maxIssues_;
}

void TableReader::keepIssue(const Slot& slot, std::size_t sheetRow, std::string problem) {
  issues_.push_back(InputIssue{sheetRow, slot.letter, std::move(problem)});
}

void TableReader::countBlank(Slot& slot, std::size_t sheetRow, std::string_view problem) {
  ++blank_;
  ++slot.stats.blank;
  ++issueCount_;
  if (issues_.size() < maxIssues_) keepIssue(slot, sheetRow, std::string(problem));
}

bool TableReader::isNotApplicableText(std::string_view text) const {
  return isTextCode(notApplicableText_, text);
}

double TableReader::readNumber(const CellView& cell, Slot& slot, std::size_t sheetRow) {
  switch (cell.kind) {
    case CellKind::Empty:
      countBlank(slot, sheetRow, "blank cell");
      return kMissing;
    case CellKind::Number: {
      const double v = cell.number;
      if (!std::isfinite(v)) {
        if (countIssue(slot)) keepIssue(slot, sheetRow, "not a finite number");
        return kMissing;
      }
      if (isNotApplicable(v) && (slot.numericNotApplicable || !slot.scale.contains(v))) {
        ++notApplicable_;
        ++slot.stats.notApplicable;
        return kMissing;
      }
      if (!slot.scale.contains(v)) {
        if (countIssue(slot))
          keepIssue(slot, sheetRow,
                    formatNumber(v) + " is off the scale " + formatScale(slot.scale));
        return kMissing;
      }
      if (slot.wholeNumbers && std::floor(v) != v) {
        if (countIssue(slot))
          keepIssue(
              slot, sheetRow,
              formatNumber(v) + " is not a whole number on the scale " + formatScale(slot.scale));
        return kMissing;
      }
      ++slot.stats.used;
      return v;
    }
    case CellKind::Text: {
      const std::string_view t = trim(cell.text);
      if (t.empty()) {
        countBlank(slot, sheetRow, "blank cell");
        return kMissing;
      }
      if (isNotApplicableText(t)) {
        ++notApplicable_;
        ++slot.stats.notApplicable;
        return kMissing;
      }
      if (countIssue(slot)) keepIssue(slot, sheetRow, "text in a numeric column: " + quoted(t));
      return kMissing;
    }
  }
  return kMissing;
}

double TableReader::readLabel(const CellView& cell, Slot& slot, std::size_t sheetRow) {
  switch (cell.kind) {
    case CellKind::Empty:
      countBlank(slot, sheetRow, "blank cell");
      return kMissing;
    case CellKind::Number:
      if (std::isfinite(cell.number) && isNotApplicable(cell.number)) {
        ++notApplicable_;
        ++slot.stats.notApplicable;
        return kMissing;
      }
      if (countIssue(slot))
        keepIssue(
            slot, sheetRow,
            "a number (" + formatNumber(cell.number) + ") where an outcome label was expected");
      return kMissing;
    case CellKind::Text: {
      const std::string_view t = trim(cell.text);
      if (t.empty()) {
        countBlank(slot, sheetRow, "blank cell");
        return kMissing;
      }
      // The labels as detected match exactly almost always; folding is for
      // the odd "Satisfied" among "satisfied".
      if (t == slot.positiveExact) {
        ++slot.stats.used;
        return 1.0;
      }
      if (t == slot.negativeExact) {
        ++slot.stats.used;
        return 0.0;
      }
      if (!slot.positiveFolded.empty() && equalsFolded(t, slot.positiveFolded)) {
        ++slot.stats.used;
        return 1.0;
      }
      if (!slot.negativeFolded.empty() && equalsFolded(t, slot.negativeFolded)) {
        ++slot.stats.used;
        return 0.0;
      }
      if (isNotApplicableText(t)) {
        ++notApplicable_;
        ++slot.stats.notApplicable;
        return kMissing;
      }
      if (countIssue(slot))
        keepIssue(slot, sheetRow,
                  quoted(t) + " is neither outcome label (" + quoted(layout_.outcomeLabels[1]) +
                      " or " + quoted(layout_.outcomeLabels[0]) + ")");
      return kMissing;
    }
  }
  return kMissing;
}

KanoAnswer TableReader::readKano(const CellView& cell, Slot& slot, std::size_t sheetRow) {
  switch (cell.kind) {
    case CellKind::Empty:
      countBlank(slot, sheetRow, "blank cell");
      return KanoAnswer::None;
    case CellKind::Number: {
      const double v = cell.number;
      if (std::isfinite(v) && isNotApplicable(v)) {
        ++notApplicable_;
        ++slot.stats.notApplicable;
        return KanoAnswer::None;
      }
      // The usual coding of the answer form: 1 like … 5 dislike.
      if (v == 1) return ++slot.stats.used, KanoAnswer::Like;
      if (v == 2) return ++slot.stats.used, KanoAnswer::Expect;
      if (v == 3) return ++slot.stats.used, KanoAnswer::Neutral;
      if (v == 4) return ++slot.stats.used, KanoAnswer::LiveWith;
      if (v == 5) return ++slot.stats.used, KanoAnswer::Dislike;
      if (countIssue(slot))
        keepIssue(slot, sheetRow,
                  "Kano code " + formatNumber(v) +
                      " is not one of 1\xE2\x80\x93"
                      "5");
      return KanoAnswer::None;
    }
    case CellKind::Text: {
      const std::string_view t = cellLabel(cell);
      if (t.empty()) {
        countBlank(slot, sheetRow, "blank cell");
        return KanoAnswer::None;
      }
      for (const Label& l : kanoLabels_) {
        if (equalsFolded(t, l.folded)) {
          ++slot.stats.used;
          return l.answer;
        }
      }
      if (isNotApplicableText(trim(cell.text))) {
        ++notApplicable_;
        ++slot.stats.notApplicable;
        return KanoAnswer::None;
      }
      if (countIssue(slot))
        keepIssue(slot, sheetRow, "unknown Kano answer: " + quoted(trim(cell.text)));
      return KanoAnswer::None;
    }
  }
  return KanoAnswer::None;
}

std::string_view TableReader::readGroup(const CellView& cell, Slot& slot, std::size_t sheetRow) {
  if (cell.isNumber()) {
    if (!std::isfinite(cell.number)) {
      if (countIssue(slot)) keepIssue(slot, sheetRow, "not a finite number");
      return {};
    }
    // Groups coded as numbers (1, 2, 3) are named by the number.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, cell.number);
    groupBuffer_.assign(buf, res.ptr);
    ++slot.stats.used;
    return groupBuffer_;
  }
  const std::string_view t = cell.isText() ? trim(cell.text) : std::string_view{};
  if (t.empty()) {
    countBlank(slot, sheetRow, "no group");
    return {};
  }
  ++slot.stats.used;
  bool ascii = true;
  for (char ch : t) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
  if (ascii || isValidUtf8(t)) return t;
  // Group names end up in result sheets and JSON, which need valid UTF-8.
  groupBuffer_ = sanitizeUtf8(t);
  return groupBuffer_;
}

Role TableReader::readRole(const CellView& cell, Slot& slot, std::size_t sheetRow) {
  if (cell.isEmpty()) return Role::Unknown;
  if (cell.isNumber()) {
    if (countIssue(slot))
      keepIssue(
          slot, sheetRow,
          "a number (" + formatNumber(cell.number) + ") where primary or supporting was expected");
    return Role::Unknown;
  }
  const std::string_view t = trim(cell.text);
  if (t.empty()) return Role::Unknown;
  // parseRole folds into a std::string; a short word stays in the small-string
  // buffer, so only text too long to be a role skips it.
  const Role role = t.size() <= 10 ? parseRole(t) : Role::Unknown;
  if (role != Role::Unknown) {
    ++slot.stats.used;
    return role;
  }
  if (equalsFolded(t, "unknown")) return Role::Unknown;
  if (countIssue(slot))
    keepIssue(slot, sheetRow, "unknown role: " + quoted(t) + " (expected primary or supporting)");
  return Role::Unknown;
}

Role TableReader::roleOfGroup(std::string_view group, Role fromColumn) const {
  if (!group.empty())
    for (const RoleEntry& e : mappingRoles_)
      if (equalsFolded(group, e.folded)) return e.role;
  if (fromColumn != Role::Unknown) return fromColumn;
  if (!group.empty())
    for (const RoleEntry& e : registerRoles_)
      if (equalsFolded(group, e.folded)) return e.role;
  return Role::Unknown;
}

void TableReader::read(const Grid& rows, std::size_t firstSheetRow, ResponseSink& sink,
                       std::size_t skipRows) {
  const std::size_t cols = rows.cols();
  const std::size_t nAttr = importance_.size();
  const std::size_t nKano = kanoFunctional_.size();
  Response response;
  for (std::size_t r = skipRows; r < rows.rows(); ++r) {
    // Only a cell that holds something makes a row; a data region often ends
    // in blank rows, and whole-column selections in a million of them.
    bool any = false;
    for (std::size_t c = 0; c < cols && !any; ++c) {
      const CellView cell = rows.at(r, c);
      any = cell.isNumber() || (cell.isText() && !trim(cell.text).empty());
    }
    if (!any) continue;
    ++rows_;
    const std::size_t sheetRow = firstSheetRow + r;

    std::fill_n(importance_.data(), nAttr, kMissing);
    std::fill_n(satisfaction_.data(), nAttr, kMissing);
    std::fill_n(kanoFunctional_.data(), nKano, KanoAnswer::None);
    std::fill_n(kanoDysfunctional_.data(), nKano, KanoAnswer::None);
    response.row = sheetRow;
    response.group = {};
    response.outcome = kMissing;
    response.nps = kMissing;
    response.importance = importance_.data();
    response.satisfaction = satisfaction_.data();
    response.kanoFunctional = kanoFunctional_.data();
    response.kanoDysfunctional = kanoDysfunctional_.data();
    Role fromColumn = Role::Unknown;
    bool used = false;

    for (Slot& slot : slots_) {
      const CellView cell = slot.column < cols ? rows.at(r, slot.column) : CellView{};
      switch (slot.kind) {
        case ColumnKind::Importance:
        case ColumnKind::Satisfaction: {
          // Nearly every item cell is a rating on the scale: take it here and
          // leave blanks, codes, text and odd numbers to readNumber.
          double v;
          if (cell.kind == CellKind::Number && slot.scale.contains(cell.number) &&
              !isNotApplicable(cell.number)) {
            v = cell.number;
            ++slot.stats.used;
          } else {
            v = readNumber(cell, slot, sheetRow);
          }
          (slot.kind == ColumnKind::Importance ? importance_ : satisfaction_)[slot.target] = v;
          used |= !isMissing(v);
          break;
        }
        case ColumnKind::Outcome:
          response.outcome = layout_.outcome == OutcomeKind::TwoLabel
                                 ? readLabel(cell, slot, sheetRow)
                                 : readNumber(cell, slot, sheetRow);
          used |= !isMissing(response.outcome);
          break;
        case ColumnKind::Nps:
          response.nps = readNumber(cell, slot, sheetRow);
          used |= !isMissing(response.nps);
          break;
        case ColumnKind::KanoFunctional:
          kanoFunctional_[slot.target] = readKano(cell, slot, sheetRow);
          used |= kanoFunctional_[slot.target] != KanoAnswer::None;
          break;
        case ColumnKind::KanoDysfunctional:
          kanoDysfunctional_[slot.target] = readKano(cell, slot, sheetRow);
          used |= kanoDysfunctional_[slot.target] != KanoAnswer::None;
          break;
        case ColumnKind::Group:
          response.group = readGroup(cell, slot, sheetRow);
          break;
        case ColumnKind::Role:
          fromColumn = readRole(cell, slot, sheetRow);
          break;
        case ColumnKind::Ignore:
        case ColumnKind::Id:
        case ColumnKind::Comment:
          break;
      }
    }
    response.role = roleOfGroup(response.group, fromColumn);
    if (used) ++rowsUsed_;
    sink.add(response);
  }
}

void TableReader::readTable(const Grid& table, ResponseSink& sink, std::size_t firstSheetRow) {
  read(table, firstSheetRow, sink, headerRow_ + 1);
}

InputSummary TableReader::summary() const {
  InputSummary s;
  s.rows = rows_;
  s.rowsUsed = rowsUsed_;
  s.issueCount = issueCount_;
  s.issues = issues_;
  return s;
}

std::vector<ColumnStats> TableReader::columnStats() const {
  std::vector<ColumnStats> stats;
  stats.reserve(slots_.size());
  for (const Slot& s : slots_) stats.push_back(s.stats);
  return stats;
}

// ===========================================================================
// Assumptions and Customers sheets

namespace {

std::string cellPlace(std::size_t row, std::size_t col) {
  return tr("place.cell", {std::to_string(row + 1), columnName(col)});
}

// The cell as a name: trimmed text, or a number written out.
std::string nameText(const CellView& cell) {
  if (cell.isNumber()) return std::isfinite(cell.number) ? formatNumber(cell.number) : "";
  if (cell.isText()) return clipText(trim(cell.text), kHeaderBytes);
  return "";
}

std::optional<double> numberIn(const CellView& cell) {
  if (cell.isNumber())
    return std::isfinite(cell.number) ? std::optional<double>(cell.number) : std::nullopt;
  if (!cell.isText()) return std::nullopt;
  // A hand-typed sheet often holds "4" as text; here that is plainly meant.
  const std::string_view t = trim(cell.text);
  double v = 0;
  const auto res = std::from_chars(t.data(), t.data() + t.size(), v);
  if (res.ec != std::errc() || res.ptr != t.data() + t.size() || !std::isfinite(v))
    return std::nullopt;
  return v;
}

// Finds, in the first rows, a row where each wanted column is named: for each
// wanted column, the first header containing one of its words, in order of
// preference. Returns the header row and the chosen columns.
struct HeaderFind {
  std::size_t row = 0;
  std::vector<std::size_t> cols;
};
std::optional<HeaderFind> findNamedHeader(
    const Grid& grid, const std::vector<std::vector<std::string_view>>& wanted) {
  const std::size_t scan = std::min<std::size_t>(grid.rows(), kHeaderScanRows);
  for (std::size_t r = 0; r < scan; ++r) {
    std::vector<std::string> folded(grid.cols());
    bool anyText = false;
    for (std::size_t c = 0; c < grid.cols(); ++c) {
      const CellView cell = grid.at(r, c);
      if (cell.isText()) {
        folded[c] = foldCase(trim(cell.text.substr(0, kHeaderBytes)));
        anyText = anyText || !folded[c].empty();
      }
    }
    if (!anyText) continue;
    HeaderFind found{r, {}};
    std::vector<bool> taken(grid.cols(), false);
    for (const std::vector<std::string_view>& words : wanted) {
      std::optional<std::size_t> at;
      for (std::string_view w : words) {
        for (std::size_t c = 0; c < grid.cols() && !at; ++c)
          if (!taken[c] && contains(folded[c], w)) at = c;
        if (at) break;
      }
      if (!at) break;
      taken[*at] = true;
      found.cols.push_back(*at);
    }
    if (found.cols.size() == wanted.size()) return found;
  }
  return std::nullopt;
}

}  // namespace

Result<std::vector<Assumption>> readAssumptions(const Grid& grid) {
  // The prediction column first: "assumed importance of value" must not be
  // taken for the attribute column.
  const std::optional<HeaderFind> h =
      findNamedHeader(grid, {{"predict", "importance", "assumed", "expected"},
                             {"group", "customer", "segment", "stakeholder"},
                             {"attribute", "value", "item", "need"}});
  if (!h) return Error{"assumptions.no-header", tr("assumptions.error.noHeader"), "Assumptions"};
  const std::size_t pc = h->cols[0], gc = h->cols[1], ac = h->cols[2];
  std::vector<Assumption> out;
  for (std::size_t r = h->row + 1; r < grid.rows(); ++r) {
    const CellView g = grid.at(r, gc), a = grid.at(r, ac), p = grid.at(r, pc);
    Assumption as{nameText(g), nameText(a), 0.0};
    const bool predictionBlank = p.isEmpty() || (p.isText() && trim(p.text).empty());
    if (as.group.empty() && as.attribute.empty() && predictionBlank) continue;
    if (as.group.empty())
      return Error{"assumptions.no-group", tr("assumptions.error.noGroup"), cellPlace(r, gc)};
    if (as.attribute.empty())
      return Error{"assumptions.no-attribute", tr("assumptions.error.noAttribute"),
                   cellPlace(r, ac)};
    const std::optional<double> v = numberIn(p);
    if (!v)
      return Error{"assumptions.bad-value",
                   p.isText() ? tr("assumptions.error.notANumberText", {clippedQuote(trim(p.text))})
                              : tr("assumptions.error.notANumber"),
                   cellPlace(r, pc)};
    as.predicted = *v;
    out.push_back(std::move(as));
  }
  return out;
}

Result<std::map<std::string, Role>> readCustomerRegister(const Grid& grid) {
  const std::optional<HeaderFind> h =
      findNamedHeader(grid, {{"role"}, {"group", "customer", "name", "segment", "stakeholder"}});
  if (!h) return Error{"register.no-header", tr("register.error.noHeader"), "Customers"};
  const std::size_t rc = h->cols[0], nc = h->cols[1];
  std::map<std::string, Role> out;
  std::vector<std::pair<std::string, std::string>> seen;  // folded name, name
  for (std::size_t r = h->row + 1; r < grid.rows(); ++r) {
    const std::string name = nameText(grid.at(r, nc));
    if (name.empty()) continue;
    const CellView rc_cell = grid.at(r, rc);
    const std::string roleText = nameText(rc_cell);
    if (roleText.empty()) continue;
    const Role role = parseRole(roleText);
    if (role == Role::Unknown && foldCase(roleText) != "unknown")
      return Error{"register.bad-role", tr("register.error.badRole", {clippedQuote(roleText)}),
                   cellPlace(r, rc)};
    const std::string key = foldCase(name);
    auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == key; });
    if (it != seen.end()) {
      if (out[it->second] != role)
        return Error{"register.duplicate", tr("register.error.duplicate", {clippedQuote(name)}),
                     cellPlace(r, nc)};
      continue;
    }
    seen.push_back({key, name});
    out[name] = role;
  }
  return out;
}

}  // namespace cf::core
