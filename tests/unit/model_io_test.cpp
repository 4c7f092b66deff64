#include "model_io.h"
#include "model.h"

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace cf::core {
namespace {

using nlohmann::literals::operator""_json;

Model parsed(std::string_view text) {
  Result<Model> r = parseModel(text);
  EXPECT_TRUE(r.ok()) << (r.ok() ? ""
                                 : r.error().code + " at " + r.error().where + ": " +
                                       r.error().message);
  return r.ok() ? r.value() : Model{};
}

Error failure(std::string_view text) {
  Result<Model> r = parseModel(text);
  EXPECT_FALSE(r.ok()) << "expected an error for: " << text.substr(0, 200);
  return r.ok() ? Error{} : r.error();
}

nlohmann::json saved(const Model& model) { return nlohmann::json::parse(serializeModel(model)); }

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// ---- Reading and writing ----------------------------------------------------

TEST(ModelIo, ReadsMinimalModel) {
  const Model m =
      parsed(R"({"schemaVersion": 1, "customers": [{"name": "Families", "role": "primary"}]})");
  EXPECT_EQ(m.schemaVersion, 1);
  EXPECT_EQ(m.organisation.name, "");
  ASSERT_EQ(m.customers.size(), 1u);
  EXPECT_EQ(m.customers[0].name, "Families");
  EXPECT_EQ(m.customers[0].role, Role::Primary);
  EXPECT_EQ(m.customers[0].kind, CustomerKind::Other);
  EXPECT_TRUE(m.customers[0].assumedValues.empty());
  EXPECT_TRUE(m.customers[0].statedValues.empty());
  EXPECT_TRUE(m.customers[0].listening.empty());
}

TEST(ModelIo, ReadsModelWithoutCustomers) {
  const Model m = parsed(R"({"schemaVersion": 1})");
  EXPECT_TRUE(m.customers.empty());
}

TEST(ModelIo, SavesMinimalModelWithEveryFieldToFillIn) {
  const Model m =
      parsed(R"({"schemaVersion": 1, "customers": [{"name": "Families", "role": "primary"}]})");
  EXPECT_EQ(saved(m), R"({
    "schemaVersion": 1,
    "organisation": {"name": "", "mission": ""},
    "customers": [{"name": "Families", "role": "primary", "kind": "other",
                   "lifeChanged": "", "whySatisfy": "",
                   "assumedValues": [], "statedValues": [], "listening": []}]
  })"_json);
}

constexpr std::string_view kFullModel = R"({
  "schemaVersion": 1,
  "organisation": {"name": "Riverside Reading Partners", "mission": "Every adult reads."},
  "customers": [
    {"name": "Adult learners", "role": "primary", "kind": "beneficiary",
     "lifeChanged": "They read to their children.", "whySatisfy": "",
     "assumedValues": [{"text": "Weekly tutoring", "importance": 5}, {"text": "Certificates"}],
     "statedValues": [{"text": "Being treated as adults", "source": "Focus group",
                       "date": "2026-11-07", "respondents": 9},
                      {"text": "Bus routes", "source": "Survey"}],
     "listening": [{"method": "Focus group", "owner": "Maria", "nextDate": "2027-02-13",
                    "lastDone": "2026-11-07"},
                   {"method": "Exit talks", "owner": "Tutors"}]},
    {"name": "Funders", "role": "supporting", "kind": "funder",
     "lifeChanged": "", "whySatisfy": "They pay for the books.",
     "assumedValues": [], "statedValues": [], "listening": []}
  ]
})";

TEST(ModelIo, RoundTripsFullModel) {
  const Model m = parsed(kFullModel);
  ASSERT_EQ(m.customers.size(), 2u);
  const CustomerGroup& learners = m.customers[0];
  EXPECT_EQ(learners.kind, CustomerKind::Beneficiary);
  EXPECT_EQ(learners.assumedValues[0].importance, 5);
  EXPECT_FALSE(learners.assumedValues[1].importance.has_value());
  EXPECT_EQ(learners.statedValues[0].date, (Date{2026, 11, 7}));
  EXPECT_EQ(learners.statedValues[0].respondents, 9);
  EXPECT_FALSE(learners.statedValues[1].date.has_value());
  EXPECT_EQ(learners.listening[0].nextDate, (Date{2027, 2, 13}));
  EXPECT_EQ(m.customers[1].role, Role::Supporting);

  EXPECT_EQ(saved(m), nlohmann::json::parse(kFullModel));
  EXPECT_EQ(parsed(serializeModel(m)), m);
}

