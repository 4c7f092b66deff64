#include "table/side_sheets.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>

#include "messages.h"
#include "table/common.h"
#include "text.h"

namespace cf::core {

using namespace detail;

// ===========================================================================
// Assumptions and Customers sheets

namespace {

std::string cellPlace(std::size_t row, std::size_t col) {
  return tr("place.cell", {std::to_string(row + 1), columnName(col)});
}

// The cell as a name: trimmed text, or a number written out.
std::string nameText(const CellView& cell) {
  if (cell.isNumber()) return std::isfinite(cell.number) ? formatNumber(cell.number) : "";
  if (cell.isText()) return clipText(trim(cell.text), kHeaderBytes);
  return "";
}

std::optional<double> numberIn(const CellView& cell) {
  if (cell.isNumber())
    return std::isfinite(cell.number) ? std::optional<double>(cell.number) : std::nullopt;
  if (!cell.isText()) return std::nullopt;
  // A hand-typed sheet often holds "4" as text; here that is plainly meant.
  const std::string_view t = trim(cell.text);
  double v = 0;
  const auto res = std::from_chars(t.data(), t.data() + t.size(), v);
  if (res.ec != std::errc() || res.ptr != t.data() + t.size() || !std::isfinite(v))
    return std::nullopt;
  return v;
}

// Finds, in the first rows, a row where each wanted column is named: for each
// wanted column, the first header containing one of its words, in order of
// preference. Returns the header row and the chosen columns.
struct HeaderFind {
  std::size_t row = 0;
  std::vector<std::size_t> cols;
};
std::optional<HeaderFind> findNamedHeader(
    const Grid& grid, const std::vector<std::vector<std::string_view>>& wanted) {
  const std::size_t scan = std::min<std::size_t>(grid.rows(), kHeaderScanRows);
  for (std::size_t r = 0; r < scan; ++r) {
    std::vector<std::string> folded(grid.cols());
    bool anyText = false;
    for (std::size_t c = 0; c < grid.cols(); ++c) {
      const CellView cell = grid.at(r, c);
      if (cell.isText()) {
        folded[c] = foldCase(trim(cell.text.substr(0, kHeaderBytes)));
        anyText = anyText || !folded[c].empty();
      }
    }
    if (!anyText) continue;
    HeaderFind found{r, {}};
    std::vector<bool> taken(grid.cols(), false);
    for (const std::vector<std::string_view>& words : wanted) {
      std::optional<std::size_t> at;
      for (std::string_view w : words) {
        for (std::size_t c = 0; c < grid.cols() && !at; ++c)
          if (!taken[c] && contains(folded[c], w)) at = c;
        if (at) break;
      }
      if (!at) break;
      taken[*at] = true;
      found.cols.push_back(*at);
    }
    if (found.cols.size() == wanted.size()) return found;
  }
  return std::nullopt;
}

}  // namespace

Result<std::vector<Assumption>> readAssumptions(const Grid& grid) {
  // The prediction column first: "assumed importance of value" must not be
  // taken for the attribute column.
  const std::optional<HeaderFind> h =
      findNamedHeader(grid, {{"predict", "importance", "assumed", "expected"},
                             {"group", "customer", "segment", "stakeholder"},
                             {"attribute", "value", "item", "need"}});
  if (!h) return Error{"assumptions.no-header", tr("assumptions.error.noHeader"), "Assumptions"};
  const std::size_t pc = h->cols[0], gc = h->cols[1], ac = h->cols[2];
  std::vector<Assumption> out;
  for (std::size_t r = h->row + 1; r < grid.rows(); ++r) {
    const CellView g = grid.at(r, gc), a = grid.at(r, ac), p = grid.at(r, pc);
    Assumption as{nameText(g), nameText(a), 0.0};
    const bool predictionBlank = p.isEmpty() || (p.isText() && trim(p.text).empty());
    if (as.group.empty() && as.attribute.empty() && predictionBlank) continue;
    if (as.group.empty())
      return Error{"assumptions.no-group", tr("assumptions.error.noGroup"), cellPlace(r, gc)};
    if (as.attribute.empty())
      return Error{"assumptions.no-attribute", tr("assumptions.error.noAttribute"),
                   cellPlace(r, ac)};
    const std::optional<double> v = numberIn(p);
    if (!v)
      return Error{"assumptions.bad-value",
                   p.isText() ? tr("assumptions.error.notANumberText", {clippedQuote(trim(p.text))})
                              : tr("assumptions.error.notANumber"),
                   cellPlace(r, pc)};
    as.predicted = *v;
    out.push_back(std::move(as));
  }
  return out;
}

Result<std::map<std::string, Role>> readCustomerRegister(const Grid& grid) {
  const std::optional<HeaderFind> h =
      findNamedHeader(grid, {{"role"}, {"group", "customer", "name", "segment", "stakeholder"}});
  if (!h) return Error{"register.no-header", tr("register.error.noHeader"), "Customers"};
  const std::size_t rc = h->cols[0], nc = h->cols[1];
  std::map<std::string, Role> out;
  std::vector<std::pair<std::string, std::string>> seen;  // folded name, name
  for (std::size_t r = h->row + 1; r < grid.rows(); ++r) {
    const std::string name = nameText(grid.at(r, nc));
    if (name.empty()) continue;
    const CellView rc_cell = grid.at(r, rc);
    const std::string roleText = nameText(rc_cell);
    if (roleText.empty()) continue;
    const Role role = parseRole(roleText);
    if (role == Role::Unknown && foldCase(roleText) != "unknown")
      return Error{"register.bad-role", tr("register.error.badRole", {clippedQuote(roleText)}),
                   cellPlace(r, rc)};
    const std::string key = foldCase(name);
    auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == key; });
    if (it != seen.end()) {
      if (out[it->second] != role)
        return Error{"register.duplicate", tr("register.error.duplicate", {clippedQuote(name)}),
                     cellPlace(r, nc)};
      continue;
    }
    seen.push_back({key, name});
    out[name] = role;
  }
  return out;
}

}  // namespace cf::core
