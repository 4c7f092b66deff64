// cfocus: the Customer Focus engine from a terminal. It drives a private
// headless LibreOffice with the extension installed, through the same
// commands the menu uses.
#include "jobs.h"
#include "voices/language.h"
#include "waves/split.h"

#include <boost/program_options.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace po = boost::program_options;
using namespace cf::cli;

namespace {

std::filesystem::path cacheDir() {
  const char* cache = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  if (cache && *cache) return std::filesystem::path(cache) / "customer-focus";
  if (home && *home) return std::filesystem::path(home) / ".cache" / "customer-focus";
  return std::filesystem::temp_directory_path() / "customer-focus";
}

// One office per profile: a second cfocus running at the same time gets a
// profile of its own, which it removes at the end (unless --keep-profile).
struct ProfileLease {
  std::filesystem::path path;
  bool temporary = false;
  int lockFd = -1;
  bool keep = false;

  ~ProfileLease() {
    if (lockFd >= 0) ::close(lockFd);
    if (temporary && !keep) {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
  }
};

void lease(ProfileLease& lease, const std::filesystem::path& wanted) {
  std::filesystem::create_directories(wanted);
  const std::string lockPath = (wanted / "cfocus.lock").string();
  lease.lockFd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lease.lockFd >= 0 && ::flock(lease.lockFd, LOCK_EX | LOCK_NB) == 0) {
    lease.path = wanted;
    return;
  }
  std::string pattern = (std::filesystem::temp_directory_path() / "cfocus-profile-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw JobError(kOfficeFailed, "cannot create a temporary profile");
  lease.path = pattern;
  lease.temporary = true;
}

void printHelp(const po::options_description& options) {
  std::cout
      << "Usage:\n"
         "  cfocus matrix INPUT... -o OUT.ods [--json R.json] [--pdf OUT.pdf] [--mapping M.json]\n"
         "         [--na CODES] [--primary GROUP] [--supporting GROUP...] [--min-n N]\n"
         "         [--crosshair means|midpoint] [--themes CODEBOOK] [--comment-language en|de|fr|es]\n"
         "         [--wave-names NAME...] [--analyse-wave NAME] [--waves-by month|quarter|year]\n"
         "  cfocus detect INPUT [-o MAPPING.json]\n"
         "  cfocus worksheet MODEL.json -o OUT.odt [--pdf OUT.pdf]\n"
         "  cfocus update-model MODEL.json|DOC.odt SURVEY... -o OUT.json|OUT.odt [--add-groups]\n"
         "  cfocus report MODEL.json|DOC.odt SURVEY... -o REPORT.odt [--pdf REPORT.pdf]\n"
         "  cfocus check MODEL.json|DOC.odt\n"
         "  cfocus selftest\n\n"
         "Commands:\n"
         "  matrix     build the value matrix of a feedback table (csv, ods, xlsx: any\n"
         "             table LibreOffice opens); writes the sheets, and optionally the\n"
         "             results JSON and a PDF of the result sheets; several tables are\n"
         "             waves of one survey: a Trends sheet shows what changed, and the\n"
         "             other sheets analyse the latest wave\n"
         "  detect     print what detection finds in a table, one line a column, and\n"
         "             with -o write the mapping to edit and pass to matrix --mapping\n"
         "  worksheet  write the Customer Focus planning worksheet for a customer model\n"
         "  update-model\n"
         "             write what each group of a survey values (its top five), and the\n"
         "             evidence against the model's assumed values, into the customer\n"
         "             model; values typed by hand are kept\n"
         "  report     write the Customer Focus report of a model and a survey, for the\n"
         "             board: who we serve, focus checks, values, where to act first,\n"
         "             drift, surprises, listening, the plan, and every figure's source\n"
         "  check      print the focus checks of a model, or of the model stored in a\n"
         "             Writer document\n"
         "  selftest   check that the extension works in Writer and Calc\n\n"
      << options
      << "\nExamples:\n"
         "  cfocus matrix survey.csv -o matrix.ods --json results.json --pdf matrix.pdf\n"
         "  cfocus matrix survey.xlsx -o matrix.ods --mapping survey-mapping.json\n"
         "  cfocus matrix survey.csv -o matrix.ods --na 0 --primary \"Loyal Customer\"\n"
         "  cfocus detect survey.csv -o survey-mapping.json\n"
         "  cfocus worksheet model.json -o worksheet.odt --pdf worksheet.pdf\n"
         "  cfocus update-model model.json survey.csv -o model-2026.json\n"
         "  cfocus report model-2026.json survey.csv -o report.odt --pdf report.pdf\n"
         "  cfocus matrix survey-2025.csv survey-2026.csv -o trends.ods --json trends.json\n"
         "  cfocus report model.json spring.csv autumn.csv --wave-names \"Spring 2026\" \"Autumn 2026\" -o report.odt\n"
         "  cfocus check plan.odt\n\n"
         "cfocus starts its own LibreOffice with a private profile (in\n"
         "~/.cache/customer-focus/profile), installs the extension into it on first\n"
         "use, and always shuts it down, also on Ctrl-C. It writes only the files\n"
         "named with -o, --json and --pdf, and never overwrites one without --force.\n\n"
         "Exit codes:\n"
         "  0    success\n"
         "  1    check: an error finding (for example two primary customers);\n"
         "       selftest: a check failed\n"
         "  2    wrong usage\n"
         "  3    an input is missing, unreadable, or holds no usable table or model;\n"
         "       matrix: no value matrix could be built (the reason is printed)\n"
         "  4    an output exists (use --force) or cannot be written\n"
         "  5    LibreOffice is missing, would not start, or failed\n"
         "  130  interrupted\n";
}

AnalysisOverrides overrides(const po::variables_map& vm) {
  AnalysisOverrides o;
  if (vm.count("mapping")) o.mapping = vm["mapping"].as<std::string>();
  if (vm.count("na")) o.notApplicable = vm["na"].as<std::string>();
  if (vm.count("primary")) o.primary = vm["primary"].as<std::string>();
  if (vm.count("supporting")) o.supporting = vm["supporting"].as<std::vector<std::string>>();
  if (vm.count("min-n")) o.minN = vm["min-n"].as<int>();
  if (vm.count("crosshair")) o.crosshair = vm["crosshair"].as<std::string>();
  if (vm.count("themes")) o.themes = vm["themes"].as<std::string>();
  if (vm.count("comment-language")) o.commentLanguage = vm["comment-language"].as<std::string>();
  if (vm.count("wave-names")) o.waveNames = vm["wave-names"].as<std::vector<std::string>>();
  if (vm.count("analyse-wave")) o.analyseWave = vm["analyse-wave"].as<std::string>();
  if (vm.count("waves-by")) o.wavesBy = vm["waves-by"].as<std::string>();
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  po::options_description options("Options");
  options.add_options()("help,h", "show this help")("version", "print the version")(
      "output,o", po::value<std::string>(),
      "the document to write (.ods for matrix, .odt for worksheet and report, .json or .odt "
      "for update-model)")(
      "json", po::value<std::string>(), "matrix: also write the results as JSON")(
      "pdf", po::value<std::string>(), "also write a PDF")(
      "mapping", po::value<std::string>(),
      "matrix, update-model, report: the column mapping JSON to use instead of detection")(
      "na", po::value<std::string>(),
      "matrix, update-model, report: the codes that mean \"not applicable\", such as \"0\" or \"0;99\" (\"\" for none)")(
      "primary", po::value<std::string>(),
      "matrix, update-model, report: the group that is the primary customer; every other group is supporting")(
      "supporting", po::value<std::vector<std::string>>()->multitoken(),
      "matrix, update-model, report: the supporting groups (the others keep the table's roles)")(
      "min-n", po::value<int>(), "matrix, update-model, report: the smallest group shown as numbers (default 5)")(
      "crosshair", po::value<std::string>(),
      "matrix, update-model, report: where the priority quadrants split: means (default) or midpoint")(
      "themes", po::value<std::string>(),
      "matrix, update-model, report: a codebook for the comments: CSV (Theme,Keywords,Attribute; keywords separated by ';', * a wildcard) or JSON")(
      "comment-language", po::value<std::string>(),
      "matrix, update-model, report: the comments' language, en, de, fr or es (default: detected per column)")(
      "wave-names", po::value<std::vector<std::string>>()->multitoken(),
      "matrix, update-model, report with several tables: each table's wave, in the order of the tables (default: the file names); waves are put in time order by their names")(
      "waves-by", po::value<std::string>(),
      "matrix, update-model, report: waves in one table by its response time: month, quarter or year (a Wave, Round, Year or Term column needs no option)")(
      "analyse-wave", po::value<std::string>(),
      "matrix, update-model, report with several tables: the wave the other sheets analyse (default: the latest)")(
      "add-groups", "update-model: add the survey's groups that the model lacks")(
      "force,f", "overwrite outputs that exist")(
      "office", po::value<std::string>(),
      "the LibreOffice program folder (default /usr/lib/libreoffice/program)")(
      "oxt", po::value<std::string>()->default_value(CF_BUILT_OXT),
      "the extension package to install")("profile", po::value<std::string>(),
                                          "the private profile folder to use")(
      "keep-profile", "keep a temporary profile and the office log, and print where they are")(
      "quiet,q", "print only errors");
  po::options_description hidden;
  hidden.add_options()("command", po::value<std::string>())(
      "inputs", po::value<std::vector<std::string>>());
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description positional;
  positional.add("command", 1).add("inputs", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "cfocus: " << e.what() << " (see cfocus --help)\n";
    return kUsage;
  }
  if (vm.count("help")) {
    printHelp(options);
    return kOk;
  }
  if (vm.count("version")) {
    std::cout << "cfocus " << CF_VERSION << '\n';
    return kOk;
  }
  const std::string command = vm.count("command") ? vm["command"].as<std::string>() : "";
  auto usage = [](const std::string& why) {
    std::cerr << "cfocus: " << why << " (see cfocus --help)\n";
    return kUsage;
  };
  if (command.empty()) return usage("no command given");
  const bool needsSurvey = command == "update-model" || command == "report";
  const bool needsInput = command == "matrix" || command == "worksheet" || command == "check" ||
                          command == "detect" || needsSurvey;
  const bool needsOutput = command == "matrix" || command == "worksheet" || needsSurvey;
  if (!needsInput && command != "selftest") return usage("unknown command '" + command + "'");
  const std::vector<std::string> inputs =
      vm.count("inputs") ? vm["inputs"].as<std::vector<std::string>>() : std::vector<std::string>();
  if (needsInput && inputs.empty()) return usage(command + " needs an input file");
  if (needsSurvey && inputs.size() < 2) return usage(command + " needs a model and a survey table");
  if (!needsSurvey && command != "matrix" && inputs.size() > 1) return usage(command + " takes one input file");
  if (!needsInput && !inputs.empty()) return usage(command + " takes no input file");
  const std::size_t tables = command == "matrix" ? inputs.size() : needsSurvey ? inputs.size() - 1 : 0;
  if (vm.count("wave-names") && tables < 2) return usage("--wave-names is for several tables, one per wave");
  if (vm.count("wave-names") && vm["wave-names"].as<std::vector<std::string>>().size() != tables)
    return usage("--wave-names needs one name per table (" + std::to_string(tables) + ")");
  if (vm.count("waves-by") && tables > 1) return usage("--waves-by is for one table that holds several waves");
  if (vm.count("waves-by") && !cf::core::parseWaveBucket(vm["waves-by"].as<std::string>()))
    return usage("--waves-by is month, quarter or year");
  if (needsOutput && !vm.count("output")) return usage(command + " needs -o OUTPUT");
  for (const char* analysisOnly :
       {"na", "primary", "supporting", "min-n", "crosshair", "mapping", "themes", "comment-language",
        "wave-names", "analyse-wave", "waves-by"})
    if (vm.count(analysisOnly) && command != "matrix" && !needsSurvey)
      return usage(std::string("--") + analysisOnly + " is for matrix, update-model and report");
  if (vm.count("json") && command != "matrix") return usage("--json is for matrix");
  if (vm.count("add-groups") && command != "update-model") return usage("--add-groups is for update-model");
  if (vm.count("pdf") && command == "update-model") return usage("--pdf is for matrix, worksheet and report");
  if (vm.count("min-n") && vm["min-n"].as<int>() < 1) return usage("--min-n must be 1 or more");
  if (vm.count("comment-language") && !cf::core::parseLanguage(vm["comment-language"].as<std::string>()))
    return usage("--comment-language is en, de, fr or es");
  if (vm.count("themes") && !std::filesystem::is_regular_file(vm["themes"].as<std::string>()))
    return usage("--themes: no file " + vm["themes"].as<std::string>());
  if (vm.count("crosshair") && vm["crosshair"].as<std::string>() != "means" &&
      vm["crosshair"].as<std::string>() != "midpoint")
    return usage("--crosshair is means or midpoint");

  struct sigaction sa {};
  sa.sa_handler = cfocusOnSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGHUP, &sa, nullptr);

