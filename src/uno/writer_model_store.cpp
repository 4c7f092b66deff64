#include "writer_model_store.h"

#include "boundary.h"
#include "document_io.h"
#include "messages.h"
#include "model_io.h"
#include "ustring.h"

#include <com/sun/star/lang/XServiceInfo.hpp>

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::uno {
namespace {

// Observers are keyed by the document's XInterface, the one identity UNO
// guarantees for an object.
std::mutex observersMutex;
std::vector<std::pair<css::uno::XInterface*, ModelObserver*>> observers;

css::uno::XInterface* identity(const Reference<css::frame::XModel>& document) {
  return Reference<css::uno::XInterface>(document, UNO_QUERY).get();
}

}  // namespace

Reference<css::frame::XModel> writerDocument(const Reference<css::frame::XFrame>& frame) {
  Reference<css::frame::XController> controller = frame.is() ? frame->getController() : nullptr;
  Reference<css::frame::XModel> document = controller.is() ? controller->getModel() : nullptr;
  Reference<css::lang::XServiceInfo> info(document, UNO_QUERY);
  if (!info.is() || !info->supportsService("com.sun.star.text.TextDocument"))
    throw UserError{core::tr("writer.error.notWriter")};
  return document;
}

core::Model readModel(const Reference<css::frame::XModel>& document) {
  const std::optional<std::string> text = readTextProperty(document, kModelProperty);
  if (!text || toOUString(*text).trim().isEmpty()) return core::Model{};
  core::Result<core::Model> model = core::parseModel(*text);
  if (!model.ok())
    throw UserError{
        core::tr("writer.error.storedModelDamaged", {model.error().where, model.error().message})};
  return std::move(model).value();
}

void writeModel(const Reference<css::frame::XModel>& document, const core::Model& model) {
  writeTextProperty(document, kModelProperty, core::serializeModel(model));

  std::vector<ModelObserver*> toCall;
  {
    std::lock_guard<std::mutex> lock(observersMutex);
    for (const auto& [doc, observer] : observers)
      if (doc == identity(document)) toCall.push_back(observer);
  }
  // A panel that fails to refresh must not undo a model that is stored.
  for (ModelObserver* observer : toCall) (void)guarded([&] { observer->modelChanged(); });
}

void addModelObserver(const Reference<css::frame::XModel>& document, ModelObserver* observer) {
  std::lock_guard<std::mutex> lock(observersMutex);
  observers.emplace_back(identity(document), observer);
}

void removeModelObserver(ModelObserver* observer) {
  std::lock_guard<std::mutex> lock(observersMutex);
  observers.erase(std::remove_if(observers.begin(), observers.end(),
                                 [&](const auto& entry) { return entry.second == observer; }),
                  observers.end());
}

}  // namespace cf::uno
