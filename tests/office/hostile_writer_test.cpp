// Insert or update worksheet and Import model against hostile Writer
// documents in a real LibreOffice: an empty document, a model of one bare
// group, very long, right-to-left and emoji text, text that looks like a
// formula, a user's table with merged cells and hidden text, a protected
// section, a read-only document, a stored model that is damaged or from a
// future version, and files that are no model at all. Each attack must leave
// the office answering, tell the user what happened or give the right text,
// leave the user's text as it was, and, when it succeeds, be undone exactly
// by one undo.
#include "document_state.h"

#include "model_io.h"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextSectionsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTableCursor.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

std::filesystem::path scratch(const std::string& name) {
  const auto dir = artifactDir() / "hostile-writer";
  std::filesystem::create_directories(dir);
  return dir / name;
}

std::string modelFile(const core::Model& model, const std::string& name) {
  const auto path = scratch(name);
  std::ofstream(path, std::ios::binary) << core::serializeModel(model);
  return path.string();
}

cli::DispatchResult importModel(const ScopedDocument& doc, const std::string& path) {
  return office().dispatch(doc.get(), "vnd.customerfocus:ImportModel", {property("Path", str(path))});
}

cli::DispatchResult insertWorksheet(const ScopedDocument& doc) {
  return office().dispatch(doc.get(), "vnd.customerfocus:InsertWorksheet");
}

// A refusal changes nothing and adds no undo step; a success is one undo
// step that undo takes back exactly (and redo puts back).
template <class Command>
cli::DispatchResult attack(const ScopedDocument& doc, Command command) {
  const WriterState before = writerState(doc);
  const sal_Int32 steps = undoSteps(doc);
  const cli::DispatchResult r = command();
  EXPECT_TRUE(r.finished);
  EXPECT_TRUE(officeAnswers(doc));
  if (!r.success) {
    EXPECT_FALSE(r.message.empty());
    EXPECT_EQ(writerState(doc), before);
    EXPECT_EQ(undoSteps(doc), steps);
    return r;
  }
  const WriterState after = writerState(doc);
  EXPECT_EQ(undoSteps(doc), steps + 1);
  undoManager(doc)->undo();
  EXPECT_EQ(writerState(doc), before);
  undoManager(doc)->redo();
  EXPECT_EQ(writerState(doc), after);
  return r;
}

core::CustomerGroup group(const std::string& name, core::Role role, const std::string& why) {
  core::CustomerGroup g;
  g.name = name;
  g.role = role;
  (role == core::Role::Primary ? g.lifeChanged : g.whySatisfy) = why;
  g.assumedValues = {{why.substr(0, 200), 4}};
  return g;
}

core::Model modelOf(std::vector<core::CustomerGroup> groups) {
  core::Model m;
  m.organisation.name = "Riverside Learning Centre";
  m.customers = std::move(groups);
  return m;
}

// Every cell text of every table whose name starts with CustomerFocus_.
std::vector<std::string> worksheetCells(const ScopedDocument& doc) {
  std::vector<std::string> out;
  Reference<css::container::XNameAccess> tables = doc.as<css::text::XTextTablesSupplier>()->getTextTables();
  for (const rtl::OUString& name : tables->getElementNames()) {
    if (!name.startsWith("CustomerFocus_")) continue;
    Reference<css::text::XTextTable> table(tables->getByName(name), UNO_QUERY_THROW);
    for (const rtl::OUString& cell : table->getCellNames()) {
      Reference<css::table::XCell> c = table->getCellByName(cell);
      out.push_back(toUtf8(Reference<css::text::XText>(c, UNO_QUERY_THROW)->getString()));
      // Writer tables compute "=…" cells when told to; ours must hold text.
      EXPECT_TRUE(c->getFormula().isEmpty()) << toUtf8(name) << "." << toUtf8(cell);
      EXPECT_NE(c->getType(), css::table::CellContentType_FORMULA) << toUtf8(name) << "." << toUtf8(cell);
    }
  }
  return out;
}

bool contains(const std::vector<std::string>& cells, const std::string& text) {
  return std::find(cells.begin(), cells.end(), text) != cells.end();
}

