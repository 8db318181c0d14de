// An elevated installer honours the restart registrations of other users' applications (issue
// 21, item 11): a real program running as nobody calls RegisterApplicationRestart into nobody's
// own store; a Restart Manager running as root lists it restartable, closes it and starts it
// again as nobody. Nobody's store is hostile input to root, read only by rm-polite-close running
// as nobody: planted stores (a view, a trigger, a huge row, foreign columns, a newer version), a
// store reached through a symbolic link and a store of the wrong owner are each refused, nothing
// is relaunched, and nothing crashes. Needs root (skipped otherwise).
//
// nobody has no home and no runtime folder, so its store cannot be where a real user's is: each
// test gives nobody's program RESTARTMANAGER_STORE_DIR, a folder of nobody's inside the test's
// own temporary folder, which the helper (as nobody) then finds in the program's environment as
// the program itself did. Nothing outside the test's folders is touched.
#include "core/private/process_identity.h"
#include "core/private/session_store.h"
#include "core/private/store_location.h"

#include "support/test_support.h"

#include <restartmanager.h>
#include <restartmanager_linux.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sqlite3.h>
#include <sstream>
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
using rmtest::TempDir;

constexpr uid_t kNobody = 65534;
constexpr gid_t kNogroup = 65534;

std::string shellQuote(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c == '\'' ? std::string{"'\\''"} : std::string(1, c);
    }
    return quoted + "'";
}

bool waitUntil(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition()) {
            return true;
        }
        std::this_thread::sleep_for(50ms);
    }
    return condition();
}

// The PIDs of rm_test_app's "start" lines in its marker file, and their arguments.
std::vector<std::pair<pid_t, std::string>> starts(const std::string& marker) {
    std::vector<std::pair<pid_t, std::string>> found;
    std::istringstream in{rmtest::readFile(marker)};
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with("start\t")) {
            const auto tab = line.find('\t', 6);
            found.emplace_back(static_cast<pid_t>(std::stol(line.substr(6, tab - 6))),
                               tab == std::string::npos ? std::string{} : line.substr(tab + 1));
        }
    }
    return found;
}

std::string uidLine(pid_t pid) {
    std::istringstream status{rmtest::readFile("/proc/" + std::to_string(pid) + "/status")};
    for (std::string line; std::getline(status, line);) {
        if (line.starts_with("Uid:")) {
            return line;
        }
    }
    return {};
}

// The helper's answer is one "refused" line with its reason, and no registration.
bool refusedOnly(const std::string& answer) {
    return answer.starts_with("refused\t") && answer.find('\n') == answer.size() - 1;
}

