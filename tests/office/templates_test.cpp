// The five templates as the Template Manager opens them from the installed
// extension: each loads as a new untitled document; the Writer ones carry the
// worksheet's named sections; the Feedback Table, filled with the airline
// sample, builds a value matrix with no mapping; the Register's check formula
// counts the primary customers. Page 1 of each goes to
// build/test-artifacts/templates/ as a PDF, to look at.
#include "office_environment.h"

#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/ucb/XSimpleFileAccess3.hpp>

#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/embed/ElementModes.hpp>
#include <com/sun/star/embed/StorageFactory.hpp>
#include <com/sun/star/embed/XStorage.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/graphic/GraphicProvider.hpp>
#include <com/sun/star/graphic/XGraphic.hpp>
#include <com/sun/star/graphic/XGraphicProvider.hpp>
#include <com/sun/star/io/XStream.hpp>
#include <com/sun/star/lang/XSingleServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextSectionsSupplier.hpp>
#include <com/sun/star/util/thePathSettings.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

const char* const kWorksheetSections[] = {"CustomerFocus.Primary", "CustomerFocus.Supporting",
                                          "CustomerFocus.Values", "CustomerFocus.Listening"};

// The folder the Template Manager shows as the category "Customer Focus".
std::string categoryUrl() {
  Reference<css::deployment::XPackageInformationProvider> packages =
      css::deployment::PackageInformationProvider::get(office().context());
  const std::string root = toUtf8(packages->getPackageLocation("org.customerfocus.extension"));
  EXPECT_FALSE(root.empty()) << "the extension is not installed";
  return root + "/templates/Customer%20Focus/";
}

ScopedDocument openTemplate(const std::string& file) {
  return ScopedDocument(office().loadDocument(categoryUrl() + file, {property("AsTemplate", Any(true))}));
}

// A new document made from a template has no location and an "Untitled" title,
// so saving it can never overwrite the template.
void expectUntitled(const ScopedDocument& doc) {
  EXPECT_EQ(toUtf8(doc.as<css::frame::XModel>()->getURL()), "");
  EXPECT_EQ(toUtf8(doc.as<css::frame::XTitle>()->getTitle()).rfind("Untitled", 0), 0u)
      << toUtf8(doc.as<css::frame::XTitle>()->getTitle());
}

void exportFirstPage(const ScopedDocument& doc, const char* filter, const std::string& name) {
  const auto dir = artifactDir() / "templates";
  std::filesystem::create_directories(dir);
  const auto pdf = dir / (name + ".pdf");
  std::filesystem::remove(pdf);
  Sequence<css::beans::PropertyValue> filterData(1);
  filterData.getArray()[0] = property("PageRange", Any(rtl::OUString("1")));
  Sequence<css::beans::PropertyValue> args(2);
  args.getArray()[0] = property("FilterName", Any(rtl::OUString::createFromAscii(filter)));
  args.getArray()[1] = property("FilterData", Any(filterData));
  doc.as<css::frame::XStorable>()->storeToURL(rtl::OUString::fromUtf8(cli::Office::fileUrl(pdf).c_str()), args);
  EXPECT_GT(std::filesystem::file_size(pdf), 1000u) << pdf;
}

std::string documentText(const ScopedDocument& doc) {
  return toUtf8(doc.as<css::text::XTextDocument>()->getText()->getString());
}

void expectWriterTemplate(const std::string& file, const std::vector<std::string>& headings) {
  ScopedDocument doc = openTemplate(file);
  ASSERT_TRUE(doc.get().is()) << file;
  expectUntitled(doc);
  Reference<css::container::XNameAccess> sections =
      doc.as<css::text::XTextSectionsSupplier>()->getTextSections();
  for (const char* name : kWorksheetSections)
    EXPECT_TRUE(sections->hasByName(rtl::OUString::createFromAscii(name))) << file << ": " << name;
  const std::string text = documentText(doc);
  for (const std::string& h : headings) EXPECT_NE(text.find(h), std::string::npos) << file << ": " << h;
  exportFirstPage(doc, "writer_pdf_Export", file.substr(0, file.rfind('.')));
}

Reference<css::sheet::XSpreadsheet> sheet(const ScopedDocument& doc, const char* name) {
  return Reference<css::sheet::XSpreadsheet>(
      doc.as<css::sheet::XSpreadsheetDocument>()->getSheets()->getByName(rtl::OUString::createFromAscii(name)),
      UNO_QUERY_THROW);
}

std::string cellText(const Reference<css::sheet::XSpreadsheet>& s, sal_Int32 col, sal_Int32 row) {
  return toUtf8(Reference<css::text::XTextRange>(s->getCellByPosition(col, row), UNO_QUERY_THROW)->getString());
}

