#include "calc_output.h"

#include "boundary.h"
#include "messages.h"
#include "ustring.h"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/chart/ChartAxisLabelPosition.hpp>
#include <com/sun/star/chart/ChartAxisPosition.hpp>
#include <com/sun/star/chart/ChartSymbolType.hpp>
#include <com/sun/star/chart/XAxisXSupplier.hpp>
#include <com/sun/star/chart/ChartLegendPosition.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/DataLabelPlacement.hpp>
#include <com/sun/star/chart/XDiagram.hpp>
#include <com/sun/star/chart2/DataPointCustomLabelField.hpp>
#include <com/sun/star/chart2/DataPointCustomLabelFieldType.hpp>
#include <com/sun/star/chart2/DataPointLabel.hpp>
#include <com/sun/star/chart2/XChartDocument.hpp>
#include <com/sun/star/chart2/XChartTypeContainer.hpp>
#include <com/sun/star/chart2/XCoordinateSystemContainer.hpp>
#include <com/sun/star/chart2/XDataSeriesContainer.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>
#include <cstdio>
#include <chrono>
#include <cmath>
#include <map>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

Reference<css::sheet::XNamedRanges> localNames(const Reference<css::sheet::XSpreadsheet>& sheet) {
  Reference<css::beans::XPropertySet> props(sheet, UNO_QUERY);
  if (!props.is()) return {};
  return Reference<css::sheet::XNamedRanges>(props->getPropertyValue("NamedRanges"), UNO_QUERY);
}

// "$'Sheet 1'.$A$1:$W$8508": an absolute reference a named range keeps
// pointing at when rows or sheets move.
rtl::OUString absoluteReference(const FeedbackTable& t) {
  std::string quoted;
  for (char ch : t.sheetName) quoted += ch == '\'' ? std::string("''") : std::string(1, ch);
  auto cell = [](sal_Int32 col, sal_Int32 row) {
    return "$" + core::columnName(static_cast<std::size_t>(col)) + "$" + std::to_string(row + 1);
  };
  return toOUString("$'" + quoted + "'." + cell(t.address.StartColumn, t.address.StartRow) + ":" +
                    cell(t.address.EndColumn, t.address.EndRow));
}

Any cellValue(const core::ReportCell& c) {
  // An OUString always lands as a text cell: "=HYPERLINK(…)", "+1" and "@x"
  // stay what the customer wrote, never a formula.
  if (c.kind == core::CellKind::Number) return Any(c.number);
  if (c.kind == core::CellKind::Text) return Any(toOUString(c.text));
  // An empty string leaves the cell empty; a void Any would write #N/A.
  return Any(rtl::OUString());
}

// Horizontal runs of cells sharing a key, as range addresses for one
// SheetCellRanges container: one property call per distinct look.
template <class Key, class KeyOf>
std::map<Key, std::vector<css::table::CellRangeAddress>> runsBy(const core::SheetLayout& layout, sal_Int16 sheet,
                                                                KeyOf keyOf) {
  std::map<Key, std::vector<css::table::CellRangeAddress>> runs;
  for (std::size_t r = 0; r < layout.rows.size(); ++r) {
    std::size_t c = 0;
    while (c < layout.columns()) {
      const std::optional<Key> key = keyOf(layout.at(r, c));
      std::size_t end = c + 1;
      while (end < layout.columns() && keyOf(layout.at(r, end)) == key) ++end;
      if (key) {
        css::table::CellRangeAddress a;
        a.Sheet = sheet;
        a.StartColumn = static_cast<sal_Int32>(c);
        a.EndColumn = static_cast<sal_Int32>(end - 1);
        a.StartRow = a.EndRow = static_cast<sal_Int32>(r);
        runs[*key].push_back(a);
      }
      c = end;
    }
  }
  return runs;
}

Reference<css::beans::XPropertySet> rangesOf(const Reference<css::lang::XMultiServiceFactory>& factory,
                                             const std::vector<css::table::CellRangeAddress>& addresses) {
  Reference<css::sheet::XSheetCellRangeContainer> ranges(
      factory->createInstance("com.sun.star.sheet.SheetCellRanges"), UNO_QUERY_THROW);
  ranges->addRangeAddresses(
      Sequence<css::table::CellRangeAddress>(addresses.data(), static_cast<sal_Int32>(addresses.size())), false);
  return Reference<css::beans::XPropertySet>(ranges, UNO_QUERY_THROW);
}

