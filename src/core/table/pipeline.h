// One way from a feedback table to Results, for every caller (the Calc
// command and its panel, cfocus, the tests, the benchmark, the fuzzer):
// choose the mapping (a saved one bound to the table, else a detected one),
// apply what the user said on top of it (not-applicable codes, primary and
// supporting groups, min n, crosshair), read the rows, analyse them.
//
// Whole table in one grid:
//   Result<PipelineResult> r = runPipeline(grid, {.overrides = {.primaryGroup = "Clients"}});
//   if (!r.ok()) fail(r.error());          // e.g. "table.no-value-matrix"
//   write(r.value().results); print(r.value().notes);
//
// A large table in chunks (the Calc command):
//   Result<Mapping> m = chooseMapping(head, saved, overrides);   // maybe edited by the user
//   TablePipeline p(m.value(), readerOptions, assumptions);
//   if (p.error()) fail(*p.error());
//   p.readHead(head, firstSheetRow);       // the rows below the header rows
//   p.readChunk(chunk, firstSheetRow + start);  …
//   Result<PipelineResult> r = p.finish();
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis.h"
#include "grid.h"
#include "mapping.h"
#include "result.h"
#include "results.h"
#include "survey.h"
#include "table/reader.h"
#include "voices/codebook.h"
#include "voices/language.h"

namespace cf::core {

// What the user says on the command line or in the panel, over whatever the
// mapping says. Unset members leave the mapping as it is.
struct TableOverrides {
  // Replace the numeric not-applicable codes ("--na 0"). Also used when
  // detecting, so that the codes do not shape the scales.
  std::optional<std::vector<double>> notApplicable;
  // The primary group ("--primary"); every other group found becomes
  // supporting unless the mapping names its role. Compared trimmed and
  // case-insensitively; the name is kept as given.
  std::optional<std::string> primaryGroup;
  std::vector<std::string> supportingGroups;  // "--supporting"
  std::optional<std::size_t> minN;
  std::optional<Crosshair> crosshair;
};

// The overrides written into `mapping`: notApplicable replaces the codes,
// primaryGroup and supportingGroups set groupRoles, minN and crosshair replace
// the mapping's.
void applyOverrides(Mapping& mapping, const TableOverrides& overrides);

// Step 1. `head` is the table's first rows (the header rows among them; the
// panel gives 2,000 rows, the Calc command its first chunk). With `saved`,
// the saved mapping bound to `head` (bindMapping); else a detected one
// (detectMapping with the overrides' not-applicable codes). The overrides are
// applied to the result. Errors: those of bindMapping and detectMapping.
Result<Mapping> chooseMapping(const Grid& head, const Mapping* saved,
                              const TableOverrides& overrides = {});

// How the comment columns are read (cfocus --themes, --comment-language, a
// `Themes` sheet in Calc). Without a codebook the voices still give each
// group's distinctive terms and the comments that mention each attribute.
struct VoicesInput {
  Codebook codebook;
  std::optional<Language> language;  // detected per column when unset
};

// Everything a caller shows or writes after a run.
struct PipelineResult {
  Mapping mapping;  // the mapping used, overrides applied
  Results results;
  InputSummary input;                    // also in results.input
  std::vector<ColumnStats> columnStats;  // per read column
  std::size_t notApplicable = 0;         // cells skipped as not applicable
  // The sentences a person should read: the mapping's doubts, then one per
  // column with unusable values (off the scale, unknown labels), as
  // inputNotes() words them. The panel and cfocus show the same ones.
  std::vector<std::string> notes;
};

// Steps 2 and 3 with a fixed mapping, for a table read in chunks.
class TablePipeline {
 public:
  // keyDriverResamples as AnalysisOptions says (the fuzzer asks for a few,
  // since its instrumented build is many times slower than the time budget
  // the default assumes).
  explicit TablePipeline(Mapping mapping, ReaderOptions reader = {},
                         std::vector<Assumption> assumptions = {},
                         std::size_t keyDriverResamples = AnalysisOptions{}.keyDriverResamples);
  ~TablePipeline();
  TablePipeline(TablePipeline&&) noexcept;
  TablePipeline& operator=(TablePipeline&&) noexcept;

