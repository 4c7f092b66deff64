// The four comment languages, their stop words, and how a comment column's
// language is found: by how many of each language's stop words its comments
// use. A column where a tenth or more of the comments clearly use another
// language is "mixed", and each of its comments then gets its own language.
//
//   LanguageVotes votes;
//   for (auto text : firstComments) votes.add(text);
//   LanguagePlan plan = votes.decide(Language::English);
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace cf::core {

enum class Language : std::uint8_t { English, German, French, Spanish };
inline constexpr std::size_t kLanguageCount = 4;

// "en", "de", "fr", "es".
std::string_view languageCode(Language language);
// From a code or an English name ("de", "German", "deutsch", "fr-FR"); nullopt otherwise.
std::optional<Language> parseLanguage(std::string_view text);

// Bit (1 << language) is set for each language in whose stop-word list the
// folded word is ("the" → English; "a" → English, French and Spanish).
unsigned stopWordMask(std::string_view folded);

// Stop-word hits of one text, per language.
using LanguageHits = std::array<std::uint32_t, kLanguageCount>;
LanguageHits countStopWords(std::string_view text);

// The language a text clearly uses: the one with the most stop-word hits, at
// least two, and strictly more than any other. nullopt when unclear.
std::optional<Language> clearLanguage(const LanguageHits& hits);

struct LanguagePlan {
  Language language = Language::English;
  bool mixed = false;  // each comment is given its own language
};

// Gathers the evidence of a column's comments.
class LanguageVotes {
 public:
  void add(std::string_view comment);
  // The language with the most stop-word hits over all comments (`fallback`
  // when there are none), mixed when at least a tenth of the comments with a
  // clear language, and at least three, use another one.
  LanguagePlan decide(Language fallback) const;
  std::size_t comments() const { return comments_; }

 private:
  LanguageHits total_{};
  std::array<std::uint32_t, kLanguageCount> clear_{};
  std::size_t comments_ = 0;
};

// The language of one comment of a planned column: its own clear language in
// a mixed column, the column's otherwise.
Language commentLanguage(const LanguagePlan& plan, const LanguageHits& hits);

}  // namespace cf::core
