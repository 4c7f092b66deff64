// Where the installed extension's files are: dialogs, icons, templates.
#pragma once

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string_view>

namespace cf::uno {

inline constexpr std::string_view kExtensionId = CF_EXTENSION_ID;

// The installed extension's root URL (vnd.sun.star.expand:… or file:…).
// Throws css::uno::RuntimeException when the extension is not deployed.
rtl::OUString packageUrl(const css::uno::Reference<css::uno::XComponentContext>& context);

// The URL of dialogs/<name>.xdl inside the installed extension.
rtl::OUString dialogUrl(const css::uno::Reference<css::uno::XComponentContext>& context,
                        std::string_view name);

// The dialog dialogs/<name>.xdl over `frame`'s window. The parent is given
// explicitly: left to itself, the dialog provider takes the desktop's active
// frame, which may be one being closed, and then fails to create the
// dialog's window ("unsatisfied query for interface … XView").
css::uno::Reference<css::awt::XDialog> createDialogOver(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XFrame>& frame, std::string_view name);

}  // namespace cf::uno
