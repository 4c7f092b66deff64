#include "office.h"

#include "process.h"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/bridge/XUnoUrlResolver.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <cppuhelper/implbase1.hxx>
#include <rtl/bootstrap.hxx>
#include <rtl/ref.hxx>

#include <signal.h>
#include <unistd.h>

#include <fstream>
#include <random>
#include <sstream>
#include <thread>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::cli {
namespace {

rtl::OUString ou(const std::string& s) {
  return rtl::OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}
std::string u8(const rtl::OUString& s) {
  const rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
  return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

std::string uniquePipeName() {
  std::random_device rd;
  std::ostringstream name;
  name << "customerfocus_" << ::getpid() << '_' << std::hex << rd();
  return name.str();
}

// What identifies one build of the .oxt: reinstall when it changes.
std::string oxtStamp(const std::filesystem::path& oxt) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(oxt, ec);
  const auto time = std::filesystem::last_write_time(oxt, ec).time_since_epoch().count();
  std::ostringstream s;
  s << std::filesystem::absolute(oxt).string() << ' ' << size << ' ' << time;
  return s.str();
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string tail(const std::filesystem::path& log) {
  std::string text = readFile(log);
  if (text.size() > 2000) text = text.substr(text.size() - 2000);
  return text;
}

// unopkg refuses to run as root unless it installs for all users; pointing
// the shared cache into the profile keeps that install private all the same.
std::vector<std::string> profileEnvironment(const std::filesystem::path& profile) {
  return {"-env:UserInstallation=" + Office::fileUrl(profile / "user"),
          "-env:UNO_SHARED_PACKAGES_CACHE=" + Office::fileUrl(profile / "shared")};
}

// Writes the UI language into the profile's registrymodifications.xcu,
// which the office reads at start: the one way to choose the language of an
// office that is not running. The user's choice is Linguistic/General/
// UILocale (Tools > Options > Language Settings); the office checks it against
// the installed language packs and writes what it settled on to
// Setup/L10N/ooLocale ("de"), so a stale ooLocale is dropped. Other items stay.
void setUiLocale(const std::filesystem::path& user, const std::string& locale) {
  const std::filesystem::path file = user / "registrymodifications.xcu";
  std::filesystem::create_directories(user);
  std::string text = readFile(file);
  if (text.find("</oor:items>") == std::string::npos) {
    text =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
        "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n</oor:items>\n";
  }
  for (const char* marker : {"<prop oor:name=\"ooLocale\"", "<prop oor:name=\"UILocale\""}) {
    for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker)) {
      const std::size_t begin = text.rfind("<item ", at);
      const std::size_t end = text.find("</item>", at);
      if (begin == std::string::npos || end == std::string::npos) break;
      std::size_t stop = end + 7;
      if (stop < text.size() && text[stop] == '\n') ++stop;
      text.erase(begin, stop - begin);
    }
  }
  text.insert(
      text.find("</oor:items>"),
      "<item oor:path=\"/org.openoffice.Office.Linguistic/General\"><prop oor:name=\"UILocale\" "
      "oor:op=\"fuse\"><value>" +
          locale + "</value></prop></item>\n");
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

// Whether the office knows our protocol handler: its configuration comes from
// the extension's ProtocolHandler.xcu.
bool extensionActive(const Reference<css::uno::XComponentContext>& context) {
  try {
    Reference<css::lang::XMultiServiceFactory> config =
        css::configuration::theDefaultProvider::get(context);
    css::beans::NamedValue path;
    path.Name = "nodepath";
    path.Value <<= rtl::OUString("/org.openoffice.Office.ProtocolHandler/HandlerSet");
    css::uno::Sequence<css::uno::Any> args(1);
    args.getArray()[0] <<= path;
    Reference<css::container::XNameAccess> handlers(
        config->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
        UNO_QUERY_THROW);
    return handlers->hasByName("org.customerfocus.Dispatcher");
  } catch (const css::uno::Exception&) {
    return false;
  }
}

class ResultListener : public cppu::WeakImplHelper1<css::frame::XDispatchResultListener> {
 public:
  void SAL_CALL dispatchFinished(const css::frame::DispatchResultEvent& event) override {
    result.finished = true;
    result.success = event.State == css::frame::DispatchResultState::SUCCESS;
    rtl::OUString text;
    if (event.Result >>= text) result.message = u8(text);
  }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}
  DispatchResult result;
};

}  // namespace

