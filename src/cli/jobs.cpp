#include "jobs.h"

#include "text.h"
#include "waves/trends.h"

#include "csv_import.h"

#include "date_format.h"
#include "focus_checks.h"
#include "model_io.h"
#include "progress.h"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets2.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::cli {
namespace {

std::atomic<pid_t> officePid{0};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string extension(const std::filesystem::path& p) { return lower(p.extension().string()); }

rtl::OUString ou(const std::string& s) {
  return rtl::OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}

css::beans::PropertyValue prop(const char* name, const css::uno::Any& value) {
  css::beans::PropertyValue p;
  p.Name = rtl::OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

void requireReadable(const std::filesystem::path& p, const char* what) {
  std::ifstream in(p, std::ios::binary);
  if (!std::filesystem::exists(p)) throw JobError(kBadInput, std::string(what) + " not found: " + p.string());
  if (std::filesystem::is_directory(p)) throw JobError(kBadInput, std::string(what) + " is a folder: " + p.string());
  if (!in) throw JobError(kBadInput, std::string(what) + " cannot be read: " + p.string());
}

void requireWritable(const std::filesystem::path& p, bool force) {
  if (std::filesystem::exists(p) && !force)
    throw JobError(kBadOutput, p.string() + " exists; pass --force to overwrite it");
  const std::filesystem::path dir = p.has_parent_path() ? p.parent_path() : std::filesystem::path(".");
  if (!std::filesystem::is_directory(dir))
    throw JobError(kBadOutput, "the folder for " + p.string() + " does not exist");
  if (::access(dir.c_str(), W_OK) != 0) throw JobError(kBadOutput, "cannot write into " + dir.string());
}

// The office with our signal handler aware of it; started after every path
// has been checked.
struct RunningOffice {
  RunningOffice(const JobSettings& settings, Progress& progress) {
    if (!std::filesystem::exists(settings.office.programDir / "soffice.bin"))
      throw JobError(kOfficeFailed, "LibreOffice was not found in " + settings.office.programDir.string() +
                                        " (install libreoffice-calc and libreoffice-writer, or pass --office)");
    progress.step("Starting LibreOffice");
    OfficeOptions options = settings.office;
    options.onProcess = &setOfficeForSignals;
    try {
      office = std::make_unique<Office>(options);
    } catch (const OfficeError& e) {
      throw JobError(kOfficeFailed, e.what());
    }
  }
  ~RunningOffice() {
    if (office) office->shutdown();
    setOfficeForSignals(0);
  }
  std::unique_ptr<Office> office;
};

void store(const Reference<css::lang::XComponent>& doc, const std::filesystem::path& path,
           const char* filter) {
  Reference<css::frame::XStorable> storable(doc, UNO_QUERY_THROW);
  css::uno::Sequence<css::beans::PropertyValue> args(2);
  args.getArray()[0] = prop("FilterName", css::uno::Any(rtl::OUString::createFromAscii(filter)));
  args.getArray()[1] = prop("Overwrite", css::uno::Any(true));
  try {
    storable->storeToURL(ou(Office::fileUrl(path)), args);
  } catch (const css::uno::Exception& e) {
    throw JobError(kBadOutput, "could not write " + path.string());
  }
}

std::set<std::string> sheetNames(const Reference<css::lang::XComponent>& doc) {
  std::set<std::string> names;
  Reference<css::sheet::XSpreadsheetDocument> calc(doc, UNO_QUERY_THROW);
  const auto all = calc->getSheets()->getElementNames();
  for (const rtl::OUString& n : all)
    names.insert(rtl::OUStringToOString(n, RTL_TEXTENCODING_UTF8).getStr());
  return names;
}

// Only the sheets the command made go into the PDF: the input table of a
// survey can run to hundreds of pages.
void hideSheetsExcept(const Reference<css::lang::XComponent>& doc, const std::set<std::string>& keepHidden) {
  Reference<css::sheet::XSpreadsheetDocument> calc(doc, UNO_QUERY_THROW);
  Reference<css::container::XIndexAccess> sheets(calc->getSheets(), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
    Reference<css::container::XNamed> named(sheets->getByIndex(i), UNO_QUERY_THROW);
    const std::string name = rtl::OUStringToOString(named->getName(), RTL_TEXTENCODING_UTF8).getStr();
    if (keepHidden.count(name)) {
      Reference<css::beans::XPropertySet> props(named, UNO_QUERY_THROW);
      props->setPropertyValue("IsVisible", css::uno::Any(false));
    }
  }
}

std::string readText(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::filesystem::path scratchFile(const JobSettings& settings, const std::string& name) {
  std::filesystem::path dir = settings.office.profile / "scratch";
  std::filesystem::create_directories(dir);
  return dir / (std::to_string(::getpid()) + "-" + name);
}

void requireSuccess(const DispatchResult& r, const std::string& what) {
  if (!r.finished) throw JobError(kOfficeFailed, "the extension did not take the command " + what + " (is it installed?)");
  if (!r.success) throw JobError(kBadInput, r.message);
}

// A table as LibreOffice opens it; a CSV with the character set, separator
// and decimal mark it was written with.
Reference<css::lang::XComponent> openTable(Office& office, const std::filesystem::path& input) {
  std::vector<css::beans::PropertyValue> load;
  const std::string ext = extension(input);
  if (ext == ".csv" || ext == ".txt" || ext == ".tsv") {
    load.push_back(prop("FilterName", css::uno::Any(rtl::OUString("Text - txt - csv (StarCalc)"))));
    load.push_back(prop("FilterOptions",
                        css::uno::Any(ou(csvFilterOptions(sniffCsvFile(input, ext == ".tsv"))))));
  }
  Reference<css::lang::XComponent> doc;
  try {
    doc = office.loadDocument(Office::fileUrl(input), load);
  } catch (const std::exception& e) {
    throw JobError(kBadInput,
                   "LibreOffice could not open " + input.string() + " as a table: " + e.what());
  } catch (const css::uno::Exception& e) {
    throw JobError(kBadInput,
                   "LibreOffice could not open " + input.string() + " as a table: " +
                       rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr());
  }
  if (!Reference<css::sheet::XSpreadsheetDocument>(doc, UNO_QUERY).is())
    throw JobError(kBadInput, input.string() + " is not a table");
  return doc;
}

// The dispatch arguments that carry the overrides to the extension.
std::vector<css::beans::PropertyValue> analysisArguments(const AnalysisOverrides& o) {
  std::vector<css::beans::PropertyValue> args;
  if (o.mapping)
    args.push_back(prop("MappingFile", css::uno::Any(ou(std::filesystem::absolute(*o.mapping).string()))));
  if (o.notApplicable) args.push_back(prop("NotApplicable", css::uno::Any(ou(*o.notApplicable))));
  if (!o.primary.empty()) args.push_back(prop("Primary", css::uno::Any(ou(o.primary))));
  if (!o.supporting.empty()) {
    css::uno::Sequence<rtl::OUString> names(static_cast<sal_Int32>(o.supporting.size()));
    for (std::size_t i = 0; i < o.supporting.size(); ++i) names.getArray()[i] = ou(o.supporting[i]);
    args.push_back(prop("Supporting", css::uno::Any(names)));
  }
  if (o.minN) args.push_back(prop("MinN", css::uno::Any(static_cast<double>(*o.minN))));
  if (o.crosshair)
    args.push_back(prop("Crosshair", css::uno::Any(ou(*o.crosshair == "midpoint" ? "scaleMidpoint" : "dataMeans"))));
  if (o.themes)
    args.push_back(prop("ThemesFile", css::uno::Any(ou(std::filesystem::absolute(*o.themes).string()))));
  if (o.commentLanguage) args.push_back(prop("CommentLanguage", css::uno::Any(ou(*o.commentLanguage))));
  if (o.analyseWave) args.push_back(prop("AnalysedWave", css::uno::Any(ou(*o.analyseWave))));
  if (o.wavesBy) args.push_back(prop("WavesBy", css::uno::Any(ou(*o.wavesBy))));
  return args;
}

// A wave's name as a sheet name: Calc refuses []*?:/\ and a leading or
// trailing apostrophe in one.
std::string sheetNameFor(const std::string& name) {
  std::string out;
  for (char c : name) out += std::string_view("[]*?:/\\").find(c) == std::string_view::npos ? c : '-';
  while (!out.empty() && out.front() == '\'') out.erase(out.begin());
  while (!out.empty() && out.back() == '\'') out.pop_back();
  return out;
}

// The names of the waves, one per table: those given, else each file's name
// without its extension. Two that are the same are refused.
std::vector<std::string> waveNamesFor(const std::vector<std::filesystem::path>& tables,
                                      const std::vector<std::string>& given) {
  if (!given.empty() && given.size() != tables.size())
    throw JobError(kUsage, "--wave-names gives " + std::to_string(given.size()) + " names for " +
                               std::to_string(tables.size()) + " tables");
  std::vector<std::string> names;
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const std::string name = sheetNameFor(given.empty() ? tables[i].stem().string() : given[i]);
    if (name.empty()) throw JobError(kUsage, "a wave needs a name: " + tables[i].string());
    for (const std::string& n : names)
      if (core::foldCase(n) == core::foldCase(name))
        throw JobError(kUsage, "two waves are named " + name + "; name them with --wave-names");
    names.push_back(name);
  }
  return names;
}

// The tables as one spreadsheet: the first table's document, with the first
// sheet of every other table copied in after it, each sheet named by its
// wave. `waves` gets the names (empty for a single table: no waves).
Reference<css::lang::XComponent> openWaves(Office& office, const std::vector<std::filesystem::path>& tables,
                                           const std::vector<std::string>& givenNames,
                                           std::vector<std::string>& waves) {
  waves.clear();
  Reference<css::lang::XComponent> doc = openTable(office, tables.front());
  if (tables.size() < 2) return doc;
  waves = waveNamesFor(tables, givenNames);
  Reference<css::sheet::XSpreadsheetDocument> target(doc, UNO_QUERY_THROW);
  Reference<css::sheet::XSpreadsheets2> sheets(target->getSheets(), UNO_QUERY_THROW);
  Reference<css::container::XIndexAccess> index(sheets, UNO_QUERY_THROW);
  auto rename = [&](sal_Int32 at, const std::string& name) {
    Reference<css::container::XNamed> named(index->getByIndex(at), UNO_QUERY_THROW);
    named->setName(ou(name));
  };
  // The other sheets of the first table keep their names; a wave's name
  // that one of them has is refused rather than silently changed.
  for (std::size_t i = 1; i < waves.size(); ++i)
    if (sheets->hasByName(ou(waves[i])))
      throw JobError(kBadInput, tables.front().string() + " already has a sheet named " + waves[i]);
  rename(0, waves[0]);
  for (std::size_t i = 1; i < tables.size(); ++i) {
    Reference<css::lang::XComponent> other = openTable(office, tables[i]);
    Reference<css::sheet::XSpreadsheetDocument> source(other, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> sourceSheets(source->getSheets(), UNO_QUERY_THROW);
    Reference<css::container::XNamed> first(sourceSheets->getByIndex(0), UNO_QUERY_THROW);
    const sal_Int32 at = sheets->importSheet(source, first->getName(), static_cast<sal_Int32>(i));
    rename(at, waves[i]);
    Office::closeDocument(other);
  }
  // The cursor on the first wave: the build reads the table there.
  Reference<css::frame::XModel> model(doc, UNO_QUERY);
  Reference<css::sheet::XSpreadsheetView> view(model.is() ? model->getCurrentController() : nullptr, UNO_QUERY);
  if (view.is()) view->setActiveSheet(Reference<css::sheet::XSpreadsheet>(index->getByIndex(0), UNO_QUERY));
  return doc;
}

// The file of the wave the report and the update analyse (the latest in time,
// or the one named), so that they name it as their source rather than the
// first table's file that holds the copied waves.
css::beans::PropertyValue surveyFileArgument(const std::vector<std::filesystem::path>& tables,
                                             const std::vector<std::string>& waves,
                                             const std::optional<std::string>& analysed) {
  const std::vector<std::size_t> order = core::orderWaves(waves);
  std::size_t chosen = order.empty() ? 0 : order.back();
  if (analysed)
    for (std::size_t i = 0; i < waves.size(); ++i)
      if (core::foldCase(core::trim(waves[i])) == core::foldCase(core::trim(*analysed))) chosen = i;
  return prop("SurveyFile", css::uno::Any(ou(tables[std::min(chosen, tables.size() - 1)].filename().string())));
}

css::beans::PropertyValue wavesArgument(const std::vector<std::string>& waves) {
  css::uno::Sequence<rtl::OUString> names(static_cast<sal_Int32>(waves.size()));
  for (std::size_t i = 0; i < waves.size(); ++i) names.getArray()[i] = ou(waves[i]);
  return prop("Waves", css::uno::Any(names));
}

// The Writer document that holds the job's model: the document itself, or a
// new one the model JSON is imported into.
Reference<css::lang::XComponent> openModel(Office& office, const std::filesystem::path& model) {
  if (extension(model) == ".json") {
    Reference<css::lang::XComponent> doc = office.loadDocument("private:factory/swriter");
    requireSuccess(office.dispatch(doc, "vnd.customerfocus:ImportModel",
                                   {prop("Path", css::uno::Any(ou(std::filesystem::absolute(model).string())))}),
                   "ImportModel");
    return doc;
  }
  try {
    return office.loadDocument(Office::fileUrl(model));
  } catch (...) {
    throw JobError(kBadInput, "LibreOffice could not open " + model.string());
  }
}

// `command` on the Writer document with the survey and the overrides (and
// `extra` arguments); JobError unless it succeeded.
DispatchResult dispatchWithSurvey(Office& office, const Reference<css::lang::XComponent>& writer,
                                  const Reference<css::lang::XComponent>& survey, const std::string& command,
                                  const AnalysisOverrides& overrides,
                                  const std::vector<css::beans::PropertyValue>& extra = {},
                                  const std::vector<std::string>& waves = {},
                                  const std::vector<std::filesystem::path>& tables = {}) {
  std::vector<css::beans::PropertyValue> args = analysisArguments(overrides);
  if (!waves.empty()) {
    args.push_back(wavesArgument(waves));
    args.push_back(surveyFileArgument(tables, waves, overrides.analyseWave));
  }
  args.push_back(prop("Survey", css::uno::Any(survey)));
  args.insert(args.end(), extra.begin(), extra.end());
  const DispatchResult r = office.dispatch(writer, "vnd.customerfocus:" + command, args);
  requireSuccess(r, command);
  return r;
}

void requireModelInput(const std::filesystem::path& model) {
  requireReadable(model, "customer model");
  if (extension(model) == ".json") {
    const auto parsed = core::parseModel(readText(model));
    if (!parsed.ok())
      throw JobError(kBadInput, model.string() + ": " + parsed.error().where + ": " + parsed.error().message);
  }
}

// The inputs of update-model and report: checked before the office starts.
void requireSurveyJobInputs(const SurveyJob& job) {
  requireModelInput(job.model);
  for (const std::filesystem::path& survey : job.surveys) requireReadable(survey, "survey table");
  if (job.overrides.mapping) requireReadable(*job.overrides.mapping, "mapping");
}

}  // namespace

void setOfficeForSignals(pid_t pid) noexcept { officePid.store(pid); }

}  // namespace cf::cli

extern "C" void cfocusOnSignal(int) {
  using namespace cf::cli;
  // Only async-signal-safe calls: end the office's whole process group so no
  // soffice.bin outlives us, then leave.
  const pid_t pid = officePid.load();
  if (pid > 0) {
    ::kill(-pid, SIGKILL);
    ::kill(pid, SIGKILL);
  }
  static const char msg[] = "\ncfocus: interrupted\n";
  (void)!::write(2, msg, sizeof msg - 1);
  ::_exit(kInterrupted);
}

namespace cf::cli {

int runMatrix(const JobSettings& settings, const MatrixJob& job) {
  for (const std::filesystem::path& input : job.inputs) {
    requireReadable(input, "input table");
    if (std::filesystem::file_size(input) == 0) throw JobError(kBadInput, "the input table is empty: " + input.string());
  }
  if (job.inputs.size() > 1) (void)waveNamesFor(job.inputs, job.overrides.waveNames);
  if (job.overrides.mapping) requireReadable(*job.overrides.mapping, "mapping");
  requireWritable(job.output, settings.force);
  if (job.json) requireWritable(*job.json, settings.force);
  if (job.pdf) requireWritable(*job.pdf, settings.force);

  Progress progress(5 + (job.pdf ? 1 : 0), settings.quiet);
  RunningOffice running(settings, progress);
  Office& office = *running.office;

  progress.step("Opening " + job.inputs.front().filename().string() +
                (job.inputs.size() > 1 ? " and " + std::to_string(job.inputs.size() - 1) + " more waves" : std::string()));
  std::vector<std::string> waves;
  Reference<css::lang::XComponent> doc = openWaves(office, job.inputs, job.overrides.waveNames, waves);
  const std::set<std::string> before = sheetNames(doc);

  progress.step("Building the value matrix");
  const std::filesystem::path results = scratchFile(settings, "results.json");
  std::vector<css::beans::PropertyValue> args = analysisArguments(job.overrides);
  args.push_back(prop("ResultsFile", css::uno::Any(ou(results.string()))));
  if (!waves.empty()) args.push_back(wavesArgument(waves));
  const DispatchResult r = office.dispatch(doc, "vnd.customerfocus:BuildValueMatrix", args);
  requireSuccess(r, "BuildValueMatrix");

  progress.step("Saving " + job.output.filename().string());
  store(doc, job.output, "calc8");
  if (job.json) {
    std::error_code ec;
    std::filesystem::copy_file(results, *job.json, std::filesystem::copy_options::overwrite_existing, ec);
    if (ec) throw JobError(kBadOutput, "could not write " + job.json->string());
  }
  std::filesystem::remove(results);
  if (job.pdf) {
    progress.step("Exporting " + job.pdf->filename().string());
    hideSheetsExcept(doc, before);
    store(doc, *job.pdf, "calc_pdf_Export");
  }
  progress.step("Closing LibreOffice");
  Office::closeDocument(doc);
  progress.done();
  if (!settings.quiet) std::cout << r.message << '\n';
  return kOk;
}

int runDetect(const JobSettings& settings, const DetectJob& job) {
  requireReadable(job.input, "input table");
  if (std::filesystem::file_size(job.input) == 0)
    throw JobError(kBadInput, "the input table is empty: " + job.input.string());
  if (job.output) requireWritable(*job.output, settings.force);

  Progress progress(3, settings.quiet);
  RunningOffice running(settings, progress);
  progress.step("Reading " + job.input.filename().string());
  Reference<css::lang::XComponent> doc = openTable(*running.office, job.input);
  std::vector<css::beans::PropertyValue> args = {prop("Describe", css::uno::Any(true))};
  if (job.output)
    args.push_back(
        prop("Save", css::uno::Any(ou(std::filesystem::absolute(*job.output).string()))));
  const DispatchResult r = running.office->dispatch(doc, "vnd.customerfocus:ColumnMapping", args);
  requireSuccess(r, "ColumnMapping");
  progress.step("Closing LibreOffice");
  Office::closeDocument(doc);
  progress.done();
  // The description is the answer, so it is printed also with --quiet.
  std::cout << r.message << '\n';
  return kOk;
}

int runWorksheet(const JobSettings& settings, const WorksheetJob& job) {
  requireReadable(job.model, "customer model");
  const auto parsed = core::parseModel(readText(job.model));
  if (!parsed.ok())
    throw JobError(kBadInput, job.model.string() + ": " + parsed.error().where + ": " + parsed.error().message);
  requireWritable(job.output, settings.force);
  if (job.pdf) requireWritable(*job.pdf, settings.force);

  Progress progress(4 + (job.pdf ? 1 : 0), settings.quiet);
  RunningOffice running(settings, progress);
  Office& office = *running.office;
  progress.step("Writing the worksheet");
  Reference<css::lang::XComponent> doc = office.loadDocument("private:factory/swriter");
  requireSuccess(office.dispatch(doc, "vnd.customerfocus:ImportModel",
                                 {prop("Path", css::uno::Any(ou(std::filesystem::absolute(job.model).string())))}),
                 "ImportModel");
  requireSuccess(office.dispatch(doc, "vnd.customerfocus:InsertWorksheet"), "InsertWorksheet");
  progress.step("Saving " + job.output.filename().string());
  store(doc, job.output, "writer8");
  if (job.pdf) {
    progress.step("Exporting " + job.pdf->filename().string());
    store(doc, *job.pdf, "writer_pdf_Export");
  }
  progress.step("Closing LibreOffice");
  Office::closeDocument(doc);
  progress.done();
  return kOk;
}

int runUpdateModel(const JobSettings& settings, const SurveyJob& job) {
  requireSurveyJobInputs(job);
  const std::string out = extension(job.output);
  if (out != ".json" && out != ".odt") throw JobError(kBadOutput, "update-model writes a .json model or an .odt document");
  requireWritable(job.output, settings.force);

  Progress progress(5, settings.quiet);
  RunningOffice running(settings, progress);
  Office& office = *running.office;
  progress.step("Opening " + job.model.filename().string() + " and " + job.surveys.front().filename().string() +
                (job.surveys.size() > 1 ? " (" + std::to_string(job.surveys.size()) + " waves)" : std::string()));
  Reference<css::lang::XComponent> writer = openModel(office, job.model);
  std::vector<std::string> waves;
  Reference<css::lang::XComponent> survey = openWaves(office, job.surveys, job.overrides.waveNames, waves);
  progress.step("Updating the customer model");
  std::vector<css::beans::PropertyValue> extra;
  if (job.addGroups) extra.push_back(prop("AddGroups", css::uno::Any(rtl::OUString("true"))));
  const DispatchResult r = dispatchWithSurvey(office, writer, survey, "UpdateModel", job.overrides, extra, waves, job.surveys);
  progress.step("Saving " + job.output.filename().string());
  if (out == ".json") {
    const std::filesystem::path exported = scratchFile(settings, "model.json");
    requireSuccess(office.dispatch(writer, "vnd.customerfocus:ExportModel",
                                   {prop("Path", css::uno::Any(ou(exported.string())))}),
                   "ExportModel");
    std::error_code ec;
    std::filesystem::copy_file(exported, job.output, std::filesystem::copy_options::overwrite_existing, ec);
    std::filesystem::remove(exported);
    if (ec) throw JobError(kBadOutput, "could not write " + job.output.string());
  } else {
    store(writer, job.output, "writer8");
  }
  progress.step("Closing LibreOffice");
  Office::closeDocument(survey);
  Office::closeDocument(writer);
  progress.done();
  if (!settings.quiet) std::cout << r.message << '\n';
  return kOk;
}

int runReport(const JobSettings& settings, const SurveyJob& job) {
  if (extension(job.output) != ".odt") throw JobError(kBadOutput, "report writes an .odt document (and --pdf a PDF)");
  requireSurveyJobInputs(job);
  requireWritable(job.output, settings.force);
  if (job.pdf) requireWritable(*job.pdf, settings.force);

  Progress progress(5 + (job.pdf ? 1 : 0), settings.quiet);
  RunningOffice running(settings, progress);
  Office& office = *running.office;
  progress.step("Opening " + job.model.filename().string() + " and " + job.surveys.front().filename().string() +
                (job.surveys.size() > 1 ? " (" + std::to_string(job.surveys.size()) + " waves)" : std::string()));
  Reference<css::lang::XComponent> writer = openModel(office, job.model);
  std::vector<std::string> waves;
  Reference<css::lang::XComponent> survey = openWaves(office, job.surveys, job.overrides.waveNames, waves);
  progress.step("Writing the report");
  const DispatchResult r = dispatchWithSurvey(office, writer, survey, "InsertReport", job.overrides, {}, waves, job.surveys);
  progress.step("Saving " + job.output.filename().string());
  store(writer, job.output, "writer8");
  if (job.pdf) {
    progress.step("Exporting " + job.pdf->filename().string());
    store(writer, *job.pdf, "writer_pdf_Export");
  }
  progress.step("Closing LibreOffice");
  Office::closeDocument(survey);
  Office::closeDocument(writer);
  progress.done();
  if (!settings.quiet) std::cout << r.message << '\n';
  return kOk;
}

int runCheck(const JobSettings& settings, const std::filesystem::path& input) {
  requireReadable(input, "model or document");
  std::string text;
  const std::string ext = extension(input);
  if (ext == ".json") {
    text = readText(input);
  } else {
    Progress progress(3, settings.quiet);
    RunningOffice running(settings, progress);
    progress.step("Reading the model in " + input.filename().string());
    Reference<css::lang::XComponent> doc;
    try {
      doc = running.office->loadDocument(Office::fileUrl(input));
    } catch (...) {
      throw JobError(kBadInput, "LibreOffice could not open " + input.string());
    }
    const std::filesystem::path exported = scratchFile(settings, "model.json");
    const DispatchResult r = running.office->dispatch(
        doc, "vnd.customerfocus:ExportModel", {prop("Path", css::uno::Any(ou(exported.string())))});
    requireSuccess(r, "ExportModel");
    text = readText(exported);
    std::filesystem::remove(exported);
    progress.step("Closing LibreOffice");
    Office::closeDocument(doc);
    progress.done();
  }
  const auto parsed = core::parseModel(text);
  if (!parsed.ok())
    throw JobError(kBadInput, input.string() + ": " + parsed.error().where + ": " + parsed.error().message);
  const auto findings = core::checkFocus(parsed.value(), core::localToday());
  bool anyError = false;
  for (const core::Finding& f : findings) {
    anyError = anyError || f.severity == core::Severity::Error;
    std::cout << f.id << "  " << core::severityName(f.severity) << "  " << f.message << '\n';
  }
  if (findings.empty() && !settings.quiet) std::cout << "No findings: the model keeps to Drucker's rules.\n";
  return anyError ? kFindings : kOk;
}

int runSelfTest(const JobSettings& settings) {
  Progress progress(2, settings.quiet);
  RunningOffice running(settings, progress);
  progress.step("Checking Writer and Calc");
  progress.done();
  int failures = 0;
  for (const char* factory : {"private:factory/swriter", "private:factory/scalc"}) {
    Reference<css::lang::XComponent> doc = running.office->loadDocument(factory);
    const DispatchResult r = running.office->dispatch(doc, "vnd.customerfocus:SelfTest");
    Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
    Reference<css::frame::XController2> controller(model->getCurrentController(), UNO_QUERY_THROW);
    const bool hasDeck = controller->getSidebar()->getDecks()->hasByName("CustomerFocusDeck");
    const bool ok = r.finished && r.success && hasDeck;
    if (!ok) ++failures;
    if (!settings.quiet || !ok)
      std::cout << (std::string(factory).substr(16) == "swriter" ? "Writer" : "Calc") << ": command "
                << (r.finished ? (r.success ? "ok" : "FAILED: " + r.message) : "not handled")
                << ", sidebar deck " << (hasDeck ? "present" : "MISSING") << '\n';
    Office::closeDocument(doc);
  }
  return failures == 0 ? kOk : kFindings;
}

}  // namespace cf::cli
