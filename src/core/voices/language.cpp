#include "voices/language.h"

#include <string>
#include <unordered_map>

#include "voices/stop_words.h"
#include "voices/tokenizer.h"

namespace cf::core {
namespace {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using MaskTable = std::unordered_map<std::string, unsigned, StringHash, std::equal_to<>>;

// Built once, on first use (thread-safe static initialisation); the lists are
// folded exactly as comment words are, so "für" matches "fur" and "Für".
const MaskTable& maskTable() {
  static const MaskTable table = [] {
    MaskTable t;
    for (std::size_t l = 0; l < kLanguageCount; ++l)
      for (std::string_view w : stopWords(static_cast<Language>(l))) t[foldText(w)] |= 1u << l;
    return t;
  }();
  return table;
}

}  // namespace

std::string_view languageCode(Language language) {
  switch (language) {
    case Language::English:
      return "en";
    case Language::German:
      return "de";
    case Language::French:
      return "fr";
    case Language::Spanish:
      return "es";
  }
  return "en";
}

std::optional<Language> parseLanguage(std::string_view text) {
  const std::string t = foldText(text);
  const std::string_view head = std::string_view(t).substr(0, t.find(' '));
  if (head == "en" || head == "english" || head == "englisch") return Language::English;
  if (head == "de" || head == "german" || head == "deutsch") return Language::German;
  if (head == "fr" || head == "french" || head == "francais" || head == "franzosisch")
    return Language::French;
  if (head == "es" || head == "spanish" || head == "espanol" || head == "spanisch")
    return Language::Spanish;
  return std::nullopt;
}

unsigned stopWordMask(std::string_view folded) {
  const MaskTable& t = maskTable();
  const auto it = t.find(folded);
  return it == t.end() ? 0u : it->second;
}

LanguageHits countStopWords(std::string_view text) {
  LanguageHits hits{};
  WordScanner words(text);
  for (Word w; words.next(w);) {
    const unsigned mask = stopWordMask(w.folded);
    for (std::size_t l = 0; l < kLanguageCount; ++l)
      if (mask & (1u << l)) ++hits[l];
  }
  return hits;
}

std::optional<Language> clearLanguage(const LanguageHits& hits) {
  std::size_t best = 0;
  for (std::size_t l = 1; l < kLanguageCount; ++l)
    if (hits[l] > hits[best]) best = l;
  if (hits[best] < 2) return std::nullopt;
  for (std::size_t l = 0; l < kLanguageCount; ++l)
    if (l != best && hits[l] == hits[best]) return std::nullopt;
  return static_cast<Language>(best);
}

void LanguageVotes::add(std::string_view comment) {
  const LanguageHits hits = countStopWords(comment);
  for (std::size_t l = 0; l < kLanguageCount; ++l) total_[l] += hits[l];
  if (const auto clear = clearLanguage(hits)) ++clear_[static_cast<std::size_t>(*clear)];
  ++comments_;
}

LanguagePlan LanguageVotes::decide(Language fallback) const {
  LanguagePlan plan;
  std::size_t best = static_cast<std::size_t>(fallback);
  for (std::size_t l = 0; l < kLanguageCount; ++l)
    if (total_[l] > total_[best]) best = l;
  plan.language = static_cast<Language>(best);
  std::uint32_t clearTotal = 0;
  for (std::uint32_t c : clear_) clearTotal += c;
  const std::uint32_t others = clearTotal - clear_[best];
  plan.mixed = others >= 3 && others * 10 >= clearTotal;
  return plan;
}

Language commentLanguage(const LanguagePlan& plan, const LanguageHits& hits) {
  if (!plan.mixed) return plan.language;
  if (const auto clear = clearLanguage(hits)) return *clear;
  return plan.language;
}

}  // namespace cf::core
