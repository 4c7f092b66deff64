// From survey to plan in a real LibreOffice: the Riverside survey open in
// Calc updates the customer model of a Writer document (stated values,
// evidence, CF008 in the Focus checks panel without Calc), a second update
// keeps what was typed by hand, the report is inserted and updated with the
// team's plan rows and paragraphs kept, and each change is one undo step.
#include "office_environment.h"

#include "document_state.h"
#include "focus_checks.h"
#include "model_io.h"
#include "writer_text.h"

#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/ui/XUIElement.hpp>

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

const std::string kSurvey = CF_TEST_DATA_DIR "/riverside/riverside-survey-2026.csv";

core::Model sampleModel() {
  std::ifstream in(CF_TEST_DATA_DIR "/sample-model.json");
  std::stringstream text;
  text << in.rdbuf();
  return core::parseModel(text.str()).value();
}

std::filesystem::path scratch(const std::string& name) {
  const auto dir = artifactDir() / "report";
  std::filesystem::create_directories(dir);
  return dir / name;
}

const core::CustomerGroup& group(const core::Model& m, const std::string& name) {
  for (const core::CustomerGroup& g : m.customers)
    if (g.name == name) return g;
  throw std::logic_error("no group " + name);
}

std::vector<const core::StatedValue*> fromSurvey(const core::CustomerGroup& g) {
  std::vector<const core::StatedValue*> out;
  for (const core::StatedValue& v : g.statedValues)
    if (!v.measure.empty()) out.push_back(&v);
  return out;
}

class ReportTest : public ::testing::Test {
 protected:
  void SetUp() override { importModelFile(writer_.get(), sampleModel(), scratch("model.json")); }

  cli::DispatchResult dispatchWithSurvey(const char* command) {
    return office().dispatch(writer_.get(), command, {property("Survey", Any(survey_->get()))});
  }
  core::Model model(const std::string& file) { return exportedModelFile(writer_.get(), scratch(file)); }

  ScopedDocument writer_{"private:factory/swriter"};
  std::optional<ScopedDocument> survey_{loadCsv(kSurvey, /*readOnly=*/true)};
};

// The survey's learners (214) rated "Being treated as an adult" highest
// (mean 4.55); the model assumed the certificate was their top value, which
// they rank fourth of the four assumed values it measured: ρ < 0.5, CF008.
TEST_F(ReportTest, TheSurveyUpdatesStatedValuesAndEvidenceAndCF008ShowsWithoutCalc) {
  const core::Model before = sampleModel();
  const cli::DispatchResult r = dispatchWithSurvey("vnd.customerfocus:UpdateModel");
  ASSERT_TRUE(r.finished && r.success) << r.message;
  const core::Model after = model("updated.json");
  const core::CustomerGroup& learners = group(after, "Adult learners");
  const auto survey = fromSurvey(learners);
  ASSERT_EQ(survey.size(), 5u);
  EXPECT_EQ(survey[0]->text, "Being treated as an adult");
  EXPECT_EQ(survey[0]->source, "riverside-survey-2026.csv");
  EXPECT_EQ(survey[0]->respondents, 214);
  EXPECT_EQ(survey[0]->measure, "importance");
  EXPECT_NEAR(*survey[0]->score, 4.55, 0.005);
  ASSERT_TRUE(learners.evidence.has_value());
  EXPECT_EQ(learners.evidence->basis, "stated");
  ASSERT_TRUE(learners.evidence->rho.has_value());
  EXPECT_LT(*learners.evidence->rho, 0.5);
  // Every value typed by hand is still there, in its place.
  std::vector<core::StatedValue> typed;
  for (const core::StatedValue& v : learners.statedValues)
    if (v.measure.empty()) typed.push_back(v);
  EXPECT_EQ(typed, group(before, "Adult learners").statedValues);

  // The Focus checks panel of the Writer document, with the survey closed.
  survey_.reset();
  Reference<css::ui::XUIElement> panel = createPanel(writer_.get(), "FocusChecks");
  Reference<css::awt::XListBox> list(panelControls(panel)->getControl("FindingList"), UNO_QUERY_THROW);
  bool cf008 = false;
  for (const rtl::OUString& item : list->getItems())
    cf008 = cf008 || (toUtf8(item).rfind("CF008", 0) == 0 && toUtf8(item).find("Adult learners") != std::string::npos);
  EXPECT_TRUE(cf008);
  Reference<css::lang::XComponent>(panel, UNO_QUERY_THROW)->dispose();
}

