// cfocus as a person runs it: a process with arguments, files in and out,
// an exit code and one line on stderr when something is wrong; and never a
// soffice.bin left behind.
#include "analysis.h"
#include "csv_grid.h"
#include "feedback_table.h"
#include "mapping_io.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

struct Outcome {
  int code = -1;
  std::string out;  // stdout and stderr together
};

std::string quote(const std::string& s) { return "'" + s + "'"; }

// The office to run: CF_TEST_OFFICE names a second office's program folder
// (scripts/test.sh sets it), with its own profile.
std::string officeOption() {
  const char* dir = std::getenv("CF_TEST_OFFICE");
  return dir && *dir ? " --office " + quote(dir) : "";
}

std::string officeSuffix() {
  const char* label = std::getenv("CF_TEST_OFFICE_LABEL");
  const char* dir = std::getenv("CF_TEST_OFFICE");
  if (!dir || !*dir) return "";
  return std::string("-") + (label && *label ? label : "other");
}

std::string profile() { return CF_TEST_PROFILE + officeSuffix(); }

// cfocus with the built package, the test profile and the chosen office
// (unless the arguments choose one).
std::string cfocusCommand(const std::string& args) {
  return std::string(CF_CFOCUS) + " --oxt " + quote(CF_TEST_OXT) + " --profile " +
         quote(profile()) + (args.find("--office") == std::string::npos ? officeOption() : "") +
         " " + args;
}

Outcome cfocus(const std::string& args) {
  const std::string cmd = cfocusCommand(args) + " 2>&1";
  Outcome run;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  char buf[4096];
  while (pipe && std::fgets(buf, sizeof buf, pipe.get())) run.out += buf;
  const int status = pclose(pipe.release());
  run.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return run;
}

// An office started for our profile that is still running after cfocus ended.
bool officeLeftBehind() {
  // "[n]" keeps the pattern from matching the shell that runs pgrep.
  const std::string cmd =
      std::string("pgrep -f ") + quote(std::string("soffice.bi[n].*") + profile()) + " >/dev/null";
  return std::system(cmd.c_str()) == 0;
}

// One member of an ODF package (a zip), read with unzip.
std::string packageMember(const fs::path& file, const std::string& member) {
  const std::string cmd = "unzip -p " + quote(file.string()) + " " + member + " 2>/dev/null";
  std::string text;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  char buf[65536];
  std::size_t n;
  while (pipe && (n = std::fread(buf, 1, sizeof buf, pipe.get())) > 0) text.append(buf, n);
  return text;
}

fs::path work(const std::string& name) {
  fs::path dir = CF_TEST_WORK + officeSuffix();
  fs::create_directories(dir);
  fs::remove(dir / name);
  return dir / name;
}

std::string data(const std::string& name) { return quote(std::string(CF_TEST_DATA_DIR) + "/" + name); }

