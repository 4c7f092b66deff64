// The planning worksheet as plain text: which named sections the Writer
// document gets, their headings, introductions and table cells. The UNO layer
// only draws this plan (src/uno/writer_worksheet.h), so what the worksheet
// says is decided, and tested, here.
//
//   WorksheetPlan plan = planWorksheet(model);
//   for (const WorksheetSection& s : plan.sections) draw(s.name, s.heading, s.table);
#pragma once

#include "date_format.h"
#include "model.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace cf::core {

// The prefixes of the section and table names the worksheet owns; updating
// rewrites only what carries them. Writer refuses a table name with a dot
// (it would clash with cell references such as Table1.A1), hence two.
inline constexpr const char* kWorksheetPrefix = "CustomerFocus.";
inline constexpr const char* kWorksheetTablePrefix = "CustomerFocus_";

// A table with a header row; every row has as many cells as the header.
struct WorksheetTable {
  std::string name;  // "CustomerFocus_Primary"
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  // The columns' relative widths, one per column; empty: equal widths.
  std::vector<int> widths{};
};

// A further piece of a section, drawn in order after its table: the report
// (board_report.h) is made of these.
struct WorksheetBlock {
  enum class Kind : std::uint8_t { Subheading, Paragraph, Table, Picture };
  Kind kind = Kind::Paragraph;
  std::string text{};      // Subheading, Paragraph; Picture: its description
  WorksheetTable table{};  // Table
  std::string svg{};       // Picture: an SVG image
  int widthMm = 0;         // Picture: its size on the page
  int heightMm = 0;
};

// One question of the worksheet, drawn as one named section: a heading, an
// introduction (left out when empty), then the table, or `emptyNote` when the
// table has no rows (nothing when that is empty too), then the blocks.
struct WorksheetSection {
  std::string name;  // "CustomerFocus.Primary"
  std::string heading;
  std::string introduction;
  WorksheetTable table;
  std::string emptyNote;
  std::vector<WorksheetBlock> blocks{};
};

struct WorksheetPlan {
  std::vector<WorksheetSection> sections;
  // Sections an earlier drawing may have left that this one has no place for
  // (a report once built from waves, now from one survey): removed where the
  // document holds them.
  std::vector<std::string> retired{};
};

// The four sections, in order: CustomerFocus.Primary, .Supporting, .Values
// and .Listening. Any model gives a plan; missing answers show as "—" or as
// the section's empty note, never as an error. Dates are written in `dates`
// (the document's pattern; ISO when none is given).
WorksheetPlan planWorksheet(const Model& model, const DateFormat& dates = DateFormat::iso());

// A worksheet cell shows at most this many characters of a text; the model
// keeps the whole. Writer needs minutes to lay out 100,000 characters without
// a space in a narrow table cell, and the office is frozen meanwhile.
inline constexpr std::size_t kMaxCellCharacters = 1000;

// `text` cut after kMaxCellCharacters characters (never inside one), with
// "…" when it was cut.
std::string shownInCell(std::string text);

// "Safe place after school (importance 5)": an assumed value as one cell.
std::string assumedValueText(const AssumedValue& value);
// "Quiet room (Exit survey, 2024-03-01, 42 respondents)": a stated value as
// one cell; the parts that were not given are left out.
std::string statedValueText(const StatedValue& value, const DateFormat& dates = DateFormat::iso());

}  // namespace cf::core
