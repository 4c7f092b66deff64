#include "calc_table.h"

#include "boundary.h"
#include "messages.h"
#include "text.h"
#include "ustring.h"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>
#include <utility>
#include <vector>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

std::string sheetNameOf(const Reference<css::sheet::XSpreadsheet>& sheet) {
  Reference<css::container::XNamed> named(sheet, UNO_QUERY);
  return named.is() ? toUtf8(named->getName()) : std::string();
}

core::Grid toGrid(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& data) {
  const std::size_t rows = static_cast<std::size_t>(data.getLength());
  const std::size_t cols = rows == 0 ? 0 : static_cast<std::size_t>(data[0].getLength());
  core::Grid grid(rows, cols);
  for (std::size_t r = 0; r < rows; ++r) {
    const css::uno::Sequence<css::uno::Any>& row = data[static_cast<sal_Int32>(r)];
    const std::size_t n = std::min<std::size_t>(cols, static_cast<std::size_t>(row.getLength()));
    for (std::size_t c = 0; c < n; ++c) {
      const css::uno::Any& v = row[static_cast<sal_Int32>(c)];
      double number = 0;
      rtl::OUString text;
      if (v >>= number) grid.setNumber(r, c, number);
      else if ((v >>= text) && !text.isEmpty()) grid.setText(r, c, toUtf8(text));
      // getDataArray gives an empty string for an empty cell and nothing at
      // all for an error value (#DIV/0!, #N/A): an answer that is there but
      // unusable, to be counted as such rather than taken for a blank.
      else if (!v.hasValue()) grid.setText(r, c, kErrorValueText);
    }
  }
  return grid;
}

// The used area of `sheet`, from A1, as a cell range.
Reference<css::table::XCellRange> usedArea(const Reference<css::sheet::XSpreadsheet>& sheet) {
  Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
  Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
  used->gotoStartOfUsedArea(false);
  used->gotoEndOfUsedArea(true);
  Reference<css::sheet::XCellRangeAddressable> a(cursor, UNO_QUERY_THROW);
  const css::table::CellRangeAddress r = a->getRangeAddress();
  return sheet->getCellRangeByPosition(0, 0, r.EndColumn, r.EndRow);
}

}  // namespace

std::string FeedbackTable::describe() const {
  return sheetName + "." + core::columnName(static_cast<std::size_t>(address.StartColumn)) +
         std::to_string(address.StartRow + 1) + ":" +
         core::columnName(static_cast<std::size_t>(address.EndColumn)) + std::to_string(address.EndRow + 1);
}

FeedbackTable findFeedbackTable(const Reference<css::frame::XModel>& model) {
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY);
  if (!doc.is()) throw UserError{core::tr("calc.error.notCalc")};
  Reference<css::frame::XController> controller = model->getCurrentController();
  Reference<css::sheet::XSpreadsheetView> view(controller, UNO_QUERY);
  Reference<css::sheet::XSpreadsheet> sheet;
  Reference<css::sheet::XCellRangeAddressable> selected;
  if (view.is()) {
    sheet = view->getActiveSheet();
    Reference<css::view::XSelectionSupplier> selection(controller, UNO_QUERY);
    if (selection.is()) selected.set(selection->getSelection(), UNO_QUERY);
  }
  if (!sheet.is()) {
    Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    sheet.set(sheets->getByIndex(0), UNO_QUERY_THROW);
  }

  FeedbackTable table;
  table.sheet = sheet;
  table.sheetName = sheetNameOf(sheet);
  css::table::CellRangeAddress start{};
  if (selected.is()) start = selected->getRangeAddress();
  const bool block = selected.is() && (start.EndRow > start.StartRow || start.EndColumn > start.StartColumn);
  if (block) {
    table.address = start;
  } else {
    Reference<css::sheet::XSheetCellRange> cell(
        sheet->getCellRangeByPosition(start.StartColumn, start.StartRow, start.StartColumn, start.StartRow),
        UNO_QUERY_THROW);
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursorByRange(cell);
    cursor->collapseToCurrentRegion();
    table.address = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
  }
  if (table.rows() < 2) throw UserError{core::tr("calc.error.noTableAtCursor", {table.sheetName})};
  return table;
}

