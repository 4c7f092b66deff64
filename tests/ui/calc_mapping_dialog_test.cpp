// The column mapping dialog as a person meets it: Tools ▸ Customer Focus ▸
// Column Mapping… on a small feedback table in a real Calc window, filled with
// the table's columns and groups; Cancel stores nothing, OK stores the
// mapping in the document. Screenshot: build/test-artifacts/calc-mapping-dialog.png.
#include "office_environment.h"
#include "screen.h"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/util/URL.hpp>

#include <chrono>
#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

using Context = Reference<css::accessibility::XAccessibleContext>;

css::beans::PropertyValue text(const char* name, const std::string& value) {
  return property(name, Any(rtl::OUString::fromUtf8(value.c_str())));
}

// Every accessible name under `parent`, depth first.
void collectNames(const Context& parent, std::vector<std::string>& out, int depth = 0) {
  if (!parent.is() || depth > 8) return;
  for (sal_Int64 i = 0; i < parent->getAccessibleChildCount() && i < 500; ++i) {
    Reference<css::accessibility::XAccessible> child = parent->getAccessibleChild(i);
    Context ctx = child.is() ? child->getAccessibleContext() : nullptr;
    if (!ctx.is()) continue;
    out.push_back(toUtf8(ctx->getAccessibleName()));
    collectNames(ctx, out, depth + 1);
  }
}

Context findButton(const Context& parent, const std::string& name, int depth = 0) {
  if (!parent.is() || depth > 8) return {};
  for (sal_Int64 i = 0; i < parent->getAccessibleChildCount() && i < 500; ++i) {
    Reference<css::accessibility::XAccessible> child = parent->getAccessibleChild(i);
    Context ctx = child.is() ? child->getAccessibleContext() : nullptr;
    if (!ctx.is()) continue;
    if (ctx->getAccessibleRole() == css::accessibility::AccessibleRole::PUSH_BUTTON &&
        toUtf8(ctx->getAccessibleName()) == name)
      return ctx;
    if (Context found = findButton(ctx, name, depth + 1); found.is()) return found;
  }
  return {};
}

// The open top window titled `title`, or nothing. XExtendedToolkit's
// top-window getters are deprecated in the IDL, yet they are the one way a
// client outside the office finds a modal dialog that no frame owns.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
// Windows come and go while the list is read (the dialog opening, a tooltip),
// which makes the office throw for an entry that just vanished: that counts
// as "not there yet", and the caller polls again.
Context topWindow(const std::string& title) try {
  Reference<css::awt::XExtendedToolkit> toolkit(css::awt::Toolkit::create(office().context()), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < toolkit->getTopWindowCount(); ++i) {
    Reference<css::accessibility::XAccessible> window(toolkit->getTopWindow(i), UNO_QUERY);
    Context ctx = window.is() ? window->getAccessibleContext() : nullptr;
    if (!ctx.is()) continue;
    if (toUtf8(ctx->getAccessibleName()) == title) return ctx;
    // A dialog's frame may carry the title one level down.
    for (sal_Int64 c = 0; c < ctx->getAccessibleChildCount() && c < 5; ++c) {
      Reference<css::accessibility::XAccessible> child = ctx->getAccessibleChild(c);
      if (child.is() && toUtf8(child->getAccessibleContext()->getAccessibleName()) == title)
        return child->getAccessibleContext();
    }
  }
  return {};
} catch (const css::uno::Exception&) {
  return {};
}
#pragma GCC diagnostic pop

bool hasStoredMapping(const ScopedDocument& doc) {
  Reference<css::beans::XPropertySet> props(doc.as<css::document::XDocumentPropertiesSupplier>()
                                                ->getDocumentProperties()
                                                ->getUserDefinedProperties(),
                                            UNO_QUERY_THROW);
  return props->getPropertySetInfo()->hasPropertyByName("CustomerFocusMapping");
}

