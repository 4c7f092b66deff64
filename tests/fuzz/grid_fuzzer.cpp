// libFuzzer target: a feedback table read the way the Calc command reads it.
//
// The fuzz bytes are decoded as a small CSV-like table of numbers, texts and
// empty cells. The seeds (tests/fuzz/corpus/grid) and the dictionary
// (grid.dict) bring plausible column names, so that detection gets past the
// header and the reader, the analysis, the results JSON and the report
// layouts all run. Checked on every input:
//  - nothing crashes, leaks or hits undefined behaviour (the sanitizers);
//  - a detected mapping, saved as JSON and loaded again, still loads and
//    binds to the same table (what the mapping dialog's "Save" promises);
//  - reading the table in chunks of any size gives the very same results as
//    reading it in one piece (what the Calc command does with a large table).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include "analysis.h"
#include "feedback_table.h"
#include "grid.h"
#include "mapping_io.h"
#include "report.h"
#include "results_io.h"
#include "table/pipeline.h"
#include "waves/split.h"

namespace {

using namespace cf::core;

// A few bootstrap resamples: enough to run the bootstrap's code, few enough
// that a table of 15 items and many groups stays far below the unit timeout
// in this instrumented build (the default 500 are budgeted for a release one).
constexpr std::size_t kResamples = 3;

// A field that is entirely a number (as from_chars reads one, so also "nan",
// "inf" and "-0") is a Number cell, an empty field an Empty cell, anything
// else Text: the three things one getDataArray gives for a cell.
void setCell(Grid& g, std::size_t r, std::size_t c, std::string_view field) {
  if (field.empty()) return;
  double v = 0;
  const auto res = std::from_chars(field.data(), field.data() + field.size(), v);
  if (res.ec == std::errc() && res.ptr == field.data() + field.size())
    g.setNumber(r, c, v);
  else
    g.setText(r, c, field);
}

// `text` as a table: rows end at '\n', fields at ',', ';' or '\t' (so the
// seeds are plain CSV files). At most 64 rows of 24 columns, to stay fast.
Grid decodeGrid(std::string_view text) {
  constexpr std::size_t kMaxRows = 64, kMaxCols = 24;
  std::vector<std::vector<std::string_view>> rows;
  std::size_t cols = 0;
  while (!text.empty() && rows.size() < kMaxRows) {
    const std::size_t eol = std::min(text.find('\n'), text.size());
    std::string_view line = text.substr(0, eol);
    text.remove_prefix(std::min(text.size(), eol + 1));
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::vector<std::string_view> fields;
    while (fields.size() < kMaxCols) {
      const std::size_t end = std::min(line.find_first_of(",;\t"), line.size());
      fields.push_back(line.substr(0, end));
      if (end == line.size()) break;
      line.remove_prefix(end + 1);
    }
    cols = std::max(cols, fields.size());
    rows.push_back(std::move(fields));
  }
  Grid g(rows.size(), cols);
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c) setCell(g, r, c, rows[r][c]);
  return g;
}

// Rows [from, to) of `g` as a grid of their own.
Grid slice(const Grid& g, std::size_t from, std::size_t to) {
  Grid s(to - from, g.cols());
  for (std::size_t r = from; r < to; ++r)
    for (std::size_t c = 0; c < g.cols(); ++c) {
      const CellView v = g.at(r, c);
      if (v.isNumber()) s.setNumber(r - from, c, v.number);
      if (v.isText()) s.setText(r - from, c, v.text);
    }
  return s;
}

[[noreturn]] void fail(const char* what, const std::string& a, const std::string& b) {
  std::fprintf(stderr, "%s\n--- first ---\n%s\n--- second ---\n%s\n", what, a.c_str(), b.c_str());
  std::abort();
}

