#include "table/words.h"

#include <algorithm>
#include <iterator>

namespace cf::core::detail {
namespace {

bool isWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

template <std::size_t N>
bool anyStem(std::string_view folded, const std::string_view (&stems)[N]) {
  for (std::string_view s : stems)
    if (hasStem(folded, s)) return true;
  return false;
}

// Stems, folded with foldWords; a stem matches at the start of a word.
constexpr std::string_view kImportance[] = {"importan",  "wichtig",  "bedeutung", "relevan",
                                            "prioritat", "priorite", "prioridad", "imp"};
constexpr std::string_view kSatisfaction[] = {
    "satisf",   "zufrieden", "performance", "leistung", "rate ", "rating", "bewert",
    "beurteil", "qualit",    "calidad",     "evaluat",  "evalu", "valora", "calific",
    "how good", "how well",  "wie gut",     "sat",      "perf",  "quality"};
constexpr std::string_view kAgreement[] = {"agree",    "agreement", "zustimm", "stimme",
                                           "d'accord", "accord",    "acuerdo", "desacuerdo"};
constexpr std::string_view kLikelihood[] = {"likely", "likelihood", "wahrscheinlich", "probab"};
constexpr std::string_view kFrequency[] = {"how often", "frequen", "wie oft", "haufig",
                                           "con que frecuencia"};
constexpr std::string_view kRecommend[] = {"recommend", "empfehl",  "weiterempfehl",
                                           "recommand", "recomend", "nps"};
constexpr std::string_view kOverall[] = {
    "overall",     "in general", "insgesamt",   "gesamt", "alles in allem", "dans l'ensemble",
    "globalement", "en general", "en conjunto", "global", "general satisf", "all in all"};
// Open questions, whose answers are customers' own words.
constexpr std::string_view kComments[] = {
    "anything else", "any other",      "other comment",  "comment",
    "suggest",       "tell us",        "please explain", "please describe",
    "what could we", "what can we",    "how could we",   "how can we",
    "why",           "remark",         "feedback",       "in your own words",
    "anmerkung",     "kommentar",      "bemerkung",      "anregung",
    "sonst noch",    "was konnen wir", "commentaire",    "remarque",
    "autre chose",   "pourquoi",       "que pourrions",  "comentario",
    "sugerencia",    "algo mas",       "observacion",    "por que",
    "que podemos"};

constexpr std::string_view kWhoYouAre[] = {"i am a",
                                           "i am an",
                                           "i'm a",
                                           "are you a",
                                           "describes you",
                                           "describe you",
                                           "describes your",
                                           "your role",
                                           "role",
                                           "respondent type",
                                           "type of respondent",
                                           "respondent_type",
                                           "type of",
                                           "which group",
                                           "group",
                                           "segment",
                                           "stakeholder",
                                           "who are you",
                                           "ich bin",
                                           "gruppe",
                                           "rolle",
                                           "zugehorigkeit",
                                           "je suis",
                                           "vous etes",
                                           "groupe",
                                           "profil",
                                           "soy un",
                                           "soy una",
                                           "grupo",
                                           "tipo de",
                                           "perfil",
                                           "relationship to",
                                           "affiliation",
                                           "status"};
constexpr std::string_view kNotApplicable[] = {"n/a",
                                               "na",
                                               "n.a.",
                                               "n. a.",
                                               "not applicable",
                                               "does not apply",
                                               "doesn't apply",
                                               "don't know",
                                               "dont know",
                                               "do not know",
                                               "i don't know",
                                               "i do not know",
                                               "not sure",
                                               "unsure",
                                               "no opinion",
                                               "prefer not to say",
                                               "prefer not to answer",
                                               "i prefer not to say",
                                               "i'd rather not say",
                                               "rather not say",
                                               "can't say",
                                               "cannot say",
                                               "can't judge",
                                               "weiss nicht",
                                               "ich weiss nicht",
                                               "keine angabe",
                                               "k.a.",
                                               "k. a.",
                                               "kann ich nicht beurteilen",
                                               "nicht zutreffend",
                                               "trifft nicht zu",
                                               "keine meinung",
                                               "mochte ich nicht sagen",
                                               "ne sais pas",
                                               "je ne sais pas",
                                               "nsp",
                                               "sans opinion",
                                               "non applicable",
                                               "non concerne",
                                               "sans objet",
                                               "ne s'applique pas",
                                               "prefere ne pas repondre",
                                               "je prefere ne pas repondre",
                                               "no se",
                                               "no lo se",
                                               "no sabe",
                                               "ns/nc",
                                               "no sabe/no contesta",
                                               "no aplica",
                                               "no corresponde",
                                               "prefiero no decirlo",
                                               "prefiero no responder",
                                               "prefiero no contestar",
                                               "sin opinion",
                                               "no procede"};

// Whole headers of the column that tells a survey's waves apart (after an
// optional "survey ").
constexpr std::string_view kWaves[] = {
    "wave",        "round",           "year",         "term",           "quarter",  "period",
    "semester",    "welle",           "runde",        "jahr",           "zeitraum", "quartal",
    "halbjahr",    "befragungswelle", "umfragewelle", "erhebungswelle", "vague",    "annee",
    "periode",     "trimestre",       "ola",          "ronda",          "ano",      "periodo",
    "cuatrimestre"};

// The Latin-1 letters U+00C0–U+00FF (UTF-8 C3 80–C3 BF) without accents.
constexpr char kLatin1Base[64 + 1] =
    "aaaaaaaceeeeiiiidnooooo*ouuuuyts"   // C0–DF (D7 ×, DE þ, DF ß handled apart)
    "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // E0–FF

}  // namespace

std::string foldWords(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
      continue;
    }
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (c == 0xC3 && next >= 0x80 && next <= 0xBF) {
      if (next == 0x9F) {
        out += "ss";
      } else {
        out += kLatin1Base[next - 0x80];
      }
      ++i;
      continue;
    }
    if (c == 0xC2 && next == 0xA0) {  // no-break space
      out += ' ';
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < text.size() && next == 0x80) {
      const auto third = static_cast<unsigned char>(text[i + 2]);
      if (third == 0x98 || third == 0x99) {  // ‘ ’
        out += '\'';
        i += 2;
        continue;
      }
      if (third == 0x93 || third == 0x94) {  // – —
        out += '-';
        i += 2;
        continue;
      }
    }
    out += static_cast<char>(c);
  }
  return out;
}

