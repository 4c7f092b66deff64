// Survey waves inside one table: the rows of each wave (a Wave column's
// value such as "Spring 2025", 2024 or "Round 2"; or, asked for, the month,
// quarter or year of the response time) as a table of their own, with the
// header rows on top, so that the table's mapping reads every wave unchanged
// and the trends (trends.h) can compare them.
//
//   Result<WaveSplit> split = splitByWave(grid, mapping);  // by the Wave column
//   Result<WaveSplit> quarters = splitByWave(grid, mapping, WaveBucket::Quarter);
//   for (const WaveTable& w : split.value().waves) runPipeline(w.table, {.saved = &mapping});
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grid.h"
#include "mapping.h"
#include "result.h"

namespace cf::core {

// How a time column's dates become waves, when the table has no Wave column:
// not at all, or by month ("2025-03"), quarter ("2025 Q1") or year ("2025").
enum class WaveBucket : std::uint8_t { None, Month, Quarter, Year };

// "none", "month", "quarter", "year".
std::string_view waveBucketName(WaveBucket bucket);
// The inverse of waveBucketName, trimmed and case-insensitive; nullopt for
// anything else.
std::optional<WaveBucket> parseWaveBucket(std::string_view name);

struct WaveTable {
  // The wave column's value, trimmed (a number as Calc shows it in general
  // format: 2025, not 2025.0), in its first spelling; or the bucket.
  std::string name;
  // The rows above the first respondent (title and header rows, as
  // Mapping::firstDataRow counts them), then this wave's rows in sheet order:
  // the same mapping, column indices and header row included, reads it.
  Grid table;
  // For each row of `table`, its 0-based row in the table that was split, so
  // that an issue found in a wave can name the row the person sees.
  std::vector<std::size_t> sheetRowOfRow;
};

struct WaveSplit {
  // By a Wave column in the order the waves first appear; by time, earliest
  // first.
  std::vector<WaveTable> waves;
  // Respondent rows in no wave: a blank wave cell, or a time cell that holds
  // no date. They are left out. Blank rows are no respondents and are not
  // counted.
  std::size_t rowsWithoutWave = 0;
  // Of rowsWithoutWave, the rows whose time cell holds something that is no
  // date (only when split by time).
  std::size_t unreadableTimes = 0;
  std::size_t waveColumn = 0;  // the column split by
  bool byTime = false;         // waveColumn is a time column, bucketed
};

// `table` cut into its waves by the mapping's Wave column (the first, should
// there be several). With no Wave column and a bucket other than None, by the
// first time column (Timestamp, Start time, Completion time, Submit Date,
// _submission_time, RecordedDate …) that holds a date, bucketed. A time cell
// is read as
//   - a number: a spreadsheet date serial (days since 1899-12-30);
//   - text: 2025-03-14 and 2025/03/14 (ISO, Google Forms), 3/14/2025 and
//     3/14/25 (Microsoft Forms, SurveyMonkey), 14.03.2025 (German), 14/03/2025,
//     each with anything after a space, a comma or "T" (the time, its zone),
//     which is ignored: the date counts as the tool wrote it. A two-digit
//     year is 2000–2068 for 00–68 and 1969–1999 for 69–99.
// Slashed (or dashed) dates are month-first unless one of the column's dates
// starts with a number above 12, which makes the whole column day-first.
// Errors: "waves.noWaveColumn" when there is no Wave column (and, with a
// bucket, no time column), "waves.noDates" when no time column holds a date,
// "waves.oneWave" when fewer than two waves are found, "waves.tooMany" when
// the column holds more than 200 waves (it is not a wave column).
Result<WaveSplit> splitByWave(const Grid& table, const Mapping& mapping,
                              WaveBucket bucket = WaveBucket::None);

}  // namespace cf::core
