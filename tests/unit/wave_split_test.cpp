// Survey waves inside one table: detecting the column that says which wave a
// row belongs to, and cutting the table into one table per wave, by that
// column or by the month, quarter or year of the response time.
//
// Every expected date was worked out by hand or with Python's datetime
// (datetime(1899, 12, 30) + timedelta(days=serial) for Calc serials), never
// copied from the code's output.
#include "waves/split.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "csv_grid.h"
#include "feedback_table.h"
#include "mapping_edit.h"
#include "mapping_io.h"

namespace cf::core {
namespace {

using cf::test::csvGrid;

class CountingSink : public ResponseSink {
 public:
  void add(const Response&) override { ++count; }
  std::size_t count = 0;
};

const ColumnSpec& column(const Mapping& m, std::size_t index) {
  const ColumnSpec* c = findColumn(m, index);
  EXPECT_NE(c, nullptr) << "no spec for column " << index;
  static const ColumnSpec none;
  return c ? *c : none;
}

std::vector<std::string> namesOf(const WaveSplit& split) {
  std::vector<std::string> names;
  for (const WaveTable& w : split.waves) names.push_back(w.name);
  return names;
}

std::string cellText(const Grid& g, std::size_t r, std::size_t c) {
  const CellView cell = g.at(r, c);
  if (cell.isNumber()) return std::to_string(cell.number);
  return std::string(cell.text);
}

// A plain mapping: one header row, the given columns' kinds.
Mapping mappingWith(std::vector<std::pair<std::size_t, ColumnKind>> kinds,
                    std::size_t headerRow = 0) {
  Mapping m;
  m.headerRow = headerRow;
  for (const auto& [index, kind] : kinds) {
    ColumnSpec c;
    c.index = index;
    c.kind = kind;
    m.columns.push_back(c);
  }
  return m;
}

// The bucket names of a table with a time column `header` holding `times`
// (one row each), split by `bucket`.
std::vector<std::string> bucketsOf(const std::string& header, const std::vector<std::string>& times,
                                   WaveBucket bucket) {
  std::string csv = "Group," + header + ",S: Speed\n";
  for (const std::string& t : times) csv += "A,\"" + t + "\",4\n";
  const Result<WaveSplit> split = splitByWave(csvGrid(csv), Mapping{}, bucket);
  EXPECT_TRUE(split.ok()) << (split.ok() ? "" : split.error().message);
  return split.ok() ? namesOf(split.value()) : std::vector<std::string>{};
}

// ---------------------------------------------------------------------------
// Detection

TEST(WaveDetection, TextWaveColumnIsNeitherGroupNorRated) {
  const Grid g = csvGrid(
      "Group,Wave,Importance: Speed,Satisfaction: Speed\n"
      "Learners,Spring 2025,5,3\n"
      "Tutors,Spring 2025,4,4\n"
      "Learners,Spring 2025,5,2\n"
      "Learners,Autumn 2025,4,4\n"
      "Tutors,Autumn 2025,3,5\n"
      "Learners,Autumn 2025,5,4\n");
  const Mapping m = detectMapping(g).value();
  EXPECT_EQ(column(m, 0).kind, ColumnKind::Group);
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Wave);
  EXPECT_TRUE(m.sure);
  bool said = false;
  for (const std::string& n : m.notes)
    said = said || n.find("column B (Wave)") != std::string::npos;
  EXPECT_TRUE(said) << "the notes say which column tells the waves apart";
}

TEST(WaveDetection, WaveColumnWithoutGroupIsNotTakenForTheGroup) {
  // Before waves were known, a few-valued text column was guessed as group.
  const Grid g = csvGrid(
      "Wave,Satisfaction: Speed\n"
      "Round 1,3\nRound 1,4\nRound 1,2\nRound 2,4\nRound 2,5\nRound 2,4\n");
  const Mapping m = detectMapping(g).value();
  EXPECT_EQ(column(m, 0).kind, ColumnKind::Wave);
}

TEST(WaveDetection, NumericWelleIsAWaveNotARatedItem) {
  // 1 and 2 fit a rating scale: without the header's word this column was
  // read as satisfaction with "Welle".
  const Grid g = csvGrid(
      "Gruppe,Welle,Zufriedenheit: Beratung\n"
      "Eltern,1,4\nEltern,1,5\nKinder,1,3\nEltern,2,4\nKinder,2,2\nKinder,2,5\n");
  const Mapping m = detectMapping(g).value();
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Wave);
  EXPECT_EQ(column(m, 2).kind, ColumnKind::Satisfaction);
}

