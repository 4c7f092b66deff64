#include "screen.h"

#include "office_environment.h"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace cf::test {
namespace {

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

std::string geometry(Region r) {
  return std::to_string(r.width) + "x" + std::to_string(r.height) + "+" + std::to_string(r.x) + "+" +
         std::to_string(r.y);
}

// The first line a shell command prints; empty when it prints nothing.
std::string firstLine(const std::string& cmd) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  if (!pipe) return {};
  char buffer[128] = {};
  if (std::fgets(buffer, sizeof buffer, pipe.get()) == nullptr) return {};
  return buffer;
}

}  // namespace

bool takeScreenshot(const std::filesystem::path& png) {
  std::filesystem::remove(png);
  const std::string cmd = "import -window root " + quoted(png) + " 2>/dev/null";
  return std::system(cmd.c_str()) == 0 && std::filesystem::exists(png);
}

long countColours(const std::filesystem::path& png) {
  const std::string cmd = "identify -format '%k' " + quoted(png) + " 2>/dev/null";
  const std::string out = firstLine(cmd);
  return out.empty() ? 0 : std::strtol(out.c_str(), nullptr, 10);
}

long countColours(const std::filesystem::path& png, Region r) {
  const std::string out = firstLine("convert " + quoted(png) + " -crop " + geometry(r) +
                                    " +repage -format '%k' info: 2>/dev/null");
  return out.empty() ? 0 : std::strtol(out.c_str(), nullptr, 10);
}

double meanBrightness(const std::filesystem::path& png, Region r) {
  const std::string out = firstLine("convert " + quoted(png) + " -crop " + geometry(r) +
                                    " +repage -colorspace Gray -format '%[fx:mean]' info: 2>/dev/null");
  return out.empty() ? -1 : std::strtod(out.c_str(), nullptr);
}

namespace {

namespace Role = css::accessibility::AccessibleRole;

// Whether a search goes below this context: not into a document's content (a
// sheet has a million cells), only into windows, panels, menus and dialogs.
bool searchedInside(sal_Int16 role) {
  switch (role) {
    case Role::TABLE:
    case Role::DOCUMENT:
    case Role::DOCUMENT_SPREADSHEET:
    case Role::DOCUMENT_TEXT:
    case Role::DOCUMENT_PRESENTATION:
    case Role::PARAGRAPH:
      return false;
    default:
      return true;
  }
}

// XExtendedToolkit's top-window getters are deprecated in the IDL, yet they
// are the one way a client outside the office finds a modal dialog.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
std::vector<Context> topWindows() {
  css::uno::Reference<css::awt::XExtendedToolkit> toolkit(
      css::awt::Toolkit::create(office().context()), css::uno::UNO_QUERY_THROW);
  std::vector<Context> out;
  for (sal_Int32 i = 0; i < toolkit->getTopWindowCount(); ++i)
    if (Context c = contextOf(toolkit->getTopWindow(i)); c.is()) out.push_back(c);
  return out;
}
#pragma GCC diagnostic pop

}  // namespace

Context findAccessible(const Context& parent, sal_Int16 role, const std::string& name, int depth) {
  if (!parent.is() || depth > 12) return {};
  const sal_Int64 count = childCount(parent);
  for (sal_Int64 i = 0; i < count && i < 500; ++i) {
    Context ctx = child(parent, i);
    if (!ctx.is()) continue;
    const sal_Int16 r = ctx->getAccessibleRole();
    if (r == role && nameOf(ctx) == name) return ctx;
    if (!searchedInside(r)) continue;
    if (auto found = findAccessible(ctx, role, name, depth + 1); found.is()) return found;
  }
  return {};
}

Context findTopWindow(const std::string& title) try {
  for (const Context& ctx : topWindows()) {
    if (toUtf8(ctx->getAccessibleName()) == title) return ctx;
    for (sal_Int64 c = 0; c < childCount(ctx) && c < 5; ++c) {
      Context inner = child(ctx, c);
      if (inner.is() && toUtf8(inner->getAccessibleName()) == title) return inner;
    }
  }
  return {};
} catch (const css::uno::Exception&) {
  return {};
}

Context findAccessibleInTopWindows(sal_Int16 role, const std::string& name) try {
  for (const Context& window : topWindows())
    if (auto found = findAccessible(window, role, name); found.is()) return found;
  return {};
} catch (const css::uno::Exception&) {
  return {};
}

void collectAccessibleNames(const Context& parent, std::vector<std::string>& out, int depth) {
  if (!parent.is() || depth > 8) return;
  for (sal_Int64 i = 0; i < childCount(parent) && i < 500; ++i) {
    Context ctx = child(parent, i);
    if (!ctx.is()) continue;
    out.push_back(nameOf(ctx));
    if (searchedInside(ctx->getAccessibleRole())) collectAccessibleNames(ctx, out, depth + 1);
  }
}

}  // namespace cf::test
