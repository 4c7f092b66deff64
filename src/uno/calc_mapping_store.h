// Where a Calc document keeps the column mapping the person confirmed: mapping
// JSON (mapping_io.h) in the user-defined document property
// "CustomerFocusMapping", which survives save and reload as .ods and .xlsx.
// BuildValueMatrix binds it to the table by header, so the next build of the
// same table uses it without asking. Also reading and writing mapping files.
//
//   if (std::optional<core::Mapping> m = readStoredMapping(doc)) use(*m);
#pragma once

#include "mapping.h"

#include <com/sun/star/frame/XModel.hpp>

#include <optional>
#include <string>
#include <vector>

namespace cf::uno {

inline constexpr const char* kMappingProperty = "CustomerFocusMapping";

// The stored mapping; nullopt when the document has none. Throws UserError,
// naming the broken field, when the stored JSON cannot be read.
std::optional<core::Mapping> readStoredMapping(
    const css::uno::Reference<css::frame::XModel>& document);

// Stores `mapping` (replacing any stored one) and marks the document modified.
void storeMapping(const css::uno::Reference<css::frame::XModel>& document,
                  const core::Mapping& mapping);

// The mapping in the JSON file at `pathOrUrl` (a path or a file URL). Throws
// UserError that names the file, or the JSON path of the bad field.
core::Mapping readMappingFile(const std::string& pathOrUrl);

// The survey waves of the last build: the sheets, one wave each, and the
// wave the other sheets analysed (empty: the latest); or the time a table
// was cut by ("month", "quarter", "year"; empty for none). Kept in the
// user-defined property "CustomerFocusWaves" (the time, then the analysed
// wave, then a sheet a line: a sheet's name has no line break), so that the
// Writer report, and the panel after a reopening, use the waves the person
// picked.
inline constexpr const char* kWavesProperty = "CustomerFocusWaves";
struct StoredWaves {
  std::vector<std::string> sheets;
  std::string analysed;
  std::string by;
  bool any() const { return sheets.size() >= 2 || !by.empty(); }
};
// The stored waves; nullopt when there are none, or when a sheet they name is
// gone (the choice no longer holds).
std::optional<StoredWaves> readStoredWaves(const css::uno::Reference<css::frame::XModel>& document);
// Stores `waves`, or removes what is stored when there are none to keep.
// Writes nothing (the document stays unmodified) when that is what is stored.
void storeWaves(const css::uno::Reference<css::frame::XModel>& document, const StoredWaves& waves);
// Writes `mapping` as JSON to `pathOrUrl`. Throws UserError naming the file.
void writeMappingFile(const std::string& pathOrUrl, const core::Mapping& mapping);

}  // namespace cf::uno
