#include "mapping_edit.h"

#include "run_options.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include "messages.h"
#include "text.h"

namespace cf::core {
namespace {

// The shortest text that reads back as the same double, so that a scale the
// person did not touch survives the round trip exactly.
std::string formatNumber(double v) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  return ec == std::errc() ? std::string(buffer, end) : std::string();
}

bool parseNumber(std::string_view text, double& out) {
  text = trim(text);
  if (text.empty()) return false;
  // A leading '+' is what people type; from_chars does not take it.
  if (text.front() == '+') text.remove_prefix(1);
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size() && std::isfinite(out);
}

std::string kindInWords(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::Id:
      return tr("mappingForm.kind.id");
    case ColumnKind::Group:
      return tr("mappingForm.kind.group");
    case ColumnKind::Role:
      return tr("mappingForm.kind.role");
    case ColumnKind::Outcome:
      return tr("mappingForm.kind.outcome");
    case ColumnKind::Nps:
      return tr("mappingForm.kind.nps");
    case ColumnKind::Wave:
      return tr("mappingForm.kind.wave");
    default:
      return tr("mappingForm.kind.other");
  }
}

// "column C (Speed)" for messages and "column C" for Error::where; a column
// known only by its header (kNoColumn) is named by that header.
std::string nameOf(const ColumnRow& row) {
  return row.index == kNoColumn ? tr("mappingForm.columnByHeader", {clipText(trim(row.header), 60)})
                                : describeColumn(row.index, row.header);
}
std::string placeOf(const ColumnRow& row) {
  return row.index == kNoColumn ? tr("mappingForm.placeByHeader", {clipText(trim(row.header), 60)})
                                : tr("place.column", {columnName(row.index)});
}

}  // namespace

bool kindHasScale(ColumnKind kind) {
  return kind == ColumnKind::Importance || kind == ColumnKind::Satisfaction ||
         kind == ColumnKind::Outcome || kind == ColumnKind::Nps;
}

bool kindHasAttribute(ColumnKind kind) {
  return kind == ColumnKind::Importance || kind == ColumnKind::Satisfaction ||
         kind == ColumnKind::KanoFunctional || kind == ColumnKind::KanoDysfunctional;
}

std::string columnLine(const ColumnRow& row, std::size_t firstSheetColumn) {
  const std::string letter =
      row.index == kNoColumn ? std::string("?") : columnName(firstSheetColumn + row.index);
  const std::string header = clipText(trim(row.header), 60);
  return letter + "  " + (header.empty() ? tr("mappingForm.noHeader") : header);
}

std::vector<std::string> groupNamesInTable(const Mapping& mapping, const Grid& head,
                                           std::size_t max) {
  std::vector<std::string> names;
  const ColumnSpec* group = nullptr;
  for (const ColumnSpec& c : mapping.columns)
    if (c.kind == ColumnKind::Group && c.index != kNoColumn && c.index < head.cols()) group = &c;
  if (group == nullptr) return names;
  std::vector<std::string> seen;  // folded, to match the reader's comparison
  for (std::size_t r = mapping.firstDataRow(); r < head.rows() && names.size() < max; ++r) {
    const CellView cell = head.at(r, group->index);
    std::string name = cell.isNumber() ? formatNumber(cell.number) : std::string(trim(cell.text));
    if (name.empty()) continue;
    std::string folded = foldCase(name);
    if (std::find(seen.begin(), seen.end(), folded) != seen.end()) continue;
    seen.push_back(std::move(folded));
    names.push_back(clipText(name, 200));
  }
  return names;
}

