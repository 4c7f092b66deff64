#include "voices/voices_io.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace cf::core {
namespace {

using Json = nlohmann::ordered_json;

Json number(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }

}  // namespace

void to_json(Json& j, const VoiceQuote& quote) {
  j = Json{{"group", quote.group}, {"row", quote.row}, {"text", quote.text}};
}

void to_json(Json& j, const ThemeGroupStats& s) {
  const bool shown = !s.suppressed;
  j = Json{{"group", s.group},
           {"count", shown ? Json(s.share.k) : Json(nullptr)},
           {"share", number(s.share.share)},
           {"shareLow", number(s.share.ciLow)},
           {"shareHigh", number(s.share.ciHigh)},
           {"overallWith", number(s.overallWith)},
           {"overallWithout", number(s.overallWithout)},
           {"difference", number(s.difference.difference)},
           {"diffLow", number(s.difference.ciLow)},
           {"diffHigh", number(s.difference.ciHigh)},
           {"commenters", shown ? Json(s.commenters) : Json(nullptr)},
           {"suppressed", s.suppressed}};
}

void to_json(Json& j, const ThemeResult& t) {
  j = Json{{"name", t.theme.name},
           {"keywords", t.theme.keywords},
           {"source", t.theme.source},
           {"attribute", t.theme.attribute.empty() ? Json(nullptr) : Json(t.theme.attribute)},
           {"byGroup", t.byGroup},
           {"quotes", t.quotes}};
}

void to_json(Json& j, const DistinctiveTerm& t) {
  j = Json{{"group", t.group},
           {"term", t.term},
           {"count", t.count},
           {"logOdds", number(t.logOdds)},
           {"z", number(t.z)}};
}

void to_json(Json& j, const AttributeMentionStats& s) {
  const bool shown = !s.suppressed;
  j = Json{{"group", s.group},
           {"commenters", shown ? Json(s.commenters) : Json(nullptr)},
           {"count", shown ? Json(s.count) : Json(nullptr)},
           {"quote", s.quote ? Json(*s.quote) : Json(nullptr)}};
}

void to_json(Json& j, const AttributeMentions& m) {
  j = Json{
      {"attribute", m.attribute}, {"words", m.words}, {"themes", m.themes}, {"byGroup", m.byGroup}};
}

void to_json(Json& j, const VoicesResult& r) {
  Json languages = Json::array();
  for (std::size_t c = 0; c < r.columns.size(); ++c)
    languages.push_back(Json{{"column", c},
                             {"language", std::string(languageCode(r.columns[c].language))},
                             {"mixed", r.columns[c].mixed},
                             {"detected", r.columns[c].detected}});
  j = Json{{"themes", r.themes},         {"distinctiveTerms", r.distinctiveTerms},
           {"attributes", r.attributes}, {"languages", std::move(languages)},
           {"commenters", r.commenters}, {"masked", true}};
}

}  // namespace cf::core
