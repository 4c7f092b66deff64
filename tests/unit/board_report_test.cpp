// The Customer Focus report as planned text: a small survey fed to the real
// Analyzer, with a model whose assumed values it contradicts, then
// planReport. The figures are worked out by hand beside each check.
#include "board_report.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "analysis.h"
#include "ipa_chart.h"
#include "messages.h"
#include "model_update.h"

namespace cf::core {
namespace {

const std::vector<std::string> kAttributes = {"Same tutor", "Certificate", "Evening sessions", "Reports"};

Model sampleModel() {
  Model m;
  m.organisation.name = "Riverside Reading Partners";
  m.organisation.mission = "Every adult reads.";
  CustomerGroup learners;
  learners.name = "Learners";
  learners.role = Role::Primary;
  learners.lifeChanged = "They read to their children.";
  for (const auto& [text, importance] :
       std::vector<std::pair<std::string, int>>{{"Certificate", 5}, {"Same tutor", 4}, {"Evening sessions", 3}}) {
    AssumedValue v;
    v.text = text;
    v.importance = importance;
    learners.assumedValues.push_back(v);
  }
  ListeningActivity overdue;
  overdue.method = "Exit interviews";
  overdue.owner = "Maria";
  overdue.nextDate = Date{2026, 11, 1};
  learners.listening.push_back(overdue);
  m.customers.push_back(learners);
  CustomerGroup funders;
  funders.name = "Funders";
  funders.role = Role::Supporting;
  funders.whySatisfy = "They pay for it.";
  m.customers.push_back(funders);
  return m;
}

// Learners (rows 2–6): importance 5, 2, 4, 1 and satisfaction 2, 4, 4, 3 for
// Same tutor, Certificate, Evening sessions, Reports; Funders (rows 7–11):
// importance 3, 4, 3, 5 and satisfaction 3 throughout. Each group's five rows
// vary by ±1 around those (−1, 0, 0, 0, +1) so that the means are exact.
// With `copies` = 2 each group's five rows come twice (Learners rows 2–11,
// Funders 12–21): the same means from ten respondents each.
Results analyse(const Model& model, int copies = 1) {
  SurveyLayout layout;
  layout.attributes = kAttributes;
  layout.hasImportance.assign(4, true);
  layout.hasSatisfaction.assign(4, true);
  layout.importanceScale.assign(4, Scale{1, 5});
  layout.satisfactionScale.assign(4, Scale{1, 5});
  layout.hasNps = true;
  AnalysisOptions options;
  options.assumptions = assumptionsOf(model);
  options.groupRoles = {{"Learners", Role::Primary}, {"Funders", Role::Supporting}};
  options.minN = 5;
  Analyzer analyzer(layout, options);
  const double learnerImp[4] = {5, 2, 4, 1}, learnerSat[4] = {2, 4, 4, 3};
  const double funderImp[4] = {3, 4, 3, 5}, funderSat[4] = {3, 3, 3, 3};
  const double wiggle[5] = {-1, 0, 0, 0, 1};
  std::size_t row = 2;
  for (int g = 0; g < 2; ++g)
    for (int r = 0; r < 5 * copies; ++r) {
      double imp[4], sat[4];
      for (int a = 0; a < 4; ++a) {
        const double base = g == 0 ? learnerImp[a] : funderImp[a];
        imp[a] = std::clamp(base + (base == 1 || base == 5 ? 0 : wiggle[r % 5]), 1.0, 5.0);
        sat[a] = g == 0 ? learnerSat[a] : funderSat[a];
      }
      Response response;
      response.row = row++;
      response.group = g == 0 ? "Learners" : "Funders";
      response.importance = imp;
      response.satisfaction = sat;
      response.nps = g == 0 ? 10 : 6;
      analyzer.add(response);
    }
  InputSummary summary;
  summary.rows = summary.rowsUsed = row - 2;
  return analyzer.finish(summary);
}

// The table: A Respondent, B Group, then importance and satisfaction of each
// attribute (C/D, E/F, G/H, I/J), K NPS; one header row, ten respondents.
ReportOptions options() {
  ReportOptions o;
  o.today = "2026-12-02";
  o.source.file = "survey-2026.csv";
  o.source.sheet = "survey-2026";
  o.source.rows = 11;
  Mapping& m = o.source.mapping;
  m.headerRows = 1;
  const auto column = [&](std::size_t index, ColumnKind kind, const std::string& attribute) {
    ColumnSpec c;
    c.index = index;
    c.kind = kind;
    c.attribute = attribute;
    m.columns.push_back(c);
  };
  column(1, ColumnKind::Group, "");
  for (std::size_t a = 0; a < kAttributes.size(); ++a) {
    column(2 + 2 * a, ColumnKind::Importance, kAttributes[a]);
    column(3 + 2 * a, ColumnKind::Satisfaction, kAttributes[a]);
  }
  column(10, ColumnKind::Nps, "");
  return o;
}

const WorksheetSection& section(const WorksheetPlan& plan, const std::string& name) {
  for (const WorksheetSection& s : plan.sections)
    if (s.name == std::string(kReportPrefix) + name) return s;
  throw std::logic_error("no section " + name);
}

std::vector<std::string> paragraphs(const WorksheetSection& s) {
  std::vector<std::string> out;
  for (const WorksheetBlock& b : s.blocks)
    if (b.kind == WorksheetBlock::Kind::Paragraph) out.push_back(b.text);
  return out;
}

// Every word of a section a reader sees, one text a line.
std::string allText(const WorksheetSection& s) {
  std::string all = s.heading + "\n" + s.introduction + "\n" + s.emptyNote + "\n";
  for (const std::string& h : s.table.header) all += h + "\n";
  for (const auto& row : s.table.rows)
    for (const std::string& c : row) all += c + "\n";
  for (const WorksheetBlock& b : s.blocks) {
    all += b.text + "\n";
    for (const std::string& h : b.table.header) all += h + "\n";
    for (const auto& row : b.table.rows)
      for (const std::string& c : row) all += c + "\n";
    all += b.svg;
  }
  return all;
}

const WorksheetTable& firstTable(const WorksheetSection& s) {
  for (const WorksheetBlock& b : s.blocks)
    if (b.kind == WorksheetBlock::Kind::Table) return b.table;
  return s.table;
}

TEST(BoardReport, HasTheTenSectionsInOrder) {
  const Model model = sampleModel();
  const WorksheetPlan plan = planReport(model, analyse(model), options());
  std::vector<std::string> names;
  for (const WorksheetSection& s : plan.sections) names.push_back(s.name.substr(std::string(kReportPrefix).size()));
  EXPECT_EQ(names, (std::vector<std::string>{"Who", "Checks", "Values", "Act", "Voices", "Drift",
                                             "Assumptions", "Listening", "Plan", "Sources"}));
  EXPECT_EQ(plan.sections[0].heading, "Who we serve");
  for (const WorksheetSection& s : plan.sections) {
    for (const auto& row : s.table.rows) EXPECT_EQ(row.size(), s.table.header.size()) << s.name;
    for (const WorksheetBlock& b : s.blocks)
      for (const auto& row : b.table.rows) EXPECT_EQ(row.size(), b.table.header.size()) << s.name;
  }
}

TEST(BoardReport, WhoWeServeNamesTheMissionAndEachGroupWithItsRespondents) {
  const Model model = sampleModel();
  const WorksheetPlan plan_ = planReport(model, analyse(model), options());
  const WorksheetSection& who = section(plan_, "Who");
  EXPECT_EQ(who.introduction,
            "Customer Focus report of Riverside Reading Partners, from the survey survey-2026.csv (10 "
            "respondents), 2026-12-02.");
  EXPECT_EQ(paragraphs(who)[0], "Our mission: Every adult reads.");
  EXPECT_EQ(firstTable(who).rows,
            (std::vector<std::vector<std::string>>{
                {"Learners", "Primary customer", "They read to their children.", "5"},
                {"Funders", "Supporting customer", "They pay for it.", "5"}}));
}

// Learners' importance means: Same tutor 5, Certificate (1+2+2+2+3)/5 = 2,
// Evening 4, Reports 1; satisfaction 2, 4, 4, 3. Top by importance: Same
// tutor (gap +3), Evening (0), Certificate (−2), Reports (−2). NPS: five
// promoters of five, +100, adjusted-Wald interval clamped at +100.
TEST(BoardReport, ValuesShowTheTopAttributesWithTheirFiguresAndTheNps) {
  const Model model = sampleModel();
  const WorksheetPlan plan_ = planReport(model, analyse(model), options());
  const WorksheetSection& values = section(plan_, "Values");
  ASSERT_GE(values.blocks.size(), 3u);
  EXPECT_EQ(values.blocks[0].text, "Learners (5 respondents)");
  const WorksheetTable& t = values.blocks[1].table;
  EXPECT_EQ(t.header, (std::vector<std::string>{"Attribute", "Importance", "Satisfaction", "Gap", "Satisfied"}));
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[0], (std::vector<std::string>{"Same tutor", "5.00", "2.00", "+3.00", "0 %"}));
  EXPECT_EQ(t.rows[1], (std::vector<std::string>{"Evening sessions", "4.00", "4.00", "0.00", "100 %"}));
  EXPECT_EQ(t.rows[2][0], "Certificate");
  EXPECT_EQ(values.blocks[2].text.rfind("Net Promoter Score: +100 (95% interval +", 0), 0u) << values.blocks[2].text;
}

TEST(BoardReport, ActFirstListsConcentrateItemsWithALabelledChart) {
  const Model model = sampleModel();
  const WorksheetPlan plan_ = planReport(model, analyse(model), options());
  const WorksheetSection& act = section(plan_, "Act");
  ASSERT_GE(act.blocks.size(), 3u);
  EXPECT_EQ(act.blocks[0].text, "Learners");
  // Same tutor: importance 5 above the mean 3, satisfaction 2 below 3.25.
  EXPECT_EQ(act.blocks[1].text, "Concentrate here: Same tutor (importance 5.0, satisfaction 2.0).");
  ASSERT_EQ(act.blocks[2].kind, WorksheetBlock::Kind::Picture);
  for (const std::string& a : kAttributes) EXPECT_NE(act.blocks[2].svg.find(">" + a + "<"), std::string::npos) << a;
}

// Funders rate Certificate 4 (means 3, 4, 4, 4, 5), above their mean 3.75;
// Learners 2 (1, 2, 2, 2, 3), below theirs, 3: a real difference, so drift.
// Reports (5 against 1) has no variance on either side, so no Welch test.
TEST(BoardReport, DriftAndSurprisesAreSentences) {
  const Model model = sampleModel();
  const WorksheetPlan plan = planReport(model, analyse(model), options());
  const WorksheetSection& drift = section(plan, "Drift");
  ASSERT_EQ(paragraphs(drift).size(), 1u);
  EXPECT_EQ(paragraphs(drift)[0],
            "Funders rate \"Certificate\" as important (4.0), while Learners do not (2.0). Serving it may pull us "
            "away from the people we exist for.");
  // Assumed Certificate 5 (rank 1), Same tutor 4 (2), Evening 3 (3);
  // measured 2 (rank 3), 5 (1), 4 (2): Certificate moved by 2, first.
  const WorksheetSection& assumptions = section(plan, "Assumptions");
  ASSERT_FALSE(assumptions.table.rows.empty());
  EXPECT_EQ(assumptions.table.rows[0],
            (std::vector<std::string>{"Learners", "Certificate", "5 (rank 1.0)", "2.0 (rank 3.0)", "2.0"}));
}

TEST(BoardReport, TheListeningPlanSaysWhatIsOverdue) {
  const Model model = sampleModel();
  const WorksheetPlan plan_ = planReport(model, analyse(model), options());
  const WorksheetSection& listening = section(plan_, "Listening");
  ASSERT_EQ(listening.table.rows.size(), 1u);
  EXPECT_EQ(listening.table.rows[0],
            (std::vector<std::string>{"Learners", "Exit interviews", "Maria", "Overdue since 2026-11-01"}));
}

TEST(BoardReport, ThePlanKeepsWhatTheTeamTypedByGroupAndAttribute) {
  const Model model = sampleModel();
  const Results results = analyse(model);
  ReportOptions o = options();
  o.plan = {{"Learners", "Same tutor", "Match tutors for a year", "Dev", "2027-03-01"},
            {"Learners", "Bus fares", "Pay bus fares", "Grace", ""},  // no longer to concentrate on
            {"Funders", "Reports", "", "", ""}};                    // nothing typed
  const WorksheetPlan plan_ = planReport(model, results, o);
  const WorksheetSection& plan = section(plan_, "Plan");
  EXPECT_EQ(plan.table.name, kPlanTable);
  ASSERT_GE(plan.table.rows.size(), 2u);
  EXPECT_EQ(plan.table.rows[0],
            (std::vector<std::string>{"Learners", "Same tutor", "Match tutors for a year", "Dev", "2027-03-01"}));
  EXPECT_EQ(plan.table.rows.back(), (std::vector<std::string>{"Learners", "Bus fares", "Pay bus fares", "Grace", ""}));
}

TEST(BoardReport, SourcesGiveTheCellsOfEveryFigure) {
  const Model model = sampleModel();
  const WorksheetPlan plan_ = planReport(model, analyse(model), options());
  const WorksheetSection& sources = section(plan_, "Sources");
  ASSERT_FALSE(sources.table.rows.empty());
  EXPECT_EQ(sources.table.rows[0], (std::vector<std::string>{"Learners: Same tutor", "survey-2026.csv",
                                                             "survey-2026",
                                                             "C2:C11, D2:D11, rows where column B is \"Learners\""}));
  bool nps = false;
  for (const auto& row : sources.table.rows)
    nps = nps || (row[0] == "Funders: Net Promoter Score" && row[3] == "K2:K11, rows where column B is \"Funders\"");
  EXPECT_TRUE(nps);
}

TEST(BoardReport, AGermanReportHasNoEnglishWords) {
  std::ifstream in(std::filesystem::path(CF_TEST_DATA_DIR) / ".." / ".." / "extension" / "strings" /
                       "Messages_de_DE.properties",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  ScopedMessages german(std::make_shared<Messages>(Messages::parse(text.str())));
  const Model model = sampleModel();
  ReportOptions o = options();
  o.decimalSeparator = ",";
  const WorksheetPlan plan = planReport(model, analyse(model), o);
  EXPECT_EQ(plan.sections[0].heading, "Wem wir dienen");
  std::string all;
  for (const WorksheetSection& s : plan.sections) all += allText(s);
  for (const char* english : {"Concentrate", "Importance", "Satisfaction", "respondents", "rank", "Overdue", "rows where",
                              "Primary customer", "interval"})
    EXPECT_EQ(all.find(english), std::string::npos) << english;
  EXPECT_NE(all.find("Hier ansetzen"), std::string::npos);
  EXPECT_NE(all.find("5,00"), std::string::npos);
}

// What the analysis of a comment column would give for analyse(model, 2),
// built by hand: all ten Learners wrote a comment, three Funders did (below
// the minimum of 5, so the analysis would show none of their figures).
//
// Bus times, Learners: 5 of 10, share 0.5; Wilson with z² = 3.8416:
// centre (0.5 + 0.19208) / 1.38416 = 0.5, half-width
// 1.96 · √(0.025 + 0.009604) / 1.38416 = 0.2634, so 23.7 % to 76.3 %. The
// five who mention it rated overall 2, 2, 3, 3, 3 (mean 2.6, s² 0.3), the five
// who do not 4, 4, 4, 5, 5 (mean 4.4, s² 0.3): difference −1.8, SE √0.12 =
// 0.3464, df 8, t 2.306, interval −2.599 to −1.001, entirely below 0.
// Certificates, Learners: 2 of 10, Wilson centre 0.2833, half-width 0.2266,
// so 5.7 % to 51.0 %; two mentioners are too few for their mean, the eight
// others average 3.5. Tutors: no Learner mentions it.
VoicesResult sampleVoices() {
  const auto stats = [](const std::string& group, std::uint64_t commenters) {
    ThemeGroupStats s;
    s.group = group;
    s.commenters = commenters;
    s.suppressed = commenters < 5;
    return s;
  };
  const auto share = [](std::uint64_t k, std::uint64_t n, double low, double high) {
    ProportionEstimate p;
    p.k = k;
    p.n = n;
    p.share = static_cast<double>(k) / static_cast<double>(n);
    p.ciLow = low;
    p.ciHigh = high;
    return p;
  };
  VoicesResult v;
  v.commenters = 13;

  ThemeResult bus;
  bus.theme.name = "Bus times";
  ThemeGroupStats busLearners = stats("Learners", 10);
  busLearners.share = share(5, 10, 0.2366, 0.7634);
  busLearners.overallWith = 2.6;
  busLearners.overallWithout = 4.4;
  busLearners.difference.difference = -1.8;
  busLearners.difference.ciLow = -2.599;
  busLearners.difference.ciHigh = -1.001;
  bus.byGroup = {stats("All", 13), busLearners, stats("Funders", 3)};
  bus.quotes = {{"Learners", 3, "The bus stops running at nine…"},
                {"Learners", 5, "Last bus leaves before class ends."},
                {"Learners", 8, "No bus on Sundays."},
                // The analysis keeps no quote of a group below the minimum;
                // the report must not show one either.
                {"Funders", 13, "Funders' secret remark."}};

  ThemeResult certificates;
  certificates.theme.name = "Certificates";
  ThemeGroupStats certificatesLearners = stats("Learners", 10);
  certificatesLearners.share = share(2, 10, 0.0567, 0.5098);
  certificatesLearners.overallWithout = 3.5;
  certificates.byGroup = {stats("All", 13), certificatesLearners, stats("Funders", 3)};
  certificates.quotes = {{"Learners", 4, "A certificate would help me at work."}};

  ThemeResult tutors;
  tutors.theme.name = "Tutors";
  ThemeGroupStats tutorsLearners = stats("Learners", 10);
  tutorsLearners.share = share(0, 10, 0, 0.2775);
  tutors.byGroup = {stats("All", 13), tutorsLearners, stats("Funders", 3)};
  v.themes = {bus, certificates, tutors};

  AttributeMentions sameTutor;
  sameTutor.attribute = "Same tutor";
  AttributeMentionStats tutorLearners;
  tutorLearners.group = "Learners";
  tutorLearners.commenters = 10;
  tutorLearners.count = 4;
  tutorLearners.quote = VoiceQuote{"Learners", 7, "I had three tutors in a year."};
  AttributeMentionStats tutorFunders;
  tutorFunders.group = "Funders";
  tutorFunders.commenters = 3;
  tutorFunders.suppressed = true;
  tutorFunders.quote = VoiceQuote{"Funders", 14, "Funders' attribute remark."};
  sameTutor.byGroup = {tutorLearners, tutorFunders};
  v.attributes = {sameTutor};
  v.distinctiveTerms = {{"Learners", "bus", 6, 1.2, 3.1}};
  return v;
}

// The ten-respondent survey with its comments in column L.
ReportOptions optionsWithComments() {
  ReportOptions o = options();
  o.source.rows = 21;
  ColumnSpec comment;
  comment.index = 11;
  comment.kind = ColumnKind::Comment;
  o.source.mapping.columns.push_back(comment);
  return o;
}

std::size_t position(const WorksheetPlan& plan, const std::string& name) {
  for (std::size_t i = 0; i < plan.sections.size(); ++i)
    if (plan.sections[i].name == std::string(kReportPrefix) + name) return i;
  return plan.sections.size();
}

// Learners' theme table, then a quote of each theme before a second of Bus
// times (rows 3, 4, 5; row 8 would be a fourth), then their Concentrate-here
// item Same tutor (importance 5 above 3, satisfaction 2 below 3.25) with the
// comments that mention it. Funders: three commenters, below 5.
TEST(BoardReport, InTheirOwnWordsQuotesEachGroupAndWithholdsSmallOnes) {
  const Model model = sampleModel();
  Results results = analyse(model, 2);
  results.voices = sampleVoices();
  const WorksheetPlan plan = planReport(model, results, optionsWithComments());
  EXPECT_EQ(position(plan, "Voices"), position(plan, "Act") + 1);
  EXPECT_EQ(position(plan, "Drift"), position(plan, "Voices") + 1);
  const WorksheetSection& voices = section(plan, "Voices");
  EXPECT_EQ(voices.heading, "In their own words");
  EXPECT_EQ(voices.introduction,
            "13 respondents wrote a comment; in the quotes, names, e-mail addresses, phone numbers "
            "and links are "
            "masked.");
  ASSERT_EQ(voices.blocks.size(), 9u);
  EXPECT_EQ(voices.blocks[0].kind, WorksheetBlock::Kind::Subheading);
  EXPECT_EQ(voices.blocks[0].text, "Learners");
  ASSERT_EQ(voices.blocks[1].kind, WorksheetBlock::Kind::Table);
  const WorksheetTable& themes = voices.blocks[1].table;
  EXPECT_EQ(themes.header,
            (std::vector<std::string>{"Theme", "Mentioned by",
                                      "Overall satisfaction: mentioning it vs not"}));
  EXPECT_EQ(
      themes.rows,
      (std::vector<std::vector<std::string>>{
          {"Bus times", "5 of 10 (50 %, 95% interval 24 % to 76 %)",
           "2.6 vs 4.4: difference -1.8 (95% interval -2.6 to -1.0); goes with lower satisfaction"},
          {"Certificates", "2 of 10 (20 %, 95% interval 6 % to 51 %)", "– vs 3.5"}}));
  EXPECT_EQ(voices.blocks[2].text, "“The bus stops running at nine…” (row 3)");
  EXPECT_EQ(voices.blocks[3].text, "“A certificate would help me at work.” (row 4)");
  EXPECT_EQ(voices.blocks[4].text, "“Last bus leaves before class ends.” (row 5)");
  EXPECT_EQ(voices.blocks[5].text,
            "Concentrate here, Same tutor: 4 of the 10 who wrote a comment mention it.");
  EXPECT_EQ(voices.blocks[6].text, "“I had three tutors in a year.” (row 7)");
  EXPECT_EQ(voices.blocks[7].text, "Funders");
  EXPECT_EQ(voices.blocks[8].text,
            "Fewer than 5 people of this group wrote a comment, so their comments are not shown.");
  const std::string all = allText(voices);
  for (const char* hidden : {"No bus on Sundays", "Funders'", "Tutors", "\"bus\""})
    EXPECT_EQ(all.find(hidden), std::string::npos) << hidden;

  const WorksheetSection& sources = section(plan, "Sources");
  bool comments = false;
  for (const auto& row : sources.table.rows)
    comments =
        comments || row == std::vector<std::string>{"In their own words: the comments",
                                                    "survey-2026.csv", "survey-2026", "L2:L21"};
  EXPECT_TRUE(comments);
}

// Without codebook themes a group is heard through its distinctive words,
// highest z first, and the comments on its rated attributes.
TEST(BoardReport, WithoutACodebookAGroupIsHeardThroughItsWords) {
  const Model model = sampleModel();
  Results results = analyse(model, 2);
  results.voices = sampleVoices();
  results.voices->themes.clear();
  results.voices->distinctiveTerms = {{"Learners", "bus", 6, 1.2, 3.1},
                                      {"Learners", "late", 4, 0.9, 2.2},
                                      {"Learners", "evening class", 3, 1.0, 2.6}};
  const WorksheetPlan plan = planReport(model, results, options());
  const WorksheetSection& voices = section(plan, "Voices");
  ASSERT_GE(voices.blocks.size(), 4u);
  EXPECT_EQ(voices.blocks[1].text,
            "Words this group uses more than the others: \"bus\", \"evening class\", \"late\".");
  // Same tutor's quote comes with its Concentrate-here item, not before it.
  EXPECT_EQ(voices.blocks[2].text,
            "Concentrate here, Same tutor: 4 of the 10 who wrote a comment mention it.");
  EXPECT_EQ(voices.blocks[3].text, "“I had three tutors in a year.” (row 7)");
}

TEST(BoardReport, InTheirOwnWordsSaysWhyItIsEmpty) {
  const Model model = sampleModel();
  Results results = analyse(model);
  const WorksheetPlan withoutVoices = planReport(model, results, options());
  const WorksheetSection& noColumn = section(withoutVoices, "Voices");
  EXPECT_TRUE(noColumn.blocks.empty());
  EXPECT_EQ(noColumn.emptyNote,
            "The survey has no comment column, so there is nothing in the respondents' own words "
            "to show.");
  results.voices = VoicesResult{};
  const WorksheetPlan withoutComments = planReport(model, results, options());
  const WorksheetSection& noComments = section(withoutComments, "Voices");
  EXPECT_TRUE(noComments.blocks.empty());
  EXPECT_EQ(noComments.emptyNote,
            "No respondent wrote a comment, so there is nothing in their own words to show.");
}

TEST(BoardReport, InTheirOwnWordsInGerman) {
  std::ifstream in(std::filesystem::path(CF_TEST_DATA_DIR) / ".." / ".." / "extension" / "strings" /
                       "Messages_de_DE.properties",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  ScopedMessages german(std::make_shared<Messages>(Messages::parse(text.str())));
  const Model model = sampleModel();
  Results results = analyse(model, 2);
  results.voices = sampleVoices();
  ReportOptions o = optionsWithComments();
  o.decimalSeparator = ",";
  const WorksheetPlan plan = planReport(model, results, o);
  const WorksheetSection& voices = section(plan, "Voices");
  EXPECT_EQ(voices.heading, "In ihren eigenen Worten");
  ASSERT_GE(voices.blocks.size(), 3u);
  ASSERT_EQ(voices.blocks[1].table.rows.size(), 2u);
  EXPECT_EQ(voices.blocks[1].table.rows[0],
            (std::vector<std::string>{
                "Bus times", "5 von 10 (50 %, 95-%-Intervall 24 % bis 76 %)",
                "2,6 vs. 4,4: Unterschied -1,8 (95-%-Intervall -2,6 bis -1,0); geht mit "
                "geringerer Zufriedenheit einher"}));
  EXPECT_EQ(voices.blocks[2].text, "„The bus stops running at nine…“ (Zeile 3)");
  const std::string all = allText(voices);
  for (const char* english : {"Concentrate", "interval", "respondents", "row ", "of the", "wrote"})
    EXPECT_EQ(all.find(english), std::string::npos) << english;
}

TEST(IpaChart, LabelsDoNotOverlapAndTextIsEscaped) {
  IpaChart c;
  c.title = "A & B <group>";
  c.crossX = 3;
  c.crossY = 3;
  for (int i = 0; i < 8; ++i) c.points.push_back({"Attribute number " + std::to_string(i), 3.0 + 0.01 * i, 4.0, i == 0});
  const std::vector<PlacedLabel> labels = placeIpaLabels(c);
  ASSERT_EQ(labels.size(), 8u);
  for (std::size_t i = 0; i < labels.size(); ++i)
    for (std::size_t j = i + 1; j < labels.size(); ++j) {
      const bool overlap = labels[i].left < labels[j].right && labels[j].left < labels[i].right &&
                           labels[i].top < labels[j].bottom && labels[j].top < labels[i].bottom;
      EXPECT_FALSE(overlap) << i << " and " << j;
    }
  const std::string svg = ipaChartSvg(c);
  EXPECT_NE(svg.find("A &amp; B &lt;group&gt;"), std::string::npos);
  EXPECT_EQ(svg.find("<group>"), std::string::npos);
  c.points.push_back({"Not plotted", std::nan(""), 1.0, false});
  EXPECT_EQ(ipaChartSvg(c).find("Not plotted"), std::string::npos);
}

TEST(ColumnLetters, CountsLikeASpreadsheet) {
  EXPECT_EQ(columnLetters(0), "A");
  EXPECT_EQ(columnLetters(25), "Z");
  EXPECT_EQ(columnLetters(26), "AA");
  EXPECT_EQ(columnLetters(701), "ZZ");
  EXPECT_EQ(columnLetters(702), "AAA");
}

}  // namespace
}  // namespace cf::core
