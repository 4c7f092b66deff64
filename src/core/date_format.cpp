#include "date_format.h"

#include "text.h"

#include <chrono>
#include <cstdio>
#include <ctime>

// Why a pattern learnt from the office's formatter rather than the formatter
// itself: what the product writes into a document must read back into the
// model exactly, so one description serves both directions, and the unit
// tests can check the round trip without an office. Why not the format code:
// LibreOffice spells it with the UI language's letters (TT.MM.JJJJ in a
// German office), while what it writes is the same everywhere.

namespace cf::core {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// A literal as the reader compares it: without blanks, so that "01. 06. 2024"
// matches "DD.MM.YYYY" and "2024. 06. 01." matches Hungarian "YYYY. MM. DD.".
std::string withoutBlanks(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\t') out += c;
  return out;
}

std::string twoDigits(int v, bool padded) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, padded ? "%02d" : "%d", v);
  return buffer;
}

// `text` as three runs of ASCII digits and the text before, between and after
// them; false when it has more or fewer runs.
bool splitDigits(std::string_view text, std::array<std::string_view, 3>& runs,
                 std::array<std::string, 4>& literals) {
  std::size_t n = 0;
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!isDigit(text[i])) {
      ++i;
      continue;
    }
    if (n == 3) return false;
    literals[n] = std::string(text.substr(start, i - start));
    std::size_t j = i;
    while (j < text.size() && isDigit(text[j])) ++j;
    runs[n++] = text.substr(i, j - i);
    start = i = j;
  }
  if (n != 3) return false;
  literals[3] = std::string(text.substr(start));
  return true;
}

}  // namespace

DateFormat::DateFormat() {
  parts_ = {Part{Field::Year, true}, Part{Field::Month, true}, Part{Field::Day, true}};
  literals_ = {"", "-", "-", ""};
}

std::optional<DateFormat> DateFormat::fromExamples(
    const std::function<std::string(const Date&)>& render) {
  // Day, month and year all differ, and none is a part of another.
  const Date wide{2033, 11, 22};
  const Date narrow{2004, 3, 5};
  std::array<std::string_view, 3> runs;
  std::array<std::string, 4> literals;
  const std::string first = render(wide);
  if (!splitDigits(first, runs, literals)) return std::nullopt;
  std::array<std::string_view, 3> narrowRuns;
  std::array<std::string, 4> narrowLiterals;
  const std::string second = render(narrow);
  if (!splitDigits(second, narrowRuns, narrowLiterals) || narrowLiterals != literals)
    return std::nullopt;

  DateFormat f;
  f.iso_ = false;
  f.literals_ = literals;
  bool seen[3] = {false, false, false};
  for (std::size_t k = 0; k < 3; ++k) {
    Part part;
    const std::string_view run = runs[k];
    const std::string_view small = narrowRuns[k];
    if (run == "2033" || run == "33") {
      part = Part{Field::Year, true};
      if (small != (run.size() == 4 ? "2004" : "04")) return std::nullopt;
    } else if (run == "22") {
      part = Part{Field::Day, small == "05"};
      if (small != "05" && small != "5") return std::nullopt;
    } else if (run == "11") {
      part = Part{Field::Month, small == "03"};
      if (small != "03" && small != "3") return std::nullopt;
    } else {
      return std::nullopt;
    }
    const auto slot = static_cast<std::size_t>(part.field);
    if (seen[slot]) return std::nullopt;
    seen[slot] = true;
    f.parts_[k] = part;
  }
  // Two fields side by side could not be read apart again.
  if (f.literals_[1].empty() || f.literals_[2].empty()) return std::nullopt;
  return f;
}

std::string DateFormat::format(const Date& date) const {
  std::string out = literals_[0];
  for (std::size_t k = 0; k < 3; ++k) {
    const Part& p = parts_[k];
    if (p.field == Field::Year) {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "%04d", date.year);
      out += buffer;
    } else {
      out += twoDigits(p.field == Field::Day ? date.day : date.month, p.padded);
    }
    out += literals_[k + 1];
  }
  return out;
}

std::optional<Date> DateFormat::parse(std::string_view text) const {
  text = trim(text);
  if (std::optional<Date> iso = parseDate(text)) return iso;
  if (iso_) return std::nullopt;
  // Three runs of digits, and the text around them as the pattern has it.
  std::array<std::string_view, 3> runs;
  std::array<std::string, 4> between;
  if (!splitDigits(text, runs, between)) return std::nullopt;
  for (std::size_t k = 0; k < 4; ++k) {
    const std::string got = withoutBlanks(between[k]);
    const std::string want = withoutBlanks(literals_[k]);
    // A closing literal ("." in "YYYY. MM. DD.") may be left off.
    if (got != want && !(k == 3 && got.empty())) return std::nullopt;
  }
  std::string year, month, day;
  for (std::size_t k = 0; k < 3; ++k) {
    const std::string_view run = runs[k];
    switch (parts_[k].field) {
      case Field::Year:
        if (run.size() != 4) return std::nullopt;
        year = std::string(run);
        break;
      case Field::Month:
        if (run.size() > 2) return std::nullopt;
        month = (run.size() == 1 ? "0" : "") + std::string(run);
        break;
      case Field::Day:
        if (run.size() > 2) return std::nullopt;
        day = (run.size() == 1 ? "0" : "") + std::string(run);
        break;
    }
  }
  return parseDate(year + "-" + month + "-" + day);
}

std::int64_t dayNumber(const Date& date) {
  // Howard Hinnant's days_from_civil.
  const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t m = date.month;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string localToday() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

}  // namespace cf::core
