// The Writer half in a real LibreOffice: the customer model stored in the
// document, the worksheet drawn as named sections, updates that leave the
// user's own text alone, one undo step, and the .odt/.docx round trip.
#include "office_environment.h"
#include "writer_text.h"

#include "model_io.h"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XRelativeTextContentInsert.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextSection.hpp>
#include <com/sun/star/text/XTextSectionsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

core::Model sampleModel() {
  core::Model m;
  m.organisation.name = "Riverside Learning Centre";
  m.organisation.mission = "Every child in Riverside reads with joy by the age of ten.";
  core::CustomerGroup kids;
  kids.name = "Children aged 6–10";
  kids.role = core::Role::Primary;
  kids.kind = core::CustomerKind::Beneficiary;
  kids.lifeChanged = "They read confidently and choose books for themselves.";
  kids.assumedValues = {{"A quiet place to read", 5}, {"Free snacks", 3}};
  kids.statedValues = {{"Someone who listens to me read", "Exit interviews",
                        core::parseDate("2024-03-01"), 42}};
  kids.listening = {{"Reading circle feedback", "Ana", core::parseDate("2030-06-01"),
                     core::parseDate("2024-03-01")}};
  core::CustomerGroup volunteers;
  volunteers.name = "Volunteer tutors";
  volunteers.role = core::Role::Supporting;
  volunteers.kind = core::CustomerKind::Volunteer;
  volunteers.whySatisfy = "Without them no child gets one-to-one time.";
  volunteers.assumedValues = {{"Flexible hours", 4}};
  core::CustomerGroup funders;
  funders.name = "Riverside Community Foundation";
  funders.role = core::Role::Supporting;
  funders.kind = core::CustomerKind::Funder;
  funders.whySatisfy = "They fund two thirds of our budget.";
  m.customers = {kids, volunteers, funders};
  return m;
}

std::filesystem::path scratch(const std::string& name) {
  const auto dir = artifactDir() / "writer-worksheet";
  std::filesystem::create_directories(dir);
  return dir / name;
}

void importModel(const ScopedDocument& doc, const core::Model& model, const std::string& file) {
  importModelFile(doc.get(), model, scratch(file));
}

core::Model exportedModel(const Reference<css::lang::XComponent>& doc, const std::string& file) {
  return exportedModelFile(doc, scratch(file));
}

cli::DispatchResult insertWorksheet(const Reference<css::lang::XComponent>& doc) {
  return office().dispatch(doc, "vnd.customerfocus:InsertWorksheet");
}

std::vector<std::string> ourSectionNames(const Reference<css::lang::XComponent>& doc) {
  std::vector<std::string> out;
  for (const rtl::OUString& n : sectionsOf(doc)->getElementNames())
    if (n.startsWith("CustomerFocus.")) out.push_back(toUtf8(n));
  return out;
}

// An American English document: dates in its worksheet read 06/01/2030.
void americanEnglish(const ScopedDocument& doc) {
  Reference<css::beans::XPropertySet>(doc.get(), UNO_QUERY_THROW)
      ->setPropertyValue("CharLocale", css::uno::Any(css::lang::Locale("en", "US", "")));
}

const std::vector<std::string> kSections = {"CustomerFocus.Primary", "CustomerFocus.Supporting",
                                            "CustomerFocus.Values", "CustomerFocus.Listening"};