TEST(ModelIo, RoundTripsAStatedValuesQuoteWithItsRow) {
  constexpr std::string_view kQuoted = R"({
    "schemaVersion": 1,
    "organisation": {"name": "", "mission": ""},
    "customers": [{"name": "Learners", "role": "primary", "kind": "other",
                   "lifeChanged": "", "whySatisfy": "", "assumedValues": [],
                   "statedValues": [{"text": "Treated as an adult", "source": "Survey 2026.csv",
                                     "date": "2026-10-17", "respondents": 5,
                                     "measure": "importance", "score": 4.8,
                                     "quote": "Nobody talks down to me.", "quoteRow": 14},
                                    {"text": "Bus routes", "source": "Survey 2026.csv",
                                     "measure": "importance", "score": 3.0}],
                   "listening": []}]
  })";
  const Model m = parsed(kQuoted);
  const StatedValue& quoted = m.customers[0].statedValues[0];
  EXPECT_EQ(quoted.quote, "Nobody talks down to me.");
  EXPECT_EQ(quoted.quoteRow, 14u);
  EXPECT_TRUE(quoted.extra.empty());
  EXPECT_EQ(m.customers[0].statedValues[1].quote, "");
  EXPECT_EQ(m.customers[0].statedValues[1].quoteRow, 0u);
  EXPECT_EQ(saved(m), nlohmann::json::parse(kQuoted));
  EXPECT_EQ(parsed(serializeModel(m)), m);

  // Built in code, the same value writes the same members.
  Model built;
  CustomerGroup g;
  g.name = "Learners";
  g.role = Role::Primary;
  StatedValue v;
  v.text = "Treated as an adult";
  v.quote = "Nobody talks down to me.";
  v.quoteRow = 14;
  g.statedValues.push_back(v);
  built.customers.push_back(g);
  const nlohmann::json j = saved(built)["customers"][0]["statedValues"][0];
  EXPECT_EQ(j["quote"], "Nobody talks down to me.");
  EXPECT_EQ(j["quoteRow"], 14);
  EXPECT_EQ(parsed(serializeModel(built)), built);
}

TEST(ModelIo, ReadsStatedValuesWithoutQuoteOrWithoutItsRow) {
  const Model m = parsed(kFullModel);  // written before stated values had quotes
  for (const StatedValue& v : m.customers[0].statedValues) {
    EXPECT_EQ(v.quote, "");
    EXPECT_EQ(v.quoteRow, 0u);
  }
  const nlohmann::json stated = saved(m)["customers"][0]["statedValues"][0];
  EXPECT_FALSE(stated.contains("quote"));
  EXPECT_FALSE(stated.contains("quoteRow"));

  // A quote typed by hand, with no row to point to; null is not given.
  const Model typed = parsed(R"({"schemaVersion": 1, "customers": [{"name": "A", "role": "primary",
    "statedValues": [{"text": "x", "quote": "Said at the door.", "quoteRow": null}]}]})");
  EXPECT_EQ(typed.customers[0].statedValues[0].quote, "Said at the door.");
  EXPECT_EQ(typed.customers[0].statedValues[0].quoteRow, 0u);
  EXPECT_EQ(saved(typed)["customers"][0]["statedValues"][0],
            R"({"text": "x", "source": "", "quote": "Said at the door."})"_json);
}

