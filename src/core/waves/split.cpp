#include "waves/split.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <unordered_map>
#include <utility>

#include "messages.h"
#include "table/common.h"  // formatNumber
#include "table/layouts.h"
#include "text.h"

namespace cf::core {
namespace {

// A wave column with hundreds of values is some other column (an id, a
// date); splitting by it would copy the header once per row.
constexpr std::size_t kMaxWaves = 200;
// Wave names end up in sheet names, headings and messages.
constexpr std::size_t kMaxNameBytes = 200;

// The last day a spreadsheet date serial can stand for (9999-12-31).
constexpr double kMaxSerial = 2958465.0;

struct BucketName {
  WaveBucket bucket;
  std::string_view name;
};
constexpr BucketName kBucketNames[] = {{WaveBucket::None, "none"},
                                       {WaveBucket::Month, "month"},
                                       {WaveBucket::Quarter, "quarter"},
                                       {WaveBucket::Year, "year"}};

std::string placeOf(std::size_t column) { return tr("place.column", {columnName(column)}); }

// A blank row is no respondent: neither in a wave nor counted without one.
bool blankRow(const Grid& g, std::size_t r) {
  for (std::size_t c = 0; c < g.cols(); ++c) {
    const CellView cell = g.at(r, c);
    if (cell.isNumber() || (cell.isText() && !trim(cell.text).empty())) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Dates in time cells

struct DateText {
  int first = 0, second = 0, third = 0;
  std::size_t firstDigits = 0, thirdDigits = 0;
  char separator = 0;
};

// Up to `max` ASCII digits at `at`; their count in `digits` (0 when none).
int readDigits(std::string_view s, std::size_t& at, std::size_t max, std::size_t& digits) {
  int v = 0;
  digits = 0;
  while (at < s.size() && digits < max && s[at] >= '0' && s[at] <= '9') {
    v = v * 10 + (s[at] - '0');
    ++at;
    ++digits;
  }
  return v;
}

// Three runs of digits with one separator ('-', '/' or '.') between them, at
// the start of the text and followed by nothing, a space, a comma or "T" (the
// time).
std::optional<DateText> splitDate(std::string_view text) {
  const std::string_view t = trim(text);
  DateText d;
  std::size_t at = 0, digits = 0;
  d.first = readDigits(t, at, 4, d.firstDigits);
  if (d.firstDigits == 0 || at >= t.size()) return std::nullopt;
  d.separator = t[at++];
  if (d.separator != '-' && d.separator != '/' && d.separator != '.') return std::nullopt;
  d.second = readDigits(t, at, 2, digits);
  if (digits == 0 || at >= t.size() || t[at++] != d.separator) return std::nullopt;
  d.third = readDigits(t, at, 4, d.thirdDigits);
  if (d.thirdDigits == 0) return std::nullopt;
  if (at < t.size() && t[at] != ' ' && t[at] != 'T' && t[at] != ',') return std::nullopt;
  return d;
}

// Whether the first field of a slashed date shows that the column writes the
// day first (14/03/2025).
bool showsDayFirst(const DateText& d) {
  return d.separator != '.' && d.firstDigits <= 2 && d.first > 12;
}

std::optional<std::chrono::year_month_day> makeDate(int y, int m, int d) {
  const std::chrono::year_month_day date{std::chrono::year{y},
                                         std::chrono::month{static_cast<unsigned>(m)},
                                         std::chrono::day{static_cast<unsigned>(d)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::optional<std::chrono::year_month_day> dateOfText(std::string_view text, bool dayFirst) {
  const std::optional<DateText> d = splitDate(text);
  if (!d) return std::nullopt;
  if (d->firstDigits == 4) {  // 2025-03-14, 2025/03/14
    if (d->thirdDigits > 2) return std::nullopt;
    return makeDate(d->first, d->second, d->third);
  }
  if (d->firstDigits > 2 || (d->thirdDigits != 4 && d->thirdDigits != 2)) return std::nullopt;
  int year = d->third;
  if (d->thirdDigits == 2) year += year <= 68 ? 2000 : 1900;  // as POSIX strptime %y
  // Dots are written day first (14.03.2025); slashes and dashes as the
  // column shows.
  if (d->separator == '.' || dayFirst) return makeDate(year, d->second, d->first);
  return makeDate(year, d->first, d->second);
}

std::optional<std::chrono::year_month_day> dateOfSerial(double serial) {
  if (!(serial >= 1 && serial < kMaxSerial + 1)) return std::nullopt;
  using namespace std::chrono;
  constexpr sys_days kEpoch = sys_days{year{1899} / December / 30};
  return year_month_day{kEpoch + days{static_cast<long>(std::floor(serial))}};
}

// The dates of one time column, slashed ones read as the column shows.
class TimeColumn {
 public:
  TimeColumn(const Grid& g, std::size_t column, std::size_t firstRow) : g_(g), column_(column) {
    for (std::size_t r = firstRow; r < g.rows() && !dayFirst_; ++r) {
      const CellView cell = g.at(r, column);
      if (!cell.isText()) continue;
      if (const std::optional<DateText> d = splitDate(cell.text); d && showsDayFirst(*d))
        dayFirst_ = true;
    }
  }

  std::optional<std::chrono::year_month_day> dateAt(std::size_t r) const {
    const CellView cell = g_.at(r, column_);
    if (cell.isNumber()) return dateOfSerial(cell.number);
    if (cell.isText()) return dateOfText(cell.text, dayFirst_);
    return std::nullopt;
  }

 private:
  const Grid& g_;
  std::size_t column_;
  bool dayFirst_ = false;
};

std::string bucketName(const std::chrono::year_month_day& date, WaveBucket bucket) {
  const int y = static_cast<int>(date.year());
  const unsigned m = static_cast<unsigned>(date.month());
  char buffer[32];
  if (bucket == WaveBucket::Month)
    std::snprintf(buffer, sizeof buffer, "%04d-%02u", y, m);
  else if (bucket == WaveBucket::Quarter)
    std::snprintf(buffer, sizeof buffer, "%04d Q%u", y, (m - 1) / 3 + 1);
  else
    std::snprintf(buffer, sizeof buffer, "%04d", y);
  return buffer;
}

// ---------------------------------------------------------------------------
// The split

// Each respondent row's wave (an index into `names`), or nothing.
struct Assignment {
  std::vector<std::string> names;
  std::vector<std::pair<std::size_t, std::size_t>> rows;  // (row, wave)
  std::size_t withoutWave = 0;
  std::size_t unreadable = 0;
  bool tooMany = false;
};

class Assigner {
 public:
  explicit Assigner(Assignment& out) : out_(out) {}
  // False once there are more than kMaxWaves waves.
  bool add(std::size_t row, const std::string& name) {
    const auto [at, added] = index_.try_emplace(foldCase(name), out_.names.size());
    if (added) {
      if (out_.names.size() == kMaxWaves) {
        out_.tooMany = true;
        return false;
      }
      out_.names.push_back(name);
    }
    out_.rows.emplace_back(row, at->second);
    return true;
  }

 private:
  Assignment& out_;
  std::unordered_map<std::string, std::size_t> index_;
};

Assignment byColumn(const Grid& g, std::size_t column, std::size_t firstRow) {
  Assignment out;
  Assigner assign(out);
  for (std::size_t r = firstRow; r < g.rows(); ++r) {
    if (blankRow(g, r)) continue;
    const CellView cell = g.at(r, column);
    std::string name;
    if (cell.isNumber() && std::isfinite(cell.number))
      name = detail::formatNumber(cell.number + 0.0);  // + 0.0: no "-0"
    else if (cell.isText())
      name = clipText(trim(cell.text), kMaxNameBytes);
    if (name.empty()) {
      ++out.withoutWave;
      continue;
    }
    if (!assign.add(r, name)) break;
  }
  return out;
}

Assignment byTime(const Grid& g, const TimeColumn& times, std::size_t column, std::size_t firstRow,
                  WaveBucket bucket) {
  Assignment out;
  Assigner assign(out);
  for (std::size_t r = firstRow; r < g.rows(); ++r) {
    if (blankRow(g, r)) continue;
    const std::optional<std::chrono::year_month_day> date = times.dateAt(r);
    if (!date) {
      const CellView cell = g.at(r, column);
      if (cell.isNumber() || (cell.isText() && !trim(cell.text).empty())) ++out.unreadable;
      ++out.withoutWave;
      continue;
    }
    if (!assign.add(r, bucketName(*date, bucket))) break;
  }
  return out;
}

const ColumnSpec* waveColumnOf(const Mapping& mapping, const Grid& g) {
  for (const ColumnSpec& c : mapping.columns)
    if (c.kind == ColumnKind::Wave && c.index != kNoColumn && c.index < g.cols()) return &c;
  return nullptr;
}

}  // namespace

std::string_view waveBucketName(WaveBucket bucket) {
  for (const BucketName& b : kBucketNames)
    if (b.bucket == bucket) return b.name;
  return "none";
}

std::optional<WaveBucket> parseWaveBucket(std::string_view name) {
  const std::string folded = foldCase(trim(name));
  for (const BucketName& b : kBucketNames)
    if (b.name == folded) return b.bucket;
  return std::nullopt;
}

Result<WaveSplit> splitByWave(const Grid& table, const Mapping& mapping, WaveBucket bucket) {
  const std::size_t firstRow = std::min(mapping.firstDataRow(), table.rows());
  WaveSplit split;
  Assignment assignment;
  std::string header;  // of the column split by
  if (const ColumnSpec* wave = waveColumnOf(mapping, table)) {
    split.waveColumn = wave->index;
    header = wave->header;
    assignment = byColumn(table, wave->index, firstRow);
  } else if (bucket == WaveBucket::None) {
    return Error{"waves.noWaveColumn", tr("waves.error.noWaveColumn"), ""};
  } else {
    // The first time column that holds a date: the start and the end of a
    // response fall in one month nearly always, so which one matters little.
    const std::vector<std::string> names =
        mapping.headerRow < table.rows()
            ? detail::columnNames(table, mapping.headerRow, mapping.headerRows, mapping.layout)
            : std::vector<std::string>(table.cols());
    std::optional<std::size_t> firstTimeColumn;
    for (std::size_t c = 0; c < table.cols() && !split.byTime; ++c) {
      if (!detail::isTimeName(names[c])) continue;
      if (!firstTimeColumn) firstTimeColumn = c;
      const TimeColumn times(table, c, firstRow);
      for (std::size_t r = firstRow; r < table.rows(); ++r) {
        if (!times.dateAt(r)) continue;
        split.waveColumn = c;
        split.byTime = true;
        header = names[c];
        assignment = byTime(table, times, c, firstRow, bucket);
        break;
      }
    }
    if (!firstTimeColumn) return Error{"waves.noWaveColumn", tr("waves.error.noTimeColumn"), ""};
    if (!split.byTime)
      return Error{
          "waves.noDates",
          tr("waves.error.noDates", {describeColumn(*firstTimeColumn, names[*firstTimeColumn])}),
          placeOf(*firstTimeColumn)};
  }

  const std::string column = describeColumn(split.waveColumn, header);
  if (assignment.tooMany)
    return Error{"waves.tooMany", tr("waves.error.tooMany", {column, std::to_string(kMaxWaves)}),
                 placeOf(split.waveColumn)};
  if (assignment.names.empty())
    return Error{"waves.oneWave", tr("waves.error.noWave", {column}), placeOf(split.waveColumn)};
  if (assignment.names.size() == 1)
    return Error{"waves.oneWave", tr("waves.error.oneWave", {column, quote(assignment.names[0])}),
                 placeOf(split.waveColumn)};

  // Waves by time are ordered by it; a wave column's keep the table's order.
  std::vector<std::size_t> order(assignment.names.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  // Bucket names compare as their times do ("2024-12" < "2025-03", "2024 Q4"
  // < "2025 Q1"): every year a serial or a date text gives has four digits.
  if (split.byTime)
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return assignment.names[a] < assignment.names[b];
    });
  std::vector<std::size_t> rank(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) rank[order[k]] = k;

  std::vector<std::size_t> counts(order.size(), 0);
  for (const auto& [row, wave] : assignment.rows) ++counts[rank[wave]];
  split.waves.resize(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    WaveTable& w = split.waves[k];
    w.name = assignment.names[order[k]];
    w.table = Grid(firstRow + counts[k], table.cols());
    w.sheetRowOfRow.reserve(firstRow + counts[k]);
    for (std::size_t r = 0; r < firstRow; ++r) {
      w.table.copyRow(table, r, r);
      w.sheetRowOfRow.push_back(r);
    }
  }
  for (const auto& [row, wave] : assignment.rows) {
    WaveTable& w = split.waves[rank[wave]];
    w.table.copyRow(table, row, w.sheetRowOfRow.size());
    w.sheetRowOfRow.push_back(row);
  }
  split.rowsWithoutWave = assignment.withoutWave;
  split.unreadableTimes = assignment.unreadable;
  return split;
}

}  // namespace cf::core
