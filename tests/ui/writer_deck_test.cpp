// Writer in a real window with the Customer Focus deck showing a model and its
// findings, and the worksheet exported to PDF, as a person sees them. The
// pictures land in build/test-artifacts/writer-deck.png and
// writer-worksheet.png.
#include "office_environment.h"
#include "screen.h"

#include "model_io.h"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

core::Model retreatModel() {
  core::Model m;
  core::CustomerGroup kids;
  kids.name = "Children aged 6–10";
  kids.role = core::Role::Primary;
  kids.kind = core::CustomerKind::Beneficiary;
  kids.lifeChanged = "They read confidently and choose books for themselves.";
  kids.assumedValues = {{"A quiet place to read", 5}, {"Free snacks", 3}};
  kids.statedValues = {{"Someone who listens to me read", "Exit interviews", core::parseDate("2024-03-01"), 42}};
  kids.listening = {{"Reading circle feedback", "Ana", core::parseDate("2024-01-15"), core::parseDate("2023-10-01")}};
  core::CustomerGroup parents;
  parents.name = "Parents";
  parents.role = core::Role::Primary;
  parents.kind = core::CustomerKind::Beneficiary;
  core::CustomerGroup tutors;
  tutors.name = "Volunteer tutors";
  tutors.role = core::Role::Supporting;
  tutors.kind = core::CustomerKind::Volunteer;
  tutors.assumedValues = {{"Flexible hours", 4}};
  m.customers = {kids, parents, tutors};
  return m;
}

TEST(WriterWindow, ShowsTheDeckWithFindingsAndTheWorksheetAsPdf) {
  ScopedDocument doc("private:factory/swriter");
  Reference<css::frame::XFrame> frame = cli::frameOf(doc.get());
  frame->getContainerWindow()->setPosSize(0, 0, 1280, 800, css::awt::PosSize::POSSIZE);
  Reference<css::text::XTextDocument>(doc.get(), UNO_QUERY_THROW)
      ->getText()
      ->setString("Board retreat, 14 June: who is our customer?");

  const auto model = artifactDir() / "writer-deck-model.json";
  std::ofstream(model) << core::serializeModel(retreatModel());
  const cli::DispatchResult imported = office().dispatch(
      doc.get(), "vnd.customerfocus:ImportModel",
      {property("Path", Any(rtl::OUString::createFromAscii(model.c_str())))});
  ASSERT_TRUE(imported.finished && imported.success) << imported.message;
  const cli::DispatchResult inserted = office().dispatch(doc.get(), "vnd.customerfocus:InsertWorksheet");
  ASSERT_TRUE(inserted.finished && inserted.success) << inserted.message;

  const cli::DispatchResult shown = office().dispatch(doc.get(), "vnd.customerfocus:ShowDeck");
  ASSERT_TRUE(shown.finished && shown.success) << shown.message;
  Reference<css::ui::XDeck> deck = customerFocusDeck(doc.get());
  EXPECT_TRUE(pollFor(std::chrono::seconds(20), [&] { return bool(deck->isActive()); }));
  std::this_thread::sleep_for(std::chrono::seconds(2));  // let the window paint
  const auto png = artifactDir() / "writer-deck.png";
  ASSERT_TRUE(takeScreenshot(png));
  EXPECT_GT(countColours(png), 50) << "the screenshot looks blank: " << png;

  const auto pdf = artifactDir() / "writer-worksheet.pdf";
  std::filesystem::remove(pdf);
  css::uno::Sequence<css::beans::PropertyValue> args(1);
  args.getArray()[0] = property("FilterName", Any(rtl::OUString("writer_pdf_Export")));
  Reference<css::frame::XStorable>(doc.get(), UNO_QUERY_THROW)
      ->storeToURL(rtl::OUString::fromUtf8(cli::Office::fileUrl(pdf).c_str()), args);
  ASSERT_TRUE(std::filesystem::exists(pdf));
  const auto stem = artifactDir() / "writer-worksheet";
  const std::string command =
      "pdftoppm -png -r 80 -singlefile '" + pdf.string() + "' '" + stem.string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  EXPECT_GT(countColours(stem.string() + ".png"), 10);
}

}  // namespace
}  // namespace cf::test
