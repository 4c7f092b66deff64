#include "report.h"

#include "ipa_chart.h"

#include "mapping.h"
#include "messages.h"
#include "waves/changes.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <numeric>
#include <tuple>

// The sheets are read by board members, not analysts: every sheet says in one
// note how to read it, numbers stay numbers (so they can be charted and
// re-used), and a number that rests on too few answers is replaced by the
// words "n<5" rather than shown with false precision.

namespace cf::core {
namespace {

ReportCell text(std::string s, CellStyle style = CellStyle::Label) {
  ReportCell c;
  c.kind = CellKind::Text;
  c.text = std::move(s);
  c.style = style;
  return c;
}

ReportCell number(double v, CellStyle style) {
  ReportCell c;
  if (!std::isfinite(v)) return c;
  c.kind = CellKind::Number;
  c.number = v;
  c.style = style;
  return c;
}

// Builds a sheet row by row; rows are padded to a common width at the end.
class Sheet {
 public:
  Sheet(std::string name, std::string title, std::string note) {
    layout_.name = std::move(name);
    put(0, 0, text(std::move(title), CellStyle::Title));
    put(1, 0, text(tr("report.howToRead", {std::move(note)}), CellStyle::Note));
  }

  void put(std::size_t row, std::size_t column, ReportCell cell) {
    if (row >= layout_.rows.size()) layout_.rows.resize(row + 1);
    auto& r = layout_.rows[row];
    if (column >= r.size()) r.resize(column + 1);
    r[column] = std::move(cell);
  }
  std::size_t nextRow() const { return layout_.rows.size(); }
  SheetLayout& layout() { return layout_; }

  // A measured number, "n<5" when withheld, empty when it cannot be computed.
  void putMeasure(std::size_t row, std::size_t column, const Measure& m, double value,
                  CellStyle style, std::size_t minN) {
    if (!m.present) return;
    if (m.suppressed) put(row, column, text(suppressedText(minN), CellStyle::Suppressed));
    else put(row, column, number(value, style));
  }

  SheetLayout finish() {
    std::size_t width = 1;
    for (const auto& r : layout_.rows) width = std::max(width, r.size());
    for (auto& r : layout_.rows) r.resize(width);
    // The note spans the table so that it wraps over its width, not in column A.
    layout_.merged.push_back({1, 0, 1, std::max<std::size_t>(width, 8) - 1});
    for (auto& r : layout_.rows) r.resize(std::max<std::size_t>(width, 8));
    return std::move(layout_);
  }

