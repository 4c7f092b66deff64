// 200 builds of the value matrix in one office session, as a person who
// rebuilds after every change would do in a long day: every build must
// succeed, replace its own sheets rather than add more, and leave the
// office's memory and open files bounded. The figures are printed so that a
// change in them shows in the CI log.
#include "document_state.h"

#include <com/sun/star/container/XNamed.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

constexpr int kBuilds = 200;
constexpr int kWarmUp = 20;
// Measured on Debian 12 with LibreOffice 7.4 (the test prints its figures):
// RSS about 167 MiB after build 1, 208-248 after build 20 and 348-692 after
// build 200, that is 140-452 MiB of growth from build 20 to 200 and 0.4-2
// MiB a build once the undo stack is full; open descriptors and sheets stay
// flat. The spread between runs is wide and follows the machine's load. The
// growth is LibreOffice's own: a chart object that goes with its sheet is
// stored into the embedded object container's temporary storage, in case an
// undo brings it back, and that copy stays until the document closes, even
// once the undo stack has dropped it or has been cleared. A plain-UNO loop
// that replaces three sheets with a chart each grows 1.6-2.3 MiB an
// iteration, with or without undo; without the charts it stays flat, and
// charts replaced on sheets that stay cost 0.06 MiB each. A plateau needs the
// output sheets and charts kept and updated in place, which one undo could
// not then restore. A rebuild whose sheets would look the same now updates
// their numbers in place and keeps its charts (calc_output.h); one that
// changes their looks still replaces them. The bounds catch it getting
// worse than measured.
constexpr double kMaxGrowthMiB = 560;
constexpr double kMaxSteadyGrowthPerBuildMiB = 2.6;
constexpr std::size_t kMaxDescriptorGrowth = 8;

// A 300-respondent survey: two groups, five attributes. Each build draws
// three sheets and three charts (All, Families, Volunteers).
Cells survey() {
  std::vector<std::vector<Any>> rows;
  const std::vector<std::string> attributes = {"Speed", "Price", "Friendliness", "Clarity", "Wifi"};
  std::vector<Any> header = {str("Group")};
  for (const std::string& a : attributes) {
    header.push_back(str("Importance: " + a));
    header.push_back(str("Satisfaction: " + a));
  }
  rows.push_back(header);
  std::mt19937 random(42);
  const std::vector<std::string> groups = {"Families", "Volunteers"};
  for (int i = 0; i < 300; ++i) {
    std::vector<Any> row = {str(groups[random() % groups.size()])};
    for (std::size_t k = 0; k < 2 * attributes.size(); ++k) row.push_back(Any(double(1 + random() % 5)));
    rows.push_back(row);
  }
  return toCells(rows);
}

struct Sample {
  int build;
  double rssMiB;
  std::size_t descriptors;
  std::size_t sheets;
  double seconds;
};

TEST(Soak, TwoHundredBuildsKeepMemoryFilesAndSheetsBounded) {
  const pid_t pid = office().pid();
  ASSERT_GT(pid, 0);
  ScopedDocument doc("private:factory/scalc");
  Reference<css::container::XNamed>(sheetAt(doc, 0), UNO_QUERY_THROW)->setName("Feedback");
  fill(sheetAt(doc, 0), survey());
  SheetState feedback;
  std::mt19937 edits(7);

  std::vector<Sample> samples;
  const double startMiB = residentKiB(pid) / 1024.0;
  const std::size_t startDescriptors = openDescriptors(pid);
  std::size_t sheetsAfterFirst = 0;
  const auto start = std::chrono::steady_clock::now();
  std::size_t replaced = 0;
  for (int build = 1; build <= kBuilds; ++build) {
    // One answer changed before each rebuild, as a person correcting a typo
    // would: some rebuilds then only update numbers, others make the
    // sheets again.
    if (build > 1)
      sheetAt(doc, 0)->getCellByPosition(static_cast<sal_Int32>(1 + edits() % 10),
                                         static_cast<sal_Int32>(1 + edits() % 300))
          ->setValue(double(1 + edits() % 5));
    if (build == kBuilds) feedback = calcState(doc).sheets.front();
    const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
    ASSERT_TRUE(r.finished && r.success) << "build " << build << ": " << r.message;
    if (r.message.rfind("Created sheets", 0) == 0) ++replaced;
    const std::size_t sheets = sheetNames(doc).size();
    if (build == 1) sheetsAfterFirst = sheets;
    ASSERT_EQ(sheets, sheetsAfterFirst) << "build " << build << " added sheets";
    if (build == 1 || build % 20 == 0) {
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      samples.push_back({build, residentKiB(pid) / 1024.0, openDescriptors(pid), sheets, seconds});
    }
  }
  EXPECT_TRUE(officeAnswers(doc));
  EXPECT_EQ(calcState(doc).sheets.front(), feedback);

  std::printf("[ soak ] before the first build: RSS %.1f MiB, %zu open descriptors\n", startMiB, startDescriptors);
  std::printf("[ soak ] %zu of %d builds made the sheets (the others updated their numbers)\n", replaced, kBuilds);
  EXPECT_GT(replaced, 1u) << "no rebuild made the sheets again: the soak no longer tests it";
  EXPECT_LT(replaced, static_cast<std::size_t>(kBuilds)) << "no rebuild updated in place";
  std::printf("[ soak ] build | RSS MiB | open fds | sheets | seconds\n");
  for (const Sample& s : samples)
    std::printf("[ soak ] %5d | %7.1f | %8zu | %6zu | %7.1f\n", s.build, s.rssMiB, s.descriptors, s.sheets, s.seconds);
  const Sample& warm = samples[1];
  const Sample& last = samples.back();
  ASSERT_EQ(warm.build, kWarmUp);
  std::printf("[ soak ] growth after build %d: %.1f MiB, %+ld descriptors\n", kWarmUp, last.rssMiB - warm.rssMiB,
              static_cast<long>(last.descriptors) - static_cast<long>(warm.descriptors));
  std::fflush(stdout);
  EXPECT_LE(last.rssMiB - warm.rssMiB, kMaxGrowthMiB);
  // From build 100 on, the undo stack is full: what grows now grows forever.
  const Sample& full = samples[5];
  ASSERT_EQ(full.build, 100);
  const double perBuild = (last.rssMiB - full.rssMiB) / (last.build - full.build);
  std::printf("[ soak ] growth per build once the undo stack is full: %.2f MiB\n", perBuild);
  std::fflush(stdout);
  EXPECT_LE(perBuild, kMaxSteadyGrowthPerBuildMiB);
  EXPECT_LE(last.descriptors, warm.descriptors + kMaxDescriptorGrowth);
}

}  // namespace
}  // namespace cf::test
