// How fast the comments of a large survey become themes and suggested terms:
// 100,000 comments of about 25 words, in four groups, read against a
// codebook of 12 themes (words, wildcards and phrases) and 10 attributes,
// with distinctive terms for each group. The comments are made up by a
// seeded generator: function words, a Zipf-distributed vocabulary with a long
// tail of rare words (as real comments have), and a few words each group
// favours, in sentences.
//
// It prints the CPU time of the analysis (not of making the comments), which
// must stay under 3 s on one core.
//
//   build/bench/voices_bench [comments]
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "voices/codebook_io.h"
#include "voices/voices.h"

namespace {

using namespace cf::core;

struct Random {
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  std::uint64_t next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1Dull;
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
};

double cpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

const char* const kFunctionWords[] = {"the",  "a",    "and", "to",  "was",  "i",    "it",   "of",
                                      "we",   "in",   "is",  "for", "very", "my",   "with", "but",
                                      "they", "were", "at",  "not", "on",   "this", "so",   "had",
                                      "be",   "our",  "me",  "too", "that", "are"};
const char* const kCommonWords[] = {
    "staff",       "friendly",  "waiting",     "wait",      "time",       "long",    "helpful",
    "clean",       "room",      "price",       "expensive", "cheap",      "service", "appointment",
    "nurse",       "doctor",    "parking",     "queue",     "desk",       "front",   "reception",
    "phone",       "call",      "booked",      "online",    "website",    "food",    "coffee",
    "seat",        "seats",     "comfortable", "comfort",   "noise",      "quiet",   "late",
    "early",       "hours",     "minutes",     "kind",      "rude",       "polite",  "explained",
    "information", "letter",    "email",       "volunteer", "volunteers", "class",   "classes",
    "teacher",     "reading",   "children",    "books",     "library",    "bus",     "transport",
    "distance",    "location",  "building",    "stairs",    "lift",       "access",  "toilet",
    "signs",       "map",       "forms",       "paperwork", "support",    "advice",  "listened",
    "felt",        "welcome",   "safe",        "respected", "waited",     "delays",  "cancelled",
    "changed",     "difficult", "easy",        "better",    "worse",      "great",   "good",
    "bad",         "excellent", "poor",        "improve",   "thanks",     "thank"};
const char* const kSyllables[] = {"ka",  "lo",  "mi",  "ter", "san", "vo",  "rel",
                                  "dun", "pi",  "gra", "hes", "tol", "bri", "mon",
                                  "ca",  "fel", "zu",  "nor", "wy",  "ast"};
const char* const kGroups[] = {"Clients", "Volunteers", "Funders", "Staff"};

std::vector<std::string> makeVocabulary() {
  std::vector<std::string> v(std::begin(kCommonWords), std::end(kCommonWords));
  Random r{0x1234567ull};
  while (v.size() < 40'000) {
    std::string w;
    const int parts = 2 + static_cast<int>(r.next() % 3);
    for (int i = 0; i < parts; ++i) w += kSyllables[r.next() % 20];
    v.push_back(std::move(w));
  }
  return v;
}

// Zipf's law over the vocabulary: rank k with weight 1/k.
std::vector<double> zipfCumulative(std::size_t n) {
  std::vector<double> c(n);
  double sum = 0;
  for (std::size_t k = 0; k < n; ++k) c[k] = (sum += 1.0 / static_cast<double>(k + 1));
  for (double& x : c) x /= sum;
  return c;
}

std::string makeComment(Random& r, std::size_t group, const std::vector<std::string>& vocabulary,
                        const std::vector<double>& zipf) {
  std::string out;
  const std::size_t words = 18 + r.next() % 15;  // 18–32, about 25
  bool sentenceStart = true;
  for (std::size_t i = 0; i < words; ++i) {
    std::string w;
    const double u = r.uniform();
    if (u < 0.42) {
      w = kFunctionWords[r.next() % 30];
    } else if (u < 0.47) {
      w = kCommonWords[group * 20 + r.next() % 20];  // what this group talks about more
    } else {
      const double z = r.uniform();
      w = vocabulary[static_cast<std::size_t>(std::lower_bound(zipf.begin(), zipf.end(), z) -
                                              zipf.begin())];
    }
    if (sentenceStart && !w.empty())
      w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    if (!out.empty()) out += ' ';
    out += w;
    sentenceStart = r.next() % 9 == 0;
    if (sentenceStart) out += r.next() % 4 == 0 ? "!" : ".";
  }
  out += '.';
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100'000;
  const auto book = parseCodebookCsv(
      "Theme,Keywords,Attribute\n"
      "Waiting,wait*;queue;delays;late,Waiting time\n"
      "Staff attitude,friendly;rude;polite;kind;respected,Staff\n"
      "Reception,front desk;reception,\n"
      "Cost,price;expensive;cheap,Value for money\n"
      "Cleanliness,clean*;toilet,Cleanliness\n"
      "Access,stairs;lift;access;parking,Access\n"
      "Information,information;explained;signs;map,\n"
      "Booking,appointment*;booked;online;website;phone,Booking\n"
      "Transport,bus;transport;distance,\n"
      "Learning,class*;teacher;reading;books;library,\n"
      "Food,food;coffee,\n"
      "Feeling welcome,welcome;safe;felt;listened,\n");
  if (!book.ok()) {
    std::fprintf(stderr, "codebook: %s\n", book.error().message.c_str());
    return 1;
  }
  const std::vector<std::string> vocabulary = makeVocabulary();
  const std::vector<double> zipf = zipfCumulative(vocabulary.size());
  Random r;
  std::vector<std::string> comments(n);
  std::vector<std::uint8_t> groups(n);
  std::vector<double> overall(n);
  std::size_t words = 0;
  for (std::size_t i = 0; i < n; ++i) {
    groups[i] = static_cast<std::uint8_t>(r.next() % 4);
    comments[i] = makeComment(r, groups[i], vocabulary, zipf);
    overall[i] = 1.0 + static_cast<double>(r.next() % 5);
    words += static_cast<std::size_t>(std::count(comments[i].begin(), comments[i].end(), ' ')) + 1;
  }

  VoicesOptions options;
  options.attributes = {"Waiting time",    "Staff",       "Value for money", "Cleanliness",
                        "Access",          "Booking",     "Seat comfort",    "Noise level",
                        "Transport links", "Food quality"};
  const double start = cpuSeconds();
  VoicesAnalyzer voices(book.value(), 1, options);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view texts[] = {comments[i]};
    voices.add({kGroups[groups[i]], overall[i], texts, i % 10 == 0 ? "Anna Schmidt" : "", i + 2});
  }
  const VoicesResult result = voices.finish();
  const double seconds = cpuSeconds() - start;

  std::printf("voices_bench: %zu comments, %zu words (%.1f a comment)\n", n, words,
              static_cast<double>(words) / static_cast<double>(n));
  std::printf(
      "themes, attributes and suggested terms: %.3f s CPU, %.2f M words/s (target: under 3 s for "
      "100k)\n",
      seconds, static_cast<double>(words) / seconds / 1e6);
  std::size_t quotes = 0;
  for (const ThemeResult& t : result.themes) quotes += t.quotes.size();
  std::printf(
      "%zu themes, %zu quotes, %zu distinctive terms; first theme \"%s\" in %.1f%% of All\n",
      result.themes.size(), quotes, result.distinctiveTerms.size(),
      result.themes.empty() ? "" : result.themes[0].theme.name.c_str(),
      result.themes.empty() ? 0.0 : 100.0 * result.themes[0].byGroup[0].share.share);
  for (const DistinctiveTerm& t : result.distinctiveTerms)
    if (t.group == "Clients")
      std::printf("  Clients: %-20s count %6llu  z %6.2f\n", t.term.c_str(),
                  static_cast<unsigned long long>(t.count), t.z);
  return seconds < 3.0 || n != 100'000 ? 0 : 2;
}
