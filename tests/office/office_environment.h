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

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <utility>

namespace cf::test {

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

css::beans::PropertyValue property(const std::string& name, const css::uno::Any& value);
std::string toUtf8(const rtl::OUString& text);

// Where tests leave screenshots and exported files: build/test-artifacts/.
std::filesystem::path artifactDir();

}  // namespace cf::test
