// Updates through the Extension Manager, on the UNO path its update check
// takes: the installed package's update-information URLs (description.xml),
// read by XUpdateInformationProvider, and the version found there compared
// with the installed one.
//
// The package installed here is the built one with its update-information
// pointing at a local folder (build/update-test/feed/), where the build wrote
// the update description of the next patch version with the same template as
// the published one, that version's .oxt and its release notes.
#include "office_environment.h"

#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/UpdateInformationProvider.hpp>
#include <com/sun/star/deployment/XExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/deployment/XUpdateInformationProvider.hpp>
#include <com/sun/star/task/XAbortChannel.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/ucb/XSimpleFileAccess3.hpp>
#include <com/sun/star/xml/dom/XElement.hpp>
#include <com/sun/star/xml/dom/XNodeList.hpp>

#include <sstream>
#include <vector>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

constexpr const char* kExtensionId = "org.customerfocus.extension";
constexpr const char* kXlinkNs = "http://www.w3.org/1999/xlink";

Reference<css::deployment::XPackage> installedPackage() {
  Reference<css::deployment::XExtensionManager> manager =
      css::deployment::ExtensionManager::get(office().context());
  for (const auto& versions : manager->getAllExtensions(manager->createAbortChannel(), {}))
    for (const auto& package : versions)
      if (package.is() && package->getIdentifier().Value.equalsAscii(kExtensionId)) return package;
  return {};
}

// What an update description offers, read the way the Extension Manager
// reads it: the children of the root, in the root's namespace.
struct Offer {
  std::string identifier;
  std::string version;
  std::vector<std::string> downloads;
  std::vector<std::string> releaseNotes;
};

std::vector<Reference<css::xml::dom::XElement>> children(
    const Reference<css::xml::dom::XElement>& parent, const char* name) {
  std::vector<Reference<css::xml::dom::XElement>> found;
  Reference<css::xml::dom::XNodeList> list = parent->getElementsByTagNameNS(
      parent->getNamespaceURI(), rtl::OUString::createFromAscii(name));
  for (sal_Int32 i = 0; i < list->getLength(); ++i)
    found.emplace_back(list->item(i), UNO_QUERY_THROW);
  return found;
}

std::vector<std::string> sources(const Reference<css::xml::dom::XElement>& root,
                                 const char* element) {
  std::vector<std::string> hrefs;
  for (const auto& e : children(root, element))
    for (const auto& src : children(e, "src"))
      hrefs.push_back(
          toUtf8(src->getAttributeNS(rtl::OUString::createFromAscii(kXlinkNs), "href")));
  return hrefs;
}

std::vector<Offer> offers(const css::uno::Sequence<rtl::OUString>& urls) {
  Reference<css::deployment::XUpdateInformationProvider> provider =
      css::deployment::UpdateInformationProvider::create(office().context());
  std::vector<Offer> result;
  for (const auto& root :
       provider->getUpdateInformation(urls, rtl::OUString::createFromAscii(kExtensionId))) {
    Offer offer;
    if (auto ids = children(root, "identifier"); !ids.empty())
      offer.identifier = toUtf8(ids[0]->getAttribute("value"));
    if (auto versions = children(root, "version"); !versions.empty())
      offer.version = toUtf8(versions[0]->getAttribute("value"));
    offer.downloads = sources(root, "update-download");
    offer.releaseNotes = sources(root, "release-notes");
    result.push_back(offer);
  }
  return result;
}

// The Extension Manager's comparison: dot-separated numbers, a missing part
// counts as 0.
int compareVersions(const std::string& a, const std::string& b) {
  std::istringstream x(a), y(b);
  for (;;) {
    std::string p, q;
    const bool more =
        static_cast<bool>(std::getline(x, p, '.')) | static_cast<bool>(std::getline(y, q, '.'));
    if (!more) return 0;
    const long m = p.empty() ? 0 : std::stol(p), n = q.empty() ? 0 : std::stol(q);
    if (m != n) return m < n ? -1 : 1;
  }
}

bool exists(const std::string& url) {
  return css::ucb::SimpleFileAccess::create(office().context())
      ->exists(rtl::OUString::fromUtf8(rtl::OString(url.c_str())));
}

TEST(Update, CheckForUpdatesOffersTheNewerVersionFromTheFeed) {
  Reference<css::deployment::XPackage> package = installedPackage();
  ASSERT_TRUE(package.is()) << "the extension is not deployed";
  const css::uno::Sequence<rtl::OUString> urls = package->getUpdateInformationURLs();
  ASSERT_EQ(urls.getLength(), 1);
  EXPECT_EQ(toUtf8(urls[0]), CF_TEST_FEED_URL "customer-focus.update.xml");

  const std::vector<Offer> found = offers(urls);
  ASSERT_EQ(found.size(), 1u) << "the update check found no update description at "
                              << toUtf8(urls[0]);
  const Offer& offer = found[0];
  EXPECT_EQ(offer.identifier, kExtensionId);
  EXPECT_EQ(offer.version, CF_TEST_NEXT_VERSION);
  // Offered because it is newer than what is installed.
  EXPECT_GT(compareVersions(offer.version, toUtf8(package->getVersion())), 0)
      << offer.version << " against the installed " << toUtf8(package->getVersion());
  ASSERT_EQ(offer.downloads.size(), 1u);
  EXPECT_EQ(offer.downloads[0], CF_TEST_FEED_URL "customer-focus-" CF_TEST_NEXT_VERSION ".oxt");
  EXPECT_TRUE(exists(offer.downloads[0]))
      << "the offered package is not there: " << offer.downloads[0];
  ASSERT_EQ(offer.releaseNotes.size(), 2u);
  for (const auto& notes : offer.releaseNotes) EXPECT_TRUE(exists(notes)) << notes;
}

TEST(Update, PublishedFeedOffersThisBuildAtTheBaseUrl) {
  // The feed a release publishes (build/update/), read by the same provider
  // from where the build wrote it.
  css::uno::Sequence<rtl::OUString> urls(1);
  urls.getArray()[0] =
      rtl::OUString::fromUtf8(rtl::OString(cli::Office::fileUrl(CF_TEST_PUBLISHED_FEED).c_str()));
  const std::vector<Offer> found = offers(urls);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].identifier, kExtensionId);
  EXPECT_EQ(found[0].version, CF_VERSION);
  ASSERT_EQ(found[0].downloads.size(), 1u);
  EXPECT_EQ(found[0].downloads[0], CF_TEST_UPDATE_BASE_URL "customer-focus-" CF_VERSION ".oxt");
  // Nothing newer than what is installed: the check offers nothing.
  Reference<css::deployment::XPackage> package = installedPackage();
  ASSERT_TRUE(package.is());
  EXPECT_EQ(compareVersions(found[0].version, toUtf8(package->getVersion())), 0);
}

}  // namespace
}  // namespace cf::test
