#include "calc_command.h"

#include "model_update.h"
#include "text.h"

#include "analysis.h"
#include "boundary.h"
#include "calc_mapping_dialog.h"
#include "calc_mapping_store.h"
#include "calc_output.h"
#include "calc_table.h"
#include "document_io.h"
#include "feedback_table.h"
#include "mapping_edit.h"
#include "mapping_io.h"
#include "messages.h"
#include "model_update.h"
#include "office_language.h"
#include "report.h"
#include "results_io.h"
#include "run_options.h"
#include "text.h"
#include "table/pipeline.h"
#include "waves/split.h"
#include "ustring.h"
#include "voices/codebook_io.h"

#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XActionLockable.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <limits>
#include <sstream>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

// The undo step and the progress bar are both called after the command.
constexpr const char* kUndoTitleKey = "calc.undoTitle";

struct Settings {
  std::optional<core::NotApplicableCodes> notApplicable;
  std::optional<std::size_t> minN;
  std::optional<core::Crosshair> crosshair;
  std::string primary;
  std::vector<std::string> supporting;
  std::string mappingFile;
  std::string resultsFile;
  std::string themesFile;  // a codebook, over the document's Themes sheet
  bool ignoreThemesSheet = false;  // Suggest themes: the words alone, whatever the sheet holds
  std::optional<core::Language> commentLanguage;
  // Survey waves: the sheets that hold one wave each (two or more), and the
  // wave the other sheets analyse (empty: the latest).
  std::vector<std::string> waveSheets;
  std::string analysedWave;
  // Waves by the response time in one table (cfocus --waves-by).
  core::WaveBucket wavesBy = core::WaveBucket::None;
  // The customer model's assumed values (the update and the report): used
  // instead of the Assumptions sheet when there are any.
  std::vector<core::Assumption> assumptions;
  // The customer model's roles, for groups the mapping gives none.
  std::map<std::string, core::Role> modelRoles;
};

// A named argument that a macro may pass as a number rather than as text.
std::optional<double> numericArgument(const CommandContext& ctx, const char* name) {
  for (const css::beans::PropertyValue& p : ctx.arguments) {
    if (!p.Name.equalsIgnoreAsciiCaseAscii(name)) continue;
    double v = 0;
    if (p.Value >>= v) return v;
    rtl::OUString text;
    if ((p.Value >>= text) && !text.trim().isEmpty()) {
      const std::string s = toUtf8(text.trim());
      const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
      if (ec != std::errc() || end != s.data() + s.size())
        throw UserError{core::tr("calc.error.notANumber", {name, s})};
      return v;
    }
  }
  return std::nullopt;
}

bool hasArgument(const CommandContext& ctx, const char* name) {
  for (const css::beans::PropertyValue& p : ctx.arguments)
    if (p.Name.equalsIgnoreAsciiCaseAscii(name)) return true;
  return false;
}

// Group names: a sequence of strings from a program, or one text from the URL
// query with the names separated by ';'.
std::vector<std::string> namesArgument(const CommandContext& ctx, const char* name) {
  std::vector<std::string> names;
  for (const css::beans::PropertyValue& p : ctx.arguments) {
    if (!p.Name.equalsIgnoreAsciiCaseAscii(name)) continue;
    css::uno::Sequence<rtl::OUString> list;
    rtl::OUString text;
    if (p.Value >>= list) {
      for (const rtl::OUString& n : list)
        if (!n.trim().isEmpty()) names.push_back(toUtf8(n.trim()));
    } else if (p.Value >>= text) {
      sal_Int32 index = 0;
      do {
        const rtl::OUString n = text.getToken(0, ';', index).trim();
        if (!n.isEmpty()) names.push_back(toUtf8(n));
      } while (index >= 0);
    }
  }
  return names;
}

Settings readSettings(const CommandContext& ctx) {
  Settings s;
  if (hasArgument(ctx, "NotApplicable"))
    s.notApplicable = core::parseNotApplicableCodes(ctx.argument("NotApplicable"));
  if (auto v = numericArgument(ctx, "MinN")) {
    if (!(*v >= 1 && *v <= 1e6) || *v != std::floor(*v))
      throw UserError{core::tr("calc.error.minN")};
    s.minN = static_cast<std::size_t>(*v);
  }
  if (const std::string c = ctx.argument("Crosshair"); !c.empty()) {
    if (c == "dataMeans" || c == "means") s.crosshair = core::Crosshair::DataMeans;
    else if (c == "scaleMidpoint" || c == "midpoint") s.crosshair = core::Crosshair::ScaleMidpoint;
    else
      throw UserError{core::tr("calc.error.crosshair", {c})};
  }
  s.primary = ctx.argument("Primary");
  s.supporting = namesArgument(ctx, "Supporting");
  s.mappingFile = ctx.argument("MappingFile");
  s.resultsFile = ctx.argument("ResultsFile");
  s.themesFile = ctx.argument("ThemesFile");
  s.waveSheets = namesArgument(ctx, "Waves");
  s.analysedWave = ctx.argument("AnalysedWave");
  if (const std::string b = ctx.argument("WavesBy"); !b.empty()) {
    const std::optional<core::WaveBucket> bucket = core::parseWaveBucket(b);
    if (!bucket) throw UserError{core::tr("calc.error.wavesBy", {b})};
    s.wavesBy = *bucket;
  }
  // Each sheet a wave, or one table cut by time: both at once has no meaning.
  if (s.waveSheets.size() >= 2 && s.wavesBy != core::WaveBucket::None)
    throw UserError{core::tr("calc.error.wavesByAndSheets")};
  if (const std::string l = ctx.argument("CommentLanguage"); !l.empty()) {
    s.commentLanguage = core::parseLanguage(l);
    if (!s.commentLanguage) throw UserError{core::tr("calc.error.commentLanguage", {l})};
  }
  return s;
}

Reference<css::frame::XModel> modelOf(const CommandContext& ctx) {
  if (!ctx.frame.is()) throw UserError{core::tr("calc.error.noDocument")};
  Reference<css::frame::XController> controller = ctx.frame->getController();
  Reference<css::frame::XModel> model(controller.is() ? controller->getModel() : nullptr, UNO_QUERY);
  if (!model.is()) throw UserError{core::tr("calc.error.noDocument")};
  return model;
}

bool isProtected(const Reference<css::uno::XInterface>& object) {
  Reference<css::util::XProtectable> p(object, UNO_QUERY);
  return p.is() && p->isProtected();
}

