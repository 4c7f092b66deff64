#include "writer_commands.h"

#include "boundary.h"
#include "document_io.h"
#include "messages.h"
#include "model_io.h"
#include "office_language.h"
#include "ustring.h"
#include "worksheet.h"
#include "writer_model_store.h"
#include "writer_worksheet.h"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <osl/file.hxx>

#include <fstream>
#include <iterator>
#include <sstream>

namespace cf::uno {
namespace {

// A larger file is not a customer model anyone typed; refusing it early keeps
// a wrong pick (a video, a disk image) from filling the office's memory.
constexpr std::uintmax_t kMaxModelFileBytes = 16 * 1024 * 1024;

// The file the command works on: the Path argument, or the person's pick.
// Empty when the person cancelled.
std::string chooseFile(CommandContext& ctx, bool save) {
  const std::string given = ctx.argument("Path");
  if (!given.empty()) return systemPath(given);
  if (!ctx.interactive) throw UserError{core::tr("writer.error.pathArgument")};
  using namespace css::ui::dialogs;
  css::uno::Reference<XFilePicker3> picker = FilePicker::createWithMode(
      ctx.context, save ? TemplateDescription::FILESAVE_AUTOEXTENSION
                        : TemplateDescription::FILEOPEN_SIMPLE);
  picker->setTitle(toOUString(core::tr(save ? "writer.exportTitle" : "writer.importTitle")));
  const rtl::OUString filter = toOUString(core::tr("writer.fileFilter"));
  picker->appendFilter(filter, "*.json");
  picker->setCurrentFilter(filter);
  if (save) picker->setDefaultName("customer-model.json");
  if (picker->execute() != ExecutableDialogResults::OK) return {};
  const css::uno::Sequence<rtl::OUString> files = picker->getSelectedFiles();
  if (files.getLength() == 0) return {};
  return systemPath(toUtf8(files[0]));
}

}  // namespace

void insertWorksheetCommand(CommandContext& ctx) {
  const auto document = writerDocument(ctx.frame);
  requireEditable(document, "writer.readOnly.worksheet");
  const core::Model model = readModel(document);
  const core::WorksheetPlan plan =
      core::planWorksheet(model, documentDateFormat(ctx.context, document));
  drawWorksheet(ctx.context, document, plan);
  ctx.result <<= toOUString(std::to_string(plan.sections.size()) + " sections");
}

void exportModelCommand(CommandContext& ctx) {
  const auto document = writerDocument(ctx.frame);
  const core::Model model = readModel(document);
  const std::string path = chooseFile(ctx, true);
  if (path.empty()) return;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << core::serializeModel(model);
  out.close();
  if (!out) throw UserError{core::tr("writer.error.writeModel", {path})};
  ctx.result <<= toOUString(path);
  ctx.message = core::tr("writer.exported", {path});
}

void importModelCommand(CommandContext& ctx) {
  const auto document = writerDocument(ctx.frame);
  requireEditable(document, "writer.readOnly.import");
  const std::string path = chooseFile(ctx, false);
  if (path.empty()) return;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError{core::tr("writer.error.openModel", {path})};
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0 || static_cast<std::uintmax_t>(size) > kMaxModelFileBytes)
    throw UserError{core::tr("writer.error.modelTooLarge", {path})};
  in.seekg(0);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  core::Result<core::Model> model = core::parseModel(text);
  if (!model.ok())
    throw UserError{
        core::tr("writer.error.readModel", {path, model.error().where, model.error().message})};
  writeModelUndoably(document, model.value(), core::tr("writer.importUndoTitle"));
  const std::size_t n = model.value().customers.size();
  ctx.result <<= toOUString(std::to_string(n) + (n == 1 ? " customer group" : " customer groups"));
  ctx.message = core::tr(n == 1 ? "writer.importedOne" : "writer.imported", {std::to_string(n)});
}

}  // namespace cf::uno
