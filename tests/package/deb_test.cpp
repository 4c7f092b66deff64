// The Debian package for administrators: what dpkg sees in it, and an office
// with a fresh profile and no unopkg that shows the deck from where the
// package puts the extension. ctest unpacks the .deb with dpkg -x into a
// throw-away root first (the fixture package_deb_unpack); the office takes
// that root's extensions folder as its bundled extensions, as an office
// installed from Debian takes /usr/lib/libreoffice/share/extensions.
#include "office_environment.h"

#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/XExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/task/XAbortChannel.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include <cstdio>
#include <filesystem>
#include <memory>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

std::string output(const std::string& cmd) {
  std::string text;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  char buf[4096];
  while (pipe && std::fgets(buf, sizeof buf, pipe.get())) text += buf;
  return text;
}

std::string field(const char* name) {
  std::string value = output(std::string("dpkg-deb -f '" CF_TEST_DEB "' ") + name);
  while (!value.empty() && value.back() == '\n') value.pop_back();
  return value;
}

TEST(DebianPackage, NamesItselfAndTheOfficeItNeeds) {
  EXPECT_EQ(std::filesystem::path(CF_TEST_DEB).filename().string(),
            "customer-focus_" CF_VERSION "_amd64.deb");
  EXPECT_EQ(field("Package"), "customer-focus");
  EXPECT_EQ(field("Version"), CF_VERSION);
  EXPECT_EQ(field("Architecture"), "amd64");
  const std::string depends = field("Depends");
  EXPECT_NE(depends.find("libreoffice-core (>= 4:7.4)"), std::string::npos) << depends;
  // The libraries the component links, as dpkg-shlibdeps found them.
  for (const char* library :
       {"libuno-cppu3", "libuno-sal3", "libuno-cppuhelpergcc3-3", "libstdc++6", "libc6"})
    EXPECT_NE(depends.find(library), std::string::npos) << library << " missing from: " << depends;
}

TEST(DebianPackage, PutsTheUnpackedExtensionWhereDebianKeepsBundledOnes) {
  const std::filesystem::path folder =
      std::filesystem::path(CF_TEST_BUNDLED_EXTENSIONS) / "customer-focus";
  for (const char* file : {"description.xml", "META-INF/manifest.xml", "customerfocus.so",
                           "customer-focus.components", "registry/Sidebar.xcu"})
    EXPECT_TRUE(std::filesystem::exists(folder / file)) << file;
  // Only that folder: nothing else of the system's is touched.
  const std::string listing = output("dpkg-deb -c '" CF_TEST_DEB "' | awk '{print $6}'");
  std::size_t lines = 0, outside = 0;
  for (std::size_t at = 0, end; (end = listing.find('\n', at)) != std::string::npos; at = end + 1) {
    const std::string path = listing.substr(at, end - at);
    ++lines;
    if (path.rfind("./usr/lib/libreoffice/share/extensions/customer-focus/", 0) != 0 &&
        std::string("./usr/lib/libreoffice/share/extensions/customer-focus/").rfind(path, 0) != 0)
      ++outside;
  }
  EXPECT_GT(lines, 10u);
  EXPECT_EQ(outside, 0u) << listing;
}

TEST(DebianPackage, FreshProfileListsItAsBundled) {
  Reference<css::deployment::XExtensionManager> manager =
      css::deployment::ExtensionManager::get(office().context());
  bool found = false;
  for (const auto& package :
       manager->getDeployedExtensions("bundled", manager->createAbortChannel(), {}))
    if (package.is() && package->getIdentifier().Value == "org.customerfocus.extension") {
      found = true;
      EXPECT_EQ(toUtf8(package->getVersion()), CF_VERSION);
    }
  EXPECT_TRUE(found) << "the office did not take up the extension from the package's folder";
  // And nobody's own profile holds it: no unopkg ran.
  for (const auto& package :
       manager->getDeployedExtensions("user", manager->createAbortChannel(), {}))
    EXPECT_FALSE(package.is() && package->getIdentifier().Value == "org.customerfocus.extension");
}

void expectDeck(const char* factory) {
  ScopedDocument doc(factory);
  Reference<css::frame::XController2> controller(
      doc.as<css::frame::XModel>()->getCurrentController(), UNO_QUERY_THROW);
  Reference<css::ui::XDecks> decks = controller->getSidebar()->getDecks();
  ASSERT_TRUE(decks->hasByName("CustomerFocusDeck")) << factory;
  Reference<css::ui::XDeck> deck(decks->getByName("CustomerFocusDeck"), UNO_QUERY_THROW);
  EXPECT_EQ(toUtf8(deck->getTitle()), "Customer Focus");
  EXPECT_TRUE(deck->getPanels()->hasByName("CustomerFocusMainPanel"));
}

TEST(DebianPackage, FreshProfileShowsTheDeckInWriterAndCalc) {
  expectDeck("private:factory/swriter");
  expectDeck("private:factory/scalc");
  // The commands work too: the package's component loads.
  ScopedDocument doc("private:factory/swriter");
  const cli::DispatchResult about = office().dispatch(doc.get(), "vnd.customerfocus:About");
  EXPECT_TRUE(about.finished);
  EXPECT_TRUE(about.success) << about.message;
}

}  // namespace
}  // namespace cf::test
