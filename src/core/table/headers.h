// What a column's header says it holds: the header patterns of PRODUCT.md
// ("Importance: X", "Group", "Overall satisfaction"). Internal to src/core/table.
#pragma once

#include <string>
#include <string_view>

#include "mapping.h"
#include "table/words.h"

namespace cf::core::detail {

struct HeaderGuess {
  ColumnKind kind = ColumnKind::Ignore;
  std::string attribute;
  bool notAnItem = false;  // a word such as "age" or "delay": never a rating
  // From the words of an export's question, when the fixed patterns said
  // nothing. A tentative item is rated only when its values fit a scale.
  bool tentative = false;
  bool metadata = false;   // a survey tool's own column (timestamp, id, progress …)
  bool whoYouAre = false;  // asks who the respondent is: a group candidate
  // Asks for the respondent's own words ("Anything else…?", "Why…?"): a
  // comment when its answers are long text, decided once the values are seen.
  bool asksForWords = false;
  Measure measure = Measure::None;
};

// A grid question's header cut into its question and its item:
// "How important …? [Tutoring]", "Question - Item", "Item - Question",
// "Question: Item", "Item (Question)", "Question?.Item", "IMP[SQ001]",
// "importance/imp_tutoring", "Imp_Tutoring", "Importance of Tutoring".
// `item` is empty for a header that is not a grid column.
struct GridHeader {
  std::string question;
  std::string item;
};
GridHeader splitGridHeader(std::string_view header);

// classifyHeader, then, for what it leaves unknown, the export's words: the
// metadata columns, the measure of a question in four languages, outcome,
// likelihood to recommend and the who-are-you questions.
HeaderGuess classifyColumn(std::string_view header);

HeaderGuess classifyHeader(std::string_view header);

}  // namespace cf::core::detail