 private:
  SheetLayout layout_;
};

std::string groupLabel(const GroupResult& g) {
  if (g.name == kAllGroupName) return tr("report.groupLabel.all", {std::to_string(g.n)});
  return tr("report.groupLabel", {g.name, roleLabel(g.role), std::to_string(g.n)});
}

std::string inputLine(const Results& r) {
  return tr("report.inputLine", {std::to_string(r.input.rows), std::to_string(r.input.rowsUsed),
                                 std::to_string(r.input.issueCount), std::to_string(r.minN)});
}

std::string groupName(const GroupResult& g) {
  return g.name == kAllGroupName ? tr("report.allRespondents") : g.name;
}

// Colour-scale fills over a set of values: lowest red, highest green, or the
// other way round when high is bad (a gap is a shortfall).
struct ScaleRange {
  double low = INFINITY;
  double high = -INFINITY;
  void add(double v) {
    if (!std::isfinite(v)) return;
    low = std::min(low, v);
    high = std::max(high, v);
  }
  std::uint32_t fill(double v, bool highIsGood) const {
    if (!std::isfinite(v) || !(high > low)) return kNoFill;
    const double p = (v - low) / (high - low);
    return scaleFill(highIsGood ? p : 1.0 - p);
  }
};

void applyFills(SheetLayout& s, const CellBlock& b, bool highIsGood) {
  ScaleRange range;
  for (std::size_t r = b.firstRow; r <= b.lastRow && r < s.rows.size(); ++r)
    for (std::size_t c = b.firstColumn; c <= b.lastColumn && c < s.rows[r].size(); ++c)
      if (s.rows[r][c].kind == CellKind::Number) range.add(s.rows[r][c].number);
  for (std::size_t r = b.firstRow; r <= b.lastRow && r < s.rows.size(); ++r)
    for (std::size_t c = b.firstColumn; c <= b.lastColumn && c < s.rows[r].size(); ++c)
      if (s.rows[r][c].kind == CellKind::Number) s.rows[r][c].fill = range.fill(s.rows[r][c].number, highIsGood);
}

// ---------------------------------------------------------------- Value Matrix

SheetLayout valueMatrix(const Results& r) {
  Sheet s(tr("report.valueMatrix.sheet"), tr("report.valueMatrix.title"),
          tr("report.valueMatrix.note", {suppressedText(r.minN)}));
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  const std::size_t groupRow = 4, headerRow = 5, first = 6;
  const std::size_t groups = r.groups.size(), attrs = r.attributes.size();
  constexpr std::size_t kBlock = 6;
  s.put(groupRow, 0, text(tr("report.head.attribute"), CellStyle::Header));
  s.put(headerRow, 0, text("", CellStyle::Header));
  for (std::size_t g = 0; g < groups; ++g) {
    const std::size_t c = 1 + g * kBlock;
    s.put(groupRow, c, text(groupLabel(r.groups[g]), CellStyle::Header));
    for (std::size_t k = 1; k < kBlock; ++k) s.put(groupRow, c + k, text("", CellStyle::Header));
    s.layout().merged.push_back({groupRow, c, groupRow, c + kBlock - 1});
    s.put(headerRow, c, text("n", CellStyle::Header));
    s.put(headerRow, c + 1, text(tr("report.head.importance"), CellStyle::Header));
    s.put(headerRow, c + 2, text(tr("report.head.satisfaction"), CellStyle::Header));
    s.put(headerRow, c + 3, text(tr("report.head.gap"), CellStyle::Header));
    s.put(headerRow, c + 4, text(tr("report.head.importanceTopBox"), CellStyle::Header));
    s.put(headerRow, c + 5, text(tr("report.head.satisfactionTopBox"), CellStyle::Header));
  }
  for (std::size_t a = 0; a < attrs; ++a) {
    const std::size_t row = first + a;
    s.put(row, 0, text(r.attributes[a]));
    for (std::size_t g = 0; g < groups; ++g) {
      const CellResult& cell = r.cell(g, a);
      const std::size_t c = 1 + g * kBlock;
      const std::uint64_t n = std::max(cell.importance.estimate.n, cell.satisfaction.estimate.n);
      s.put(row, c, number(static_cast<double>(n), CellStyle::Count));
      s.putMeasure(row, c + 1, cell.importance, cell.importance.estimate.mean, CellStyle::Mean, r.minN);
      s.putMeasure(row, c + 2, cell.satisfaction, cell.satisfaction.estimate.mean, CellStyle::Mean, r.minN);
      if (cell.suppressed) s.put(row, c + 3, text(suppressedText(r.minN), CellStyle::Suppressed));
      else s.put(row, c + 3, number(cell.gap, CellStyle::Signed));
      s.putMeasure(row, c + 4, cell.importance, 100.0 * cell.importance.topBox.share,
                   CellStyle::Percent, r.minN);
      s.putMeasure(row, c + 5, cell.satisfaction, 100.0 * cell.satisfaction.topBox.share,
                   CellStyle::Percent, r.minN);
    }
  }
  SheetLayout& layout = s.layout();
  layout.freezeRows = first;
  layout.freezeColumns = 1;
  if (attrs > 0) {
    const std::size_t last = first + attrs - 1;
    // Means are coloured over the whole matrix so that groups compare at a glance.
    ScaleRange means;
    for (std::size_t g = 0; g < groups; ++g)
      for (std::size_t k : {1u, 2u})
        for (std::size_t row = first; row <= last; ++row) {
          const ReportCell& cell = layout.rows[row][1 + g * kBlock + k];
          if (cell.kind == CellKind::Number) means.add(cell.number);
        }
    for (std::size_t g = 0; g < groups; ++g) {
      for (std::size_t k : {1u, 2u})
        for (std::size_t row = first; row <= last; ++row) {
          ReportCell& cell = layout.rows[row][1 + g * kBlock + k];
          if (cell.kind == CellKind::Number) cell.fill = means.fill(cell.number, true);
        }
    }
    ScaleRange gaps;
    for (std::size_t g = 0; g < groups; ++g)
      for (std::size_t row = first; row <= last; ++row) {
        const ReportCell& cell = layout.rows[row][1 + g * kBlock + 3];
        if (cell.kind == CellKind::Number) gaps.add(cell.number);
      }
    for (std::size_t g = 0; g < groups; ++g)
      for (std::size_t row = first; row <= last; ++row) {
        ReportCell& cell = layout.rows[row][1 + g * kBlock + 3];
        if (cell.kind == CellKind::Number) cell.fill = gaps.fill(cell.number, false);
      }
  }

  // The intervals, in the same shape, so a reader can look straight down.
  const std::size_t ciTitle = first + attrs + 1;
  s.put(ciTitle, 0, text(tr("report.valueMatrix.intervals"), CellStyle::Section));
  const std::size_t ciGroupRow = ciTitle + 1, ciHeader = ciTitle + 2, ciFirst = ciTitle + 3;
  s.put(ciGroupRow, 0, text(tr("report.head.attribute"), CellStyle::Header));
  s.put(ciHeader, 0, text("", CellStyle::Header));
  // The same width as the table above, so that a group's columns line up.
  const char* ciHeads[] = {"report.head.importanceLow",
                           "report.head.importanceHigh",
                           "report.head.satisfactionLow",
                           "report.head.satisfactionHigh",
                           nullptr,
                           nullptr};
  for (std::size_t g = 0; g < groups; ++g) {
    const std::size_t c = 1 + g * kBlock;
    s.put(ciGroupRow, c, text(groupLabel(r.groups[g]), CellStyle::Header));
    for (std::size_t k = 1; k < kBlock; ++k) s.put(ciGroupRow, c + k, text("", CellStyle::Header));
    s.layout().merged.push_back({ciGroupRow, c, ciGroupRow, c + kBlock - 1});
    for (std::size_t k = 0; k < kBlock; ++k)
      s.put(ciHeader, c + k, text(ciHeads[k] ? tr(ciHeads[k]) : std::string(), CellStyle::Header));
  }
  for (std::size_t a = 0; a < attrs; ++a) {
    const std::size_t row = ciFirst + a;
    s.put(row, 0, text(r.attributes[a]));
    for (std::size_t g = 0; g < groups; ++g) {
      const CellResult& cell = r.cell(g, a);
      const std::size_t c = 1 + g * kBlock;
      s.putMeasure(row, c, cell.importance, cell.importance.estimate.ciLow, CellStyle::Interval, r.minN);
      s.putMeasure(row, c + 1, cell.importance, cell.importance.estimate.ciHigh, CellStyle::Interval, r.minN);
      s.putMeasure(row, c + 2, cell.satisfaction, cell.satisfaction.estimate.ciLow, CellStyle::Interval, r.minN);
      s.putMeasure(row, c + 3, cell.satisfaction, cell.satisfaction.estimate.ciHigh, CellStyle::Interval, r.minN);
    }
  }
  // Top-box bounds: one row per attribute and measure would double the
  // table, so they follow in a third table of the same shape, satisfaction
  // only when the table has no importance.
  const std::size_t tbTitle = ciFirst + attrs + 1;
  s.put(tbTitle, 0, text(tr("report.valueMatrix.topBox"), CellStyle::Section));
  const std::size_t tbGroupRow = tbTitle + 1, tbHeader = tbTitle + 2, tbFirst = tbTitle + 3;
  s.put(tbGroupRow, 0, text(tr("report.head.attribute"), CellStyle::Header));
  s.put(tbHeader, 0, text("", CellStyle::Header));
  const char* tbHeads[] = {"report.head.importanceTopBox", "report.head.topBoxLow",
                           "report.head.topBoxHigh",       "report.head.satisfactionTopBox",
                           "report.head.topBoxLow",        "report.head.topBoxHigh"};
  for (std::size_t g = 0; g < groups; ++g) {
    const std::size_t c = 1 + g * kBlock;
    s.put(tbGroupRow, c, text(groupLabel(r.groups[g]), CellStyle::Header));
    for (std::size_t k = 1; k < kBlock; ++k) s.put(tbGroupRow, c + k, text("", CellStyle::Header));
    s.layout().merged.push_back({tbGroupRow, c, tbGroupRow, c + kBlock - 1});
    for (std::size_t k = 0; k < kBlock; ++k)
      s.put(tbHeader, c + k, text(tr(tbHeads[k]), CellStyle::Header));
  }
  for (std::size_t a = 0; a < attrs; ++a) {
    const std::size_t row = tbFirst + a;
    s.put(row, 0, text(r.attributes[a]));
    for (std::size_t g = 0; g < groups; ++g) {
      const CellResult& cell = r.cell(g, a);
      const std::size_t c = 1 + g * kBlock;
      const ProportionEstimate& it = cell.importance.topBox;
      const ProportionEstimate& st = cell.satisfaction.topBox;
      s.putMeasure(row, c, cell.importance, 100.0 * it.share, CellStyle::Percent, r.minN);
      s.putMeasure(row, c + 1, cell.importance, 100.0 * it.ciLow, CellStyle::Interval, r.minN);
      s.putMeasure(row, c + 2, cell.importance, 100.0 * it.ciHigh, CellStyle::Interval, r.minN);
      s.putMeasure(row, c + 3, cell.satisfaction, 100.0 * st.share, CellStyle::Percent, r.minN);
      s.putMeasure(row, c + 4, cell.satisfaction, 100.0 * st.ciLow, CellStyle::Interval, r.minN);
      s.putMeasure(row, c + 5, cell.satisfaction, 100.0 * st.ciHigh, CellStyle::Interval, r.minN);
    }
  }
  return s.finish();
}

// ------------------------------------------------------------------ Priorities

const DerivedImportance* derivedOf(const Results& r, std::size_t group, std::size_t attribute) {
  for (const DerivedImportance& d : r.derivedImportance)
    if (d.group == group && d.attribute == attribute) return &d;
  return nullptr;
}

// A group without stated importance is placed by derived importance, the
// usual fallback in IPA: its crosshair is the mean of the plotted points.
std::vector<PriorityRow> derivedPriorities(const Results& r, std::size_t g, double& crossX, double& crossY) {
  std::vector<PriorityRow> rows;
  for (std::size_t a = 0; a < r.attributes.size(); ++a) {
    const CellResult& cell = r.cell(g, a);
    const DerivedImportance* d = derivedOf(r, g, a);
    if (!d || d->suppressed || !std::isfinite(d->r)) continue;
    if (!cell.satisfaction.present || cell.satisfaction.suppressed ||
        !std::isfinite(cell.satisfaction.estimate.mean))
      continue;
    PriorityRow p;
    p.attribute = a;
    p.x = cell.satisfaction.estimate.mean;
    p.y = d->r;
    rows.push_back(p);
  }
  if (rows.empty()) return rows;
  crossX = 0;
  crossY = 0;
  for (const PriorityRow& p : rows) {
    crossX += p.x;
    crossY += p.y;
  }
  crossX /= static_cast<double>(rows.size());
  crossY /= static_cast<double>(rows.size());
  for (PriorityRow& p : rows) {
    const bool important = p.y > crossY, satisfied = p.x > crossX;
    const Quadrant q = important ? (satisfied ? Quadrant::Keep : Quadrant::Concentrate)
                                 : (satisfied ? Quadrant::Overkill : Quadrant::Low);
    p.quadrant = q;
  }
  // Most urgent first: what drives the outcome but satisfies least, then the
  // strengths to keep, each by how strongly it drives the outcome.
  auto rank = [](const PriorityRow& p) {
    return p.quadrant == Quadrant::Concentrate ? 0
           : p.quadrant == Quadrant::Keep      ? 1
           : p.quadrant == Quadrant::Low       ? 2
                                               : 3;
  };
  std::stable_sort(rows.begin(), rows.end(), [&](const PriorityRow& a, const PriorityRow& b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    return a.y > b.y;
  });
  return rows;
}

}  // namespace

std::string quadrantLabel(Quadrant q) {
  switch (q) {
    case Quadrant::Concentrate:
      return tr("report.quadrant.concentrate");
    case Quadrant::Keep:
      return tr("report.quadrant.keep");
    case Quadrant::Low:
      return tr("report.quadrant.low");
    case Quadrant::Overkill:
      return tr("report.quadrant.overkill");
    case Quadrant::Uncertain:
      return tr("report.quadrant.uncertain");
    case Quadrant::None:
      break;
  }
  return "";
}

GroupPriorities groupPriorities(const Results& r, std::size_t g) {
  GroupPriorities out;
  out.crossX = r.groups[g].crosshairSatisfaction;
  out.crossY = r.groups[g].crosshairImportance;
  if (g < r.priorities.size() && !r.priorities[g].attributes.empty()) {
    for (std::size_t a : r.priorities[g].attributes) {
      const CellResult& cell = r.cell(g, a);
      PriorityRow p;
      p.attribute = a;
      p.x = cell.satisfaction.estimate.mean;
      p.y = cell.importance.estimate.mean;
      p.gap = cell.gap;
      p.quadrant = cell.quadrant;
      out.rows.push_back(p);
    }
  } else {
    out.rows = derivedPriorities(r, g, out.crossX, out.crossY);
    out.derived = !out.rows.empty();
  }
  return out;
}

namespace {

// The comments beside each "Concentrate here" item of a group: how many of
// its commenters mention the attribute (column G of the table) and, under the
// table, one quote each. Nothing when the table has no comment column or the
// group is below the minimum n. Returns the next free row.
std::size_t putConcentrateVoices(Sheet& s, const Results& r, const GroupResult& group,
                                 const std::vector<PriorityRow>& rows, std::size_t header,
                                 std::size_t row) {
  if (!r.voices || r.voices->commenters == 0) return row;
  auto statsOf = [&](std::size_t attribute) -> const AttributeMentionStats* {
    for (const AttributeMentions& a : r.voices->attributes)
      if (a.attribute == r.attributes[attribute])
        for (const AttributeMentionStats& g : a.byGroup)
          if (g.group == group.name) return &g;
    return nullptr;
  };
  s.put(header, 6, text(tr("report.head.comments"), CellStyle::Header));
  std::vector<std::string> quotes;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].quadrant != Quadrant::Concentrate) continue;
    const AttributeMentionStats* m = statsOf(rows[i].attribute);
    if (!m) continue;
    if (m->suppressed) {
      s.put(header + 1 + i, 6, text(suppressedText(r.minN), CellStyle::Suppressed));
      continue;
    }
    s.put(header + 1 + i, 6, number(static_cast<double>(m->count), CellStyle::Count));
    if (m->quote)
      quotes.push_back(tr("report.priorities.quote",
                          {shortenedLabel(r.attributes[rows[i].attribute], 40),
                           shortenedLabel(m->quote->text, 160), std::to_string(m->quote->row)}));
  }
  for (std::string& q : quotes) s.put(row++, 0, text(std::move(q), CellStyle::Plain));
  return row;
}

