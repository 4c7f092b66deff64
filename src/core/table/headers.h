// What a column's header says it holds: the header patterns of PRODUCT.md
// ("Importance: X", "Group", "Overall satisfaction"). Internal to src/core/table.
#pragma once

#include <string>
#include <string_view>

#include "mapping.h"

namespace cf::core::detail {

struct HeaderGuess {
  ColumnKind kind = ColumnKind::Ignore;
  std::string attribute;
  bool notAnItem = false;  // a word such as "age" or "delay": never a rating
};

HeaderGuess classifyHeader(std::string_view header);

}  // namespace cf::core::detail
