#include "survey.h"

#include "messages.h"
#include "text.h"

namespace cf::core {

std::string_view roleName(Role role) {
  switch (role) {
    case Role::Primary: return "primary";
    case Role::Supporting: return "supporting";
    case Role::Unknown: break;
  }
  return "unknown";
}

std::string roleLabel(Role role) { return tr("role." + std::string(roleName(role))); }

Role parseRole(std::string_view text) {
  const std::string t = foldCase(trim(text));
  if (t == "primary") return Role::Primary;
  if (t == "supporting") return Role::Supporting;
  return Role::Unknown;
}

}  // namespace cf::core
