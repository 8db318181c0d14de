// The engine's state machine (SetupRun) without widgets, along every path: real stock secondary
// installers, a real Restart Manager session, and rm_test_app as the application in the way.
#include "setup_fixture.h"

namespace {

using namespace setuptest;
using State = SetupRun::State;

using SetupRunTest = SetupRunFixture;

TEST_F(SetupRunTest, NothingInUseGoesFromListingStraightToApplyingAndReportsSuccess) {
    m_run->setDecision(decision(CloseMode::Close, StillRunningAnswer::Ignore));
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitSuccess) << report.failure.toStdString();
    EXPECT_EQ(m_states, (std::vector<State>{State::Preparing, State::Listing, State::Applying,
                                            State::Committing, State::Reporting, State::Done}));
    EXPECT_EQ(report.installed, (QStringList{QStringLiteral("Test App"), QStringLiteral("Extra")}));
    EXPECT_FALSE(report.restartRequired);
    EXPECT_EQ(readText(dataFile()), "new data\n");
    EXPECT_EQ(readText(extraFile()), "new extra\n");
    EXPECT_TRUE(readText(m_prefix / "share" / "restartmanager" / "installed.txt")
                    .starts_with("Test Product 2.0\n"));
}

TEST_F(SetupRunTest, CloseShutsDownAppliesAndRestartsTheApplication) {
    const pid_t app = startApp(false);
    m_run->setDecision(decision(CloseMode::Close, StillRunningAnswer::Ignore));
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitSuccess) << report.failure.toStdString();
    for (const State state :
         {State::AwaitingDecision, State::ShuttingDown, State::Applying, State::Restarting}) {
        EXPECT_TRUE(visited(state)) << SetupRun::stateName(state);
    }
    EXPECT_TRUE(waitFor([&] { return m_apps.front()->wait(0ms) != -1; }, 10s)) << "not closed";
    EXPECT_TRUE(helpers().empty() || helpers().front() != app);
    EXPECT_EQ(report.closed.size(), 1);
    EXPECT_EQ(report.restarted.size(), 1);
    EXPECT_TRUE(report.stillRunning.isEmpty());
    EXPECT_EQ(readText(dataFile()), "new data\n");
    EXPECT_TRUE(waitFor([this] { return !helpers().empty(); }, 10s)) << "not started again";
}

// The application's relaunch ends with an error at once: the report says it was not started
// again, instead of counting it restarted.
TEST_F(SetupRunTest, AnApplicationThatCannotBeStartedAgainIsReportedSo) {
    // It ends at once, but on a loaded machine "at once" may take more than the default grace.
    const auto savedGrace = rm::engine::restartGrace();
    rm::engine::setRestartGrace(4s);
    startApp(false, "--exit-at-start 3");
    m_run->setDecision(decision(CloseMode::Close, StillRunningAnswer::Ignore));
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitSuccess) << report.failure.toStdString();
    EXPECT_EQ(report.closed, QStringList{QStringLiteral("rm_test_app")});
    EXPECT_TRUE(report.restarted.isEmpty()) << report.restarted.join(u',').toStdString();
    EXPECT_EQ(report.notRestarted, QStringList{QStringLiteral("rm_test_app")});
    EXPECT_EQ(readText(dataFile()), "new data\n");
    rm::engine::setRestartGrace(savedGrace);
}

TEST_F(SetupRunTest, DoNotCloseLeavesTheApplicationAndRequiresARestart) {
    const pid_t app = startApp(false);
    m_run->setDecision(decision(CloseMode::DoNotClose, StillRunningAnswer::Ignore));
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitRestartRequired) << report.failure.toStdString();
    EXPECT_FALSE(visited(State::ShuttingDown));
    EXPECT_TRUE(isRunning(app));
    EXPECT_TRUE(report.restartRequired);
    EXPECT_EQ(report.stillRunning.size(), 1);
    EXPECT_EQ(readText(dataFile()), "new data\n");
}

TEST_F(SetupRunTest, AnApplicationThatWillNotCloseIsLeftRunningByDefault) {
    const pid_t app = startApp(true);
    m_run->setDecision(decision(CloseMode::Close, StillRunningAnswer::Ignore));
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitRestartRequired) << report.failure.toStdString();
    EXPECT_TRUE(isRunning(app));
    EXPECT_EQ(report.stillRunning.size(), 1);
    EXPECT_EQ(readText(dataFile()), "new data\n");
}

