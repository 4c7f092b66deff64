// The string table: reading .properties text, placeholders, the fallback to
// the built-in en-US table, and that every shipped translation (the code's
// messages in extension/strings/ and the dialogs' strings in dialogs/) has
// exactly the keys of its en-US file, with the same placeholders.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "messages.h"

namespace cf::core {
namespace {

const std::filesystem::path kSource = std::filesystem::path(CF_TEST_DATA_DIR) / ".." / "..";

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::set<std::string> placeholders(const std::string& value) {
  std::set<std::string> out;
  // Every "{digits}" in the value.
  for (std::size_t open = value.find('{'); open != std::string::npos; open = value.find('{', open + 1)) {
    std::size_t close = open + 1;
    while (close < value.size() && value[close] >= '0' && value[close] <= '9') ++close;
    if (close > open + 1 && close < value.size() && value[close] == '}')
      out.insert(value.substr(open, close - open + 1));
  }
  return out;
}

TEST(Messages, ParsesPropertiesWithEscapesCommentsAndContinuations) {
  const Messages m = Messages::parse(
      "# a comment\n"
      "! another\n"
      "\n"
      "plain=Customer Focus\n"
      "  spaced : value with = sign  \n"
      "umlaut=Pr\\u00fcfen \\u201eja\\u201c\n"
      "utf8=Prüfen\r\n"
      "lines=one\\ntwo\\\\\n"
      "long=first \\\n"
      "     second\n"
      "emoji=\\ud83d\\ude00\n"
      "bad=\\uZZ\n");
  EXPECT_EQ(*m.find("plain"), "Customer Focus");
  EXPECT_EQ(*m.find("spaced"), "value with = sign  ");
  EXPECT_EQ(*m.find("umlaut"), "Prüfen „ja“");
  EXPECT_EQ(*m.find("utf8"), "Prüfen");
  EXPECT_EQ(*m.find("lines"), "one\ntwo\\");
  EXPECT_EQ(*m.find("long"), "first second");
  EXPECT_EQ(*m.find("emoji"), "😀");
  EXPECT_EQ(*m.find("bad"), "\\uZZ");
  EXPECT_EQ(m.find("a"), nullptr);
  EXPECT_EQ(m.size(), 8u);
}

TEST(Messages, FillsPlaceholdersInAnyOrderAndKeepsOtherBraces) {
  EXPECT_EQ(formatMessage("{1} of {0}", {"8", "3"}), "3 of 8");
  EXPECT_EQ(formatMessage("{0} and {0}", {"x"}), "x and x");
  EXPECT_EQ(formatMessage("{2} {x} {} {", {"a"}), "{2} {x} {} {");
}

TEST(Messages, CurrentTableFallsBackToEnglishThenToTheKey) {
  EXPECT_EQ(tr("report.valueMatrix.sheet"), "Value Matrix");
  {
    ScopedMessages german(
        std::make_shared<Messages>(Messages::parse("report.valueMatrix.sheet=Wertematrix\n")));
    EXPECT_EQ(tr("report.valueMatrix.sheet"), "Wertematrix");
    EXPECT_EQ(tr("report.priorities.sheet"), "Priorities");
    EXPECT_EQ(tr("no.such.key"), "no.such.key");
  }
  EXPECT_EQ(tr("report.valueMatrix.sheet"), "Value Matrix");
  EXPECT_EQ(tr("calc.error.sheetProtected", {"Data"}).rfind("The sheet \"Data\" is protected.", 0),
            0u);
}

TEST(Messages, DecimalsUseTheGivenSeparator) {
  EXPECT_EQ(formatDecimal(2.8249, 2), "2.82");
  EXPECT_EQ(formatDecimal(2.8249, 2, ","), "2,82");
  EXPECT_EQ(formatDecimal(-0.5, 1, ","), "-0,5");
  EXPECT_EQ(formatDecimal(45.4, 0, ","), "45");
  EXPECT_EQ(formatDecimal(std::nan(""), 2, ","), "–");
}

TEST(Messages, BuiltinTableIsTheShippedEnglishFile) {
  const Messages shipped =
      Messages::parse(readFile(kSource / "extension/strings/Messages_en_US.properties"));
  ASSERT_GT(shipped.size(), 100u);
  EXPECT_EQ(builtinMessages().keys(), shipped.keys());
}

// Every <name>_<lang>.properties beside <name>_en_US.properties, in both
// folders, must have the same keys and, for each key, the same placeholders.
// Dialog files are read by LibreOffice as ISO-8859-1, so they must stay ASCII
// (non-ASCII letters as \uXXXX).
TEST(Messages, EveryTranslationHasExactlyTheEnglishKeys) {
  std::size_t compared = 0;
  for (const char* folder : {"extension/strings", "dialogs"}) {
    for (const auto& entry : std::filesystem::directory_iterator(kSource / folder)) {
      const std::string file = entry.path().filename().string();
      if (entry.path().extension() != ".properties") continue;
      const std::string text = readFile(entry.path());
      if (std::string(folder) == "dialogs") {
        for (unsigned char c : text) {
          ASSERT_LT(c, 0x80u) << folder << "/" << file << " is not ASCII";
        }
      }
      const std::size_t cut = file.find('_');
      ASSERT_NE(cut, std::string::npos) << file;
      if (file.substr(cut) == "_en_US.properties") continue;
      const std::filesystem::path english =
          entry.path().parent_path() / (file.substr(0, cut) + "_en_US.properties");
      ASSERT_TRUE(std::filesystem::exists(english)) << file << " has no en_US file";
      const Messages en = Messages::parse(readFile(english));
      const Messages tr = Messages::parse(text);
      for (const std::string& key : en.keys()) {
        const std::string* value = tr.find(key);
        if (value == nullptr) {
          ADD_FAILURE() << folder << "/" << file << " lacks " << key;
          continue;
        }
        EXPECT_FALSE(value->empty()) << folder << "/" << file << ": " << key << " is empty";
        EXPECT_EQ(placeholders(*value), placeholders(*en.find(key)))
            << folder << "/" << file << ": " << key;
      }
      for (const std::string& key : tr.keys())
        EXPECT_NE(en.find(key), nullptr)
            << folder << "/" << file << " has " << key << ", which en_US lacks";
      ++compared;
    }
  }
  // The seven dialogs and the code's messages, in German at least.
  EXPECT_GE(compared, 8u);
}

}  // namespace
}  // namespace cf::core