Reference<css::sheet::XSpreadsheet> activeSheet(const Reference<css::frame::XModel>& model) {
  Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(), UNO_QUERY);
  return view.is() ? view->getActiveSheet() : nullptr;
}

// The table the user means: the one an output sheet was built from when the
// cursor is on one of ours, otherwise the one at the cursor.
FeedbackTable sourceTable(const Reference<css::frame::XModel>& model) {
  if (Reference<css::sheet::XSpreadsheet> sheet = activeSheet(model); sheet.is())
    if (std::optional<FeedbackTable> source = sourceOfOwnedSheet(sheet)) return *source;
  return findFeedbackTable(model);
}

struct Analysis {
  core::Mapping mapping;
  core::Results results;
  std::size_t notApplicable = 0;
  std::vector<core::ColumnStats> columns;
  FeedbackTable table;              // the table analysed (with waves, the analysed wave's)
  std::vector<std::string> notes;   // about the waves: attributes some lack
};

// More would not be customer groups, and the search through them is linear.
constexpr std::size_t kMaxGroups = 1000;

// The groups in the table's group column, from its first `rows` rows (the
// header among them): read as one column, so that naming the primary group
// costs one narrow getDataArray however wide the table is.
std::vector<std::string> groupsInTable(const FeedbackTable& table, const core::Mapping& mapping,
                                       std::size_t rows) {
  const auto group =
      std::find_if(mapping.columns.begin(), mapping.columns.end(), [](const core::ColumnSpec& c) {
        return c.kind == core::ColumnKind::Group && c.index != core::kNoColumn;
      });
  if (group == mapping.columns.end() || group->index >= table.columns()) return {};
  FeedbackTable column = table;
  column.address.StartColumn = table.address.StartColumn + static_cast<sal_Int32>(group->index);
  column.address.EndColumn = column.address.StartColumn;
  core::Mapping one;
  one.headerRow = mapping.headerRow;
  core::ColumnSpec spec = *group;
  spec.index = 0;
  one.columns.push_back(spec);
  return core::groupNamesInTable(one, readRows(column, 0, rows), kMaxGroups);
}

// The roles named for this run (cfocus --primary, --supporting) over the
// mapping's; a name that is not in the table is refused with the ones that are.
void applyNamedRoles(core::Mapping& mapping, const FeedbackTable& table, const Settings& settings,
                     std::size_t rows) {
  if (settings.primary.empty() && settings.supporting.empty()) return;
  const core::Result<bool> applied = core::applyGroupRoles(
      mapping, settings.primary, settings.supporting, groupsInTable(table, mapping, rows));
  if (applied.ok()) return;
  const core::Error& e = applied.error();
  if (e.code == "roles.unknown-group")
    throw UserError{
        core::tr("calc.error.unknownGroup",
                 {e.where, e.message.empty() ? core::tr("calc.panel.none") : e.message})};
  if (e.code == "roles.primary-supporting")
    throw UserError{core::tr("calc.error.primaryAndSupporting", {e.where})};
  throw UserError{core::tr("calc.error.noGroupColumn", {e.where})};
}

// The mapping for the table whose first rows are `head`: the MappingFile's
// when one is given, else the one stored in the document when it fits this
// table (some of its columns are found), else a detected one.
core::Mapping chooseMapping(const Reference<css::frame::XModel>& model, const FeedbackTable& table,
                            const core::Grid& head, const Settings& settings) {
  if (!settings.mappingFile.empty()) {
    core::Result<core::Mapping> bound = core::bindMapping(readMappingFile(settings.mappingFile), head);
    if (!bound.ok())
      throw UserError{core::tr("calc.error.mappingDoesNotFit", {describe(bound.error())})};
    return std::move(bound).value();
  }
  if (std::optional<core::Mapping> stored = readStoredMapping(model)) {
    core::Result<core::Mapping> bound = core::bindMapping(*stored, head);
    if (bound.ok()) return std::move(bound).value();
  }
  core::DetectOptions detect;
  if (settings.notApplicable) {
    detect.notApplicable = settings.notApplicable->numbers;
    for (const std::string& t : settings.notApplicable->texts)
      detect.notApplicableText.push_back(t);
  }
  core::Result<core::Mapping> detected = core::detectMapping(head, detect);
  if (!detected.ok())
    throw UserError{
        core::tr("calc.error.noTableRecognised", {table.describe(), describe(detected.error())})};
  return std::move(detected).value();
}

// The codebook for the comments: the ThemesFile's (cfocus --themes), else the
// document's Themes sheet, else none. A codebook that cannot be read is
// refused with its reason before anything is written.
core::Codebook readCodebook(const Reference<css::frame::XModel>& model, const FeedbackTable& table,
                            const Settings& settings) {
  if (!settings.themesFile.empty()) {
    std::ifstream in(systemPath(settings.themesFile), std::ios::binary);
    if (!in) throw UserError{core::tr("calc.error.readThemesFile", {settings.themesFile})};
    std::ostringstream text;
    text << in.rdbuf();
    const std::string path = core::foldCase(settings.themesFile);
    const bool json = path.size() >= 5 && path.compare(path.size() - 5, 5, ".json") == 0;
    core::Result<core::Codebook> read =
        json ? core::parseCodebookJson(text.str()) : core::parseCodebookCsv(text.str());
    if (!read.ok())
      throw UserError{core::tr("calc.error.themes", {settings.themesFile, describe(read.error())})};
    return std::move(read).value();
  }
  core::Grid sheet;
  if (settings.ignoreThemesSheet || table.sheetName == "Themes" || !readNamedSheet(model, "Themes", sheet))
    return {};
  core::Result<core::Codebook> read = core::parseCodebookGrid(sheet);
  if (read.ok()) return std::move(read).value();
  // A Themes sheet with no theme yet (the template's, emptied) is no codebook.
  const std::string& code = read.error().code;
  if (code == "codebook.empty" || code == "codebook.no-themes") return {};
  throw UserError{core::tr("calc.error.themes", {"Themes", describe(read.error())})};
}

// Rows [first, first + count) of `grid`, as a grid of their own.
core::Grid copyRows(const core::Grid& grid, std::size_t first, std::size_t count) {
  core::Grid out(count, grid.cols());
  for (std::size_t r = 0; r < count; ++r) out.copyRow(grid, first + r, r);
  return out;
}