TEST(WaveDetection, YearOfTheSurveyIsAWave) {
  const Grid g = csvGrid(
      "Group, year ,S: Speed\n"
      "A,2024,3\nB,2024,4\nA,2024,2\nB,2025,4\nA,2025,5\nB,2025,4\nA,2025,3\n");
  const Mapping m = detectMapping(g).value();
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Wave);
}

TEST(WaveDetection, OtherLanguagesAndSurveyPrefix) {
  for (const std::string header : {"Survey round", "Vague", "Ola", "Año", "Année", "Période",
                                   "Zeitraum", "Trimestre", "Semester", "Term", "QUARTER"}) {
    const Grid g =
        csvGrid("Group," + header + ",S: Speed\nA,x,3\nB,x,4\nA,x,2\nB,y,4\nA,y,5\nB,y,4\n");
    EXPECT_EQ(column(detectMapping(g).value(), 1).kind, ColumnKind::Wave) << header;
  }
}

TEST(WaveDetection, BirthYearWithManyValuesIsNoWave) {
  // 30 respondents, 25 different years of birth: more than half the rows.
  std::string csv = "Group,Year,S: Speed\n";
  for (int i = 0; i < 30; ++i)
    csv += std::string(i % 2 ? "A" : "B") + "," + std::to_string(1950 + (i % 25)) + ",4\n";
  const Mapping m = detectMapping(csvGrid(csv)).value();
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Ignore);
  EXPECT_EQ(column(m, 0).kind, ColumnKind::Group);
}

TEST(WaveDetection, YearWithMoreThanFiftyValuesIsNoWave) {
  // 51 years, each twice: few per row, but more than a survey has waves.
  std::string csv = "Group,Year,S: Speed\n";
  for (int i = 0; i < 102; ++i)
    csv += std::string(i % 2 ? "A" : "B") + "," + std::to_string(1940 + (i % 51)) + ",4\n";
  EXPECT_EQ(column(detectMapping(csvGrid(csv)).value(), 1).kind, ColumnKind::Ignore);
}

TEST(WaveDetection, OneValueIsNoWave) {
  const Grid g = csvGrid("Group,Wave,S: Speed\nA,Spring,3\nB,Spring,4\nA,Spring,2\nB,Spring,5\n");
  EXPECT_NE(column(detectMapping(g).value(), 1).kind, ColumnKind::Wave);
}

TEST(WaveDetection, AQuestionThatMentionsAYearIsNoWave) {
  const Grid g = csvGrid(
      "Group,What year were you born?,S: Speed\n"
      "A,1980,3\nB,1980,4\nA,1990,2\nB,1990,4\nA,1980,5\nB,1990,4\n");
  EXPECT_NE(column(detectMapping(g).value(), 1).kind, ColumnKind::Wave);
}

TEST(WaveDetection, SecondWaveColumnIsADoubt) {
  const Grid g = csvGrid(
      "Group,Year,Term,S: Speed\n"
      "A,2024,1,3\nB,2024,2,4\nA,2024,1,2\nB,2025,2,4\nA,2025,1,5\nB,2025,2,4\n");
  const Mapping m = detectMapping(g).value();
  EXPECT_EQ(column(m, 1).kind, ColumnKind::Wave);
  EXPECT_EQ(column(m, 2).kind, ColumnKind::Ignore);
  EXPECT_FALSE(m.sure);
  bool said = false;
  for (const std::string& d : m.doubts)
    said = said || d.find("column C (Term) is a second survey wave column") != std::string::npos;
  EXPECT_TRUE(said);
}

