#include "document_io.h"

#include "boundary.h"
#include "messages.h"
#include "ustring.h"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <osl/file.hxx>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

Reference<css::beans::XPropertyContainer> userProperties(const Reference<css::frame::XModel>& document) {
  Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
  return supplier->getDocumentProperties()->getUserDefinedProperties();
}

}  // namespace

std::string systemPath(const std::string& pathOrUrl) {
  if (pathOrUrl.rfind("file:", 0) != 0) return pathOrUrl;
  rtl::OUString path;
  if (osl::FileBase::getSystemPathFromFileURL(toOUString(pathOrUrl), path) != osl::FileBase::E_None)
    throw UserError{core::tr("file.error.unreachable", {pathOrUrl})};
  return toUtf8(path);
}

std::string describe(const core::Error& error) {
  return error.where.empty() ? error.message : error.message + " (" + error.where + ")";
}

std::optional<std::string> readTextProperty(const Reference<css::frame::XModel>& document, const char* name) {
  Reference<css::beans::XPropertySet> props(userProperties(document), UNO_QUERY_THROW);
  const rtl::OUString key = rtl::OUString::createFromAscii(name);
  if (!props->getPropertySetInfo()->hasPropertyByName(key)) return std::nullopt;
  rtl::OUString text;
  if (!(props->getPropertyValue(key) >>= text))
    throw UserError{core::tr("document.error.propertyNotText", {name})};
  return toUtf8(text);
}

void writeTextProperty(const Reference<css::frame::XModel>& document, const char* name, const std::string& text) {
  Reference<css::beans::XPropertyContainer> container = userProperties(document);
  Reference<css::beans::XPropertySet> props(container, UNO_QUERY_THROW);
  const rtl::OUString key = rtl::OUString::createFromAscii(name);
  const css::uno::Any value(toOUString(text));
  // A property of another type (set by hand or by a macro) cannot take the
  // string, so it is replaced rather than written into.
  if (props->getPropertySetInfo()->hasPropertyByName(key)) {
    if (props->getPropertyValue(key).getValueTypeClass() == css::uno::TypeClass_STRING) {
      props->setPropertyValue(key, value);
    } else {
      container->removeProperty(key);
      container->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, value);
    }
  } else {
    container->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, value);
  }
  Reference<css::util::XModifiable> modifiable(document, UNO_QUERY);
  if (modifiable.is()) modifiable->setModified(true);
}

void removeTextProperty(const Reference<css::frame::XModel>& document, const char* name) {
  Reference<css::beans::XPropertyContainer> container = userProperties(document);
  Reference<css::beans::XPropertySet> props(container, UNO_QUERY_THROW);
  const rtl::OUString key = rtl::OUString::createFromAscii(name);
  if (!props->getPropertySetInfo()->hasPropertyByName(key)) return;
  container->removeProperty(key);
  Reference<css::util::XModifiable> modifiable(document, UNO_QUERY);
  if (modifiable.is()) modifiable->setModified(true);
}

}  // namespace cf::uno
