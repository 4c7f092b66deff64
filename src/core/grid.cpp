#include "grid.h"

#include <algorithm>

namespace cf::core {

std::string columnName(std::size_t col) {
  std::string name;
  std::size_t n = col + 1;
  while (n > 0) {
    std::size_t rem = (n - 1) % 26;
    name.push_back(static_cast<char>('A' + rem));
    n = (n - 1) / 26;
  }
  std::reverse(name.begin(), name.end());
  return name;
}

}  // namespace cf::core
