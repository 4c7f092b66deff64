#include "text_file.h"

#include <cstddef>
#include <string>

namespace cf::core {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// A UTF-8 check that forgives only a sequence cut short by the end of the
// sample: a file is cut at some byte, not at a character.
bool validUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t extra = 0;
    unsigned int min = 0;
    unsigned int cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      extra = 1, cp = c & 0x1Fu, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2, cp = c & 0x0Fu, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3, cp = c & 0x07u, min = 0x10000;
    } else {
      return false;
    }
    if (i + extra >= s.size()) {
      // Fewer bytes left than the sequence needs: valid if what is there fits.
      for (std::size_t k = i + 1; k < s.size(); ++k)
        if ((static_cast<unsigned char>(s[k]) & 0xC0u) != 0x80u) return false;
      return true;
    }
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0u) != 0x80u) return false;
      cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += extra + 1;
  }
  return true;
}

// The first record: up to the first line end outside quotes.
std::string_view firstRecord(std::string_view s) {
  bool quoted = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '"')
      quoted = !quoted;
    else if (!quoted && (s[i] == '\n' || s[i] == '\r'))
      return s.substr(0, i);
  }
  return s;
}

char separatorOf(std::string_view record) {
  char best = ',';
  std::size_t bestCount = 0;
  for (const char candidate : {',', ';', '\t', '|'}) {
    std::size_t count = 0;
    bool quoted = false;
    for (const char ch : record) {
      if (ch == '"')
        quoted = !quoted;
      else if (!quoted && ch == candidate)
        ++count;
    }
    if (count > bestCount) best = candidate, bestCount = count;
  }
  return best;
}

// -?digits then `mark` then digits, the whole field.
bool isDecimal(std::string_view f, char mark) {
  std::size_t i = 0;
  if (i < f.size() && f[i] == '-') ++i;
  const std::size_t intStart = i;
  while (i < f.size() && isDigit(f[i])) ++i;
  if (i == intStart || i >= f.size() || f[i] != mark) return false;
  const std::size_t fracStart = ++i;
  while (i < f.size() && isDigit(f[i])) ++i;
  return i > fracStart && i == f.size();
}

}  // namespace

TextFileShape sniffTextFile(std::string_view bytes) {
  TextFileShape shape;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    shape.encoding = validUtf8(bytes) ? TextEncoding::Utf8Bom : TextEncoding::Windows1252;
  } else {
    shape.encoding = validUtf8(bytes) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
  }
  const std::string_view header = firstRecord(bytes);
  shape.separator = separatorOf(header);
  if (shape.separator == ',') return shape;

  // The fields after the header, split on the separator; quotes only group.
  std::size_t commas = 0, dots = 0;
  std::string field;
  bool quoted = false;
  bool tooLong = false;  // no number is this long: not worth keeping
  auto endField = [&] {
    if (!tooLong && isDecimal(field, ','))
      ++commas;
    else if (!tooLong && isDecimal(field, '.'))
      ++dots;
    field.clear();
    tooLong = false;
  };
  for (std::size_t i = header.size(); i < bytes.size(); ++i) {
    const char ch = bytes[i];
    if (ch == '"')
      quoted = !quoted;
    else if (!quoted && (ch == shape.separator || ch == '\n' || ch == '\r'))
      endField();
    else if (field.size() < 32)
      field += ch;
    else
      tooLong = true;
  }
  endField();
  shape.decimalComma = commas > dots;
  return shape;
}

}  // namespace cf::core
