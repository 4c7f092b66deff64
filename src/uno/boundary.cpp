#include "boundary.h"

#include "messages.h"
#include "ustring.h"

#include <com/sun/star/uno/Exception.hpp>

#include <exception>
#include <new>

namespace cf::uno {

// UNO exceptions carry the office's own wording, which is usually the most
// precise thing we can show; std::exception::what() of ours is written for
// users; anything else is a bug that must still not crash the office.
std::string describeCurrentException() {
  try {
    throw;
  } catch (const UserError& e) {
    return e.message;
  } catch (const css::uno::Exception& e) {
    std::string text = toUtf8(e.Message);
    return text.empty() ? core::tr("error.office") : text;
  } catch (const std::bad_alloc&) {
    return core::tr("error.memory");
  } catch (const std::exception& e) {
    return core::tr("error.internal", {e.what()});
  } catch (...) {
    return core::tr("error.unexpected");
  }
}

}  // namespace cf::uno
