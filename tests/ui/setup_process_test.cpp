// restartmanager-setup as a whole program, attacked from outside (issue 8): a stop signal still
// cleans up, and neither TMPDIR nor the result file can be turned against the user who runs it.
#include "support/test_support.h"

#include "ui/setup/install_plan.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

std::vector<std::string> entriesOf(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator{dir}) {
        names.push_back(entry.path().filename().string());
    }
    return names;
}

class SetupProcessTest : public rmtest::StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        m_root = temp().path();
        fs::create_directories(m_root / "home");
        fs::create_directories(m_root / "runtime");
        fs::permissions(m_root / "runtime", fs::perms::owner_all, fs::perm_options::replace);
    }

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), QString::fromStdString((m_root / "home").string()));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        // As in a desktop session; without it Qt makes TMPDIR/runtime-USER for itself.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                   QString::fromStdString((m_root / "runtime").string()));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        return env;
    }

    // Starts setup on the embedded demo package and waits for its first page.
    void startSetup(QProcess& setup, const QProcessEnvironment& env, const QStringList& extra) {
        setup.setProcessEnvironment(env);
        QStringList arguments{QStringLiteral("--print-startup-time"), QStringLiteral("--log"),
                              QString::fromStdString((m_root / "setup.log").string())};
        arguments << extra;
        setup.start(QStringLiteral(RM_SETUP), arguments);
        ASSERT_TRUE(setup.waitForStarted(10000)) << setup.errorString().toStdString();
        QByteArray out;
        while (!out.contains("first page shown") && setup.waitForReadyRead(20000)) {
            out += setup.readAllStandardOutput();
        }
        ASSERT_TRUE(out.contains("first page shown")) << out.toStdString();
    }

    // The scratch folders of process `pid` in the store folder.
    [[nodiscard]] std::vector<std::string> scratchFoldersOf(pid_t pid) const {
        std::vector<std::string> found;
        for (const auto& name : entriesOf(storeDir())) {
            if (name.starts_with("scratch-package-" + std::to_string(pid) + "-")) {
                found.push_back(name);
            }
        }
        return found;
    }

    fs::path m_root;
};

// The embedded package is copied into a scratch folder of the private store folder, never into
// TMPDIR or /tmp (issue 21, item 19); a stop signal removes it.
TEST_F(SetupProcessTest, SigtermCancelsAndRemovesTheCopyOfThePackage) {
    const fs::path tmp = m_root / "tmp";
    fs::create_directories(tmp);
    fs::permissions(tmp, fs::perms::owner_all, fs::perm_options::replace);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("TMPDIR"), QString::fromStdString(tmp.string()));
    QProcess setup;
    startSetup(setup, env, {});
    EXPECT_EQ(scratchFoldersOf(static_cast<pid_t>(setup.processId())).size(), 1U)
        << "the demo package was not copied into the store folder";
    EXPECT_TRUE(entriesOf(tmp).empty()) << "something was made in TMPDIR";

    ::kill(static_cast<pid_t>(setup.processId()), SIGTERM);
    ASSERT_TRUE(setup.waitForFinished(30000));
    EXPECT_EQ(setup.exitStatus(), QProcess::NormalExit) << "setup died of the signal";
    EXPECT_EQ(setup.exitCode(), ExitCancelled % 256);
    EXPECT_TRUE(scratchFoldersOf(static_cast<pid_t>(setup.processId())).empty())
        << "setup left its copy behind";
    EXPECT_TRUE(entriesOf(tmp).empty());
}

