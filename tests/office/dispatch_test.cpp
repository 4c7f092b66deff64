// The vnd.customerfocus: commands, dispatched as cfocus and macros do, and
// the boundary that keeps a failing command from taking the office down.
#include "office_environment.h"

using css::uno::Reference;

namespace cf::test {
namespace {

TEST(Dispatch, AboutReportsSuccessWithTheVersion) {
  ScopedDocument doc("private:factory/swriter");
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:About");
  ASSERT_TRUE(r.finished);
  EXPECT_TRUE(r.success);
  EXPECT_EQ(r.message.substr(0, r.message.find('\n')), std::string("Customer Focus ") + CF_VERSION);
}

TEST(Dispatch, SelfTestSucceedsInCalc) {
  ScopedDocument doc("private:factory/scalc");
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:SelfTest");
  ASSERT_TRUE(r.finished);
  EXPECT_TRUE(r.success);
  EXPECT_EQ(r.message, "ok");
}

TEST(Dispatch, UnknownCommandIsNotTaken) {
  ScopedDocument doc("private:factory/scalc");
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:NoSuchCommand");
  EXPECT_FALSE(r.finished);
}

struct FailureCase {
  const char* fail;
  const char* message;
};

class FailingCommand : public ::testing::TestWithParam<FailureCase> {};

TEST_P(FailingCommand, ReportsFailureWithItsMessageAndTheOfficeSurvives) {
  ScopedDocument doc("private:factory/scalc");
  const cli::DispatchResult r =
      office().dispatch(doc.get(), std::string("vnd.customerfocus:SelfTest?Fail=") + GetParam().fail);
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_EQ(r.message, GetParam().message);

  ASSERT_TRUE(office().alive());
  const cli::DispatchResult after = office().dispatch(doc.get(), "vnd.customerfocus:SelfTest");
  EXPECT_TRUE(after.finished && after.success);
}

INSTANTIATE_TEST_SUITE_P(
    Boundary, FailingCommand,
    ::testing::Values(
        FailureCase{"user", "Self-test: this failure was asked for."},
        FailureCase{"internal", "Customer Focus hit an internal error: self-test failure that was asked for"},
        FailureCase{"uno", "Self-test: a UNO failure that was asked for."}),
    [](const auto& info) { return std::string(info.param.fail); });

TEST(Dispatch, ArgumentsCanComeAsPropertyValues) {
  ScopedDocument doc("private:factory/swriter");
  const cli::DispatchResult r = office().dispatch(
      doc.get(), "vnd.customerfocus:SelfTest", {property("Fail", css::uno::Any(rtl::OUString("user")))});
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_EQ(r.message, "Self-test: this failure was asked for.");
}

}  // namespace
}  // namespace cf::test