std::vector<std::vector<std::string>> csvRows(const std::string& path, std::size_t count) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (rows.size() < count + 1 && std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> fields;
    std::stringstream s(line);
    std::string f;
    while (std::getline(s, f, ',')) fields.push_back(f);
    rows.push_back(fields);
  }
  return rows;
}

TEST(Templates, TheExtensionAddsItsTemplateFolderToTheTemplatePath) {
  // The Template Manager lists each sub-folder of a template path as a
  // category: one entry of the path must hold "Customer Focus/" with our files.
  Reference<css::beans::XPropertySet> paths(css::util::thePathSettings::get(office().context()), UNO_QUERY_THROW);
  Sequence<rtl::OUString> internal;
  ASSERT_TRUE(paths->getPropertyValue("Template_internal") >>= internal);
  Reference<css::ucb::XSimpleFileAccess3> files = css::ucb::SimpleFileAccess::create(office().context());
  std::string all;
  bool found = false;
  for (const rtl::OUString& p : internal) {
    all += toUtf8(p) + "\n";
    found = found || files->exists(p + "/Customer Focus/who-is-our-customer.ott");
  }
  EXPECT_TRUE(found) << "no template path holds Customer Focus/who-is-our-customer.ott:\n" << all;
}

TEST(Templates, WhoIsOurCustomerOpensUntitledWithTheWorksheetSections) {
  expectWriterTemplate("who-is-our-customer.ott",
                       {"Who Is Our Customer?", "Who is our primary customer?", "Who are our supporting customers?",
                        "What does the customer value?", "How will their needs change?", "How will we listen?"});
}

TEST(Templates, InterviewGuideAsksDruckersFourQuestions) {
  expectWriterTemplate("what-does-the-customer-value.ott",
                       {"What Does the Customer Value?", "What have we contributed", "still important to you",
                        "What should we do better?", "What should we stop doing?"});
}

TEST(Templates, ListeningPlanHasMethodAudienceOwnerDateAndWhatWeLearned) {
  expectWriterTemplate("customer-listening-plan.ott",
                       {"Customer Listening Plan", "Method", "Audience", "Owner", "Date", "What we learned"});
}

TEST(Templates, FeedbackTableBuildsAValueMatrixWithoutMapping) {
  ScopedDocument doc = openTemplate("customer-feedback-table.ots");
  ASSERT_TRUE(doc.get().is());
  expectUntitled(doc);
  Reference<css::sheet::XSpreadsheet> feedback = sheet(doc, "Feedback");
  EXPECT_EQ(cellText(feedback, 0, 0), "Customer group");
  EXPECT_EQ(cellText(feedback, 1, 1), "primary");  // the first sample row
  // The codebook for the comments, with examples the sample comments use.
  Reference<css::sheet::XSpreadsheet> themes = sheet(doc, "Themes");
  EXPECT_EQ(cellText(themes, 0, 0), "Theme");
  EXPECT_EQ(cellText(themes, 1, 0), "Keywords");
  EXPECT_EQ(cellText(themes, 2, 0), "Attribute");
  EXPECT_EQ(cellText(themes, 0, 1), "Opening times");
  exportFirstPage(doc, "calc_pdf_Export", "customer-feedback-table");

  // The airline survey asked for satisfaction only: its Customer Type is the
  // group (loyal customers taken as primary), three of its ratings fill the
  // template's three satisfaction columns and its "satisfaction" label the
  // overall outcome. Importance, NPS, Kano and comments stay empty. The rows
  // overwrite the samples.
  const std::vector<std::vector<std::string>> csv = csvRows(CF_TEST_DATA_DIR "/airline-passenger-satisfaction.csv", 300);
  ASSERT_EQ(csv.size(), 301u);
  auto column = [&](const std::string& header) {
    for (std::size_t c = 0; c < csv[0].size(); ++c)
      if (csv[0][c] == header) return c;
    ADD_FAILURE() << "no airline column " << header;
    return std::size_t(0);
  };
  const std::size_t type = column("Customer Type"), hours = column("Departure/Arrival time convenient"),
                    staff = column("On-board service"), information = column("Online boarding"),
                    overall = column("satisfaction");
  constexpr sal_Int32 kColumns = 13;
  Sequence<Sequence<Any>> cells(300);
  for (sal_Int32 r = 0; r < 300; ++r) {
    const std::vector<std::string>& in = csv[static_cast<std::size_t>(r) + 1];
    Sequence<Any> row(kColumns);
    Any* out = row.getArray();
    for (sal_Int32 c = 0; c < kColumns; ++c) out[c] <<= rtl::OUString();
    out[0] <<= rtl::OUString::fromUtf8(in[type].c_str());
    out[1] <<= rtl::OUString::createFromAscii(in[type] == "Loyal Customer" ? "primary" : "supporting");
    out[3] <<= std::stod(in[hours]);
    out[5] <<= std::stod(in[staff]);
    out[7] <<= std::stod(in[information]);
    out[8] <<= rtl::OUString::fromUtf8(in[overall].c_str());
    cells.getArray()[r] = row;
  }
  Reference<css::sheet::XCellRangeData>(feedback->getCellRangeByPosition(0, 1, kColumns - 1, 300), UNO_QUERY_THROW)
      ->setDataArray(cells);

  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix?NotApplicable=0");
  ASSERT_TRUE(r.finished);
  ASSERT_TRUE(r.success) << r.message;
  EXPECT_NE(r.message.find("Value Matrix"), std::string::npos) << r.message;
  EXPECT_TRUE(doc.as<css::sheet::XSpreadsheetDocument>()->getSheets()->hasByName("Value Matrix"));
}

