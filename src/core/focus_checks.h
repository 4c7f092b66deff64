// Focus checks: the findings the Writer panel lists live and `cfocus check`
// prints, from PRODUCT.md's table. CF001–CF007 look at the customer model;
// CF008 compares leaders' assumptions with the Calc analysis' measurements.
//
//   for (const Finding& f : checkFocus(model, "2024-03-15")) show(f);
#pragma once

#include "date_format.h"
#include "finding.h"
#include "model.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cf::core {

// CF001 no primary customer (error), CF002 more than one (error), CF003
// primary without "how their life is changed", CF004 supporting without "why
// they must be satisfied", CF005 no value stated by the customers themselves,
// CF006 no listening activity planned, CF007 a listening activity whose next
// date is before `today` (all warnings).
// - Text that is only white space counts as not written. A value or activity
//   counts only when it has text (a method, or a next date, for activities),
//   so blank rows the user has not filled in yet do not silence a check.
// - CF005 fires for every group without a stated value, including a group
//   with no values at all: its values can only be assumed so far.
// - CF002 is one finding naming every primary group; its customerIndex is the
//   second primary group, the first one beyond the single focus.
// - Findings about one group carry its index in customerIndex and its name in
//   group. They come errors first, then warnings; within a severity, findings
//   about the whole model first, then by group order, then by id.
// - CF008 (info) for each group whose evidence, stored by a survey update
//   (model_update.h), disagrees with its assumed values; see
//   checkAssumptionsAgreement. These come last.
// `today` is YYYY-MM-DD; when it is not a valid date, CF007 is skipped.
// CF007 names the date in `dates` (the document's pattern).
std::vector<Finding> checkFocus(const Model& model, std::string_view today,
                                const DateFormat& dates = DateFormat::iso());

// CF008 for one group, called by the Calc analysis with each attribute's
// predicted importance (from the Assumptions sheet) and measured mean
// importance, and Spearman's rho between them. Returns an info finding when
// - rho < 0.5 (a NaN rho, for too few items, is not a disagreement), or
// - an attribute in the predicted top 3 is not in the measured top 3.
// "Top 3" counts ties generously on both sides: an attribute is in it when
// fewer than three attributes score strictly higher (so with predictions of
// 5, 5, 5, 5 all four are in the predicted top 3, and an attribute tied for
// third place by customers is in the measured top 3). Attributes match
// case-insensitively and trimmed; a predicted attribute with no measurement,
// and NaN values, take no part in the top-3 comparison.
std::optional<Finding> checkAssumptionsAgreement(
    std::string_view group, const std::vector<std::pair<std::string, double>>& predicted,
    const std::vector<std::pair<std::string, double>>& measured, double spearmanRho);

}  // namespace cf::core