SheetLayout priorities(const Results& r, std::string_view decimal) {
  const bool midpoint = r.crosshair == Crosshair::ScaleMidpoint;
  Sheet s(tr("report.priorities.sheet"), tr("report.priorities.title"),
          tr("report.priorities.note",
             {tr(midpoint ? "report.priorities.crossMidpoint" : "report.priorities.crossMeans")}));
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  std::size_t row = 4;
  constexpr std::size_t kChartColumn = 8, kChartRows = 20;
  for (std::size_t g = 0; g < r.groups.size(); ++g) {
    const GroupResult& group = r.groups[g];
    const std::size_t top = row;
    const GroupPriorities ranked = groupPriorities(r, g);
    const std::vector<PriorityRow>& rows = ranked.rows;
    const double crossX = ranked.crossX, crossY = ranked.crossY;
    const bool derived = ranked.derived;
    std::string heading = groupLabel(group);
    if (derived) heading = tr("report.priorities.derivedHeading", {heading});
    s.put(row++, 0, text(heading, CellStyle::Section));
    // The crosshair on a line of its own: run on after the heading, it went
    // under the chart beside the table, whose background hid it.
    if (std::isfinite(crossX) && std::isfinite(crossY))
      s.put(row++, 0,
            text(tr("report.priorities.lines", {formatDecimal(crossX, 2, decimal),
                                                formatDecimal(crossY, derived ? 3 : 2, decimal)}),
                 CellStyle::Plain));
    const std::size_t header = row++;
    s.put(header, 0, text(tr("report.head.rank"), CellStyle::Header));
    s.put(header, 1, text(tr("report.head.attribute"), CellStyle::Header));
    s.put(header, 2, text(tr("report.head.satisfaction"), CellStyle::Header));
    s.put(header, 3,
          text(tr(derived ? "report.head.derivedImportance" : "report.head.importance"),
               CellStyle::Header));
    s.put(header, 4, text(tr("report.head.gap"), CellStyle::Header));
    s.put(header, 5, text(tr("report.head.quadrant"), CellStyle::Header));
    if (rows.empty()) {
      s.put(row++, 1,
            text(group.n < r.minN ? tr("report.priorities.tooFew", {suppressedText(r.minN)})
                                  : tr("report.priorities.nothingToRank"),
                 CellStyle::Plain));
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const PriorityRow& p = rows[i];
      s.put(row, 0, number(static_cast<double>(i + 1), CellStyle::Count));
      s.put(row, 1, text(r.attributes[p.attribute]));
      s.put(row, 2, number(p.x, CellStyle::Mean));
      s.put(row, 3, number(p.y, derived ? CellStyle::Correlation : CellStyle::Mean));
      s.put(row, 4, number(p.gap, CellStyle::Signed));
      s.put(row, 5,
            text(quadrantLabel(p.quadrant),
                 p.quadrant == Quadrant::Concentrate ? CellStyle::Flag : CellStyle::Label));
      ++row;
    }
    if (!derived && !rows.empty()) applyFills(s.layout(), {header + 1, 4, row - 1, 4}, false);
    const std::size_t tableEnd = row;  // the chart plots the table, not the quotes below it
    row = putConcentrateVoices(s, r, group, rows, header, row);
    if (!rows.empty()) {
      ChartSpec chart;
      chart.name = "IPA " + std::to_string(g + 1);
      chart.title = groupName(group);
      chart.kind = ChartKind::Scatter;
      chart.data = {header, 2, tableEnd - 1, 3};
      chart.anchorRow = top;
      chart.anchorColumn = kChartColumn;
      chart.heightRows = kChartRows - 1;
      chart.xTitle = tr("report.head.satisfaction");
      chart.yTitle = tr(derived ? "report.head.derivedImportance" : "report.head.importance");
      chart.crossX = crossX;
      chart.crossY = crossY;
      // Short labels: a chart the width of seven columns holds several.
      for (const PriorityRow& p : rows) chart.pointLabels.push_back(shortenedLabel(r.attributes[p.attribute], 22));
      s.layout().charts.push_back(chart);
    }
    row = std::max(row + 1, top + kChartRows + 1);
  }
  s.layout().freezeRows = 4;
  return s.finish();
}

// ------------------------------------------------------- Primary vs Supporting

SheetLayout primaryVsSupporting(const Results& r) {
  Sheet s(tr("report.pvs.sheet"), tr("report.pvs.title"), tr("report.pvs.note"));
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  s.put(3, 0, text(tr("report.pvs.family", {std::to_string(r.comparisons)}), CellStyle::Plain));
  const std::size_t header = 4;
  const char* heads[] = {"report.head.attribute",
                         "report.head.primary",
                         "report.head.supporting",
                         "report.head.importancePrimary",
                         "report.head.importanceSupporting",
                         "report.head.difference",
                         "report.head.ciLow",
                         "report.head.ciHigh",
                         "report.head.satisfactionPrimary",
                         "report.head.satisfactionSupporting",
                         "report.head.difference",
                         "report.head.ciLow",
                         "report.head.ciHigh",
                         "report.head.finding",
                         "report.head.importanceP",
                         "report.head.importanceQ",
                         "report.head.satisfactionP",
                         "report.head.satisfactionQ"};
  for (std::size_t c = 0; c < std::size(heads); ++c)
    s.put(header, c, text(tr(heads[c]), CellStyle::Header));
  std::size_t row = header + 1;
  if (r.primaryVsSupporting.empty()) {
    s.put(row++, 0, text(tr("report.pvs.noComparison"), CellStyle::Plain));
  }
  for (const GroupComparison& c : r.primaryVsSupporting) {
    const CellResult& p = r.cell(c.primaryGroup, c.attribute);
    const CellResult& q = r.cell(c.supportingGroup, c.attribute);
    s.put(row, 0, text(r.attributes[c.attribute]));
    s.put(row, 1, text(r.groups[c.primaryGroup].name));
    s.put(row, 2, text(r.groups[c.supportingGroup].name));
    s.putMeasure(row, 3, p.importance, p.importance.estimate.mean, CellStyle::Mean, r.minN);
    s.putMeasure(row, 4, q.importance, q.importance.estimate.mean, CellStyle::Mean, r.minN);
    s.put(row, 5, number(c.importance.difference, CellStyle::Signed));
    s.put(row, 6, number(c.importance.ciLow, CellStyle::Interval));
    s.put(row, 7, number(c.importance.ciHigh, CellStyle::Interval));
    s.putMeasure(row, 8, p.satisfaction, p.satisfaction.estimate.mean, CellStyle::Mean, r.minN);
    s.putMeasure(row, 9, q.satisfaction, q.satisfaction.estimate.mean, CellStyle::Mean, r.minN);
    s.put(row, 10, number(c.satisfaction.difference, CellStyle::Signed));
    s.put(row, 11, number(c.satisfaction.ciLow, CellStyle::Interval));
    s.put(row, 12, number(c.satisfaction.ciHigh, CellStyle::Interval));
    if (c.missionDrift)
      s.put(row, 13, text(tr("report.pvs.missionDrift"), CellStyle::Flag));
    else if (c.satisfaction.significant())
      s.put(row, 13,
            text(tr(c.satisfaction.difference > 0 ? "report.pvs.primaryMoreSatisfied"
                                                  : "report.pvs.primaryLessSatisfied")));
    // p and q after the finding, so that the columns a reader knows stay put.
    s.put(row, 14, number(c.importance.p, CellStyle::Probability));
    s.put(row, 15, number(c.importance.q, CellStyle::Probability));
    s.put(row, 16, number(c.satisfaction.p, CellStyle::Probability));
    s.put(row, 17, number(c.satisfaction.q, CellStyle::Probability));
    ++row;
  }
  s.layout().freezeRows = header + 1;
  s.layout().freezeColumns = 1;
  return s.finish();
}

// ---------------------------------------------------------- Derived importance

const KeyDriver* keyDriverOf(const Results& r, std::size_t group, std::size_t attribute) {
  for (const KeyDriver& d : r.keyDrivers)
    if (d.group == group && d.attribute == attribute) return &d;
  return nullptr;
}