namespace {

// What a person types for "not applicable" after the "=".
bool meansNotApplicable(std::string_view value) {
  const std::string folded = foldCase(trim(value));
  return folded == "n/a" || folded == "na" || folded == tr("mappingForm.notApplicableWord");
}

// The labels typed in the dialog, one "text = value" per line (the last "="
// divides, so a label may hold one), each value on `scale` or "n/a".
Result<std::vector<ValueLabel>> parseLabels(std::string_view typed, const Scale& scale,
                                            const ColumnRow& row) {
  std::vector<ValueLabel> out;
  std::size_t start = 0;
  while (start <= typed.size()) {
    std::size_t end = typed.find('\n', start);
    if (end == std::string_view::npos) end = typed.size();
    const std::string_view line = trim(typed.substr(start, end - start));
    start = end + 1;
    if (line.empty()) continue;
    const std::size_t equals = line.rfind('=');
    ValueLabel label;
    const std::string_view value = equals == std::string_view::npos ? std::string_view() : line.substr(equals + 1);
    label.text = std::string(trim(line.substr(0, equals == std::string_view::npos ? 0 : equals)));
    label.notApplicable = meansNotApplicable(value);
    const bool onScale = !label.notApplicable && parseNumber(value, label.value) &&
                         label.value >= scale.min && label.value <= scale.max;
    if (label.text.empty() || (!label.notApplicable && !onScale))
      return Error{"mapping-form.bad-label",
                   tr("mappingForm.badLabel", {nameOf(row), clipText(line, 60), formatNumber(scale.min),
                                              formatNumber(scale.max)}),
                   placeOf(row)};
    out.push_back(std::move(label));
  }
  return out;
}

}  // namespace

std::string formatLabels(const std::vector<ValueLabel>& labels) {
  // Up the scale, as a person reads it, the not-applicable answers last.
  std::vector<const ValueLabel*> ordered;
  for (const ValueLabel& l : labels) ordered.push_back(&l);
  std::stable_sort(ordered.begin(), ordered.end(), [](const ValueLabel* a, const ValueLabel* b) {
    if (a->notApplicable != b->notApplicable) return b->notApplicable;
    return !a->notApplicable && a->value < b->value;
  });
  std::string out;
  for (const ValueLabel* label : ordered) {
    const ValueLabel& l = *label;
    out += (out.empty() ? "" : "\n") + l.text + " = " + (l.notApplicable ? "n/a" : formatNumber(l.value));
  }
  return out;
}

MappingForm toMappingForm(const Mapping& mapping, const std::vector<std::string>& groupNames) {
  MappingForm form;
  for (const ColumnSpec& c : mapping.columns) {
    ColumnRow row;
    row.index = c.index;
    row.header = c.header;
    row.kind = c.kind;
    row.attribute = c.attribute;
    row.scaleMin = formatNumber(c.scale.min);
    row.scaleMax = formatNumber(c.scale.max);
    row.labels = formatLabels(c.labels);
    form.columns.push_back(std::move(row));
  }
  auto roleOf = [&](const std::string& name) {
    const std::string folded = foldCase(trim(name));
    for (const auto& [group, role] : mapping.groupRoles)
      if (foldCase(trim(group)) == folded) return role;
    return Role::Unknown;
  };
  for (const std::string& name : groupNames) form.groups.push_back({name, roleOf(name)});
  for (const auto& [group, role] : mapping.groupRoles) {
    const std::string folded = foldCase(trim(group));
    const bool listed = std::any_of(form.groups.begin(), form.groups.end(), [&](const GroupRow& g) {
      return foldCase(trim(g.name)) == folded;
    });
    if (!listed) form.groups.push_back({group, role});
  }
  std::string codes;
  for (double v : mapping.notApplicable) codes += (codes.empty() ? "" : "; ") + formatNumber(v);
  for (const std::string& t : mapping.notApplicableText) codes += (codes.empty() ? "" : "; ") + t;
  form.notApplicable = codes;
  form.doubts = mapping.doubts;
  return form;
}

void choosePrimary(MappingForm& form, std::optional<std::size_t> index) {
  if (index && *index >= form.groups.size()) return;
  for (std::size_t g = 0; g < form.groups.size(); ++g) {
    GroupRow& row = form.groups[g];
    if (index && g == *index)
      row.role = Role::Primary;
    else if (index)
      row.role = Role::Supporting;
    else if (row.role == Role::Primary)
      row.role = Role::Unknown;
  }
}

std::optional<std::size_t> primaryGroup(const MappingForm& form) {
  for (std::size_t g = 0; g < form.groups.size(); ++g)
    if (form.groups[g].role == Role::Primary) return g;
  return std::nullopt;
}

