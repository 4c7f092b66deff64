// Seeing what a person sees: screenshots of the virtual screen, a check that
// a picture shows something, and the accessible tree a screen reader walks.
#pragma once

#include "accessible.h"

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace cf::test {

// Saves the whole screen as a PNG; false when the screenshot failed.
bool takeScreenshot(const std::filesystem::path& png);

// How many distinct colours the picture has: a blank or one-colour screen
// has very few, a window with text and icons has hundreds.
long countColours(const std::filesystem::path& png);

// A rectangle of the screen, in pixels.
struct Region {
  int x, y, width, height;
};

// The same, for one rectangle of the picture.
long countColours(const std::filesystem::path& png, Region region);

// The mean brightness of a rectangle of the picture, from 0 (black) to 1
// (white); -1 when the picture cannot be read.
double meanBrightness(const std::filesystem::path& png, Region region);

// The accessible descendant of `parent` with this role and name (mnemonics
// removed), searched depth-first (12 levels); menus are reached the way a screen reader
// reaches them. Empty when there is none.
// Documents' content (a sheet's cells, a text's paragraphs) is not searched.
Context findAccessible(const Context& parent, sal_Int16 role, const std::string& name,
                       int depth = 0);

// The open top window (a dialog no frame owns, such as a modal one) whose
// accessible name, or its first children's, is `title`; empty when there is
// none yet. Windows that vanish while the list is read count as not there.
Context findTopWindow(const std::string& title);

// The same search through every open top window, for what sits outside a
// frame's container window (LibreOffice 25.2's menu bar).
Context findAccessibleInTopWindows(sal_Int16 role, const std::string& name);

// Every accessible name under `parent`, depth first (up to 8 levels).
void collectAccessibleNames(const Context& parent, std::vector<std::string>& out, int depth = 0);

// Asks `pred` every 100 ms until it holds or `limit` has passed; a window's
// deck activation, painting and dialogs all arrive asynchronously.
template <class Pred>
bool pollFor(std::chrono::seconds limit, Pred pred) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (pred()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return pred();
}

}  // namespace cf::test