// The key-driver table under the correlations: per group the share of R²
// with its bootstrap interval, the share in % of R², the rank and a mark
// where r is negative; then the model's R², its complete cases and how the
// interval was made.
void layoutKeyDrivers(Sheet& s, const Results& r, std::size_t top) {
  constexpr std::size_t kBlock = 6;
  s.put(top, 0, text(tr("report.derived.keyDrivers"), CellStyle::Section));
  const std::size_t groupRow = top + 1, header = top + 2, first = top + 3;
  s.put(groupRow, 0, text(tr("report.head.attribute"), CellStyle::Header));
  s.put(header, 0, text("", CellStyle::Header));
  const char* heads[] = {"report.head.share",     "report.head.ciLow", "report.head.ciHigh",
                         "report.head.shareOfR2", "report.head.rank",  "report.head.note"};
  for (const KeyDriverModel& m : r.keyDriverModels) {
    const std::size_t c = 1 + m.group * kBlock;
    s.put(groupRow, c, text(groupLabel(r.groups[m.group]), CellStyle::Header));
    for (std::size_t k = 1; k < kBlock; ++k) s.put(groupRow, c + k, text("", CellStyle::Header));
    s.layout().merged.push_back({groupRow, c, groupRow, c + kBlock - 1});
    for (std::size_t k = 0; k < kBlock; ++k)
      s.put(header, c + k, text(tr(heads[k]), CellStyle::Header));
  }
  std::size_t row = first;
  for (std::size_t a = 0; a < r.attributes.size(); ++a) {
    bool any = false;
    for (const KeyDriverModel& m : r.keyDriverModels) {
      const KeyDriver* d = keyDriverOf(r, m.group, a);
      if (!d) continue;
      any = true;
      const std::size_t c = 1 + m.group * kBlock;
      if (m.suppressed) {
        s.put(row, c, text(suppressedText(r.minN), CellStyle::Suppressed));
        continue;
      }
      s.put(row, c, number(d->share, CellStyle::Correlation));
      s.put(row, c + 1, number(d->shareLow, CellStyle::Interval));
      s.put(row, c + 2, number(d->shareHigh, CellStyle::Interval));
      s.put(row, c + 3, number(d->rescaled, CellStyle::Percent));
      s.put(row, c + 4, number(d->rank, CellStyle::Count));
      if (d->r < 0.0) s.put(row, c + 5, text(tr("report.derived.negativeR"), CellStyle::Flag));
    }
    if (!any) continue;
    s.put(row, 0, text(r.attributes[a]));
    ++row;
  }
  for (const KeyDriverModel& m : r.keyDriverModels) {
    const std::size_t c = 1 + m.group * kBlock;
    if (row > first) applyFills(s.layout(), {first, c, row - 1, c}, true);
  }
  // The model: R², complete cases, method and resamples.
  s.put(row, 0, text(tr("report.derived.rSquared"), CellStyle::Label));
  s.put(row + 1, 0, text(tr("report.derived.completeCases"), CellStyle::Label));
  s.put(row + 2, 0, text(tr("report.derived.method"), CellStyle::Label));
  bool sampled = false;
  for (const KeyDriverModel& m : r.keyDriverModels) {
    const std::size_t c = 1 + m.group * kBlock;
    const KeyDriverEstimate& e = m.estimate;
    if (m.suppressed)
      s.put(row, c, text(suppressedText(r.minN), CellStyle::Suppressed));
    else
      s.put(row, c, number(e.rSquared, CellStyle::Correlation));
    s.put(row + 1, c, number(static_cast<double>(e.n), CellStyle::Count));
    if (!m.suppressed && std::isfinite(e.rSquared))
      s.put(row + 2, c,
            text(tr(e.method == DriverMethod::Dominance ? "report.derived.dominance"
                                                        : "report.derived.relativeWeights",
                    {std::to_string(e.resamples)}),
                 CellStyle::Plain));
    sampled = sampled || (e.bootstrapRows > 0 && e.bootstrapRows < e.n);
  }
  if (sampled)
    s.put(row + 3, 0,
          text(tr("report.derived.sampled", {std::to_string(kBootstrapRows)}), CellStyle::Plain));
}

SheetLayout derivedImportance(const Results& r, std::string_view decimal) {
  Sheet s(tr("report.derived.sheet"), tr("report.derived.title"),
          tr("report.derived.note", {r.outcomeName}));
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  std::size_t row = 4;
  for (std::size_t g = 0; g < r.groups.size(); ++g) {
    const ImportanceBunching& b = r.groups[g].bunching;
    if (b.warning)
      s.put(row++, 0,
            text(tr("report.derived.bunching",
                    {groupName(r.groups[g]), formatDecimal(b.topBoxShare * 100.0, 0, decimal)}),
                 CellStyle::Flag));
  }
  if (row > 4) ++row;
  const std::size_t groupRow = row, header = row + 1, first = row + 2;
  constexpr std::size_t kBlock = 3;
  s.put(groupRow, 0, text(tr("report.head.attribute"), CellStyle::Header));
  s.put(header, 0, text("", CellStyle::Header));
  for (std::size_t g = 0; g < r.groups.size(); ++g) {
    const std::size_t c = 1 + g * kBlock;
    s.put(groupRow, c, text(groupLabel(r.groups[g]), CellStyle::Header));
    s.put(groupRow, c + 1, text("", CellStyle::Header));
    s.put(groupRow, c + 2, text("", CellStyle::Header));
    s.layout().merged.push_back({groupRow, c, groupRow, c + kBlock - 1});
    s.put(header, c, text(tr("report.head.bivariateR"), CellStyle::Header));
    s.put(header, c + 1, text("n", CellStyle::Header));
    s.put(header, c + 2, text(tr("report.head.statedImportance"), CellStyle::Header));
  }
  for (std::size_t a = 0; a < r.attributes.size(); ++a) {
    s.put(first + a, 0, text(r.attributes[a]));
    for (std::size_t g = 0; g < r.groups.size(); ++g) {
      const std::size_t c = 1 + g * kBlock;
      const DerivedImportance* d = derivedOf(r, g, a);
      if (!d) continue;
      if (d->suppressed) s.put(first + a, c, text(suppressedText(r.minN), CellStyle::Suppressed));
      else s.put(first + a, c, number(d->r, CellStyle::Correlation));
      s.put(first + a, c + 1, number(static_cast<double>(d->n), CellStyle::Count));
      s.put(first + a, c + 2, number(d->statedImportance, CellStyle::Mean));
    }
  }
  if (!r.attributes.empty())
    for (std::size_t g = 0; g < r.groups.size(); ++g)
      applyFills(s.layout(), {first, 1 + g * kBlock, first + r.attributes.size() - 1, 1 + g * kBlock}, true);
  if (!r.keyDriverModels.empty()) layoutKeyDrivers(s, r, first + r.attributes.size() + 1);
  s.layout().freezeRows = first;
  s.layout().freezeColumns = 1;
  return s.finish();
}

// ------------------------------------------------------------------------ NPS

SheetLayout nps(const Results& r) {
  Sheet s(tr("report.nps.sheet"), tr("report.nps.title"), tr("report.nps.note"));
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  const std::size_t header = 4;
  const char* heads[] = {"report.head.group",
                         "report.head.role",
                         "report.head.n",
                         "report.head.nps",
                         "report.head.ciLow",
                         "report.head.ciHigh",
                         "report.head.promoters",
                         "report.head.passives",
                         "report.head.detractors",
                         "report.head.promotersPercent",
                         "report.head.detractorsPercent"};
  for (std::size_t c = 0; c < std::size(heads); ++c)
    s.put(header, c, text(tr(heads[c]), CellStyle::Header));
  std::size_t row = header + 1;
  for (const NpsResult& n : r.nps) {
    const GroupResult& g = r.groups[n.group];
    const NpsEstimate& e = n.estimate;
    s.put(row, 0, text(groupName(g)));
    s.put(row, 1, text(g.name == kAllGroupName ? "" : roleLabel(g.role), CellStyle::Plain));
    s.put(row, 2, number(static_cast<double>(e.n), CellStyle::Count));
    if (n.suppressed) {
      s.put(row, 3, text(suppressedText(r.minN), CellStyle::Suppressed));
    } else {
      s.put(row, 3, number(e.score, CellStyle::Percent));
      s.put(row, 4, number(e.ciLow, CellStyle::Interval));
      s.put(row, 5, number(e.ciHigh, CellStyle::Interval));
    }
    if (n.suppressed) {
      for (std::size_t c = 6; c <= 10; ++c)
        s.put(row, c, text(suppressedText(r.minN), CellStyle::Suppressed));
    } else {
      s.put(row, 6, number(static_cast<double>(e.promoters), CellStyle::Count));
      s.put(row, 7, number(static_cast<double>(e.passives), CellStyle::Count));
      s.put(row, 8, number(static_cast<double>(e.detractors), CellStyle::Count));
    }
    if (e.n > 0 && !n.suppressed) {
      s.put(row, 9, number(100.0 * static_cast<double>(e.promoters) / static_cast<double>(e.n), CellStyle::Percent));
      s.put(row, 10, number(100.0 * static_cast<double>(e.detractors) / static_cast<double>(e.n), CellStyle::Percent));
    }
    ++row;
  }
  if (!r.nps.empty()) applyFills(s.layout(), {header + 1, 3, row - 1, 3}, true);
  ++row;
  if (!r.npsDifferences.empty()) {
    s.put(row++, 0, text(tr("report.nps.differences"), CellStyle::Section));
    const char* diffHeads[] = {"report.head.supporting", "report.head.primary",
                               "report.head.npsDifference", "report.head.ciLow",
                               "report.head.ciHigh"};
    for (std::size_t c = 0; c < std::size(diffHeads); ++c)
      s.put(row, c, text(tr(diffHeads[c]), CellStyle::Header));
    ++row;
    for (const NpsComparison& d : r.npsDifferences) {
      s.put(row, 0, text(r.groups[d.supportingGroup].name));
      s.put(row, 1, text(r.groups[d.primaryGroup].name));
      if (!std::isfinite(d.difference.difference)) {
        s.put(row, 2, text(suppressedText(r.minN), CellStyle::Suppressed));
      } else {
        s.put(row, 2, number(d.difference.difference, CellStyle::Percent));
        s.put(row, 3, number(d.difference.ciLow, CellStyle::Interval));
        s.put(row, 4, number(d.difference.ciHigh, CellStyle::Interval));
      }
      ++row;
    }
    ++row;
  }
  s.put(row++, 0, text(tr("report.nps.distribution"), CellStyle::Section));
  const std::size_t distHeader = row++;
  s.put(distHeader, 0, text(tr("report.head.answer"), CellStyle::Header));
  for (std::size_t i = 0; i < r.nps.size(); ++i) {
    const GroupResult& g = r.groups[r.nps[i].group];
    s.put(distHeader, 1 + i, text(groupName(g), CellStyle::Header));
  }
  for (std::size_t k = 0; k <= 10; ++k) {
    // Text, so that the chart takes the answers as categories, not as a series.
    s.put(row + k, 0, text(std::to_string(k)));
    for (std::size_t i = 0; i < r.nps.size(); ++i) {
      if (r.nps[i].suppressed)
        s.put(row + k, 1 + i, text(suppressedText(r.minN), CellStyle::Suppressed));
      else
        s.put(row + k, 1 + i,
              number(static_cast<double>(r.nps[i].distribution[k]), CellStyle::Count));
    }
  }
  if (!r.nps.empty()) {
    ChartSpec chart;
    chart.name = "NPS distribution";
    chart.title = tr("report.nps.chartTitle");
    chart.kind = ChartKind::Column;
    chart.data = {distHeader, 0, row + 10, r.nps.size()};
    chart.anchorRow = distHeader;
    chart.anchorColumn = r.nps.size() + 2;
    chart.widthColumns = 8;
    chart.heightRows = 16;
    chart.xTitle = tr("report.head.answer");
    chart.yTitle = tr("report.head.respondents");
    s.layout().charts.push_back(chart);
  }
  s.layout().freezeRows = header + 1;
  return s.finish();
}

