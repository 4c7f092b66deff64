// The messages core words for a person, with the German table current: the
// JSON readers' errors, the column detection's doubts, the mapping dialog's
// checks and the group dialog's dates come out in German and still name the
// field, line and column.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "csv_grid.h"
#include "date_format.h"
#include "feedback_table.h"
#include "focus_checks.h"
#include "mapping_edit.h"
#include "mapping_io.h"
#include "messages.h"
#include "model_io.h"
#include "worksheet.h"
#include "worksheet_form.h"

namespace cf::core {
namespace {

std::shared_ptr<const Messages> germanTable() {
  std::ifstream in(std::filesystem::path(CF_TEST_DATA_DIR) / ".." / ".." / "extension" / "strings" /
                       "Messages_de_DE.properties",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::make_shared<Messages>(Messages::parse(text.str()));
}

class German : public ::testing::Test {
 protected:
  ScopedMessages german_{germanTable()};
};

// What LibreOffice's formatter writes in a German document.
DateFormat germanDates() {
  return DateFormat::fromExamples([](const Date& d) {
           char buffer[16];
           std::snprintf(buffer, sizeof buffer, "%02d.%02d.%04d", d.day, d.month, d.year);
           return std::string(buffer);
         })
      .value();
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string allDoubts(const Mapping& m) {
  std::string s;
  for (const std::string& d : m.doubts) s += d + "\n";
  return s;
}

TEST_F(German, DamagedModelIsNamedByLineAndColumn) {
  const Result<Model> r = parseModel("{\n  \"schemaVersion\": 1,\n  \"customers\": [,]\n}");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "model.malformed-json");
  EXPECT_EQ(r.error().message,
            "das Kundenmodell ist in Zeile 3, Spalte 17 kein gültiges JSON; suchen Sie kurz vor "
            "dieser Stelle nach einem fehlenden Komma, Anführungszeichen oder einer fehlenden "
            "Klammer");
  EXPECT_EQ(r.error().where, "Byte 41");
}

TEST_F(German, ModelFieldErrorsNameTheFieldInGerman) {
  Result<Model> r = parseModel(R"({"schemaVersion": 1, "customers": [{"name": "Kinder"}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "customers[0].role");
  EXPECT_EQ(r.error().message,
            "jede Kundengruppe braucht eine Rolle: \"primary\" oder \"supporting\"");

  r = parseModel(R"({"schemaVersion": 1, "customers": [{"name": 5, "role": "primary"}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "name muss Text sein, ist aber eine Zahl");

  r = parseModel(
      R"({"schemaVersion": 1, "customers": [{"name": "K", "role": "primary",
          "listening": [{"nextDate": "01.06.2024"}]}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "customers[0].listening[0].nextDate");
  EXPECT_EQ(r.error().message,
            "nextDate muss ein gültiges Datum der Form JJJJ-MM-TT sein, etwa 2024-03-15, nicht "
            "\"01.06.2024\"");

  r = parseModel(R"({"schemaVersion": 9, "customers": []})");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(
      contains(r.error().message, "neueren Version von Kundenfokus gespeichert (schemaVersion 9)"))
      << r.error().message;
}

TEST_F(German, DamagedMappingIsExplainedInGerman) {
  Result<Mapping> r = parseMapping("{\"schemaVersion\": 1, \"columns\": [");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message,
            "die Zuordnung endet zu früh in Zeile 1, Spalte 34: Eine schließende Klammer oder ein "
            "Anführungszeichen fehlt");
  r = parseMapping(R"({"schemaVersion": 1, "columns": [{"kind": "speed", "header": "x"}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "columns[0].kind");
  EXPECT_TRUE(contains(r.error().message, "unbekannte Art (kind) „speed“")) << r.error().message;
  r = parseMapping(R"({"schemaVersion": 1, "columns": 3})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "erwartet wurde eine Liste, gefunden wurde eine Zahl");
}

TEST_F(German, ColumnDetectionDoubtsAreGerman) {
  const Result<Mapping> m = detectMapping(test::csvGrid(
      "Group,S: Speed,Overall satisfaction\nA,4,good\nB,3,bad\nA,5,fair\nB,2,good\n"));
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_TRUE(contains(allDoubts(m.value()),
                       "Spalte C (Overall satisfaction) sieht nach dem Ergebnis aus, enthält aber "
                       "mehr als zwei Bezeichnungen („good“, „bad“, „fair“): Sie wird nicht "
                       "gelesen."))
      << allDoubts(m.value());

  const Result<Mapping> noGroup = detectMapping(test::csvGrid("S: Speed,I: Speed\n4,5\n3,4\n"));
  ASSERT_TRUE(noGroup.ok());
  EXPECT_TRUE(
      contains(allDoubts(noGroup.value()), "Es wurde keine Spalte für die Kundengruppe gefunden"))
      << allDoubts(noGroup.value());
}

TEST_F(German, MappingDialogChecksAreGerman) {
  const Grid grid = test::csvGrid("Group,S: Speed\nA,4\nB,3\n");
  const Mapping m = detectMapping(grid).value();
  MappingForm form = toMappingForm(m, groupNamesInTable(m, grid));
  form.columns[1].scaleMin = "5";
  form.columns[1].scaleMax = "1";
  const Result<Mapping> r = fromMappingForm(form, m);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "Spalte B");
  EXPECT_EQ(r.error().message,
            "Die Skala von Spalte B (S: Speed) braucht zwei Zahlen, die niedrigste Antwort unter "
            "der höchsten (etwa 1 und 5); sie reicht von „5“ bis „1“.");
}

TEST_F(German, GroupDialogShowsAndReadsGermanDates) {
  const DateFormat dates = germanDates();
  CustomerGroup g;
  g.name = "Kinder";
  g.role = Role::Primary;
  g.listening = {{"Lesekreis", "Ana", parseDate("2024-06-01"), parseDate("2024-03-15"), {}}};
  GroupForm form = toForm(g, dates);
  EXPECT_EQ(form.listening, "Lesekreis | Ana | 01.06.2024 | 15.03.2024\n");

  form.listening = "Lesekreis | Ana | 2.7.2024 | 2024-03-15\n";
  const Result<CustomerGroup> edited = fromForm(form, g, dates);
  ASSERT_TRUE(edited.ok()) << edited.error().message;
  EXPECT_EQ(edited.value().listening[0].nextDate, parseDate("2024-07-02"));
  EXPECT_EQ(edited.value().listening[0].lastDone, parseDate("2024-03-15"));
  // The stored model keeps ISO, whatever the document's language.
  Model model;
  model.customers = {edited.value()};
  EXPECT_TRUE(contains(serializeModel(model), "\"nextDate\": \"2024-07-02\""));

  form.listening = "Lesekreis | Ana | 07/02/2024\n";
  const Result<CustomerGroup> bad = fromForm(form, g, dates);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "Zuhörplan, Zeile 1");
  EXPECT_EQ(bad.error().message,
            "„07/02/2024“ ist kein Datum: Schreiben Sie es wie 31.12.2024 oder 2024-12-31.");
}

TEST_F(German, WorksheetAndOverdueCheckWriteGermanDates) {
  const DateFormat dates = germanDates();
  Model model;
  CustomerGroup g;
  g.name = "Kinder";
  g.role = Role::Primary;
  g.lifeChanged = "Sie lesen.";
  g.statedValues = {{"Ruhe", "Umfrage", parseDate("2024-03-01"), 12, {}}};
  g.listening = {{"Lesekreis", "Ana", parseDate("2024-06-01"), std::nullopt, {}}};
  model.customers = {g};

  const WorksheetPlan plan = planWorksheet(model, dates);
  EXPECT_EQ(plan.sections[2].table.rows[0][2], "Ruhe (Umfrage, 01.03.2024, 12 Befragte)");
  EXPECT_EQ(plan.sections[3].table.rows[0][3], "01.06.2024");

  const std::vector<Finding> findings = checkFocus(model, "2024-07-01", dates);
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings.back().id, "CF007");
  EXPECT_EQ(findings.back().message,
            "Der Zuhörtermin „Lesekreis“ mit „Kinder“ war am 01.06.2024 fällig, und das Datum ist "
            "verstrichen; halten Sie ihn ab oder setzen Sie ein neues Datum.");
}

TEST_F(German, TheRankCorrelationOfCF008HasADecimalComma) {
  const std::vector<std::pair<std::string, double>> predicted = {
      {"Ruhe", 5}, {"Bücher", 4}, {"Zeit", 3}, {"Kekse", 2}, {"Licht", 1}};
  const std::vector<std::pair<std::string, double>> measured = {
      {"Ruhe", 4.8}, {"Bücher", 4.6}, {"Zeit", 4.4}, {"Kekse", 2.0}, {"Licht", 3.0}};
  const auto f = checkAssumptionsAgreement("Kinder", predicted, measured, -0.11);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->message,
            "Bei „Kinder“ widerspricht, was die Leitung annahm, dem, was Kunden sagten: die "
            "Rangkorrelation zwischen beiden ist -0,11, unter 0,5.");
}

}  // namespace
}  // namespace cf::core
