// Themes counted on small sets of comments labelled by hand, one set per
// language. Each comment's expected themes are written beside it; the counts
// in the tests are the number of marks per theme, counted by hand.
#include "voices/voices.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "voices/codebook_io.h"

namespace cf::core {
namespace {

struct Labelled {
  const char* text;
  const char* themes;  // the hand label, for the reader
};

Codebook codebook(const char* csv) {
  Result<Codebook> r = parseCodebookCsv(csv);
  EXPECT_TRUE(r.ok()) << r.error().message;
  return r.ok() ? r.value() : Codebook{};
}

VoicesResult analyse(const Codebook& book, const std::vector<Labelled>& comments,
                     VoicesOptions options = {}) {
  options.minN = 1;
  VoicesAnalyzer voices(book, 1, options);
  std::size_t row = 2;
  for (const Labelled& c : comments) {
    const std::string_view texts[] = {c.text};
    voices.add({"Clients", 3.0, texts, "", row++});
  }
  return voices.finish();
}

// Theme name → number of commenters of the group "Clients" who mention it.
std::map<std::string, std::uint64_t> counts(const VoicesResult& r) {
  std::map<std::string, std::uint64_t> out;
  for (const ThemeResult& t : r.themes)
    for (const ThemeGroupStats& s : t.byGroup)
      if (s.group == "Clients") out[t.theme.name] = s.share.k;
  return out;
}

const char* const kEnglishCodebook =
    "Theme,Keywords\nWaiting,wait*;queue\nStaff,staff;friendly\nPrice,expensive;price;cost\n";
const std::vector<Labelled> kEnglish = {
    {"We waited two hours in the queue.", "Waiting"},
    {"The staff were very friendly.", "Staff"},
    {"Too expensive, and the waiting room was cold.", "Price, Waiting"},
    {"Prices went up again.", "Price"},
    {"Nothing to add.", ""},
    {"Costs are too high and the staff is rushed.",
     "Price, Staff"},  // not "staffing": its stem is "staf"
};

const char* const kGermanCodebook =
    "Thema,Schlüsselwörter\nWartezeit,Wartezeit;warten\nPersonal,Personal;freundlich\nPreis,teuer;"
    "Preis\nÄrzte,Arzt\n";
const std::vector<Labelled> kGerman = {
    {"Die Wartezeiten sind viel zu lang.", "Wartezeit"},
    {"Das Personal war sehr freundlich.", "Personal"},
    {"Wir mussten lange warten und es war teuer.", "Wartezeit, Preis"},
    {"Die Preise sind gestiegen.", "Preis"},
    {"Sehr unfreundliche Mitarbeiter.", ""},  // not "freundlich"
    {"Die Ärzte hören zu.", "Ärzte"},
    {"Alles gut, danke!", ""},
};

const char* const kFrenchCodebook =
    "Thème,Mots-clés\nAttente,attente;attend*\nPersonnel,personnel;accueil\nPrix,cher;prix;tarif*"
    "\nMédecins,médecin\n";
const std::vector<Labelled> kFrench = {
    {"L'attente était trop longue.", "Attente"},
    {"Le personnel est très aimable.", "Personnel"},
    {"Nous avons attendu deux heures, c'est trop cher.", "Attente, Prix"},
    {"Les tarifs ont augmenté.", "Prix"},
    {"Très bon accueil à l'hôpital.", "Personnel"},
    {"Rien à signaler.", ""},
    {"Les medecins sont compétents.", "Médecins"},  // written without the accent
};

const char* const kSpanishCodebook =
    "Tema,Palabras "
    "clave\nEspera,espera;esperar\nPersonal,personal;amable\nPrecio,caro;precio\nMédicos,médico\n";
const std::vector<Labelled> kSpanish = {
    {"La espera fue demasiado larga.", "Espera"},
    {"El personal es muy amable.", "Personal"},
    {"Esperamos dos horas y es caro.", "Espera, Precio"},
    {"Los precios subieron.", "Precio"},
    {"Muy amables las enfermeras.", "Personal"},
    {"Nada más que decir.", ""},
    {"Los medicos son buenos.", "Médicos"},
};

TEST(Voices, CountsEnglishThemesAsLabelledByHand) {
  const VoicesResult r = analyse(codebook(kEnglishCodebook), kEnglish);
  ASSERT_EQ(r.columns.size(), 1u);
  EXPECT_EQ(r.columns[0].language, Language::English);
  EXPECT_EQ(counts(r),
            (std::map<std::string, std::uint64_t>{{"Waiting", 2}, {"Staff", 2}, {"Price", 3}}));
}

TEST(Voices, CountsGermanThemesAsLabelledByHand) {
  const VoicesResult r = analyse(codebook(kGermanCodebook), kGerman);
  EXPECT_EQ(r.columns[0].language, Language::German);
  EXPECT_EQ(counts(r), (std::map<std::string, std::uint64_t>{
                           {"Wartezeit", 2}, {"Personal", 1}, {"Preis", 2}, {"Ärzte", 1}}));
}

TEST(Voices, CountsFrenchThemesAsLabelledByHand) {
  const VoicesResult r = analyse(codebook(kFrenchCodebook), kFrench);
  EXPECT_EQ(r.columns[0].language, Language::French);
  EXPECT_EQ(counts(r), (std::map<std::string, std::uint64_t>{
                           {"Attente", 2}, {"Personnel", 2}, {"Prix", 2}, {"Médecins", 1}}));
}

TEST(Voices, CountsSpanishThemesAsLabelledByHand) {
  const VoicesResult r = analyse(codebook(kSpanishCodebook), kSpanish);
  EXPECT_EQ(r.columns[0].language, Language::Spanish);
  EXPECT_EQ(counts(r), (std::map<std::string, std::uint64_t>{
                           {"Espera", 2}, {"Personal", 2}, {"Precio", 2}, {"Médicos", 1}}));
}

TEST(Voices, ReadsAMixedColumnCommentByComment) {
  std::vector<Labelled> all;
  for (const auto* set : {&kEnglish, &kGerman, &kFrench, &kSpanish})
    all.insert(all.end(), set->begin(), set->end());
  Codebook book;
  const std::pair<const char*, const char*> books[] = {{kEnglishCodebook, "en"},
                                                       {kGermanCodebook, "de"},
                                                       {kFrenchCodebook, "fr"},
                                                       {kSpanishCodebook, "es"}};
  for (const auto& [csv, code] : books)
    for (CodebookTheme& t : codebook(csv).themes) {
      t.name += std::string(" (") + code + ")";
      book.themes.push_back(t);
    }
  const VoicesResult r = analyse(book, all);
  EXPECT_TRUE(r.columns[0].mixed);
  const std::map<std::string, std::uint64_t> c = counts(r);
  EXPECT_EQ(c.at("Waiting (en)"), 2u);
  EXPECT_EQ(c.at("Price (en)"), 3u);
  EXPECT_EQ(c.at("Wartezeit (de)"), 2u);
  EXPECT_EQ(c.at("Preis (de)"), 2u);
  EXPECT_EQ(c.at("Ärzte (de)"), 1u);
  EXPECT_EQ(c.at("Attente (fr)"), 2u);
  EXPECT_EQ(c.at("Médecins (fr)"), 1u);
  EXPECT_EQ(c.at("Espera (es)"), 2u);
  EXPECT_EQ(c.at("Precio (es)"), 2u);
}

TEST(Voices, TheLanguageCanBeSetInsteadOfDetected) {
  VoicesOptions options;
  options.language = Language::German;
  const VoicesResult r = analyse(codebook(kGermanCodebook), kGerman, options);
  EXPECT_FALSE(r.columns[0].detected);
  EXPECT_EQ(counts(r).at("Wartezeit"), 2u);
}

// Five commenters; two mention waiting and are unhappy (overall 1 and 2),
// three do not (4, 5, 5). Share 2/5; with 1.5, without 14/3, difference −19/6.
TEST(Voices, SetsTheMentionersSatisfactionAgainstTheOthers) {
  const Codebook book = codebook("Theme,Keywords\nWaiting,wait*\n");
  VoicesOptions options;
  options.minN = 2;
  VoicesAnalyzer voices(book, 1, options);
  const std::vector<std::pair<const char*, double>> rows = {{"Waited forever.", 1},
                                                            {"Nice people.", 4},
                                                            {"Long wait again", 2},
                                                            {"All good", 5},
                                                            {"Great", 5}};
  std::size_t row = 2;
  for (const auto& [text, overall] : rows) {
    const std::string_view texts[] = {text};
    voices.add({"Clients", overall, texts, "", row++});
  }
  const VoicesResult r = voices.finish();
  ASSERT_EQ(r.themes.size(), 1u);
  const ThemeGroupStats& all = r.themes[0].byGroup[0];
  EXPECT_EQ(all.group, "All");
  const ThemeGroupStats& s = r.themes[0].byGroup[1];
  EXPECT_EQ(s.group, "Clients");
  EXPECT_EQ(s.commenters, 5u);
  EXPECT_EQ(s.share.k, 2u);
  EXPECT_DOUBLE_EQ(s.share.share, 0.4);
  EXPECT_DOUBLE_EQ(s.overallWith, 1.5);
  EXPECT_NEAR(s.overallWithout, 14.0 / 3.0, 1e-12);
  EXPECT_NEAR(s.difference.difference, 1.5 - 14.0 / 3.0, 1e-12);
  EXPECT_LT(s.difference.ciHigh, 0.0);  // the unhappy go with the theme
  // Quotes: the sentence with the keyword, verbatim, in row order.
  ASSERT_EQ(r.themes[0].quotes.size(), 2u);
  EXPECT_EQ(r.themes[0].quotes[0].text, "Waited forever.");
  EXPECT_EQ(r.themes[0].quotes[0].row, 2u);
  EXPECT_EQ(r.themes[0].quotes[1].text, "Long wait again");
}

TEST(Voices, QuotesOnlyGroupsAtTheMinimumAndMasksThem) {
  const Codebook book = codebook("Theme,Keywords\nStaff,staff\n");
  VoicesOptions options;
  options.minN = 3;
  VoicesAnalyzer voices(book, 2, options);
  auto add = [&](const char* group, const char* first, const char* second, const char* name,
                 std::size_t row) {
    const std::string_view texts[] = {first, second};
    voices.add({group, 4.0, texts, name, row});
  };
  add("Clients", "Fine. Staff member Tom Baker was rude, call 0151 23456789.", "", "Tom Baker", 2);
  add("Clients", "", "The staff were kind", "", 3);
  add("Clients", "ok", "", "", 4);
  add("Donors", "The staff thanked me", "", "", 5);
  add("Donors", "", "", "", 6);  // no comment: not a commenter
  const VoicesResult r = voices.finish();
  const ThemeResult& t = r.themes[0];
  ASSERT_EQ(t.quotes.size(), 2u);
  EXPECT_EQ(t.quotes[0].group, "Clients");
  EXPECT_EQ(t.quotes[0].text, "Staff member [name] was rude, call [phone].");
  EXPECT_EQ(t.quotes[1].text, "The staff were kind");
  const ThemeGroupStats& donors = t.byGroup[2];
  EXPECT_EQ(donors.group, "Donors");
  EXPECT_EQ(donors.commenters, 1u);
  EXPECT_TRUE(donors.suppressed);
  EXPECT_TRUE(std::isnan(donors.share.share));
  const ThemeGroupStats& clients = t.byGroup[1];
  EXPECT_EQ(clients.commenters, 3u);
  EXPECT_EQ(clients.share.k, 2u);
  EXPECT_TRUE(std::isnan(clients.overallWith));  // 2 people, below minN
}

TEST(Voices, PhrasesNeedTheirWordsInARow) {
  const VoicesResult r =
      analyse(codebook("Theme,Keywords\nDesk,front desk\n"),
              {{"The front desks were busy", "Desk"}, {"Desk at the front", ""}});
  EXPECT_EQ(counts(r).at("Desk"), 1u);
}

TEST(Voices, CountsCommentsThatMentionAnAttribute) {
  const Codebook book = codebook("Theme,Keywords,Attribute\nQueues,queue*,Waiting time\n");
  VoicesOptions options;
  options.minN = 1;
  options.attributes = {"Waiting time", "Seat comfort", "Seat cleanliness"};
  VoicesAnalyzer voices(book, 1, options);
  const std::vector<const char*> comments = {
      "We were waiting ages.",        // Waiting time (its word "waiting")
      "Queues everywhere!",           // Waiting time (theme tied to it)
      "The seats were comfortable.",  // Seat comfort: "comfortable" stems to "comfort"
      "Seat comfort was poor",  // Seat comfort ("seat" alone would not do: both seat items share
                                // it)
      "Very clean seats, no time lost"  // Waiting time ("time"); "clean" is not "cleanliness"
  };
  std::size_t row = 2;
  for (const char* c : comments) {
    const std::string_view texts[] = {c};
    voices.add({"", 3.0, texts, "", row++});
  }
  const VoicesResult r = voices.finish();
  ASSERT_EQ(r.attributes.size(), 3u);
  EXPECT_EQ(r.attributes[0].words, (std::vector<std::string>{"waiting", "time"}));
  EXPECT_EQ(r.attributes[0].themes, std::vector<std::string>{"Queues"});
  EXPECT_EQ(r.attributes[0].byGroup[0].count, 3u);
  ASSERT_TRUE(r.attributes[0].byGroup[0].quote.has_value());
  EXPECT_EQ(r.attributes[0].byGroup[0].quote->text, "We were waiting ages.");
  EXPECT_EQ(r.attributes[1].words, std::vector<std::string>{"comfort"});
  EXPECT_EQ(r.attributes[1].byGroup[0].count, 2u);
  EXPECT_EQ(r.attributes[2].words, std::vector<std::string>{"cleanliness"});
  EXPECT_EQ(r.attributes[2].byGroup[0].count, 0u);
}

TEST(Voices, ALongAttributeNameIsMentionedByTwoOfItsWords) {
  VoicesOptions options;
  options.minN = 1;
  options.attributes = {"Working towards a high-school equivalency certificate",
                        "Evening sessions close to home", "Good training before the first session"};
  VoicesAnalyzer voices(Codebook{}, 1, options);
  const std::vector<const char*> comments = {
      "It is hard to get there by bus after work.",   // "work" alone: no certificate
      "I am working towards my certificate.",         // working + certificate
      "When a session goes badly I call someone.",    // "session" is in two names: neither
      "More evening sessions close to the station.",  // evening + close: Evening sessions
  };
  std::size_t row = 2;
  for (const char* c : comments) {
    const std::string_view texts[] = {c};
    voices.add({"", 3.0, texts, "", row++});
  }
  const VoicesResult r = voices.finish();
  ASSERT_EQ(r.attributes.size(), 3u);
  EXPECT_EQ(r.attributes[0].byGroup[0].count, 1u);
  EXPECT_EQ(r.attributes[0].byGroup[0].quote->row, 3u);
  // "sessions" and "session" share a stem, so neither name is looked for by it.
  EXPECT_EQ(r.attributes[1].words, (std::vector<std::string>{"evening", "close", "home"}));
  EXPECT_EQ(r.attributes[1].byGroup[0].count, 1u);
  EXPECT_EQ(r.attributes[2].byGroup[0].count, 0u);
}

}  // namespace
}  // namespace cf::core

