// The help a person reaches from the Help buttons, the panels' title bars and
// Tools ▸ Customer Focus ▸ Customer Focus Help: every topic resolves to a page
// of the installed package, with the heading the person expects; links
// between pages lead somewhere; About names the version, publisher, licence
// and help.
#include "office_environment.h"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XFrames.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

std::filesystem::path pathOf(const std::string& fileUrl) {
  rtl::OUString path;
  const rtl::OUString url = rtl::OUString::fromUtf8(fileUrl.c_str());
  if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None) return {};
  return toUtf8(path);
}

std::string contents(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Help for `query` ("Topic=kano"), as a program asks for it: the page's URL.
cli::DispatchResult help(const std::string& query) {
  ScopedDocument doc("private:factory/scalc");
  return office().dispatch(doc.get(), "vnd.customerfocus:Help?" + query);
}

struct Page {
  const char* topic;
  const char* heading;
};

class HelpPage : public ::testing::TestWithParam<Page> {};

TEST_P(HelpPage, IsAShippedPageWithItsHeading) {
  const cli::DispatchResult r = help(std::string("Topic=") + GetParam().topic + "&Language=en");
  ASSERT_TRUE(r.finished);
  ASSERT_TRUE(r.success) << r.message;
  const std::filesystem::path page = pathOf(r.message);
  ASSERT_FALSE(page.empty()) << "not a file URL: " << r.message;
  // A page of the installed extension, inside the test's own profile, not
  // of the source tree.
  const std::string profile = (std::filesystem::path(CF_TEST_PROFILE_ROOT) / CF_TEST_NAME).string();
  EXPECT_EQ(page.string().rfind(profile, 0), 0u) << page;
  EXPECT_EQ(page.filename(), std::string(GetParam().topic) + ".html");
  const std::string html = contents(page);
  EXPECT_NE(html.find(std::string("<h1>") + GetParam().heading + "</h1>"), std::string::npos)
      << page << " lacks the heading " << GetParam().heading;
}

INSTANTIATE_TEST_SUITE_P(
    Topics, HelpPage,
    ::testing::Values(
        Page{"deck", "Customer Focus"}, Page{"calc-panel", "Feedback to Value Matrix (Calc panel)"},
        Page{"writer-panels", "Customers, Focus checks and Worksheet (Writer panels)"},
        Page{"column-mapping", "Column mapping"}, Page{"customer-group", "Customer group"},
        Page{"worksheet", "The planning worksheet"}, Page{"focus-checks", "Focus checks"},
        Page{"value-matrix", "Value Matrix"},
        Page{"priorities", "Priorities: the importance–performance chart"},
        Page{"primary-vs-supporting", "Primary vs Supporting"},
        Page{"derived-importance", "Derived importance"},
        Page{"assumptions-vs-evidence", "Assumptions vs Evidence"},
        Page{"nps", "Net Promoter Score (NPS)"}, Page{"kano", "Kano categories"},
        Page{"voices", "Voices: what customers say in their own words"},
        Page{"trends", "Trends: what changed since last time"}),
    [](const auto& info) {
      std::string name = info.param.topic;
      std::replace(name.begin(), name.end(), '-', '_');
      return name;
    });

TEST(Help, WithoutATopicIsTheDeckOverview) {
  const cli::DispatchResult r = help("Language=en");
  ASSERT_TRUE(r.finished && r.success) << r.message;
  EXPECT_EQ(pathOf(r.message).filename(), "deck.html");
}

TEST(Help, GermanHasItsOwnOverviewAndFallsBackToEnglish) {
  const cli::DispatchResult deck = help("Topic=deck&Language=de");
  ASSERT_TRUE(deck.finished && deck.success) << deck.message;
  EXPECT_EQ(pathOf(deck.message).parent_path().filename(), "de");
  EXPECT_NE(contents(pathOf(deck.message)).find("<h1>Kundenfokus</h1>"), std::string::npos);

  const cli::DispatchResult kano = help("Topic=kano&Language=de");
  ASSERT_TRUE(kano.finished && kano.success) << kano.message;
  EXPECT_EQ(pathOf(kano.message).parent_path().filename(), "en");
}

TEST(Help, AnUnknownTopicIsAClearFailure) {
  const cli::DispatchResult r = help("Topic=../../../etc/passwd");
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_EQ(r.message, "There is no Customer Focus help page called \"../../../etc/passwd\".");
  EXPECT_TRUE(office().alive());
}

// Every link of every shipped page leads to a page or a style sheet that is
// in the package.
TEST(Help, LinksBetweenPagesResolve) {
  const cli::DispatchResult r = help("Topic=deck&Language=en");
  ASSERT_TRUE(r.finished && r.success) << r.message;
  const std::filesystem::path root = pathOf(r.message).parent_path().parent_path();
  const std::regex href(R"re((?:href)="([^"#:]+)")re");
  int pages = 0, links = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".html") continue;
    ++pages;
    const std::string html = contents(entry.path());
    for (std::sregex_iterator it(html.begin(), html.end(), href), end; it != end; ++it) {
      ++links;
      const std::filesystem::path target = entry.path().parent_path() / (*it)[1].str();
      EXPECT_TRUE(std::filesystem::exists(target))
          << entry.path() << " links to missing " << (*it)[1];
    }
  }
  EXPECT_GE(pages, 15);
  EXPECT_GT(links, 50);
}

// The document of an open window whose URL ends with `suffix`, or nothing.
Reference<css::frame::XModel> windowShowing(const std::string& suffix) {
  Reference<css::container::XIndexAccess> frames(office().desktop()->getFrames(), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < frames->getCount(); ++i) {
    Reference<css::frame::XFrame> frame(frames->getByIndex(i), UNO_QUERY);
    Reference<css::frame::XController> controller = frame.is() ? frame->getController() : nullptr;
    Reference<css::frame::XModel> model = controller.is() ? controller->getModel() : nullptr;
    const std::string url = model.is() ? toUtf8(model->getURL()) : std::string();
    if (url.size() >= suffix.size() &&
        url.compare(url.size() - suffix.size(), suffix.size(), suffix) == 0)
      return model;
  }
  return {};
}

bool onPath(const char* program) {
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "");
  for (std::string dir; std::getline(dirs, dir, ':');)
    if (!dir.empty() && std::filesystem::exists(std::filesystem::path(dir) / program)) return true;
  return false;
}

