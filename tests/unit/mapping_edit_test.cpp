#include "mapping_edit.h"

#include <gtest/gtest.h>

#include "feedback_table.h"
#include "mapping_io.h"

namespace cf::core {
namespace {

Grid smallGrid() {
  const char* headers[] = {"Group",
                           "Importance: Speed",
                           "Satisfaction: Speed",
                           "Kano functional: Wifi",
                           "Kano dysfunctional: Wifi",
                           "Comment"};
  Grid g(5, 6);
  for (std::size_t c = 0; c < 6; ++c) g.setText(0, c, headers[c]);
  const char* groups[] = {"Families", "Volunteers", " families ", "Funders"};
  for (std::size_t r = 1; r < 5; ++r) {
    g.setText(r, 0, groups[r - 1]);
    g.setNumber(r, 1, static_cast<double>(r));
    g.setNumber(r, 2, 5.0 - static_cast<double>(r));
    g.setText(r, 3, "Like");
    g.setText(r, 4, "Expect");
    g.setText(r, 5, "ok");
  }
  return g;
}

Mapping detected() {
  Result<Mapping> m = detectMapping(smallGrid(), {.notApplicable = {0}});
  EXPECT_TRUE(m.ok());
  return m.value();
}

TEST(MappingEdit, FormShowsEveryColumnAndTheGroupsOfTheTable) {
  Mapping m = detected();
  m.groupRoles = {{"Volunteers", Role::Supporting}, {"Board", Role::Primary}};
  const MappingForm form = toMappingForm(m, groupNamesInTable(m, smallGrid()));
  ASSERT_EQ(form.columns.size(), 6u);
  EXPECT_EQ(form.columns[1].kind, ColumnKind::Importance);
  EXPECT_EQ(form.columns[1].attribute, "Speed");
  EXPECT_EQ(form.columns[1].scaleMin, "1");
  EXPECT_EQ(form.columns[1].scaleMax, "5");
  EXPECT_EQ(columnLine(form.columns[1]), "B  Importance: Speed");
  EXPECT_EQ(columnLine(form.columns[1], 2), "D  Importance: Speed");
  // " families " is the same group as "Families"; Board has a role but no rows.
  ASSERT_EQ(form.groups.size(), 4u);
  EXPECT_EQ(form.groups[0].name, "Families");
  EXPECT_EQ(form.groups[0].role, Role::Unknown);
  EXPECT_EQ(form.groups[1].role, Role::Supporting);
  EXPECT_EQ(form.groups[3].name, "Board");
  EXPECT_EQ(form.notApplicable, "0; n/a; na; not applicable");
}

TEST(MappingEdit, UntouchedFormGivesTheSameMappingBackAndSure) {
  Mapping m = detected();
  m.sure = false;
  m.doubts = {"column F (Comment) is unclear"};
  m.minN = 8;
  const Result<Mapping> back =
      fromMappingForm(toMappingForm(m, groupNamesInTable(m, smallGrid())), m);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_TRUE(back.value().sure);
  EXPECT_TRUE(back.value().doubts.empty());
  EXPECT_EQ(back.value().minN, 8u);
  m.sure = true;
  m.doubts.clear();
  EXPECT_EQ(serializeMapping(back.value()), serializeMapping(m));
}

TEST(MappingEdit, EditsOfKindAttributeScaleRolesAndCodesAreKept) {
  const Mapping m = detected();
  MappingForm form = toMappingForm(m, groupNamesInTable(m, smallGrid()));
  form.columns[2].attribute = " Quickness ";
  form.columns[1].attribute = "quickness";
  form.columns[1].scaleMin = "0";
  form.columns[1].scaleMax = "+10";
  form.columns[5].kind = ColumnKind::Ignore;
  form.groups[0].role = Role::Primary;
  form.groups[1].role = Role::Supporting;
  form.notApplicable = " 99 ;n/a;; 0 ";
  const Result<Mapping> r = fromMappingForm(form, m);
  ASSERT_TRUE(r.ok()) << r.error().message;
  const Mapping& e = r.value();
  EXPECT_EQ(e.columns[2].attribute, "Quickness");
  EXPECT_DOUBLE_EQ(e.columns[1].scale.min, 0);
  EXPECT_DOUBLE_EQ(e.columns[1].scale.max, 10);
  EXPECT_EQ(e.columns[5].kind, ColumnKind::Ignore);
  EXPECT_EQ(e.groupRoles, (std::map<std::string, Role>{{"Families", Role::Primary},
                                                       {"Volunteers", Role::Supporting}}));
  EXPECT_EQ(e.notApplicable, (std::vector<double>{99, 0}));
  EXPECT_EQ(e.notApplicableText, (std::vector<std::string>{"n/a"}));
}

TEST(MappingEdit, SettingAGroupBackToUnknownDropsItsRole) {
  Mapping m = detected();
  m.groupRoles = {{"families", Role::Primary}, {"Elsewhere", Role::Supporting}};
  MappingForm form = toMappingForm(m, groupNamesInTable(m, smallGrid()));
  ASSERT_EQ(form.groups[0].role, Role::Primary);
  form.groups[0].role = Role::Unknown;
  const Result<Mapping> r = fromMappingForm(form, m);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().groupRoles, (std::map<std::string, Role>{{"Elsewhere", Role::Supporting}}));
}

struct BadEdit {
  const char* code;
  const char* where;
  const char* message;
  void (*edit)(MappingForm&);
};

TEST(MappingEdit, BadEditsAreRefusedNamingTheColumn) {
  const BadEdit cases[] = {
      {"mapping-form.missing-attribute", "column C",
       "Give column C (Satisfaction: Speed) an attribute name, such as \"Wait time\": importance, "
       "satisfaction "
       "and Kano columns say which attribute they are about.",
       [](MappingForm& f) { f.columns[2].attribute = "  "; }},
      {"mapping-form.bad-scale", "column B",
       "The scale of column B (Importance: Speed) needs two numbers, the lowest answer below the "
       "highest (such "
       "as 1 and 5); it is \"5\" to \"1\".",
       [](MappingForm& f) { f.columns[1].scaleMin = "5", f.columns[1].scaleMax = "1"; }},
      {"mapping-form.bad-scale", "column B", nullptr,
       [](MappingForm& f) { f.columns[1].scaleMax = "five"; }},
      {"mapping-form.duplicate-kind", "column F",
       "Both column A (Group) and column F (Comment) are marked as the customer group: choose one "
       "and set the "
       "other to Ignore.",
       [](MappingForm& f) { f.columns[5].kind = ColumnKind::Group; }},
      {"mapping-form.unpaired-kano", "column D",
       "column D (Kano functional: Wifi) asks the Kano question with \"Wifi\", but no column asks "
       "it without "
       "it: mark the other half, or set this column to Ignore.",
       [](MappingForm& f) { f.columns[4].kind = ColumnKind::Ignore; }},
      {"mapping-form.bad-label", "column C",
       "The answer label \"Delighted = 6\" of column C (Satisfaction: Speed) needs the form "
       "\"label = number\", the number from 1 to 5, or \"label = n/a\" for an answer that counts "
       "as not applicable.",
       [](MappingForm& f) { f.columns[2].labels = "Happy = 4\nDelighted = 6"; }},
      {"mapping-form.bad-label", "column B", nullptr,
       [](MappingForm& f) { f.columns[1].labels = "Very important"; }},
      {"mapping-form.bad-label", "column B", nullptr,
       [](MappingForm& f) { f.columns[1].labels = " = 3"; }},
      {"mapping-form.nothing-measured", "columns", nullptr,
       [](MappingForm& f) {
         for (std::size_t c = 1; c < 5; ++c) f.columns[c].kind = ColumnKind::Comment;
       }},
  };
  const Mapping m = detected();
  for (const BadEdit& bad : cases) {
    MappingForm form = toMappingForm(m, {});
    bad.edit(form);
    const Result<Mapping> r = fromMappingForm(form, m);
    ASSERT_FALSE(r.ok()) << bad.code;
    EXPECT_EQ(r.error().code, bad.code);
    EXPECT_EQ(r.error().where, bad.where) << bad.code;
    if (bad.message != nullptr) {
      EXPECT_EQ(r.error().message, bad.message);
    }
  }
}

// The labels of an item answered in words are shown one per line and read
// back as typed: changed, added, marked not applicable, or all removed.
TEST(MappingEdit, AnswerLabelsAreShownAndEdited) {
  Mapping m = detected();
  m.columns[2].labels = {{"Very satisfied", 5}, {"Don't know", 0, true}, {"Not satisfied", 1}};
  MappingForm form = toMappingForm(m, {});
  EXPECT_EQ(form.columns[2].labels, "Not satisfied = 1\nVery satisfied = 5\nDon't know = n/a");
  EXPECT_EQ(form.columns[1].labels, "");

  Result<Mapping> same = fromMappingForm(form, m);
  ASSERT_TRUE(same.ok()) << same.error().message;
  ASSERT_EQ(same.value().columns[2].labels.size(), 3u);
  EXPECT_TRUE(same.value().columns[2].labels[2].notApplicable);

  form.columns[2].labels = "Not satisfied = 1\n\n  Satisfied = 4 \nVery satisfied = 5\nSo-so = 2.5\n"
                           "Not applicable = N/A\nA = B = 3";
  Result<Mapping> edited = fromMappingForm(form, m);
  ASSERT_TRUE(edited.ok()) << edited.error().message;
  const std::vector<ValueLabel>& labels = edited.value().columns[2].labels;
  ASSERT_EQ(labels.size(), 6u);
  EXPECT_EQ(labels[1].text, "Satisfied");
  EXPECT_EQ(labels[1].value, 4.0);
  EXPECT_EQ(labels[3].value, 2.5);
  EXPECT_TRUE(labels[4].notApplicable);
  EXPECT_EQ(labels[5].text, "A = B");  // the last "=" divides
  EXPECT_EQ(labels[5].value, 3.0);

  form.columns[2].labels = " \n";
  Result<Mapping> numbers = fromMappingForm(form, m);
  ASSERT_TRUE(numbers.ok());
  EXPECT_TRUE(numbers.value().columns[2].labels.empty());
}

TEST(MappingEdit, TwoLabelOutcomeKeepsItsLabelsAndNeedsNoScale) {
  Mapping m = detected();
  m.columns[5].kind = ColumnKind::Outcome;
  m.columns[5].negativeLabel = "no";
  m.columns[5].positiveLabel = "ok";
  MappingForm form = toMappingForm(m, {});
  form.columns[5].scaleMin = "";
  const Result<Mapping> r = fromMappingForm(form, m);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.value().columns[5].positiveLabel, "ok");
  // Changed to another kind, the labels go.
  form.columns[5].kind = ColumnKind::Comment;
  EXPECT_TRUE(fromMappingForm(form, m).value().columns[5].positiveLabel.empty());
}

