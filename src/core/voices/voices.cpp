#include "voices/voices.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>

#include "text.h"
#include "voices/log_odds.h"
#include "voices/masking.h"
#include "voices/stemmer.h"
#include "voices/tokenizer.h"

// Speed: every distinct word is looked up once per language, stemmed once and
// tested once against every keyword's first word; a comment's words then
// cost a hash lookup each. Stems get small integer ids so that term counts
// are keyed by one 64-bit number (a word, or a pair of words).

namespace cf::core {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
constexpr std::string_view kAll = "All";

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// One word of a keyword: a stem to match, or a folded prefix (from "wait*").
struct PatternItem {
  std::string folded;
  bool prefix = false;
  std::array<std::uint32_t, kLanguageCount> stem{kNone, kNone, kNone, kNone};
};

struct Pattern {
  std::size_t matcher = 0;  // a theme, or themes.size() + an attribute
  std::vector<PatternItem> items;
};

struct WordInfo {
  std::uint32_t stem = kNone;
  bool content = false;  // counted as a term: letters, two or more bytes, no stop word
  std::uint32_t candidatesBegin = 0;
  std::uint32_t candidatesEnd = 0;
  std::uint64_t uses = 0;
  std::string display;
};

std::uint64_t unigramKey(std::uint32_t stem) { return (std::uint64_t{stem} << 32) | kNone; }
std::uint64_t bigramKey(std::uint32_t a, std::uint32_t b) { return (std::uint64_t{a} << 32) | b; }

// Counts keyed by a term, in one flat table with linear probing: a comment
// adds two or three counts a word, and a node-based map spent most of the
// analysis allocating and chasing nodes.
class TermCountTable {
 public:
  static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};

  void add(std::uint64_t key) {
    if ((size_ + 1) * 4 > keys_.size() * 3) grow();
    std::size_t i = slot(key);
    while (keys_[i] != kEmpty && keys_[i] != key) i = (i + 1) & (keys_.size() - 1);
    if (keys_[i] == kEmpty) {
      keys_[i] = key;
      ++size_;
    }
    ++counts_[i];
  }
  void add(std::uint64_t key, std::uint32_t count) {
    if ((size_ + 1) * 4 > keys_.size() * 3) grow();
    std::size_t i = slot(key);
    while (keys_[i] != kEmpty && keys_[i] != key) i = (i + 1) & (keys_.size() - 1);
    if (keys_[i] == kEmpty) {
      keys_[i] = key;
      ++size_;
    }
    counts_[i] += count;
  }
  std::uint32_t at(std::uint64_t key) const {
    if (keys_.empty()) return 0;
    std::size_t i = slot(key);
    while (keys_[i] != kEmpty) {
      if (keys_[i] == key) return counts_[i];
      i = (i + 1) & (keys_.size() - 1);
    }
    return 0;
  }
  template <class F>
  void forEach(F&& f) const {
    for (std::size_t i = 0; i < keys_.size(); ++i)
      if (keys_[i] != kEmpty) f(keys_[i], counts_[i]);
  }

 private:
  std::size_t slot(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & (keys_.size() - 1);
  }
  void grow() {
    std::vector<std::uint64_t> keys(std::max<std::size_t>(keys_.size() * 2, 1024), kEmpty);
    std::vector<std::uint32_t> counts(keys.size(), 0);
    keys.swap(keys_);
    counts.swap(counts_);
    size_ = 0;
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] != kEmpty) add(keys[i], counts[i]);
  }

  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> counts_;
  std::size_t size_ = 0;
};

struct TermTally {
  TermCountTable counts;
  std::uint64_t unigrams = 0;
  std::uint64_t bigrams = 0;
};

struct MatcherCell {
  std::uint64_t count = 0;
  Moments with;
  Moments without;
  std::vector<VoiceQuote> quotes;  // raw until finish() masks them
};

struct GroupState {
  std::string name;
  std::uint64_t commenters = 0;
  std::vector<MatcherCell> cells;  // themes, then attributes
  TermTally terms;
};

struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::uint32_t foldedBegin = 0;
  std::uint32_t foldedSize = 0;
  bool hasLetter = false;
  bool breakBefore = false;
  std::uint32_t word = kNone;
};

struct BufferedRow {
  std::string group;
  double overall = kNotComputable;
  std::vector<std::string> comments;
  std::string name;
  std::size_t row = 0;
};

struct Hit {
  std::size_t column = 0;
  std::size_t offset = 0;
};

}  // namespace

struct VoicesAnalyzer::State {
  struct LanguageTable {
    Stemmer stemmer;
    StringMap<std::uint32_t> ids;
    std::vector<WordInfo> words;
    std::vector<std::uint32_t> candidates;  // pattern indices, in ranges of WordInfo
    explicit LanguageTable(Language l) : stemmer(l) {}
  };

  Codebook codebook;
  std::size_t columns = 0;
  VoicesOptions options;
  std::vector<Pattern> patterns;
  std::size_t matchers = 0;  // themes + attributes
  std::vector<AttributeMentions> attributes;
  std::vector<std::vector<std::size_t>> tiedThemes;  // per attribute
  std::vector<std::size_t> wordsNeeded;              // per attribute: its words a mention holds

  std::vector<LanguagePlan> plans;
  bool planned = false;
  std::vector<BufferedRow> buffer;

  std::array<std::unique_ptr<LanguageTable>, kLanguageCount> tables;
  StringMap<std::uint32_t> stemIds;
  std::vector<std::string> stems;

  std::vector<GroupState> groups;  // [0] is All
  StringMap<std::size_t> groupIndex;
  NameList names;

  // Scratch, reused for every row.
  std::string folded;
  std::vector<Token> tokens;
  std::vector<std::uint8_t> hit;
  std::vector<Hit> firstHit;
  std::vector<std::uint8_t> patternHit;  // per pattern, this row
  std::vector<std::size_t> wordsHit;     // per attribute: its words this row holds

  State(const Codebook& book, std::size_t cols, VoicesOptions opts)
      : codebook(book), columns(cols), options(std::move(opts)) {
    groups.push_back(GroupState{std::string(kAll), 0, {}, {}});
    for (std::size_t t = 0; t < codebook.themes.size(); ++t)
      for (const std::string& k : codebook.themes[t].keywords) addPattern(t, k);
    setUpAttributes();
    matchers = codebook.themes.size() + attributes.size();
    groups[0].cells.resize(matchers);
    hit.resize(matchers);
    firstHit.resize(matchers);
    for (const std::string& g : options.groups) group(g);
    if (options.language) {
      plans.assign(columns, LanguagePlan{*options.language, false});
      planned = true;
    }
  }

  void addPattern(std::size_t matcher, std::string_view keyword) {
    Pattern p;
    p.matcher = matcher;
    WordScanner scanner(keyword);
    for (Word w; scanner.next(w);) {
      PatternItem item;
      item.folded = std::string(w.folded);
      item.prefix = w.end < keyword.size() && keyword[w.end] == '*';
      p.items.push_back(std::move(item));
    }
    if (!p.items.empty()) patterns.push_back(std::move(p));
  }

