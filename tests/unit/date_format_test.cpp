// Dates as a document's language writes them: patterns learnt from what a
// formatter (in the office, LibreOffice's number formatter) writes, written
// and read back, with ISO always accepted on input.
#include "date_format.h"

#include <cstdio>
#include <string>

#include <gtest/gtest.h>

namespace cf::core {
namespace {

// Writes a date as LibreOffice would in the format `code`: DD, D, MM, M,
// YYYY and YY are fields, anything else is written as it stands.
std::function<std::string(const Date&)> officeLike(std::string code) {
  return [code](const Date& d) {
    std::string out;
    char buffer[16];
    for (std::size_t i = 0; i < code.size();) {
      auto field = [&](char letter) {
        std::size_t n = 0;
        while (i + n < code.size() && code[i + n] == letter) ++n;
        return n;
      };
      if (const std::size_t n = field('Y'); n > 0) {
        std::snprintf(buffer, sizeof buffer, n == 2 ? "%02d" : "%04d",
                      n == 2 ? d.year % 100 : d.year);
        i += n;
      } else if (const std::size_t n = field('M'); n > 0) {
        std::snprintf(buffer, sizeof buffer, n == 2 ? "%02d" : "%d", d.month);
        i += n;
      } else if (const std::size_t n = field('D'); n > 0) {
        std::snprintf(buffer, sizeof buffer, n == 2 ? "%02d" : "%d", d.day);
        i += n;
      } else {
        buffer[0] = code[i++];
        buffer[1] = '\0';
      }
      out += buffer;
    }
    return out;
  };
}

DateFormat fromCode(const char* code) {
  const std::optional<DateFormat> f = DateFormat::fromExamples(officeLike(code));
  EXPECT_TRUE(f.has_value()) << code;
  return f.value_or(DateFormat::iso());
}

TEST(DateFormat, IsoIsTheDefault) {
  const DateFormat iso = DateFormat::iso();
  EXPECT_TRUE(iso.isIso());
  EXPECT_EQ(iso.format({2024, 6, 1}), "2024-06-01");
  EXPECT_EQ(iso.parse(" 2024-06-01 "), (Date{2024, 6, 1}));
  EXPECT_FALSE(iso.parse("01.06.2024"));
}

TEST(DateFormat, GermanDocumentWritesDayMonthYearWithDots) {
  const DateFormat german = fromCode("DD.MM.YYYY");
  EXPECT_FALSE(german.isIso());
  EXPECT_EQ(german.format({2024, 6, 1}), "01.06.2024");
  EXPECT_EQ(german.parse("01.06.2024"), (Date{2024, 6, 1}));
  EXPECT_EQ(german.parse("1.6.2024"), (Date{2024, 6, 1}));
  EXPECT_EQ(german.parse("01. 06. 2024"), (Date{2024, 6, 1}));
  EXPECT_EQ(german.parse("2024-06-01"), (Date{2024, 6, 1})) << "ISO is always taken";
}

TEST(DateFormat, AmericanDocumentWritesMonthFirst) {
  const DateFormat us = fromCode("MM/DD/YYYY");
  EXPECT_EQ(us.format({2024, 6, 1}), "06/01/2024");
  EXPECT_EQ(us.parse("06/01/2024"), (Date{2024, 6, 1}));
  EXPECT_EQ(us.parse("6/1/2024"), (Date{2024, 6, 1}));
  EXPECT_EQ(us.parse("2024-06-01"), (Date{2024, 6, 1}));
}

TEST(DateFormat, RefusesWhatIsNotARealDateInThePattern) {
  const DateFormat german = fromCode("DD.MM.YYYY");
  EXPECT_FALSE(german.parse("31.02.2024"));
  EXPECT_FALSE(german.parse("1.6.24")) << "a two-digit year would guess the century";
  EXPECT_FALSE(german.parse("06/01/2024")) << "another language's separator";
  EXPECT_FALSE(german.parse("01.06.2024.5"));
  EXPECT_FALSE(german.parse("01.06"));
  EXPECT_FALSE(german.parse("heute"));
  EXPECT_FALSE(german.parse(""));
  EXPECT_FALSE(german.parse("001.06.2024"));
}

TEST(DateFormat, LearnsThePatternsOfOtherLocales) {
  // A short year is written in full all the same.
  EXPECT_EQ(fromCode("MM/DD/YY").format({2024, 6, 1}), "06/01/2024");
  EXPECT_EQ(fromCode("D/M/YYYY").format({2024, 6, 1}), "1/6/2024");
  EXPECT_EQ(fromCode("DD-MM-YYYY").format({2024, 6, 1}), "01-06-2024");
  EXPECT_EQ(fromCode("DD-MM-YYYY").parse("01-06-2024"), (Date{2024, 6, 1}));
  const DateFormat hungarian = fromCode("YYYY. MM. DD.");
  EXPECT_EQ(hungarian.format({2024, 6, 1}), "2024. 06. 01.");
  EXPECT_EQ(hungarian.parse("2024. 06. 01."), (Date{2024, 6, 1}));
  EXPECT_EQ(hungarian.parse("2024.6.1"), (Date{2024, 6, 1}));
  EXPECT_EQ(fromCode("YYYY年MM月DD日").format({2024, 6, 1}), "2024年06月01日");
}

TEST(DateFormat, RefusesWhatItCouldNotReadBack) {
  for (const char* code : {"MM/DD", "DDMMYYYY", "DD.DD.YYYY", "YYYY"})
    EXPECT_FALSE(DateFormat::fromExamples(officeLike(code))) << code;
  // Month names, another calendar's year, digits that are not ASCII, and a
  // formatter that writes each date differently.
  EXPECT_FALSE(DateFormat::fromExamples([](const Date& d) {
    return std::to_string(d.day) + ". November " + std::to_string(d.year);
  }));
  EXPECT_FALSE(DateFormat::fromExamples([](const Date& d) {
    return std::to_string(d.day) + "/" + std::to_string(d.month) + "/" +
           std::to_string(d.year + 543);
  }));
  EXPECT_FALSE(DateFormat::fromExamples([](const Date&) { return std::string("٢٢/١١/٢٠٣٣"); }));
  EXPECT_FALSE(DateFormat::fromExamples([](const Date& d) {
    return d.year == 2033 ? std::string("22.11.2033") : std::string("05/03/2004");
  }));
  EXPECT_FALSE(DateFormat::fromExamples([](const Date&) { return std::string(); }));
}

TEST(DateFormat, DayNumbersCountFromTheUnixEpoch) {
  EXPECT_EQ(dayNumber({1970, 1, 1}), 0);
  EXPECT_EQ(dayNumber({1969, 12, 31}), -1);
  EXPECT_EQ(dayNumber({2000, 3, 1}) - dayNumber({2000, 2, 28}), 2);
  // A spreadsheet serial: days from LibreOffice's null date, 1899-12-30.
  EXPECT_EQ(dayNumber({2027, 2, 13}) - dayNumber({1899, 12, 30}), 46431);
}

TEST(DateFormat, EveryDayOfALeapYearRoundTripsInEveryPattern) {
  for (const char* code : {"DD.MM.YYYY", "MM/DD/YYYY", "D/M/YYYY", "YYYY/MM/DD", "DD-MM-YYYY",
                           "YYYY. MM. DD.", "DD/MM/YY"}) {
    const DateFormat f = fromCode(code);
    for (int month = 1; month <= 12; ++month)
      for (int day = 1; day <= 31; ++day) {
        const std::optional<Date> d = parseDate(formatDate({2024, month, day}));
        if (!d) continue;
        EXPECT_EQ(f.parse(f.format(*d)), d) << code << " " << f.format(*d);
      }
  }
}

}  // namespace
}  // namespace cf::core