std::string Office::fileUrl(const std::filesystem::path& path) {
  const std::string abs = std::filesystem::absolute(path).lexically_normal().string();
  std::string url = "file://";
  for (unsigned char c : abs) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      url += static_cast<char>(c);
    } else {
      static const char* hex = "0123456789ABCDEF";
      url += '%';
      url += hex[c >> 4];
      url += hex[c & 15];
    }
  }
  return url;
}

Reference<css::uno::XComponentContext> Office::localContext() {
  static Reference<css::uno::XComponentContext> context = [] {
    // Without this the client has no office types and Desktop::create crashes.
    rtl::Bootstrap::set("URE_BOOTSTRAP",
                        ou("vnd.sun.star.pathname:" + std::string(CF_LO_PROGRAM_DIR) + "/fundamentalrc"));
    return cppu::defaultBootstrap_InitialComponentContext();
  }();
  return context;
}

Office::Office(const OfficeOptions& options) : profile_(options.profile) {
  // An office that closes its end of the bridge first would otherwise kill
  // this process with SIGPIPE at the next write, and leave itself behind:
  // the write fails with EPIPE instead, which the bridge handles.
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  sigaction(SIGPIPE, &ignore, nullptr);
  std::filesystem::create_directories(profile_);
  log_ = profile_ / "office.log";
  install(options);
  // UserInstallation is profile/user; the office keeps its settings in its user/ folder.
  if (!options.uiLocale.empty()) setUiLocale(profile_ / "user" / "user", options.uiLocale);
  start(options);
}

Office::~Office() { shutdown(); }

void Office::install(const OfficeOptions& options) {
  if (options.oxt.empty()) return;
  if (!std::filesystem::exists(options.oxt))
    throw OfficeError("The extension package " + options.oxt.string() + " does not exist. Build it first.");
  const std::filesystem::path stampFile = profile_ / "installed-oxt";
  const std::string stamp = oxtStamp(options.oxt);
  if (readFile(stampFile) == stamp) return;

  const std::string unopkg = (options.programDir / "unopkg").string();
  std::vector<std::string> base = {unopkg};
  const bool root = ::geteuid() == 0;
  // A reinstall replaces the earlier build; a failed remove just means there was none.
  std::vector<std::string> remove = base;
  remove.push_back("remove");
  if (root) remove.push_back("--shared");
  remove.push_back(CF_EXTENSION_ID_FOR_INSTALL);
  for (const auto& e : profileEnvironment(profile_)) remove.push_back(e);
  (void)runProcess(remove, log_, options.onProcess);

  std::vector<std::string> add = base;
  add.push_back("add");
  if (root) add.push_back("--shared");
  add.push_back("-s");
  add.push_back("-f");
  for (const auto& e : profileEnvironment(profile_)) add.push_back(e);
  add.push_back(std::filesystem::absolute(options.oxt).string());
  const int status = runProcess(add, log_, options.onProcess);
  if (status != 0)
    throw OfficeError("unopkg could not install the extension (exit " + std::to_string(status) +
                      "):\n" + tail(log_));
  std::ofstream(stampFile) << stamp;
}

void Office::start(const OfficeOptions& options) {
  const Reference<css::uno::XComponentContext> local = localContext();
  Reference<css::bridge::XUnoUrlResolver> resolver = css::bridge::UnoUrlResolver::create(local);

  // A fresh profile may make the office restart itself once (exit 81).
  for (int attempt = 0; attempt < 3; ++attempt) {
    const std::string pipe = uniquePipeName();
    std::vector<std::string> argv = {(options.programDir / "soffice.bin").string()};
    if (options.headless) {
      argv.push_back("--headless");
      argv.push_back("--invisible");
    }
    for (const char* a : {"--nologo", "--norestore", "--nodefault", "--nolockcheck", "--nofirststartwizard"})
      argv.push_back(a);
    for (const auto& e : profileEnvironment(profile_)) argv.push_back(e);
    for (const auto& a : options.extraArguments) argv.push_back(a);
    argv.push_back("--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext");
    pid_ = spawnProcess(argv, log_);
    if (options.onProcess) options.onProcess(pid_);

    const auto deadline = std::chrono::steady_clock::now() + options.startTimeout;
    while (std::chrono::steady_clock::now() < deadline) {
      if (auto status = waitProcess(pid_, std::chrono::milliseconds(0))) {
        pid_ = 0;
        if (*status == 81) break;  // restart and try again
        throw OfficeError("LibreOffice stopped while starting (exit " + std::to_string(*status) +
                          "):\n" + tail(log_));
      }
      try {
        Reference<css::uno::XInterface> remote =
            resolver->resolve(ou("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext"));
        context_.set(remote, UNO_QUERY_THROW);
        desktop_ = css::frame::Desktop::create(context_);
      } catch (const css::uno::Exception&) {
        context_.clear();
        desktop_.clear();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        continue;
      }
      // On the first start of a fresh profile the office may come up before
      // it has merged the extension's configuration (normally it would ask
      // for a restart); then our commands are unknown to it. Start it again.
      if (options.oxt.empty() || extensionActive(context_)) return;
      shutdown();
      break;
    }
    if (pid_ != 0) {
      killProcess(pid_);
      pid_ = 0;
      throw OfficeError("LibreOffice did not answer within " +
                        std::to_string(options.startTimeout.count()) + " s:\n" + tail(log_));
    }
  }
  throw OfficeError("LibreOffice kept restarting while starting, or never loaded the extension:\n" + tail(log_));
}

