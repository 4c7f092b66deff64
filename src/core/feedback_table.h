// Reading a feedback table: detect what its columns mean (detectMapping), fit
// a saved mapping onto a table whose columns moved (bindMapping), and decode
// rows into Responses for the analysis (TableReader), in chunks if the table
// is large. Also the two small sheets beside it: Assumptions and Customers.
// The parts live in table/; table/pipeline.h wires them to the analysis.
//
//   Mapping m = detectMapping(grid, {.notApplicable = {0}}).value();
//   TableReader reader(m);
//   Analyzer analyzer(reader.layout(), options);
//   reader.readTable(grid, analyzer);     // or read(chunk, sheetRow, analyzer)
//   InputSummary s = reader.summary();    // rows, rowsUsed, issues
#pragma once

#include "table/detect.h"
#include "table/reader.h"
#include "table/side_sheets.h"
