// The one pipeline from a table to Results, and what it tells a person: a 9
// typed on a 1–5 item, labels that fit no scale, a table with nothing to
// rate, value labels saved in the mapping JSON, the detection in lines.
// Expected values are worked out by hand beside each check.
#include <string>

#include <gtest/gtest.h>

#include "csv_grid.h"
#include "mapping_io.h"
#include "table/pipeline.h"

namespace cf::core {
namespace {

using cf::test::csvGrid;

bool anyContains(const std::vector<std::string>& lines, const std::string& part) {
  for (const std::string& l : lines)
    if (l.find(part) != std::string::npos) return true;
  return false;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string s;
  for (const std::string& l : lines) s += l + "\n";
  return s;
}

TEST(Pipeline, ANineOnAOneToFiveItemIsReportedAndLeftOutNotWideningTheScale) {
  std::string csv = "Group,Satisfaction: Speed\n";
  for (int i = 0; i < 60; ++i)
    csv += std::string(i % 2 ? "A" : "B") + "," + std::to_string(1 + i % 5) + "\n";
  csv += "A,9\n";
  const Result<PipelineResult> run = runPipeline(csvGrid(csv));
  ASSERT_TRUE(run.ok()) << run.error().message;
  const PipelineResult& r = run.value();
  EXPECT_EQ(r.mapping.columns[1].scale.max, 5);
  // Values 1..5 twelve times each: mean 3 over 60 answers; the 9 is not one.
  EXPECT_EQ(r.results.cell(0, 0).satisfaction.estimate.n, 60u);
  EXPECT_DOUBLE_EQ(r.results.cell(0, 0).satisfaction.estimate.mean, 3.0);
  EXPECT_TRUE(anyContains(
      r.notes, "column B (Satisfaction: Speed): 1 values not used: 9 off the scale 1–5 (1 cell)"))
      << joined(r.notes);
  EXPECT_TRUE(anyContains(r.mapping.doubts, "off its scale 1–5 (9)")) << joined(r.mapping.doubts);
}

TEST(Pipeline, LabelsThatFitNoScaleAreCountedPerColumn) {
  Mapping m;
  m.columns.push_back({0, "Group", ColumnKind::Group, "", {}, "", "", {}});
  ColumnSpec sat{
      1, "How satisfied are you? [Speed]", ColumnKind::Satisfaction, "Speed", {1, 5}, "", "", {}};
  sat.labels = {{"Satisfied", 4, false}, {"Very satisfied", 5, false}, {"N/A", 0, true}};
  m.columns.push_back(sat);
  const Grid g = csvGrid(
      "Group,How satisfied are you? [Speed]\nA,Satisfied\nA,very satisfied\nB,N/A\nB,Meh\nB,Meh\n");
  PipelineInput input;
  input.saved = &m;
  input.overrides.minN = 1;
  const Result<PipelineResult> run = runPipeline(g, input);
  ASSERT_TRUE(run.ok()) << run.error().message;
  // (4 + 5) / 2 over two answers; N/A skipped, both "Meh" counted.
  EXPECT_EQ(run.value().results.cell(0, 0).satisfaction.estimate.n, 2u);
  EXPECT_DOUBLE_EQ(run.value().results.cell(0, 0).satisfaction.estimate.mean, 4.5);
  EXPECT_EQ(run.value().notApplicable, 1u);
  EXPECT_TRUE(anyContains(run.value().notes, "2 values not used: \"Meh\" fits no label (2 cells)"))
      << joined(run.value().notes);
}

TEST(Pipeline, ATableWithNothingRatedIsNoValueMatrix) {
  const Result<PipelineResult> run =
      runPipeline(csvGrid("Timestamp,Name,Comment\n2024-01-01,Ann,fine\n2024-01-02,Bob,ok\n"));
  ASSERT_FALSE(run.ok());
  EXPECT_EQ(run.error().code, "table.no-value-matrix");
  EXPECT_NE(run.error().message.find("no column holds ratings"), std::string::npos);
}

TEST(Pipeline, ATableWithOnlyUnusableValuesIsNoValueMatrix) {
  Mapping m;
  m.columns.push_back({0, "Group", ColumnKind::Group, "", {}, "", "", {}});
  m.columns.push_back({1, "S: Speed", ColumnKind::Satisfaction, "Speed", {1, 5}, "", "", {}});
  PipelineInput input;
  input.saved = &m;
  const Result<PipelineResult> run = runPipeline(csvGrid("Group,S: Speed\nA,9\nB,what\n"), input);
  ASSERT_FALSE(run.ok());
  EXPECT_EQ(run.error().code, "table.no-value-matrix");
  EXPECT_NE(run.error().message.find("no usable value"), std::string::npos);
}

TEST(Pipeline, DecimalCommasInTextAreNumbers) {
  // "3,5" is text after a ';' import in an English office; 4 a number.
  const Grid g = csvGrid("Gruppe;Zufriedenheit: Tempo\nA;3,5\nA;4\nB;2,5\n", ';');
  PipelineInput input;
  input.overrides.minN = 1;
  const Result<PipelineResult> run = runPipeline(g, input);
  ASSERT_TRUE(run.ok()) << run.error().message;
  EXPECT_TRUE(run.value().mapping.decimalComma);
  // (3.5 + 4 + 2.5) / 3 = 10/3.
  EXPECT_NEAR(run.value().results.cell(0, 0).satisfaction.estimate.mean, 10.0 / 3.0, 1e-12);
}

TEST(Pipeline, PrimaryMakesTheOtherGroupsSupporting) {
  const Grid g = csvGrid("Group,S: Speed\nClients,4\nStaff,3\nFunders,5\n");
  PipelineInput input;
  input.overrides.primaryGroup = "clients";
  input.overrides.minN = 1;
  const Result<PipelineResult> run = runPipeline(g, input);
  ASSERT_TRUE(run.ok()) << run.error().message;
  for (const GroupResult& gr : run.value().results.groups) {
    if (gr.name == "Clients") {
      EXPECT_EQ(gr.role, Role::Primary);
    } else if (gr.name == "Staff" || gr.name == "Funders") {
      EXPECT_EQ(gr.role, Role::Supporting);
    }
  }
  EXPECT_EQ(run.value().mapping.minN, 1u);
}

TEST(Pipeline, ValueLabelsAndHeaderRowsTravelInTheMappingJson) {
  const Grid g = csvGrid(
      "Respondent ID,Which best describes you?,How satisfied are you with the following?,\n"
      ",Response,Speed,Care\n"
      "1,Student,Satisfied,Very satisfied\n2,Parent,Dissatisfied,Satisfied\n"
      "3,Student,Very satisfied,Don't know\n");
  const Result<Mapping> m = chooseMapping(g, nullptr);
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_EQ(m.value().headerRows, 2u);
  EXPECT_EQ(m.value().layout, "surveyMonkey");
  const std::string json = serializeMapping(m.value());
  EXPECT_NE(json.find("\"headerRows\": 2"), std::string::npos) << json;
  EXPECT_NE(json.find("\"text\": \"Don't know\""), std::string::npos) << json;
  const Result<Mapping> back = parseMapping(json);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(serializeMapping(back.value()), json);
  // Bound again to its table, and read: Speed 4, 2, 5; Care 5, 4 (and N/A).
  PipelineInput input;
  input.saved = &back.value();
  input.overrides.minN = 1;
  const Result<PipelineResult> run = runPipeline(g, input);
  ASSERT_TRUE(run.ok()) << run.error().message;
  const Results& r = run.value().results;
  ASSERT_EQ(r.attributes.size(), 2u);
  EXPECT_EQ(r.attributes[0], "Speed");
  EXPECT_DOUBLE_EQ(r.cell(0, 0).satisfaction.estimate.mean, 11.0 / 3.0);
  EXPECT_DOUBLE_EQ(r.cell(0, 1).satisfaction.estimate.mean, 4.5);
  EXPECT_EQ(r.input.rows, 3u);
  const std::vector<std::string> lines = describeDetection(run.value().mapping);
  EXPECT_TRUE(anyContains(lines,
                          "column C (How satisfied are you with the following? - Speed): "
                          "satisfaction with \"Speed\", scale 1–5"))
      << joined(lines);
}

TEST(Pipeline, NumberedLabelsCarryTheirNumbers) {
  // NPS answers 0, 9, 10, 7: one detractor, two promoters over four → 25.
  const Grid g = csvGrid(
      "I am a:,How likely are you to recommend us to a friend?,"
      "How satisfied are you with the following? [Speed]\n"
      "Client,0 - Not at all likely,1 - Very dissatisfied\n"
      "Client,9,4\n"
      "Staff,10 - Extremely likely,5 - Very satisfied\n"
      "Staff,7,3\n");
  PipelineInput input;
  input.overrides.minN = 1;
  const Result<PipelineResult> run = runPipeline(g, input);
  ASSERT_TRUE(run.ok()) << run.error().message;
  const Results& r = run.value().results;
  ASSERT_TRUE(r.hasNps);
  EXPECT_EQ(r.nps[0].estimate.n, 4u);
  EXPECT_DOUBLE_EQ(r.nps[0].estimate.score, 25.0);
  // Speed: (1 + 4 + 5 + 3) / 4.
  EXPECT_DOUBLE_EQ(r.cell(0, 0).satisfaction.estimate.mean, 13.0 / 4.0);
  EXPECT_EQ(r.input.issueCount, 0u) << joined(run.value().notes);
}

TEST(Pipeline, KanoAnswersInBergersWordingAndItsVariants) {
  const Grid g = csvGrid(
      "Group,Kano functional: Parking,Kano dysfunctional: Parking,S: Speed\n"
      "A,I like it that way,I can live with it that way,4\n"
      "A,It must be that way,I dislike it that way,3\n"
      "B,I am neutral,I can tolerate it,5\n"
      "B,I like it,I do not like it,2\n");
  PipelineInput input;
  input.overrides.minN = 1;
  const Result<PipelineResult> run = runPipeline(g, input);
  ASSERT_TRUE(run.ok()) << run.error().message;
  EXPECT_EQ(run.value().results.kanoAttributes.size(), 1u);
  EXPECT_EQ(run.value().results.input.issueCount, 0u) << joined(run.value().notes);
}

TEST(Pipeline, CommentsAreReadAgainstTheCodebookPerGroup) {
  // The Riverside survey's Comment column. The expected figures were counted
  // apart from this code, on the raw CSV: comments that hold "bus" or
  // "autobús" as a word, 23 of 160 commenters, all of them adult learners
  // (105 commenters); their mean overall satisfaction 82/23 = 3.5652…, the
  // other learners' 3.6341…
  const Grid g = cf::test::loadCsvGrid(CF_TEST_DATA_DIR "/riverside/riverside-survey-2025.csv");
  PipelineInput input;
  input.voices.codebook.themes.push_back({"Getting there", {"bus", "autobús"}, "", "codebook"});
  const Result<PipelineResult> run = runPipeline(g, input);
  ASSERT_TRUE(run.ok()) << run.error().message;
  const Results& r = run.value().results;
  ASSERT_TRUE(r.voices.has_value());
  EXPECT_EQ(r.voices->commenters, 160u);
  ASSERT_EQ(r.voices->themes.size(), 1u);
  const ThemeResult& t = r.voices->themes[0];
  // Groups in the results' order, All first.
  ASSERT_EQ(t.byGroup.size(), r.groups.size());
  for (std::size_t i = 0; i < r.groups.size(); ++i) EXPECT_EQ(t.byGroup[i].group, r.groups[i].name);
  EXPECT_EQ(t.byGroup[0].commenters, 160u);
  EXPECT_EQ(t.byGroup[0].share.k, 23u);
  const ThemeGroupStats& learners = t.byGroup[1];
  EXPECT_EQ(learners.group, "Adult learners");
  EXPECT_EQ(learners.commenters, 105u);
  EXPECT_EQ(learners.share.k, 23u);
  EXPECT_NEAR(learners.overallWith, 82.0 / 23.0, 1e-12);
  EXPECT_NEAR(learners.overallWithout, 3.6341463414634148, 1e-12);
  ASSERT_FALSE(t.quotes.empty());
  EXPECT_EQ(t.quotes[0].group, "Adult learners");
  EXPECT_TRUE(t.quotes[0].text.find("bus") != std::string::npos) << t.quotes[0].text;
}

TEST(Pipeline, AnExportsOpenQuestionIsAComment) {
  const Grid g = csvGrid(
      "Timestamp,I am a:,How satisfied are you with the following? [Speed],"
      "Anything else you would like to tell us?,Do you have any other comments?,Why? (1-5),"
      "Why are you travelling?\n"
      "2024/01/01,Student,Satisfied,The tutors are great with my son.,,4,Business\n"
      "2024/01/02,Parent,Very satisfied,The tutors are great with my son.,More evening sessions "
      "please,5,Leisure\n"
      "2024/01/03,Student,Dissatisfied,,More evening sessions please,2,Business\n");
  const Result<PipelineResult> run = runPipeline(g);
  ASSERT_TRUE(run.ok()) << run.error().message;
  const Mapping& m = run.value().mapping;
  EXPECT_EQ(m.columns[3].kind, ColumnKind::Comment);
  EXPECT_EQ(m.columns[4].kind, ColumnKind::Comment);
  // Answered in numbers, or in a word from a short list: not a comment,
  // whatever its header asks.
  EXPECT_NE(m.columns[5].kind, ColumnKind::Comment);
  EXPECT_NE(m.columns[6].kind, ColumnKind::Comment);
  ASSERT_TRUE(run.value().results.voices.has_value());
  EXPECT_EQ(run.value().results.voices->commenters, 3u);
}

}  // namespace
}  // namespace cf::core
