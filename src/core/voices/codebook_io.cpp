#include "voices/codebook_io.h"

#include <cmath>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "json_text.h"
#include "messages.h"
#include "text.h"
#include "voices/tokenizer.h"

// Header names are compared folded (case and accents dropped, words joined
// by one space), so "Mots-clés", "mots cles" and "MOTS-CLÉS" are one name.

namespace cf::core {
namespace {

using Json = nlohmann::ordered_json;

enum class Column { Other, Theme, Keywords, Attribute };

Column columnOf(std::string_view header) {
  const std::string h = foldText(header);
  static const std::map<std::string, Column, std::less<>> names = {
      {"theme", Column::Theme},
      {"themes", Column::Theme},
      {"thema", Column::Theme},
      {"tema", Column::Theme},
      {"keywords", Column::Keywords},
      {"keyword", Column::Keywords},
      {"keywords or phrases", Column::Keywords},
      {"key words", Column::Keywords},
      {"schlusselworter", Column::Keywords},
      {"schlagworter", Column::Keywords},
      {"stichworter", Column::Keywords},
      {"suchbegriffe", Column::Keywords},
      {"mots cles", Column::Keywords},
      {"mot cle", Column::Keywords},
      {"palabras clave", Column::Keywords},
      {"palabra clave", Column::Keywords},
      {"attribute", Column::Attribute},
      {"merkmal", Column::Attribute},
      {"attribut", Column::Attribute},
      {"atributo", Column::Attribute},
  };
  const auto it = names.find(h);
  return it == names.end() ? Column::Other : it->second;
}

std::string cellText(const Grid& grid, std::size_t r, std::size_t c) {
  if (c >= grid.cols()) return {};
  const CellView cell = grid.at(r, c);
  // A sheet's cells are UTF-8; bytes that are not (a grid from elsewhere)
  // become U+FFFD here, as the JSON would write them, so that a theme reads
  // back the same after a round through JSON.
  if (cell.isText()) return sanitizeUtf8(trim(cell.text));
  if (cell.isNumber() && std::isfinite(cell.number)) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", cell.number);
    return buffer;
  }
  return {};
}

std::string rowWhere(std::size_t row) {
  return tr("codebook.where.row", {std::to_string(row + 1)});
}

// Adds `keyword` to `theme` unless it is already there; an error when it has no word.
std::optional<Error> addKeyword(CodebookTheme& theme, std::string_view keyword,
                                const std::string& where) {
  const std::string_view k = trim(keyword);
  if (k.empty()) return std::nullopt;
  if (foldText(k).empty())
    return Error{"codebook.bad-keyword", tr("codebook.error.badKeyword", {std::string(k)}), where};
  for (const std::string& existing : theme.keywords)
    if (existing == k) return std::nullopt;
  theme.keywords.emplace_back(k);
  return std::nullopt;
}

// Adds the theme of one row, merging with an earlier row of the same name.
std::optional<Error> addTheme(Codebook& book, std::string name, std::string_view keywords,
                              std::string attribute, const std::string& where) {
  name = std::string(trim(name));
  if (name.empty() && trim(keywords).empty()) return std::nullopt;
  if (name.empty()) name = std::string(trim(keywords.substr(0, keywords.find(';'))));
  const std::string key = foldText(name);
  CodebookTheme* theme = nullptr;
  for (CodebookTheme& t : book.themes)
    if (foldText(t.name) == key) theme = &t;
  if (theme == nullptr) {
    book.themes.push_back(CodebookTheme{name, {}, {}, "codebook"});
    theme = &book.themes.back();
  }
  if (theme->attribute.empty()) theme->attribute = std::string(trim(attribute));
  std::size_t start = 0;
  while (start <= keywords.size()) {
    const std::size_t semicolon = keywords.find(';', start);
    const std::size_t stop = semicolon == std::string_view::npos ? keywords.size() : semicolon;
    if (auto error = addKeyword(*theme, keywords.substr(start, stop - start), where)) return error;
    start = stop + 1;
  }
  return std::nullopt;
}

// A theme written without keywords is looked for by its own name, read as a
// keyword cell is (so "Wait; queue" is two keywords, and the codebook reads
// back the same from JSON, where keywords are joined by ';').
Result<Codebook> finishCodebook(Codebook book) {
  for (CodebookTheme& t : book.themes)
    if (t.keywords.empty()) {
      for (std::size_t start = 0; start <= t.name.size();) {
        const std::size_t semicolon = t.name.find(';', start);
        const std::size_t stop = semicolon == std::string::npos ? t.name.size() : semicolon;
        if (auto error = addKeyword(t, std::string_view(t.name).substr(start, stop - start), t.name))
          return *error;
        start = stop + 1;
      }
      if (t.keywords.empty())
        return Error{"codebook.bad-keyword", tr("codebook.error.badKeyword", {t.name}), t.name};
    }
  if (book.themes.empty()) return Error{"codebook.no-themes", tr("codebook.error.noThemes"), ""};
  return book;
}

// RFC 4180 fields; the delimiter is the first of tab, `;` and `,` on the header line.
Grid csvToGrid(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const std::string_view header = text.substr(0, text.find('\n'));
  char delimiter = ',';
  if (header.find('\t') != std::string_view::npos)
    delimiter = '\t';
  else if (header.find(';') != std::string_view::npos && header.find(',') == std::string_view::npos)
    delimiter = ';';
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool inQuotes = false;
  bool rowHasContent = false;
  auto endField = [&] {
    rows.back().push_back(std::move(field));
    field.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inQuotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        inQuotes = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      inQuotes = true;
      rowHasContent = true;
    } else if (c == delimiter) {
      endField();
      rowHasContent = true;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    } else if (c == '\n' || c == '\r') {
      endField();
      rows.emplace_back();
      rowHasContent = false;
    } else {
      field.push_back(c);
      rowHasContent = true;
    }
  }
  if (rowHasContent || !field.empty())
    endField();
  else
    rows.pop_back();
  std::size_t cols = 0;
  for (const auto& r : rows) cols = std::max(cols, r.size());
  Grid grid(rows.size(), cols);
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c)
      if (!rows[r][c].empty()) grid.setText(r, c, rows[r][c]);
  return grid;
}

