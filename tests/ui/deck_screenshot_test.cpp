// Calc in a real window with the Customer Focus deck shown, as a person sees
// it; the screenshot lands in build/test-artifacts/calc-deck.png.
#include "office_environment.h"
#include "screen.h"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include <chrono>
#include <iostream>
#include <thread>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

std::vector<std::string> childNames(const Context& menu) {
  std::vector<std::string> out;
  for (sal_Int64 i = 0; i < childCount(menu); ++i)
    if (Context item = child(menu, i); item.is()) out.push_back(nameOf(item));
  return out;
}

Reference<css::container::XNameReplace> configNode(const char* path) {
  Reference<css::lang::XMultiServiceFactory> provider =
      css::configuration::theDefaultProvider::get(office().context());
  css::uno::Sequence<css::uno::Any> args(1);
  args.getArray()[0] <<=
      css::beans::NamedValue("nodepath", css::uno::Any(rtl::OUString::createFromAscii(path)));
  return Reference<css::container::XNameReplace>(
      provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                            args),
      UNO_QUERY_THROW);
}

// Dark or light application colours, as Tools ▸ Options sets them; the
// running office repaints with them. LibreOffice 7.4 has two colour schemes,
// "LibreOffice" and "LibreOffice Dark" (LibreOffice ▸ Application Colors).
// 25.2 has one automatic scheme with a light and a dark value for each colour,
// chosen by the appearance (LibreOffice ▸ Appearance ▸ Light / Dark), so
// there the appearance is set and the scheme written again for the office to
// reread its colours.
void setDarkColours(bool dark) {
  Reference<css::container::XNameReplace> schemes =
      configNode("/org.openoffice.Office.UI/ColorScheme");
  Reference<css::container::XNameAccess> list(schemes->getByName("ColorSchemes"), UNO_QUERY_THROW);
  if (list->hasByName("LibreOffice Dark")) {
    schemes->replaceByName(
        "CurrentColorScheme",
        css::uno::Any(rtl::OUString::createFromAscii(dark ? "LibreOffice Dark" : "LibreOffice")));
  } else {
    Reference<css::container::XNameReplace> appearance =
        configNode("/org.openoffice.Office.Common/Appearance");
    appearance->replaceByName("ApplicationAppearance", css::uno::Any(sal_Int16(dark ? 2 : 1)));
    Reference<css::util::XChangesBatch>(appearance, UNO_QUERY_THROW)->commitChanges();
    schemes->replaceByName("CurrentColorScheme", schemes->getByName("CurrentColorScheme"));
  }
  Reference<css::util::XChangesBatch>(schemes, UNO_QUERY_THROW)->commitChanges();
}

class CalcWindow : public ::testing::Test {
 protected:
  void SetUp() override {
    frame_ = cli::frameOf(doc_.get());
    frame_->getContainerWindow()->setPosSize(0, 0, 1280, 800, css::awt::PosSize::POSSIZE);
  }
  ScopedDocument doc_{"private:factory/scalc"};
  Reference<css::frame::XFrame> frame_;
};

TEST_F(CalcWindow, ShowsTheCustomerFocusDeck) {
  const cli::DispatchResult shown = office().dispatch(doc_.get(), "vnd.customerfocus:ShowDeck");
  ASSERT_TRUE(shown.finished && shown.success) << shown.message;

  Reference<css::ui::XDeck> deck = customerFocusDeck(doc_.get());
  // Deck activation is asynchronous.
  EXPECT_TRUE(pollFor(std::chrono::seconds(20), [&] { return bool(deck->isActive()); }));

  std::this_thread::sleep_for(std::chrono::seconds(2));  // let the window paint
  const auto png = artifactDir() / "calc-deck.png";
  ASSERT_TRUE(takeScreenshot(png));
  EXPECT_GT(countColours(png), 50) << "the screenshot looks blank: " << png;

  // The same in dark application colours (Tools ▸ Options ▸ LibreOffice ▸
  // Application Colors ▸ LibreOffice Dark). Under the plain X11 backend
  // LibreOffice 7.4's dark scheme darkens the document and the application
  // background around it; the sidebar's controls keep the toolkit's light
  // colours (only a dark desktop theme, with a desktop backend, darkens
  // those), so the deck must look the same, drawn and legible.
  struct Restore {
    ~Restore() {
      try {
        setDarkColours(false);
      } catch (const css::uno::Exception&) {
      }
    }
  } restore;
  setDarkColours(true);
  std::this_thread::sleep_for(std::chrono::seconds(2));  // let the window repaint
  const auto dark = artifactDir() / "calc-deck-dark.png";
  ASSERT_TRUE(takeScreenshot(dark));
  const Region document{60, 200, 500, 400};    // cells of the sheet
  const Region deckPanel{965, 110, 270, 500};  // the Customer Focus panels
  const double docLight = meanBrightness(png, document), docDark = meanBrightness(dark, document);
  const double deckLight = meanBrightness(png, deckPanel),
               deckDark = meanBrightness(dark, deckPanel);
  std::cout << "brightness of the sheet: light " << docLight << ", dark " << docDark
            << "; of the deck: light " << deckLight << ", dark " << deckDark
            << "; colours in the deck: light " << countColours(png, deckPanel) << ", dark "
            << countColours(dark, deckPanel) << std::endl;
  EXPECT_LT(docDark, docLight - 0.4) << "the dark scheme did not darken the sheet: " << dark;
  EXPECT_GT(countColours(dark, deckPanel), 50) << "the deck is not drawn in dark colours: " << dark;
  EXPECT_NEAR(deckDark, deckLight, 0.05) << "the deck's controls changed colour: " << dark;
}

TEST_F(CalcWindow, ToolsMenuHasCustomerFocus) {
  using css::accessibility::AccessibleRole::MENU;
  // 7.4 has the menu bar in the frame's window, 25.2 in a top window of its own.
  Context tools = findAccessible(contextOf(frame_->getContainerWindow()), MENU, "Tools");
  if (!tools.is()) tools = findAccessibleInTopWindows(MENU, "Tools");
  ASSERT_TRUE(tools.is()) << "no Tools menu";
  Context cf = findAccessible(tools, MENU, "Customer Focus");
  ASSERT_TRUE(cf.is()) << "the Tools menu has no Customer Focus entry";
  EXPECT_EQ(childNames(cf), (std::vector<std::string>{
                                "Show Customer Focus Sidebar", "Build Value Matrix",
                                "Column Mapping…", "Update Customer Model from Survey", "Insert Customer Focus Report", "Customer Focus Help", "About Customer Focus"}));
}

}  // namespace
}  // namespace cf::test
