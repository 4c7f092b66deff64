// Reading and typing in a Writer document the way a test needs to: its
// sections, their paragraphs, its tables' cells, the text outside our
// sections (what the user typed), and a paragraph typed between sections.
#pragma once

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XText.hpp>

#include "model.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cf::test {

css::uno::Reference<css::text::XText> bodyOf(const css::uno::Reference<css::lang::XComponent>& doc);
css::uno::Reference<css::container::XNameAccess> sectionsOf(const css::uno::Reference<css::lang::XComponent>& doc);

// The paragraphs of the section, in order (tables are left out).
std::vector<std::string> sectionParagraphs(const css::uno::Reference<css::lang::XComponent>& doc,
                                           const std::string& name);

// The cells of the named table, row by row; a failure naming the document's
// tables when it has none of that name.
std::vector<std::vector<std::string>> tableCells(const css::uno::Reference<css::lang::XComponent>& doc,
                                                 const std::string& name);

// The cells of the first table inside the named section; empty when it has
// none.
std::vector<std::vector<std::string>> sectionTableCells(const css::uno::Reference<css::lang::XComponent>& doc,
                                                        const std::string& section);

// Every paragraph of the body that is not inside one of our sections
// ("CustomerFocus." names), with its text exactly as stored, one per line:
// what the user typed.
std::string userText(const css::uno::Reference<css::lang::XComponent>& doc);

// A new paragraph right after the section, holding `text`, the way a person
// types between two sections (Alt+Enter).
void typeParagraphAfterSection(const css::uno::Reference<css::lang::XComponent>& doc, const std::string& section,
                               const std::string& text);

// The model written to `file` and imported into the document (ImportModel),
// and the document's model exported to `file` and read back (ExportModel).
// Either fails the test when the command does.
void importModelFile(const css::uno::Reference<css::lang::XComponent>& doc, const core::Model& model,
                     const std::filesystem::path& file);
core::Model exportedModelFile(const css::uno::Reference<css::lang::XComponent>& doc,
                              const std::filesystem::path& file);

}  // namespace cf::test
