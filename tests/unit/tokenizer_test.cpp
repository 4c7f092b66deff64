#include "voices/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cf::core {
namespace {

std::vector<std::string> foldedWords(std::string_view text) {
  std::vector<std::string> out;
  WordScanner words(text);
  for (Word w; words.next(w);) out.emplace_back(w.folded);
  return out;
}

TEST(Tokenizer, FoldsCaseAndAccents) {
  EXPECT_EQ(foldText("Café"), "cafe");
  EXPECT_EQ(foldText("ÉCOLE Élève"), "ecole eleve");
  EXPECT_EQ(foldText("Straße"), "strasse");
  EXPECT_EQ(foldText("Ärzte hören"), "arzte horen");
  EXPECT_EQ(foldText("año, Niño"), "ano nino");
  // A decomposed é (e + U+0301) folds like the composed one.
  EXPECT_EQ(foldText("cafe\xCC\x81"), "cafe");
  // The ligature ﬁ (U+FB01) is two letters.
  EXPECT_EQ(foldText("\xEF\xAC\x81ne"), "fine");
}

TEST(Tokenizer, SplitsAtPunctuationApostrophesAndHyphens) {
  EXPECT_EQ(foldedWords("L'accueil, check-in: OK!"),
            (std::vector<std::string>{"l", "accueil", "check", "in", "ok"}));
  EXPECT_EQ(foldedWords("  "), std::vector<std::string>{});
  EXPECT_EQ(foldedWords("Room 12b"), (std::vector<std::string>{"room", "12b"}));
}

TEST(Tokenizer, GivesByteOffsetsOfTheOriginalText) {
  const std::string text = "Très bien";
  WordScanner words(text);
  Word w;
  ASSERT_TRUE(words.next(w));
  EXPECT_EQ(text.substr(w.begin, w.end - w.begin), "Très");
  EXPECT_TRUE(w.capitalised);
  ASSERT_TRUE(words.next(w));
  EXPECT_EQ(text.substr(w.begin, w.end - w.begin), "bien");
  EXPECT_FALSE(w.capitalised);
  EXPECT_FALSE(words.next(w));
}

TEST(Tokenizer, IllFormedBytesSeparateWords) {
  EXPECT_EQ(foldedWords("ab\xFF"
                        "cd"),
            (std::vector<std::string>{"ab", "cd"}));
}

TEST(Tokenizer, FindsTheSentenceAroundAWord) {
  const std::string text = "Great place. We waited two hours!  Staff ok.";
  EXPECT_EQ(sentenceAt(text, text.find("waited")), "We waited two hours!");
  EXPECT_EQ(sentenceAt(text, text.find("Great")), "Great place.");
  EXPECT_EQ(sentenceAt(text, text.find("Staff")), "Staff ok.");
  // A decimal point is not the end of a sentence.
  const std::string price = "It cost 3.50 euros per visit. Too much";
  EXPECT_EQ(sentenceAt(price, price.find("euros")), "It cost 3.50 euros per visit.");
  const std::string lines = "first line\nsecond line";
  EXPECT_EQ(sentenceAt(lines, lines.find("second")), "second line");
}

TEST(Tokenizer, KeepsAccentsInTheReadableLowerCase) {
  EXPECT_EQ(lowerCase("Café"), "café");
  EXPECT_EQ(lowerCase("ÜBER"), "über");
}

}  // namespace
}  // namespace cf::core
