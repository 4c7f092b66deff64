// A Mapping as JSON, so a mapping checked once in the dialog can be saved and
// used again on next term's export (`cfocus matrix … --mapping M.json`).
// Columns carry their header text and their index; bindMapping
// (feedback_table.h) finds them by header first, so moved columns still match.
//
//   Result<Mapping> r = parseMapping(text);
//   if (r.ok()) writeFile(serializeMapping(r.value()));
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "mapping.h"
#include "result.h"

namespace cf::core {

inline constexpr int kMappingSchemaVersion = 1;

// Reads a mapping. Required: schemaVersion and columns[].kind, with a header or
// an index for each column; everything else has the defaults of Mapping. A
// column given only by header gets index kNoColumn until bindMapping places
// it. Unknown members are ignored. The result is `sure`. Never throws; fails
// with one Error whose `where` is the JSON path ("columns[3].kind") or a byte:
//   mapping.malformed-json, mapping.not-utf8, mapping.too-deep  ("byte N")
//   mapping.future-version  schemaVersion newer than kMappingSchemaVersion
//   mapping.bad-version, mapping.missing-field, mapping.wrong-type,
//   mapping.bad-value       (an unknown kind, role or crosshair, a scale whose
//                            min is not below its max, a negative index …)
[[nodiscard]] Result<Mapping> parseMapping(std::string_view jsonText);

// Pretty JSON (2-space indent, newline at the end) with schemaVersion first.
// A scale is written for the kinds that have one, an attribute for items and
// Kano columns, the labels for a two-label outcome. `sure` and `doubts` are
// not saved. Invalid UTF-8 is written as U+FFFD; never throws.
std::string serializeMapping(const Mapping& mapping);

// Thrown by from_json below (and caught by parseMapping): the Error
// parseMapping would return, with `where` relative to the JSON given.
class MappingJsonError : public std::runtime_error {
 public:
  explicit MappingJsonError(Error error);
  const Error& error() const { return error_; }

 private:
  Error error_;
};

// nlohmann/json conversions, for embedding a mapping in other JSON.
void to_json(nlohmann::ordered_json& j, const ColumnSpec& column);
void to_json(nlohmann::ordered_json& j, const Mapping& mapping);
void from_json(const nlohmann::ordered_json& j, ColumnSpec& column);
void from_json(const nlohmann::ordered_json& j, Mapping& mapping);

}  // namespace cf::core