  JobSettings settings;
  settings.quiet = vm.count("quiet") > 0;
  settings.force = vm.count("force") > 0;
  settings.keepProfile = vm.count("keep-profile") > 0;
  settings.office.oxt = vm["oxt"].as<std::string>();
  if (vm.count("office")) settings.office.programDir = vm["office"].as<std::string>();

  ProfileLease profile;
  profile.keep = settings.keepProfile;
  try {
    lease(profile, vm.count("profile") ? std::filesystem::path(vm["profile"].as<std::string>())
                                       : cacheDir() / "profile");
    settings.office.profile = profile.path;
    int code = kOk;
    if (command == "matrix") {
      MatrixJob job;
      for (const std::string& i : inputs) job.inputs.emplace_back(i);
      job.output = vm["output"].as<std::string>();
      if (vm.count("json")) job.json = vm["json"].as<std::string>();
      if (vm.count("pdf")) job.pdf = vm["pdf"].as<std::string>();
      job.overrides = overrides(vm);
      code = runMatrix(settings, job);
    } else if (command == "detect") {
      DetectJob job;
      job.input = inputs.front();
      if (vm.count("output")) job.output = vm["output"].as<std::string>();
      code = runDetect(settings, job);
    } else if (command == "worksheet") {
      WorksheetJob job;
      job.model = inputs.front();
      job.output = vm["output"].as<std::string>();
      if (vm.count("pdf")) job.pdf = vm["pdf"].as<std::string>();
      code = runWorksheet(settings, job);
    } else if (needsSurvey) {
      SurveyJob job;
      job.model = inputs.front();
      for (std::size_t i = 1; i < inputs.size(); ++i) job.surveys.emplace_back(inputs[i]);
      job.output = vm["output"].as<std::string>();
      if (vm.count("pdf")) job.pdf = vm["pdf"].as<std::string>();
      job.overrides = overrides(vm);
      job.addGroups = vm.count("add-groups") > 0;
      code = command == "report" ? runReport(settings, job) : runUpdateModel(settings, job);
    } else if (command == "check") {
      code = runCheck(settings, inputs.front());
    } else {
      code = runSelfTest(settings);
    }
    if (settings.keepProfile)
      std::cerr << "cfocus: profile kept in " << profile.path.string() << " (office log: "
                << (profile.path / "office.log").string() << ")\n";
    return code;
  } catch (const JobError& e) {
    std::cerr << "cfocus: " << e.what() << '\n';
    return e.code;
  } catch (const css::uno::Exception& e) {
    std::cerr << "cfocus: LibreOffice failed: "
              << rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr() << '\n';
    return kOfficeFailed;
  } catch (const std::exception& e) {
    std::cerr << "cfocus: " << e.what() << '\n';
    return kOfficeFailed;
  }
}
