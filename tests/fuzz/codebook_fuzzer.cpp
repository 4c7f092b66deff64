// libFuzzer target: the codebook readers (a Themes sheet, `--themes` as CSV
// or JSON) and the comments read against what they give. Any text either
// fails with a codebook.* Error or gives a codebook; a codebook written as
// JSON must load again and be written the same way; and the voices analysis
// of a few comments, the input among them, must finish whatever keywords
// (phrases, wildcards, accents, bad UTF-8) the codebook holds.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "voices/codebook_io.h"
#include "voices/voices.h"

namespace {

void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "%s\n%s\n", what, detail.c_str());
  std::abort();
}

void checkError(const cf::core::Error& e) {
  if (e.code.rfind("codebook.", 0) != 0) fail("an error code outside codebook.*", e.code);
}

// The first byte picks the reader: CSV, JSON, or the CSV's rows as a sheet.
cf::core::Result<cf::core::Codebook> parse(std::uint8_t reader, std::string_view text) {
  if (reader % 3 == 0) return cf::core::parseCodebookCsv(text);
  if (reader % 3 == 1) return cf::core::parseCodebookJson(text);
  cf::core::Grid grid(8, 3);
  std::size_t row = 0, col = 0, start = 0;
  for (std::size_t i = 0; i <= text.size() && row < 8; ++i) {
    if (i < text.size() && text[i] != ',' && text[i] != '\n') continue;
    if (i > start) grid.setText(row, col, text.substr(start, i - start));
    start = i + 1;
    if (i < text.size() && text[i] == ',') {
      col = col < 2 ? col + 1 : col;
    } else {
      ++row;
      col = 0;
    }
  }
  return cf::core::parseCodebookGrid(grid);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const cf::core::Result<cf::core::Codebook> parsed = parse(data[0], text);
  if (!parsed.ok()) {
    checkError(parsed.error());
    return 0;
  }
  const std::string once = cf::core::serializeCodebook(parsed.value());
  const cf::core::Result<cf::core::Codebook> again = cf::core::parseCodebookJson(once);
  if (!again.ok()) fail("a codebook written as JSON does not load", again.error().message + "\n" + once);
  if (cf::core::serializeCodebook(again.value()) != once)
    fail("a codebook changed on its way through JSON", once);

  cf::core::VoicesOptions options;
  options.minN = 1;
  options.attributes = {"Waiting time", "Staff friendliness"};
  cf::core::VoicesAnalyzer voices(parsed.value(), 1, options);
  const std::string_view comments[] = {"We waited far too long at the front desk.",
                                       "Das Personal war sehr freundlich, die Wartezeit kurz.", text,
                                       "¿Por qué hay que esperar tanto? Call 555-0147."};
  std::size_t row = 2;
  for (std::string_view c : comments) {
    const std::string_view one[] = {c};
    voices.add({row % 2 ? "A" : "B", static_cast<double>(row % 5 + 1), one, "Anna Weber", row});
    ++row;
  }
  (void)voices.finish();
  return 0;
}
