#include "voices/language.h"

#include <gtest/gtest.h>

#include "voices/stemmer.h"

namespace cf::core {
namespace {

TEST(Language, TellsTheFourLanguagesByTheirStopWords) {
  EXPECT_EQ(clearLanguage(countStopWords("The staff were kind and the room was clean")),
            Language::English);
  EXPECT_EQ(clearLanguage(countStopWords("Das Personal war sehr nett und die Räume sauber")),
            Language::German);
  EXPECT_EQ(clearLanguage(countStopWords("Le personnel est très gentil et les salles propres")),
            Language::French);
  EXPECT_EQ(clearLanguage(countStopWords("El personal es muy amable y las salas limpias")),
            Language::Spanish);
  // One stop word, or a tie, is not clear.
  EXPECT_EQ(clearLanguage(countStopWords("Super staff")), std::nullopt);
  EXPECT_EQ(clearLanguage(countStopWords("")), std::nullopt);
}

TEST(Language, ACommentColumnIsMixedWhenATenthUsesAnotherLanguage) {
  LanguageVotes votes;
  for (int i = 0; i < 27; ++i) votes.add("The staff were kind and the room was clean");
  for (int i = 0; i < 3; ++i) votes.add("Das Personal war sehr nett und die Räume sauber");
  LanguagePlan plan = votes.decide(Language::French);
  EXPECT_EQ(plan.language, Language::English);
  EXPECT_TRUE(plan.mixed);
  EXPECT_EQ(commentLanguage(plan, countStopWords("die Räume sind sauber und warm")),
            Language::German);
  EXPECT_EQ(commentLanguage(plan, countStopWords("Danke")), Language::English);

  LanguageVotes mostly;
  for (int i = 0; i < 40; ++i) mostly.add("The staff were kind and the room was clean");
  mostly.add("Das Personal war sehr nett und die Räume sauber");
  EXPECT_FALSE(mostly.decide(Language::English).mixed);
}

TEST(Language, AColumnWithoutStopWordsTakesTheFallback) {
  LanguageVotes votes;
  votes.add("Super");
  votes.add("Top!");
  EXPECT_EQ(votes.decide(Language::Spanish).language, Language::Spanish);
}

TEST(Language, ReadsCodesAndNames) {
  EXPECT_EQ(parseLanguage("de"), Language::German);
  EXPECT_EQ(parseLanguage("fr-FR"), Language::French);
  EXPECT_EQ(parseLanguage("Español"), Language::Spanish);
  EXPECT_EQ(parseLanguage("english"), Language::English);
  EXPECT_EQ(parseLanguage("nl"), std::nullopt);
  EXPECT_EQ(languageCode(Language::German), "de");
}

// Stems worked by hand from the Snowball algorithms' descriptions (snowballstem.org):
// "waiting" loses -ing, "generously" -ly, "wartezeiten" -en, "continuellement"
// -ement, "precios" the residual -os.
TEST(Stemmer, StemsLikeSnowball) {
  Stemmer en(Language::English);
  EXPECT_EQ(en.stem("waiting"), "wait");
  EXPECT_EQ(en.stem("generously"), "generous");
  Stemmer de(Language::German);
  EXPECT_EQ(de.stem("wartezeiten"), "wartezeit");
  Stemmer fr(Language::French);
  EXPECT_EQ(fr.stem("continuellement"), "continuel");
  Stemmer es(Language::Spanish);
  EXPECT_EQ(es.stem("precios"), "preci");
}

}  // namespace
}  // namespace cf::core
