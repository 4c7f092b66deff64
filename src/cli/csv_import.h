// How cfocus asks LibreOffice to read a CSV export: the filter options of
// "Text - txt - csv (StarCalc)" for the file's character set, separator and
// decimal mark (core's sniffTextFile), so that "Qualité" and "3,5" arrive as
// the person typed them.
//
//   csvFilterOptions(sniffTextFile(bytes))  // "59,34,1,1,,1031,false,true"
#pragma once

#include "text_file.h"

#include <filesystem>
#include <string>

namespace cf::cli {

// The FilterOptions string: separator, text delimiter ", character set (76
// UTF-8, 1 Windows-1252), from line 1, default column formats, the language
// whose number format reads the file's numbers (1031 German, whose decimal
// mark is the comma, when the file has decimal commas; 1033 English (USA)
// otherwise), quoted fields as text, special numbers detected.
std::string csvFilterOptions(const core::TextFileShape& shape);

// The shape of a CSV file from its first megabytes; `tab` forces the tab as
// separator (a .tsv file).
core::TextFileShape sniffCsvFile(const std::filesystem::path& file, bool tab = false);

}  // namespace cf::cli