// The codes are written in en-US syntax ("0.00") and converted to the
// document's locale, so a German document shows 2,82 and its format code
// reads "0,00" in Format ▸ Cells.
sal_Int32 numberFormat(const Reference<css::frame::XModel>& model, const char* code) {
  Reference<css::util::XNumberFormatsSupplier> supplier(model, UNO_QUERY_THROW);
  Reference<css::util::XNumberFormats> formats = supplier->getNumberFormats();
  const rtl::OUString text = rtl::OUString::createFromAscii(code);
  const css::lang::Locale english("en", "US", "");
  css::lang::Locale target;
  Reference<css::beans::XPropertySet> props(model, UNO_QUERY);
  if (props.is() && props->getPropertySetInfo()->hasPropertyByName("CharLocale"))
    props->getPropertyValue("CharLocale") >>= target;
  if (!target.Language.isEmpty())
    return formats->addNewConverted(text, english, target);  // the existing key when known
  sal_Int32 key = formats->queryKey(text, target, false);
  if (key < 0) key = formats->addNew(text, target);
  return key;
}

// Every property of a look in one call: Calc then lays out, adjusts row
// heights and repaints once per look, not once per property.
void applyStyle(const Reference<css::frame::XModel>& model, const Reference<css::beans::XPropertySet>& p,
                core::CellStyle style) {
  using core::CellStyle;
  std::vector<rtl::OUString> names;
  std::vector<Any> values;
  auto set = [&](const char* name, const Any& value) {
    names.push_back(rtl::OUString::createFromAscii(name));
    values.push_back(value);
  };
  auto bold = [&] { set("CharWeight", Any(css::awt::FontWeight::BOLD)); };
  auto grey = [&] { set("CharColor", Any(sal_Int32(0x707070))); };
  auto format = [&](const char* code) { set("NumberFormat", Any(numberFormat(model, code))); };
  switch (style) {
    case CellStyle::Plain:
    case CellStyle::Label: break;
    case CellStyle::Title:
      bold();
      set("CharHeight", Any(float(16)));
      set("CharColor", Any(sal_Int32(0x1F3864)));
      break;
    case CellStyle::Note:
      set("CharPosture", Any(css::awt::FontSlant_ITALIC));
      set("IsTextWrapped", Any(true));
      set("VertJustify", Any(css::table::CellVertJustify2::TOP));
      set("CharColor", Any(sal_Int32(0x404040)));
      break;
    case CellStyle::Section:
      bold();
      set("CharHeight", Any(float(12)));
      set("CharColor", Any(sal_Int32(0x1F4E79)));
      break;
    case CellStyle::Header:
      bold();
      set("CellBackColor", Any(sal_Int32(0xD9E1F2)));
      set("IsTextWrapped", Any(true));
      set("VertJustify", Any(css::table::CellVertJustify2::CENTER));
      break;
    case CellStyle::Count: format("#,##0"); break;
    case CellStyle::Mean: format("0.00"); break;
    case CellStyle::Interval: format("0.00"); grey(); break;
    case CellStyle::Signed: format("+0.00;-0.00;0.00"); break;
    case CellStyle::Correlation: format("0.000"); break;
    case CellStyle::Probability:
      format("[<0.001]\"<0.001\";0.000");
      break;
    case CellStyle::Percent: format("0.0"); break;
    case CellStyle::Suppressed:
      grey();
      set("CharPosture", Any(css::awt::FontSlant_ITALIC));
      set("HoriJustify", Any(css::table::CellHoriJustify_RIGHT));
      break;
    case CellStyle::Flag:
      // Centred, so that a flag beside a right-aligned number (a rank, a
      // gap) reads as its own cell.
      bold();
      set("CharColor", Any(sal_Int32(0xC00000)));
      set("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
      break;
  }
  if (names.empty()) return;
  // setPropertyValues wants the names in alphabetical order.
  std::vector<std::size_t> order(names.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return names[a] < names[b]; });
  Sequence<rtl::OUString> sortedNames(static_cast<sal_Int32>(names.size()));
  Sequence<Any> sortedValues(static_cast<sal_Int32>(names.size()));
  for (std::size_t i = 0; i < order.size(); ++i) {
    sortedNames.getArray()[i] = names[order[i]];
    sortedValues.getArray()[i] = values[order[i]];
  }
  Reference<css::beans::XMultiPropertySet>(p, UNO_QUERY_THROW)->setPropertyValues(sortedNames, sortedValues);
}

