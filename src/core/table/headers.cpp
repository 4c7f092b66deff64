#include "table/headers.h"

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
