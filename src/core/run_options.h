// What a person says about one run, beside the mapping: the codes that mean
// "not applicable" as typed in the panel or after cfocus --na, and which group
// is the primary customer (cfocus --primary, --supporting). The Calc command,
// the panel and cfocus all go through these, so they agree on every input.
//
//   auto codes = parseNotApplicableCodes("0; 99; N/A");     // {0, 99}, {"N/A"}
//   applyGroupRoles(mapping, "Students", {}, {"Students", "Parents"});
#pragma once

#include "mapping.h"
#include "result.h"

#include <string>
#include <string_view>
#include <vector>

namespace cf::core {

// The answers that mean "not applicable", as a person types them in the
// panel, the mapping dialog or after cfocus --na.
struct NotApplicableCodes {
  std::vector<double> numbers;     // 0, 99
  std::vector<std::string> texts;  // "N/A", "Don't know": compared trimmed, case-insensitively
};

// Codes separated by ';' ("0; 99; Don't know"). A part that is a number, or
// numbers separated by ',' or spaces ("0, 99", "0 99"), gives numbers; any
// other part is one text code. Empty text gives no code. Never fails: what is
// not a number is a text code, which the reader counts where it occurs.
NotApplicableCodes parseNotApplicableCodes(std::string_view text);

// Sets the roles a person named: `primary` (when not empty) becomes the one
// primary group, and every group in `supporting` a supporting one. When
// supporting is empty, every other group of `groupsFound` becomes supporting,
// as Drucker's "everyone else we must satisfy"; when it is given, groups named
// in neither keep the role the mapping or the table gives them. Names compare
// trimmed and case-insensitively, and the table's spelling is kept. Fails,
// changing nothing, with
//   roles.no-group-column   a group is named but the mapping has no group column
//   roles.unknown-group     a named group is not in groupsFound (where: the name;
//                           message: the groups found, separated by "; ")
//   roles.primary-supporting the primary group is also named supporting
[[nodiscard]] Result<bool> applyGroupRoles(Mapping& mapping, std::string_view primary,
                                           const std::vector<std::string>& supporting,
                                           const std::vector<std::string>& groupsFound);

}  // namespace cf::core
