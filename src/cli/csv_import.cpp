#include "csv_import.h"

#include <fstream>
#include <iterator>

namespace cf::cli {

std::string csvFilterOptions(const core::TextFileShape& shape) {
  const int separator = static_cast<unsigned char>(shape.separator);
  // rtl_TextEncoding numbers: the filter takes them as the character set.
  const int charset = shape.encoding == core::TextEncoding::Windows1252 ? 1 : 76;
  const int language = shape.decimalComma ? 1031 : 1033;
  return std::to_string(separator) + ",34," + std::to_string(charset) + ",1,," +
         std::to_string(language) + ",false,true";
}

core::TextFileShape sniffCsvFile(const std::filesystem::path& file, bool tab) {
  // Enough rows to see the numbers, few enough to stay instant on any file.
  constexpr std::size_t kSample = 4 << 20;
  std::ifstream in(file, std::ios::binary);
  std::string bytes(kSample, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  core::TextFileShape shape = core::sniffTextFile(bytes);
  if (tab) shape.separator = '\t';
  return shape;
}

}  // namespace cf::cli
