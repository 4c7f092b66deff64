#include "voices/tokenizer.h"

#include <utf8proc.h>

#include <cstdlib>

// Folding is done one code point at a time with utf8proc_decompose_char, so
// that a comment is scanned once and no buffer is allocated per word; ASCII,
// most of any comment, takes a shortcut with the same result.

namespace cf::core {
namespace {

constexpr utf8proc_option_t kFoldOptions = static_cast<utf8proc_option_t>(
    UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);

bool isAsciiWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

enum class Kind { Separator, Letter, Mark, Digit };

Kind kindOf(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return Kind::Letter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return Kind::Mark;
    case UTF8PROC_CATEGORY_ND:
      return Kind::Digit;
    default:
      return Kind::Separator;
  }
}

bool isUpper(utf8proc_int32_t cp) {
  const auto c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

void appendFolded(utf8proc_int32_t cp, std::string& out) {
  utf8proc_int32_t decomposed[16];
  int boundClass = 0;
  const utf8proc_ssize_t n = utf8proc_decompose_char(cp, decomposed, 16, kFoldOptions, &boundClass);
  if (n < 0 || n > 16) return;
  utf8proc_uint8_t bytes[4];
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    const utf8proc_ssize_t len = utf8proc_encode_char(decomposed[i], bytes);
    out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(len));
  }
}

// Reads the code point at `pos`; its length in `len` (1 for an ill-formed byte, cp = -1).
utf8proc_int32_t codePointAt(std::string_view text, std::size_t pos, std::size_t& len) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    len = 1;
    return c;
  }
  utf8proc_int32_t cp = -1;
  const utf8proc_ssize_t n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                       static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) {
    len = 1;
    return -1;
  }
  len = static_cast<std::size_t>(n);
  return cp;
}

}  // namespace

bool WordScanner::next(Word& w) {
  const std::size_t size = text_.size();
  // Skip to the start of a word (a mark alone does not start one).
  std::size_t start = pos_;
  utf8proc_int32_t firstCp = 0;
  while (start < size) {
    const auto c = static_cast<unsigned char>(text_[start]);
    if (c < 0x80) {
      if (isAsciiWordByte(c)) {
        firstCp = c;
        break;
      }
      ++start;
      continue;
    }
    std::size_t len = 1;
    const utf8proc_int32_t cp = codePointAt(text_, start, len);
    if (cp >= 0) {
      const Kind k = kindOf(cp);
      if (k == Kind::Letter || k == Kind::Digit) {
        firstCp = cp;
        break;
      }
    }
    start += len;
  }
  if (start >= size) {
    pos_ = size;
    return false;
  }
  folded_.clear();
  bool hasLetter = false;
  std::size_t end = start;
  while (end < size) {
    const auto c = static_cast<unsigned char>(text_[end]);
    if (c < 0x80) {
      if (!isAsciiWordByte(c)) break;
      if (c >= 'A' && c <= 'Z') {
        folded_.push_back(static_cast<char>(c - 'A' + 'a'));
        hasLetter = true;
      } else {
        folded_.push_back(static_cast<char>(c));
        hasLetter = hasLetter || c >= 'a';
      }
      ++end;
      continue;
    }
    std::size_t len = 1;
    const utf8proc_int32_t cp = codePointAt(text_, end, len);
    if (cp < 0) break;
    const Kind k = kindOf(cp);
    if (k == Kind::Separator) break;
    hasLetter = hasLetter || k == Kind::Letter;
    appendFolded(cp, folded_);
    end += len;
  }
  w.begin = start;
  w.end = end;
  w.folded = folded_;
  w.hasLetter = hasLetter;
  w.capitalised = isUpper(firstCp);
  w.sentenceBreakBefore = !first_ && endsSentence(text_.substr(previousEnd_, start - previousEnd_));
  first_ = false;
  previousEnd_ = end;
  pos_ = end;
  if (folded_.empty()) return next(w);  // only marks or ignorable characters
  return true;
}

std::string foldText(std::string_view text) {
  std::string out;
  WordScanner words(text);
  for (Word w; words.next(w);) {
    if (!out.empty()) out.push_back(' ');
    out.append(w.folded);
  }
  return out;
}

std::string lowerCase(std::string_view word) {
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                   static_cast<utf8proc_ssize_t>(word.size()), &out,
                   static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  if (n < 0) return std::string(word);
  std::string result(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return result;
}

bool endsSentence(std::string_view gap) {
  for (std::size_t i = 0; i < gap.size(); ++i) {
    const char c = gap[i];
    if (c == '!' || c == '?' || c == '\n' || c == '\r') return true;
    // A full stop ends a sentence when space follows it; "3.50" and "e.g" hold none.
    if (c == '.' && gap.find_first_of(" \t\n\r", i + 1) != std::string_view::npos) return true;
    // U+2026 HORIZONTAL ELLIPSIS, U+3002 IDEOGRAPHIC FULL STOP
    if (gap.compare(i, 3, "\xE2\x80\xA6") == 0 || gap.compare(i, 3, "\xE3\x80\x82") == 0)
      return true;
  }
  return false;
}

std::string_view sentenceAt(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  // A sentence end is a terminator followed by a word later on; walking the
  // words keeps the rule the same as endsSentence() between words.
  std::size_t begin = 0;
  std::size_t end = text.size();
  WordScanner words(text);
  std::size_t previousEnd = 0;
  for (Word w; words.next(w);) {
    if (w.sentenceBreakBefore) {
      if (w.begin <= offset) {
        begin = w.begin;
      } else {
        // Cut after the terminator that ends the sentence holding `offset`.
        const std::string_view gap = text.substr(previousEnd, w.begin - previousEnd);
        std::size_t i = 0;
        for (; i < gap.size(); ++i) {
          if (endsSentence(gap.substr(i, 1)) || endsSentence(gap.substr(i, 3))) break;
        }
        // Keep the terminators themselves ("Great!!!") and a closing quote or bracket.
        std::size_t j = i;
        while (j < gap.size() && gap[j] != ' ' && gap[j] != '\n' && gap[j] != '\r' &&
               gap[j] != '\t')
          ++j;
        end = previousEnd + j;
        break;
      }
    }
    previousEnd = w.end;
  }
  std::string_view s = text.substr(begin, end - begin);
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

}  // namespace cf::core