// ----------------------------------------------------------------------- Kano

std::string categoryName(const std::optional<KanoCategory>& c) {
  if (!c) return "";
  switch (*c) {
    case KanoCategory::Attractive:
      return tr("report.kano.attractive");
    case KanoCategory::OneDimensional:
      return tr("report.kano.oneDimensional");
    case KanoCategory::MustBe:
      return tr("report.kano.mustBe");
    case KanoCategory::Indifferent:
      return tr("report.kano.indifferent");
    case KanoCategory::Reverse:
      return tr("report.kano.reverse");
    case KanoCategory::Questionable:
      return tr("report.kano.questionable");
  }
  return "";
}

SheetLayout kano(const Results& r) {
  Sheet s(tr("report.kano.sheet"), tr("report.kano.title"), tr("report.kano.note"));
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  const std::size_t header = 4;
  const std::string heads[] = {tr("report.head.attribute"),
                               tr("report.head.group"),
                               "A",
                               "O",
                               "M",
                               "I",
                               "R",
                               "Q",
                               tr("report.head.category"),
                               tr("report.head.byRule"),
                               tr("report.head.totalStrength"),
                               tr("report.head.categoryStrength"),
                               tr("report.head.better"),
                               tr("report.head.worse"),
                               tr("report.head.significant"),
                               tr("report.head.note")};
  for (std::size_t c = 0; c < std::size(heads); ++c) s.put(header, c, text(heads[c], CellStyle::Header));
  std::size_t row = header + 1;
  std::vector<const KanoResult*> all;
  for (const KanoResult& k : r.kano) {
    const KanoSummary& m = k.summary;
    s.put(row, 0, text(r.kanoAttributes[k.attribute]));
    const GroupResult& g = r.groups[k.group];
    s.put(row, 1, text(groupName(g)));
    if (k.suppressed) {
      for (std::size_t c = 0; c < kKanoCategoryCount; ++c)
        s.put(row, 2 + c, text(suppressedText(r.minN), CellStyle::Suppressed));
      s.put(row, 8, text(suppressedText(r.minN), CellStyle::Suppressed));
    } else {
      for (std::size_t c = 0; c < kKanoCategoryCount; ++c)
        s.put(row, 2 + c, number(static_cast<double>(m.counts[c]), CellStyle::Count));
      if (k.unreliable)
        s.put(
            row, 15,
            text(tr("report.kano.unreliable", {std::to_string(kMinKanoAnswers)}), CellStyle::Flag));
      s.put(row, 8, text(categoryName(m.category), m.category == KanoCategory::MustBe ? CellStyle::Flag : CellStyle::Label));
      s.put(row, 9, text(categoryName(m.categoryByRule)));
      s.put(row, 10, number(m.totalStrength, CellStyle::Percent));
      s.put(row, 11, number(m.categoryStrength, CellStyle::Percent));
      s.put(row, 12, number(m.better, CellStyle::Correlation));
      s.put(row, 13, number(m.worse, CellStyle::Correlation));
      if (m.fongSignificant)
        s.put(row, 14, text(tr(*m.fongSignificant ? "report.yes" : "report.no"), CellStyle::Plain));
      if (k.group == 0) all.push_back(&k);
    }
    ++row;
  }
  if (!all.empty()) {
    ++row;
    s.put(row++, 0, text(tr("report.kano.chartData"), CellStyle::Section));
    const std::size_t chartHeader = row++;
    s.put(chartHeader, 0, text(tr("report.head.attribute"), CellStyle::Header));
    s.put(chartHeader, 1, text(tr("report.kano.dissatisfactionIfAbsent"), CellStyle::Header));
    s.put(chartHeader, 2, text(tr("report.kano.satisfactionIfPresent"), CellStyle::Header));
    for (const KanoResult* k : all) {
      s.put(row, 0, text(r.kanoAttributes[k->attribute]));
      s.put(row, 1, number(std::fabs(k->summary.worse), CellStyle::Correlation));
      s.put(row, 2, number(k->summary.better, CellStyle::Correlation));
      ++row;
    }
    ChartSpec chart;
    chart.name = "Kano Better-Worse";
    chart.title = tr("report.kano.chartTitle");
    chart.kind = ChartKind::Scatter;
    chart.data = {chartHeader, 1, row - 1, 2};
    chart.anchorRow = chartHeader;
    chart.anchorColumn = 4;
    chart.widthColumns = 7;
    chart.heightRows = 18;
    chart.xTitle = tr("report.kano.dissatisfactionIfAbsent");
    chart.yTitle = tr("report.kano.satisfactionIfPresent");
    chart.crossX = 0.5;
    chart.crossY = 0.5;
    s.layout().charts.push_back(chart);
  }
  s.layout().freezeRows = header + 1;
  s.layout().freezeColumns = 1;
  return s.finish();
}

// ---------------------------------------------------- Assumptions vs Evidence

SheetLayout assumptions(const Results& r, std::string_view decimal) {
  Sheet s(tr("report.assumptions.sheet"), tr("report.assumptions.title"),
          tr("report.assumptions.note", {formatDecimal(0.5, 1, decimal)}));
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  std::size_t row = 4;
  for (const AssumptionCheck& c : r.assumptions) {
    const std::string group =
        c.groupFound ? c.group : tr("report.assumptions.notInTable", {c.group});
    const std::string evidence =
        tr(c.evidence == Evidence::Stated    ? "report.assumptions.evidenceStated"
           : c.evidence == Evidence::Derived ? "report.assumptions.evidenceDerived"
                                             : "report.assumptions.evidenceNone");
    std::string heading =
        tr("report.assumptions.heading",
           {group, evidence, formatDecimal(c.rho, 2, decimal), std::to_string(c.n)});
    s.put(row++, 0,
          text(heading, !c.fewItems && std::isfinite(c.rho) && c.rho < 0.5 ? CellStyle::Flag
                                                                           : CellStyle::Section));
    if (c.fewItems)
      s.put(row++, 0,
            text(tr("report.assumptions.fewItems", {std::to_string(kMinAssumptionItems)}),
                 CellStyle::Plain));
    const std::size_t header = row++;
    const char* heads[] = {"report.head.attribute",     "report.head.predicted",
                           "report.head.measured",      "report.head.bias",
                           "report.head.predictedRank", "report.head.measuredRank"};
    for (std::size_t k = 0; k < std::size(heads); ++k)
      s.put(header, k, text(tr(heads[k]), CellStyle::Header));
    for (const AssumptionItem& i : c.items) {
      s.put(row, 0,
            text(i.found ? i.attribute : tr("report.assumptions.notInTable", {i.attribute})));
      s.put(row, 1, number(i.predicted, CellStyle::Mean));
      s.put(row, 2, number(i.measured, c.evidence == Evidence::Derived ? CellStyle::Correlation : CellStyle::Mean));
      s.put(row, 3, number(i.bias, CellStyle::Signed));
      s.put(row, 4, number(i.predictedRank, CellStyle::Mean));
      s.put(row, 5, number(i.measuredRank, CellStyle::Mean));
      ++row;
    }
    if (!c.items.empty()) applyFills(s.layout(), {header + 1, 3, row - 1, 3}, false);
    ++row;
  }
  s.layout().freezeRows = 4;
  return s.finish();
}

// --------------------------------------------------------------------- Voices

std::string languagesText(const VoicesResult& v) {
  std::string out;
  for (const CommentColumnLanguage& c : v.columns) {
    std::string one = tr("report.voices.language." + std::string(languageCode(c.language)));
    if (c.mixed) one = tr("report.voices.mixed", {one});
    if (out.find(one) == std::string::npos) out += (out.empty() ? "" : ", ") + one;
  }
  return out;
}

std::string voicesGroupName(const std::string& group) {
  return group == kAllGroupName ? tr("report.allRespondents") : group;
}

void putHeads(Sheet& s, std::size_t row, std::initializer_list<const char*> keys) {
  std::size_t c = 0;
  for (const char* k : keys) s.put(row, c++, text(tr(k), CellStyle::Header));
}

