#include "writer_model_store.h"

#include "boundary.h"
#include "document_io.h"
#include "messages.h"
#include "model_io.h"
#include "ustring.h"

#include <com/sun/star/document/UndoFailedException.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <algorithm>
#include <mutex>
#include <optional>
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

void notifyObservers(const Reference<css::frame::XModel>& document) {
  std::vector<ModelObserver*> toCall;
  {
    std::lock_guard<std::mutex> lock(observersMutex);
    for (const auto& [doc, observer] : observers)
      if (doc == identity(document)) toCall.push_back(observer);
  }
  // A panel that fails to refresh must not undo a model that is stored.
  for (ModelObserver* observer : toCall) (void)guarded([&] { observer->modelChanged(); });
}

// The stored JSON before and after one change; nullopt is "no model stored".
// The action lives in the document's undo stack, so it holds the document
// weakly: a strong reference would keep a closed document alive.
class ModelUndoAction : public cppu::WeakImplHelper1<css::document::XUndoAction> {
 public:
  ModelUndoAction(const Reference<css::frame::XModel>& document, std::optional<std::string> before,
                  std::optional<std::string> after, const std::string& title)
      : document_(document), before_(std::move(before)), after_(std::move(after)), title_(toOUString(title)) {}

  // boundary-exempt: returns a member
  rtl::OUString SAL_CALL getTitle() override { return title_; }
  void SAL_CALL undo() override { restore(before_); }
  void SAL_CALL redo() override { restore(after_); }

 private:
  void restore(const std::optional<std::string>& text) {
    const Outcome outcome = guarded([&] {
      Reference<css::frame::XModel> document(document_);
      if (!document.is()) throw UserError{core::tr("writer.error.stepDocumentClosed")};
      if (text) writeTextProperty(document, kModelProperty, *text);
      else removeTextProperty(document, kModelProperty);
      notifyObservers(document);
    });
    if (!outcome.ok)
      throw css::document::UndoFailedException(toOUString(outcome.message), static_cast<cppu::OWeakObject*>(this),
                                               css::uno::Any());
  }

  css::uno::WeakReference<css::frame::XModel> document_;
  std::optional<std::string> before_, after_;
  rtl::OUString title_;
};

}  // namespace

Reference<css::frame::XModel> writerDocument(const Reference<css::frame::XFrame>& frame) {
  Reference<css::frame::XController> controller = frame.is() ? frame->getController() : nullptr;
  Reference<css::frame::XModel> document = controller.is() ? controller->getModel() : nullptr;
  Reference<css::lang::XServiceInfo> info(document, UNO_QUERY);
  if (!info.is() || !info->supportsService("com.sun.star.text.TextDocument"))
    throw UserError{core::tr("writer.error.notWriter")};
  return document;
}

void requireEditable(const Reference<css::frame::XModel>& document, const char* whatKey) {
  Reference<css::frame::XStorable> storable(document, UNO_QUERY);
  if (storable.is() && storable->isReadonly())
    throw UserError{core::tr("writer.error.readOnly", {core::tr(whatKey)})};
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
  notifyObservers(document);
}

void writeModelUndoably(const Reference<css::frame::XModel>& document, const core::Model& model,
                        const std::string& title) {
  std::optional<std::string> before = readTextProperty(document, kModelProperty);
  const std::string after = core::serializeModel(model);
  writeModel(document, model);
  Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
  Reference<css::document::XUndoManager> undo = supplier.is() ? supplier->getUndoManager() : nullptr;
  if (undo.is()) undo->addUndoAction(new ModelUndoAction(document, std::move(before), after, title));
}

void addModelObserver(const Reference<css::frame::XModel>& document, ModelObserver* observer) {
  std::lock_guard<std::mutex> lock(observersMutex);
  observers.emplace_back(identity(document), observer);
}

void removeModelObserver(ModelObserver* observer) noexcept {
  std::lock_guard<std::mutex> lock(observersMutex);
  observers.erase(std::remove_if(observers.begin(), observers.end(),
                                 [&](const auto& entry) { return entry.second == observer; }),
                  observers.end());
}

}  // namespace cf::uno
