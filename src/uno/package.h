// Where the installed extension's files are: dialogs, icons, templates.
#pragma once

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

}  // namespace cf::uno
