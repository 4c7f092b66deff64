// In their own words: the Riverside literacy survey (312 respondents, a
// Comment column in English and Spanish) opened in Calc, a Themes sheet
// typed beside it, and Build value matrix pressed on the Calc panel. The
// Voices sheet must count the themes per group, quote the customers, and go
// away with the one undo step. The expected counts were made apart from the
// extension, on the raw CSV (see tests/unit/pipeline_test.cpp): 23 of the 105
// adult learners who wrote a comment mention the bus.
#include "document_state.h"
#include "office_environment.h"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <filesystem>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

// A Themes sheet as a person types it: Theme, Keywords, Attribute.
void typeThemes(const ScopedDocument& doc) {
  Reference<css::sheet::XSpreadsheets> sheets =
      doc.as<css::sheet::XSpreadsheetDocument>()->getSheets();
  sheets->insertNewByName("Themes", 1);
  Reference<css::sheet::XSpreadsheet> themes(sheetsOf(doc)->getByName("Themes"), UNO_QUERY_THROW);
  const char* rows[][3] = {
      {"Theme", "Keywords", "Attribute"},
      {"Getting there", "bus; autobús", "Evening sessions close to home"},
      {"Changing tutors", "changed my tutor; tutor changed; start over; cambiaron",
       "One-to-one tutoring with the same tutor every week"},
      {"Lesson plans", "lesson plan*", ""}};
  Sequence<Sequence<Any>> cells(4);
  for (sal_Int32 r = 0; r < 4; ++r) {
    Sequence<Any> row(3);
    for (sal_Int32 c = 0; c < 3; ++c) row.getArray()[c] <<= rtl::OUString::fromUtf8(rows[r][c]);
    cells.getArray()[r] = row;
  }
  Reference<css::sheet::XCellRangeData>(themes->getCellRangeByName("A1:C4"), UNO_QUERY_THROW)
      ->setDataArray(cells);
  // The cursor goes back to the survey, as a person would put it there.
  Reference<css::sheet::XSpreadsheetView> view(doc.as<css::frame::XModel>()->getCurrentController(),
                                               UNO_QUERY_THROW);
  view->setActiveSheet(Reference<css::sheet::XSpreadsheet>(
      sheetsOf(doc)->getByName("riverside-survey-2025"), UNO_QUERY_THROW));
}

TEST(CalcVoices, ThemesAreCountedPerGroupAndQuotedFromThePanelAndUndoneInOneStep) {
  const auto csv = artifactDir() / "riverside-survey-2025.csv";
  std::filesystem::copy_file(CF_TEST_DATA_DIR "/riverside/riverside-survey-2025.csv", csv,
                             std::filesystem::copy_options::overwrite_existing);
  ScopedDocument doc = loadCsv(csv.string());
  typeThemes(doc);

  ScopedPanel panel(doc.get(), "Calc");
  ASSERT_TRUE(pressButtonAndWait(doc, panel.controls(), "BuildButton"));

  Reference<css::sheet::XSpreadsheet> voices = sheetNamed(doc, "Voices");
  ASSERT_TRUE(voices.is()) << "no Voices sheet after Build value matrix";
  const Sequence<Sequence<Any>> rows = usedCells(voices);

  bool learners = false, lower = false, quoted = false;
  for (const Sequence<Any>& row : rows) {
    if (row.getLength() < 14) continue;
    const std::string theme = textOf(row[0]), group = textOf(row[1]);
    double commenters = 0, mentions = 0, share = 0;
    if (theme == "Getting there" && group == "Adult learners" && (row[2] >>= commenters) &&
        (row[3] >>= mentions) && (row[4] >>= share)) {
      learners = true;
      EXPECT_EQ(commenters, 105.0);
      EXPECT_EQ(mentions, 23.0);
      EXPECT_NEAR(share, 100.0 * 23.0 / 105.0, 1e-9);
    }
    // Changing tutors goes with unhappy learners (the generator's design).
    if (theme == "Changing tutors" && group == "Adult learners")
      lower = lower || textOf(row[12]) == "goes with lower satisfaction";
    if (theme == "Getting there" && textOf(row[1]) == "Adult learners" &&
        textOf(row[3]).find("bus") != std::string::npos)
      quoted = true;
  }
  EXPECT_TRUE(learners) << "no Getting there row for the adult learners";
  EXPECT_TRUE(lower) << "Changing tutors is not marked as going with lower satisfaction";
  EXPECT_TRUE(quoted) << "no quote about the bus";
  EXPECT_NE(textOf(rows[3][0]).find("are masked in every quote"), std::string::npos)
      << textOf(rows[3][0]);

  // One undo step takes every sheet of the build away, Voices among them, and
  // leaves the Themes sheet the person typed.
  Reference<css::document::XUndoManager> undo = undoManager(doc);
  ASSERT_TRUE(undo->isUndoPossible());
  EXPECT_EQ(toUtf8(undo->getCurrentUndoActionTitle()), "Build value matrix");
  undo->undo();
  Reference<css::container::XNameAccess> sheets = sheetsOf(doc);
  EXPECT_FALSE(sheets->hasByName("Voices"));
  EXPECT_FALSE(sheets->hasByName("Value Matrix"));
  EXPECT_TRUE(sheets->hasByName("Themes"));
}

