#include "table/pipeline.h"

#include <algorithm>
#include <utility>

#include "messages.h"
#include "table/common.h"
#include "table/detect.h"
#include "text.h"

namespace cf::core {

using namespace detail;

void applyOverrides(Mapping& mapping, const TableOverrides& overrides) {
  if (overrides.notApplicable) mapping.notApplicable = *overrides.notApplicable;
  if (overrides.minN) mapping.minN = *overrides.minN;
  if (overrides.crosshair) mapping.crosshair = *overrides.crosshair;
  auto setRole = [&](const std::string& name, Role role) {
    const std::string key = foldedKey(name);
    if (key.empty()) return;
    // One entry per group, whatever spelling the mapping used.
    for (auto it = mapping.groupRoles.begin(); it != mapping.groupRoles.end();)
      it = foldedKey(it->first) == key ? mapping.groupRoles.erase(it) : std::next(it);
    mapping.groupRoles[std::string(trim(name))] = role;
  };
  if (overrides.primaryGroup) {
    // The one primary: any other group the mapping called primary is not.
    for (auto& [name, role] : mapping.groupRoles)
      if (role == Role::Primary) role = Role::Supporting;
    setRole(*overrides.primaryGroup, Role::Primary);
  }
  for (const std::string& g : overrides.supportingGroups) setRole(g, Role::Supporting);
}

Result<Mapping> chooseMapping(const Grid& head, const Mapping* saved,
                              const TableOverrides& overrides) {
  Result<Mapping> chosen = [&]() -> Result<Mapping> {
    if (saved) return bindMapping(*saved, head);
    DetectOptions detect;
    if (overrides.notApplicable) detect.notApplicable = *overrides.notApplicable;
    return detectMapping(head, detect);
  }();
  if (!chosen.ok()) return chosen;
  applyOverrides(chosen.value(), overrides);
  return chosen;
}

Error noValueMatrixError(const std::string& reason) {
  return Error{"table.no-value-matrix", tr("table.error.noValueMatrix." + reason), ""};
}

// ---------------------------------------------------------------------------
// TablePipeline

namespace {

// Each group's entries in the order of results.groups (All first), so that
// the Voices sheet lists the groups as every other sheet does.
void orderVoicesGroups(VoicesResult& voices, const Results& results) {
  auto rank = [&](const std::string& group) {
    for (std::size_t g = 0; g < results.groups.size(); ++g)
      if (results.groups[g].name == group) return g;
    return results.groups.size();
  };
  auto byRank = [&](const auto& a, const auto& b) { return rank(a.group) < rank(b.group); };
  for (ThemeResult& t : voices.themes) {
    std::stable_sort(t.byGroup.begin(), t.byGroup.end(), byRank);
    std::stable_sort(t.quotes.begin(), t.quotes.end(), byRank);
  }
  for (AttributeMentions& a : voices.attributes)
    std::stable_sort(a.byGroup.begin(), a.byGroup.end(), byRank);
  std::stable_sort(voices.distinctiveTerms.begin(), voices.distinctiveTerms.end(), byRank);
}

}  // namespace

struct TablePipeline::State : ResponseSink {
  TableReader reader;
  Analyzer analyzer;
  VoicesOptions voicesOptions;
  std::optional<VoicesAnalyzer> voices;
  State(const Mapping& mapping, ReaderOptions readerOptions, AnalysisOptions options)
      : reader(mapping, std::move(readerOptions)), analyzer(reader.layout(), std::move(options)) {
    const SurveyLayout& layout = reader.layout();
    voicesOptions.minN = mapping.minN;
    voicesOptions.attributes = layout.attributes;
    if (!layout.commentColumns.empty())
      voices.emplace(Codebook{}, layout.commentColumns.size(), voicesOptions);
  }
  void add(const Response& response) override {
    analyzer.add(response);
    if (voices)
      voices->add(VoicesRow{response.group, response.outcome, response.comments, response.name,
                            response.row});
  }
};

TablePipeline::TablePipeline(Mapping mapping, ReaderOptions reader,
                             std::vector<Assumption> assumptions,
                             std::size_t keyDriverResamples)
    : mapping_(std::move(mapping)) {
  AnalysisOptions options;
  options.keyDriverResamples = keyDriverResamples;
  options.minN = mapping_.minN;
  options.crosshair = mapping_.crosshair;
  options.groupRoles = mapping_.groupRoles;
  options.assumptions = std::move(assumptions);
  for (const auto& [name, role] : mapping_.groupRoles)
    if (role == Role::Primary && reader.otherGroupsRole == Role::Unknown)
      reader.otherGroupsRole = Role::Supporting;
  state_ = std::make_unique<State>(mapping_, std::move(reader), std::move(options));
  const SurveyLayout& layout = state_->reader.layout();
  if (layout.attributes.empty() && !layout.hasNps && layout.kanoAttributes.empty())
    error_ = noValueMatrixError("noRatedColumn");
}

void TablePipeline::useVoices(const VoicesInput& input) {
  if (!state_->voices) return;
  VoicesOptions options = state_->voicesOptions;
  options.language = input.language;
  state_->voices.emplace(input.codebook, state_->reader.layout().commentColumns.size(),
                         std::move(options));
}

TablePipeline::~TablePipeline() = default;
TablePipeline::TablePipeline(TablePipeline&&) noexcept = default;
TablePipeline& TablePipeline::operator=(TablePipeline&&) noexcept = default;

void TablePipeline::readHead(const Grid& head, std::size_t firstSheetRow) {
  state_->reader.read(head, firstSheetRow, *state_, mapping_.firstDataRow());
}

void TablePipeline::readChunk(const Grid& rows, std::size_t firstSheetRow) {
  state_->reader.read(rows, firstSheetRow, *state_);
}

Result<PipelineResult> TablePipeline::finish(bool evenWithoutUsableValue) const {
  if (error_) return *error_;
  PipelineResult out;
  out.input = state_->reader.summary();
  if (out.input.rows > 0 && out.input.rowsUsed == 0 && !evenWithoutUsableValue)
    return noValueMatrixError("noUsableValue");
  out.mapping = mapping_;
  out.results = state_->analyzer.finish(out.input);
  if (state_->voices) {
    out.results.voices = state_->voices->finish();
    orderVoicesGroups(*out.results.voices, out.results);
  }
  out.columnStats = state_->reader.columnStats();
  out.notApplicable = state_->reader.notApplicableCount();
  out.notes = mapping_.doubts;
  out.notes.insert(out.notes.end(), mapping_.notes.begin(), mapping_.notes.end());
  for (std::string& n : inputNotes(mapping_, out.columnStats)) out.notes.push_back(std::move(n));
  return out;
}

Result<PipelineResult> runPipeline(const Grid& table, const PipelineInput& input) {
  Result<Mapping> mapping = chooseMapping(table, input.saved, input.overrides);
  if (!mapping.ok()) return mapping.error();
  TablePipeline pipeline(std::move(mapping).value(), input.reader, input.assumptions);
  if (pipeline.error()) return *pipeline.error();
  pipeline.useVoices(input.voices);
  pipeline.readHead(table, 1);
  return pipeline.finish();
}

// ---------------------------------------------------------------------------
// Waves

std::vector<std::string> waveNotes(const WavesResult& waves) {
  std::vector<std::string> notes;
  for (const PartialPresence& p : waves.partialAttributes) {
    std::string list;
    for (const std::string& w : p.waves) list += (list.empty() ? "" : ", ") + w;
    notes.push_back(tr("waves.note.partialAttribute", {p.name, list}));
  }
  return notes;
}

Result<PipelineResult> combineWaves(std::vector<NamedWave> waves, const std::string& analysed) {
  if (waves.size() < 2)
    return Error{"waves.tooFew", tr("waves.error.tooFew", {std::to_string(waves.size())}), ""};
  std::vector<std::string> names;
  for (const NamedWave& w : waves) {
    for (const std::string& n : names)
      if (foldCase(trim(n)) == foldCase(trim(w.name)))
        return Error{"waves.sameName", tr("waves.error.sameName", {w.name}), w.name};
    names.push_back(w.name);
  }
  const std::vector<std::size_t> order = orderWaves(names);
  std::vector<WaveResults> inOrder;
  std::size_t chosen = order.size() - 1;
  bool found = analysed.empty();
  for (std::size_t k = 0; k < order.size(); ++k) {
    inOrder.push_back({waves[order[k]].name, &waves[order[k]].run.results});
    if (!analysed.empty() && foldCase(trim(analysed)) == foldCase(trim(waves[order[k]].name))) {
      chosen = k;
      found = true;
    }
  }
  if (!found) {
    std::string list;
    for (std::size_t k : order) list += (list.empty() ? "" : ", ") + waves[k].name;
    return Error{"waves.unknown", tr("waves.error.unknown", {analysed, list}), analysed};
  }
  WavesResult trends = computeTrends(inOrder);
  trends.analysed = chosen;
  PipelineResult out = std::move(waves[order[chosen]].run);
  for (std::string& note : waveNotes(trends)) out.notes.push_back(std::move(note));
  out.results.waves = std::move(trends);
  return out;
}

Result<PipelineResult> runWaves(const std::vector<std::pair<std::string, const Grid*>>& tables,
                                const PipelineInput& input, const std::string& analysed) {
  std::vector<NamedWave> waves;
  for (const auto& [name, grid] : tables) {
    Result<PipelineResult> run = runPipeline(*grid, input);
    if (!run.ok()) {
      Error e = run.error();
      e.message = tr("waves.error.inWave", {name, e.message});
      e.where = name;
      return e;
    }
    waves.push_back({name, std::move(run).value()});
  }
  return combineWaves(std::move(waves), analysed);
}

// ---------------------------------------------------------------------------
// Words for a person

namespace {

std::string kindText(const ColumnSpec& c) {
  const std::string attribute = clippedQuote(c.attribute);
  switch (c.kind) {
    case ColumnKind::Ignore:
      return tr("detect.kind.ignore");
    case ColumnKind::Id:
      return tr("detect.kind.id");
    case ColumnKind::Group:
      return tr("detect.kind.group");
    case ColumnKind::Role:
      return tr("detect.kind.role");
    case ColumnKind::Importance:
      return tr("detect.kind.importance", {attribute});
    case ColumnKind::Satisfaction:
      return tr("detect.kind.satisfaction", {attribute});
    case ColumnKind::Outcome:
      return tr("detect.kind.outcome");
    case ColumnKind::Nps:
      return tr("detect.kind.nps");
    case ColumnKind::KanoFunctional:
      return tr("detect.kind.kanoFunctional", {attribute});
    case ColumnKind::KanoDysfunctional:
      return tr("detect.kind.kanoDysfunctional", {attribute});
    case ColumnKind::Comment:
      return tr("detect.kind.comment");
    case ColumnKind::Wave:
      return tr("detect.kind.wave");
  }
  return std::string();
}

bool hasScale(ColumnKind kind) {
  return kind == ColumnKind::Importance || kind == ColumnKind::Satisfaction ||
         kind == ColumnKind::Nps || kind == ColumnKind::Outcome;
}

std::string columnOf(const Mapping& mapping, std::size_t index) {
  const ColumnSpec* c = findColumn(mapping, index);
  return describeColumn(index, c ? c->header : std::string());
}

std::string cellCount(std::size_t n) {
  return n == 1 ? tr("note.cell") : tr("note.cells", {std::to_string(n)});
}

}  // namespace

std::vector<std::string> describeDetection(const Mapping& mapping) {
  std::vector<std::string> lines;
  std::string head = tr("detect.header", {std::to_string(mapping.headerRows),
                                          std::to_string(mapping.firstDataRow() + 1)});
  if (!mapping.layout.empty()) head = tr("detect.layout", {mapping.layout}) + "; " + head;
  if (mapping.decimalComma) head += "; " + tr("detect.decimalComma");
  lines.push_back(head);
  for (const ColumnSpec& c : mapping.columns) {
    std::string text = kindText(c);
    if (hasScale(c.kind) && !c.isTwoLabelOutcome())
      text += ", " + tr("detect.scale", {formatScale(c.scale)});
    if (c.isTwoLabelOutcome())
      text += ", " + tr("detect.twoLabels",
                        {clippedQuote(c.positiveLabel), clippedQuote(c.negativeLabel)});
    if (c.kind == ColumnKind::Importance || c.kind == ColumnKind::Satisfaction) {
      const ColumnKind other =
          c.kind == ColumnKind::Importance ? ColumnKind::Satisfaction : ColumnKind::Importance;
      for (const ColumnSpec& o : mapping.columns)
        if (o.kind == other && foldedKey(o.attribute) == foldedKey(c.attribute)) {
          text += ", " + tr("detect.pairedWith", {describeColumn(o.index, std::string())});
          break;
        }
    }
    if (!c.labels.empty()) {
      std::string labels;
      for (std::size_t i = 0; i < c.labels.size(); ++i) {
        const ValueLabel& l = c.labels[i];
        labels += (i ? ", " : "") + clippedQuote(l.text) + " = " +
                  (l.notApplicable ? tr("detect.labelNa") : formatNumber(l.value));
      }
      text += "; " + tr("detect.labels", {labels});
    }
    lines.push_back(tr("detect.line", {describeColumn(c.index, c.header), text}));
  }
  for (const std::string& d : mapping.doubts) lines.push_back(tr("detect.doubt", {d}));
  for (const std::string& n : mapping.notes) lines.push_back(tr("detect.note", {n}));
  return lines;
}

std::vector<std::string> inputNotes(const Mapping& mapping, const std::vector<ColumnStats>& stats) {
  std::vector<std::string> notes;
  for (const ColumnStats& s : stats) {
    if (s.unusable == 0) continue;
    const ColumnSpec* spec = findColumn(mapping, s.index);
    std::vector<std::string> why;
    if (s.offScale > 0 && spec) {
      std::string values;
      for (std::size_t i = 0; i < s.offScaleValues.size(); ++i)
        values += (i ? ", " : "") + formatNumber(s.offScaleValues[i].first);
      why.push_back(tr("note.offScale", {values, formatScale(spec->scale), cellCount(s.offScale)}));
    }
    for (const ColumnStats::Text& t : s.unknownTexts)
      why.push_back(tr("note.unknownText", {clippedQuote(t.text), cellCount(t.count)}));
    if (s.otherTexts > 0) why.push_back(tr("note.moreTexts", {std::to_string(s.otherTexts)}));
    std::string joined;
    for (std::size_t i = 0; i < why.size(); ++i) joined += (i ? ", " : "") + why[i];
    if (joined.empty()) joined = "\xE2\x80\xA6";
    notes.push_back(
        tr("note.unusable", {columnOf(mapping, s.index), std::to_string(s.unusable), joined}));
  }
  return notes;
}

}  // namespace cf::core
