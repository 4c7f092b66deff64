// The customer group as the Writer deck shows and edits it: one line per group
// and per finding in the panels' lists, and the fields of the group dialog,
// where each list (values, listening plan) is one line per entry with its
// parts separated by "|":
//
//   assumed:   Safe place to study | 5
//   stated:    Quiet room | Exit survey | 2024-03-01 | 42
//   listening: Focus group | Ana | 2024-06-01 | 2024-03-01
#pragma once

#include "date_format.h"
#include "finding.h"
#include "model.h"
#include "result.h"

#include <string>

namespace cf::core {

struct GroupForm {
  std::string name;
  Role role = Role::Supporting;
  CustomerKind kind = CustomerKind::Other;
  std::string lifeChanged;
  std::string whySatisfy;
  std::string assumedValues;  // "text | importance" per line
  std::string statedValues;   // "text | source | date | respondents" per line
  std::string listening;      // "method | owner | next date | last done" per line
};

// The group's fields as the dialog shows them, dates in `dates` (the
// document's pattern).
GroupForm toForm(const CustomerGroup& group, const DateFormat& dates = DateFormat::iso());

// The group the dialog describes. Fields the form does not show (unknown JSON
// members) are kept from `original`, row by row. Fails, naming the field and
// line, with form.missing-name (a blank name), form.bad-importance (not 1–5),
// form.bad-date (neither in `dates` nor YYYY-MM-DD), form.bad-respondents
// (not a whole number ≥ 0) or form.too-many-parts.
[[nodiscard]] Result<CustomerGroup> fromForm(const GroupForm& form, const CustomerGroup& original,
                                             const DateFormat& dates = DateFormat::iso());

// "Students — primary, beneficiary": a group in the Customers panel's list.
std::string groupListLine(const CustomerGroup& group, std::size_t index);
// "CF002  Error: …": a finding in the Focus checks panel's list.
std::string findingListLine(const Finding& finding);

}  // namespace cf::core
