#include "office_language.h"

#include "messages.h"
#include "package.h"
#include "ustring.h"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/i18n/LocaleData2.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/Date.hpp>
#include <com/sun/star/util/NumberFormatter.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XNumberFormatter2.hpp>
#include <osl/file.hxx>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

// The string table is chosen once: LibreOffice's UI language is fixed for
// the life of the office, and the panels and commands all run in it.

namespace cf::uno {
namespace {

std::string configString(const Reference<css::uno::XComponentContext>& context, const char* node,
                         const char* name) {
  Reference<css::lang::XMultiServiceFactory> provider =
      css::configuration::theDefaultProvider::get(context);
  css::beans::NamedValue path;
  path.Name = "nodepath";
  path.Value <<= rtl::OUString::createFromAscii(node);
  css::uno::Sequence<Any> args(1);
  args.getArray()[0] <<= path;
  Reference<css::container::XNameAccess> access(
      provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
      UNO_QUERY_THROW);
  rtl::OUString value;
  access->getByName(rtl::OUString::createFromAscii(name)) >>= value;
  return toUtf8(value);
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// "de-DE" → strings/Messages_de_DE.properties; failing that, any table of
// the same language ("de-AT" reads the de_DE table rather than English).
std::filesystem::path tableFor(const std::filesystem::path& folder, std::string tag) {
  for (char& c : tag)
    if (c == '-') c = '_';
  const std::filesystem::path exact = folder / ("Messages_" + tag + ".properties");
  std::error_code ec;
  if (std::filesystem::exists(exact, ec)) return exact;
  const std::string language = tag.substr(0, tag.find('_'));
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("Messages_" + language + "_", 0) == 0 &&
        entry.path().extension() == ".properties")
      return entry.path();
  }
  return {};
}

// The document's default locale (Writer and Calc both keep it as CharLocale);
// an empty Language when there is none.
css::lang::Locale documentLocale(const Reference<css::frame::XModel>& model) {
  css::lang::Locale locale;
  Reference<css::beans::XPropertySet> props(model, UNO_QUERY);
  if (props.is() && props->getPropertySetInfo()->hasPropertyByName("CharLocale"))
    props->getPropertyValue("CharLocale") >>= locale;
  return locale;
}

}  // namespace

std::string officeUiLanguage(const Reference<css::uno::XComponentContext>& context) {
  try {
    std::string tag = configString(context, "/org.openoffice.Setup/L10N", "ooLocale");
    if (tag.empty()) tag = configString(context, "/org.openoffice.System/L10N", "UILocale");
    return tag.empty() ? "en-US" : tag;
  } catch (...) {
    return "en-US";
  }
}

void useOfficeLanguage(const Reference<css::uno::XComponentContext>& context) noexcept {
  static std::once_flag once;
  try {
    std::call_once(once, [&] {
      const std::string tag = officeUiLanguage(context);
      if (tag == "en-US") return;
      rtl::OUString folder;
      if (osl::FileBase::getSystemPathFromFileURL(packageUrl(context) + "/strings", folder) !=
          osl::FileBase::E_None)
        return;
      const std::filesystem::path table = tableFor(toUtf8(folder), tag);
      if (table.empty()) return;
      const std::string text = readFile(table);
      if (!text.empty())
        core::setCurrentMessages(std::make_shared<core::Messages>(core::Messages::parse(text)));
    });
  } catch (...) {
    // English it is: a missing table must never stop a command.
  }
}

std::shared_ptr<const core::Messages> documentMessages(
    const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XModel>& model) {
  try {
    const css::lang::Locale locale = documentLocale(model);
    const std::string language = toUtf8(locale.Language);
    if (language.empty() || language == "en") return nullptr;
    rtl::OUString folder;
    if (osl::FileBase::getSystemPathFromFileURL(packageUrl(context) + "/strings", folder) !=
        osl::FileBase::E_None)
      return nullptr;
    const std::filesystem::path table =
        tableFor(toUtf8(folder), language + (locale.Country.isEmpty() ? "" : "-" + toUtf8(locale.Country)));
    if (table.empty()) return nullptr;
    const std::string text = readFile(table);
    if (text.empty()) return nullptr;
    return std::make_shared<core::Messages>(core::Messages::parse(text));
  } catch (...) {
    return nullptr;
  }
}

std::string documentDecimalSeparator(const Reference<css::uno::XComponentContext>& context,
                                     const Reference<css::frame::XModel>& model) {
  try {
    const css::lang::Locale locale = documentLocale(model);
    if (locale.Language.isEmpty()) return ".";
    const rtl::OUString separator =
        css::i18n::LocaleData2::create(context)->getLocaleItem(locale).decimalSeparator;
    return separator.isEmpty() ? "." : toUtf8(separator);
  } catch (...) {
    return ".";
  }
}

core::DateFormat documentDateFormat(const Reference<css::uno::XComponentContext>& context,
                                    const Reference<css::frame::XModel>& model) {
  try {
    const css::lang::Locale locale = documentLocale(model);
    Reference<css::util::XNumberFormatsSupplier> supplier(model, UNO_QUERY);
    if (locale.Language.isEmpty() || !supplier.is()) return core::DateFormat::iso();
    Reference<css::util::XNumberFormatTypes> types(supplier->getNumberFormats(), UNO_QUERY_THROW);
    const sal_Int32 key =
        types->getFormatIndex(css::i18n::NumberFormatIndex::DATE_SYS_DDMMYYYY, locale);
    Reference<css::util::XNumberFormatter2> formatter = css::util::NumberFormatter::create(context);
    formatter->attachNumberFormatsSupplier(supplier);
    css::util::Date nullDate(30, 12, 1899);
    supplier->getNumberFormatSettings()->getPropertyValue("NullDate") >>= nullDate;
    const std::int64_t zero =
        core::dayNumber(core::Date{nullDate.Year, nullDate.Month, nullDate.Day});
    // The format code itself is spelt in the UI language (TT.MM.JJJJ), so
    // core learns the pattern from what the formatter writes.
    return core::DateFormat::fromExamples([&](const core::Date& date) {
             const double serial = static_cast<double>(core::dayNumber(date) - zero);
             return toUtf8(formatter->convertNumberToString(key, serial));
           })
        .value_or(core::DateFormat::iso());
  } catch (...) {
    return core::DateFormat::iso();
  }
}

}  // namespace cf::uno
