// Decoding a feedback table's rows into Responses for the analysis, with a
// fixed mapping, in chunks if the table is large.
//
//   TableReader reader(m);
//   Analyzer analyzer(reader.layout(), options);
//   reader.readTable(grid, analyzer);     // or read(chunk, sheetRow, analyzer)
//   InputSummary s = reader.summary();    // rows, rowsUsed, issues
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grid.h"
#include "mapping.h"
#include "result.h"
#include "survey.h"

namespace cf::core {

struct ReaderOptions {
  std::size_t maxIssues = 1000;  // issues kept in full; all are counted
  // 0-based sheet column of the grid's first column, for the letters in issues.
  std::size_t firstSheetColumn = 0;
  // Roles from a Customers register: used for groups that the mapping does
  // not name and whose row has no role in a Role column.
  std::map<std::string, Role> registerRoles;
  // The role of a group that neither the mapping, nor its row, nor the
  // register names. The pipeline makes it Supporting when the mapping names
  // a primary group: there is one primary customer, the others support.
  Role otherGroupsRole = Role::Unknown;
};

// Per mapped column, what became of its cells (for the mapping dialog).
struct ColumnStats {
  std::size_t index = 0;  // grid column
  std::size_t used = 0;   // cells that gave a value
  std::size_t notApplicable = 0;
  std::size_t blank = 0;     // also counted as issues where a value was expected
  std::size_t unusable = 0;  // text in a numeric column, off the scale, …
  std::size_t offScale = 0;  // of `unusable`: numbers off the column's scale
  // Of `unusable`: the texts that fit none of the column's labels, the first
  // kept few with their counts; the rest are counted in otherTexts.
  struct Text {
    std::string text;
    std::size_t count = 0;
  };
  std::vector<Text> unknownTexts;
  std::size_t otherTexts = 0;
  // Off-scale numbers seen, the first few distinct, with their counts.
  std::vector<std::pair<double, std::size_t>> offScaleValues;
};

// Decodes rows with a fixed mapping. It keeps no per-row state, so a table can
// be read in chunks of any size; memory stays bounded by the column count and
// the capped issue list. Rows whose cells are all empty are skipped and not
// counted.
class TableReader {
 public:
  explicit TableReader(const Mapping& mapping, ReaderOptions options = {});

  const SurveyLayout& layout() const { return layout_; }

  // Calls sink.add once for each non-empty row of `rows` from `skipRows` on.
  // firstSheetRow is the 1-based sheet row of rows' row 0. Every unusable cell
  // becomes kMissing / KanoAnswer::None and an issue; not-applicable codes
  // become kMissing without one. Response::group is trimmed and valid UTF-8;
  // Response::role is the mapping's role for the group, else the row's Role
  // column, else the register's. Nothing throws (except what `sink` throws).
  void read(const Grid& rows, std::size_t firstSheetRow, ResponseSink& sink,
            std::size_t skipRows = 0);
  // The whole table in one grid: the rows below the mapping's header row.
  // firstSheetRow is the 1-based sheet row of the grid's row 0.
  void readTable(const Grid& table, ResponseSink& sink, std::size_t firstSheetRow = 1);

  InputSummary summary() const;
  std::size_t notApplicableCount() const { return notApplicable_; }
  std::size_t blankCount() const { return blank_; }
  std::vector<ColumnStats> columnStats() const;

 private:
  // One mapped column, in column order, with what the hot loop needs about it.
  struct Slot {
    std::size_t column = 0;
    ColumnKind kind = ColumnKind::Ignore;
    std::size_t target = 0;  // attribute index (items) or Kano index
    Scale scale;
    bool numericNotApplicable = true;  // false for NPS: 0–10 are answers there
    bool wholeNumbers = false;         // NPS: 8.5 is not an answer on the 0–10 form
    std::string letter;                // "G"
    std::string negativeFolded;        // two-label outcome, for the odd "Satisfied"
    std::string positiveFolded;
    std::string negativeExact;  // as detected, for the common exact match
    std::string positiveExact;
    // Value labels, folded: text answers on the column's scale.
    std::vector<std::pair<std::string, double>> labels;  // NaN: not applicable
    ColumnStats stats;
  };
  struct Label {
    std::string folded;
    KanoAnswer answer = KanoAnswer::None;
  };
  struct RoleEntry {
    std::string folded;
    Role role = Role::Unknown;
  };

  double readNumber(const CellView& cell, Slot& slot, std::size_t sheetRow);
  // A text cell of a numeric column: a value label, a number written as text
  // ("4", "3,5"), a not-applicable text, or an issue.
  double readTextValue(std::string_view t, Slot& slot, std::size_t sheetRow);
  void countUnknownText(Slot& slot, std::string_view t);
  void countOffScale(Slot& slot, double v);
  double readLabel(const CellView& cell, Slot& slot, std::size_t sheetRow);
  KanoAnswer readKano(const CellView& cell, Slot& slot, std::size_t sheetRow);
  std::string_view readGroup(const CellView& cell, Slot& slot, std::size_t sheetRow);
  Role readRole(const CellView& cell, Slot& slot, std::size_t sheetRow);
  Role roleOfGroup(std::string_view group, Role fromColumn) const;
  bool isNotApplicable(double value) const {
    for (double c : notApplicableNumbers_)
      if (c == value) return true;
    return false;
  }
  bool isNotApplicableText(std::string_view text) const;
  // Counts an unusable cell; the message is built only while issues are kept.
  bool countIssue(Slot& slot);
  void keepIssue(const Slot& slot, std::size_t sheetRow, std::string problem);
  void countBlank(Slot& slot, std::size_t sheetRow, std::string_view problem);

  SurveyLayout layout_;
  std::vector<Slot> slots_;
  std::size_t firstDataRow_ = 1;
  bool decimalComma_ = false;
  std::size_t maxIssues_ = 1000;
  std::vector<double> notApplicableNumbers_;
  std::vector<std::string> notApplicableText_;
  std::vector<RoleEntry> mappingRoles_;
  std::vector<RoleEntry> registerRoles_;
  Role otherGroupsRole_ = Role::Unknown;
  std::vector<Label> kanoLabels_;

  // Reused for every row: the Response points into these.
  std::vector<double> importance_;
  std::vector<double> satisfaction_;
  std::vector<KanoAnswer> kanoFunctional_;
  std::vector<KanoAnswer> kanoDysfunctional_;
  std::string groupBuffer_;  // a numeric or repaired group name
  // Comment columns and name columns (first name, last name…), by grid column.
  std::vector<std::size_t> commentColumns_;
  std::vector<std::size_t> nameColumns_;
  std::vector<std::string_view> comments_;
  std::string nameBuffer_;

  std::size_t rows_ = 0;
  std::size_t rowsUsed_ = 0;
  std::size_t issueCount_ = 0;
  std::size_t notApplicable_ = 0;
  std::size_t blank_ = 0;
  std::vector<InputIssue> issues_;
};

}  // namespace cf::core