std::string readFile(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class Cfocus : public ::testing::Test {
 protected:
  void TearDown() override { EXPECT_FALSE(officeLeftBehind()) << "a soffice.bin outlived cfocus"; }
};

TEST_F(Cfocus, MatrixOnTheAirlineSampleMatchesTheCore) {
  const fs::path ods = work("airline.ods"), json = work("airline.json"), pdf = work("airline.pdf");
  const Outcome run = cfocus("matrix " + data("airline-passenger-satisfaction.csv") + " -o " + quote(ods) +
                         " --json " + quote(json) + " --pdf " + quote(pdf) + " --mapping " +
                         data("airline-mapping.json") + " -q");
  ASSERT_EQ(run.code, 0) << run.out;
  ASSERT_TRUE(fs::exists(ods));
  ASSERT_TRUE(fs::exists(json));
  ASSERT_TRUE(fs::exists(pdf));
  EXPECT_GT(fs::file_size(pdf), 1000u);

  // The same analysis in this process, straight from the core.
  using namespace cf::core;
  const Grid grid = cf::test::loadCsvGrid(std::string(CF_TEST_DATA_DIR) + "/airline-passenger-satisfaction.csv");
  const auto saved = parseMapping(readFile(std::string(CF_TEST_DATA_DIR) + "/airline-mapping.json"));
  ASSERT_TRUE(saved.ok());
  const auto mapping = bindMapping(saved.value(), grid);
  ASSERT_TRUE(mapping.ok());
  TableReader reader(mapping.value());
  AnalysisOptions options;
  options.groupRoles = mapping.value().groupRoles;
  options.minN = mapping.value().minN;
  Analyzer analyzer(reader.layout(), options);
  reader.readTable(grid, analyzer);
  const Results core = analyzer.finish(reader.summary());

  const nlohmann::json j = nlohmann::json::parse(readFile(json));
  // awk 'NR>1 && NF' airline-passenger-satisfaction.csv | wc -l  →  8507
  // (the data folder's README says 8,506; the file has one row more)
  EXPECT_EQ(j["input"]["rows"], 8507);
  ASSERT_EQ(j["groups"].size(), core.groups.size());
  for (std::size_t g = 0; g < core.groups.size(); ++g) {
    EXPECT_EQ(j["groups"][g]["name"], core.groups[g].name);
    EXPECT_EQ(j["groups"][g]["n"], core.groups[g].n);
  }
  ASSERT_EQ(j["cells"].size(), core.cells.size());
  for (std::size_t i = 0; i < core.cells.size(); ++i) {
    const double expected = core.cells[i].satisfaction.estimate.mean;
    if (std::isnan(expected)) continue;
    EXPECT_DOUBLE_EQ(j["cells"][i]["satisfaction"]["mean"].get<double>(), expected) << "cell " << i;
  }

  // The .ods holds the input and the result sheets.
  const std::string content = packageMember(ods, "content.xml");
  EXPECT_NE(content.find("table:name=\"Value Matrix\""), std::string::npos);
  EXPECT_NE(content.find("table:name=\"Priorities\""), std::string::npos);
}

TEST_F(Cfocus, WorksheetWritesTheSections) {
  const fs::path odt = work("worksheet.odt"), pdf = work("worksheet.pdf");
  const Outcome run = cfocus("worksheet " + data("sample-model.json") + " -o " + quote(odt) + " --pdf " +
                         quote(pdf) + " -q");
  ASSERT_EQ(run.code, 0) << run.out;
  const std::string content = packageMember(odt, "content.xml");
  EXPECT_NE(content.find("text:section"), std::string::npos);
  EXPECT_NE(content.find("CustomerFocus"), std::string::npos);
  EXPECT_NE(content.find("Adult learners"), std::string::npos);
  EXPECT_GT(fs::file_size(pdf), 1000u);
}

TEST_F(Cfocus, CheckReportsTwoPrimaryCustomersAsAnError) {
  const fs::path model = work("two-primaries.json");
  std::ofstream(model) << R"({"schemaVersion": 1, "customers": [
      {"name": "Students", "role": "primary", "lifeChanged": "They learn to read."},
      {"name": "Parents", "role": "primary", "lifeChanged": "Their children read."}]})";
  const Outcome run = cfocus("check " + quote(model));
  EXPECT_EQ(run.code, 1) << run.out;
  EXPECT_NE(run.out.find("CF002"), std::string::npos) << run.out;
}

TEST_F(Cfocus, CheckOfTheSampleModelHasNoError) {
  const Outcome run = cfocus("check " + data("sample-model.json"));
  EXPECT_EQ(run.code, 0) << run.out;
}

TEST_F(Cfocus, MissingInputIsExit3WithOneClearLine) {
  const Outcome run = cfocus("matrix /nonexistent/survey.csv -o " + quote(work("x.ods")));
  EXPECT_EQ(run.code, 3);
  EXPECT_EQ(run.out, "cfocus: input table not found: /nonexistent/survey.csv\n");
}

TEST_F(Cfocus, EmptyTableIsExit3) {
  const fs::path empty = work("empty.csv");
  std::ofstream{empty};
  const Outcome run = cfocus("matrix " + quote(empty) + " -o " + quote(work("x.ods")));
  EXPECT_EQ(run.code, 3) << run.out;
  EXPECT_NE(run.out.find("empty"), std::string::npos) << run.out;
}

TEST_F(Cfocus, ATableWithNothingToAnalyseIsExit3) {
  const fs::path csv = work("names.csv");
  std::ofstream(csv) << "Name,Town\nAda,Leeds\nBo,York\n";
  const Outcome run = cfocus("matrix " + quote(csv) + " -o " + quote(work("names.ods")) + " -q");
  EXPECT_EQ(run.code, 3) << run.out;
  EXPECT_FALSE(fs::exists(work("names.ods")));
}

TEST_F(Cfocus, ExistingOutputNeedsForce) {
  const fs::path out = work("exists.ods");
  std::ofstream(out) << "mine";
  const Outcome run = cfocus("matrix " + data("airline-passenger-satisfaction.csv") + " -o " + quote(out));
  EXPECT_EQ(run.code, 4);
  EXPECT_NE(run.out.find("--force"), std::string::npos) << run.out;
  EXPECT_EQ(readFile(out), "mine");
}

TEST_F(Cfocus, BadModelNamesThePath) {
  const fs::path model = work("bad-model.json");
  std::ofstream(model) << R"({"schemaVersion": 1, "customers": [{"name": "A", "role": "boss"}]})";
  const Outcome run = cfocus("worksheet " + quote(model) + " -o " + quote(work("bad.odt")));
  EXPECT_EQ(run.code, 3);
  EXPECT_NE(run.out.find("customers[0].role"), std::string::npos) << run.out;
}

