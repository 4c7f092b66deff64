// Result<T>: a value or an Error, for failures caused by the user's data.
//
// Core never throws out of its public API. A function that can fail on input
// returns Result<T>; the caller checks ok() and reads value() or error().
//
//   Result<Model> r = parseModel(text);
//   if (!r.ok()) report(r.error().where + ": " + r.error().message);
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace cf::core {

// A failure a user can act on. `code` is stable (tests and translations key on
// it); `where` names the place: a JSON path such as "customers[2].role", a cell
// such as "row 14, column C", or a byte offset.
struct Error {
  std::string code;
  std::string message;
  std::string where;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  const T& value() const& {
    assert(ok() && "value() of a failed Result");
    return std::get<0>(v_);
  }
  T& value() & {
    assert(ok() && "value() of a failed Result");
    return std::get<0>(v_);
  }
  T&& value() && {
    assert(ok() && "value() of a failed Result");
    return std::get<0>(std::move(v_));
  }
  const Error& error() const {
    assert(!ok() && "error() of a successful Result");
    return std::get<1>(v_);
  }

 private:
  std::variant<T, Error> v_;
};

}  // namespace cf::core
