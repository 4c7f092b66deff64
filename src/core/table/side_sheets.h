// The two small sheets beside a feedback table: Assumptions and Customers.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "grid.h"
#include "mapping.h"
#include "result.h"
#include "survey.h"

namespace cf::core {

// Reads an `Assumptions` sheet: a header row naming a group column, an
// attribute (or value/item) column and a predicted-importance column, then one
// prediction per row (a number, or text such as "4"). Blank rows are skipped.
// Rows are counted from the grid's first row as row 1. Errors name the cell:
// "assumptions.no-header", "assumptions.bad-value", "assumptions.no-group",
// "assumptions.no-attribute".
Result<std::vector<Assumption>> readAssumptions(const Grid& grid);

// Reads a `Customers` register: a group (or customer / name) column and a role
// column, one group per row; rows without a name or a role are skipped.
// Errors: "register.no-header", "register.bad-role"
// (a role other than primary/supporting), "register.duplicate" (one group
// listed twice with different roles).
Result<std::map<std::string, Role>> readCustomerRegister(const Grid& grid);

}  // namespace cf::core
