// The Writer commands of the deck, run through the command registry
// (commands.h), so the Worksheet panel's buttons, the menu and headless
// callers behave alike:
//
//   vnd.customerfocus:InsertWorksheet          writes or updates the worksheet
//   vnd.customerfocus:ExportModel?Path=/x.json  the stored model as a file
//   vnd.customerfocus:ImportModel?Path=/x.json  replaces the stored model
//
// Path is a file path or a file: URL; without it, a person is asked for a file.
#pragma once

#include "commands.h"

namespace cf::uno {

void insertWorksheetCommand(CommandContext& ctx);
void exportModelCommand(CommandContext& ctx);
void importModelCommand(CommandContext& ctx);

}  // namespace cf::uno
