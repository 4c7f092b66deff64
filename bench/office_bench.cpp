// office_bench: Build value matrix in a real headless LibreOffice, against
// what a user would otherwise do (a DataPilot of the item averages by group)
// and against the floor no implementation can beat (one getDataArray of the
// table inside the office).
//
// For each size it writes a CSV of N respondents × 64 columns (Respondent ID,
// Group with 6 groups, Role, 30 "Importance: Item k", 30 "Satisfaction: Item
// k", NPS; with --waves also a Wave column), opens it in Calc, selects the
// table and times, in one office:
//   panel  the Calc panel's refresh after a selection change (its detection)
//   ours   vnd.customerfocus:BuildValueMatrix, dispatched until it answers:
//          a first build (no output sheets yet) and a rebuild (which
//          replaces them), each timed on its own
//   floor  vnd.customerfocus:ReadTable: one getDataArray of the whole table
//   pivot  a DataPilot averaging the 60 items by group, from the descriptor's
//          first field access (Calc builds its cache then) until its output
//          has been read back
// Each is repeated and the median printed, with the office's RSS after
// loading and its peak (VmHWM after writing 5 to /proc/PID/clear_refs)
// during each phase.
//
//   bash scripts/bench.sh                       # 1k, 10k, 100k, 1M
//   bash scripts/bench.sh --sizes 10000,100000 --repeat 5
#include "office.h"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XToolkitExperimental.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/DataPilotFieldOrientation.hpp>
#include <com/sun/star/sheet/GeneralFunction.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XDataPilotDataLayoutFieldSupplier.hpp>
#include <com/sun/star/sheet/XDataPilotDescriptor.hpp>
#include <com/sun/star/sheet/XDataPilotTable.hpp>
#include <com/sun/star/sheet/XDataPilotTables.hpp>
#include <com/sun/star/sheet/XDataPilotTablesSupplier.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

const char* const kGroups[] = {"Families", "Schools", "Members", "Volunteers", "Funders", "Partners"};

std::string u8(const rtl::OUString& s) {
  const rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
  return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

css::beans::PropertyValue property(const char* name, const Any& value) {
  css::beans::PropertyValue p;
  p.Name = rtl::OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

// xorshift64*: the same table on every run.
struct Random {
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  std::uint64_t next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1Dull;
  }
};

// The generated table: Respondent ID, Group, Role, `items` importance and
// `items` satisfaction columns, NPS and, with `outcome`, an overall
// satisfaction that follows the satisfaction items (which makes the build
// compute key drivers).
struct Shape {
  int items = 30;
  bool outcome = false;
  bool waves = false;  // a Wave column after the ID: 2025 for the first half, 2026 after
  int columns() const { return 3 + 2 * items + 1 + (outcome ? 1 : 0) + (waves ? 1 : 0); }
  std::string name(std::size_t n) const {
    return "table-" + std::to_string(n) +
           (items != 30 ? "-" + std::to_string(items) + "items" : "") +
           (outcome ? "-overall" : "") + (waves ? "-waves" : "") + ".csv";
  }
};

void writeCsv(const std::filesystem::path& path, std::size_t respondents, const Shape& shape) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  std::string line = shape.waves ? "Respondent ID,Wave,Group,Role" : "Respondent ID,Group,Role";
  for (int k = 1; k <= shape.items; ++k) line += ",Importance: Item " + std::to_string(k);
  for (int k = 1; k <= shape.items; ++k) line += ",Satisfaction: Item " + std::to_string(k);
  line += shape.outcome ? ",NPS,Overall satisfaction\n" : ",NPS\n";
  out << line;
  Random random;
  for (std::size_t r = 1; r <= respondents; ++r) {
    const std::size_t g = random.next() % 6;
    line = std::to_string(r) + (shape.waves ? (2 * r <= respondents ? ",2025" : ",2026") : "") +
           "," + kGroups[g] + (g < 3 ? ",primary" : ",supporting");
    int satisfaction = 0;
    for (int c = 0; c < 2 * shape.items; ++c) {
      const int answer = 1 + static_cast<int>(random.next() % 5);
      if (c >= shape.items) satisfaction += answer;
      line += ',';
      line += static_cast<char>('0' + answer);
    }
    line += "," + std::to_string(random.next() % 11);
    if (shape.outcome) {
      const int noisy = (2 * satisfaction + shape.items) / (2 * shape.items) +
                        static_cast<int>(random.next() % 3) - 1;
      line += "," + std::to_string(std::clamp(noisy, 1, 5));
    }
    out << line << '\n';
  }
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

// The office's memory, in MiB, from /proc/PID/status ("VmRSS", "VmHWM").
double statusMiB(pid_t pid, const char* field) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  const std::string key = std::string(field) + ":";
  while (std::getline(in, line))
    if (line.rfind(key, 0) == 0) return std::stod(line.substr(key.size())) / 1024.0;
  return 0;
}

