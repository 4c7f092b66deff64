#include "mapping.h"

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "mapping_io.h"
#include "text.h"

namespace cf::core {
namespace {

using nlohmann::literals::operator""_json;

Mapping sampleMapping() {
  Mapping m;
  m.headerRow = 1;
  m.notApplicable = {0, 99};
  m.notApplicableText = {"n/a"};
  m.groupRoles = {{"Patients", Role::Primary}, {"Funders", Role::Supporting}};
  m.minN = 8;
  m.crosshair = Crosshair::ScaleMidpoint;
  m.columns = {
      {0, "Customer group", ColumnKind::Group, "", {}, "", "", {}},
      {1, "Importance: Wait time", ColumnKind::Importance, "Wait time", {1, 7}, "", "", {}},
      {2, "Satisfaction: Wait time", ColumnKind::Satisfaction, "Wait time", {1, 7}, "", "", {}},
      {3, "Overall", ColumnKind::Outcome, "", {}, "No", "Yes", {}},
      {4, "NPS", ColumnKind::Nps, "", {0, 10}, "", "", {}},
      {5, "Kano functional: Parking", ColumnKind::KanoFunctional, "Parking", {}, "", "", {}},
      {6, "Age", ColumnKind::Ignore, "", {}, "", "", {}},
  };
  m.sure = false;
  m.doubts = {"not saved"};
  return m;
}

nlohmann::json asJson(const Mapping& m) { return nlohmann::json::parse(serializeMapping(m)); }

Error parseError(std::string_view text) {
  Result<Mapping> r = parseMapping(text);
  EXPECT_FALSE(r.ok()) << text;
  return r.ok() ? Error{} : r.error();
}

TEST(Mapping, SerializesAsDocumented) {
  EXPECT_EQ(asJson(sampleMapping()), R"({
    "schemaVersion": 1,
    "headerRow": 1,
    "notApplicable": [0, 99, "n/a"],
    "groupRoles": {"Funders": "supporting", "Patients": "primary"},
    "minN": 8,
    "crosshair": "scaleMidpoint",
    "columns": [
      {"index": 0, "header": "Customer group", "kind": "group"},
      {"index": 1, "header": "Importance: Wait time", "kind": "importance", "attribute": "Wait time",
       "scale": {"min": 1, "max": 7}},
      {"index": 2, "header": "Satisfaction: Wait time", "kind": "satisfaction", "attribute": "Wait time",
       "scale": {"min": 1, "max": 7}},
      {"index": 3, "header": "Overall", "kind": "outcome", "negativeLabel": "No", "positiveLabel": "Yes"},
      {"index": 4, "header": "NPS", "kind": "nps", "scale": {"min": 0, "max": 10}},
      {"index": 5, "header": "Kano functional: Parking", "kind": "kanoFunctional", "attribute": "Parking"},
      {"index": 6, "header": "Age", "kind": "ignore"}
    ]
  })"_json);
  const std::string text = serializeMapping(sampleMapping());
  EXPECT_EQ(text.rfind("{\n  \"schemaVersion\": 1,", 0), 0u);
  EXPECT_EQ(text.back(), '\n');
}

TEST(Mapping, RoundTripsThroughJson) {
  const Mapping original = sampleMapping();
  Result<Mapping> back = parseMapping(serializeMapping(original));
  ASSERT_TRUE(back.ok()) << back.error().where << ": " << back.error().message;
  EXPECT_EQ(asJson(back.value()), asJson(original));
  EXPECT_TRUE(back.value().sure);  // a saved mapping was confirmed by its user
  EXPECT_TRUE(back.value().doubts.empty());
  EXPECT_EQ(back.value().columns[3].positiveLabel, "Yes");
  EXPECT_EQ(back.value().crosshair, Crosshair::ScaleMidpoint);
  EXPECT_EQ(back.value().groupRoles.at("Funders"), Role::Supporting);
}

TEST(Mapping, ReadsAMinimalHandWrittenMapping) {
  Result<Mapping> r = parseMapping(R"({
    "schemaVersion": 1,
    "columns": [
      {"header": "Segment", "kind": "group"},
      {"header": "Speed", "kind": "satisfaction"},
      {"index": 4, "kind": "nps"}
    ],
    "comment": "members this version does not know are ignored"
  })");
  ASSERT_TRUE(r.ok()) << r.error().where << ": " << r.error().message;
  const Mapping& m = r.value();
  EXPECT_EQ(m.minN, 5u);
  EXPECT_EQ(m.crosshair, Crosshair::DataMeans);
  ASSERT_EQ(m.columns.size(), 3u);
  EXPECT_EQ(m.columns[0].index, kNoColumn);  // placed by bindMapping, by header
  EXPECT_EQ(m.columns[1].attribute, "Speed");
  EXPECT_EQ(m.columns[1].scale.max, 5);
  EXPECT_EQ(m.columns[2].index, 4u);
  EXPECT_EQ(m.columns[2].scale.max, 10);
}

