#include "mapping_io.h"

#include "json_text.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "messages.h"
#include "text.h"

namespace cf::core {
namespace {

using Json = nlohmann::ordered_json;

// No mapping nests deeper than four levels; the limit keeps hostile input away
// from the recursive parts of nlohmann/json.
constexpr std::size_t kMaxDepth = 32;
// Larger than any sheet LibreOffice opens (16,384 columns, 16 million rows), so
// a saved mapping is never refused for a real table, only for nonsense.
constexpr double kMaxIndex = 1 << 24;
constexpr double kMaxRow = 1 << 30;

[[noreturn]] void fail(std::string code, std::string message, std::string where) {
  throw MappingJsonError(Error{std::move(code), std::move(message), std::move(where)});
}

std::string join(std::string_view path, std::string_view key) {
  return path.empty() ? std::string(key) : std::string(path) + "." + std::string(key);
}

std::string typeName(const Json& j) {
  if (j.is_string()) return tr("mapping.type.text");
  if (j.is_number()) return tr("mapping.type.number");
  if (j.is_boolean()) return tr("mapping.type.boolean");
  if (j.is_array()) return tr("mapping.type.list");
  if (j.is_object()) return tr("mapping.type.object");
  return tr("mapping.type.null");
}

const Json* find(const Json& object, std::string_view key) {
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

const Json& require(const Json& object, std::string_view key, std::string_view path) {
  const Json* v = find(object, key);
  if (!v)
    fail("mapping.missing-field", tr("mapping.error.missing", {std::string(key)}), join(path, key));
  return *v;
}

// `what` is a message key ("mapping.type.text", "mapping.expect.scale").
void expect(bool ok, const Json& j, std::string_view what, const std::string& where) {
  if (!ok)
    fail("mapping.wrong-type", tr("mapping.error.wrongType", {tr(what), typeName(j)}), where);
}

std::string readString(const Json& j, const std::string& where) {
  expect(j.is_string(), j, "mapping.type.text", where);
  return j.get<std::string>();
}

double readNumber(const Json& j, const std::string& where) {
  expect(j.is_number(), j, "mapping.type.number", where);
  const double v = j.get<double>();
  if (!std::isfinite(v)) fail("mapping.bad-value", tr("mapping.error.tooLarge"), where);
  return v;
}

// A whole number in [0, max]; 3.0 is accepted, since hand-edited JSON and some
// writers produce it.
std::size_t readIndex(const Json& j, double max, const std::string& where) {
  const double v = readNumber(j, where);
  if (v < 0 || v > max || std::floor(v) != v)
    fail("mapping.bad-value", tr("mapping.error.wholeNumber", {j.dump()}), where);
  return static_cast<std::size_t>(v);
}

Scale readScale(const Json& j, const std::string& where) {
  expect(j.is_object(), j, "mapping.expect.scale", where);
  Scale s;
  s.min = readNumber(require(j, "min", where), join(where, "min"));
  s.max = readNumber(require(j, "max", where), join(where, "max"));
  if (!(s.min < s.max)) fail("mapping.bad-value", tr("mapping.error.scaleOrder"), where);
  return s;
}

bool hasScale(ColumnKind kind) {
  return kind == ColumnKind::Importance || kind == ColumnKind::Satisfaction ||
         kind == ColumnKind::Nps || kind == ColumnKind::Outcome;
}
bool hasAttribute(ColumnKind kind) {
  return kind == ColumnKind::Importance || kind == ColumnKind::Satisfaction ||
         kind == ColumnKind::KanoFunctional || kind == ColumnKind::KanoDysfunctional;
}

// Errors thrown while reading a nested value name the path from that value;
// the caller puts its own path in front.
template <class F>
void within(const std::string& prefix, F&& read) {
  try {
    read();
  } catch (const MappingJsonError& e) {
    Error err = e.error();
    err.where = err.where.empty()          ? prefix
                : err.where.front() == '[' ? prefix + err.where
                                           : prefix + "." + err.where;
    throw MappingJsonError(std::move(err));
  }
}

void readColumn(const Json& j, ColumnSpec& c) {
  expect(j.is_object(), j, "mapping.type.object", "");
  const std::string kindName = readString(require(j, "kind", ""), "kind");
  const std::optional<ColumnKind> kind = parseColumnKind(kindName);
  if (!kind)
    fail("mapping.bad-value", tr("mapping.error.unknownKind", {clipText(kindName, 40)}), "kind");
  c.kind = *kind;
  const Json* header = find(j, "header");
  const Json* index = find(j, "index");
  if (!header && !index)
    fail("mapping.missing-field", tr("mapping.error.noHeaderOrIndex"), "header");
  c.header = header ? std::string(trim(readString(*header, "header"))) : std::string();
  c.index = index ? readIndex(*index, kMaxIndex, "index") : kNoColumn;
  if (const Json* a = find(j, "attribute"))
    c.attribute = std::string(trim(readString(*a, "attribute")));
  if (hasAttribute(c.kind) && c.attribute.empty()) c.attribute = c.header;
  if (hasAttribute(c.kind) && c.attribute.empty())
    fail("mapping.missing-field", tr("mapping.error.noAttribute"), "attribute");
  if (c.kind == ColumnKind::Nps) c.scale = Scale{0, 10};
  if (const Json* s = find(j, "scale")) c.scale = readScale(*s, "scale");
  if (const Json* n = find(j, "negativeLabel"))
    c.negativeLabel = std::string(trim(readString(*n, "negativeLabel")));
  if (const Json* p = find(j, "positiveLabel"))
    c.positiveLabel = std::string(trim(readString(*p, "positiveLabel")));
  if (c.kind == ColumnKind::Outcome && (c.negativeLabel.empty() != c.positiveLabel.empty()))
    fail("mapping.missing-field", tr("mapping.error.twoLabels"),
         c.negativeLabel.empty() ? "negativeLabel" : "positiveLabel");
  if (c.kind == ColumnKind::Outcome && !c.positiveLabel.empty() &&
      foldCase(c.positiveLabel) == foldCase(c.negativeLabel))
    fail("mapping.bad-value", tr("mapping.error.sameLabels"), "positiveLabel");
  if (const Json* labels = find(j, "labels")) {
    expect(labels->is_array(), *labels, "mapping.type.list", "labels");
    for (std::size_t i = 0; i < labels->size(); ++i) {
      const Json& l = (*labels)[i];
      const std::string where = "labels[" + std::to_string(i) + "]";
      expect(l.is_object(), l, "mapping.type.object", where);
      ValueLabel label;
      label.text = std::string(trim(readString(require(l, "text", where), join(where, "text"))));
      if (label.text.empty())
        fail("mapping.bad-value", tr("mapping.error.emptyLabel"), join(where, "text"));
      if (const Json* na = find(l, "notApplicable")) {
        expect(na->is_boolean(), *na, "mapping.type.boolean", join(where, "notApplicable"));
        label.notApplicable = na->get<bool>();
      }
      if (!label.notApplicable)
        label.value = readNumber(require(l, "value", where), join(where, "value"));
      c.labels.push_back(std::move(label));
    }
  }
}

void readMapping(const Json& j, Mapping& m) {
  expect(j.is_object(), j, "mapping.type.object", "");
  const Json& version = require(j, "schemaVersion", "");
  if (!version.is_number_integer() || version.get<long long>() < 1)
    fail("mapping.bad-version", tr("mapping.error.badVersion", {clipText(version.dump(), 40)}),
         "schemaVersion");
  if (version.get<long long>() > kMappingSchemaVersion)
    fail("mapping.future-version",
         tr("mapping.error.futureVersion",
            {std::to_string(version.get<long long>()), std::to_string(kMappingSchemaVersion)}),
         "schemaVersion");

  m = Mapping{};
  if (const Json* h = find(j, "headerRow")) m.headerRow = readIndex(*h, kMaxRow, "headerRow");
  if (const Json* h = find(j, "headerRows")) {
    m.headerRows = readIndex(*h, 16, "headerRows");
    if (m.headerRows < 1) fail("mapping.bad-value", tr("mapping.error.headerRows"), "headerRows");
  }
  if (const Json* l = find(j, "layout")) m.layout = std::string(trim(readString(*l, "layout")));
  if (const Json* d = find(j, "decimalComma")) {
    expect(d->is_boolean(), *d, "mapping.type.boolean", "decimalComma");
    m.decimalComma = d->get<bool>();
  }
  if (const Json* na = find(j, "notApplicable")) {
    expect(na->is_array(), *na, "mapping.expect.codes", "notApplicable");
    for (std::size_t i = 0; i < na->size(); ++i) {
      const Json& v = (*na)[i];
      const std::string where = "notApplicable[" + std::to_string(i) + "]";
      if (v.is_string()) {
        const std::string_view t = trim(v.get_ref<const std::string&>());
        if (!t.empty()) m.notApplicableText.push_back(std::string(t));
      } else {
        m.notApplicable.push_back(readNumber(v, where));
      }
    }
  }
  if (const Json* roles = find(j, "groupRoles")) {
    expect(roles->is_object(), *roles, "mapping.expect.roles", "groupRoles");
    for (const auto& [name, value] : roles->items()) {
      const std::string where = "groupRoles[\"" + clipText(name, 60) + "\"]";
      const std::string text = readString(value, where);
      const Role role = parseRole(text);
      if (role == Role::Unknown && foldCase(trim(text)) != "unknown")
        fail("mapping.bad-value", tr("mapping.error.badRole", {clipText(text, 40)}), where);
      if (!trim(name).empty()) m.groupRoles[std::string(trim(name))] = role;
    }
  }
  if (const Json* n = find(j, "minN")) {
    m.minN = readIndex(*n, 1e9, "minN");
    if (m.minN < 1) fail("mapping.bad-value", tr("mapping.error.minN"), "minN");
  }
  if (const Json* c = find(j, "crosshair")) {
    const std::string name = readString(*c, "crosshair");
    const std::optional<Crosshair> ch = parseCrosshair(name);
    if (!ch)
      fail("mapping.bad-value", tr("mapping.error.crosshair", {clipText(name, 40)}), "crosshair");
    m.crosshair = *ch;
  }
  const Json& columns = require(j, "columns", "");
  expect(columns.is_array(), columns, "mapping.type.list", "columns");
  m.columns.reserve(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    ColumnSpec c;
    within("columns[" + std::to_string(i) + "]", [&] { readColumn(columns[i], c); });
    m.columns.push_back(std::move(c));
  }
  m.sure = true;
  m.doubts.clear();
  m.notes.clear();
}

std::optional<Error> checkText(std::string_view text) {
  if (const std::size_t byte = firstBadUtf8Byte(text))
    return Error{"mapping.not-utf8", tr("mapping.error.notUtf8", {lineAndColumn(text, byte)}),
                 byteWhere(byte)};
  if (const std::size_t byte = firstByteDeeperThan(text, kMaxDepth))
    return Error{
        "mapping.too-deep",
        tr("mapping.error.tooDeep", {std::to_string(kMaxDepth), lineAndColumn(text, byte)}),
        byteWhere(byte)};
  return std::nullopt;
}

// 1 rather than 1.0 for whole numbers, so a saved mapping reads as people
// write scales and codes.
Json numberJson(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) return static_cast<long long>(v);
  return v;
}

}  // namespace

MappingJsonError::MappingJsonError(Error error)
    : std::runtime_error(error.where + ": " + error.message), error_(std::move(error)) {}

void to_json(Json& j, const ColumnSpec& c) {
  j = Json::object();
  if (c.index != kNoColumn) j["index"] = c.index;
  j["header"] = c.header;
  j["kind"] = columnKindName(c.kind);
  if (hasAttribute(c.kind)) j["attribute"] = c.attribute;
  if (hasScale(c.kind) && !c.isTwoLabelOutcome())
    j["scale"] = Json{{"min", numberJson(c.scale.min)}, {"max", numberJson(c.scale.max)}};
  if (c.isTwoLabelOutcome()) {
    j["negativeLabel"] = c.negativeLabel;
    j["positiveLabel"] = c.positiveLabel;
  }
  if (!c.labels.empty()) {
    Json labels = Json::array();
    for (const ValueLabel& l : c.labels) {
      Json one = Json::object();
      one["text"] = l.text;
      if (l.notApplicable)
        one["notApplicable"] = true;
      else
        one["value"] = numberJson(l.value);
      labels.push_back(std::move(one));
    }
    j["labels"] = std::move(labels);
  }
}

void to_json(Json& j, const Mapping& m) {
  j = Json::object();
  j["schemaVersion"] = kMappingSchemaVersion;
  j["headerRow"] = m.headerRow;
  if (m.headerRows != 1) j["headerRows"] = m.headerRows;
  if (!m.layout.empty()) j["layout"] = m.layout;
  if (m.decimalComma) j["decimalComma"] = true;
  Json na = Json::array();
  for (double v : m.notApplicable) na.push_back(numberJson(v));
  for (const std::string& t : m.notApplicableText) na.push_back(t);
  j["notApplicable"] = std::move(na);
  Json roles = Json::object();
  for (const auto& [name, role] : m.groupRoles) roles[name] = roleName(role);
  j["groupRoles"] = std::move(roles);
  j["minN"] = m.minN;
  j["crosshair"] = crosshairName(m.crosshair);
  Json columns = Json::array();
  for (const ColumnSpec& c : m.columns) columns.push_back(c);
  j["columns"] = std::move(columns);
}

void from_json(const Json& j, ColumnSpec& column) { readColumn(j, column); }
void from_json(const Json& j, Mapping& mapping) { readMapping(j, mapping); }

Result<Mapping> parseMapping(std::string_view jsonText) {
  if (trim(jsonText).empty())
    return Error{"mapping.malformed-json", tr("mapping.error.empty"), byteWhere(1)};
  if (std::optional<Error> e = checkText(jsonText)) return *e;
  try {
    Json j;
    try {
      j = Json::parse(jsonText.begin(), jsonText.end());
    } catch (const nlohmann::json::parse_error& e) {
      const std::size_t byte = std::max<std::size_t>(e.byte, 1);
      return Error{"mapping.malformed-json",
                   tr(byte > jsonText.size() ? "mapping.error.endsEarly" : "mapping.error.syntax",
                      {lineAndColumn(jsonText, byte)}),
                   byteWhere(byte)};
    } catch (const nlohmann::json::exception&) {
      // A number too large for a double, for example.
      return Error{"mapping.malformed-json", tr("mapping.error.unrepresentable"), ""};
    }
    Mapping m;
    readMapping(j, m);
    return m;
  } catch (const MappingJsonError& e) {
    return e.error();
  } catch (const nlohmann::json::exception& e) {
    return Error{"mapping.malformed-json", tr("mapping.error.unreadable", {e.what()}), ""};
  } catch (const std::exception& e) {
    return Error{"mapping.malformed-json", tr("mapping.error.unreadable", {e.what()}), ""};
  }
}

std::string serializeMapping(const Mapping& mapping) {
  try {
    Json j = mapping;
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  } catch (const std::exception&) {
    // Only an allocation failure gets here; an empty text is refused by
    // parseMapping, so nothing half-written is ever taken for a mapping.
    return std::string();
  }
}

}  // namespace cf::core