TEST(HostileWriter, EmptyDocumentTakesAnImportAndAWorksheetEachUndoneByOneUndo) {
  ScopedDocument doc("private:factory/swriter");
  const std::string path = modelFile(modelOf({group("Children", core::Role::Primary, "They read.")}), "one.json");
  ASSERT_TRUE(attack(doc, [&] { return importModel(doc, path); }).success);
  ASSERT_TRUE(attack(doc, [&] { return insertWorksheet(doc); }).success);
  EXPECT_TRUE(contains(worksheetCells(doc), "Children"));
}

TEST(HostileWriter, ImportReplacingAModelIsUndoneByOneUndo) {
  ScopedDocument doc("private:factory/swriter");
  doc.as<css::text::XTextDocument>()->getText()->setString("Minutes of the board.");
  ASSERT_TRUE(importModel(doc, modelFile(modelOf({group("Kids", core::Role::Primary, "x")}), "a.json")).success);
  ASSERT_TRUE(insertWorksheet(doc).success);
  const std::string b = modelFile(modelOf({group("Parents", core::Role::Primary, "y")}), "b.json");
  ASSERT_TRUE(attack(doc, [&] { return importModel(doc, b); }).success);
  EXPECT_NE(writerState(doc).storedModel.find("Parents"), std::string::npos);
}

TEST(HostileWriter, BareGroupGivesAWorksheet) {
  ScopedDocument doc("private:factory/swriter");
  core::Model m;
  m.customers.resize(1);  // no name, no role text, nothing
  ASSERT_TRUE(attack(doc, [&] { return importModel(doc, modelFile(m, "bare.json")); }).success);
  ASSERT_TRUE(attack(doc, [&] { return insertWorksheet(doc); }).success);
}

TEST(HostileWriter, LongRightToLeftAndEmojiTextComesThroughExactly) {
  ScopedDocument doc("private:factory/swriter");
  const std::string longText = std::string(100000, 'L');
  const std::string arabic = "الأطفال الذين يتعلمون القراءة";
  const std::string emoji = "👨‍👩‍👧 Families 🚀";
  const core::Model m = modelOf({group(arabic, core::Role::Primary, longText),
                                 group(emoji, core::Role::Supporting, "שלום " + emoji),
                                 group(longText, core::Role::Supporting, arabic)});
  ASSERT_TRUE(attack(doc, [&] { return importModel(doc, modelFile(m, "long.json")); }).success);
  ASSERT_TRUE(attack(doc, [&] { return insertWorksheet(doc); }).success);
  const std::vector<std::string> cells = worksheetCells(doc);
  for (const std::string& t : {arabic, emoji, "שלום " + emoji}) EXPECT_TRUE(contains(cells, t)) << t;
  // The worksheet shows the first 1,000 characters; the model keeps them all.
  EXPECT_TRUE(contains(cells, std::string(1000, 'L') + "…"));
  EXPECT_FALSE(contains(cells, longText));
  EXPECT_EQ(core::parseModel(writerState(doc).storedModel).value(), m);
}

TEST(HostileWriter, FormulaLikeTextStaysText) {
  ScopedDocument doc("private:factory/swriter");
  const std::vector<std::string> odd = {"=cmd|' /c calc'!A0", "+cmd|' /c calc'!A0", "-2+3", "@SUM(1+1)", "=1+1"};
  std::vector<core::CustomerGroup> groups;
  for (const std::string& o : odd) groups.push_back(group(o, core::Role::Supporting, o));
  groups.front().role = core::Role::Primary;
  groups.front().lifeChanged = odd.front();
  ASSERT_TRUE(attack(doc, [&] { return importModel(doc, modelFile(modelOf(groups), "odd.json")); }).success);
  ASSERT_TRUE(attack(doc, [&] { return insertWorksheet(doc); }).success);
  const std::vector<std::string> cells = worksheetCells(doc);
  for (const std::string& o : odd) EXPECT_TRUE(contains(cells, o)) << o;
}

