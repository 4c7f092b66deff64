// Finding the header row of a feedback table below a title block. Internal
// to src/core/table.
#pragma once

#include <cstddef>

#include "grid.h"
#include "result.h"

namespace cf::core::detail {

// The first row whose cells are mostly text and which is at least a third as
// wide as the widest row near the top. Errors "table.empty", "table.no-header".
Result<std::size_t> findHeaderRow(const Grid& grid);

}  // namespace cf::core::detail