// Resets the office's high-water mark to its current RSS.
void clearPeak(pid_t pid) {
  std::ofstream("/proc/" + std::to_string(pid) + "/clear_refs") << "5";
}

// CPU seconds the office has used, all its threads: unlike the wall clock,
// it does not count the time other programs on the machine take.
double cpuSeconds(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::istringstream fields(text.substr(text.rfind(')') + 2));
  std::string field;
  double ticks = 0;
  for (int i = 3; fields >> field; ++i) {
    if (i == 14 || i == 15) ticks += std::stod(field);  // utime, stime
    if (i == 15) break;
  }
  return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

double seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  if (v.empty()) return 0;
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

struct Args {
  std::vector<std::size_t> sizes = {1'000, 10'000, 100'000, 1'000'000};
  int repeat = 3;
  std::string phases = "panel,ours,floor,pivot";
  std::filesystem::path work = CF_BENCH_WORK_DIR;
  std::filesystem::path oxt = CF_BENCH_OXT;
  Shape shape;
  std::filesystem::path table;  // a CSV of the caller's instead of a generated one
};

Args parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--sizes") {
      a.sizes.clear();
      std::stringstream list(value());
      for (std::string n; std::getline(list, n, ',');) a.sizes.push_back(std::stoul(n));
    } else if (arg == "--repeat") {
      a.repeat = std::max(1, std::stoi(value()));
    } else if (arg == "--phases") {
      a.phases = value();
    } else if (arg == "--work") {
      a.work = value();
    } else if (arg == "--items") {
      a.shape.items = std::max(1, std::stoi(value()));
    } else if (arg == "--overall") {
      a.shape.outcome = true;
    } else if (arg == "--waves") {
      a.shape.waves = true;
    } else if (arg == "--oxt") {
      a.oxt = value();
    } else if (arg == "--table") {
      a.table = value();
    } else if (arg == "--help" || arg == "-h") {
      std::cout
          << "office_bench [--sizes 1000,10000,100000,1000000] [--repeat 3] [--phases "
             "panel,ours,floor,pivot]"
             " [--work DIR]\n"
             "             [--items 30] [--overall] [--waves] [--oxt FILE] [--table FILE.csv]\n"
             "  --items     items in the generated table (importance and satisfaction each)\n"
             "  --overall   add an overall satisfaction column: the build computes key drivers\n"
             "  --waves     add a Wave column (2025, then 2026): the build adds the Trends sheet\n"
             "  --oxt       the extension to time (default: this build's)\n"
             "  --table     time this comma-separated table instead (one size; no pivot)\n";
      std::exit(0);
    } else {
      throw std::runtime_error("unknown argument " + arg);
    }
  }
  return a;
}

struct Row {
  std::size_t n = 0;
  double load = 0, panelMs = 0, selectMs = 0, ours = 0, rebuild = 0, floor = 0, pivot = 0;
  double oursCpu = 0, rebuildCpu = 0, floorCpu = 0, pivotCpu = 0;  // the office's CPU seconds
  double docRss = 0, oursPeak = 0, floorPeak = 0, pivotPeak = 0;
  std::string oursSays, floorSays, panelSays;
};

