#include "table/headers.h"
#include "table/layouts.h"

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

}  // namespace cf::core::detail

namespace cf::core::detail {
namespace {

// The item of a coded column without its measure prefix: "imp_tutoring" →
// "tutoring", "sat_tutoring" → "tutoring".
constexpr std::string_view kCodePrefixes[] = {
    "importance_", "satisfaction_", "performance_", "imp_", "sat_", "perf_", "i_", "s_", "p_"};

std::string stripCodePrefix(std::string_view item) {
  const std::string f = foldWords(item);
  for (std::string_view p : kCodePrefixes)
    if (startsWith(f, p) && f.size() > p.size()) return std::string(item.substr(p.size()));
  return std::string(item);
}

// "Importance of X", "Satisfaction with X" and their translations.
constexpr std::string_view kOfPrefixes[] = {
    "importance of ",     "satisfaction with ", "performance of ", "rating of ",
    "quality of ",        "wichtigkeit von ",   "wichtigkeit: ",   "zufriedenheit mit ",
    "bedeutung von ",     "importance de ",     "importance du ",  "importance des ",
    "satisfaction avec ", "satisfaction sur ",  "importancia de ", "importancia del ",
    "satisfaccion con ",  "satisfaccion de "};

bool hasSpace(std::string_view s) { return s.find(' ') != std::string_view::npos; }

// Of two parts, the question is the one whose words say what it measures.
GridHeader byWords(std::string_view left, std::string_view right) {
  const bool l = measureOfWords(foldWords(left)) != Measure::None;
  const bool r = measureOfWords(foldWords(right)) != Measure::None;
  if (r && !l) return {std::string(trim(right)), std::string(trim(left))};
  return {std::string(trim(left)), std::string(trim(right))};
}

}  // namespace

GridHeader splitGridHeader(std::string_view header) {
  const std::string_view h = trim(header);
  if (h.empty()) return {};
  // Question [Item] and the code form IMP[SQ001].
  if (h.back() == ']') {
    const std::size_t open = h.rfind('[');
    if (open != std::string_view::npos && open > 0 && open + 2 < h.size())
      return {std::string(trim(h.substr(0, open))),
              std::string(trim(h.substr(open + 1, h.size() - open - 2)))};
  }
  // group/name paths (KoboToolbox): no spaces, the last part is the item.
  if (!hasSpace(h)) {
    const std::size_t slash = h.rfind('/');
    if (slash != std::string_view::npos && slash > 0 && slash + 1 < h.size())
      return {std::string(h.substr(0, slash)), stripCodePrefix(h.substr(slash + 1))};
    // Imp_X, Q2_1: a code and an item.
    const std::size_t under = h.find('_');
    if (under != std::string_view::npos && under > 0 && under + 1 < h.size()) {
      const std::string_view code = h.substr(0, under);
      if (measureOfWords(foldWords(code)) != Measure::None)
        return {std::string(code), std::string(h.substr(under + 1))};
    }
  }
  // Importance of X.
  const std::string f = foldWords(h);
  for (std::string_view p : kOfPrefixes)
    if (startsWith(f, p) && f.size() > p.size()) {
      // foldWords may change lengths before the item; find the item by words.
      const std::size_t words = std::count(p.begin(), p.end(), ' ');
      std::size_t at = 0;
      for (std::size_t k = 0; k < words && at != std::string_view::npos; ++k)
        at = h.find(' ', at == 0 ? 0 : at + 1);
      if (at != std::string_view::npos)
        return {std::string(trim(h.substr(0, at))), std::string(trim(h.substr(at + 1)))};
    }
  // Question?.Item (Microsoft Forms' Likert columns).
  if (const std::size_t qd = h.find("?."); qd != std::string_view::npos && qd + 2 < h.size())
    return {std::string(h.substr(0, qd + 1)), std::string(trim(h.substr(qd + 2)))};
  // Question - Item, Item - Question (also with – or —).
  for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const std::size_t at = h.rfind(dash);
    if (at != std::string_view::npos && at > 0 && at + dash.size() < h.size())
      return byWords(h.substr(0, at), h.substr(at + dash.size()));
  }
  // Item (Question).
  if (h.back() == ')') {
    const std::size_t open = h.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      const std::string_view inside = h.substr(open + 1, h.size() - open - 2);
      if (measureOfWords(foldWords(inside)) != Measure::None)
        return {std::string(trim(inside)), std::string(trim(h.substr(0, open)))};
    }
  }
  // Question: Item.
  if (const std::size_t at = h.rfind(": "); at != std::string_view::npos && at > 0)
    return byWords(h.substr(0, at), h.substr(at + 2));
  return {std::string(h), std::string()};
}

HeaderGuess classifyColumn(std::string_view header) {
  HeaderGuess g = classifyHeader(header);
  const std::string whole = foldWords(header);
  if (isMetadataName(header)) {
    if (g.kind != ColumnKind::Id) g.kind = ColumnKind::Ignore;
    g.metadata = true;
    return g;
  }
  if (g.kind != ColumnKind::Ignore) return g;
  const GridHeader grid = splitGridHeader(header);
  const std::string question = foldWords(grid.question);
  g.measure = measureOfWords(question);
  if (g.measure == Measure::None && !grid.item.empty()) g.measure = measureOfWords(whole);
  if (asksRecommend(whole) && grid.item.empty()) {
    g.kind = ColumnKind::Nps;
    g.tentative = true;
    return g;
  }
  if (g.measure == Measure::Satisfaction && grid.item.empty() && asksOverall(whole)) {
    g.kind = ColumnKind::Outcome;
    g.tentative = true;
    return g;
  }
  const std::string attribute = grid.item.empty() ? std::string(trim(header)) : grid.item;
  if (g.measure == Measure::Importance) {
    g.kind = ColumnKind::Importance;
  } else if (g.measure == Measure::Satisfaction || g.measure == Measure::Agreement) {
    g.kind = ColumnKind::Satisfaction;
  } else {
    g.whoYouAre = asksWhoYouAre(whole);
    g.attribute = attribute;
    g.asksForWords = !g.whoYouAre && asksForComments(whole);
    return g;
  }
  g.attribute = attribute;
  g.tentative = true;
  return g;
}

}  // namespace cf::core::detail
