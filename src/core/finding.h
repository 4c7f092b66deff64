// A focus-check finding: a stable id (CF001…), a severity and one plain
// sentence. The Writer panel lists them, `cfocus check` prints them, and the
// results JSON carries them under "focus".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cf::core {

enum class Severity : std::uint8_t { Info, Warning, Error };

// "info", "warning", "error".
std::string_view severityName(Severity severity);

struct Finding {
  std::string id;  // "CF002"
  Severity severity = Severity::Info;
  std::string message;
  // The customer group the finding is about (its index in Model::customers,
  // or its name for findings from a feedback table), so a click can open it.
  std::optional<std::size_t> customerIndex;
  std::string group;
};

}  // namespace cf::core
