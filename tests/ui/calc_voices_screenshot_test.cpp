// The Voices sheet as a person sees it: the Riverside literacy survey and
// the codebook it ships with (tests/data/riverside/themes.csv, typed into a
// Themes sheet), built in a real Calc window. Screenshot:
// build/test-artifacts/calc-voices.png, the themes by group with the chart
// beside the shares.
#include "office_environment.h"
#include "screen.h"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

// The sample codebook's rows; its fields hold no comma or quote.
std::vector<std::vector<std::string>> codebookRows() {
  std::ifstream in(CF_TEST_DATA_DIR "/riverside/themes.csv");
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> fields;
    std::stringstream s(line);
    for (std::string f; std::getline(s, f, ',');) fields.push_back(f);
    fields.resize(3);
    rows.push_back(fields);
  }
  return rows;
}

TEST(CalcVoicesWindow, VoicesSheetOfTheRiversideSurvey) {
  const auto csv = artifactDir() / "riverside-survey-2025.csv";
  std::filesystem::copy_file(CF_TEST_DATA_DIR "/riverside/riverside-survey-2025.csv", csv,
                             std::filesystem::copy_options::overwrite_existing);
  ScopedDocument doc = loadCsv(csv.string());
  Reference<css::frame::XFrame> frame = cli::frameOf(doc.get());
  frame->getContainerWindow()->setPosSize(0, 0, 1280, 800, css::awt::PosSize::POSSIZE);

  Reference<css::sheet::XSpreadsheets> sheets =
      doc.as<css::sheet::XSpreadsheetDocument>()->getSheets();
  Reference<css::container::XNameAccess> names(sheets, UNO_QUERY_THROW);
  sheets->insertNewByName("Themes", 1);
  const std::vector<std::vector<std::string>> rows = codebookRows();
  ASSERT_GT(rows.size(), 5u);
  Sequence<Sequence<Any>> cells(static_cast<sal_Int32>(rows.size()));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    Sequence<Any> row(3);
    for (sal_Int32 c = 0; c < 3; ++c)
      row.getArray()[c] <<= rtl::OUString::fromUtf8(rows[r][c].c_str());
    cells.getArray()[r] = row;
  }
  Reference<css::sheet::XSpreadsheet> themes(names->getByName("Themes"), UNO_QUERY_THROW);
  Reference<css::sheet::XCellRangeData>(
      themes->getCellRangeByPosition(0, 0, 2, static_cast<sal_Int32>(rows.size()) - 1),
      UNO_QUERY_THROW)
      ->setDataArray(cells);
  Reference<css::sheet::XSpreadsheetView> view(doc.as<css::frame::XModel>()->getCurrentController(),
                                               UNO_QUERY_THROW);
  view->setActiveSheet(Reference<css::sheet::XSpreadsheet>(
      names->getByName("riverside-survey-2025"), UNO_QUERY_THROW));

  const cli::DispatchResult built =
      office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(built.finished && built.success) << built.message;
  ASSERT_TRUE(names->hasByName("Voices")) << built.message;
  EXPECT_NE(built.message.find("Voices"), std::string::npos) << built.message;
  Reference<css::sheet::XSpreadsheet> voices(names->getByName("Voices"), UNO_QUERY_THROW);
  view->setActiveSheet(voices);
  EXPECT_EQ(toUtf8(voices->getCellByPosition(0, 0)->getFormula()),
            "Voices: what customers say in their own words");
  std::this_thread::sleep_for(std::chrono::seconds(3));  // let the window paint
  const auto png = artifactDir() / "calc-voices.png";
  ASSERT_TRUE(takeScreenshot(png));
  EXPECT_GT(countColours(png), 50) << "the screenshot looks blank: " << png;
}

}  // namespace
}  // namespace cf::test
