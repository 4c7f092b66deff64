#include "worksheet.h"

#include "messages.h"
#include "text.h"

#include <algorithm>

namespace cf::core {
namespace {

// A cell is never left blank: on a printed worksheet a blank reads as
// "forgotten by the printer", a dash as "not answered yet".
constexpr const char* kNotGiven = "—";

std::string orDash(std::string_view text) {
  const std::string_view t = trim(text);
  return t.empty() ? std::string(kNotGiven) : std::string(t);
}

std::string dateOrDash(const std::optional<Date>& date, const DateFormat& dates) {
  return date ? dates.format(*date) : std::string(kNotGiven);
}

std::string kindText(CustomerKind kind) {
  return tr("kind." + std::string(customerKindName(kind)));
}

std::string tableName(const std::string& sectionName) {
  return kWorksheetTablePrefix + sectionName.substr(std::string_view(kWorksheetPrefix).size());
}

// Rows the user has started but not written anything in say nothing on paper.
bool hasText(std::string_view text) { return !trim(text).empty(); }

WorksheetSection groupsSection(const Model& model, Role role) {
  const bool primary = role == Role::Primary;
  WorksheetSection s;
  s.name = std::string(kWorksheetPrefix) + (primary ? "Primary" : "Supporting");
  s.heading = tr(primary ? "worksheet.primary.heading" : "worksheet.supporting.heading");
  s.introduction =
      tr(primary ? "worksheet.primary.introduction" : "worksheet.supporting.introduction");
  s.table.name = tableName(s.name);
  s.table.header = {tr("worksheet.head.group"), tr("worksheet.head.kind"),
                    tr(primary ? "worksheet.head.lifeChanged" : "worksheet.head.whySatisfy")};
  for (std::size_t i = 0; i < model.customers.size(); ++i) {
    const CustomerGroup& g = model.customers[i];
    if (g.role != role) continue;
    s.table.rows.push_back({displayName(g, i), kindText(g.kind),
                            orDash(primary ? g.lifeChanged : g.whySatisfy)});
  }
  s.emptyNote = tr(primary ? "worksheet.primary.empty" : "worksheet.supporting.empty");
  return s;
}

WorksheetSection valuesSection(const Model& model, const DateFormat& dates) {
  WorksheetSection s;
  s.name = std::string(kWorksheetPrefix) + "Values";
  s.heading = tr("worksheet.values.heading");
  s.introduction = tr("worksheet.values.introduction");
  s.table.name = tableName(s.name);
  s.table.header = {tr("worksheet.head.group"), tr("worksheet.head.assumed"),
                    tr("worksheet.head.told")};
  for (std::size_t i = 0; i < model.customers.size(); ++i) {
    const CustomerGroup& g = model.customers[i];
    std::vector<std::string> assumed;
    std::vector<std::string> stated;
    for (const AssumedValue& v : g.assumedValues)
      if (hasText(v.text)) assumed.push_back(assumedValueText(v));
    for (const StatedValue& v : g.statedValues)
      if (hasText(v.text)) stated.push_back(statedValueText(v, dates));
    if (stated.empty()) stated.push_back(tr("worksheet.notAsked"));
    if (assumed.empty()) assumed.push_back(kNotGiven);
    const std::size_t n = std::max(assumed.size(), stated.size());
    for (std::size_t r = 0; r < n; ++r)
      s.table.rows.push_back({r == 0 ? displayName(g, i) : std::string(),
                              r < assumed.size() ? assumed[r] : std::string(),
                              r < stated.size() ? stated[r] : std::string()});
  }
  s.emptyNote = tr("worksheet.noGroups");
  return s;
}

WorksheetSection listeningSection(const Model& model, const DateFormat& dates) {
  WorksheetSection s;
  s.name = std::string(kWorksheetPrefix) + "Listening";
  s.heading = tr("worksheet.listening.heading");
  s.introduction = tr("worksheet.listening.introduction");
  s.table.name = tableName(s.name);
  s.table.header = {tr("worksheet.head.group"), tr("worksheet.head.method"),
                    tr("worksheet.head.owner"), tr("worksheet.head.nextDate"),
                    tr("worksheet.head.lastDone")};
  for (std::size_t i = 0; i < model.customers.size(); ++i) {
    const CustomerGroup& g = model.customers[i];
    bool any = false;
    for (const ListeningActivity& a : g.listening) {
      if (!hasText(a.method) && !a.nextDate && !hasText(a.owner)) continue;
      s.table.rows.push_back({any ? std::string() : displayName(g, i), orDash(a.method),
                              orDash(a.owner), dateOrDash(a.nextDate, dates),
                              dateOrDash(a.lastDone, dates)});
      any = true;
    }
    if (!any)
      s.table.rows.push_back(
          {displayName(g, i), tr("worksheet.nothingPlanned"), kNotGiven, kNotGiven, kNotGiven});
  }
  s.emptyNote = tr("worksheet.noGroups");
  return s;
}

}  // namespace

std::string assumedValueText(const AssumedValue& value) {
  std::string text(trim(value.text));
  if (value.importance)
    text = tr("worksheet.withImportance", {text, std::to_string(*value.importance)});
  return text;
}

std::string statedValueText(const StatedValue& value, const DateFormat& dates) {
  std::vector<std::string> parts;
  if (hasText(value.source)) parts.emplace_back(trim(value.source));
  if (value.date) parts.push_back(dates.format(*value.date));
  if (value.respondents)
    parts.push_back(tr(*value.respondents == 1 ? "worksheet.respondent" : "worksheet.respondents",
                       {std::to_string(*value.respondents)}));
  std::string text(trim(value.text));
  if (!parts.empty()) {
    text += " (";
    for (std::size_t i = 0; i < parts.size(); ++i) text += (i ? ", " : "") + parts[i];
    text += ")";
  }
  // The customers' own words after the value, with the survey row they came from.
  const std::string_view quote = trim(value.quote);
  if (quote.empty()) return text;
  if (value.quoteRow == 0) return tr("worksheet.withQuote", {text, std::string(quote)});
  return tr("worksheet.withQuoteRow", {text, std::string(quote), std::to_string(value.quoteRow)});
}

std::string shownInCell(std::string text) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Count code points: a byte that does not continue a UTF-8 sequence.
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++characters > kMaxCellCharacters) {
      text.resize(i);
      return text + "…";
    }
  }
  return text;
}

WorksheetPlan planWorksheet(const Model& model, const DateFormat& dates) {
  WorksheetPlan plan;
  plan.sections.push_back(groupsSection(model, Role::Primary));
  plan.sections.push_back(groupsSection(model, Role::Supporting));
  plan.sections.push_back(valuesSection(model, dates));
  plan.sections.push_back(listeningSection(model, dates));
  for (WorksheetSection& s : plan.sections)
    for (std::vector<std::string>& row : s.table.rows)
      for (std::string& cell : row) cell = shownInCell(std::move(cell));
  return plan;
}

}  // namespace cf::core
