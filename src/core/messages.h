// The words the extension says to a person, by key, in their language: a
// string table read from a Java-style .properties file (extension/strings/
// Messages_<lang>.properties), with {0}-style placeholders. The en-US table is
// compiled in, so core and cfocus speak English with no file at hand; the UNO
// layer loads the table of the office's UI language once and makes it current.
//
//   tr("calc.error.readOnly")                     // "This document is open read-only, …"
//   tr("report.rowsRead", {"8507"})               // "Rows read: 8507"
#pragma once

#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cf::core {

class Messages {
 public:
  // Reads .properties text: `key=value` (or `key: value`) lines, `#` and `!`
  // comments, `\` line continuations and the escapes \uXXXX, \n, \t, \\. The
  // text may be UTF-8 or plain ASCII with \u escapes. A line without `=` or
  // `:` is a key with an empty value, as in Java; a bad \u escape is kept as
  // written. Never fails.
  static Messages parse(std::string_view text);

  // The value for `key`, or nullptr when this table lacks it.
  const std::string* find(std::string_view key) const;
  std::vector<std::string> keys() const;
  std::size_t size() const { return entries_.size(); }

 private:
  std::map<std::string, std::string, std::less<>> entries_;
};

// `pattern` with {0}, {1}, … replaced by args; a placeholder without an
// argument stays as written, and any other brace is kept.
std::string formatMessage(std::string_view pattern, const std::vector<std::string>& args);

// The en-US table compiled into the program.
const Messages& builtinMessages();

// Makes `messages` the table tr() reads first; keys it lacks fall back to
// the built-in en-US table. Thread-safe.
void setCurrentMessages(std::shared_ptr<const Messages> messages);

// The message for `key` in the current language, formatted with args. An
// unknown key comes back as the key itself, so a missing string shows up in
// tests and on screen instead of vanishing.
std::string tr(std::string_view key, std::initializer_list<std::string> args = {});

// `text` in the current language's quotation marks: "Funders", „Funders“.
std::string quote(std::string_view text);

// Restores the previous table when it goes out of scope (for tests).
class ScopedMessages {
 public:
  explicit ScopedMessages(std::shared_ptr<const Messages> messages);
  ~ScopedMessages();
  ScopedMessages(const ScopedMessages&) = delete;
  ScopedMessages& operator=(const ScopedMessages&) = delete;

 private:
  std::shared_ptr<const Messages> previous_;
};

// A number with `decimals` places and the given decimal separator: "2,82".
// NaN and infinities give "–".
std::string formatDecimal(double value, int decimals, std::string_view decimalSeparator = ".");

}  // namespace cf::core
