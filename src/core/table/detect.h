// Detecting what a feedback table's columns mean (detectMapping), and fitting
// a saved mapping onto a table whose columns moved (bindMapping).
//
//   Mapping m = detectMapping(grid, {.notApplicable = {0}}).value();
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

struct DetectOptions {
  // Copied into the mapping and respected when scales are detected.
  std::vector<double> notApplicable;
  std::vector<std::string> notApplicableText = {"n/a", "na", "not applicable"};
};

// Finds the header row (the first row whose cells are mostly text; a title row
// above it is skipped) and proposes a kind, attribute and scale for each
// column from its header and its values. Never fails on odd content: doubtful
// choices go to Mapping::doubts and make it !sure. Errors: "table.empty" when
// there is no non-empty cell, "table.no-header" when no row looks like a header.
Result<Mapping> detectMapping(const Grid& grid, const DetectOptions& options = {});

// `saved` (a mapping loaded from JSON) fitted onto `grid`: each column is
// found by its header text, then by its index; the header row is the saved one
// when its headers match, otherwise it is detected. Columns that cannot be
// found, and columns the mapping does not know, become doubts.
// Error "mapping.no-columns" when none of the saved columns is found.
Result<Mapping> bindMapping(const Mapping& saved, const Grid& grid);

}  // namespace cf::core