  // An attribute is looked for by its words that no other attribute shares in
  // any of their stems ("Seat comfort" and "Seat cleanliness" are told apart
  // by "comfort" and "cleanliness"; "session" and "sessions" are one word). A
  // comment mentions a short name ("Waiting time") by one of its words, and a
  // long one by two: one word of "Working towards a high-school equivalency
  // certificate" ("work") says too little. An attribute with no word of its
  // own is looked for by its whole name as a phrase.
  void setUpAttributes() {
    std::array<std::optional<Stemmer>, kLanguageCount> stemmers;
    auto stemsOf = [&](const std::string& folded) {
      std::array<std::string, kLanguageCount> out;
      for (std::size_t l = 0; l < kLanguageCount; ++l) {
        if (!stemmers[l]) stemmers[l].emplace(static_cast<Language>(l));
        out[l] = std::string(stemmers[l]->stem(folded));
      }
      return out;
    };
    struct AttributeWord {
      std::string folded;
      std::array<std::string, kLanguageCount> stems;
    };
    std::vector<std::vector<AttributeWord>> words(options.attributes.size());
    for (std::size_t a = 0; a < options.attributes.size(); ++a) {
      WordScanner scanner(options.attributes[a]);
      for (Word w; scanner.next(w);) {
        if (!w.hasLetter || w.folded.size() < 3 || stopWordMask(w.folded) != 0) continue;
        AttributeWord word{std::string(w.folded), stemsOf(std::string(w.folded))};
        const bool repeated =
            std::any_of(words[a].begin(), words[a].end(),
                        [&](const AttributeWord& o) { return o.stems == word.stems; });
        if (!repeated) words[a].push_back(std::move(word));
      }
    }
    auto shared = [&](std::size_t a, const AttributeWord& w) {
      for (std::size_t b = 0; b < words.size(); ++b) {
        if (b == a) continue;
        for (const AttributeWord& o : words[b])
          for (std::size_t l = 0; l < kLanguageCount; ++l)
            if (o.stems[l] == w.stems[l]) return true;
      }
      return false;
    };
    const std::size_t base = codebook.themes.size();
    for (std::size_t a = 0; a < options.attributes.size(); ++a) {
      AttributeMentions m;
      m.attribute = options.attributes[a];
      for (const AttributeWord& w : words[a])
        if (!shared(a, w)) m.words.push_back(w.folded);
      if (m.words.empty()) {
        if (!foldText(m.attribute).empty()) addPattern(base + a, m.attribute);
        m.words.push_back(foldText(m.attribute));
        wordsNeeded.push_back(1);
      } else {
        for (const std::string& w : m.words) addPattern(base + a, w);
        wordsNeeded.push_back(m.words.size() >= 3 ? 2 : 1);
      }
      std::vector<std::size_t> tied;
      const std::string key = foldText(m.attribute);
      for (std::size_t t = 0; t < codebook.themes.size(); ++t)
        if (!key.empty() && foldText(codebook.themes[t].attribute) == key) {
          tied.push_back(t);
          m.themes.push_back(codebook.themes[t].name);
        }
      tiedThemes.push_back(std::move(tied));
      attributes.push_back(std::move(m));
    }
    patternHit.assign(patterns.size(), 0);
    wordsHit.assign(attributes.size(), 0);
  }