// The waves' runs as one analysis of the wave asked for (by default the
// latest), its results holding the trends; refused with core's reason.
Analysis combinedWaves(std::vector<core::NamedWave> waves, const std::string& analysed, const FeedbackTable& table) {
  core::Result<core::PipelineResult> combined = core::combineWaves(std::move(waves), analysed);
  if (!combined.ok()) throw UserError{core::tr("calc.error.waves", {combined.error().message})};
  core::PipelineResult& r = combined.value();
  Analysis out;
  out.mapping = std::move(r.mapping);
  out.results = std::move(r.results);
  out.notApplicable = r.notApplicable;
  out.columns = std::move(r.columnStats);
  out.table = table;
  // Only what concerns the waves: the mapping's doubts and notes are said apart.
  out.notes = core::waveNotes(*out.results.waves);
  return out;
}

// Everything but writing: read, map, analyse. Shared by the command and the
// panel's overview, so that what the panel shows is what the sheets will hold.
// With `ask` (a person started the command), an unsure mapping is shown in the
// mapping dialog first and the confirmed one is stored in the document;
// nullopt when they cancelled. With `rowLimit`, only the table's first rows
// (the header among them) are read.
std::optional<Analysis> analyseTable(const Reference<css::frame::XModel>& model, const FeedbackTable& table,
                                     const Settings& settings, const Reference<css::task::XStatusIndicator>& progress,
                                     const CommandContext* ask = nullptr,
                                     std::size_t rowLimit = std::numeric_limits<std::size_t>::max()) {
  const std::size_t rows = std::min(table.rows(), rowLimit);
  core::Grid head = readRows(table, 0, std::min(kChunkRows, rows));
  Analysis out;
  out.table = table;
  out.mapping = chooseMapping(model, table, head, settings);
  if (ask != nullptr && !out.mapping.sure) {
    if (!editMapping(ask->context, ask->frame, out.mapping, head, static_cast<std::size_t>(table.address.StartColumn)))
      return std::nullopt;
    storeMapping(model, out.mapping);
  }
  if (settings.notApplicable) {
    // The numbers typed replace the mapping's; words typed add to its words.
    out.mapping.notApplicable = settings.notApplicable->numbers;
    for (const std::string& t : settings.notApplicable->texts)
      out.mapping.notApplicableText.push_back(t);
  }
  for (const auto& [name, role] : settings.modelRoles) {
    const bool named = std::any_of(out.mapping.groupRoles.begin(), out.mapping.groupRoles.end(),
                                   [&](const auto& r) { return core::foldCase(core::trim(r.first)) ==
                                                               core::foldCase(core::trim(name)); });
    if (!named) out.mapping.groupRoles[name] = role;
  }
  if (settings.minN) out.mapping.minN = *settings.minN;
  if (settings.crosshair) out.mapping.crosshair = *settings.crosshair;
  applyNamedRoles(out.mapping, table, settings, rows);

  core::ReaderOptions readerOptions;
  readerOptions.firstSheetColumn = static_cast<std::size_t>(table.address.StartColumn);
  std::vector<core::Assumption> assumptions;
  core::Grid side;
  if (readNamedSheet(model, "Customers", side) && table.sheetName != "Customers") {
    core::Result<std::map<std::string, core::Role>> roles = core::readCustomerRegister(side);
    if (!roles.ok())
      throw UserError{core::tr("calc.error.customersSheet", {describe(roles.error())})};
    readerOptions.registerRoles = roles.value();
  }
  if (!settings.assumptions.empty()) {
    assumptions = settings.assumptions;
  } else if (readNamedSheet(model, "Assumptions", side) && table.sheetName != "Assumptions") {
    core::Result<std::vector<core::Assumption>> read = core::readAssumptions(side);
    if (!read.ok())
      throw UserError{core::tr("calc.error.assumptionsSheet", {describe(read.error())})};
    assumptions = read.value();
  }

  // The codebook only matters, and is only read, when there are comments.
  const bool comments =
      std::any_of(out.mapping.columns.begin(), out.mapping.columns.end(),
                  [](const core::ColumnSpec& c) { return c.kind == core::ColumnKind::Comment; });
  const core::Codebook codebook = comments ? readCodebook(model, table, settings) : core::Codebook();
  auto makePipeline = [&]() {
    core::TablePipeline p(out.mapping, readerOptions, assumptions);
    if (p.error()) throw UserError{core::tr("calc.error.nothingToAnalyse", {table.describe()})};
    if (comments) p.useVoices({codebook, settings.commentLanguage});
    return p;
  };
  const std::size_t firstSheetRow = static_cast<std::size_t>(table.address.StartRow) + 1;

  // Waves in the table (a Wave column, or the response time by month,
  // quarter or year): each wave's rows analysed on their own, then the
  // trends. Not for the panel's overview, which describes the first rows.
  const bool waveColumn = std::any_of(out.mapping.columns.begin(), out.mapping.columns.end(), [](const core::ColumnSpec& c) {
    return c.kind == core::ColumnKind::Wave && c.index != core::kNoColumn;
  });
  if ((waveColumn || settings.wavesBy != core::WaveBucket::None) && settings.waveSheets.empty() &&
      rowLimit == std::numeric_limits<std::size_t>::max()) {
    // The first chunk already read holds a short table whole.
    const core::Grid all = head.rows() >= rows ? std::move(head) : readRows(table, 0, rows);
    head = core::Grid();
    core::Result<core::WaveSplit> split = core::splitByWave(all, out.mapping, settings.wavesBy);
    // A Wave column that holds one wave is a table like any other; a split
    // by time that was asked for and cannot be made is refused.
    if (!split.ok() && (settings.wavesBy != core::WaveBucket::None || split.error().code != "waves.oneWave"))
      throw UserError{core::tr("calc.error.waves", {split.error().message})};
    if (split.ok()) {
      std::vector<core::NamedWave> waves;
      const std::size_t above = out.mapping.firstDataRow();
      for (const core::WaveTable& w : split.value().waves) {
        core::TablePipeline p = makePipeline();
        p.readHead(copyRows(w.table, 0, std::min(above, w.table.rows())), firstSheetRow);
        // The wave's rows in runs of rows that follow each other on the
        // sheet, so that every issue and quote names the row the person sees.
        for (std::size_t r = above; r < w.table.rows();) {
          std::size_t e = r + 1;
          while (e < w.table.rows() && w.sheetRowOfRow[e] == w.sheetRowOfRow[e - 1] + 1) ++e;
          p.readChunk(copyRows(w.table, r, e - r), firstSheetRow + w.sheetRowOfRow[r]);
          r = e;
        }
        core::Result<core::PipelineResult> done = p.finish(/*evenWithoutUsableValue=*/true);
        if (!done.ok()) throw UserError{core::tr("calc.error.nothingToAnalyse", {table.describe()})};
        waves.push_back({w.name, std::move(done).value()});
      }
      out = combinedWaves(std::move(waves), settings.analysedWave, table);
      if (split.value().rowsWithoutWave > 0)
        out.notes.push_back(core::tr("calc.rowsWithoutWave", {std::to_string(split.value().rowsWithoutWave)}));
      return out;
    }
  }

  // The same pipeline as cfocus's, read in chunks.
  core::TablePipeline pipeline = makePipeline();
  pipeline.readHead(head, firstSheetRow);
  head = core::Grid();  // read: its memory goes to the next chunk
  for (std::size_t start = kChunkRows; start < rows; start += kChunkRows) {
    if (progress.is())
      progress->setValue(static_cast<sal_Int32>(50 * start / rows));
    const core::Grid chunk = readRows(table, start, std::min(kChunkRows, rows - start));
    pipeline.readChunk(chunk, firstSheetRow + start);
  }
  // A table with no usable value is described all the same (the panel says
  // so); the command refuses to build from it.
  core::Result<core::PipelineResult> done = pipeline.finish(/*evenWithoutUsableValue=*/true);
  if (!done.ok()) throw UserError{core::tr("calc.error.nothingToAnalyse", {table.describe()})};
  out.mapping = done.value().mapping;
  out.results = std::move(done.value().results);
  out.notApplicable = done.value().notApplicable;
  out.columns = std::move(done.value().columnStats);
  return out;
}