TEST(Mapping, RefusesAFutureSchemaVersion) {
  const Error e = parseError(R"({"schemaVersion": 2, "columns": []})");
  EXPECT_EQ(e.code, "mapping.future-version");
  EXPECT_EQ(e.where, "schemaVersion");
  EXPECT_EQ(parseError(R"({"schemaVersion": "1", "columns": []})").code, "mapping.bad-version");
  EXPECT_EQ(parseError(R"({"columns": []})").code, "mapping.missing-field");
}

TEST(Mapping, ErrorsNameTheJsonPath) {
  Error e = parseError(
      R"({"schemaVersion": 1, "columns": [{"index": 0, "kind": "group"}, {"index": 1, "kind": 3}]})");
  EXPECT_EQ(e.code, "mapping.wrong-type");
  EXPECT_EQ(e.where, "columns[1].kind");

  e = parseError(R"({"schemaVersion": 1, "columns": [{"index": 0, "kind": "rating"}]})");
  EXPECT_EQ(e.code, "mapping.bad-value");
  EXPECT_EQ(e.where, "columns[0].kind");

  e = parseError(
      R"({"schemaVersion": 1, "columns": [{"index": 0, "header": "S", "kind": "satisfaction",
                                                      "scale": {"min": 5, "max": 1}}]})");
  EXPECT_EQ(e.code, "mapping.bad-value");
  EXPECT_EQ(e.where, "columns[0].scale");

  e = parseError(
      R"({"schemaVersion": 1, "columns": [{"index": 0, "header": "S", "kind": "satisfaction",
                                                      "scale": {"min": 1}}]})");
  EXPECT_EQ(e.code, "mapping.missing-field");
  EXPECT_EQ(e.where, "columns[0].scale.max");

  e = parseError(R"({"schemaVersion": 1, "columns": [{"index": -1, "kind": "group"}]})");
  EXPECT_EQ(e.where, "columns[0].index");

  e = parseError(R"({"schemaVersion": 1, "columns": [{"kind": "group"}]})");
  EXPECT_EQ(e.code, "mapping.missing-field");

  e = parseError(
      R"({"schemaVersion": 1, "columns": [{"index": 0, "kind": "outcome", "positiveLabel": "Yes"}]})");
  EXPECT_EQ(e.where, "columns[0].negativeLabel");

  e = parseError(R"({"schemaVersion": 1, "groupRoles": {"Patients": "main"}, "columns": []})");
  EXPECT_EQ(e.where, "groupRoles[\"Patients\"]");

  e = parseError(R"({"schemaVersion": 1, "notApplicable": [0, true], "columns": []})");
  EXPECT_EQ(e.where, "notApplicable[1]");

  e = parseError(R"({"schemaVersion": 1, "crosshair": "middle", "columns": []})");
  EXPECT_EQ(e.where, "crosshair");

  e = parseError(R"({"schemaVersion": 1, "minN": 0, "columns": []})");
  EXPECT_EQ(e.where, "minN");
}

TEST(Mapping, ReportsWhereTheJsonBreaks) {
  Error e = parseError("{\"schemaVersion\": 1,\n \"columns\": [}");
  EXPECT_EQ(e.code, "mapping.malformed-json");
  EXPECT_EQ(e.where.rfind("byte ", 0), 0u);
  EXPECT_NE(e.message.find("line 2"), std::string::npos) << e.message;
  EXPECT_EQ(parseError("").code, "mapping.malformed-json");
  EXPECT_EQ(parseError("{\"schemaVersion\": 1").code, "mapping.malformed-json");
  EXPECT_EQ(parseError("[1, 2]").code, "mapping.wrong-type");
}

