// The worksheet's content plan and the group form of the Writer deck.
#include "worksheet.h"
#include "focus_checks.h"
#include "messages.h"
#include "worksheet_form.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace cf::core {
namespace {

Model sample() {
  Model m;
  CustomerGroup kids;
  kids.name = "Children";
  kids.role = Role::Primary;
  kids.kind = CustomerKind::Beneficiary;
  kids.lifeChanged = "They read.";
  kids.assumedValues = {{"Quiet place", 5, {}}, {"Snacks", std::nullopt, {}}, {"  ", 2, {}}};
  kids.statedValues = {{"Someone listens", "Exit interviews", parseDate("2024-03-01"), 1, {}}};
  kids.listening = {{"Reading circle", "Ana", parseDate("2024-06-01"), std::nullopt, {}}};
  CustomerGroup funder;
  funder.role = Role::Supporting;
  funder.kind = CustomerKind::Referral;
  m.customers = {kids, funder};
  return m;
}

TEST(Worksheet, HasFourNamedSectionsInOrder) {
  const WorksheetPlan plan = planWorksheet(sample());
  ASSERT_EQ(plan.sections.size(), 4u);
  EXPECT_EQ(plan.sections[0].name, "CustomerFocus.Primary");
  EXPECT_EQ(plan.sections[1].name, "CustomerFocus.Supporting");
  EXPECT_EQ(plan.sections[2].name, "CustomerFocus.Values");
  EXPECT_EQ(plan.sections[3].name, "CustomerFocus.Listening");
  EXPECT_EQ(plan.sections[0].heading, "Who is our primary customer?");
  for (const WorksheetSection& s : plan.sections) {
    EXPECT_EQ(s.table.name, "CustomerFocus_" + s.name.substr(14));
    for (const auto& row : s.table.rows) EXPECT_EQ(row.size(), s.table.header.size());
  }
}

TEST(Worksheet, GermanTableWordsHeadingsKindsAndFindings) {
  std::ifstream in(CF_TEST_DATA_DIR "/../../extension/strings/Messages_de_DE.properties",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  ScopedMessages german(std::make_shared<Messages>(Messages::parse(text.str())));
  const WorksheetPlan plan = planWorksheet(sample());
  EXPECT_EQ(plan.sections[0].name,
            "CustomerFocus.Primary");  // the section names are the document's, not words
  EXPECT_EQ(plan.sections[0].heading, "Wer ist unser primärer Kunde?");
  EXPECT_EQ(plan.sections[0].table.header,
            (std::vector<std::string>{"Kundengruppe", "Art", "Wie sich ihr Leben verändert"}));
  EXPECT_EQ(plan.sections[1].table.rows,
            (std::vector<std::vector<std::string>>{{"Gruppe ohne Namen 2", "Vermittler", "—"}}));
  EXPECT_EQ(groupListLine(sample().customers[0], 0), "Children — primär, Begünstigte");
  Model two = sample();
  two.customers[1].role = Role::Primary;
  const std::vector<Finding> findings = checkFocus(two, "2024-01-01");
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findingListLine(findings[0])
                .rfind("CF002  Fehler: „Children“ und „Gruppe ohne Namen 2“ sind beide", 0),
            0u)
      << findingListLine(findings[0]);
}

TEST(Worksheet, GroupTablesShowKindAndPurposeWithDashesForBlanks) {
  const WorksheetPlan plan = planWorksheet(sample());
  EXPECT_EQ(plan.sections[0].table.rows,
            (std::vector<std::vector<std::string>>{{"Children", "Beneficiary", "They read."}}));
  EXPECT_EQ(plan.sections[1].table.rows,
            (std::vector<std::vector<std::string>>{{"Unnamed group 2", "Referral source", "—"}}));
}

TEST(Worksheet, AssumedValuesStandBesideStatedValues) {
  const WorksheetPlan plan = planWorksheet(sample());
  const auto& rows = plan.sections[2].table.rows;
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{
                         "Children", "Quiet place (importance 5)",
                         "Someone listens (Exit interviews, 2024-03-01, 1 respondent)"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"", "Snacks", ""}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"Unnamed group 2", "—", "Not asked yet"}));
}

TEST(Worksheet, StatedValuesShowTheCustomersOwnWordsAfterTheValue) {
  Model m = sample();
  m.customers[0].statedValues[0].quote = "She asks how my day was.";
  m.customers[0].statedValues[0].quoteRow = 14;
  StatedValue typed;
  typed.text = "Books to take home";
  typed.quote = " Can I keep it? ";  // typed by hand: no row to point to
  m.customers[0].statedValues.push_back(typed);
  const WorksheetPlan plan = planWorksheet(m);
  const auto& rows = plan.sections[2].table.rows;
  ASSERT_EQ(rows.size(), 3u);  // beside Quiet place and Snacks, then the other group
  EXPECT_EQ(rows[0][2],
            "Someone listens (Exit interviews, 2024-03-01, 1 respondent): “She asks how my day "
            "was.” (row 14)");
  EXPECT_EQ(rows[1][2], "Books to take home: “Can I keep it?”");

  std::ifstream in(CF_TEST_DATA_DIR "/../../extension/strings/Messages_de_DE.properties",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  ScopedMessages german(std::make_shared<Messages>(Messages::parse(text.str())));
  EXPECT_EQ(statedValueText(m.customers[0].statedValues[0]),
            "Someone listens (Exit interviews, 2024-03-01, 1 befragte Person): „She asks how my "
            "day was.“ (Zeile 14)");
}

TEST(Worksheet, ListeningPlanShowsDatesAndGroupsWithNothingPlanned) {
  const WorksheetPlan plan = planWorksheet(sample());
  const auto& rows = plan.sections[3].table.rows;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"Children", "Reading circle", "Ana", "2024-06-01", "—"}));
  EXPECT_EQ(rows[1][1], "Nothing planned yet");
}

