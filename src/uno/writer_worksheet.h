// Draws a core::WorksheetPlan into a Writer document as named sections
// (CustomerFocus.Primary, …). A first insert puts the sections at the cursor;
// an update rewrites only the content of those sections, so text the user
// typed anywhere else, even between them, stays as it was. Either is one
// undo step.
#pragma once

#include "worksheet.h"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace cf::uno {

// Inserts or updates the worksheet. Uses the document's own paragraph and
// table styles ("Heading 1", "Text Body", "Table Heading", "Default Table
// Style") and adds a Customer Focus style only for one the document lacks.
// The report (board_report.h) is drawn the same way, with its own undo title.
void drawWorksheet(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::frame::XModel>& document,
                   const core::WorksheetPlan& plan, const std::string& undoTitle = {});

}  // namespace cf::uno
