// Calc in a real window with the Customer Focus deck shown, as a person sees
// it; the screenshot lands in build/test-artifacts/calc-deck.png.
#include "office_environment.h"
#include "screen.h"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include <chrono>
#include <thread>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

std::string stripMnemonic(const rtl::OUString& text) { return toUtf8(text.replaceAll("~", "")); }

// The accessible child of `parent` with this role and name (mnemonics
// removed), searched depth-first; menus are reached the way a screen reader
// reaches them.
Reference<css::accessibility::XAccessibleContext> findAccessible(
    const Reference<css::accessibility::XAccessibleContext>& parent, sal_Int16 role,
    const std::string& name, int depth = 0) {
  if (!parent.is() || depth > 8) return {};
  const sal_Int64 count = parent->getAccessibleChildCount();
  for (sal_Int64 i = 0; i < count && i < 500; ++i) {
    Reference<css::accessibility::XAccessible> child = parent->getAccessibleChild(i);
    if (!child.is()) continue;
    Reference<css::accessibility::XAccessibleContext> ctx = child->getAccessibleContext();
    if (!ctx.is()) continue;
    if (ctx->getAccessibleRole() == role && stripMnemonic(ctx->getAccessibleName()) == name) return ctx;
    if (auto found = findAccessible(ctx, role, name, depth + 1); found.is()) return found;
  }
  return {};
}

std::vector<std::string> childNames(const Reference<css::accessibility::XAccessibleContext>& menu) {
  std::vector<std::string> out;
  for (sal_Int64 i = 0; i < menu->getAccessibleChildCount(); ++i) {
    Reference<css::accessibility::XAccessible> child = menu->getAccessibleChild(i);
    if (child.is()) out.push_back(stripMnemonic(child->getAccessibleContext()->getAccessibleName()));
  }
  return out;
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

  Reference<css::frame::XController2> controller(
      doc_.as<css::frame::XModel>()->getCurrentController(), UNO_QUERY_THROW);
  Reference<css::ui::XDeck> deck(
      controller->getSidebar()->getDecks()->getByName("CustomerFocusDeck"), UNO_QUERY_THROW);
  // Deck activation is asynchronous.
  EXPECT_TRUE(pollFor(std::chrono::seconds(20), [&] { return bool(deck->isActive()); }));

  std::this_thread::sleep_for(std::chrono::seconds(2));  // let the window paint
  const auto png = artifactDir() / "calc-deck.png";
  ASSERT_TRUE(takeScreenshot(png));
  EXPECT_GT(countColours(png), 50) << "the screenshot looks blank: " << png;
}

TEST_F(CalcWindow, ToolsMenuHasCustomerFocus) {
  using css::accessibility::AccessibleRole::MENU;
  Reference<css::accessibility::XAccessible> window(frame_->getContainerWindow(), UNO_QUERY_THROW);
  Reference<css::accessibility::XAccessibleContext> tools =
      findAccessible(window->getAccessibleContext(), MENU, "Tools");
  ASSERT_TRUE(tools.is()) << "no Tools menu";
  Reference<css::accessibility::XAccessibleContext> cf = findAccessible(tools, MENU, "Customer Focus");
  ASSERT_TRUE(cf.is()) << "the Tools menu has no Customer Focus entry";
  EXPECT_EQ(childNames(cf),
            (std::vector<std::string>{"Show Customer Focus Sidebar", "Build Value Matrix", "Column Mapping…",
                                      "About Customer Focus"}));
}

}  // namespace
}  // namespace cf::test
