// The customer model: Drucker's answer to "Who is our customer?" for one
// organisation, that is one primary customer and the supporting customers, what each
// group values (assumed by us or stated by them) and how we keep listening.
// The Writer panel edits it, the worksheet shows it, model_io.h stores it as
// JSON and focus_checks.h checks it.
#pragma once

#include "survey.h"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace cf::core {

// The model format this code reads and writes.
inline constexpr int kModelSchemaVersion = 1;

// A calendar date, written YYYY-MM-DD in JSON and on the worksheet.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;
};

// Exactly "YYYY-MM-DD" naming a real day (leap years counted, year 0001–9999);
// nullopt for anything else, such as "2024-02-30" or "15/03/2024".
std::optional<Date> parseDate(std::string_view text);
// "2024-03-05".
std::string formatDate(const Date& date);

enum class CustomerKind : std::uint8_t {
  Beneficiary,
  Volunteer,
  Member,
  Partner,
  Funder,
  Referral,
  Employee,
  Other
};

// "beneficiary", "volunteer", …, "referral", …: the names used in JSON.
std::string_view customerKindName(CustomerKind kind);
// Accepts those names, case-insensitive and trimmed, and "referral source"
// for Referral; nullopt otherwise.
std::optional<CustomerKind> parseCustomerKind(std::string_view text);

// Every struct below keeps the JSON members this version does not know in
// `extra` (a JSON object), so that a model written by a newer minor release
// or by hand loses nothing when it is saved again.

struct Organisation {
  std::string name;
  std::string mission;
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
  bool operator==(const Organisation&) const = default;
};

// A value we believe the group holds: Kotler's "assumptions based on our own
// interpretation", written down so they can be checked against the customers.
struct AssumedValue {
  std::string text;
  std::optional<int> importance;  // 1–5; nullopt when not rated yet
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
  bool operator==(const AssumedValue&) const = default;
};

// A value the customers themselves stated, and where we heard it.
struct StatedValue {
  std::string text;
  std::string source;              // "Exit survey", "Focus group at the library"
  std::optional<Date> date;        // when it was heard
  std::optional<int> respondents;  // how many said so (≥ 0); nullopt when not counted
  // Set only on values a survey wrote (model_update.h), which the next update
  // from the same source replaces: what the value was ranked by, "importance"
  // (mean stated importance) or "keyDriver" (share of R², in %), and that
  // figure. Empty for a value typed by hand, which no update touches.
  std::string measure{};
  std::optional<double> score{};
  // A customer's own words that support the value: a survey comment that
  // mentions it, masked, and the comment's row in the survey's sheet (0 when
  // not known). Written by the update with the value; empty when no comment
  // of the group could be shown.
  std::string quote{};
  std::size_t quoteRow = 0;
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
  bool operator==(const StatedValue&) const = default;
};

// One line of the listening plan.
struct ListeningActivity {
  std::string method;  // "Quarterly focus group"
  std::string owner;   // who makes sure it happens
  std::optional<Date> nextDate;
  std::optional<Date> lastDone;
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
  bool operator==(const ListeningActivity&) const = default;
};

// What a survey said about the group's assumed values: each assumed value that
// the survey measured, with its rank among them by our assumption and by the
// customers, and Spearman's rho over them. The Focus checks panel raises CF008
// from it without the Calc analysis at hand.
struct EvidenceItem {
  std::string attribute;
  double predicted = 0.0;  // assumed importance, 1–5
  double measured = 0.0;   // mean stated importance, or the bivariate r (basis "derived")
  double predictedRank = 0.0;  // 1 = most important; ties share the average rank
  double measuredRank = 0.0;
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
  bool operator==(const EvidenceItem&) const = default;
};

struct GroupEvidence {
  std::string source;  // the survey's table name
  std::optional<Date> date;
  std::optional<int> respondents;
  std::string basis;          // "stated" or "derived"
  std::optional<double> rho;  // nullopt with fewer than three items compared
  std::vector<EvidenceItem> items;
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
  bool operator==(const GroupEvidence&) const = default;
};

struct CustomerGroup {
  std::string name;
  Role role = Role::Supporting;  // Primary or Supporting; Unknown is never stored
  CustomerKind kind = CustomerKind::Other;
  std::string lifeChanged;  // for the primary customer: how their life is changed
  std::string whySatisfy;   // for a supporting customer: why they must be satisfied
  std::vector<AssumedValue> assumedValues;
  std::vector<StatedValue> statedValues;
  std::vector<ListeningActivity> listening;
  std::optional<GroupEvidence> evidence{};  // from the last survey update
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
  bool operator==(const CustomerGroup&) const = default;
};

struct Model {
  int schemaVersion = kModelSchemaVersion;  // as read; always written as kModelSchemaVersion
  Organisation organisation;
  std::vector<CustomerGroup> customers;
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
  bool operator==(const Model&) const = default;
};

// The name to show for a group at `index` in Model::customers: its trimmed
// name, or "Unnamed group N" (N counted from 1) when the name is blank.
std::string displayName(const CustomerGroup& group, std::size_t index);

}  // namespace cf::core
