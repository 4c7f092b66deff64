#include "writer_worksheet.h"

#include "boundary.h"
#include "messages.h"
#include "ustring.h"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XRelativeTextContentInsert.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextSection.hpp>
#include <com/sun/star/text/XTextSectionsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/graphic/GraphicProvider.hpp>
#include <com/sun/star/graphic/XGraphic.hpp>
#include <com/sun/star/io/SequenceInputStream.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/TextContentAnchorType.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

// Leaving the undo context on every path matters: an open context would
// swallow the user's next edits into our undo step.
class UndoContext {
 public:
  UndoContext(const Reference<css::frame::XModel>& document, const rtl::OUString& title) {
    Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
    if (supplier.is()) manager_ = supplier->getUndoManager();
    if (manager_.is()) manager_->enterUndoContext(title);
  }
  ~UndoContext() {
    (void)guarded([&] {
      if (manager_.is()) manager_->leaveUndoContext();
    });
  }
  UndoContext(const UndoContext&) = delete;
  UndoContext& operator=(const UndoContext&) = delete;

 private:
  Reference<css::document::XUndoManager> manager_;
};

struct Styles {
  rtl::OUString heading;
  rtl::OUString subheading;
  rtl::OUString body;
  rtl::OUString tableHeading;
  rtl::OUString tableContents;
  rtl::OUString tableTemplate;  // empty when the document has no table style
};

// The first of `candidates` the document has, so the worksheet looks like the
// rest of the document. Only when none exists is a Customer Focus style added,
// built on the document's default paragraph style.
rtl::OUString pickParagraphStyle(const Reference<css::container::XNameContainer>& family,
                                 const Reference<css::lang::XMultiServiceFactory>& factory,
                                 std::initializer_list<const char*> candidates,
                                 const char* fallback, bool bold) {
  for (const char* c : candidates) {
    const rtl::OUString name = rtl::OUString::createFromAscii(c);
    if (family->hasByName(name)) return name;
  }
  const rtl::OUString name = rtl::OUString::createFromAscii(fallback);
  if (family->hasByName(name)) return name;
  Reference<css::style::XStyle> style(
      factory->createInstance("com.sun.star.style.ParagraphStyle"), UNO_QUERY_THROW);
  family->insertByName(name, Any(style));
  if (family->hasByName("Standard")) style->setParentStyle("Standard");
  if (bold) {
    Reference<css::beans::XPropertySet> props(style, UNO_QUERY_THROW);
    props->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    props->setPropertyValue("CharHeight", Any(static_cast<float>(14)));
  }
  return name;
}

