#include "voices/masking.h"

#include <gtest/gtest.h>

namespace cf::core {
namespace {

std::string mask(std::string_view text) { return maskPersonalData(text, NameList{}); }

TEST(Masking, MasksEmailAddresses) {
  EXPECT_EQ(mask("Write to anna.schmidt+survey@example.org, please."), "Write to [email], please.");
  EXPECT_EQ(mask("jean-luc@école.fr répond vite"), "[email] répond vite");
  EXPECT_EQ(mask("Ask @reception or me@home"), "Ask @reception or me@home");
}

TEST(Masking, MasksUrls) {
  EXPECT_EQ(mask("See https://clinic.example.com/form?id=12 for details."),
            "See [link] for details.");
  EXPECT_EQ(mask("Our page (www.ourcharity.org) is old"), "Our page ([link]) is old");
  EXPECT_EQ(mask("I found ourcharity.org/events useful"), "I found [link] useful");
  EXPECT_EQ(mask("e.g. the bus. Then home."), "e.g. the bus. Then home.");
}

TEST(Masking, MasksPhoneNumbers) {
  EXPECT_EQ(mask("Call me on +49 30 1234567."), "Call me on [phone].");
  EXPECT_EQ(mask("(030) 123-4567 any time"), "[phone] any time");
  EXPECT_EQ(mask("Mobile 0171/2345678!"), "Mobile [phone]!");
  EXPECT_EQ(mask("06 12 34 56 78"), "[phone]");
}

TEST(Masking, KeepsDatesAmountsAndShortNumbers) {
  EXPECT_EQ(mask("On 12.03.2024 I waited 45 minutes"), "On 12.03.2024 I waited 45 minutes");
  EXPECT_EQ(mask("Since 2019-2024 and on 2024-03-15"), "Since 2019-2024 and on 2024-03-15");
  EXPECT_EQ(mask("It cost 120 euros, room 12"), "It cost 120 euros, room 12");
}

TEST(Masking, MasksNamesFromTheNameColumn) {
  NameList names;
  names.add("Anna Schmidt");
  names.add("Will Turner");
  names.add("José Pérez");
  EXPECT_EQ(maskPersonalData("Anna Schmidt helped me a lot", names), "[name] helped me a lot");
  EXPECT_EQ(maskPersonalData("ask for anna schmidt at the desk", names),
            "ask for [name] at the desk");
  EXPECT_EQ(maskPersonalData("Dr Schmidt was kind", names), "Dr [name] was kind");
  // A name that is also a word is masked only where it is written as a name.
  EXPECT_EQ(maskPersonalData("Will was great and I will come back", names),
            "[name] was great and I will come back");
  // Accents do not matter.
  EXPECT_EQ(maskPersonalData("Jose Perez called", names), "[name] called");
}

TEST(Masking, MasksEverythingInOneText) {
  NameList names;
  names.add("Maria");
  EXPECT_EQ(maskPersonalData("Maria (maria@x.org, 0151 23456789) wrote on www.x.org", names),
            "[name] ([email], [phone]) wrote on [link]");
}

}  // namespace
}  // namespace cf::core
