// The export layouts of survey tools: how many header rows they write, which
// row names the columns, how the rows combine into one name per column, and
// which columns are the tool's own metadata (timestamps, ids, progress …),
// never ratings. Internal to src/core/table.
//
// Each tool is a few lines of data in layouts.cpp; a new tool is a new entry.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "grid.h"

namespace cf::core::detail {

struct HeaderBlock {
  std::size_t headerRow = 0;  // first header row
  std::size_t headerRows = 1;
  std::string layout;  // "qualtrics", … or "" for a plain table
};

// The header block that starts at `headerRow` (found by findHeaderRow): one
// row, or the tool's several rows when the rows below carry its marks
// (Qualtrics' ImportId row, SurveyMonkey's "Response" row).
HeaderBlock recogniseHeaderBlock(const Grid& grid, std::size_t headerRow);

// The tool whose metadata columns the names show, when the header block did
// not already say; "" when none.
std::string recogniseTool(const std::vector<std::string>& names);

// One name per column from the header block: the names row, with the
// question carried over the blank cells of a grid and joined to its
// sub-question ("Question - Item") where the tool writes them in two rows.
// Trimmed, valid UTF-8 and bounded like every header.
std::vector<std::string> columnNames(const Grid& grid, std::size_t headerRow,
                                     std::size_t headerRows, std::string_view layout);

// True for a column a survey tool adds about the response rather than the
// respondent's answers: "Timestamp", "Submit Date (UTC)", "Response ID",
// "lastpage", "_uuid", "IP Address", "Progress", "Finished", …
bool isMetadataName(std::string_view name);

// True for the metadata columns that say when a response was started or
// given: "Timestamp", "Start time", "Completion time", "Submit Date (UTC)",
// "_submission_time", "RecordedDate", "Date submitted" …; not durations.
// waves/split.cpp buckets rows by such a column.
bool isTimeName(std::string_view name);

// True for a column that holds the respondent's name or part of it ("Name",
// "First name", "Last name", "Vorname", "Nom", "Apellidos", "RecipientFirstName"…):
// its words are masked wherever a quote shows them.
bool isPersonNameHeader(std::string_view name);

}  // namespace cf::core::detail
