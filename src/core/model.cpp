#include "model.h"

#include "messages.h"
#include "text.h"

#include <array>
#include <cassert>
#include <cstdio>

namespace cf::core {
namespace {

constexpr std::array<std::string_view, 8> kKindNames = {
    "beneficiary", "volunteer", "member", "partner", "funder", "referral", "employee", "other"};

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Digits only: std::from_chars would also take a sign, and "2024-+3-01" is no date.
std::optional<int> digits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<Date> parseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = digits(text.substr(0, 4));
  const auto month = digits(text.substr(5, 2));
  const auto day = digits(text.substr(8, 2));
  if (!year || !month || !day) return std::nullopt;
  if (*year < 1 || *month < 1 || *month > 12) return std::nullopt;
  if (*day < 1 || *day > daysInMonth(*year, *month)) return std::nullopt;
  return Date{*year, *month, *day};
}

std::string formatDate(const Date& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

std::string_view customerKindName(CustomerKind kind) {
  const auto i = static_cast<std::size_t>(kind);
  assert(i < kKindNames.size() && "CustomerKind out of range");
  return i < kKindNames.size() ? kKindNames[i] : "other";
}

std::optional<CustomerKind> parseCustomerKind(std::string_view text) {
  const std::string t = foldCase(trim(text));
  if (t == "referral source") return CustomerKind::Referral;
  for (std::size_t i = 0; i < kKindNames.size(); ++i)
    if (t == kKindNames[i]) return static_cast<CustomerKind>(i);
  return std::nullopt;
}

std::string displayName(const CustomerGroup& group, std::size_t index) {
  const std::string_view name = trim(group.name);
  if (!name.empty()) return std::string(name);
  return tr("model.unnamedGroup", {std::to_string(index + 1)});
}

}  // namespace cf::core
