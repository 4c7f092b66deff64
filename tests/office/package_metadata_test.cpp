// What the Extension Manager shows about the installed package: the name,
// version, description, publisher, licence and icons, read through the
// office's own ExtensionManager; and the installed description.xml, parsed
// by the office, with its release notes in English and German.
#include "office_environment.h"

#include <com/sun/star/beans/StringPair.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/XExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/graphic/XGraphic.hpp>
#include <com/sun/star/task/XAbortChannel.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/ucb/XSimpleFileAccess3.hpp>
#include <com/sun/star/util/theMacroExpander.hpp>
#include <com/sun/star/xml/dom/DocumentBuilder.hpp>
#include <com/sun/star/xml/dom/XDocument.hpp>
#include <com/sun/star/xml/dom/XElement.hpp>
#include <com/sun/star/xml/dom/XNodeList.hpp>
#include <rtl/uri.hxx>

#include <map>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

constexpr const char* kDescriptionNs = "http://openoffice.org/extensions/description/2006";
constexpr const char* kXlinkNs = "http://www.w3.org/1999/xlink";

Reference<css::deployment::XPackage> installedPackage() {
  Reference<css::deployment::XExtensionManager> manager =
      css::deployment::ExtensionManager::get(office().context());
  const auto all = manager->getAllExtensions(manager->createAbortChannel(), {});
  for (const auto& versions : all)
    for (const auto& package : versions)
      if (package.is() && package->getIdentifier().Value == "org.customerfocus.extension")
        return package;
  return {};
}

// The package's folder as a URL file access understands.
rtl::OUString folderOf(const Reference<css::deployment::XPackage>& package) {
  rtl::OUString url = package->getURL();
  rtl::OUString macro;
  if (url.startsWithIgnoreAsciiCase("vnd.sun.star.expand:", &macro))
    url = css::util::theMacroExpander::get(office().context())
              ->expandMacros(
                  rtl::Uri::decode(macro, rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8));
  return url;
}

TEST(PackageMetadata, ExtensionManagerShowsNameVersionPublisherAndDescription) {
  Reference<css::deployment::XPackage> package = installedPackage();
  ASSERT_TRUE(package.is()) << "the extension is not deployed";
  EXPECT_EQ(toUtf8(package->getDisplayName()), "Customer Focus");
  EXPECT_EQ(toUtf8(package->getVersion()), CF_VERSION);
  const css::beans::StringPair publisher = package->getPublisherInfo();
  EXPECT_EQ(toUtf8(publisher.First), "The Customer Focus project");
  EXPECT_EQ(toUtf8(publisher.Second), "https://customerfocus.invalid/");
  EXPECT_EQ(toUtf8(package->getDescription()).rfind("Customer Focus puts Peter Drucker", 0), 0u);
  EXPECT_NE(toUtf8(package->getLicenseText()).find("Mozilla Public License"), std::string::npos);
  // "Check for Updates" asks the update description the build writes.
  const css::uno::Sequence<rtl::OUString> updates = package->getUpdateInformationURLs();
  ASSERT_EQ(updates.getLength(), 1);
  EXPECT_EQ(toUtf8(updates[0]), CF_TEST_UPDATE_URL);
}

TEST(PackageMetadata, HasADefaultAndAHighContrastIcon) {
  Reference<css::deployment::XPackage> package = installedPackage();
  ASSERT_TRUE(package.is());
  EXPECT_TRUE(package->getIcon(false).is());
  EXPECT_TRUE(package->getIcon(true).is());
}

TEST(PackageMetadata, DescriptionXmlParsesAndItsReleaseNotesAndDescriptionsExist) {
  Reference<css::deployment::XPackage> package = installedPackage();
  ASSERT_TRUE(package.is());
  const rtl::OUString folder = folderOf(package);
  Reference<css::xml::dom::XDocument> doc =
      css::xml::dom::DocumentBuilder::create(office().context())
          ->parseURI(folder + "/description.xml");
  ASSERT_TRUE(doc.is());
  Reference<css::ucb::XSimpleFileAccess3> files =
      css::ucb::SimpleFileAccess::create(office().context());

  // element -> the languages of its <src> children, each checked to exist.
  std::map<std::string, std::vector<std::string>> languages;
  for (const char* element : {"release-notes", "extension-description"}) {
    Reference<css::xml::dom::XNodeList> found = doc->getElementsByTagNameNS(
        rtl::OUString::createFromAscii(kDescriptionNs), rtl::OUString::createFromAscii(element));
    ASSERT_EQ(found->getLength(), 1) << element;
    Reference<css::xml::dom::XElement> parent(found->item(0), UNO_QUERY_THROW);
    Reference<css::xml::dom::XNodeList> sources =
        parent->getElementsByTagNameNS(rtl::OUString::createFromAscii(kDescriptionNs), "src");
    for (sal_Int32 i = 0; i < sources->getLength(); ++i) {
      Reference<css::xml::dom::XElement> src(sources->item(i), UNO_QUERY_THROW);
      const rtl::OUString href =
          src->getAttributeNS(rtl::OUString::createFromAscii(kXlinkNs), "href");
      languages[element].push_back(toUtf8(src->getAttribute("lang")));
      EXPECT_TRUE(files->exists(folder + "/" + href))
          << element << " names a missing " << toUtf8(href);
    }
  }
  EXPECT_EQ(languages["release-notes"], (std::vector<std::string>{"en-US", "de-DE"}));
  EXPECT_EQ(languages["extension-description"], (std::vector<std::string>{"en-US", "de-DE"}));

  Reference<css::xml::dom::XNodeList> versions =
      doc->getElementsByTagNameNS(rtl::OUString::createFromAscii(kDescriptionNs), "version");
  ASSERT_EQ(versions->getLength(), 1);
  Reference<css::xml::dom::XElement> version(versions->item(0), UNO_QUERY_THROW);
  EXPECT_EQ(toUtf8(version->getAttribute("value")), CF_VERSION);
}

}  // namespace
}  // namespace cf::test
