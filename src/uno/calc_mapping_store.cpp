#include "calc_mapping_store.h"

#include "boundary.h"
#include "mapping_io.h"
#include "ustring.h"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <osl/file.hxx>

#include <fstream>
#include <sstream>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

Reference<css::beans::XPropertyContainer> userProperties(
    const Reference<css::frame::XModel>& document) {
  Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
  return supplier->getDocumentProperties()->getUserDefinedProperties();
}

// The file picker hands out URLs and people type paths; both must work.
std::string systemPath(const std::string& pathOrUrl) {
  if (pathOrUrl.rfind("file:", 0) != 0) return pathOrUrl;
  rtl::OUString path;
  if (osl::FileBase::getSystemPathFromFileURL(toOUString(pathOrUrl), path) != osl::FileBase::E_None)
    throw UserError{"Not a file URL Customer Focus can use: " + pathOrUrl};
  return toUtf8(path);
}

std::string errorText(const core::Error& e) {
  return e.where.empty() ? e.message : e.message + " (" + e.where + ")";
}

}  // namespace

std::optional<core::Mapping> readStoredMapping(const Reference<css::frame::XModel>& document) {
  Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
  if (!supplier.is()) return std::nullopt;
  Reference<css::beans::XPropertySet> props(userProperties(document), UNO_QUERY_THROW);
  const rtl::OUString name = rtl::OUString::createFromAscii(kMappingProperty);
  if (!props->getPropertySetInfo()->hasPropertyByName(name)) return std::nullopt;
  rtl::OUString text;
  if (!(props->getPropertyValue(name) >>= text) || text.trim().isEmpty()) return std::nullopt;
  core::Result<core::Mapping> mapping = core::parseMapping(toUtf8(text));
  if (!mapping.ok())
    throw UserError{std::string("The column mapping stored in this document (document property ") +
                    kMappingProperty + ") is damaged: " + errorText(mapping.error()) +
                    ". Delete that property under File ▸ Properties ▸ Custom Properties, or "
                    "replace it with a mapping file (ColumnMapping?MappingFile=…)."};
  return std::move(mapping).value();
}

void storeMapping(const Reference<css::frame::XModel>& document, const core::Mapping& mapping) {
  Reference<css::beans::XPropertyContainer> container = userProperties(document);
  Reference<css::beans::XPropertySet> props(container, UNO_QUERY_THROW);
  const rtl::OUString name = rtl::OUString::createFromAscii(kMappingProperty);
  const css::uno::Any text(toOUString(core::serializeMapping(mapping)));
  // A property of another type (set by hand or by a macro) cannot take the
  // string, so it is replaced rather than written into.
  if (props->getPropertySetInfo()->hasPropertyByName(name)) {
    if (props->getPropertyValue(name).getValueTypeClass() == css::uno::TypeClass_STRING) {
      props->setPropertyValue(name, text);
    } else {
      container->removeProperty(name);
      container->addProperty(name, css::beans::PropertyAttribute::REMOVABLE, text);
    }
  } else {
    container->addProperty(name, css::beans::PropertyAttribute::REMOVABLE, text);
  }
  Reference<css::util::XModifiable> modifiable(document, UNO_QUERY);
  if (modifiable.is()) modifiable->setModified(true);
}

core::Mapping readMappingFile(const std::string& pathOrUrl) {
  std::ifstream in(systemPath(pathOrUrl), std::ios::binary);
  if (!in) throw UserError{"Cannot read the mapping file " + pathOrUrl + "."};
  std::ostringstream text;
  text << in.rdbuf();
  core::Result<core::Mapping> mapping = core::parseMapping(text.str());
  if (!mapping.ok())
    throw UserError{"The mapping file cannot be used: " + errorText(mapping.error())};
  return std::move(mapping).value();
}

void writeMappingFile(const std::string& pathOrUrl, const core::Mapping& mapping) {
  const std::string path = systemPath(pathOrUrl);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << core::serializeMapping(mapping);
  out.flush();
  if (!out) throw UserError{"Cannot write the mapping to " + path + "."};
}

}  // namespace cf::uno
