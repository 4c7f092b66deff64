// The column mapping dialog's model: a Mapping as rows the person edits (one
// per column: kind, attribute, scale as typed; one per customer group: role),
// and the check that turns their edits back into a Mapping, with a message
// that names the column when something does not add up.
//
//   MappingForm form = toMappingForm(mapping, groupNamesInTable(mapping, head));
//   Result<Mapping> edited = fromMappingForm(form, mapping);   // after OK
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "grid.h"
#include "mapping.h"
#include "result.h"
#include "survey.h"

namespace cf::core {

// The dialog's kind list holds the kinds in ColumnKind order, Ignore first.
inline constexpr std::size_t kColumnKindCount = 12;
static_assert(static_cast<std::size_t>(ColumnKind::Wave) + 1 == kColumnKindCount,
              "a new ColumnKind needs its item in dialogs/ColumnMapping.xdl");

struct ColumnRow {
  std::size_t index = 0;  // grid column
  std::string header;
  ColumnKind kind = ColumnKind::Ignore;
  std::string attribute;
  std::string scaleMin;  // as typed; used only by kinds with a scale
  std::string scaleMax;
  // The answers given in words and their places on the scale, one per line
  // as typed: "Very satisfied = 5", "Don't know = n/a". Empty for a column
  // of numbers.
  std::string labels;
};

struct GroupRow {
  std::string name;
  Role role = Role::Unknown;  // Unknown: from the Role column or the Customers sheet
};

struct MappingForm {
  std::vector<ColumnRow> columns;
  std::vector<GroupRow> groups;
  std::string notApplicable;  // "0; 99; n/a": numbers and text codes
  std::vector<std::string> doubts;
};

// True for the kinds that read a numeric answer scale (importance,
// satisfaction, outcome, NPS) and for those that need an attribute name
// (importance, satisfaction, both Kano questions).
bool kindHasScale(ColumnKind kind);
bool kindHasAttribute(ColumnKind kind);

// "C  Importance: Speed": a column in the dialog's list (letter from the
// grid's first column `firstSheetColumn`).
std::string columnLine(const ColumnRow& row, std::size_t firstSheetColumn = 0);

// The distinct group names below the header row of `head`, in order of first
// appearance, at most `max`; empty when the mapping has no group column.
std::vector<std::string> groupNamesInTable(const Mapping& mapping, const Grid& head,
                                           std::size_t max = 200);

// The rows the dialog shows. Groups are `groupNames` followed by any group the
// mapping names a role for and the table does not hold.
MappingForm toMappingForm(const Mapping& mapping, const std::vector<std::string>& groupNames);

// A column's answer labels as the dialog shows them, one "text = value" per
// line ("n/a" for a not-applicable answer), up the scale, the not-applicable
// answers last.
std::string formatLabels(const std::vector<ValueLabel>& labels);

// The primary customer picked from the groups found: group `index` becomes
// primary and every other group supporting, since there is one primary
// customer and everyone else must be satisfied too. nullopt: no group is
// primary any more, and the others keep their roles. An index past the
// groups changes nothing.
void choosePrimary(MappingForm& form, std::optional<std::size_t> index);
// The group marked primary (the first, should there be several), if any.
std::optional<std::size_t> primaryGroup(const MappingForm& form);

// The mapping the form describes, with everything the form does not show
// (header row, outcome labels, minimum n, crosshair, roles of other groups)
// kept from `original`. The result is sure. Fails, naming the column, with
//   mapping-form.missing-attribute  an item or Kano column with no attribute
//   mapping-form.bad-scale          a scale that is not two numbers, low < high
//   mapping-form.duplicate-kind     two group, role, id, outcome, NPS or wave columns
//   mapping-form.bad-label          an answer label line that is not "text = number
//                                   on the scale" or "text = n/a"
//   mapping-form.unpaired-kano      a Kano question without its other half
//   mapping-form.nothing-measured   no column gives a measure to analyse
[[nodiscard]] Result<Mapping> fromMappingForm(const MappingForm& form, const Mapping& original);

}  // namespace cf::core
