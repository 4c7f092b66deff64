// The Customer Focus report: what a board reads in ten minutes, built from
// the customer model and the analysis of a survey, as named sections that the
// Writer layer draws the way it draws the worksheet (writer_worksheet.h), so
// that an update rewrites only the computed parts.
//
//   ReportOptions o;
//   o.source = {.file = "survey-2026.csv", .sheet = "survey-2026", …};
//   o.today = "2026-12-02";
//   o.plan = rowsTheTeamTyped;            // read back from the document
//   WorksheetPlan plan = planReport(model, results, o);
//
// The words come from tr(), so the caller makes the document's language
// current first (ScopedMessages).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "date_format.h"
#include "mapping.h"
#include "model.h"
#include "results.h"
#include "worksheet.h"

namespace cf::core {

// The prefix of the report's section names ("CustomerFocus.Report.Values");
// its tables are "CustomerFocus_Report…", the plan "CustomerFocus_Plan".
inline constexpr const char* kReportPrefix = "CustomerFocus.Report.";
inline constexpr const char* kPlanTable = "CustomerFocus_Plan";

// Where the survey's cells are, for the Sources section.
struct SurveySource {
  std::string file;              // "survey-2026.csv": the document's file name
  std::string sheet;             // the sheet the table is on
  std::size_t firstColumn = 0;   // 0-based sheet column of the table's first column
  std::size_t firstRow = 0;      // 0-based sheet row of the table's first row
  std::size_t rows = 0;          // rows of the table, header rows among them
  Mapping mapping;               // the mapping the analysis used (grid columns)
};

// A row of the plan table: the group and attribute it is about (its key), and
// what the team typed.
struct PlanRow {
  std::string group;
  std::string attribute;
  std::string action;
  std::string owner;
  std::string due;
};

struct ReportOptions {
  SurveySource source;
  std::string today;  // YYYY-MM-DD, for the listening plan and the focus checks
  DateFormat dates = DateFormat::iso();
  std::string decimalSeparator = ".";
  // The plan rows as the document holds them now: a row whose group and
  // attribute are still to concentrate on keeps what was typed in it; a typed
  // row that is no longer one of them is kept at the end.
  std::vector<PlanRow> plan;
};

// The sections, in order: Who we serve, Focus checks, What each group
// values, What changed since last time (only when `results.waves` holds two
// waves or more), Where to act first, In their own words, Are we drifting?,
// What we assumed and what they said, Listening plan, What is our plan?,
// Sources.
// Groups come primary first, then in the model's order, then the survey's
// other groups. Figures withheld below the minimum n, and the comments of a
// group with fewer commenters, are never shown. Any model and results give a
// report.
WorksheetPlan planReport(const Model& model, const Results& results, const ReportOptions& options);

// "A", …, "Z", "AA": the sheet column letters of a 0-based column.
std::string columnLetters(std::size_t column);

}  // namespace cf::core
