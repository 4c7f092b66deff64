#include "text.h"

#include <boost/algorithm/string/case_conv.hpp>

namespace cf::core {
namespace {

bool isSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of the well-formed UTF-8 sequence at text[i], or 0 when it is
// ill-formed (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
std::size_t sequenceLength(std::string_view text, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c == 0xE0) { len = 3; lo = 0xA0; }
  else if (c >= 0xE1 && c <= 0xEC) len = 3;
  else if (c == 0xED) { len = 3; hi = 0x9F; }
  else if (c >= 0xEE && c <= 0xEF) len = 3;
  else if (c == 0xF0) { len = 4; lo = 0x90; }
  else if (c >= 0xF1 && c <= 0xF3) len = 4;
  else if (c == 0xF4) { len = 4; hi = 0x8F; }
  else return 0;
  if (i + len > text.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  return len;
}

}  // namespace

std::string_view trim(std::string_view text) {
  // A no-break space (U+00A0, C2 A0) often comes with pasted survey headers.
  auto frontSpace = [&]() {
    if (text.empty()) return std::size_t{0};
    if (isSpace(static_cast<unsigned char>(text.front()))) return std::size_t{1};
    if (text.size() >= 2 && text.substr(0, 2) == "\xC2\xA0") return std::size_t{2};
    return std::size_t{0};
  };
  auto backSpace = [&]() {
    if (text.empty()) return std::size_t{0};
    if (isSpace(static_cast<unsigned char>(text.back()))) return std::size_t{1};
    if (text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0") return std::size_t{2};
    return std::size_t{0};
  };
  for (std::size_t n; (n = frontSpace()) > 0;) text.remove_prefix(n);
  for (std::size_t n; (n = backSpace()) > 0;) text.remove_suffix(n);
  return text;
}

std::string foldCase(std::string_view text) {
  std::string s(text);
  boost::algorithm::to_lower(s, std::locale::classic());
  return s;
}

bool isValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequenceLength(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string sanitizeUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequenceLength(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

}  // namespace cf::core
