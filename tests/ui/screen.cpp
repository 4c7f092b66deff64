#include "screen.h"

#include "office_environment.h"

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

// XExtendedToolkit's top-window getters are deprecated in the IDL, yet they
// are the one way a client outside the office finds a modal dialog.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
css::uno::Reference<css::accessibility::XAccessibleContext> findTopWindow(
    const std::string& title) try {
  css::uno::Reference<css::awt::XExtendedToolkit> toolkit(
      css::awt::Toolkit::create(office().context()), css::uno::UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < toolkit->getTopWindowCount(); ++i) {
    css::uno::Reference<css::accessibility::XAccessible> window(toolkit->getTopWindow(i),
                                                                css::uno::UNO_QUERY);
    css::uno::Reference<css::accessibility::XAccessibleContext> ctx =
        window.is() ? window->getAccessibleContext() : nullptr;
    if (!ctx.is()) continue;
    if (toUtf8(ctx->getAccessibleName()) == title) return ctx;
    for (sal_Int64 c = 0; c < ctx->getAccessibleChildCount() && c < 5; ++c) {
      css::uno::Reference<css::accessibility::XAccessible> child = ctx->getAccessibleChild(c);
      if (child.is() && toUtf8(child->getAccessibleContext()->getAccessibleName()) == title)
        return child->getAccessibleContext();
    }
  }
  return {};
} catch (const css::uno::Exception&) {
  return {};
}
css::uno::Reference<css::accessibility::XAccessibleContext> findAccessibleInTopWindows(
    sal_Int16 role, const std::string& name) try {
  css::uno::Reference<css::awt::XExtendedToolkit> toolkit(
      css::awt::Toolkit::create(office().context()), css::uno::UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < toolkit->getTopWindowCount(); ++i) {
    css::uno::Reference<css::accessibility::XAccessible> window(toolkit->getTopWindow(i),
                                                                css::uno::UNO_QUERY);
    if (!window.is()) continue;
    if (auto found = findAccessible(window->getAccessibleContext(), role, name); found.is())
      return found;
  }
  return {};
} catch (const css::uno::Exception&) {
  return {};
}
#pragma GCC diagnostic pop

void collectAccessibleNames(
    const css::uno::Reference<css::accessibility::XAccessibleContext>& parent,
    std::vector<std::string>& out, int depth) {
  if (!parent.is() || depth > 8) return;
  for (sal_Int64 i = 0; i < parent->getAccessibleChildCount() && i < 500; ++i) {
    css::uno::Reference<css::accessibility::XAccessible> child = parent->getAccessibleChild(i);
    css::uno::Reference<css::accessibility::XAccessibleContext> ctx =
        child.is() ? child->getAccessibleContext() : nullptr;
    if (!ctx.is()) continue;
    out.push_back(stripMnemonic(ctx->getAccessibleName()));
    collectAccessibleNames(ctx, out, depth + 1);
  }
}

}  // namespace cf::test