// Widths from the content below the title and note (those overflow into
// the empty cells beside them, as do a text alone on its row and plain text
// at its end): wide enough
// for the longest label, headers wrapped onto two lines.
void setColumnWidths(const Reference<css::sheet::XSpreadsheet>& sheet, const core::SheetLayout& layout) {
  std::vector<sal_Int32> widths(layout.columns());
  for (std::size_t c = 0; c < layout.columns(); ++c) {
    std::size_t chars = 6;
    for (std::size_t r = 3; r < layout.rows.size(); ++r) {
      const core::ReportCell& cell = layout.at(r, c);
      if (cell.kind != core::CellKind::Text || cell.style == core::CellStyle::Section) continue;
      bool merged = false;
      for (const core::CellBlock& m : layout.merged)
        merged = merged || (m.firstRow == r && m.lastColumn > m.firstColumn && m.firstColumn <= c && c <= m.lastColumn);
      if (merged) continue;
      bool alone = true;
      for (std::size_t other = 0; other < layout.columns() && alone; ++other)
        alone = other == c || layout.at(r, other).kind == core::CellKind::Empty;
      if (alone) continue;
      // Plain text at the end of its row (a quote) runs on into the empty
      // cells beside it, as a person reads it, and leaves the column narrow.
      bool last = cell.style == core::CellStyle::Plain;
      for (std::size_t other = c + 1; other < layout.columns() && last; ++other)
        last = layout.at(r, other).kind == core::CellKind::Empty;
      if (last) continue;
      std::size_t len = 0;  // characters, not UTF-8 bytes
      for (unsigned char ch : cell.text) len += (ch & 0xC0) != 0x80;
      if (cell.style == core::CellStyle::Header) {
        // Two lines, but never a word broken in the middle.
        std::size_t word = 0, longest = 0;
        for (unsigned char ch : cell.text) {
          if (ch == ' ') word = 0;
          else if ((ch & 0xC0) != 0x80) longest = std::max(longest, ++word);
        }
        len = std::max(longest + 1, (len + 1) / 2 + 2);
      }
      chars = std::max(chars, std::min<std::size_t>(len, 40));
    }
    widths[c] = static_cast<sal_Int32>(250 + chars * 210);
  }
  // One call for each run of columns of the same width: each call moves the
  // charts and works out the page breaks again.
  for (std::size_t c = 0; c < widths.size();) {
    std::size_t end = c + 1;
    while (end < widths.size() && widths[end] == widths[c]) ++end;
    Reference<css::table::XColumnRowRange> run(
        sheet->getCellRangeByPosition(static_cast<sal_Int32>(c), 0, static_cast<sal_Int32>(end - 1), 0),
        UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(run->getColumns(), UNO_QUERY_THROW)
        ->setPropertyValue("Width", Any(widths[c]));
    c = end;
  }
}

void setRowHeights(const Reference<css::sheet::XSpreadsheet>& sheet, const core::SheetLayout& layout) {
  Reference<css::table::XColumnRowRange> crr(sheet, UNO_QUERY_THROW);
  Reference<css::container::XIndexAccess> rows(crr->getRows(), UNO_QUERY_THROW);
  // The note is merged across the table, where Calc does not grow the row
  // by itself; about 150 characters fit on a line of that width.
  std::size_t length = 0;
  for (unsigned char ch : layout.at(1, 0).text) length += (ch & 0xC0) != 0x80;
  Reference<css::beans::XPropertySet> note(rows->getByIndex(1), UNO_QUERY_THROW);
  note->setPropertyValue("Height", Any(static_cast<sal_Int32>(480 * (length / 150 + 1) + 100)));
  Reference<css::beans::XPropertySet> title(rows->getByIndex(0), UNO_QUERY_THROW);
  title->setPropertyValue("Height", Any(sal_Int32(800)));
}

css::awt::Point cellPosition(const Reference<css::sheet::XSpreadsheet>& sheet, std::size_t col, std::size_t row) {
  Reference<css::beans::XPropertySet> cell(
      sheet->getCellByPosition(static_cast<sal_Int32>(col), static_cast<sal_Int32>(row)), UNO_QUERY_THROW);
  css::awt::Point p;
  cell->getPropertyValue("Position") >>= p;
  return p;
}

void setTitle(const Reference<css::uno::XInterface>& shape, const std::string& text) {
  Reference<css::beans::XPropertySet> p(shape, UNO_QUERY);
  if (p.is()) p->setPropertyValue("String", Any(toOUString(text)));
}

// Each point of the chart's first series labelled with its text (a custom
// label, which Calc keeps with the chart and shows beside the point).
void labelPoints(const Reference<css::uno::XComponentContext>& context,
                 const Reference<css::chart::XChartDocument>& chart, const std::vector<std::string>& labels) {
  Reference<css::chart2::XChartDocument> doc(chart, UNO_QUERY);
  if (!doc.is()) return;
  Reference<css::chart2::XCoordinateSystemContainer> systems(doc->getFirstDiagram(), UNO_QUERY);
  if (!systems.is() || !systems->getCoordinateSystems().hasElements()) return;
  Reference<css::chart2::XChartTypeContainer> types(systems->getCoordinateSystems()[0], UNO_QUERY);
  if (!types.is() || !types->getChartTypes().hasElements()) return;
  Reference<css::chart2::XDataSeriesContainer> series(types->getChartTypes()[0], UNO_QUERY);
  if (!series.is() || !series->getDataSeries().hasElements()) return;
  const Reference<css::chart2::XDataSeries> first = series->getDataSeries()[0];
  Reference<css::beans::XPropertySet> seriesProps(first, UNO_QUERY);
  if (seriesProps.is()) seriesProps->setPropertyValue("CharHeight", Any(static_cast<float>(7)));
  for (std::size_t i = 0; i < labels.size(); ++i) {
    Reference<css::beans::XPropertySet> point = first->getDataPointByIndex(static_cast<sal_Int32>(i));
    if (!point.is()) continue;
    Reference<css::chart2::XDataPointCustomLabelField> field =
        css::chart2::DataPointCustomLabelField::create(context);
    field->setFieldType(css::chart2::DataPointCustomLabelFieldType_TEXT);
    field->setString(toOUString(labels[i]));
    const Sequence<Reference<css::chart2::XDataPointCustomLabelField>> fields(&field, 1);
    point->setPropertyValue("CustomLabelFields", Any(fields));
    css::chart2::DataPointLabel label(false, false, false, false, true, false);
    point->setPropertyValue("Label", Any(label));
    point->setPropertyValue("LabelPlacement", Any(css::chart::DataLabelPlacement::RIGHT));
    point->setPropertyValue("CharHeight", Any(static_cast<float>(7)));
  }
}

void addChart(const Reference<css::uno::XComponentContext>& context,
              const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16 sheetIndex, const core::ChartSpec& spec) {
  const css::awt::Point topLeft = cellPosition(sheet, spec.anchorColumn, spec.anchorRow);
  const css::awt::Point bottomRight =
      cellPosition(sheet, spec.anchorColumn + spec.widthColumns, spec.anchorRow + spec.heightRows);
  const css::awt::Rectangle rect(topLeft.X, topLeft.Y, std::max<sal_Int32>(bottomRight.X - topLeft.X, 8000),
                                 std::max<sal_Int32>(bottomRight.Y - topLeft.Y, 6000));
  css::table::CellRangeAddress range;
  range.Sheet = sheetIndex;
  range.StartColumn = static_cast<sal_Int32>(spec.data.firstColumn);
  range.EndColumn = static_cast<sal_Int32>(spec.data.lastColumn);
  range.StartRow = static_cast<sal_Int32>(spec.data.firstRow);
  range.EndRow = static_cast<sal_Int32>(spec.data.lastRow);

  Reference<css::table::XTableChartsSupplier> supplier(sheet, UNO_QUERY_THROW);
  Reference<css::table::XTableCharts> charts = supplier->getCharts();
  // Calc keys its chart listeners by object name across the document and
  // crashes on a name it has seen before (a chart of an earlier build, gone
  // with its sheet), so every chart gets a name of its own.
  static std::uint32_t serial = static_cast<std::uint32_t>(
      std::chrono::system_clock::now().time_since_epoch() / std::chrono::seconds(1) % 1000000) * 100;
  std::string unique = spec.name;
  for (std::uint32_t i = ++serial;; i = ++serial) {
    unique = spec.name + " #" + std::to_string(i);
    if (!charts->hasByName(toOUString(unique))) break;
  }
  const rtl::OUString name = toOUString(unique);
  const bool rowHeaders = spec.kind == core::ChartKind::Column || spec.kind == core::ChartKind::Line;
  charts->addNewByName(name, rect, Sequence<css::table::CellRangeAddress>(&range, 1), true, rowHeaders);

  Reference<css::document::XEmbeddedObjectSupplier> embedded(charts->getByName(name), UNO_QUERY_THROW);
  Reference<css::chart::XChartDocument> chart(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> chartProps(chart, UNO_QUERY_THROW);
  if (spec.kind == core::ChartKind::Scatter) {
    Reference<css::lang::XMultiServiceFactory> factory(chart, UNO_QUERY_THROW);
    Reference<css::chart::XDiagram> xy(factory->createInstance("com.sun.star.chart.XYDiagram"), UNO_QUERY_THROW);
    chart->setDiagram(xy);
    Reference<css::beans::XPropertySet> diagram(chart->getDiagram(), UNO_QUERY_THROW);
    diagram->setPropertyValue("Lines", Any(false));
    chartProps->setPropertyValue("HasLegend", Any(false));
  }
  if (spec.kind == core::ChartKind::Line) {
    // A series a column, as for Column; a mark on each wave, since a line of
    // two waves is a single segment.
    Reference<css::lang::XMultiServiceFactory> factory(chart, UNO_QUERY_THROW);
    Reference<css::chart::XDiagram> line(factory->createInstance("com.sun.star.chart.LineDiagram"), UNO_QUERY_THROW);
    chart->setDiagram(line);
    Reference<css::beans::XPropertySet> diagram(chart->getDiagram(), UNO_QUERY_THROW);
    if (diagram->getPropertySetInfo()->hasPropertyByName("SymbolType"))
      diagram->setPropertyValue("SymbolType", Any(css::chart::ChartSymbolType::AUTO));
    // Which line is which attribute: the legend under the plot, where the
    // chart's width is all the plot's.
    chartProps->setPropertyValue("HasLegend", Any(true));
    Reference<css::beans::XPropertySet> legend(chart->getLegend(), UNO_QUERY);
    if (legend.is()) legend->setPropertyValue("Alignment", Any(css::chart::ChartLegendPosition_BOTTOM));
  }
  chartProps->setPropertyValue("HasMainTitle", Any(true));
  setTitle(chart->getTitle(), spec.title);
  if (spec.kind == core::ChartKind::Scatter) {
    chartProps->setPropertyValue("HasSubTitle", Any(true));
    setTitle(chart->getSubTitle(),
             core::tr(spec.name.rfind("IPA", 0) == 0 ? "report.chart.ipaQuadrants"
                                                     : "report.chart.kanoQuadrants"));
  }

  Reference<css::beans::XPropertySet> diagram(chart->getDiagram(), UNO_QUERY_THROW);
  diagram->setPropertyValue("HasXAxisTitle", Any(true));
  diagram->setPropertyValue("HasYAxisTitle", Any(true));
  Reference<css::chart::XAxisXSupplier> xs(chart->getDiagram(), UNO_QUERY_THROW);
  Reference<css::chart::XAxisYSupplier> ys(chart->getDiagram(), UNO_QUERY_THROW);
  setTitle(xs->getXAxisTitle(), spec.xTitle);
  setTitle(ys->getYAxisTitle(), spec.yTitle);
  if (std::isfinite(spec.yMin) && std::isfinite(spec.yMax) && spec.yMax > spec.yMin) {
    Reference<css::beans::XPropertySet> yAxis(ys->getYAxis(), UNO_QUERY_THROW);
    yAxis->setPropertyValue("AutoMin", Any(false));
    yAxis->setPropertyValue("AutoMax", Any(false));
    yAxis->setPropertyValue("Min", Any(spec.yMin));
    yAxis->setPropertyValue("Max", Any(spec.yMax));
  }
  if (spec.kind == core::ChartKind::Scatter && std::isfinite(spec.crossX) && std::isfinite(spec.crossY)) {
    // The quadrant lines are the axes themselves, crossing at the crosshair;
    // their numbers stay at the chart's edges where they do not hide points.
    Reference<css::beans::XPropertySet> xAxis(xs->getXAxis(), UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> yAxis(ys->getYAxis(), UNO_QUERY_THROW);
    xAxis->setPropertyValue("CrossoverPosition", Any(css::chart::ChartAxisPosition_VALUE));
    xAxis->setPropertyValue("CrossoverValue", Any(spec.crossY));
    xAxis->setPropertyValue("LabelPosition", Any(css::chart::ChartAxisLabelPosition_OUTSIDE_START));
    yAxis->setPropertyValue("CrossoverPosition", Any(css::chart::ChartAxisPosition_VALUE));
    yAxis->setPropertyValue("CrossoverValue", Any(spec.crossX));
    yAxis->setPropertyValue("LabelPosition", Any(css::chart::ChartAxisLabelPosition_OUTSIDE_START));
  }
  if (!spec.pointLabels.empty()) labelPoints(context, chart, spec.pointLabels);
}

// Row heights are worked out once per sheet, after every look is set, not
// after each formatting call: Calc measures the text of every row a call
// touches, wrapped headers included.
class HeightLock {
 public:
  explicit HeightLock(const Reference<css::frame::XModel>& model) : props_(model, UNO_QUERY) {
    if (props_.is() && props_->getPropertySetInfo()->hasPropertyByName("IsAdjustHeightEnabled"))
      props_->setPropertyValue("IsAdjustHeightEnabled", Any(false));
    else
      props_.clear();
  }
  // Unlocks; true when heights were locked (and so are to be worked out now).
  bool release() {
    if (!props_.is()) return false;
    props_->setPropertyValue("IsAdjustHeightEnabled", Any(true));
    props_.clear();
    return true;
  }
  ~HeightLock() {
    (void)guarded([&] { release(); });
  }
  HeightLock(const HeightLock&) = delete;
  HeightLock& operator=(const HeightLock&) = delete;

 private:
  Reference<css::beans::XPropertySet> props_;
};

class UndoLock {
 public:
  explicit UndoLock(const Reference<css::frame::XModel>& model) {
    Reference<css::document::XUndoManagerSupplier> supplier(model, UNO_QUERY);
    if (supplier.is()) undo_ = supplier->getUndoManager();
    if (undo_.is()) undo_->lock();
  }
  ~UndoLock() {
    (void)guarded([&] {
      if (undo_.is()) undo_->unlock();
    });
  }
  UndoLock(const UndoLock&) = delete;
  UndoLock& operator=(const UndoLock&) = delete;

 private:
  Reference<css::document::XUndoManager> undo_;
};

// One page style for every output sheet: landscape, as wide as one page,
// the header rows repeated on each page.
rtl::OUString reportPageStyle(const Reference<css::frame::XModel>& model) {
  Reference<css::style::XStyleFamiliesSupplier> families(model, UNO_QUERY_THROW);
  Reference<css::container::XNameContainer> pages(families->getStyleFamilies()->getByName("PageStyles"),
                                                  UNO_QUERY_THROW);
  // Named in the UI language: the status bar shows it under every output sheet.
  const rtl::OUString name = toOUString(core::tr("calc.pageStyle"));
  if (!pages->hasByName(name)) {
    Reference<css::lang::XMultiServiceFactory> factory(model, UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> style(factory->createInstance("com.sun.star.style.PageStyle"),
                                              UNO_QUERY_THROW);
    pages->insertByName(name, Any(style));
    css::awt::Size size;
    style->getPropertyValue("Size") >>= size;
    if (size.Width < size.Height) std::swap(size.Width, size.Height);
    style->setPropertyValue("IsLandscape", Any(true));
    style->setPropertyValue("Size", Any(size));
    style->setPropertyValue("ScaleToPagesX", Any(sal_Int16(1)));
    style->setPropertyValue("ScaleToPagesY", Any(sal_Int16(0)));
    style->setPropertyValue("CenterHorizontally", Any(false));
  }
  return name;
}

}  // namespace

std::vector<std::string> ownedSheets(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
  std::vector<std::string> out;
  Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
    Reference<css::sheet::XNamedRanges> names = localNames(sheet);
    if (names.is() && names->hasByName(rtl::OUString::createFromAscii(kOwnerMark)))
      out.push_back(toUtf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName()));
  }
  return out;
}

std::optional<FeedbackTable> sourceOfOwnedSheet(const Reference<css::sheet::XSpreadsheet>& sheet) {
  Reference<css::sheet::XNamedRanges> names = localNames(sheet);
  const rtl::OUString mark = rtl::OUString::createFromAscii(kOwnerMark);
  if (!names.is() || !names->hasByName(mark)) return std::nullopt;
  Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName(mark), UNO_QUERY);
  Reference<css::sheet::XSheetCellRange> cells(referrer.is() ? referrer->getReferredCells() : nullptr, UNO_QUERY);
  if (!cells.is()) return std::nullopt;  // the source was deleted: the name reads #REF!
  FeedbackTable t;
  t.sheet = cells->getSpreadsheet();
  t.sheetName = toUtf8(Reference<css::container::XNamed>(t.sheet, UNO_QUERY_THROW)->getName());
  t.address = Reference<css::sheet::XCellRangeAddressable>(cells, UNO_QUERY_THROW)->getRangeAddress();
  return t;
}

