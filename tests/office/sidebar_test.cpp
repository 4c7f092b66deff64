// The Customer Focus deck and its panel, in a real LibreOffice.
#include "office_environment.h"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>

#include <chrono>
#include <thread>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

Reference<css::ui::XDecks> decksOf(const ScopedDocument& doc) {
  Reference<css::frame::XController2> controller(
      doc.as<css::frame::XModel>()->getCurrentController(), UNO_QUERY_THROW);
  return controller->getSidebar()->getDecks();
}

TEST(Sidebar, DeckIsListedInWriter) {
  ScopedDocument doc("private:factory/swriter");
  Reference<css::ui::XDecks> decks = decksOf(doc);
  ASSERT_TRUE(decks->hasByName("CustomerFocusDeck"));
  Reference<css::ui::XDeck> deck(decks->getByName("CustomerFocusDeck"), UNO_QUERY_THROW);
  EXPECT_EQ(toUtf8(deck->getTitle()), "Customer Focus");
  EXPECT_TRUE(deck->getPanels()->hasByName("CustomerFocusMainPanel"));
}

TEST(Sidebar, DeckIsListedInCalc) {
  ScopedDocument doc("private:factory/scalc");
  Reference<css::ui::XDecks> decks = decksOf(doc);
  ASSERT_TRUE(decks->hasByName("CustomerFocusDeck"));
  Reference<css::ui::XDeck> deck(decks->getByName("CustomerFocusDeck"), UNO_QUERY_THROW);
  EXPECT_EQ(toUtf8(deck->getTitle()), "Customer Focus");
}

// The sidebar's own path: the factory named in Factories.xcu builds the panel
// from dialogs/Panel.xdl, with its strings from Panel_en_US.properties.
class PanelFromFactory : public ::testing::Test {
 protected:
  void SetUp() override {
    element_ = createPanel(doc_.get(), "Main");
    controls_ = panelControls(element_);
  }
  void TearDown() override {
    Reference<css::lang::XComponent> c(element_, UNO_QUERY);
    if (c.is()) c->dispose();
  }

  // The text on screen: the peer's, since the control's model keeps the
  // untranslated "&1.Panel…" key and only the peer shows the resolved string.
  std::string labelText(const char* name) {
    Reference<css::awt::XControl> control(controls_->getControl(rtl::OUString::createFromAscii(name)),
                                          UNO_QUERY_THROW);
    Reference<css::awt::XFixedText> label(control->getPeer(), UNO_QUERY_THROW);
    return toUtf8(label->getText());
  }

  ScopedDocument doc_{"private:factory/scalc"};
  Reference<css::ui::XUIElement> element_;
  Reference<css::awt::XControlContainer> controls_;
};

TEST_F(PanelFromFactory, HoldsTheXdlControlsWithTheirStrings) {
  EXPECT_TRUE(controls_->getControl("IntroLabel").is());
  EXPECT_TRUE(controls_->getControl("CheckButton").is());
  EXPECT_TRUE(controls_->getControl("StatusLabel").is());
  EXPECT_EQ(labelText("IntroLabel"),
            "Who is our primary customer? Who else must be satisfied? What do they value, in their "
            "own words?");
  EXPECT_EQ(labelText("StatusLabel"), "Not checked yet.");
}

TEST_F(PanelFromFactory, ButtonClickReachesCxx) {
  // Press the button the way assistive technology does: through its
  // accessible action, which fires the same action event as a mouse click.
  Reference<css::awt::XControl> button(controls_->getControl("CheckButton"), UNO_QUERY_THROW);
  Reference<css::accessibility::XAccessible> accessible(button->getPeer(), UNO_QUERY_THROW);
  Reference<css::accessibility::XAccessibleAction> action(accessible->getAccessibleContext(),
                                                          UNO_QUERY_THROW);
  ASSERT_GE(action->getAccessibleActionCount(), 1);
  ASSERT_TRUE(action->doAccessibleAction(0));

  // The click is delivered through the office's event loop.
  const std::string expected = std::string("Customer Focus ") + CF_VERSION + " is ready for a Calc spreadsheet.";
  std::string seen;
  for (int i = 0; i < 100 && seen != expected; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    seen = labelText("StatusLabel");
  }
  EXPECT_EQ(seen, expected);
}

TEST(PanelFactory, RefusesAnUnknownPanel) {
  ScopedDocument doc("private:factory/swriter");
  EXPECT_THROW(panelFactory()->createUIElement("private:resource/toolpanel/CustomerFocusPanelFactory/Nope",
                                               panelArguments(cli::frameOf(doc.get()))),
               css::lang::IllegalArgumentException);
  EXPECT_TRUE(office().alive());
}

}  // namespace
}  // namespace cf::test
