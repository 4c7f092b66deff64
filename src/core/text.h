// Small UTF-8 text helpers shared by the readers: trimming, case folding for
// header matching, and validation of text that came from a user's file.
#pragma once

#include <string>
#include <string_view>

namespace cf::core {

// Without leading and trailing ASCII white space and no-break spaces.
std::string_view trim(std::string_view text);
// ASCII lower case; other bytes are kept, so UTF-8 stays valid.
std::string foldCase(std::string_view text);
// True when `text` is well-formed UTF-8.
bool isValidUtf8(std::string_view text);
// `text` with every ill-formed UTF-8 sequence replaced by U+FFFD.
std::string sanitizeUtf8(std::string_view text);

}  // namespace cf::core
