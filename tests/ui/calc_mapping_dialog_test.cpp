// The column mapping dialog as a person meets it: Tools ▸ Customer Focus ▸
// Column Mapping… on a small feedback table in a real Calc window, filled with
// the table's columns and groups; Cancel stores nothing, OK stores the
// mapping in the document. Screenshot: build/test-artifacts/calc-mapping-dialog.png.
#include "office_environment.h"
#include "screen.h"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/util/URL.hpp>

#include <chrono>
#include <filesystem>
#include <optional>
#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

css::beans::PropertyValue text(const char* name, const std::string& value) {
  return property(name, Any(rtl::OUString::fromUtf8(value.c_str())));
}

bool hasStoredMapping(const ScopedDocument& doc) {
  Reference<css::beans::XPropertySet> props(doc.as<css::document::XDocumentPropertiesSupplier>()
                                                ->getDocumentProperties()
                                                ->getUserDefinedProperties(),
                                            UNO_QUERY_THROW);
  return props->getPropertySetInfo()->hasPropertyByName("CustomerFocusMapping");
}

class MappingDialogWindow : public ::testing::Test {
 protected:
  // The table the window shows, under tests/data/.
  virtual const char* table() const { return "calc-small-feedback.csv"; }

  void SetUp() override {
    // A copy: an office keeps a lock file beside what it opens.
    const std::filesystem::path source = std::filesystem::path(CF_TEST_DATA_DIR) / table();
    const std::filesystem::path copy = artifactDir() / source.filename();
    std::filesystem::copy_file(source, copy, std::filesystem::copy_options::overwrite_existing);
    doc_.emplace(office().loadDocument(
        cli::Office::fileUrl(copy),
        {text("FilterName", "Text - txt - csv (StarCalc)"),
         text("FilterOptions", "44,34,76,1,,0,false,true,true")}));
    frame_ = cli::frameOf(doc_->get());
    frame_->getContainerWindow()->setPosSize(0, 0, 1280, 800, css::awt::PosSize::POSSIZE);
  }

  void TearDown() override {
    // A dialog left open (a failed press) holds the dispatch: end the office
    // so that the thread returns, rather than hang.
    if (dispatcher_.joinable() &&
        !pollFor(std::chrono::seconds(20), [] { return !findTopWindow("Column mapping").is(); })) {
      ADD_FAILURE() << "the Column mapping dialog is still open; the office is ended";
      office().shutdown();
    }
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
    pollFor(std::chrono::seconds(20), [&] { return (dialog = findTopWindow("Column mapping")).is(); });
    return dialog;
  }

  void press(const Context& dialog, const std::string& name) {
    Context button;
    pollFor(std::chrono::seconds(10), [&] {
      try {
        button = findAccessible(dialog, css::accessibility::AccessibleRole::PUSH_BUTTON, name);
      } catch (const css::uno::Exception&) {
        button.clear();  // the dialog was still being laid out
      }
      return button.is();
    });
    ASSERT_TRUE(button.is()) << "no button " << name;
    Reference<css::accessibility::XAccessibleAction>(button, UNO_QUERY_THROW)
        ->doAccessibleAction(0);
    ASSERT_TRUE(pollFor(std::chrono::seconds(20), [&] {
      return !findTopWindow("Column mapping").is();
    })) << "the dialog did not close";
  }

  std::optional<ScopedDocument> doc_;
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
      collectAccessibleNames(dialog, names);
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
  EXPECT_FALSE(hasStoredMapping(*doc_));
  EXPECT_TRUE(office().alive());
}

TEST_F(MappingDialogWindow, OkStoresTheMappingInTheDocument) {
  Context dialog = openDialog();
  ASSERT_TRUE(dialog.is()) << "the Column mapping dialog did not open";
  press(dialog, "OK");
  EXPECT_TRUE(pollFor(std::chrono::seconds(10), [&] { return hasStoredMapping(*doc_); }));
}

// A Google Forms export answered in words: the dialog opens on its first
// rated column, whose answer labels field is there and can be edited. (What
// the field holds, "Slightly important = 2" and so on, is formatLabels',
// unit-tested; a screen reader's view of a multi-line field's text is not
// readable from here, so the screenshot shows it.)
class MappingDialogOnExport : public MappingDialogWindow {
 protected:
  const char* table() const override { return "exports/google-forms.csv"; }
};

TEST_F(MappingDialogOnExport, OpensOnTheFirstRatedColumnWithItsAnswerLabels) {
  Context dialog = openDialog();
  ASSERT_TRUE(dialog.is()) << "the Column mapping dialog did not open";
  const std::string name = "Answers in words (label = number, or = n/a):";
  Context field;
  pollFor(std::chrono::seconds(10), [&] {
    try {
      // 7.4: a scroll pane round the text; from 7.5: the text itself.
      field = findAccessible(dialog, css::accessibility::AccessibleRole::SCROLL_PANE, name);
      if (!field.is()) field = findAccessible(dialog, css::accessibility::AccessibleRole::TEXT, name);
    } catch (const css::uno::Exception&) {
      field.clear();
    }
    return field.is();
  });
  ASSERT_TRUE(field.is()) << "no field " << name;
  EXPECT_TRUE(hasState(field, "ENABLED")) << "the labels of the selected item cannot be edited";
  Context attribute =
      findAccessible(dialog, css::accessibility::AccessibleRole::TEXT, "Attribute (what is rated):");
  ASSERT_TRUE(attribute.is());
  EXPECT_TRUE(hasState(attribute, "ENABLED")) << "the dialog did not open on a rated column";
  std::this_thread::sleep_for(std::chrono::seconds(1));  // let it paint
  EXPECT_TRUE(takeScreenshot(artifactDir() / "calc-mapping-dialog-labels.png"));
  press(dialog, "Cancel");
  EXPECT_FALSE(hasStoredMapping(*doc_));
}

}  // namespace
}  // namespace cf::test
