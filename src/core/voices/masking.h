// Masking of personal data in a quote before anybody sees it: e-mail
// addresses, URLs, phone numbers, and the names of people from the table's
// name column. What is masked is replaced by a bracketed label, so a reader
// sees that something was there.
//
//   NameList names;
//   names.add("Anna Schmidt");
//   maskPersonalData("Anna Schmidt (anna@example.org) was great", names)
//     == "[name] ([email]) was great"
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace cf::core {

inline constexpr std::string_view kMaskedEmail = "[email]";
inline constexpr std::string_view kMaskedUrl = "[link]";
inline constexpr std::string_view kMaskedPhone = "[phone]";
inline constexpr std::string_view kMaskedName = "[name]";

// The names to mask, compared folded (case and accents do not matter). A full
// name is masked wherever its words stand in a row; each of its words of two
// or more letters is masked alone where it is written with a capital, so
// "Will" is masked in "Will helped me" and not in "I will come back".
class NameList {
 public:
  void add(std::string_view fullName);
  bool empty() const { return parts_.empty(); }

  // Internal to masking: the folded words of full names and single parts.
  const std::vector<std::vector<std::string>>& fullNames() const { return fullNames_; }
  bool isPart(std::string_view folded) const { return parts_.count(std::string(folded)) > 0; }

 private:
  std::vector<std::vector<std::string>> fullNames_;
  std::unordered_set<std::string> seen_;
  std::unordered_set<std::string> parts_;
};

// `text` with e-mail addresses, URLs (with a scheme, www., or a bare domain
// with a common ending such as .org), phone numbers (7 to 15 digits, with an
// optional +, spaces, dots, dashes, slashes or brackets; a date such as
// 12.03.2024 is not a phone number) and names masked. Other text is kept byte
// for byte.
std::string maskPersonalData(std::string_view text, const NameList& names);

}  // namespace cf::core
