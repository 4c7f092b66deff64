#include "voices/stop_words.h"

// Chosen after the Snowball project's stop-word lists, shortened to the words
// that occur in survey comments; contractions appear split as the tokenizer
// splits them ("don't" → "don", "t"). Words that would be themes in a survey
// ("good", "service") are deliberately absent.

namespace cf::core {
namespace {

constexpr std::string_view kEnglish[] = {
    "a",     "about",   "above",     "after",  "again",   "against",    "all",     "am",
    "an",    "and",     "any",       "are",    "as",      "at",         "be",      "because",
    "been",  "before",  "being",     "below",  "between", "both",       "but",     "by",
    "can",   "could",   "d",         "did",    "do",      "does",       "doing",   "don",
    "down",  "during",  "each",      "few",    "for",     "from",       "further", "had",
    "has",   "have",    "having",    "he",     "her",     "here",       "hers",    "herself",
    "him",   "himself", "his",       "how",    "i",       "if",         "in",      "into",
    "is",    "isn",     "it",        "its",    "itself",  "just",       "ll",      "m",
    "me",    "more",    "most",      "my",     "myself",  "no",         "nor",     "not",
    "now",   "of",      "off",       "on",     "once",    "only",       "or",      "other",
    "our",   "ours",    "ourselves", "out",    "over",    "own",        "re",      "s",
    "same",  "she",     "should",    "so",     "some",    "such",       "t",       "than",
    "that",  "the",     "their",     "theirs", "them",    "themselves", "then",    "there",
    "these", "they",    "this",      "those",  "through", "to",         "too",     "under",
    "until", "up",      "us",        "ve",     "very",    "was",        "wasn",    "we",
    "were",  "what",    "when",      "where",  "which",   "while",      "who",     "whom",
    "why",   "will",    "with",      "would",  "you",     "your",       "yours",   "yourself",
    "also",  "really",  "much",      "get",    "got",     "one",        "always",  "never",
    "even",  "still",   "lot",
};

constexpr std::string_view kGerman[] = {
    "aber",   "alle",   "allem",   "allen", "aller",  "alles",  "als",    "also",    "am",
    "an",     "andere", "anderen", "auch",  "auf",    "aus",    "bei",    "bin",     "bis",
    "bist",   "da",     "damit",   "dann",  "das",    "dass",   "daß",    "dem",     "den",
    "denn",   "der",    "des",     "die",   "dies",   "diese",  "diesem", "diesen",  "dieser",
    "dieses", "doch",   "dort",    "du",    "durch",  "ein",    "eine",   "einem",   "einen",
    "einer",  "eines",  "er",      "es",    "etwas",  "euch",   "für",    "gegen",   "gewesen",
    "hab",    "habe",   "haben",   "hat",   "hatte",  "hätte",  "hier",   "hin",     "ich",
    "ihm",    "ihn",    "ihnen",   "ihr",   "ihre",   "im",     "in",     "indem",   "ins",
    "ist",    "jede",   "jeder",   "jetzt", "kann",   "kein",   "keine",  "können",  "man",
    "manche", "mein",   "meine",   "mich",  "mir",    "mit",    "muss",   "nach",    "nicht",
    "nichts", "noch",   "nun",     "nur",   "ob",     "oder",   "ohne",   "sehr",    "sein",
    "seine",  "sich",   "sie",     "sind",  "so",     "solche", "soll",   "sondern", "über",
    "um",     "und",    "uns",     "unser", "unsere", "unter",  "viel",   "vom",     "von",
    "vor",    "war",    "waren",   "warum", "was",    "weil",   "welche", "wenn",    "werden",
    "wie",    "wieder", "will",    "wir",   "wird",   "wo",     "wurde",  "wurden",  "zu",
    "zum",    "zur",    "zwar",    "immer", "schon",  "mal",    "ganz",   "gibt",    "wäre",
    "würde",
};

constexpr std::string_view kFrench[] = {
    "a",     "ai",    "au",      "aussi",    "aux",    "avec",  "avez",  "avoir", "avons", "c",
    "ce",    "ces",   "cet",     "cette",    "d",      "dans",  "de",    "des",   "du",    "elle",
    "elles", "en",    "es",      "est",      "et",     "été",   "être",  "eu",    "fait",  "il",
    "ils",   "j",     "je",      "l",        "la",     "le",    "les",   "leur",  "leurs", "lui",
    "m",     "ma",    "mais",    "me",       "même",   "mes",   "moi",   "mon",   "n",     "ne",
    "nos",   "notre", "nous",    "on",       "ont",    "ou",    "où",    "par",   "pas",   "peu",
    "plus",  "pour",  "qu",      "que",      "qui",    "s",     "sa",    "sans",  "se",    "sera",
    "ses",   "si",    "son",     "sont",     "sur",    "t",     "ta",    "te",    "tes",   "toi",
    "ton",   "tout",  "tous",    "très",     "tu",     "un",    "une",   "vos",   "votre", "vous",
    "y",     "était", "étaient", "suis",     "sommes", "êtes",  "avait", "bien",  "car",   "comme",
    "donc",  "alors", "encore",  "toujours", "jamais", "quand",
};

constexpr std::string_view kSpanish[] = {
    "a",     "al",     "algo",    "algunos", "ante",    "antes",  "como",    "con",   "contra",
    "cual",  "cuando", "de",      "del",     "desde",   "donde",  "durante", "e",     "el",
    "ella",  "ellas",  "ellos",   "en",      "entre",   "era",    "eres",    "es",    "esa",
    "esas",  "ese",    "eso",     "esos",    "esta",    "está",   "están",   "estas", "este",
    "esto",  "estos",  "estoy",   "fue",     "fueron",  "ha",     "había",   "han",   "hay",
    "he",    "la",     "las",     "le",      "les",     "lo",     "los",     "más",   "me",
    "mi",    "mis",    "mucho",   "muy",     "nada",    "ni",     "no",      "nos",   "nosotros",
    "o",     "os",     "otra",    "otro",    "para",    "pero",   "poco",    "por",   "porque",
    "que",   "quien",  "se",      "sea",     "ser",     "si",     "sí",      "sido",  "sin",
    "sobre", "son",    "su",      "sus",     "también", "tan",    "te",      "tiene", "tienen",
    "todo",  "todos",  "tu",      "tus",     "un",      "una",    "uno",     "unos",  "y",
    "ya",    "yo",     "siempre", "nunca",   "cada",    "estaba", "estaban", "hace",
};

}  // namespace

std::span<const std::string_view> stopWords(Language language) {
  switch (language) {
    case Language::English:
      return kEnglish;
    case Language::German:
      return kGerman;
    case Language::French:
      return kFrench;
    case Language::Spanish:
      return kSpanish;
  }
  return {};
}

}  // namespace cf::core