  std::uint32_t stemId(std::string_view stem) {
    const auto it = stemIds.find(stem);
    if (it != stemIds.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(stems.size());
    stems.emplace_back(stem);
    stemIds.emplace(std::string(stem), id);
    return id;
  }

  LanguageTable& table(Language l) {
    auto& t = tables[static_cast<std::size_t>(l)];
    if (!t) {
      t = std::make_unique<LanguageTable>(l);
      for (Pattern& p : patterns)
        for (PatternItem& item : p.items)
          if (!item.prefix)
            item.stem[static_cast<std::size_t>(l)] = stemId(t->stemmer.stem(item.folded));
    }
    return *t;
  }

  bool itemMatches(const PatternItem& item, Language l, std::string_view word,
                   std::uint32_t stem) const {
    if (item.prefix) return word.substr(0, item.folded.size()) == item.folded;
    return item.stem[static_cast<std::size_t>(l)] == stem;
  }

  std::uint32_t wordId(Language l, std::string_view foldedWord, std::string_view raw,
                       bool hasLetter) {
    LanguageTable& t = table(l);
    const auto it = t.ids.find(foldedWord);
    if (it != t.ids.end()) return it->second;
    WordInfo info;
    info.stem = stemId(t.stemmer.stem(foldedWord));
    info.content = hasLetter && foldedWord.size() >= 2 && stopWordMask(foldedWord) == 0;
    info.candidatesBegin = static_cast<std::uint32_t>(t.candidates.size());
    for (std::size_t p = 0; p < patterns.size(); ++p)
      if (itemMatches(patterns[p].items[0], l, foldedWord, info.stem))
        t.candidates.push_back(static_cast<std::uint32_t>(p));
    info.candidatesEnd = static_cast<std::uint32_t>(t.candidates.size());
    info.display = lowerCase(raw);
    const auto id = static_cast<std::uint32_t>(t.words.size());
    t.words.push_back(std::move(info));
    t.ids.emplace(std::string(foldedWord), id);
    return id;
  }

  std::size_t group(std::string_view name) {
    const std::string_view trimmed = trim(name);
    if (trimmed.empty()) return 0;
    const auto it = groupIndex.find(trimmed);
    if (it != groupIndex.end()) return it->second;
    // Beyond the analysis' limit (an id taken for a group column), a row
    // counts under All only, as it does in the other results.
    if (groups.size() > options.maxGroups) return 0;
    std::string shown(trimmed);
    if (shown == kAll) shown += " (group)";
    groups.push_back(GroupState{shown, 0, std::vector<MatcherCell>(matchers), {}});
    groupIndex.emplace(std::string(trimmed), groups.size() - 1);
    return groups.size() - 1;
  }

  void plan() {
    plans.clear();
    for (std::size_t c = 0; c < columns; ++c) {
      LanguageVotes votes;
      for (const BufferedRow& r : buffer)
        if (c < r.comments.size() && !r.comments[c].empty()) votes.add(r.comments[c]);
      plans.push_back(votes.decide(options.fallbackLanguage));
    }
    planned = true;
    std::vector<BufferedRow> rows = std::move(buffer);
    buffer.clear();
    std::vector<std::string_view> views;
    for (const BufferedRow& r : rows) {
      views.assign(r.comments.begin(), r.comments.end());
      process({r.group, r.overall, views, r.name, r.row});
    }
  }

  void add(const VoicesRow& row) {
    if (planned) return process(row);
    BufferedRow b{std::string(row.group), row.overall, {}, std::string(row.name), row.row};
    for (std::size_t c = 0; c < std::min(columns, row.comments.size()); ++c)
      b.comments.emplace_back(row.comments[c]);
    buffer.push_back(std::move(b));
    if (buffer.size() >= options.languageSample) plan();
  }

  // Marks the patterns the tokens match when read in `language`; leaves
  // each token's word id in that language.
  void matchPatterns(Language language, std::size_t column, std::string_view text) {
    for (Token& t : tokens)
      t.word = wordId(language, std::string_view(folded).substr(t.foldedBegin, t.foldedSize),
                      text.substr(t.begin, t.end - t.begin), t.hasLetter);
    const LanguageTable& table = *tables[static_cast<std::size_t>(language)];
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const WordInfo& info = table.words[tokens[i].word];
      for (std::uint32_t c = info.candidatesBegin; c < info.candidatesEnd; ++c) {
        const Pattern& pattern = patterns[table.candidates[c]];
        if (hit[pattern.matcher] || i + pattern.items.size() > tokens.size()) continue;
        bool match = true;
        for (std::size_t k = 1; k < pattern.items.size() && match; ++k) {
          const Token& next = tokens[i + k];
          match = itemMatches(pattern.items[k], language,
                              std::string_view(folded).substr(next.foldedBegin, next.foldedSize),
                              table.words[next.word].stem);
        }
        if (!match) continue;
        const std::size_t themes = codebook.themes.size();
        if (pattern.matcher >= themes) {
          const std::size_t p = static_cast<std::size_t>(table.candidates[c]);
          if (patternHit[p]) continue;
          patternHit[p] = 1;
          const std::size_t a = pattern.matcher - themes;
          if (++wordsHit[a] < wordsNeeded[a]) continue;
        }
        hit[pattern.matcher] = 1;
        firstHit[pattern.matcher] = {column, tokens[i].begin};
      }
    }
  }