std::string jsonPath(std::size_t index, std::string_view field) {
  return "themes[" + std::to_string(index) + "]" + (field.empty() ? "" : "." + std::string(field));
}

Error badField(const std::string& path, std::string_view expected) {
  return Error{"codebook.bad-field", tr("codebook.error.badField", {path, std::string(expected)}),
               path};
}

}  // namespace

CodebookColumns codebookColumns(const Grid& grid) {
  CodebookColumns found;
  for (std::size_t c = 0; grid.rows() > 0 && c < grid.cols(); ++c) {
    const CellView cell = grid.at(0, c);
    if (!cell.isText()) continue;
    switch (columnOf(cell.text)) {
      case Column::Theme:
        if (!found.theme) found.theme = c;
        break;
      case Column::Keywords:
        if (!found.keywords) found.keywords = c;
        break;
      case Column::Attribute:
        if (!found.attribute) found.attribute = c;
        break;
      case Column::Other:
        break;
    }
  }
  return found;
}

Result<Codebook> parseCodebookGrid(const Grid& grid) {
  if (grid.rows() == 0 || grid.cols() == 0)
    return Error{"codebook.empty", tr("codebook.error.empty"), ""};
  const auto [theme, keywords, attribute] = codebookColumns(grid);
  if (!theme)
    return Error{"codebook.no-theme-column", tr("codebook.error.noThemeColumn"), rowWhere(0)};
  if (!keywords)
    return Error{"codebook.no-keyword-column", tr("codebook.error.noKeywordColumn"), rowWhere(0)};
  Codebook book;
  for (std::size_t r = 1; r < grid.rows(); ++r) {
    const std::string kw = cellText(grid, r, *keywords);
    if (auto error =
            addTheme(book, cellText(grid, r, *theme), kw,
                     attribute ? cellText(grid, r, *attribute) : std::string(), rowWhere(r)))
      return *error;
  }
  return finishCodebook(std::move(book));
}

