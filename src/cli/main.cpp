// cfocus: the Customer Focus engine from a terminal. It drives a private
// headless LibreOffice with the extension installed, through the same
// commands the menu uses.
#include "office.h"

#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include <boost/program_options.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace po = boost::program_options;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace cf::cli {
namespace {

// Exit codes, also listed in --help.
enum Exit : int { kOk = 0, kFindings = 1, kUsage = 2, kOffice = 3 };

std::filesystem::path defaultProfile() {
  const char* cache = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  std::filesystem::path base = cache && *cache ? cache : (home && *home ? std::filesystem::path(home) / ".cache" : "/tmp");
  return base / "customer-focus" / "profile";
}

void printHelp(const po::options_description& options) {
  std::cout << "Usage: cfocus COMMAND [options]\n\n"
               "Commands:\n"
               "  selftest   start a private LibreOffice with the extension, run its\n"
               "             self-test in Writer and Calc, and show that the Customer\n"
               "             Focus sidebar deck is there\n\n"
            << options
            << "\nExamples:\n"
               "  cfocus selftest\n"
               "  cfocus selftest --office /opt/libreoffice/program --keep-profile\n\n"
               "Exit codes:\n"
               "  0  success\n"
               "  1  the check found a problem\n"
               "  2  wrong usage\n"
               "  3  LibreOffice could not be started or stopped working\n";
}

int selfTest(const OfficeOptions& options, bool quiet) {
  Office office(options);
  int failures = 0;
  for (const char* factory : {"private:factory/swriter", "private:factory/scalc"}) {
    Reference<css::lang::XComponent> doc = office.loadDocument(factory);
    const DispatchResult r = office.dispatch(doc, "vnd.customerfocus:SelfTest");
    Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
    Reference<css::frame::XController2> controller(model->getCurrentController(), UNO_QUERY_THROW);
    const bool hasDeck = controller->getSidebar()->getDecks()->hasByName("CustomerFocusDeck");
    const bool ok = r.finished && r.success && hasDeck;
    if (!ok) ++failures;
    if (!quiet || !ok)
      std::cout << (factory + 16) << ": command " << (r.finished ? (r.success ? "ok" : "FAILED: " + r.message) : "not handled")
                << ", sidebar deck " << (hasDeck ? "present" : "MISSING") << '\n';
    Office::closeDocument(doc);
  }
  return failures == 0 ? kOk : kFindings;
}

}  // namespace
}  // namespace cf::cli

int main(int argc, char** argv) {
  using namespace cf::cli;
  po::options_description options("Options");
  options.add_options()
      ("help,h", "show this help")
      ("version", "print the version")
      ("office", po::value<std::string>(), "the LibreOffice program folder to use")
      ("oxt", po::value<std::string>()->default_value(CF_BUILT_OXT), "the extension package to install")
      ("profile", po::value<std::string>(), "the private profile folder")
      ("keep-profile", "keep the profile for debugging (it is kept and reused by default)")
      ("quiet,q", "print only problems");
  po::options_description hidden;
  hidden.add_options()("command", po::value<std::string>());
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description positional;
  positional.add("command", 1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "cfocus: " << e.what() << " (see cfocus --help)\n";
    return kUsage;
  }
  if (vm.count("help")) {
    printHelp(options);
    return kOk;
  }
  if (vm.count("version")) {
    std::cout << "cfocus " << CF_VERSION << '\n';
    return kOk;
  }
  if (!vm.count("command")) {
    std::cerr << "cfocus: no command given (see cfocus --help)\n";
    return kUsage;
  }
  OfficeOptions office;
  office.oxt = vm["oxt"].as<std::string>();
  office.profile = vm.count("profile") ? std::filesystem::path(vm["profile"].as<std::string>()) : defaultProfile();
  if (vm.count("office")) office.programDir = vm["office"].as<std::string>();
  const std::string command = vm["command"].as<std::string>();
  try {
    if (command == "selftest") return selfTest(office, vm.count("quiet") > 0);
  } catch (const std::exception& e) {
    std::cerr << "cfocus: " << e.what() << '\n';
    return kOffice;
  } catch (const css::uno::Exception& e) {
    std::cerr << "cfocus: LibreOffice failed: " << rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr() << '\n';
    return kOffice;
  }
  std::cerr << "cfocus: unknown command '" << command << "' (see cfocus --help)\n";
  return kUsage;
}