TEST(Mapping, RefusesNonUtf8AndDeepNesting) {
  Error e = parseError(
      "{\"schemaVersion\": 1, \"columns\": [{\"header\": \"Caf\xE9\", \"kind\": \"group\"}]}");
  EXPECT_EQ(e.code, "mapping.not-utf8");
  EXPECT_EQ(e.where, "byte 49");  // the \xE9 after "Caf"
  EXPECT_EQ(parseError(std::string(100000, '[')).code, "mapping.too-deep");
}

TEST(Mapping, NeverThrowsOnGarbage) {
  const char* inputs[] = {
      "null",
      "1e999",
      "\"text\"",
      "{\"schemaVersion\": 1e400}",
      "{\"schemaVersion\": 1, \"columns\": 7}",
      "{\"schemaVersion\": 1, \"columns\": [null]}",
      "{\"schemaVersion\": 1, \"headerRow\": 1e300, \"columns\": []}",
      "{\"schemaVersion\": 1, \"columns\": [{\"index\": 2.5, \"kind\": \"id\"}]}",
      "{\"schemaVersion\": 99999999999999999999999, \"columns\": []}",
      "\xEF\xBB\xBF{}"};
  for (const char* in : inputs) {
    Result<Mapping> r = parseMapping(in);
    EXPECT_FALSE(r.ok()) << in;
  }
}

TEST(Mapping, WritesInvalidUtf8AsReplacementCharacters) {
  Mapping m;
  m.columns.push_back({0, "Caf\xE9", ColumnKind::Group, "", {}, "", "", {}});
  const std::string text = serializeMapping(m);
  EXPECT_TRUE(isValidUtf8(text));
  Result<Mapping> back = parseMapping(text);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value().columns[0].header, "Caf\xEF\xBF\xBD");
}

TEST(Mapping, KindAndCrosshairNamesRoundTrip) {
  for (ColumnKind k :
       {ColumnKind::Ignore, ColumnKind::Id, ColumnKind::Group, ColumnKind::Role,
        ColumnKind::Importance, ColumnKind::Satisfaction, ColumnKind::Outcome, ColumnKind::Nps,
        ColumnKind::KanoFunctional, ColumnKind::KanoDysfunctional, ColumnKind::Comment})
    EXPECT_EQ(parseColumnKind(columnKindName(k)), k);
  EXPECT_FALSE(parseColumnKind("Group").has_value());
  EXPECT_EQ(parseCrosshair(crosshairName(Crosshair::ScaleMidpoint)), Crosshair::ScaleMidpoint);
}

TEST(Mapping, DescribesColumnsTheWayUsersSeeThem) {
  EXPECT_EQ(describeColumn(6, "Inflight wifi service"), "column G (Inflight wifi service)");
  EXPECT_EQ(describeColumn(27, "  "), "column AB");
  EXPECT_EQ(clipText("caf\xC3\xA9 au lait", 4), "caf\xE2\x80\xA6");  // never half a character
  EXPECT_EQ(clipText("short", 40), "short");
}

TEST(Mapping, TheAirlineMappingFileLoads) {
  std::ifstream in(CF_TEST_DATA_DIR "/airline-mapping.json", std::ios::binary);
  ASSERT_TRUE(in);
  std::ostringstream text;
  text << in.rdbuf();
  Result<Mapping> m = parseMapping(text.str());
  ASSERT_TRUE(m.ok()) << m.error().where << ": " << m.error().message;
  EXPECT_EQ(m.value().notApplicable, std::vector<double>{0});
  EXPECT_EQ(m.value().groupRoles.at("Loyal Customer"), Role::Primary);
  EXPECT_EQ(m.value().groupRoles.at("disloyal Customer"), Role::Supporting);
  ASSERT_EQ(m.value().columns.size(), 23u);
  EXPECT_EQ(m.value().columns[1].kind, ColumnKind::Group);
  EXPECT_EQ(m.value().columns[22].positiveLabel, "satisfied");
  // Saving it again gives the same document.
  EXPECT_EQ(nlohmann::json::parse(serializeMapping(m.value())), nlohmann::json::parse(text.str()));
}

}  // namespace
}  // namespace cf::core