class MappingDialogWindow : public ::testing::Test {
 protected:
  void SetUp() override {
    frame_ = cli::frameOf(doc_.get());
    frame_->getContainerWindow()->setPosSize(0, 0, 1280, 800, css::awt::PosSize::POSSIZE);
  }

  void TearDown() override {
    if (dispatcher_.joinable()) dispatcher_.join();
  }

  // The menu's way in: a plain dispatch with no result listener, which makes
  // the command take its caller for a person. The bridge runs the call until
  // the modal dialog closes, so it is made from a thread of its own.
  Context openDialog() {
    css::util::URL url;
    url.Complete = "vnd.customerfocus:ColumnMapping";
    Reference<css::frame::XDispatchProvider> provider(frame_, UNO_QUERY_THROW);
    Reference<css::frame::XDispatch> dispatch = provider->queryDispatch(url, "_self", 0);
    EXPECT_TRUE(dispatch.is());
    if (!dispatch.is()) return {};
    dispatcher_ = std::thread([dispatch, url] {
      try {
        dispatch->dispatch(url, {});
      } catch (...) {
        ADD_FAILURE() << "the dispatch threw";
      }
    });
    Context dialog;
    pollFor(std::chrono::seconds(20), [&] { return (dialog = topWindow("Column mapping")).is(); });
    return dialog;
  }

  void press(const Context& dialog, const std::string& name) {
    Context button;
    pollFor(std::chrono::seconds(10), [&] {
      try {
        button = findButton(dialog, name);
      } catch (const css::uno::Exception&) {
        button.clear();  // the dialog was still being laid out
      }
      return button.is();
    });
    ASSERT_TRUE(button.is()) << "no button " << name;
    Reference<css::accessibility::XAccessibleAction>(button, UNO_QUERY_THROW)
        ->doAccessibleAction(0);
    ASSERT_TRUE(pollFor(std::chrono::seconds(20), [&] {
      return !topWindow("Column mapping").is();
    })) << "the dialog did not close";
  }

  ScopedDocument doc_{
      office().loadDocument(cli::Office::fileUrl(CF_TEST_DATA_DIR "/calc-small-feedback.csv"),
                            {text("FilterName", "Text - txt - csv (StarCalc)"),
                             text("FilterOptions", "44,34,76,1,,0,false,true,true")})};
  Reference<css::frame::XFrame> frame_;
  std::thread dispatcher_;
};

TEST_F(MappingDialogWindow, ShowsTheTablesColumnsAndGroupsAndCancelStoresNothing) {
  Context dialog = openDialog();
  ASSERT_TRUE(dialog.is()) << "the Column mapping dialog did not open";
  std::this_thread::sleep_for(std::chrono::seconds(1));  // let it paint
  const auto png = artifactDir() / "calc-mapping-dialog.png";
  EXPECT_TRUE(takeScreenshot(png));
  std::vector<std::string> names;
  pollFor(std::chrono::seconds(10), [&] {
    names.clear();
    try {
      collectNames(dialog, names);
    } catch (const css::uno::Exception&) {
      return false;  // a control was replaced while it was read
    }
    return std::find(names.begin(), names.end(), "Save mapping…") != names.end();
  });
  for (const char* expected :
       {"A  Group", "C  Importance: Speed", "M  Comment", "Families", "Volunteers", "Funders",
        "Customer group", "Load mapping…", "Save mapping…"})
    EXPECT_NE(std::find(names.begin(), names.end(), expected), names.end()) << expected;
  press(dialog, "Cancel");
  EXPECT_FALSE(hasStoredMapping(doc_));
  EXPECT_TRUE(office().alive());
}

TEST_F(MappingDialogWindow, OkStoresTheMappingInTheDocument) {
  Context dialog = openDialog();
  ASSERT_TRUE(dialog.is()) << "the Column mapping dialog did not open";
  press(dialog, "OK");
  EXPECT_TRUE(pollFor(std::chrono::seconds(10), [&] { return hasStoredMapping(doc_); }));
}

}  // namespace
}  // namespace cf::test
