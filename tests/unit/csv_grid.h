// Test helper: a CSV file or string as a Grid, the way Calc's import and one
// getDataArray would hand it over. A field that is entirely a number becomes a
// Number cell, an empty field an Empty cell, anything else Text. Quoted fields
// (RFC 4180, "" for a quote) and CRLF line ends are understood.
//
//   cf::core::Grid g = cf::test::csvGrid("Group,S: Speed\nA,4\n");
//   cf::core::Grid airline = cf::test::loadCsvGrid(CF_TEST_DATA_DIR
//   "/airline-passenger-satisfaction.csv");
#pragma once

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "grid.h"

namespace cf::test {

inline cf::core::Grid csvGrid(std::string_view text, char separator = ',') {
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> quotedField;  // per field of the current row, to keep "4" as text
  std::vector<std::vector<bool>> quoted;
  std::vector<std::string> row;
  std::string field;
  bool inQuotes = false, wasQuoted = false, any = false;
  auto endField = [&] {
    row.push_back(field);
    quotedField.push_back(wasQuoted);
    field.clear();
    wasQuoted = false;
  };
  auto endRow = [&] {
    endField();
    rows.push_back(std::move(row));
    quoted.push_back(std::move(quotedField));
    row.clear();
    quotedField.clear();
    any = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inQuotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        field += '"', ++i;
      else if (c == '"')
        inQuotes = false;
      else
        field += c;
      continue;
    }
    any = true;
    if (c == '"')
      inQuotes = wasQuoted = true;
    else if (c == separator)
      endField();
    else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
      continue;
    else if (c == '\n')
      endRow();
    else
      field += c;
  }
  if (any || !field.empty() || !row.empty()) endRow();

  std::size_t cols = 0;
  for (const auto& r : rows) cols = std::max(cols, r.size());
  cf::core::Grid g(rows.size(), cols);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      const std::string& f = rows[r][c];
      if (f.empty() && !quoted[r][c]) continue;
      double v = 0;
      const auto res = std::from_chars(f.data(), f.data() + f.size(), v);
      // Only digits, signs and points start a number: from_chars would also
      // take "nan" and "inf", which Calc imports as text.
      const bool numberLike = !f.empty() && (std::isdigit(static_cast<unsigned char>(f[0])) ||
                                             f[0] == '-' || f[0] == '.');
      if (!quoted[r][c] && numberLike && res.ec == std::errc() && res.ptr == f.data() + f.size())
        g.setNumber(r, c, v);
      else
        g.setText(r, c, f);
    }
  }
  return g;
}

inline cf::core::Grid loadCsvGrid(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return csvGrid(s.str());
}

}  // namespace cf::test
