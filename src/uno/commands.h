// The extension's commands, by name. Each menu entry, sidebar button and
// `cfocus` call ends up here through the vnd.customerfocus: protocol, so a
// command behaves the same wherever it is started from.
//
//   vnd.customerfocus:About        name, version, publisher, licence and the
//                                  help page, as a message or a result
//   vnd.customerfocus:Help         opens a help page (help.h)
//   vnd.customerfocus:ShowDeck     opens the Customer Focus sidebar deck
//   vnd.customerfocus:SelfTest     checks the install; Fail=user|internal|uno
//                                  makes it fail on purpose, to prove that a
//                                  failing command never takes the office down
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cf::uno {

inline constexpr std::string_view kProtocol = "vnd.customerfocus:";

struct CommandContext {
  css::uno::Reference<css::uno::XComponentContext> context;
  css::uno::Reference<css::frame::XFrame> frame;  // empty when none was given
  css::uno::Sequence<css::beans::PropertyValue> arguments;
  // True when a person started the command (menu, button): then results and
  // failures are shown in a message box. False for XNotifyingDispatch callers.
  bool interactive = false;

  // Set by the command: what XNotifyingDispatch callers receive on success,
  // and what an interactive user is told (empty: nothing to tell).
  css::uno::Any result;
  std::string message;

  // The named argument as a string, from the dispatch arguments or the URL's
  // query ("vnd.customerfocus:SelfTest?Fail=user"); empty when absent.
  std::string argument(std::string_view name) const;
};

using Command = void (*)(CommandContext&);

// The command called `name` ("About"), or nullptr.
Command findCommand(std::string_view name);
std::vector<std::string> commandNames();

}  // namespace cf::uno
