// Telling a person something, on the window of the document they work in.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace cf::uno {

enum class MessageKind { Info, Error };

// Shows a modal message box over `frame`. Does nothing when there is no frame
// window (a headless office has nothing to show it on). Never throws.
void showMessage(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, MessageKind kind,
                 const std::string& text) noexcept;

// Asks a yes-or-no question over `frame`; true for Yes. False when there is
// no window to ask on. Never throws.
bool askYesNo(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame, const std::string& text) noexcept;

}  // namespace cf::uno
