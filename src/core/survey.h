// The shape of a feedback table once it has been read: what the reader
// (feedback_table.h) hands to the analysis (analysis.h), one respondent at a
// time, so that a table of a million rows can be read in chunks and analysed
// in memory bounded by groups × attributes, not by rows.
//
//   TableReader reader(mapping);          // decides the SurveyLayout
//   Analyzer analyzer(reader.layout(), options);
//   reader.read(chunk, firstRow, analyzer);   // calls analyzer.add(response)
//   Results r = analyzer.finish(reader.summary());
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cf::core {

enum class Role : std::uint8_t { Unknown, Primary, Supporting };

// "primary", "supporting", "unknown": the names used in JSON and in sheets.
std::string_view roleName(Role role);
// The role as a person reads it, in the UI language ("primary", "primär").
std::string roleLabel(Role role);
// Accepts the names above, case-insensitive and trimmed; Unknown otherwise.
Role parseRole(std::string_view text);

// A Kano answer on the standard five-point form; None when missing or unusable.
enum class KanoAnswer : std::uint8_t { None, Like, Expect, Neutral, LiveWith, Dislike };

// The answer scale of a numeric column, for example 1–5 or 0–10.
struct Scale {
  double min = 1.0;
  double max = 5.0;
  double midpoint() const { return (min + max) / 2.0; }
  bool contains(double v) const { return v >= min && v <= max; }
};

enum class OutcomeKind : std::uint8_t { None, Numeric, TwoLabel };

// Which measures the table has. Index i of every per-attribute vector refers
// to attributes[i]; index k of the Kano vectors to kanoAttributes[k].
struct SurveyLayout {
  std::vector<std::string> attributes;
  std::vector<bool> hasImportance;
  std::vector<bool> hasSatisfaction;
  std::vector<Scale> importanceScale;
  std::vector<Scale> satisfactionScale;

  OutcomeKind outcome = OutcomeKind::None;
  std::string outcomeName;
  Scale outcomeScale;
  // For a two-label outcome: [0] is the negative label, [1] the positive one.
  std::string outcomeLabels[2];

  bool hasNps = false;

  std::vector<std::string> kanoAttributes;

  // Free-text columns, by header, in column order: what customers wrote.
  std::vector<std::string> commentColumns;
};

inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
inline bool isMissing(double v) { return std::isnan(v); }

// One respondent after decoding. Every value the reader could not use is
// kMissing (or KanoAnswer::None) and has been reported as an InputIssue.
// The pointers are valid only during ResponseSink::add.
struct Response {
  std::size_t row = 0;      // 1-based row number as the user sees it in the sheet
  std::string_view group;   // empty when the row has no group
  Role role = Role::Unknown;  // from a Role column, Unknown when there is none
  const double* importance = nullptr;    // layout.attributes.size() values
  const double* satisfaction = nullptr;  // layout.attributes.size() values
  double outcome = kMissing;  // numeric value; for TwoLabel 1 = positive, 0 = negative
  double nps = kMissing;      // 0–10
  const KanoAnswer* kanoFunctional = nullptr;     // layout.kanoAttributes.size()
  const KanoAnswer* kanoDysfunctional = nullptr;  // layout.kanoAttributes.size()
  // One text per layout.commentColumns entry, "" when the cell is blank.
  std::span<const std::string_view> comments;
  // The respondent's name from the table's name columns ("Anna Schmidt"),
  // so that it can be masked in quotes; "" when the table has none.
  std::string_view name;
};

class ResponseSink {
 public:
  virtual ~ResponseSink() = default;
  virtual void add(const Response& response) = 0;
};

// A cell the reader did not use, and why, for example
// {row 14, column "G", problem "text in a numeric column: \"n/a\""}.
struct InputIssue {
  std::size_t row = 0;     // 1-based sheet row
  std::string column;      // column letter as the user sees it ("G")
  std::string problem;
};

struct InputSummary {
  std::size_t rows = 0;      // data rows read (header excluded)
  std::size_t rowsUsed = 0;  // rows that gave at least one usable value
  std::size_t issueCount = 0;         // every unusable cell, counted
  std::vector<InputIssue> issues;     // the first ones in full (capped, see reader)
};

// A leader's prediction, from an `Assumptions` sheet: how important they
// believe `attribute` is to `group`.
struct Assumption {
  std::string group;
  std::string attribute;
  double predicted = 0.0;
};

}  // namespace cf::core
