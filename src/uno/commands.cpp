#include "commands.h"

#include "boundary.h"
#include "calc_command.h"
#include "help.h"
#include "messages.h"
#include "ustring.h"
#include "report_commands.h"
#include "writer_commands.h"

#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <map>
#include <stdexcept>

using css::uno::Reference;

namespace cf::uno {

std::string CommandContext::argument(std::string_view name) const {
  const rtl::OUString key = toOUString(name);
  for (const css::beans::PropertyValue& p : arguments) {
    if (p.Name.equalsIgnoreAsciiCase(key)) {
      rtl::OUString text;
      if (p.Value >>= text) return toUtf8(text);
    }
  }
  return {};
}

namespace {

// What the Extension Manager also shows, plus where the help is: the name,
// the version, the publisher and the licence all come from CMake and stay as
// they are; the sentences around them are in the UI language.
void about(CommandContext& ctx) {
  std::string help;
  const Outcome found = guarded([&] { help = toUtf8(helpPageUrl(ctx.context, "deck")); });
  const std::string text = std::string("Customer Focus ") + CF_VERSION + "\n" +
                           core::tr("about.tagline") + "\n" +
                           core::tr("about.publisher", {CF_PUBLISHER, CF_PUBLISHER_URL}) + "\n" +
                           core::tr("about.licence", {CF_LICENCE}) + "\n" + core::tr("about.help") +
                           (found.ok ? "\n" + help : std::string());
  ctx.result <<= toOUString(text);
  ctx.message = text;
}

void showDeck(CommandContext& ctx) {
  if (!ctx.frame.is()) throw UserError{core::tr("command.error.noDocument")};
  Reference<css::frame::XDispatchHelper> helper = css::frame::DispatchHelper::create(ctx.context);
  Reference<css::frame::XDispatchProvider> provider(ctx.frame, css::uno::UNO_QUERY_THROW);
  helper->executeDispatch(provider, ".uno:SidebarDeck.CustomerFocusDeck", "", 0, {});
  ctx.result <<= rtl::OUString("CustomerFocusDeck");
}

void selfTest(CommandContext& ctx) {
  const std::string fail = ctx.argument("Fail");
  if (fail == "user") throw UserError{core::tr("selfTest.userFailure")};
  if (fail == "internal") throw std::logic_error("self-test failure that was asked for");
  if (fail == "uno") throw css::uno::RuntimeException(toOUString(core::tr("selfTest.unoFailure")));
  ctx.result <<= rtl::OUString("ok");
  ctx.message = core::tr("selfTest.ok");
}

const std::map<std::string, Command, std::less<>>& registry() {
  static const std::map<std::string, Command, std::less<>> commands = {
      {"About", &about},
      {"BuildValueMatrix", &buildValueMatrixCommand},
      {"ColumnMapping", &columnMappingCommand},
      {"ReadTable", &readTableCommand},
      {"Help", &helpCommand},
      {"SelfTest", &selfTest},
      {"ShowDeck", &showDeck},
      {"InsertWorksheet", &insertWorksheetCommand},
      {"ExportModel", &exportModelCommand},
      {"ImportModel", &importModelCommand},
      {"UpdateModel", &updateModelCommand},
      {"InsertReport", &insertReportCommand},
      {"SuggestThemes", &suggestThemesCommand},
  };
  return commands;
}

}  // namespace

Command findCommand(std::string_view name) {
  const auto& commands = registry();
  auto it = commands.find(name);
  return it == commands.end() ? nullptr : it->second;
}

std::vector<std::string> commandNames() {
  std::vector<std::string> names;
  for (const auto& entry : registry()) names.push_back(entry.first);
  return names;
}

}  // namespace cf::uno
