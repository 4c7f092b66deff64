#include "worksheet_form.h"

#include "messages.h"
#include "text.h"

#include <charconv>
#include <vector>

namespace cf::core {
namespace {

std::vector<std::string> splitLines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(trim(text.substr(start, end - start)));
    start = end + 1;
  }
  return lines;
}

std::vector<std::string> splitParts(const std::string& line) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t bar = line.find('|', start);
    parts.emplace_back(trim(std::string_view(line).substr(
        start, bar == std::string::npos ? std::string::npos : bar - start)));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return parts;
}

std::string joinParts(std::vector<std::string> parts) {
  // Trailing empty parts are noise in a text field; leading ones keep their
  // place so that "| 5" still means "no text, importance 5".
  for (std::string& p : parts) p = std::string(trim(p));
  while (parts.size() > 1 && parts.back().empty()) parts.pop_back();
  std::string line;
  for (std::size_t i = 0; i < parts.size(); ++i) line += (i ? " | " : "") + parts[i];
  return line;
}

std::string where(const char* field, std::size_t line) {
  return tr("form.where", {tr(field), std::to_string(line + 1)});
}

std::optional<int> parseWhole(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// Fills `out` with the rows of one list field; `parse` reads one line's parts
// into a row and returns an Error when they do not fit.
template <class Row, class Parse>
std::optional<Error> readRows(const std::string& text, const std::vector<Row>& original,
                              const char* field, std::size_t maxParts, std::vector<Row>& out,
                              Parse parse) {
  const std::vector<std::string> lines = splitLines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    std::vector<std::string> parts = splitParts(lines[i]);
    if (parts.size() > maxParts)
      return Error{"form.too-many-parts", tr("form.tooManyParts", {std::to_string(maxParts)}),
                   where(field, i)};
    parts.resize(maxParts);
    Row row = out.size() < original.size() ? original[out.size()] : Row{};
    if (std::optional<Error> e = parse(parts, row, where(field, i))) return e;
    out.push_back(std::move(row));
  }
  return std::nullopt;
}

std::optional<Error> readDate(const std::string& text, std::optional<Date>& out,
                              const std::string& at, const DateFormat& dates) {
  if (text.empty()) {
    out.reset();
    return std::nullopt;
  }
  out = dates.parse(text);
  if (out) return std::nullopt;
  if (dates.isIso()) return Error{"form.bad-date", tr("form.badDate", {text}), at};
  // A day above 12 shows which number is the day.
  const Date example{2024, 12, 31};
  return Error{"form.bad-date",
               tr("form.badDateLocal", {text, dates.format(example), formatDate(example)}), at};
}

std::string dateText(const std::optional<Date>& date, const DateFormat& dates) {
  return date ? dates.format(*date) : "";
}

}  // namespace

GroupForm toForm(const CustomerGroup& group, const DateFormat& dates) {
  GroupForm f;
  f.name = group.name;
  f.role = group.role == Role::Primary ? Role::Primary : Role::Supporting;
  f.kind = group.kind;
  f.lifeChanged = group.lifeChanged;
  f.whySatisfy = group.whySatisfy;
  for (const AssumedValue& v : group.assumedValues)
    f.assumedValues += joinParts({v.text, v.importance ? std::to_string(*v.importance) : ""}) + "\n";
  for (const StatedValue& v : group.statedValues)
    f.statedValues += joinParts({v.text, v.source, dateText(v.date, dates),
                                 v.respondents ? std::to_string(*v.respondents) : ""}) +
                      "\n";
  for (const ListeningActivity& a : group.listening)
    f.listening +=
        joinParts({a.method, a.owner, dateText(a.nextDate, dates), dateText(a.lastDone, dates)}) +
        "\n";
  return f;
}

Result<CustomerGroup> fromForm(const GroupForm& form, const CustomerGroup& original,
                               const DateFormat& dates) {
  CustomerGroup g = original;
  g.name = std::string(trim(form.name));
  if (g.name.empty())
    return Error{"form.missing-name", tr("form.missingName"), tr("form.field.name")};
  g.role = form.role == Role::Primary ? Role::Primary : Role::Supporting;
  g.kind = form.kind;
  g.lifeChanged = std::string(trim(form.lifeChanged));
  g.whySatisfy = std::string(trim(form.whySatisfy));

  std::vector<AssumedValue> assumed;
  if (auto e =
          readRows(form.assumedValues, original.assumedValues, "form.field.assumed", 2, assumed,
                   [](const std::vector<std::string>& p, AssumedValue& v,
                      const std::string& at) -> std::optional<Error> {
                     v.text = p[0];
                     v.importance.reset();
                     if (p[1].empty()) return std::nullopt;
                     v.importance = parseWhole(p[1]);
                     if (!v.importance || *v.importance < 1 || *v.importance > 5)
                       return Error{"form.bad-importance", tr("form.badImportance", {p[1]}), at};
                     return std::nullopt;
                   }))
    return *e;

  std::vector<StatedValue> stated;
  if (auto e =
          readRows(form.statedValues, original.statedValues, "form.field.stated", 4, stated,
                   [&dates](const std::vector<std::string>& p, StatedValue& v,
                            const std::string& at) -> std::optional<Error> {
                     v.text = p[0];
                     v.source = p[1];
                     if (auto d = readDate(p[2], v.date, at, dates)) return d;
                     v.respondents.reset();
                     if (p[3].empty()) return std::nullopt;
                     v.respondents = parseWhole(p[3]);
                     if (!v.respondents || *v.respondents < 0)
                       return Error{"form.bad-respondents", tr("form.badRespondents", {p[3]}), at};
                     return std::nullopt;
                   }))
    return *e;

  std::vector<ListeningActivity> listening;
  if (auto e = readRows(form.listening, original.listening, "form.field.listening", 4, listening,
                        [&dates](const std::vector<std::string>& p, ListeningActivity& a,
                                 const std::string& at) -> std::optional<Error> {
                          a.method = p[0];
                          a.owner = p[1];
                          if (auto d = readDate(p[2], a.nextDate, at, dates)) return d;
                          return readDate(p[3], a.lastDone, at, dates);
                        }))
    return *e;

  g.assumedValues = std::move(assumed);
  g.statedValues = std::move(stated);
  g.listening = std::move(listening);
  return g;
}

std::string groupListLine(const CustomerGroup& group, std::size_t index) {
  return tr("list.group", {displayName(group, index),
                           roleLabel(group.role),
                           tr("list.kind." + std::string(customerKindName(group.kind)))});
}

std::string findingListLine(const Finding& finding) {
  return tr(
      "list.finding",
      {finding.id, tr("severity." + std::string(severityName(finding.severity))), finding.message});
}

}  // namespace cf::core
