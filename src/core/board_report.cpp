#include "board_report.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>

#include "focus_checks.h"
#include "ipa_chart.h"
#include "messages.h"
#include "report.h"
#include "text.h"
#include "waves/changes.h"

namespace cf::core {
namespace {

using Kind = WorksheetBlock::Kind;

bool sameName(std::string_view a, std::string_view b) { return foldCase(trim(a)) == foldCase(trim(b)); }

struct Writer {
  const Model& model;
  const Results& results;
  const ReportOptions& options;

  std::string decimal(double v, int places) const {
    return formatDecimal(v, places, options.decimalSeparator);
  }
  std::string signedDecimal(double v, int places) const {
    return (v > 0 ? "+" : "") + decimal(v, places);
  }
  std::string percent(double share) const {
    return std::isfinite(share) ? decimal(100.0 * share, 0) + " %" : "–";
  }

  // The survey's groups in report order: the primary customer first, then the
  // model's groups in its order, then the others; All is left out.
  std::vector<std::size_t> groupOrder() const {
    std::vector<std::size_t> order;
    const auto add = [&](std::size_t g) {
      if (std::find(order.begin(), order.end(), g) == order.end()) order.push_back(g);
    };
    for (std::size_t g = 1; g < results.groups.size(); ++g)
      if (results.groups[g].role == Role::Primary) add(g);
    for (const CustomerGroup& c : model.customers)
      if (c.role == Role::Primary)
        for (std::size_t g = 1; g < results.groups.size(); ++g)
          if (sameName(results.groups[g].name, c.name)) add(g);
    for (const CustomerGroup& c : model.customers)
      for (std::size_t g = 1; g < results.groups.size(); ++g)
        if (sameName(results.groups[g].name, c.name)) add(g);
    for (std::size_t g = 1; g < results.groups.size(); ++g) add(g);
    return order;
  }

  bool withheld(std::size_t g) const {
    const GroupResult& group = results.groups[g];
    return group.n > 0 && group.n < results.minN;
  }

  const KeyDriver* keyDriverOf(std::size_t g, std::size_t a) const {
    for (const KeyDriver& d : results.keyDrivers)
      if (d.group == g && d.attribute == a) return &d;
    return nullptr;
  }

