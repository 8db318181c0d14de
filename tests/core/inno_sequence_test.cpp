// The call sequence of Inno Setup's CloseApplications support, written from its documented
// behaviour as a Windows-written client would make it (windows.h, HRESULTs, wide strings):
//   RmStartSession; RmRegisterResources in batches of 1,000 files; RmGetList with a zero buffer,
//   ERROR_MORE_DATA, then again with the size it asked for; RmShutdown, and on ERROR_FAIL_SHUTDOWN
//   the user closes what would not close and chooses Retry; after the files are replaced,
//   RmRestart; RmEndSession.
// Only applications registered for restart come back, as on Windows.
#include "support/test_support.h"

#include <restartmanager.h>
#include <restartmanager_linux.h>
#include <windows.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace {

using namespace std::chrono_literals;
using rmtest::ChildProcess;

// The HRESULT an installer script would see.
HRESULT check(DWORD result) {
    return HRESULT_FROM_WIN32(result);
}

struct Held {
    ChildProcess process;
    std::string marker;
};

// Reads up to "ready"; a RegisterApplicationRestart that did not succeed fails the test.
::testing::AssertionResult startsWithReady(ChildProcess& child) {
    for (int i = 0; i < 3; ++i) {
        auto line = child.readLine(15s);
        if (!line) {
            return ::testing::AssertionFailure() << "no \"ready\"";
        }
        if (line->starts_with("registered ") && *line != "registered 0") {
            return ::testing::AssertionFailure() << "RegisterApplicationRestart said " << *line;
        }
        if (*line == "ready") {
            return ::testing::AssertionSuccess();
        }
    }
    return ::testing::AssertionFailure() << "no \"ready\" in three lines";
}

std::size_t startsIn(const std::string& marker) {
    std::ifstream in{marker};
    std::size_t starts = 0;
    for (std::string line; std::getline(in, line);) {
        starts += line.starts_with("start\t") ? 1 : 0;
    }
    return starts;
}

class InnoSetupSequence : public rmtest::StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        m_oldTimeout = RmLinuxGetShutdownTimeout();
        RmLinuxSetShutdownTimeout(1500);
        // 2,500 files the "installer" replaces; the applications hold a few of them.
        for (int i = 0; i < 2500; ++i) {
            const auto path = m_dir.file("app/file-" + std::to_string(i));
            if (i == 0) {
                std::filesystem::create_directories(m_dir.file("app"));
            }
            std::ofstream{path} << i;
            m_files.push_back(std::wstring(path.begin(), path.end()));
        }
    }
    void TearDown() override {
        // What RmRestart started in our place: the markers name them.
        for (const auto& marker : m_markers) {
            std::ifstream in{marker};
            for (std::string line; std::getline(in, line);) {
                if (line.starts_with("start\t")) {
                    const pid_t pid = std::stoi(line.substr(6));
                    RM_UNIQUE_PROCESS unique{};
                    if (RmLinuxGetUniqueProcess(pid, &unique) == ERROR_SUCCESS) {
                        ::kill(pid, SIGKILL);
                    }
                }
            }
        }
        RmLinuxSetShutdownTimeout(m_oldTimeout);
        StoreTest::TearDown();
    }

    Held start(const std::string& held, const std::vector<std::string>& extra) {
        const auto marker = m_dir.file("marker-" + std::to_string(m_markers.size()));
        m_markers.push_back(marker);
        std::vector<std::string> argv{rmtest::helperPath("rm_test_app"), "--hold", held};
        argv.insert(argv.end(), extra.begin(), extra.end());
        rmtest::SpawnOptions options;
        options.environment = {{"RM_TEST_APP_MARKER", marker}};
        return Held{ChildProcess::spawn(argv, options), marker};
    }

    rmtest::TempDir m_dir{"rminno"};
    std::vector<std::wstring> m_files;
    std::vector<std::string> m_markers;
    DWORD m_oldTimeout = 0;
};

TEST_F(InnoSetupSequence, RegistersInBatchesSizesTheListRetriesAndRestartsOnlyRegisteredApps) {
    // A registered application, an unregistered console helper, and a registered one that
    // will not close (it ignores SIGTERM) until the user closes it by hand.
    auto registered = start(m_dir.file("app/file-10"), {"--register-restart", "--again"});
    auto helper = start(m_dir.file("app/file-1500"), {});
    auto stubborn =
        start(m_dir.file("app/file-2499"), {"--ignore-term", "--register-restart", "--again"});
    ASSERT_TRUE(startsWithReady(registered.process));
    ASSERT_TRUE(startsWithReady(helper.process));
    ASSERT_TRUE(startsWithReady(stubborn.process));

    DWORD session = 0xFFFFFFFF;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    ASSERT_TRUE(SUCCEEDED(check(RmStartSession(&session, 0, key))));

    // Inno registers its files 1,000 at a time.
    for (std::size_t first = 0; first < m_files.size(); first += 1000) {
        std::vector<LPCWSTR> batch;
        for (std::size_t i = first; i < std::min(first + 1000, m_files.size()); ++i) {
            batch.push_back(m_files[i].c_str());
        }
        ASSERT_EQ(check(RmRegisterResources(session, static_cast<UINT>(batch.size()), batch.data(),
                                            0, nullptr, 0, nullptr)),
                  S_OK);
    }

    // The sizing loop: no buffer first, then the size asked for.
    UINT needed = 0;
    UINT count = 0;
    DWORD reasons = 0;
    ASSERT_EQ(RmGetList(session, &needed, &count, nullptr, &reasons), DWORD{ERROR_MORE_DATA});
    ASSERT_EQ(needed, 3U);
    std::vector<RM_PROCESS_INFO> infos(needed);
    count = needed;
    ASSERT_EQ(check(RmGetList(session, &needed, &count, infos.data(), &reasons)), S_OK);
    ASSERT_EQ(count, 3U);
    EXPECT_EQ(reasons, DWORD{RmRebootReasonNone});
    for (UINT i = 0; i < count; ++i) {
        const bool isHelper =
            infos[i].Process.dwProcessId == static_cast<DWORD>(helper.process.pid());
        EXPECT_EQ(infos[i].bRestartable, isHelper ? FALSE : TRUE)
            << "PID " << infos[i].Process.dwProcessId;
    }

    // The stubborn one does not close: Inno shows its Retry / Ignore / Cancel question.
    const HRESULT first = check(RmShutdown(session, 0, nullptr));
    EXPECT_TRUE(FAILED(first));
    EXPECT_EQ(first, HRESULT_FROM_WIN32(ERROR_FAIL_SHUTDOWN));
    EXPECT_EQ(HRESULT_CODE(first), ERROR_FAIL_SHUTDOWN);
    EXPECT_EQ(registered.process.wait(5s), 0);
    EXPECT_EQ(helper.process.wait(5s), 0);
    // The user closes it and chooses Retry.
    stubborn.process.kill(SIGKILL);
    EXPECT_EQ(stubborn.process.wait(5s), 128 + SIGKILL);
    ASSERT_EQ(check(RmShutdown(session, 0, nullptr)), S_OK);

    // ... the files are replaced ...
    ASSERT_EQ(check(RmRestart(session, 0, nullptr)), S_OK);
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (startsIn(registered.marker) < 2 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(50ms);
    }
    EXPECT_EQ(startsIn(registered.marker), 2U) << "the registered application came back";
    std::this_thread::sleep_for(300ms);
    EXPECT_EQ(startsIn(helper.marker), 1U) << "an unregistered helper was started again";
    ASSERT_EQ(check(RmEndSession(session)), S_OK);
}

} // namespace
