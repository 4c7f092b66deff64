#include "office_environment.h"

#include <cstdlib>
#include <iostream>
#include <memory>

namespace cf::test {
namespace {

std::unique_ptr<cli::Office> theOffice;

class OfficeEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    cli::OfficeOptions options;
    options.oxt = CF_TEST_OXT;
    // One fresh profile per test program: tests must not depend on what an
    // earlier run left behind.
    options.profile = std::filesystem::path(CF_TEST_PROFILE_ROOT) / CF_TEST_NAME;
    std::filesystem::remove_all(options.profile);
#ifdef CF_TEST_UI_LOCALE
    options.uiLocale = CF_TEST_UI_LOCALE;
#endif
    if (const char* display = std::getenv("CF_TEST_VISIBLE"); display && *display == '1')
      options.headless = false;
    try {
      theOffice = std::make_unique<cli::Office>(options);
    } catch (const std::exception& e) {
      std::cerr << "Cannot start LibreOffice for the office tests: " << e.what() << std::endl;
      std::exit(1);
    }
  }
  void TearDown() override { theOffice.reset(); }
};

const auto* const registered = ::testing::AddGlobalTestEnvironment(new OfficeEnvironment);

}  // namespace

cli::Office& office() {
  if (!theOffice) {
    std::cerr << "The office is not running." << std::endl;
    std::abort();
  }
  return *theOffice;
}

ScopedDocument::ScopedDocument(const std::string& url) : doc_(office().loadDocument(url)) {}
ScopedDocument::~ScopedDocument() { cli::Office::closeDocument(doc_); }

css::beans::PropertyValue property(const std::string& name, const css::uno::Any& value) {
  css::beans::PropertyValue p;
  p.Name = rtl::OUString::createFromAscii(name.c_str());
  p.Value = value;
  return p;
}

std::string toUtf8(const rtl::OUString& text) {
  const rtl::OString o = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
  return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

std::filesystem::path artifactDir() {
  std::filesystem::path dir = CF_TEST_ARTIFACTS;
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace cf::test
