#include "progress.h"

#include <unistd.h>

#include <cstdio>

namespace cf::cli {

Progress::Progress(int steps, bool quiet) : steps_(steps), quiet_(quiet), tty_(::isatty(2) == 1) {}

Progress::~Progress() { done(); }

void Progress::step(const std::string& what) {
  ++current_;
  if (quiet_) return;
  if (tty_) {
    // \033[K clears what a longer earlier step left on the line.
    std::fprintf(stderr, "\r[%d/%d] %s…\033[K", current_, steps_, what.c_str());
    open_ = true;
  } else {
    std::fprintf(stderr, "[%d/%d] %s\n", current_, steps_, what.c_str());
  }
  std::fflush(stderr);
}

void Progress::done() {
  if (open_) std::fputc('\n', stderr);
  open_ = false;
}

}  // namespace cf::cli
