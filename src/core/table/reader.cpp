#include "table/reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>

#include "messages.h"
#include "table/common.h"
#include "table/labels.h"
#include "table/layouts.h"
#include "text.h"

namespace cf::core {

using namespace detail;

// ===========================================================================
// TableReader

TableReader::TableReader(const Mapping& mapping, ReaderOptions options)
    : firstDataRow_(mapping.firstDataRow()),
      decimalComma_(mapping.decimalComma),
      maxIssues_(options.maxIssues),
      otherGroupsRole_(options.otherGroupsRole) {
  for (double v : mapping.notApplicable)
    if (std::isfinite(v)) notApplicableNumbers_.push_back(v);
  for (const std::string& t : mapping.notApplicableText)
    if (!trim(t).empty()) notApplicableText_.push_back(foldedKey(t));
  for (const auto& [name, role] : mapping.groupRoles)
    mappingRoles_.push_back({foldedKey(name), role});
  for (const auto& [name, role] : options.registerRoles)
    registerRoles_.push_back({foldedKey(name), role});
  for (std::size_t i = 0; i < kKanoWordCount; ++i)
    kanoLabels_.push_back({std::string(kKanoWords[i].text), kKanoWords[i].answer});

  std::vector<const ColumnSpec*> specs;
  for (const ColumnSpec& s : mapping.columns) specs.push_back(&s);
  // Column order keeps the row loop walking forward through memory.
  std::stable_sort(specs.begin(), specs.end(),
                   [](const ColumnSpec* a, const ColumnSpec* b) { return a->index < b->index; });

  auto slotFor = [&](const ColumnSpec& s, std::size_t target) {
    Slot slot;
    slot.column = s.index;
    slot.kind = s.kind;
    slot.target = target;
    slot.scale = s.scale;
    slot.letter = s.index == kNoColumn ? "?" : columnName(options.firstSheetColumn + s.index);
    slot.stats.index = s.index;
    for (const ValueLabel& l : s.labels)
      if (!trim(l.text).empty())
        slot.labels.push_back({foldedKey(l.text), l.notApplicable ? kMissing : l.value});
    return slot;
  };
  auto nameOf = [](const ColumnSpec& s) {
    return clipText(trim(s.attribute.empty() ? s.header : s.attribute), kAttributeBytes);
  };

  bool haveGroup = false, haveRole = false, haveOutcome = false;
  struct KanoSide {
    std::string name;
    const ColumnSpec* functional = nullptr;
    const ColumnSpec* dysfunctional = nullptr;
  };
  std::vector<KanoSide> kano;
  std::unordered_map<std::string, std::size_t> kanoIndex, attributeIndex;

  for (const ColumnSpec* sp : specs) {
    const ColumnSpec& s = *sp;
    switch (s.kind) {
      case ColumnKind::Ignore:
        if (s.index != kNoColumn && nameColumns_.size() < 3 && isPersonNameHeader(s.header))
          nameColumns_.push_back(s.index);
        break;
      case ColumnKind::Id:
      case ColumnKind::Wave:  // which table the row belongs to (waves/split.h), not an answer
        break;
      case ColumnKind::Comment:
        if (s.index == kNoColumn) break;
        commentColumns_.push_back(s.index);
        layout_.commentColumns.push_back(clipText(trim(s.header), kHeaderBytes));
        break;
      case ColumnKind::Group:
        if (!haveGroup) slots_.push_back(slotFor(s, 0));
        haveGroup = true;
        break;
      case ColumnKind::Role:
        if (!haveRole) slots_.push_back(slotFor(s, 0));
        haveRole = true;
        break;
      case ColumnKind::Outcome: {
        if (haveOutcome) break;
        haveOutcome = true;
        Slot slot = slotFor(s, 0);
        layout_.outcomeName =
            clipText(trim(s.header.empty() ? s.attribute : s.header), kHeaderBytes);
        if (s.isTwoLabelOutcome()) {
          layout_.outcome = OutcomeKind::TwoLabel;
          layout_.outcomeLabels[0] = clipText(trim(s.negativeLabel), kHeaderBytes);
          layout_.outcomeLabels[1] = clipText(trim(s.positiveLabel), kHeaderBytes);
          slot.negativeFolded = foldedKey(s.negativeLabel);
          slot.positiveFolded = foldedKey(s.positiveLabel);
          slot.negativeExact = std::string(trim(s.negativeLabel));
          slot.positiveExact = std::string(trim(s.positiveLabel));
        } else {
          layout_.outcome = OutcomeKind::Numeric;
          layout_.outcomeScale = s.scale;
        }
        slots_.push_back(std::move(slot));
        break;
      }
      case ColumnKind::Nps: {
        if (layout_.hasNps) break;
        layout_.hasNps = true;
        Slot slot = slotFor(s, 0);
        slot.scale = Scale{0, 10};
        slot.numericNotApplicable = false;
        slot.wholeNumbers = true;
        slots_.push_back(std::move(slot));
        break;
      }
      case ColumnKind::Importance:
      case ColumnKind::Satisfaction: {
        const std::string name = nameOf(s);
        const auto [at, added] =
            attributeIndex.try_emplace(foldCase(name), layout_.attributes.size());
        const std::size_t i = at->second;
        if (added) {
          layout_.attributes.push_back(name);
          layout_.hasImportance.push_back(false);
          layout_.hasSatisfaction.push_back(false);
          layout_.importanceScale.push_back(s.scale);
          layout_.satisfactionScale.push_back(s.scale);
        }
        const bool imp = s.kind == ColumnKind::Importance;
        if (imp ? layout_.hasImportance[i] : layout_.hasSatisfaction[i]) break;  // a repeat
        (imp ? layout_.hasImportance : layout_.hasSatisfaction)[i] = true;
        (imp ? layout_.importanceScale : layout_.satisfactionScale)[i] = s.scale;
        slots_.push_back(slotFor(s, i));
        break;
      }
      case ColumnKind::KanoFunctional:
      case ColumnKind::KanoDysfunctional: {
        const std::string name = nameOf(s);
        const auto [at, added] = kanoIndex.try_emplace(foldCase(name), kano.size());
        if (added) kano.push_back(KanoSide{name});
        KanoSide* it = &kano[at->second];
        const ColumnSpec*& side =
            s.kind == ColumnKind::KanoFunctional ? it->functional : it->dysfunctional;
        if (!side) side = &s;
        break;
      }
    }
  }
  // Only complete pairs: one side alone cannot place an attribute in a Kano
  // category, and detection has already said so.
  for (const KanoSide& k : kano) {
    if (!k.functional || !k.dysfunctional) continue;
    const std::size_t target = layout_.kanoAttributes.size();
    layout_.kanoAttributes.push_back(k.name);
    slots_.push_back(slotFor(*k.functional, target));
    slots_.push_back(slotFor(*k.dysfunctional, target));
  }
  std::stable_sort(slots_.begin(), slots_.end(),
                   [](const Slot& a, const Slot& b) { return a.column < b.column; });

  importance_.assign(layout_.attributes.size(), kMissing);
  satisfaction_.assign(layout_.attributes.size(), kMissing);
  kanoFunctional_.assign(layout_.kanoAttributes.size(), KanoAnswer::None);
  kanoDysfunctional_.assign(layout_.kanoAttributes.size(), KanoAnswer::None);
  comments_.assign(commentColumns_.size(), std::string_view());
  groupBuffer_.reserve(64);
}

bool TableReader::countIssue(Slot& slot) {
  ++issueCount_;
  ++slot.stats.unusable;
  return issues_.size() < maxIssues_;
}

void TableReader::keepIssue(const Slot& slot, std::size_t sheetRow, std::string problem) {
  issues_.push_back(InputIssue{sheetRow, slot.letter, std::move(problem)});
}

void TableReader::countBlank(Slot& slot, std::size_t sheetRow, std::string_view problem) {
  ++blank_;
  ++slot.stats.blank;
  ++issueCount_;
  if (issues_.size() < maxIssues_) keepIssue(slot, sheetRow, std::string(problem));
}

bool TableReader::isNotApplicableText(std::string_view text) const {
  return isTextCode(notApplicableText_, text);
}

double TableReader::readNumber(const CellView& cell, Slot& slot, std::size_t sheetRow) {
  switch (cell.kind) {
    case CellKind::Empty:
      countBlank(slot, sheetRow, "blank cell");
      return kMissing;
    case CellKind::Number: {
      const double v = cell.number;
      if (!std::isfinite(v)) {
        if (countIssue(slot)) keepIssue(slot, sheetRow, "not a finite number");
        return kMissing;
      }
      if (isNotApplicable(v) && (slot.numericNotApplicable || !slot.scale.contains(v))) {
        ++notApplicable_;
        ++slot.stats.notApplicable;
        return kMissing;
      }
      if (!slot.scale.contains(v)) {
        countOffScale(slot, v);
        if (countIssue(slot))
          keepIssue(slot, sheetRow,
                    formatNumber(v) + " is off the scale " + formatScale(slot.scale));
        return kMissing;
      }
      if (slot.wholeNumbers && std::floor(v) != v) {
        if (countIssue(slot))
          keepIssue(
              slot, sheetRow,
              formatNumber(v) + " is not a whole number on the scale " + formatScale(slot.scale));
        return kMissing;
      }
      ++slot.stats.used;
      return v;
    }
    case CellKind::Text: {
      const std::string_view t = trim(cell.text);
      if (t.empty()) {
        countBlank(slot, sheetRow, "blank cell");
        return kMissing;
      }
      return readTextValue(t, slot, sheetRow);
    }
  }
  return kMissing;
}

void TableReader::countUnknownText(Slot& slot, std::string_view t) {
  constexpr std::size_t kKeptTexts = 8;
  for (ColumnStats::Text& k : slot.stats.unknownTexts)
    if (k.text == t) {
      ++k.count;
      return;
    }
  if (slot.stats.unknownTexts.size() < kKeptTexts)
    slot.stats.unknownTexts.push_back({clipText(t, kQuoteBytes), 1});
  else
    ++slot.stats.otherTexts;
}

void TableReader::countOffScale(Slot& slot, double v) {
  constexpr std::size_t kKeptValues = 8;
  ++slot.stats.offScale;
  for (auto& [value, count] : slot.stats.offScaleValues)
    if (value == v) {
      ++count;
      return;
    }
  if (slot.stats.offScaleValues.size() < kKeptValues) slot.stats.offScaleValues.push_back({v, 1});
}

double TableReader::readTextValue(std::string_view t, Slot& slot, std::size_t sheetRow) {
  for (const auto& [folded, value] : slot.labels) {
    if (!equalsFolded(t, folded)) continue;
    if (isMissing(value)) {
      ++notApplicable_;
      ++slot.stats.notApplicable;
      return kMissing;
    }
    ++slot.stats.used;
    return value;
  }
  if (isNotApplicableText(t)) {
    ++notApplicable_;
    ++slot.stats.notApplicable;
    return kMissing;
  }
  if (std::optional<double> v = numberInText(t, decimalComma_)) {
    CellView number;
    number.kind = CellKind::Number;
    number.number = *v;
    return readNumber(number, slot, sheetRow);
  }
  countUnknownText(slot, t);
  if (countIssue(slot)) keepIssue(slot, sheetRow, "text in a numeric column: " + quoted(t));
  return kMissing;
}

double TableReader::readLabel(const CellView& cell, Slot& slot, std::size_t sheetRow) {
  switch (cell.kind) {
    case CellKind::Empty:
      countBlank(slot, sheetRow, "blank cell");
      return kMissing;
    case CellKind::Number:
      if (std::isfinite(cell.number) && isNotApplicable(cell.number)) {
        ++notApplicable_;
        ++slot.stats.notApplicable;
        return kMissing;
      }
      if (countIssue(slot))
        keepIssue(
            slot, sheetRow,
            "a number (" + formatNumber(cell.number) + ") where an outcome label was expected");
      return kMissing;
    case CellKind::Text: {
      const std::string_view t = trim(cell.text);
      if (t.empty()) {
        countBlank(slot, sheetRow, "blank cell");
        return kMissing;
      }
      // The labels as detected match exactly almost always; folding is for
      // the odd "Satisfied" among "satisfied".
      if (t == slot.positiveExact) {
        ++slot.stats.used;
        return 1.0;
      }
      if (t == slot.negativeExact) {
        ++slot.stats.used;
        return 0.0;
      }
      if (!slot.positiveFolded.empty() && equalsFolded(t, slot.positiveFolded)) {
        ++slot.stats.used;
        return 1.0;
      }
      if (!slot.negativeFolded.empty() && equalsFolded(t, slot.negativeFolded)) {
        ++slot.stats.used;
        return 0.0;
      }
      if (isNotApplicableText(t)) {
        ++notApplicable_;
        ++slot.stats.notApplicable;
        return kMissing;
      }
      if (countIssue(slot))
        keepIssue(slot, sheetRow,
                  quoted(t) + " is neither outcome label (" + quoted(layout_.outcomeLabels[1]) +
                      " or " + quoted(layout_.outcomeLabels[0]) + ")");
      return kMissing;
    }
  }
  return kMissing;
}

KanoAnswer TableReader::readKano(const CellView& cell, Slot& slot, std::size_t sheetRow) {
  switch (cell.kind) {
    case CellKind::Empty:
      countBlank(slot, sheetRow, "blank cell");
      return KanoAnswer::None;
    case CellKind::Number: {
      const double v = cell.number;
      if (std::isfinite(v) && isNotApplicable(v)) {
        ++notApplicable_;
        ++slot.stats.notApplicable;
        return KanoAnswer::None;
      }
      // The usual coding of the answer form: 1 like … 5 dislike.
      if (v == 1) return ++slot.stats.used, KanoAnswer::Like;
      if (v == 2) return ++slot.stats.used, KanoAnswer::Expect;
      if (v == 3) return ++slot.stats.used, KanoAnswer::Neutral;
      if (v == 4) return ++slot.stats.used, KanoAnswer::LiveWith;
      if (v == 5) return ++slot.stats.used, KanoAnswer::Dislike;
      if (countIssue(slot))
        keepIssue(slot, sheetRow,
                  "Kano code " + formatNumber(v) +
                      " is not one of 1\xE2\x80\x93"
                      "5");
      return KanoAnswer::None;
    }
    case CellKind::Text: {
      const std::string_view t = cellLabel(cell);
      if (t.empty()) {
        countBlank(slot, sheetRow, "blank cell");
        return KanoAnswer::None;
      }
      for (const Label& l : kanoLabels_) {
        if (equalsFolded(t, l.folded)) {
          ++slot.stats.used;
          return l.answer;
        }
      }
      if (isNotApplicableText(trim(cell.text))) {
        ++notApplicable_;
        ++slot.stats.notApplicable;
        return KanoAnswer::None;
      }
      if (countIssue(slot))
        keepIssue(slot, sheetRow, "unknown Kano answer: " + quoted(trim(cell.text)));
      return KanoAnswer::None;
    }
  }
  return KanoAnswer::None;
}

std::string_view TableReader::readGroup(const CellView& cell, Slot& slot, std::size_t sheetRow) {
  if (cell.isNumber()) {
    if (!std::isfinite(cell.number)) {
      if (countIssue(slot)) keepIssue(slot, sheetRow, "not a finite number");
      return {};
    }
    // Groups coded as numbers (1, 2, 3) are named by the number.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, cell.number);
    groupBuffer_.assign(buf, res.ptr);
    ++slot.stats.used;
    return groupBuffer_;
  }
  const std::string_view t = cell.isText() ? trim(cell.text) : std::string_view{};
  if (t.empty()) {
    countBlank(slot, sheetRow, "no group");
    return {};
  }
  ++slot.stats.used;
  bool ascii = true;
  for (char ch : t) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
  if (ascii || isValidUtf8(t)) return t;
  // Group names end up in result sheets and JSON, which need valid UTF-8.
  groupBuffer_ = sanitizeUtf8(t);
  return groupBuffer_;
}

Role TableReader::readRole(const CellView& cell, Slot& slot, std::size_t sheetRow) {
  if (cell.isEmpty()) return Role::Unknown;
  if (cell.isNumber()) {
    if (countIssue(slot))
      keepIssue(
          slot, sheetRow,
          "a number (" + formatNumber(cell.number) + ") where primary or supporting was expected");
    return Role::Unknown;
  }
  const std::string_view t = trim(cell.text);
  if (t.empty()) return Role::Unknown;
  // parseRole folds into a std::string; a short word stays in the small-string
  // buffer, so only text too long to be a role skips it.
  const Role role = t.size() <= 10 ? parseRole(t) : Role::Unknown;
  if (role != Role::Unknown) {
    ++slot.stats.used;
    return role;
  }
  if (equalsFolded(t, "unknown")) return Role::Unknown;
  if (countIssue(slot))
    keepIssue(slot, sheetRow, "unknown role: " + quoted(t) + " (expected primary or supporting)");
  return Role::Unknown;
}

Role TableReader::roleOfGroup(std::string_view group, Role fromColumn) const {
  if (!group.empty())
    for (const RoleEntry& e : mappingRoles_)
      if (equalsFolded(group, e.folded)) return e.role;
  if (fromColumn != Role::Unknown) return fromColumn;
  if (!group.empty())
    for (const RoleEntry& e : registerRoles_)
      if (equalsFolded(group, e.folded)) return e.role;
  return group.empty() ? Role::Unknown : otherGroupsRole_;
}

void TableReader::read(const Grid& rows, std::size_t firstSheetRow, ResponseSink& sink,
                       std::size_t skipRows) {
  const std::size_t cols = rows.cols();
  const std::size_t nAttr = importance_.size();
  const std::size_t nKano = kanoFunctional_.size();
  Response response;
  for (std::size_t r = skipRows; r < rows.rows(); ++r) {
    // Only a cell that holds something makes a row; a data region often ends
    // in blank rows, and whole-column selections in a million of them.
    bool any = false;
    for (std::size_t c = 0; c < cols && !any; ++c) {
      const CellView cell = rows.at(r, c);
      any = cell.isNumber() || (cell.isText() && !trim(cell.text).empty());
    }
    if (!any) continue;
    ++rows_;
    const std::size_t sheetRow = firstSheetRow + r;

    std::fill_n(importance_.data(), nAttr, kMissing);
    std::fill_n(satisfaction_.data(), nAttr, kMissing);
    std::fill_n(kanoFunctional_.data(), nKano, KanoAnswer::None);
    std::fill_n(kanoDysfunctional_.data(), nKano, KanoAnswer::None);
    response.row = sheetRow;
    response.group = {};
    response.outcome = kMissing;
    response.nps = kMissing;
    response.importance = importance_.data();
    response.satisfaction = satisfaction_.data();
    response.kanoFunctional = kanoFunctional_.data();
    response.kanoDysfunctional = kanoDysfunctional_.data();
    Role fromColumn = Role::Unknown;
    bool used = false;

    for (Slot& slot : slots_) {
      const CellView cell = slot.column < cols ? rows.at(r, slot.column) : CellView{};
      switch (slot.kind) {
        case ColumnKind::Importance:
        case ColumnKind::Satisfaction: {
          // Nearly every item cell is a rating on the scale: take it here and
          // leave blanks, codes, text and odd numbers to readNumber.
          double v;
          if (cell.kind == CellKind::Number && slot.scale.contains(cell.number) &&
              !isNotApplicable(cell.number)) {
            v = cell.number;
            ++slot.stats.used;
          } else {
            v = readNumber(cell, slot, sheetRow);
          }
          (slot.kind == ColumnKind::Importance ? importance_ : satisfaction_)[slot.target] = v;
          used |= !isMissing(v);
          break;
        }
        case ColumnKind::Outcome:
          response.outcome = layout_.outcome == OutcomeKind::TwoLabel
                                 ? readLabel(cell, slot, sheetRow)
                                 : readNumber(cell, slot, sheetRow);
          used |= !isMissing(response.outcome);
          break;
        case ColumnKind::Nps:
          response.nps = readNumber(cell, slot, sheetRow);
          used |= !isMissing(response.nps);
          break;
        case ColumnKind::KanoFunctional:
          kanoFunctional_[slot.target] = readKano(cell, slot, sheetRow);
          used |= kanoFunctional_[slot.target] != KanoAnswer::None;
          break;
        case ColumnKind::KanoDysfunctional:
          kanoDysfunctional_[slot.target] = readKano(cell, slot, sheetRow);
          used |= kanoDysfunctional_[slot.target] != KanoAnswer::None;
          break;
        case ColumnKind::Group:
          response.group = readGroup(cell, slot, sheetRow);
          break;
        case ColumnKind::Role:
          fromColumn = readRole(cell, slot, sheetRow);
          break;
        case ColumnKind::Ignore:
        case ColumnKind::Id:
        case ColumnKind::Comment:
        case ColumnKind::Wave:
          break;
      }
    }
    // What customers wrote, and who they are, for the voices (a comment
    // alone does not make a row used: it rates nothing).
    for (std::size_t i = 0; i < commentColumns_.size(); ++i) {
      const CellView cell = commentColumns_[i] < cols ? rows.at(r, commentColumns_[i]) : CellView{};
      comments_[i] = cell.isText() ? trim(cell.text) : std::string_view();
    }
    response.comments = comments_;
    nameBuffer_.clear();
    for (std::size_t c : nameColumns_) {
      const CellView cell = c < cols ? rows.at(r, c) : CellView{};
      if (!cell.isText() || trim(cell.text).empty()) continue;
      if (!nameBuffer_.empty()) nameBuffer_ += ' ';
      nameBuffer_ += trim(cell.text);
    }
    response.name = nameBuffer_;
    response.role = roleOfGroup(response.group, fromColumn);
    if (used) ++rowsUsed_;
    sink.add(response);
  }
}

void TableReader::readTable(const Grid& table, ResponseSink& sink, std::size_t firstSheetRow) {
  read(table, firstSheetRow, sink, firstDataRow_);
}

InputSummary TableReader::summary() const {
  InputSummary s;
  s.rows = rows_;
  s.rowsUsed = rowsUsed_;
  s.issueCount = issueCount_;
  s.issues = issues_;
  return s;
}

std::vector<ColumnStats> TableReader::columnStats() const {
  std::vector<ColumnStats> stats;
  stats.reserve(slots_.size());
  for (const Slot& s : slots_) stats.push_back(s.stats);
  return stats;
}

}  // namespace cf::core