TEST(Worksheet, EmptyModelGivesEmptyTablesWithNotes) {
  const WorksheetPlan plan = planWorksheet(Model{});
  for (const WorksheetSection& s : plan.sections) {
    EXPECT_TRUE(s.table.rows.empty());
    EXPECT_FALSE(s.emptyNote.empty());
  }
}

TEST(WorksheetForm, RoundTripsAGroupThroughTheDialogFields) {
  const CustomerGroup kids = sample().customers[0];
  const GroupForm form = toForm(kids);
  EXPECT_EQ(form.assumedValues, "Quiet place | 5\nSnacks\n | 2\n");
  EXPECT_EQ(form.statedValues, "Someone listens | Exit interviews | 2024-03-01 | 1\n");
  EXPECT_EQ(form.listening, "Reading circle | Ana | 2024-06-01\n");
  Result<CustomerGroup> back = fromForm(form, kids);
  ASSERT_TRUE(back.ok()) << back.error().message;
  CustomerGroup expected = kids;
  expected.assumedValues[2].text = "";
  EXPECT_EQ(back.value(), expected);
}

TEST(WorksheetForm, KeepsUnknownFieldsOfEditedRows) {
  CustomerGroup g = sample().customers[0];
  g.extra["colour"] = "blue";
  g.assumedValues[0].extra["note"] = "from the workshop";
  GroupForm form = toForm(g);
  form.assumedValues = "Quiet room | 4\n";
  Result<CustomerGroup> back = fromForm(form, g);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value().extra["colour"], "blue");
  ASSERT_EQ(back.value().assumedValues.size(), 1u);
  EXPECT_EQ(back.value().assumedValues[0].text, "Quiet room");
  EXPECT_EQ(back.value().assumedValues[0].extra["note"], "from the workshop");
}

TEST(WorksheetForm, NamesTheFieldAndLineOfBadInput) {
  const CustomerGroup g = sample().customers[0];
  GroupForm form = toForm(g);
  form.statedValues = "Fine | Survey | 2024-01-01\n\nBad | Survey | 01/02/2024\n";
  Result<CustomerGroup> r = fromForm(form, g);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "form.bad-date");
  EXPECT_EQ(r.error().where, "Stated values, line 3");

  form = toForm(g);
  form.assumedValues = "Too important | 9";
  EXPECT_EQ(fromForm(form, g).error().code, "form.bad-importance");
  form = toForm(g);
  form.listening = "a | b | c | d | e";
  EXPECT_EQ(fromForm(form, g).error().code, "form.too-many-parts");
  form = toForm(g);
  form.name = "   ";
  EXPECT_EQ(fromForm(form, g).error().code, "form.missing-name");
  form = toForm(g);
  form.statedValues = "Said | Survey | | many";
  EXPECT_EQ(fromForm(form, g).error().code, "form.bad-respondents");
}

TEST(WorksheetForm, ListLinesForGroupsAndFindings) {
  const Model m = sample();
  EXPECT_EQ(groupListLine(m.customers[0], 0), "Children — primary, beneficiary");
  Model two = m;
  two.customers[1].role = Role::Primary;
  const std::vector<Finding> findings = checkFocus(two, "2024-01-01");
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings[0].id, "CF002");
  EXPECT_EQ(findingListLine(findings[0]).rfind("CF002  Error: ", 0), 0u);
}

TEST(Worksheet, VeryLongTextIsCutInTheCellAndKeptInTheModel) {
  Model m = sample();
  const std::string emoji = "👨‍👩‍👧";  // five code points, 18 bytes
  std::string longText;
  for (int i = 0; i < 300; ++i) longText += emoji;
  m.customers[0].name = longText;
  const WorksheetPlan plan = planWorksheet(m);
  const std::string& shown = plan.sections[0].table.rows.at(0).at(0);
  // 1,000 code points: 200 whole emoji sequences, then the ellipsis.
  EXPECT_EQ(shown, longText.substr(0, 200 * emoji.size()) + "…");
  EXPECT_EQ(m.customers[0].name, longText);
  EXPECT_EQ(shownInCell(std::string(1000, 'x')), std::string(1000, 'x'));
  EXPECT_EQ(shownInCell(std::string(1001, 'x')), std::string(1000, 'x') + "…");
}

}  // namespace
}  // namespace cf::core
