#include "table/detect.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>

#include "messages.h"
#include "table/common.h"
#include "table/header_row.h"
#include "table/layouts.h"
#include "text.h"

namespace cf::core {

using namespace detail;

// ===========================================================================
// bindMapping

Result<Mapping> bindMapping(const Mapping& saved, const Grid& grid) {
  if (grid.rows() == 0 || grid.cols() == 0)
    return Error{"table.empty", tr("table.error.empty"), ""};

  // The names as the saved mapping's header block gives them (one row, or a
  // tool's several rows joined).
  std::vector<std::string> names;
  auto headersOf = [&](std::size_t row) {
    names = columnNames(grid, row, saved.headerRows, saved.layout);
    std::vector<std::string> folded(grid.cols());
    for (std::size_t c = 0; c < grid.cols(); ++c) folded[c] = foldCase(names[c]);
    return folded;
  };
  auto matches = [&](const std::vector<std::string>& folded) {
    for (const ColumnSpec& s : saved.columns) {
      if (s.header.empty()) continue;
      const std::string key = foldedKey(s.header);
      if (std::find(folded.begin(), folded.end(), key) != folded.end()) return true;
    }
    return false;
  };

  Mapping out = saved;
  out.columns.clear();
  out.doubts.clear();
  out.notes.clear();
  std::size_t headerRow = saved.headerRow;
  std::vector<std::string> folded;
  if (headerRow < grid.rows()) folded = headersOf(headerRow);
  if (headerRow >= grid.rows() || !matches(folded)) {
    Result<std::size_t> detected = findHeaderRow(grid);
    if (!detected) return detected.error();
    headerRow = detected.value();
    folded = headersOf(headerRow);
  }
  out.headerRow = headerRow;

  // Columns by folded header, so that binding a wide table stays linear.
  std::unordered_map<std::string, std::vector<std::size_t>> byHeader;
  for (std::size_t c = 0; c < grid.cols(); ++c)
    if (!folded[c].empty()) byHeader[folded[c]].push_back(c);

  Doubts doubts;
  std::vector<bool> taken(grid.cols(), false);
  std::size_t measured = 0, found = 0;
  for (const ColumnSpec& s : saved.columns) {
    const bool matters = s.kind != ColumnKind::Ignore;
    if (matters) ++measured;
    std::optional<std::size_t> at;
    if (s.header.empty()) {
      if (s.index < grid.cols() && !taken[s.index]) at = s.index;
    } else {
      const std::string key = foldedKey(s.header);
      if (s.index < grid.cols() && !taken[s.index] && folded[s.index] == key) {
        at = s.index;
      } else if (const auto it = byHeader.find(key); it != byHeader.end()) {
        for (std::size_t c : it->second)
          if (!at && !taken[c]) at = c;
      }
      if (!at && matters) {
        if (s.index < grid.cols() && !taken[s.index]) {
          at = s.index;
          doubts.add(tr("doubt.noColumnByPosition",
                        {clippedQuote(s.header), describeColumn(s.index, names[s.index])}));
        } else {
          doubts.add(tr("doubt.noColumn", {clippedQuote(s.header)}));
        }
      }
    }
    if (!at) continue;
    taken[*at] = true;
    if (matters) ++found;
    ColumnSpec spec = s;
    spec.index = *at;
    spec.header = names[*at];
    out.columns.push_back(std::move(spec));
  }
  if (measured > 0 && found == 0)
    return Error{"mapping.no-columns", tr("table.error.noMappedColumns"),
                 tr("place.row", {std::to_string(headerRow + 1)})};
  for (std::size_t c = 0; c < grid.cols(); ++c) {
    if (taken[c]) continue;
    ColumnSpec spec;
    spec.index = c;
    spec.header = names[c];
    if (!spec.header.empty())
      doubts.add(tr("doubt.notInMapping", {describeColumn(c, spec.header)}));
    out.columns.push_back(std::move(spec));
  }
  std::sort(out.columns.begin(), out.columns.end(),
            [](const ColumnSpec& a, const ColumnSpec& b) { return a.index < b.index; });
  out.sure = doubts.empty();
  out.doubts = doubts.take();
  return out;
}

}  // namespace cf::core