bool Office::alive() const {
  if (pid_ <= 0 || !desktop_.is()) return false;
  try {
    (void)desktop_->getComponents();
    return true;
  } catch (const css::uno::Exception&) {
    return false;
  }
}

Reference<css::lang::XComponent> Office::loadDocument(const std::string& url,
                                                      std::vector<css::beans::PropertyValue> extra) {
  Reference<css::frame::XComponentLoader> loader(desktop_, UNO_QUERY_THROW);
  css::beans::PropertyValue hidden;
  hidden.Name = "Hidden";
  hidden.Value <<= false;
  extra.insert(extra.begin(), hidden);
  Reference<css::lang::XComponent> doc = loader->loadComponentFromURL(
      ou(url), "_blank", 0,
      css::uno::Sequence<css::beans::PropertyValue>(extra.data(), static_cast<sal_Int32>(extra.size())));
  if (!doc.is()) throw OfficeError("LibreOffice could not open " + url);
  return doc;
}

void Office::closeDocument(const Reference<css::lang::XComponent>& document) noexcept {
  try {
    Reference<css::util::XModifiable> modifiable(document, UNO_QUERY);
    if (modifiable.is()) modifiable->setModified(false);
    Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
    if (closeable.is()) closeable->close(true);
    else if (document.is()) document->dispose();
  } catch (...) {
  }
}

DispatchResult Office::dispatch(const Reference<css::lang::XComponent>& document,
                                const std::string& url,
                                const std::vector<css::beans::PropertyValue>& arguments) {
  Reference<css::frame::XFrame> frame = frameOf(document);
  Reference<css::frame::XDispatchProvider> provider(frame, UNO_QUERY_THROW);
  css::util::URL parsed;
  parsed.Complete = ou(url);
  css::util::URLTransformer::create(context_)->parseStrict(parsed);
  Reference<css::frame::XDispatch> dispatch = provider->queryDispatch(parsed, "_self", 0);
  Reference<css::frame::XNotifyingDispatch> notifying(dispatch, UNO_QUERY);
  if (!notifying.is()) return {};
  rtl::Reference<ResultListener> listener(new ResultListener);
  notifying->dispatchWithNotification(
      parsed,
      css::uno::Sequence<css::beans::PropertyValue>(arguments.data(), static_cast<sal_Int32>(arguments.size())),
      Reference<css::frame::XDispatchResultListener>(listener.get()));
  return listener->result;
}

void Office::shutdown() noexcept {
  if (pid_ <= 0) return;
  try {
    if (desktop_.is()) {
      Reference<css::container::XEnumeration> docs = desktop_->getComponents()->createEnumeration();
      std::vector<Reference<css::lang::XComponent>> open;
      while (docs->hasMoreElements()) {
        Reference<css::lang::XComponent> doc(docs->nextElement(), UNO_QUERY);
        if (doc.is()) open.push_back(doc);
      }
      for (const auto& doc : open) closeDocument(doc);
      desktop_->terminate();
    }
  } catch (...) {
    // A terminating office drops the connection mid-call; the wait decides.
  }
  desktop_.clear();
  context_.clear();
  if (!waitProcess(pid_, std::chrono::seconds(20))) killProcess(pid_);
  pid_ = 0;
}

Reference<css::frame::XFrame> frameOf(const Reference<css::lang::XComponent>& document) {
  Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
  Reference<css::frame::XController> controller = model->getCurrentController();
  if (!controller.is()) throw OfficeError("The document has no window.");
  return controller->getFrame();
}

}  // namespace cf::cli
