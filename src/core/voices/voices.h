// In their own words: the comments of a feedback table read against a
// codebook, per customer group. For each theme and group: how many
// commenters mention it (with a Wilson interval), how their overall
// satisfaction differs from the other commenters' (Welch interval), and up to
// three quotes, masked. Without a codebook: each group's most distinctive
// words and two-word phrases against the rest (log_odds.h). And for rated
// attributes: how many comments mention each one, with a quote.
//
// The analysis is fed row by row and keeps only counts, the first rows until
// each comment column's language is known, and the few quotes it may show:
//
//   VoicesAnalyzer voices(codebook, /*commentColumns=*/1, {.minN = 5, .attributes = names});
//   for (each respondent) {
//     std::string_view comments[] = {commentCell};
//     voices.add({.group = group, .overall = overall, .comments = comments, .name = name, .row =
//     row});
//   }
//   VoicesResult result = voices.finish();
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stats.h"
#include "voices/codebook.h"
#include "voices/language.h"

namespace cf::core {

struct VoicesOptions {
  // Groups with fewer commenters show no counts, shares, means or quotes.
  std::size_t minN = 5;
  // The comments' language (cfocus --comment-language); detected per column when unset.
  std::optional<Language> language;
  // The language of a column whose comments hold no stop word at all.
  Language fallbackLanguage = Language::English;
  // Rows looked at before a column's language is decided.
  std::size_t languageSample = 500;
  std::size_t maxQuotes = 3;
  // A longer sentence is cut at a word boundary and ends in "…".
  std::size_t maxQuoteBytes = 300;
  // Distinctive terms: at most this many per group, each used at least
  // minTermCount times in the group, with z of at least minZ; α0 of the prior.
  std::size_t termsPerGroup = 10;
  std::size_t minTermCount = 3;
  double minZ = 1.96;
  double priorTotal = 500.0;
  // The groups in the order the results list them (after All); a group not
  // listed here is added after them when its first row comes.
  std::vector<std::string> groups;
  // Groups beyond this many (after All) count under All only, as in the
  // analysis (AnalysisOptions::maxGroups).
  std::size_t maxGroups = 1000;
  // Names of the rated attributes whose mentions are counted.
  std::vector<std::string> attributes;
};

// One respondent.
struct VoicesRow {
  std::string_view group;                      // "" when the row has none: it counts only under All
  double overall = kNotComputable;             // overall satisfaction; NaN when missing
  std::span<const std::string_view> comments;  // one text per comment column, "" when blank
  std::string_view name;  // from the table's name column; masked in every quote
  std::size_t row = 0;    // the row in the sheet, shown with a quote
};

struct VoiceQuote {
  std::string group;
  std::size_t row = 0;
  std::string text;  // the sentence, verbatim but masked
};

struct ThemeGroupStats {
  std::string group;
  std::uint64_t commenters = 0;  // respondents of the group with a comment
  bool suppressed = false;       // commenters < minN: no figure below is shown
  ProportionEstimate share;      // k = commenters who mention the theme
  // Mean overall satisfaction of the commenters who mention the theme and of
  // those who do not; NaN when that side has fewer than minN people.
  double overallWith = kNotComputable;
  double overallWithout = kNotComputable;
  MeanDifference difference;  // with − without, Welch 95%
};

struct ThemeResult {
  CodebookTheme theme;
  std::vector<ThemeGroupStats> byGroup;  // All first, then the groups as they came
  std::vector<VoiceQuote> quotes;        // up to maxQuotes per group at or above minN
};

struct DistinctiveTerm {
  std::string group;
  std::string term;         // a word or a two-word phrase, as commenters wrote it most often
  std::uint64_t count = 0;  // uses in the group
  double logOdds = 0;
  double z = 0;
};

struct AttributeMentionStats {
  std::string group;
  std::uint64_t commenters = 0;
  bool suppressed = false;
  std::uint64_t count = 0;  // commenters who mention the attribute
  std::optional<VoiceQuote> quote;
};

struct AttributeMentions {
  std::string attribute;
  std::vector<std::string> words;   // the attribute's own words that are looked for
  std::vector<std::string> themes;  // codebook themes tied to the attribute
  std::vector<AttributeMentionStats> byGroup;
};

struct CommentColumnLanguage {
  Language language = Language::English;
  bool mixed = false;
  bool detected = true;  // false when options.language set it
};

struct VoicesResult {
  std::vector<ThemeResult> themes;
  std::vector<DistinctiveTerm> distinctiveTerms;  // by group, highest z first
  std::vector<AttributeMentions> attributes;
  std::vector<CommentColumnLanguage> columns;
  std::uint64_t commenters = 0;
};

class VoicesAnalyzer {
 public:
  // `codebook` may be empty (only distinctive terms and attributes then).
  VoicesAnalyzer(const Codebook& codebook, std::size_t commentColumns, VoicesOptions options);
  ~VoicesAnalyzer();
  VoicesAnalyzer(VoicesAnalyzer&&) noexcept;
  VoicesAnalyzer& operator=(VoicesAnalyzer&&) noexcept;

  // Comments beyond commentColumns are ignored; text that is not UTF-8 is
  // read with its bad bytes as word separators.
  void add(const VoicesRow& row);
  VoicesResult finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Candidate codebook rows from the distinctive terms: one theme per term
// (its name and keyword the term), marked "suggested", in order of z, each term once.
Codebook suggestCodebook(const VoicesResult& result, std::size_t maxThemes = 20);

}  // namespace cf::core
