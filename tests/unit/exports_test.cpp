// Survey exports of seven tools, and a European and a Windows-1252 one
// (tests/data/exports, written by generate.py there), analysed with no
// mapping and no options: the groups and their n, every importance and
// satisfaction pair, the means, NPS per group and the outcome column must be
// those the generator computed from its own numbers before it turned them
// into labels (<file>.expected.json).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "csv_grid.h"
#include "mapping_edit.h"
#include "table/pipeline.h"

namespace cf::core {
namespace {

const std::string kDir = CF_TEST_DATA_DIR "/exports/";

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Windows-1252 as the office hands it over once the import filter has been
// told the character set: UTF-8. The file uses only Latin-1 letters.
std::string latin1ToUtf8(const std::string& bytes) {
  std::string out;
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

struct Export {
  const char* file;
  char separator;
  bool windows1252;
};

class Exports : public ::testing::TestWithParam<Export> {};

std::size_t groupIndex(const Results& r, const std::string& name) {
  for (std::size_t g = 0; g < r.groups.size(); ++g)
    if (r.groups[g].name == name) return g;
  return r.groups.size();
}

std::size_t attributeIndex(const Results& r, const std::string& name) {
  for (std::size_t a = 0; a < r.attributes.size(); ++a)
    if (r.attributes[a] == name) return a;
  return r.attributes.size();
}

TEST_P(Exports, GivesTheGeneratorsNumbersWithNothingToConfigure) {
  const Export e = GetParam();
  std::string text = readFile(kDir + e.file);
  ASSERT_FALSE(text.empty()) << e.file;
  if (e.windows1252) text = latin1ToUtf8(text);
  const Grid grid = cf::test::csvGrid(text, e.separator);
  const nlohmann::json want =
      nlohmann::json::parse(readFile(kDir + std::string(e.file) + ".expected.json"));

  const Result<PipelineResult> run = runPipeline(grid);
  ASSERT_TRUE(run.ok()) << run.error().code << ": " << run.error().message;
  const Results& r = run.value().results;
  std::string detected;
  for (const std::string& line : describeDetection(run.value().mapping)) detected += line + "\n";
  SCOPED_TRACE(detected);
  if (std::getenv("CF_PRINT_DETECTION")) std::printf("%s", detected.c_str());

  EXPECT_EQ(r.outcomeName, want["outcome"].get<std::string>());
  // Every group with its n, and no other (All included).
  EXPECT_EQ(r.groups.size(), want["groups"].size());
  for (const auto& [name, n] : want["groups"].items()) {
    const std::size_t g = groupIndex(r, name);
    ASSERT_LT(g, r.groups.size()) << "no group " << name;
    EXPECT_EQ(r.groups[g].n, n.get<std::size_t>()) << name;
  }
  // Every pair, and nothing else rated.
  EXPECT_EQ(r.attributes.size(), want["pairs"].size());
  for (const auto& [group, attributes] : want["means"].items()) {
    const std::size_t g = groupIndex(r, group);
    ASSERT_LT(g, r.groups.size());
    for (const auto& [attribute, measures] : attributes.items()) {
      const std::size_t a = attributeIndex(r, attribute);
      ASSERT_LT(a, r.attributes.size()) << "no attribute " << attribute;
      const CellResult& cell = r.cell(g, a);
      EXPECT_TRUE(cell.importance.present && cell.satisfaction.present)
          << attribute << " is not a pair";
      for (const char* m : {"importance", "satisfaction"}) {
        const Measure& got = std::string(m) == "importance" ? cell.importance : cell.satisfaction;
        EXPECT_EQ(got.estimate.n, measures[m]["n"].get<std::size_t>())
            << group << " × " << attribute << " " << m;
        if (!measures[m]["mean"].is_null() && !got.suppressed) {
          EXPECT_NEAR(got.estimate.mean, measures[m]["mean"].get<double>(), 1e-9)
              << group << " × " << attribute << " " << m;
        }
      }
    }
  }
  ASSERT_TRUE(r.hasNps);
  for (const auto& [group, nps] : want["nps"].items()) {
    const std::size_t g = groupIndex(r, group);
    ASSERT_LT(g, r.groups.size());
    const NpsResult* found = nullptr;
    for (const NpsResult& n : r.nps)
      if (n.group == g) found = &n;
    ASSERT_NE(found, nullptr) << group;
    EXPECT_EQ(found->estimate.n, nps["n"].get<std::uint64_t>()) << group;
    EXPECT_EQ(found->estimate.promoters, nps["promoters"].get<std::uint64_t>()) << group;
    EXPECT_EQ(found->estimate.detractors, nps["detractors"].get<std::uint64_t>()) << group;
    if (!found->suppressed) {
      EXPECT_NEAR(found->estimate.score, nps["score"].get<double>(), 1e-9) << group;
    }
  }
}

// What detection proposes is what the mapping dialog shows; pressing OK on
// it unchanged must not be refused (SurveyMonkey's Collector ID was a second
// respondent id, which the dialog refuses).
TEST_P(Exports, TheMappingDialogTakesWhatDetectionProposesUnchanged) {
  const Export e = GetParam();
  std::string text = readFile(kDir + e.file);
  if (e.windows1252) text = latin1ToUtf8(text);
  const Grid grid = cf::test::csvGrid(text, e.separator);
  const Result<PipelineResult> run = runPipeline(grid);
  ASSERT_TRUE(run.ok()) << run.error().message;
  const Mapping& proposed = run.value().mapping;
  const Result<Mapping> back =
      fromMappingForm(toMappingForm(proposed, groupNamesInTable(proposed, grid)), proposed);
  EXPECT_TRUE(back.ok()) << back.error().message;
}

INSTANTIATE_TEST_SUITE_P(SevenToolsAndTwoEncodings, Exports,
                         ::testing::Values(Export{"google-forms.csv", ',', false},
                                           Export{"microsoft-forms.csv", ',', false},
                                           Export{"surveymonkey.csv", ',', false},
                                           Export{"qualtrics.csv", ',', false},
                                           Export{"limesurvey.csv", ',', false},
                                           Export{"typeform.csv", ',', false},
                                           Export{"kobotoolbox.csv", ';', false},
                                           Export{"european-semicolon.csv", ';', false},
                                           Export{"windows-1252.csv", ',', true}),
                         [](const ::testing::TestParamInfo<Export>& info) {
                           std::string name;
                           for (const char* c = info.param.file; *c && *c != '.'; ++c)
                             name += (*c == '-') ? '_' : *c;
                           return name;
                         });

}  // namespace
}  // namespace cf::core