TEST_F(SetupRunTest, RetryIsFollowedOnceThenTheApplicationIsLeftRunning) {
    const pid_t app = startApp(true);
    m_run->setDecision(decision(CloseMode::Close, StillRunningAnswer::Retry));
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitRestartRequired) << report.failure.toStdString();
    EXPECT_EQ(std::count(m_states.begin(), m_states.end(), State::ShuttingDown), 2);
    EXPECT_TRUE(isRunning(app));
}

TEST_F(SetupRunTest, ForceClosesWhatDoesNotCloseInTime) {
    const pid_t app = startApp(true);
    m_run->setDecision(decision(CloseMode::Force, StillRunningAnswer::Ignore));
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitSuccess) << report.failure.toStdString();
    EXPECT_TRUE(waitFor([&] { return m_apps.front()->wait(0ms) != -1; }, 10s)) << "not killed";
    (void)app;
    EXPECT_EQ(readText(dataFile()), "new data\n");
}

TEST_F(SetupRunTest, StillRunningCancelPutsEverythingBack) {
    const pid_t app = startApp(true);
    m_run->setDecision(decision(CloseMode::Close, StillRunningAnswer::Cancel));
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitCancelled);
    EXPECT_TRUE(report.cancelled);
    EXPECT_TRUE(isRunning(app));
    EXPECT_EQ(readText(dataFile()), "old data\n");
    EXPECT_EQ(readText(extraFile()), "old extra\n");
    EXPECT_TRUE(report.installed.isEmpty());
}

TEST_F(SetupRunTest, WithoutADecisionTheRunAsksAndFollowsTheAnswers) {
    const pid_t app = startApp(true);
    int decisions = 0;
    int questions = 0;
    QObject::connect(m_run.get(), &SetupRun::decisionNeeded, m_run.get(), [&] {
        ++decisions;
        EXPECT_EQ(m_run->state(), State::AwaitingDecision);
        EXPECT_EQ(m_plan->affected.applications.size(), 1U);
        m_run->decide(decision(CloseMode::Close, StillRunningAnswer::Ignore));
    });
    QObject::connect(m_run.get(), &SetupRun::stillRunningQuestion, m_run.get(),
                     [&](const QStringList& applications) {
                         ++questions;
                         EXPECT_EQ(applications.size(), 1);
                         EXPECT_TRUE(applications.value(0).contains(QString::number(app)));
                         m_run->answerStillRunning(StillRunningAnswer::ForceClose);
                     });
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(decisions, 1);
    EXPECT_EQ(questions, 1);
    EXPECT_EQ(report.exitCode, ExitSuccess) << report.failure.toStdString();
    EXPECT_EQ(readText(dataFile()), "new data\n");
}

TEST_F(SetupRunTest, CancelWhileAwaitingTheDecisionChangesNothing) {
    const pid_t app = startApp(false);
    QObject::connect(m_run.get(), &SetupRun::decisionNeeded, m_run.get(),
                     [this] { m_run->cancel(); });
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitCancelled);
    EXPECT_TRUE(isRunning(app));
    EXPECT_EQ(readText(dataFile()), "old data\n");
}

TEST_F(SetupRunTest, ASecondaryThatCannotJoinTheSessionFailsWith1603) {
    const fs::path broken = m_root / "broken-package";
    writePackage(broken, "bin/broken-installer");
    writeText(broken / "bin" / "broken-installer", "#!/bin/sh\nexit 3\n");
    fs::permissions(broken / "bin" / "broken-installer",
                    fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                        fs::perms::others_read | fs::perms::others_exec,
                    fs::perm_options::replace);
    load(broken);
    m_run->setDecision(decision(CloseMode::Close, StillRunningAnswer::Ignore));
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitFatalError);
    EXPECT_FALSE(report.failure.isEmpty());
    EXPECT_EQ(readText(dataFile()), "old data\n");
}

TEST_F(SetupRunTest, CancelBeforeStartEndsAtOnce) {
    std::optional<InstallReport> report;
    QObject::connect(m_run.get(), &SetupRun::finished, m_run.get(),
                     [&](const InstallReport& r) { report = r; });
    m_run->cancel();
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(report->exitCode, ExitCancelled);
}

} // namespace
