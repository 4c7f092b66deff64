// vnd.customerfocus:BuildValueMatrix: the feedback table at the cursor (or
// the selection) analysed by core and written as new, formatted, charted
// sheets, in one undo step. The menu, the Calc panel and `cfocus matrix` all
// run it. Arguments (dispatch PropertyValues or the URL query), all optional:
//
//   MappingFile   path or file URL of a mapping JSON; columns are bound to it
//                 instead of being detected. Without it, the mapping stored in
//                 the document (ColumnMapping) is used when it fits the table
//   ResultsFile   path or file URL: the results JSON (results_io.h) is written there
//   NotApplicable codes that mean "not applicable", separated by ';' ("0; 99;
//                 Don't know", core::parseNotApplicableCodes); the numbers
//                 replace the mapping's (empty for none), words are added to
//                 its words; default: the mapping's, or none when detected
//   Primary       the group that is the primary customer; every other group
//                 becomes supporting unless Supporting is given
//   Supporting    the supporting groups: a sequence of names, or one text with
//                 the names separated by ';'. A name the group column does not
//                 hold is refused, listing the groups it does
//   MinN          smallest sample shown as numbers (default 5)
//   Crosshair     dataMeans (default) or scaleMidpoint
//   ThemesFile    path or file URL of a codebook (CSV or JSON) for the comment
//                 columns, over the document's Themes sheet
//   CommentLanguage  en, de, fr or es; default: detected per comment column
//
// When detection is unsure and a person started the command, the column
// mapping dialog opens first. When nobody is there to ask (XNotifyingDispatch,
// cfocus), it goes on with the detected mapping and the result says what was
// doubtful, so the caller can check it and pass a MappingFile next time.
#pragma once

#include "commands.h"
#include "board_report.h"
#include "mapping.h"
#include "model.h"
#include "results.h"
#include "run_options.h"

#include <com/sun/star/frame/XModel.hpp>

#include <optional>
#include <string>
#include <vector>

namespace cf::uno {

void buildValueMatrixCommand(CommandContext& ctx);

// vnd.customerfocus:SuggestThemes: each group's most distinctive words in the
// comments of the table at the cursor, added as candidate rows (theme,
// keyword) under the document's Themes sheet, which it creates when there is
// none. A theme the sheet names already is not added again; nothing to add
// changes nothing. One undo step. Takes the build's arguments.
void suggestThemesCommand(CommandContext& ctx);

// vnd.customerfocus:ColumnMapping: the mapping of the table at the cursor.
// A person gets the mapping dialog, and the mapping they confirm is stored in
// the document (calc_mapping_store.h) for the next build. Arguments, for use
// without a dialog (both may be given; the file is loaded first):
//
//   MappingFile   path or file URL of a mapping JSON to store in the document;
//                 refused, with nothing changed, when it is bad or does not fit
//   Save          path or file URL: the document's mapping (the stored one, or
//                 the one the build would detect) is written there
//
//   Describe      true: the result is what the next build would use, in words,
//                 one line a column (sheet column, header, kind, attribute,
//                 scale, outcome labels) and one line a doubt; with Save, the
//                 mapping is also written. The document is not changed.
//                 cfocus detect prints it.
//
// With neither and nobody to ask, the result is the mapping JSON the next
// build would use.
void columnMappingCommand(CommandContext& ctx);

// vnd.customerfocus:ReadTable: the benchmark's floor. Reads the table the
// build would read (calc_table.h) with one getDataArray of the whole range,
// inside the office, and answers with the number of cells read. It changes
// nothing and takes no arguments. bench/office_bench times it against
// BuildValueMatrix: no implementation that reads the cells can be faster.
void readTableCommand(CommandContext& ctx);

// Rows the Calc panel reads to describe a table: the header and a sample,
// so that following the selection stays instant on a table of any size.
inline constexpr std::size_t kOverviewRows = 2000;

// What the Calc panel shows about the table at the cursor, without changing
// anything. For a table longer than kOverviewRows, everything after `rows`
// describes only the first `checkedRows` rows; the build reads them all.
struct TableOverview {
  std::string range;                     // "Sheet1.A1:W8508"
  std::size_t rows = 0;                  // rows below the header
  std::size_t checkedRows = 0;           // 0: all rows were read
  std::size_t respondents = 0;           // rows with a usable answer
  std::vector<std::string> groups;       // "Loyal Customer (primary, 6981)"
  std::vector<std::string> attributes;
  std::size_t unusableCells = 0;
  std::size_t notApplicableCells = 0;
  std::vector<std::string> doubts;       // empty when detection was sure
  bool builtHere = false;                // the cursor is on a sheet we built
};

// The overview of the table the command would read, with these settings.
// Throws UserError when there is no table at the cursor.
TableOverview inspectFeedbackTable(const css::uno::Reference<css::frame::XModel>& model,
                                   const core::NotApplicableCodes& notApplicable);

// The analysis of the feedback table a Calc document's build would read (the
// one at the cursor, or the source of the output sheet the cursor is on),
// with the customer model's assumed values as its predictions (the
// Assumptions sheet's when there are none) and its groups' roles (for the
// groups the mapping gives no role), and where its cells are. For the
// model update and the report. The command's NotApplicable, Primary,
// Supporting, MinN, Crosshair and MappingFile arguments apply as they do to
// the build. Throws UserError as the build does.
struct SurveyAnalysis {
  core::Results results;
  core::SurveySource source;  // file: the document's title
};
SurveyAnalysis analyseSurvey(const css::uno::Reference<css::frame::XModel>& model,
                             const core::Model& customers, const CommandContext& ctx);

}  // namespace cf::uno
