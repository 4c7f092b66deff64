#include "text_file.h"

#include <gtest/gtest.h>

#include <string>

using namespace cf::core;

TEST(TextFile, PlainAsciiIsUtf8WithCommas) {
  const TextFileShape s = sniffTextFile("Group,Importance: Speed\nStudents,4\n");
  EXPECT_EQ(s.encoding, TextEncoding::Utf8);
  EXPECT_EQ(s.separator, ',');
  EXPECT_FALSE(s.decimalComma);
}

TEST(TextFile, ByteOrderMarkIsSeen) {
  const TextFileShape s = sniffTextFile("\xEF\xBB\xBFQualit\xC3\xA9;Gruppe\n4;A\n");
  EXPECT_EQ(s.encoding, TextEncoding::Utf8Bom);
  EXPECT_EQ(s.separator, ';');
}

TEST(TextFile, Windows1252WhenTheBytesAreNotUtf8) {
  // "Qualité du tutorat" written by Excel on Windows: é is the single byte E9.
  const TextFileShape s = sniffTextFile("Groupe;Qualit\xE9 du tutorat\n\xC9l\xE8ve;4\n");
  EXPECT_EQ(s.encoding, TextEncoding::Windows1252);
  EXPECT_EQ(s.separator, ';');
}

TEST(TextFile, OverlongAndSurrogateSequencesAreNotUtf8) {
  EXPECT_EQ(sniffTextFile("a,\xC0\xAF\n").encoding, TextEncoding::Windows1252);      // overlong '/'
  EXPECT_EQ(sniffTextFile("a,\xED\xA0\x80\n").encoding, TextEncoding::Windows1252);  // U+D800
  EXPECT_EQ(sniffTextFile("a,\xE2\x82\xAC\n").encoding, TextEncoding::Utf8);         // €
}

TEST(TextFile, ACharacterCutAtTheEndOfTheSampleStillCountsAsUtf8) {
  const std::string whole = "Name,Caf\xC3\xA9";
  EXPECT_EQ(sniffTextFile(whole.substr(0, whole.size() - 1)).encoding, TextEncoding::Utf8);
  // …but a lead byte followed by a non-continuation byte does not.
  EXPECT_EQ(sniffTextFile("Name,Caf\xC3z").encoding, TextEncoding::Windows1252);
}

TEST(TextFile, SeparatorIsTheMostFrequentOutsideQuotes) {
  EXPECT_EQ(sniffTextFile("\"a;b;c;d\",x,y\n").separator, ',');
  EXPECT_EQ(sniffTextFile("a\tb\tc\n1\t2\t3\n").separator, '\t');
  EXPECT_EQ(sniffTextFile("a|b|c\n").separator, '|');
  EXPECT_EQ(sniffTextFile("single column\n1\n").separator, ',');
}

TEST(TextFile, QuotedHeaderWithLineBreaksIsOneRecord) {
  // A Qualtrics-style question text that spans lines, then a ';' table.
  const TextFileShape s = sniffTextFile("\"How satisfied,\nall in all?\";Group;Score\n3,5;A;4\n");
  EXPECT_EQ(s.separator, ';');
  EXPECT_TRUE(s.decimalComma);
}

TEST(TextFile, DecimalCommasWithSemicolons) {
  const TextFileShape s =
      sniffTextFile("Gruppe;Wichtigkeit;Zufriedenheit\nA;3,5;4\nB;\"4,25\";-1,5\n");
  EXPECT_EQ(s.separator, ';');
  EXPECT_TRUE(s.decimalComma);
}

TEST(TextFile, DecimalPointsWithSemicolonsAreNotCommas) {
  EXPECT_FALSE(sniffTextFile("Group;Score\nA;3.5\nB;4.25\nC;1,5\n").decimalComma);
  EXPECT_FALSE(
      sniffTextFile("Group;Score\nA;3\nB;4\n").decimalComma);  // whole numbers: no sign either way
}

TEST(TextFile, CommaSeparatedFilesNeverHaveDecimalCommas) {
  EXPECT_FALSE(sniffTextFile("Group,Score\nA,\"3,5\"\n").decimalComma);
}
