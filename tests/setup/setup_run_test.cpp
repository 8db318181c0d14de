// The engine's state machine (SetupRun) without widgets, along every path: real stock secondary
// installers, a real Restart Manager session, and rm_test_app as the application in the way.
#include "setup_fixture.h"

#include "core/private/session_engine.h"
#include "ui/setup/install_engine.h"
#include "ui/setup/install_plan.h"
#include "ui/setup/package.h"
#include "ui/setup/setup_run.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <optional>

namespace {

using namespace setuptest;
using State = SetupRun::State;

class SetupRunTest : public SetupFixture {
protected:
    void SetUp() override {
        SetupFixture::SetUp();
        m_savedTimeout = rm::engine::shutdownTimeout();
        rm::engine::setShutdownTimeout(2s);
        load(m_package);
    }

    void TearDown() override {
        m_run.reset();
        m_engine.reset();
        m_plan.reset();
        rm::engine::setShutdownTimeout(m_savedTimeout);
        SetupFixture::TearDown();
    }

    void load(const fs::path& package) {
        m_run.reset();
        m_engine.reset();
        auto loaded = loadPackage(QString::fromStdString(package.string()));
        ASSERT_TRUE(std::holds_alternative<Package>(loaded))
            << std::get<PackageError>(loaded).toString().toStdString();
        m_plan = std::make_unique<InstallPlan>(std::get<Package>(std::move(loaded)));
        m_plan->setInstallDir(QString::fromStdString(m_prefix.string()));
        m_engine = std::make_unique<InstallEngine>(*m_plan, QStringLiteral(RM_SECONDARY_INSTALLER));
        m_run = std::make_unique<SetupRun>(*m_plan, *m_engine);
        QObject::connect(m_run.get(), &SetupRun::stateChanged, m_run.get(),
                         [this](State state) { m_states.push_back(state); });
    }

    // Starts the run and waits for its report.
    InstallReport runToTheEnd() {
        std::optional<InstallReport> report;
        QEventLoop loop;
        QObject::connect(m_run.get(), &SetupRun::finished, &loop, [&](const InstallReport& r) {
            report = r;
            loop.quit();
        });
        QTimer::singleShot(90000, &loop, &QEventLoop::quit);
        QTimer::singleShot(0, m_run.get(), [this] { m_run->start(); });
        loop.exec();
        EXPECT_TRUE(report.has_value()) << "the run did not end";
        EXPECT_EQ(m_run->state(), State::Done);
        return report.value_or(InstallReport{});
    }

    [[nodiscard]] bool visited(State state) const {
        return std::find(m_states.begin(), m_states.end(), state) != m_states.end();
    }

    SetupDecision decision(CloseMode close, StillRunningAnswer stillRunning) {
        SetupDecision d;
        d.close = close;
        d.stillRunning = stillRunning;
        d.reboot = false;
        return d;
    }

    std::unique_ptr<InstallPlan> m_plan;
    std::unique_ptr<InstallEngine> m_engine;
    std::unique_ptr<SetupRun> m_run;
    std::vector<State> m_states;
    std::chrono::milliseconds m_savedTimeout{};
};

TEST_F(SetupRunTest, NothingInUseGoesFromListingStraightToApplyingAndReportsSuccess) {
    m_run->setDecision(decision(CloseMode::Close, StillRunningAnswer::Ignore));
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitSuccess) << report.failure.toStdString();
    EXPECT_EQ(m_states, (std::vector<State>{State::Preparing, State::Listing, State::Applying,
                                            State::Reporting, State::Done}));
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
