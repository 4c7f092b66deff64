#include "writer_text.h"

#include "office_environment.h"

#include "model_io.h"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XRelativeTextContentInsert.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextSection.hpp>
#include <com/sun/star/text/XTextSectionsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {

Reference<css::text::XText> bodyOf(const Reference<css::lang::XComponent>& doc) {
  return Reference<css::text::XTextDocument>(doc, UNO_QUERY_THROW)->getText();
}

Reference<css::container::XNameAccess> sectionsOf(const Reference<css::lang::XComponent>& doc) {
  return Reference<css::text::XTextSectionsSupplier>(doc, UNO_QUERY_THROW)->getTextSections();
}

std::vector<std::string> sectionParagraphs(const Reference<css::lang::XComponent>& doc,
                                           const std::string& name) {
  Reference<css::text::XTextSection> section(
      sectionsOf(doc)->getByName(rtl::OUString::createFromAscii(name.c_str())), UNO_QUERY_THROW);
  Reference<css::container::XEnumerationAccess> paras(section->getAnchor(), UNO_QUERY_THROW);
  std::vector<std::string> out;
  Reference<css::container::XEnumeration> e = paras->createEnumeration();
  while (e->hasMoreElements()) {
    Reference<css::lang::XServiceInfo> info(e->nextElement(), UNO_QUERY);
    if (info.is() && info->supportsService("com.sun.star.text.Paragraph"))
      out.push_back(toUtf8(Reference<css::text::XTextRange>(info, UNO_QUERY_THROW)->getString()));
  }
  return out;
}

namespace {

std::vector<std::vector<std::string>> cellsOf(const Reference<css::text::XTextTable>& table) {
  Reference<css::table::XCellRange> range(table, UNO_QUERY_THROW);
  std::vector<std::vector<std::string>> out(table->getRows()->getCount());
  for (sal_Int32 r = 0; r < table->getRows()->getCount(); ++r)
    for (sal_Int32 c = 0; c < table->getColumns()->getCount(); ++c)
      out[r].push_back(toUtf8(
          Reference<css::text::XText>(range->getCellByPosition(c, r), UNO_QUERY_THROW)->getString()));
  return out;
}

}  // namespace

std::vector<std::vector<std::string>> tableCells(const Reference<css::lang::XComponent>& doc,
                                                 const std::string& name) {
  Reference<css::container::XNameAccess> tables =
      Reference<css::text::XTextTablesSupplier>(doc, UNO_QUERY_THROW)->getTextTables();
  const rtl::OUString n = rtl::OUString::createFromAscii(name.c_str());
  if (!tables->hasByName(n)) {
    std::string names;
    for (const rtl::OUString& t : tables->getElementNames()) names += toUtf8(t) + " ";
    ADD_FAILURE() << "no table " << name << "; the document has: " << names;
    return {};
  }
  return cellsOf(Reference<css::text::XTextTable>(tables->getByName(n), UNO_QUERY_THROW));
}

std::vector<std::vector<std::string>> sectionTableCells(const Reference<css::lang::XComponent>& doc,
                                                        const std::string& section) {
  Reference<css::text::XTextSection> s(sectionsOf(doc)->getByName(rtl::OUString::fromUtf8(section.c_str())),
                                       UNO_QUERY_THROW);
  Reference<css::container::XEnumerationAccess> content(s->getAnchor(), UNO_QUERY_THROW);
  Reference<css::container::XEnumeration> e = content->createEnumeration();
  while (e->hasMoreElements()) {
    Reference<css::text::XTextTable> table(e->nextElement(), UNO_QUERY);
    if (table.is()) return cellsOf(table);
  }
  return {};
}

std::string userText(const Reference<css::lang::XComponent>& doc) {
  Reference<css::container::XEnumerationAccess> paras(bodyOf(doc), UNO_QUERY_THROW);
  Reference<css::container::XEnumeration> e = paras->createEnumeration();
  std::string out;
  while (e->hasMoreElements()) {
    Reference<css::beans::XPropertySet> props(e->nextElement(), UNO_QUERY);
    Reference<css::lang::XServiceInfo> info(props, UNO_QUERY);
    if (!info.is() || !info->supportsService("com.sun.star.text.Paragraph")) continue;
    Reference<css::container::XNamed> section(props->getPropertyValue("TextSection"), UNO_QUERY);
    if (section.is() && section->getName().startsWith("CustomerFocus.")) continue;
    out += toUtf8(Reference<css::text::XTextRange>(props, UNO_QUERY_THROW)->getString()) + "\n";
  }
  return out;
}

// The way a person types between two sections has no other API.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
void typeParagraphAfterSection(const Reference<css::lang::XComponent>& doc, const std::string& section,
                               const std::string& text) {
  Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
  Reference<css::text::XTextContent> para(factory->createInstance("com.sun.star.text.Paragraph"),
                                          UNO_QUERY_THROW);
  Reference<css::text::XTextContent> after(
      sectionsOf(doc)->getByName(rtl::OUString::createFromAscii(section.c_str())), UNO_QUERY_THROW);
  Reference<css::text::XRelativeTextContentInsert>(bodyOf(doc), UNO_QUERY_THROW)
      ->insertTextContentAfter(para, after);
  Reference<css::text::XTextCursor> cursor = bodyOf(doc)->createTextCursorByRange(after->getAnchor()->getEnd());
  Reference<css::text::XParagraphCursor>(cursor, UNO_QUERY_THROW)->gotoNextParagraph(false);
  cursor->setString(rtl::OUString::fromUtf8(text.c_str()));
}
#pragma GCC diagnostic pop

void importModelFile(const Reference<css::lang::XComponent>& doc, const core::Model& model,
                     const std::filesystem::path& file) {
  std::ofstream(file) << core::serializeModel(model);
  const cli::DispatchResult r =
      office().dispatch(doc, "vnd.customerfocus:ImportModel",
                        {property("Path", css::uno::Any(rtl::OUString::fromUtf8(file.c_str())))});
  ASSERT_TRUE(r.finished && r.success) << r.message;
}

core::Model exportedModelFile(const Reference<css::lang::XComponent>& doc, const std::filesystem::path& file) {
  std::filesystem::remove(file);
  const cli::DispatchResult r =
      office().dispatch(doc, "vnd.customerfocus:ExportModel",
                        {property("Path", css::uno::Any(rtl::OUString::fromUtf8(file.c_str())))});
  EXPECT_TRUE(r.finished && r.success) << r.message;
  std::stringstream text;
  text << std::ifstream(file).rdbuf();
  core::Result<core::Model> m = core::parseModel(text.str());
  EXPECT_TRUE(m.ok()) << text.str();
  return m.ok() ? m.value() : core::Model{};
}

}  // namespace cf::test