std::string analyseWhole(const Mapping& mapping, const Grid& grid) {
  TablePipeline pipeline(mapping, {}, {}, kResamples);
  if (pipeline.error()) return pipeline.error()->code;
  pipeline.readHead(grid, 1);
  const Result<PipelineResult> run = pipeline.finish();
  if (!run.ok()) return run.error().code;
  (void)describeDetection(run.value().mapping);
  const Results& results = run.value().results;
  for (const SheetLayout& sheet : layoutReport(results)) {
    for (const auto& row : sheet.rows)
      if (row.size() != sheet.columns()) fail("a report sheet is not rectangular", sheet.name, "");
    for (const CellBlock& b : sheet.merged)
      if (b.lastRow >= sheet.rows.size() || b.lastColumn >= sheet.columns() ||
          b.firstRow > b.lastRow || b.firstColumn > b.lastColumn)
        fail("a merged block lies outside its sheet", sheet.name, "");
  }
  return serializeResults(results);
}

// The same table read as the Calc command reads a large one: the header row
// first, then the rows below it in chunks of `chunk` rows.
std::string analyseChunked(const Mapping& mapping, const Grid& grid, std::size_t chunk) {
  TablePipeline pipeline(mapping, {}, {}, kResamples);
  if (pipeline.error()) return pipeline.error()->code;
  const std::size_t first = std::min(grid.rows(), mapping.firstDataRow());
  pipeline.readHead(slice(grid, 0, first), 1);
  for (std::size_t r = first; r < grid.rows(); r += chunk) {
    const std::size_t end = std::min(grid.rows(), r + chunk);
    pipeline.readChunk(slice(grid, r, end), r + 1);
  }
  const Result<PipelineResult> run = pipeline.finish();
  if (!run.ok()) return run.error().code;
  return serializeResults(run.value().results);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The options come from the input's last bytes (FuzzedDataProvider takes
  // integers from the end), the table from the rest.
  FuzzedDataProvider in(data, size);
  const std::size_t chunk = in.ConsumeIntegralInRange<std::size_t>(1, 8);
  DetectOptions detect;
  if (in.ConsumeBool()) detect.notApplicable = {0};
  const bool primary = in.ConsumeBool();
  const std::string text = in.ConsumeRemainingBytesAsString();
  const Grid grid = decodeGrid(text);

  (void)readAssumptions(grid);
  (void)readCustomerRegister(grid);

  TableOverrides overrides;
  overrides.notApplicable = detect.notApplicable;
  if (primary) overrides.primaryGroup = "Clients";
  const Result<Mapping> detected = chooseMapping(grid, nullptr, overrides);
  if (!detected.ok()) return 0;
  const Mapping& mapping = detected.value();

  const std::string whole = analyseWhole(mapping, grid);
  const std::string chunked = analyseChunked(mapping, grid, chunk);
  if (whole != chunked) fail("chunked reading differs from reading the whole table", whole, chunked);

  // Saved and loaded again, the mapping must load and bind to its own table.
  const std::string saved = serializeMapping(mapping);
  const Result<Mapping> loaded = parseMapping(saved);
  if (!loaded.ok()) fail("a detected mapping, once saved, does not load", saved, loaded.error().code);
  const Result<Mapping> bound = bindMapping(loaded.value(), grid);
  if (bound.ok()) (void)analyseWhole(bound.value(), grid);

  // The table cut into waves (by a Wave column, else by month of a time
  // column): every wave keeps the header rows and only its rows, and the
  // waves, each analysed, give trends.
  const Result<WaveSplit> split =
      splitByWave(grid, mapping, chunk % 2 ? WaveBucket::Month : WaveBucket::None);
  if (split.ok()) {
    std::size_t rows = 0;
    const std::size_t above = std::min(mapping.firstDataRow(), grid.rows());
    std::vector<std::pair<std::string, const Grid*>> tables;
    for (const WaveTable& w : split.value().waves) {
      if (w.table.rows() < above || w.sheetRowOfRow.size() != w.table.rows())
        fail("a wave lost its header rows or its row numbers", std::to_string(w.table.rows()),
             std::to_string(above));
      rows += w.table.rows() - above;
      tables.emplace_back(w.name, &w.table);
    }
    if (rows + split.value().rowsWithoutWave > grid.rows())
      fail("the waves hold more rows than the table", std::to_string(rows),
           std::to_string(grid.rows()));
    PipelineInput input;
    input.saved = &mapping;
    const Result<PipelineResult> waves = runWaves(tables, input);
    if (waves.ok()) {
      (void)serializeResults(waves.value().results);
      (void)layoutReport(waves.value().results);
    }
  }
  return 0;
}