TEST(CalcVoices, SuggestedThemesGoIntoANewThemesSheetOnceAndInOneUndoStep) {
  const auto csv = artifactDir() / "riverside-survey-2025-suggest.csv";
  std::filesystem::copy_file(CF_TEST_DATA_DIR "/riverside/riverside-survey-2025.csv", csv,
                             std::filesystem::copy_options::overwrite_existing);
  ScopedDocument doc = loadCsv(csv.string());
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:SuggestThemes");
  ASSERT_TRUE(r.finished && r.success) << r.message;
  Reference<css::container::XNameAccess> sheets = sheetsOf(doc);
  ASSERT_TRUE(sheets->hasByName("Themes")) << r.message;
  Reference<css::sheet::XSpreadsheet> themes(sheets->getByName("Themes"), UNO_QUERY_THROW);
  const Sequence<Sequence<Any>> rows = usedCells(themes);
  ASSERT_GT(rows.getLength(), 2);
  EXPECT_EQ(textOf(rows[0][0]), "Theme");
  EXPECT_EQ(textOf(rows[0][1]), "Keywords");
  // The adult learners' most distinctive word (z 3.26 in the results JSON):
  // each suggestion is a theme of one keyword, its own name.
  bool tutor = false;
  for (const Sequence<Any>& row : rows) tutor = tutor || (textOf(row[0]) == "tutor" && textOf(row[1]) == "tutor");
  EXPECT_TRUE(tutor) << r.message;
  EXPECT_NE(r.message.find("Added"), std::string::npos) << r.message;

  // Asked again, nothing is new: the sheet stays as it is, no undo step.
  Reference<css::document::XUndoManager> undo =
      doc.as<css::document::XUndoManagerSupplier>()->getUndoManager();
  const Sequence<rtl::OUString> before = undo->getAllUndoActionTitles();
  const cli::DispatchResult again = office().dispatch(doc.get(), "vnd.customerfocus:SuggestThemes");
  ASSERT_TRUE(again.success) << again.message;
  EXPECT_EQ(again.message, "The Themes sheet already has every suggested theme.");
  EXPECT_EQ(usedCells(themes).getLength(), rows.getLength());
  EXPECT_EQ(undo->getAllUndoActionTitles().getLength(), before.getLength());

  // One undo takes the new sheet away.
  EXPECT_EQ(toUtf8(undo->getCurrentUndoActionTitle()), "Suggest themes");
  undo->undo();
  EXPECT_FALSE(sheets->hasByName("Themes"));
}

