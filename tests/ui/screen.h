// Seeing what a person sees: screenshots of the virtual screen, and a check
// that a picture shows something.
#pragma once

#include <filesystem>

namespace cf::test {

// Saves the whole screen as a PNG; false when the screenshot failed.
bool takeScreenshot(const std::filesystem::path& png);

// How many distinct colours the picture has: a blank or one-colour screen
// has very few, a window with text and icons has hundreds.
long countColours(const std::filesystem::path& png);

}  // namespace cf::test
