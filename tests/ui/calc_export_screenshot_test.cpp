// A Google Forms export (answers in words, a timestamp and an e-mail column,
// grid questions) opened in a real Calc window and built through the
// deck's "Build value matrix" button, pressed as a keyboard or screen-reader
// user presses it, with nothing configured. Screenshot:
// build/test-artifacts/calc-export-google-forms.png.
#include "document_state.h"
#include "office_environment.h"
#include "screen.h"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include <chrono>
#include <filesystem>
#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

TEST(CalcExportWindow, GoogleFormsExportIsBuiltFromThePanelButton) {
  // A copy: an office keeps a lock file beside what it opens.
  const auto csv = artifactDir() / "google-forms-export.csv";
  std::filesystem::copy_file(CF_TEST_DATA_DIR "/exports/google-forms.csv", csv,
                             std::filesystem::copy_options::overwrite_existing);
  ScopedDocument doc(office().loadDocument(
      cli::Office::fileUrl(csv),
      {property("FilterName", Any(rtl::OUString("Text - txt - csv (StarCalc)"))),
       property("FilterOptions", Any(rtl::OUString("44,34,76,1,,1033,false,true")))}));
  Reference<css::frame::XFrame> frame = cli::frameOf(doc.get());
  frame->getContainerWindow()->setPosSize(0, 0, 1280, 800, css::awt::PosSize::POSSIZE);
  const cli::DispatchResult shown = office().dispatch(doc.get(), "vnd.customerfocus:ShowDeck");
  ASSERT_TRUE(shown.finished && shown.success) << shown.message;
  Reference<css::ui::XDeck> deck = customerFocusDeck(doc.get());
  ASSERT_TRUE(pollFor(std::chrono::seconds(20), [&] { return bool(deck->isActive()); }));

  // The Calc panel's own window, as the sidebar holds it.
  Reference<css::ui::XPanel> panel(deck->getPanels()->getByName("CustomerFocusCalcPanel"), UNO_QUERY_THROW);
  Context button;
  pollFor(std::chrono::seconds(20), [&] {
    try {
      button = findAccessible(contextOf(panel->getDialog()), css::accessibility::AccessibleRole::PUSH_BUTTON,
                              "Build value matrix");
    } catch (const css::uno::Exception&) {
      button.clear();  // the deck was still being laid out
    }
    return button.is();
  });
  ASSERT_TRUE(button.is()) << "no Build value matrix button in the deck";
  const sal_Int32 before = undoSteps(doc);
  Reference<css::accessibility::XAccessibleAction>(button, UNO_QUERY_THROW)->doAccessibleAction(0);

  Reference<css::container::XNameAccess> sheets(
      doc.as<css::sheet::XSpreadsheetDocument>()->getSheets(), UNO_QUERY_THROW);
  const bool built = waitForUndoStep(doc, before) && sheets->hasByName("NPS");
  if (!built) takeScreenshot(artifactDir() / "calc-export-google-forms-failed.png");
  ASSERT_TRUE(built) << "no value matrix after pressing the button";
  Reference<css::sheet::XSpreadsheet> matrix(sheets->getByName("Value Matrix"), UNO_QUERY_THROW);
  EXPECT_EQ(toUtf8(matrix->getCellByPosition(0, 6)->getFormula()), "Tutoring quality");
  std::this_thread::sleep_for(std::chrono::seconds(3));  // let the window paint
  const auto png = artifactDir() / "calc-export-google-forms.png";
  ASSERT_TRUE(takeScreenshot(png));
  EXPECT_GT(countColours(png), 50) << "the screenshot looks blank: " << png;
}

}  // namespace
}  // namespace cf::test
