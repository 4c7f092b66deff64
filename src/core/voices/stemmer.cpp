#include "voices/stemmer.h"

#include <libstemmer.h>

#include <cassert>
#include <new>

namespace cf::core {
namespace {

const char* algorithmName(Language language) {
  switch (language) {
    case Language::English:
      return "english";
    case Language::German:
      return "german";
    case Language::French:
      return "french";
    case Language::Spanish:
      return "spanish";
  }
  return "english";
}

}  // namespace

void Stemmer::Free::operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }

Stemmer::Stemmer(Language language) : stemmer_(sb_stemmer_new(algorithmName(language), "UTF_8")) {
  // The four algorithms are compiled into the library; only memory can fail.
  if (!stemmer_) throw std::bad_alloc();
}

Stemmer::~Stemmer() = default;
Stemmer::Stemmer(Stemmer&&) noexcept = default;
Stemmer& Stemmer::operator=(Stemmer&&) noexcept = default;

std::string_view Stemmer::stem(std::string_view folded) {
  const sb_symbol* out =
      sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(folded.data()),
                      static_cast<int>(folded.size()));
  if (out == nullptr) return folded;
  return {reinterpret_cast<const char*>(out),
          static_cast<std::size_t>(sb_stemmer_length(stemmer_.get()))};
}

}  // namespace cf::core