  // The group's five most important attributes: by mean stated importance,
  // else by key-driver share.
  std::vector<std::size_t> topAttributes(std::size_t g, bool& byKeyDriver) const {
    std::vector<std::pair<double, std::size_t>> ranked;
    for (std::size_t a = 0; a < results.attributes.size(); ++a) {
      const Measure& m = results.cell(g, a).importance;
      if (m.present && !m.suppressed && std::isfinite(m.estimate.mean)) ranked.push_back({m.estimate.mean, a});
    }
    byKeyDriver = ranked.empty();
    if (byKeyDriver)
      for (std::size_t a = 0; a < results.attributes.size(); ++a)
        if (const KeyDriver* d = keyDriverOf(g, a); d && std::isfinite(d->share)) ranked.push_back({d->share, a});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& l, const auto& r) { return l.first > r.first; });
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < ranked.size() && i < 5; ++i) out.push_back(ranked[i].second);
    return out;
  }

  // ---------------------------------------------------------------- sections

  // "Values": the section CustomerFocus.Report.Values, headed with the
  // message boardReport.values.heading.
  static WorksheetSection section(const std::string& name) {
    WorksheetSection s;
    s.name = std::string(kReportPrefix) + name;
    std::string key = name;
    key[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(key[0])));
    s.heading = tr("boardReport." + key + ".heading");
    return s;
  }

  WorksheetSection who() const {
    WorksheetSection s = section("Who");
    const std::string organisation = std::string(trim(model.organisation.name));
    const std::optional<Date> today = parseDate(options.today);
    s.introduction = tr("boardReport.who.about",
                        {organisation.empty() ? tr("boardReport.who.ourOrganisation") : organisation,
                         options.source.file, std::to_string(results.groups.empty() ? 0 : results.groups[0].n),
                         today ? options.dates.format(*today) : options.today});
    const std::string mission = std::string(trim(model.organisation.mission));
    s.blocks.push_back({Kind::Paragraph,
                        mission.empty() ? tr("boardReport.who.noMission") : tr("boardReport.who.mission", {mission})});
    WorksheetTable t;
    t.name = "CustomerFocus_Report_Who";
    t.header = {tr("boardReport.head.group"), tr("boardReport.head.role"), tr("boardReport.head.why"),
                tr("boardReport.head.respondents")};
    t.widths = {20, 17, 43, 20};
    std::vector<const CustomerGroup*> ordered;
    for (const CustomerGroup& c : model.customers)
      if (c.role == Role::Primary) ordered.push_back(&c);
    for (const CustomerGroup& c : model.customers)
      if (c.role != Role::Primary) ordered.push_back(&c);
    for (const CustomerGroup* c : ordered) {
      const bool primary = c->role == Role::Primary;
      const std::string why = std::string(trim(primary ? c->lifeChanged : c->whySatisfy));
      std::string n = "–";
      for (std::size_t g = 1; g < results.groups.size(); ++g)
        if (sameName(results.groups[g].name, c->name)) n = std::to_string(results.groups[g].n);
      t.rows.push_back({std::string(trim(c->name)),
                        tr(primary ? "boardReport.role.primary" : "boardReport.role.supporting"),
                        why.empty() ? tr("boardReport.who.notSaid") : shownInCell(why), n});
    }
    if (t.rows.empty())
      s.blocks.push_back({Kind::Paragraph, tr("worksheet.noGroups")});
    else
      s.blocks.push_back({Kind::Table, "", t});
    return s;
  }

  WorksheetSection checks() const {
    WorksheetSection s = section("Checks");
    std::vector<Finding> findings = checkFocus(model, options.today, options.dates);
    // The analysis' own CF008 for a group the model holds no evidence about.
    for (const Finding& f : results.focus) {
      const bool known = std::any_of(findings.begin(), findings.end(), [&](const Finding& m) {
        return m.id == f.id && sameName(m.group, f.group);
      });
      if (!known) findings.push_back(f);
    }
    if (findings.empty()) s.emptyNote = tr("boardReport.checks.none");
    for (const Finding& f : findings) s.blocks.push_back({Kind::Paragraph, "• " + f.message});
    return s;
  }

  WorksheetSection values() const {
    WorksheetSection s = section("Values");
    s.introduction = tr("boardReport.values.introduction");
    std::size_t tableNumber = 0;
    for (std::size_t g : groupOrder()) {
      const GroupResult& group = results.groups[g];
      s.blocks.push_back({Kind::Subheading, tr("boardReport.values.groupHeading", {group.name, std::to_string(group.n)})});
      if (withheld(g)) {
        s.blocks.push_back({Kind::Paragraph, tr("boardReport.values.withheld", {std::to_string(results.minN)})});
        continue;
      }
      bool byKeyDriver = false;
      const std::vector<std::size_t> top = topAttributes(g, byKeyDriver);
      if (top.empty()) {
        s.blocks.push_back({Kind::Paragraph, tr("boardReport.values.nothing")});
      } else {
        if (byKeyDriver) s.blocks.push_back({Kind::Paragraph, tr("boardReport.values.byKeyDriver")});
        WorksheetTable t;
        t.name = "CustomerFocus_Report_Values_" + std::to_string(++tableNumber);
        t.header = {tr("boardReport.head.attribute"), tr("boardReport.head.importance"),
                    tr("boardReport.head.satisfaction"), tr("boardReport.head.gap"),
                    tr("boardReport.head.topBox")};
        t.widths = {28, 19, 21, 12, 20};
        // The key-driver column only where the survey has key drivers.
        if (anyKeyDriver()) {
          t.header.push_back(tr("boardReport.head.keyDriver"));
          t.widths = {24, 16, 16, 12, 14, 18};
        }
        for (std::size_t a : top) {
          const CellResult& cell = results.cell(g, a);
          const auto mean = [&](const Measure& m) {
            return m.present && !m.suppressed ? decimal(m.estimate.mean, 2) : std::string("–");
          };
          const KeyDriver* d = keyDriverOf(g, a);
          t.rows.push_back({results.attributes[a], mean(cell.importance), mean(cell.satisfaction),
                            std::isfinite(cell.gap) ? signedDecimal(cell.gap, 2) : "–",
                            cell.satisfaction.present && !cell.satisfaction.suppressed
                                ? percent(cell.satisfaction.topBox.share)
                                : "–"});
          if (anyKeyDriver()) t.rows.back().push_back(d ? percent(d->share) : "–");
        }
        s.blocks.push_back({Kind::Table, "", t});
      }
      for (const NpsResult& nps : results.nps)
        if (nps.group == g && !nps.suppressed && nps.estimate.n > 0 && std::isfinite(nps.estimate.score))
          s.blocks.push_back({Kind::Paragraph,
                              tr("boardReport.values.nps",
                                 {signedDecimal(nps.estimate.score, 0), signedDecimal(nps.estimate.ciLow, 0),
                                  signedDecimal(nps.estimate.ciHigh, 0), std::to_string(nps.estimate.n)})});
    }
    if (s.blocks.empty()) s.emptyNote = tr("boardReport.values.noGroups");
    return s;
  }

  // ----------------------------------------------------------------- changes

  // What changed from the wave before the last to the last, in the words of
  // the Trends sheet, and the real changes of a mean in a table.
  WorksheetSection changes() const {
    WorksheetSection s = section("Changes");
    const WavesResult& w = *results.waves;
    const std::size_t last = w.waves.size() - 1;
    const WaveInfo& from = w.waves[last - 1];
    const WaveInfo& to = w.waves[last];
    s.introduction = tr("boardReport.changes.introduction",
                        {std::to_string(w.waves.size()), from.name, std::to_string(from.n), to.name,
                         std::to_string(to.n), std::to_string(w.comparisons), decimal(0.05, 2)});
    for (const std::string& sentence : describeChanges(w, options.decimalSeparator))
      s.blocks.push_back({Kind::Paragraph, "• " + sentence});
    WorksheetTable t;
    t.name = "CustomerFocus_Report_Changes";
    t.header = {tr("boardReport.head.group"),
                tr("boardReport.head.attribute"),
                tr("boardReport.changes.head.measure"),
                tr("boardReport.changes.head.mean", {from.name}),
                tr("boardReport.changes.head.mean", {to.name}),
                tr("boardReport.changes.head.change"),
                tr("boardReport.changes.head.interval")};
    t.widths = {18, 21, 18, 10, 10, 13, 14};
    const std::string& sep = options.decimalSeparator;
    for (const Trend* c : realChanges(w)) {
      if (c->byWave.size() != w.waves.size()) continue;
      t.rows.push_back(
          {trendGroupName(c->group), c->attribute,
           tr(c->measure == TrendMeasure::Importance ? "boardReport.head.importance"
                                                     : "boardReport.head.satisfaction"),
           formatWithMinus(c->byWave[last - 1].estimate.mean, 2, sep),
           formatWithMinus(c->byWave[last].estimate.mean, 2, sep),
           formatChange(c->change.difference, 2, sep),
           tr("boardReport.changes.interval", {formatWithMinus(c->change.ciLow, 2, sep),
                                               formatWithMinus(c->change.ciHigh, 2, sep)})});
    }
    if (!t.rows.empty()) s.blocks.push_back({Kind::Table, "", t});
    for (const std::string& sentence : describePartial(w))
      s.blocks.push_back({Kind::Paragraph, sentence});
    return s;
  }

  // The Concentrate-here rows of a group, in the Priorities sheet's order.
  std::vector<PriorityRow> concentrate(std::size_t g) const {
    std::vector<PriorityRow> out;
    for (const PriorityRow& p : groupPriorities(results, g).rows)
      if (p.quadrant == Quadrant::Concentrate) out.push_back(p);
    return out;
  }

  WorksheetSection act() const {
    WorksheetSection s = section("Act");
    s.introduction = tr("boardReport.act.introduction");
    for (std::size_t g : groupOrder()) {
      if (withheld(g)) continue;
      const GroupPriorities ranked = groupPriorities(results, g);
      if (ranked.rows.empty()) continue;
      const std::string& name = results.groups[g].name;
      s.blocks.push_back({Kind::Subheading, name});
      std::vector<std::string> items;
      for (const PriorityRow& p : ranked.rows)
        if (p.quadrant == Quadrant::Concentrate)
          items.push_back(tr(ranked.derived ? "boardReport.act.itemDerived" : "boardReport.act.item",
                             {results.attributes[p.attribute], decimal(p.y, ranked.derived ? 2 : 1),
                              decimal(p.x, 1)}));
      std::string list;
      for (const std::string& i : items) list += (list.empty() ? "" : "; ") + i;
      s.blocks.push_back({Kind::Paragraph, items.empty() ? tr("boardReport.act.none")
                                                         : tr("boardReport.act.items", {list})});
      IpaChart chart;
      chart.title = name;
      chart.xTitle = tr("report.head.satisfaction");
      chart.yTitle = tr(ranked.derived ? "report.head.derivedImportance" : "report.head.importance");
      chart.crossX = ranked.crossX;
      chart.crossY = ranked.crossY;
      chart.quadrants[0] = tr("report.quadrant.concentrate");
      chart.quadrants[1] = tr("report.quadrant.keep");
      chart.quadrants[2] = tr("report.quadrant.low");
      chart.quadrants[3] = tr("report.quadrant.overkill");
      for (const PriorityRow& p : ranked.rows)
        chart.points.push_back({results.attributes[p.attribute], p.x, p.y, p.quadrant == Quadrant::Concentrate});
      WorksheetBlock picture;
      picture.kind = Kind::Picture;
      picture.text = tr("boardReport.act.chart", {name});
      picture.svg = ipaChartSvg(chart);
      picture.widthMm = 160;
      picture.heightMm = 110;
      s.blocks.push_back(std::move(picture));
    }
    if (s.blocks.empty()) s.emptyNote = tr("boardReport.act.nothing");
    return s;
  }

  // ------------------------------------------------------------------ voices

  // Three quotes let a group be heard without one group filling the report.
  static constexpr std::size_t kQuotesPerGroup = 3;
  static constexpr std::size_t kWordsPerGroup = 5;

  std::string quoted(const VoiceQuote& q) const {
    return tr("boardReport.voices.quote", {q.text, std::to_string(q.row)});
  }

  // How many of the group wrote a comment: every theme and attribute carries
  // the count; without either it is unknown.
  static std::optional<std::uint64_t> commentersOf(const VoicesResult& v,
                                                   const std::string& group) {
    for (const ThemeResult& t : v.themes)
      for (const ThemeGroupStats& s : t.byGroup)
        if (s.group == group) return s.commenters;
    for (const AttributeMentions& a : v.attributes)
      for (const AttributeMentionStats& s : a.byGroup)
        if (s.group == group) return s.commenters;
    return std::nullopt;
  }

  // "2.5 vs 4.0: difference -1.5 (95% interval -2.4 to -0.6); goes with
  // lower satisfaction", or "–" when neither side has enough people.
  std::string withWithout(const ThemeGroupStats& s) const {
    if (!std::isfinite(s.overallWith) && !std::isfinite(s.overallWithout)) return "–";
    const std::string with = decimal(s.overallWith, 1), without = decimal(s.overallWithout, 1);
    const MeanDifference& d = s.difference;
    if (!std::isfinite(d.difference)) return tr("boardReport.voices.withWithout", {with, without});
    const std::string text = tr("boardReport.voices.difference",
                                {with, without, signedDecimal(d.difference, 1),
                                 signedDecimal(d.ciLow, 1), signedDecimal(d.ciHigh, 1)});
    return d.ciHigh < 0 ? tr("boardReport.voices.lower", {text}) : text;
  }

  // A codebook theme the group's commenters mention.
  struct Mention {
    const ThemeResult* theme = nullptr;
    const ThemeGroupStats* stats = nullptr;
  };

  WorksheetTable themeTable(const std::vector<Mention>& mentioned, std::size_t number) const {
    WorksheetTable t;
    t.name = "CustomerFocus_Report_Voices_" + std::to_string(number);
    t.header = {tr("boardReport.head.theme"), tr("boardReport.head.mentions")};
    t.widths = {40, 60};
    for (const Mention& m : mentioned) {
      const ProportionEstimate& p = m.stats->share;
      t.rows.push_back(
          {m.theme->theme.name, tr("boardReport.voices.mentions",
                                   {std::to_string(p.k), std::to_string(p.n), percent(p.share),
                                    percent(p.ciLow), percent(p.ciHigh)})});
    }
    // The satisfaction column only where a side had enough people.
    const bool compared = std::any_of(mentioned.begin(), mentioned.end(), [](const Mention& m) {
      return std::isfinite(m.stats->overallWith) || std::isfinite(m.stats->overallWithout);
    });
    if (compared) {
      t.header.push_back(tr("boardReport.head.withWithout"));
      t.widths = {24, 34, 42};
      for (std::size_t i = 0; i < mentioned.size(); ++i)
        t.rows[i].push_back(withWithout(*mentioned[i].stats));
    }
    return t;
  }

  // What a group at or above the minimum wrote: its themes (or, without
  // them, its distinctive words), up to three quotes, and the comments on
  // each attribute it is to concentrate on.
  void voicesOf(std::size_t g, const VoicesResult& v, std::size_t& tableNumber,
                std::vector<WorksheetBlock>& blocks) const {
    const std::string& name = results.groups[g].name;
    std::vector<Mention> mentioned;
    for (const ThemeResult& theme : v.themes)
      for (const ThemeGroupStats& st : theme.byGroup)
        if (st.group == name && !st.suppressed && st.share.k > 0)
          mentioned.push_back({&theme, &st});
    if (!mentioned.empty()) {
      blocks.push_back({Kind::Table, "", themeTable(mentioned, ++tableNumber)});
    } else {
      if (!v.themes.empty()) blocks.push_back({Kind::Paragraph, tr("boardReport.voices.noTheme")});
      std::vector<const DistinctiveTerm*> terms;
      for (const DistinctiveTerm& t : v.distinctiveTerms)
        if (t.group == name) terms.push_back(&t);
      std::stable_sort(
          terms.begin(), terms.end(),
          [](const DistinctiveTerm* l, const DistinctiveTerm* r) { return l->z > r->z; });
      std::string list;
      for (std::size_t i = 0; i < terms.size() && i < kWordsPerGroup; ++i)
        list += (list.empty() ? "" : ", ") + quote(terms[i]->term);
      if (!list.empty())
        blocks.push_back({Kind::Paragraph, tr("boardReport.voices.words", {list})});
    }

    const std::vector<PriorityRow> focus = concentrate(g);
    const auto inFocus = [&](const std::string& attribute) {
      return std::any_of(focus.begin(), focus.end(), [&](const PriorityRow& p) {
        return results.attributes[p.attribute] == attribute;
      });
    };
    std::vector<std::string> shown;  // a sentence that mentions two themes is quoted once
    const auto shownBefore = [&](const VoiceQuote& q) {
      return std::find(shown.begin(), shown.end(), q.text) != shown.end();
    };
    std::vector<const VoiceQuote*> quotes;
    if (!mentioned.empty()) {
      // A quote of each theme before a second of any, so that three quotes
      // cover three themes.
      std::vector<std::vector<const VoiceQuote*>> byTheme;
      for (const Mention& m : mentioned) {
        byTheme.emplace_back();
        for (const VoiceQuote& q : m.theme->quotes)
          if (q.group == name) byTheme.back().push_back(&q);
      }
      for (std::size_t round = 0; round < kQuotesPerGroup; ++round)
        for (const auto& themeQuotes : byTheme)
          if (round < themeQuotes.size()) quotes.push_back(themeQuotes[round]);
    } else {
      // The attributes to concentrate on are quoted below, with their counts.
      for (const AttributeMentions& a : v.attributes)
        for (const AttributeMentionStats& st : a.byGroup)
          if (st.group == name && !st.suppressed && st.quote && !inFocus(a.attribute))
            quotes.push_back(&*st.quote);
    }
    for (const VoiceQuote* q : quotes)
      if (shown.size() < kQuotesPerGroup && !shownBefore(*q)) {
        shown.push_back(q->text);
        blocks.push_back({Kind::Paragraph, quoted(*q)});
      }

    for (const PriorityRow& p : focus)
      for (const AttributeMentions& a : v.attributes) {
        if (a.attribute != results.attributes[p.attribute]) continue;
        for (const AttributeMentionStats& st : a.byGroup) {
          if (st.group != name || st.suppressed) continue;
          const std::string sentence =
              tr("boardReport.voices.concentrate",
                 {a.attribute, std::to_string(st.count), std::to_string(st.commenters)});
          blocks.push_back({Kind::Paragraph, sentence});
          if (st.quote && !shownBefore(*st.quote)) {
            shown.push_back(st.quote->text);
            blocks.push_back({Kind::Paragraph, quoted(*st.quote)});
          }
        }
      }
  }

  WorksheetSection voices() const {
    WorksheetSection s = section("Voices");
    if (!results.voices || results.voices->commenters == 0) {
      s.emptyNote =
          tr(results.voices ? "boardReport.voices.noComments" : "boardReport.voices.noColumn");
      return s;
    }
    const VoicesResult& v = *results.voices;
    s.introduction = tr("boardReport.voices.introduction", {std::to_string(v.commenters)});
    std::size_t tableNumber = 0;
    for (std::size_t g : groupOrder()) {
      const std::string& name = results.groups[g].name;
      const std::optional<std::uint64_t> commenters = commentersOf(v, name);
      // Without a count, only a group with distinctive words (which the
      // analysis finds for groups at or above the minimum) has something to say.
      const bool hasTerms = std::any_of(v.distinctiveTerms.begin(), v.distinctiveTerms.end(),
                                        [&](const DistinctiveTerm& t) { return t.group == name; });
      if (!commenters && !hasTerms) continue;
      s.blocks.push_back({Kind::Subheading, name});
      const std::size_t before = s.blocks.size();
      if (commenters && *commenters < results.minN)
        s.blocks.push_back(
            {Kind::Paragraph, tr("boardReport.voices.withheld", {std::to_string(results.minN)})});
      else
        voicesOf(g, v, tableNumber, s.blocks);
      if (s.blocks.size() == before)
        s.blocks.push_back({Kind::Paragraph, tr("boardReport.voices.nothing")});
    }
    if (s.blocks.empty()) s.emptyNote = tr("boardReport.values.noGroups");
    return s;
  }

  WorksheetSection drift() const {
    WorksheetSection s = section("Drift");
    for (const GroupComparison& c : results.primaryVsSupporting) {
      if (!c.missionDrift) continue;
      const CellResult& supporting = results.cell(c.supportingGroup, c.attribute);
      const CellResult& primary = results.cell(c.primaryGroup, c.attribute);
      s.blocks.push_back({Kind::Paragraph,
                          tr("boardReport.drift.item",
                             {results.groups[c.supportingGroup].name, quote(results.attributes[c.attribute]),
                              decimal(supporting.importance.estimate.mean, 1), results.groups[c.primaryGroup].name,
                              decimal(primary.importance.estimate.mean, 1)})});
    }
    if (s.blocks.empty()) s.emptyNote = tr("boardReport.drift.none");
    return s;
  }

  WorksheetSection assumptions() const {
    WorksheetSection s = section("Assumptions");
    s.introduction = tr("boardReport.assumptions.introduction");
    struct Surprise {
      std::string group;
      const AssumptionItem* item;
      double moved;
      bool derived;
    };
    std::vector<Surprise> surprises;
    for (const AssumptionCheck& check : results.assumptions) {
      if (!check.groupFound || check.evidence == Evidence::None) continue;
      for (const AssumptionItem& item : check.items)
        if (std::isfinite(item.predictedRank) && std::isfinite(item.measuredRank))
          surprises.push_back({check.group, &item, std::abs(item.predictedRank - item.measuredRank),
                               check.evidence == Evidence::Derived});
    }
    std::stable_sort(surprises.begin(), surprises.end(),
                     [](const Surprise& l, const Surprise& r) { return l.moved > r.moved; });
    if (surprises.empty()) {
      s.emptyNote = tr("boardReport.assumptions.none");
      return s;
    }
    s.table.name = "CustomerFocus_Report_Assumptions";
    s.table.header = {tr("boardReport.head.group"), tr("boardReport.head.value"), tr("boardReport.head.assumed"),
                      tr("boardReport.head.measured"), tr("boardReport.head.rankMoved")};
    s.table.widths = {20, 30, 17, 17, 16};
    for (const Surprise& x : surprises) {
      const AssumptionItem& i = *x.item;
      s.table.rows.push_back(
          {x.group, i.attribute,
           tr("boardReport.assumptions.assumed", {decimal(i.predicted, 0), decimal(i.predictedRank, 1)}),
           tr(x.derived ? "boardReport.assumptions.measuredDerived" : "boardReport.assumptions.measured",
              {decimal(i.measured, x.derived ? 2 : 1), decimal(i.measuredRank, 1)}),
           decimal(x.moved, 1)});
    }
    for (const AssumptionCheck& check : results.assumptions)
      if (check.groupFound && std::isfinite(check.rho))
        s.blocks.push_back({Kind::Paragraph, tr("boardReport.assumptions.rho",
                                                {check.group, decimal(check.rho, 2), std::to_string(check.n)})});
    return s;
  }

  WorksheetSection listening() const {
    WorksheetSection s = section("Listening");
    const std::optional<Date> today = parseDate(options.today);
    s.table.name = "CustomerFocus_Report_Listening";
    s.table.header = {tr("boardReport.head.group"), tr("worksheet.head.method"), tr("worksheet.head.owner"),
                      tr("boardReport.head.status")};
    s.table.widths = {22, 36, 22, 20};
    for (std::size_t i = 0; i < model.customers.size(); ++i) {
      const CustomerGroup& c = model.customers[i];
      for (const ListeningActivity& a : c.listening) {
        std::string status = tr("boardReport.listening.noDate");
        if (a.nextDate) {
          const std::string date = options.dates.format(*a.nextDate);
          if (today && *a.nextDate < *today)
            status = tr("boardReport.listening.overdue", {date});
          else if (today && dayNumber(*a.nextDate) - dayNumber(*today) <= 30)
            status = tr("boardReport.listening.due", {date});
          else
            status = tr("boardReport.listening.planned", {date});
        }
        s.table.rows.push_back({displayName(c, i), shownInCell(std::string(trim(a.method))),
                                shownInCell(std::string(trim(a.owner))), status});
      }
    }
    s.emptyNote = tr("boardReport.listening.none");
    return s;
  }

  WorksheetSection plan() const {
    WorksheetSection s = section("Plan");
    s.introduction = tr("boardReport.plan.introduction");
    s.table.name = kPlanTable;
    s.table.header = {tr("boardReport.head.group"), tr("boardReport.head.attribute"),
                      tr("boardReport.head.action"), tr("boardReport.head.owner"), tr("boardReport.head.due")};
    s.table.widths = {20, 26, 26, 14, 14};
    std::vector<bool> used(options.plan.size(), false);
    for (std::size_t g : groupOrder()) {
      if (withheld(g)) continue;
      for (const PriorityRow& p : concentrate(g)) {
        const std::string& group = results.groups[g].name;
        const std::string& attribute = results.attributes[p.attribute];
        std::vector<std::string> row = {group, attribute, "", "", ""};
        for (std::size_t i = 0; i < options.plan.size(); ++i)
          if (!used[i] && sameName(options.plan[i].group, group) && sameName(options.plan[i].attribute, attribute)) {
            used[i] = true;
            row[2] = options.plan[i].action;
            row[3] = options.plan[i].owner;
            row[4] = options.plan[i].due;
            break;
          }
        s.table.rows.push_back(std::move(row));
      }
    }
    // Rows the team typed about what is no longer to concentrate on stay.
    for (std::size_t i = 0; i < options.plan.size(); ++i) {
      const PlanRow& p = options.plan[i];
      const bool typed = !trim(p.action).empty() || !trim(p.owner).empty() || !trim(p.due).empty();
      if (!used[i] && typed) s.table.rows.push_back({p.group, p.attribute, p.action, p.owner, p.due});
    }
    s.emptyNote = tr("boardReport.plan.none");
    return s;
  }

  // ------------------------------------------------------------------ sources

  std::string columnOf(ColumnKind kind, const std::string& attribute = {}) const {
    for (const ColumnSpec& c : options.source.mapping.columns)
      if (c.kind == kind && c.index != kNoColumn && (attribute.empty() || sameName(c.attribute, attribute)))
        return columnLetters(options.source.firstColumn + c.index);
    return {};
  }

  // "D2:D313", or "D2:E313" for two adjacent columns, with the group's rows.
  std::string cells(const std::vector<std::string>& columns, const std::string& group) const {
    const SurveySource& src = options.source;
    const std::size_t first = src.firstRow + src.mapping.firstDataRow() + 1;
    const std::size_t last = src.firstRow + src.rows;
    std::string out;
    for (const std::string& c : columns) {
      if (c.empty()) continue;
      out += (out.empty() ? "" : ", ") + c + std::to_string(first) + ":" + c + std::to_string(last);
    }
    if (out.empty()) return "–";
    const std::string groupColumn = columnOf(ColumnKind::Group);
    if (!group.empty() && !groupColumn.empty())
      out = tr("boardReport.sources.rowsOf", {out, groupColumn, quote(group)});
    return out;
  }

  WorksheetSection sources() const {
    WorksheetSection s = section("Sources");
    s.introduction = tr("boardReport.sources.introduction");
    s.table.name = "CustomerFocus_Report_Sources";
    s.table.header = {tr("boardReport.head.figure"), tr("boardReport.head.file"), tr("boardReport.head.sheet"),
                      tr("boardReport.head.cells")};
    s.table.widths = {34, 18, 16, 32};
    const std::string& file = options.source.file;
    const std::string& sheet = options.source.sheet;
    const std::string outcome = columnOf(ColumnKind::Outcome);
    for (std::size_t g : groupOrder()) {
      if (withheld(g)) continue;
      const std::string& group = results.groups[g].name;
      bool byKeyDriver = false;
      std::vector<std::size_t> shown = topAttributes(g, byKeyDriver);
      // Every attribute plotted in Where to act first, after the top five.
      for (const PriorityRow& p : groupPriorities(results, g).rows)
        if (std::find(shown.begin(), shown.end(), p.attribute) == shown.end()) shown.push_back(p.attribute);
      for (std::size_t a : shown) {
        const std::string& attribute = results.attributes[a];
        s.table.rows.push_back({tr("boardReport.sources.attribute", {group, attribute}), file, sheet,
                                cells({columnOf(ColumnKind::Importance, attribute),
                                       columnOf(ColumnKind::Satisfaction, attribute)},
                                      group)});
      }
      if (!outcome.empty() && keyDriverOfGroup(g))
        s.table.rows.push_back({tr("boardReport.sources.keyDrivers", {group}), file, sheet,
                                cells({outcome}, group)});
      for (const NpsResult& nps : results.nps)
        if (nps.group == g && !nps.suppressed && nps.estimate.n > 0)
          s.table.rows.push_back({tr("boardReport.sources.nps", {group}), file, sheet,
                                  cells({columnOf(ColumnKind::Nps)}, group)});
    }
    std::vector<std::string> comments;
    for (const ColumnSpec& c : options.source.mapping.columns)
      if (c.kind == ColumnKind::Comment && c.index != kNoColumn)
        comments.push_back(columnLetters(options.source.firstColumn + c.index));
    if (results.voices && results.voices->commenters > 0 && !comments.empty())
      s.table.rows.push_back(
          {tr("boardReport.sources.comments"), file, sheet, cells(comments, "")});
    for (const AssumptionCheck& check : results.assumptions)
      if (check.groupFound && check.evidence != Evidence::None)
        s.table.rows.push_back({tr("boardReport.sources.assumed", {check.group}), tr("boardReport.sources.model"),
                                "–", "–"});
    s.emptyNote = tr("boardReport.sources.none");
    return s;
  }

  bool anyKeyDriver() const {
    return std::any_of(results.keyDrivers.begin(), results.keyDrivers.end(),
                       [](const KeyDriver& d) { return std::isfinite(d.share); });
  }

  bool keyDriverOfGroup(std::size_t g) const {
    return std::any_of(results.keyDrivers.begin(), results.keyDrivers.end(),
                       [&](const KeyDriver& d) { return d.group == g && std::isfinite(d.share); });
  }
};

}  // namespace

std::string columnLetters(std::size_t column) {
  std::string out;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
    out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
  return out;
}

WorksheetPlan planReport(const Model& model, const Results& results, const ReportOptions& options) {
  const Writer w{model, results, options};
  WorksheetPlan plan;
  plan.sections = {w.who(),   w.checks(),      w.values(),    w.act(),  w.voices(),
                   w.drift(), w.assumptions(), w.listening(), w.plan(), w.sources()};
  // A survey run in waves: what changed, after what each group values now.
  if (results.waves && results.waves->waves.size() >= 2)
    plan.sections.insert(plan.sections.begin() + 3, w.changes());
  else
    plan.retired.push_back(std::string(kReportPrefix) + "Changes");
  return plan;
}

}  // namespace cf::core
