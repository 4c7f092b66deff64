// Small helpers shared by the feedback-table sources: folding, quoting,
// header text, the limits every part agrees on, and the doubt collector.
// Internal to src/core/table.
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grid.h"
#include "mapping.h"
#include "messages.h"
#include "text.h"

namespace cf::core::detail {

// Distinct texts remembered per column while detecting. Two are enough to
// decide an outcome; a few more tell a category (Gender, Class) from free text
// without keeping every comment of a million-row table.
inline constexpr std::size_t kMaxLabels = 16;
// A dialog with hundreds of sentences helps nobody; the rest are counted.
inline constexpr std::size_t kMaxDoubts = 30;
// Non-empty rows looked at to find the header below a title block.
inline constexpr std::size_t kHeaderScanRows = 50;
inline constexpr std::size_t kQuoteBytes = 40;
// Headers longer than this are cut, in detection and in binding alike, so a
// saved mapping still finds its column.
inline constexpr std::size_t kHeaderBytes = 1024;
// An attribute's name is cut shorter than its headers, by more than any
// prefix ("Satisfaction: ") is long: cut at the header's length, the name
// would end at a different letter in each of its columns.
inline constexpr std::size_t kAttributeBytes = kHeaderBytes - 64;

inline constexpr double kInf = std::numeric_limits<double>::infinity();

inline char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Compares without building a folded copy: this runs once per label cell in
// the read loop, where an allocation per cell would dominate.
inline bool equalsFolded(std::string_view text, std::string_view folded) {
  if (text.size() != folded.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (lowerAscii(text[i]) != folded[i]) return false;
  return true;
}

inline bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
inline bool endsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
inline bool contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}

inline std::string formatNumber(double v) {
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  if (res.ec != std::errc()) return "?";
  return std::string(buf, res.ptr);
}

inline std::string formatScale(const Scale& s) {
  return formatNumber(s.min) + "\xE2\x80\x93" + formatNumber(s.max);
}

// Issues (results JSON, read by programs) quote plainly; doubts, read by a
// person, quote as their language does.
inline std::string quoted(std::string_view text) { return "\"" + clipText(text, kQuoteBytes) + "\""; }
inline std::string clippedQuote(std::string_view text) { return quote(clipText(text, kQuoteBytes)); }

// The header as matching sees it: trimmed, valid UTF-8, bounded in length.
inline std::string headerText(const CellView& cell) {
  if (cell.isNumber()) return std::isfinite(cell.number) ? formatNumber(cell.number) : "";
  if (!cell.isText()) return "";
  const std::string_view t = trim(cell.text);
  if (t.size() <= kHeaderBytes && isValidUtf8(t)) return std::string(t);
  return clipText(t, kHeaderBytes);
}

// Letters and digits runs of a folded header, for whole-word tests ("no" must
// not match "unknown").
inline std::vector<std::string_view> wordsOf(std::string_view folded) {
  std::vector<std::string_view> words;
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    const bool alnum = i < folded.size() && ((folded[i] >= 'a' && folded[i] <= 'z') ||
                                             (folded[i] >= '0' && folded[i] <= '9') ||
                                             static_cast<unsigned char>(folded[i]) >= 0x80);
    if (alnum && start == std::string_view::npos) start = i;
    if (!alnum && start != std::string_view::npos) {
      words.push_back(folded.substr(start, i - start));
      start = std::string_view::npos;
    }
  }
  return words;
}

template <std::size_t N>
inline bool isOneOf(std::string_view s, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

inline bool isCode(const std::vector<double>& codes, double v) {
  return std::find(codes.begin(), codes.end(), v) != codes.end();
}

inline bool isTextCode(const std::vector<std::string>& foldedCodes, std::string_view trimmed) {
  for (const std::string& c : foldedCodes)
    if (equalsFolded(trimmed, c)) return true;
  return false;
}

// Collects doubts up to kMaxDoubts and counts the rest.
class Doubts {
 public:
  void add(std::string sentence) {
    if (list_.size() < kMaxDoubts)
      list_.push_back(std::move(sentence));
    else
      ++more_;
  }
  std::vector<std::string> take() {
    if (more_ > 0) list_.push_back(tr("doubt.more", {std::to_string(more_)}));
    return std::move(list_);
  }
  bool empty() const { return list_.empty() && more_ == 0; }

 private:
  std::vector<std::string> list_;
  std::size_t more_ = 0;
};

inline std::string joinQuoted(const std::vector<std::string>& items, std::size_t max) {
  std::string s;
  for (std::size_t i = 0; i < items.size() && i < max; ++i) s += (i ? ", " : "") + clippedQuote(items[i]);
  if (items.size() > max) s += ", \xE2\x80\xA6";
  return s;
}

inline std::string listColumns(const std::vector<ColumnSpec>& specs, const std::vector<std::size_t>& cols,
                        std::size_t max) {
  std::string s;
  for (std::size_t i = 0; i < cols.size() && i < max; ++i)
    s += (i ? ", " : "") + describeColumn(cols[i], specs[cols[i]].header);
  if (cols.size() > max) s = tr("list.andMore", {s, std::to_string(cols.size() - max)});
  return s;
}

inline std::string_view cellLabel(const CellView& cell) {
  std::string_view t = trim(cell.text);
  while (!t.empty() && (t.back() == '.' || t.back() == '!')) t.remove_suffix(1);
  return t;
}

// A number written as text: "4", " 3.5 ", and "3,5" when decimalComma. Only
// the whole text, so "4 - Agree" is not a number.
inline std::optional<double> numberInText(std::string_view t, bool decimalComma) {
  t = trim(t);
  if (t.empty() || t.size() > 32) return std::nullopt;
  char buf[33];
  std::size_t n = 0;
  for (char c : t) buf[n++] = (decimalComma && c == ',') ? '.' : c;
  double v = 0;
  const char* begin = buf;
  if (*begin == '+') ++begin;
  const auto res = std::from_chars(begin, buf + n, v);
  if (res.ec != std::errc() || res.ptr != buf + n || !std::isfinite(v)) return std::nullopt;
  return v;
}

inline std::string foldedKey(std::string_view text) { return foldCase(trim(text)); }

}  // namespace cf::core::detail
