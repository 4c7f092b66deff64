// Results as JSON: the contract of PRODUCT.md's "Results as JSON", read by
// tests and written by `cfocus --json`. Field names never change; fields are
// only ever added (sd, suppressed, crosshair, priorities, primaryVsSupporting,
// assumptions, distribution, …).
//
//   std::string text = serializeResults(analyzer.finish(reader.summary()));
#pragma once

#include <string>

#include "results.h"

namespace cf::core {

// The results as a JSON document (schemaVersion 1), indented by two spaces.
// Numbers are written unrounded; a number that could not be computed or was
// suppressed is null, never 0; a measure the table does not have
// (importance of a satisfaction-only item) is null as a whole, except in
// primaryVsSupporting, which has one entry per attribute × measure ×
// supporting group that the table measured (the family q is taken over), with
// its difference, interval, p, q and "significant" at the top. Text that is
// not valid UTF-8 is written with U+FFFD in its place.
std::string serializeResults(const Results& results);

}  // namespace cf::core