TEST(CalcVoices, ABrokenThemesSheetIsRefusedAndNothingIsWritten) {
  const auto csv = artifactDir() / "riverside-survey-2025-broken.csv";
  std::filesystem::copy_file(CF_TEST_DATA_DIR "/riverside/riverside-survey-2025.csv", csv,
                             std::filesystem::copy_options::overwrite_existing);
  ScopedDocument doc = loadCsv(csv.string());
  Reference<css::sheet::XSpreadsheets> all =
      doc.as<css::sheet::XSpreadsheetDocument>()->getSheets();
  all->insertNewByName("Themes", 1);
  Reference<css::sheet::XSpreadsheet> themes(sheetsOf(doc)->getByName("Themes"), UNO_QUERY_THROW);
  // A header without a Keywords column.
  themes->getCellByPosition(0, 0)->setFormula("Theme");
  themes->getCellByPosition(1, 0)->setFormula("Words");
  themes->getCellByPosition(0, 1)->setFormula("Getting there");
  Reference<css::sheet::XSpreadsheetView> view(doc.as<css::frame::XModel>()->getCurrentController(),
                                               UNO_QUERY_THROW);
  view->setActiveSheet(Reference<css::sheet::XSpreadsheet>(
      sheetsOf(doc)->getByName("riverside-survey-2025-broken"), UNO_QUERY_THROW));
  const cli::DispatchResult result =
      office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  EXPECT_FALSE(result.success);
  EXPECT_NE(result.message.find("Keywords column"), std::string::npos) << result.message;
  EXPECT_FALSE(sheetsOf(doc)->hasByName("Value Matrix"));
  EXPECT_FALSE(sheetsOf(doc)->hasByName("Voices"));
}

// A Themes sheet the person laid out their own way (Keywords first, a Note
// column, no Attribute): the suggestions go under the right headings, an
// Attribute column is added after the last, and the build reads them all.
TEST(CalcVoices, SuggestedThemesFollowTheThemesSheetsOwnColumns) {
  const auto csv = artifactDir() / "riverside-survey-2025-own-columns.csv";
  std::filesystem::copy_file(CF_TEST_DATA_DIR "/riverside/riverside-survey-2025.csv", csv,
                             std::filesystem::copy_options::overwrite_existing);
  ScopedDocument doc = loadCsv(csv.string());
  doc.as<css::sheet::XSpreadsheetDocument>()->getSheets()->insertNewByName("Themes", 1);
  Reference<css::sheet::XSpreadsheet> themes(sheetsOf(doc)->getByName("Themes"), UNO_QUERY_THROW);
  themes->getCellByPosition(0, 0)->setFormula("Keywords");
  themes->getCellByPosition(1, 0)->setFormula("Note");
  themes->getCellByPosition(2, 0)->setFormula("Theme");
  themes->getCellByPosition(0, 1)->setFormula("bus; parking");
  themes->getCellByPosition(1, 1)->setFormula("typed by hand");
  themes->getCellByPosition(2, 1)->setFormula("Getting there");
  Reference<css::sheet::XSpreadsheetView> view(doc.as<css::frame::XModel>()->getCurrentController(),
                                               UNO_QUERY_THROW);
  view->setActiveSheet(Reference<css::sheet::XSpreadsheet>(
      sheetsOf(doc)->getByName("riverside-survey-2025-own-columns"), UNO_QUERY_THROW));

  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:SuggestThemes");
  ASSERT_TRUE(r.finished && r.success) << r.message;
  const Sequence<Sequence<Any>> rows = usedCells(themes);
  ASSERT_GT(rows.getLength(), 2);
  ASSERT_EQ(rows[0].getLength(), 4);
  EXPECT_EQ(textOf(rows[0][3]), "Attribute");
  EXPECT_EQ(textOf(rows[1][1]), "typed by hand");
  // "tutor", the learners' most distinctive word: its own theme and keyword,
  // under Theme (C) and Keywords (A); nothing in the person's Note column.
  bool tutor = false;
  for (sal_Int32 i = 2; i < rows.getLength(); ++i) {
    tutor = tutor || (textOf(rows[i][2]) == "tutor" && textOf(rows[i][0]) == "tutor");
    EXPECT_EQ(textOf(rows[i][1]), "") << i;
    EXPECT_FALSE(textOf(rows[i][2]).empty()) << i;
  }
  EXPECT_TRUE(tutor) << r.message;

  // The build reads the person's theme and the suggestions alike.
  const cli::DispatchResult build =
      office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(build.success) << build.message;
  ASSERT_TRUE(sheetsOf(doc)->hasByName("Voices")) << build.message;
  std::string voices;
  for (const Sequence<Any>& row : usedCells(Reference<css::sheet::XSpreadsheet>(
           sheetsOf(doc)->getByName("Voices"), UNO_QUERY_THROW)))
    voices += textOf(row[0]) + "\n";
  EXPECT_NE(voices.find("Getting there"), std::string::npos) << voices;
  EXPECT_NE(voices.find("tutor"), std::string::npos) << voices;
}

}  // namespace
}  // namespace cf::test
