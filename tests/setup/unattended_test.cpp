// restartmanager-setup --unattended end to end, as deployment tools run it: a separate process
// with DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset, a home, runtime folder and session
// store of the test's own, and rm_test_app as the application that uses the files.
#include "setup_fixture.h"

#include "ui/setup/install_plan.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace {

using namespace setuptest;

class UnattendedTest : public SetupFixture {
protected:
    void SetUp() override {
        SetupFixture::SetUp();
        fs::create_directories(m_root / "home");
        fs::create_directories(m_root / "runtime");
        fs::permissions(m_root / "runtime", fs::perms::owner_all, fs::perm_options::replace);
    }

    QProcessEnvironment environment(int shutdownTimeoutMs = 2000) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
            env.remove(QLatin1String(name));
        }
        const auto path = [this](const char* name) {
            return QString::fromStdString((m_root / name).string());
        };
        env.insert(QStringLiteral("HOME"), path("home"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path("runtime"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path("home/.local/share"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), path("home/.local/state"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("RESTARTMANAGER_SHUTDOWN_TIMEOUT_MS"),
                   QString::number(shutdownTimeoutMs));
        // RESTARTMANAGER_STORE_DIR comes from the fixture.
        return env;
    }

    QStringList arguments(const QStringList& extra) const {
        QStringList args{QStringLiteral("--unattended"),
                         QStringLiteral("--package"),
                         QString::fromStdString(m_package.string()),
                         QStringLiteral("--dir"),
                         QString::fromStdString(m_prefix.string()),
                         QStringLiteral("--no-reboot"),
                         QStringLiteral("--log"),
                         QString::fromStdString((m_root / "setup.log").string()),
                         QStringLiteral("--result-file"),
                         resultFile()};
        return args + extra;
    }

    // Reads setup's output until `marker` shows, then sends it SIGTERM and waits for its end.
    void stopWithSigtermAt(QProcess& setup, const char* marker, QByteArray& out) {
        while (!out.contains(marker) && setup.waitForReadyRead(30000)) {
            out += setup.readAllStandardOutput();
        }
        ASSERT_TRUE(out.contains(marker)) << out.toStdString();
        ::kill(static_cast<pid_t>(setup.processId()), SIGTERM);
        ASSERT_TRUE(setup.waitForFinished(60000)) << readText(m_root / "setup.log");
        out += setup.readAllStandardOutput();
    }

    // The stop is said once in the log, not once by the signal handler and again by the cancel.
    void expectStopLoggedOnce() const {
        const auto log = readText(m_root / "setup.log");
        const std::string said = "setup was asked to stop (a signal): cancelling";
        const auto first = log.find(said);
        EXPECT_NE(first, std::string::npos) << log;
        EXPECT_EQ(log.find(said, first + 1), std::string::npos) << log;
    }

    [[nodiscard]] QString resultFile() const {
        return QString::fromStdString((m_root / "result.txt").string());
    }

    // Runs setup to its end; returns the exit code from the result file (the shell's is 8 bits).
    int run(const QStringList& args, const QProcessEnvironment& env) {
        QProcess setup;
        setup.setProcessEnvironment(env);
        setup.start(QStringLiteral(RM_SETUP), args);
        EXPECT_TRUE(setup.waitForStarted(10000));
        EXPECT_TRUE(setup.waitForFinished(120000)) << "setup did not end";
        m_stdout = QString::fromUtf8(setup.readAllStandardOutput());
        m_stderr = QString::fromUtf8(setup.readAllStandardError());
        EXPECT_EQ(setup.exitStatus(), QProcess::NormalExit) << m_stderr.toStdString();
        const std::string result = readText(resultFile().toStdString());
        const int code = result.empty() ? -1 : std::stoi(result);
        EXPECT_EQ(setup.exitCode(), code % 256) << m_stdout.toStdString();
        return code;
    }

    QString m_stdout;
    QString m_stderr;
};

TEST_F(UnattendedTest, InstallsWithoutAnyDisplayAndExits0) {
    EXPECT_EQ(run(arguments({}), environment()), ExitSuccess) << m_stderr.toStdString();
    EXPECT_EQ(readText(dataFile()), "new data\n");
    EXPECT_EQ(readText(extraFile()), "new extra\n");
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("state applying")));
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("progress ")));
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("exit-code 0")));
}