TEST(HostileWriter, UserTableWithMergedCellsAndHiddenTextIsLeftAlone) {
  ScopedDocument doc("private:factory/swriter");
  Reference<css::text::XText> body = doc.as<css::text::XTextDocument>()->getText();
  body->setString("Before the table.");
  Reference<css::lang::XMultiServiceFactory> factory(doc.get(), UNO_QUERY_THROW);
  Reference<css::text::XTextTable> table(factory->createInstance("com.sun.star.text.TextTable"), UNO_QUERY_THROW);
  table->initialize(3, 3);
  body->insertTextContent(body->getEnd(), Reference<css::text::XTextContent>(table.get()), false);
  for (const char* cell : {"A1", "B1", "C1", "A2", "B2", "C2", "A3", "B3", "C3"})
    Reference<css::text::XText>(table->getCellByName(rtl::OUString::createFromAscii(cell)), UNO_QUERY_THROW)
        ->setString(rtl::OUString::createFromAscii(cell));
  Reference<css::text::XTextTableCursor> merge = table->createCursorByCellName("A1");
  merge->gotoCellByName("B2", true);
  ASSERT_TRUE(merge->mergeRange());
  body->insertControlCharacter(body->getEnd(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
  Reference<css::text::XTextCursor> hidden = body->createTextCursorByRange(body->getEnd());
  hidden->setString("Hidden note: call the funder.");
  Reference<css::beans::XPropertySet>(hidden, UNO_QUERY_THROW)->setPropertyValue("CharHidden", Any(true));
  // The user's cursor is inside their merged cell.
  Reference<css::text::XTextViewCursorSupplier> views(doc.as<css::frame::XModel>()->getCurrentController(),
                                                      UNO_QUERY_THROW);
  views->getViewCursor()->gotoRange(Reference<css::text::XText>(table->getCellByName("A1"), UNO_QUERY_THROW)->getStart(),
                                    false);
  ASSERT_TRUE(importModel(doc, modelFile(modelOf({group("Kids", core::Role::Primary, "x")}), "t.json")).success);
  const WriterState before = writerState(doc);
  ASSERT_TRUE(attack(doc, [&] { return insertWorksheet(doc); }).success);
  // Every paragraph and table of the user's is still there, in order.
  const WriterState after = writerState(doc);
  std::size_t found = 0;
  for (const std::string& p : after.body)
    if (found < before.body.size() && p == before.body[found]) ++found;
  EXPECT_EQ(found, before.body.size()) << after;
  Reference<css::container::XNameAccess> tables = doc.as<css::text::XTextTablesSupplier>()->getTextTables();
  EXPECT_TRUE(tables->hasByName(Reference<css::container::XNamed>(table, UNO_QUERY_THROW)->getName()));
}

TEST(HostileWriter, ProtectedWorksheetSectionIsRefusedWithAMessage) {
  ScopedDocument doc("private:factory/swriter");
  ASSERT_TRUE(importModel(doc, modelFile(modelOf({group("Kids", core::Role::Primary, "x")}), "p1.json")).success);
  ASSERT_TRUE(insertWorksheet(doc).success);
  Reference<css::beans::XPropertySet>(
      doc.as<css::text::XTextSectionsSupplier>()->getTextSections()->getByName("CustomerFocus.Values"),
      UNO_QUERY_THROW)
      ->setPropertyValue("IsProtected", Any(true));
  ASSERT_TRUE(importModel(doc, modelFile(modelOf({group("Parents", core::Role::Primary, "y")}), "p2.json")).success);
  const cli::DispatchResult r = attack(doc, [&] { return insertWorksheet(doc); });
  EXPECT_FALSE(r.success);
  EXPECT_NE(r.message.find("CustomerFocus.Values"), std::string::npos) << r.message;
}

TEST(HostileWriter, ReadOnlyDocumentIsRefusedWithAMessage) {
  const auto file = scratch("read-only.odt");
  {
    ScopedDocument doc("private:factory/swriter");
    doc.as<css::text::XTextDocument>()->getText()->setString("Signed minutes.");
    ASSERT_TRUE(importModel(doc, modelFile(modelOf({group("Kids", core::Role::Primary, "x")}), "r.json")).success);
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args.getArray()[0] = property("Overwrite", Any(true));
    doc.as<css::frame::XStorable>()->storeToURL(rtl::OUString::fromUtf8(cli::Office::fileUrl(file).c_str()), args);
  }
  ScopedDocument doc(office().loadDocument(cli::Office::fileUrl(file), {property("ReadOnly", Any(true))}));
  const std::string other = modelFile(modelOf({group("Parents", core::Role::Primary, "y")}), "r2.json");
  for (auto command : {std::function<cli::DispatchResult()>([&] { return insertWorksheet(doc); }),
                       std::function<cli::DispatchResult()>([&] { return importModel(doc, other); })}) {
    const cli::DispatchResult r = attack(doc, command);
    EXPECT_FALSE(r.success);
    EXPECT_NE(r.message.find("read-only"), std::string::npos) << r.message;
  }
}

void storeModelText(const ScopedDocument& doc, const char* json) {
  doc.as<css::document::XDocumentPropertiesSupplier>()
      ->getDocumentProperties()
      ->getUserDefinedProperties()
      ->addProperty("CustomerFocusModel", css::beans::PropertyAttribute::REMOVABLE,
                    Any(rtl::OUString::createFromAscii(json)));
}

TEST(HostileWriter, StoredModelOfAFutureVersionIsRefusedWithAMessage) {
  ScopedDocument doc("private:factory/swriter");
  doc.as<css::text::XTextDocument>()->getText()->setString("Our plan.");
  storeModelText(doc, R"({"schemaVersion": 99, "customers": [], "newIdea": true})");
  const cli::DispatchResult r = attack(doc, [&] { return insertWorksheet(doc); });
  EXPECT_FALSE(r.success);
  EXPECT_NE(r.message.find("schemaVersion"), std::string::npos) << r.message;
  EXPECT_FALSE(attack(doc, [&] {
                 return office().dispatch(doc.get(), "vnd.customerfocus:ExportModel",
                                          {property("Path", str(scratch("future.json").string()))});
               }).success);
}

TEST(HostileWriter, StoredModelThatIsNotJsonIsRefusedWithAMessage) {
  ScopedDocument doc("private:factory/swriter");
  storeModelText(doc, "=cmd|' /c calc'!A0");
  EXPECT_FALSE(attack(doc, [&] { return insertWorksheet(doc); }).success);
}

TEST(HostileWriter, FilesThatAreNoModelAreRefusedAndTheModelKept) {
  ScopedDocument doc("private:factory/swriter");
  ASSERT_TRUE(importModel(doc, modelFile(modelOf({group("Kids", core::Role::Primary, "x")}), "keep.json")).success);
  const auto huge = scratch("huge.json");
  {
    std::ofstream out(huge, std::ios::binary);
    out << "{\"schemaVersion\": 1, \"customers\": [";
    const std::string chunk(1 << 20, ' ');
    for (int i = 0; i < 17; ++i) out << chunk;
    out << "]}";
  }
  const auto binary = scratch("binary.json");
  {
    std::ofstream out(binary, std::ios::binary);
    for (int i = 0; i < 4096; ++i) out.put(static_cast<char>((i * 7919) & 0xff));
  }
  const auto deep = scratch("deep.json");
  std::ofstream(deep) << std::string(100000, '[') << std::string(100000, ']');
  for (const auto& path : {huge, binary, deep, scratch("does-not-exist.json"), scratch("")}) {
    const cli::DispatchResult r = attack(doc, [&] { return importModel(doc, path.string()); });
    EXPECT_FALSE(r.success) << path;
  }
}

TEST(HostileWriter, BuildValueMatrixInATextDocumentIsRefusedWithAMessage) {
  ScopedDocument doc("private:factory/swriter");
  doc.as<css::text::XTextDocument>()->getText()->setString("Group\tSatisfaction: Speed\nA\t4");
  EXPECT_FALSE(attack(doc, [&] { return office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix"); }).success);
}

}  // namespace
}  // namespace cf::test
