// The help pages shipped in the .oxt (help/<language>/<topic>.html) and the
// ways a person reaches them: the Help command, the Help buttons of the panels
// and dialogs, and the "More options" button in a panel's title bar, which
// Sidebar.xcu points at the Help command.
//
//   vnd.customerfocus:Help?Topic=priorities     opens the Priorities page
//   vnd.customerfocus:Help?Topic=deck&Language=de
#pragma once

#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cf::uno {

struct CommandContext;

// The topics there is a page for ("deck", "calc-panel", "kano", …).
const std::vector<std::string>& helpTopics();

// The file URL of the page for `topic` in `language` ("de", "en"; empty: the
// office's UI language), falling back to English when that language has no
// such page. Throws UserError for an unknown topic.
rtl::OUString helpPageUrl(const css::uno::Reference<css::uno::XComponentContext>& context,
                          std::string_view topic, std::string_view language = {});

// Shows the page in the desktop's web browser; when there is none, in a
// read-only office window. Throws UserError when neither works.
void openHelp(const css::uno::Reference<css::uno::XComponentContext>& context,
              std::string_view topic);

// The Help command: Topic (default "deck") and Language arguments. A person
// gets the page opened; a program (XNotifyingDispatch) gets its URL as the
// result, and nothing opens.
void helpCommand(CommandContext& ctx);

// The help topic of a dialog or panel in dialogs/ ("CalcPanel" ->
// "calc-panel"); "deck" for one without a page of its own.
std::string_view helpTopicOfDialog(std::string_view dialog);

// Makes the control "HelpButton" of the dialog or panel built from
// dialogs/<dialog>.xdl open its page. Does nothing when there is no such
// button. The listener lives as long as the button.
void connectHelpButton(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::awt::XControlContainer>& controls,
                       std::string_view dialog);

}  // namespace cf::uno
