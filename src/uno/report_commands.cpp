#include "report_commands.h"

#include "board_report.h"
#include "boundary.h"
#include "calc_command.h"
#include "date_format.h"
#include "message_box.h"
#include "messages.h"
#include "model_update.h"
#include "office_language.h"
#include "ustring.h"
#include "writer_model_store.h"
#include "writer_worksheet.h"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextSection.hpp>
#include <com/sun/star/text/XTextSectionsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <utility>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

constexpr const char* kCalc = "com.sun.star.sheet.SpreadsheetDocument";
constexpr const char* kWriter = "com.sun.star.text.TextDocument";

bool isA(const Reference<css::uno::XInterface>& document, const char* service) {
  Reference<css::lang::XServiceInfo> info(document, UNO_QUERY);
  return info.is() && info->supportsService(rtl::OUString::createFromAscii(service));
}

std::string titleOf(const Reference<css::frame::XModel>& document) {
  Reference<css::frame::XTitle> title(document, UNO_QUERY);
  return title.is() ? toUtf8(title->getTitle()) : std::string();
}

// Every open document of the kind.
std::vector<Reference<css::frame::XModel>> openDocuments(const Reference<css::uno::XComponentContext>& context,
                                                         const char* service) {
  std::vector<Reference<css::frame::XModel>> out;
  Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(context);
  Reference<css::container::XEnumeration> e = desktop->getComponents()->createEnumeration();
  while (e->hasMoreElements()) {
    Reference<css::frame::XModel> model(e->nextElement(), UNO_QUERY);
    if (model.is() && isA(model, service)) out.push_back(model);
  }
  return out;
}

// The document the argument `name` names, else the one open document of
// the kind; UserError with `noneKey` or `severalKey` otherwise.
Reference<css::frame::XModel> otherDocument(const CommandContext& ctx, const char* name, const char* service,
                                            const char* noneKey, const char* severalKey) {
  for (const css::beans::PropertyValue& p : ctx.arguments)
    if (p.Name.equalsIgnoreAsciiCaseAscii(name)) {
      Reference<css::frame::XModel> given(p.Value, UNO_QUERY);
      if (given.is() && isA(given, service)) return given;
      throw UserError{core::tr(noneKey)};
    }
  const std::vector<Reference<css::frame::XModel>> open = openDocuments(ctx.context, service);
  if (open.size() == 1) return open.front();
  if (open.empty()) throw UserError{core::tr(noneKey)};
  std::string names;
  for (const auto& d : open) names += (names.empty() ? "" : ", ") + core::quote(titleOf(d));
  throw UserError{core::tr(severalKey, {names})};
}

Reference<css::frame::XModel> frameDocument(const CommandContext& ctx) {
  if (!ctx.frame.is()) return nullptr;
  Reference<css::frame::XController> controller = ctx.frame->getController();
  return controller.is() ? controller->getModel() : nullptr;
}

// The Writer document to change and the survey, from wherever the command
// was started.
struct Pair {
  Reference<css::frame::XModel> writer;
  Reference<css::frame::XModel> survey;
};

Pair documentsOf(const CommandContext& ctx) {
  const Reference<css::frame::XModel> here = frameDocument(ctx);
  Pair p;
  if (here.is() && isA(here, kCalc)) {
    p.survey = here;
    p.writer = otherDocument(ctx, "Document", kWriter, "update.error.noModelDocument",
                             "update.error.severalModelDocuments");
  } else {
    p.writer = writerDocument(ctx.frame);
    p.survey = otherDocument(ctx, "Survey", kCalc, "update.error.noSurvey", "update.error.severalSurveys");
  }
  return p;
}

// The plan table: by its name, or else the first table in the plan's
// section (Writer names anew the tables that an undo brings back).
Reference<css::text::XTextTable> planTable(const Reference<css::frame::XModel>& document) {
  Reference<css::text::XTextTablesSupplier> supplier(document, UNO_QUERY);
  if (!supplier.is()) return nullptr;
  Reference<css::container::XNameAccess> tables = supplier->getTextTables();
  const rtl::OUString name = rtl::OUString::createFromAscii(core::kPlanTable);
  if (tables->hasByName(name)) return Reference<css::text::XTextTable>(tables->getByName(name), UNO_QUERY);
  Reference<css::text::XTextSectionsSupplier> sections(document, UNO_QUERY);
  const rtl::OUString section = toOUString(std::string(core::kReportPrefix) + "Plan");
  if (!sections.is() || !sections->getTextSections()->hasByName(section)) return nullptr;
  Reference<css::text::XTextSection> plan(sections->getTextSections()->getByName(section), UNO_QUERY_THROW);
  Reference<css::container::XEnumerationAccess> content(plan->getAnchor(), UNO_QUERY_THROW);
  Reference<css::container::XEnumeration> e = content->createEnumeration();
  while (e->hasMoreElements()) {
    Reference<css::text::XTextTable> table(e->nextElement(), UNO_QUERY);
    if (table.is()) return table;
  }
  return nullptr;
}