void removeOwnedSheets(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
  Reference<css::sheet::XSpreadsheets> sheets = doc->getSheets();
  // The last first: no sheet after a removed one has to move up.
  const std::vector<std::string> owned = ownedSheets(doc);
  for (auto it = owned.rbegin(); it != owned.rend(); ++it) sheets->removeByName(toOUString(*it));
}

std::string uniqueSheetName(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& wanted) {
  Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  // Calc compares sheet names without regard to case.
  auto taken = [&](const std::string& name) {
    for (const rtl::OUString& existing : sheets->getElementNames())
      if (existing.equalsIgnoreAsciiCase(toOUString(name))) return true;
    return false;
  };
  if (!taken(wanted)) return wanted;
  for (int i = 2;; ++i)
    if (std::string candidate = wanted + " " + std::to_string(i); !taken(candidate)) return candidate;
}

namespace {

// The report page style and the header rows repeated on each page. Each of
// these calls, and each column width, makes Calc work out the page breaks of
// every sheet with that style again: done on the empty sheet, before its
// cells, that costs little.
void setPageStyle(const Reference<css::frame::XModel>& model,
                  const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16 index,
                  const core::SheetLayout& layout) {
  Reference<css::beans::XPropertySet> sheetProps(sheet, UNO_QUERY_THROW);
  sheetProps->setPropertyValue("PageStyle", Any(reportPageStyle(model)));
  if (layout.freezeRows > 0) {
    Reference<css::sheet::XPrintAreas> print(sheet, UNO_QUERY_THROW);
    print->setTitleRows(
        css::table::CellRangeAddress(index, 0, static_cast<sal_Int32>(layout.freezeRows) - 1, 0,
                                     static_cast<sal_Int32>(layout.freezeRows) - 1));
  }
}

}  // namespace

