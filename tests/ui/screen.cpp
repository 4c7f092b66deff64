#include "screen.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace cf::test {
namespace {

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

}  // namespace

bool takeScreenshot(const std::filesystem::path& png) {
  std::filesystem::remove(png);
  const std::string cmd = "import -window root " + quoted(png) + " 2>/dev/null";
  return std::system(cmd.c_str()) == 0 && std::filesystem::exists(png);
}

long countColours(const std::filesystem::path& png) {
  const std::string cmd = "identify -format '%k' " + quoted(png) + " 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  if (!pipe) return 0;
  char buffer[64] = {};
  if (std::fgets(buffer, sizeof buffer, pipe.get()) == nullptr) return 0;
  return std::strtol(buffer, nullptr, 10);
}

}  // namespace cf::test
