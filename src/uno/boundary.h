// The wall between LibreOffice and our code. Every UNO entry point (a
// dispatch, an event handler, a factory) runs its work through guarded(), so
// that no C++ exception ever reaches the office: an escaped exception would
// crash the user's office and lose their unsaved work.
//
//   Outcome o = guarded([&] { buildValueMatrix(doc); });
//   if (!o.ok) tellUser(o.message);
#pragma once

#include <string>
#include <utility>

namespace cf::uno {

// A failure the user should read. Commands throw it for conditions they
// detect themselves ("The sheet is protected."); its text is shown as is.
struct UserError {
  std::string message;
};

struct Outcome {
  bool ok = true;
  std::string message;  // the text for the user when !ok
};

// The message for the exception being handled (call only inside a catch).
std::string describeCurrentException();

template <class F>
Outcome guarded(F&& work) noexcept {
  try {
    std::forward<F>(work)();
    return {};
  } catch (...) {
    try {
      return {false, describeCurrentException()};
    } catch (...) {
      return {false, "Customer Focus hit an unexpected error."};
    }
  }
}

}  // namespace cf::uno
