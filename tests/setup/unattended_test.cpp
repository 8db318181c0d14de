// restartmanager-setup --unattended end to end, as deployment tools run it: a separate process
// with DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset, a home, runtime folder and session
// store of the test's own, and rm_test_app as the application that uses the files.
#include "setup_fixture.h"

#include "ui/setup/install_plan.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <cstring>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

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
    int run(const QStringList& args, const QProcessEnvironment& env,
            const QString& program = QStringLiteral(RM_SETUP), const QString& workingDir = {}) {
        QProcess setup;
        setup.setProcessEnvironment(env);
        setup.setWorkingDirectory(workingDir);
        setup.start(program, args);
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
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("\ninstalled-to ") +
                                  QString::fromStdString(m_prefix.string()) + u'\n'))
        << m_stdout.toStdString();
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

// Issue 21, item 2: the unattended view of a failed commit: everything back, the failure said,
// 1603 on stdout and in the result file.
TEST_F(UnattendedTest, AVendorSecondaryThatFailsAtCommitRollsBackAndExits1603) {
    writePackage(m_package, "stock", "bin/rm_test_vendor_secondary");
    fs::create_directories(m_package / "bin");
    rmtest::copyExecutable(RM_VENDOR_SECONDARY, (m_package / "bin").string());
    auto env = environment();
    env.insert(QStringLiteral("RM_VENDOR_FAULT"), QStringLiteral("extra:commit:error"));
    EXPECT_EQ(run(arguments({}), env), ExitFatalError) << m_stdout.toStdString();
    EXPECT_EQ(readText(dataFile()), "old data\n");
    EXPECT_EQ(readText(extraFile()), "old extra\n");
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("\nfailure The installer of Extra failed")))
        << m_stdout.toStdString();
    EXPECT_FALSE(m_stdout.contains(QStringLiteral("\ninstalled "))) << m_stdout.toStdString();
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("exit-code 1603")));
    EXPECT_NE(readText(m_root / "setup.log")
                  .find("component extra (Extra): its installer failed at the step commit: "
                        "vendor fault at commit"),
              std::string::npos);
}

// Item 3: while setup waits for a secondary that does not answer, the output says which one.
TEST_F(UnattendedTest, ASecondaryThatHangsIsNamedAndFailsTheInstallAfterTheTimeout) {
    writePackage(m_package, "stock", "bin/rm_test_vendor_secondary");
    fs::create_directories(m_package / "bin");
    rmtest::copyExecutable(RM_VENDOR_SECONDARY, (m_package / "bin").string());
    auto env = environment();
    env.insert(QStringLiteral("RM_VENDOR_FAULT"), QStringLiteral("extra:commit:hang"));
    env.insert(QStringLiteral("RESTARTMANAGER_SECONDARY_TIMEOUT_MS"), QStringLiteral("2000"));
    EXPECT_EQ(run(arguments({}), env), ExitFatalError) << m_stdout.toStdString();
    EXPECT_TRUE(m_stdout.contains(QStringLiteral(" Waiting for the installer of Extra…\n")))
        << m_stdout.toStdString();
    EXPECT_EQ(readText(dataFile()), "old data\n");
    EXPECT_EQ(readText(extraFile()), "old extra\n");
}

// Item 17: while an application would not close, the same progress line came 598 times in 30 s.
// A line comes only when the percentage or the message changes.
TEST_F(UnattendedTest, ProgressIsPrintedOnlyWhenItChanges) {
    startApp(true);
    EXPECT_EQ(run(arguments({}), environment(3000)), ExitRestartRequired) << m_stdout.toStdString();
    QString previous;
    int lines = 0;
    for (const QString& line : m_stdout.split(u'\n')) {
        if (!line.startsWith(QStringLiteral("progress "))) {
            continue;
        }
        ++lines;
        EXPECT_NE(line, previous) << "said twice in a row";
        previous = line;
    }
    EXPECT_GT(lines, 3);
    // 0..100 while the application refuses, and the steps around: far fewer than one a poll.
    EXPECT_LT(lines, 150) << m_stdout.toStdString();
}