int execute(const std::string& database, const std::string& sql) {
    sqlite3* db = nullptr;
    int rc = sqlite3_open(database.c_str(), &db);
    if (rc == SQLITE_OK) {
        rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
    return rc;
}

class UserRegistrations : public rmtest::StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (!rmtest::runningAsRoot()) {
            GTEST_SKIP() << "needs root: a program of another user (nobody, through setpriv) and "
                            "an installer running as root";
        }
        // Others may open the test's folder (the store's checks walk through it), not change it;
        // nobody writes in `shared` (its marker) only.
        ::chmod(m_dir.path().c_str(), 0755);
        std::filesystem::create_directories(m_dir.file("shared"));
        ::chmod(m_dir.file("shared").c_str(), 0777);
        std::filesystem::create_directories(m_dir.file("bin"));
        m_program = rmtest::copyExecutable(rmtest::helperPath("rm_test_app"), m_dir.file("bin"));
        // The helper runs as nobody, so it comes from a copy that nobody can reach: the build
        // folder may sit below a folder of root's alone (a clone in `mktemp -d`).
        m_helper = rmtest::copyExecutable(RM_POLITE_CLOSE_HELPER, m_dir.file("bin"));
        m_helperDir.set("RESTARTMANAGER_HELPER_DIR", m_dir.file("bin"));
        m_file = m_dir.file("shared/document.txt");
        std::ofstream{m_file} << "data\n";
        ::chmod(m_file.c_str(), 0644);
        m_marker = m_dir.file("shared/marker");
        m_oldTimeout = RmLinuxGetShutdownTimeout();
        RmLinuxSetShutdownTimeout(5000);
    }

    void TearDown() override {
        // Whatever a restart started from the marker is ours.
        for (const auto& [pid, arguments] : starts(m_marker)) {
            if (arguments.find(m_program) == 0 && pid != (m_app ? m_app->pid() : 0)) {
                ::kill(pid, SIGKILL);
            }
        }
        m_app.reset();
        if (m_handle) {
            EXPECT_EQ(RmEndSession(*m_handle), DWORD{ERROR_SUCCESS});
        }
        RmLinuxSetShutdownTimeout(m_oldTimeout);
        StoreTest::TearDown();
    }

    // A folder of nobody's (0700) at `path`, as nobody's own store folder would be.
    std::string nobodysFolder(const std::string& path) {
        std::filesystem::create_directories(path);
        EXPECT_EQ(::chown(path.c_str(), kNobody, kNogroup), 0);
        ::chmod(path.c_str(), 0700);
        return path;
    }

    // rm_test_app as nobody, its store where `storeDir` says; "ready" read.
    bool startNobodysApp(const std::string& storeDir, const std::vector<std::string>& arguments) {
        SpawnOptions options;
        options.asUser = "nobody";
        options.environment = {{"RESTARTMANAGER_STORE_DIR", storeDir},
                               {"RM_TEST_APP_MARKER", m_marker},
                               {"HOME", "/nonexistent"}};
        options.unset = {"XDG_RUNTIME_DIR"};
        std::vector<std::string> argv{m_program, "--hold", m_file};
        argv.insert(argv.end(), arguments.begin(), arguments.end());
        m_app.emplace(ChildProcess::spawn(argv, options));
        for (;;) {
            const auto line = m_app->readLine(15s);
            if (!line) {
                ADD_FAILURE() << "nobody's program did not become ready; it said: " << m_said;
                return false;
            }
            if (*line == "ready") {
                return uidLine(m_app->pid()).find("65534") != std::string::npos;
            }
            m_said += *line + "\n";
        }
    }

    // A store as this Restart Manager writes it (made through rm::SessionStore in a staging folder
    // of root's), changed by `sql` (":PID" and ":TICKS" name nobody's program), then given to
    // nobody at `target`.
    void plantStore(const std::string& target, const std::string& sql) {
        const auto staging = m_dir.file("staging");
        std::filesystem::create_directories(staging);
        ::chmod(staging.c_str(), 0700);
        {
            auto directory = rm::openDirectoryNoFollow(staging, 0);
            ASSERT_TRUE(directory) << directory.error().message;
            auto store = rm::SessionStore::open(std::move(*directory), 1s);
            ASSERT_TRUE(store) << store.error().message;
        }
        const auto identity = rm::identifyProcess(m_app->pid());
        ASSERT_TRUE(identity);
        std::string statement = sql;
        for (const auto& [name, value] :
             {std::pair<std::string, std::string>{":PID", std::to_string(identity->pid)},
              {":TICKS", std::to_string(identity->startTicks)}}) {
            for (auto at = statement.find(name); at != std::string::npos;
                 at = statement.find(name)) {
                statement.replace(at, name.size(), value);
            }
        }
        ASSERT_EQ(execute(staging + "/sessions.db", statement), SQLITE_OK) << statement;
        ASSERT_EQ(rmtest::runCommand("chown -R 65534:65534 " + shellQuote(staging)), 0);
        std::filesystem::rename(staging, target);
    }

    DWORD startSession() {
        DWORD handle = 0;
        WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
        const DWORD result = RmStartSession(&handle, 0, key);
        if (result == ERROR_SUCCESS) {
            m_handle = handle;
            const std::wstring name(m_file.begin(), m_file.end());
            LPCWSTR files[] = {name.c_str()};
            EXPECT_EQ(RmRegisterResources(handle, 1, files, 0, nullptr, 0, nullptr),
                      DWORD{ERROR_SUCCESS});
        }
        return result;
    }

    // nobody's program as RmGetList shows it.
    std::optional<RM_PROCESS_INFO> listed() {
        RM_PROCESS_INFO apps[4] = {};
        UINT needed = 0;
        UINT count = 4;
        DWORD reasons = 0;
        EXPECT_EQ(RmGetList(*m_handle, &needed, &count, apps, &reasons), DWORD{ERROR_SUCCESS});
        for (UINT i = 0; i < count; ++i) {
            if (apps[i].Process.dwProcessId == static_cast<DWORD>(m_app->pid())) {
                return apps[i];
            }
        }
        return std::nullopt;
    }

    // What rm-polite-close answers when root asks it, as nobody, for nobody's registrations.
    std::string helperAnswer(const std::string& storeDir, int& status) {
        const auto identity = rm::identifyProcess(m_app->pid());
        const auto out = m_dir.file("helper.out");
        status =
            rmtest::runCommand("setpriv --reuid=nobody --regid=nogroup --clear-groups -- env -i "
                               "RESTARTMANAGER_STORE_DIR=" +
                               shellQuote(storeDir) + " " + shellQuote(m_helper) +
                               " registrations " + std::to_string(identity->pid) + ":" +
                               std::to_string(identity->startTicks) + " >" + out + " 2>&1");
        return rmtest::readFile(out);
    }

    // The whole cycle for a program whose registration must not be honoured: not restartable,
    // closed, and not started again.
    void expectClosedAndNotRelaunched() {
        const auto info = listed();
        ASSERT_TRUE(info) << "nobody's program is not listed";
        EXPECT_EQ(info->bRestartable, FALSE);
        ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
        EXPECT_EQ(m_app->wait(5s), 0);
        EXPECT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
        std::this_thread::sleep_for(1s);
        EXPECT_EQ(starts(m_marker).size(), 1U) << "relaunched: " << rmtest::readFile(m_marker);
    }

    TempDir m_dir{"rmuserreg"};
    rmtest::ScopedEnvironment m_helperDir;
    std::string m_program;
    std::string m_helper;
    std::string m_file;
    std::string m_marker;
    std::string m_said;
    std::optional<ChildProcess> m_app;
    std::optional<DWORD> m_handle;
    DWORD m_oldTimeout = 0;
};