TEST_F(UnattendedTest, ComponentsAndFolderComeFromTheAnswerFile) {
    const fs::path answers = m_root / "answers.ini";
    writeText(answers, "[Setup]\nComponents=app\n");
    const fs::path saved = m_root / "saved.ini";
    EXPECT_EQ(
        run(arguments({QStringLiteral("--answer-file"), QString::fromStdString(answers.string()),
                       QStringLiteral("--save-answers"), QString::fromStdString(saved.string())}),
            environment()),
        ExitSuccess);
    EXPECT_EQ(readText(dataFile()), "new data\n");
    EXPECT_EQ(readText(extraFile()), "old extra\n");
    const std::string text = readText(saved);
    EXPECT_NE(text.find("Components=app\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Dir=" + m_prefix.string() + "\n"), std::string::npos) << text;
}

TEST_F(UnattendedTest, KeepOpenLeavesTheApplicationRunningAndExits3010) {
    const pid_t app = startApp(false);
    EXPECT_EQ(run(arguments({QStringLiteral("--no-close-applications")}), environment()),
              ExitRestartRequired);
    EXPECT_TRUE(isRunning(app));
    EXPECT_EQ(readText(dataFile()), "new data\n");
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("still-running ")));
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("restart-required yes")));
}

TEST_F(UnattendedTest, CloseClosesAndRestartsTheApplicationAndExits0) {
    const pid_t app = startApp(false);
    EXPECT_EQ(run(arguments({}), environment()), ExitSuccess) << m_stdout.toStdString();
    EXPECT_TRUE(waitFor([&] { return m_apps.front()->wait(0ms) != -1; }, 10s));
    EXPECT_EQ(readText(dataFile()), "new data\n");
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("closed ")));
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("restarted ")));
    EXPECT_TRUE(waitFor([&] { return !helpers().empty(); }, 10s)) << "not started again";
    (void)app;
}

TEST_F(UnattendedTest, AnApplicationThatCannotBeStartedAgainIsSaidSo) {
    startApp(false, "--exit-at-start 3");
    // It ends at once, but on a loaded machine "at once" may take more than the default grace.
    auto env = environment();
    env.insert(QStringLiteral("RESTARTMANAGER_RESTART_GRACE_MS"), QStringLiteral("4000"));
    EXPECT_EQ(run(arguments({}), env), ExitSuccess) << m_stdout.toStdString();
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("\nnot-restarted rm_test_app\n")))
        << m_stdout.toStdString();
    EXPECT_FALSE(m_stdout.contains(QStringLiteral("\nrestarted "))) << m_stdout.toStdString();
    EXPECT_NE(readText(m_root / "setup.log").find("setup could not start rm_test_app"),
              std::string::npos);
}

// An earlier setup closed the application and was killed before it started it again: an
// unattended setup starts it again first, and says so on stdout and in its log.
TEST_F(UnattendedTest, RestartsWhatACrashedSetupLeftClosedAndSaysSo) {
    startApp(false);
    {
        auto crashed = rmtest::ChildProcess::spawn(
            {rmtest::helperPath("rm_test_app"), "--primary-shutdown", dataFile().string()},
            rmtest::SpawnOptions{{{"RESTARTMANAGER_SHUTDOWN_TIMEOUT_MS", "10000"}}, {}, {}});
        ASSERT_EQ(crashed.readLine(30s).value_or("<nothing>"), "shutting down");
        ASSERT_EQ(crashed.readLine(30s).value_or("<nothing>"), "shut down 0");
        EXPECT_EQ(m_apps.front()->wait(10s), 0) << "the application did not close";
        crashed.kill(SIGKILL);
        EXPECT_EQ(crashed.wait(10s), 128 + SIGKILL);
    }
    ASSERT_TRUE(helpers().empty()) << "something started the application again by itself";
    // Kept open by this setup, so that the one started again at launch is there to be seen (it
    // runs its registered command line, which does not register it for restart again).
    EXPECT_EQ(run(arguments({QStringLiteral("--no-close-applications")}), environment()),
              ExitRestartRequired)
        << m_stdout.toStdString();
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("recovered rm_test_app")))
        << m_stdout.toStdString();
    EXPECT_NE(readText(m_root / "setup.log").find("an earlier setup had closed rm_test_app"),
              std::string::npos);
    EXPECT_EQ(readText(dataFile()), "new data\n");
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("still-running rm_test_app")))
        << m_stdout.toStdString();
    EXPECT_EQ(helpers().size(), 1U) << "not running again\n" << readText(m_root / "setup.log");
}

TEST_F(UnattendedTest, AnApplicationThatWillNotCloseIsIgnoredAndExits3010) {
    const pid_t app = startApp(true);
    EXPECT_EQ(run(arguments({}), environment()), ExitRestartRequired);
    EXPECT_TRUE(isRunning(app));
    EXPECT_EQ(readText(dataFile()), "new data\n");
}

