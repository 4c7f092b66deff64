// Finding and reading the feedback table in a Calc document: the selection
// when it is a block of cells, otherwise the data region around the cursor;
// read with one getDataArray per chunk of rows and handed to core as Grids.
//
//   FeedbackTable t = findFeedbackTable(model);
//   core::Grid head = readRows(t, 0, kChunkRows);
#pragma once

#include "grid.h"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace cf::uno {

// Rows read per getDataArray call, each chunk analysed and dropped before the
// next: the office holds one chunk's cells (about 60 MB at 64 columns) on top
// of the document, however long the table. Larger chunks read no faster.
inline constexpr std::size_t kChunkRows = 16384;

struct FeedbackTable {
  css::uno::Reference<css::sheet::XSpreadsheet> sheet;
  css::table::CellRangeAddress address;
  std::string sheetName;

  std::size_t rows() const { return static_cast<std::size_t>(address.EndRow - address.StartRow + 1); }
  std::size_t columns() const {
    return static_cast<std::size_t>(address.EndColumn - address.StartColumn + 1);
  }
  // "Sheet1.A1:W8508", as the user types a range.
  std::string describe() const;
};

// How a cell holding an error value (#DIV/0!, #N/A, …) reaches core: as
// text, so that in a rating column it counts as an unusable answer rather
// than passing for a blank one.
inline constexpr const char* kErrorValueText = "#ERROR";

// The table the user means. Throws UserError when the document is not a
// spreadsheet or the range holds no data.
FeedbackTable findFeedbackTable(const css::uno::Reference<css::frame::XModel>& model);

// Rows [first, first + count) of the table (clipped to it), in one
// getDataArray call. A cell with an empty string is read as empty, an error
// value as kErrorValueText.
core::Grid readRows(const FeedbackTable& table, std::size_t first, std::size_t count);

// How many rows below the header the user cannot see (hidden, or filtered
// out by an AutoFilter). The build reads them all, and says so.
std::size_t hiddenRows(const FeedbackTable& table);

// The table on the sheet called `name` (as Calc compares names): the block
// of cells around its first used cell. Throws UserError when there is no
// such sheet, or nothing like a table on it.
FeedbackTable feedbackTableOnSheet(const css::uno::Reference<css::frame::XModel>& model, const std::string& name);

// The document's sheets that may hold a survey wave, in sheet order: all but
// the Themes, Assumptions and Customers side sheets (the caller leaves out
// its own output sheets).
std::vector<std::string> tableSheetNames(const css::uno::Reference<css::frame::XModel>& model);

// The used area of the sheet called `name` (from A1), or nullopt-like empty
// grid when there is no such sheet. Used for the Assumptions and Customers sheets.
bool readNamedSheet(const css::uno::Reference<css::frame::XModel>& model, const std::string& name,
                    core::Grid& out);

}  // namespace cf::uno
