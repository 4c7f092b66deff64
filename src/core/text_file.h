// What a delimited text file (a CSV export) looks like before any office
// reads it: its character set, its field separator and whether its numbers
// use a decimal comma. cfocus turns this into LibreOffice's CSV filter
// options, so that a European or a Windows export loads as the person saw it.
//
//   TextFileShape s = sniffTextFile(firstMegabytes);
//   if (s.encoding == TextEncoding::Windows1252) …
#pragma once

#include <string_view>

namespace cf::core {

enum class TextEncoding {
  Utf8,         // valid UTF-8 (plain ASCII too), no byte-order mark
  Utf8Bom,      // valid UTF-8 after the byte-order mark EF BB BF
  Windows1252,  // not valid UTF-8: read as Windows-1252, Latin-1's superset
};

struct TextFileShape {
  TextEncoding encoding = TextEncoding::Utf8;
  char separator = ',';       // ',', ';', '\t' or '|'
  bool decimalComma = false;  // numbers such as 3,5 mean three and a half
};

// The shape of a file from its first bytes (any prefix; a character cut at
// the end of `bytes` does not count against UTF-8). The separator is the
// candidate found most often outside quotes in the first record (',' when
// none is). Decimal commas are seen only when the separator is not ',':
// quoted or bare fields like "3,5" outnumber fields like "3.5".
TextFileShape sniffTextFile(std::string_view bytes);

}  // namespace cf::core
