// An importance–performance chart as an SVG picture, each point labelled with
// its attribute, for the Writer report (board_report.h): Writer shows and
// exports SVG as it is, and a picture keeps its labels where a live chart
// would need the Calc sheet beside it.
//
//   IpaChart c{.title = "Adult learners", .xTitle = "Satisfaction", …};
//   c.points.push_back({"Evening sessions", 3.1, 4.4, true});
//   std::string svg = ipaChartSvg(c);
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace cf::core {

struct IpaPoint {
  std::string label;
  double x = 0.0;  // satisfaction
  double y = 0.0;  // importance
  bool concentrate = false;  // drawn in the "Concentrate here" colour
};

struct IpaChart {
  std::string title;
  std::string xTitle;
  std::string yTitle;
  double crossX = 0.0;  // where the quadrant lines cross
  double crossY = 0.0;
  // The quadrants' names: top left, top right, bottom left, bottom right.
  std::string quadrants[4];
  std::vector<IpaPoint> points;
};

// The chart in a 160 × 110 mm box. The axes span the points and the cross,
// padded to whole half points. Labels go beside their point, on the side and
// at the height where they overlap no label placed before; long ones are cut
// with "…". Text is escaped, so any attribute name is safe. Points that are
// not finite are left out.
std::string ipaChartSvg(const IpaChart& chart);

// `text` cut after `max` characters (never inside one), with "…" when cut:
// a point's label.
std::string shortenedLabel(const std::string& text, std::size_t max);

// The labels as placed, for the tests: their boxes in the SVG's user units.
struct PlacedLabel {
  std::string text;
  double left = 0, top = 0, right = 0, bottom = 0;
};
std::vector<PlacedLabel> placeIpaLabels(const IpaChart& chart);

}  // namespace cf::core
