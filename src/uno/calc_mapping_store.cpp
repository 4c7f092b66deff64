#include "calc_mapping_store.h"

#include "boundary.h"
#include "document_io.h"
#include "mapping_io.h"
#include "messages.h"
#include "ustring.h"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>

#include <fstream>
#include <sstream>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

}  // namespace

std::optional<core::Mapping> readStoredMapping(const Reference<css::frame::XModel>& document) {
  Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
  if (!supplier.is()) return std::nullopt;
  const std::optional<std::string> text = readTextProperty(document, kMappingProperty);
  if (!text || toOUString(*text).trim().isEmpty()) return std::nullopt;
  core::Result<core::Mapping> mapping = core::parseMapping(*text);
  if (!mapping.ok())
    throw UserError{
        core::tr("calc.error.storedMappingDamaged", {kMappingProperty, describe(mapping.error())})};
  return std::move(mapping).value();
}

void storeMapping(const Reference<css::frame::XModel>& document, const core::Mapping& mapping) {
  writeTextProperty(document, kMappingProperty, core::serializeMapping(mapping));
}

std::optional<StoredWaves> readStoredWaves(const Reference<css::frame::XModel>& document) {
  const std::optional<std::string> text = readTextProperty(document, kWavesProperty);
  if (!text) return std::nullopt;
  StoredWaves waves;
  std::istringstream lines(*text);
  std::getline(lines, waves.by);
  std::getline(lines, waves.analysed);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) waves.sheets.push_back(line);
  if (waves.sheets.size() < 2) waves.sheets.clear();
  Reference<css::sheet::XSpreadsheetDocument> doc(document, UNO_QUERY);
  if (!waves.any() || !doc.is()) return std::nullopt;
  Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  for (const std::string& name : waves.sheets)
    if (!sheets->hasByName(toOUString(name))) return std::nullopt;
  if (!waves.analysed.empty() && !sheets->hasByName(toOUString(waves.analysed))) waves.analysed.clear();
  return waves;
}

void storeWaves(const Reference<css::frame::XModel>& document, const StoredWaves& waves) {
  const std::optional<std::string> stored = readTextProperty(document, kWavesProperty);
  if (!waves.any()) {
    if (stored) removeTextProperty(document, kWavesProperty);
    return;
  }
  std::string text = waves.by + "\n" + waves.analysed;
  for (const std::string& sheet : waves.sheets) text += "\n" + sheet;
  if (stored != text) writeTextProperty(document, kWavesProperty, text);
}

core::Mapping readMappingFile(const std::string& pathOrUrl) {
  std::ifstream in(systemPath(pathOrUrl), std::ios::binary);
  if (!in) throw UserError{core::tr("calc.error.readMappingFile", {pathOrUrl})};
  std::ostringstream text;
  text << in.rdbuf();
  core::Result<core::Mapping> mapping = core::parseMapping(text.str());
  if (!mapping.ok())
    throw UserError{core::tr("calc.error.mappingFile", {describe(mapping.error())})};
  return std::move(mapping).value();
}

void writeMappingFile(const std::string& pathOrUrl, const core::Mapping& mapping) {
  const std::string path = systemPath(pathOrUrl);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << core::serializeMapping(mapping);
  out.flush();
  if (!out) throw UserError{core::tr("calc.error.writeMappingFile", {path})};
}

}  // namespace cf::uno