class Bench {
 public:
  Bench(cf::cli::Office& office, const Args& args) : office_(office), args_(args) {}

  Row run(std::size_t n) {
    Row row;
    row.n = n;
    std::filesystem::path csv = args_.table;
    if (csv.empty()) {
      csv = args_.work / args_.shape.name(n);
      if (!std::filesystem::exists(csv)) writeCsv(csv, n, args_.shape);
    }
    auto start = std::chrono::steady_clock::now();
    doc_ = office_.loadDocument(cf::cli::Office::fileUrl(csv),
                                {property("FilterName", Any(rtl::OUString("Text - txt - csv (StarCalc)"))),
                                 property("FilterOptions", Any(rtl::OUString("44,34,76,1,,0,false,true,true")))});
    row.load = seconds(start);
    model_.set(doc_, UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(doc_, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(), UNO_QUERY_THROW);
    data_.set(sheets->getByIndex(0), UNO_QUERY_THROW);
    table_ = usedArea();
    row.n = n = static_cast<std::size_t>(table_.EndRow);
    idle();
    row.docRss = statusMiB(office_.pid(), "VmRSS");

    if (wanted("panel")) {
      double alone = 0;
      row.panelMs = panel(row.panelSays, alone) * 1000;
      row.selectMs = alone * 1000;
      log(n, "panel", row.panelMs / 1000, row.panelSays);
    }

    // Each repetition: a first build on a document without our sheets, then
    // a rebuild that replaces them. Our sheets are removed in between,
    // outside the timing.
    std::vector<double> times, cpus, rebuildTimes, rebuildCpus;
    for (int i = 0; wanted("ours") && i < args_.repeat; ++i) {
      removeOutputSheets();
      for (int pass = 0; pass < 2; ++pass) {
        selectTable();
        clearUndo();
        idle();
        clearPeak(office_.pid());
        const double cpu = cpuSeconds(office_.pid());
        start = std::chrono::steady_clock::now();
        const cf::cli::DispatchResult r =
            office_.dispatch(doc_, "vnd.customerfocus:BuildValueMatrix");
        (pass == 0 ? times : rebuildTimes).push_back(seconds(start));
        (pass == 0 ? cpus : rebuildCpus).push_back(cpuSeconds(office_.pid()) - cpu);
        row.oursPeak = std::max(row.oursPeak, statusMiB(office_.pid(), "VmHWM"));
        if (!r.finished || !r.success)
          throw std::runtime_error("BuildValueMatrix failed: " + r.message);
        row.oursSays = r.message.substr(0, r.message.find('\n'));
        log(n, pass == 0 ? "ours, first build" : "ours, rebuild", seconds(start), row.oursSays);
      }
    }
    row.ours = median(times);
    row.oursCpu = median(cpus);
    row.rebuild = median(rebuildTimes);
    row.rebuildCpu = median(rebuildCpus);
    cpus.clear();
    removeOutputSheets();
    clearUndo();

    times.clear();
    for (int i = 0; wanted("floor") && i < args_.repeat; ++i) {
      selectTable();
      idle();
      clearPeak(office_.pid());
      double cpu = cpuSeconds(office_.pid());
      start = std::chrono::steady_clock::now();
      const cf::cli::DispatchResult r = office_.dispatch(doc_, "vnd.customerfocus:ReadTable");
      times.push_back(seconds(start));
      cpus.push_back(cpuSeconds(office_.pid()) - cpu);
      row.floorPeak = std::max(row.floorPeak, statusMiB(office_.pid(), "VmHWM"));
      if (!r.finished || !r.success) throw std::runtime_error("ReadTable failed: " + r.message);
      row.floorSays = r.message + " cells";
      log(n, "floor", times.back(), row.floorSays);
    }
    row.floor = median(times);
    row.floorCpu = median(cpus);
    cpus.clear();

    times.clear();
    for (int i = 0; wanted("pivot") && args_.table.empty() && i < args_.repeat; ++i) {
      idle();
      clearPeak(office_.pid());
      std::string says;
      const double cpu = cpuSeconds(office_.pid());
      times.push_back(pivot(says));
      cpus.push_back(cpuSeconds(office_.pid()) - cpu);
      row.pivotPeak = std::max(row.pivotPeak, statusMiB(office_.pid(), "VmHWM"));
      log(n, "pivot", times.back(), says);
      // A released descriptor frees its cache in the background; a new one
      // made at once can throw inside Calc and end the connection.
      idle();
    }
    row.pivot = median(times);
    row.pivotCpu = median(cpus);

    cf::cli::Office::closeDocument(doc_);
    doc_.clear();
    model_.clear();
    data_.clear();
    idle();
    return row;
  }

 private:
  bool wanted(const char* phase) const {
    return ("," + args_.phases + ",").find("," + std::string(phase) + ",") != std::string::npos;
  }

  static void log(std::size_t n, const char* what, double s, const std::string& says) {
    std::cerr << "  " << n << " " << what << ": " << s << " s  (" << says << ")" << std::endl;
  }

  // Pending events handled, then until the office's CPU use falls to near
  // nothing for half a second (at most a minute): after a load, Calc goes on
  // working in the background, and a released DataPilot frees its cache there.
  void idle() {
    Reference<css::awt::XToolkitExperimental> toolkit(css::awt::Toolkit::create(office_.context()), UNO_QUERY);
    if (toolkit.is()) toolkit->processEventsToIdle();
    for (int i = 0; i < 120; ++i) {
      const double before = cpuSeconds(office_.pid());
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      if (cpuSeconds(office_.pid()) - before < 0.02) break;
    }
  }

  // The loaded table's used area: header row and respondents.
  css::table::CellRangeAddress usedArea() {
    Reference<css::sheet::XSheetCellCursor> cursor = data_->createCursor();
    Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    return Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
  }

  Reference<css::table::XCellRange> tableRange() {
    return data_->getCellRangeByPosition(table_.StartColumn, table_.StartRow, table_.EndColumn, table_.EndRow);
  }

  void selectTable() {
    Reference<css::sheet::XSpreadsheetView> view(model_->getCurrentController(), UNO_QUERY_THROW);
    view->setActiveSheet(data_);
    Reference<css::view::XSelectionSupplier>(view, UNO_QUERY_THROW)->select(Any(tableRange()));
  }

  // Every sheet but the table's: what a build added.
  void removeOutputSheets() {
    Reference<css::sheet::XSpreadsheetView> view(model_->getCurrentController(), UNO_QUERY_THROW);
    view->setActiveSheet(data_);
    Reference<css::sheet::XSpreadsheets> sheets =
        Reference<css::sheet::XSpreadsheetDocument>(doc_, UNO_QUERY_THROW)->getSheets();
    Reference<css::container::XIndexAccess> indexed(sheets, UNO_QUERY_THROW);
    while (indexed->getCount() > 1)
      sheets->removeByName(Reference<css::container::XNamed>(
                               indexed->getByIndex(indexed->getCount() - 1), UNO_QUERY_THROW)
                               ->getName());
    clearUndo();
  }

  void clearUndo() {
    Reference<css::document::XUndoManagerSupplier> supplier(doc_, UNO_QUERY_THROW);
    supplier->getUndoManager()->clear();
  }

  // Median time of select(): the table and a cell inside it, in turn.
  double selections() {
    Reference<css::view::XSelectionSupplier> selection(model_->getCurrentController(), UNO_QUERY_THROW);
    std::vector<double> times;
    for (int i = 0; i < 2 * args_.repeat; ++i) {
      Reference<css::table::XCellRange> target =
          i % 2 ? tableRange() : data_->getCellRangeByPosition(3, 1 + i, 3, 1 + i);
      const auto start = std::chrono::steady_clock::now();
      selection->select(Any(target));
      times.push_back(seconds(start));
    }
    return median(times);
  }

  // The Calc panel, made by the sidebar's factory; a selection change calls
  // its refresh before select() returns. `alone`: the same selections
  // without the panel, what Calc itself takes.
  double panel(std::string& says, double& alone) {
    selectTable();
    idle();
    alone = selections();
    Reference<css::frame::XFrame> frame = cf::cli::frameOf(doc_);
    Reference<css::ui::XUIElementFactory> factory(
        office_.context()->getServiceManager()->createInstanceWithContext("org.customerfocus.PanelFactory",
                                                                          office_.context()),
        UNO_QUERY_THROW);
    Sequence<css::beans::PropertyValue> args(2);
    args.getArray()[0] = property("Frame", Any(frame));
    args.getArray()[1] = property("ParentWindow", Any(frame->getContainerWindow()));
    Reference<css::ui::XUIElement> element =
        factory->createUIElement("private:resource/toolpanel/CustomerFocusPanelFactory/Calc", args);
    Reference<css::awt::XControlContainer> controls(
        Reference<css::ui::XToolPanel>(element->getRealInterface(), UNO_QUERY_THROW)->getWindow(), UNO_QUERY_THROW);
    idle();
    const double withPanel = selections();
    Reference<css::beans::XPropertySet> model(
        Reference<css::awt::XControl>(controls->getControl("DetectedLabel"), UNO_QUERY_THROW)->getModel(),
        UNO_QUERY_THROW);
    says = u8(model->getPropertyValue("Label").get<rtl::OUString>());
    for (char& c : says)
      if (c == '\n') c = '|';
    Reference<css::lang::XComponent>(element, UNO_QUERY_THROW)->dispose();
    idle();
    return withPanel;
  }

  // A DataPilot on a sheet of its own: rows by Group, the average of each of
  // the 60 items, the data layout field across the columns.
  double pivot(std::string& says) {
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(doc_, UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheets> sheets = spreadsheet->getSheets();
    if (!sheets->hasByName("Pivot")) sheets->insertNewByName("Pivot", 1);
    Reference<css::sheet::XSpreadsheet> out(sheets->getByName("Pivot"), UNO_QUERY_THROW);
    Reference<css::sheet::XDataPilotTables> tables =
        Reference<css::sheet::XDataPilotTablesSupplier>(out, UNO_QUERY_THROW)->getDataPilotTables();
    Reference<css::sheet::XDataPilotDescriptor> descriptor = tables->createDataPilotDescriptor();
    descriptor->setSourceRange(table_);

    const auto start = std::chrono::steady_clock::now();
    Reference<css::container::XIndexAccess> fields = descriptor->getDataPilotFields();
    Reference<css::beans::XPropertySet>(fields->getByIndex(1), UNO_QUERY_THROW)
        ->setPropertyValue("Orientation", Any(css::sheet::DataPilotFieldOrientation_ROW));
    for (sal_Int32 c = 3; c < 3 + 2 * args_.shape.items; ++c) {
      Reference<css::beans::XPropertySet> field(fields->getByIndex(c), UNO_QUERY_THROW);
      field->setPropertyValue("Orientation", Any(css::sheet::DataPilotFieldOrientation_DATA));
      field->setPropertyValue("Function", Any(css::sheet::GeneralFunction_AVERAGE));
    }
    Reference<css::beans::XPropertySet>(
        Reference<css::sheet::XDataPilotDataLayoutFieldSupplier>(descriptor, UNO_QUERY_THROW)->getDataLayoutField(),
        UNO_QUERY_THROW)
        ->setPropertyValue("Orientation", Any(css::sheet::DataPilotFieldOrientation_COLUMN));
    tables->insertNewByName("Averages", css::table::CellAddress{1, 0, 0}, descriptor);
    Reference<css::sheet::XDataPilotTable> table(tables->getByName("Averages"), UNO_QUERY_THROW);
    const css::table::CellRangeAddress a = table->getOutputRange();
    const Sequence<Sequence<Any>> cells =
        Reference<css::sheet::XCellRangeData>(
            out->getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow), UNO_QUERY_THROW)
            ->getDataArray();
    const double took = seconds(start);
    says = std::to_string(cells.getLength()) + "×" + std::to_string(cells.getLength() ? cells[0].getLength() : 0) +
           " cells";
    tables->removeByName("Averages");
    sheets->removeByName("Pivot");
    return took;
  }

  cf::cli::Office& office_;
  const Args& args_;
  Reference<css::lang::XComponent> doc_;
  Reference<css::frame::XModel> model_;
  Reference<css::sheet::XSpreadsheet> data_;
  css::table::CellRangeAddress table_{};
};

std::string fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

void print(const std::vector<Row>& rows) {
  std::cout
      << "\n| N | ours s: first build / rebuild | pivot s | floor s | ours/pivot: first / rebuild "
         "| ours/floor: first / rebuild | office CPU s: first / rebuild / pivot / floor "
         "| CPU ours/pivot: first / rebuild | CPU ours/floor: first / rebuild | select ms: with "
         "panel / alone "
         "| office RSS MiB: document / peak in ours (+) / in pivot / in floor |\n"
         "|---|---|---|---|---|---|---|---|---|---|---|\n";
  for (const Row& r : rows)
    std::cout << "| " << r.n << " | " << fixed(r.ours, 2) << " / " << fixed(r.rebuild, 2) << " | "
              << fixed(r.pivot, 2) << " | " << fixed(r.floor, 2) << " | "
              << fixed(r.ours / r.pivot, 2) << " / " << fixed(r.rebuild / r.pivot, 2) << " | "
              << fixed(r.ours / r.floor, 2) << " / " << fixed(r.rebuild / r.floor, 2) << " | "
              << fixed(r.oursCpu, 2) << " / " << fixed(r.rebuildCpu, 2) << " / "
              << fixed(r.pivotCpu, 2) << " / " << fixed(r.floorCpu, 2) << " | "
              << fixed(r.oursCpu / r.pivotCpu, 2) << " / " << fixed(r.rebuildCpu / r.pivotCpu, 2)
              << " | " << fixed(r.oursCpu / r.floorCpu, 2) << " / "
              << fixed(r.rebuildCpu / r.floorCpu, 2) << " | " << fixed(r.panelMs, 0) << " / "
              << fixed(r.selectMs, 0) << " | " << fixed(r.docRss, 0) << " / "
              << fixed(r.oursPeak, 0) << " (+" << fixed(r.oursPeak - r.docRss, 0) << ") / "
              << fixed(r.pivotPeak, 0) << " / " << fixed(r.floorPeak, 0) << " |\n";
  std::cout << std::flush;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const Args args = parse(argc, argv);
    std::filesystem::create_directories(args.work);
    cf::cli::OfficeOptions options;
    options.oxt = args.oxt;
    options.profile = args.work / "profile";
    std::filesystem::remove_all(options.profile);
    cf::cli::Office office(options);
    std::cerr << "office PID " << office.pid() << ", " << args.repeat << " repetitions, median shown" << std::endl;
    Bench bench(office, args);
    std::vector<Row> rows;
    std::cerr << "table: " << (args.table.empty() ? "generated, " + std::to_string(args.shape.items) + " items" +
                                                       (args.shape.outcome ? " and an overall satisfaction" : "")
                                                 : args.table.string())
              << "; extension: " << args.oxt.string() << std::endl;
    std::vector<std::size_t> sizes = args.sizes;
    if (!args.table.empty()) sizes = {0};
    for (std::size_t n : sizes) {
      rows.push_back(bench.run(n));
      std::cerr << "  " << n << " loaded in " << fixed(rows.back().load, 1) << " s" << std::endl;
      print(rows);
    }
    office.shutdown();
    return 0;
  } catch (const css::uno::Exception& e) {
    std::cerr << "office_bench: " << u8(e.Message) << std::endl;
  } catch (const std::exception& e) {
    std::cerr << "office_bench: " << e.what() << std::endl;
  }
  return 1;
}