Styles pickStyles(const Reference<css::frame::XModel>& document) {
  Reference<css::style::XStyleFamiliesSupplier> supplier(document, UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> families = supplier->getStyleFamilies();
  Reference<css::container::XNameContainer> paragraphs(families->getByName("ParagraphStyles"),
                                                       UNO_QUERY_THROW);
  Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
  Styles s;
  s.heading = pickParagraphStyle(paragraphs, factory, {"Heading 1"}, "Customer Focus Heading", true);
  s.subheading =
      pickParagraphStyle(paragraphs, factory, {"Heading 2"}, "Customer Focus Subheading", true);
  s.body = pickParagraphStyle(paragraphs, factory, {"Text body", "Text Body", "Body Text"},
                              "Customer Focus Text", false);
  s.tableHeading = pickParagraphStyle(paragraphs, factory, {"Table Heading"},
                                      "Customer Focus Table Heading", false);
  s.tableContents = pickParagraphStyle(paragraphs, factory, {"Table Contents"},
                                       "Customer Focus Table Contents", false);
  if (families->hasByName("TableStyles")) {
    Reference<css::container::XNameAccess> tables(families->getByName("TableStyles"), UNO_QUERY);
    if (tables.is() && tables->hasByName("Default Table Style")) s.tableTemplate = "Default Table Style";
  }
  return s;
}

// A cursor is a text range; the SDK's Reference has no implicit upcast.
Reference<css::text::XTextRange> asRange(const Reference<css::text::XTextCursor>& cursor) {
  return cursor.get();
}

void setParagraphStyle(const Reference<css::text::XTextCursor>& cursor, const rtl::OUString& style) {
  Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
      ->setPropertyValue("ParaStyleName", Any(style));
}

rtl::OUString sectionNameAt(const Reference<css::text::XTextRange>& range) {
  Reference<css::beans::XPropertySet> props(range, UNO_QUERY);
  if (!props.is()) return {};
  Reference<css::container::XNamed> section(props->getPropertyValue("TextSection"), UNO_QUERY);
  return section.is() ? section->getName() : rtl::OUString();
}

bool inTable(const Reference<css::text::XTextRange>& range) {
  Reference<css::beans::XPropertySet> props(range, UNO_QUERY);
  return props.is() && props->getPropertyValue("TextTable").hasValue();
}

// True when `paragraph`, a cursor on a whole paragraph, is empty, in the body
// text and outside any section or table: a gap between our sections that
// nobody typed in.
bool emptyGap(const Reference<css::text::XTextCursor>& paragraph) {
  const Reference<css::text::XTextRange> range(paragraph.get());
  return paragraph->getString().isEmpty() && sectionNameAt(range).isEmpty() && !inTable(range);
}

// An empty paragraph of the body text, outside any table or section, at the
// user's cursor (after the paragraph it is in) or else at the end, followed by
// one more empty paragraph so that the user can always type after the
// worksheet.
Reference<css::text::XTextCursor> firstHost(const Reference<css::frame::XModel>& document,
                                            const Reference<css::text::XText>& text) {
  Reference<css::text::XTextCursor> cursor;
  Reference<css::text::XTextViewCursorSupplier> views(document->getCurrentController(), UNO_QUERY);
  if (views.is()) {
    Reference<css::text::XTextRange> view(views->getViewCursor(), UNO_QUERY);
    if (view.is() && view->getText() == text && !inTable(view) && sectionNameAt(view).isEmpty())
      cursor = text->createTextCursorByRange(view->getStart());
  }
  if (!cursor.is()) {
    cursor = text->createTextCursor();
    cursor->gotoEnd(false);
  }
  Reference<css::text::XParagraphCursor> para(cursor, UNO_QUERY_THROW);
  para->gotoStartOfParagraph(false);
  para->gotoEndOfParagraph(true);
  const Reference<css::text::XTextRange> range(cursor.get());
  const bool empty = cursor->getString().isEmpty() && sectionNameAt(range).isEmpty();
  cursor->collapseToEnd();
  if (!empty) text->insertControlCharacter(range, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
  text->insertControlCharacter(range, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
  para->gotoPreviousParagraph(false);
  return cursor;
}

// XRelativeTextContentInsert is marked deprecated, yet it is still the one
// API that puts a paragraph between two adjacent sections, which a user may
// have made by deleting what we left between them.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

// A new empty paragraph right after `previous` (with an empty paragraph
// between them, where the user may type), outside any section.
Reference<css::text::XTextCursor> hostAfter(const Reference<css::frame::XModel>& document,
                                            const Reference<css::text::XText>& text,
                                            const Reference<css::text::XTextContent>& previous) {
  Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
  Reference<css::text::XTextContent> paragraph(
      factory->createInstance("com.sun.star.text.Paragraph"), UNO_QUERY_THROW);
  Reference<css::text::XRelativeTextContentInsert> relative(text, UNO_QUERY_THROW);
  relative->insertTextContentAfter(paragraph, previous);
  // The new paragraph is the one right after the section; the object passed
  // in is not bound to it.
  Reference<css::text::XTextCursor> cursor =
      text->createTextCursorByRange(previous->getAnchor()->getEnd());
  Reference<css::text::XParagraphCursor>(cursor, UNO_QUERY_THROW)->gotoNextParagraph(false);
  text->insertControlCharacter(asRange(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
  return cursor;
}

// A new empty paragraph right before `next`, with an empty paragraph between
// them, outside any section.
Reference<css::text::XTextCursor> hostBefore(const Reference<css::frame::XModel>& document,
                                             const Reference<css::text::XText>& text,
                                             const Reference<css::text::XTextContent>& next) {
  Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
  Reference<css::text::XTextContent> paragraph(
      factory->createInstance("com.sun.star.text.Paragraph"), UNO_QUERY_THROW);
  Reference<css::text::XRelativeTextContentInsert> relative(text, UNO_QUERY_THROW);
  relative->insertTextContentBefore(paragraph, next);
  Reference<css::text::XTextCursor> cursor =
      text->createTextCursorByRange(next->getAnchor()->getStart());
  Reference<css::text::XParagraphCursor>(cursor, UNO_QUERY_THROW)->gotoPreviousParagraph(false);
  text->insertControlCharacter(asRange(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
  Reference<css::text::XParagraphCursor>(cursor, UNO_QUERY_THROW)->gotoPreviousParagraph(false);
  return cursor;
}

#pragma GCC diagnostic pop

Reference<css::text::XTextContent> wrapInSection(const Reference<css::frame::XModel>& document,
                                                 const Reference<css::text::XText>& text,
                                                 const Reference<css::text::XTextCursor>& host,
                                                 const std::string& name) {
  Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
  Reference<css::text::XTextContent> section(
      factory->createInstance("com.sun.star.text.TextSection"), UNO_QUERY_THROW);
  Reference<css::container::XNamed>(section, UNO_QUERY_THROW)->setName(toOUString(name));
  text->insertTextContent(asRange(host), section, false);
  // Writer may leave the host paragraph, empty, after the new section. It
  // was made for the section (or was empty at the cursor), and left there
  // each one would add an empty line after the last section.
  Reference<css::text::XParagraphCursor> leftover(host, UNO_QUERY_THROW);
  leftover->gotoStartOfParagraph(false);
  leftover->gotoEndOfParagraph(true);
  if (emptyGap(host)) {
    Reference<css::container::XEnumeration> paragraphs =
        Reference<css::container::XEnumerationAccess>(host, UNO_QUERY_THROW)->createEnumeration();
    if (paragraphs->hasMoreElements())
      Reference<css::lang::XComponent>(paragraphs->nextElement(), UNO_QUERY_THROW)->dispose();
  }
  return section;
}

void fillTable(const Reference<css::text::XTextTable>& table, const core::WorksheetTable& plan,
               const Styles& styles) {
  Reference<css::table::XCellRange> cells(table, UNO_QUERY_THROW);
  auto put = [&](sal_Int32 row, sal_Int32 column, const std::string& value, const rtl::OUString& style) {
    Reference<css::text::XText> cell(cells->getCellByPosition(column, row), UNO_QUERY_THROW);
    cell->setString(toOUString(value));
    Reference<css::text::XTextCursor> c = cell->createTextCursor();
    setParagraphStyle(c, style);
  };
  for (std::size_t c = 0; c < plan.header.size(); ++c)
    put(0, static_cast<sal_Int32>(c), plan.header[c], styles.tableHeading);
  for (std::size_t r = 0; r < plan.rows.size(); ++r)
    for (std::size_t c = 0; c < plan.rows[r].size(); ++c)
      put(static_cast<sal_Int32>(r + 1), static_cast<sal_Int32>(c), plan.rows[r][c],
          styles.tableContents);
}

// A table at the cursor, which stays in the paragraph after it.
void insertTable(const Reference<css::frame::XModel>& document, const Reference<css::text::XText>& text,
                 const Reference<css::text::XTextCursor>& cursor, const core::WorksheetTable& plan,
                 const Styles& styles) {
  Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
  Reference<css::text::XTextTable> table(factory->createInstance("com.sun.star.text.TextTable"),
                                         UNO_QUERY_THROW);
  table->initialize(static_cast<sal_Int32>(plan.rows.size() + 1),
                    static_cast<sal_Int32>(plan.header.size()));
  Reference<css::container::XNamed>(table, UNO_QUERY_THROW)->setName(toOUString(plan.name));
  text->insertTextContent(asRange(cursor), Reference<css::text::XTextContent>(table.get()), false);
  // The table this one replaces keeps its name while it waits in the undo
  // stack, so Writer gave this one a numbered variant; take the plain name
  // back where Writer allows it.
  (void)guarded([&] {
    Reference<css::container::XNamed> named(table, UNO_QUERY_THROW);
    if (named->getName() != toOUString(plan.name)) named->setName(toOUString(plan.name));
  });
  Reference<css::beans::XPropertySet> props(table, UNO_QUERY_THROW);
  props->setPropertyValue("RepeatHeadline", Any(true));
  if (!styles.tableTemplate.isEmpty()) props->setPropertyValue("TableTemplateName", Any(styles.tableTemplate));
  if (plan.widths.size() == plan.header.size() && plan.widths.size() > 1) {
    sal_Int16 sum = 10000;
    props->getPropertyValue("TableColumnRelativeSum") >>= sum;
    int total = 0;
    for (int w : plan.widths) total += std::max(w, 1);
    css::uno::Sequence<css::text::TableColumnSeparator> separators(static_cast<sal_Int32>(plan.widths.size() - 1));
    int at = 0;
    for (std::size_t i = 0; i + 1 < plan.widths.size(); ++i) {
      at += std::max(plan.widths[i], 1);
      separators.getArray()[i].Position = static_cast<sal_Int16>(static_cast<long>(sum) * at / total);
      separators.getArray()[i].IsVisible = true;
    }
    props->setPropertyValue("TableColumnSeparators", Any(separators));
  }
  // A row is never split across two pages: a board member reads a row whole.
  Reference<css::container::XIndexAccess> rows(table->getRows(), UNO_QUERY_THROW);
  for (sal_Int32 r = 0; r < rows->getCount(); ++r)
    Reference<css::beans::XPropertySet>(rows->getByIndex(r), UNO_QUERY_THROW)
        ->setPropertyValue("IsSplitAllowed", Any(false));
  fillTable(table, plan, styles);
}

// An SVG picture anchored as a character at the cursor, centred in its line.
void insertPicture(const Reference<css::uno::XComponentContext>& context,
                   const Reference<css::frame::XModel>& document, const Reference<css::text::XText>& text,
                   const Reference<css::text::XTextCursor>& cursor, const core::WorksheetBlock& block) {
  const css::uno::Sequence<sal_Int8> bytes(reinterpret_cast<const sal_Int8*>(block.svg.data()),
                                           static_cast<sal_Int32>(block.svg.size()));
  Reference<css::io::XInputStream> stream(
      css::io::SequenceInputStream::createStreamFromSequence(context, bytes), UNO_QUERY_THROW);
  Reference<css::graphic::XGraphicProvider> provider = css::graphic::GraphicProvider::create(context);
  css::uno::Sequence<css::beans::PropertyValue> query(1);
  query.getArray()[0].Name = "InputStream";
  query.getArray()[0].Value <<= stream;
  Reference<css::graphic::XGraphic> graphic = provider->queryGraphic(query);
  Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
  Reference<css::text::XTextContent> picture(
      factory->createInstance("com.sun.star.text.TextGraphicObject"), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> props(picture, UNO_QUERY_THROW);
  props->setPropertyValue("AnchorType", Any(css::text::TextContentAnchorType_AS_CHARACTER));
  props->setPropertyValue("Graphic", Any(graphic));
  props->setPropertyValue("Size", Any(css::awt::Size(block.widthMm * 100, block.heightMm * 100)));
  props->setPropertyValue("Description", Any(toOUString(block.text)));
  Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
      ->setPropertyValue("ParaAdjust", Any(static_cast<sal_Int16>(css::style::ParagraphAdjust_CENTER)));
  text->insertTextContent(asRange(cursor), picture, false);
}

// Leaves `section` one empty paragraph, and a cursor there. Tables are
// removed first, found by where they are rather than by name (a user may have
// renamed one): a text range's setString cannot delete a table.
Reference<css::text::XTextCursor> emptySection(const Reference<css::text::XText>& text,
                                               const Reference<css::text::XTextContent>& section) {
  std::vector<Reference<css::lang::XComponent>> tables;
  Reference<css::container::XEnumerationAccess> content(section->getAnchor(), UNO_QUERY_THROW);
  Reference<css::container::XEnumeration> e = content->createEnumeration();
  while (e->hasMoreElements()) {
    Reference<css::text::XTextTable> table(e->nextElement(), UNO_QUERY);
    if (table.is()) tables.emplace_back(table, UNO_QUERY_THROW);
  }
  for (const auto& table : tables) table->dispose();

  Reference<css::text::XTextCursor> cursor = text->createTextCursorByRange(section->getAnchor());
  cursor->setString("");
  cursor->collapseToStart();
  return cursor;
}

// Removes a section the plan no longer has, with what is in it. Drawing it
// put an empty paragraph between it and each neighbour; the section's own
// paragraph and one of those go too, so that the text reads as if the
// section had never been there.
void removeSection(const Reference<css::text::XText>& text, const Reference<css::text::XTextContent>& section) {
  Reference<css::text::XTextCursor> left = emptySection(text, section);
  text->removeTextContent(section);
  Reference<css::text::XParagraphCursor>(left, UNO_QUERY_THROW)->gotoStartOfParagraph(false);
  const auto gapBeside = [&](bool before) {
    Reference<css::text::XTextCursor> neighbour = text->createTextCursorByRange(left->getStart());
    Reference<css::text::XParagraphCursor> para(neighbour, UNO_QUERY_THROW);
    if (!(before ? para->gotoPreviousParagraph(false) : para->gotoNextParagraph(false))) return false;
    para->gotoEndOfParagraph(true);
    return emptyGap(neighbour);
  };
  const bool gapBefore = gapBeside(true), gapAfter = gapBeside(false);
  if (!gapBefore && !gapAfter) return;
  Reference<css::text::XTextCursor> cut = text->createTextCursorByRange(left->getStart());
  if (gapBefore) cut->goLeft(1, false);
  cut->gotoRange(left->getStart(), true);
  if (gapAfter) cut->goRight(1, true);
  cut->setString("");
}

// Replaces everything inside `section` with the planned content.
void fillSection(const Reference<css::uno::XComponentContext>& context,
                 const Reference<css::frame::XModel>& document,
                 const Reference<css::text::XText>& text,
                 const Reference<css::text::XTextContent>& section,
                 const core::WorksheetSection& plan, const Styles& styles) {
  Reference<css::text::XTextCursor> cursor = emptySection(text, section);

  // keepWithNext: no page break between this paragraph and what follows it
  // (a group's line and its chart, an introduction and its table).
  const auto paragraph = [&](const std::string& content, const rtl::OUString& style, bool keepWithNext = false) {
    setParagraphStyle(cursor, style);
    Reference<css::beans::XPropertySet> props(cursor, UNO_QUERY_THROW);
    props->setPropertyValue("ParaKeepTogether", Any(keepWithNext));
    text->insertString(asRange(cursor), toOUString(content), false);
    text->insertControlCharacter(asRange(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    props->setPropertyValue("ParaKeepTogether", Any(false));
  };
  paragraph(plan.heading, styles.heading, true);
  if (!plan.introduction.empty()) paragraph(plan.introduction, styles.body, !plan.table.rows.empty());
  setParagraphStyle(cursor, styles.body);
  if (!plan.table.rows.empty())
    insertTable(document, text, cursor, plan.table, styles);
  else if (!plan.emptyNote.empty())
    paragraph(plan.emptyNote, styles.body);
  for (std::size_t i = 0; i < plan.blocks.size(); ++i) {
    const core::WorksheetBlock& block = plan.blocks[i];
    const bool beforeFigure = i + 1 < plan.blocks.size() &&
                              (plan.blocks[i + 1].kind == core::WorksheetBlock::Kind::Picture ||
                               plan.blocks[i + 1].kind == core::WorksheetBlock::Kind::Table);
    switch (block.kind) {
      case core::WorksheetBlock::Kind::Subheading:
        paragraph(block.text, styles.subheading, true);
        break;
      case core::WorksheetBlock::Kind::Paragraph:
        paragraph(block.text, styles.body, beforeFigure);
        break;
      case core::WorksheetBlock::Kind::Table:
        setParagraphStyle(cursor, styles.body);
        insertTable(document, text, cursor, block.table, styles);
        break;
      case core::WorksheetBlock::Kind::Picture:
        setParagraphStyle(cursor, styles.body);
        insertPicture(context, document, text, cursor, block);
        text->insertControlCharacter(asRange(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        // The break carried the centring into the new paragraph.
        Reference<css::beans::XPropertyState>(cursor, UNO_QUERY_THROW)->setPropertyToDefault("ParaAdjust");
        break;
    }
  }
}

// A section the user protected, or one inside a protected section, is one they
// asked Writer to keep as it is; the API would rewrite it anyway, so refuse
// before anything is changed.
void refuseProtected(const Reference<css::container::XNameAccess>& sections, const core::WorksheetPlan& plan) {
  std::vector<std::string> names = plan.retired;
  for (const core::WorksheetSection& planned : plan.sections) names.push_back(planned.name);
  for (const std::string& named : names) {
    const rtl::OUString name = toOUString(named);
    if (!sections->hasByName(name)) continue;
    for (Reference<css::text::XTextSection> s(sections->getByName(name), UNO_QUERY); s.is(); s = s->getParentSection()) {
      Reference<css::beans::XPropertySet> props(s, UNO_QUERY);
      bool isProtected = false;
      if (props.is()) props->getPropertyValue("IsProtected") >>= isProtected;
      if (isProtected)
        throw UserError{core::tr("writer.error.protectedSection",
                                 {toUtf8(Reference<css::container::XNamed>(s, UNO_QUERY_THROW)->getName())})};
    }
  }
}

}  // namespace

void drawWorksheet(const Reference<css::uno::XComponentContext>& context,
                   const Reference<css::frame::XModel>& document, const core::WorksheetPlan& plan,
                   const std::string& undoTitle) {
  Reference<css::text::XTextDocument> textDocument(document, UNO_QUERY_THROW);
  Reference<css::text::XText> text = textDocument->getText();
  Reference<css::text::XTextSectionsSupplier> sectionsSupplier(document, UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> sections = sectionsSupplier->getTextSections();

  refuseProtected(sections, plan);
  UndoContext undo(document, toOUString(undoTitle.empty() ? core::tr("writer.undoTitle") : undoTitle));
  const Styles styles = pickStyles(document);

  std::vector<Reference<css::text::XTextContent>> placed(plan.sections.size());
  for (std::size_t i = 0; i < plan.sections.size(); ++i) {
    const rtl::OUString name = toOUString(plan.sections[i].name);
    if (sections->hasByName(name)) placed[i].set(sections->getByName(name), UNO_QUERY_THROW);
  }
  // Missing sections (all of them on a first insert, or one the user deleted)
  // go next to their neighbours in the plan, or at the cursor.
  for (std::size_t i = 0; i < plan.sections.size(); ++i) {
    if (placed[i].is()) continue;
    Reference<css::text::XTextContent> previous;
    Reference<css::text::XTextContent> next;
    for (std::size_t j = i; j-- > 0 && !previous.is();) previous = placed[j];
    for (std::size_t j = i + 1; j < placed.size() && !next.is(); ++j) next = placed[j];
    Reference<css::text::XTextCursor> host =
        previous.is() ? hostAfter(document, text, previous)
        : next.is()   ? hostBefore(document, text, next)
                      : firstHost(document, text);
    placed[i] = wrapInSection(document, text, host, plan.sections[i].name);
  }
  for (std::size_t i = 0; i < plan.sections.size(); ++i)
    fillSection(context, document, text, placed[i], plan.sections[i], styles);
  for (const std::string& name : plan.retired)
    if (sections->hasByName(toOUString(name)))
      removeSection(text, Reference<css::text::XTextContent>(sections->getByName(toOUString(name)), UNO_QUERY_THROW));
}

}  // namespace cf::uno