// The analysis, over several waves when the settings name their sheets: each
// wave's table (the one at the cursor when it is on that sheet) analysed on
// its own, then the trends over them, the other sheets analysing the wave
// asked for (by default the latest). The panel's overview (a row limit)
// describes the table at the cursor alone.
std::optional<Analysis> analyse(const Reference<css::frame::XModel>& model, const FeedbackTable& table,
                                const Settings& settings, const Reference<css::task::XStatusIndicator>& progress,
                                const CommandContext* ask = nullptr,
                                std::size_t rowLimit = std::numeric_limits<std::size_t>::max()) {
  if (settings.waveSheets.size() < 2 || rowLimit != std::numeric_limits<std::size_t>::max()) {
    std::optional<Analysis> one = analyseTable(model, table, settings, progress, ask, rowLimit);
    if (one && !one->results.waves && !settings.analysedWave.empty() &&
        rowLimit == std::numeric_limits<std::size_t>::max())
      throw UserError{core::tr("calc.error.noWaves", {settings.analysedWave, table.describe()})};
    return one;
  }
  Settings one = settings;
  one.waveSheets.clear();
  std::vector<core::NamedWave> waves;
  std::vector<FeedbackTable> tables;
  for (std::size_t i = 0; i < settings.waveSheets.size(); ++i) {
    const std::string& name = settings.waveSheets[i];
    FeedbackTable t = core::foldCase(table.sheetName) == core::foldCase(name) ? table : feedbackTableOnSheet(model, name);
    std::optional<Analysis> a = analyseTable(model, t, one, nullptr, ask);
    if (!a) return std::nullopt;
    if (a->results.input.rowsUsed == 0)
      throw UserError{core::tr("calc.error.noUsableRow",
                               {t.describe(), std::to_string(a->results.input.issueCount)})};
    core::PipelineResult run;
    run.mapping = std::move(a->mapping);
    run.results = std::move(a->results);
    run.notApplicable = a->notApplicable;
    run.columnStats = std::move(a->columns);
    waves.push_back({t.sheetName, std::move(run)});
    tables.push_back(std::move(t));
    if (progress.is()) progress->setValue(static_cast<sal_Int32>(50 * (i + 1) / settings.waveSheets.size()));
  }
  Analysis out = combinedWaves(std::move(waves), settings.analysedWave, table);
  const core::WavesResult& w = *out.results.waves;
  const std::string analysedName = w.waves[w.analysed].name;
  for (const FeedbackTable& t : tables)
    if (t.sheetName == analysedName) out.table = t;
  return out;
}

// Every enter has its leave, whatever throws in between: an unbalanced undo
// context would swallow the user's next edits into ours.
class UndoContext {
 public:
  UndoContext(const Reference<css::frame::XModel>& model, const std::string& title) {
    Reference<css::document::XUndoManagerSupplier> supplier(model, UNO_QUERY);
    if (supplier.is()) undo_ = supplier->getUndoManager();
    if (undo_.is()) undo_->enterUndoContext(toOUString(title));
  }
  ~UndoContext() {
    (void)guarded([&] {
      if (undo_.is()) undo_->leaveUndoContext();
    });
  }
  UndoContext(const UndoContext&) = delete;
  UndoContext& operator=(const UndoContext&) = delete;

 private:
  Reference<css::document::XUndoManager> undo_;
};

// No repaint and no recalculation per call while the sheets are written.
class WriteLock {
 public:
  explicit WriteLock(const Reference<css::frame::XModel>& model) : model_(model), actions_(model, UNO_QUERY) {
    model_->lockControllers();
    if (actions_.is()) actions_->addActionLock();
  }
  ~WriteLock() {
    (void)guarded([&] {
      if (actions_.is()) actions_->removeActionLock();
      model_->unlockControllers();
    });
  }
  WriteLock(const WriteLock&) = delete;
  WriteLock& operator=(const WriteLock&) = delete;

 private:
  Reference<css::frame::XModel> model_;
  Reference<css::document::XActionLockable> actions_;
};

class Progress {
 public:
  Progress(const Reference<css::frame::XFrame>& frame, const std::string& text) {
    Reference<css::task::XStatusIndicatorFactory> factory(frame, UNO_QUERY);
    if (factory.is()) indicator_ = factory->createStatusIndicator();
    if (indicator_.is()) indicator_->start(toOUString(text), 100);
  }
  ~Progress() {
    (void)guarded([&] {
      if (indicator_.is()) indicator_->end();
    });
  }
  void set(sal_Int32 value) {
    if (indicator_.is()) indicator_->setValue(value);
  }
  const Reference<css::task::XStatusIndicator>& indicator() const { return indicator_; }

