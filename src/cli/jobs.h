// The jobs cfocus runs: each validates its paths first (so a typo costs no
// office start), then drives the private office through the extension's
// commands, and writes only the outputs it was asked for.
#pragma once

#include "office.h"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace cf::cli {

// Exit codes, documented in `cfocus --help`.
enum Exit : int {
  kOk = 0,
  kFindings = 1,     // check: an error finding; selftest: a check failed
  kUsage = 2,        // wrong usage
  kBadInput = 3,     // an input is missing, unreadable, or holds no usable table or model
  kBadOutput = 4,    // an output exists (without --force) or cannot be written
  kOfficeFailed = 5, // LibreOffice is missing, would not start, or failed
  kInterrupted = 130,
};

// A failure with the exit code it maps to; what() is the one line for stderr.
struct JobError : std::runtime_error {
  JobError(Exit code, const std::string& message) : std::runtime_error(message), code(code) {}
  Exit code;
};

struct JobSettings {
  OfficeOptions office;
  bool quiet = false;
  bool force = false;
  bool keepProfile = false;
};

// What the person says about a run over the mapping (detected or loaded):
// matrix, update-model and report take the same.
struct AnalysisOverrides {
  std::optional<std::filesystem::path> mapping;
  std::optional<std::string> notApplicable;  // "0;99"
  std::string primary;
  std::vector<std::string> supporting;
  std::optional<int> minN;
  std::optional<std::string> crosshair;  // "means" or "midpoint"
  std::optional<std::filesystem::path> themes;  // a codebook: CSV or JSON
  std::optional<std::string> commentLanguage;   // "en", "de", "fr", "es"
  // Survey waves: the names of the input tables, one per table in the order
  // given (default: each file's name without its extension), and the wave
  // the other sheets analyse (default: the latest).
  std::vector<std::string> waveNames;
  std::optional<std::string> analyseWave;
  std::optional<std::string> wavesBy;  // one table's waves by its response time
};

struct MatrixJob {
  std::vector<std::filesystem::path> inputs;  // one table, or one per wave
  std::filesystem::path output;               // .ods
  std::optional<std::filesystem::path> json;  // the results JSON
  std::optional<std::filesystem::path> pdf;
  AnalysisOverrides overrides;
};

// cfocus update-model and cfocus report: a customer model (a model JSON, or
// a Writer document that stores one) and a survey table.
struct SurveyJob {
  std::filesystem::path model;   // .json, or .odt/.docx
  std::vector<std::filesystem::path> surveys;  // tables LibreOffice opens: one, or one per wave
  std::filesystem::path output;  // update-model: .json or .odt; report: .odt
  std::optional<std::filesystem::path> pdf;  // report
  AnalysisOverrides overrides;
  bool addGroups = false;  // update-model: add survey groups the model lacks
};

// cfocus detect: what detection makes of a table, and the mapping to edit.
struct DetectJob {
  std::filesystem::path input;
  std::optional<std::filesystem::path> output;  // the mapping JSON
};

struct WorksheetJob {
  std::filesystem::path model;   // customer model JSON
  std::filesystem::path output;  // .odt
  std::optional<std::filesystem::path> pdf;
};

int runMatrix(const JobSettings& settings, const MatrixJob& job);
int runDetect(const JobSettings& settings, const DetectJob& job);
int runWorksheet(const JobSettings& settings, const WorksheetJob& job);
int runUpdateModel(const JobSettings& settings, const SurveyJob& job);
int runReport(const JobSettings& settings, const SurveyJob& job);
// Prints the focus checks of a model (.json) or of the model stored in a
// document (.odt, .docx).
int runCheck(const JobSettings& settings, const std::filesystem::path& input);
int runSelfTest(const JobSettings& settings);

// The office's process, for the signal handler: it is killed on Ctrl-C.
void setOfficeForSignals(pid_t pid) noexcept;

}  // namespace cf::cli

// SIGINT/SIGTERM/SIGHUP: ends the office and exits with kInterrupted.
extern "C" void cfocusOnSignal(int signal);

namespace cf::cli {

}  // namespace cf::cli