TEST(WaveDetection, ReaderDoesNotRateTheWaveColumn) {
  const Grid g = csvGrid("Group,Round,S: Speed\nA,1,4\nB,2,5\nA,2,3\nB,1,4\n");
  const Mapping m = detectMapping(g).value();
  ASSERT_EQ(column(m, 1).kind, ColumnKind::Wave);
  TableReader reader(m);
  EXPECT_EQ(reader.layout().attributes, (std::vector<std::string>{"Speed"}));
}

// ---------------------------------------------------------------------------
// The kind in mappings

TEST(WaveMapping, KindNameIsWave) {
  EXPECT_EQ(columnKindName(ColumnKind::Wave), "wave");
  EXPECT_EQ(parseColumnKind("wave"), ColumnKind::Wave);
  const Result<Mapping> m = parseMapping(
      R"({"schemaVersion": 1, "columns": [{"header": "Wave", "kind": "wave"},
          {"header": "S: Speed", "kind": "satisfaction", "scale": {"min": 1, "max": 5}}]})");
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_EQ(m.value().columns[0].kind, ColumnKind::Wave);
  EXPECT_NE(serializeMapping(m.value()).find(R"("kind": "wave")"), std::string::npos);
}

TEST(WaveMapping, DialogRefusesTwoWaveColumns) {
  Mapping original =
      mappingWith({{0, ColumnKind::Wave}, {1, ColumnKind::Wave}, {2, ColumnKind::Satisfaction}});
  original.columns[0].header = "Year";
  original.columns[1].header = "Term";
  original.columns[2].header = "Speed";
  original.columns[2].attribute = "Speed";
  original.columns[2].scale = Scale{1, 5};
  const Result<Mapping> edited = fromMappingForm(toMappingForm(original, {}), original);
  ASSERT_FALSE(edited.ok());
  EXPECT_EQ(edited.error().code, "mapping-form.duplicate-kind");
  EXPECT_NE(edited.error().message.find("survey wave"), std::string::npos)
      << edited.error().message;

  original.columns[1].kind = ColumnKind::Ignore;
  EXPECT_TRUE(fromMappingForm(toMappingForm(original, {}), original).ok());
}

// ---------------------------------------------------------------------------
// Splitting by a wave column

TEST(WaveSplit, ByTextColumnKeepsHeaderAndSheetOrder) {
  const Grid g = csvGrid(
      "Group,Wave,S: Speed\n"
      "A,Spring 2025,1\n"
      "B, Autumn 2025 ,2\n"
      "A,Spring 2025,3\n"
      "B,,4\n"
      ",,\n"
      "A,autumn 2025,5\n");
  const Result<WaveSplit> r = splitByWave(g, mappingWith({{1, ColumnKind::Wave}}));
  ASSERT_TRUE(r.ok()) << r.error().message;
  const WaveSplit& s = r.value();
  EXPECT_EQ(namesOf(s), (std::vector<std::string>{"Spring 2025", "Autumn 2025"}));
  EXPECT_EQ(s.waveColumn, 1u);
  EXPECT_FALSE(s.byTime);
  EXPECT_EQ(s.rowsWithoutWave, 1u) << "the row with a blank wave; the blank row is no respondent";

  const Grid& spring = s.waves[0].table;
  ASSERT_EQ(spring.rows(), 3u);
  ASSERT_EQ(spring.cols(), 3u);
  EXPECT_EQ(cellText(spring, 0, 2), "S: Speed");
  EXPECT_EQ(spring.at(1, 2).number, 1.0);
  EXPECT_EQ(spring.at(2, 2).number, 3.0);
  EXPECT_EQ(s.waves[0].sheetRowOfRow, (std::vector<std::size_t>{0, 1, 3}));

  // "autumn 2025" is the same wave, named as first written.
  const Grid& autumn = s.waves[1].table;
  ASSERT_EQ(autumn.rows(), 3u);
  EXPECT_EQ(autumn.at(1, 2).number, 2.0);
  EXPECT_EQ(autumn.at(2, 2).number, 5.0);
  EXPECT_EQ(s.waves[1].sheetRowOfRow, (std::vector<std::size_t>{0, 2, 6}));
}

