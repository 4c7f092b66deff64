// Mapping: what each column of a feedback table means (group, importance of
// "Wait time", a two-label outcome, …), which codes mean "not applicable", and
// the analysis settings that travel with it. detectMapping (feedback_table.h)
// proposes one, the mapping dialog lets the user correct it, mapping_io.h saves
// it as JSON, and TableReader reads the rows with it.
//
//   Mapping m = detectMapping(grid, {.notApplicable = {0}}).value();
//   if (!m.sure) showDialog(m.doubts);   // then TableReader reader(m);
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "survey.h"

namespace cf::core {

enum class ColumnKind : std::uint8_t {
  Ignore,             // read by nobody (demographics, delays, unknown text)
  Id,                 // respondent id
  Group,              // customer group, segment
  Role,               // "primary" / "supporting" per row
  Importance,         // stated importance of `attribute`
  Satisfaction,       // satisfaction with (performance of) `attribute`
  Outcome,            // overall satisfaction: numeric or two labels
  Nps,                // likelihood to recommend, 0–10
  KanoFunctional,     // Kano answer when `attribute` is present
  KanoDysfunctional,  // Kano answer when `attribute` is absent
  Comment,            // free text, kept for the reader of the sheet
  Wave,               // the survey wave of the row ("Spring 2025", 2024, "Round 2"); at most one
};

// "ignore", "id", "group", "role", "importance", "satisfaction", "outcome",
// "nps", "kanoFunctional", "kanoDysfunctional", "comment", "wave": the JSON
// names.
std::string_view columnKindName(ColumnKind kind);
// The inverse of columnKindName (exact spelling); nullopt for anything else.
std::optional<ColumnKind> parseColumnKind(std::string_view name);

// Where the IPA quadrants are split.
enum class Crosshair : std::uint8_t { DataMeans, ScaleMidpoint };
// "dataMeans", "scaleMidpoint".
std::string_view crosshairName(Crosshair crosshair);
std::optional<Crosshair> parseCrosshair(std::string_view name);

// The index of a column known only by its header (a hand-written mapping):
// bindMapping places it; TableReader reads such a column as blank.
inline constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);

// A text answer and what it stands for on its column's scale: "Very
// satisfied" → 5, "N/A" → not applicable. Compared trimmed and
// case-insensitively with the cells.
struct ValueLabel {
  std::string text;
  double value = 0.0;          // the scale position; unused when notApplicable
  bool notApplicable = false;  // skipped like a not-applicable code, not an issue
};

struct ColumnSpec {
  std::size_t index = 0;  // 0-based column in the grid the mapping applies to
  std::string header;     // trimmed header text; a saved mapping finds its column by it
  ColumnKind kind = ColumnKind::Ignore;
  // Importance, Satisfaction, Kano: the X of "Importance: X". Columns with the
  // same attribute (compared case-insensitively) form one attribute.
  std::string attribute;
  // Importance, Satisfaction, Nps and a numeric Outcome: the answer scale.
  Scale scale;
  // A two-label Outcome: the label that counts as 0 and the one that counts
  // as 1. Both empty for a numeric outcome.
  std::string negativeLabel;
  std::string positiveLabel;
  // Importance, Satisfaction, Nps and a numeric Outcome answered in words:
  // each label's place on `scale`. Empty for a column of numbers.
  std::vector<ValueLabel> labels;

  bool isTwoLabelOutcome() const {
    return kind == ColumnKind::Outcome && (!negativeLabel.empty() || !positiveLabel.empty());
  }
};

struct Mapping {
  std::size_t headerRow = 0;  // 0-based row of the (first) header row in the grid
  // Header rows from headerRow on: 2 for SurveyMonkey (question, then
  // sub-question), 3 for Qualtrics (export tag, question text, ImportId).
  // The respondents start at firstDataRow().
  std::size_t headerRows = 1;
  // The export layout the table was recognised as ("googleForms",
  // "microsoftForms", "surveyMonkey", "qualtrics", "limeSurvey", "typeform",
  // "koboToolbox"), empty for a plain table. It says how the header rows
  // combine into the column names.
  std::string layout;
  // One entry per column the mapping knows, in column order. Columns of the
  // grid with no entry are ignored.
  std::vector<ColumnSpec> columns;

  // Answers that mean "not applicable": skipped, not counted as issues.
  // Numbers apply to every numeric column except NPS, where 0–10 are always
  // answers; text codes (compared trimmed and case-insensitively) to every
  // measured column.
  std::vector<double> notApplicable;
  std::vector<std::string> notApplicableText;
  // Text cells that are numbers written with a decimal comma ("3,5") are read
  // as numbers; text such as "4" is always read as a number.
  bool decimalComma = false;

  // Group name → role. Overrides a Role column and the Customers register.
  // Names compare trimmed and case-insensitively.
  std::map<std::string, Role> groupRoles;

  std::size_t minN = 5;  // cells with fewer respondents are suppressed
  Crosshair crosshair = Crosshair::DataMeans;

  // Detection confidence. The mapping dialog opens by itself when !sure;
  // `doubts` are the sentences it shows, each naming a column. A mapping the
  // user saved or loaded is sure.
  bool sure = true;
  std::vector<std::string> doubts;
  // What detection recognised and did, said for the record: a tool's header
  // rows, decimal commas, metadata columns left out, items paired. Shown and
  // printed beside the doubts, but never makes the mapping unsure.
  std::vector<std::string> notes;

  std::size_t firstDataRow() const { return headerRow + headerRows; }
};

// The spec for grid column `index`, or nullptr when the mapping has none.
const ColumnSpec* findColumn(const Mapping& mapping, std::size_t index);

// "column G (Inflight wifi service)": how doubts and messages name a column.
// The header is shortened and made valid UTF-8.
std::string describeColumn(std::size_t index, std::string_view header);

// `text` cut to at most `maxBytes` at a character boundary (with "…" when
// cut) and made valid UTF-8: safe to put into a message or into JSON.
std::string clipText(std::string_view text, std::size_t maxBytes);

}  // namespace cf::core
