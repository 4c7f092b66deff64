#include "voices/masking.h"

#include <algorithm>
#include <array>

#include "voices/tokenizer.h"

// The scanners are written by hand rather than with std::regex: regex is slow
// and its backtracking on a long run of digits or dots is unbounded, and
// quotes come from anybody's free text.

namespace cf::core {
namespace {

struct Span {
  std::size_t begin;
  std::size_t end;
  std::string_view label;
};

bool isAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHigh(char c) {
  return static_cast<unsigned char>(c) >= 0x80;
}  // part of a non-ASCII character

bool isEmailLocal(char c) {
  return isAsciiAlnum(c) || isHigh(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' ||
         c == '\'';
}
bool isDomainChar(char c) { return isAsciiAlnum(c) || isHigh(c) || c == '.' || c == '-'; }
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Punctuation that ends a sentence rather than a URL or an address.
std::size_t trimTrailing(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin) {
    const char c = text[end - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
        c == ']' || c == '"' || c == '\'' || c == '-')
      --end;
    else
      break;
  }
  return end;
}

void findEmails(std::string_view text, std::vector<Span>& out) {
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && isEmailLocal(text[begin - 1])) --begin;
    while (begin < at && text[begin] == '.') ++begin;
    std::size_t end = at + 1;
    while (end < text.size() && isDomainChar(text[end])) ++end;
    end = trimTrailing(text, at + 1, end);
    const std::string_view domain = text.substr(at + 1, end - at - 1);
    const std::size_t dot = domain.rfind('.');
    if (begin == at || dot == std::string_view::npos || dot == 0 || dot + 1 == domain.size())
      continue;
    out.push_back({begin, end, kMaskedEmail});
  }
}