bool hasStem(std::string_view folded, std::string_view stem) {
  for (std::size_t at = folded.find(stem); at != std::string_view::npos;
       at = folded.find(stem, at + 1)) {
    if (at == 0 || !isWordChar(folded[at - 1])) {
      // A short stem ("imp", "sat") must be a whole word or a code prefix.
      if (stem.size() > 4) return true;
      const std::size_t end = at + stem.size();
      if (end == folded.size() || !isWordChar(folded[end]) || folded[end] == '_') return true;
    }
  }
  return false;
}

Measure measureOfWords(std::string_view folded) {
  if (anyStem(folded, kImportance)) return Measure::Importance;
  if (anyStem(folded, kSatisfaction)) return Measure::Satisfaction;
  if (anyStem(folded, kAgreement)) return Measure::Agreement;
  if (anyStem(folded, kLikelihood)) return Measure::Likelihood;
  if (anyStem(folded, kFrequency)) return Measure::Frequency;
  return Measure::None;
}

bool asksRecommend(std::string_view folded) { return anyStem(folded, kRecommend); }
bool asksOverall(std::string_view folded) { return anyStem(folded, kOverall); }
bool asksWhoYouAre(std::string_view folded) { return anyStem(folded, kWhoYouAre); }
bool asksForComments(std::string_view folded) { return anyStem(folded, kComments); }

bool isWaveWord(std::string_view folded) {
  constexpr std::string_view kSurvey = "survey ";
  if (folded.substr(0, kSurvey.size()) == kSurvey) folded.remove_prefix(kSurvey.size());
  return std::find(std::begin(kWaves), std::end(kWaves), folded) != std::end(kWaves);
}

bool isNotApplicableWord(std::string_view folded) {
  std::string_view t = folded;
  while (!t.empty() && (t.back() == '.' || t.back() == ' ' || t.back() == '!')) t.remove_suffix(1);
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  if (t.empty()) return false;
  return std::find(std::begin(kNotApplicable), std::end(kNotApplicable), t) !=
             std::end(kNotApplicable) ||
         std::find(std::begin(kNotApplicable), std::end(kNotApplicable), folded) !=
             std::end(kNotApplicable);
}

}  // namespace cf::core::detail