TEST(ModelIo, RefusesQuoteRowThatIsNoRow) {
  for (const char* row : {"0", "-2", "2.5", "99999999999999999999"}) {
    const Error e =
        failure(std::string(R"({"schemaVersion": 1, "customers": [{"name": "A", "role": "primary",
      "statedValues": [{"text": "x", "quote": "y", "quoteRow": )") +
                row + "}]}]}");
    EXPECT_EQ(e.code, "model.bad-number") << row;
    EXPECT_EQ(e.where, "customers[0].statedValues[0].quoteRow") << row;
    EXPECT_NE(e.message.find("a row number of the survey, 1 or more"), std::string::npos)
        << e.message;
  }
}

TEST(ModelIo, KeepsUnknownFieldsWhenSavedAgain) {
  const Model m = parsed(R"({
    "schemaVersion": 1,
    "savedBy": {"app": "Customer Focus", "build": [1, 2]},
    "organisation": {"name": "Clinic", "mission": "", "founded": 1987},
    "customers": [{"name": "Patients", "role": "primary", "colour": "#ff0000",
                   "assumedValues": [{"text": "Short waits", "importance": 4, "by": "board"}],
                   "statedValues": [{"text": "Kind nurses", "source": "Survey", "confidence": 0.8}],
                   "listening": [{"method": "Survey", "owner": "Ann", "channel": null}]}]
  })");
  EXPECT_EQ(m.extra, R"({"savedBy": {"app": "Customer Focus", "build": [1, 2]}})"_json);
  EXPECT_EQ(saved(m), R"({
    "schemaVersion": 1,
    "savedBy": {"app": "Customer Focus", "build": [1, 2]},
    "organisation": {"name": "Clinic", "mission": "", "founded": 1987},
    "customers": [{"name": "Patients", "role": "primary", "kind": "other", "colour": "#ff0000",
                   "lifeChanged": "", "whySatisfy": "",
                   "assumedValues": [{"text": "Short waits", "importance": 4, "by": "board"}],
                   "statedValues": [{"text": "Kind nurses", "source": "Survey", "confidence": 0.8}],
                   "listening": [{"method": "Survey", "owner": "Ann", "channel": null}]}]
  })"_json);
}

TEST(ModelIo, WritesKnownFieldsInProductOrderWithTwoSpaceIndent) {
  const Model m = parsed(R"({"zzz": true, "customers": [{"role": "primary", "name": "A"}],
                             "schemaVersion": 1})");
  const std::string text = serializeModel(m);
  EXPECT_EQ(text.rfind("{\n  \"schemaVersion\": 1,\n  \"organisation\": {\n    \"name\"", 0), 0u)
      << text;
  EXPECT_LT(text.find("\"organisation\""), text.find("\"customers\""));
  EXPECT_LT(text.find("\"customers\""), text.find("\"zzz\""));
  EXPECT_LT(text.find("\"name\": \"A\""), text.find("\"role\""));
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(serializeModel(parsed(text)), text);
}

TEST(ModelIo, TreatsEmptyAndNullAsNotGiven) {
  const Model m = parsed(R"({"schemaVersion": 1, "organisation": null, "customers": [
    {"name": "A", "role": "primary", "kind": null, "lifeChanged": null, "assumedValues": null,
     "statedValues": [{"text": "x", "date": "", "respondents": null}],
     "listening": [{"method": "y", "nextDate": null, "lastDone": " "}]}]})");
  const CustomerGroup& g = m.customers[0];
  EXPECT_EQ(g.kind, CustomerKind::Other);
  EXPECT_TRUE(g.assumedValues.empty());
  EXPECT_FALSE(g.statedValues[0].date.has_value());
  EXPECT_FALSE(g.statedValues[0].respondents.has_value());
  EXPECT_FALSE(g.listening[0].nextDate.has_value());
  EXPECT_FALSE(g.listening[0].lastDone.has_value());
}

TEST(ModelIo, AcceptsRoleAndKindInAnyCase) {
  const Model m = parsed(R"({"schemaVersion": 1, "customers": [
    {"name": "A", "role": " Primary ", "kind": "BENEFICIARY"},
    {"name": "B", "role": "supporting", "kind": "Referral source"}]})");
  EXPECT_EQ(m.customers[0].role, Role::Primary);
  EXPECT_EQ(m.customers[0].kind, CustomerKind::Beneficiary);
  EXPECT_EQ(m.customers[1].kind, CustomerKind::Referral);
  EXPECT_EQ(saved(m)["customers"][1]["kind"], "referral");
}

