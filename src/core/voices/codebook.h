// A codebook: the themes a person looks for in comments, each with its
// keywords or phrases and, optionally, the attribute (a rated item) it
// belongs to. It comes from a `Themes` sheet, a CSV file or JSON
// (codebook_io.h), or from suggested terms.
//
// Keywords match case-, accent- and inflection-insensitively: "Wait*" finds
// "waiting", "Wartezeit" finds "Wartezeiten", and a phrase ("front desk")
// matches the same words in a row.
#pragma once

#include <string>
#include <vector>

namespace cf::core {

struct CodebookTheme {
  std::string name;
  std::vector<std::string> keywords;  // words or phrases; a trailing * matches any ending
  std::string attribute;              // "" when the theme belongs to no attribute
  std::string source = "codebook";    // "codebook" or "suggested"
};

struct Codebook {
  std::vector<CodebookTheme> themes;
};

}  // namespace cf::core
