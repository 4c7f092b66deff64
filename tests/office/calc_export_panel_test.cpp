// A survey export as people get it: a Google Forms response sheet, saved as
// CSV and opened in Calc, analysed by pressing the Calc panel's Build value
// matrix button, with nothing configured. The panel and the build use the
// same detection, so what the panel says is what the sheets hold.
#include "document_state.h"
#include "office_environment.h"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <cmath>
#include <fstream>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

// The header and answers as Google Forms writes them ("Download responses
// (.csv)"): a timestamp, a "who are you" question, two grid questions whose
// rows are the items, a 0–10 recommendation question and a comment. Five
// students and five parents, so that no group falls under the minimum n.
// By hand, the means per group:
//                 importance        satisfaction
//   Students  TQ  5 5 4 5 4 = 4.6   4 3 4 5 4 = 4.0
//             OH  3 4 3 2 3 = 3.0   2 3 2 3 2 = 2.4
//   Parents   TQ  4 4 5 3 4 = 4.0   3 4 3 4 3 = 3.4
//             OH  5 5 4 5 4 = 4.6   3 2 2 3 1 = 2.2
const char* kGoogleForms =
    "\"Timestamp\",\"I am a:\","
    "\"How important are the following to you? [Tutoring quality]\","
    "\"How important are the following to you? [Opening hours]\","
    "\"How satisfied are you with the following? [Tutoring quality]\","
    "\"How satisfied are you with the following? [Opening hours]\","
    "\"How likely are you to recommend us to a friend or colleague?\","
    "\"Anything else you would like to tell us?\"\n"
    "\"2024/03/04 9:12:45 AM GMT+1\",\"Student\",\"5\",\"3\",\"4\",\"2\",\"9\",\"\"\n"
    "\"2024/03/04 9:20:02 AM GMT+1\",\"Parent\",\"4\",\"5\",\"3\",\"3\",\"6\",\"Please open on "
    "Saturdays\"\n"
    "\"2024/03/04 10:01:13 AM GMT+1\",\"Student\",\"5\",\"4\",\"3\",\"3\",\"10\",\"\"\n"
    "\"2024/03/04 11:45:50 AM GMT+1\",\"Parent\",\"4\",\"5\",\"4\",\"2\",\"8\",\"\"\n"
    "\"2024/03/05 8:03:31 AM GMT+1\",\"Student\",\"4\",\"3\",\"4\",\"2\",\"8\",\"The tutors are "
    "great\"\n"
    "\"2024/03/05 8:30:09 AM GMT+1\",\"Parent\",\"5\",\"4\",\"3\",\"2\",\"9\",\"\"\n"
    "\"2024/03/05 1:14:27 PM GMT+1\",\"Student\",\"5\",\"2\",\"5\",\"3\",\"7\",\"\"\n"
    "\"2024/03/05 3:52:40 PM GMT+1\",\"Parent\",\"3\",\"5\",\"4\",\"3\",\"5\",\"\"\n"
    "\"2024/03/06 7:21:18 PM GMT+1\",\"Student\",\"4\",\"3\",\"4\",\"2\",\"9\",\"\"\n"
    "\"2024/03/06 9:09:56 PM GMT+1\",\"Parent\",\"4\",\"4\",\"3\",\"1\",\"10\",\"\"\n";

std::string label(const Reference<css::awt::XControlContainer>& controls, const char* name) {
  Reference<css::awt::XControl> control(controls->getControl(rtl::OUString::createFromAscii(name)),
                                        UNO_QUERY_THROW);
  return toUtf8(Reference<css::awt::XFixedText>(control->getPeer(), UNO_QUERY_THROW)->getText());
}

// The numbers of the first row of `sheet` whose first cell is `first`.
std::vector<double> numbersInRow(const Reference<css::sheet::XSpreadsheet>& sheet,
                                 const std::string& first) {
  Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
  Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
  used->gotoStartOfUsedArea(false);
  used->gotoEndOfUsedArea(true);
  const auto rows = Reference<css::sheet::XCellRangeData>(cursor, UNO_QUERY_THROW)->getDataArray();
  for (const auto& row : rows) {
    rtl::OUString text;
    if (row.getLength() == 0 || !(row[0] >>= text) || toUtf8(text) != first) continue;
    std::vector<double> numbers;
    for (const Any& cell : row) {
      double v = 0;
      if (cell >>= v) numbers.push_back(v);
    }
    return numbers;
  }
  return {};
}

bool has(const std::vector<double>& numbers, double value) {
  for (double v : numbers)
    if (std::fabs(v - value) < 1e-9) return true;
  return false;
}

TEST(CalcExportPanel, GoogleFormsExportIsAnalysedThroughThePanelButton) {
  const std::filesystem::path csv = artifactDir() / "google-forms-responses.csv";
  std::ofstream(csv, std::ios::binary) << kGoogleForms;
  // Opened as Calc opens a CSV a person double-clicks: comma, UTF-8.
  ScopedDocument doc(office().loadDocument(
      cli::Office::fileUrl(csv),
      {property("FilterName", Any(rtl::OUString("Text - txt - csv (StarCalc)"))),
       property("FilterOptions", Any(rtl::OUString("44,34,76,1,,1033,false,true")))}));
  ScopedPanel panel(doc.get(), "Calc");
  Reference<css::awt::XControlContainer> controls = panel.controls();

  const std::string before = label(controls, "DetectedLabel");
  EXPECT_NE(before.find("Respondents: 10"), std::string::npos) << before;
  EXPECT_NE(before.find("Student ("), std::string::npos) << before;
  EXPECT_NE(before.find("Parent ("), std::string::npos) << before;
  EXPECT_NE(before.find("Attributes (2)"), std::string::npos) << before;
  EXPECT_NE(before.find("Tutoring quality"), std::string::npos) << before;
  EXPECT_NE(before.find("Opening hours"), std::string::npos) << before;

  ASSERT_TRUE(pressButtonAndWait(doc, controls, "BuildButton"))
      << "no value matrix after pressing Build value matrix; the panel said\n"
      << before;
  ASSERT_TRUE(sheetsOf(doc)->hasByName("Value Matrix"));
  Reference<css::sheet::XSpreadsheet> matrix = sheetNamed(doc, "Value Matrix");
  const std::vector<double> hours = numbersInRow(matrix, "Opening hours");
  // One row per item, one block of importance, satisfaction and gap per group.
  const std::vector<double> quality = numbersInRow(matrix, "Tutoring quality");
  EXPECT_TRUE(has(quality, 4.6) && has(quality, 4.0) && has(quality, 3.4))
      << ::testing::PrintToString(quality);
  EXPECT_TRUE(has(hours, 3.0) && has(hours, 2.4) && has(hours, 4.6) && has(hours, 2.2))
      << ::testing::PrintToString(hours);
}

}  // namespace
}  // namespace cf::test
