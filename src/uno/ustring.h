// The one place where strings cross between UNO (UTF-16 OUString) and core
// (UTF-8 std::string).
#pragma once

#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

namespace cf::uno {

inline rtl::OUString toOUString(std::string_view utf8) {
  return rtl::OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

inline std::string toUtf8(const rtl::OUString& text) {
  const rtl::OString bytes = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
  return std::string(bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
}

}  // namespace cf::uno
