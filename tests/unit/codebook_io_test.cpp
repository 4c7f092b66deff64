#include "voices/codebook_io.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "csv_grid.h"

namespace cf::core {
namespace {

TEST(CodebookIo, ReadsAThemesSheetWithEnglishHeaders) {
  const Grid g = cf::test::csvGrid(
      "Theme,Keywords or phrases,Attribute\n"
      "Waiting,wait*; queue ;front desk,Waiting time\n"
      "Staff,staff;friendly,\n"
      ",,\n"
      "Waiting,delay,\n");
  const Result<Codebook> r = parseCodebookGrid(g);
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r.value().themes.size(), 2u);
  const CodebookTheme& waiting = r.value().themes[0];
  EXPECT_EQ(waiting.name, "Waiting");
  EXPECT_EQ(waiting.keywords, (std::vector<std::string>{"wait*", "queue", "front desk", "delay"}));
  EXPECT_EQ(waiting.attribute, "Waiting time");
  EXPECT_EQ(r.value().themes[1].attribute, "");
}

TEST(CodebookIo, KnowsTheHeadersInGermanFrenchAndSpanish) {
  for (const char* header : {"Thema;Schlüsselwörter;Merkmal", "Thème;Mots-clés;Attribut",
                             "Tema;Palabras clave;Atributo"}) {
    const std::string csv = std::string(header) + "\nPreis;teuer;Kosten\n";
    const Result<Codebook> r = parseCodebookCsv(csv);
    ASSERT_TRUE(r.ok()) << header << ": " << r.error().message;
    ASSERT_EQ(r.value().themes.size(), 1u);
    EXPECT_EQ(r.value().themes[0].keywords, std::vector<std::string>{"teuer"});
    EXPECT_EQ(r.value().themes[0].attribute, "Kosten");
  }
}

TEST(CodebookIo, FindsItsColumnsInAnyOrderAndSaysWhichAreMissing) {
  const CodebookColumns c = codebookColumns(cf::test::csvGrid("Stichwörter,Notiz,Thema,Thema\n"));
  EXPECT_EQ(c.keywords, std::optional<std::size_t>(0));
  EXPECT_EQ(c.theme, std::optional<std::size_t>(2));
  EXPECT_EQ(c.attribute, std::nullopt);
  const CodebookColumns none = codebookColumns(Grid{});
  EXPECT_FALSE(none.theme || none.keywords || none.attribute);
}

TEST(CodebookIo, ReadsCsvWithQuotesAndAByteOrderMark) {
  const Result<Codebook> r = parseCodebookCsv(
      "\xEF\xBB\xBFTheme,Keywords\r\n\"Price, cost\",\"expensive;\"\"cheap\"\"\"\r\n");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.value().themes[0].name, "Price, cost");
  EXPECT_EQ(r.value().themes[0].keywords, (std::vector<std::string>{"expensive", "\"cheap\""}));
}

TEST(CodebookIo, AThemeWithoutKeywordsIsLookedForByItsName) {
  const Result<Codebook> r = parseCodebookCsv("Theme,Keywords\nParking,\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().themes[0].keywords, std::vector<std::string>{"Parking"});
}

TEST(CodebookIo, SaysWhichColumnOrKeywordIsWrong) {
  Result<Codebook> r = parseCodebookCsv("Name,Keywords\nA,b\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "codebook.no-theme-column");
  r = parseCodebookCsv("Theme,Words\nA,b\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "codebook.no-keyword-column");
  r = parseCodebookCsv("Theme,Keywords\nA,ok\nB,fine;*\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "codebook.bad-keyword");
  EXPECT_EQ(r.error().where, "row 3");
  r = parseCodebookCsv("Theme,Keywords\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "codebook.no-themes");
  r = parseCodebookCsv("Theme,Keywords\nA,\xC3(\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "codebook.not-utf8");
}

TEST(CodebookIo, ReadsJsonAndWritesWhatItReads) {
  const Result<Codebook> r = parseCodebookJson(R"({"schemaVersion": 1, "themes": [
      {"name": "Waiting", "keywords": ["wait*", "queue"], "attribute": "Waiting time"},
      {"name": "Price", "keywords": "expensive; cost"}]})");
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r.value().themes.size(), 2u);
  EXPECT_EQ(r.value().themes[1].keywords, (std::vector<std::string>{"expensive", "cost"}));
  EXPECT_EQ(nlohmann::json::parse(serializeCodebook(r.value())), R"({"schemaVersion": 1, "themes": [
      {"name": "Waiting", "keywords": ["wait*", "queue"], "source": "codebook", "attribute": "Waiting time"},
      {"name": "Price", "keywords": ["expensive", "cost"], "source": "codebook"}]})"_json);
  const Result<Codebook> again = parseCodebookJson(serializeCodebook(r.value()));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value().themes[0].keywords, r.value().themes[0].keywords);
}

TEST(CodebookIo, RefusesBadJsonWithThePath) {
  Result<Codebook> r = parseCodebookJson("{\"themes\": [");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "codebook.malformed-json");
  r = parseCodebookJson(R"({"schemaVersion": 2, "themes": []})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "codebook.newer-schema");
  r = parseCodebookJson(R"({"themes": [{"name": "A", "keywords": [1]}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "codebook.bad-field");
  EXPECT_EQ(r.error().where, "themes[0].keywords[0]");
}

TEST(CodebookIo, ANameWithASemicolonAndNoKeywordsReadsBackTheSameFromJson) {
  // Found by the codebook fuzzer: the name became one keyword holding ';',
  // which JSON, joining keywords by ';', read back as two.
  const Result<Codebook> r = parseCodebookCsv("Theme,Keywords\nWait; queue,\n");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.value().themes[0].keywords, (std::vector<std::string>{"Wait", "queue"}));
  const std::string once = serializeCodebook(r.value());
  const Result<Codebook> again = parseCodebookJson(once);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(serializeCodebook(again.value()), once);
}

TEST(CodebookIo, BytesThatAreNotUtf8InASheetReadBackTheSameFromJson) {
  // Found by the codebook fuzzer: a cell holding 0xFF was kept as read, and
  // the JSON, which writes U+FFFD for it, read back another name.
  Grid g(2, 2);
  g.setText(0, 0, "Theme");
  g.setText(0, 1, "Keywords");
  g.setText(1, 0, "Wa\xFFit");
  g.setText(1, 1, "queue\xC1");
  const Result<Codebook> r = parseCodebookGrid(g);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.value().themes[0].name, "Wa\xEF\xBF\xBDit");
  EXPECT_EQ(r.value().themes[0].keywords, (std::vector<std::string>{"queue\xEF\xBF\xBD"}));
  const std::string once = serializeCodebook(r.value());
  const Result<Codebook> again = parseCodebookJson(once);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(serializeCodebook(again.value()), once);
}

}  // namespace
}  // namespace cf::core
