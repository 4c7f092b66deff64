// The accessible tree as a screen reader walks it, readable from one test
// client on every LibreOffice version the tests run against.
//
// LibreOffice 7.5 changed XAccessibleContext: child counts and indexes became
// hyper, and the state set became a bit set. A client built against the 7.4
// SDK that called those methods directly on a later office would read the
// answer with the wrong type and lose its bridge. These helpers call them
// through the office's own Invocation service instead: by name, every value
// in an Any, so each office answers in its own types. The methods that did
// not change (name, role, the accessible action) are called directly.
//
//   Context menu = findAccessible(windowContext, AccessibleRole::MENU, "Tools");
//   for (sal_Int64 i = 0; i < childCount(menu); ++i) names.push_back(nameOf(child(menu, i)));
#pragma once

#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <string>

namespace cf::test {

using Context = css::uno::Reference<css::accessibility::XAccessibleContext>;

// The context of anything accessible: a control's peer, a top window, an
// XAccessible or a context itself. Empty when there is none.
Context contextOf(const css::uno::Reference<css::uno::XInterface>& object);

sal_Int64 childCount(const Context& context);
// The i-th child's context; empty when the child has gone.
Context child(const Context& context, sal_Int64 index);

// Whether the context has the state AccessibleStateType::<name> ("FOCUSABLE",
// "SHOWING"), whichever way the office encodes the state set.
bool hasState(const Context& context, const char* name);

// The name as read aloud, without the mnemonic's "~".
std::string nameOf(const Context& context);

}  // namespace cf::test