 private:
  Reference<css::task::XStatusIndicator> indicator_;
};

// Refuses, before anything is changed, what could only half succeed.
void checkWritable(const Reference<css::frame::XModel>& model, const FeedbackTable& table) {
  Reference<css::frame::XStorable> storable(model, UNO_QUERY);
  if (storable.is() && storable->isReadonly()) throw UserError{core::tr("calc.error.readOnly")};
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY_THROW);
  if (isProtected(doc)) throw UserError{core::tr("calc.error.structureProtected")};
  if (isProtected(table.sheet))
    throw UserError{core::tr("calc.error.sheetProtected", {table.sheetName})};
  Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  for (const std::string& name : ownedSheets(doc))
    if (isProtected(sheets->getByName(toOUString(name)).get<Reference<css::sheet::XSpreadsheet>>()))
      throw UserError{core::tr("calc.error.outputProtected", {name})};
}

void writeResultsFile(const std::string& pathOrUrl, const core::Results& results) {
  const std::string path = systemPath(pathOrUrl);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << core::serializeResults(results);
  if (!out) throw UserError{core::tr("calc.error.writeResults", {path})};
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : separator) + s;
  return out;
}

// What detection made of the table, one line a column, as cfocus detect
// prints it: the sheet column and its header, then the JSON names of the
// mapping file the person edits next (kind, attribute, scale, labels), then
// every doubt.
std::string describeDetected(const core::Mapping& mapping, const core::Grid& head,
                             std::size_t firstSheetColumn) {
  auto number = [](double v) {
    std::ostringstream s;
    s << v;
    return s.str();
  };
  std::string out = "header row " + std::to_string(mapping.headerRow + 1);
  for (std::size_t col = 0; col < head.cols(); ++col) {
    const core::ColumnSpec* spec = core::findColumn(mapping, col);
    const core::CellView cell =
        mapping.headerRow < head.rows() ? head.at(mapping.headerRow, col) : core::CellView{};
    const std::string header = spec != nullptr   ? spec->header
                               : cell.isNumber() ? number(cell.number)
                                                 : std::string(cell.text);
    std::string line =
        core::columnName(firstSheetColumn + col) + "  " + core::clipText(header, 60) + "  ->  " +
        std::string(core::columnKindName(spec != nullptr ? spec->kind : core::ColumnKind::Ignore));
    if (spec != nullptr) {
      if (!spec->attribute.empty()) line += "  \"" + spec->attribute + "\"";
      if (core::kindHasScale(spec->kind) && !spec->isTwoLabelOutcome())
        line += "  " + number(spec->scale.min) + "-" + number(spec->scale.max);
      if (spec->isTwoLabelOutcome())
        line += "  0 = \"" + spec->negativeLabel + "\", 1 = \"" + spec->positiveLabel + "\"";
      // Answers in words, as the mapping dialog shows them, on the one line.
      if (!spec->labels.empty()) {
        std::string labels;
        for (char ch : core::formatLabels(spec->labels)) labels += ch == '\n' ? std::string("; ") : std::string(1, ch);
        line += "  [" + core::clipText(labels, 300) + "]";
      }
    }
    out += "\n" + line;
  }
  for (const std::string& d : mapping.doubts) out += "\n" + core::tr("calc.panel.unsure", {d});
  for (const std::string& n : mapping.notes) out += "\n" + core::tr("calc.panel.note", {n});
  return out;
}

// With CF_PROFILE set in the office's environment, a build prints the CPU
// time of the office's main thread and the wall time of each of its phases
// to the office's standard error (bench/office_bench's office keeps it in
// its profile's office.log), e.g.
//   customer-focus build: analyse 61/64 ms, layout 3/3 ms, …
class PhaseClock {
 public:
  PhaseClock() : on_(std::getenv("CF_PROFILE") != nullptr) { restart(); }
  PhaseClock(const PhaseClock&) = delete;
  PhaseClock& operator=(const PhaseClock&) = delete;
  void mark(const char* phase) {
    if (!on_) return;
    const double cpu = threadCpuMs(), wall = wallMs();
    line_ += std::string(line_.empty() ? "" : ", ") + phase + " " + std::to_string(std::lround(cpu - cpu_)) +
             "/" + std::to_string(std::lround(wall - wall_)) + " ms";
    cpu_ = cpu;
    wall_ = wall;
  }
  ~PhaseClock() {
    if (on_ && !line_.empty()) std::fprintf(stderr, "customer-focus build (CPU/wall): %s\n", line_.c_str());
  }

 private:
  void restart() {
    if (!on_) return;
    cpu_ = threadCpuMs();
    wall_ = wallMs();
  }
  static double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
  }
  static double wallMs() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
  }
  bool on_;
  double cpu_ = 0, wall_ = 0;
  std::string line_;
};

// The Themes sheet of the document (names compare as Calc compares them),
// inserted after the last sheet with its header row when there is none.
Reference<css::sheet::XSpreadsheet> themesSheet(const Reference<css::frame::XModel>& model, bool& inserted) {
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  Reference<css::sheet::XSpreadsheet> sheet;
  inserted = false;
  for (const rtl::OUString& name : sheets->getElementNames())
    if (name.equalsIgnoreAsciiCase("Themes")) sheet = sheets->getByName(name).get<Reference<css::sheet::XSpreadsheet>>();
  if (!sheet.is()) {
    doc->getSheets()->insertNewByName("Themes", static_cast<sal_Int16>(sheets->getElementNames().getLength()));
    inserted = true;
    sheet = sheets->getByName("Themes").get<Reference<css::sheet::XSpreadsheet>>();
  }
  // A new or empty sheet gets the header row the codebook reader looks for.
  if (sheet->getCellByPosition(0, 0)->getFormula().isEmpty()) {
    const char* heads[] = {"calc.suggest.theme", "calc.suggest.keywords", "calc.suggest.attribute"};
    for (sal_Int32 c = 0; c < 3; ++c)
      Reference<css::text::XText>(sheet->getCellByPosition(c, 0), UNO_QUERY_THROW)
          ->setString(toOUString(core::tr(heads[c])));
  }
  return sheet;
}

}  // namespace

