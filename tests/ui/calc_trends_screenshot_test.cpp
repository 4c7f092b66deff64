// The Trends sheet as a person sees it: the Riverside survey of 2025 and of
// 2026 on two sheets of one workbook (riversideWavesWorkbook), built as two waves in a real Calc
// window. Screenshots: build/test-artifacts/calc-trends.png (what changed,
// at the top) and calc-trends-charts.png (the line charts of the groups).
#include "office_environment.h"
#include "screen.h"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <chrono>
#include <filesystem>
#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

TEST(CalcTrendsWindow, TrendsSheetOfTheRiversideSurveysTwoWaves) {
  ScopedDocument doc = riversideWavesWorkbook("trends");
  Reference<css::frame::XFrame> frame = cli::frameOf(doc.get());
  frame->getContainerWindow()->setPosSize(0, 0, 1280, 800, css::awt::PosSize::POSSIZE);
  Reference<css::container::XNameAccess> names = sheetsOf(doc);
  Reference<css::sheet::XSpreadsheetView> view(doc.as<css::frame::XModel>()->getCurrentController(),
                                               UNO_QUERY_THROW);

  Sequence<rtl::OUString> waves(2);
  waves.getArray()[0] = "trends-2025";
  waves.getArray()[1] = "trends-2026";
  const cli::DispatchResult built = office().dispatch(
      doc.get(), "vnd.customerfocus:BuildValueMatrix", {property("Waves", Any(waves))});
  ASSERT_TRUE(built.finished && built.success) << built.message;
  ASSERT_TRUE(names->hasByName("Trends")) << built.message;
  Reference<css::sheet::XSpreadsheet> trends(names->getByName("Trends"), UNO_QUERY_THROW);
  view->setActiveSheet(trends);
  EXPECT_EQ(toUtf8(trends->getCellByPosition(0, 0)->getFormula()),
            "Trends: what changed from one wave of the survey to the next");
  std::this_thread::sleep_for(std::chrono::seconds(3));  // let the window paint
  const auto png = artifactDir() / "calc-trends.png";
  ASSERT_TRUE(takeScreenshot(png));
  EXPECT_GT(countColours(png), 50) << "the screenshot looks blank: " << png;

  // The charts sit beside their data, under the tables: scroll there.
  const Sequence<Sequence<Any>> rows = usedCells(trends);
  sal_Int32 chartData = -1;
  for (sal_Int32 r = 0; r < rows.getLength() && chartData < 0; ++r) {
    rtl::OUString text;
    if ((rows[r][0] >>= text) && text == "Chart data") chartData = r;
  }
  ASSERT_GE(chartData, 0) << "no chart data under the tables";
  Reference<css::view::XSelectionSupplier> select(view, UNO_QUERY_THROW);
  select->select(Any(trends->getCellRangeByPosition(0, chartData, 0, chartData)));
  select->select(Any(trends->getCellRangeByPosition(0, chartData + 24, 0, chartData + 24)));
  std::this_thread::sleep_for(std::chrono::seconds(2));
  const auto charts = artifactDir() / "calc-trends-charts.png";
  ASSERT_TRUE(takeScreenshot(charts));
  EXPECT_GT(countColours(charts), 50) << "the screenshot looks blank: " << charts;
}

}  // namespace
}  // namespace cf::test