TEST_F(Cfocus, NoLibreOfficeIsExit5) {
  const Outcome run = cfocus("--office /nonexistent/program matrix " + data("airline-passenger-satisfaction.csv") +
                         " -o " + quote(work("y.ods")));
  EXPECT_EQ(run.code, 5);
  EXPECT_NE(run.out.find("LibreOffice was not found"), std::string::npos) << run.out;
}

TEST_F(Cfocus, WrongUsageIsExit2) {
  EXPECT_EQ(cfocus("").code, 2);
  EXPECT_EQ(cfocus("frobnicate x").code, 2);
  EXPECT_EQ(cfocus("matrix " + data("airline-passenger-satisfaction.csv")).code, 2);  // no -o
}

TEST_F(Cfocus, CtrlCStopsTheOfficeToo) {
  const fs::path out = work("interrupted.ods");
  const std::string cmd = cfocusCommand("matrix " + data("airline-passenger-satisfaction.csv") +
                                        " -o " + quote(out.string()) + " -q");
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", ("exec " + cmd + " 2>/dev/null").c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until the office runs, then press Ctrl-C.
  const std::string officeRunning =
      std::string("pgrep -f ") + quote(std::string("soffice.bi[n].*") + profile()) + " >/dev/null";
  bool started = false;
  for (int i = 0; i < 300 && !started; ++i) {
    started = std::system(officeRunning.c_str()) == 0;
    if (!started) usleep(50 * 1000);
  }
  ASSERT_TRUE(started) << "cfocus never started an office";
  kill(pid, SIGINT);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 130);
  // The office was killed with cfocus; give the kernel a moment to reap it.
  for (int i = 0; i < 100 && officeLeftBehind(); ++i) usleep(50 * 1000);
}

// The main job runs the airline sample with two options instead of the
// 200-line hand-written mapping; the results must not change by a digit.
TEST_F(Cfocus, NaAndPrimaryGiveWhatTheHandWrittenMappingGives) {
  const fs::path byMapping = work("airline-by-mapping.json"),
                 byOptions = work("airline-by-options.json");
  const Outcome a = cfocus("matrix " + data("airline-passenger-satisfaction.csv") + " -o " +
                           quote(work("airline-by-mapping.ods")) + " --json " + quote(byMapping) +
                           " --mapping " + data("airline-mapping.json") + " -q");
  ASSERT_EQ(a.code, 0) << a.out;
  const Outcome b = cfocus("matrix " + data("airline-passenger-satisfaction.csv") + " -o " +
                           quote(work("airline-by-options.ods")) + " --json " + quote(byOptions) +
                           " --na 0 --primary 'Loyal Customer'");
  ASSERT_EQ(b.code, 0) << b.out;
  const nlohmann::json expected = nlohmann::json::parse(readFile(byMapping));
  const nlohmann::json got = nlohmann::json::parse(readFile(byOptions));
  EXPECT_EQ(got["groups"], expected["groups"]);
  EXPECT_EQ(got["groups"][1]["role"], "primary");  // All, Loyal Customer, disloyal Customer
  EXPECT_EQ(got["groups"][2]["role"], "supporting");
  EXPECT_FALSE(got["primaryVsSupporting"].empty());
  EXPECT_EQ(got, expected);
  // The sample has no doubt left, but 0 answers were set aside: the person
  // is told how many.
  EXPECT_NE(b.out.find("not applicable: "), std::string::npos) << b.out;
}

