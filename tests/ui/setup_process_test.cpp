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

    fs::path m_root;
};

TEST_F(SetupProcessTest, SigtermCancelsAndRemovesTheTemporaryCopyOfThePackage) {
    const fs::path tmp = m_root / "tmp";
    fs::create_directories(tmp);
    fs::permissions(tmp, fs::perms::owner_all, fs::perm_options::replace);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("TMPDIR"), QString::fromStdString(tmp.string()));
    QProcess setup;
    startSetup(setup, env, {});
    EXPECT_FALSE(entriesOf(tmp).empty()) << "the demo package was not extracted into TMPDIR";

    ::kill(static_cast<pid_t>(setup.processId()), SIGTERM);
    ASSERT_TRUE(setup.waitForFinished(30000));
    EXPECT_EQ(setup.exitStatus(), QProcess::NormalExit) << "setup died of the signal";
    EXPECT_EQ(setup.exitCode(), ExitCancelled % 256);
    EXPECT_TRUE(entriesOf(tmp).empty()) << "setup left its temporary folder behind";
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

} // namespace