void suggestThemesCommand(CommandContext& ctx) {
  Settings settings = readSettings(ctx);
  settings.ignoreThemesSheet = true;
  Reference<css::frame::XModel> model = modelOf(ctx);
  if (!Reference<css::sheet::XSpreadsheetDocument>(model, UNO_QUERY).is())
    throw UserError{core::tr("calc.error.notCalc")};
  Reference<css::frame::XStorable> storable(model, UNO_QUERY);
  if (storable.is() && storable->isReadonly()) throw UserError{core::tr("calc.error.readOnly")};
  if (isProtected(Reference<css::sheet::XSpreadsheetDocument>(model, UNO_QUERY_THROW)))
    throw UserError{core::tr("calc.error.structureProtected")};
  const FeedbackTable table = sourceTable(model);

  Progress progress(ctx.frame, core::tr("calc.suggest.undoTitle"));
  const std::optional<Analysis> analysed = analyse(model, table, settings, progress.indicator());
  if (!analysed || !analysed->results.voices || analysed->results.voices->commenters == 0)
    throw UserError{core::tr("calc.error.noComments", {table.describe()})};
  const core::Codebook suggested = core::suggestCodebook(*analysed->results.voices);

  // What the Themes sheet holds already, so that a theme is suggested once,
  // and in which of its columns: a person may have put them in any order.
  core::Grid existing;
  const bool hadSheet = readNamedSheet(model, "Themes", existing);
  core::CodebookColumns columns = core::codebookColumns(existing);
  if (!columns.theme || !columns.keywords) columns = {0, 1, 2};
  std::vector<std::string> names;
  for (std::size_t r = 0; r < existing.rows(); ++r)
    if (*columns.theme < existing.cols() && existing.at(r, *columns.theme).isText())
      names.push_back(core::foldCase(core::trim(existing.at(r, *columns.theme).text)));
  std::vector<const core::CodebookTheme*> fresh;
  for (const core::CodebookTheme& t : suggested.themes)
    if (std::find(names.begin(), names.end(), core::foldCase(core::trim(t.name))) == names.end())
      fresh.push_back(&t);
  if (fresh.empty()) {
    ctx.message = core::tr(suggested.themes.empty() ? "calc.suggest.none" : "calc.suggest.nothingNew");
    ctx.result <<= toOUString(ctx.message);
    return;
  }
  std::string added;
  {
    UndoContext undo(model, core::tr("calc.suggest.undoTitle"));
    bool inserted = false;
    Reference<css::sheet::XSpreadsheet> sheet = themesSheet(model, inserted);
    if (isProtected(sheet)) throw UserError{core::tr("calc.error.sheetProtected", {"Themes"})};
    // A sheet with Theme and Keywords but no Attribute column gets one, after
    // its last column.
    if (!columns.attribute) {
      columns.attribute = existing.cols();
      Reference<css::text::XText>(sheet->getCellByPosition(static_cast<sal_Int32>(*columns.attribute), 0),
                                  UNO_QUERY_THROW)
          ->setString(toOUString(core::tr("calc.suggest.attribute")));
    }
    // Below what is there, in the sheet's own columns; text cells, so a
    // keyword is never read as a formula. The rows are below the used area,
    // so the block's other cells are empty, and stay so (a void Any).
    const sal_Int32 first = inserted || !hadSheet ? 1 : static_cast<sal_Int32>(std::max<std::size_t>(existing.rows(), 1));
    const std::size_t width = std::max({*columns.theme, *columns.keywords, *columns.attribute}) + 1;
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> rows(static_cast<sal_Int32>(fresh.size()));
    for (std::size_t i = 0; i < fresh.size(); ++i) {
      std::string keywords;
      for (const std::string& k : fresh[i]->keywords) keywords += (keywords.empty() ? "" : "; ") + k;
      css::uno::Sequence<css::uno::Any> row(static_cast<sal_Int32>(width));
      row.getArray()[*columns.theme] <<= toOUString(fresh[i]->name);
      row.getArray()[*columns.keywords] <<= toOUString(keywords);
      row.getArray()[*columns.attribute] <<= toOUString(fresh[i]->attribute);
      rows.getArray()[i] = row;
      added += (added.empty() ? "" : ", ") + fresh[i]->name;
    }
    Reference<css::sheet::XCellRangeData>(
        sheet->getCellRangeByPosition(0, first, static_cast<sal_Int32>(width) - 1,
                                      first + static_cast<sal_Int32>(fresh.size()) - 1),
        UNO_QUERY_THROW)
        ->setDataArray(rows);
  }
  // The cursor stays in the survey, where the next build starts.
  ctx.message = core::tr("calc.suggest.done", {std::to_string(fresh.size()), added});
  ctx.result <<= toOUString(ctx.message);
}

namespace {

}  // namespace

