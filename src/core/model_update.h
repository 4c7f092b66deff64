// Closing the loop from survey to plan: the analysis of a feedback table
// writes what each customer group told us into the customer model, as stated
// values and as evidence against the values we assumed.
//
//   AnalysisOptions options;
//   options.assumptions = assumptionsOf(model);   // the model's assumed values
//   Results results = analyse(table, options);
//   Result<ModelUpdate> u = updateModel(model, results, {.source = "Survey 2026.csv",
//                                                        .date = today});
//   if (u.ok()) store(u.value().model);   // u.value().unmatched: offer to add them
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model.h"
#include "result.h"
#include "results.h"

namespace cf::core {

// Every assumed value of every group that has an importance, as the
// predictions the analysis compares with what the survey measured. Give them
// to AnalysisOptions::assumptions before analysing for updateModel, with the
// same groupMap (survey name → model name), so that they carry the survey's
// group names.
std::vector<Assumption> assumptionsOf(const Model& model,
                                      const std::map<std::string, std::string>& groupMap = {});

struct ModelUpdateOptions {
  std::string source;  // the survey's table name, written on every value and evidence
  Date date;           // the day of the update
  std::size_t topValues = 5;
  // Survey group name → model group name, for groups whose names differ.
  // Names compare trimmed and case-insensitively. Other survey groups match a
  // model group of the same name.
  std::map<std::string, std::string> groupMap;
  // Survey groups that match no model group are added to the model (with
  // the role the survey gave them; supporting when it gave none, or when the
  // model already has its primary customer) instead of only being listed.
  bool addUnmatched = false;
};

// A survey group that no model group matched.
struct UnmatchedGroup {
  std::string name;
  Role role = Role::Unknown;
  std::uint64_t n = 0;
};

struct ModelUpdate {
  Model model;                          // the model with the survey's values
  std::vector<std::string> updated;     // model groups that got values or evidence
  std::vector<UnmatchedGroup> unmatched;  // listed, or added when addUnmatched
  std::size_t valuesWritten = 0;
};

// For each survey group matched to a model group:
// - stated values: its `topValues` attributes by mean stated importance where
//   the survey asked importance, else by key-driver share; each with the
//   source, date, the number who answered and the figure, and with the quote
//   the voices analysis (Results::voices) showed for the attribute in the
//   group, masked, with its row; no quote when the group's commenters were
//   too few or none mentioned it. Values an earlier update wrote from the
//   same source are replaced, quotes and all; values typed by hand and values
//   from other sources are kept as they are.
// - evidence: the analysis' Assumptions check of the group (see
//   assumptionsOf), replacing earlier evidence; left alone when the group had
//   no assumed value that the survey measured.
// Suppressed figures (below the minimum n) are never written.
// Errors: "update.no-groups" when the survey has no group but All;
// "update.no-match" when no survey group matches and none is added.
[[nodiscard]] Result<ModelUpdate> updateModel(const Model& model, const Results& results,
                                              const ModelUpdateOptions& options);

}  // namespace cf::core