namespace {

// The layout's cells, numbers and texts, in one setDataArray.
void writeValues(const Reference<css::sheet::XSpreadsheet>& sheet, const core::SheetLayout& layout) {
  const sal_Int32 rows = static_cast<sal_Int32>(layout.rows.size());
  const sal_Int32 cols = static_cast<sal_Int32>(layout.columns());
  Sequence<Sequence<Any>> data(rows);
  for (sal_Int32 r = 0; r < rows; ++r) {
    Sequence<Any> row(cols);
    Any* out = row.getArray();
    for (sal_Int32 c = 0; c < cols; ++c)
      out[c] = cellValue(layout.at(static_cast<std::size_t>(r), static_cast<std::size_t>(c)));
    data.getArray()[r] = row;
  }
  Reference<css::sheet::XCellRangeData> range(sheet->getCellRangeByPosition(0, 0, cols - 1, rows - 1),
                                              UNO_QUERY_THROW);
  range->setDataArray(data);
}

// The signature as the text constant the sheet's name holds: "3f2a…" (a
// number would come back from Calc rounded to 15 digits).
rtl::OUString looksMark(const core::SheetLayout& layout) {
  char hex[24];
  std::snprintf(hex, sizeof hex, "\"%llx\"", static_cast<unsigned long long>(core::looksSignature(layout)));
  return rtl::OUString::createFromAscii(hex);
}

// The content of the sheet's own name `mark`, or empty.
rtl::OUString markOf(const Reference<css::sheet::XSpreadsheet>& sheet, const char* mark) {
  Reference<css::sheet::XNamedRanges> names = localNames(sheet);
  const rtl::OUString name = rtl::OUString::createFromAscii(mark);
  if (!names.is() || !names->hasByName(name)) return {};
  Reference<css::sheet::XNamedRange> range(names->getByName(name), UNO_QUERY);
  return range.is() ? range->getContent() : rtl::OUString();
}

}  // namespace