TEST_F(UnattendedTest, ForceKillsWhatDoesNotCloseInTimeAndExits0) {
    startApp(true);
    EXPECT_EQ(run(arguments({QStringLiteral("--force-close-applications"),
                             QStringLiteral("--no-restart-applications")}),
                  environment()),
              ExitSuccess)
        << m_stdout.toStdString();
    EXPECT_TRUE(waitFor([&] { return m_apps.front()->wait(0ms) != -1; }, 10s)) << "not killed";
    EXPECT_EQ(readText(dataFile()), "new data\n");
    EXPECT_TRUE(helpers().empty()) << "started again despite --no-restart-applications";
}

TEST_F(UnattendedTest, SigtermPutsEverythingBackAndExits1602) {
    const pid_t app = startApp(true);
    QProcess setup;
    // Long enough to be cancelled while it waits; the rollback waits for it too, as RmRestart
    // waits for applications that may still be closing after a cancelled shutdown.
    setup.setProcessEnvironment(environment(8000));
    setup.start(QStringLiteral(RM_SETUP), arguments({}));
    ASSERT_TRUE(setup.waitForStarted(10000));
    QByteArray out;
    ASSERT_NO_FATAL_FAILURE(stopWithSigtermAt(setup, "state shutting-down", out));
    EXPECT_EQ(setup.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(setup.exitCode(), ExitCancelled % 256) << out.toStdString();
    EXPECT_EQ(readText(resultFile().toStdString()), "1602\n");
    EXPECT_TRUE(isRunning(app));
    EXPECT_EQ(readText(dataFile()), "old data\n");
    EXPECT_EQ(readText(extraFile()), "old extra\n");
    expectStopLoggedOnce();
}

// The wizard, on the offscreen platform, stopped by SIGTERM on its first page: it cancels as its
// Cancel button would, without asking, and says why once in its log.
TEST_F(UnattendedTest, SigtermCancelsTheWizardAndIsLoggedOnce) {
    auto env = environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    auto args = arguments({QStringLiteral("--print-startup-time")});
    args.removeAll(QStringLiteral("--unattended"));
    QProcess setup;
    setup.setProcessEnvironment(env);
    setup.start(QStringLiteral(RM_SETUP), args);
    ASSERT_TRUE(setup.waitForStarted(10000));
    QByteArray out;
    ASSERT_NO_FATAL_FAILURE(stopWithSigtermAt(setup, "first page shown", out));
    EXPECT_EQ(setup.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(readText(resultFile().toStdString()), "1602\n");
    EXPECT_EQ(readText(dataFile()), "old data\n");
    expectStopLoggedOnce();
}

TEST_F(UnattendedTest, ABadPackageExits1603) {
    writeText(m_package / "manifest.json", "{ not json");
    EXPECT_EQ(run(arguments({}), environment()), ExitFatalError);
    EXPECT_EQ(readText(dataFile()), "old data\n");
}

TEST_F(UnattendedTest, BadAnswersExit1603) {
    EXPECT_EQ(
        run(arguments({QStringLiteral("--components"), QStringLiteral("nothing")}), environment()),
        ExitFatalError);
    EXPECT_EQ(readText(dataFile()), "old data\n");
}

TEST_F(UnattendedTest, WithoutADisplayHelpAndVersionWorkAndTheWizardFailsCleanly) {
    for (const char* option : {"--help", "--version"}) {
        QProcess setup;
        setup.setProcessEnvironment(environment());
        setup.start(QStringLiteral(RM_SETUP), {QLatin1String(option)});
        ASSERT_TRUE(setup.waitForFinished(30000));
        EXPECT_EQ(setup.exitStatus(), QProcess::NormalExit) << option;
        EXPECT_EQ(setup.exitCode(), 0) << option;
        EXPECT_FALSE(setup.readAllStandardOutput().isEmpty()) << option;
    }
    QProcess wizard;
    wizard.setProcessEnvironment(environment());
    wizard.start(QStringLiteral(RM_SETUP), {QStringLiteral("--result-file"), resultFile()});
    ASSERT_TRUE(wizard.waitForFinished(30000));
    EXPECT_EQ(wizard.exitStatus(), QProcess::NormalExit) << "setup crashed without a display";
    EXPECT_EQ(wizard.exitCode(), ExitFatalError % 256);
    EXPECT_EQ(readText(resultFile().toStdString()), "1603\n");
    EXPECT_TRUE(wizard.readAllStandardError().contains("--unattended"));
}

} // namespace