// The codebook's themes by group: mentions, their share with its Wilson
// interval, and the overall satisfaction of those who mention the theme
// against the other commenters (Welch interval). Then a chart of the shares
// and the quotes. Returns the next free row.
std::size_t layoutThemes(Sheet& s, const Results& r, std::size_t row) {
  const VoicesResult& v = *r.voices;
  const std::string few = suppressedText(r.minN);
  s.put(row++, 0, text(tr("report.voices.themes"), CellStyle::Section));
  putHeads(
      s, row++,
      {"report.head.theme", "report.head.group", "report.head.commenters", "report.head.mentions",
       "report.head.sharePercent", "report.head.ciLow", "report.head.ciHigh",
       "report.head.overallWith", "report.head.overallWithout", "report.head.difference",
       "report.head.ciLow", "report.head.ciHigh", "report.head.note", "report.head.attribute"});
  for (const ThemeResult& t : v.themes) {
    for (const ThemeGroupStats& g : t.byGroup) {
      // A group that does not mention the theme, or is too small to show, is
      // left out: the line under the table says so.
      const bool all = g.group == kAllGroupName;
      if (!all && (g.suppressed || g.share.k == 0)) continue;
      // The attribute last: a long name runs on to the right and leaves the
      // figures on screen.
      s.put(row, 0, text(t.theme.name));
      s.put(row, 1, text(voicesGroupName(g.group)));
      s.put(row, 2, number(static_cast<double>(g.commenters), CellStyle::Count));
      s.put(row, 13, text(t.theme.attribute, CellStyle::Plain));
      if (g.suppressed) {
        for (std::size_t c = 3; c <= 11; ++c) s.put(row, c, text(few, CellStyle::Suppressed));
        ++row;
        continue;
      }
      s.put(row, 3, number(static_cast<double>(g.share.k), CellStyle::Count));
      s.put(row, 4, number(100.0 * g.share.share, CellStyle::Percent));
      s.put(row, 5, number(100.0 * g.share.ciLow, CellStyle::Interval));
      s.put(row, 6, number(100.0 * g.share.ciHigh, CellStyle::Interval));
      s.put(row, 7, number(g.overallWith, CellStyle::Mean));
      s.put(row, 8, number(g.overallWithout, CellStyle::Mean));
      s.put(row, 9, number(g.difference.difference, CellStyle::Signed));
      s.put(row, 10, number(g.difference.ciLow, CellStyle::Interval));
      s.put(row, 11, number(g.difference.ciHigh, CellStyle::Interval));
      if (g.difference.ciHigh < 0.0)
        s.put(row, 12, text(tr("report.voices.lower"), CellStyle::Flag));
      else if (g.difference.ciLow > 0.0)
        s.put(row, 12, text(tr("report.voices.higher"), CellStyle::Label));
      ++row;
    }
  }
  std::vector<std::string> small;
  if (!v.themes.empty())
    for (const ThemeGroupStats& g : v.themes.front().byGroup)
      if (g.suppressed && g.group != kAllGroupName) small.push_back(g.group);
  std::string smallText;
  for (const std::string& g : small) smallText += (smallText.empty() ? "" : ", ") + g;
  s.put(row++, 0,
        text(small.empty() ? tr("report.voices.leftOut")
                           : tr("report.voices.leftOutSmall", {few, smallText}),
             CellStyle::Plain));
  ++row;

  // The chart's table: a theme a row, a group a column, the share in %.
  std::vector<std::string> groups;
  for (const ThemeResult& t : v.themes)
    for (const ThemeGroupStats& g : t.byGroup)
      if (g.group != kAllGroupName && !g.suppressed &&
          std::find(groups.begin(), groups.end(), g.group) == groups.end())
        groups.push_back(g.group);
  if (!groups.empty()) {
    s.put(row++, 0, text(tr("report.voices.shares"), CellStyle::Section));
    const std::size_t header = row++;
    s.put(header, 0, text(tr("report.head.theme"), CellStyle::Header));
    for (std::size_t i = 0; i < groups.size(); ++i)
      s.put(header, 1 + i, text(groups[i], CellStyle::Header));
    for (const ThemeResult& t : v.themes) {
      s.put(row, 0, text(t.theme.name));
      for (std::size_t i = 0; i < groups.size(); ++i)
        for (const ThemeGroupStats& g : t.byGroup)
          if (g.group == groups[i] && !g.suppressed)
            s.put(row, 1 + i, number(100.0 * g.share.share, CellStyle::Percent));
      ++row;
    }
    ChartSpec chart;
    chart.name = "Voices themes";
    chart.title = tr("report.voices.chartTitle");
    chart.kind = ChartKind::Column;
    chart.data = {header, 0, row - 1, groups.size()};
    chart.anchorRow = header;
    chart.anchorColumn = groups.size() + 2;
    chart.widthColumns = 8;
    chart.heightRows = std::max<std::size_t>(16, row - header + 2);
    chart.xTitle = tr("report.head.theme");
    chart.yTitle = tr("report.head.sharePercent");
    s.layout().charts.push_back(chart);
    row = std::max(row, header + chart.heightRows) + 1;
  }

  s.put(row++, 0, text(tr("report.voices.quotes"), CellStyle::Section));
  putHeads(s, row++,
           {"report.head.theme", "report.head.group", "report.head.row", "report.head.quote"});
  for (const ThemeResult& t : v.themes)
    for (const VoiceQuote& q : t.quotes) {
      s.put(row, 0, text(t.theme.name));
      s.put(row, 1, text(voicesGroupName(q.group)));
      s.put(row, 2, number(static_cast<double>(q.row), CellStyle::Count));
      s.put(row, 3, text(q.text, CellStyle::Plain));
      ++row;
    }
  return row + 1;
}

// What customers wrote, read against the codebook (the document's `Themes`
// sheet or cfocus --themes): the themes, the comments on each rated attribute
// and each group's most distinctive words. Groups below the minimum n show
// "n<5" and no quote; quotes are masked before they get here.
SheetLayout voices(const Results& r) {
  const VoicesResult& v = *r.voices;
  Sheet s(tr("report.voices.sheet"), tr("report.voices.title"), tr("report.voices.note"));
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  s.put(3, 0,
        text(tr("report.voices.read", {std::to_string(v.commenters), languagesText(v)}),
             CellStyle::Plain));
  std::size_t row = 5;
  if (v.themes.empty()) {
    s.put(row, 0, text(tr("report.voices.noCodebook"), CellStyle::Plain));
    row += 2;
  } else {
    row = layoutThemes(s, r, row);
  }

  if (!v.attributes.empty()) {
    s.put(row++, 0, text(tr("report.voices.attributes"), CellStyle::Section));
    putHeads(s, row++,
             {"report.head.attribute", "report.head.group", "report.head.commenters",
              "report.head.mentions", "report.head.row", "report.head.quote"});
    for (const AttributeMentions& a : v.attributes)
      for (const AttributeMentionStats& g : a.byGroup) {
        if (g.group == kAllGroupName) continue;
        s.put(row, 0, text(a.attribute));
        s.put(row, 1, text(g.group));
        s.put(row, 2, number(static_cast<double>(g.commenters), CellStyle::Count));
        if (g.suppressed) {
          s.put(row, 3, text(suppressedText(r.minN), CellStyle::Suppressed));
        } else {
          s.put(row, 3, number(static_cast<double>(g.count), CellStyle::Count));
          if (g.quote) {
            s.put(row, 4, number(static_cast<double>(g.quote->row), CellStyle::Count));
            s.put(row, 5, text(g.quote->text, CellStyle::Plain));
          }
        }
        ++row;
      }
    ++row;
  }

  s.put(row++, 0, text(tr("report.voices.terms"), CellStyle::Section));
  if (v.distinctiveTerms.empty()) {
    s.put(row++, 0, text(tr("report.voices.noTerms"), CellStyle::Plain));
  } else {
    putHeads(s, row++,
             {"report.head.group", "report.head.term", "report.head.uses", "report.head.logOdds",
              "report.head.z"});
    for (const DistinctiveTerm& t : v.distinctiveTerms) {
      s.put(row, 0, text(t.group));
      s.put(row, 1, text(t.term, CellStyle::Plain));
      s.put(row, 2, number(static_cast<double>(t.count), CellStyle::Count));
      s.put(row, 3, number(t.logOdds, CellStyle::Mean));
      s.put(row, 4, number(t.z, CellStyle::Mean));
      ++row;
    }
  }
  s.layout().freezeRows = 4;
  return s.finish();
}

// --------------------------------------------------------------------- Trends

// The Trends sheet cuts its own labels at kMaxLabelBytes, as layoutReport cuts
// those of the other sheets: its sentences are longer than a label and keep
// their numbers (describeChanges shortens the names inside them instead).
ReportCell label(std::string_view name, CellStyle style = CellStyle::Label) {
  return text(name.size() > kMaxLabelBytes ? clipText(name, kMaxLabelBytes) : std::string(name),
              style);
}

constexpr std::size_t kTrendCharts = 8;  // groups with a line chart
constexpr std::size_t kTrendSeries = 5;  // attributes on a group's chart
constexpr std::size_t kTrendChartRows = 20;

