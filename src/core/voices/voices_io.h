// The `voices` part of the results JSON (PRODUCT.md, "Results as JSON"), as
// free to_json functions beside the types. Suppressed and incomputable
// figures are null, never 0 or NaN.
//
//   nlohmann::ordered_json j;
//   j["voices"] = voicesResult;
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "voices/voices.h"

namespace cf::core {

void to_json(nlohmann::ordered_json& j, const VoiceQuote& quote);
void to_json(nlohmann::ordered_json& j, const ThemeGroupStats& stats);
void to_json(nlohmann::ordered_json& j, const ThemeResult& theme);
void to_json(nlohmann::ordered_json& j, const DistinctiveTerm& term);
void to_json(nlohmann::ordered_json& j, const AttributeMentionStats& stats);
void to_json(nlohmann::ordered_json& j, const AttributeMentions& mentions);
// {"themes": [...], "distinctiveTerms": [...], "attributes": [...],
//  "languages": [...], "commenters": n, "masked": true}
void to_json(nlohmann::ordered_json& j, const VoicesResult& result);

}  // namespace cf::core