Result<Codebook> parseCodebookCsv(std::string_view text) {
  if (const std::size_t byte = firstBadUtf8Byte(text); byte != 0)
    return Error{"codebook.not-utf8", tr("codebook.error.notUtf8", {lineAndColumn(text, byte)}),
                 byteWhere(byte)};
  return parseCodebookGrid(csvToGrid(text));
}

Result<Codebook> parseCodebookJson(std::string_view text) {
  if (const std::size_t byte = firstBadUtf8Byte(text); byte != 0)
    return Error{"codebook.not-utf8", tr("codebook.error.notUtf8", {lineAndColumn(text, byte)}),
                 byteWhere(byte)};
  if (const std::size_t byte = firstByteDeeperThan(text, 16); byte != 0)
    return Error{"codebook.malformed-json", tr("codebook.error.json", {lineAndColumn(text, byte)}),
                 byteWhere(byte)};
  Json j;
  try {
    j = Json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::exception&) {
    return Error{"codebook.malformed-json", tr("codebook.error.json", {""}), ""};
  }
  const Json* themes = &j;
  if (j.is_object()) {
    if (j.contains("schemaVersion")) {
      const Json& v = j["schemaVersion"];
      if (!v.is_number()) return badField("schemaVersion", "1");
      if (v.get<double>() > 1.0)
        return Error{"codebook.newer-schema", tr("codebook.error.newerSchema"), "schemaVersion"};
    }
    if (!j.contains("themes")) return badField("themes", "[…]");
    themes = &j["themes"];
  }
  if (!themes->is_array()) return badField("themes", "[…]");
  Codebook book;
  for (std::size_t i = 0; i < themes->size(); ++i) {
    const Json& t = (*themes)[i];
    if (!t.is_object()) return badField(jsonPath(i, ""), "{…}");
    std::string name;
    const char* nameKey = t.contains("name") ? "name" : "theme";
    if (t.contains(nameKey)) {
      if (!t[nameKey].is_string()) return badField(jsonPath(i, nameKey), "text");
      name = t[nameKey].get<std::string>();
    }
    std::string attribute;
    if (t.contains("attribute") && !t["attribute"].is_null()) {
      if (!t["attribute"].is_string()) return badField(jsonPath(i, "attribute"), "text");
      attribute = t["attribute"].get<std::string>();
    }
    std::string keywords;
    if (t.contains("keywords")) {
      const Json& k = t["keywords"];
      if (k.is_string()) {
        keywords = k.get<std::string>();
      } else if (k.is_array()) {
        for (std::size_t n = 0; n < k.size(); ++n) {
          if (!k[n].is_string())
            return badField(jsonPath(i, "keywords[" + std::to_string(n) + "]"), "text");
          keywords += k[n].get<std::string>() + ";";
        }
      } else {
        return badField(jsonPath(i, "keywords"), "[…]");
      }
    }
    if (auto error = addTheme(book, name, keywords, attribute, jsonPath(i, "keywords")))
      return *error;
    if (t.contains("source") && t["source"] == "suggested") book.themes.back().source = "suggested";
  }
  return finishCodebook(std::move(book));
}

void to_json(nlohmann::json& j, const CodebookTheme& theme) {
  j = nlohmann::json{{"name", theme.name}, {"keywords", theme.keywords}, {"source", theme.source}};
  if (!theme.attribute.empty()) j["attribute"] = theme.attribute;
}

void to_json(nlohmann::json& j, const Codebook& codebook) {
  j = nlohmann::json{{"schemaVersion", 1}, {"themes", codebook.themes}};
}

std::string serializeCodebook(const Codebook& codebook) {
  const nlohmann::json j = codebook;
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace cf::core