std::vector<std::string> rewriteOwnedSheets(const Reference<css::frame::XModel>& model,
                                            const std::vector<core::SheetLayout>& layouts,
                                            const FeedbackTable& source) {
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY_THROW);
  const std::vector<std::string> owned = ownedSheets(doc);
  if (owned.size() != layouts.size() || layouts.empty()) return {};
  Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  std::vector<Reference<css::sheet::XSpreadsheet>> targets;
  for (std::size_t i = 0; i < layouts.size(); ++i) {
    if (owned[i] != layouts[i].name) return {};
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(toOUString(owned[i])), UNO_QUERY_THROW);
    const std::optional<FeedbackTable> from = sourceOfOwnedSheet(sheet);
    if (!from || from->sheetName != source.sheetName ||
        from->address.StartColumn != source.address.StartColumn ||
        from->address.StartRow != source.address.StartRow ||
        from->address.EndColumn != source.address.EndColumn ||
        from->address.EndRow != source.address.EndRow || markOf(sheet, kLooksMark) != looksMark(layouts[i]))
      return {};
    targets.push_back(sheet);
  }
  // Nothing was written beside or below the sheet's cells since (the used
  // area, which ends at the last cell with content, stays within them):
  // rewriting the cells leaves nothing of an earlier build behind.
  for (std::size_t i = 0; i < layouts.size(); ++i) {
    Reference<css::sheet::XSheetCellCursor> cursor = targets[i]->createCursor();
    Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    const css::table::CellRangeAddress a =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    if (a.EndColumn >= static_cast<sal_Int32>(layouts[i].columns()) ||
        a.EndRow >= static_cast<sal_Int32>(layouts[i].rows.size()))
      return {};
  }
  for (std::size_t i = 0; i < layouts.size(); ++i) writeValues(targets[i], layouts[i]);
  return owned;
}

