#include "ipa_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cf::core {
namespace {

// The picture's user units: 640 × 440 in a 160 × 110 mm box (4 units a mm).
constexpr double kWidth = 640, kHeight = 440;
constexpr double kLeft = 64, kRight = 620, kTop = 44, kBottom = 384;
constexpr double kFont = 11;            // label size
constexpr double kCharWidth = 0.56 * kFont;  // a fair average for sans-serif text
constexpr std::size_t kMaxLabelCharacters = 34;

std::size_t characters(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string shortenedLabel(const std::string& s, std::size_t max) {
  if (characters(s) <= max) return s;
  std::size_t n = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && n++ == max - 1) break;
  }
  return s.substr(0, i) + "…";
}

namespace {

std::string escaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        // Control characters are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') out += c;
    }
  }
  return out;
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

struct Axes {
  double xMin, xMax, yMin, yMax;
  double px(double x) const { return kLeft + (x - xMin) / (xMax - xMin) * (kRight - kLeft); }
  double py(double y) const { return kBottom - (y - yMin) / (yMax - yMin) * (kBottom - kTop); }
};

bool usable(const IpaPoint& p) { return std::isfinite(p.x) && std::isfinite(p.y); }

Axes axesOf(const IpaChart& c) {
  double xMin = std::isfinite(c.crossX) ? c.crossX : INFINITY, xMax = std::isfinite(c.crossX) ? c.crossX : -INFINITY;
  double yMin = std::isfinite(c.crossY) ? c.crossY : INFINITY, yMax = std::isfinite(c.crossY) ? c.crossY : -INFINITY;
  for (const IpaPoint& p : c.points) {
    if (!usable(p)) continue;
    xMin = std::min(xMin, p.x), xMax = std::max(xMax, p.x);
    yMin = std::min(yMin, p.y), yMax = std::max(yMax, p.y);
  }
  if (!std::isfinite(xMin)) xMin = 0, xMax = 1;
  if (!std::isfinite(yMin)) yMin = 0, yMax = 1;
  // Whole half points around the data, at least one point wide.
  const auto pad = [](double& lo, double& hi) {
    lo = std::floor(lo * 2 - 0.5) / 2;
    hi = std::ceil(hi * 2 + 0.5) / 2;
    if (hi - lo < 1) hi = lo + 1;
  };
  pad(xMin, xMax);
  pad(yMin, yMax);
  return {xMin, xMax, yMin, yMax};
}

bool overlaps(const PlacedLabel& a, const PlacedLabel& b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

}  // namespace

std::vector<PlacedLabel> placeIpaLabels(const IpaChart& chart) {
  const Axes axes = axesOf(chart);
  std::vector<PlacedLabel> placed;
  // Each point's dot, as a box no label may cover.
  std::vector<PlacedLabel> dots;
  for (const IpaPoint& p : chart.points)
    if (usable(p)) {
      const double x = axes.px(p.x), y = axes.py(p.y);
      dots.push_back({"", x - 4, y - 4, x + 4, y + 4});
    }
  for (const IpaPoint& p : chart.points) {
    if (!usable(p)) continue;
    const std::string text = shortenedLabel(p.label, kMaxLabelCharacters);
    const double w = static_cast<double>(characters(text)) * kCharWidth, h = kFont + 2;
    const double x = axes.px(p.x), y = axes.py(p.y);
    PlacedLabel best{text, x + 7, y - h / 2, x + 7 + w, y + h / 2};
    bool found = false;
    // Right, then left, each at the point's height and then ever further
    // above and below it.
    for (int step = 0; step <= 8 && !found; ++step) {
      for (int sign : {1, -1}) {
        const double dy = sign * step * (h * 0.75);
        for (bool right : {true, false}) {
          PlacedLabel l{text, right ? x + 7 : x - 7 - w, y - h / 2 + dy, 0, 0};
          l.right = l.left + w;
          l.bottom = l.top + h;
          if (l.left < 2 || l.right > kWidth - 2 || l.top < kTop - 10 || l.bottom > kBottom + 2)
            continue;
          const bool clear =
              std::none_of(placed.begin(), placed.end(), [&](const PlacedLabel& o) { return overlaps(l, o); }) &&
              std::none_of(dots.begin(), dots.end(), [&](const PlacedLabel& o) { return overlaps(l, o); });
          if (clear) {
            best = l;
            found = true;
            break;
          }
        }
        if (found || step == 0) break;
      }
    }
    placed.push_back(best);
  }
  return placed;
}