TEST(WaveSplit, ByNumericColumnNamesNumbersAsWritten) {
  Grid g(6, 2);
  g.setText(0, 0, "Year");
  g.setText(0, 1, "S: Speed");
  const double years[] = {2024, 2025, 2024.5, 2025, 2024};
  for (std::size_t r = 0; r < 5; ++r) {
    g.setNumber(r + 1, 0, years[r]);
    g.setNumber(r + 1, 1, 4);
  }
  g.setText(4, 0, "2025");  // typed as text: the same wave as the number
  const Result<WaveSplit> r = splitByWave(g, mappingWith({{0, ColumnKind::Wave}}));
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(namesOf(r.value()), (std::vector<std::string>{"2024", "2025", "2024.5"}));
  EXPECT_EQ(r.value().waves[0].table.rows(), 3u);  // header, rows 1 and 5
  EXPECT_EQ(r.value().waves[1].table.rows(), 3u);  // header, rows 2 and 4
  EXPECT_EQ(r.value().waves[2].table.rows(), 2u);
}

TEST(WaveSplit, TitleRowsAboveTheHeaderComeAlong) {
  const Grid g = csvGrid(
      "Customer survey,,\n"
      "Group,Wave,S: Speed\n"
      "A,1,4\n"
      "B,2,5\n");
  const Result<WaveSplit> r = splitByWave(g, mappingWith({{1, ColumnKind::Wave}}, 1));
  ASSERT_TRUE(r.ok()) << r.error().message;
  const Grid& first = r.value().waves[0].table;
  ASSERT_EQ(first.rows(), 3u);
  EXPECT_EQ(cellText(first, 0, 0), "Customer survey");
  EXPECT_EQ(cellText(first, 1, 0), "Group");
  EXPECT_EQ(cellText(first, 2, 0), "A");
}

TEST(WaveSplit, DetectedMappingSplitsAndReadsEachWave) {
  const Grid g = csvGrid(
      "Group,Welle,Zufriedenheit: Beratung\n"
      "Eltern,1,4\nEltern,1,5\nKinder,1,3\nEltern,2,4\nKinder,2,2\nKinder,2,5\n");
  const Mapping m = detectMapping(g).value();
  const Result<WaveSplit> r = splitByWave(g, m);
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(namesOf(r.value()), (std::vector<std::string>{"1", "2"}));
  for (const WaveTable& w : r.value().waves) {
    TableReader reader(m);
    CountingSink sink;
    reader.readTable(w.table, sink);
    EXPECT_EQ(sink.count, 3u) << w.name;
    EXPECT_EQ(reader.summary().rowsUsed, 3u) << w.name;
  }
}

TEST(WaveSplit, WaveColumnWinsOverTheBucket) {
  const Grid g = csvGrid(
      "Timestamp,Wave,S: Speed\n"
      "2025/03/14 10:00:00 AM GMT+1,A,4\n"
      "2025/07/14 10:00:00 AM GMT+1,B,4\n");
  const Result<WaveSplit> r =
      splitByWave(g, mappingWith({{1, ColumnKind::Wave}}), WaveBucket::Month);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(namesOf(r.value()), (std::vector<std::string>{"A", "B"}));
}

// ---------------------------------------------------------------------------
// Splitting by the response time

