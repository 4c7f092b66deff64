// What cfocus tells the person at the terminal while it works: one line that
// is redrawn on a terminal ("[2/5] Opening survey.csv…"), plain lines when
// the output goes to a file or a pipe, nothing with -q.
#pragma once

#include <string>

namespace cf::cli {

class Progress {
 public:
  Progress(int steps, bool quiet);
  ~Progress();
  // Starts the next step.
  void step(const std::string& what);
  // Ends the progress display; later output starts on a fresh line.
  void done();

 private:
  int steps_;
  int current_ = 0;
  bool quiet_;
  bool tty_;
  bool open_ = false;
};

}  // namespace cf::cli
