// Sessions shared by real processes: a primary (this test process) and secondaries running
// rm_test_secondary, which receive the session key on stdin and answer "<command> <code>".
#include "core/session.h"
#include "support/test_support.h"

#include <restartmanager.h>
#include <restartmanager_linux.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <latch>
#include <set>
#include <span>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

namespace {

using namespace std::chrono_literals;
using rmtest::ChildProcess;
using rmtest::SpawnOptions;

constexpr auto kAnswerTimeout = 30s;

class MultiProcessTest : public rmtest::StoreTest {};

// Starts rm_test_secondary (or a copy of it) and hands it the key over its stdin.
ChildProcess spawnSecondary(const std::string& key, const SpawnOptions& options = {},
                            const std::string& program = rmtest::helperPath("rm_test_secondary")) {
    auto child = ChildProcess::spawn({program}, options);
    EXPECT_TRUE(child.writeLine(key));
    return child;
}

// Sends one command and returns the answer line ("" when the child did not answer in time).
std::string ask(ChildProcess& child, const std::string& command) {
    if (!child.writeLine(command)) {
        return "<could not write '" + command + "'>";
    }
    return child.readLine(kAnswerTimeout).value_or("<no answer to '" + command + "'>");
}

std::string fileName(const std::string& dir, std::size_t i) {
    return dir + "/file-" + std::to_string(i);
}

// Ends the child's input and expects a clean exit.
void finish(ChildProcess& child) {
    child.closeStdin();
    EXPECT_EQ(child.wait(), 0) << "secondary " << child.pid() << " did not exit cleanly";
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

TEST_F(MultiProcessTest, SixteenSecondariesRegisterSixteenThousandFilesAtTheSameTime) {
    constexpr std::size_t kSecondaries = 16;
    constexpr std::size_t kFilesEach = 1000;

    auto primary = rm::Session::start();
    ASSERT_TRUE(primary) << primary.error().message;
    const rmtest::TempDir files{"rmfiles"};

    std::vector<ChildProcess> secondaries;
    std::vector<std::string> dirs;
    for (std::size_t i = 0; i < kSecondaries; ++i) {
        secondaries.push_back(spawnSecondary(primary->key()));
        dirs.push_back(files.file("secondary-" + std::to_string(i)));
    }
    // Every secondary joins first ...
    for (auto& secondary : secondaries) {
        ASSERT_TRUE(secondary.writeLine("join"));
    }
    for (auto& secondary : secondaries) {
        ASSERT_EQ(secondary.readLine(kAnswerTimeout), "join 0") << "pid " << secondary.pid();
    }
    // ... and only then are all of them released to register at the same moment.
    for (std::size_t i = 0; i < kSecondaries; ++i) {
        ASSERT_TRUE(
            secondaries[i].writeLine("register " + dirs[i] + " " + std::to_string(kFilesEach)));
    }
    for (auto& secondary : secondaries) {
        EXPECT_EQ(secondary.readLine(kAnswerTimeout), "register 0") << "pid " << secondary.pid();
    }

    auto checkAllFiles = [&] {
        auto resources = primary->registeredResources();
        ASSERT_TRUE(resources) << resources.error().message;
        EXPECT_EQ(resources->files.size(), kSecondaries * kFilesEach);
        const std::set<std::string> unique(resources->files.begin(), resources->files.end());
        EXPECT_EQ(unique.size(), resources->files.size()) << "some files are listed twice";
        std::size_t missing = 0;
        for (const auto& dir : dirs) {
            for (std::size_t i = 0; i < kFilesEach; ++i) {
                missing += unique.contains(fileName(dir, i)) ? 0U : 1U;
            }
        }
        EXPECT_EQ(missing, 0U);
        EXPECT_TRUE(resources->processes.empty());
        EXPECT_TRUE(resources->services.empty());
    };
    checkAllFiles();

    auto sessions = rm::listSessions();
    ASSERT_TRUE(sessions) << sessions.error().message;
    ASSERT_EQ(sessions->size(), 1U);
    EXPECT_EQ(sessions->front().members, kSecondaries + 1);
    EXPECT_EQ(sessions->front().primary.pid, ::getpid());

    // Secondaries leave; the session and everything registered in it stay.
    for (auto& secondary : secondaries) {
        EXPECT_EQ(ask(secondary, "end"), "end 0") << "pid " << secondary.pid();
        finish(secondary);
    }
    checkAllFiles();
    sessions = rm::listSessions();
    ASSERT_TRUE(sessions) << sessions.error().message;
    ASSERT_EQ(sessions->size(), 1U);
    EXPECT_EQ(sessions->front().members, 1U);
    EXPECT_EQ(sessions->front().files, kSecondaries * kFilesEach);

    EXPECT_EQ(primary->end().code(), DWORD{ERROR_SUCCESS});
}

TEST_F(MultiProcessTest, SecondaryEndLeavesButPrimaryEndEndsTheSessionForEveryone) {
    auto primary = rm::Session::start();
    ASSERT_TRUE(primary) << primary.error().message;
    const rmtest::TempDir files{"rmfiles"};

    auto leaver = spawnSecondary(primary->key());
    auto stayer = spawnSecondary(primary->key());
    ASSERT_EQ(ask(leaver, "join"), "join 0");
    ASSERT_EQ(ask(stayer, "join"), "join 0");
    ASSERT_EQ(ask(leaver, "register " + files.file("leaver") + " 5"), "register 0");

    // A secondary's RmEndSession only leaves: its own handle is gone ...
    EXPECT_EQ(ask(leaver, "end"), "end 0");
    EXPECT_EQ(ask(leaver, "register " + files.file("leaver") + " 1"), "register 6");
    // ... but the session, its files and the other secondary go on.
    EXPECT_EQ(ask(stayer, "register " + files.file("stayer") + " 3"), "register 0");
    auto resources = primary->registeredResources();
    ASSERT_TRUE(resources) << resources.error().message;
    EXPECT_EQ(resources->files.size(), 8U);
    // The key still works for a newcomer.
    auto newcomer = spawnSecondary(primary->key());
    EXPECT_EQ(ask(newcomer, "join"), "join 0");

    // The primary's RmEndSession ends it for everyone.
    ASSERT_EQ(primary->end().code(), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(ask(stayer, "register " + files.file("stayer") + " 3"), "register 6");
    EXPECT_EQ(ask(newcomer, "register " + files.file("newcomer") + " 1"), "register 6");
    auto late = spawnSecondary(primary->key());
    EXPECT_EQ(ask(late, "join"), "join 1219");

    auto sessions = rm::listSessions();
    ASSERT_TRUE(sessions) << sessions.error().message;
    EXPECT_TRUE(sessions->empty());

    for (auto* child : {&leaver, &stayer, &newcomer, &late}) {
        finish(*child);
    }
}

TEST_F(MultiProcessTest, UserWithoutTheSessionCannotJoinIt) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root to run a secondary as nobody through setpriv; CI runs as root";
    }
    auto primary = rm::Session::start();
    ASSERT_TRUE(primary) << primary.error().message;

    // The build directory may not be reachable by nobody: run a copy from a fresh directory.
    const rmtest::TempDir programDir{"rmprog"};
    const auto program =
        rmtest::copyExecutable(rmtest::helperPath("rm_test_secondary"), programDir.path());

    // Control: the same key and store work for the session's own user.
    {
        auto owner = spawnSecondary(primary->key(), {}, program);
        EXPECT_EQ(ask(owner, "join"), "join 0");
        EXPECT_EQ(ask(owner, "end"), "end 0");
        finish(owner);
    }

    // (a) nobody's own store (in a runtime directory of nobody's, made by a session of its own,
    // since a join creates no store) has no such session.
    {
        std::string runtime = "/tmp/rmtest-nobody-runtime-XXXXXX";
        ASSERT_NE(::mkdtemp(runtime.data()), nullptr);
        ASSERT_EQ(::chown(runtime.c_str(), 65534, 65534), 0);
        SpawnOptions options;
        options.asUser = "nobody";
        options.unset = {"RESTARTMANAGER_STORE_DIR"};
        options.environment = {{"HOME", "/nonexistent"}, {"XDG_RUNTIME_DIR", runtime}};
        {
            auto own = spawnSecondary("", options, program);
            EXPECT_EQ(ask(own, "start").substr(0, 8), "start 0 ");
            EXPECT_EQ(ask(own, "end"), "end 0");
            finish(own);
        }
        ASSERT_TRUE(std::filesystem::exists(runtime + "/restartmanager/sessions.db"));
        auto nobody = spawnSecondary(primary->key(), options, program);
        EXPECT_EQ(ask(nobody, "join"), "join 1219");
        EXPECT_EQ(ask(nobody, "register /tmp/x 1"), "register 6");
        finish(nobody);
        std::error_code ignored;
        std::filesystem::remove_all(runtime, ignored);
    }

    // (b) pointed at the primary's store, which belongs to root and is private.
    {
        struct stat st {};
        ASSERT_EQ(::stat(storeDir().c_str(), &st), 0);
        ASSERT_EQ(st.st_uid, 0U);
        ASSERT_EQ(st.st_mode & 0777, 0700U);
        SpawnOptions options;
        options.asUser = "nobody";
        options.unset = {"XDG_RUNTIME_DIR"};
        options.environment = {{"RESTARTMANAGER_STORE_DIR", storeDir()}, {"HOME", "/nonexistent"}};
        auto nobody = spawnSecondary(primary->key(), options, program);
        EXPECT_EQ(ask(nobody, "join"), "join 1219");
        finish(nobody);
    }

    // Nobody got in: the session still has only its primary.
    auto sessions = rm::listSessions();
    ASSERT_TRUE(sessions) << sessions.error().message;
    ASSERT_EQ(sessions->size(), 1U);
    EXPECT_EQ(sessions->front().members, 1U);
}

TEST_F(MultiProcessTest, KeyIsNeitherOnTheCommandLineNorInTheEnvironment) {
    auto primary = rm::Session::start();
    ASSERT_TRUE(primary) << primary.error().message;
    const std::string key = lower(primary->key());
    ASSERT_EQ(key.size(), 32U);

    auto secondary = spawnSecondary(primary->key());
    ASSERT_EQ(ask(secondary, "join"), "join 0");

    const auto proc = "/proc/" + std::to_string(secondary.pid());
    const auto cmdline = rmtest::readFile(proc + "/cmdline");
    const auto environment = rmtest::readFile(proc + "/environ");
    // Make sure both were really read, so that "not found" means something.
    ASSERT_NE(cmdline.find("rm_test_secondary"), std::string::npos) << cmdline;
    ASSERT_NE(environment.find("RESTARTMANAGER_STORE_DIR="), std::string::npos);
    EXPECT_EQ(lower(cmdline).find(key), std::string::npos);
    EXPECT_EQ(lower(environment).find(key), std::string::npos);

    EXPECT_EQ(ask(secondary, "end"), "end 0");
    finish(secondary);
}

TEST_F(MultiProcessTest, ThreadsRegisterConcurrentlyOnSharedAndOwnHandles) {
    constexpr std::size_t kSharedHandleThreads = 8;
    constexpr std::size_t kJoiningThreads = 4;
    constexpr std::size_t kFilesEach = 500;
    constexpr std::size_t kBatch = 50;
    constexpr std::size_t kCommonFiles = 50;

    auto primary = rm::Session::start();
    ASSERT_TRUE(primary) << primary.error().message;
    const rmtest::TempDir files{"rmfiles"};
    const std::string key = primary->key();

    std::vector<std::string> common;
    for (std::size_t i = 0; i < kCommonFiles; ++i) {
        common.push_back(fileName(files.file("common"), i));
    }
    auto ownFiles = [&](std::size_t thread) {
        std::vector<std::string> out;
        for (std::size_t i = 0; i < kFilesEach; ++i) {
            out.push_back(fileName(files.file("thread-" + std::to_string(thread)), i));
        }
        return out;
    };

    constexpr std::size_t kThreads = kSharedHandleThreads + kJoiningThreads;
    std::vector<DWORD> failures(kThreads, ERROR_SUCCESS);
    std::latch start{static_cast<std::ptrdiff_t>(kThreads)};
    // Registers in batches, then every thread registers the same common files once more.
    auto registerAll = [&](rm::Session& session, std::size_t thread) -> DWORD {
        const auto mine = ownFiles(thread);
        for (std::size_t first = 0; first < mine.size(); first += kBatch) {
            const std::span batch{mine.data() + first, std::min(kBatch, mine.size() - first)};
            if (auto status = session.registerFiles(batch); !status) {
                return status.code();
            }
        }
        return session.registerFiles(common).code();
    };

    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < kSharedHandleThreads; ++t) {
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            failures[t] = registerAll(*primary, t);
        });
    }
    for (std::size_t t = kSharedHandleThreads; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            auto own = rm::Session::join(key);
            if (!own) {
                failures[t] = own.code();
                return;
            }
            failures[t] = registerAll(*own, t);
            if (failures[t] == ERROR_SUCCESS) {
                failures[t] = own->end().code();
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (std::size_t t = 0; t < kThreads; ++t) {
        EXPECT_EQ(failures[t], DWORD{ERROR_SUCCESS}) << "thread " << t;
    }

    auto resources = primary->registeredResources();
    ASSERT_TRUE(resources) << resources.error().message;
    EXPECT_EQ(resources->files.size(), kThreads * kFilesEach + kCommonFiles);
    const std::set<std::string> unique(resources->files.begin(), resources->files.end());
    EXPECT_EQ(unique.size(), resources->files.size()) << "some files are listed twice";
    for (std::size_t t = 0; t < kThreads; ++t) {
        for (const auto& file : ownFiles(t)) {
            EXPECT_TRUE(unique.contains(file)) << file;
        }
    }
    for (const auto& file : common) {
        EXPECT_TRUE(unique.contains(file)) << file;
    }
}

TEST_F(MultiProcessTest, SameFilesFromTwoProcessesAreRegisteredOnce) {
    auto primary = rm::Session::start();
    ASSERT_TRUE(primary) << primary.error().message;
    const rmtest::TempDir files{"rmfiles"};
    const auto dir = files.file("shared");

    auto first = spawnSecondary(primary->key());
    auto second = spawnSecondary(primary->key());
    ASSERT_EQ(ask(first, "join"), "join 0");
    ASSERT_EQ(ask(second, "join"), "join 0");
    // Both at once, then the primary once more through the C++ API.
    ASSERT_TRUE(first.writeLine("register " + dir + " 100"));
    ASSERT_TRUE(second.writeLine("register " + dir + " 100"));
    EXPECT_EQ(first.readLine(kAnswerTimeout), "register 0");
    EXPECT_EQ(second.readLine(kAnswerTimeout), "register 0");
    std::vector<std::string> same;
    for (std::size_t i = 0; i < 100; ++i) {
        same.push_back(fileName(dir, i));
    }
    EXPECT_EQ(primary->registerFiles(same).code(), DWORD{ERROR_SUCCESS});

    auto resources = primary->registeredResources();
    ASSERT_TRUE(resources) << resources.error().message;
    std::vector<std::string> got = resources->files;
    std::sort(got.begin(), got.end());
    std::sort(same.begin(), same.end());
    EXPECT_EQ(got, same);

    finish(first);
    finish(second);
}

TEST_F(MultiProcessTest, ProcessRegisteredBySecondaryHasThePrimarysView) {
    auto primary = rm::Session::start();
    ASSERT_TRUE(primary) << primary.error().message;
    auto secondary = spawnSecondary(primary->key());
    ASSERT_EQ(ask(secondary, "join"), "join 0");
    // The secondary computes the primary's RM_UNIQUE_PROCESS in its own process; it must be the
    // same value this process computes, or RmGetList could not match it.
    ASSERT_EQ(ask(secondary, "register-process " + std::to_string(::getpid())),
              "register-process 0");
    ASSERT_EQ(ask(secondary, "register-process 0"), "register-process 160");

    RM_UNIQUE_PROCESS self{};
    ASSERT_EQ(RmLinuxGetUniqueProcess(::getpid(), &self), DWORD{ERROR_SUCCESS});
    auto resources = primary->registeredResources();
    ASSERT_TRUE(resources) << resources.error().message;
    ASSERT_EQ(resources->processes.size(), 1U);
    EXPECT_EQ(resources->processes[0].pid, static_cast<DWORD>(::getpid()));
    EXPECT_EQ(resources->processes[0].startTime,
              (std::uint64_t{self.ProcessStartTime.dwHighDateTime} << 32) |
                  self.ProcessStartTime.dwLowDateTime);
    finish(secondary);
}

// Many processes opening a store that does not exist yet, at the same moment (a primary and its
// secondaries on first use, or applications registering for restart): each one's first call must
// succeed. Switching a new store to WAL needs the file to itself, and SQLite answers the others
// SQLITE_BUSY at once, without its busy handler; before the store retried, one process in about
// twenty failed with ERROR_SEM_TIMEOUT. A race: every round is a fresh store.
TEST_F(MultiProcessTest, ProcessesOpeningANewStoreAtOnceAllSucceed) {
    rmtest::TempDir stores{"rmnewstore"};
    constexpr int kRounds = 30;
    constexpr int kProcesses = 12;
    for (int round = 0; round < kRounds; ++round) {
        SpawnOptions options;
        options.environment = {
            {"RESTARTMANAGER_STORE_DIR", stores.file("store-" + std::to_string(round))},
            {"RM_TEST_APP_MARKER", stores.file("marker-" + std::to_string(round))}};
        std::vector<ChildProcess> apps;
        for (int i = 0; i < kProcesses; ++i) {
            apps.push_back(ChildProcess::spawn({rmtest::helperPath("rm_test_app"), "--hold",
                                                "/dev/null", "--register-restart", "--again"},
                                               options));
        }
        for (auto& app : apps) {
            std::string registered;
            for (int line = 0; line < 3; ++line) {
                const auto text = app.readLine(15s);
                if (!text || *text == "ready") {
                    break;
                }
                if (text->starts_with("registered ")) {
                    registered = *text;
                }
            }
            EXPECT_EQ(registered, "registered 0") << "round " << round << ", PID " << app.pid();
        }
        for (auto& app : apps) {
            app.kill(SIGTERM);
            app.wait(5s);
        }
        if (HasFailure()) {
            break;
        }
    }
}

} // namespace
