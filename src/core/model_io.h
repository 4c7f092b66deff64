// The customer model as JSON: the format stored in a document property,
// exported to a .json file and read by `cfocus` (PRODUCT.md, "The customer
// model as JSON"). parseModel never throws; the message of a failure names the
// field (`customers[2].role`) or the byte where the text stops being JSON.
//
//   Result<Model> r = parseModel(text);
//   if (r.ok()) save(serializeModel(r.value()));
#pragma once

#include "model.h"
#include "result.h"

#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cf::core {

// Reads a customer model. Only schemaVersion, customers[].name and
// customers[].role are required; missing lists are empty, a missing or empty
// date or a null number means "not given", and members this version does not
// know are kept in the `extra` of their object. Fails with one Error:
//   model.malformed-json  not JSON; `where` is "byte N" (1-based)
//   model.not-utf8        not UTF-8 text; `where` is "byte N"
//   model.too-deep        nested deeper than 64 levels; `where` is "byte N"
//   model.future-version  schemaVersion newer than kModelSchemaVersion
//   model.missing-field, model.wrong-type, model.bad-version, model.bad-role,
//   model.bad-kind, model.bad-date, model.bad-number
//                         `where` is the JSON path, like "customers[2].role"
[[nodiscard]] Result<Model> parseModel(std::string_view jsonText);

// The model as pretty JSON (2-space indent, newline at the end). Known members
// come first in the order of PRODUCT.md, then the kept unknown ones in the
// order they were read. Absent dates and numbers are left out; strings and
// lists are always written. Text that is not valid UTF-8 is written with
// U+FFFD in place of the bad bytes.
std::string serializeModel(const Model& model);

// Thrown by the from_json functions below, and caught by parseModel: the same
// Error parseModel would return, with `where` relative to the JSON given.
class ModelJsonError : public std::runtime_error {
 public:
  explicit ModelJsonError(Error error);
  const Error& error() const { return error_; }

 private:
  Error error_;
};

// nlohmann/json conversions, for embedding the model in other JSON.
// from_json throws ModelJsonError on a value that does not fit the model.
void to_json(nlohmann::ordered_json& j, const Organisation& organisation);
void to_json(nlohmann::ordered_json& j, const AssumedValue& value);
void to_json(nlohmann::ordered_json& j, const StatedValue& value);
void to_json(nlohmann::ordered_json& j, const ListeningActivity& activity);
void to_json(nlohmann::ordered_json& j, const EvidenceItem& item);
void to_json(nlohmann::ordered_json& j, const GroupEvidence& evidence);
void to_json(nlohmann::ordered_json& j, const CustomerGroup& group);
void to_json(nlohmann::ordered_json& j, const Model& model);

void from_json(const nlohmann::ordered_json& j, Organisation& organisation);
void from_json(const nlohmann::ordered_json& j, AssumedValue& value);
void from_json(const nlohmann::ordered_json& j, StatedValue& value);
void from_json(const nlohmann::ordered_json& j, ListeningActivity& activity);
void from_json(const nlohmann::ordered_json& j, CustomerGroup& group);
void from_json(const nlohmann::ordered_json& j, Model& model);

}  // namespace cf::core