void buildValueMatrixCommand(CommandContext& ctx) {
  const Settings settings = readSettings(ctx);
  Reference<css::frame::XModel> model = modelOf(ctx);
  if (!Reference<css::sheet::XSpreadsheetDocument>(model, UNO_QUERY).is())
    throw UserError{core::tr("calc.error.notCalc")};
  Reference<css::frame::XStorable> storable(model, UNO_QUERY);
  if (storable.is() && storable->isReadonly()) throw UserError{core::tr("calc.error.readOnly")};
  const FeedbackTable table = sourceTable(model);
  checkWritable(model, table);

  PhaseClock clock;
  Progress progress(ctx.frame, core::tr(kUndoTitleKey));
  const std::optional<Analysis> analysed =
      analyse(model, table, settings, progress.indicator(), ctx.interactive ? &ctx : nullptr);
  if (!analysed) {
    ctx.result <<= rtl::OUString("Cancelled");
    return;
  }
  const Analysis& analysis = *analysed;
  const FeedbackTable& source = analysis.table;
  clock.mark("read and analyse");
  if (analysis.results.input.rowsUsed == 0)
    throw UserError{core::tr("calc.error.noUsableRow",
                             {source.describe(), std::to_string(analysis.results.input.issueCount)})};
  progress.set(50);
  const std::vector<core::SheetLayout> layouts =
      core::layoutReport(analysis.results, documentDecimalSeparator(ctx.context, model));
  clock.mark("lay out");

  std::vector<std::string> created;
  bool rewritten = false;
  {
    WriteLock lock(model);
    UndoContext undo(model, core::tr(kUndoTitleKey));
    Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY_THROW);
    // A rebuild that changes only numbers keeps our sheets and their charts
    // (CF_REPLACE_SHEETS in the office's environment turns that off, for a
    // benchmark's before-and-after).
    if (std::getenv("CF_REPLACE_SHEETS") == nullptr) created = rewriteOwnedSheets(model, layouts, source);
    rewritten = !created.empty();
    clock.mark(rewritten ? "numbers rewritten in place" : "compared");
    if (!rewritten) {
      removeOwnedSheets(doc);
      clock.mark("old sheets removed");
      created = insertSheets(model, layouts);
      clock.mark("sheets inserted");
      for (std::size_t i = 0; i < layouts.size(); ++i) {
        writeSheet(model, layouts[i], source, created[i]);
        progress.set(static_cast<sal_Int32>(50 + 50 * (i + 1) / layouts.size()));
      }
    }
    Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(), UNO_QUERY);
    Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    if (view.is() && !created.empty())
      view->setActiveSheet(sheets->getByName(toOUString(created.front())).get<Reference<css::sheet::XSpreadsheet>>());
    clock.mark(rewritten ? "shown" : "cells and looks written, shown");
    for (std::size_t i = 0; i < layouts.size(); ++i) {
      if (rewritten)
        relabelCharts(ctx.context, model, layouts[i], created[i]);
      else
        addCharts(ctx.context, model, layouts[i], created[i]);
    }
    clock.mark("charts");
    // The Writer report, and the panel when the document is opened again,
    // use the waves of this build. Kept while the view is still locked: a
    // view unlocked again is the sign that the build is whole.
    storeWaves(model, {settings.waveSheets.size() >= 2 ? settings.waveSheets : std::vector<std::string>{},
                       settings.analysedWave,
                       settings.wavesBy == core::WaveBucket::None ? std::string() : std::string(core::waveBucketName(settings.wavesBy))});
  }
  clock.mark("undo step closed, view unlocked");
  if (!settings.resultsFile.empty()) writeResultsFile(settings.resultsFile, analysis.results);

  std::string summary =
      core::tr(rewritten ? "calc.updatedSheets" : "calc.createdSheets", {joined(created, ", ")});
  std::string message =
      core::tr("calc.built", {source.describe(), std::to_string(analysis.results.input.rowsUsed),
                              std::to_string(analysis.results.input.issueCount), summary});
  if (const std::size_t hidden = hiddenRows(source); hidden > 0) {
    // The matrix speaks for the whole table; a filter is a way of looking
    // at it, and the person should not take the numbers for the rows shown.
    const std::string note =
        "\n" + core::tr(hidden == 1 ? "calc.hiddenRowOne" : "calc.hiddenRows", {std::to_string(hidden), source.describe()});
    summary += note;
    message += note;
  }
  // Nothing silent: whoever reads the result (a person, cfocus) learns what
  // was left out and where, in the sentences the panel shows.
  if (analysis.results.input.issueCount > 0 || analysis.notApplicable > 0) {
    std::string cells =
        "\n" + core::tr("calc.panel.cells", {std::to_string(analysis.results.input.issueCount),
                                             std::to_string(analysis.notApplicable)});
    for (const core::ColumnStats& c : analysis.columns) {
      if (c.unusable == 0) continue;
      const core::ColumnSpec* spec = core::findColumn(analysis.mapping, c.index);
      cells += "\n" + core::tr("calc.columnUnusable",
                               {core::describeColumn(
                                    static_cast<std::size_t>(source.address.StartColumn) + c.index,
                                    spec != nullptr ? spec->header : std::string()),
                                std::to_string(c.unusable)});
    }
    summary += cells;
    message += cells;
  }
  if (!analysis.mapping.doubts.empty()) {
    std::string doubts;
    for (const std::string& d : analysis.mapping.doubts)
      doubts += "\n" + core::tr("calc.panel.unsure", {d});
    summary += doubts;
    message +=
        doubts + (analysis.mapping.sure ? std::string() : "\n" + core::tr("calc.checkMapping"));
  }
  if (analysis.results.waves) {
    const core::WavesResult& w = *analysis.results.waves;
    std::string names;
    for (const core::WaveInfo& i : w.waves) names += (names.empty() ? "" : ", ") + i.name;
    const std::string line = "\n" + core::tr("calc.wavesBuilt", {names, w.waves[w.analysed].name});
    summary += line;
    message += line;
  }
  for (const std::string& n : analysis.notes) {
    summary += "\n" + core::tr("calc.panel.note", {n});
    message += "\n" + core::tr("calc.panel.note", {n});
  }
  for (const std::string& n : analysis.mapping.notes) {
    summary += "\n" + core::tr("calc.panel.note", {n});
    message += "\n" + core::tr("calc.panel.note", {n});
  }
  ctx.result <<= toOUString(summary);
  ctx.message = message;
}

void readTableCommand(CommandContext& ctx) {
  Reference<css::frame::XModel> model = modelOf(ctx);
  const FeedbackTable table = sourceTable(model);
  Reference<css::sheet::XCellRangeData> range(
      table.sheet->getCellRangeByPosition(table.address.StartColumn, table.address.StartRow,
                                          table.address.EndColumn, table.address.EndRow),
      UNO_QUERY_THROW);
  const css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data = range->getDataArray();
  std::size_t cells = 0;
  for (const css::uno::Sequence<css::uno::Any>& row : data) cells += static_cast<std::size_t>(row.getLength());
  ctx.result <<= toOUString(std::to_string(cells));
}

TableOverview inspectFeedbackTable(const Reference<css::frame::XModel>& model,
                                   const core::NotApplicableCodes& notApplicable) {
  TableOverview o;
  Reference<css::sheet::XSpreadsheet> sheet = activeSheet(model);
  o.builtHere = sheet.is() && sourceOfOwnedSheet(sheet).has_value();
  const FeedbackTable table = sourceTable(model);
  Settings settings;
  settings.notApplicable = notApplicable;
  // A selection change must not wait for a large table to be read: the
  // header and the first rows are enough to show what detection found.
  const std::size_t limit = kOverviewRows + 1;
  const Analysis a = analyse(model, table, settings, nullptr, nullptr, limit).value();
  o.range = table.describe();
  const std::size_t above = a.mapping.firstDataRow();
  o.rows = table.rows() > above ? table.rows() - above : 0;
  if (table.rows() > limit) o.checkedRows = limit - std::min(limit, above);
  o.respondents = a.results.input.rowsUsed;
  for (const core::GroupResult& g : a.results.groups)
    if (g.name != core::kAllGroupName)
      o.groups.push_back(core::tr("calc.panel.group",
                                  {g.name,
                                   core::roleLabel(g.role),
                                   std::to_string(g.n)}));
  o.attributes = a.results.attributes;
  for (const std::string& k : a.results.kanoAttributes)
    o.attributes.push_back(core::tr("calc.panel.kanoAttribute", {k}));
  o.unusableCells = a.results.input.issueCount;
  o.notApplicableCells = a.notApplicable;
  if (!a.mapping.sure) o.doubts = a.mapping.doubts;
  return o;
}

