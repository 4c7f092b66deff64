#include "document_state.h"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextSectionsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

std::string valueText(const Any& v) {
  double d = 0;
  rtl::OUString s;
  if (v >>= d) {
    std::ostringstream out;
    out.precision(17);
    out << "n:" << d;
    return out.str();
  }
  if ((v >>= s) && !s.isEmpty()) return "t:" + toUtf8(s);
  return {};
}

SheetState sheetState(const Reference<css::sheet::XSpreadsheet>& sheet) {
  SheetState state;
  state.name = toUtf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
  Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
  Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
  used->gotoStartOfUsedArea(false);
  used->gotoEndOfUsedArea(true);
  const Cells values = Reference<css::sheet::XCellRangeData>(cursor, UNO_QUERY_THROW)->getDataArray();
  const Sequence<Sequence<rtl::OUString>> formulas =
      Reference<css::sheet::XCellRangeFormula>(cursor, UNO_QUERY_THROW)->getFormulaArray();
  for (const auto& row : values) {
    std::vector<std::string>& out = state.values.emplace_back();
    for (const Any& v : row) out.push_back(valueText(v));
  }
  for (const auto& row : formulas) {
    std::vector<std::string>& out = state.formulas.emplace_back();
    for (const rtl::OUString& f : row) out.push_back(toUtf8(f));
  }
  return state;
}

std::string tableLine(const Reference<css::text::XTextTable>& table) {
  std::string line = "[table " + toUtf8(Reference<css::container::XNamed>(table, UNO_QUERY_THROW)->getName()) + "]";
  Reference<css::table::XCellRange> range(table, UNO_QUERY_THROW);
  // Cell names cover merged and split cells, which a row × column walk would not.
  for (const rtl::OUString& name : table->getCellNames())
    line += " " + toUtf8(name) + "=" +
            toUtf8(Reference<css::text::XText>(table->getCellByName(name), UNO_QUERY_THROW)->getString());
  return line;
}

std::string shortened(const std::string& s) { return s.size() <= 80 ? s : s.substr(0, 77) + "…"; }

}  // namespace

std::vector<std::string> CalcState::names() const {
  std::vector<std::string> out;
  for (const SheetState& s : sheets) out.push_back(s.name);
  return out;
}

CalcState calcState(const ScopedDocument& doc) {
  CalcState state;
  Reference<css::container::XIndexAccess> sheets(doc.as<css::sheet::XSpreadsheetDocument>()->getSheets(),
                                                 UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
    state.sheets.push_back(sheetState(Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(i), UNO_QUERY_THROW)));
  return state;
}

std::vector<std::string> sheetNames(const ScopedDocument& doc) {
  std::vector<std::string> out;
  for (const rtl::OUString& name : doc.as<css::sheet::XSpreadsheetDocument>()->getSheets()->getElementNames())
    out.push_back(toUtf8(name));
  return out;
}

std::string describeDifference(const CalcState& before, const CalcState& after) {
  std::ostringstream out;
  if (before.names() != after.names()) {
    out << "sheets before:";
    for (const auto& n : before.names()) out << " [" << n << "]";
    out << "; after:";
    for (const auto& n : after.names()) out << " [" << n << "]";
    return out.str();
  }
  int shown = 0;
  for (std::size_t s = 0; s < before.sheets.size(); ++s) {
    const SheetState& a = before.sheets[s];
    const SheetState& b = after.sheets[s];
    if (a.values.size() != b.values.size()) out << a.name << ": " << a.values.size() << " rows became " << b.values.size() << "; ";
    for (std::size_t r = 0; r < std::min(a.values.size(), b.values.size()) && shown < 5; ++r)
      for (std::size_t c = 0; c < std::min(a.values[r].size(), b.values[r].size()) && shown < 5; ++c)
        if (a.values[r][c] != b.values[r][c] || a.formulas[r][c] != b.formulas[r][c]) {
          out << a.name << " row " << r + 1 << " column " << c + 1 << ": \"" << shortened(a.formulas[r][c])
              << "\" became \"" << shortened(b.formulas[r][c]) << "\"; ";
          ++shown;
        }
  }
  return out.str();
}

WriterState writerState(const ScopedDocument& doc) {
  WriterState state;
  Reference<css::container::XEnumerationAccess> body(doc.as<css::text::XTextDocument>()->getText(), UNO_QUERY_THROW);
  Reference<css::container::XEnumeration> e = body->createEnumeration();
  while (e->hasMoreElements()) {
    const Any element = e->nextElement();
    Reference<css::text::XTextTable> table(element, UNO_QUERY);
    if (table.is()) state.body.push_back(tableLine(table));
    else state.body.push_back(toUtf8(Reference<css::text::XTextRange>(element, UNO_QUERY_THROW)->getString()));
  }
  Reference<css::container::XIndexAccess> sections(
      doc.as<css::text::XTextSectionsSupplier>()->getTextSections(), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < sections->getCount(); ++i)
    state.sections.push_back(toUtf8(Reference<css::container::XNamed>(sections->getByIndex(i), UNO_QUERY_THROW)->getName()));
  Reference<css::beans::XPropertySet> user(
      doc.as<css::document::XDocumentPropertiesSupplier>()->getDocumentProperties()->getUserDefinedProperties(),
      UNO_QUERY_THROW);
  if (user->getPropertySetInfo()->hasPropertyByName("CustomerFocusModel")) {
    rtl::OUString model;
    user->getPropertyValue("CustomerFocusModel") >>= model;
    state.storedModel = toUtf8(model);
  }
  return state;
}

std::ostream& operator<<(std::ostream& out, const CalcState& s) {
  out << "{";
  for (const SheetState& sheet : s.sheets) out << " [" << sheet.name << ": " << sheet.values.size() << " rows]";
  return out << " }";
}