  // Reads one comment: its words, their language, the patterns they match and
  // the terms they add. False when it holds no word.
  bool readComment(std::size_t column, std::string_view text, TermTally& tally) {
    tokens.clear();
    folded.clear();
    WordScanner scanner(text);
    for (Word w; scanner.next(w);) {
      Token t;
      t.begin = w.begin;
      t.end = w.end;
      t.foldedBegin = static_cast<std::uint32_t>(folded.size());
      t.foldedSize = static_cast<std::uint32_t>(w.folded.size());
      t.hasLetter = w.hasLetter;
      t.breakBefore = w.sentenceBreakBefore;
      folded.append(w.folded);
      tokens.push_back(t);
    }
    if (tokens.empty()) return false;
    auto foldedOf = [&](const Token& t) {
      return std::string_view(folded).substr(t.foldedBegin, t.foldedSize);
    };

    const LanguagePlan& p = plans[column];
    Language language = p.language;
    if (p.mixed) {
      LanguageHits hits{};
      for (const Token& t : tokens) {
        const unsigned mask = stopWordMask(foldedOf(t));
        for (std::size_t l = 0; l < kLanguageCount; ++l)
          if (mask & (1u << l)) ++hits[l];
      }
      language = commentLanguage(p, hits);
    }
    // Keywords: in a mixed column every word is tried with each language's
    // stemmer, so a short comment whose language is unclear still matches.
    if (p.mixed) {
      for (std::size_t l = 0; l < kLanguageCount; ++l)
        if (static_cast<Language>(l) != language)
          matchPatterns(static_cast<Language>(l), column, text);
    }
    matchPatterns(language, column, text);
    LanguageTable& table = *tables[static_cast<std::size_t>(language)];

    std::uint32_t previous = kNone;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      WordInfo& info = table.words[tokens[i].word];
      if (!info.content) {
        previous = kNone;
        continue;
      }
      ++info.uses;
      tally.counts.add(unigramKey(info.stem));
      ++tally.unigrams;
      if (previous != kNone && !tokens[i].breakBefore && previous != info.stem) {
        tally.counts.add(bigramKey(previous, info.stem));
        ++tally.bigrams;
      }
      previous = info.stem;
    }
    return true;
  }

  std::string quoteText(std::string_view comment, std::size_t offset) const {
    std::string_view s = sentenceAt(comment, offset);
    if (s.size() <= options.maxQuoteBytes) return std::string(s);
    // Cut at the last word end that fits, and keep the keyword inside.
    const std::size_t sentenceStart = static_cast<std::size_t>(s.data() - comment.data());
    std::size_t from = 0;
    if (offset - sentenceStart > options.maxQuoteBytes / 2)
      from = offset - sentenceStart - options.maxQuoteBytes / 2;
    std::size_t cutBegin = 0;
    std::size_t cutEnd = 0;
    WordScanner words(s);
    for (Word w; words.next(w);) {
      if (w.begin < from) continue;
      if (cutEnd == 0) cutBegin = w.begin;
      if (w.end - cutBegin > options.maxQuoteBytes) break;
      cutEnd = w.end;
    }
    if (cutEnd == 0) return std::string(s.substr(0, 0));
    std::string out;
    if (cutBegin > 0) out += "… ";
    out.append(s.substr(cutBegin, cutEnd - cutBegin));
    out += " …";
    return out;
  }

  void process(const VoicesRow& row) {
    std::fill(hit.begin(), hit.end(), 0);
    std::fill(patternHit.begin(), patternHit.end(), 0);
    std::fill(wordsHit.begin(), wordsHit.end(), 0);
    const std::size_t g = group(row.group);
    bool commented = false;
    const std::size_t n = std::min(columns, row.comments.size());
    for (std::size_t c = 0; c < n; ++c)
      if (!trim(row.comments[c]).empty() && readComment(c, row.comments[c], groups[g].terms))
        commented = true;
    if (!commented) return;
    if (!trim(row.name).empty()) names.add(row.name);
    const std::size_t themes = codebook.themes.size();
    for (std::size_t a = 0; a < attributes.size(); ++a)
      for (std::size_t t : tiedThemes[a])
        if (hit[t] && !hit[themes + a]) {
          hit[themes + a] = 1;
          firstHit[themes + a] = firstHit[t];
        }
    for (std::size_t target : {std::size_t{0}, g}) {
      GroupState& gs = groups[target];
      ++gs.commenters;
      for (std::size_t m = 0; m < matchers; ++m) {
        MatcherCell& cell = gs.cells[m];
        if (!hit[m]) {
          cell.without.add(row.overall);
          continue;
        }
        ++cell.count;
        cell.with.add(row.overall);
        const std::size_t limit = m < themes ? options.maxQuotes : 1;
        if (cell.quotes.size() >= limit) continue;
        std::string text = quoteText(row.comments[firstHit[m].column], firstHit[m].offset);
        const bool repeated = std::any_of(cell.quotes.begin(), cell.quotes.end(),
                                          [&](const VoiceQuote& q) { return q.text == text; });
        if (!text.empty() && !repeated)
          cell.quotes.push_back(VoiceQuote{gs.name, row.row, std::move(text)});
      }
      if (g == 0) break;
    }
  }

  void fillStats(const GroupState& gs, const MatcherCell& cell, ThemeGroupStats& s) const {
    s.group = gs.name;
    s.commenters = gs.commenters;
    s.suppressed = gs.commenters < options.minN;
    if (s.suppressed) return;
    s.share = wilsonInterval(cell.count, gs.commenters);
    // Counted by the answers the means rest on: a commenter may have left
    // the overall question blank.
    const bool withShown = cell.with.n() >= options.minN;
    const bool withoutShown = cell.without.n() >= options.minN;
    if (withShown) s.overallWith = cell.with.mean();
    if (withoutShown) s.overallWithout = cell.without.mean();
    if (withShown && withoutShown) s.difference = welchDifference(cell.with, cell.without);
  }

  // Quotes are shown for the groups at or above minN; All's only when the
  // table has no groups, since they would repeat the groups' quotes.
  bool quotesShown(std::size_t g) const {
    if (groups[g].commenters < options.minN) return false;
    return g > 0 || groups.size() == 1;
  }

  VoiceQuote masked(const VoiceQuote& q) const {
    return VoiceQuote{q.group, q.row, maskPersonalData(q.text, names)};
  }

  std::string displayOf(std::uint32_t stem, const std::vector<std::uint32_t>& best,
                        const std::vector<const WordInfo*>& words) const {
    return best[stem] == kNone ? stems[stem] : words[best[stem]]->display;
  }

  void distinctiveTerms(VoicesResult& result) const {
    // The most used spelling of each stem names it.
    std::vector<const WordInfo*> words;
    std::vector<std::uint32_t> best(stems.size(), kNone);
    for (const auto& t : tables) {
      if (!t) continue;
      for (const WordInfo& w : t->words) {
        const auto id = static_cast<std::uint32_t>(words.size());
        words.push_back(&w);
        if (w.uses > 0 && (best[w.stem] == kNone || words[best[w.stem]]->uses < w.uses))
          best[w.stem] = id;
      }
    }
    TermTally total;
    for (const GroupState& gs : groups) {
      total.unigrams += gs.terms.unigrams;
      total.bigrams += gs.terms.bigrams;
      gs.terms.counts.forEach(
          [&](std::uint64_t key, std::uint32_t count) { total.counts.add(key, count); });
    }
    for (std::size_t g = 1; g < groups.size(); ++g) {
      const GroupState& gs = groups[g];
      if (gs.commenters < options.minN) continue;
      std::vector<DistinctiveTerm> found;
      gs.terms.counts.forEach([&](std::uint64_t key, std::uint32_t count) {
        if (count < options.minTermCount) return;
        const bool unigram = (key & kNone) == kNone;
        const double n = static_cast<double>(unigram ? gs.terms.unigrams : gs.terms.bigrams);
        const double corpus = static_cast<double>(unigram ? total.unigrams : total.bigrams);
        const double inCorpus = static_cast<double>(total.counts.at(key));
        TermCounts c;
        c.inGroup = count;
        c.groupTotal = n;
        c.inRest = inCorpus - count;
        c.restTotal = corpus - n;
        if (c.restTotal <= 0) return;
        c.priorTotal = options.priorTotal;
        c.prior = informativePrior(options.priorTotal, inCorpus, corpus);
        const LogOdds lo = weightedLogOdds(c);
        if (!(lo.z >= options.minZ)) return;
        const auto a = static_cast<std::uint32_t>(key >> 32);
        std::string term = displayOf(a, best, words);
        if (!unigram) term += " " + displayOf(static_cast<std::uint32_t>(key & kNone), best, words);
        found.push_back(DistinctiveTerm{gs.name, std::move(term), count, lo.delta, lo.z});
      });
      std::sort(found.begin(), found.end(), [](const DistinctiveTerm& x, const DistinctiveTerm& y) {
        return x.z != y.z ? x.z > y.z : x.term < y.term;
      });
      if (found.size() > options.termsPerGroup) found.resize(options.termsPerGroup);
      result.distinctiveTerms.insert(result.distinctiveTerms.end(), found.begin(), found.end());
    }
  }

  VoicesResult finish() {
    if (!planned) plan();
    VoicesResult result;
    result.commenters = groups[0].commenters;
    for (const LanguagePlan& p : plans)
      result.columns.push_back(
          CommentColumnLanguage{p.language, p.mixed, !options.language.has_value()});
    const std::size_t themes = codebook.themes.size();
    for (std::size_t t = 0; t < themes; ++t) {
      ThemeResult tr;
      tr.theme = codebook.themes[t];
      for (std::size_t g = 0; g < groups.size(); ++g) {
        ThemeGroupStats s;
        fillStats(groups[g], groups[g].cells[t], s);
        tr.byGroup.push_back(std::move(s));
        if (quotesShown(g))
          for (const VoiceQuote& q : groups[g].cells[t].quotes) tr.quotes.push_back(masked(q));
      }
      result.themes.push_back(std::move(tr));
    }
    for (std::size_t a = 0; a < attributes.size(); ++a) {
      AttributeMentions m = attributes[a];
      for (std::size_t g = 0; g < groups.size(); ++g) {
        const MatcherCell& cell = groups[g].cells[themes + a];
        AttributeMentionStats s;
        s.group = groups[g].name;
        s.commenters = groups[g].commenters;
        s.suppressed = s.commenters < options.minN;
        if (!s.suppressed) s.count = cell.count;
        if (quotesShown(g) && !cell.quotes.empty()) s.quote = masked(cell.quotes.front());
        m.byGroup.push_back(std::move(s));
      }
      result.attributes.push_back(std::move(m));
    }
    distinctiveTerms(result);
    return result;
  }
};