TEST(WaveSplit, GoogleFormsTimestampsByMonthAndQuarter) {
  const std::vector<std::string> times = {
      "2025/04/02 9:01:00 PM GMT+1", "2025/03/14 10:22:33 AM GMT+1", "2025/06/30 11:59:59 PM GMT+2",
      "2025/03/01 0:00:01 AM GMT+1"};
  EXPECT_EQ(bucketsOf("Timestamp", times, WaveBucket::Month),
            (std::vector<std::string>{"2025-03", "2025-04", "2025-06"}));
  EXPECT_EQ(bucketsOf("Timestamp", times, WaveBucket::Quarter),
            (std::vector<std::string>{"2025 Q1", "2025 Q2"}));
}

TEST(WaveSplit, MicrosoftFormsAndSurveyMonkeyTimesAreMonthFirst) {
  // 3/4/2025 is March 4th in a column of US dates.
  EXPECT_EQ(
      bucketsOf("Start time",
                {"3/14/2025 10:22:33 AM", "12/31/2024 11:59:00 PM", "3/4/25 10:22", "4/1/25 8:00"},
                WaveBucket::Month),
      (std::vector<std::string>{"2024-12", "2025-03", "2025-04"}));
}

TEST(WaveSplit, IsoTimesByYear) {
  EXPECT_EQ(
      bucketsOf("Submit Date (UTC)",
                {"2025-03-14T10:22:33Z", "2024-11-02 08:00:00", "2025-01-01T00:00:00.000+01:00"},
                WaveBucket::Year),
      (std::vector<std::string>{"2024", "2025"}));
}

TEST(WaveSplit, GermanDatesAreDayFirst) {
  // 01.04.2025 is the first of April, not the fourth of January.
  EXPECT_EQ(bucketsOf("Startzeit", {"14.03.2025 10:22", "01.04.2025", "1.4.2025 08:15"},
                      WaveBucket::Month),
            (std::vector<std::string>{"2025-03", "2025-04"}));
}

TEST(WaveSplit, SlashedColumnIsDayFirstWhenOneDayIsAboveTwelve) {
  // With 14/03/2025 in the column, 02/03/2025 is the 2nd of March ...
  EXPECT_EQ(
      bucketsOf("Date submitted", {"02/03/2025", "14/03/2025", "20/04/2025"}, WaveBucket::Month),
      (std::vector<std::string>{"2025-03", "2025-04"}));
  // ... without such a date it is February 3rd.
  EXPECT_EQ(
      bucketsOf("Date submitted", {"02/03/2025", "03/14/2025", "04/20/2025"}, WaveBucket::Month),
      (std::vector<std::string>{"2025-02", "2025-03", "2025-04"}));
}

TEST(WaveSplit, CalcDateSerials) {
  // 45731.5 is 2025-03-15 12:00, 45657 is 2024-12-31, 45658 is 2025-01-01,
  // 45747.99 is 2025-03-31 23:45:36 (Python's datetime).
  Grid g(5, 2);
  g.setText(0, 0, "Completion time");
  g.setText(0, 1, "S: Speed");
  const double serials[] = {45731.5, 45657, 45658, 45747.99};
  for (std::size_t r = 0; r < 4; ++r) {
    g.setNumber(r + 1, 0, serials[r]);
    g.setNumber(r + 1, 1, 3);
  }
  Result<WaveSplit> r = splitByWave(g, Mapping{}, WaveBucket::Month);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(namesOf(r.value()), (std::vector<std::string>{"2024-12", "2025-01", "2025-03"}));
  EXPECT_EQ(r.value().waves[2].sheetRowOfRow, (std::vector<std::size_t>{0, 1, 4}));
  r = splitByWave(g, Mapping{}, WaveBucket::Quarter);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(namesOf(r.value()), (std::vector<std::string>{"2024 Q4", "2025 Q1"}));
  EXPECT_EQ(r.value().waves[1].table.rows(), 4u);
}

