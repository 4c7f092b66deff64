// The airline sample built into a value matrix in a real Calc window, with
// the Customer Focus deck's Calc panel beside it, as a board member's analyst
// sees it; and the Priorities sheet exported to PDF and turned into a PNG.
// Both land in build/test-artifacts/ (calc-matrix-panel.png,
// calc-priorities.pdf, calc-priorities-1.png).
#include "office_environment.h"
#include "screen.h"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include <chrono>
#include <cstdlib>
#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

css::beans::PropertyValue text(const char* name, const std::string& value) {
  return property(name, Any(rtl::OUString::fromUtf8(value.c_str())));
}

class AirlineMatrix : public ::testing::Test {
 protected:
  void SetUp() override {
    frame_ = cli::frameOf(doc_.get());
    frame_->getContainerWindow()->setPosSize(0, 0, 1280, 800, css::awt::PosSize::POSSIZE);
    const cli::DispatchResult r =
        office().dispatch(doc_.get(), "vnd.customerfocus:BuildValueMatrix",
                          {text("MappingFile", CF_TEST_DATA_DIR "/airline-mapping.json")});
    ASSERT_TRUE(r.finished && r.success) << r.message;
  }
  ScopedDocument doc_{office().loadDocument(
      cli::Office::fileUrl(CF_TEST_DATA_DIR "/airline-passenger-satisfaction.csv"),
      {text("FilterName", "Text - txt - csv (StarCalc)"), text("FilterOptions", "44,34,76,1,,0,false,true,true")})};
  Reference<css::frame::XFrame> frame_;
};

TEST_F(AirlineMatrix, ScreenshotShowsTheCalcPanelBesideTheValueMatrix) {
  const cli::DispatchResult shown = office().dispatch(doc_.get(), "vnd.customerfocus:ShowDeck");
  ASSERT_TRUE(shown.finished && shown.success) << shown.message;
  Reference<css::ui::XDeck> deck = customerFocusDeck(doc_.get());
  EXPECT_TRUE(pollFor(std::chrono::seconds(20), [&] { return bool(deck->isActive()); }));
  EXPECT_TRUE(deck->getPanels()->hasByName("CustomerFocusCalcPanel"));
  std::this_thread::sleep_for(std::chrono::seconds(3));  // let the window paint
  const auto png = artifactDir() / "calc-matrix-panel.png";
  ASSERT_TRUE(takeScreenshot(png));
  EXPECT_GT(countColours(png), 50) << "the screenshot looks blank: " << png;
}

TEST_F(AirlineMatrix, PrioritiesSheetExportsToAPdfPage) {
  Reference<css::sheet::XSpreadsheetDocument> doc = doc_.as<css::sheet::XSpreadsheetDocument>();
  Reference<css::sheet::XSpreadsheet> priorities(doc->getSheets()->getByName("Priorities"), UNO_QUERY_THROW);
  Reference<css::sheet::XSheetCellCursor> cursor = priorities->createCursor();
  Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
  used->gotoStartOfUsedArea(false);
  used->gotoEndOfUsedArea(true);
  // The used area ends at the last table; the charts of the last block reach lower.
  Reference<css::uno::XInterface> area =
      priorities->getCellRangeByPosition(
          0, 0, 15, Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress().EndRow + 25);
  css::uno::Sequence<css::beans::PropertyValue> filterData(1);
  filterData.getArray()[0] = property("Selection", Any(area));
  const auto pdf = artifactDir() / "calc-priorities.pdf";
  std::filesystem::remove(pdf);
  css::uno::Sequence<css::beans::PropertyValue> args(2);
  args.getArray()[0] = text("FilterName", "calc_pdf_Export");
  args.getArray()[1] = property("FilterData", Any(filterData));
  doc_.as<css::frame::XStorable>()->storeToURL(rtl::OUString::fromUtf8(cli::Office::fileUrl(pdf).c_str()), args);
  ASSERT_TRUE(std::filesystem::exists(pdf));
  const auto prefix = artifactDir() / "calc-priorities";
  const std::string command = "pdftoppm -png -r 70 -f 1 -l 1 '" + pdf.string() + "' '" + prefix.string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  std::filesystem::path png;
  for (const char* name : {"calc-priorities-1.png", "calc-priorities-01.png"})
    if (std::filesystem::exists(artifactDir() / name)) png = artifactDir() / name;
  ASSERT_FALSE(png.empty());
  EXPECT_GT(countColours(png), 20) << png;
}

}  // namespace
}  // namespace cf::test