TEST(ModelIo, AcceptsWholeNumbersWrittenWithDecimals) {
  const Model m = parsed(R"({"schemaVersion": 1.0, "customers": [{"name": "A", "role": "primary",
    "assumedValues": [{"text": "x", "importance": 3.0}]}]})");
  EXPECT_EQ(m.customers[0].assumedValues[0].importance, 3);
}

TEST(ModelIo, SkipsUtf8ByteOrderMark) {
  const Model m = parsed("\xEF\xBB\xBF{\"schemaVersion\": 1, \"customers\": []}");
  EXPECT_EQ(m.schemaVersion, 1);
}

TEST(ModelIo, KeepsNonAsciiText) {
  const Model m = parsed(
      R"({"schemaVersion": 1, "customers": [{"name": "Schüler – 学生", "role": "primary"}]})");
  EXPECT_EQ(m.customers[0].name, "Schüler – 学生");
  EXPECT_NE(serializeModel(m).find("Schüler – 学生"), std::string::npos);
}

TEST(ModelIo, SavesIllFormedUtf8InTheModelWithReplacementCharacters) {
  Model m;
  CustomerGroup g;
  g.name = "caf\xE9";
  g.role = Role::Primary;
  m.customers.push_back(g);
  std::string text;
  ASSERT_NO_THROW(text = serializeModel(m));
  EXPECT_EQ(parsed(text).customers[0].name, "caf\xEF\xBF\xBD");
}

TEST(ModelIo, ConvertsWithNlohmannJson) {
  const auto j = nlohmann::ordered_json::parse(
      R"({"name": "Tutors", "role": "supporting", "kind": "volunteer"})");
  const CustomerGroup g = j.get<CustomerGroup>();
  EXPECT_EQ(g.kind, CustomerKind::Volunteer);
  const nlohmann::ordered_json back = g;
  EXPECT_EQ(back["kind"], "volunteer");
  try {
    (void)nlohmann::ordered_json::parse(R"({"name": "Tutors", "role": "lead"})")
        .get<CustomerGroup>();
    FAIL() << "expected ModelJsonError";
  } catch (const ModelJsonError& e) {
    EXPECT_EQ(e.error().code, "model.bad-role");
    EXPECT_EQ(e.error().where, "role");
  }
}

TEST(ModelIo, ParsesSampleModel) {
  const std::string text = readFile(CF_TEST_DATA_DIR "/sample-model.json");
  ASSERT_FALSE(text.empty());
  const Model m = parsed(text);
  EXPECT_EQ(m.organisation.name, "Riverside Reading Partners");
  ASSERT_GE(m.customers.size(), 4u);
  int primaries = 0;
  for (const CustomerGroup& g : m.customers) primaries += g.role == Role::Primary;
  EXPECT_EQ(primaries, 1);
  EXPECT_EQ(saved(m), nlohmann::json::parse(text));
}

// ---- Refusing bad models ------------------------------------------------------

TEST(ModelIo, RefusesFutureSchemaVersion) {
  const Error e = failure(R"({"schemaVersion": 2, "customers": "anything"})");
  EXPECT_EQ(e.code, "model.future-version");
  EXPECT_EQ(e.where, "schemaVersion");
  EXPECT_NE(e.message.find("newer version of Customer Focus"), std::string::npos) << e.message;
  EXPECT_NE(e.message.find("update"), std::string::npos) << e.message;
}

TEST(ModelIo, RefusesModelWithoutSchemaVersion) {
  const Error e = failure(R"({"customers": []})");
  EXPECT_EQ(e.code, "model.missing-field");
  EXPECT_EQ(e.where, "schemaVersion");
}