std::string ipaChartSvg(const IpaChart& chart) {
  const Axes axes = axesOf(chart);
  std::string s;
  s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"160mm\" height=\"110mm\" viewBox=\"0 0 " +
       num(kWidth) + " " + num(kHeight) + "\" font-family=\"DejaVu Sans, Liberation Sans, sans-serif\">\n";
  s += "<rect x=\"0\" y=\"0\" width=\"" + num(kWidth) + "\" height=\"" + num(kHeight) + "\" fill=\"#ffffff\"/>\n";
  s += "<text x=\"" + num(kWidth / 2) + "\" y=\"24\" font-size=\"15\" font-weight=\"bold\" text-anchor=\"middle\">" +
       escaped(chart.title) + "</text>\n";
  // Plot frame and grid at every whole point.
  s += "<rect x=\"" + num(kLeft) + "\" y=\"" + num(kTop) + "\" width=\"" + num(kRight - kLeft) + "\" height=\"" +
       num(kBottom - kTop) + "\" fill=\"none\" stroke=\"#b0b0b0\"/>\n";
  // + 0.0: ceil(−0.5) is −0, which would print as "-0".
  for (double v = std::ceil(axes.xMin) + 0.0; v <= axes.xMax + 1e-9; v += 1) {
    const double x = axes.px(v);
    s += "<line x1=\"" + num(x) + "\" y1=\"" + num(kBottom) + "\" x2=\"" + num(x) + "\" y2=\"" + num(kBottom + 4) +
         "\" stroke=\"#808080\"/>\n";
    s += "<text x=\"" + num(x) + "\" y=\"" + num(kBottom + 17) + "\" font-size=\"11\" text-anchor=\"middle\">" +
         num(v).substr(0, num(v).size() - 2) + "</text>\n";
  }
  for (double v = std::ceil(axes.yMin) + 0.0; v <= axes.yMax + 1e-9; v += 1) {
    const double y = axes.py(v);
    s += "<line x1=\"" + num(kLeft - 4) + "\" y1=\"" + num(y) + "\" x2=\"" + num(kLeft) + "\" y2=\"" + num(y) +
         "\" stroke=\"#808080\"/>\n";
    s += "<text x=\"" + num(kLeft - 8) + "\" y=\"" + num(y + 4) + "\" font-size=\"11\" text-anchor=\"end\">" +
         num(v).substr(0, num(v).size() - 2) + "</text>\n";
  }
  // Quadrant lines and names.
  if (std::isfinite(chart.crossX) && std::isfinite(chart.crossY)) {
    const double cx = axes.px(chart.crossX), cy = axes.py(chart.crossY);
    s += "<line x1=\"" + num(cx) + "\" y1=\"" + num(kTop) + "\" x2=\"" + num(cx) + "\" y2=\"" + num(kBottom) +
         "\" stroke=\"#606060\" stroke-dasharray=\"6 4\"/>\n";
    s += "<line x1=\"" + num(kLeft) + "\" y1=\"" + num(cy) + "\" x2=\"" + num(kRight) + "\" y2=\"" + num(cy) +
         "\" stroke=\"#606060\" stroke-dasharray=\"6 4\"/>\n";
  }
  const std::string corner[4][3] = {{num(kLeft + 6), num(kTop + 14), "start"},
                                    {num(kRight - 6), num(kTop + 14), "end"},
                                    {num(kLeft + 6), num(kBottom - 6), "start"},
                                    {num(kRight - 6), num(kBottom - 6), "end"}};
  for (int q = 0; q < 4; ++q)
    if (!chart.quadrants[q].empty())
      s += "<text x=\"" + corner[q][0] + "\" y=\"" + corner[q][1] + "\" font-size=\"10\" fill=\"" +
           (q == 0 ? "#b03020" : "#707070") + "\" text-anchor=\"" + corner[q][2] + "\">" +
           escaped(chart.quadrants[q]) + "</text>\n";
  // Axis titles.
  s += "<text x=\"" + num((kLeft + kRight) / 2) + "\" y=\"" + num(kHeight - 12) +
       "\" font-size=\"12\" text-anchor=\"middle\">" + escaped(chart.xTitle) + "</text>\n";
  s += "<text x=\"16\" y=\"" + num((kTop + kBottom) / 2) + "\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 16 " +
       num((kTop + kBottom) / 2) + ")\">" + escaped(chart.yTitle) + "</text>\n";
  // Points, then their labels.
  const std::vector<PlacedLabel> labels = placeIpaLabels(chart);
  std::size_t k = 0;
  for (const IpaPoint& p : chart.points) {
    if (!usable(p)) continue;
    const double x = axes.px(p.x), y = axes.py(p.y);
    s += "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"4\" fill=\"" +
         (p.concentrate ? "#c0392b" : "#2c6fad") + "\"/>\n";
    const PlacedLabel& l = labels[k++];
    s += "<text x=\"" + num(l.left) + "\" y=\"" + num(l.bottom - 3) + "\" font-size=\"" + num(kFont) + "\">" +
         escaped(l.text) + "</text>\n";
  }
  s += "</svg>\n";
  return s;
}

}  // namespace cf::core
