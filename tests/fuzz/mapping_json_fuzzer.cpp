// libFuzzer target: the mapping JSON reader (`--mapping M.json`, the mapping
// stored in a Calc document). Any text either fails with an Error or gives a
// mapping; a mapping, written back and read again, must load and be written
// the same way: a saved mapping that will not reload is a lost mapping.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "mapping_io.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const cf::core::Result<cf::core::Mapping> parsed = cf::core::parseMapping(text);
  if (!parsed.ok()) {
    if (parsed.error().code.rfind("mapping.", 0) != 0) {
      std::fprintf(stderr, "an error code outside mapping.*: %s\n", parsed.error().code.c_str());
      std::abort();
    }
    return 0;
  }
  const std::string once = cf::core::serializeMapping(parsed.value());
  const cf::core::Result<cf::core::Mapping> again = cf::core::parseMapping(once);
  if (!again.ok()) {
    std::fprintf(stderr, "a mapping written by serializeMapping does not load: %s at %s: %s\n%s\n",
                 again.error().code.c_str(), again.error().where.c_str(),
                 again.error().message.c_str(), once.c_str());
    std::abort();
  }
  const std::string twice = cf::core::serializeMapping(again.value());
  if (once != twice) {
    std::fprintf(stderr, "a mapping changed on its way through JSON:\n%s\n---\n%s\n", once.c_str(),
                 twice.c_str());
    std::abort();
  }
  return 0;
}