  // "table.no-value-matrix" when the mapping rates nothing (no importance,
  // satisfaction, NPS or Kano column): check before reading anything.
  const std::optional<Error>& error() const { return error_; }
  const Mapping& mapping() const { return mapping_; }

  // The codebook and language for the comment columns; call before reading.
  // results.voices is set when the mapping has a comment column.
  void useVoices(const VoicesInput& voices);

  // `head` starts at the table's first row (the mapping's header rows are
  // skipped); firstSheetRow is the 1-based sheet row of head's row 0.
  void readHead(const Grid& head, std::size_t firstSheetRow = 1);
  // Rows below what was read so far; firstSheetRow as above.
  void readChunk(const Grid& rows, std::size_t firstSheetRow);

  // The results. Error "table.no-value-matrix" as error() says, and also when
  // rows were read but not one cell gave a usable value, unless
  // `evenWithoutUsableValue` (the panel, which describes the table as it is).
  Result<PipelineResult> finish(bool evenWithoutUsableValue = false) const;

 private:
  struct State;
  Mapping mapping_;
  std::optional<Error> error_;
  std::unique_ptr<State> state_;
};

// Everything besides the table, for runPipeline.
struct PipelineInput {
  const Mapping* saved = nullptr;  // a mapping loaded from JSON, or none
  TableOverrides overrides;
  ReaderOptions reader;
  std::vector<Assumption> assumptions;
  VoicesInput voices;
};

// Steps 1 to 3 on a table held in one grid.
Result<PipelineResult> runPipeline(const Grid& table, const PipelineInput& input = {});

// One wave of a survey run over time: its name (a file's, a sheet's, a wave
// column's value) and its own run.
struct NamedWave {
  std::string name;
  PipelineResult run;
};

// Several waves, each read with its own mapping, into one result: the
// analysed wave's run (the one named `analysed`, else the latest), with
// results.waves holding the trends over every wave in time order
// (orderWaves), and a note naming the attributes some waves lack. Errors:
// "waves.tooFew" with fewer than two waves, "waves.sameName" when two waves
// have one name, "waves.unknown" when `analysed` names none of them.
Result<PipelineResult> combineWaves(std::vector<NamedWave> waves,
                                    const std::string& analysed = std::string());

// The sentences about the waves themselves, one per attribute some waves
// lack, as combineWaves adds them to the analysed wave's notes.
std::vector<std::string> waveNotes(const WavesResult& waves);

// runPipeline on each table, then combineWaves; an error of any wave's run
// is returned with the wave's name in its arguments.
Result<PipelineResult> runWaves(const std::vector<std::pair<std::string, const Grid*>>& tables,
                                const PipelineInput& input = {},
                                const std::string& analysed = std::string());

// The error for a table that gives no value matrix; `reason` is
// "noRatedColumn" or "noUsableValue".
Error noValueMatrixError(const std::string& reason);

// One line per column of `mapping`, for `cfocus detect` and the mapping
// dialog: the column, its kind, attribute, scale and labels, and what it was
// paired with, e.g.
//   column C (How important … [Tutoring]): importance of "Tutoring", 1–5,
//   paired with column H; labels "Not at all important" = 1, …
// then the mapping's doubts, each on a line of its own starting "? ".
std::vector<std::string> describeDetection(const Mapping& mapping);

// The sentences about unusable values after a read, one per column that had
// any: how many, and why (off the scale, unknown labels with their counts,
// text in a numeric column), e.g. 'column G (Wifi): 3 values not used: 9 is
// off the scale 1–5 (2 cells), "Maybe" fits no label (1 cell).'
std::vector<std::string> inputNotes(const Mapping& mapping, const std::vector<ColumnStats>& stats);

}  // namespace cf::core