// The row above a table's column heads: each wave's name over its four
// columns, then `change` over the change's columns.
void putWaveHeads(Sheet& s, std::size_t row, std::size_t labels, const WavesResult& w,
                  const std::string& change, std::size_t changeColumns) {
  for (std::size_t c = 0; c < labels; ++c) s.put(row, c, text("", CellStyle::Header));
  const auto block = [&](std::size_t c, std::string_view name, std::size_t width) {
    s.put(row, c, label(name, CellStyle::Header));
    for (std::size_t k = 1; k < width; ++k) s.put(row, c + k, text("", CellStyle::Header));
    s.layout().merged.push_back({row, c, row, c + width - 1});
  };
  for (std::size_t i = 0; i < w.waves.size(); ++i) block(labels + 4 * i, w.waves[i].name, 4);
  block(labels + 4 * w.waves.size(), change, changeColumns);
}

// One wave of a row: n, then the value and its interval, "n<5" when
// withheld, nothing when the wave did not ask.
void putWavePoint(Sheet& s, std::size_t row, std::size_t column, bool present, bool suppressed,
                  std::uint64_t n, double value, double low, double high, CellStyle style,
                  std::size_t minN) {
  if (!present) return;
  s.put(row, column, number(static_cast<double>(n), CellStyle::Count));
  if (suppressed) {
    for (std::size_t k = 1; k <= 3; ++k)
      s.put(row, column + k, text(suppressedText(minN), CellStyle::Suppressed));
    return;
  }
  s.put(row, column + 1, number(value, style));
  s.put(row, column + 2, number(low, CellStyle::Interval));
  s.put(row, column + 3, number(high, CellStyle::Interval));
}

// The satisfaction trends a group's chart follows: the attributes most
// important in the last wave first; without importance, the largest change
// first. At most kTrendSeries, each shown in some wave.
std::vector<const Trend*> chartedTrends(const WavesResult& w, const std::string& group) {
  struct Ranked {
    const Trend* trend;
    double importance;
    double change;
  };
  std::vector<Ranked> ranked;
  for (const Trend& t : w.trends) {
    if (t.group != group || t.measure != TrendMeasure::Satisfaction) continue;
    if (std::none_of(t.byWave.begin(), t.byWave.end(),
                     [](const TrendPoint& p) { return p.shown(); }))
      continue;
    double importance = kNotComputable;
    for (const Trend& i : w.trends)
      if (i.group == group && i.attribute == t.attribute && i.measure == TrendMeasure::Importance &&
          !i.byWave.empty() && i.byWave.back().shown())
        importance = i.byWave.back().estimate.mean;
    ranked.push_back({&t, importance, std::fabs(t.change.difference)});
  }
  const auto key = [](const Ranked& r) {
    return std::make_tuple(
        std::isfinite(r.importance) ? 0 : 1, std::isfinite(r.importance) ? -r.importance : 0.0,
        std::isfinite(r.change) ? 0 : 1, std::isfinite(r.change) ? -r.change : 0.0);
  };
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](const Ranked& a, const Ranked& b) { return key(a) < key(b); });
  std::vector<const Trend*> out;
  for (std::size_t i = 0; i < ranked.size() && i < kTrendSeries; ++i)
    out.push_back(ranked[i].trend);
  return out;
}

// The chart data of one line chart: a header row (`corner`, then a series
// a column), then a wave a row. Returns the chart, anchored under its data.
ChartSpec putLineChart(Sheet& s, std::size_t header, const WavesResult& w,
                       const std::string& corner, const std::vector<std::string>& series,
                       const std::function<double(std::size_t, std::size_t)>& value,
                       CellStyle style) {
  s.put(header, 0, label(corner, CellStyle::Header));
  for (std::size_t k = 0; k < series.size(); ++k)
    s.put(header, 1 + k, text(shortenedLabel(series[k], 30), CellStyle::Header));
  for (std::size_t i = 0; i < w.waves.size(); ++i) {
    // Text, so that the chart takes the waves as categories even when they
    // are years.
    s.put(header + 1 + i, 0, label(w.waves[i].name));
    for (std::size_t k = 0; k < series.size(); ++k)
      s.put(header + 1 + i, 1 + k, number(value(k, i), style));
  }
  ChartSpec chart;
  chart.kind = ChartKind::Line;
  chart.data = {header, 0, header + w.waves.size(), series.size()};
  chart.anchorRow = header + w.waves.size() + 2;
  chart.anchorColumn = 0;
  chart.widthColumns = 4;
  chart.heightRows = kTrendChartRows;
  chart.xTitle = tr("report.head.wave");
  return chart;
}

// The survey over time (results.waves): what changed from the wave before the
// last to the last in sentences, every group × attribute × measure by wave
// with the change and its q, the NPS by wave, and a line chart per group of
// the satisfaction of its most important attributes. NPS is on another scale
// (−100 to 100) than the means, so its lines share one chart of their own.
SheetLayout trends(const Results& r, std::string_view decimal) {
  const WavesResult& w = *r.waves;
  const std::size_t waves = w.waves.size(), last = waves - 1;
  const std::string from = w.waves[last - 1].name, to = w.waves[last].name;
  Sheet s(tr("report.trends.sheet"), tr("report.trends.title"),
          tr("report.trends.note", {suppressedText(r.minN), std::to_string(w.comparisons),
                                    formatDecimal(0.05, 2, decimal)}));
  std::string list;
  for (const WaveInfo& info : w.waves)
    list += (list.empty() ? "" : ", ") +
            tr("report.trends.wave", {shortenedLabel(info.name, 60), std::to_string(info.n)});
  s.put(2, 0,
        text(tr("report.trends.waves",
                {list, shortenedLabel(w.waves[std::min(w.analysed, last)].name, 60)}),
             CellStyle::Plain));

  std::size_t row = 4;
  s.put(row++, 0,
        label(tr("report.trends.whatChanged", {shortenedLabel(from, 60), shortenedLabel(to, 60)}),
              CellStyle::Section));
  for (std::string& sentence : describeChanges(w, decimal))
    s.put(row++, 0, text(std::move(sentence), CellStyle::Plain));
  for (std::string& sentence : describePartial(w))
    s.put(row++, 0, text(std::move(sentence), CellStyle::Plain));
  ++row;

  // Group, attribute, measure; n, mean, interval a wave; the last change.
  const std::string change = tr("report.trends.change", {from, to});
  const std::size_t changeColumn = 3 + 4 * waves;
  putWaveHeads(s, row++, 3, w, change, 6);
  const std::size_t header = row++;
  putHeads(s, header, {"report.head.group", "report.head.attribute", "report.head.measure"});
  for (std::size_t i = 0; i < waves; ++i) {
    const std::size_t c = 3 + 4 * i;
    s.put(header, c, text(tr("report.head.n"), CellStyle::Header));
    s.put(header, c + 1, text(tr("report.head.mean"), CellStyle::Header));
    s.put(header, c + 2, text(tr("report.head.ciLow"), CellStyle::Header));
    s.put(header, c + 3, text(tr("report.head.ciHigh"), CellStyle::Header));
  }
  const char* changeHeads[] = {"report.head.change", "report.head.ciLow", "report.head.ciHigh",
                               "report.head.p",      "report.head.q",     "report.head.finding"};
  for (std::size_t k = 0; k < std::size(changeHeads); ++k)
    s.put(header, changeColumn + k, text(tr(changeHeads[k]), CellStyle::Header));
  if (w.trends.empty()) s.put(row++, 0, text(tr("report.trends.noTrend"), CellStyle::Plain));
  for (const Trend& t : w.trends) {
    s.put(row, 0, label(trendGroupName(t.group)));
    s.put(row, 1, label(t.attribute));
    s.put(row, 2,
          text(tr(t.measure == TrendMeasure::Importance ? "report.head.importance"
                                                        : "report.head.satisfaction"),
               CellStyle::Plain));
    for (std::size_t i = 0; i < waves && i < t.byWave.size(); ++i) {
      const TrendPoint& p = t.byWave[i];
      putWavePoint(s, row, 3 + 4 * i, p.present, p.suppressed, p.estimate.n, p.estimate.mean,
                   p.estimate.ciLow, p.estimate.ciHigh, CellStyle::Mean, r.minN);
    }
    s.put(row, changeColumn, number(t.change.difference, CellStyle::Signed));
    s.put(row, changeColumn + 1, number(t.change.ciLow, CellStyle::Interval));
    s.put(row, changeColumn + 2, number(t.change.ciHigh, CellStyle::Interval));
    s.put(row, changeColumn + 3, number(t.change.p, CellStyle::Probability));
    s.put(row, changeColumn + 4, number(t.change.q, CellStyle::Probability));
    if (t.change.significant())
      s.put(row, changeColumn + 5, text(tr("report.trends.real"), CellStyle::Flag));
    ++row;
  }
  // The NPS of each group, in the same columns, so that the header names
  // them too: the score for the mean, its change without p and q (flagged
  // when the adjusted-Wald interval excludes 0).
  for (const NpsTrend& t : w.npsTrends) {
    s.put(row, 0, label(trendGroupName(t.group)));
    s.put(row, 1, text(tr("report.trends.nps"), CellStyle::Label));
    s.put(row, 2, text(tr("report.head.nps"), CellStyle::Plain));
    for (std::size_t i = 0; i < waves && i < t.byWave.size(); ++i) {
      const NpsPoint& p = t.byWave[i];
      putWavePoint(s, row, 3 + 4 * i, p.present, p.suppressed, p.estimate.n, p.estimate.score,
                   p.estimate.ciLow, p.estimate.ciHigh, CellStyle::Percent, r.minN);
    }
    s.put(row, changeColumn, number(t.change.difference, CellStyle::Percent));
    s.put(row, changeColumn + 1, number(t.change.ciLow, CellStyle::Interval));
    s.put(row, changeColumn + 2, number(t.change.ciHigh, CellStyle::Interval));
    if (t.change.ciLow > 0.0 || t.change.ciHigh < 0.0)
      s.put(row, changeColumn + 5, text(tr("report.trends.real"), CellStyle::Flag));
    ++row;
  }
  // Nothing is frozen: the note and the sentences above the table would
  // take half the window, and the charts are below it.

  // The charts' data: a block a chart, the chart under it.
  std::vector<std::string> groups;
  for (const Trend& t : w.trends)
    if (std::find(groups.begin(), groups.end(), t.group) == groups.end()) groups.push_back(t.group);
  std::vector<std::pair<std::string, std::vector<const Trend*>>> charted;
  for (const std::string& g : groups) {
    if (charted.size() == kTrendCharts) break;
    std::vector<const Trend*> series = chartedTrends(w, g);
    if (!series.empty()) charted.emplace_back(g, std::move(series));
  }
  std::vector<const NpsTrend*> npsCharted;
  for (const NpsTrend& t : w.npsTrends)
    if (npsCharted.size() < kTrendCharts &&
        std::any_of(t.byWave.begin(), t.byWave.end(), [](const NpsPoint& p) { return p.shown(); }))
      npsCharted.push_back(&t);
  if (!charted.empty() || !npsCharted.empty()) {
    ++row;
    s.put(row++, 0, text(tr("report.trends.chartData"), CellStyle::Section));
  }
  for (std::size_t g = 0; g < charted.size(); ++g) {
    const std::vector<const Trend*>& series = charted[g].second;
    std::vector<std::string> names;
    for (const Trend* t : series) names.push_back(t->attribute);
    const std::size_t top = row;
    ChartSpec chart = putLineChart(
        s, top, w, trendGroupName(charted[g].first), names,
        [&](std::size_t k, std::size_t i) {
          return i < series[k]->byWave.size() && series[k]->byWave[i].shown()
                     ? series[k]->byWave[i].estimate.mean
                     : kNotComputable;
        },
        CellStyle::Mean);
    chart.name = "Trend " + std::to_string(g + 1);
    // From the whole number below the lowest mean to the one above the
    // highest: 2 to 5 rather than 0 to 4.5.
    double low = kNotComputable, high = kNotComputable;
    for (const Trend* t : series)
      for (const TrendPoint& p : t->byWave)
        if (p.shown()) {
          low = std::isfinite(low) ? std::min(low, p.estimate.mean) : p.estimate.mean;
          high = std::isfinite(high) ? std::max(high, p.estimate.mean) : p.estimate.mean;
        }
    if (std::isfinite(low)) {
      chart.yMin = std::floor(low);
      chart.yMax = std::max(std::ceil(high), chart.yMin + 1.0);
    }
    chart.title = tr("report.trends.chartTitle", {trendGroupName(charted[g].first)});
    chart.yTitle = tr("report.trends.meanSatisfaction");
    s.layout().charts.push_back(chart);
    row = top + waves + 2 + kTrendChartRows + 1;
  }
  if (!npsCharted.empty()) {
    std::vector<std::string> names;
    for (const NpsTrend* t : npsCharted) names.push_back(trendGroupName(t->group));
    const std::size_t top = row;
    ChartSpec chart = putLineChart(
        s, top, w, tr("report.head.wave"), names,
        [&](std::size_t k, std::size_t i) {
          return i < npsCharted[k]->byWave.size() && npsCharted[k]->byWave[i].shown()
                     ? npsCharted[k]->byWave[i].estimate.score
                     : kNotComputable;
        },
        CellStyle::Percent);
    chart.name = "Trend NPS";
    chart.title = tr("report.trends.npsChartTitle");
    chart.yTitle = tr("report.head.nps");
    s.layout().charts.push_back(chart);
  }
  for (ChartSpec& chart : s.layout().charts)
    if (chart.title.size() > kMaxLabelBytes) chart.title = clipText(chart.title, kMaxLabelBytes);
  return s.finish();
}

}  // namespace

