// Writing the laid-out output sheets (core/report.h) into a Calc document:
// one setDataArray per sheet, formatting per style over whole cell ranges,
// charts, frozen headers and a landscape fit-to-width page style. Also the
// mark that tells our sheets from the user's.
//
//   names = rewriteOwnedSheets(model, layouts, source);  // a rebuild that changes only numbers
//   if (names.empty()) {
//     removeOwnedSheets(doc);                     // a rebuild replaces only ours
//     names = insertSheets(model, layouts);
//     for (i …) writeSheet(model, layouts[i], source, names[i]);
//     view->setActiveSheet(first);
//     for (i …) addCharts(doc, layouts[i], names[i]);
//   }
#pragma once

#include "calc_table.h"
#include "report.h"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
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
// Beside it, the sheet's looksSignature (core/report.h) as a text constant.
inline constexpr const char* kLooksMark = "CustomerFocusLooks";

// The sheets that carry the mark, by name, in document order.
std::vector<std::string> ownedSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// The table an output sheet was built from, or nullopt for a sheet that is
// not ours (or whose source was deleted).
std::optional<FeedbackTable> sourceOfOwnedSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

void removeOwnedSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// `wanted`, or "wanted 2", "wanted 3", … : the first name no sheet has.
std::string uniqueSheetName(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                            const std::string& wanted);

// A rebuild whose sheets would look exactly as ours there (the same sheets
// in the same order, built from the same table, with the same looksSignature
// each) rewrites their values in place, one setDataArray a sheet, and keeps
// their formatting and charts, which follow the cells. Undo then restores
// the values, which is all that changed. Returns the sheets' names; empty,
// having touched nothing, when any sheet would look different: the caller
// then removes ours and inserts new ones.
std::vector<std::string> rewriteOwnedSheets(const css::uno::Reference<css::frame::XModel>& model,
                                            const std::vector<core::SheetLayout>& layouts,
                                            const FeedbackTable& source);

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
void addCharts(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XModel>& model, const core::SheetLayout& layout,
               const std::string& name);

// On a sheet rewritten in place, the labels of the charts' points set again
// from `layout` (the ranking, and so the points' order, may have changed).
void relabelCharts(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::frame::XModel>& model, const core::SheetLayout& layout,
                   const std::string& name);

}  // namespace cf::uno
