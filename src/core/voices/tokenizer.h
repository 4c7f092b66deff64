// Words and sentences of a comment. A word is a run of letters, combining
// marks and digits (utf8proc's Unicode categories, not a hand-written table);
// everything else separates words, so "check-in" is two words and "l'accueil"
// is "l" and "accueil". Folding makes a word case- and accent-insensitive:
// NFKD, case folding, combining marks dropped ("Café" → "cafe", "Straße" →
// "strasse").
//
//   WordScanner words(text);
//   for (Word w; words.next(w);) use(w.folded, w.begin, w.end);
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cf::core {

struct Word {
  std::size_t begin = 0;  // byte offsets of the word in the text
  std::size_t end = 0;
  std::string_view folded;           // valid until the next call of next()
  bool hasLetter = false;            // false for a number such as "2024"
  bool capitalised = false;          // the first character is upper or title case
  bool sentenceBreakBefore = false;  // a sentence ends between the previous word and this one
};

// The words of one text, in order. Ill-formed UTF-8 bytes separate words.
class WordScanner {
 public:
  explicit WordScanner(std::string_view text) : text_(text) {}
  // The next word into `w`; false at the end of the text.
  bool next(Word& w);

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t previousEnd_ = 0;
  bool first_ = true;
  std::string folded_;
};

// The folded words of a text joined by one space: foldText("  Café-Bar! ") == "cafe bar".
std::string foldText(std::string_view text);

// A word as a person reads it in a list: lower case with its accents kept
// ("Café" → "café"), NFC. Ill-formed UTF-8 gives the text unchanged.
std::string lowerCase(std::string_view word);

// True when the text between two words ends a sentence: . ! ? … or a line
// break ("3.5" and "e.g" hold no word gap, so they do not count).
bool endsSentence(std::string_view gap);

// The sentence of `text` that holds byte `offset`, without surrounding white
// space. Sentences end as endsSentence() says.
std::string_view sentenceAt(std::string_view text, std::size_t offset);

}  // namespace cf::core