TEST_F(UserRegistrations, RootHonoursAnotherUsersRegistrationAndRelaunchesItAsThatUser) {
    const auto store = nobodysFolder(m_dir.file("nobody-store"));
    ASSERT_TRUE(startNobodysApp(store, {"--register-restart", "--restarted-as-nobody"}));
    ASSERT_EQ(m_said, "registered 0\n") << "nobody's own RegisterApplicationRestart failed";
    const auto uid = uidLine(m_app->pid());

    ASSERT_EQ(startSession(), DWORD{ERROR_SUCCESS});
    const auto before = listed();
    ASSERT_TRUE(before) << "nobody's program is not listed";
    EXPECT_EQ(before->bRestartable, TRUE) << "root ignored nobody's registration";
    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(m_app->wait(5s), 0);
    ASSERT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});

    ASSERT_TRUE(waitUntil([&] { return starts(m_marker).size() >= 2; }, 5s))
        << rmtest::readFile(m_marker);
    const auto [restarted, arguments] = starts(m_marker)[1];
    EXPECT_EQ(arguments, m_program + "\t--restarted-as-nobody")
        << "nobody's program with its registered command line";
    EXPECT_EQ(uidLine(restarted), uid) << "not relaunched as nobody";
    const auto after = listed();
    ASSERT_TRUE(after);
    EXPECT_EQ(after->AppStatus, ULONG{RmStatusRestarted});
    EXPECT_EQ(after->bRestartable, TRUE) << "the same before and after";
}

// Planted stores: nobody's program did not register (it could not, with these); each store still
// names it with a command line.
struct Planted {
    const char* name;
    const char* sql;
    const char* reason; // what the helper's refusal says
};

