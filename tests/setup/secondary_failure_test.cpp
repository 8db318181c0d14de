// Issue 21, items 2-4: vendors' secondary installers that fail, exit, hang or lie, at every step
// of docs/secondary-installer-protocol.md. A failed, missing or late answer rolls the whole
// install back (every component, the primary's own files too), the log names the component,
// the step and the secondary's words, and the run ends with 1603. The two-phase commit lets a
// failure at `commit` or `end` still put back the components that confirmed before it.
#include "setup_fixture.h"

#include "support/log_capture.h"

#include <chrono>

namespace {

using namespace setuptest;

const std::string kVendor = "bin/rm_test_vendor_secondary";

class SecondaryFailureTest : public SetupRunFixture {
protected:
    void SetUp() override {
        SetupRunFixture::SetUp();
        m_log.emplace((m_root / "setup.log").string());
        m_vendorPackage = m_root / "vendor-package";
        writePackage(m_vendorPackage, kVendor, kVendor);
        fs::create_directories(m_vendorPackage / "bin");
        rmtest::copyExecutable(RM_VENDOR_SECONDARY, (m_vendorPackage / "bin").string());
        load(m_vendorPackage);
        m_run->setDecision(decision(CloseMode::Close, StillRunningAnswer::Ignore));
        QObject::connect(m_run.get(), &SetupRun::progress, m_run.get(),
                         [this](int, const QString& message) { m_messages << message; });
    }

    void TearDown() override {
        m_log.reset();
        SetupRunFixture::TearDown();
    }

    [[nodiscard]] std::string log() {
        m_log->flush();
        return readText(m_root / "setup.log");
    }

    [[nodiscard]] fs::path record() const {
        return m_prefix / "share" / "restartmanager" / "installed.txt";
    }

    // Everything as it was: the old files, no record of the install, nothing beside them.
    void expectEverythingBack() {
        EXPECT_EQ(readText(dataFile()), "old data\n");
        EXPECT_EQ(readText(extraFile()), "old extra\n");
        EXPECT_FALSE(fs::exists(record())) << "setup's own file stayed";
        EXPECT_FALSE(fs::exists(m_prefix / "share" / "restartmanager"));
        for (const auto& entry : fs::recursive_directory_iterator{m_prefix}) {
            const auto name = entry.path().filename().string();
            EXPECT_FALSE(name.ends_with(".rm-old") || name.ends_with(".rm-new")) << entry.path();
        }
    }

    // The log line of the failure names the component, the step and, for an `error` answer,
    // the secondary's own words.
    void expectLogged(const std::string& component, const std::string& step,
                      const std::string& words) {
        const std::string text = log();
        const std::string line = "component " + component + " (";
        const auto at = text.find(line);
        ASSERT_NE(at, std::string::npos) << text;
        const auto failure = text.find("failed at the step " + step + ": " + words, at);
        EXPECT_NE(failure, std::string::npos) << text;
    }

    fs::path m_vendorPackage;
    std::optional<rmtest::LogCapture> m_log;
    QStringList m_messages;
};

TEST_F(SecondaryFailureTest, VendorSecondariesOfProtocol3InstallAndLeaveNothingBeside) {
    const InstallReport report = runToTheEnd();
    ASSERT_EQ(report.exitCode, ExitSuccess) << report.failure.toStdString();
    EXPECT_EQ(readText(dataFile()), "new data\n");
    EXPECT_EQ(readText(extraFile()), "new extra\n");
    EXPECT_TRUE(fs::exists(record()));
    for (const auto& entry : fs::recursive_directory_iterator{m_prefix}) {
        EXPECT_FALSE(entry.path().filename().string().ends_with(".rm-old")) << entry.path();
    }
}

struct Fault {
    const char* step;
    const char* how;
};

std::string faultName(const ::testing::TestParamInfo<Fault>& info) {
    return std::string{info.param.step} + "_" + info.param.how;
}

class SecondaryFaultTest : public SecondaryFailureTest,
                           public ::testing::WithParamInterface<Fault> {};

// The second component fails, so that the first has already taken the same step: at `commit`
// and `end` it has confirmed its files, and must still go back.
TEST_P(SecondaryFaultTest, EverythingIsPutBackAndTheRunEndsWith1603) {
    const Fault fault = GetParam();
    rmtest::ScopedEnvironment environment{"RM_VENDOR_FAULT",
                                          std::string{"extra:"} + fault.step + ":" + fault.how};
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitFatalError);
    EXPECT_TRUE(report.installed.isEmpty());
    EXPECT_TRUE(report.failure.contains(QStringLiteral("Extra"))) << report.failure.toStdString();
    expectEverythingBack();
    const std::string words = std::string{fault.how} == "error"
                                  ? "vendor fault at " + std::string{fault.step}
                                  : "its installer stopped unexpectedly";
    expectLogged("extra", fault.step, words);
}