namespace cf::core {
namespace {

TEST(Voices, CutsALongSentenceAroundTheKeywordAtWordEnds) {
  const Codebook book = codebook("Theme,Keywords\nParking,parking\n");
  VoicesOptions options;
  options.minN = 1;
  options.maxQuoteBytes = 40;
  VoicesAnalyzer voices(book, 1, options);
  const std::string text =
      "We came by car on a rainy Tuesday morning and the parking was full so we drove around for "
      "ages";
  const std::string_view texts[] = {text};
  voices.add({"", 3.0, texts, "", 2});
  const VoicesResult r = voices.finish();
  ASSERT_EQ(r.themes[0].quotes.size(), 1u);
  const std::string& q = r.themes[0].quotes[0].text;
  EXPECT_NE(q.find("parking"), std::string::npos);
  EXPECT_EQ(q.substr(0, 4), "… ");
  EXPECT_EQ(q.substr(q.size() - 4), " …");
  EXPECT_LE(q.size(), 40u + 8u);
  // Whole words only: the text between the ellipses is a piece of the sentence.
  EXPECT_NE(text.find(q.substr(4, q.size() - 8)), std::string::npos);
}

TEST(Voices, ListsGroupsInTheGivenOrder) {
  VoicesOptions options;
  options.groups = {"Staff", "Clients"};
  VoicesAnalyzer voices(codebook("Theme,Keywords\nA,a\n"), 1, options);
  for (const char* g : {"Clients", "Donors", "Staff"}) {
    const std::string_view texts[] = {"fine"};
    voices.add({g, 3.0, texts, "", 2});
  }
  const VoicesResult r = voices.finish();
  std::vector<std::string> names;
  for (const ThemeGroupStats& s : r.themes[0].byGroup) names.push_back(s.group);
  EXPECT_EQ(names, (std::vector<std::string>{"All", "Staff", "Clients", "Donors"}));
}

TEST(Voices, SuggestsCodebookRowsFromDistinctiveTerms) {
  VoicesResult r;
  r.distinctiveTerms = {
      {"A", "bus", 5, 1.0, 2.5}, {"B", "front desk", 4, 1.2, 3.1}, {"B", "bus", 3, 0.8, 2.0}};
  const Codebook book = suggestCodebook(r);
  ASSERT_EQ(book.themes.size(), 2u);
  EXPECT_EQ(book.themes[0].name, "front desk");
  EXPECT_EQ(book.themes[0].keywords, std::vector<std::string>{"front desk"});
  EXPECT_EQ(book.themes[0].source, "suggested");
  EXPECT_EQ(book.themes[1].name, "bus");
}

}  // namespace
}  // namespace cf::core