TEST_F(ReportTest, ARerunReplacesItsOwnValuesKeepsTypedOnesAndIsOneUndoStep) {
  ASSERT_TRUE(dispatchWithSurvey("vnd.customerfocus:UpdateModel").success);
  const core::Model once = model("once.json");
  // A value typed by hand after the first update.
  core::StatedValue typed;
  typed.text = "A tutor who speaks Spanish";
  typed.source = "Focus group";
  core::Model withTyped = once;
  for (core::CustomerGroup& g : withTyped.customers)
    if (g.name == "Adult learners") g.statedValues.push_back(typed);
  importModelFile(writer_.get(), withTyped, scratch("typed.json"));

  const sal_Int32 steps = undoSteps(writer_);
  ASSERT_TRUE(dispatchWithSurvey("vnd.customerfocus:UpdateModel").success);
  EXPECT_EQ(undoSteps(writer_), steps + 1);
  const core::Model twice = model("twice.json");
  const core::CustomerGroup& learners = group(twice, "Adult learners");
  EXPECT_EQ(fromSurvey(learners).size(), 5u);
  EXPECT_NE(std::find(learners.statedValues.begin(), learners.statedValues.end(), typed), learners.statedValues.end());
  EXPECT_EQ(learners.statedValues.size(), group(once, "Adult learners").statedValues.size() + 1);

  undoManager(writer_)->undo();
  EXPECT_EQ(model("undone.json"), withTyped);
}

// Nothing to match: a clear message, and the document as it was.
TEST_F(ReportTest, NothingToMatchIsRefusedWithTheDocumentUnchanged) {
  core::Model other;
  core::CustomerGroup patients;
  patients.name = "Patients";
  patients.role = core::Role::Primary;
  other.customers.push_back(patients);
  importModelFile(writer_.get(), other, scratch("other.json"));
  const sal_Int32 steps = undoSteps(writer_);
  const cli::DispatchResult r = dispatchWithSurvey("vnd.customerfocus:UpdateModel");
  EXPECT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_NE(r.message.find("No group of the survey matches a group of the customer model"), std::string::npos)
      << r.message;
  EXPECT_EQ(undoSteps(writer_), steps);
  EXPECT_EQ(model("unchanged.json"), other);
}

// Started from the survey in Calc, the update goes into the Writer
// document named (the panel's button finds the one open Writer document).
TEST_F(ReportTest, FromCalcTheUpdateGoesIntoTheWriterDocument) {
  const cli::DispatchResult r = office().dispatch(survey_->get(), "vnd.customerfocus:UpdateModel",
                                                  {property("Document", Any(writer_.get()))});
  ASSERT_TRUE(r.finished && r.success) << r.message;
  EXPECT_EQ(fromSurvey(group(model("from-calc.json"), "Funders")).size(), 3u);
}

void typeInCell(const ScopedDocument& doc, const char* table, sal_Int32 column, sal_Int32 row, const std::string& text) {
  Reference<css::container::XNameAccess> tables =
      Reference<css::text::XTextTablesSupplier>(doc.get(), UNO_QUERY_THROW)->getTextTables();
  Reference<css::table::XCellRange> cells(tables->getByName(rtl::OUString::createFromAscii(table)), UNO_QUERY_THROW);
  Reference<css::text::XText>(cells->getCellByPosition(column, row), UNO_QUERY_THROW)
      ->setString(rtl::OUString::fromUtf8(text.c_str()));
}

