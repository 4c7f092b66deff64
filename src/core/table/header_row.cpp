#include "table/header_row.h"

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

// The first row whose cells are mostly text and which is at least a third as
// wide as the widest row near the top (a header may leave some columns
// unnamed): a one-cell title row above the header is skipped, and so is a
// blank row between them.
Result<std::size_t> findHeaderRow(const Grid& grid) {
  struct RowCount {
    std::size_t row, nonEmpty, texts;
  };
  std::vector<RowCount> seen;
  std::size_t widest = 0;
  for (std::size_t r = 0; r < grid.rows() && seen.size() < kHeaderScanRows; ++r) {
    RowCount n{r, 0, 0};
    for (std::size_t c = 0; c < grid.cols(); ++c) {
      const CellView cell = grid.at(r, c);
      if (cell.isNumber()) ++n.nonEmpty;
      if (cell.isText() && !trim(cell.text).empty()) ++n.nonEmpty, ++n.texts;
    }
    if (n.nonEmpty == 0) continue;
    seen.push_back(n);
    widest = std::max(widest, n.nonEmpty);
  }
  if (seen.empty()) return Error{"table.empty", tr("table.error.empty"), ""};
  for (const RowCount& n : seen) {
    const bool wideEnough = (n.nonEmpty >= 2 || widest == 1) && n.nonEmpty * 3 >= widest;
    if (wideEnough && n.texts * 3 >= n.nonEmpty * 2) return n.row;
  }
  return Error{"table.no-header", tr("table.error.noHeader"),
               tr("place.row", {std::to_string(seen.front().row + 1)})};
}

}  // namespace cf::core::detail
