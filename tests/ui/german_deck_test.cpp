// Calc in a real window with the UI language set to German (de-DE): the
// Customer Focus deck beside a freshly built Wertematrix, as a German user
// sees it; the screenshot lands in build/test-artifacts/calc-deck-de.png.
#include "office_environment.h"
#include "screen.h"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include <chrono>
#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

class GermanCalc : public ::testing::Test {
 protected:
  void SetUp() override {
    Reference<css::beans::XPropertySet>(doc_.get(), UNO_QUERY_THROW)
        ->setPropertyValue("CharLocale", Any(css::lang::Locale("de", "DE", "")));
    frame_ = cli::frameOf(doc_.get());
    frame_->getContainerWindow()->setPosSize(0, 0, 1280, 800, css::awt::PosSize::POSSIZE);
  }
  ScopedDocument doc_{office().loadDocument(
      cli::Office::fileUrl(CF_TEST_DATA_DIR "/calc-small-feedback.csv"),
      {property("FilterName", Any(rtl::OUString("Text - txt - csv (StarCalc)"))),
       property("FilterOptions", Any(rtl::OUString("44,34,76,1,,0,false,true,true")))})};
  Reference<css::frame::XFrame> frame_;
};

// The menu is LibreOffice's own (Extras) with our German entries in it: the
// office really runs in German, not just our strings.
TEST_F(GermanCalc, ExtrasMenuHasKundenfokus) {
  using css::accessibility::AccessibleRole::MENU;
  // 7.4 has the menu bar in the frame's window, 25.2 in a top window of its own.
  Context extras = findAccessible(contextOf(frame_->getContainerWindow()), MENU, "Extras");
  if (!extras.is()) extras = findAccessibleInTopWindows(MENU, "Extras");
  ASSERT_TRUE(extras.is())
      << "no Extras menu: is the German language pack (libreoffice-l10n-de) installed?";
  Context cf = findAccessible(extras, MENU, "Kundenfokus");
  ASSERT_TRUE(cf.is()) << "the Extras menu has no Kundenfokus entry";
  std::vector<std::string> items;
  for (sal_Int64 i = 0; i < childCount(cf); ++i) items.push_back(nameOf(child(cf, i)));
  EXPECT_EQ(items, (std::vector<std::string>{"Kundenfokus-Seitenleiste anzeigen",
                                             "Wertematrix erstellen", "Spaltenzuordnung…",
                                             "Kundenmodell aus Umfrage aktualisieren",
                                             "Kundenfokus-Bericht einfügen", "Kundenfokus-Hilfe",
                                             "Über Kundenfokus"}));
}

TEST_F(GermanCalc, ShowsTheDeckBesideTheGermanValueMatrix) {
  const cli::DispatchResult built =
      office().dispatch(doc_.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(built.success) << built.message;
  const cli::DispatchResult shown = office().dispatch(doc_.get(), "vnd.customerfocus:ShowDeck");
  ASSERT_TRUE(shown.finished && shown.success) << shown.message;
  Reference<css::ui::XDeck> deck = customerFocusDeck(doc_.get());
  EXPECT_TRUE(pollFor(std::chrono::seconds(20), [&] { return bool(deck->isActive()); }));
  EXPECT_EQ(toUtf8(deck->getTitle()), "Kundenfokus");

  std::this_thread::sleep_for(std::chrono::seconds(2));  // let the window paint
  const auto png = artifactDir() / "calc-deck-de.png";
  ASSERT_TRUE(takeScreenshot(png));
  EXPECT_GT(countColours(png), 50) << "the screenshot looks blank: " << png;
}

}  // namespace
}  // namespace cf::test