TEST_F(ReportTest, TheReportKeepsTypedPlanRowsAndParagraphsWhenUpdated) {
  const sal_Int32 steps = undoSteps(writer_);
  const cli::DispatchResult r = dispatchWithSurvey("vnd.customerfocus:InsertReport");
  ASSERT_TRUE(r.finished && r.success) << r.message;
  EXPECT_EQ(undoSteps(writer_), steps + 1);
  EXPECT_EQ(sectionParagraphs(writer_.get(), "CustomerFocus.Report.Who").at(0), "Who we serve");
  const std::string drift = [&] {
    std::string all;
    for (const std::string& p : sectionParagraphs(writer_.get(), "CustomerFocus.Report.Drift")) all += p + "\n";
    return all;
  }();
  EXPECT_NE(drift.find("County job centre rate \"Progress reports\" as important"), std::string::npos) << drift;
  // In their own words: the survey's Comment column, quoted with its rows.
  std::string voices;
  for (const std::string& p : sectionParagraphs(writer_.get(), "CustomerFocus.Report.Voices")) voices += p + "\n";
  EXPECT_EQ(voices.rfind("In their own words", 0), 0u) << voices;
  EXPECT_NE(voices.find("respondents wrote a comment"), std::string::npos) << voices;
  EXPECT_NE(voices.find("\xE2\x80\x9C"), std::string::npos) << voices;  // a quote
  EXPECT_NE(voices.find("(row "), std::string::npos) << voices;

  // The plan: one row per Concentrate-here item, primary customer first.
  std::vector<std::vector<std::string>> plan = tableCells(writer_.get(), "CustomerFocus_Plan");
  ASSERT_GE(plan.size(), 2u);
  EXPECT_EQ(plan[1][0], "Adult learners");
  const std::string attribute = plan[1][1];
  typeInCell(writer_, "CustomerFocus_Plan", 2, 1, "Weekly reading-group materials from real forms");
  typeInCell(writer_, "CustomerFocus_Plan", 3, 1, "Maria Okafor");
  typeParagraphAfterSection(writer_.get(), "CustomerFocus.Report.Values", "The board asked for a second wave in May.");

  const sal_Int32 typed = undoSteps(writer_);
  ASSERT_TRUE(dispatchWithSurvey("vnd.customerfocus:InsertReport").success);
  EXPECT_EQ(undoSteps(writer_), typed + 1);
  plan = tableCells(writer_.get(), "CustomerFocus_Plan");
  ASSERT_GE(plan.size(), 2u);
  EXPECT_EQ(plan[1], (std::vector<std::string>{"Adult learners", attribute,
                                               "Weekly reading-group materials from real forms", "Maria Okafor", ""}));
  EXPECT_NE(userText(writer_.get()).find("The board asked for a second wave in May."), std::string::npos);

  // Undo takes back the update in one step: the typed plan row is still
  // there. (Writer names the tables it brings back anew, so the plan is
  // found by its section, as the next update finds it.)
  undoManager(writer_)->undo();
  plan = sectionTableCells(writer_.get(), "CustomerFocus.Report.Plan");
  ASSERT_GE(plan.size(), 2u);
  EXPECT_EQ(plan[1][2], "Weekly reading-group materials from real forms");
}

TEST_F(ReportTest, AGermanDocumentGetsAGermanReport) {
  css::lang::Locale german;
  german.Language = "de";
  german.Country = "DE";
  Reference<css::beans::XPropertySet>(writer_.get(), UNO_QUERY_THROW)->setPropertyValue("CharLocale", Any(german));
  ASSERT_TRUE(dispatchWithSurvey("vnd.customerfocus:InsertReport").success);
  EXPECT_EQ(sectionParagraphs(writer_.get(), "CustomerFocus.Report.Who").at(0), "Wem wir dienen");
  EXPECT_EQ(sectionParagraphs(writer_.get(), "CustomerFocus.Report.Plan").at(0), "Was ist unser Plan?");
  EXPECT_EQ(tableCells(writer_.get(), "CustomerFocus_Plan").at(0).at(2), "Maßnahme");
  // The analysis' own finding (CF008 for the learners) in German too.
  std::string checks;
  for (const std::string& p : sectionParagraphs(writer_.get(), "CustomerFocus.Report.Checks")) checks += p + "\n";
  EXPECT_NE(checks.find("Bei „Adult learners“ widerspricht, was die Leitung annahm"), std::string::npos) << checks;
  EXPECT_EQ(checks.find("what leaders assumed"), std::string::npos) << checks;
  // The PDF a German board reads, kept with the test's artifacts.
  css::uno::Sequence<css::beans::PropertyValue> pdf(1);
  pdf.getArray()[0] = property("FilterName", Any(rtl::OUString("writer_pdf_Export")));
  Reference<css::frame::XStorable>(writer_.get(), UNO_QUERY_THROW)
      ->storeToURL(rtl::OUString::fromUtf8(cli::Office::fileUrl(scratch("report-de.pdf")).c_str()), pdf);
  EXPECT_GT(std::filesystem::file_size(scratch("report-de.pdf")), 10000u);
}

}  // namespace
}  // namespace cf::test