Result<Mapping> fromMappingForm(const MappingForm& form, const Mapping& original) {
  Mapping out = original;
  out.columns.clear();
  std::map<ColumnKind, const ColumnRow*> single;
  std::map<std::string, std::pair<bool, bool>>
      kano;  // folded attribute → functional, dysfunctional
  std::map<std::string, const ColumnRow*> kanoFirst;
  bool measured = false;
  for (const ColumnRow& row : form.columns) {
    const std::string where = placeOf(row);
    const std::string named = nameOf(row);
    ColumnSpec spec;
    if (const ColumnSpec* before = findColumn(original, row.index);
        before != nullptr && before->kind == row.kind)
      spec = *before;  // keeps the outcome's labels
    spec.index = row.index;
    spec.header = row.header;
    spec.kind = row.kind;
    spec.attribute = kindHasAttribute(row.kind) ? std::string(trim(row.attribute)) : std::string();
    if (!spec.isTwoLabelOutcome()) {
      spec.negativeLabel.clear();
      spec.positiveLabel.clear();
    }
    if (kindHasAttribute(row.kind) && spec.attribute.empty())
      return Error{"mapping-form.missing-attribute", tr("mappingForm.missingAttribute", {named}),
                   where};
    if (kindHasScale(row.kind) && !spec.isTwoLabelOutcome()) {
      double low = 0, high = 0;
      if (!parseNumber(row.scaleMin, low) || !parseNumber(row.scaleMax, high) || !(low < high))
        return Error{"mapping-form.bad-scale",
                     tr("mappingForm.badScale",
                        {named, clipText(row.scaleMin, 20), clipText(row.scaleMax, 20)}),
                     where};
      spec.scale = {low, high};
      Result<std::vector<ValueLabel>> labels = parseLabels(row.labels, spec.scale, row);
      if (!labels.ok()) return labels.error();
      spec.labels = std::move(labels).value();
    }
    switch (row.kind) {
      case ColumnKind::Id:
      case ColumnKind::Group:
      case ColumnKind::Role:
      case ColumnKind::Outcome:
      case ColumnKind::Nps:
      case ColumnKind::Wave:
        if (auto it = single.find(row.kind); it != single.end()) {
          const ColumnRow& first = *it->second;
          return Error{
              "mapping-form.duplicate-kind",
              tr("mappingForm.duplicateKind", {nameOf(first), named, kindInWords(row.kind)}),
              where};
        }
        single[row.kind] = &row;
        break;
      case ColumnKind::KanoFunctional:
      case ColumnKind::KanoDysfunctional: {
        const std::string key = foldCase(spec.attribute);
        auto& pair = kano[key];
        (row.kind == ColumnKind::KanoFunctional ? pair.first : pair.second) = true;
        kanoFirst.emplace(key, &row);
        break;
      }
      default:
        break;
    }
    if (row.kind == ColumnKind::Importance || row.kind == ColumnKind::Satisfaction ||
        row.kind == ColumnKind::Outcome || row.kind == ColumnKind::Nps ||
        row.kind == ColumnKind::KanoFunctional || row.kind == ColumnKind::KanoDysfunctional)
      measured = true;
    out.columns.push_back(std::move(spec));
  }
  for (const auto& [key, pair] : kano) {
    if (pair.first && pair.second) continue;
    const ColumnRow& row = *kanoFirst.at(key);
    return Error{"mapping-form.unpaired-kano",
                 tr(pair.first ? "mappingForm.unpairedKanoWith" : "mappingForm.unpairedKanoWithout",
                    {nameOf(row), clipText(row.attribute, 60)}),
                 placeOf(row)};
  }
  if (!measured)
    return Error{"mapping-form.nothing-measured", tr("mappingForm.nothingMeasured"), "columns"};

  out.notApplicable.clear();
  out.notApplicableText.clear();
  // The same reading as the panel's field and the command's argument.
  const NotApplicableCodes codes = parseNotApplicableCodes(form.notApplicable);
  out.notApplicable = codes.numbers;
  out.notApplicableText = codes.texts;

  for (const GroupRow& g : form.groups) {
    const std::string folded = foldCase(trim(g.name));
    for (auto it = out.groupRoles.begin(); it != out.groupRoles.end();)
      it = foldCase(trim(it->first)) == folded ? out.groupRoles.erase(it) : std::next(it);
    if (g.role != Role::Unknown && !trim(g.name).empty())
      out.groupRoles[std::string(trim(g.name))] = g.role;
  }
  out.sure = true;
  out.doubts.clear();
  return out;
}

}  // namespace cf::core
