#include "table/layouts.h"

#include <algorithm>

#include "table/common.h"
#include "table/words.h"
#include "text.h"

namespace cf::core::detail {
namespace {

// A tool that writes more than one header row, known by what its extra rows
// hold. `nameRow` is the row of the block (0-based) whose text names the
// columns; with `joinSubRow` the next row holds sub-questions to join to the
// question carried over from the left.
struct MultiRowLayout {
  std::string_view layout;
  std::size_t headerRows;
  std::size_t nameRow;
  bool joinSubRow;
  std::size_t markRow;            // row of the block that carries the mark
  std::string_view markPrefix;    // a cell there starts with this (folded)
  std::string_view markCells[4];  // or equals one of these (folded)
};

constexpr MultiRowLayout kMultiRowLayouts[] = {
    // Qualtrics: export tags, question text, {"ImportId":"QID2_1"}.
    {"qualtrics", 3, 1, false, 2, "{\"importid\"", {}},
    // SurveyMonkey (expanded): question text over a grid's first column, then
    // one row of sub-questions, "Response" under single questions.
    {"surveyMonkey",
     2,
     0,
     true,
     1,
     "",
     {"response", "open-ended response", "other (please specify)"}},
};

// Columns whose names alone say which tool wrote the table.
struct ToolMark {
  std::string_view layout;
  std::string_view name;  // folded
};
constexpr ToolMark kToolMarks[] = {
    {"googleForms", "timestamp"},
    {"googleForms", "marca temporal"},
    {"googleForms", "zeitstempel"},
    {"googleForms", "horodateur"},
    {"microsoftForms", "completion time"},
    {"microsoftForms", "last modified time"},
    {"microsoftForms", "hora de inicio"},
    {"microsoftForms", "startzeit"},
    {"limeSurvey", "lastpage"},
    {"limeSurvey", "last page"},
    {"limeSurvey", "startlanguage"},
    {"limeSurvey", "submitdate"},
    {"limeSurvey", "date submitted"},
    {"typeform", "submit date (utc)"},
    {"typeform", "network id"},
    {"koboToolbox", "_uuid"},
    {"koboToolbox", "_submission_time"},
    {"qualtrics", "responseid"},
    {"qualtrics", "recordeddate"},
    {"surveyMonkey", "collector id"},
    {"surveyMonkey", "respondent id"},
};

// Metadata columns of when a response was started or given, by their whole
// folded name, and by how it starts or ends.
constexpr std::string_view kTimeNames[] = {
    "timestamp", "marca temporal", "zeitstempel", "horodateur", "marque de temps", "start date",
    "end date", "startdate", "enddate", "start time", "end time", "completion time",
    "last modified time", "submitdate", "submit date", "date submitted", "datestamp",
    "date last action", "date started", "recordeddate", "recorded date", "start", "end", "today",
    "submission time", "submitted at", "fecha", "date", "datum", "hora de inicio",
    "hora de finalizacion", "startzeit", "fertigstellungszeit", "heure de debut", "heure de fin"};
constexpr std::string_view kTimePrefixes[] = {"date submitted", "submit date", "start date (",
                                              "end date ("};
constexpr std::string_view kTimeSuffixes[] = {" timestamp", "_time", " time (utc)"};

// The other metadata columns by their whole folded name.
constexpr std::string_view kMetadataNames[] = {
    // durations
    "interviewtime", "total time", "time taken", "duration", "duration (in seconds)",
    // ids
    "id", "#", "response id", "responseid", "respondent id", "collector id", "_id", "_uuid",
    "_index", "_parent_index", "uuid", "token", "instanceid", "meta/instanceid",
    "meta/instancename", "externalreference", "external data reference", "custom data 1",
    "custom data", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "network id",
    "ended", "respondent",
    // people and places
    "email", "email address", "e-mail", "e-mail address", "correo", "correo electronico",
    "adresse e-mail", "e-mail-adresse", "name", "full name", "first name", "last name",
    "recipientfirstname", "recipientlastname", "recipientemail", "recipient first name",
    "recipient last name", "recipient email", "ip address", "ipaddress", "ipaddr", "ip", "location",
    "locationlatitude", "locationlongitude", "location latitude", "location longitude", "refurl",
    "referrer url", "referer", "user agent",
    // progress and settings
    "progress", "finished", "status", "response type", "distributionchannel",
    "distribution channel", "userlanguage", "user language", "language", "startlanguage",
    "start language", "lastpage", "last page", "seed", "tags", "_tags", "_notes", "_status",
    "_submission_time", "_submitted_by", "_validation_status", "__version__", "_version_",
    "q_recaptchascore", "q_relevantidduplicate", "q_relevantidduplicatescore",
    "q_relevantidfraudscore", "q_relevantidlaststartdate", "audit", "score", "quiz score", "points",
    "feedback points", "total points", "grade"};

// The other metadata columns by how their folded name starts or ends.
constexpr std::string_view kMetadataPrefixes[] = {"_", "meta/", "q_", "custom data "};
constexpr std::string_view kMetadataSuffixes[] = {"(utc)", "interviewtime"};

std::string foldedName(std::string_view text) { return foldWords(trim(text)); }

std::string cellText(const Grid& grid, std::size_t r, std::size_t c) {
  if (r >= grid.rows()) return std::string();
  return headerText(grid.at(r, c));
}

bool rowHasMark(const Grid& grid, std::size_t row, const MultiRowLayout& l) {
  if (row >= grid.rows()) return false;
  std::size_t marks = 0;
  for (std::size_t c = 0; c < grid.cols(); ++c) {
    const CellView cell = grid.at(row, c);
    if (!cell.isText()) continue;
    const std::string f = foldCase(trim(cell.text.substr(0, 64)));
    if (!l.markPrefix.empty() && startsWith(f, l.markPrefix)) ++marks;
    for (std::string_view m : l.markCells)
      if (!m.empty() && f == m) ++marks;
  }
  return marks > 0;
}

}  // namespace

HeaderBlock recogniseHeaderBlock(const Grid& grid, std::size_t headerRow) {
  HeaderBlock block;
  block.headerRow = headerRow;
  for (const MultiRowLayout& l : kMultiRowLayouts) {
    if (headerRow + l.headerRows > grid.rows()) continue;
    if (!rowHasMark(grid, headerRow + l.markRow, l)) continue;
    block.headerRows = l.headerRows;
    block.layout = std::string(l.layout);
    return block;
  }
  return block;
}

std::string recogniseTool(const std::vector<std::string>& names) {
  for (const std::string& n : names) {
    const std::string f = foldedName(n);
    for (const ToolMark& m : kToolMarks)
      if (f == m.name) return std::string(m.layout);
  }
  return std::string();
}

std::vector<std::string> columnNames(const Grid& grid, std::size_t headerRow,
                                     std::size_t headerRows, std::string_view layout) {
  std::vector<std::string> names(grid.cols());
  const MultiRowLayout* multi = nullptr;
  for (const MultiRowLayout& l : kMultiRowLayouts)
    if (l.layout == layout && l.headerRows == headerRows) multi = &l;
  if (!multi) {
    for (std::size_t c = 0; c < grid.cols(); ++c) names[c] = cellText(grid, headerRow, c);
    return names;
  }
  const std::size_t nameRow = headerRow + multi->nameRow;
  std::string question;  // carried over the blank cells of a grid
  for (std::size_t c = 0; c < grid.cols(); ++c) {
    std::string own = cellText(grid, nameRow, c);
    if (!multi->joinSubRow) {
      // A blank question text falls back to the export tag above it.
      names[c] = own.empty() ? cellText(grid, headerRow, c) : std::move(own);
      continue;
    }
    if (!own.empty()) question = own;
    const std::string sub = cellText(grid, nameRow + 1, c);
    const std::string fsub = foldCase(sub);
    if (sub.empty() || fsub == "response" || fsub == "open-ended response")
      names[c] = own;  // a single question; a blank over blank stays unnamed
    else if (question.empty())
      names[c] = sub;
    else
      names[c] = clipText(question + " - " + sub, kHeaderBytes);
  }
  return names;
}

bool isTimeName(std::string_view name) {
  const std::string f = foldedName(name);
  if (f.empty()) return false;
  if (std::find(std::begin(kTimeNames), std::end(kTimeNames), f) != std::end(kTimeNames))
    return true;
  for (std::string_view p : kTimePrefixes)
    if (startsWith(f, p)) return true;
  for (std::string_view s : kTimeSuffixes)
    if (endsWith(f, s)) return true;
  return false;
}

bool isMetadataName(std::string_view name) {
  const std::string f = foldedName(name);
  if (f.empty()) return false;
  if (isTimeName(name)) return true;
  if (std::find(std::begin(kMetadataNames), std::end(kMetadataNames), f) !=
      std::end(kMetadataNames))
    return true;
  for (std::string_view p : kMetadataPrefixes)
    if (startsWith(f, p)) return true;
  for (std::string_view s : kMetadataSuffixes)
    if (endsWith(f, s)) return true;
  return false;
}

bool isPersonNameHeader(std::string_view name) {
  static constexpr std::string_view kNames[] = {"name",
                                                "full name",
                                                "first name",
                                                "last name",
                                                "your name",
                                                "respondent name",
                                                "participant name",
                                                "surname",
                                                "given name",
                                                "family name",
                                                "recipientfirstname",
                                                "recipientlastname",
                                                "recipient first name",
                                                "recipient last name",
                                                "firstname",
                                                "lastname",
                                                "vorname",
                                                "nachname",
                                                "ihr name",
                                                "nom",
                                                "prenom",
                                                "nom complet",
                                                "votre nom",
                                                "nombre",
                                                "apellido",
                                                "apellidos",
                                                "nombre completo",
                                                "su nombre"};
  const std::string f = foldedName(name);
  return std::find(std::begin(kNames), std::end(kNames), f) != std::end(kNames);
}

}  // namespace cf::core::detail