void columnMappingCommand(CommandContext& ctx) {
  Reference<css::frame::XModel> model = modelOf(ctx);
  if (!Reference<css::sheet::XSpreadsheetDocument>(model, UNO_QUERY).is())
    throw UserError{core::tr("calc.error.mappingNotCalc")};
  const std::string load = ctx.argument("MappingFile");
  const std::string save = ctx.argument("Save");
  bool describeOnly = false;
  for (const css::beans::PropertyValue& p : ctx.arguments)
    if (p.Name.equalsIgnoreAsciiCaseAscii("Describe") && !(p.Value >>= describeOnly))
      describeOnly = ctx.argument("Describe") == "true";
  if (describeOnly) {
    // cfocus detect: what the next build would use, in words, and optionally
    // the file to edit. Nothing in the document changes.
    const FeedbackTable table = sourceTable(model);
    const core::Grid head = readRows(table, 0, kChunkRows);
    const core::Mapping mapping = chooseMapping(model, table, head, Settings{});
    if (!save.empty()) writeMappingFile(save, mapping);
    const std::string text =
        describeDetected(mapping, head, static_cast<std::size_t>(table.address.StartColumn));
    ctx.result <<= toOUString(text);
    ctx.message = text;
    return;
  }
  Reference<css::frame::XStorable> storable(model, UNO_QUERY);
  const bool readOnly = storable.is() && storable->isReadonly();

  if (!load.empty() || !save.empty()) {
    std::string said;
    if (!load.empty()) {
      // Read and fitted before anything is stored: a file that cannot be
      // used leaves the document as it was.
      if (readOnly) throw UserError{core::tr("calc.error.readOnlyLoadMapping")};
      const core::Mapping loaded = readMappingFile(load);
      const FeedbackTable table = sourceTable(model);
      core::Result<core::Mapping> bound = core::bindMapping(loaded, readRows(table, 0, kChunkRows));
      if (!bound.ok())
        throw UserError{core::tr("calc.error.mappingDoesNotFit", {describe(bound.error())})};
      storeMapping(model, loaded);
      said = core::tr("calc.mappingStored", {table.describe()});
    }
    if (!save.empty()) {
      std::optional<core::Mapping> current = readStoredMapping(model);
      if (!current) {
        const FeedbackTable table = sourceTable(model);
        current = chooseMapping(model, table, readRows(table, 0, kChunkRows), Settings{});
      }
      writeMappingFile(save, *current);
      said += std::string(said.empty() ? "" : " ") + core::tr("calc.mappingSaved", {save});
    }
    ctx.result <<= toOUString(said);
    ctx.message = said;
    return;
  }

  const FeedbackTable table = sourceTable(model);
  const core::Grid head = readRows(table, 0, kChunkRows);
  core::Mapping mapping = chooseMapping(model, table, head, Settings{});
  if (!ctx.interactive) {
    // Nobody to show a dialog to: the caller gets the mapping the next build
    // would use, as JSON.
    ctx.result <<= toOUString(core::serializeMapping(mapping));
    return;
  }
  if (readOnly) throw UserError{core::tr("calc.error.readOnlyMapping")};
  if (editMapping(ctx.context, ctx.frame, mapping, head, static_cast<std::size_t>(table.address.StartColumn))) {
    storeMapping(model, mapping);
    ctx.result <<= rtl::OUString("Stored");
  }
}

SurveyAnalysis analyseSurvey(const Reference<css::frame::XModel>& model, const core::Model& customers,
                             const CommandContext& ctx) {
  const FeedbackTable table = sourceTable(model);
  Settings settings = readSettings(ctx);
  // Without waves named, those the survey's last build was made from.
  if (settings.waveSheets.empty() && settings.wavesBy == core::WaveBucket::None)
    if (std::optional<StoredWaves> stored = readStoredWaves(model)) {
      settings.waveSheets = std::move(stored->sheets);
      if (settings.analysedWave.empty()) settings.analysedWave = stored->analysed;
      settings.wavesBy = core::parseWaveBucket(stored->by).value_or(core::WaveBucket::None);
    }
  settings.assumptions = core::assumptionsOf(customers);
  for (const core::CustomerGroup& group : customers.customers)
    if (!core::trim(group.name).empty()) settings.modelRoles[std::string(core::trim(group.name))] = group.role;
  std::optional<Analysis> analysis = analyse(model, table, settings, nullptr);
  const FeedbackTable& source = analysis->table;
  // As the build: a table with not one usable answer is refused, not reported.
  if (analysis->results.input.rowsUsed == 0)
    throw UserError{core::tr("calc.error.noUsableRow",
                             {source.describe(), std::to_string(analysis->results.input.issueCount)})};
  SurveyAnalysis out;
  out.results = std::move(analysis->results);
  // The file's name as it is on disk (a title adds " (read-only)"); the
  // title only for a document never saved.
  const std::string url = toUtf8(model->getURL());
  if (!url.empty()) {
    rtl::OUString path;
    std::string name = url.substr(url.find_last_of('/') + 1);
    if (osl::FileBase::getSystemPathFromFileURL(model->getURL(), path) == osl::FileBase::E_None)
      name = std::filesystem::path(toUtf8(path)).filename().string();
    out.source.file = name;
  } else {
    Reference<css::frame::XTitle> title(model, UNO_QUERY);
    out.source.file = title.is() ? toUtf8(title->getTitle()) : std::string();
  }
  // Waves that cfocus copied into one document: the analysed wave's own file.
  if (const std::string file = ctx.argument("SurveyFile"); !file.empty()) out.source.file = file;
  out.source.sheet = source.sheetName;
  out.source.firstColumn = static_cast<std::size_t>(source.address.StartColumn);
  out.source.firstRow = static_cast<std::size_t>(source.address.StartRow);
  out.source.rows = source.rows();
  out.source.mapping = std::move(analysis->mapping);
  return out;
}

}  // namespace cf::uno
