#include "screen.h"

#include "office_environment.h"

#include <com/sun/star/accessibility/XAccessible.hpp>

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

std::string stripMnemonic(const rtl::OUString& text) { return toUtf8(text.replaceAll("~", "")); }

css::uno::Reference<css::accessibility::XAccessibleContext> findAccessible(
    const css::uno::Reference<css::accessibility::XAccessibleContext>& parent, sal_Int16 role,
    const std::string& name, int depth) {
  if (!parent.is() || depth > 8) return {};
  const sal_Int64 count = parent->getAccessibleChildCount();
  for (sal_Int64 i = 0; i < count && i < 500; ++i) {
    css::uno::Reference<css::accessibility::XAccessible> child = parent->getAccessibleChild(i);
    if (!child.is()) continue;
    css::uno::Reference<css::accessibility::XAccessibleContext> ctx = child->getAccessibleContext();
    if (!ctx.is()) continue;
    if (ctx->getAccessibleRole() == role && stripMnemonic(ctx->getAccessibleName()) == name) return ctx;
    if (auto found = findAccessible(ctx, role, name, depth + 1); found.is()) return found;
  }
  return {};
}

}  // namespace cf::test