TEST(ModelIo, RefusesSchemaVersionThatIsNoVersion) {
  EXPECT_EQ(failure(R"({"schemaVersion": 0})").code, "model.bad-version");
  EXPECT_EQ(failure(R"({"schemaVersion": 1.5})").code, "model.bad-version");
  const Error e = failure(R"({"schemaVersion": "1"})");
  EXPECT_EQ(e.code, "model.wrong-type");
  EXPECT_EQ(e.where, "schemaVersion");
}

TEST(ModelIo, RefusesTopLevelThatIsNotAnObject) {
  const Error e = failure("[1, 2]");
  EXPECT_EQ(e.code, "model.wrong-type");
  EXPECT_EQ(e.where, "(top level)");
  EXPECT_EQ(e.message,
            "the customer model must be a group of fields { … }, but it is a list [ … ]");
}

TEST(ModelIo, RequiresGroupNameAndRole) {
  Error e = failure(
      R"({"schemaVersion": 1, "customers": [{"name": "A", "role": "primary"}, {"role": "supporting"}]})");
  EXPECT_EQ(e.code, "model.missing-field");
  EXPECT_EQ(e.where, "customers[1].name");
  e = failure(R"({"schemaVersion": 1, "customers": [{"name": "A"}]})");
  EXPECT_EQ(e.code, "model.missing-field");
  EXPECT_EQ(e.where, "customers[0].role");
  EXPECT_NE(e.message.find("\"primary\" or \"supporting\""), std::string::npos);
}

TEST(ModelIo, RefusesUnknownRoleInWordsAUserUnderstands) {
  const Error e = failure(R"({"schemaVersion": 1, "customers": [{"name": "A", "role": "primary"},
    {"name": "B", "role": "supporting"}, {"name": "C", "role": "main"}]})");
  EXPECT_EQ(e.code, "model.bad-role");
  EXPECT_EQ(e.where, "customers[2].role");
  EXPECT_EQ(e.message, "role must be \"primary\" or \"supporting\", not \"main\"");
}

TEST(ModelIo, RefusesUnknownRoleNamedUnknown) {
  EXPECT_EQ(
      failure(R"({"schemaVersion": 1, "customers": [{"name": "A", "role": "unknown"}]})").code,
      "model.bad-role");
}

TEST(ModelIo, RefusesUnknownKind) {
  const Error e = failure(
      R"({"schemaVersion": 1, "customers": [{"name": "A", "role": "primary", "kind": "donor"}]})");
  EXPECT_EQ(e.code, "model.bad-kind");
  EXPECT_EQ(e.where, "customers[0].kind");
  EXPECT_NE(e.message.find(
                "beneficiary, volunteer, member, partner, funder, referral, employee or other"),
            std::string::npos);
  EXPECT_NE(e.message.find("\"donor\""), std::string::npos);
}

TEST(ModelIo, RefusesInvalidDatesWithTheirPath) {
  for (const char* date : {"15/03/2026", "2026-02-29", "2026-13-01", "2026-4-01", "2026-04-31",
                           "0000-01-01", "2026-04-01T10:00"}) {
    const std::string text =
        std::string(R"({"schemaVersion": 1, "customers": [{"name": "A", "role": "primary",
      "statedValues": [{"text": "ok", "date": "2026-01-05"}, {"text": "x", "date": ")") +
        date + R"("}]}]})";
    const Error e = failure(text);
    EXPECT_EQ(e.code, "model.bad-date") << date;
    EXPECT_EQ(e.where, "customers[0].statedValues[1].date") << date;
    EXPECT_NE(e.message.find("YYYY-MM-DD"), std::string::npos);
    EXPECT_NE(e.message.find(date), std::string::npos) << e.message;
  }
  const Error e = failure(R"({"schemaVersion": 1, "customers": [{"name": "A", "role": "primary",
    "listening": [{"method": "m", "lastDone": "yesterday"}]}]})");
  EXPECT_EQ(e.where, "customers[0].listening[0].lastDone");
}

TEST(ModelIo, AcceptsLeapDays) {
  const Model m = parsed(R"({"schemaVersion": 1, "customers": [{"name": "A", "role": "primary",
    "listening": [{"method": "m", "nextDate": "2028-02-29", "lastDone": "2000-02-29"}]}]})");
  EXPECT_EQ(m.customers[0].listening[0].nextDate, (Date{2028, 2, 29}));
}

