#include "mapping.h"

#include "grid.h"
#include "messages.h"
#include "text.h"

namespace cf::core {
namespace {

struct KindName {
  ColumnKind kind;
  std::string_view name;
};

// One table serves both directions, so a new kind cannot get a name without
// also being parseable.
constexpr KindName kKindNames[] = {
    {ColumnKind::Ignore, "ignore"},
    {ColumnKind::Id, "id"},
    {ColumnKind::Group, "group"},
    {ColumnKind::Role, "role"},
    {ColumnKind::Importance, "importance"},
    {ColumnKind::Satisfaction, "satisfaction"},
    {ColumnKind::Outcome, "outcome"},
    {ColumnKind::Nps, "nps"},
    {ColumnKind::KanoFunctional, "kanoFunctional"},
    {ColumnKind::KanoDysfunctional, "kanoDysfunctional"},
    {ColumnKind::Comment, "comment"},
    {ColumnKind::Wave, "wave"},
};

}  // namespace

std::string_view columnKindName(ColumnKind kind) {
  for (const KindName& k : kKindNames)
    if (k.kind == kind) return k.name;
  return "ignore";
}

std::optional<ColumnKind> parseColumnKind(std::string_view name) {
  for (const KindName& k : kKindNames)
    if (k.name == name) return k.kind;
  return std::nullopt;
}

std::string_view crosshairName(Crosshair crosshair) {
  return crosshair == Crosshair::ScaleMidpoint ? "scaleMidpoint" : "dataMeans";
}

std::optional<Crosshair> parseCrosshair(std::string_view name) {
  if (name == "dataMeans") return Crosshair::DataMeans;
  if (name == "scaleMidpoint") return Crosshair::ScaleMidpoint;
  return std::nullopt;
}

const ColumnSpec* findColumn(const Mapping& mapping, std::size_t index) {
  for (const ColumnSpec& c : mapping.columns)
    if (c.index == index) return &c;
  return nullptr;
}

std::string clipText(std::string_view text, std::size_t maxBytes) {
  if (text.size() <= maxBytes) return sanitizeUtf8(text);
  std::size_t cut = maxBytes;
  // Step back over UTF-8 continuation bytes so a character is not split (which
  // would turn a readable letter into U+FFFD).
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return sanitizeUtf8(text.substr(0, cut)) + "\xE2\x80\xA6";
}

std::string describeColumn(std::size_t index, std::string_view header) {
  header = trim(header);
  if (header.empty()) return tr("place.column", {columnName(index)});
  return tr("place.columnHeader", {columnName(index), clipText(header, 60)});
}

}  // namespace cf::core
