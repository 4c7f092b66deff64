// The plumbing the commands share for reaching outside a document and for
// keeping JSON inside one: paths that may come as file URLs (from a file
// picker) or as typed paths, and text kept in a user-defined document property
// (the Writer model, the Calc mapping).
#pragma once

#include <com/sun/star/frame/XModel.hpp>

#include <optional>
#include <string>

#include "result.h"

namespace cf::uno {

// `pathOrUrl` as a system path; a file: URL is converted. Throws UserError
// for a URL the office cannot turn into a path.
std::string systemPath(const std::string& pathOrUrl);

// "message (where)": a core error as one sentence for a person.
std::string describe(const core::Error& error);

// The text of the document's user-defined property `name`; nullopt when the
// document has no such property. Throws UserError when it is not text.
std::optional<std::string> readTextProperty(const css::uno::Reference<css::frame::XModel>& document,
                                            const char* name);

// Sets the user-defined property `name` to `text` (replacing a property of
// another type) and marks the document modified, so that closing it asks to
// save what was stored.
void writeTextProperty(const css::uno::Reference<css::frame::XModel>& document, const char* name,
                       const std::string& text);

// Removes the user-defined property `name` when the document has it, and
// marks the document modified.
void removeTextProperty(const css::uno::Reference<css::frame::XModel>& document, const char* name);

}  // namespace cf::uno
