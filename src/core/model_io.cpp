#include "model_io.h"

#include "json_text.h"
#include "messages.h"
#include "text.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <limits>
#include <span>

namespace cf::core {
namespace {

using Json = nlohmann::ordered_json;

// Our own format is five levels deep; the limit leaves room for unknown
// members while keeping the recursive copy, compare and dump of nlohmann/json
// far from the end of the stack.
constexpr std::size_t kMaxDepth = 64;

// The members each object knows. Reading keeps every other member in `extra`;
// writing never lets an `extra` member stand in for a known one.
constexpr std::string_view kModelKeys[] = {"schemaVersion", "organisation", "customers"};
constexpr std::string_view kOrganisationKeys[] = {"name", "mission"};
constexpr std::string_view kGroupKeys[] = {"name",         "role",       "kind",
                                           "lifeChanged",  "whySatisfy", "assumedValues",
                                           "statedValues", "listening",  "evidence"};
constexpr std::string_view kAssumedKeys[] = {"text", "importance"};
constexpr std::string_view kStatedKeys[] = {"text",    "source", "date",  "respondents",
                                            "measure", "score",  "quote", "quoteRow"};
constexpr std::string_view kEvidenceKeys[] = {"source", "date",  "respondents",
                                              "basis",  "rho",   "items"};
constexpr std::string_view kEvidenceItemKeys[] = {"attribute", "predicted", "measured",
                                                  "predictedRank", "measuredRank"};
constexpr std::string_view kListeningKeys[] = {"method", "owner", "nextDate", "lastDone"};

using Keys = std::span<const std::string_view>;

bool isKnown(Keys keys, std::string_view key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// ---- Errors ---------------------------------------------------------------

[[noreturn]] void fail(std::string code, const std::string& where, std::string message) {
  throw ModelJsonError(
      Error{std::move(code), std::move(message), where.empty() ? tr("json.topLevel") : where});
}

std::string member(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string element(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

// What a JSON value is, in words for someone who has never heard of JSON.
std::string kindOfValue(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null:
      return tr("model.kind.null");
    case Json::value_t::boolean:
      return tr("model.kind.boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return tr("model.kind.number");
    case Json::value_t::string:
      return tr("model.kind.text");
    case Json::value_t::array:
      return tr("model.kind.list");
    case Json::value_t::object:
      return tr("model.kind.object");
    default:
      break;
  }
  return tr("model.kind.other");
}

// The offending value, short enough to quote in a message.
std::string quoted(const Json& v) {
  constexpr std::size_t kMax = 40;
  if (!v.is_string()) return v.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::string s = v.get<std::string>();
  if (s.size() > kMax) {
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "…";
  }
  return "\"" + s + "\"";
}

// `expected` is a message key ("model.kind.text", "model.expect.date").
[[noreturn]] void failType(const std::string& where, std::string_view label,
                           std::string_view expected, const Json& actual) {
  fail("model.wrong-type", where,
       tr("model.error.wrongType", {std::string(label), tr(expected), kindOfValue(actual)}));
}

// ---- Reading members --------------------------------------------------------

const Json* find(const Json& object, std::string_view key) {
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

void requireObject(const Json& j, const std::string& path, std::string_view label) {
  if (!j.is_object()) failType(path, label, "model.kind.object", j);
}

Json unknownMembers(const Json& object, Keys known) {
  Json extra = Json::object();
  for (const auto& [key, value] : object.items())
    if (!isKnown(known, key)) extra[key] = value;
  return extra;
}

// A text member; missing or null is empty text.
std::string readText(const Json& object, const std::string& path, std::string_view key) {
  const Json* v = find(object, key);
  if (v == nullptr || v->is_null()) return {};
  if (!v->is_string()) failType(member(path, key), key, "model.kind.text", *v);
  return v->get<std::string>();
}

// A whole number, or nullopt for a fraction; huge values are clamped, which
// keeps them out of every range the model accepts.
std::optional<std::int64_t> wholeNumber(const Json& v) {
  constexpr std::int64_t kLimit = std::int64_t{1} << 53;
  if (v.is_number_unsigned())
    return static_cast<std::int64_t>(std::min<std::uint64_t>(v.get<std::uint64_t>(), kLimit));
  if (v.is_number_integer())
    return std::clamp<std::int64_t>(v.get<std::int64_t>(), -kLimit, kLimit);
  const double d = v.get<double>();
  if (!std::isfinite(d) || std::floor(d) != d) return std::nullopt;
  return static_cast<std::int64_t>(
      std::clamp<double>(d, -static_cast<double>(kLimit), static_cast<double>(kLimit)));
}

// A whole number in [min, max]; missing or null is nullopt.
std::optional<int> readWholeNumber(const Json& object, const std::string& path,
                                   std::string_view key, int min, int max,
                                   std::string_view rangeKey) {
  const Json* v = find(object, key);
  if (v == nullptr || v->is_null()) return std::nullopt;
  const std::string where = member(path, key);
  if (!v->is_number()) failType(where, key, rangeKey, *v);
  const auto n = wholeNumber(*v);
  if (!n || *n < min || *n > max)
    fail("model.bad-number", where,
         tr("model.error.badNumber", {std::string(key), tr(rangeKey), quoted(*v)}));
  return static_cast<int>(*n);
}

// A finite number; missing or null is nullopt.
std::optional<double> readNumber(const Json& object, const std::string& path,
                                 std::string_view key) {
  const Json* v = find(object, key);
  if (v == nullptr || v->is_null()) return std::nullopt;
  if (!v->is_number()) failType(member(path, key), key, "model.expect.number", *v);
  const double d = v->get<double>();
  if (!std::isfinite(d))
    fail("model.bad-number", member(path, key),
         tr("model.error.badNumber", {std::string(key), tr("model.expect.number"), quoted(*v)}));
  return d;
}

// A date member; missing, null or empty text means "no date".
std::optional<Date> readDate(const Json& object, const std::string& path, std::string_view key) {
  const Json* v = find(object, key);
  if (v == nullptr || v->is_null()) return std::nullopt;
  const std::string where = member(path, key);
  if (!v->is_string()) failType(where, key, "model.expect.date", *v);
  const std::string_view text = trim(v->get_ref<const std::string&>());
  if (text.empty()) return std::nullopt;
  auto date = parseDate(text);
  if (!date)
    fail("model.bad-date", where, tr("model.error.badDate", {std::string(key), quoted(*v)}));
  return date;
}

// A list member; missing or null is an empty list.
template <class T, class ReadOne>
std::vector<T> readList(const Json& object, const std::string& path, std::string_view key,
                        ReadOne readOne) {
  std::vector<T> items;
  const Json* v = find(object, key);
  if (v == nullptr || v->is_null()) return items;
  const std::string listPath = member(path, key);
  if (!v->is_array()) failType(listPath, key, "model.kind.list", *v);
  items.reserve(v->size());
  const std::string label = tr("model.label.entry", {std::string(key)});
  for (std::size_t i = 0; i < v->size(); ++i) {
    T item;
    readOne((*v)[i], element(listPath, i), label, item);
    items.push_back(std::move(item));
  }
  return items;
}

// ---- Reading objects -------------------------------------------------------

void readOrganisation(const Json& j, const std::string& path, std::string_view label,
                      Organisation& out) {
  requireObject(j, path, label);
  out.name = readText(j, path, "name");
  out.mission = readText(j, path, "mission");
  out.extra = unknownMembers(j, kOrganisationKeys);
}

void readAssumed(const Json& j, const std::string& path, std::string_view label,
                 AssumedValue& out) {
  requireObject(j, path, label);
  out.text = readText(j, path, "text");
  out.importance = readWholeNumber(j, path, "importance", 1, 5, "model.expect.importance");
  out.extra = unknownMembers(j, kAssumedKeys);
}

void readStated(const Json& j, const std::string& path, std::string_view label, StatedValue& out) {
  requireObject(j, path, label);
  out.text = readText(j, path, "text");
  out.source = readText(j, path, "source");
  out.date = readDate(j, path, "date");
  out.respondents = readWholeNumber(j, path, "respondents", 0, std::numeric_limits<int>::max(),
                                    "model.expect.respondents");
  out.measure = readText(j, path, "measure");
  out.score = readNumber(j, path, "score");
  out.quote = readText(j, path, "quote");
  out.quoteRow = static_cast<std::size_t>(
      readWholeNumber(j, path, "quoteRow", 1, std::numeric_limits<int>::max(), "model.expect.row")
          .value_or(0));
  out.extra = unknownMembers(j, kStatedKeys);
}

void readEvidenceItem(const Json& j, const std::string& path, std::string_view label,
                      EvidenceItem& out) {
  requireObject(j, path, label);
  out.attribute = readText(j, path, "attribute");
  out.predicted = readNumber(j, path, "predicted").value_or(0.0);
  out.measured = readNumber(j, path, "measured").value_or(0.0);
  out.predictedRank = readNumber(j, path, "predictedRank").value_or(0.0);
  out.measuredRank = readNumber(j, path, "measuredRank").value_or(0.0);
  out.extra = unknownMembers(j, kEvidenceItemKeys);
}

void readEvidence(const Json& j, const std::string& path, std::string_view label,
                  GroupEvidence& out) {
  requireObject(j, path, label);
  out.source = readText(j, path, "source");
  out.date = readDate(j, path, "date");
  out.respondents = readWholeNumber(j, path, "respondents", 0, std::numeric_limits<int>::max(),
                                    "model.expect.respondents");
  out.basis = readText(j, path, "basis");
  out.rho = readNumber(j, path, "rho");
  out.items = readList<EvidenceItem>(j, path, "items", readEvidenceItem);
  out.extra = unknownMembers(j, kEvidenceKeys);
}

void readListening(const Json& j, const std::string& path, std::string_view label,
                   ListeningActivity& out) {
  requireObject(j, path, label);
  out.method = readText(j, path, "method");
  out.owner = readText(j, path, "owner");
  out.nextDate = readDate(j, path, "nextDate");
  out.lastDone = readDate(j, path, "lastDone");
  out.extra = unknownMembers(j, kListeningKeys);
}

void readGroup(const Json& j, const std::string& path, std::string_view label, CustomerGroup& out) {
  requireObject(j, path, label);

  const Json* name = find(j, "name");
  if (name == nullptr)
    fail("model.missing-field", member(path, "name"), tr("model.error.missingName"));
  if (!name->is_string()) failType(member(path, "name"), "name", "model.kind.text", *name);
  out.name = name->get<std::string>();

  const std::string rolePath = member(path, "role");
  const Json* role = find(j, "role");
  if (role == nullptr) fail("model.missing-field", rolePath, tr("model.error.missingRole"));
  if (!role->is_string()) failType(rolePath, "role", "model.expect.role", *role);
  out.role = parseRole(role->get_ref<const std::string&>());
  if (out.role == Role::Unknown)
    fail("model.bad-role", rolePath, tr("model.error.badRole", {quoted(*role)}));

  out.kind = CustomerKind::Other;
  if (const Json* kind = find(j, "kind"); kind != nullptr && !kind->is_null()) {
    const std::string kindPath = member(path, "kind");
    if (!kind->is_string()) failType(kindPath, "kind", "model.expect.kind", *kind);
    const auto parsed = parseCustomerKind(kind->get_ref<const std::string&>());
    if (!parsed) fail("model.bad-kind", kindPath, tr("model.error.badKind", {quoted(*kind)}));
    out.kind = *parsed;
  }

  out.lifeChanged = readText(j, path, "lifeChanged");
  out.whySatisfy = readText(j, path, "whySatisfy");
  out.assumedValues = readList<AssumedValue>(j, path, "assumedValues", readAssumed);
  out.statedValues = readList<StatedValue>(j, path, "statedValues", readStated);
  out.listening = readList<ListeningActivity>(j, path, "listening", readListening);
  out.evidence.reset();
  if (const Json* evidence = find(j, "evidence"); evidence != nullptr && !evidence->is_null()) {
    out.evidence.emplace();
    readEvidence(*evidence, member(path, "evidence"), "evidence", *out.evidence);
  }
  out.extra = unknownMembers(j, kGroupKeys);
}

void readModel(const Json& j, Model& out) {
  const std::string path;
  requireObject(j, path, tr("model.label.model"));

  // The version comes first: a newer file may not fit the rest of these rules.
  const Json* version = find(j, "schemaVersion");
  if (version == nullptr) fail("model.missing-field", "schemaVersion", tr("model.error.noVersion"));
  if (!version->is_number())
    failType("schemaVersion", "schemaVersion", "model.expect.whole", *version);
  const auto n = wholeNumber(*version);
  if (!n || *n < 1)
    fail("model.bad-version", "schemaVersion", tr("model.error.badVersion", {quoted(*version)}));
  if (*n > kModelSchemaVersion)
    fail(
        "model.future-version", "schemaVersion",
        tr("model.error.futureVersion", {std::to_string(*n), std::to_string(kModelSchemaVersion)}));
  out.schemaVersion = static_cast<int>(*n);

  out.organisation = Organisation{};
  if (const Json* org = find(j, "organisation"); org != nullptr && !org->is_null())
    readOrganisation(*org, "organisation", "organisation", out.organisation);
  out.customers = readList<CustomerGroup>(j, path, "customers", readGroup);
  out.extra = unknownMembers(j, kModelKeys);
}

// ---- Writing ---------------------------------------------------------------

void appendExtra(Json& j, const Json& extra, Keys known) {
  assert((extra.is_object() || extra.is_null()) && "extra holds the unknown members of an object");
  if (!extra.is_object()) return;
  for (const auto& [key, value] : extra.items())
    if (!isKnown(known, key)) j[key] = value;
}

// ---- Locating a JSON syntax error -----------------------------------------

// Tells where the parser gave up. nlohmann reports the byte in parse_error,
// but not in the out_of_range error of a number too large for a double.
class ErrorLocator : public nlohmann::json_sax<Json> {
 public:
  std::size_t position = 0;
  int errorId = 0;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t pos, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    position = pos;
    errorId = ex.id;
    return false;
  }
};

std::optional<Error> checkUtf8(std::string_view text) {
  const std::size_t byte = firstBadUtf8Byte(text);
  if (byte == 0) return std::nullopt;
  return Error{"model.not-utf8", tr("model.error.notUtf8", {lineAndColumn(text, byte)}),
               byteWhere(byte)};
}

std::optional<Error> checkDepth(std::string_view text) {
  const std::size_t byte = firstByteDeeperThan(text, kMaxDepth);
  if (byte == 0) return std::nullopt;
  return Error{"model.too-deep",
               tr("model.error.tooDeep", {std::to_string(kMaxDepth), lineAndColumn(text, byte)}),
               byteWhere(byte)};
}

Error syntaxError(std::string_view text) {
  ErrorLocator locator;
  Json::sax_parse(text.begin(), text.end(), &locator);
  const std::size_t byte = std::max<std::size_t>(locator.position, 1);
  const std::string at = lineAndColumn(text, byte);
  std::string message;
  if (locator.errorId == 406)
    message = tr("model.error.numberTooLarge", {at});
  else if (byte > text.size())
    message = tr("model.error.endsEarly", {at});
  else
    message = tr("model.error.syntax", {at});
  return Error{"model.malformed-json", message, byteWhere(byte)};
}

}  // namespace

ModelJsonError::ModelJsonError(Error error)
    : std::runtime_error(error.where + ": " + error.message), error_(std::move(error)) {}

Result<Model> parseModel(std::string_view jsonText) {
  if (trim(jsonText).empty())
    return Error{"model.malformed-json", tr("model.error.empty"), byteWhere(1)};
  if (auto error = checkUtf8(jsonText)) return *error;
  if (auto error = checkDepth(jsonText)) return *error;
  try {
    Json j;
    try {
      j = Json::parse(jsonText.begin(), jsonText.end());
    } catch (const nlohmann::json::exception&) {
      return syntaxError(jsonText);
    }
    Model model;
    readModel(j, model);
    return model;
  } catch (const ModelJsonError& e) {
    return e.error();
  } catch (const nlohmann::json::exception& e) {
    // Not reachable with the checks above; kept so no exception ever leaves core.
    return Error{"model.malformed-json", tr("model.error.unreadable", {e.what()}),
                 tr("json.topLevel")};
  }
}

std::string serializeModel(const Model& model) {
  const Json j = model;
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

void to_json(Json& j, const Organisation& organisation) {
  j = Json::object();
  j["name"] = organisation.name;
  j["mission"] = organisation.mission;
  appendExtra(j, organisation.extra, kOrganisationKeys);
}

void to_json(Json& j, const AssumedValue& value) {
  j = Json::object();
  j["text"] = value.text;
  if (value.importance) j["importance"] = *value.importance;
  appendExtra(j, value.extra, kAssumedKeys);
}

void to_json(Json& j, const StatedValue& value) {
  j = Json::object();
  j["text"] = value.text;
  j["source"] = value.source;
  if (value.date) j["date"] = formatDate(*value.date);
  if (value.respondents) j["respondents"] = *value.respondents;
  if (!value.measure.empty()) j["measure"] = value.measure;
  if (value.score) j["score"] = *value.score;
  if (!value.quote.empty()) j["quote"] = value.quote;
  // Clamped to what reading accepts; no sheet has that many rows.
  if (value.quoteRow > 0)
    j["quoteRow"] = std::min<std::size_t>(value.quoteRow, std::numeric_limits<int>::max());
  appendExtra(j, value.extra, kStatedKeys);
}

void to_json(Json& j, const EvidenceItem& item) {
  j = Json::object();
  j["attribute"] = item.attribute;
  j["predicted"] = item.predicted;
  j["measured"] = item.measured;
  j["predictedRank"] = item.predictedRank;
  j["measuredRank"] = item.measuredRank;
  appendExtra(j, item.extra, kEvidenceItemKeys);
}

void to_json(Json& j, const GroupEvidence& evidence) {
  j = Json::object();
  j["source"] = evidence.source;
  if (evidence.date) j["date"] = formatDate(*evidence.date);
  if (evidence.respondents) j["respondents"] = *evidence.respondents;
  j["basis"] = evidence.basis;
  if (evidence.rho) j["rho"] = *evidence.rho;
  j["items"] = evidence.items;
  appendExtra(j, evidence.extra, kEvidenceKeys);
}

void to_json(Json& j, const ListeningActivity& activity) {
  j = Json::object();
  j["method"] = activity.method;
  j["owner"] = activity.owner;
  if (activity.nextDate) j["nextDate"] = formatDate(*activity.nextDate);
  if (activity.lastDone) j["lastDone"] = formatDate(*activity.lastDone);
  appendExtra(j, activity.extra, kListeningKeys);
}

void to_json(Json& j, const CustomerGroup& group) {
  // Unknown is a programmer error; writing it would make the whole stored model
  // unreadable on the next open, so it is written as the harmless "supporting".
  assert(group.role != Role::Unknown && "a stored customer group is primary or supporting");
  j = Json::object();
  j["name"] = group.name;
  j["role"] = group.role == Role::Primary ? "primary" : "supporting";
  j["kind"] = customerKindName(group.kind);
  j["lifeChanged"] = group.lifeChanged;
  j["whySatisfy"] = group.whySatisfy;
  j["assumedValues"] = group.assumedValues;
  j["statedValues"] = group.statedValues;
  j["listening"] = group.listening;
  if (group.evidence) j["evidence"] = *group.evidence;
  appendExtra(j, group.extra, kGroupKeys);
}

void to_json(Json& j, const Model& model) {
  j = Json::object();
  j["schemaVersion"] = kModelSchemaVersion;
  j["organisation"] = model.organisation;
  j["customers"] = model.customers;
  appendExtra(j, model.extra, kModelKeys);
}

void from_json(const Json& j, Organisation& organisation) {
  readOrganisation(j, "", tr("model.label.organisation"), organisation);
}
void from_json(const Json& j, AssumedValue& value) {
  readAssumed(j, "", tr("model.label.assumed"), value);
}
void from_json(const Json& j, StatedValue& value) {
  readStated(j, "", tr("model.label.stated"), value);
}
void from_json(const Json& j, ListeningActivity& activity) {
  readListening(j, "", tr("model.label.listening"), activity);
}
void from_json(const Json& j, CustomerGroup& group) {
  readGroup(j, "", tr("model.label.group"), group);
}
void from_json(const Json& j, Model& model) { readModel(j, model); }

}  // namespace cf::core
