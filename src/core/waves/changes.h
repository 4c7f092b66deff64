// What changed between the last two waves of a survey, in plain sentences:
// the Trends sheet (report.h) and the report's "What changed since last time"
// section (board_report.h) both take their words from here, so the two say
// the same thing.
//
//   describeChanges(*results.waves, ",")
//   // {"Volunteer tutors: satisfaction with Good training fell from 4,15 to
//   //   3,56 (−0,59, 95% CI −0,87 to −0,31).", …}
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "waves/trends.h"

namespace cf::core {

// One sentence per real change of a mean (realChanges' order), then one per
// NPS change whose 95% interval excludes 0 (largest first), then one per
// attribute that entered or left "Concentrate here". When no change of a
// mean is real, the first sentence says so, with the number of changes
// compared. Numbers take `decimalSeparator`: means two decimals, NPS none.
// Fewer than two waves give no sentence.
std::vector<std::string> describeChanges(const WavesResult& waves,
                                         std::string_view decimalSeparator = ".");

// "Progress reports: asked only in 2026.": one sentence per attribute, then
// per group, that only some waves have. Empty when every wave has them all.
std::vector<std::string> describePartial(const WavesResult& waves);

// A trend's group as a reader sees it: "All respondents" for All.
std::string trendGroupName(std::string_view group);

// "+0.59", "−0.59" (a true minus sign), "0.00"; "–" when not a number.
std::string formatChange(double value, int decimals, std::string_view decimalSeparator);

// "−0.87", "0.31": a number with a true minus sign and no plus; "–" when
// not a number.
std::string formatWithMinus(double value, int decimals, std::string_view decimalSeparator);

}  // namespace cf::core
