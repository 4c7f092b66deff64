// Snowball stemmers for the four comment languages (the Snowball project's C
// library, linked statically), so that "waiting", "waited" and "waits" all
// become "wait". A Stemmer is not thread-safe; each analysis owns its own.
//
//   Stemmer s(Language::German);
//   std::string stem(s.stem("wartezeiten"));   // "wartezeit"
#pragma once

#include <memory>
#include <string_view>

#include "voices/language.h"

struct sb_stemmer;

namespace cf::core {

class Stemmer {
 public:
  explicit Stemmer(Language language);
  ~Stemmer();
  Stemmer(Stemmer&&) noexcept;
  Stemmer& operator=(Stemmer&&) noexcept;

  // The stem of a folded word; valid until the next call. A word the
  // stemmer cannot take (it ran out of memory) is returned unchanged.
  std::string_view stem(std::string_view folded);

 private:
  struct Free {
    void operator()(sb_stemmer* s) const;
  };
  std::unique_ptr<sb_stemmer, Free> stemmer_;
};

}  // namespace cf::core