TEST(Templates, RegisterCheckFlagsTwoPrimaryCustomers) {
  ScopedDocument doc = openTemplate("customer-register.ots");
  ASSERT_TRUE(doc.get().is());
  expectUntitled(doc);
  exportFirstPage(doc, "calc_pdf_Export", "customer-register");
  Reference<css::sheet::XSpreadsheet> customers = sheet(doc, "Customers");
  // The check is B3; the groups start in row 6, the sample primary first.
  EXPECT_EQ(cellText(customers, 0, 4), "Customer group");
  EXPECT_EQ(cellText(customers, 1, 2), "OK");
  customers->getCellByPosition(1, 6)->setFormula("primary");
  EXPECT_EQ(cellText(customers, 1, 2), "2 primary customers: keep to one");
  customers->getCellByPosition(1, 6)->setFormula("supporting");
  EXPECT_EQ(cellText(customers, 1, 2), "OK");
  customers->getCellByPosition(1, 5)->setFormula("supporting");
  EXPECT_EQ(cellText(customers, 1, 2), "No primary customer: name one");
}

// The picture the Template Manager shows for each template: the file's
// Thumbnails/thumbnail.png, read from the installed package the way it reads
// it (the package storage), a real picture no larger than the 256 px
// LibreOffice writes, not a missing stream that makes it draw a generic icon.
TEST(Templates, EachTemplateCarriesAThumbnailTheOfficeCanRead) {
  Reference<css::lang::XSingleServiceFactory> storages =
      css::embed::StorageFactory::create(office().context());
  Reference<css::graphic::XGraphicProvider> graphics =
      css::graphic::GraphicProvider::create(office().context());
  for (const char* file :
       {"who-is-our-customer.ott", "what-does-the-customer-value.ott",
        "customer-listening-plan.ott", "customer-feedback-table.ots", "customer-register.ots"}) {
    SCOPED_TRACE(file);
    Sequence<Any> args(2);
    args.getArray()[0] <<= rtl::OUString::fromUtf8(rtl::OString((categoryUrl() + file).c_str()));
    args.getArray()[1] <<= css::embed::ElementModes::READ;
    // StorageFactory is how the office opens a package; XSingleServiceFactory,
    // its interface, is marked deprecated in the IDL all the same.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    Reference<css::embed::XStorage> storage(storages->createInstanceWithArguments(args),
                                            UNO_QUERY_THROW);
#pragma GCC diagnostic pop
    ASSERT_TRUE(storage->hasByName("Thumbnails"));
    Reference<css::embed::XStorage> thumbnails =
        storage->openStorageElement("Thumbnails", css::embed::ElementModes::READ);
    ASSERT_TRUE(thumbnails->hasByName("thumbnail.png"));
    Reference<css::io::XStream> stream =
        thumbnails->openStreamElement("thumbnail.png", css::embed::ElementModes::READ);
    Sequence<css::beans::PropertyValue> source(1);
    source.getArray()[0] = property("InputStream", Any(stream->getInputStream()));
    Reference<css::graphic::XGraphic> graphic = graphics->queryGraphic(source);
    ASSERT_TRUE(graphic.is()) << "the thumbnail is no picture the office can read";
    Reference<css::beans::XPropertySet> props(graphic, UNO_QUERY_THROW);
    css::awt::Size pixels;
    props->getPropertyValue("SizePixel") >>= pixels;
    EXPECT_EQ(std::max(pixels.Width, pixels.Height), 256) << pixels.Width << "x" << pixels.Height;
    EXPECT_GE(std::min(pixels.Width, pixels.Height), 150) << pixels.Width << "x" << pixels.Height;
  }
}

}  // namespace
}  // namespace cf::test