INSTANTIATE_TEST_SUITE_P(EveryStep, SecondaryFaultTest,
                         ::testing::Values(Fault{"join", "error"}, Fault{"join", "exit"},
                                           Fault{"register", "error"}, Fault{"register", "exit"},
                                           Fault{"apply", "error"}, Fault{"apply", "exit"},
                                           Fault{"commit", "error"}, Fault{"commit", "exit"},
                                           Fault{"end", "error"}, Fault{"end", "exit"}),
                         faultName);

// A secondary that hangs fails the step once the configured timeout is over; the views say whom
// setup waits for meanwhile.
class SecondaryHangTest : public SecondaryFailureTest,
                          public ::testing::WithParamInterface<const char*> {};

TEST_P(SecondaryHangTest, FailsTheInstallWithinTheTimeoutAndPutsEverythingBack) {
    const std::string step = GetParam();
    rmtest::ScopedEnvironment environment{"RM_VENDOR_FAULT", "extra:" + step + ":hang"};
    environment.set("RESTARTMANAGER_SECONDARY_TIMEOUT_MS", "1500");
    const auto started = std::chrono::steady_clock::now();
    const InstallReport report = runToTheEnd();
    const auto took = std::chrono::steady_clock::now() - started;
    EXPECT_EQ(report.exitCode, ExitFatalError);
    // Well below the default of 60 s a step: the variable was followed.
    EXPECT_LT(took, 30s);
    expectEverythingBack();
    expectLogged("extra", step, "its installer did not answer in time");
    EXPECT_TRUE(m_messages.contains(QStringLiteral("Waiting for the installer of Extra…")))
        << m_messages.join(QLatin1Char('|')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(EveryStep, SecondaryHangTest,
                         ::testing::Values("join", "register", "apply", "commit", "end"));

// A secondary that fails to roll back (it exits instead) has its files put back by the primary,
// from the originals kept beside them.
TEST_F(SecondaryFailureTest, WhatASecondaryCannotRollBackThePrimaryPutsBack) {
    rmtest::ScopedEnvironment environment{"RM_VENDOR_FAULT", "extra:end:error,app:rollback:exit"};
    const InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitFatalError);
    expectEverythingBack();
    expectLogged("app", "rollback", "its installer stopped unexpectedly");
    EXPECT_NE(log().find("component app: setup puts back its files itself"), std::string::npos);
}

// A secondary of protocol 2 (before the two-phase commit) still installs; as the only one of its
// kind it commits last, so its failure at `commit` still puts every other component back.
TEST_F(SecondaryFailureTest, ASecondaryOfProtocol2StillWorksAndFailsCleanlyAtCommit) {
    writePackage(m_vendorPackage, kVendor, "stock");
    load(m_vendorPackage);
    m_run->setDecision(decision(CloseMode::Close, StillRunningAnswer::Ignore));
    rmtest::ScopedEnvironment environment{"RM_VENDOR_PROTOCOL", "2"};
    environment.set("RM_VENDOR_FAULT", "app:commit:error");
    InstallReport report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitFatalError);
    expectEverythingBack();
    expectLogged("app", "commit", "vendor fault at commit");

    environment.unset("RM_VENDOR_FAULT");
    load(m_vendorPackage);
    m_run->setDecision(decision(CloseMode::Close, StillRunningAnswer::Ignore));
    report = runToTheEnd();
    EXPECT_EQ(report.exitCode, ExitSuccess) << report.failure.toStdString();
    EXPECT_EQ(readText(dataFile()), "new data\n");
    EXPECT_EQ(readText(extraFile()), "new extra\n");
    EXPECT_FALSE(fs::exists(dataFile().string() + ".rm-old"));
}

// Item 4: `joined` and `registered` are only words. A secondary that never calls RmJoinSession
// or RmRegisterResources still gets its files checked: setup registers them on its behalf, and
// the application that holds one of them is in the list.
TEST_F(SecondaryFailureTest, FilesALyingSecondaryNeverRegisteredAreStillListed) {
    rmtest::ScopedEnvironment environment{"RM_VENDOR_FAULT", "app:join:lie,app:register:lie"};
    const pid_t holder = startApp(false);
    ASSERT_GT(holder, 0);
    load(m_vendorPackage);
    bool listed = false;
    QObject::connect(m_run.get(), &SetupRun::decisionNeeded, m_run.get(), [&] {
        for (const auto& app : m_plan->affected.applications) {
            listed = listed || static_cast<pid_t>(app.process.dwProcessId) == holder;
        }
        m_run->cancel();
    });
    const InstallReport report = runToTheEnd();
    EXPECT_TRUE(listed) << "the application that holds " << dataFile() << " is not listed";
    EXPECT_EQ(report.exitCode, ExitCancelled);
    EXPECT_NE(log().find("component app: its installer said it registered its files, but 1 of "
                         "1 are not registered in the session"),
              std::string::npos)
        << log();
    EXPECT_EQ(readText(dataFile()), "old data\n");
}

} // namespace
