// What a user would see of a document, captured so that a test can say "the
// command changed nothing" or "one undo gave back exactly this": every
// sheet's name, values and formulas in Calc; every paragraph, table cell,
// section name and the stored customer model in Writer.
//
//   const CalcState before = calcState(doc);
//   office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
//   undoManager(doc)->undo();
//   EXPECT_EQ(calcState(doc), before);
#pragma once

#include "office_environment.h"

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace cf::test {

using Cells = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

struct SheetState {
  std::string name;
  std::vector<std::vector<std::string>> values;    // "n:4", "t:text" or "" per cell of the used area
  std::vector<std::vector<std::string>> formulas;  // what the cell holds, formulas as typed
  bool operator==(const SheetState&) const = default;
};

struct CalcState {
  std::vector<SheetState> sheets;
  bool operator==(const CalcState&) const = default;
  std::vector<std::string> names() const;
};

// Every sheet of a Calc document, in order. Reads each used area with one
// getDataArray and one getFormulaArray.
CalcState calcState(const ScopedDocument& doc);
// The sheet names alone, without reading any cell.
std::vector<std::string> sheetNames(const ScopedDocument& doc);
// The differences, for a failure message: the first few changed cells.
std::string describeDifference(const CalcState& before, const CalcState& after);

struct WriterState {
  std::vector<std::string> body;      // paragraphs, and "[table NAME] a | b | …" per table
  std::vector<std::string> sections;  // names, in the document's order
  std::string storedModel;            // the CustomerFocusModel property, "" when absent
  bool operator==(const WriterState&) const = default;
};

WriterState writerState(const ScopedDocument& doc);

std::ostream& operator<<(std::ostream& out, const CalcState& s);
std::ostream& operator<<(std::ostream& out, const WriterState& s);

css::uno::Reference<css::document::XUndoManager> undoManager(const ScopedDocument& doc);
sal_Int32 undoSteps(const ScopedDocument& doc);

// A command started from a button or a menu of a real window runs after the
// press has returned: the toolkit calls the listeners on the office's main
// thread later. A test that went on at once would race the command; closing
// the document while a build still adds its charts even hangs the office.
//   const sal_Int32 before = undoSteps(doc);
//   … press the button …
//   ASSERT_TRUE(waitForUndoStep(doc, before));
// waits until the document's undo stack has one step more and its view is
// unlocked again (a command that writes locks the view before it opens its
// undo step); false after `seconds`.
bool waitForUndoStep(const ScopedDocument& doc, sal_Int32 stepsBefore, int seconds = 60);
// pressButton, then waitForUndoStep.
bool pressButtonAndWait(const ScopedDocument& doc,
                        const css::uno::Reference<css::awt::XControlContainer>& controls,
                        const std::string& name, int seconds = 60);

// The office still runs and a command still answers in this document's frame.
::testing::AssertionResult officeAnswers(const ScopedDocument& doc);

// Calc helpers.
css::uno::Reference<css::sheet::XSpreadsheet> sheetAt(const ScopedDocument& doc, sal_Int32 index);
css::uno::Reference<css::sheet::XSpreadsheet> sheetNamed(const ScopedDocument& doc, const std::string& name);
// Writes `cells` (rectangular) with its top-left corner at (column, row).
void fill(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Cells& cells, sal_Int32 column = 0,
          sal_Int32 row = 0);
Cells toCells(const std::vector<std::vector<css::uno::Any>>& rows);
css::uno::Any str(const std::string& utf8);
std::string cellString(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row);
// The first row (from `from`) whose column A reads `label`; -1 when none does.
sal_Int32 findRow(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const std::string& label,
                  sal_Int32 from = 0, sal_Int32 to = 400);
// The first column of `row` whose text starts with `prefix`; -1 when none does.
sal_Int32 findColumn(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 row,
                     const std::string& prefix);

// Office process figures for the soak: resident memory and open descriptors.
std::size_t residentKiB(pid_t pid);
std::size_t openDescriptors(pid_t pid);

}  // namespace cf::test