VoicesAnalyzer::VoicesAnalyzer(const Codebook& codebook, std::size_t commentColumns,
                               VoicesOptions options)
    : state_(std::make_unique<State>(codebook, commentColumns, std::move(options))) {}
VoicesAnalyzer::~VoicesAnalyzer() = default;
VoicesAnalyzer::VoicesAnalyzer(VoicesAnalyzer&&) noexcept = default;
VoicesAnalyzer& VoicesAnalyzer::operator=(VoicesAnalyzer&&) noexcept = default;

void VoicesAnalyzer::add(const VoicesRow& row) { state_->add(row); }
VoicesResult VoicesAnalyzer::finish() { return state_->finish(); }

Codebook suggestCodebook(const VoicesResult& result, std::size_t maxThemes) {
  std::vector<const DistinctiveTerm*> terms;
  for (const DistinctiveTerm& t : result.distinctiveTerms) terms.push_back(&t);
  std::stable_sort(terms.begin(), terms.end(),
                   [](const auto* a, const auto* b) { return a->z > b->z; });
  Codebook book;
  for (const DistinctiveTerm* t : terms) {
    if (book.themes.size() >= maxThemes) break;
    const bool seen = std::any_of(book.themes.begin(), book.themes.end(),
                                  [&](const CodebookTheme& c) { return c.name == t->term; });
    if (!seen) book.themes.push_back(CodebookTheme{t->term, {t->term}, {}, "suggested"});
  }
  return book;
}

}  // namespace cf::core