core::Grid readRows(const FeedbackTable& table, std::size_t first, std::size_t count) {
  const std::size_t rows = table.rows();
  if (first >= rows) return core::Grid();
  const std::size_t last = std::min(rows, first + count) - 1;
  Reference<css::sheet::XCellRangeData> range(
      table.sheet->getCellRangeByPosition(table.address.StartColumn,
                                          table.address.StartRow + static_cast<sal_Int32>(first),
                                          table.address.EndColumn,
                                          table.address.StartRow + static_cast<sal_Int32>(last)),
      UNO_QUERY_THROW);
  return toGrid(range->getDataArray());
}

std::size_t hiddenRows(const FeedbackTable& table) {
  if (table.rows() < 2) return 0;
  Reference<css::sheet::XCellRangesQuery> query(
      table.sheet->getCellRangeByPosition(table.address.StartColumn, table.address.StartRow + 1,
                                          table.address.EndColumn, table.address.EndRow),
      UNO_QUERY);
  if (!query.is()) return 0;
  Reference<css::sheet::XSheetCellRanges> visible = query->queryVisibleCells();
  const css::uno::Sequence<css::table::CellRangeAddress> ranges =
      visible.is() ? visible->getRangeAddresses() : css::uno::Sequence<css::table::CellRangeAddress>();
  // Hidden columns split the visible cells into several ranges per row
  // block: count each row once.
  std::vector<std::pair<sal_Int32, sal_Int32>> rows;
  for (const css::table::CellRangeAddress& r : ranges) rows.emplace_back(r.StartRow, r.EndRow);
  std::sort(rows.begin(), rows.end());
  std::size_t shown = 0;
  sal_Int32 next = 0;  // the first row not counted yet
  for (const auto& [first, last] : rows) {
    const sal_Int32 from = std::max(first, next);
    if (last >= from) shown += static_cast<std::size_t>(last - from + 1);
    next = std::max(next, last + 1);
  }
  const std::size_t data = table.rows() - 1;
  return shown >= data ? 0 : data - shown;
}

FeedbackTable feedbackTableOnSheet(const Reference<css::frame::XModel>& model, const std::string& name) {
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY);
  if (!doc.is()) throw UserError{core::tr("calc.error.notCalc")};
  Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  for (const rtl::OUString& candidate : sheets->getElementNames()) {
    if (!candidate.equalsIgnoreAsciiCase(toOUString(name))) continue;
    FeedbackTable table;
    table.sheet.set(sheets->getByName(candidate), UNO_QUERY_THROW);
    table.sheetName = toUtf8(candidate);
    // The block around the first used cell: the table, as the cursor in it
    // would find it.
    Reference<css::sheet::XSheetCellCursor> cursor = table.sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    cursor->collapseToCurrentRegion();
    table.address = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    if (table.rows() < 2) throw UserError{core::tr("calc.error.noTableOnSheet", {table.sheetName})};
    return table;
  }
  throw UserError{core::tr("calc.error.noSuchSheet", {name})};
}

std::vector<std::string> tableSheetNames(const Reference<css::frame::XModel>& model) {
  std::vector<std::string> out;
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY);
  if (!doc.is()) return out;
  Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY);
    if (!sheet.is()) continue;
    const std::string name = sheetNameOf(sheet);
    const std::string folded = core::foldCase(name);
    if (folded == "themes" || folded == "assumptions" || folded == "customers") continue;
    out.push_back(name);
  }
  return out;
}

bool readNamedSheet(const Reference<css::frame::XModel>& model, const std::string& name, core::Grid& out) {
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  // Sheet names compare case-insensitively in Calc; so do ours.
  for (const rtl::OUString& candidate : sheets->getElementNames()) {
    if (!candidate.equalsIgnoreAsciiCase(toOUString(name))) continue;
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(candidate), UNO_QUERY_THROW);
    Reference<css::sheet::XCellRangeData> data(usedArea(sheet), UNO_QUERY_THROW);
    out = toGrid(data->getDataArray());
    return true;
  }
  return false;
}

}  // namespace cf::uno
