// Writing the laid-out output sheets (core/report.h) into a Calc document:
// one setDataArray per sheet, formatting per style over whole cell ranges,
// charts, frozen headers and a landscape fit-to-width page style. Also the
// mark that tells our sheets from the user's.
//
//   removeOwnedSheets(doc);                       // a rebuild replaces only ours
//   names = insertSheets(model, layouts);
//   for (i …) writeSheet(model, layouts[i], source, names[i]);
//   view->setActiveSheet(first);
//   for (i …) addCharts(doc, layouts[i], names[i]);
#pragma once

#include "calc_table.h"
#include "report.h"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <optional>
#include <string>
#include <vector>

namespace cf::uno {

// The mark of a sheet the extension made: a sheet-scoped named range with
// this name. It is saved in ODS and XLSX, goes with the sheet when it is
// renamed or moved, and points at the feedback table the sheet was built
// from, so that "Build" pressed on an output sheet rebuilds from the same table.
inline constexpr const char* kOwnerMark = "CustomerFocusSource";

// The sheets that carry the mark, by name, in document order.
std::vector<std::string> ownedSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// The table an output sheet was built from, or nullopt for a sheet that is
// not ours (or whose source was deleted).
std::optional<FeedbackTable> sourceOfOwnedSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

void removeOwnedSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// `wanted`, or "wanted 2", "wanted 3", … : the first name no sheet has.
std::string uniqueSheetName(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                            const std::string& wanted);

// Adds one empty sheet per layout at the end, named layout.name (suffixed
// when taken), with its column widths, the report page style and print
// titles, and returns the names. Fill each with writeSheet.
std::vector<std::string> insertSheets(const css::uno::Reference<css::frame::XModel>& model,
                                      const std::vector<core::SheetLayout>& layouts);

// Fills the sheet `name` made by insertSheets from `layout` and marks it as
// ours. Its charts come after, with addCharts.
void writeSheet(const css::uno::Reference<css::frame::XModel>& model,
                const core::SheetLayout& layout, const FeedbackTable& source,
                const std::string& name);

// The layout's charts on the sheet `name` written by writeSheet. Add them
// once every sheet is written and the sheet to be shown is active: a chart
// on a sheet the view leaves is drawn first, which costs more than the
// chart itself.
void addCharts(const css::uno::Reference<css::frame::XModel>& model, const core::SheetLayout& layout,
               const std::string& name);

}  // namespace cf::uno