TEST(ModelIo, RefusesImportanceOutsideOneToFive) {
  for (const char* importance : {"0", "6", "2.5", "-1", "99999999999999999999"}) {
    const Error e =
        failure(std::string(R"({"schemaVersion": 1, "customers": [{"name": "A", "role": "primary",
      "assumedValues": [{"text": "x", "importance": )") +
                importance + "}]}]}");
    EXPECT_EQ(e.code, "model.bad-number") << importance;
    EXPECT_EQ(e.where, "customers[0].assumedValues[0].importance");
    EXPECT_NE(e.message.find("a whole number from 1 to 5"), std::string::npos);
  }
}

TEST(ModelIo, RefusesNegativeRespondents) {
  const Error e = failure(R"({"schemaVersion": 1, "customers": [{"name": "A", "role": "primary",
    "statedValues": [{"text": "x", "respondents": -3}]}]})");
  EXPECT_EQ(e.code, "model.bad-number");
  EXPECT_EQ(e.where, "customers[0].statedValues[0].respondents");
}

TEST(ModelIo, RefusesWrongTypesWithTheirPath) {
  struct Case {
    const char* customers;
    const char* where;
    const char* message;
  };
  const Case cases[] = {
      {R"("Families")", "customers", "customers must be a list [ … ], but it is text"},
      {R"([42])", "customers[0]",
       "each entry in customers must be a group of fields { … }, but it is a number"},
      {R"([{"name": 7, "role": "primary"}])", "customers[0].name",
       "name must be text, but it is a number"},
      {R"([{"name": "A", "role": true}])", "customers[0].role",
       "role must be \"primary\" or \"supporting\", but it is true or false"},
      {R"([{"name": "A", "role": "primary", "kind": 3}])", "customers[0].kind", nullptr},
      {R"([{"name": "A", "role": "primary", "lifeChanged": ["x"]}])", "customers[0].lifeChanged",
       "lifeChanged must be text, but it is a list [ … ]"},
      {R"([{"name": "A", "role": "primary", "whySatisfy": {}}])", "customers[0].whySatisfy",
       nullptr},
      {R"([{"name": "A", "role": "primary", "assumedValues": {"text": "x"}}])",
       "customers[0].assumedValues",
       "assumedValues must be a list [ … ], but it is a group of fields { … }"},
      {R"([{"name": "A", "role": "primary", "assumedValues": ["x"]}])",
       "customers[0].assumedValues[0]",
       "each entry in assumedValues must be a group of fields { … }, but it is text"},
      {R"([{"name": "A", "role": "primary", "assumedValues": [{"text": 1}]}])",
       "customers[0].assumedValues[0].text", nullptr},
      {R"([{"name": "A", "role": "primary", "assumedValues": [{"importance": "high"}]}])",
       "customers[0].assumedValues[0].importance",
       "importance must be a whole number from 1 to 5, but it is text"},
      {R"([{"name": "A", "role": "primary", "statedValues": [{"source": false}]}])",
       "customers[0].statedValues[0].source", nullptr},
      {R"([{"name": "A", "role": "primary", "statedValues": [{"date": 20260101}]}])",
       "customers[0].statedValues[0].date", nullptr},
      {R"([{"name": "A", "role": "primary", "statedValues": [{"respondents": "nine"}]}])",
       "customers[0].statedValues[0].respondents", nullptr},
      {R"([{"name": "A", "role": "primary", "statedValues": [{"quote": {"text": "y"}}]}])",
       "customers[0].statedValues[0].quote",
       "quote must be text, but it is a group of fields { … }"},
      {R"([{"name": "A", "role": "primary", "statedValues": [{"quoteRow": "14"}]}])",
       "customers[0].statedValues[0].quoteRow",
       "quoteRow must be a row number of the survey, 1 or more, but it is text"},
      {R"([{"name": "A", "role": "primary", "listening": "weekly"}])", "customers[0].listening",
       nullptr},
      {R"([{"name": "A", "role": "primary", "listening": [{"owner": ["Ann"]}]}])",
       "customers[0].listening[0].owner", nullptr},
      {R"([{"name": "A", "role": "primary", "listening": [{"method": 1}]}])",
       "customers[0].listening[0].method", nullptr},
      {R"([{"name": "A", "role": "primary", "listening": [{"nextDate": 1}]}])",
       "customers[0].listening[0].nextDate", nullptr},
  };
  for (const Case& c : cases) {
    const Error e =
        failure(std::string(R"({"schemaVersion": 1, "customers": )") + c.customers + "}");
    EXPECT_EQ(e.code, "model.wrong-type") << c.customers;
    EXPECT_EQ(e.where, c.where) << c.customers;
    if (c.message) {
      EXPECT_EQ(e.message, c.message);
    }
  }
}