TEST(MappingEdit, NoGroupColumnMeansNoGroupsFromTheTable) {
  Mapping m = detected();
  m.columns[0].kind = ColumnKind::Ignore;
  EXPECT_TRUE(groupNamesInTable(m, smallGrid()).empty());
  EXPECT_EQ(groupNamesInTable(detected(), smallGrid(), 2),
            (std::vector<std::string>{"Families", "Volunteers"}));
}

TEST(MappingEdit, ChoosingThePrimaryMakesEveryOtherGroupSupporting) {
  MappingForm form;
  form.groups = {
      {"Students", Role::Unknown}, {"Parents", Role::Primary}, {"Tutors", Role::Unknown}};
  EXPECT_EQ(primaryGroup(form), std::optional<std::size_t>(1));
  choosePrimary(form, 0);
  EXPECT_EQ(form.groups[0].role, Role::Primary);
  EXPECT_EQ(form.groups[1].role, Role::Supporting);
  EXPECT_EQ(form.groups[2].role, Role::Supporting);
  EXPECT_EQ(primaryGroup(form), std::optional<std::size_t>(0));

  choosePrimary(form, std::nullopt);  // "none": the others keep their roles
  EXPECT_EQ(form.groups[0].role, Role::Unknown);
  EXPECT_EQ(form.groups[1].role, Role::Supporting);
  EXPECT_FALSE(primaryGroup(form).has_value());

  choosePrimary(form, 7);  // past the groups: nothing changes
  EXPECT_EQ(form.groups[1].role, Role::Supporting);
}

}  // namespace
}  // namespace cf::core
