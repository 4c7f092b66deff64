// The words detection reads in headers and answers, in English, German,
// French and Spanish: what a question measures, whether it asks who the
// respondent is or how satisfied they are overall, and which answers mean
// "not applicable". Each language is a few entries in words.cpp.
// Internal to src/core/table.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cf::core::detail {

// Lower case, accents off the Latin letters ("Très" → "tres", "ß" → "ss"),
// typographic apostrophes and non-breaking spaces as plain ones. For matching
// words only: never shown.
std::string foldWords(std::string_view text);

// True when `stem` starts a word of `folded` ("importan" in "how important").
bool hasStem(std::string_view folded, std::string_view stem);

enum class Measure : std::uint8_t {
  None,
  Importance,
  Satisfaction,
  Agreement,
  Likelihood,
  Frequency
};

// What a question's (folded) words say it measures; None when they say nothing.
Measure measureOfWords(std::string_view folded);
// "recommend", "empfehlen", "recommander", "recomendar".
bool asksRecommend(std::string_view folded);
// "overall", "insgesamt", "dans l'ensemble", "en general" …
bool asksOverall(std::string_view folded);
// Whether the header asks who the respondent is: "I am a", "describes you",
// "role", "type of", "Gruppe", "Groupe", "grupo" …
bool asksWhoYouAre(std::string_view folded);
// Whether the header asks for the respondent's own words: "Anything else…",
// "Do you have any other comments?", "Why…", "Anmerkungen", "Commentaires",
// "Sugerencias" …
bool asksForComments(std::string_view folded);
// "N/A", "Don't know", "Prefer not to say", "weiß nicht", "ne sais pas",
// "no sé" … (folded with foldWords).
bool isNotApplicableWord(std::string_view folded);
// Whether a whole header (folded with foldWords, trimmed) names the survey
// wave a row belongs to: "wave", "round", "year", "term", "quarter",
// "period", "welle", "runde", "jahr", "vague", "annee", "ola", "ano" …, also
// after "survey " ("Survey round").
bool isWaveWord(std::string_view folded);

}  // namespace cf::core::detail