TEST(WriterWorksheet, InsertWritesNamedSectionsHeadingsAndTables) {
  ScopedDocument doc("private:factory/swriter");
  americanEnglish(doc);
  importModel(doc, sampleModel(), "insert.json");
  const cli::DispatchResult r = insertWorksheet(doc.get());
  ASSERT_TRUE(r.finished && r.success) << r.message;

  EXPECT_EQ(ourSectionNames(doc.get()), kSections);
  EXPECT_EQ(sectionParagraphs(doc.get(), "CustomerFocus.Primary").at(0), "Who is our primary customer?");
  EXPECT_EQ(sectionParagraphs(doc.get(), "CustomerFocus.Supporting").at(0),
            "Who are our supporting customers?");
  EXPECT_EQ(sectionParagraphs(doc.get(), "CustomerFocus.Values").at(0), "What does the customer value?");
  EXPECT_EQ(sectionParagraphs(doc.get(), "CustomerFocus.Listening").at(0), "How will we listen?");

  using Rows = std::vector<std::vector<std::string>>;
  EXPECT_EQ(tableCells(doc.get(), "CustomerFocus_Primary"),
            (Rows{{"Customer group", "Kind", "How their life is changed"},
                  {"Children aged 6–10", "Beneficiary",
                   "They read confidently and choose books for themselves."}}));
  EXPECT_EQ(tableCells(doc.get(), "CustomerFocus_Supporting"),
            (Rows{{"Customer group", "Kind", "Why they must be satisfied"},
                  {"Volunteer tutors", "Volunteer", "Without them no child gets one-to-one time."},
                  {"Riverside Community Foundation", "Funder", "They fund two thirds of our budget."}}));
  const Rows values = tableCells(doc.get(), "CustomerFocus_Values");
  ASSERT_EQ(values.size(), 5u);
  EXPECT_EQ(values[0], (std::vector<std::string>{"Customer group", "What we assume they value",
                                                 "What they told us"}));
  EXPECT_EQ(values[1],
            (std::vector<std::string>{
                "Children aged 6–10", "A quiet place to read (importance 5)",
                "Someone who listens to me read (Exit interviews, 03/01/2024, 42 respondents)"}));
  EXPECT_EQ(values[2], (std::vector<std::string>{"", "Free snacks (importance 3)", ""}));
  const Rows listening = tableCells(doc.get(), "CustomerFocus_Listening");
  ASSERT_EQ(listening.size(), 4u);
  EXPECT_EQ(listening[1], (std::vector<std::string>{"Children aged 6–10", "Reading circle feedback",
                                                    "Ana", "06/01/2030", "03/01/2024"}));
  EXPECT_EQ(listening[2][1], "Nothing planned yet");

  // The document's own styles: headings are Heading 1, the table uses the
  // default table style.
  Reference<css::text::XTextSection> primary(sectionsOf(doc.get())->getByName("CustomerFocus.Primary"),
                                             UNO_QUERY_THROW);
  Reference<css::container::XEnumerationAccess> paras(primary->getAnchor(), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> heading(paras->createEnumeration()->nextElement(), UNO_QUERY_THROW);
  rtl::OUString style;
  heading->getPropertyValue("ParaStyleName") >>= style;
  EXPECT_EQ(toUtf8(style), "Heading 1");
}

TEST(WriterWorksheet, UpdateRewritesOnlyItsSectionsAndKeepsTypedText) {
  ScopedDocument doc("private:factory/swriter");
  americanEnglish(doc);
  Reference<css::text::XText> body = bodyOf(doc.get());
  body->setString("Typed before the worksheet: agenda for the board retreat.");
  Reference<css::text::XTextRange> end = body->getEnd();
  importModel(doc, sampleModel(), "update-1.json");
  // The worksheet goes after the paragraph with the cursor (the start).
  ASSERT_TRUE(insertWorksheet(doc.get()).success);
  ASSERT_EQ(ourSectionNames(doc.get()), kSections);

  typeParagraphAfterSection(doc.get(), "CustomerFocus.Primary", "Typed between: ask Ana about the «reading circle».");
  typeParagraphAfterSection(doc.get(), "CustomerFocus.Values", "Typed between values and listening.");
  body->getEnd()->setString("Typed after the worksheet.");
  const std::string typed = userText(doc.get());
  ASSERT_NE(typed.find("Typed between: ask Ana"), std::string::npos);
  ASSERT_NE(typed.find("Typed after the worksheet."), std::string::npos);

  core::Model changed = sampleModel();
  changed.customers[0].lifeChanged = "They love reading.";
  changed.customers.erase(changed.customers.begin() + 2);  // the funder
  changed.customers[1].statedValues = {{"Training before the first session", "Tutor survey",
                                        core::parseDate("2024-04-10"), 12}};
  importModel(doc, changed, "update-2.json");
  const cli::DispatchResult r = insertWorksheet(doc.get());
  ASSERT_TRUE(r.finished && r.success) << r.message;

  EXPECT_EQ(userText(doc.get()), typed);
  EXPECT_EQ(ourSectionNames(doc.get()), kSections);
  using Rows = std::vector<std::vector<std::string>>;
  EXPECT_EQ(tableCells(doc.get(), "CustomerFocus_Primary").at(1).at(2), "They love reading.");
  EXPECT_EQ(tableCells(doc.get(), "CustomerFocus_Supporting"),
            (Rows{{"Customer group", "Kind", "Why they must be satisfied"},
                  {"Volunteer tutors", "Volunteer", "Without them no child gets one-to-one time."}}));
  EXPECT_EQ(tableCells(doc.get(), "CustomerFocus_Values").at(3).at(2),
            "Training before the first session (Tutor survey, 04/10/2024, 12 respondents)");

  // A second update with the same model changes nothing at all.
  const std::string whole = toUtf8(body->getString());
  ASSERT_TRUE(insertWorksheet(doc.get()).success);
  EXPECT_EQ(toUtf8(body->getString()), whole);
}

TEST(WriterWorksheet, OneUndoRestoresTheDocument) {
  ScopedDocument doc("private:factory/swriter");
  Reference<css::text::XText> body = bodyOf(doc.get());
  body->setString("Notes from the staff meeting.");
  importModel(doc, sampleModel(), "undo.json");
  const std::string before = toUtf8(body->getString());
  Reference<css::document::XUndoManager> undo =
      Reference<css::document::XUndoManagerSupplier>(doc.get(), UNO_QUERY_THROW)->getUndoManager();

  ASSERT_TRUE(insertWorksheet(doc.get()).success);
  ASSERT_NE(toUtf8(body->getString()), before);
  EXPECT_EQ(toUtf8(undo->getCurrentUndoActionTitle()), "Insert Customer Focus worksheet");
  undo->undo();
  EXPECT_EQ(toUtf8(body->getString()), before);
  EXPECT_TRUE(ourSectionNames(doc.get()).empty());
  EXPECT_FALSE(Reference<css::text::XTextTablesSupplier>(doc.get(), UNO_QUERY_THROW)
                   ->getTextTables()
                   ->hasByName("CustomerFocus_Primary"));

  // An update is one step too: undo brings the previous tables back.
  ASSERT_TRUE(insertWorksheet(doc.get()).success);
  const std::string first = toUtf8(body->getString());
  core::Model changed = sampleModel();
  changed.customers[0].lifeChanged = "Changed.";
  importModel(doc, changed, "undo-2.json");
  ASSERT_TRUE(insertWorksheet(doc.get()).success);
  ASSERT_NE(toUtf8(body->getString()), first);
  undo->undo();
  EXPECT_EQ(toUtf8(body->getString()), first);
}

void setStoredModel(const ScopedDocument& doc, const rtl::OUString& json) {
  Reference<css::beans::XPropertyContainer> user =
      Reference<css::document::XDocumentPropertiesSupplier>(doc.get(), UNO_QUERY_THROW)
          ->getDocumentProperties()
          ->getUserDefinedProperties();
  user->addProperty("CustomerFocusModel", css::beans::PropertyAttribute::REMOVABLE, Any(json));
}

TEST(WriterWorksheet, CorruptStoredModelGivesAMessageAndLeavesTheTextAlone) {
  ScopedDocument doc("private:factory/swriter");
  Reference<css::text::XText> body = bodyOf(doc.get());
  body->setString("The board meets on Friday.");
  setStoredModel(doc, "{\"schemaVersion\": 1, \"customers\": [{\"name\": \"Kids\", \"role\": \"boss\"}]}");
  const std::string before = toUtf8(body->getString());

  const cli::DispatchResult r = insertWorksheet(doc.get());
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_NE(r.message.find("customer model stored in this document is damaged"), std::string::npos)
      << r.message;
  EXPECT_NE(r.message.find("customers[0].role"), std::string::npos) << r.message;
  EXPECT_EQ(toUtf8(body->getString()), before);
  EXPECT_TRUE(ourSectionNames(doc.get()).empty());

  const cli::DispatchResult exported = office().dispatch(
      doc.get(), "vnd.customerfocus:ExportModel",
      {property("Path", Any(rtl::OUString::createFromAscii(scratch("corrupt.json").c_str())))});
  EXPECT_FALSE(exported.success);
  EXPECT_TRUE(office().alive());
}

TEST(WriterWorksheet, DocumentWithoutModelStartsEmpty) {
  ScopedDocument doc("private:factory/swriter");
  EXPECT_EQ(exportedModel(doc.get(), "empty.json"), core::Model{});
  ASSERT_TRUE(insertWorksheet(doc.get()).success);
  EXPECT_EQ(sectionParagraphs(doc.get(), "CustomerFocus.Primary").at(2),
            "No primary customer has been named yet.");
}

TEST(WriterWorksheet, ImportRefusesABadFileAndKeepsTheModel) {
  ScopedDocument doc("private:factory/swriter");
  importModel(doc, sampleModel(), "good.json");
  const auto bad = scratch("bad.json");
  std::ofstream(bad) << R"({"schemaVersion": 99, "customers": []})";
  const cli::DispatchResult r = office().dispatch(
      doc.get(), "vnd.customerfocus:ImportModel",
      {property("Path", Any(rtl::OUString::createFromAscii(bad.c_str())))});
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_NE(r.message.find("cannot be read"), std::string::npos) << r.message;
  EXPECT_EQ(core::serializeModel(exportedModel(doc.get(), "kept.json")), core::serializeModel(sampleModel()));
  EXPECT_EQ(exportedModel(doc.get(), "kept2.json"), sampleModel());
}

// A long model with text in several scripts: the stored JSON is far longer
// than the 255 characters some formats allow for a property.
core::Model longModel() {
  core::Model m = sampleModel();
  for (int i = 0; i < 30; ++i) {
    core::CustomerGroup g;
    g.name = "Partner school Nº " + std::to_string(i) + " — Schule «Süd» 学校";
    g.role = core::Role::Supporting;
    g.kind = core::CustomerKind::Partner;
    g.whySatisfy = std::string(200, 'x') + " \"quoted\" & <angled> line\nbreak";
    m.customers.push_back(g);
  }
  return m;
}

class RoundTrip : public ::testing::TestWithParam<const char*> {};

TEST_P(RoundTrip, ModelSurvivesSaveAndReload) {
  const std::string filter = GetParam();
  const std::string ext = filter == "writer8" ? "odt" : "docx";
  const auto file = scratch("round-trip." + ext);
  std::filesystem::remove(file);
  const core::Model model = longModel();
  ASSERT_GT(core::serializeModel(model).size(), 10000u);
  {
    ScopedDocument doc("private:factory/swriter");
    bodyOf(doc.get())->setString("Board retreat notes.");
    importModel(doc, model, "round-trip.json");
    ASSERT_TRUE(insertWorksheet(doc.get()).success);
    css::uno::Sequence<css::beans::PropertyValue> args(2);
    args.getArray()[0] = property("FilterName", Any(rtl::OUString::createFromAscii(filter.c_str())));
    args.getArray()[1] = property("Overwrite", Any(true));
    Reference<css::frame::XStorable>(doc.get(), UNO_QUERY_THROW)
        ->storeToURL(rtl::OUString::fromUtf8(cli::Office::fileUrl(file).c_str()), args);
  }
  ScopedDocument reloaded(cli::Office::fileUrl(file));
  EXPECT_EQ(exportedModel(reloaded.get(), "reloaded-" + ext + ".json"), model);
  EXPECT_EQ(userText(reloaded.get()).substr(0, 20), "Board retreat notes.");
  // The worksheet can be updated in the reloaded document.
  const cli::DispatchResult r = insertWorksheet(reloaded.get());
  EXPECT_TRUE(r.finished && r.success) << r.message;
}

INSTANTIATE_TEST_SUITE_P(Formats, RoundTrip, ::testing::Values("writer8", "MS Word 2007 XML"),
                         [](const auto& info) {
                           return std::string(info.param) == "writer8" ? "Odt" : "Docx";
                         });

}  // namespace
}  // namespace cf::test