std::ostream& operator<<(std::ostream& out, const WriterState& s) {
  out << "{ body:";
  for (const std::string& p : s.body) out << "\n  " << shortened(p);
  out << "\n  sections:";
  for (const std::string& n : s.sections) out << " " << n;
  return out << "\n  model: " << shortened(s.storedModel) << " }";
}

Reference<css::document::XUndoManager> undoManager(const ScopedDocument& doc) {
  return doc.as<css::document::XUndoManagerSupplier>()->getUndoManager();
}

sal_Int32 undoSteps(const ScopedDocument& doc) { return undoManager(doc)->getAllUndoActionTitles().getLength(); }

bool waitForUndoStep(const ScopedDocument& doc, sal_Int32 stepsBefore, int seconds) {
  Reference<css::document::XUndoManager> undo = undoManager(doc);
  Reference<css::frame::XModel> model = doc.as<css::frame::XModel>();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    // The command runs while these reads are made, so they are made in the
    // opposite order of its own steps (lock the view, open the undo step, …,
    // close the step, unlock the view): a step counted, then a view found
    // unlocked, mean it got to its end.
    if (undo->getAllUndoActionTitles().getLength() > stepsBefore && !model->hasControllersLocked())
      return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

bool pressButtonAndWait(const ScopedDocument& doc,
                        const Reference<css::awt::XControlContainer>& controls,
                        const std::string& name, int seconds) {
  const sal_Int32 before = undoSteps(doc);
  pressButton(controls, name);
  return waitForUndoStep(doc, before, seconds);
}

::testing::AssertionResult officeAnswers(const ScopedDocument& doc) {
  if (!office().alive()) return ::testing::AssertionFailure() << "the office no longer answers";
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:SelfTest");
  if (!r.finished || !r.success) return ::testing::AssertionFailure() << "SelfTest did not answer: " << r.message;
  return ::testing::AssertionSuccess();
}

Reference<css::sheet::XSpreadsheet> sheetAt(const ScopedDocument& doc, sal_Int32 index) {
  Reference<css::container::XIndexAccess> sheets(doc.as<css::sheet::XSpreadsheetDocument>()->getSheets(),
                                                 UNO_QUERY_THROW);
  return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index), UNO_QUERY_THROW);
}

Reference<css::sheet::XSpreadsheet> sheetNamed(const ScopedDocument& doc, const std::string& name) {
  return Reference<css::sheet::XSpreadsheet>(
      doc.as<css::sheet::XSpreadsheetDocument>()->getSheets()->getByName(rtl::OUString::fromUtf8(name.c_str())),
      UNO_QUERY_THROW);
}

void fill(const Reference<css::sheet::XSpreadsheet>& sheet, const Cells& cells, sal_Int32 column, sal_Int32 row) {
  Reference<css::sheet::XCellRangeData> range(
      sheet->getCellRangeByPosition(column, row, column + cells[0].getLength() - 1, row + cells.getLength() - 1),
      UNO_QUERY_THROW);
  range->setDataArray(cells);
}

Cells toCells(const std::vector<std::vector<Any>>& rows) {
  Cells out(static_cast<sal_Int32>(rows.size()));
  for (std::size_t r = 0; r < rows.size(); ++r)
    out.getArray()[r] = Sequence<Any>(rows[r].data(), static_cast<sal_Int32>(rows[r].size()));
  return out;
}

Any str(const std::string& utf8) {
  return Any(rtl::OStringToOUString(rtl::OString(utf8.data(), static_cast<sal_Int32>(utf8.size())),
                                    RTL_TEXTENCODING_UTF8));
}

std::string cellString(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row) {
  return toUtf8(Reference<css::text::XTextRange>(sheet->getCellByPosition(column, row), UNO_QUERY_THROW)->getString());
}

sal_Int32 findRow(const Reference<css::sheet::XSpreadsheet>& sheet, const std::string& label, sal_Int32 from,
                  sal_Int32 to) {
  const Cells column =
      Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByPosition(0, from, 0, to), UNO_QUERY_THROW)
          ->getDataArray();
  for (sal_Int32 r = 0; r < column.getLength(); ++r) {
    rtl::OUString text;
    if ((column[r][0] >>= text) && toUtf8(text) == label) return from + r;
  }
  return -1;
}

sal_Int32 findColumn(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 row, const std::string& prefix) {
  const Cells cells =
      Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByPosition(0, row, 80, row), UNO_QUERY_THROW)
          ->getDataArray();
  for (sal_Int32 c = 0; c < cells[0].getLength(); ++c) {
    rtl::OUString text;
    if ((cells[0][c] >>= text) && toUtf8(text).rfind(prefix, 0) == 0) return c;
  }
  return -1;
}

std::size_t residentKiB(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") {
      std::size_t kib = 0;
      status >> kib;
      return kib;
    }
    std::getline(status, key);
  }
  return 0;
}

std::size_t openDescriptors(pid_t pid) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry :
       std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/fd"))
    ++n;
  return n;
}

ScopedDocument loadCsv(const std::string& path, bool readOnly) {
  std::vector<css::beans::PropertyValue> args = {
      property("FilterName", css::uno::Any(rtl::OUString("Text - txt - csv (StarCalc)"))),
      // comma, double quote, UTF-8, from line 1, default column types,
      // language 0, quoted fields as text, detect special numbers.
      property("FilterOptions", css::uno::Any(rtl::OUString("44,34,76,1,,0,false,true,true")))};
  if (readOnly) args.push_back(property("ReadOnly", css::uno::Any(true)));
  return ScopedDocument(office().loadDocument(cli::Office::fileUrl(path), args));
}

}  // namespace cf::test