// A setup killed with SIGKILL cannot remove its copy: the next setup does, when it starts. The
// copy of a setup that still runs stays, also when the next one is refused (1618).
TEST_F(SetupProcessTest, TheNextSetupRemovesTheCopyOfAKilledSetupButNotOfALiveOne) {
    const fs::path tmp = m_root / "tmp";
    fs::create_directories(tmp);
    fs::permissions(tmp, fs::perms::owner_all, fs::perm_options::replace);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("TMPDIR"), QString::fromStdString(tmp.string()));

    QProcess killed;
    startSetup(killed, env, {});
    const auto killedPid = static_cast<pid_t>(killed.processId());
    ASSERT_EQ(scratchFoldersOf(killedPid).size(), 1U);
    ::kill(killedPid, SIGKILL);
    ASSERT_TRUE(killed.waitForFinished(30000));
    ASSERT_EQ(scratchFoldersOf(killedPid).size(), 1U) << "a killed setup removed its copy?";

    QProcess live;
    startSetup(live, env, {});
    const auto livePid = static_cast<pid_t>(live.processId());
    EXPECT_TRUE(scratchFoldersOf(killedPid).empty()) << "the killed setup's copy is still there";
    ASSERT_EQ(scratchFoldersOf(livePid).size(), 1U);

    // A second setup while the first runs: refused, and the live setup's copy stays.
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(RM_SETUP),
                 {QStringLiteral("--unattended"), QStringLiteral("--log"),
                  QString::fromStdString((m_root / "second.log").string())});
    ASSERT_TRUE(second.waitForFinished(60000));
    EXPECT_EQ(second.exitCode(), ExitAlreadyRunning % 256);
    EXPECT_EQ(scratchFoldersOf(livePid).size(), 1U) << "a live setup's copy was removed";
    EXPECT_TRUE(scratchFoldersOf(static_cast<pid_t>(second.processId())).empty());

    ::kill(livePid, SIGTERM);
    ASSERT_TRUE(live.waitForFinished(30000));
    EXPECT_EQ(live.exitCode(), ExitCancelled % 256);
    EXPECT_TRUE(scratchFoldersOf(livePid).empty());
    EXPECT_TRUE(entriesOf(tmp).empty()) << "something was made in TMPDIR";
}

// After `sudo -E`, TMPDIR may name a folder of the user who ran sudo. Whoever owns it could
// replace the extracted package between the check and the install: setup must not use it.
TEST_F(SetupProcessTest, ATmpdirOfAnotherUserIsNotUsed) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root: TMPDIR must belong to another user (nobody)";
    }
    const passwd* nobody = ::getpwnam("nobody");
    ASSERT_NE(nobody, nullptr);
    const fs::path theirs = m_root / "their-tmp";
    fs::create_directories(theirs);
    ASSERT_EQ(::chown(theirs.c_str(), nobody->pw_uid, nobody->pw_gid), 0) << std::strerror(errno);
    ASSERT_EQ(::chmod(m_root.c_str(), 0755), 0);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("TMPDIR"), QString::fromStdString(theirs.string()));
    QProcess setup;
    startSetup(setup, env, {});
    EXPECT_TRUE(entriesOf(theirs).empty()) << "setup extracted the package into nobody's folder";
    ::kill(static_cast<pid_t>(setup.processId()), SIGTERM);
    ASSERT_TRUE(setup.waitForFinished(30000));
    EXPECT_EQ(setup.exitCode(), ExitCancelled % 256);
}

// --result-file names a file, often in /tmp. Another user who creates that name first, as a link
// to a file of the victim's, must not get it overwritten.
TEST_F(SetupProcessTest, TheResultFileIsNeverWrittenThroughALink) {
    const fs::path precious = m_root / "precious";
    {
        std::FILE* file = std::fopen(precious.c_str(), "w");
        ASSERT_NE(file, nullptr);
        std::fputs("precious\n", file);
        std::fclose(file);
    }
    const fs::path result = m_root / "result.txt";
    fs::create_symlink(precious, result);
    QProcess setup;
    startSetup(setup, environment(),
               {QStringLiteral("--result-file"), QString::fromStdString(result.string())});
    ::kill(static_cast<pid_t>(setup.processId()), SIGTERM);
    ASSERT_TRUE(setup.waitForFinished(30000));
    EXPECT_EQ(setup.exitCode(), ExitCancelled % 256);
    EXPECT_EQ(rmtest::readFile(precious.string()), "precious\n");
    EXPECT_TRUE(fs::is_symlink(result));
}

