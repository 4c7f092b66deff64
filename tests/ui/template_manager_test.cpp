// File ▸ New ▸ Templates in a real Writer and a real Calc window: the
// Template Manager, which filters by the window's kind of document, lists the
// extension's three text and two spreadsheet templates by their titles, each
// with its thumbnail. Screenshots: build/test-artifacts/template-manager-
// writer.png and -calc.png (a person looks at the thumbnails there; the office
// test Templates.EachTemplateCarriesAThumbnail… checks that the office reads
// each one).
#include "office_environment.h"
#include "screen.h"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/util/URL.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/XURLTransformer.hpp>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

void expectTemplateManagerLists(const char* factory, const std::vector<std::string>& titles,
                                const std::string& screenshot) {
  ScopedDocument doc(factory);
  Reference<css::frame::XFrame> frame = cli::frameOf(doc.get());
  frame->getContainerWindow()->setPosSize(0, 0, 1280, 800, css::awt::PosSize::POSSIZE);

  // The menu's command; the bridge runs it until the modal dialog closes, so
  // it is sent from a thread of its own.
  css::util::URL url;
  url.Complete = ".uno:NewDoc";
  css::util::URLTransformer::create(office().context())->parseStrict(url);
  Reference<css::frame::XDispatch> dispatch =
      Reference<css::frame::XDispatchProvider>(frame, UNO_QUERY_THROW)
          ->queryDispatch(url, "_self", 0);
  ASSERT_TRUE(dispatch.is());
  std::thread dispatcher([dispatch, url] {
    try {
      dispatch->dispatch(url, {});
    } catch (...) {
    }
  });

  Context dialog;
  pollFor(std::chrono::seconds(30), [&] { return (dialog = findTopWindow("Templates")).is(); });
  std::vector<std::string> names;
  if (dialog.is()) {
    // The view fills in from a thread of its own: wait for ours.
    pollFor(std::chrono::seconds(20), [&] {
      names.clear();
      try {
        collectAccessibleNames(dialog, names);
      } catch (const css::uno::Exception&) {
        return false;
      }
      return std::all_of(titles.begin(), titles.end(), [&](const std::string& title) {
        return std::find(names.begin(), names.end(), title) != names.end();
      });
    });
    std::this_thread::sleep_for(std::chrono::seconds(2));  // let the thumbnails paint
    EXPECT_TRUE(takeScreenshot(artifactDir() / screenshot));
    for (const auto& title : titles)
      EXPECT_NE(std::find(names.begin(), names.end(), title), names.end()) << title;
    EXPECT_NE(std::find(names.begin(), names.end(), "Customer Focus"), names.end())
        << "no category Customer Focus";
    Context close;
    try {
      close = findAccessible(dialog, css::accessibility::AccessibleRole::PUSH_BUTTON, "Close");
    } catch (const css::uno::Exception&) {
    }
    if (close.is())
      Reference<css::accessibility::XAccessibleAction>(close, UNO_QUERY_THROW)
          ->doAccessibleAction(0);
    EXPECT_TRUE(pollFor(std::chrono::seconds(20), [&] { return !findTopWindow("Templates").is(); }))
        << "the Template Manager did not close";
  } else {
    ADD_FAILURE() << "the Template Manager did not open";
  }
  // A dialog that stays open holds the dispatch: end the office so that the
  // thread returns, rather than hang.
  if (findTopWindow("Templates").is()) office().shutdown();
  dispatcher.join();
}

TEST(TemplateManager, WriterListsTheThreeTextTemplates) {
  expectTemplateManagerLists(
      "private:factory/swriter",
      {"Who Is Our Customer?", "What Does the Customer Value?", "Customer Listening Plan"},
      "template-manager-writer.png");
}

TEST(TemplateManager, CalcListsTheTwoSpreadsheetTemplates) {
  expectTemplateManagerLists("private:factory/scalc",
                             {"Customer Feedback Table", "Customer Register"},
                             "template-manager-calc.png");
}

}  // namespace
}  // namespace cf::test