// "B12" → column 1, row 11; nullopt for a name of another shape (a split
// cell is "B12.1.1", and is read with the cell it was split from).
std::optional<std::pair<std::size_t, std::size_t>> cellPosition(const std::string& name) {
  std::size_t i = 0, column = 0;
  while (i < name.size() && std::isalpha(static_cast<unsigned char>(name[i]))) {
    const char c = name[i++];
    column = column * 52 + static_cast<std::size_t>(std::isupper(static_cast<unsigned char>(c)) ? c - 'A' : c - 'a' + 26) + 1;
  }
  if (i == 0 || i == name.size()) return std::nullopt;
  std::size_t row = 0;
  for (; i < name.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(name[i]))) return std::nullopt;
    row = row * 10 + static_cast<std::size_t>(name[i] - '0');
  }
  if (row == 0) return std::nullopt;
  return std::make_pair(column - 1, row - 1);
}

// The plan rows as the document holds them, to keep what the team typed.
// Read cell by cell, as text: a table whose cells someone merged or split
// has no data array, and a date typed in the Due column stays as typed.
std::vector<core::PlanRow> readPlan(const Reference<css::frame::XModel>& document) {
  std::vector<core::PlanRow> rows;
  Reference<css::text::XTextTable> table = planTable(document);
  if (!table.is()) return rows;
  std::map<std::size_t, std::array<std::string, 5>> cells;
  for (const rtl::OUString& name : table->getCellNames()) {
    const auto at = cellPosition(toUtf8(name));
    if (!at || at->second == 0 || at->first >= 5) continue;  // the header row, or beyond the five columns
    Reference<css::text::XText> cell(table->getCellByName(name), UNO_QUERY);
    if (cell.is()) cells[at->second][at->first] = toUtf8(cell->getString());
  }
  for (const auto& [row, c] : cells) rows.push_back({c[0], c[1], c[2], c[3], c[4]});
  return rows;
}

std::string joinedQuoted(const std::vector<core::UnmatchedGroup>& groups) {
  std::string names;
  for (const core::UnmatchedGroup& g : groups) names += (names.empty() ? "" : ", ") + core::quote(g.name);
  return names;
}

}  // namespace

void updateModelCommand(CommandContext& ctx) {
  const Pair docs = documentsOf(ctx);
  requireEditable(docs.writer, "writer.readOnly.update");
  const core::Model model = readModel(docs.writer);
  const SurveyAnalysis analysis = analyseSurvey(docs.survey, model, ctx);

  core::ModelUpdateOptions options;
  options.source = analysis.source.file;
  options.date = core::parseDate(core::localToday()).value_or(core::Date{});
  options.addUnmatched = ctx.argument("AddGroups") == "true";
  core::Result<core::ModelUpdate> update = core::updateModel(model, analysis.results, options);
  // Groups the model lacks: a person is offered to add them.
  const auto unmatched = [&]() -> std::vector<core::UnmatchedGroup> {
    if (!update.ok()) {
      std::vector<core::UnmatchedGroup> all;
      for (std::size_t g = 1; g < analysis.results.groups.size(); ++g)
        all.push_back({analysis.results.groups[g].name, analysis.results.groups[g].role, analysis.results.groups[g].n});
      return update.error().code == "update.no-match" ? all : std::vector<core::UnmatchedGroup>{};
    }
    return update.value().unmatched;
  }();
  if (!options.addUnmatched && !unmatched.empty() && ctx.interactive &&
      askYesNo(ctx.context, ctx.frame, core::tr("update.askAdd", {joinedQuoted(unmatched)}))) {
    options.addUnmatched = true;
    update = core::updateModel(model, analysis.results, options);
  }
  if (!update.ok()) throw UserError{update.error().message};
  const core::ModelUpdate& done = update.value();
  writeModelUndoably(docs.writer, done.model, core::tr("update.undoTitle"));

  std::string groups;
  for (const std::string& g : done.updated) groups += (groups.empty() ? "" : ", ") + core::quote(g);
  const std::vector<core::UnmatchedGroup> left =
      options.addUnmatched ? std::vector<core::UnmatchedGroup>{} : done.unmatched;
  ctx.message = left.empty() ? core::tr("update.done", {options.source, std::to_string(done.valuesWritten), groups})
                             : core::tr("update.doneUnmatched", {options.source, std::to_string(done.valuesWritten),
                                                                 groups, joinedQuoted(left)});
  ctx.result <<= toOUString(ctx.message);
}

void insertReportCommand(CommandContext& ctx) {
  const Pair docs = documentsOf(ctx);
  requireEditable(docs.writer, "writer.readOnly.report");
  const core::Model model = readModel(docs.writer);
  std::size_t sections = 0;
  std::string file;
  {
    // The report speaks the document's language, whatever the UI's: the
    // analysis too, whose findings it quotes.
    core::ScopedMessages language(documentMessages(ctx.context, docs.writer));
    const SurveyAnalysis analysis = analyseSurvey(docs.survey, model, ctx);
    file = analysis.source.file;
    core::ReportOptions options;
    options.source = analysis.source;
    options.today = core::localToday();
    options.dates = documentDateFormat(ctx.context, docs.writer);
    options.decimalSeparator = documentDecimalSeparator(ctx.context, docs.writer);
    options.plan = readPlan(docs.writer);
    const core::WorksheetPlan plan = core::planReport(model, analysis.results, options);
    sections = plan.sections.size();
    drawWorksheet(ctx.context, docs.writer, plan, core::tr("boardReport.undoTitle"));
  }
  ctx.message = core::tr("boardReport.inserted", {file, std::to_string(sections)});
  ctx.result <<= toOUString(ctx.message);
}

}  // namespace cf::uno
