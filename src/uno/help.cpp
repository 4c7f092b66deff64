#include "help.h"

#include "boundary.h"
#include "commands.h"
#include "message_box.h"
#include "messages.h"
#include "office_language.h"
#include "package.h"
#include "ustring.h"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/system/SystemShellExecute.hpp>
#include <com/sun/star/system/SystemShellExecuteFlags.hpp>
#include <com/sun/star/system/XSystemShellExecute.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/ucb/XSimpleFileAccess3.hpp>
#include <cppuhelper/implbase1.hxx>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

// The office's UI language, "en" or "de"; "en" when it cannot be read.
std::string uiLanguage(const Reference<css::uno::XComponentContext>& context) {
  const std::string locale = officeUiLanguage(context);
  const std::string language = locale.substr(0, locale.find_first_of("-_"));
  return language.empty() ? "en" : language;
}

// Whether a desktop web browser can be started: xdg-open, which
// SystemShellExecute uses on Linux, is on the PATH.
bool haveBrowserLauncher() {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return false;
  std::istringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    std::error_code ec;
    if (!dir.empty() && std::filesystem::exists(std::filesystem::path(dir) / "xdg-open", ec))
      return true;
  }
  return false;
}

void openInOffice(const Reference<css::uno::XComponentContext>& context, const rtl::OUString& url) {
  Reference<css::frame::XComponentLoader> loader(css::frame::Desktop::create(context),
                                                 UNO_QUERY_THROW);
  css::uno::Sequence<css::beans::PropertyValue> args(1);
  args.getArray()[0].Name = "ReadOnly";
  args.getArray()[0].Value <<= true;
  if (!loader->loadComponentFromURL(url, "_blank", 0, args).is())
    throw UserError{core::tr("help.error.cannotOpen", {toUtf8(url)})};
}

void open(const Reference<css::uno::XComponentContext>& context, std::string_view topic,
          bool inOffice) {
  const rtl::OUString url = helpPageUrl(context, topic);
  if (!inOffice && haveBrowserLauncher()) {
    const Outcome shown = guarded([&] {
      css::system::SystemShellExecute::create(context)->execute(
          url, "", css::system::SystemShellExecuteFlags::URIS_ONLY);
    });
    if (shown.ok) return;
  }
  openInOffice(context, url);
}

class HelpButtonListener : public cppu::WeakImplHelper1<css::awt::XActionListener> {
 public:
  HelpButtonListener(const Reference<css::uno::XComponentContext>& context, std::string topic)
      : context_(context), topic_(std::move(topic)) {}
  void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override {
    const Outcome outcome = guarded([&] { openHelp(context_, topic_); });
    if (!outcome.ok) showMessage(context_, {}, MessageKind::Error, outcome.message);
  }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  Reference<css::uno::XComponentContext> context_;
  std::string topic_;
};

}  // namespace

const std::vector<std::string>& helpTopics() {
  static const std::vector<std::string> topics = {"deck",
                                                  "calc-panel",
                                                  "writer-panels",
                                                  "column-mapping",
                                                  "customer-group",
                                                  "worksheet",
                                                  "focus-checks",
                                                  "value-matrix",
                                                  "priorities",
                                                  "primary-vs-supporting",
                                                  "derived-importance",
                                                  "assumptions-vs-evidence",
                                                  "nps",
                                                  "kano",
                                                  "voices",
                                                  "trends"};
  return topics;
}

rtl::OUString helpPageUrl(const Reference<css::uno::XComponentContext>& context,
                          std::string_view topic, std::string_view language) {
  const auto& topics = helpTopics();
  if (std::find(topics.begin(), topics.end(), topic) == topics.end())
    throw UserError{core::tr("help.error.noTopic", {std::string(topic)})};
  const std::string lang = language.empty() ? uiLanguage(context) : std::string(language);
  Reference<css::ucb::XSimpleFileAccess3> files = css::ucb::SimpleFileAccess::create(context);
  const rtl::OUString root = packageUrl(context) + "/help/";
  const rtl::OUString page = toOUString(std::string(topic) + ".html");
  if (lang != "en" && lang.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) {
    const rtl::OUString localised = root + toOUString(lang) + "/" + page;
    if (files->exists(localised)) return localised;
  }
  const rtl::OUString english = root + "en/" + page;
  if (!files->exists(english))
    throw UserError{core::tr("help.error.missing", {toUtf8(english)})};
  return english;
}

void openHelp(const Reference<css::uno::XComponentContext>& context, std::string_view topic) {
  open(context, topic, false);
}

void helpCommand(CommandContext& ctx) {
  std::string topic = ctx.argument("Topic");
  if (topic.empty()) topic = "deck";
  const rtl::OUString url = helpPageUrl(ctx.context, topic, ctx.argument("Language"));
  ctx.result <<= url;
  if (ctx.interactive) open(ctx.context, topic, ctx.argument("Viewer") == "office");
}

std::string_view helpTopicOfDialog(std::string_view dialog) {
  static const std::pair<std::string_view, std::string_view> topics[] = {
      {"CalcPanel", "calc-panel"},         {"ColumnMapping", "column-mapping"},
      {"CustomerGroup", "customer-group"}, {"CustomersPanel", "writer-panels"},
      {"CustomerWorksheet", "worksheet"},  {"CustomerFocusChecks", "focus-checks"}};
  for (const auto& [name, topic] : topics)
    if (name == dialog) return topic;
  return "deck";
}

void connectHelpButton(const Reference<css::uno::XComponentContext>& context,
                       const Reference<css::awt::XControlContainer>& controls,
                       std::string_view dialog) {
  Reference<css::awt::XButton> button(controls->getControl("HelpButton"), UNO_QUERY);
  if (!button.is()) return;
  button->addActionListener(
      new HelpButtonListener(context, std::string(helpTopicOfDialog(dialog))));
}

}  // namespace cf::uno
