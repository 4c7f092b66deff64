// The modal dialog that edits one customer group (dialogs/CustomerGroup.xdl):
// every field of the model, with the lists as one line per entry (see
// core/worksheet_form.h). Bad input is shown and the dialog stays open.
#pragma once

#include "date_format.h"
#include "model.h"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace cf::uno {

// Shows the dialog for `group`, its dates written in `dates` (the document's
// pattern; ISO is taken too); true and the edited group in `group` when the
// person pressed OK with valid fields, false when they cancelled.
bool editGroup(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XFrame>& frame, const core::DateFormat& dates,
               core::CustomerGroup& group);

}  // namespace cf::uno
