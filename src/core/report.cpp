#include "report.h"

#include "mapping.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

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

std::string fixed(double v, int decimals) {
  if (!std::isfinite(v)) return "–";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// Builds a sheet row by row; rows are padded to a common width at the end.
class Sheet {
 public:
  Sheet(std::string name, std::string title, std::string note) {
    layout_.name = std::move(name);
    put(0, 0, text(std::move(title), CellStyle::Title));
    put(1, 0, text("How to read this: " + std::move(note), CellStyle::Note));
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
  if (g.name == kAllGroupName) return "All respondents (n=" + std::to_string(g.n) + ")";
  return g.name + " (" + std::string(roleName(g.role)) + ", n=" + std::to_string(g.n) + ")";
}

std::string inputLine(const Results& r) {
  return "Rows read: " + std::to_string(r.input.rows) + " · rows used: " +
         std::to_string(r.input.rowsUsed) + " · unusable cells: " + std::to_string(r.input.issueCount) +
         " · minimum n: " + std::to_string(r.minN);
}

std::string quadrantLabel(Quadrant q) {
  switch (q) {
    case Quadrant::Concentrate: return "Concentrate here";
    case Quadrant::Keep: return "Keep up the good work";
    case Quadrant::Low: return "Low priority";
    case Quadrant::Overkill: return "Possible overkill";
    case Quadrant::Uncertain: return "Uncertain";
    case Quadrant::None: break;
  }
  return "";
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
  Sheet s(kValueMatrixSheet, "Value Matrix: what each customer group values, and how satisfied it is",
          "one row per attribute, one block of columns per customer group. Importance and satisfaction "
          "are mean answers on the survey's scale; Gap = importance − satisfaction, so a positive gap "
          "means satisfaction falls short of what the group values. Green is high and red is low; for "
          "the gap, red marks the largest shortfall. " + suppressedText(r.minN) +
          " means too few answers to show a number. The 95% confidence intervals are in the second "
          "table below.");
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  const std::size_t groupRow = 4, headerRow = 5, first = 6;
  const std::size_t groups = r.groups.size(), attrs = r.attributes.size();
  constexpr std::size_t kBlock = 4;
  s.put(groupRow, 0, text("Attribute", CellStyle::Header));
  s.put(headerRow, 0, text("", CellStyle::Header));
  for (std::size_t g = 0; g < groups; ++g) {
    const std::size_t c = 1 + g * kBlock;
    s.put(groupRow, c, text(groupLabel(r.groups[g]), CellStyle::Header));
    for (std::size_t k = 1; k < kBlock; ++k) s.put(groupRow, c + k, text("", CellStyle::Header));
    s.layout().merged.push_back({groupRow, c, groupRow, c + kBlock - 1});
    s.put(headerRow, c, text("n", CellStyle::Header));
    s.put(headerRow, c + 1, text("Importance", CellStyle::Header));
    s.put(headerRow, c + 2, text("Satisfaction", CellStyle::Header));
    s.put(headerRow, c + 3, text("Gap", CellStyle::Header));
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
  s.put(ciTitle, 0, text("95% confidence intervals (Student t)", CellStyle::Section));
  const std::size_t ciGroupRow = ciTitle + 1, ciHeader = ciTitle + 2, ciFirst = ciTitle + 3;
  s.put(ciGroupRow, 0, text("Attribute", CellStyle::Header));
  s.put(ciHeader, 0, text("", CellStyle::Header));
  for (std::size_t g = 0; g < groups; ++g) {
    const std::size_t c = 1 + g * kBlock;
    s.put(ciGroupRow, c, text(groupLabel(r.groups[g]), CellStyle::Header));
    for (std::size_t k = 1; k < kBlock; ++k) s.put(ciGroupRow, c + k, text("", CellStyle::Header));
    s.layout().merged.push_back({ciGroupRow, c, ciGroupRow, c + kBlock - 1});
    s.put(ciHeader, c, text("Importance low", CellStyle::Header));
    s.put(ciHeader, c + 1, text("Importance high", CellStyle::Header));
    s.put(ciHeader, c + 2, text("Satisfaction low", CellStyle::Header));
    s.put(ciHeader, c + 3, text("Satisfaction high", CellStyle::Header));
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
  return s.finish();
}

// ------------------------------------------------------------------ Priorities

const DerivedImportance* derivedOf(const Results& r, std::size_t group, std::size_t attribute) {
  for (const DerivedImportance& d : r.derivedImportance)
    if (d.group == group && d.attribute == attribute) return &d;
  return nullptr;
}

struct PriorityRow {
  std::size_t attribute = 0;
  double x = kNotComputable;  // satisfaction
  double y = kNotComputable;  // importance (stated mean, or derived r)
  double gap = kNotComputable;
  std::string quadrant;
  bool concentrate = false;
};

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
    p.quadrant = quadrantLabel(q);
    p.concentrate = q == Quadrant::Concentrate;
  }
  // Most urgent first: what drives the outcome but satisfies least, then the
  // strengths to keep, each by how strongly it drives the outcome.
  auto rank = [](const PriorityRow& p) {
    return p.quadrant == "Concentrate here" ? 0 : p.quadrant == "Keep up the good work" ? 1
         : p.quadrant == "Low priority"     ? 2 : 3;
  };
  std::stable_sort(rows.begin(), rows.end(), [&](const PriorityRow& a, const PriorityRow& b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    return a.y > b.y;
  });
  return rows;
}

SheetLayout priorities(const Results& r) {
  const bool midpoint = r.crosshair == Crosshair::ScaleMidpoint;
  Sheet s(kPrioritiesSheet, "Priorities: where to act first, for each customer group",
          "each block is one customer group, its attributes ranked by gap (importance − "
          "satisfaction, largest shortfall first). The chart beside it plots satisfaction across and "
          "importance up; the lines cross at " +
              std::string(midpoint ? "the middle of the scale" : "the group's average importance and satisfaction") +
              ". Top left: Concentrate here. Top right: Keep up the good work. Bottom left: Low "
              "priority. Bottom right: Possible overkill. \"Uncertain\" means a 95% confidence "
              "interval crosses a line. Where customers were not asked how important an attribute is, "
              "importance is derived: the correlation of its satisfaction with overall satisfaction.");
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  std::size_t row = 4;
  constexpr std::size_t kChartColumn = 8, kChartRows = 20;
  for (std::size_t g = 0; g < r.groups.size(); ++g) {
    const GroupResult& group = r.groups[g];
    const std::size_t top = row;
    std::vector<PriorityRow> rows;
    double crossX = group.crosshairSatisfaction, crossY = group.crosshairImportance;
    bool derived = false;
    if (g < r.priorities.size() && !r.priorities[g].attributes.empty()) {
      for (std::size_t a : r.priorities[g].attributes) {
        const CellResult& cell = r.cell(g, a);
        PriorityRow p;
        p.attribute = a;
        p.x = cell.satisfaction.estimate.mean;
        p.y = cell.importance.estimate.mean;
        p.gap = cell.gap;
        p.quadrant = quadrantLabel(cell.quadrant);
        p.concentrate = cell.quadrant == Quadrant::Concentrate;
        rows.push_back(p);
      }
    } else {
      rows = derivedPriorities(r, g, crossX, crossY);
      derived = !rows.empty();
    }
    std::string heading = groupLabel(group);
    if (derived) heading += ": importance derived from overall satisfaction";
    if (std::isfinite(crossX) && std::isfinite(crossY))
      heading += " · lines at satisfaction " + fixed(crossX, 2) + ", importance " + fixed(crossY, derived ? 3 : 2);
    s.put(row++, 0, text(heading, CellStyle::Section));
    const std::size_t header = row++;
    s.put(header, 0, text("Rank", CellStyle::Header));
    s.put(header, 1, text("Attribute", CellStyle::Header));
    s.put(header, 2, text("Satisfaction", CellStyle::Header));
    s.put(header, 3, text(derived ? "Derived importance (r)" : "Importance", CellStyle::Header));
    s.put(header, 4, text("Gap", CellStyle::Header));
    s.put(header, 5, text("Quadrant", CellStyle::Header));
    if (rows.empty()) {
      s.put(row++, 1, text(group.n < r.minN ? "Too few respondents to rank (" + suppressedText(r.minN) + ")."
                                            : "Nothing to rank: this group has no attribute with both "
                                              "importance and satisfaction.",
                           CellStyle::Plain));
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const PriorityRow& p = rows[i];
      s.put(row, 0, number(static_cast<double>(i + 1), CellStyle::Count));
      s.put(row, 1, text(r.attributes[p.attribute]));
      s.put(row, 2, number(p.x, CellStyle::Mean));
      s.put(row, 3, number(p.y, derived ? CellStyle::Correlation : CellStyle::Mean));
      s.put(row, 4, number(p.gap, CellStyle::Signed));
      s.put(row, 5, text(p.quadrant, p.concentrate ? CellStyle::Flag : CellStyle::Label));
      ++row;
    }
    if (!derived && !rows.empty()) applyFills(s.layout(), {header + 1, 4, row - 1, 4}, false);
    if (!rows.empty()) {
      ChartSpec chart;
      chart.name = "IPA " + std::to_string(g + 1);
      chart.title = group.name == kAllGroupName ? "All respondents" : group.name;
      chart.kind = ChartKind::Scatter;
      chart.data = {header, 2, row - 1, 3};
      chart.anchorRow = top;
      chart.anchorColumn = kChartColumn;
      chart.heightRows = kChartRows - 1;
      chart.xTitle = "Satisfaction";
      chart.yTitle = derived ? "Derived importance (r)" : "Importance";
      chart.crossX = crossX;
      chart.crossY = crossY;
      s.layout().charts.push_back(chart);
    }
    row = std::max(row + 1, top + kChartRows + 1);
  }
  s.layout().freezeRows = 4;
  return s.finish();
}

// ------------------------------------------------------- Primary vs Supporting

SheetLayout primaryVsSupporting(const Results& r) {
  Sheet s(kPrimaryVsSupportingSheet, "Primary vs Supporting: do our customers value the same things?",
          "each row compares the primary customer with one supporting group on one attribute. "
          "Difference = primary − supporting, with its Welch 95% confidence interval; an interval "
          "that does not include 0 is a real difference. \"Mission drift\" marks an attribute that "
          "a supporting group rates as important while the primary customer does not: serving it "
          "may pull the organisation away from the people it exists for.");
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  const std::size_t header = 4;
  const char* heads[] = {"Attribute",          "Primary",           "Supporting",
                         "Importance primary", "Importance supporting", "Difference",
                         "95% CI low",         "95% CI high",       "Satisfaction primary",
                         "Satisfaction supporting", "Difference",   "95% CI low",
                         "95% CI high",        "Finding"};
  for (std::size_t c = 0; c < std::size(heads); ++c) s.put(header, c, text(heads[c], CellStyle::Header));
  std::size_t row = header + 1;
  if (r.primaryVsSupporting.empty()) {
    s.put(row++, 0, text("No comparison: the table needs exactly one primary group and at least one "
                         "supporting group. Set the roles in the column mapping, in a Role column or on "
                         "a Customers sheet.",
                         CellStyle::Plain));
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
    if (c.missionDrift) s.put(row, 13, text("Mission drift", CellStyle::Flag));
    else if (c.satisfaction.significant())
      s.put(row, 13, text(c.satisfaction.difference > 0 ? "Primary more satisfied" : "Primary less satisfied"));
    ++row;
  }
  s.layout().freezeRows = header + 1;
  s.layout().freezeColumns = 1;
  return s.finish();
}

// ---------------------------------------------------------- Derived importance

SheetLayout derivedImportance(const Results& r) {
  Sheet s(kDerivedImportanceSheet, "Derived importance: what moves overall satisfaction",
          "r is the correlation of each attribute's satisfaction with \"" + r.outcomeName +
              "\" (from −1 to 1): the higher it is, the more that attribute goes with a satisfied "
              "customer, whatever customers say matters. Stated importance, where the survey asked, "
              "is beside it. When stated importance bunches at the top of the scale, customers "
              "called everything important and r is the better guide.");
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  std::size_t row = 4;
  for (std::size_t g = 0; g < r.groups.size(); ++g) {
    const ImportanceBunching& b = r.groups[g].bunching;
    if (b.warning)
      s.put(row++, 0, text("Warning: " + r.groups[g].name + "'s stated importance bunches at the top of the scale (" +
                               fixed(b.topBoxShare * 100.0, 0) + "% of answers at the top).",
                           CellStyle::Flag));
  }
  if (row > 4) ++row;
  const std::size_t groupRow = row, header = row + 1, first = row + 2;
  constexpr std::size_t kBlock = 3;
  s.put(groupRow, 0, text("Attribute", CellStyle::Header));
  s.put(header, 0, text("", CellStyle::Header));
  for (std::size_t g = 0; g < r.groups.size(); ++g) {
    const std::size_t c = 1 + g * kBlock;
    s.put(groupRow, c, text(groupLabel(r.groups[g]), CellStyle::Header));
    s.put(groupRow, c + 1, text("", CellStyle::Header));
    s.put(groupRow, c + 2, text("", CellStyle::Header));
    s.layout().merged.push_back({groupRow, c, groupRow, c + kBlock - 1});
    s.put(header, c, text("r", CellStyle::Header));
    s.put(header, c + 1, text("n", CellStyle::Header));
    s.put(header, c + 2, text("Stated importance", CellStyle::Header));
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
  s.layout().freezeRows = first;
  s.layout().freezeColumns = 1;
  return s.finish();
}

// ------------------------------------------------------------------------ NPS

SheetLayout nps(const Results& r) {
  Sheet s(kNpsSheet, "Net Promoter Score: would they recommend us?",
          "promoters answered 9 or 10, passives 7 or 8, detractors 0 to 6. NPS = % promoters − % "
          "detractors, from −100 to 100, with its 95% confidence interval. The second table and the "
          "chart show how many gave each answer.");
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  const std::size_t header = 4;
  const char* heads[] = {"Group", "Role", "n", "NPS", "95% CI low", "95% CI high", "Promoters", "Passives",
                         "Detractors", "% promoters", "% detractors"};
  for (std::size_t c = 0; c < std::size(heads); ++c) s.put(header, c, text(heads[c], CellStyle::Header));
  std::size_t row = header + 1;
  for (const NpsResult& n : r.nps) {
    const GroupResult& g = r.groups[n.group];
    const NpsEstimate& e = n.estimate;
    s.put(row, 0, text(g.name == kAllGroupName ? "All respondents" : g.name));
    s.put(row, 1, text(g.name == kAllGroupName ? "" : std::string(roleName(g.role)), CellStyle::Plain));
    s.put(row, 2, number(static_cast<double>(e.n), CellStyle::Count));
    if (n.suppressed) {
      s.put(row, 3, text(suppressedText(r.minN), CellStyle::Suppressed));
    } else {
      s.put(row, 3, number(e.score, CellStyle::Percent));
      s.put(row, 4, number(e.ciLow, CellStyle::Interval));
      s.put(row, 5, number(e.ciHigh, CellStyle::Interval));
    }
    s.put(row, 6, number(static_cast<double>(e.promoters), CellStyle::Count));
    s.put(row, 7, number(static_cast<double>(e.passives), CellStyle::Count));
    s.put(row, 8, number(static_cast<double>(e.detractors), CellStyle::Count));
    if (e.n > 0 && !n.suppressed) {
      s.put(row, 9, number(100.0 * static_cast<double>(e.promoters) / static_cast<double>(e.n), CellStyle::Percent));
      s.put(row, 10, number(100.0 * static_cast<double>(e.detractors) / static_cast<double>(e.n), CellStyle::Percent));
    }
    ++row;
  }
  if (!r.nps.empty()) applyFills(s.layout(), {header + 1, 3, row - 1, 3}, true);
  ++row;
  s.put(row++, 0, text("Answers from 0 to 10", CellStyle::Section));
  const std::size_t distHeader = row++;
  s.put(distHeader, 0, text("Answer", CellStyle::Header));
  for (std::size_t i = 0; i < r.nps.size(); ++i) {
    const GroupResult& g = r.groups[r.nps[i].group];
    s.put(distHeader, 1 + i, text(g.name == kAllGroupName ? "All respondents" : g.name, CellStyle::Header));
  }
  for (std::size_t k = 0; k <= 10; ++k) {
    // Text, so that the chart takes the answers as categories, not as a series.
    s.put(row + k, 0, text(std::to_string(k)));
    for (std::size_t i = 0; i < r.nps.size(); ++i)
      s.put(row + k, 1 + i, number(static_cast<double>(r.nps[i].distribution[k]), CellStyle::Count));
  }
  if (!r.nps.empty()) {
    ChartSpec chart;
    chart.name = "NPS distribution";
    chart.title = "How likely are they to recommend us? (0–10)";
    chart.kind = ChartKind::Column;
    chart.data = {distHeader, 0, row + 10, r.nps.size()};
    chart.anchorRow = distHeader;
    chart.anchorColumn = r.nps.size() + 2;
    chart.widthColumns = 8;
    chart.heightRows = 16;
    chart.xTitle = "Answer";
    chart.yTitle = "Respondents";
    s.layout().charts.push_back(chart);
  }
  s.layout().freezeRows = header + 1;
  return s.finish();
}

// ----------------------------------------------------------------------- Kano

std::string categoryName(const std::optional<KanoCategory>& c) {
  if (!c) return "";
  switch (*c) {
    case KanoCategory::Attractive: return "A: Attractive";
    case KanoCategory::OneDimensional: return "O: One-dimensional";
    case KanoCategory::MustBe: return "M: Must-be";
    case KanoCategory::Indifferent: return "I: Indifferent";
    case KanoCategory::Reverse: return "R: Reverse";
    case KanoCategory::Questionable: return "Q: Questionable";
  }
  return "";
}

SheetLayout kano(const Results& r) {
  Sheet s(kKanoSheet, "Kano: must-haves, more-is-better and delighters",
          "A = Attractive (delights when present, not missed when absent), O = One-dimensional (the "
          "more the better), M = Must-be (expected; its absence hurts), I = Indifferent, R = Reverse, "
          "Q = Questionable answers. Better = (A+O)/(A+O+M+I): how much having it pleases; Worse = "
          "−(O+M)/(A+O+M+I): how much lacking it displeases. \"Significant\" is Fong's test of the two "
          "most frequent categories. The chart plots every attribute for all respondents.");
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  const std::size_t header = 4;
  const char* heads[] = {"Attribute", "Group", "A", "O", "M", "I", "R", "Q", "Category",
                         "By M>O>A>I rule", "Total strength %", "Category strength", "Better", "Worse",
                         "Significant"};
  for (std::size_t c = 0; c < std::size(heads); ++c) s.put(header, c, text(heads[c], CellStyle::Header));
  std::size_t row = header + 1;
  std::vector<const KanoResult*> all;
  for (const KanoResult& k : r.kano) {
    const KanoSummary& m = k.summary;
    s.put(row, 0, text(r.kanoAttributes[k.attribute]));
    const GroupResult& g = r.groups[k.group];
    s.put(row, 1, text(g.name == kAllGroupName ? "All respondents" : g.name));
    for (std::size_t c = 0; c < kKanoCategoryCount; ++c)
      s.put(row, 2 + c, number(static_cast<double>(m.counts[c]), CellStyle::Count));
    if (k.suppressed) {
      s.put(row, 8, text(suppressedText(r.minN), CellStyle::Suppressed));
    } else {
      s.put(row, 8, text(categoryName(m.category), m.category == KanoCategory::MustBe ? CellStyle::Flag : CellStyle::Label));
      s.put(row, 9, text(categoryName(m.categoryByRule)));
      s.put(row, 10, number(m.totalStrength, CellStyle::Percent));
      s.put(row, 11, number(m.categoryStrength, CellStyle::Percent));
      s.put(row, 12, number(m.better, CellStyle::Correlation));
      s.put(row, 13, number(m.worse, CellStyle::Correlation));
      if (m.fongSignificant) s.put(row, 14, text(*m.fongSignificant ? "yes" : "no", CellStyle::Plain));
      if (k.group == 0) all.push_back(&k);
    }
    ++row;
  }
  if (!all.empty()) {
    ++row;
    s.put(row++, 0, text("Better and Worse, all respondents (for the chart)", CellStyle::Section));
    const std::size_t chartHeader = row++;
    s.put(chartHeader, 0, text("Attribute", CellStyle::Header));
    s.put(chartHeader, 1, text("Dissatisfaction if absent (|Worse|)", CellStyle::Header));
    s.put(chartHeader, 2, text("Satisfaction if present (Better)", CellStyle::Header));
    for (const KanoResult* k : all) {
      s.put(row, 0, text(r.kanoAttributes[k->attribute]));
      s.put(row, 1, number(std::fabs(k->summary.worse), CellStyle::Correlation));
      s.put(row, 2, number(k->summary.better, CellStyle::Correlation));
      ++row;
    }
    ChartSpec chart;
    chart.name = "Kano Better-Worse";
    chart.title = "Better vs Worse (all respondents)";
    chart.kind = ChartKind::Scatter;
    chart.data = {chartHeader, 1, row - 1, 2};
    chart.anchorRow = chartHeader;
    chart.anchorColumn = 4;
    chart.widthColumns = 7;
    chart.heightRows = 18;
    chart.xTitle = "Dissatisfaction if absent (|Worse|)";
    chart.yTitle = "Satisfaction if present (Better)";
    chart.crossX = 0.5;
    chart.crossY = 0.5;
    s.layout().charts.push_back(chart);
  }
  s.layout().freezeRows = header + 1;
  s.layout().freezeColumns = 1;
  return s.finish();
}

// ---------------------------------------------------- Assumptions vs Evidence

SheetLayout assumptions(const Results& r) {
  Sheet s(kAssumptionsSheet, "Assumptions vs Evidence: what we believed, and what customers said",
          "for each group, our predicted importance (from the Assumptions sheet) beside what customers "
          "told us: stated importance where they were asked, otherwise derived importance. ρ is "
          "Spearman's rank correlation of the two orders (1 = we ranked exactly as customers did; "
          "below 0.5 = we should listen again). Bias = predicted − measured: positive means we "
          "overrate the item.");
  s.put(2, 0, text(inputLine(r), CellStyle::Plain));
  std::size_t row = 4;
  for (const AssumptionCheck& c : r.assumptions) {
    std::string heading = c.group + (c.groupFound ? "" : " (not in the table)") + " · evidence: " +
                          std::string(evidenceName(c.evidence)) + " · ρ = " + fixed(c.rho, 2) + " over " +
                          std::to_string(c.n) + " items";
    s.put(row++, 0, text(heading, std::isfinite(c.rho) && c.rho < 0.5 ? CellStyle::Flag : CellStyle::Section));
    const std::size_t header = row++;
    const char* heads[] = {"Attribute", "Predicted", "Measured", "Bias", "Predicted rank", "Measured rank"};
    for (std::size_t k = 0; k < std::size(heads); ++k) s.put(header, k, text(heads[k], CellStyle::Header));
    for (const AssumptionItem& i : c.items) {
      s.put(row, 0, text(i.attribute + (i.found ? "" : " (not in the table)")));
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

std::vector<SheetLayout> layoutReport(const Results& results) {
  std::vector<SheetLayout> sheets;
  sheets.push_back(valueMatrix(results));
  sheets.push_back(priorities(results));
  sheets.push_back(primaryVsSupporting(results));
  if (!results.outcomeName.empty()) sheets.push_back(derivedImportance(results));
  if (results.hasNps && !results.nps.empty()) sheets.push_back(nps(results));
  if (!results.kanoAttributes.empty()) sheets.push_back(kano(results));
  if (!results.assumptions.empty()) sheets.push_back(assumptions(results));
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
  return sheets;
}

}  // namespace cf::core