bool startsWithNoCase(std::string_view text, std::size_t pos, std::string_view prefix) {
  if (text.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

bool isUrlChar(char c) { return !isSpace(c) && c != '<' && c != '>' && c != '"' && c != '\0'; }

// Endings of bare domains that are masked without a scheme ("ourcharity.org").
bool isCommonTld(std::string_view tld) {
  static constexpr std::array<std::string_view, 24> kTlds = {
      "com", "org", "net", "edu", "gov", "info", "io", "eu", "de", "at", "ch", "fr",
      "es",  "it",  "nl",  "be",  "uk",  "us",   "ca", "au", "mx", "ar", "ly", "me"};
  std::string lower(tld);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return std::find(kTlds.begin(), kTlds.end(), lower) != kTlds.end();
}

void findUrls(std::string_view text, std::vector<Span>& out) {
  std::size_t i = 0;
  while (i < text.size()) {
    const bool boundary = i == 0 || !(isAsciiAlnum(text[i - 1]) || isHigh(text[i - 1]) ||
                                      text[i - 1] == '@' || text[i - 1] == '.');
    if (boundary && (startsWithNoCase(text, i, "http://") ||
                     startsWithNoCase(text, i, "https://") || startsWithNoCase(text, i, "www."))) {
      std::size_t end = i;
      while (end < text.size() && isUrlChar(text[end])) ++end;
      end = trimTrailing(text, i, end);
      out.push_back({i, end, kMaskedUrl});
      i = end;
      continue;
    }
    if (boundary && isAsciiAlnum(text[i])) {
      // A bare domain: labels of letters, digits and dashes joined by dots,
      // the last one a common ending, then an optional path.
      std::size_t end = i;
      while (end < text.size() && (isAsciiAlnum(text[end]) || text[end] == '-' || text[end] == '.'))
        ++end;
      const std::size_t hostEnd = trimTrailing(text, i, end);
      const std::string_view host = text.substr(i, hostEnd - i);
      const std::size_t dot = host.rfind('.');
      const bool atEmail = hostEnd < text.size() && text[hostEnd] == '@';
      if (!atEmail && dot != std::string_view::npos && dot > 0 &&
          isCommonTld(host.substr(dot + 1)) && host.find("..") == std::string_view::npos &&
          !isDigit(host[0])) {
        std::size_t urlEnd = hostEnd;
        if (urlEnd < text.size() && text[urlEnd] == '/') {
          while (urlEnd < text.size() && isUrlChar(text[urlEnd])) ++urlEnd;
          urlEnd = trimTrailing(text, hostEnd, urlEnd);
        }
        out.push_back({i, urlEnd, kMaskedUrl});
        i = urlEnd;
        continue;
      }
      i = std::max(end, i + 1);
      continue;
    }
    ++i;
  }
}

// d.d.d with one or two digits, one or two, and two or four (12.03.2024,
// 1/2/24, 2024-03-15): dates look like phone numbers but are not.
bool looksLikeDate(std::string_view run) {
  std::vector<std::size_t> groups;
  std::size_t len = 0;
  char separator = 0;
  for (char c : run) {
    if (isDigit(c)) {
      ++len;
      continue;
    }
    if (c != '.' && c != '/' && c != '-') return false;
    if (separator != 0 && c != separator) return false;
    separator = c;
    groups.push_back(len);
    len = 0;
  }
  groups.push_back(len);
  if (groups.size() == 2) return groups[0] == 4 && groups[1] == 4;  // a range of years, 2019-2024
  if (groups.size() != 3) return false;
  const bool dayFirst = groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 2 || groups[2] == 4);
  const bool yearFirst = groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2;
  return dayFirst || yearFirst;
}

void findPhones(std::string_view text, std::vector<Span>& out) {
  std::size_t i = 0;
  while (i < text.size()) {
    const bool startChar =
        isDigit(text[i]) || ((text[i] == '+' || text[i] == '(') && i + 1 < text.size() &&
                             (isDigit(text[i + 1]) || text[i + 1] == '+'));
    const bool boundary = i == 0 || !(isAsciiAlnum(text[i - 1]) || isHigh(text[i - 1]));
    if (!startChar || !boundary) {
      ++i;
      continue;
    }
    // Digits with single separators between them; brackets may enclose a group.
    std::size_t end = i;
    std::size_t lastDigitEnd = i;
    std::size_t digits = 0;
    bool previousSeparator = false;
    while (end < text.size()) {
      const char c = text[end];
      if (isDigit(c)) {
        ++digits;
        ++end;
        lastDigitEnd = end;
        previousSeparator = false;
      } else if ((c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')' ||
                  c == '+') &&
                 !(previousSeparator && c != '(' && c != ')')) {
        previousSeparator = c != ')';
        ++end;
      } else {
        break;
      }
    }
    const bool wordFollows = lastDigitEnd < text.size() &&
                             (isAsciiAlnum(text[lastDigitEnd]) || isHigh(text[lastDigitEnd]));
    std::size_t begin = i;
    std::string_view run = text.substr(begin, lastDigitEnd - begin);
    if (digits >= 7 && digits <= 15 && !wordFollows && !looksLikeDate(run)) {
      // A closing bracket right after the last digit belongs to the number only if one opened.
      out.push_back({begin, lastDigitEnd, kMaskedPhone});
    }
    i = std::max(lastDigitEnd, i + 1);
  }
}

void findNames(std::string_view text, const NameList& names, std::vector<Span>& out) {
  if (names.empty()) return;
  struct Token {
    std::size_t begin, end;
    std::string folded;
    bool capitalised;
  };
  std::vector<Token> tokens;
  WordScanner words(text);
  for (Word w; words.next(w);)
    tokens.push_back({w.begin, w.end, std::string(w.folded), w.capitalised});
  std::size_t i = 0;
  while (i < tokens.size()) {
    std::size_t longest = 0;
    for (const auto& full : names.fullNames()) {
      if (full.size() < 2 || full.size() <= longest || i + full.size() > tokens.size()) continue;
      bool match = true;
      for (std::size_t k = 0; k < full.size() && match; ++k)
        match = tokens[i + k].folded == full[k];
      if (match) longest = full.size();
    }
    if (longest > 0) {
      out.push_back({tokens[i].begin, tokens[i + longest - 1].end, kMaskedName});
      i += longest;
      continue;
    }
    if (tokens[i].capitalised && names.isPart(tokens[i].folded))
      out.push_back({tokens[i].begin, tokens[i].end, kMaskedName});
    ++i;
  }
}

}  // namespace

void NameList::add(std::string_view fullName) {
  std::vector<std::string> words;
  WordScanner scanner(fullName);
  for (Word w; scanner.next(w);)
    if (w.hasLetter) words.emplace_back(w.folded);
  if (words.empty()) return;
  std::string key;
  for (const std::string& w : words) key += w + ' ';
  if (!seen_.insert(key).second) return;
  for (const std::string& w : words)
    if (w.size() >= 2) parts_.insert(w);
  fullNames_.push_back(std::move(words));
}

std::string maskPersonalData(std::string_view text, const NameList& names) {
  std::vector<Span> spans;
  findEmails(text, spans);
  findUrls(text, spans);
  findPhones(text, spans);
  findNames(text, names, spans);
  // Earlier and longer spans win; a span inside or across one already taken
  // is dropped (an address's digits are not also a phone number).
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  for (const Span& s : spans) {
    if (s.begin < pos || s.end <= s.begin) continue;
    out.append(text.substr(pos, s.begin - pos));
    out.append(s.label);
    pos = s.end;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace cf::core
