// How fast core turns a large feedback table into Results: detectMapping on
// the first chunk, TableReader over every chunk, Analyzer, finish().
//
// The synthetic table has a Group column (four groups) and 30 items, each
// with an "Importance: Item k" and a "Satisfaction: Item k" column on 1–5:
// 61 cells a row. It is fed in chunks of 50,000 rows, as the office hands a
// big range over in slices, so 1M rows need two chunk grids (~200 MB), not a
// 2 GB grid; the data chunk is read again for each slice after the first.
//
//   cmake -S . -B build -DCF_BUILD_BENCH=ON -DCMAKE_BUILD_TYPE=Release
//   build/bench/core_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "analysis.h"
#include "feedback_table.h"
#include "grid.h"
#include "mapping_io.h"
#include "report.h"

#ifdef CF_BENCH_DATA_DIR
#include <fstream>
#include <sstream>

#include "../tests/unit/csv_grid.h"
#endif
#include "table/pipeline.h"

namespace cf::core {
namespace {

constexpr std::size_t kItems = 30;
constexpr std::size_t kCols = 1 + 2 * kItems;
constexpr std::size_t kChunkRows = 50'000;
const char* const kGroups[] = {"Clients", "Volunteers", "Funders", "Staff"};

// xorshift64*: fast, and the same table on every run.
struct Random {
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  std::uint64_t next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1Dull;
  }
};

// `rows` respondents, after a header row when `header` is set.
Grid makeChunk(std::size_t rows, bool header, Random& random) {
  const std::size_t top = header ? 1 : 0;
  Grid g(rows + top, kCols);
  g.reserveText(rows * 12);
  if (header) {
    g.setText(0, 0, "Group");
    for (std::size_t k = 0; k < kItems; ++k) {
      const std::string item = "Item " + std::to_string(k + 1);
      g.setText(0, 1 + k, "Importance: " + item);
      g.setText(0, 1 + kItems + k, "Satisfaction: " + item);
    }
  }
  for (std::size_t r = top; r < rows + top; ++r) {
    const std::uint64_t bits = random.next();
    g.setText(r, 0, kGroups[bits & 3]);
    for (std::size_t c = 1; c < kCols; ++c) g.setNumber(r, c, 1.0 + static_cast<double>(random.next() % 5));
  }
  return g;
}

struct Table {
  Grid first;  // header + kChunkRows respondents
  Grid rest;   // kChunkRows respondents, fed for every later slice
};

const Table& table() {
  static const Table t = [] {
    Random random;
    Table made{makeChunk(kChunkRows, true, random), makeChunk(kChunkRows, false, random)};
    return made;
  }();
  return t;
}

void DetectReadAnalyze(benchmark::State& state) {
  const auto rows = static_cast<std::size_t>(state.range(0));
  const Table& t = table();
  for (auto _ : state) {
    Result<Mapping> mapping = chooseMapping(t.first, nullptr);
    if (!mapping.ok()) {
      state.SkipWithError(mapping.error().message.c_str());
      return;
    }
    TablePipeline pipeline(std::move(mapping).value());
    pipeline.readHead(t.first, 1);
    for (std::size_t done = kChunkRows; done < rows; done += kChunkRows)
      pipeline.readChunk(t.rest, 2 + done);
    Result<PipelineResult> run = pipeline.finish();
    if (!run.ok()) {
      state.SkipWithError(run.error().message.c_str());
      return;
    }
    const Results& results = run.value().results;
    if (results.groups.size() != 5 || results.attributes.size() != kItems ||
        results.groups[0].n != rows) {
      state.SkipWithError("the synthetic table was not read as designed");
      return;
    }
    benchmark::DoNotOptimize(results);
  }
  state.counters["cells"] = benchmark::Counter(static_cast<double>(rows * kCols),
                                               benchmark::Counter::kIsIterationInvariantRate);
  state.counters["rows"] =
      benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
}

// Detection alone on a 100k-row table: what choosing a mapping costs before
// any reading. Detection profiles the first 20,000 respondents since the
// export layouts and label scales came; later rows are checked by the
// reader, which counts what does not fit. Before the export layouts and label scales, on the
// development machine: DetectOnly 32.8 ms CPU and DetectReadAnalyze/100000
// 82.2 ms CPU in the same run (medians of 5), a ratio of 0.40. The ratio is
// what to compare on another machine; "before_ms" prints the old figure
// beside the new one.
constexpr double kDetectBeforeMs = 32.8;

void DetectOnly(benchmark::State& state) {
  static const Grid big = [] {
    Random random;
    return makeChunk(100'000, true, random);
  }();
  for (auto _ : state) {
    Result<Mapping> mapping = detectMapping(big);
    benchmark::DoNotOptimize(mapping);
  }
  state.counters["before_ms"] = kDetectBeforeMs;
}
BENCHMARK(DetectOnly)->Unit(benchmark::kMillisecond);

// Multiples of the chunk size: 100k and 1M respondents.
BENCHMARK(DetectReadAnalyze)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// The Analyzer alone, fed ready-made Responses: the share of the cost that is
// the statistics rather than the reading.
void AnalyzeOnly(benchmark::State& state) {
  const auto rows = static_cast<std::size_t>(state.range(0));
  SurveyLayout layout;
  for (std::size_t k = 0; k < kItems; ++k) layout.attributes.push_back("Item " + std::to_string(k + 1));
  layout.hasImportance.assign(kItems, true);
  layout.hasSatisfaction.assign(kItems, true);
  layout.importanceScale.assign(kItems, Scale{1, 5});
  layout.satisfactionScale.assign(kItems, Scale{1, 5});
  // 4,096 distinct respondents, cycled.
  constexpr std::size_t kDistinct = 4096;
  Random random;
  std::vector<double> values(kDistinct * 2 * kItems);
  for (double& v : values) v = 1.0 + static_cast<double>(random.next() % 5);
  std::vector<std::size_t> groups(kDistinct);
  for (std::size_t& g : groups) g = random.next() & 3;

  for (auto _ : state) {
    Analyzer analyzer(layout);
    Response response;
    for (std::size_t r = 0; r < rows; ++r) {
      const std::size_t k = r % kDistinct;
      response.row = r + 2;
      response.group = kGroups[groups[k]];
      response.importance = values.data() + k * 2 * kItems;
      response.satisfaction = response.importance + kItems;
      analyzer.add(response);
    }
    Results results = analyzer.finish({});
    benchmark::DoNotOptimize(results);
  }
  state.counters["cells"] = benchmark::Counter(static_cast<double>(rows * kCols),
                                               benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(AnalyzeOnly)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// Key drivers: 100k respondents in two groups, 15 satisfaction items on 1–5
// and an overall satisfaction on 1–5 that follows them, so that every row is
// a complete case. Detect, read, analyse and lay the sheets out, as Build
// value matrix does before it writes.
void KeyDrivers(benchmark::State& state) {
  const auto rows = static_cast<std::size_t>(state.range(0));
  constexpr std::size_t kDriverItems = 15;
  Random random;
  Grid grid(rows + 1, 2 + kDriverItems);
  grid.reserveText(rows * 10);
  grid.setText(0, 0, "Group");
  for (std::size_t k = 0; k < kDriverItems; ++k)
    grid.setText(0, 1 + k, "Satisfaction: Item " + std::to_string(k + 1));
  grid.setText(0, 1 + kDriverItems, "Overall satisfaction");
  for (std::size_t r = 1; r <= rows; ++r) {
    grid.setText(r, 0, kGroups[random.next() & 1]);
    double sum = 0.0;
    const double mood = static_cast<double>(random.next() % 3);  // items move together
    for (std::size_t k = 0; k < kDriverItems; ++k) {
      const double v = std::min(5.0, 1.0 + mood + static_cast<double>(random.next() % 3));
      grid.setNumber(r, 1 + k, v);
      sum += v * static_cast<double>(k + 1);
    }
    const double overall =
        1.0 + std::floor(sum / 120.0 * 4.0 / 5.0 + static_cast<double>(random.next() % 2));
    grid.setNumber(r, 1 + kDriverItems, std::min(5.0, overall));
  }
  for (auto _ : state) {
    Result<Mapping> mapping = detectMapping(grid);
    if (!mapping.ok()) {
      state.SkipWithError(mapping.error().message.c_str());
      return;
    }
    TableReader reader(mapping.value());
    Analyzer analyzer(reader.layout());
    reader.readTable(grid, analyzer);
    Results results = analyzer.finish(reader.summary());
    if (results.derivedImportance.size() != 3 * kDriverItems) {
      state.SkipWithError("the key-driver table was not read as designed");
      return;
    }
    std::vector<SheetLayout> sheets = layoutReport(results);
    benchmark::DoNotOptimize(sheets);
  }
}
BENCHMARK(KeyDrivers)->Arg(100'000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

#ifdef CF_BENCH_DATA_DIR
// The airline sample (8,507 rows) with its saved mapping: read, analyse and
// lay the sheets out, which is the core's share of Build value matrix.
void AirlineSample(benchmark::State& state) {
  const Grid grid = cf::test::loadCsvGrid(CF_BENCH_DATA_DIR "/airline-passenger-satisfaction.csv");
  std::ifstream in(CF_BENCH_DATA_DIR "/airline-mapping.json", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  Result<Mapping> mapping = parseMapping(text.str());
  if (!mapping.ok()) {
    state.SkipWithError(mapping.error().message.c_str());
    return;
  }
  for (auto _ : state) {
    TableReader reader(mapping.value());
    AnalysisOptions options;
    options.minN = mapping.value().minN;
    options.crosshair = mapping.value().crosshair;
    options.groupRoles = mapping.value().groupRoles;
    Analyzer analyzer(reader.layout(), options);
    reader.readTable(grid, analyzer);
    Results results = analyzer.finish(reader.summary());
    std::vector<SheetLayout> sheets = layoutReport(results);
    benchmark::DoNotOptimize(sheets);
  }
}
BENCHMARK(AirlineSample)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
#endif

}  // namespace
}  // namespace cf::core

BENCHMARK_MAIN();
