// Grid: a rectangle of spreadsheet cells (number, text or empty), as one
// getDataArray call returns them. It is how core sees a feedback table.
//
// Text is kept in one arena so that filling a grid of a million rows does not
// allocate per cell.
//
//   Grid g(2, 3);
//   g.setText(0, 0, "Group");
//   g.setNumber(1, 1, 4.0);
//   if (g.at(1, 1).isNumber()) use(g.at(1, 1).number);
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cf::core {

enum class CellKind : std::uint8_t { Empty, Number, Text };

// A read-only view of one cell; `text` points into the grid and lives as long
// as the grid is unchanged.
struct CellView {
  CellKind kind = CellKind::Empty;
  double number = 0.0;
  std::string_view text;

  bool isEmpty() const { return kind == CellKind::Empty; }
  bool isNumber() const { return kind == CellKind::Number; }
  bool isText() const { return kind == CellKind::Text; }
};

class Grid {
 public:
  Grid() = default;
  Grid(std::size_t rows, std::size_t cols) : rows_(rows), cols_(cols), slots_(rows * cols) {}

  std::size_t rows() const { return rows_; }
  std::size_t cols() const { return cols_; }

  void setNumber(std::size_t r, std::size_t c, double value) {
    Slot& s = slot(r, c);
    s.kind = CellKind::Number;
    s.number = value;
  }
  // Text is copied into the grid. An empty string is stored as text (a cell
  // that holds "" is not the same as a blank cell in Calc).
  void setText(std::size_t r, std::size_t c, std::string_view text) {
    Slot& s = slot(r, c);
    s.kind = CellKind::Text;
    s.offset = arena_.size();
    s.length = text.size();
    arena_.append(text);
  }
  void setEmpty(std::size_t r, std::size_t c) { slot(r, c) = Slot{}; }

  CellView at(std::size_t r, std::size_t c) const {
    const Slot& s = slots_[index(r, c)];
    CellView v;
    v.kind = s.kind;
    if (s.kind == CellKind::Number) v.number = s.number;
    if (s.kind == CellKind::Text) v.text = std::string_view(arena_).substr(s.offset, s.length);
    return v;
  }

  // Reserve text storage when the caller knows roughly how much is coming.
  void reserveText(std::size_t bytes) { arena_.reserve(bytes); }

  // Row `fromRow` of `from` into row `toRow`, column by column (as many as
  // both have); the text is copied into this grid.
  void copyRow(const Grid& from, std::size_t fromRow, std::size_t toRow) {
    for (std::size_t c = 0; c < from.cols() && c < cols_; ++c) {
      const CellView cell = from.at(fromRow, c);
      if (cell.isNumber())
        setNumber(toRow, c, cell.number);
      else if (cell.isText())
        setText(toRow, c, cell.text);
      else
        setEmpty(toRow, c);
    }
  }

 private:
  struct Slot {
    CellKind kind = CellKind::Empty;
    double number = 0.0;
    std::size_t offset = 0;
    std::size_t length = 0;
  };

  std::size_t index(std::size_t r, std::size_t c) const {
    assert(r < rows_ && c < cols_ && "cell outside the grid");
    return r * cols_ + c;
  }
  Slot& slot(std::size_t r, std::size_t c) { return slots_[index(r, c)]; }

  std::size_t rows_ = 0;
  std::size_t cols_ = 0;
  std::vector<Slot> slots_;
  std::string arena_;
};

// "A", "B", …, "Z", "AA": the column letter a spreadsheet user sees.
std::string columnName(std::size_t col);

}  // namespace cf::core
