#include "voices/voices_io.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace cf::core {
namespace {

using Json = nlohmann::ordered_json;

TEST(VoicesIo, WritesTheContractsShapeWithNullForWhatIsHidden) {
  VoicesResult r;
  r.commenters = 12;
  r.columns.push_back({Language::German, true, true});
  ThemeResult t;
  t.theme = {"Waiting", {"wait*", "queue"}, "Waiting time", "codebook"};
  ThemeGroupStats shown;
  shown.group = "Clients";
  shown.commenters = 10;
  shown.share = {4, 10, 0.4, 0.2, 0.6};
  shown.overallWith = 2.5;
  shown.overallWithout = 4.0;
  shown.difference.difference = -1.5;
  shown.difference.ciLow = -2.5;
  shown.difference.ciHigh = -0.5;
  ThemeGroupStats hidden;
  hidden.group = "Donors";
  hidden.commenters = 2;
  hidden.suppressed = true;
  t.byGroup = {shown, hidden};
  t.quotes.push_back({"Clients", 7, "We waited [phone] times."});
  r.themes.push_back(t);
  r.distinctiveTerms.push_back({"Clients", "front desk", 9, 1.25, 3.5});
  AttributeMentions m;
  m.attribute = "Waiting time";
  m.words = {"waiting", "time"};
  m.themes = {"Waiting"};
  AttributeMentionStats a;
  a.group = "Clients";
  a.commenters = 10;
  a.count = 5;
  a.quote = VoiceQuote{"Clients", 7, "We waited."};
  m.byGroup.push_back(a);
  r.attributes.push_back(m);

  const Json j = r;
  EXPECT_EQ(nlohmann::json::parse(j.dump()), R"({
    "themes": [{"name": "Waiting", "keywords": ["wait*", "queue"], "source": "codebook", "attribute": "Waiting time",
                "byGroup": [
                  {"group": "Clients", "count": 4, "share": 0.4, "shareLow": 0.2, "shareHigh": 0.6,
                   "overallWith": 2.5, "overallWithout": 4.0, "difference": -1.5, "diffLow": -2.5, "diffHigh": -0.5,
                   "commenters": 10, "suppressed": false},
                  {"group": "Donors", "count": null, "share": null, "shareLow": null, "shareHigh": null,
                   "overallWith": null, "overallWithout": null, "difference": null, "diffLow": null, "diffHigh": null,
                   "commenters": null, "suppressed": true}],
                "quotes": [{"group": "Clients", "row": 7, "text": "We waited [phone] times."}]}],
    "distinctiveTerms": [{"group": "Clients", "term": "front desk", "count": 9, "logOdds": 1.25, "z": 3.5}],
    "attributes": [{"attribute": "Waiting time", "words": ["waiting", "time"], "themes": ["Waiting"],
                    "byGroup": [{"group": "Clients", "commenters": 10, "count": 5,
                                 "quote": {"group": "Clients", "row": 7, "text": "We waited."}}]}],
    "languages": [{"column": 0, "language": "de", "mixed": true, "detected": true}],
    "commenters": 12,
    "masked": true
  })"_json);
  // The fields in the order PRODUCT.md lists them.
  EXPECT_EQ(j["themes"][0].begin().key(), "name");
  EXPECT_EQ(j["themes"][0]["byGroup"][0].begin().key(), "group");
}

TEST(VoicesIo, AThemeWithoutAttributeHasNullThere) {
  ThemeResult t;
  t.theme = {"Price", {"cost"}, "", "suggested"};
  const Json j = t;
  EXPECT_TRUE(j["attribute"].is_null());
  EXPECT_EQ(j["source"], "suggested");
}

}  // namespace
}  // namespace cf::core
