#include "results.h"

namespace cf::core {

std::string_view quadrantName(Quadrant quadrant) {
  switch (quadrant) {
    case Quadrant::Concentrate: return "concentrate";
    case Quadrant::Keep: return "keep";
    case Quadrant::Low: return "low";
    case Quadrant::Overkill: return "overkill";
    case Quadrant::Uncertain: return "uncertain";
    case Quadrant::None: break;
  }
  return "none";
}

std::string_view evidenceName(Evidence evidence) {
  switch (evidence) {
    case Evidence::Stated: return "stated";
    case Evidence::Derived: return "derived";
    case Evidence::None: break;
  }
  return "none";
}

}  // namespace cf::core
