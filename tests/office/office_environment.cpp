#include "office_environment.h"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <stdexcept>

namespace cf::test {
namespace {

std::unique_ptr<cli::Office> theOffice;

class OfficeEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    cli::OfficeOptions options;
    options.oxt = CF_TEST_OXT;
#ifdef CF_TEST_BUNDLED_EXTENSIONS
    // The extension comes from a folder of bundled extensions (the Debian
    // package's), not from unopkg; what the office makes of that folder stays
    // in the profile, not in the system's /var.
    options.extraArguments = {
        "-env:BUNDLED_EXTENSIONS=" + cli::Office::fileUrl(CF_TEST_BUNDLED_EXTENSIONS),
        "-env:BUNDLED_EXTENSIONS_USER=" +
            cli::Office::fileUrl(std::filesystem::path(CF_TEST_PROFILE_ROOT) /
                                 (CF_TEST_NAME + officeSuffix()) / "bundled")};
#endif
    options.programDir = officeProgramDir();
    // One fresh profile per test program and office: tests must not depend on
    // what an earlier run left behind.
    options.profile = std::filesystem::path(CF_TEST_PROFILE_ROOT) / (CF_TEST_NAME + officeSuffix());
    std::filesystem::remove_all(options.profile);
#ifdef CF_TEST_UI_LOCALE
    options.uiLocale = CF_TEST_UI_LOCALE;
#endif
    if (const char* display = std::getenv("CF_TEST_VISIBLE"); display && *display == '1')
      options.headless = false;
    try {
      theOffice = std::make_unique<cli::Office>(options);
      std::cout << "Office tests on LibreOffice " << officeVersion() << ", "
                << options.programDir.string() << std::endl;
    } catch (const std::exception& e) {
      std::cerr << "Cannot start LibreOffice for the office tests: " << e.what() << std::endl;
      std::exit(1);
    }
  }
  void TearDown() override { theOffice.reset(); }
};

const auto* const registered = ::testing::AddGlobalTestEnvironment(new OfficeEnvironment);

}  // namespace

std::filesystem::path officeProgramDir() {
  const char* dir = std::getenv("CF_TEST_OFFICE");
  return dir && *dir ? std::filesystem::path(dir) : std::filesystem::path(CF_LO_PROGRAM_DIR);
}

std::string officeLabel() {
  if (const char* label = std::getenv("CF_TEST_OFFICE_LABEL"); label && *label) return label;
  const char* dir = std::getenv("CF_TEST_OFFICE");
  return dir && *dir ? "other" : "";
}

std::string officeSuffix() {
  const std::string label = officeLabel();
  return label.empty() ? "" : "-" + label;
}

std::string officeVersion() {
  // Read once: the office's own version does not change while it runs.
  static std::string version;
  if (!version.empty()) return version;
  css::uno::Reference<css::lang::XMultiServiceFactory> config =
      css::configuration::theDefaultProvider::get(office().context());
  css::uno::Sequence<css::uno::Any> args(1);
  args.getArray()[0] <<=
      property("nodepath", css::uno::Any(rtl::OUString("/org.openoffice.Setup/Product")));
  css::uno::Reference<css::container::XNameAccess> product(
      config->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
      css::uno::UNO_QUERY_THROW);
  rtl::OUString text;
  product->getByName("ooSetupVersion") >>= text;
  version = toUtf8(text);
  return version;
}

int officeMajorVersion() { return std::atoi(officeVersion().c_str()); }

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

css::uno::Reference<css::container::XNameAccess> sheetsOf(const ScopedDocument& doc) {
  return css::uno::Reference<css::container::XNameAccess>(
      doc.as<css::sheet::XSpreadsheetDocument>()->getSheets(), css::uno::UNO_QUERY_THROW);
}

css::uno::Sequence<css::uno::Sequence<css::uno::Any>> usedCells(
    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet) {
  css::uno::Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
  css::uno::Reference<css::sheet::XUsedAreaCursor> used(cursor, css::uno::UNO_QUERY_THROW);
  used->gotoStartOfUsedArea(false);
  used->gotoEndOfUsedArea(true);
  return css::uno::Reference<css::sheet::XCellRangeData>(cursor, css::uno::UNO_QUERY_THROW)
      ->getDataArray();
}

std::string textOf(const css::uno::Any& cell) {
  rtl::OUString text;
  return (cell >>= text) ? toUtf8(text) : std::string();
}

