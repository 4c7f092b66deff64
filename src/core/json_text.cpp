#include "json_text.h"

#include "messages.h"
#include "text.h"

#include <algorithm>

namespace cf::core {

std::string lineAndColumn(std::string_view text, std::size_t byte) {
  const std::size_t offset = std::min(byte == 0 ? 0 : byte - 1, text.size());
  const std::string_view before = text.substr(0, offset);
  const std::size_t line =
      1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t lastNewline = before.rfind('\n');
  const std::size_t column =
      lastNewline == std::string_view::npos ? offset + 1 : offset - lastNewline;
  return tr("json.lineColumn", {std::to_string(line), std::to_string(column)});
}

std::string byteWhere(std::size_t byte) { return tr("json.byte", {std::to_string(byte)}); }

std::size_t firstBadUtf8Byte(std::string_view text) {
  if (isValidUtf8(text)) return 0;
  // sanitizeUtf8 changes the text first at its first ill-formed byte.
  const std::string clean = sanitizeUtf8(text);
  const auto bad = std::mismatch(text.begin(), text.end(), clean.begin(), clean.end()).first;
  return static_cast<std::size_t>(bad - text.begin()) + 1;
}

std::size_t firstByteDeeperThan(std::string_view text, std::size_t maxDepth) {
  std::size_t depth = 0;
  bool inString = false;
  bool escaped = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      if (++depth > maxDepth) return i + 1;
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return 0;
}

}  // namespace cf::core
