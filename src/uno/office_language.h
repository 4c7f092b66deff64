// The office's languages: the UI language the extension speaks (its string
// table, core/messages.h) and a document's locale, which decides how numbers
// written into text look.
//
//   useOfficeLanguage(context);   // at every entry point; loads the table once
#pragma once

#include "date_format.h"
#include "messages.h"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <memory>
#include <string>

namespace cf::uno {

// The office's UI locale as a BCP 47 tag ("de-DE"): the Setup/L10N/ooLocale
// configuration, or the system's UI locale when that is empty. "en-US" when
// neither can be read.
std::string officeUiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context);

// Makes the string table of the office's UI language current, from
// strings/Messages_<lang>_<COUNTRY>.properties in the installed package; a
// language without a table (or a missing file) leaves en-US. Runs once per
// process; later calls return at once. Never throws.
void useOfficeLanguage(const css::uno::Reference<css::uno::XComponentContext>& context) noexcept;

// The string table of `model`'s default language (the report is written in
// the document's language, whatever the UI's): nullptr for English, or when
// the package has no table for it, so that the built-in en-US table is used.
// Never throws.
std::shared_ptr<const core::Messages> documentMessages(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XModel>& model);

// The decimal separator of `model`'s default locale ("," for a German
// document), "." when it cannot be found.
std::string documentDecimalSeparator(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XModel>& model);

// How `model`'s default locale writes a date, from LibreOffice's locale data:
// what the document's number formatter writes in its numeric day-month-year
// format for that locale (NumberFormatIndex::DATE_SYS_DDMMYYYY: 01.06.2024 in
// German, 06/01/2024 in American English). ISO when the document has no
// locale, no formatter, or a pattern core cannot read back. Never throws.
core::DateFormat documentDateFormat(const css::uno::Reference<css::uno::XComponentContext>& context,
                                    const css::uno::Reference<css::frame::XModel>& model);

}  // namespace cf::uno
