// From the survey to the plan: the commands that carry a Calc analysis into
// a Writer document, run through the command registry (commands.h) like the
// others, so the deck's buttons, the menus and cfocus behave alike.
//
//   vnd.customerfocus:UpdateModel   the survey's values and evidence into the
//                                   customer model of a Writer document
//   vnd.customerfocus:InsertReport  the Customer Focus report, written or
//                                   updated in a Writer document
//
// Either runs from a Writer frame (the document to change) or from a Calc
// frame (the survey). The other document is the argument, or else the one
// open document of that kind:
//
//   Survey     the Calc document (a component) whose feedback table to
//              analyse, for a command started in Writer
//   Document   the Writer document (a component) to change, for a command
//              started in Calc
//   AddGroups  "true": survey groups that match no model group are added to
//              the model (UpdateModel); a person is asked instead
//
// Each change to the Writer document is one undo step. With nothing to match,
// no survey or no Writer document, the command says so and changes nothing.
#pragma once

#include "commands.h"

namespace cf::uno {

void updateModelCommand(CommandContext& ctx);
void insertReportCommand(CommandContext& ctx);

}  // namespace cf::uno