// A second setup of the same product while the first one runs: it says so and exits with 1618
// (ERROR_INSTALL_ALREADY_RUNNING, as msiexec), in its result file too, and changes nothing.
TEST_F(SetupProcessTest, ASecondSetupOfTheSameProductSaysSoAndExits1618) {
    QProcess first;
    startSetup(first, environment(), {});

    const fs::path prefix = m_root / "second-prefix";
    const fs::path result = m_root / "second-result.txt";
    QProcess second;
    second.setProcessEnvironment(environment());
    second.start(QStringLiteral(RM_SETUP),
                 {QStringLiteral("--unattended"), QStringLiteral("--dir"),
                  QString::fromStdString(prefix.string()), QStringLiteral("--result-file"),
                  QString::fromStdString(result.string()), QStringLiteral("--log"),
                  QString::fromStdString((m_root / "second.log").string())});
    ASSERT_TRUE(second.waitForFinished(60000));
    EXPECT_EQ(second.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(second.exitCode(), ExitAlreadyRunning % 256);
    EXPECT_EQ(rmtest::readFile(result.string()), "1618\n");
    const std::string err = second.readAllStandardError().toStdString();
    EXPECT_NE(err.find("Setup of Demo Notes is already running."), std::string::npos) << err;
    EXPECT_NE(second.readAllStandardOutput().toStdString().find("exit-code 1618"),
              std::string::npos);
    EXPECT_FALSE(fs::exists(prefix)) << "the second setup installed something";

    ::kill(static_cast<pid_t>(first.processId()), SIGTERM);
    ASSERT_TRUE(first.waitForFinished(30000));
    EXPECT_EQ(first.exitCode(), ExitCancelled % 256);
}

// The wizard (not unattended) as the second setup: it shows "already running" in a message box,
// which a QA script dismisses in advance with AlreadyRunning=ok; the exit code stays 1618.
TEST_F(SetupProcessTest, ASecondWizardOfTheProductExits1618WhenTheMessageIsAnswered) {
    QProcess first;
    startSetup(first, environment(), {});

    const fs::path result = m_root / "second-wizard-result.txt";
    QProcess second;
    second.setProcessEnvironment(environment());
    second.start(QStringLiteral(RM_SETUP),
                 {QStringLiteral("--answer"), QStringLiteral("AlreadyRunning=ok"),
                  QStringLiteral("--result-file"), QString::fromStdString(result.string()),
                  QStringLiteral("--log"),
                  QString::fromStdString((m_root / "second-wizard.log").string())});
    ASSERT_TRUE(second.waitForFinished(60000)) << "the second wizard waits for someone";
    EXPECT_EQ(second.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(second.exitCode(), ExitAlreadyRunning % 256);
    EXPECT_EQ(rmtest::readFile(result.string()), "1618\n");
    const std::string err = second.readAllStandardError().toStdString();
    EXPECT_NE(err.find("Setup of Demo Notes is already running."), std::string::npos) << err;

    ::kill(static_cast<pid_t>(first.processId()), SIGTERM);
    ASSERT_TRUE(first.waitForFinished(30000));
    EXPECT_EQ(first.exitCode(), ExitCancelled % 256);
}

// The lock goes with the setup that held it: once the first setup has ended (here: killed, as a
// crash would), the next one runs.
TEST_F(SetupProcessTest, TheNextSetupRunsOnceTheFirstHasEnded) {
    QProcess first;
    startSetup(first, environment(), {});
    ::kill(static_cast<pid_t>(first.processId()), SIGKILL);
    ASSERT_TRUE(first.waitForFinished(30000));

    const fs::path prefix = m_root / "next-prefix";
    const fs::path result = m_root / "next-result.txt";
    QProcess next;
    next.setProcessEnvironment(environment());
    next.start(QStringLiteral(RM_SETUP),
               {QStringLiteral("--unattended"), QStringLiteral("--dir"),
                QString::fromStdString(prefix.string()), QStringLiteral("--result-file"),
                QString::fromStdString(result.string()), QStringLiteral("--log"),
                QString::fromStdString((m_root / "next.log").string())});
    ASSERT_TRUE(next.waitForFinished(120000));
    EXPECT_EQ(next.exitCode(), ExitSuccess)
        << next.readAllStandardError().toStdString() << next.readAllStandardOutput().toStdString();
    EXPECT_EQ(rmtest::readFile(result.string()), "0\n");
    EXPECT_TRUE(fs::exists(prefix / "share" / "restartmanager" / "installed.txt"));

    // Its lock file is in the private store folder, not in a shared one.
    bool found = false;
    for (const auto& entry : fs::directory_iterator{storeDir()}) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with("setup-demo-notes-") && name.ends_with(".lock")) {
            found = true;
            EXPECT_TRUE(entry.is_regular_file());
            EXPECT_EQ(entry.status().permissions() & fs::perms::all,
                      fs::perms::owner_read | fs::perms::owner_write);
        }
    }
    EXPECT_TRUE(found) << "no lock file in " << storeDir();
}

} // namespace