// Item 16: a relative --dir is refused with a clear error, in this mode as in the others; it
// was taken below the current folder.
TEST_F(UnattendedTest, ARelativeFolderIsRefusedWith1603) {
    const fs::path cwd = m_root / "cwd";
    fs::create_directories(cwd);
    auto args = arguments({});
    args[args.indexOf(QStringLiteral("--dir")) + 1] = QStringLiteral("relative/folder");
    EXPECT_EQ(
        run(args, environment(), QStringLiteral(RM_SETUP), QString::fromStdString(cwd.string())),
        ExitFatalError);
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("failure The install folder relative/folder "
                                                 "cannot be used: Enter a full path, starting "
                                                 "with / or ~/.")))
        << m_stdout.toStdString();
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("exit-code 1603")));
    EXPECT_TRUE(fs::is_empty(cwd)) << "something was installed below the current folder";
    EXPECT_EQ(readText(dataFile()), "old data\n");
}

// Item 16: "--dir '~/x'" made a folder named "~" in the current folder. "~" is the home folder
// of the password database, not $HOME. Root's home is covered by a tmpfs in a mount namespace
// of the test's own, so nothing reaches the real one.
TEST_F(UnattendedTest, TildeIsTheHomeFolderFromThePasswordDatabase) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root: the home folder is covered by a tmpfs in a mount namespace";
    }
    const auto unshare = rmtest::findProgram("unshare");
    if (!unshare) {
        GTEST_SKIP() << "unshare (util-linux) is not installed";
    }
    const passwd* root = ::getpwuid(0);
    ASSERT_NE(root, nullptr);
    const std::string home = root->pw_dir;
    const fs::path cwd = m_root / "cwd";
    fs::create_directories(cwd);
    auto args = arguments({});
    args[args.indexOf(QStringLiteral("--dir")) + 1] = QStringLiteral("~/x");
    // Inside the namespace: cover the home, run setup, then say what it left there.
    QStringList wrapped{QStringLiteral("-m"),
                        QStringLiteral("--"),
                        QStringLiteral("sh"),
                        QStringLiteral("-c"),
                        QStringLiteral("mount -t tmpfs tmpfs \"$0\" || exit 99; \"$@\"; code=$?; "
                                       "cat \"$0/x/share/test/data.txt\"; exit $code"),
                        QString::fromStdString(home),
                        QStringLiteral(RM_SETUP)};
    wrapped += args;
    EXPECT_EQ(run(wrapped, environment(), QString::fromStdString(*unshare),
                  QString::fromStdString(cwd.string())),
              ExitSuccess)
        << m_stdout.toStdString() << m_stderr.toStdString();
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("\ninstalled-to ") + QString::fromStdString(home) +
                                  QStringLiteral("/x\n")))
        << m_stdout.toStdString();
    EXPECT_TRUE(m_stdout.endsWith(QStringLiteral("new data\n"))) << m_stdout.toStdString();
    EXPECT_TRUE(fs::is_empty(cwd)) << "a folder named ~ in the current folder";
    EXPECT_FALSE(fs::exists(m_root / "home" / "x")) << "$HOME was used";
}

