// A private LibreOffice for cfocus and the office tests: the extension
// installed in a profile of its own, an office started on a unique pipe, a UNO
// connection, and a shutdown that never leaves a soffice.bin behind.
//
//   OfficeOptions o;
//   o.oxt = "build/customer-focus.oxt";
//   o.profile = "/tmp/cf-profile";
//   Office office(o);                       // installs if needed, starts, connects
//   auto doc = office.loadDocument("private:factory/scalc");
//   office.dispatch(doc, "vnd.customerfocus:About");
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace cf::cli {

// A failure to install, start or talk to the office, worded for a person.
struct OfficeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct OfficeOptions {
  std::filesystem::path oxt;      // installed when the profile does not hold this build yet
  std::filesystem::path profile;  // the private profile folder (created when missing)
  std::filesystem::path programDir = CF_LO_PROGRAM_DIR;
  bool headless = true;           // false: real windows, on $DISPLAY
  // Told the PID of each process started for the office (unopkg, soffice.bin)
  // the moment it exists, and 0 when it has ended, so that a signal handler
  // can end it even while the office is still starting. Must be
  // async-signal-safe to read from the handler's side.
  void (*onProcess)(pid_t pid) = nullptr;
  std::chrono::seconds startTimeout{90};
  // The UI language ("de-DE") written into the profile before the office
  // starts (Linguistic/General/UILocale); empty leaves the profile's choice. The
  // office shows that language only when its language pack is installed
  // (libreoffice-l10n-de for German); without it LibreOffice stays in en-US.
  std::string uiLocale;
  // More arguments for soffice.bin ("-env:BUNDLED_EXTENSIONS=…"), after the
  // profile's.
  std::vector<std::string> extraArguments;
};

struct DispatchResult {
  bool finished = false;  // the handler answered through XNotifyingDispatch
  bool success = false;
  std::string message;    // the result or the failure text, when it is a string
};

class Office {
 public:
  // Installs the extension when needed, starts the office and connects.
  // Throws OfficeError.
  explicit Office(const OfficeOptions& options);
  ~Office();
  Office(const Office&) = delete;
  Office& operator=(const Office&) = delete;

  const css::uno::Reference<css::uno::XComponentContext>& context() const { return context_; }
  const css::uno::Reference<css::frame::XDesktop2>& desktop() const { return desktop_; }
  pid_t pid() const { return pid_; }
  // True while the office process runs and answers a UNO call.
  bool alive() const;

  // Opens `url` (a file URL or private:factory/…), never hidden: hidden
  // documents have no sidebar, and undo in them is unsafe (see ARCHITECTURE).
  css::uno::Reference<css::lang::XComponent> loadDocument(
      const std::string& url, std::vector<css::beans::PropertyValue> extra = {});
  // Closes a document without asking to save it.
  static void closeDocument(const css::uno::Reference<css::lang::XComponent>& document) noexcept;

  // Dispatches `url` on the document's frame through XNotifyingDispatch and
  // waits for the answer. `finished` is false when no handler took the URL.
  DispatchResult dispatch(const css::uno::Reference<css::lang::XComponent>& document,
                          const std::string& url,
                          const std::vector<css::beans::PropertyValue>& arguments = {});

  // Closes every document, terminates the office and waits; kills it when it
  // does not end in time. Safe to call twice.
  void shutdown() noexcept;

  // Bootstraps UNO in this process (once); needed before any connection.
  static css::uno::Reference<css::uno::XComponentContext> localContext();

  static std::string fileUrl(const std::filesystem::path& path);

 private:
  void install(const OfficeOptions& options);
  void start(const OfficeOptions& options);

  std::filesystem::path profile_;
  std::filesystem::path log_;
  pid_t pid_ = 0;
  css::uno::Reference<css::uno::XComponentContext> context_;
  css::uno::Reference<css::frame::XDesktop2> desktop_;
};

// The frame a document is shown in.
css::uno::Reference<css::frame::XFrame> frameOf(const css::uno::Reference<css::lang::XComponent>& document);

}  // namespace cf::cli
