#include "package.h"

#include "messages.h"
#include "ustring.h"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/deployment/XPackageInformationProvider.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/theMacroExpander.hpp>
#include <rtl/uri.hxx>

namespace cf::uno {

rtl::OUString packageUrl(const css::uno::Reference<css::uno::XComponentContext>& context) {
  css::uno::Reference<css::deployment::XPackageInformationProvider> info =
      css::deployment::PackageInformationProvider::get(context);
  const rtl::OUString url = info->getPackageLocation(toOUString(kExtensionId));
  if (url.isEmpty()) throw css::uno::RuntimeException(toOUString(core::tr("error.notInstalled")));
  // Some consumers (the dialog string resources among them) read files
  // through plain file access, which does not understand macro URLs.
  rtl::OUString macro;
  if (!url.startsWithIgnoreAsciiCase("vnd.sun.star.expand:", &macro)) return url;
  macro = rtl::Uri::decode(macro, rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8);
  return css::util::theMacroExpander::get(context)->expandMacros(macro);
}

rtl::OUString dialogUrl(const css::uno::Reference<css::uno::XComponentContext>& context,
                        std::string_view name) {
  return packageUrl(context) + "/dialogs/" + toOUString(name) + ".xdl";
}

css::uno::Reference<css::awt::XDialog> createDialogOver(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XFrame>& frame, std::string_view name) {
  css::uno::Reference<css::awt::XDialogProvider2> provider = css::awt::DialogProvider2::create(context);
  css::uno::Reference<css::awt::XWindowPeer> parent;
  if (frame.is()) parent.set(frame->getContainerWindow(), css::uno::UNO_QUERY);
  if (!parent.is()) return provider->createDialog(dialogUrl(context, name));
  css::uno::Sequence<css::beans::NamedValue> args(1);
  args.getArray()[0].Name = "ParentWindow";
  args.getArray()[0].Value <<= parent;
  css::uno::Reference<css::awt::XDialog> dialog(
      provider->createDialogWithArguments(dialogUrl(context, name), args), css::uno::UNO_QUERY_THROW);
  return dialog;
}

}  // namespace cf::uno