// Item 15: DISPLAY names a display that nobody serves. Qt's xcb platform aborted (134, no log,
// no result file); setup now fails as without a display, with its message and the result file.
TEST_F(UnattendedTest, AnUnreachableDisplayFailsLikeNoDisplay) {
    const fs::path socketPath = m_root / "X0";
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, socketPath.c_str(), sizeof address.sun_path - 1);
    // Bound, never listening: a connection is refused.
    ASSERT_EQ(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
    ::close(fd);
    auto env = environment();
    env.insert(QStringLiteral("DISPLAY"), QString::fromStdString(socketPath.string()));
    QProcess wizard;
    wizard.setProcessEnvironment(env);
    wizard.start(QStringLiteral(RM_SETUP),
                 {QStringLiteral("--package"), QString::fromStdString(m_package.string()),
                  QStringLiteral("--result-file"), resultFile(), QStringLiteral("--log"),
                  QString::fromStdString((m_root / "setup.log").string())});
    ASSERT_TRUE(wizard.waitForFinished(60000));
    EXPECT_EQ(wizard.exitStatus(), QProcess::NormalExit) << "setup crashed";
    EXPECT_EQ(wizard.exitCode(), ExitFatalError % 256);
    EXPECT_EQ(readText(resultFile().toStdString()), "1603\n");
    const QByteArray err = wizard.readAllStandardError();
    EXPECT_TRUE(err.contains("No display is available. Use --unattended")) << err.toStdString();
    EXPECT_NE(readText(m_root / "setup.log").find("cannot be opened"), std::string::npos);
}

} // namespace

namespace {

// The manifest's desktop block, end to end: setup writes the menu entry, the MIME type and the
// command (below RESTARTMANAGER_DESKTOP_PREFIX, never into the real ~/.local or /usr/local), the
// entry passes desktop-file-validate, and the caches know the new type.
TEST_F(UnattendedTest, WritesTheDesktopFilesOfTheManifest) {
    if (!fs::exists("/usr/bin/desktop-file-validate") ||
        !fs::exists("/usr/bin/update-mime-database")) {
        GTEST_SKIP() << "needs desktop-file-validate (desktop-file-utils) and update-mime-database "
                        "(shared-mime-info)";
    }
    std::string manifest = readText(m_package / "manifest.json");
    const std::string desktop = R"("id": "org.example.TestProduct",
    "desktop": {
        "entries": [{"name": {"en": "Test Product", "de": "Testprodukt"},
                     "comment": "The tests' product", "exec": "share/test/data.txt",
                     "arguments": ["%f"], "categories": ["Utility"],
                     "mimeTypes": ["application/x-testproduct"]}],
        "mimeTypes": [{"type": "application/x-testproduct", "comment": "Test document",
                       "globs": ["*.testproduct"]}],
        "commands": [{"name": "test-product", "target": "share/test/data.txt"}]
    },
    "components")";
    manifest.replace(manifest.find("\"components\""), std::strlen("\"components\""), desktop);
    writeText(m_package / "manifest.json", manifest);
    const fs::path desktopPrefix = m_root / "desktop";
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("RESTARTMANAGER_DESKTOP_PREFIX"),
               QString::fromStdString(desktopPrefix.string()));

    ASSERT_EQ(run(arguments({}), env), ExitSuccess) << m_stderr.toStdString();
    const fs::path entry = desktopPrefix / "share/applications/org.example.TestProduct.desktop";
    ASSERT_TRUE(fs::is_regular_file(entry));
    QProcess validate;
    validate.start(QStringLiteral("/usr/bin/desktop-file-validate"),
                   {QString::fromStdString(entry.string())});
    ASSERT_TRUE(validate.waitForFinished(30000));
    EXPECT_EQ(validate.exitCode(), 0) << validate.readAll().toStdString();
    const std::string text = readText(entry);
    EXPECT_NE(text.find("Exec=" + (m_prefix / "share/test/data.txt").string() + " %f\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Name[de]=Testprodukt\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Exec=restartmanager-setup --uninstall org.example.TestProduct\n"),
              std::string::npos)
        << text;
    EXPECT_EQ(fs::read_symlink(desktopPrefix / "bin/test-product"),
              m_prefix / "share/test/data.txt");
    EXPECT_NE(readText(desktopPrefix / "share/mime/globs2")
                  .find("application/x-testproduct:*.testproduct"),
              std::string::npos);
}

} // namespace
