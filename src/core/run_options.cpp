#include "run_options.h"

#include "text.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace cf::core {
namespace {

const std::string* findFolded(const std::vector<std::string>& names, std::string_view name) {
  const std::string key = foldCase(trim(name));
  for (const std::string& n : names)
    if (foldCase(trim(n)) == key) return &n;
  return nullptr;
}

std::string joinedNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : "; ") + n;
  return out;
}

}  // namespace

NotApplicableCodes parseNotApplicableCodes(std::string_view text) {
  NotApplicableCodes codes;
  auto addNumber = [&](double v) {
    if (std::find(codes.numbers.begin(), codes.numbers.end(), v) == codes.numbers.end())
      codes.numbers.push_back(v);
  };
  while (!text.empty()) {
    const std::size_t end = std::min(text.find(';'), text.size());
    const std::string_view part = trim(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
    if (part.empty()) continue;
    // "0, 99" and "0 99" are lists of numbers, as the panel always took them.
    std::vector<double> numbers;
    bool allNumbers = true;
    std::size_t start = 0;
    while (start < part.size() && allNumbers) {
      std::size_t stop = part.find_first_of(", \t", start);
      if (stop == std::string_view::npos) stop = part.size();
      std::string_view token = part.substr(start, stop - start);
      if (!token.empty() && token.front() == '+')
        token.remove_prefix(1);  // from_chars does not take it
      if (!token.empty()) {
        double v = 0;
        const auto [p, ec] = std::from_chars(token.data(), token.data() + token.size(), v);
        allNumbers = ec == std::errc() && p == token.data() + token.size() && std::isfinite(v);
        numbers.push_back(v);
      }
      start = stop + 1;
    }
    if (allNumbers) {
      for (double v : numbers) addNumber(v);
    } else {
      const std::string key = foldCase(part);
      if (std::none_of(codes.texts.begin(), codes.texts.end(),
                       [&](const std::string& t) { return foldCase(t) == key; }))
        codes.texts.push_back(clipText(part, 100));
    }
  }
  return codes;
}

Result<bool> applyGroupRoles(Mapping& mapping, std::string_view primary,
                             const std::vector<std::string>& supporting,
                             const std::vector<std::string>& groupsFound) {
  if (trim(primary).empty() && supporting.empty()) return false;
  const bool hasGroupColumn =
      std::any_of(mapping.columns.begin(), mapping.columns.end(),
                  [](const ColumnSpec& c) { return c.kind == ColumnKind::Group; });
  if (!hasGroupColumn)
    return Error{"roles.no-group-column", "the table has no customer-group column",
                 std::string(trim(primary).empty() ? supporting.front() : primary)};
  auto known = [&](std::string_view name) -> Result<std::string> {
    if (const std::string* found = findFolded(groupsFound, name)) return *found;
    return Error{"roles.unknown-group", joinedNames(groupsFound), std::string(trim(name))};
  };

  std::map<std::string, Role> roles = mapping.groupRoles;
  auto set = [&](const std::string& name, Role role) {
    const std::string key = foldCase(trim(name));
    for (auto it = roles.begin(); it != roles.end();)
      it = foldCase(trim(it->first)) == key ? roles.erase(it) : std::next(it);
    roles[name] = role;
  };
  std::vector<std::string> supportingFound;
  for (const std::string& s : supporting) {
    Result<std::string> name = known(s);
    if (!name.ok()) return name.error();
    supportingFound.push_back(name.value());
  }
  if (!trim(primary).empty()) {
    Result<std::string> name = known(primary);
    if (!name.ok()) return name.error();
    if (findFolded(supportingFound, name.value()) != nullptr)
      return Error{"roles.primary-supporting", "named both primary and supporting", name.value()};
    // Exactly one primary: one the mapping named before gives way.
    for (auto& [group, role] : roles)
      if (role == Role::Primary) role = Role::Supporting;
    set(name.value(), Role::Primary);
    if (supporting.empty())
      for (const std::string& g : groupsFound)
        if (foldCase(trim(g)) != foldCase(trim(name.value()))) set(g, Role::Supporting);
  }
  for (const std::string& s : supportingFound) set(s, Role::Supporting);
  mapping.groupRoles = std::move(roles);
  return true;
}

}  // namespace cf::core
