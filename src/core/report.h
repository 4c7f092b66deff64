// The Calc output of an analysis, laid out as plain tables of cells: one
// SheetLayout per output sheet (Value Matrix, Priorities, …) with its cells,
// style tags, merged ranges, frozen panes and charts. src/uno writes each one
// with a single setDataArray and a few range-level formatting calls, so every
// decision about what goes where is made (and unit-tested) here.
//
//   for (const SheetLayout& s : layoutReport(results)) writeSheet(doc, s);
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grid.h"
#include "results.h"

namespace cf::core {

// The look of a cell; src/uno maps each tag to font, number format and border.
enum class CellStyle : std::uint8_t {
  Plain,
  Title,        // the sheet's title, large and bold
  Note,         // "How to read this", wrapped, italic
  Section,      // a heading inside the sheet (a group's block on Priorities)
  Header,       // a column header, bold on a grey band
  Label,        // a row label (attribute, group)
  Count,        // a whole number: n, counts
  Mean,         // two decimals
  Interval,     // two decimals, grey: a confidence bound
  Signed,       // two decimals with a sign: gaps, differences, biases
  Correlation,  // three decimals: r, ρ, Better, Worse
  Percent,      // one decimal, the number is already in percent
  Suppressed,   // "n<5": too few answers to show a number
  Flag,         // a finding the reader should notice ("Concentrate here", "mission drift")
  Probability,  // a p or q value: three decimals, "<0.001" below that
};

// A static fill that stands for a colour scale: the colour is decided when the
// sheet is built, so it prints and survives export to any format.
inline constexpr std::uint32_t kNoFill = 0xFFFFFFFFu;

struct ReportCell {
  CellKind kind = CellKind::Empty;
  double number = 0.0;
  std::string text;  // always written as text, never as a formula
  CellStyle style = CellStyle::Plain;
  std::uint32_t fill = kNoFill;  // 0xRRGGBB
};

// Inclusive 0-based cell block.
struct CellBlock {
  std::size_t firstRow = 0;
  std::size_t firstColumn = 0;
  std::size_t lastRow = 0;
  std::size_t lastColumn = 0;
};

enum class ChartKind : std::uint8_t {
  Scatter,  // data: a header row, then X in the first column and Y in the second
  Column,   // data: a header row and a first column of category labels
  // data: a header row and a first column of category labels, one series
  // (one line) per further column
  Line,
};

struct ChartSpec {
  std::string name;  // unique within the sheet: the chart object's name
  std::string title;
  ChartKind kind = ChartKind::Column;
  CellBlock data;
  // Where the chart's top-left corner sits, and its size in cells.
  std::size_t anchorRow = 0;
  std::size_t anchorColumn = 0;
  std::size_t widthColumns = 7;
  std::size_t heightRows = 18;
  std::string xTitle;
  std::string yTitle;
  // Scatter: the axes cross here, drawing the quadrant lines (NaN: default).
  double crossX = kNotComputable;
  double crossY = kNotComputable;
  // The value axis's range (NaN: Calc's own): a line chart of means starts
  // near its lowest mean, so that a change of half a point shows.
  double yMin = kNotComputable;
  double yMax = kNotComputable;
  // Scatter: each point's label, in the data's row order (empty: none).
  std::vector<std::string> pointLabels{};
};

struct SheetLayout {
  std::string name;  // the sheet name wanted; src/uno adds a suffix when it is taken
  std::vector<std::vector<ReportCell>> rows;  // rectangular: each row has columns() cells
  std::size_t freezeRows = 0;     // rows that stay on screen when scrolling
  std::size_t freezeColumns = 0;
  std::vector<CellBlock> merged;
  std::vector<ChartSpec> charts;

  std::size_t columns() const { return rows.empty() ? 0 : rows.front().size(); }
  const ReportCell& at(std::size_t row, std::size_t column) const { return rows[row][column]; }
};

// One attribute of a group's importance–performance analysis.
struct PriorityRow {
  std::size_t attribute = 0;
  double x = kNotComputable;  // satisfaction
  double y = kNotComputable;  // importance (stated mean, or derived r)
  double gap = kNotComputable;
  Quadrant quadrant = Quadrant::None;
};

// A group's attributes as the Priorities sheet ranks and plots them: by gap
// where importance was asked; else placed by derived importance (the
// correlation with the outcome), crossing at the mean of the plotted points,
// "Concentrate here" first. `derived` says which; rows is empty when neither
// can be computed.
struct GroupPriorities {
  std::vector<PriorityRow> rows;
  double crossX = kNotComputable;
  double crossY = kNotComputable;
  bool derived = false;
};
GroupPriorities groupPriorities(const Results& results, std::size_t group);

// Every output sheet for `results`, in the order they are added: Value Matrix;
// Trends when `results.waves` holds two waves or more; Priorities and Primary
// vs Supporting always; Derived importance when the table has an outcome; NPS
// and Kano when it has those columns; Assumptions vs Evidence when
// `results.assumptions` is not empty; Voices when someone wrote a comment.
// Trends opens with what changed from the wave before the last to the last,
// in the words of describeChanges (waves/changes.h). Each sheet opens with a
// title and a "How to read this" note. Sheet names, headings and notes come
// from the current string table (messages.h); numbers written into text use
// `decimalSeparator`, the one of the document's locale. Suppressed numbers are
// Suppressed text ("n<5"), numbers that cannot be computed are empty cells. A
// text longer than kMaxLabelBytes (a group or attribute name; not the note) is
// cut there, with "…". Never fails.
std::vector<SheetLayout> layoutReport(const Results& results,
                                      std::string_view decimalSeparator = ".");

inline constexpr std::size_t kMaxLabelBytes = 200;

// A fingerprint of everything about a sheet but its numbers: its name, size,
// frozen panes, each cell's kind, style, fill and text, the merged blocks and
// the charts. Two layouts with the same fingerprint look the same once
// written, whatever numbers they show; a rebuild uses it to rewrite only the
// numbers of a sheet that would look as it does. Fits in 52 bits (exact in a
// double).
std::uint64_t looksSignature(const SheetLayout& layout);

// "Concentrate here", "Keep up the good work", … in the current string
// table; empty for Quadrant::None.
std::string quadrantLabel(Quadrant quadrant);

// "n<5" for minN = 5: what a suppressed cell shows.
std::string suppressedText(std::size_t minN);

// The fill of a colour scale from red (0) through pale yellow (0.5) to green
// (1); `position` is clamped to [0, 1]. Eleven steps, so that equal-looking
// cells share one formatting call.
std::uint32_t scaleFill(double position);

}  // namespace cf::core
