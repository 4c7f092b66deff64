// Where a Writer document keeps its customer model: JSON in the user-defined
// document property "CustomerFocusModel", which survives save and reload as
// .odt and .docx. The deck's panels watch the model through ModelObserver, so
// a change made by one panel or by a command shows in all of them at once.
//
//   core::Model m = readModel(doc);    // empty model when the document has none
//   m.customers.push_back(group);
//   writeModel(doc, m);                // notifies the panels of this document
#pragma once

#include "model.h"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <string>

namespace cf::uno {

inline constexpr const char* kModelProperty = "CustomerFocusModel";

// The Writer document shown in `frame`. Throws UserError when the frame shows
// no Writer document.
css::uno::Reference<css::frame::XModel> writerDocument(
    const css::uno::Reference<css::frame::XFrame>& frame);

// Writer lets the API change a document opened read-only; the person would
// find their "read-only" document changed, so refuse as the menus would:
// throws UserError saying that, for the string table's `whatKey`, the
// document is read-only.
void requireEditable(const css::uno::Reference<css::frame::XModel>& document, const char* whatKey);

// The stored model; an empty model when the document has none. Throws
// UserError, naming the broken field, when the stored JSON cannot be read.
core::Model readModel(const css::uno::Reference<css::frame::XModel>& document);

// Stores `model`, marks the document modified and tells its observers.
void writeModel(const css::uno::Reference<css::frame::XModel>& document, const core::Model& model);

// writeModel as one step of the document's undo stack, called `title`: Undo
// puts back the model stored before (or none), Redo this one. Document
// properties are outside Writer's own undo, so without this step Ctrl+Z
// after an import would take back the user's last typing instead.
void writeModelUndoably(const css::uno::Reference<css::frame::XModel>& document, const core::Model& model,
                        const std::string& title);

// Someone who shows the model of one document (a sidebar panel).
class ModelObserver {
 public:
  virtual void modelChanged() = 0;

 protected:
  ~ModelObserver() = default;
};

// Observers are called after every writeModel to their document, on the
// writing thread. An observer must remove itself before it is destroyed.
void addModelObserver(const css::uno::Reference<css::frame::XModel>& document,
                      ModelObserver* observer);
void removeModelObserver(ModelObserver* observer) noexcept;

}  // namespace cf::uno