TEST(WaveSplit, FirstTimeColumnIsUsedAndUnreadableTimesAreCounted) {
  const Grid g = csvGrid(
      "ID,Start time,Completion time,S: Speed\n"
      "1,3/30/2025 23:50,4/1/2025 0:10,4\n"
      "2,yesterday,4/2/2025 9:00,4\n"
      "3,,4/3/2025 9:00,4\n"
      "4,4/5/2025 9:00,4/5/2025 9:20,4\n");
  const Result<WaveSplit> r = splitByWave(g, Mapping{}, WaveBucket::Month);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.value().waveColumn, 1u);
  EXPECT_TRUE(r.value().byTime);
  EXPECT_EQ(namesOf(r.value()), (std::vector<std::string>{"2025-03", "2025-04"}));
  EXPECT_EQ(r.value().rowsWithoutWave, 2u);
  EXPECT_EQ(r.value().unreadableTimes, 1u);
}

TEST(WaveSplit, BucketNames) {
  EXPECT_EQ(parseWaveBucket("month"), WaveBucket::Month);
  EXPECT_EQ(parseWaveBucket(" Quarter "), WaveBucket::Quarter);
  EXPECT_EQ(parseWaveBucket("year"), WaveBucket::Year);
  EXPECT_EQ(parseWaveBucket("none"), WaveBucket::None);
  EXPECT_FALSE(parseWaveBucket("week").has_value());
  for (WaveBucket b : {WaveBucket::None, WaveBucket::Month, WaveBucket::Quarter, WaveBucket::Year})
    EXPECT_EQ(parseWaveBucket(waveBucketName(b)), b);
}

// ---------------------------------------------------------------------------
// Errors

TEST(WaveSplitErrors, NoWaveColumn) {
  const Grid g = csvGrid("Group,S: Speed\nA,4\nB,5\n");
  Result<WaveSplit> r = splitByWave(g, mappingWith({{0, ColumnKind::Group}}));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "waves.noWaveColumn");
  r = splitByWave(g, mappingWith({{0, ColumnKind::Group}}), WaveBucket::Month);
  ASSERT_FALSE(r.ok()) << "a bucket needs a time column";
  EXPECT_EQ(r.error().code, "waves.noWaveColumn");
  EXPECT_NE(r.error().message.find("Timestamp"), std::string::npos) << r.error().message;
}

TEST(WaveSplitErrors, TimeColumnWithoutDates) {
  const Grid g = csvGrid("Timestamp,S: Speed\nsoon,4\nlater,5\n");
  const Result<WaveSplit> r = splitByWave(g, Mapping{}, WaveBucket::Year);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "waves.noDates");
  EXPECT_EQ(r.error().where, "column A");
}

TEST(WaveSplitErrors, OneWaveOrNone) {
  Result<WaveSplit> r = splitByWave(csvGrid("Wave,S: Speed\nSpring,4\n,5\nspring,3\n"),
                                    mappingWith({{0, ColumnKind::Wave}}));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "waves.oneWave");
  EXPECT_EQ(r.error().where, "column A");
  EXPECT_NE(r.error().message.find("Spring"), std::string::npos) << r.error().message;

  r = splitByWave(csvGrid("Wave,S: Speed\n,4\n,5\n"), mappingWith({{0, ColumnKind::Wave}}));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "waves.oneWave");

  r = splitByWave(csvGrid("Timestamp,S: Speed\n2025-03-01,4\n2025-03-30,5\n"), Mapping{},
                  WaveBucket::Month);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "waves.oneWave");
}

TEST(WaveSplitErrors, TooManyWaves) {
  std::string csv = "Wave,S: Speed\n";
  for (int i = 0; i < 201; ++i) csv += "respondent " + std::to_string(i) + ",4\n";
  Result<WaveSplit> r = splitByWave(csvGrid(csv), mappingWith({{0, ColumnKind::Wave}}));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "waves.tooMany");
  // 200 waves are still waves.
  csv = "Wave,S: Speed\n";
  for (int i = 0; i < 200; ++i) csv += "wave " + std::to_string(i) + ",4\n";
  r = splitByWave(csvGrid(csv), mappingWith({{0, ColumnKind::Wave}}));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().waves.size(), 200u);
}

}  // namespace
}  // namespace cf::core
