// libFuzzer target: the customer model JSON reader (the model stored in a
// Writer document, `cfocus worksheet model.json`). Any text either fails with
// an Error or gives a model; a model, written back and read again, must be
// the very same model. The checks and the worksheet plan run on every model
// that loads, as the Writer commands run them.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "focus_checks.h"
#include "model_io.h"
#include "worksheet.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const cf::core::Result<cf::core::Model> parsed = cf::core::parseModel(text);
  if (!parsed.ok()) {
    if (parsed.error().code.rfind("model.", 0) != 0) {
      std::fprintf(stderr, "an error code outside model.*: %s\n", parsed.error().code.c_str());
      std::abort();
    }
    return 0;
  }
  const cf::core::Model& model = parsed.value();
  (void)cf::core::checkFocus(model, "2026-01-15");
  (void)cf::core::planWorksheet(model);

  const std::string once = cf::core::serializeModel(model);
  const cf::core::Result<cf::core::Model> again = cf::core::parseModel(once);
  if (!again.ok()) {
    std::fprintf(stderr, "a model written by serializeModel does not load: %s at %s: %s\n%s\n",
                 again.error().code.c_str(), again.error().where.c_str(),
                 again.error().message.c_str(), once.c_str());
    std::abort();
  }
  if (!(again.value() == model)) {
    std::fprintf(stderr, "a model changed on its way through JSON:\n%s\n---\n%s\n", once.c_str(),
                 cf::core::serializeModel(again.value()).c_str());
    std::abort();
  }
  return 0;
}
