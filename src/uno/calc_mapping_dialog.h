// The modal column mapping dialog (dialogs/ColumnMapping.xdl): each column's
// kind, attribute and scale, each group's role, the not-applicable codes, and
// Save mapping… / Load mapping… through the office's file picker. What the
// rows mean and whether the edits add up is core's (mapping_edit.h).
#pragma once

#include "grid.h"
#include "mapping.h"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <cstddef>

namespace cf::uno {

// Shows the dialog for `mapping`, bound to the table whose first rows are
// `head` (its column 0 is sheet column `firstSheetColumn`). True and the
// confirmed, sure mapping in `mapping` when the person pressed OK with valid
// edits; false when they cancelled. Bad edits are shown and the dialog stays.
bool editMapping(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, core::Mapping& mapping,
                 const core::Grid& head, std::size_t firstSheetColumn);

}  // namespace cf::uno