TEST_F(Cfocus, AGroupNotInTheTableIsExit3NamingTheGroupsFound) {
  const fs::path out = work("typo.ods");
  const Outcome run = cfocus("matrix " + data("airline-passenger-satisfaction.csv") + " -o " +
                             quote(out) + " --primary 'Loyal Customers' -q");
  EXPECT_EQ(run.code, 3) << run.out;
  EXPECT_NE(run.out.find("\"Loyal Customers\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("Loyal Customer; disloyal Customer"), std::string::npos) << run.out;
  EXPECT_FALSE(fs::exists(out));
}

// Words mean "not applicable" too, whole between the ';'.
TEST_F(Cfocus, NaTakesWordsAsWellAsNumbers) {
  const fs::path csv = work("words.csv");
  std::ofstream(csv) << "Group,Satisfaction: Speed\nStudents,4\nStudents,Don't know\nParents,0\nParents,2\n";
  const Outcome plain = cfocus("matrix " + quote(csv) + " -o " + quote(work("words-plain.ods")));
  ASSERT_EQ(plain.code, 0) << plain.out;
  // Without --na the words are unusable, and the 0 is a doubt, both said.
  EXPECT_NE(plain.out.find("Unusable cells: 1 · not applicable: 0"), std::string::npos) << plain.out;
  EXPECT_NE(plain.out.find("Unusable in column B (Satisfaction: Speed): 1"), std::string::npos) << plain.out;
  EXPECT_NE(plain.out.find("Unsure: column B (Satisfaction: Speed)"), std::string::npos) << plain.out;
  const Outcome run = cfocus("matrix " + quote(csv) + " -o " + quote(work("words.ods")) + " --na \"0; don't know\"");
  ASSERT_EQ(run.code, 0) << run.out;
  EXPECT_NE(run.out.find("Unusable cells: 0 · not applicable: 2"), std::string::npos) << run.out;
}

namespace {

// A small table in the Customer Feedback Table template's conventions, with
// two groups of four. By hand: Students rate Speed 4, 5, 3, 4 (mean 4) and
// Parents 2, 3, 2, 1 (mean 2); importance of Speed 5, 5, 4, 4 (4.5) and
// 3, 3, 4, 2 (3).
const char* kSmallTable =
    "Group,Importance: Speed,Satisfaction: Speed\n"
    "Students,5,4\nStudents,5,5\nStudents,4,3\nStudents,4,4\n"
    "Parents,3,2\nParents,3,3\nParents,4,2\nParents,2,1\n";

const nlohmann::json* cell(const nlohmann::json& results, const std::string& group,
                           const std::string& attribute) {
  for (const nlohmann::json& c : results["cells"])
    if (c["group"] == group && c["attribute"] == attribute) return &c;
  ADD_FAILURE() << "no cell " << group << " / " << attribute;
  return nullptr;
}

std::string roleOf(const nlohmann::json& results, const std::string& group) {
  for (const nlohmann::json& g : results["groups"])
    if (g["name"] == group) return g["role"];
  return "absent";
}

}  // namespace

TEST_F(Cfocus, SupportingMinNAndCrosshairReachTheBuild) {
  const fs::path csv = work("small.csv"), json = work("small.json");
  std::ofstream(csv) << kSmallTable;
  const Outcome run =
      cfocus("matrix " + quote(csv) + " -o " + quote(work("small.ods")) + " --json " + quote(json) +
             " --supporting Parents --min-n 5 --crosshair midpoint -q");
  ASSERT_EQ(run.code, 0) << run.out;
  const nlohmann::json r = nlohmann::json::parse(readFile(json));
  EXPECT_EQ(roleOf(r, "Parents"), "supporting");
  EXPECT_EQ(roleOf(r, "Students"), "unknown");  // named in neither: as the table says
  // Four respondents a group, under --min-n 5: their means are not shown.
  const nlohmann::json* students = cell(r, "Students", "Speed");
  ASSERT_NE(students, nullptr);
  EXPECT_TRUE((*students)["satisfaction"]["mean"].is_null()) << *students;
  // All eight together are enough.
  const nlohmann::json* all = cell(r, "All", "Speed");
  ASSERT_NE(all, nullptr);
  EXPECT_DOUBLE_EQ((*all)["satisfaction"]["mean"].get<double>(), 3.0);
  EXPECT_DOUBLE_EQ((*all)["importance"]["mean"].get<double>(), 3.75);
}

TEST_F(Cfocus, DetectPrintsALineAColumnAndWritesTheMapping) {
  const fs::path csv = work("detect.csv"), mapping = work("detect-mapping.json");
  std::ofstream(csv) << kSmallTable;
  const Outcome run = cfocus("detect " + quote(csv) + " -o " + quote(mapping) + " -q");
  ASSERT_EQ(run.code, 0) << run.out;
  EXPECT_NE(run.out.find("A  Group  ->  group"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("B  Importance: Speed  ->  importance  \"Speed\"  1-5"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("C  Satisfaction: Speed  ->  satisfaction  \"Speed\"  1-5"),
            std::string::npos)
      << run.out;
  const auto parsed = cf::core::parseMapping(readFile(mapping));
  ASSERT_TRUE(parsed.ok()) << readFile(mapping);
  ASSERT_EQ(parsed.value().columns.size(), 3u);
  EXPECT_EQ(parsed.value().columns[1].kind, cf::core::ColumnKind::Importance);

  // The file is the one to edit and pass back: the build takes it as it is.
  const Outcome again = cfocus("matrix " + quote(csv) + " -o " + quote(work("detect.ods")) +
                               " --mapping " + quote(mapping) + " -q");
  EXPECT_EQ(again.code, 0) << again.out;
  // detect never overwrites either.
  EXPECT_EQ(cfocus("detect " + quote(csv) + " -o " + quote(mapping)).code, 4);
}

// Excel on a German or French Windows saves "CSV (Trennzeichen-getrennt)":
// ';', decimal commas and Windows-1252. By hand: Élèves 3.5 and 4.5 (mean 4),
// Parents 2.5 and 1.5 (mean 2).
TEST_F(Cfocus, AWindows1252FileWithDecimalCommasReadsAsTyped) {
  const fs::path csv = work("europe.csv"), json = work("europe.json");
  std::ofstream(csv, std::ios::binary)
      << "Group;Satisfaction: Qualit\xE9 du tutorat\n"
         "\xC9l\xE8ves;3,5\n\xC9l\xE8ves;4,5\nParents;2,5\nParents;1,5\n";
  const Outcome run = cfocus("matrix " + quote(csv) + " -o " + quote(work("europe.ods")) +
                             " --json " + quote(json) + " --min-n 1 -q");
  ASSERT_EQ(run.code, 0) << run.out;
  const nlohmann::json r = nlohmann::json::parse(readFile(json));
  ASSERT_EQ(r["attributes"].size(), 1u) << r["attributes"];
  EXPECT_EQ(r["attributes"][0], "Qualit\xC3\xA9 du tutorat");
  const nlohmann::json* pupils = cell(r, "\xC3\x89l\xC3\xA8ves", "Qualit\xC3\xA9 du tutorat");
  ASSERT_NE(pupils, nullptr);
  EXPECT_DOUBLE_EQ((*pupils)["satisfaction"]["mean"].get<double>(), 4.0);
  const nlohmann::json* parents = cell(r, "Parents", "Qualit\xC3\xA9 du tutorat");
  ASSERT_NE(parents, nullptr);
  EXPECT_DOUBLE_EQ((*parents)["satisfaction"]["mean"].get<double>(), 2.0);
  EXPECT_EQ(r["input"]["issues"].size(), 0u) << r["input"]["issues"];
}

// The same in UTF-8 with a byte-order mark, as LibreOffice and Google Sheets
// write it with ';': 3,25 and 3,75 (mean 3,5) and 1,5 and 2,5 (mean 2).
TEST_F(Cfocus, AUtf8FileWithBomAndDecimalCommasReadsAsTyped) {
  const fs::path csv = work("bom.csv"), json = work("bom.json");
  std::ofstream(csv, std::ios::binary)
      << "\xEF\xBB\xBFGroup;Satisfaction: Qualit\xC3\xA4t\n"
         "Sch\xC3\xBCler;3,25\nSch\xC3\xBCler;3,75\nEltern;1,5\nEltern;2,5\n";
  const Outcome run = cfocus("matrix " + quote(csv) + " -o " + quote(work("bom.ods")) + " --json " +
                             quote(json) + " --min-n 1 -q");
  ASSERT_EQ(run.code, 0) << run.out;
  const nlohmann::json r = nlohmann::json::parse(readFile(json));
  ASSERT_EQ(r["attributes"].size(), 1u) << r["attributes"];
  const std::string quality = r["attributes"][0];
  const nlohmann::json* pupils = cell(r, "Sch\xC3\xBCler", quality);
  ASSERT_NE(pupils, nullptr);
  EXPECT_DOUBLE_EQ((*pupils)["satisfaction"]["mean"].get<double>(), 3.5);
  EXPECT_EQ(r["attributes"][0], "Qualit\xC3\xA4t");
  EXPECT_EQ(roleOf(r, "Eltern"), "unknown");  // the BOM did not hide the group column
}

// Rating columns that hold nothing a rating can be read from: no value
// matrix, so no success and no "Created sheets".
TEST_F(Cfocus, ATableWithOnlyUnusableRatingsIsExit3WithTheReason) {
  const fs::path csv = work("unusable.csv"), out = work("unusable.ods");
  std::ofstream(csv) << "Group,Satisfaction: Speed\nStudents,fast\nParents,slow\nParents,#N/A\n";
  const Outcome run = cfocus("matrix " + quote(csv) + " -o " + quote(out));
  EXPECT_EQ(run.code, 3) << run.out;
  EXPECT_EQ(run.out.find("Created sheets"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("unusable"), std::string::npos) << run.out;
  EXPECT_FALSE(fs::exists(out));
}

// Every export in tests/data/exports, as its tool writes it, through cfocus
// with no mapping and no option: the groups with their n, every
// importance/satisfaction pair, the means and the NPS per group, as the
// generator (tests/data/exports/generate.py) drew them before it turned
// them into labels (FILE.expected.json).
TEST_F(Cfocus, EveryToolsExportGivesTheGeneratorsNumbers) {
  const fs::path dir = fs::path(CF_TEST_DATA_DIR) / "exports";
  std::vector<fs::path> exports;
  // An .xlsx made from a CSV (the tools whose main format is xlsx) expects
  // what its CSV expects.
  auto expectedFor = [](const fs::path& p) {
    fs::path own = p.string() + ".expected.json";
    if (fs::exists(own)) return own;
    fs::path csv = p;
    csv.replace_extension(".csv");
    return fs::path(csv.string() + ".expected.json");
  };
  for (const auto& entry : fs::directory_iterator(dir)) {
    const fs::path p = entry.path();
    if ((p.extension() == ".csv" || p.extension() == ".xlsx") && fs::exists(expectedFor(p)))
      exports.push_back(p);
  }
  std::sort(exports.begin(), exports.end());
  ASSERT_GE(exports.size(), 7u) << "exports in " << dir;
  for (const fs::path& file : exports) {
    SCOPED_TRACE(file.filename().string());
    const std::string name = file.filename().string();
    const fs::path json = work(name + ".results.json");
    const Outcome run = cfocus("matrix " + quote(file.string()) + " -o " +
                               quote(work(name + ".ods")) + " --json " + quote(json) + " -q");
    ASSERT_EQ(run.code, 0) << run.out;
    const nlohmann::json expected = nlohmann::json::parse(readFile(expectedFor(file).string()));
    const nlohmann::json r = nlohmann::json::parse(readFile(json));
    for (const auto& [group, n] : expected["groups"].items()) {
      bool found = false;
      for (const nlohmann::json& g : r["groups"])
        if (g["name"] == group) {
          found = true;
          EXPECT_EQ(g["n"], n) << group;
        }
      EXPECT_TRUE(found) << "no group " << group;
    }
    EXPECT_EQ(r["groups"].size(), expected["groups"].size());
    for (const nlohmann::json& pair : expected["pairs"])
      EXPECT_NE(std::find(r["attributes"].begin(), r["attributes"].end(), pair),
                r["attributes"].end())
          << pair;
    for (const auto& [group, items] : expected["means"].items())
      for (const auto& [item, measures] : items.items()) {
        const nlohmann::json* c = cell(r, group, item);
        if (c == nullptr) continue;
        for (const char* measure : {"importance", "satisfaction"}) {
          if (!measures.contains(measure)) continue;
          EXPECT_EQ((*c)[measure]["n"], measures[measure]["n"])
              << group << " / " << item << " " << measure;
          if (!(*c)[measure]["mean"].is_number()) {
            ADD_FAILURE() << group << " / " << item << " " << measure << ": no mean";
            continue;
          }
          EXPECT_NEAR((*c)[measure]["mean"].get<double>(), measures[measure]["mean"].get<double>(),
                      1e-9)
              << group << " / " << item << " " << measure;
        }
      }
    if (expected.contains("nps"))
      for (const auto& [group, nps] : expected["nps"].items()) {
        bool found = false;
        for (const nlohmann::json& g : r["nps"])
          if (g["group"] == group) {
            found = true;
            EXPECT_EQ(g["n"], nps["n"]) << group;
            EXPECT_NEAR(g["score"].get<double>(), nps["score"].get<double>(), 1e-9) << group;
          }
        EXPECT_TRUE(found) << "no NPS for " << group;
      }
  }
}

TEST_F(Cfocus, ThreeWaveFilesGiveTheTrendsSheetAndJson) {
  // The designed waves of tests/unit/trends_test.cpp, given out of order:
  // the file names put them in time order. Group A's satisfaction with
  // Speed falls from 4.5 to 2.33 in the last wave (Welch, mpmath: −2.1667,
  // 95% CI −2.8517 to −1.4816, q 0.00032); nothing else changes.
  const fs::path spring25 = work("spring-2025.csv"), autumn25 = work("autumn-2025.csv"),
                 spring26 = work("spring-2026.csv"), ods = work("waves.ods"),
                 json = work("waves.json");
  std::ofstream(spring25) << "Group,Importance: Speed,Satisfaction: Speed,Likelihood to recommend\n"
                             "A,5,4,9\nA,5,4,10\nA,4,5,8\nA,5,5,9\nA,5,4,7\nA,4,4,10\n"
                             "B,3,3,6\nB,4,4,7\nB,3,4,8\nB,4,3,5\nB,3,4,9\nB,4,3,7\n";
  std::ofstream(autumn25)
      << "Group,Importance: Speed,Satisfaction: Speed,Satisfaction: Wifi,Likelihood to recommend\n"
         "A,5,4,3,9\nA,4,5,3,9\nA,5,4,4,10\nA,5,5,3,8\nA,4,4,3,9\nA,5,5,4,10\n"
         "B,4,3,4,7\nB,3,3,4,8\nB,3,4,3,6\nB,4,4,4,9\nB,4,3,5,6\nB,3,4,4,8\n";
  std::ofstream(spring26)
      << "Group,Importance: Speed,Satisfaction: Speed,Satisfaction: Wifi,Likelihood to recommend\n"
         "A,5,2,3,5\nA,5,2,4,6\nA,5,3,3,9\nA,4,2,3,4\nA,5,3,4,7\nA,4,2,3,8\n"
         "B,3,4,4,7\nB,4,3,5,8\nB,4,3,4,7\nB,3,4,4,9\nB,3,3,4,6\nB,4,4,3,8\n";
  const Outcome run =
      cfocus("matrix " + quote(spring26) + " " + quote(spring25) + " " + quote(autumn25) + " -o " +
             quote(ods) + " --json " + quote(json) + " -q");
  ASSERT_EQ(run.code, 0) << run.out;
  const nlohmann::json r = nlohmann::json::parse(readFile(json));
  ASSERT_EQ(r["waves"].size(), 3u);
  EXPECT_EQ(r["waves"][0]["name"], "spring-2025");
  EXPECT_EQ(r["waves"][1]["name"], "autumn-2025");
  EXPECT_EQ(r["waves"][2]["name"], "spring-2026");
  bool seen = false;
  for (const nlohmann::json& t : r["trends"]) {
    if (t["group"] != "A" || t["attribute"] != "Speed" || t["measure"] != "satisfaction") continue;
    seen = true;
    EXPECT_NEAR(t["byWave"][1]["mean"].get<double>(), 4.5, 1e-12);
    EXPECT_NEAR(t["change"]["difference"].get<double>(), -13.0 / 6.0, 1e-12);
    EXPECT_NEAR(t["change"]["ciLow"].get<double>(), -2.8517354736709146, 1e-9);
    EXPECT_NEAR(t["change"]["q"].get<double>(), 0.00032045406448269733, 1e-11);
    EXPECT_EQ(t["change"]["from"], "autumn-2025");
  }
  EXPECT_TRUE(seen) << r["trends"].dump();
  EXPECT_EQ(r["npsTrends"].size(), 3u);
  // The other sheets analyse the latest wave.
  const nlohmann::json* a = cell(r, "A", "Speed");
  ASSERT_NE(a, nullptr);
  EXPECT_NEAR((*a)["satisfaction"]["mean"].get<double>(), 14.0 / 6.0, 1e-12);
  // The document holds the three waves as sheets and the Trends sheet.
  const std::string content = packageMember(ods, "content.xml");
  for (const char* sheet : {"spring-2025", "autumn-2025", "spring-2026", "Trends"})
    EXPECT_NE(content.find(std::string("table:name=\"") + sheet + "\""), std::string::npos)
        << sheet;
  EXPECT_NE(content.find("fell from 4.50 to 2.33"), std::string::npos);
}

TEST_F(Cfocus, WaveNamesMustMatchTheTables) {
  const Outcome run = cfocus("matrix " + data("riverside/riverside-survey-2025.csv") + " " +
                             data("riverside/riverside-survey-2026.csv") +
                             " --wave-names 2025 -o " + quote(work("x.ods")));
  EXPECT_EQ(run.code, 2) << run.out;
  EXPECT_NE(run.out.find("--wave-names needs one name per table (2)"), std::string::npos)
      << run.out;
  const Outcome by = cfocus("matrix " + data("riverside/riverside-survey-2025.csv") + " " +
                            data("riverside/riverside-survey-2026.csv") + " --waves-by year -o " +
                            quote(work("x.ods")));
  EXPECT_EQ(by.code, 2) << by.out;
  EXPECT_NE(by.out.find("--waves-by is for one table"), std::string::npos) << by.out;
}

TEST_F(Cfocus, TheReportOfTwoWavesSaysWhatReallyChangedAndNothingElse) {
  // The Riverside survey of 2025 and 2026: by the generator's design only
  // the tutors' training fell (4.15 → 3.56; Welch q = 6.1e−5 over the 56
  // changes, computed apart with mpmath); the next smallest q is 0.25.
  const fs::path odt = work("waves-report.odt");
  const Outcome run = cfocus("report " + data("sample-model.json") + " " +
                             data("riverside/riverside-survey-2025.csv") + " " +
                             data("riverside/riverside-survey-2026.csv") +
                             " --wave-names 2025 2026 -o " + quote(odt) + " -q");
  ASSERT_EQ(run.code, 0) << run.out;
  const std::string content = packageMember(odt, "content.xml");
  const std::size_t section = content.find("What changed since last time");
  ASSERT_NE(section, std::string::npos);
  const std::string rest = content.substr(section);
  EXPECT_NE(rest.find("Volunteer tutors: satisfaction with Good training before the first session "
                      "fell from 4.15 "
                      "to 3.56"),
            std::string::npos);
  // No noisy change is told as one.
  for (const char* noise : {"Being treated as an adult fell", "Being treated as an adult rose",
                            "high-school equivalency certificate rose", "Progress reports fell"})
    EXPECT_EQ(rest.find(noise), std::string::npos) << noise;
}

// The words and empty paragraphs of a document's body, without the markup.
std::string bodyText(const std::string& content) {
  std::string out;
  bool inTag = false;
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (content[i] == '<') {
      inTag = true;
      if (content.compare(i, 7, "<text:p") == 0 || content.compare(i, 7, "<text:h") == 0)
        out += '\n';
    } else if (content[i] == '>') {
      inTag = false;
    } else if (!inTag) {
      out += content[i];
    }
  }
  return out;
}

TEST_F(Cfocus, AReportOfWavesUpdatedFromOneSurveyNoLongerSaysWhatChanged) {
  const fs::path waves = work("waves.odt"), updated = work("updated.odt"),
                 single = work("single.odt");
  const std::string survey2026 = data("riverside/riverside-survey-2026.csv");
  ASSERT_EQ(cfocus("report " + data("sample-model.json") + " " +
                   data("riverside/riverside-survey-2025.csv") + " " + survey2026 + " -o " +
                   quote(waves) + " -q")
                .code,
            0);
  ASSERT_NE(packageMember(waves, "content.xml").find("CustomerFocus.Report.Changes"),
            std::string::npos);
  const Outcome update =
      cfocus("report " + quote(waves) + " " + survey2026 + " -o " + quote(updated) + " -q");
  ASSERT_EQ(update.code, 0) << update.out;
  const Outcome fresh = cfocus("report " + data("sample-model.json") + " " + survey2026 + " -o " +
                               quote(single) + " -q");
  ASSERT_EQ(fresh.code, 0) << fresh.out;

  const std::string content = packageMember(updated, "content.xml");
  EXPECT_EQ(content.find("What changed since last time"), std::string::npos);
  EXPECT_EQ(content.find("CustomerFocus.Report.Changes"), std::string::npos);
  EXPECT_NE(content.find("CustomerFocus.Report.Act"), std::string::npos);
  // Word for word and paragraph for paragraph, the report one survey gives.
  const std::string singleContent = packageMember(single, "content.xml");
  EXPECT_EQ(bodyText(content), bodyText(singleContent));
  // After the last section, one empty line to type in: not one for each
  // section drawn, which could push a blank page onto the end.
  const std::string after = singleContent.substr(singleContent.rfind("</text:section>"));
  EXPECT_EQ(bodyText(after), "\n");
}

TEST_F(Cfocus, WavesByQuarterOfTheTimestampInOneTable) {
  // Google Forms keeps one form open: the autumn and spring answers of the
  // designed waves (tests/unit/trends_test.cpp) in one export, told apart
  // by their Timestamp. The change is the same as between two files.
  const fs::path csv = work("one-form.csv"), json = work("one-form.json");
  {
    std::ofstream out(csv);
    out << "Timestamp,Group,Importance: Speed,Satisfaction: Speed,Satisfaction: Wifi,Likelihood to "
           "recommend\n";
    const char* autumn[] = {"A,5,4,3,9", "A,4,5,3,9",  "A,5,4,4,10", "A,5,5,3,8",
                            "A,4,4,3,9", "A,5,5,4,10", "B,4,3,4,7",  "B,3,3,4,8",
                            "B,3,4,3,6", "B,4,4,4,9",  "B,4,3,5,6",  "B,3,4,4,8"};
    const char* spring[] = {"A,5,2,3,5", "A,5,2,4,6", "A,5,3,3,9", "A,4,2,3,4",
                            "A,5,3,4,7", "A,4,2,3,8", "B,3,4,4,7", "B,4,3,5,8",
                            "B,4,3,4,7", "B,3,4,4,9", "B,3,3,4,6", "B,4,4,3,8"};
    for (int i = 0; i < 12; ++i)
      out << "2025/10/" << (10 + i) << " 9:15:00 AM GMT+1," << autumn[i] << '\n';
    for (int i = 0; i < 12; ++i)
      out << "2026/03/" << (10 + i) << " 4:40:12 PM GMT+1," << spring[i] << '\n';
  }
  const Outcome run = cfocus("matrix " + quote(csv) + " --waves-by quarter -o " +
                             quote(work("one-form.ods")) + " --json " + quote(json) + " -q");
  ASSERT_EQ(run.code, 0) << run.out;
  const nlohmann::json r = nlohmann::json::parse(readFile(json));
  ASSERT_EQ(r["waves"].size(), 2u);
  EXPECT_EQ(r["waves"][0]["name"], "2025 Q4");
  EXPECT_EQ(r["waves"][1]["name"], "2026 Q1");
  bool seen = false;
  for (const nlohmann::json& t : r["trends"]) {
    if (t["group"] != "A" || t["attribute"] != "Speed" || t["measure"] != "satisfaction") continue;
    seen = true;
    EXPECT_NEAR(t["change"]["ciHigh"].get<double>(), -1.4815978596624188, 1e-9);
    EXPECT_NEAR(t["change"]["q"].get<double>(), 0.00032045406448269733, 1e-11);
  }
  EXPECT_TRUE(seen) << r["trends"].dump();

  // All in one month: one wave, which is refused with the reason.
  const Outcome one = cfocus("matrix " + data("exports/google-forms.csv") +
                             " --waves-by month -o " + quote(work("one-month.ods")));
  EXPECT_EQ(one.code, 3) << one.out;
  EXPECT_NE(one.out.find("2024-03"), std::string::npos) << one.out;
}

TEST_F(Cfocus, HelpListsExamplesAndExitCodes) {
  const Outcome run = cfocus("--help");
  EXPECT_EQ(run.code, 0);
  EXPECT_NE(run.out.find("Examples:"), std::string::npos);
  EXPECT_NE(run.out.find("Exit codes:"), std::string::npos);
}

}  // namespace