TEST(ModelIo, RefusesOrganisationOfTheWrongType) {
  Error e = failure(R"({"schemaVersion": 1, "organisation": "Clinic"})");
  EXPECT_EQ(e.code, "model.wrong-type");
  EXPECT_EQ(e.where, "organisation");
  e = failure(R"({"schemaVersion": 1, "organisation": {"mission": 5}})");
  EXPECT_EQ(e.where, "organisation.mission");
}

TEST(ModelIo, ReportsTheByteWhereJsonBreaks) {
  //                      123456789012345678901
  const Error e = failure(R"({"schemaVersion": 1,, "customers": []})");
  EXPECT_EQ(e.code, "model.malformed-json");
  EXPECT_EQ(e.where, "byte 21");
  EXPECT_NE(e.message.find("line 1, column 21"), std::string::npos) << e.message;
}

TEST(ModelIo, ReportsLineAndColumnOfMalformedJson) {
  const Error e = failure("{\n  \"schemaVersion\": 1\n  \"customers\": []\n}");
  EXPECT_EQ(e.code, "model.malformed-json");
  // The parser notices the missing comma at the end of "customers".
  EXPECT_EQ(e.where, "byte 36");
  EXPECT_NE(e.message.find("line 3, column 13"), std::string::npos) << e.message;
}

TEST(ModelIo, ReportsJsonThatEndsTooEarly) {
  const std::string text = R"({"schemaVersion": 1, "customers": [{"name": "A")";
  const Error e = failure(text);
  EXPECT_EQ(e.code, "model.malformed-json");
  EXPECT_EQ(e.where, "byte " + std::to_string(text.size() + 1));
  EXPECT_NE(e.message.find("ends too early"), std::string::npos) << e.message;
}

TEST(ModelIo, ReportsNumberTooLargeWithItsByte) {
  const Error e = failure(R"({"schemaVersion": 1e400})");
  EXPECT_EQ(e.code, "model.malformed-json");
  EXPECT_EQ(e.where.rfind("byte ", 0), 0u);
  EXPECT_NE(e.message.find("too large"), std::string::npos) << e.message;
}

TEST(ModelIo, RefusesEmptyText) {
  EXPECT_EQ(failure("").code, "model.malformed-json");
  EXPECT_EQ(failure(" \n\t").code, "model.malformed-json");
}

TEST(ModelIo, RefusesTextThatIsNotUtf8) {
  // "Café" saved as Latin-1: the é is the single byte E9, byte 49.
  const Error e = failure(
      "{\"schemaVersion\": 1, \"customers\": [{\"name\": \"Caf\xE9\", \"role\": \"primary\"}]}");
  EXPECT_EQ(e.code, "model.not-utf8");
  EXPECT_EQ(e.where, "byte 49");
  EXPECT_NE(e.message.find("UTF-8"), std::string::npos);
}

TEST(ModelIo, RefusesBinaryGarbage) {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919) & 0xFF));
  const Error e = failure(garbage);
  EXPECT_FALSE(e.code.empty());
  EXPECT_EQ(e.where.rfind("byte ", 0), 0u);
}

