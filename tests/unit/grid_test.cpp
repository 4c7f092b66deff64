#include "grid.h"
#include "survey.h"
#include "text.h"

#include <gtest/gtest.h>

namespace cf::core {
namespace {

TEST(Grid, KeepsNumbersTextAndBlanksApart) {
  Grid g(2, 2);
  g.setText(0, 0, "Group");
  g.setText(0, 1, "");
  g.setNumber(1, 0, 4.5);
  EXPECT_TRUE(g.at(0, 0).isText());
  EXPECT_EQ(g.at(0, 0).text, "Group");
  EXPECT_TRUE(g.at(0, 1).isText());
  EXPECT_EQ(g.at(0, 1).text, "");
  EXPECT_TRUE(g.at(1, 0).isNumber());
  EXPECT_EQ(g.at(1, 0).number, 4.5);
  EXPECT_TRUE(g.at(1, 1).isEmpty());
}

TEST(Grid, ColumnNamesAreTheLettersUsersSee) {
  EXPECT_EQ(columnName(0), "A");
  EXPECT_EQ(columnName(25), "Z");
  EXPECT_EQ(columnName(26), "AA");
  EXPECT_EQ(columnName(701), "ZZ");
  EXPECT_EQ(columnName(702), "AAA");
  EXPECT_EQ(columnName(16383), "XFD");  // Calc's last column in 7.4's large sheets
}

TEST(Text, TrimsSpacesAndNoBreakSpaces) {
  EXPECT_EQ(trim("  Role \t"), "Role");
  EXPECT_EQ(trim("\xC2\xA0Role\xC2\xA0"), "Role");
  EXPECT_EQ(trim("   "), "");
}

TEST(Text, FoldsAsciiCaseAndKeepsUtf8) {
  EXPECT_EQ(foldCase("Importance: Wait TIME"), "importance: wait time");
  EXPECT_EQ(foldCase("Zufriedenheit: Öffnungszeiten"), "zufriedenheit: Öffnungszeiten");
}

TEST(Text, ReplacesIllFormedUtf8) {
  EXPECT_TRUE(isValidUtf8("caf\xC3\xA9"));
  EXPECT_FALSE(isValidUtf8("caf\xE9"));
  EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));  // a UTF-16 surrogate
  EXPECT_FALSE(isValidUtf8("\xC0\xAF"));      // an overlong '/'
  EXPECT_EQ(sanitizeUtf8("caf\xE9!"), "caf\xEF\xBF\xBD!");
}

TEST(Role, ParsesTheWordsUsersType) {
  EXPECT_EQ(parseRole(" Primary "), Role::Primary);
  EXPECT_EQ(parseRole("SUPPORTING"), Role::Supporting);
  EXPECT_EQ(parseRole("main"), Role::Unknown);
  EXPECT_EQ(roleName(Role::Supporting), "supporting");
}

}  // namespace
}  // namespace cf::core
