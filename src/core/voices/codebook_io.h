// Reading a codebook from what a person writes: a grid of cells (a `Themes`
// sheet), CSV text or JSON; and writing one as JSON.
//
// The grid and the CSV have a header row naming the columns, in English,
// German, French or Spanish: Theme (Thema, Thème, Tema), Keywords
// (Schlüsselwörter, Mots-clés, Palabras clave) and the optional Attribute
// (Merkmal, Attribut, Atributo). Keywords are separated by `;`. JSON is
//   {"schemaVersion": 1, "themes": [{"name": "Waiting", "keywords": ["wait*", "queue"],
//                                    "attribute": "Waiting time"}]}
// where keywords may also be one string separated by `;`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "grid.h"
#include "result.h"
#include "voices/codebook.h"

namespace cf::core {

// Error codes: "codebook.empty" (no header row), "codebook.no-theme-column",
// "codebook.no-keyword-column", "codebook.bad-keyword" (a keyword with no
// letter or digit; `where` names the row), "codebook.no-themes".
// Rows with neither theme nor keywords are skipped; a theme without
// keywords is looked for by its own name; rows of the same theme are merged.
Result<Codebook> parseCodebookGrid(const Grid& grid);
// Where the header row (row 0) of `grid` has the codebook's columns: the first
// of each name, in any order; nullopt for a column it does not name.
struct CodebookColumns {
  std::optional<std::size_t> theme, keywords, attribute;
};
CodebookColumns codebookColumns(const Grid& grid);
// CSV with `,`, `;` or tab (the one of the header line), quotes as RFC 4180,
// with or without a UTF-8 byte-order mark. Errors as parseCodebookGrid, and
// "codebook.not-utf8".
Result<Codebook> parseCodebookCsv(std::string_view text);
// Errors: "codebook.malformed-json", "codebook.newer-schema", "codebook.bad-field"
// (`where` is the JSON path), and those of parseCodebookGrid.
Result<Codebook> parseCodebookJson(std::string_view text);

void to_json(nlohmann::json& j, const CodebookTheme& theme);
void to_json(nlohmann::json& j, const Codebook& codebook);
// The codebook as a JSON document that parseCodebookJson reads back.
std::string serializeCodebook(const Codebook& codebook);

}  // namespace cf::core