TEST(ModelIo, RefusesDeepNestingWithoutCrashing) {
  const std::string deep =
      R"({"schemaVersion": 1, "x": )" + std::string(200000, '[') + std::string(200000, ']') + "}";
  const Error e = failure(deep);
  EXPECT_EQ(e.code, "model.too-deep");
  EXPECT_EQ(e.where, "byte 90");  // the 64th "[", 65 levels deep with the "{"
  EXPECT_EQ(failure(std::string(100000, '{')).code, "model.too-deep");
}

TEST(ModelIo, KeepsModeratelyNestedUnknownFields) {
  std::string nested = "1";
  for (int i = 0; i < 40; ++i) nested = "[" + nested + "]";
  const Model m = parsed(R"({"schemaVersion": 1, "x": )" + nested + "}");
  EXPECT_EQ(saved(m)["x"], nlohmann::json::parse(nested));
}

TEST(ModelIo, BracketsInsideTextDoNotCountAsNesting) {
  const Model m = parsed(R"({"schemaVersion": 1, "organisation": {"name": ")" +
                         std::string(1000, '[') + R"(\"{"}})");
  EXPECT_EQ(m.organisation.name.size(), 1002u);
}

TEST(ModelIo, ReadsHugeModel) {
  std::string text = R"({"schemaVersion": 1, "customers": [)";
  constexpr int kGroups = 20000;
  for (int i = 0; i < kGroups; ++i) {
    if (i > 0) text += ",";
    text += R"({"name": "Group )" + std::to_string(i) + R"(", "role": "supporting",
      "assumedValues": [{"text": "a", "importance": 3}], "listening": [{"method": "m", "nextDate": "2027-01-01"}]})";
  }
  text +=
      R"(], "organisation": {"name": "Big", "mission": ")" + std::string(5'000'000, 'x') + "\"}}";
  const Model m = parsed(text);
  EXPECT_EQ(m.customers.size(), static_cast<std::size_t>(kGroups));
  EXPECT_EQ(m.organisation.mission.size(), 5'000'000u);
  EXPECT_EQ(parsed(serializeModel(m)), m);
}

TEST(ModelIo, ReportsTheFirstErrorOnly) {
  const Error e =
      failure(R"({"schemaVersion": 1, "customers": [{"name": "A", "role": "x", "kind": "y"}]})");
  EXPECT_EQ(e.where, "customers[0].role");
}

// ---- Dates and kinds ----------------------------------------------------------

TEST(ModelDate, ParsesOnlyRealDaysWrittenYyyyMmDd) {
  EXPECT_EQ(parseDate("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_FALSE(parseDate("2023-02-29"));
  EXPECT_FALSE(parseDate("1900-02-29"));
  EXPECT_TRUE(parseDate("2000-02-29"));
  EXPECT_FALSE(parseDate("2024-00-10"));
  EXPECT_FALSE(parseDate("2024-01-00"));
  EXPECT_FALSE(parseDate("2024-+1-10"));
  EXPECT_FALSE(parseDate(" 2024-01-10"));
  EXPECT_FALSE(parseDate(""));
  EXPECT_EQ(formatDate(Date{2026, 3, 5}), "2026-03-05");
  EXPECT_LT(*parseDate("2026-11-30"), *parseDate("2026-12-01"));
}

TEST(ModelKind, NamesRoundTrip) {
  for (CustomerKind k : {CustomerKind::Beneficiary, CustomerKind::Volunteer, CustomerKind::Member,
                         CustomerKind::Partner, CustomerKind::Funder, CustomerKind::Referral,
                         CustomerKind::Employee, CustomerKind::Other})
    EXPECT_EQ(parseCustomerKind(customerKindName(k)), k);
  EXPECT_FALSE(parseCustomerKind("donor"));
}

TEST(ModelKind, DisplayNameFallsBackForBlankNames) {
  CustomerGroup g;
  g.name = "  ";
  EXPECT_EQ(displayName(g, 2), "Unnamed group 3");
  g.name = " Tutors ";
  EXPECT_EQ(displayName(g, 2), "Tutors");
}

}  // namespace
}  // namespace cf::core
