// Child processes for the office's life: start one with its output sent to a
// log file, wait with a time limit, and kill it when it will not stop.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cf::cli {

// Starts argv[0] with argv, in its own process group (so that Ctrl-C in a
// terminal reaches us, and we decide how the office stops), stdin from
// /dev/null and stdout+stderr appended to `log`. Throws std::runtime_error
// when the program cannot be started.
pid_t spawnProcess(const std::vector<std::string>& argv, const std::filesystem::path& log);

// The exit status (0–255, or 128+signal) once the child has ended, or
// nothing when it is still running after `timeout`.
std::optional<int> waitProcess(pid_t pid, std::chrono::milliseconds timeout);

// Runs argv to completion and returns its exit status; `onProcess`, when
// given, is told the child's PID while it runs and 0 afterwards.
int runProcess(const std::vector<std::string>& argv, const std::filesystem::path& log,
               void (*onProcess)(pid_t) = nullptr);

// SIGKILL to the child's process group, then reaps it.
void killProcess(pid_t pid) noexcept;

}  // namespace cf::cli