const Planted kPlanted[] = {
    {"View",
     "DROP TABLE restart_registrations; CREATE VIEW restart_registrations AS SELECT :PID AS pid, "
     ":TICKS AS start_ticks, '--planted' AS command_line, 0 AS flags;",
     "it holds a view"},
    {"Trigger",
     "INSERT INTO restart_registrations VALUES(:PID, :TICKS, '--planted', 0); CREATE TRIGGER "
     "planted AFTER DELETE ON restart_registrations BEGIN SELECT 1; END;",
     "it holds a trigger"},
    {"HugeRow",
     "INSERT INTO restart_registrations VALUES(:PID, :TICKS, '--planted ' || "
     "hex(zeroblob(4000000)), 0);",
     "refused"},
    {"ForeignColumns",
     "DROP TABLE restart_registrations; CREATE TABLE restart_registrations(pid INTEGER, "
     "start_ticks INTEGER, command_line TEXT, flags INTEGER, program TEXT); INSERT INTO "
     "restart_registrations VALUES(:PID, :TICKS, '--planted', 0, '/bin/sh');",
     "expected columns"},
    {"WrongType",
     "INSERT INTO restart_registrations VALUES(:PID, :TICKS, x'2d2d706c616e746564', 0);",
     "wrong type"},
    {"NewerVersion",
     "INSERT INTO restart_registrations VALUES(:PID, :TICKS, '--planted', 0); "
     "PRAGMA user_version=99;",
     "schema version 99"},
};

class PlantedStores : public UserRegistrations, public ::testing::WithParamInterface<Planted> {};

TEST_P(PlantedStores, AreRefusedAndNothingIsRelaunched) {
    const auto store = m_dir.file("nobody-store");
    ASSERT_TRUE(startNobodysApp(store, {}));
    plantStore(store, GetParam().sql);
    int status = -1;
    const auto answer = helperAnswer(store, status);
    EXPECT_EQ(status, 0) << "the helper did not survive the store: " << answer;
    EXPECT_TRUE(refusedOnly(answer)) << answer;
    EXPECT_NE(answer.find(GetParam().reason), std::string::npos) << answer;

    ASSERT_EQ(startSession(), DWORD{ERROR_SUCCESS});
    expectClosedAndNotRelaunched();
}

INSTANTIATE_TEST_SUITE_P(UserRegistrations, PlantedStores, ::testing::ValuesIn(kPlanted),
                         [](const ::testing::TestParamInfo<Planted>& info) {
                             return std::string{info.param.name};
                         });

// The same well-formed store, reached through a symbolic link: refused, as the user's own calls
// refuse it.
TEST_F(UserRegistrations, StoreBehindASymbolicLinkIsRefused) {
    const auto store = m_dir.file("nobody-store");
    const auto link = m_dir.file("link-to-store");
    ASSERT_EQ(::symlink(store.c_str(), link.c_str()), 0);
    ASSERT_TRUE(startNobodysApp(link, {}));
    plantStore(store, "INSERT INTO restart_registrations VALUES(:PID, :TICKS, '--planted', 0);");
    int status = -1;
    EXPECT_TRUE(helperAnswer(store, status).starts_with("registration\t"))
        << "the store itself is well-formed";
    const auto answer = helperAnswer(link, status);
    EXPECT_EQ(status, 0) << answer;
    EXPECT_TRUE(refusedOnly(answer)) << answer;
    EXPECT_NE(answer.find("symbolic link"), std::string::npos) << answer;

    ASSERT_EQ(startSession(), DWORD{ERROR_SUCCESS});
    expectClosedAndNotRelaunched();
}

// A well-formed store whose database file belongs to root (readable by all): not nobody's own,
// so refused.
TEST_F(UserRegistrations, StoreOfTheWrongOwnerIsRefused) {
    const auto store = m_dir.file("nobody-store");
    ASSERT_TRUE(startNobodysApp(store, {}));
    plantStore(store, "INSERT INTO restart_registrations VALUES(:PID, :TICKS, '--planted', 0);");
    const auto database = store + "/sessions.db";
    ASSERT_EQ(::chown(database.c_str(), 0, 0), 0);
    ::chmod(database.c_str(), 0644);
    int status = -1;
    const auto answer = helperAnswer(store, status);
    EXPECT_EQ(status, 0) << answer;
    EXPECT_TRUE(refusedOnly(answer)) << answer;
    EXPECT_NE(answer.find("belongs to user 0"), std::string::npos) << answer;

    ASSERT_EQ(startSession(), DWORD{ERROR_SUCCESS});
    expectClosedAndNotRelaunched();
}

} // namespace
