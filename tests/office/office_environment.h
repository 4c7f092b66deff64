// The office every test in one office-test program shares: the built .oxt
// installed into a throw-away profile, one headless LibreOffice on its own
// pipe, shut down (by PID if need be) when the program ends.
//
//   TEST(Sidebar, DeckIsListedInCalc) {
//     auto doc = cf::test::office().loadDocument("private:factory/scalc");
//     ...
//   }
#pragma once

#include "office.h"

#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <utility>

namespace cf::test {

// The office the tests run against: the program folder in CF_TEST_OFFICE
// (scripts/test.sh sets it for its second office), else the one the build
// found. CF_TEST_OFFICE_LABEL ("25.2") keeps that office's profiles and
// screenshots apart from the first one's.
std::filesystem::path officeProgramDir();
std::string officeLabel();   // empty for the build's own office
std::string officeSuffix();  // "-25.2", or empty
// The running office's version as it names itself ("7.4", "25.2") and its
// first number.
std::string officeVersion();
int officeMajorVersion();

// The running office; the test program aborts with a clear message when it
// could not be started.
cli::Office& office();

// A document that is closed when the test ends, pass or fail.
class ScopedDocument {
 public:
  explicit ScopedDocument(const std::string& url);
  // Takes a document already loaded (with a filter, read-only, …).
  explicit ScopedDocument(css::uno::Reference<css::lang::XComponent> doc) : doc_(std::move(doc)) {}
  ScopedDocument(ScopedDocument&& other) noexcept : doc_(std::move(other.doc_)) { other.doc_.clear(); }
  ScopedDocument(const ScopedDocument&) = delete;
  ScopedDocument& operator=(const ScopedDocument&) = delete;
  ~ScopedDocument();
  const css::uno::Reference<css::lang::XComponent>& get() const { return doc_; }
  template <class T>
  css::uno::Reference<T> as() const {
    return css::uno::Reference<T>(doc_, css::uno::UNO_QUERY_THROW);
  }

 private:
  css::uno::Reference<css::lang::XComponent> doc_;
};

// A UTF-8, comma-separated file opened in Calc as a person opens it (quoted
// fields as text, special numbers detected); read-only when asked.
ScopedDocument loadCsv(const std::string& path, bool readOnly = false);

css::beans::PropertyValue property(const std::string& name, const css::uno::Any& value);
std::string toUtf8(const rtl::OUString& text);

// A spreadsheet document's sheets by name.
css::uno::Reference<css::container::XNameAccess> sheetsOf(const ScopedDocument& doc);
// Every row of a sheet's used area (from its first used cell), one
// getDataArray, each cell as text or number.
css::uno::Sequence<css::uno::Sequence<css::uno::Any>> usedCells(
    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
// A cell's text; empty for a number or an empty cell.
std::string textOf(const css::uno::Any& cell);

// The Riverside survey's two waves as a person puts them in one workbook:
// <stem>-2025 opened from its CSV, <stem>-2026 pasted into a sheet after it,
// the cursor on 2025. The 2026 file is opened (and closed) first: the
// document opened last is the one whose view the office's undo works in, as
// the window a person works in.
ScopedDocument riversideWavesWorkbook(const std::string& stem);

// The deck's panels, built by the extension's factory with the arguments the
// sidebar passes, in the frame of a document:
//   auto element = createPanel(doc.get(), "Calc");   // …/CustomerFocusPanelFactory/Calc
//   auto controls = panelControls(element);
// The caller disposes the element.
css::uno::Reference<css::ui::XUIElementFactory> panelFactory();
css::uno::Sequence<css::beans::PropertyValue> panelArguments(const css::uno::Reference<css::frame::XFrame>& frame);
css::uno::Reference<css::ui::XUIElement> createPanel(const css::uno::Reference<css::lang::XComponent>& document,
                                                     const std::string& name);
css::uno::Reference<css::awt::XControlContainer> panelControls(const css::uno::Reference<css::ui::XUIElement>& element);

// A panel disposed when the test ends, pass or fail:
//   ScopedPanel panel(doc.get(), "Calc");
//   pressButton(panel.controls(), "BuildButton");
class ScopedPanel {
 public:
  ScopedPanel(const css::uno::Reference<css::lang::XComponent>& document, const std::string& name)
      : element_(createPanel(document, name)) {}
  ScopedPanel(const ScopedPanel&) = delete;
  ScopedPanel& operator=(const ScopedPanel&) = delete;
  ~ScopedPanel() {
    css::uno::Reference<css::lang::XComponent> c(element_, css::uno::UNO_QUERY);
    if (c.is()) c->dispose();
  }
  css::uno::Reference<css::awt::XControlContainer> controls() const { return panelControls(element_); }

 private:
  css::uno::Reference<css::ui::XUIElement> element_;
};

// The Customer Focus deck of the document's sidebar (there once
// vnd.customerfocus:ShowDeck has been dispatched, or the user opened it).
css::uno::Reference<css::ui::XDeck> customerFocusDeck(const css::uno::Reference<css::lang::XComponent>& document);

// Presses a button of a panel or dialog as the keyboard or a screen reader
// does: through its accessible action.
void pressButton(const css::uno::Reference<css::awt::XControlContainer>& controls, const std::string& name);

// Where tests leave screenshots and exported files: build/test-artifacts/,
// or build/test-artifacts/<label>/ for a second office.
std::filesystem::path artifactDir();

}  // namespace cf::test