std::vector<std::string> insertSheets(const Reference<css::frame::XModel>& model,
                                      const std::vector<core::SheetLayout>& layouts) {
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY_THROW);
  Reference<css::sheet::XSpreadsheets> sheets = doc->getSheets();
  Reference<css::container::XIndexAccess> indexed(sheets, UNO_QUERY_THROW);
  std::vector<std::string> names;
  for (const core::SheetLayout& layout : layouts) {
    names.push_back(uniqueSheetName(doc, layout.name));
    const sal_Int16 index = static_cast<sal_Int16>(indexed->getCount());
    sheets->insertNewByName(toOUString(names.back()), index);
    Reference<css::sheet::XSpreadsheet> sheet(indexed->getByIndex(index), UNO_QUERY_THROW);
    // Not recorded for undo, as the looks below: undo removes the sheet.
    UndoLock unrecorded(model);
    setColumnWidths(sheet, layout);  // before the page style: no page breaks to work out yet
    setPageStyle(model, sheet, index, layout);
  }
  return names;
}

void writeSheet(const Reference<css::frame::XModel>& model, const core::SheetLayout& layout,
                const FeedbackTable& source, const std::string& name) {
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(toOUString(name)), UNO_QUERY_THROW);
  const sal_Int16 index = Reference<css::sheet::XCellRangeAddressable>(
                              sheet->getCellRangeByPosition(0, 0, 0, 0), UNO_QUERY_THROW)
                              ->getRangeAddress()
                              .Sheet;

  const sal_Int32 rows = static_cast<sal_Int32>(layout.rows.size());
  writeValues(sheet, layout);

  Reference<css::sheet::XNamedRanges> names = localNames(sheet);
  names->addNewByName(rtl::OUString::createFromAscii(kOwnerMark), absoluteReference(source),
                      css::table::CellAddress(index, 0, 0), 0);
  names->addNewByName(rtl::OUString::createFromAscii(kLooksMark), looksMark(layout),
                      css::table::CellAddress(index, 0, 0), 0);

  // The looks are not recorded for undo: undo removes the whole sheet
  // anyway, and Calc keeps at most as many actions in one undo step as its
  // undo setting allows (100 by default), dropping the oldest, which would
  // be the sheet insertions themselves. Redo brings back the cells only.
  UndoLock unrecorded(model);
  HeightLock heights(model);
  Reference<css::lang::XMultiServiceFactory> factory(model, UNO_QUERY_THROW);
  for (const auto& [style, runs] : runsBy<core::CellStyle>(layout, index, [](const core::ReportCell& c) {
         return c.style == core::CellStyle::Plain ? std::nullopt : std::optional<core::CellStyle>(c.style);
       }))
    applyStyle(model, rangesOf(factory, runs), style);
  for (const auto& [fill, runs] : runsBy<std::uint32_t>(layout, index, [](const core::ReportCell& c) {
         return c.fill == core::kNoFill ? std::nullopt : std::optional<std::uint32_t>(c.fill);
       }))
    rangesOf(factory, runs)->setPropertyValue("CellBackColor", Any(static_cast<sal_Int32>(fill)));
  for (const core::CellBlock& m : layout.merged) {
    Reference<css::util::XMergeable> merge(
        sheet->getCellRangeByPosition(static_cast<sal_Int32>(m.firstColumn), static_cast<sal_Int32>(m.firstRow),
                                      static_cast<sal_Int32>(m.lastColumn), static_cast<sal_Int32>(m.lastRow)),
        UNO_QUERY_THROW);
    merge->merge(true);
  }
  // Every row below the note once, now that its looks are final; the title
  // and the note get their heights from setRowHeights.
  if (heights.release() && rows > 2) {
    Reference<css::table::XColumnRowRange> below(sheet->getCellRangeByPosition(0, 2, 0, rows - 1),
                                                 UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(below->getRows(), UNO_QUERY_THROW)
        ->setPropertyValue("OptimalHeight", Any(true));
  }
  setRowHeights(sheet, layout);

  // Frozen panes belong to the view: freeze while the sheet is the active one.
  Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(), UNO_QUERY);
  Reference<css::sheet::XViewFreezable> freeze(view, UNO_QUERY);
  if (view.is() && freeze.is() && (layout.freezeRows > 0 || layout.freezeColumns > 0)) {
    view->setActiveSheet(sheet);
    freeze->freezeAtPosition(static_cast<sal_Int32>(layout.freezeColumns), static_cast<sal_Int32>(layout.freezeRows));
  }
}

