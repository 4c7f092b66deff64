// How a person reads and writes a date: the order of day, month and year and
// what stands between them, as a document's language has it. The pattern is
// learnt from LibreOffice itself: src/uno hands in a function that formats a
// date with the document's number formatter, and core reads the pattern off
// two sample dates, then writes and reads dates in it. The stored model keeps
// ISO dates (YYYY-MM-DD), and ISO input is always taken.
//
//   DateFormat german = DateFormat::fromExamples(officeFormats).value();
//   german.format({2024, 6, 1});    // "01.06.2024"
//   german.parse("1.6.2024");       // Date{2024, 6, 1}
//   german.parse("2024-06-01");     // Date{2024, 6, 1}
#pragma once

#include "model.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace cf::core {

class DateFormat {
 public:
  // YYYY-MM-DD: what core writes when it is told nothing else (cfocus, the
  // unit tests, a document whose locale has no usable pattern).
  static DateFormat iso() { return DateFormat(); }

  // The pattern `render` writes dates in, read off what it makes of
  // 2033-11-22 and 2004-03-05: three runs of ASCII digits (day, month, a
  // year of two or four digits) with the same text around them in both.
  // nullopt for anything else (month names, weekdays, other digits), which
  // a caller answers with iso(). A two-digit year is written with four
  // digits all the same, so that what we write reads back to its century.
  static std::optional<DateFormat> fromExamples(
      const std::function<std::string(const Date&)>& render);

  // "01.06.2024".
  std::string format(const Date& date) const;
  // The date in `text` written in this pattern (one or two digits for day and
  // month, four for the year, blanks around the separators allowed) or as
  // ISO YYYY-MM-DD; nullopt for anything else, including 31.02.2024.
  std::optional<Date> parse(std::string_view text) const;

  bool isIso() const { return iso_; }

 private:
  enum class Field { Day, Month, Year };
  struct Part {
    Field field = Field::Year;
    bool padded = true;  // DD, MM: a leading zero
  };

  DateFormat();

  bool iso_ = true;
  std::array<Part, 3> parts_;
  // Text before the first field, between the fields, and after the last.
  std::array<std::string, 4> literals_;
};

// Days from 1970-01-01 to `date` (negative before it), for turning a date
// into a spreadsheet's serial number.
std::int64_t dayNumber(const Date& date);

// Today on this computer's calendar, as YYYY-MM-DD: the focus checks' and
// the survey update's "today".
std::string localToday();

}  // namespace cf::core
