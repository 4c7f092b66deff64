// Checks and locations for JSON text a user gave us (a customer model, a
// column mapping), done before nlohmann/json sees it: where the first byte
// that is not UTF-8 is, where nesting first gets too deep, and how to name a
// byte so that a person can find it in an editor.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cf::core {

// "line 3, column 14" for the 1-based byte `byte` (columns count bytes).
std::string lineAndColumn(std::string_view text, std::size_t byte);
// "byte 42": the `where` of an Error about a position in a text.
std::string byteWhere(std::size_t byte);
// The 1-based position of the first ill-formed UTF-8 byte; 0 when all is well.
std::size_t firstBadUtf8Byte(std::string_view text);
// The 1-based position of the bracket or brace that opens level maxDepth + 1
// (strings are skipped); 0 when the text never nests that deep. Measured
// before parsing, so that no nested value is ever built that the recursive
// parts of nlohmann/json could choke on.
std::size_t firstByteDeeperThan(std::string_view text, std::size_t maxDepth);

}  // namespace cf::core