// The Help button of the Calc panel, pressed as assistive technology presses
// it. With no desktop browser (no xdg-open), the page opens read-only in an
// office window, which the test can see.
TEST(HelpButton, OfTheCalcPanelOpensTheCalcPanelPage) {
  if (onPath("xdg-open"))
    GTEST_SKIP() << "a desktop browser would open; the office window is tested without one";
  ScopedDocument doc("private:factory/scalc");
  Reference<css::ui::XUIElement> element = createPanel(doc.get(), "Calc");
  pressButton(panelControls(element), "HelpButton");

  Reference<css::frame::XModel> page;
  for (int i = 0; i < 100 && !page.is(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    page = windowShowing("/help/en/calc-panel.html");
  }
  ASSERT_TRUE(page.is()) << "no window shows the Calc panel's help page";
  Reference<css::lang::XComponent>(element, UNO_QUERY_THROW)->dispose();
  // The page may still be loading when its model appears; closing it then
  // would leave the office busy for the next test.
  std::this_thread::sleep_for(std::chrono::seconds(1));
  cli::Office::closeDocument(Reference<css::lang::XComponent>(page, UNO_QUERY));
}

TEST(About, NamesVersionPublisherLicenceAndHelp) {
  ScopedDocument doc("private:factory/swriter");
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:About");
  ASSERT_TRUE(r.finished && r.success) << r.message;
  EXPECT_EQ(r.message.rfind(std::string("Customer Focus ") + CF_VERSION + "\n", 0), 0u)
      << r.message;
  EXPECT_NE(r.message.find("Publisher: The Customer Focus project"), std::string::npos)
      << r.message;
  EXPECT_NE(r.message.find("Licence: Mozilla Public License 2.0"), std::string::npos) << r.message;
  const std::string lastLine = r.message.substr(r.message.rfind('\n') + 1);
  EXPECT_TRUE(std::filesystem::exists(pathOf(lastLine)))
      << "About's help link leads nowhere: " << lastLine;
}

}  // namespace
}  // namespace cf::test