void addCharts(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XModel>& model,
               const core::SheetLayout& layout, const std::string& name) {
  if (layout.charts.empty()) return;
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(toOUString(name)), UNO_QUERY_THROW);
  Reference<css::sheet::XCellRangeAddressable> where(sheet->getCellRangeByPosition(0, 0, 0, 0), UNO_QUERY_THROW);
  const sal_Int16 index = where->getRangeAddress().Sheet;
  UndoLock unrecorded(model);  // as the looks: undo removes the whole sheet
  for (const core::ChartSpec& chart : layout.charts) addChart(context, sheet, index, chart);
}

void relabelCharts(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XModel>& model,
                   const core::SheetLayout& layout, const std::string& name) {
  if (layout.charts.empty()) return;
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  Reference<css::table::XTableChartsSupplier> supplier(sheets->getByName(toOUString(name)), UNO_QUERY_THROW);
  Reference<css::table::XTableCharts> charts = supplier->getCharts();
  UndoLock unrecorded(model);
  for (const rtl::OUString& chartName : charts->getElementNames()) {
    const std::string n = toUtf8(chartName);
    for (const core::ChartSpec& spec : layout.charts) {
      if (spec.pointLabels.empty() || n.rfind(spec.name + " #", 0) != 0) continue;
      Reference<css::document::XEmbeddedObjectSupplier> embedded(charts->getByName(chartName), UNO_QUERY_THROW);
      Reference<css::chart::XChartDocument> chart(embedded->getEmbeddedObject(), UNO_QUERY);
      if (chart.is()) labelPoints(context, chart, spec.pointLabels);
    }
  }
}

}  // namespace cf::uno