std::string suppressedText(std::size_t minN) { return "n<" + std::to_string(minN); }

std::uint32_t scaleFill(double position) {
  if (!std::isfinite(position)) return kNoFill;
  const double p = std::round(std::clamp(position, 0.0, 1.0) * 10.0) / 10.0;
  // Red (F8696B) → pale yellow (FFEB84) → green (63BE7B): Calc's own 3-colour scale.
  auto mix = [](double a, double b, double t) { return static_cast<std::uint32_t>(std::lround(a + (b - a) * t)); };
  double r, g, b;
  if (p < 0.5) {
    const double t = p / 0.5;
    r = mix(0xF8, 0xFF, t), g = mix(0x69, 0xEB, t), b = mix(0x6B, 0x84, t);
  } else {
    const double t = (p - 0.5) / 0.5;
    r = mix(0xFF, 0x63, t), g = mix(0xEB, 0xBE, t), b = mix(0x84, 0x7B, t);
  }
  return (static_cast<std::uint32_t>(r) << 16) | (static_cast<std::uint32_t>(g) << 8) | static_cast<std::uint32_t>(b);
}

std::vector<SheetLayout> layoutReport(const Results& results, std::string_view decimalSeparator) {
  std::vector<SheetLayout> sheets;
  sheets.push_back(valueMatrix(results));
  const bool waves = results.waves && results.waves->waves.size() >= 2;
  sheets.push_back(priorities(results, decimalSeparator));
  sheets.push_back(primaryVsSupporting(results));
  if (!results.outcomeName.empty()) sheets.push_back(derivedImportance(results, decimalSeparator));
  if (results.hasNps && !results.nps.empty()) sheets.push_back(nps(results));
  if (!results.kanoAttributes.empty()) sheets.push_back(kano(results));
  if (!results.assumptions.empty()) sheets.push_back(assumptions(results, decimalSeparator));
  if (results.voices && results.voices->commenters > 0) sheets.push_back(voices(results));
  // Group and attribute names come from the user's table. Calc needs minutes
  // to fit a wrapped cell or a chart title around a thousand characters
  // without a space, and the office is frozen meanwhile; a label that long is
  // never read in full anyway.
  for (SheetLayout& sheet : sheets) {
    for (auto& row : sheet.rows)
      for (ReportCell& cell : row)
        if (cell.kind == CellKind::Text && cell.style != CellStyle::Note && cell.text.size() > kMaxLabelBytes)
          cell.text = clipText(cell.text, kMaxLabelBytes);
    for (ChartSpec& chart : sheet.charts)
      if (chart.title.size() > kMaxLabelBytes) chart.title = clipText(chart.title, kMaxLabelBytes);
  }
  // What changed is the question of a survey run again, so its answer comes
  // right after the Value Matrix. Trends cuts its own labels (see label()).
  if (waves) sheets.insert(sheets.begin() + 1, trends(results, decimalSeparator));
  return sheets;
}

namespace {

// FNV-1a over the fields fed to it, each with its length so that "ab"+"c"
// and "a"+"bc" differ.
class Fingerprint {
 public:
  Fingerprint& add(std::string_view bytes) {
    add(static_cast<std::uint64_t>(bytes.size()));
    for (unsigned char c : bytes) mix(c);
    return *this;
  }
  Fingerprint& add(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) mix(static_cast<unsigned char>(v >> (8 * i)));
    return *this;
  }
  Fingerprint& add(double v) {
    std::uint64_t bits = 0;
    if (!std::isnan(v)) std::memcpy(&bits, &v, sizeof bits);  // every NaN alike
    return add(bits);
  }
  Fingerprint& add(const CellBlock& b) {
    return add(std::uint64_t{b.firstRow}).add(std::uint64_t{b.firstColumn}).add(std::uint64_t{b.lastRow}).add(
        std::uint64_t{b.lastColumn});
  }
  std::uint64_t value() const { return hash_ & ((std::uint64_t{1} << 52) - 1); }

 private:
  void mix(unsigned char c) {
    hash_ ^= c;
    hash_ *= 0x100000001B3ull;
  }
  std::uint64_t hash_ = 0xCBF29CE484222325ull;
};

}  // namespace

std::uint64_t looksSignature(const SheetLayout& layout) {
  Fingerprint f;
  f.add(layout.name).add(std::uint64_t{layout.rows.size()}).add(std::uint64_t{layout.columns()});
  f.add(std::uint64_t{layout.freezeRows}).add(std::uint64_t{layout.freezeColumns});
  for (const auto& row : layout.rows)
    for (const ReportCell& c : row) {
      f.add(std::uint64_t{static_cast<std::uint8_t>(c.kind)})
          .add(std::uint64_t{static_cast<std::uint8_t>(c.style)})
          .add(std::uint64_t{c.fill});
      if (c.kind == CellKind::Text) f.add(c.text);
    }
  f.add(std::uint64_t{layout.merged.size()});
  for (const CellBlock& m : layout.merged) f.add(m);
  f.add(std::uint64_t{layout.charts.size()});
  for (const ChartSpec& c : layout.charts)
    f.add(c.name)
        .add(c.title)
        .add(std::uint64_t{static_cast<std::uint8_t>(c.kind)})
        .add(c.data)
        .add(std::uint64_t{c.anchorRow})
        .add(std::uint64_t{c.anchorColumn})
        .add(std::uint64_t{c.widthColumns})
        .add(std::uint64_t{c.heightRows})
        .add(c.xTitle)
        .add(c.yTitle)
        .add(c.crossX)
        .add(c.crossY)
        .add(c.yMin)
        .add(c.yMax);
  return f.value();
}

}  // namespace cf::core
