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

TEST_F(Cfocus, HelpListsExamplesAndExitCodes) {
  const Outcome run = cfocus("--help");
  EXPECT_EQ(run.code, 0);
  EXPECT_NE(run.out.find("Examples:"), std::string::npos);
  EXPECT_NE(run.out.find("Exit codes:"), std::string::npos);
}

}  // namespace
