// The stop-word lists of the four comment languages, as data: short function
// words that say which language a text is in and that carry no theme. They
// are written as people spell them; folding happens when they are loaded.
#pragma once

#include <span>
#include <string_view>

#include "voices/language.h"

namespace cf::core {

std::span<const std::string_view> stopWords(Language language);

}  // namespace cf::core