ScopedDocument riversideWavesWorkbook(const std::string& stem) {
  const auto first = artifactDir() / (stem + "-2025.csv");
  const auto second = artifactDir() / (stem + "-2026.csv");
  std::filesystem::copy_file(CF_TEST_DATA_DIR "/riverside/riverside-survey-2025.csv", first,
                             std::filesystem::copy_options::overwrite_existing);
  std::filesystem::copy_file(CF_TEST_DATA_DIR "/riverside/riverside-survey-2026.csv", second,
                             std::filesystem::copy_options::overwrite_existing);
  css::uno::Sequence<css::uno::Sequence<css::uno::Any>> cells;
  {
    ScopedDocument other = loadCsv(second.string());
    css::uno::Reference<css::container::XIndexAccess> from(
        other.as<css::sheet::XSpreadsheetDocument>()->getSheets(), css::uno::UNO_QUERY_THROW);
    cells = usedCells(css::uno::Reference<css::sheet::XSpreadsheet>(from->getByIndex(0),
                                                                    css::uno::UNO_QUERY_THROW));
  }
  ScopedDocument doc = loadCsv(first.string());
  const rtl::OUString name = rtl::OUString::createFromAscii((stem + "-2026").c_str());
  doc.as<css::sheet::XSpreadsheetDocument>()->getSheets()->insertNewByName(name, 1);
  css::uno::Reference<css::sheet::XSpreadsheet> to(sheetsOf(doc)->getByName(name),
                                                   css::uno::UNO_QUERY_THROW);
  const sal_Int32 rows = cells.getLength(), cols = cells[0].getLength();
  css::uno::Reference<css::sheet::XCellRangeData>(
      to->getCellRangeByPosition(0, 0, cols - 1, rows - 1), css::uno::UNO_QUERY_THROW)
      ->setDataArray(cells);
  css::uno::Reference<css::sheet::XSpreadsheetView> view(
      doc.as<css::frame::XModel>()->getCurrentController(), css::uno::UNO_QUERY_THROW);
  view->setActiveSheet(css::uno::Reference<css::sheet::XSpreadsheet>(
      sheetsOf(doc)->getByName(rtl::OUString::createFromAscii((stem + "-2025").c_str())),
      css::uno::UNO_QUERY_THROW));
  return doc;
}

std::string toUtf8(const rtl::OUString& text) {
  const rtl::OString o = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
  return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

namespace {
rtl::OUString fromUtf8(const std::string& text) {
  return rtl::OStringToOUString(rtl::OString(text.c_str()), RTL_TEXTENCODING_UTF8);
}
}  // namespace

css::uno::Reference<css::ui::XUIElementFactory> panelFactory() {
  return css::uno::Reference<css::ui::XUIElementFactory>(
      office().context()->getServiceManager()->createInstanceWithContext("org.customerfocus.PanelFactory",
                                                                         office().context()),
      css::uno::UNO_QUERY_THROW);
}

css::uno::Sequence<css::beans::PropertyValue> panelArguments(const css::uno::Reference<css::frame::XFrame>& frame) {
  css::uno::Sequence<css::beans::PropertyValue> args(2);
  args.getArray()[0] = property("Frame", css::uno::Any(frame));
  args.getArray()[1] = property("ParentWindow", css::uno::Any(frame->getContainerWindow()));
  return args;
}

css::uno::Reference<css::ui::XUIElement> createPanel(const css::uno::Reference<css::lang::XComponent>& document,
                                                     const std::string& name) {
  css::uno::Reference<css::ui::XUIElement> element = panelFactory()->createUIElement(
      fromUtf8("private:resource/toolpanel/CustomerFocusPanelFactory/" + name),
      panelArguments(cli::frameOf(document)));
  if (!element.is()) throw std::runtime_error("the panel factory gave no " + name + " panel");
  return element;
}

css::uno::Reference<css::awt::XControlContainer> panelControls(const css::uno::Reference<css::ui::XUIElement>& element) {
  css::uno::Reference<css::ui::XToolPanel> panel(element->getRealInterface(), css::uno::UNO_QUERY_THROW);
  return css::uno::Reference<css::awt::XControlContainer>(panel->getWindow(), css::uno::UNO_QUERY_THROW);
}

css::uno::Reference<css::ui::XDeck> customerFocusDeck(const css::uno::Reference<css::lang::XComponent>& document) {
  css::uno::Reference<css::frame::XModel> model(document, css::uno::UNO_QUERY_THROW);
  css::uno::Reference<css::frame::XController2> controller(model->getCurrentController(), css::uno::UNO_QUERY_THROW);
  return css::uno::Reference<css::ui::XDeck>(controller->getSidebar()->getDecks()->getByName("CustomerFocusDeck"),
                                             css::uno::UNO_QUERY_THROW);
}

void pressButton(const css::uno::Reference<css::awt::XControlContainer>& controls, const std::string& name) {
  css::uno::Reference<css::awt::XControl> control(controls->getControl(fromUtf8(name)),
                                                  css::uno::UNO_QUERY_THROW);
  css::uno::Reference<css::accessibility::XAccessible> accessible(control->getPeer(), css::uno::UNO_QUERY_THROW);
  css::uno::Reference<css::accessibility::XAccessibleAction> action(accessible->getAccessibleContext(),
                                                                    css::uno::UNO_QUERY_THROW);
  if (!action->doAccessibleAction(0)) throw std::runtime_error("the button " + name + " did not take the press");
}

std::filesystem::path artifactDir() {
  std::filesystem::path dir = CF_TEST_ARTIFACTS;
  if (const std::string label = officeLabel(); !label.empty()) dir /= label;
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace cf::test
