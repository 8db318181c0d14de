// RmShutdown, RmRestart, RmCancelCurrentTask and the recovery of a crashed installer's session,
// with real processes throughout: rm_test_app instances that hold registered files, save their
// state on SIGTERM and note every start in a marker file; rm_test_secondary as a secondary
// installer; and systemd services through rm_test_fake_systemd on a private dbus-daemon.
//
// Restarted applications are detached (double fork, setsid, stdio on /dev/null), so the tests
// see them through their marker and state files, never their stdout, and kill them by the PID the
// marker names (after checking its start time) when the test ends.
#include "support/test_support.h"

#include "core/private/session_engine.h"
#include "core/private/systemd_client.h"
#include "core/session.h"

#include <restartmanager.h>
#include <restartmanager_linux.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using rmtest::ChildProcess;
using rmtest::SpawnOptions;

constexpr auto kReadyTimeout = 15s;
constexpr DWORD kTestShutdownTimeoutMs = 5000;
constexpr int kExitedOnKill = 128 + SIGKILL;
constexpr int kExitedOnTerm = 128 + SIGTERM;
const std::string kSleep = "/bin/sleep";
// A GUI toolkit's library (Tk's, from the tk package): a process that maps it is a window
// application.
constexpr const char* kToolkitLibrary = "libtk8.6.so";

std::chrono::milliseconds since(Clock::time_point start) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
}

std::string appPath() {
    return rmtest::helperPath("rm_test_app");
}

std::string canonical(const std::string& path) {
    std::error_code error;
    auto resolved = std::filesystem::canonical(path, error);
    return error ? path : resolved.string();
}

std::wstring widen(const std::string& ascii) {
    return std::wstring(ascii.begin(), ascii.end());
}

std::string narrow(const WCHAR* text) {
    std::string out;
    for (; *text != L'\0'; ++text) {
        out.push_back(static_cast<char>(*text));
    }
    return out;
}

std::string makeFile(const std::string& path, const std::string& content = "data\n") {
    std::ofstream{path, std::ios::binary | std::ios::trunc} << content;
    ::chmod(path.c_str(), 0644);
    return path;
}

bool exists(const std::string& path) {
    return ::access(path.c_str(), F_OK) == 0;
}

// Polls `done` every 20 ms until it holds or `timeout` passes.
bool waitUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        if (done()) {
            return true;
        }
        if (Clock::now() >= deadline) {
            return false;
        }
        std::this_thread::sleep_for(20ms);
    }
}

std::optional<RM_UNIQUE_PROCESS> uniqueOf(pid_t pid) {
    RM_UNIQUE_PROCESS process{};
    if (RmLinuxGetUniqueProcess(pid, &process) != ERROR_SUCCESS) {
        return std::nullopt;
    }
    return process;
}

// Running and still the same process (a zombie has ended).
bool running(const RM_UNIQUE_PROCESS& process) {
    return RmLinuxIsSameProcessRunning(&process) != FALSE;
}

// Fields 4 (ppid) and 6 (session) of /proc/PID/stat.
struct StatFields {
    pid_t parent = 0;
    pid_t session = 0;
};

std::optional<StatFields> statOf(pid_t pid) {
    const auto text = rmtest::readFile("/proc/" + std::to_string(pid) + "/stat");
    const auto paren = text.rfind(')');
    if (paren == std::string::npos) {
        return std::nullopt;
    }
    std::istringstream fields{text.substr(paren + 2)};
    char state = 0;
    long parent = 0;
    long group = 0;
    long session = 0;
    if (!(fields >> state >> parent >> group >> session)) {
        return std::nullopt;
    }
    return StatFields{static_cast<pid_t>(parent), static_cast<pid_t>(session)};
}

std::vector<std::string> splitNul(const std::string& text) {
    std::vector<std::string> items;
    std::string item;
    for (const char c : text) {
        if (c == '\0') {
            items.push_back(std::move(item));
            item.clear();
        } else {
            item.push_back(c);
        }
    }
    if (!item.empty()) {
        items.push_back(std::move(item));
    }
    return items;
}

// The "Uid:" or "Gid:" line of /proc/PID/status: real, effective, saved, filesystem.
std::string idsOf(pid_t pid, const std::string& field) {
    std::istringstream status{rmtest::readFile("/proc/" + std::to_string(pid) + "/status")};
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with(field + ":")) {
            return line.substr(field.size() + 1);
        }
    }
    return {};
}

// What rm_test_app wrote to its marker file: one entry per start, and the text each start
// restored from its state file.
struct Marker {
    struct Start {
        pid_t pid = 0;
        std::vector<std::string> argv;
    };
    std::vector<Start> starts;
    std::map<pid_t, std::string> restored;
};

Marker readMarker(const std::string& path) {
    Marker marker;
    std::istringstream in{rmtest::readFile(path)};
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> fields;
        std::size_t begin = 0;
        for (;;) {
            const auto tab = line.find('\t', begin);
            fields.push_back(line.substr(begin, tab - begin));
            if (tab == std::string::npos) {
                break;
            }
            begin = tab + 1;
        }
        if (fields.size() >= 2 && fields[0] == "start") {
            marker.starts.push_back(Marker::Start{static_cast<pid_t>(std::stol(fields[1])),
                                                  {fields.begin() + 2, fields.end()}});
        } else if (fields.size() == 3 && fields[0] == "restored") {
            marker.restored[static_cast<pid_t>(std::stol(fields[1]))] = fields[2];
        }
    }
    return marker;
}

// An rm_test_app child that printed "ready".
struct App {
    ChildProcess child;
    RM_UNIQUE_PROCESS unique{};
    std::vector<std::string> lines; // what it printed before "ready"

    [[nodiscard]] pid_t pid() const { return child.pid(); }
};

std::optional<App> startApp(const std::vector<std::string>& arguments,
                            const SpawnOptions& options = {},
                            const std::string& program = appPath()) {
    std::vector<std::string> argv{program};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    App app{ChildProcess::spawn(argv, options), {}, {}};
    for (;;) {
        auto line = app.child.readLine(kReadyTimeout);
        if (!line) {
            ADD_FAILURE() << "rm_test_app did not become ready; it printed:"
                          << ::testing::PrintToString(app.lines);
            return std::nullopt;
        }
        if (*line == "ready") {
            break;
        }
        app.lines.push_back(*line);
    }
    auto unique = uniqueOf(app.pid());
    if (!unique) {
        ADD_FAILURE() << "rm_test_app PID " << app.pid() << " vanished after it became ready";
        return std::nullopt;
    }
    app.unique = *unique;
    return app;
}

// RM_WRITE_STATUS_CALLBACK is a plain function pointer: it records into globals.
std::mutex g_progressMutex;
std::vector<unsigned> g_progress;
std::vector<std::thread::id> g_progressThreads;

void recordProgress(UINT percent) {
    std::lock_guard lock(g_progressMutex);
    g_progress.push_back(percent);
    g_progressThreads.push_back(std::this_thread::get_id());
}

std::vector<unsigned> takeProgress() {
    std::lock_guard lock(g_progressMutex);
    g_progressThreads.clear();
    return std::exchange(g_progress, {});
}

std::vector<std::thread::id> progressThreads() {
    std::lock_guard lock(g_progressMutex);
    return g_progressThreads;
}

::testing::AssertionResult progressRunsFrom0To100(const std::vector<unsigned>& progress) {
    if (progress.empty()) {
        return ::testing::AssertionFailure() << "the progress callback was never called";
    }
    const auto shown = ::testing::PrintToString(progress);
    if (progress.front() != 0 || progress.back() != 100) {
        return ::testing::AssertionFailure() << "progress does not run from 0 to 100: " << shown;
    }
    if (!std::is_sorted(progress.begin(), progress.end())) {
        return ::testing::AssertionFailure() << "progress goes backwards: " << shown;
    }
    return ::testing::AssertionSuccess();
}

struct List {
    DWORD result = 0xFFFFFFFFU;
    std::vector<RM_PROCESS_INFO> apps;
    DWORD rebootReasons = 0;

    [[nodiscard]] const RM_PROCESS_INFO* find(pid_t pid) const {
        for (const auto& app : apps) {
            if (app.Process.dwProcessId == static_cast<DWORD>(pid)) {
                return &app;
            }
        }
        return nullptr;
    }

    [[nodiscard]] std::optional<ULONG> statusOf(pid_t pid) const {
        const auto* app = find(pid);
        return app != nullptr ? std::optional<ULONG>{app->AppStatus} : std::nullopt;
    }
};

std::string describe(const List& list) {
    std::ostringstream out;
    out << "result " << list.result << ", reboot reasons 0x" << std::hex << list.rebootReasons
        << std::dec << ", " << list.apps.size() << " entries:";
    for (const auto& app : list.apps) {
        out << " [PID " << app.Process.dwProcessId << " '" << narrow(app.strAppName) << "' svc '"
            << narrow(app.strServiceShortName) << "' type " << app.ApplicationType << " status 0x"
            << std::hex << app.AppStatus << std::dec << " restartable " << app.bRestartable << "]";
    }
    return out.str();
}

// Everything the tests share: an isolated store, a short shutdown timeout, a session handle, and
// the detached processes a restart started, which are killed when the test ends.
class ShutdownRestartFixture : public rmtest::StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        // Desktop entries of this test only: the graphical test applications below have one.
        std::filesystem::create_directories(m_dir.file("xdg-data/applications"));
        m_environment.set("XDG_DATA_HOME", m_dir.file("xdg-data"));
        m_oldTimeout = RmLinuxGetShutdownTimeout();
        RmLinuxSetShutdownTimeout(kTestShutdownTimeoutMs);
        takeProgress();
    }

    void TearDown() override {
        // Whatever a marker names and still runs that program is ours, even when an assertion
        // ended the test before it adopted the process.
        for (const auto& path : m_markers) {
            for (const auto& start : readMarker(path).starts) {
                const auto cmdline =
                    splitNul(rmtest::readFile("/proc/" + std::to_string(start.pid) + "/cmdline"));
                if (cmdline == start.argv) {
                    adoptDetached(start.pid);
                }
            }
        }
        for (const auto& process : m_detached) {
            if (running(process)) {
                ::kill(static_cast<pid_t>(process.dwProcessId), SIGKILL);
            }
        }
        if (m_handle) {
            EXPECT_EQ(RmEndSession(*m_handle), DWORD{ERROR_SUCCESS});
        }
        RmLinuxSetShutdownTimeout(m_oldTimeout);
        StoreTest::TearDown();
    }

    DWORD startSession() {
        DWORD handle = 0;
        WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
        const DWORD result = RmStartSession(&handle, 0, key);
        EXPECT_EQ(result, DWORD{ERROR_SUCCESS});
        if (result == ERROR_SUCCESS) {
            m_handle = handle;
            m_key = narrow(key);
        }
        return handle;
    }

    void endSession() {
        if (m_handle) {
            EXPECT_EQ(RmEndSession(*m_handle), DWORD{ERROR_SUCCESS});
            m_handle.reset();
        }
    }

    DWORD registerFiles(const std::vector<std::string>& paths) {
        std::vector<std::wstring> wide;
        for (const auto& path : paths) {
            wide.push_back(widen(path));
        }
        std::vector<LPCWSTR> names;
        for (const auto& w : wide) {
            names.push_back(w.c_str());
        }
        return RmRegisterResources(*m_handle, static_cast<UINT>(names.size()), names.data(), 0,
                                   nullptr, 0, nullptr);
    }

    DWORD registerService(const std::string& name) {
        const std::wstring wide = widen(name);
        LPCWSTR names[] = {wide.c_str()};
        return RmRegisterResources(*m_handle, 0, nullptr, 0, nullptr, 1, names);
    }

    List getList() {
        List list;
        for (int attempt = 0; attempt < 5; ++attempt) {
            UINT needed = 0;
            UINT count = static_cast<UINT>(list.apps.size());
            list.result =
                RmGetList(*m_handle, &needed, &count,
                          list.apps.empty() ? nullptr : list.apps.data(), &list.rebootReasons);
            if (list.result == ERROR_MORE_DATA) {
                list.apps.resize(needed);
                continue;
            }
            list.apps.resize(list.result == ERROR_SUCCESS ? count : 0);
            break;
        }
        return list;
    }

    // A marker file in the test's directory; what it names is cleaned up when the test ends.
    std::string markerFile(const std::string& name) {
        m_markers.push_back(m_dir.file(name));
        return m_markers.back();
    }

    // A process that a restart started: killed (if still the same process) when the test ends.
    void adoptDetached(pid_t pid) {
        if (auto unique = uniqueOf(pid)) {
            m_detached.push_back(*unique);
        }
    }

    // Waits until the marker shows `starts` starts (or the timeout passes) and returns it.
    Marker waitForStarts(const std::string& markerPath, std::size_t starts,
                         std::chrono::milliseconds timeout = 5s) {
        Marker marker;
        waitUntil(
            [&] {
                marker = readMarker(markerPath);
                return marker.starts.size() >= starts;
            },
            timeout);
        return marker;
    }

    // A graphical application with a desktop entry, which Linux counts as registered for restart
    // (the desktop knows how to start it): rm_test_app with a GUI toolkit mapped (Tk's library,
    // preloaded) and a desktop entry for its program in this test's data folder.
    std::optional<App> startDesktopApp(const std::vector<std::string>& arguments,
                                       SpawnOptions options = {},
                                       const std::string& program = appPath()) {
        writeDesktopEntry(program);
        options.environment.emplace_back("LD_PRELOAD", kToolkitLibrary);
        // An AddressSanitizer build insists on coming first among the preloaded libraries.
        const char* asan = std::getenv("ASAN_OPTIONS");
        options.environment.emplace_back("ASAN_OPTIONS",
                                         std::string{asan != nullptr && *asan != '\0' ? asan : ""} +
                                             (asan != nullptr && *asan != '\0' ? ":" : "") +
                                             "verify_asan_link_order=0");
        return startApp(arguments, options, program);
    }

    void writeDesktopEntry(const std::string& program) {
        const std::string entry = m_dir.file("xdg-data/applications/test-" +
                                             std::to_string(m_desktopEntries++) + ".desktop");
        std::ofstream out{entry};
        out << "[Desktop Entry]\nType=Application\nName=" << kDesktopName
            << "\nName[de]=Testnotizen\nIcon=accessories-text-editor\nExec=" << canonical(program)
            << " %F\n";
    }

    static constexpr const char* kDesktopName = "Test Notes";

    std::optional<DWORD> m_handle;
    std::string m_key;
    DWORD m_oldTimeout = 0;
    rmtest::ScopedEnvironment m_environment;
    int m_desktopEntries = 0;
    std::vector<RM_UNIQUE_PROCESS> m_detached;
    std::vector<std::string> m_markers;
    rmtest::TempDir m_dir{"rmshutdown"};
};

class ShutdownTest : public ShutdownRestartFixture {};
class RestartTest : public ShutdownRestartFixture {};

// --- The whole cycle -----------------------------------------------------------------------------

TEST_F(RestartTest, CooperativeAppSavesOnShutdownAndComesBackWithItsText) {
    const auto file = makeFile(m_dir.file("document.txt"));
    const auto state = m_dir.file("state");
    const auto marker = markerFile("marker");
    auto app = startDesktopApp(
        {"--hold", file, "--state", state, "--text", "unsaved notes 42", "--marker", marker},
        SpawnOptions{{{"RM_TEST_APP_EXTRA", "kept across the restart"}}, {}, {}});
    ASSERT_TRUE(app);
    ASSERT_TRUE(app->lines.empty()) << "no state file yet, so nothing is restored";
    const auto originalArgv =
        splitNul(rmtest::readFile("/proc/" + std::to_string(app->pid()) + "/cmdline"));
    const auto originalCwd = canonical("/proc/" + std::to_string(app->pid()) + "/cwd");

    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    auto before = getList();
    ASSERT_EQ(before.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(before.apps.size(), 1U) << describe(before);
    EXPECT_EQ(before.rebootReasons, DWORD{RmRebootReasonNone});
    EXPECT_EQ(before.apps[0].Process.dwProcessId, static_cast<DWORD>(app->pid()));
    EXPECT_EQ(narrow(before.apps[0].strAppName), kDesktopName) << "the desktop entry's name";
    EXPECT_EQ(before.apps[0].ApplicationType, RmMainWindow);
    EXPECT_EQ(before.apps[0].AppStatus, ULONG{RmStatusRunning});
    EXPECT_EQ(before.apps[0].bRestartable, TRUE) << "a graphical application with a desktop entry";

    ASSERT_EQ(RmShutdown(*m_handle, 0, recordProgress), DWORD{ERROR_SUCCESS});
    EXPECT_TRUE(progressRunsFrom0To100(takeProgress()));
    EXPECT_EQ(app->child.wait(5s), 0) << "it exits by itself on SIGTERM after saving";
    EXPECT_EQ(rmtest::readFile(state), "unsaved notes 42");
    auto stopped = getList();
    ASSERT_EQ(stopped.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(stopped.apps.size(), 1U) << describe(stopped);
    EXPECT_EQ(stopped.apps[0].Process.dwProcessId, static_cast<DWORD>(app->pid()));
    EXPECT_EQ(stopped.apps[0].AppStatus, ULONG{RmStatusStopped});
    EXPECT_EQ(stopped.apps[0].bRestartable, TRUE) << "the same before and after RmShutdown";

    ASSERT_EQ(RmRestart(*m_handle, 0, recordProgress), DWORD{ERROR_SUCCESS});
    const auto threads = progressThreads();
    EXPECT_TRUE(progressRunsFrom0To100(takeProgress()));
    EXPECT_TRUE(std::all_of(threads.begin(), threads.end(), [](auto id) {
        return id == std::this_thread::get_id();
    })) << "the progress callback runs on the calling thread";

    Marker seen;
    ASSERT_TRUE(waitUntil(
        [&] {
            seen = readMarker(marker);
            return seen.starts.size() >= 2 && seen.restored.contains(seen.starts[1].pid);
        },
        5s))
        << rmtest::readFile(marker);
    ASSERT_EQ(seen.starts.size(), 2U);
    const pid_t restarted = seen.starts[1].pid;
    adoptDetached(restarted);
    EXPECT_NE(restarted, app->pid());
    EXPECT_EQ(seen.starts[0].argv, originalArgv);
    EXPECT_EQ(seen.starts[1].argv, originalArgv) << "without a registration, the saved argv";
    EXPECT_EQ(seen.restored.size(), 1U);
    EXPECT_EQ(seen.restored[restarted], "unsaved notes 42");

    // Detached: its own session, not our child; same working directory and environment.
    const auto fields = statOf(restarted);
    ASSERT_TRUE(fields);
    EXPECT_NE(fields->session, ::getsid(0)) << "a session of its own";
    EXPECT_NE(fields->parent, ::getpid()) << "not our child";
    EXPECT_EQ(canonical("/proc/" + std::to_string(restarted) + "/cwd"), originalCwd);
    const auto environment =
        splitNul(rmtest::readFile("/proc/" + std::to_string(restarted) + "/environ"));
    EXPECT_NE(std::find(environment.begin(), environment.end(),
                        "RM_TEST_APP_EXTRA=kept across the restart"),
              environment.end());
    // Told that it was restarted, and not to take the focus from the installer still open.
    EXPECT_NE(std::find(environment.begin(), environment.end(), "RESTARTMANAGER_RESTARTED=1"),
              environment.end());
    EXPECT_TRUE(std::any_of(environment.begin(), environment.end(), [](const std::string& entry) {
        return entry.starts_with("DESKTOP_STARTUP_ID=") && entry.ends_with("_TIME0");
    }));

    // Listed once: the new process, which holds the file again, says it was restarted.
    auto after = getList();
    ASSERT_EQ(after.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(after.apps.size(), 1U) << describe(after);
    const auto* fresh = after.find(restarted);
    ASSERT_NE(fresh, nullptr) << "the new process holds the file again: " << describe(after);
    EXPECT_EQ(fresh->AppStatus, ULONG{RmStatusRunning | RmStatusRestarted});
    EXPECT_EQ(fresh->bRestartable, TRUE) << "the same after RmRestart";
    EXPECT_EQ(narrow(fresh->strAppName), kDesktopName);
}

// Windows restarts only applications registered for restart. A console program or helper that
// merely holds the file is closed and not started again, and says so before and after.
TEST_F(RestartTest, AnUnregisteredProgramIsClosedButNotRestarted) {
    const auto file = makeFile(m_dir.file("document.txt"));
    const auto marker = markerFile("marker");
    auto app = startApp({"--hold", file, "--marker", marker});
    ASSERT_TRUE(app);
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    auto before = getList();
    ASSERT_EQ(before.apps.size(), 1U) << describe(before);
    EXPECT_EQ(before.apps[0].bRestartable, FALSE);
    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(app->child.wait(5s), 0);
    ASSERT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    std::this_thread::sleep_for(300ms);
    EXPECT_EQ(readMarker(marker).starts.size(), 1U) << "it was started again";
    auto after = getList();
    ASSERT_EQ(after.apps.size(), 1U) << describe(after);
    EXPECT_EQ(after.apps[0].AppStatus, ULONG{RmStatusStopped});
    EXPECT_EQ(after.apps[0].bRestartable, FALSE) << "the same before and after";
}

// A child of another affected application is not started on its own: its parent, restarted,
// starts it again if it needs it. Both are graphical programs with desktop entries here.
TEST_F(RestartTest, AChildOfAnotherAffectedApplicationIsNotRestartable) {
    const auto file = makeFile(m_dir.file("document.txt"));
    const std::string shell = canonical("/bin/sh");
    writeDesktopEntry(shell);
    writeDesktopEntry(appPath());
    auto parent = ChildProcess::spawn(
        {shell, "-c",
         "exec 3<'" + file + "'; '" + canonical(appPath()) + "' --hold '" + file + "' & wait"},
        SpawnOptions{
            {{"LD_PRELOAD", kToolkitLibrary}, {"ASAN_OPTIONS", "verify_asan_link_order=0"}},
            {},
            {}});
    ASSERT_EQ(parent.readLine(kReadyTimeout).value_or(""), "ready");
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    auto list = getList();
    ASSERT_EQ(list.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(list.apps.size(), 2U) << describe(list);
    const RM_PROCESS_INFO* child = nullptr;
    for (const auto& info : list.apps) {
        if (static_cast<pid_t>(info.Process.dwProcessId) != parent.pid()) {
            child = &info;
        }
    }
    ASSERT_NE(child, nullptr) << describe(list);
    ASSERT_NE(list.find(parent.pid()), nullptr) << describe(list);
    EXPECT_EQ(list.find(parent.pid())->bRestartable, TRUE) << describe(list);
    EXPECT_EQ(child->bRestartable, FALSE) << describe(list);
    ::kill(static_cast<pid_t>(child->Process.dwProcessId), SIGKILL);
    parent.kill(SIGKILL);
}

TEST_F(RestartTest, RegisteredCommandLineReplacesTheOriginalArguments) {
    const auto file = makeFile(m_dir.file("library.so"));
    const auto marker = markerFile("marker");
    // The marker comes through the environment, so the registered command line is only its own.
    auto app = startApp(
        {"--hold", file, "--text", "original", "--register-restart", "--mode resumed --x 1"},
        SpawnOptions{{{"RM_TEST_APP_MARKER", marker}}, {}, {}});
    ASSERT_TRUE(app);
    ASSERT_EQ(app->lines, std::vector<std::string>{"registered 0"});

    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    auto before = getList();
    ASSERT_EQ(before.apps.size(), 1U) << describe(before);
    EXPECT_EQ(before.apps[0].bRestartable, TRUE) << describe(before);

    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(app->child.wait(5s), 0);
    ASSERT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});

    const auto seen = waitForStarts(marker, 2);
    ASSERT_EQ(seen.starts.size(), 2U) << rmtest::readFile(marker);
    adoptDetached(seen.starts[1].pid);
    EXPECT_EQ(seen.starts[0].argv,
              (std::vector<std::string>{appPath(), "--hold", file, "--text", "original",
                                        "--register-restart", "--mode resumed --x 1"}));
    EXPECT_EQ(seen.starts[1].argv,
              (std::vector<std::string>{appPath(), "--mode", "resumed", "--x", "1"}))
        << "argv[0] as before, then exactly the registered arguments";

    auto after = getList();
    ASSERT_EQ(after.apps.size(), 1U) << "the new process holds nothing: " << describe(after);
    EXPECT_EQ(after.apps[0].Process.dwProcessId, static_cast<DWORD>(app->pid()));
    EXPECT_EQ(after.apps[0].AppStatus, ULONG{RmStatusRestarted});
}

// A registration always wins, whatever the type: a forked child that called
// RegisterApplicationRestart (its parent did not) is restartable and comes back with its
// registered command line, while its parent is closed only. Neither is a window application: the
// program links the Restart Manager, which maps no X11 library.
TEST_F(RestartTest, AForkedChildThatRegisteredIsRestartableAndComesBack) {
    const auto file = makeFile(m_dir.file("shared.db"));
    const auto marker = markerFile("marker");
    auto app = startApp({"--hold", file, "--fork-registered-child", "--came-back"},
                        SpawnOptions{{{"RM_TEST_APP_MARKER", marker}}, {}, {}});
    ASSERT_TRUE(app);
    ASSERT_EQ(app->lines.size(), 1U) << ::testing::PrintToString(app->lines);
    const auto& said = app->lines.front();
    ASSERT_TRUE(said.starts_with("child ") && said.ends_with(" registered 0")) << said;
    const auto child = static_cast<pid_t>(std::stol(said.substr(6)));
    adoptDetached(child);

    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    auto before = getList();
    ASSERT_EQ(before.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(before.apps.size(), 2U) << describe(before);
    const auto* childInfo = before.find(child);
    const auto* parentInfo = before.find(app->pid());
    ASSERT_NE(childInfo, nullptr) << describe(before);
    ASSERT_NE(parentInfo, nullptr) << describe(before);
    EXPECT_EQ(childInfo->ApplicationType, RmUnknownApp) << describe(before);
    EXPECT_EQ(childInfo->bRestartable, TRUE) << describe(before);
    EXPECT_EQ(parentInfo->ApplicationType, RmUnknownApp) << describe(before);
    EXPECT_EQ(parentInfo->bRestartable, FALSE) << "it did not register: " << describe(before);

    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(app->child.wait(5s), 0);
    ASSERT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    const auto seen = waitForStarts(marker, 2);
    ASSERT_EQ(seen.starts.size(), 2U) << rmtest::readFile(marker);
    adoptDetached(seen.starts[1].pid);
    EXPECT_EQ(seen.starts[1].argv, (std::vector<std::string>{appPath(), "--came-back"}))
        << "the child's program with its registered command line";

    auto after = getList();
    ASSERT_EQ(after.result, DWORD{ERROR_SUCCESS});
    EXPECT_EQ(after.statusOf(child), ULONG{RmStatusRestarted}) << describe(after);
    EXPECT_EQ(after.statusOf(app->pid()), ULONG{RmStatusStopped}) << describe(after);
    std::this_thread::sleep_for(300ms);
    EXPECT_EQ(readMarker(marker).starts.size(), 2U) << "the parent came back too";
}

// A relaunch that ends at once must end within the grace also on a loaded machine, or under the
// sanitizers: the tests that judge such relaunches give it more time.
class LongerRestartGrace {
public:
    LongerRestartGrace() { rm::engine::setRestartGrace(4s); }
    ~LongerRestartGrace() { rm::engine::setRestartGrace(m_saved); }
    LongerRestartGrace(const LongerRestartGrace&) = delete;
    LongerRestartGrace& operator=(const LongerRestartGrace&) = delete;

private:
    std::chrono::milliseconds m_saved = rm::engine::restartGrace();
};

// A relaunch whose process ends with an error at once did not start the application again:
// RmStatusErrorOnRestart and ERROR_FAIL_RESTART, not success.
TEST_F(RestartTest, RelaunchThatExitsWithAnErrorAtOnceFailsTheRestart) {
    const LongerRestartGrace grace;
    const auto file = makeFile(m_dir.file("data"));
    auto app = startApp({"--hold", file, "--register-restart", "--exit-at-start 3"});
    ASSERT_TRUE(app);
    ASSERT_EQ(app->lines, std::vector<std::string>{"registered 0"});
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    auto before = getList();
    ASSERT_EQ(before.apps.size(), 1U) << describe(before);
    EXPECT_EQ(before.apps[0].bRestartable, TRUE);
    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(app->child.wait(5s), 0);

    EXPECT_EQ(RmRestart(*m_handle, 0, recordProgress), DWORD{ERROR_FAIL_RESTART});
    EXPECT_TRUE(progressRunsFrom0To100(takeProgress()));
    auto after = getList();
    ASSERT_EQ(after.apps.size(), 1U) << describe(after);
    EXPECT_EQ(after.apps[0].Process.dwProcessId, static_cast<DWORD>(app->pid()));
    EXPECT_EQ(after.apps[0].AppStatus, ULONG{RmStatusErrorOnRestart}) << describe(after);
}

// A Python program registered with a command line that its interpreter cannot run (here a script
// that is not there): python3 starts, and exits with status 2 at once.
TEST_F(RestartTest, PythonProgramWhoseRegisteredCommandLineFailsIsNotReportedRestarted) {
    const LongerRestartGrace grace;
    const std::string python = "/usr/bin/python3";
    if (!exists(python)) {
        GTEST_SKIP() << python << " is not installed";
    }
    const auto file = makeFile(m_dir.file("notes.txt"));
    const auto script = m_dir.file("notes.py");
    std::ofstream{script} << "import sys\nf = open(sys.argv[1])\nprint('ready', flush=True)\n"
                             "sys.stdin.read()\n";
    // rm_test_app registers its own process, then becomes python3 (same PID and start time).
    auto app = startApp({"--register-restart", m_dir.file("missing-notes.py"), "--then-exec",
                         python, script, file});
    ASSERT_TRUE(app);
    ASSERT_EQ(app->lines, std::vector<std::string>{"registered 0"});
    ASSERT_NE(rmtest::readFile("/proc/" + std::to_string(app->pid()) + "/cmdline").find("notes.py"),
              std::string::npos);
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    auto before = getList();
    ASSERT_EQ(before.apps.size(), 1U) << describe(before);
    EXPECT_EQ(before.apps[0].bRestartable, TRUE) << describe(before);
    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(app->child.wait(5s), kExitedOnTerm);

    EXPECT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_FAIL_RESTART});
    auto after = getList();
    ASSERT_EQ(after.apps.size(), 1U) << describe(after);
    EXPECT_EQ(after.apps[0].AppStatus, ULONG{RmStatusErrorOnRestart}) << describe(after);
}

// One RmRestart, three relaunches watched together: one ends with an error at once, one ends with
// status 0 at once (a launcher that hands over, as gvim forks into the background), one keeps
// running. Only the first failed.
TEST_F(RestartTest, EachRelaunchIsJudgedOnItsOwn) {
    const LongerRestartGrace grace;
    const auto file = makeFile(m_dir.file("data"));
    const auto marker = markerFile("marker");
    auto failing = startApp({"--hold", file, "--register-restart", "--exit-at-start 1"});
    auto launcher = startApp({"--hold", file, "--register-restart", "--exit-at-start 0"});
    auto staying = startApp({"--hold", file, "--register-restart", "--stays"},
                            SpawnOptions{{{"RM_TEST_APP_MARKER", marker}}, {}, {}});
    ASSERT_TRUE(failing && launcher && staying);
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    for (auto* app : {&*failing, &*launcher, &*staying}) {
        EXPECT_EQ(app->child.wait(5s), 0);
    }

    EXPECT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_FAIL_RESTART});
    const auto seen = waitForStarts(marker, 2);
    ASSERT_EQ(seen.starts.size(), 2U) << rmtest::readFile(marker);
    adoptDetached(seen.starts[1].pid);
    auto after = getList();
    EXPECT_EQ(after.statusOf(failing->pid()), ULONG{RmStatusErrorOnRestart}) << describe(after);
    EXPECT_EQ(after.statusOf(launcher->pid()), ULONG{RmStatusRestarted}) << describe(after);
    EXPECT_EQ(after.statusOf(staying->pid()), ULONG{RmStatusRestarted}) << describe(after);
}

// RESTART_NO_PATCH: "do not restart the process when it is terminated due to the installation of
// an update". It is closed like any other application, but not started again.
TEST_F(RestartTest, AppRegisteredWithNoPatchIsStoppedButNotRestarted) {
    const auto file = makeFile(m_dir.file("data"));
    const auto state = m_dir.file("state");
    const auto marker = markerFile("marker");
    // The marker comes through the environment, so a restarted copy would write to it too.
    auto app =
        startApp({"--hold", file, "--state", state, "--text", "no patch", "--register-restart",
                  "--resumed", "--register-flags", std::to_string(RESTART_NO_PATCH)},
                 SpawnOptions{{{"RM_TEST_APP_MARKER", marker}}, {}, {}});
    ASSERT_TRUE(app);
    ASSERT_EQ(app->lines, std::vector<std::string>{"registered 0"});
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    auto before = getList();
    ASSERT_EQ(before.apps.size(), 1U) << describe(before);
    EXPECT_EQ(before.apps[0].bRestartable, FALSE);
    EXPECT_EQ(RmShutdown(*m_handle, RmShutdownOnlyRegistered, nullptr),
              DWORD{ERROR_FAIL_NOACTION_REBOOT});
    EXPECT_TRUE(running(app->unique));

    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(app->child.wait(5s), 0);
    EXPECT_EQ(rmtest::readFile(state), "no patch");
    ASSERT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    std::this_thread::sleep_for(300ms);
    EXPECT_EQ(readMarker(marker).starts.size(), 1U) << rmtest::readFile(marker);
    auto after = getList();
    ASSERT_EQ(after.apps.size(), 1U) << describe(after);
    EXPECT_EQ(after.apps[0].AppStatus, ULONG{RmStatusStopped | RmStatusRestartMasked});
}

// An installer may refresh its list from the progress callback (it runs on the calling thread, in
// the middle of the call): RmGetList must answer, not wait for the call to end.
DWORD g_callbackHandle = 0;
std::vector<DWORD> g_callbackListResults;

void listFromProgress(UINT /*percent*/) {
    UINT needed = 0;
    UINT count = 0;
    DWORD reasons = 0;
    g_callbackListResults.push_back(
        RmGetList(g_callbackHandle, &needed, &count, nullptr, &reasons));
}

TEST_F(RestartTest, ProgressCallbackMayCallRmGetList) {
    const auto file = makeFile(m_dir.file("data"));
    const auto marker = markerFile("marker");
    auto app = startDesktopApp({"--hold", file, "--marker", marker});
    ASSERT_TRUE(app);
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    g_callbackHandle = *m_handle;
    g_callbackListResults.clear();

    // Each call runs on a thread of its own, so that a deadlock fails the test instead of hanging
    // it.
    const auto callWithin = [&](const std::function<DWORD()>& call) -> std::optional<DWORD> {
        auto done = std::make_shared<std::atomic<bool>>(false);
        auto result = std::make_shared<std::atomic<DWORD>>(0xFFFFFFFFU);
        std::thread worker{[call, done, result] {
            *result = call();
            *done = true;
        }};
        if (!waitUntil([&] { return done->load(); }, 10s)) {
            worker.detach();
            m_handle.reset(); // its lock is held for good: RmEndSession would wait too
            return std::nullopt;
        }
        worker.join();
        return result->load();
    };
    const auto shutdown = callWithin([&] { return RmShutdown(*m_handle, 0, listFromProgress); });
    ASSERT_TRUE(shutdown) << "RmShutdown did not return: RmGetList in its callback deadlocked";
    EXPECT_EQ(*shutdown, DWORD{ERROR_SUCCESS});
    EXPECT_EQ(app->child.wait(5s), 0);
    const DWORD handle = *m_handle;
    const auto restart = callWithin([handle] { return RmRestart(handle, 0, listFromProgress); });
    ASSERT_TRUE(restart) << "RmRestart did not return: RmGetList in its callback deadlocked";
    EXPECT_EQ(*restart, DWORD{ERROR_SUCCESS});
    const auto seen = waitForStarts(marker, 2);
    ASSERT_EQ(seen.starts.size(), 2U) << rmtest::readFile(marker);
    adoptDetached(seen.starts[1].pid);
    EXPECT_FALSE(g_callbackListResults.empty());
    for (const DWORD result : g_callbackListResults) {
        EXPECT_EQ(result, DWORD{ERROR_MORE_DATA}) << "one application, and no buffer";
    }
}

TEST_F(RestartTest, BeforeShutdownIsOutOfSequence) {
    const auto file = makeFile(m_dir.file("data"));
    const auto marker = markerFile("marker");
    auto app = startApp({"--hold", file, "--marker", marker});
    ASSERT_TRUE(app);
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_REQUEST_OUT_OF_SEQUENCE});
    EXPECT_TRUE(running(app->unique));
    std::this_thread::sleep_for(200ms);
    EXPECT_EQ(readMarker(marker).starts.size(), 1U) << "nothing was started";
}

TEST_F(RestartTest, DeletedExecutableFailsTheRestart) {
    rmtest::TempDir programs{"rmdoomed"};
    const auto program = programs.file("doomed-app");
    std::filesystem::copy_file(appPath(), program);
    ::chmod(program.c_str(), 0755);
    const auto file = makeFile(m_dir.file("data"));
    const auto marker = markerFile("marker");
    auto app = startDesktopApp({"--hold", file, "--marker", marker}, {}, program);
    ASSERT_TRUE(app);

    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(app->child.wait(5s), 0);
    ASSERT_EQ(::unlink(program.c_str()), 0);

    EXPECT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_FAIL_RESTART});
    auto after = getList();
    ASSERT_EQ(after.apps.size(), 1U) << describe(after);
    EXPECT_EQ(after.apps[0].Process.dwProcessId, static_cast<DWORD>(app->pid()));
    EXPECT_EQ(after.apps[0].AppStatus, ULONG{RmStatusErrorOnRestart});
    std::this_thread::sleep_for(200ms);
    EXPECT_EQ(readMarker(marker).starts.size(), 1U);
}

TEST_F(RestartTest, AppOfAnotherUserComesBackAsThatUser) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "starting an application as another user (nobody) needs root";
    }
    rmtest::TempDir programs{"rmprograms"};
    const auto program = rmtest::copyExecutable(appPath(), programs.path());
    ::chmod(m_dir.path().c_str(), 0777);
    const auto file = makeFile(m_dir.file("data"));
    const auto state = m_dir.file("state");
    const auto marker = markerFile("marker");
    auto app = startDesktopApp(
        {"--hold", file, "--state", state, "--text", "nobody's notes", "--marker", marker},
        SpawnOptions{{}, {}, std::string{"nobody"}}, program);
    ASSERT_TRUE(app);
    const auto uids = idsOf(app->pid(), "Uid");
    const auto gids = idsOf(app->pid(), "Gid");
    ASSERT_NE(uids, idsOf(::getpid(), "Uid")) << "setpriv did not change the user";

    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(app->child.wait(5s), 0);
    EXPECT_EQ(rmtest::readFile(state), "nobody's notes");
    ASSERT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});

    Marker seen;
    ASSERT_TRUE(waitUntil(
        [&] {
            seen = readMarker(marker);
            return seen.starts.size() >= 2 && seen.restored.contains(seen.starts[1].pid);
        },
        5s))
        << rmtest::readFile(marker);
    const pid_t restarted = seen.starts[1].pid;
    adoptDetached(restarted);
    EXPECT_EQ(seen.restored[restarted], "nobody's notes");
    EXPECT_EQ(idsOf(restarted, "Uid"), uids);
    EXPECT_EQ(idsOf(restarted, "Gid"), gids);
}

// --- Shutdown ------------------------------------------------------------------------------------

TEST_F(ShutdownTest, StubbornAppFailsAfterTheTimeoutAndForceKillsIt) {
    constexpr DWORD kTimeoutMs = 500;
    RmLinuxSetShutdownTimeout(kTimeoutMs);
    const auto file = makeFile(m_dir.file("data"));
    auto app = startApp({"--hold", file, "--ignore-term"});
    ASSERT_TRUE(app);
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});

    auto start = Clock::now();
    EXPECT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_FAIL_SHUTDOWN});
    auto took = since(start);
    EXPECT_GE(took, std::chrono::milliseconds{kTimeoutMs});
    EXPECT_LT(took, std::chrono::milliseconds{kTimeoutMs + 1000});
    EXPECT_TRUE(running(app->unique)) << "without RmForceShutdown it is left running";
    auto failed = getList();
    ASSERT_EQ(failed.apps.size(), 1U) << describe(failed);
    EXPECT_EQ(failed.apps[0].Process.dwProcessId, static_cast<DWORD>(app->pid()));
    EXPECT_EQ(failed.apps[0].AppStatus, ULONG{RmStatusRunning | RmStatusErrorOnStop});

    // It has had its timeout: Force close kills it at once instead of waiting a second one.
    start = Clock::now();
    EXPECT_EQ(RmShutdown(*m_handle, RmForceShutdown, nullptr), DWORD{ERROR_SUCCESS});
    took = since(start);
    EXPECT_LT(took, std::chrono::milliseconds{kTimeoutMs}) << "it waited a second timeout";
    EXPECT_EQ(app->child.wait(2s), kExitedOnKill);
    auto killed = getList();
    ASSERT_EQ(killed.apps.size(), 1U) << describe(killed);
    EXPECT_EQ(killed.apps[0].AppStatus, ULONG{RmStatusStopped});
}

// RmForceShutdown on an application that has not refused yet: it gets its timeout first, and
// SIGKILL only after it.
TEST_F(ShutdownTest, ForceKillsAFreshStubbornAppOnlyAfterTheTimeout) {
    constexpr DWORD kTimeoutMs = 500;
    RmLinuxSetShutdownTimeout(kTimeoutMs);
    const auto file = makeFile(m_dir.file("data"));
    auto app = startApp({"--hold", file, "--ignore-term"});
    ASSERT_TRUE(app);
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    const auto start = Clock::now();
    EXPECT_EQ(RmShutdown(*m_handle, RmForceShutdown, nullptr), DWORD{ERROR_SUCCESS});
    const auto took = since(start);
    EXPECT_GE(took, std::chrono::milliseconds{kTimeoutMs}) << "SIGKILL only after the timeout";
    EXPECT_LT(took, std::chrono::milliseconds{kTimeoutMs + 1000});
    EXPECT_EQ(app->child.wait(2s), kExitedOnKill);
}

TEST_F(ShutdownTest, NothingToStopStillReportsProgressFrom0To100) {
    const auto file = makeFile(m_dir.file("unused"));
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    ASSERT_EQ(RmShutdown(*m_handle, 0, recordProgress), DWORD{ERROR_SUCCESS});
    EXPECT_TRUE(progressRunsFrom0To100(takeProgress()));
    ASSERT_EQ(RmRestart(*m_handle, 0, recordProgress), DWORD{ERROR_SUCCESS});
    EXPECT_TRUE(progressRunsFrom0To100(takeProgress()));
}

// While RmShutdown waits seconds for an application to close, the callback hears each change
// once: it used to hear the same value every 50 ms (about 60 calls in 3 s).
TEST_F(ShutdownTest, ProgressIsReportedOnlyWhenItChanges) {
    const auto slowFile = makeFile(m_dir.file("slow"));
    const auto quickFile = makeFile(m_dir.file("quick"));
    auto slow = startApp({"--hold", slowFile, "--exit-delay-ms", "2500"});
    auto quick = startApp({"--hold", quickFile});
    ASSERT_TRUE(slow && quick);
    startSession();
    ASSERT_EQ(registerFiles({slowFile, quickFile}), DWORD{ERROR_SUCCESS});

    const auto started = Clock::now();
    ASSERT_EQ(RmShutdown(*m_handle, 0, recordProgress), DWORD{ERROR_SUCCESS});
    EXPECT_GE(since(started), 2500ms) << "the slow application took its time to close";
    EXPECT_EQ(slow->child.wait(5s), 0);
    EXPECT_EQ(quick->child.wait(5s), 0);
    const auto progress = takeProgress();
    EXPECT_TRUE(progressRunsFrom0To100(progress));
    EXPECT_EQ(std::adjacent_find(progress.begin(), progress.end(),
                                 [](unsigned a, unsigned b) { return b <= a; }),
              progress.end())
        << "progress repeats or goes back: " << ::testing::PrintToString(progress);
    // 0, one step per application closed, and 100.
    EXPECT_LE(progress.size(), 4U) << ::testing::PrintToString(progress);
}

TEST_F(ShutdownTest, OnlyRegisteredRefusesWhenAnAppIsNotRegistered) {
    const auto registeredFile = makeFile(m_dir.file("one"));
    const auto otherFile = makeFile(m_dir.file("two"));
    const auto registeredState = m_dir.file("registered.state");
    const auto otherState = m_dir.file("other.state");
    auto registered = startApp(
        {"--hold", registeredFile, "--state", registeredState, "--register-restart", "--x 1"});
    ASSERT_TRUE(registered);
    ASSERT_EQ(registered->lines, std::vector<std::string>{"registered 0"});
    auto other = startApp({"--hold", otherFile, "--state", otherState});
    ASSERT_TRUE(other);

    startSession();
    ASSERT_EQ(registerFiles({registeredFile, otherFile}), DWORD{ERROR_SUCCESS});
    auto list = getList();
    ASSERT_EQ(list.apps.size(), 2U) << describe(list);
    ASSERT_NE(list.find(registered->pid()), nullptr);
    ASSERT_NE(list.find(other->pid()), nullptr);
    EXPECT_EQ(list.find(registered->pid())->bRestartable, TRUE);
    EXPECT_EQ(list.find(other->pid())->bRestartable, FALSE);

    EXPECT_EQ(RmShutdown(*m_handle, RmShutdownOnlyRegistered, nullptr),
              DWORD{ERROR_FAIL_NOACTION_REBOOT});
    std::this_thread::sleep_for(300ms);
    EXPECT_TRUE(running(registered->unique)) << "nothing is shut down, not even the registered";
    EXPECT_TRUE(running(other->unique));
    EXPECT_FALSE(exists(registeredState)) << "it never got SIGTERM";
    EXPECT_FALSE(exists(otherState));
    auto after = getList();
    ASSERT_EQ(after.apps.size(), 2U) << describe(after);
    for (const auto& app : after.apps) {
        EXPECT_EQ(app.AppStatus, ULONG{RmStatusRunning}) << describe(after);
    }
}

TEST_F(ShutdownTest, OnlyRegisteredStopsWhenEveryAppIsRegistered) {
    const auto file = makeFile(m_dir.file("one"));
    const auto state = m_dir.file("state");
    auto registered =
        startApp({"--hold", file, "--state", state, "--text", "kept", "--register-restart", ""});
    ASSERT_TRUE(registered);
    ASSERT_EQ(registered->lines, std::vector<std::string>{"registered 0"});
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(RmShutdown(*m_handle, RmShutdownOnlyRegistered, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(registered->child.wait(5s), 0);
    EXPECT_EQ(rmtest::readFile(state), "kept");
}

TEST_F(ShutdownTest, FiltersLeaveOneRunningAndKeepAnotherFromRestarting) {
    const auto keptFile = makeFile(m_dir.file("kept"));
    const auto plainFile = makeFile(m_dir.file("plain"));
    const auto norestartFile = makeFile(m_dir.file("norestart"));
    const auto keptState = m_dir.file("kept.state");
    const auto keptMarker = markerFile("kept.marker");
    const auto plainMarker = markerFile("plain.marker");
    const auto norestartMarker = markerFile("norestart.marker");
    auto kept = startDesktopApp({"--hold", keptFile, "--state", keptState, "--marker", keptMarker});
    auto plain = startDesktopApp({"--hold", plainFile, "--marker", plainMarker});
    auto norestart = startDesktopApp({"--hold", norestartFile, "--marker", norestartMarker});
    ASSERT_TRUE(kept && plain && norestart);

    startSession();
    ASSERT_EQ(registerFiles({keptFile, plainFile, norestartFile}), DWORD{ERROR_SUCCESS});
    ASSERT_EQ(RmAddFilter(*m_handle, nullptr, &kept->unique, nullptr, RmNoShutdown),
              DWORD{ERROR_SUCCESS});
    ASSERT_EQ(RmAddFilter(*m_handle, nullptr, &norestart->unique, nullptr, RmNoRestart),
              DWORD{ERROR_SUCCESS});
    auto before = getList();
    ASSERT_EQ(before.apps.size(), 3U) << describe(before);
    EXPECT_EQ(before.statusOf(kept->pid()), ULONG{RmStatusRunning | RmStatusShutdownMasked});
    EXPECT_EQ(before.statusOf(plain->pid()), ULONG{RmStatusRunning});
    EXPECT_EQ(before.statusOf(norestart->pid()), ULONG{RmStatusRunning | RmStatusRestartMasked});

    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(plain->child.wait(5s), 0);
    EXPECT_EQ(norestart->child.wait(5s), 0);
    EXPECT_EQ(kept->child.wait(300ms), -1) << "RmNoShutdown: left running";
    EXPECT_FALSE(exists(keptState)) << "and never sent SIGTERM";
    auto stopped = getList();
    ASSERT_EQ(stopped.apps.size(), 3U) << describe(stopped);
    EXPECT_EQ(stopped.statusOf(kept->pid()), ULONG{RmStatusRunning | RmStatusShutdownMasked});
    EXPECT_EQ(stopped.statusOf(plain->pid()), ULONG{RmStatusStopped});
    EXPECT_EQ(stopped.statusOf(norestart->pid()), ULONG{RmStatusStopped | RmStatusRestartMasked});

    ASSERT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    const auto plainSeen = waitForStarts(plainMarker, 2);
    ASSERT_EQ(plainSeen.starts.size(), 2U) << rmtest::readFile(plainMarker);
    adoptDetached(plainSeen.starts[1].pid);
    std::this_thread::sleep_for(300ms);
    EXPECT_EQ(readMarker(norestartMarker).starts.size(), 1U) << "RmNoRestart: not started again";
    EXPECT_EQ(readMarker(keptMarker).starts.size(), 1U);
    EXPECT_TRUE(running(kept->unique));

    // Each application once: the restarted one as its new process.
    auto after = getList();
    ASSERT_EQ(after.apps.size(), 3U) << describe(after);
    EXPECT_EQ(after.statusOf(kept->pid()), ULONG{RmStatusRunning | RmStatusShutdownMasked});
    EXPECT_EQ(after.find(plain->pid()), nullptr) << describe(after);
    EXPECT_EQ(after.statusOf(norestart->pid()), ULONG{RmStatusStopped | RmStatusRestartMasked});
    ASSERT_NE(after.find(plainSeen.starts[1].pid), nullptr) << describe(after);
    EXPECT_EQ(after.statusOf(plainSeen.starts[1].pid), ULONG{RmStatusRunning | RmStatusRestarted});
}

TEST_F(ShutdownTest, CancelFromAnotherThreadEndsItPromptly) {
    const auto file = makeFile(m_dir.file("data"));
    // The marker names the copy that RmRestart starts below, so that the teardown ends it even
    // if it is not holding the file yet when the test looks.
    const auto marker = markerFile("marker");
    auto app = startDesktopApp({"--hold", file, "--exit-delay-ms", "3000", "--marker", marker});
    ASSERT_TRUE(app);
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});

    std::atomic<DWORD> result{0xFFFFFFFFU};
    std::atomic<bool> returned{false};
    Clock::time_point returnedAt;
    std::thread::id shutdownThread;
    const auto started = Clock::now();
    std::thread worker{[&] {
        shutdownThread = std::this_thread::get_id();
        result = RmShutdown(*m_handle, 0, recordProgress);
        returnedAt = Clock::now();
        returned = true;
    }};
    // The first progress report comes as the signals go out.
    const bool begun = waitUntil([] { return !progressThreads().empty(); }, 5s);
    std::this_thread::sleep_for(200ms);
    const auto cancelledAt = Clock::now();
    const DWORD cancel = RmCancelCurrentTask(*m_handle);
    worker.join();
    ASSERT_TRUE(begun) << "RmShutdown never reported progress";
    EXPECT_EQ(cancel, DWORD{ERROR_SUCCESS});
    EXPECT_TRUE(returned);
    EXPECT_EQ(result.load(), DWORD{ERROR_CANCELLED});
    EXPECT_LT(returnedAt - cancelledAt, 1s);
    EXPECT_LT(returnedAt - started, 2500ms) << "it did not wait for the slow application";
    const auto threads = progressThreads();
    EXPECT_TRUE(
        std::all_of(threads.begin(), threads.end(), [&](auto id) { return id == shutdownThread; }));

    EXPECT_TRUE(running(app->unique)) << "still saving";
    auto list = getList();
    ASSERT_EQ(list.apps.size(), 1U) << describe(list);
    // Cancelled while it was closing: it is still closing, not refusing to close.
    EXPECT_EQ(list.apps[0].AppStatus, ULONG{RmStatusRunning});
    EXPECT_EQ(app->child.wait(5s), 0) << "it had its SIGTERM and finishes on its own";
    // So the user does not lose it: RmRestart starts it again once it has gone.
    EXPECT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_TRUE(waitUntil([&] { return readMarker(marker).starts.size() == 2; }, 5s))
        << "the new copy never started";
    list = getList();
    EXPECT_TRUE(std::any_of(list.apps.begin(), list.apps.end(), [](const RM_PROCESS_INFO& info) {
        return (info.AppStatus & RmStatusRestarted) != 0;
    })) << describe(list);
    // The new copy holds the file again; it is this test's to end.
    for (const auto& info : list.apps) {
        if ((info.AppStatus & RmStatusRunning) != 0 && RmLinuxIsSameProcessRunning(&info.Process)) {
            ::kill(static_cast<pid_t>(info.Process.dwProcessId), SIGKILL);
        }
    }
}

TEST_F(ShutdownTest, SecondaryMayNeitherShutDownNorRestart) {
    const auto file = makeFile(m_dir.file("data"));
    const auto state = m_dir.file("state");
    auto app = startApp({"--hold", file, "--state", state});
    ASSERT_TRUE(app);
    startSession();
    ASSERT_EQ(registerFiles({file}), DWORD{ERROR_SUCCESS});

    auto secondary = ChildProcess::spawn({rmtest::helperPath("rm_test_secondary")});
    ASSERT_TRUE(secondary.writeLine(m_key));
    const auto ask = [&](const std::string& command) {
        secondary.writeLine(command);
        return secondary.readLine(10s).value_or("<nothing>");
    };
    EXPECT_EQ(ask("join"), "join 0");
    EXPECT_EQ(ask("shutdown"), "shutdown 5");
    EXPECT_EQ(ask("restart"), "restart 5");
    EXPECT_EQ(ask("end"), "end 0");
    secondary.closeStdin();
    EXPECT_EQ(secondary.wait(10s), 0);
    EXPECT_TRUE(running(app->unique));
    EXPECT_FALSE(exists(state));
    // And the primary still may: the secondary's attempt recorded nothing.
    EXPECT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_REQUEST_OUT_OF_SEQUENCE});
}

TEST_F(ShutdownTest, ProcessWhosePidWasReusedIsNeverSignalled) {
    constexpr const char* kLastPid = "/proc/sys/kernel/ns_last_pid";
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "forcing a PID to be reused means writing " << kLastPid
                     << ", which needs root";
    }
    if (::access(kLastPid, W_OK) != 0) {
        GTEST_SKIP() << kLastPid << " is not writable here: " << std::strerror(errno);
    }
    startSession();
    const auto state = m_dir.file("reuser.state");
    std::optional<App> reuser;
    for (int attempt = 0; attempt < 20 && !reuser; ++attempt) {
        auto first = startApp({"--text", "first"});
        ASSERT_TRUE(first);
        ASSERT_EQ(RmRegisterResources(*m_handle, 0, nullptr, 1, &first->unique, 0, nullptr),
                  DWORD{ERROR_SUCCESS});
        // Start times count clock ticks: the newcomer must start in a later one.
        std::this_thread::sleep_for(30ms);
        first->child.kill(SIGKILL);
        ASSERT_EQ(first->child.wait(), kExitedOnKill);
        {
            std::ofstream lastPid{kLastPid};
            lastPid << (first->pid() - 1);
            lastPid.flush();
            if (!lastPid) {
                GTEST_SKIP() << "cannot write " << kLastPid;
            }
        }
        auto second = startApp({"--state", state, "--text", "never signalled"});
        ASSERT_TRUE(second);
        if (second->pid() == first->pid()) {
            reuser.emplace(std::move(*second));
        }
    }
    ASSERT_TRUE(reuser) << "no process got a reused PID in 20 attempts";

    auto list = getList();
    EXPECT_TRUE(list.apps.empty()) << "the registered process is gone: " << describe(list);
    EXPECT_EQ(RmShutdown(*m_handle, RmForceShutdown, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(reuser->child.wait(500ms), -1) << "the process with the reused PID still runs";
    EXPECT_TRUE(running(reuser->unique));
    EXPECT_FALSE(exists(state)) << "it never got SIGTERM";
}

TEST_F(ShutdownTest, RebootReasonMeansNothingIsTouched) {
    const auto ownFile = makeFile(m_dir.file("held-by-the-installer"));
    const auto appFile = makeFile(m_dir.file("held-by-the-app"));
    const auto state = m_dir.file("state");
    std::ifstream ownHold{ownFile};
    ASSERT_TRUE(ownHold.is_open());
    auto app = startApp({"--hold", appFile, "--state", state});
    ASSERT_TRUE(app);
    startSession();
    ASSERT_EQ(registerFiles({ownFile, appFile}), DWORD{ERROR_SUCCESS});
    auto list = getList();
    ASSERT_EQ(list.apps.size(), 2U) << describe(list);
    EXPECT_EQ(list.rebootReasons, DWORD{RmRebootReasonDetectedSelf});
    ASSERT_NE(list.find(::getpid()), nullptr) << describe(list);

    EXPECT_EQ(RmShutdown(*m_handle, RmForceShutdown, nullptr), DWORD{ERROR_FAIL_NOACTION_REBOOT});
    std::this_thread::sleep_for(300ms);
    EXPECT_TRUE(running(app->unique));
    EXPECT_FALSE(exists(state)) << "it never got SIGTERM";
    auto after = getList();
    ASSERT_NE(after.find(app->pid()), nullptr);
    EXPECT_EQ(after.statusOf(app->pid()), ULONG{RmStatusRunning});
}

// --- Recovery from an installer that died between RmShutdown and RmRestart ----------------------

class RecoveryTest : public ShutdownRestartFixture {
protected:
    // A cooperative app holding the file, and an installer (rm_test_app --primary-shutdown) that
    // shuts it down and is then killed. Returns the dead primary's session ID.
    void crashInstallerAfterShutdown() {
        m_file = makeFile(m_dir.file("data"));
        m_state = m_dir.file("state");
        m_marker = markerFile("marker");
        auto app = startDesktopApp(
            {"--hold", m_file, "--state", m_state, "--text", "draft 7", "--marker", m_marker});
        ASSERT_TRUE(app);
        m_app.emplace(std::move(*app));

        auto primary = ChildProcess::spawn(
            {appPath(), "--primary-shutdown", m_file},
            SpawnOptions{{{"RESTARTMANAGER_SHUTDOWN_TIMEOUT_MS", "5000"}}, {}, {}});
        ASSERT_EQ(primary.readLine(kReadyTimeout).value_or("<nothing>"), "shutting down");
        ASSERT_EQ(primary.readLine(kReadyTimeout).value_or("<nothing>"), "shut down 0");
        EXPECT_EQ(m_app->child.wait(5s), 0);
        EXPECT_EQ(rmtest::readFile(m_state), "draft 7");

        auto sessions = rm::listSessions();
        ASSERT_TRUE(sessions);
        ASSERT_EQ(sessions->size(), 1U);
        EXPECT_EQ(sessions->front().primary.pid, primary.pid());
        EXPECT_TRUE(sessions->front().primaryRunning);
        m_staleSession = sessions->front().id;

        primary.kill(SIGKILL);
        ASSERT_EQ(primary.wait(), kExitedOnKill);
        sessions = rm::listSessions();
        ASSERT_TRUE(sessions);
        ASSERT_EQ(sessions->size(), 1U) << "the dead primary's session stays for recovery";
        EXPECT_FALSE(sessions->front().primaryRunning);
        std::this_thread::sleep_for(200ms);
        EXPECT_EQ(readMarker(m_marker).starts.size(), 1U) << "nothing restarts it by itself";
    }

    // The restarted app: a new PID that restored the saved text.
    void expectRestored() {
        Marker seen;
        ASSERT_TRUE(waitUntil(
            [&] {
                seen = readMarker(m_marker);
                return seen.starts.size() >= 2 && seen.restored.contains(seen.starts[1].pid);
            },
            5s))
            << rmtest::readFile(m_marker);
        ASSERT_EQ(seen.starts.size(), 2U);
        const pid_t restarted = seen.starts[1].pid;
        adoptDetached(restarted);
        EXPECT_NE(restarted, m_app->pid());
        EXPECT_EQ(seen.starts[1].argv, seen.starts[0].argv);
        EXPECT_EQ(seen.restored[restarted], "draft 7");
        const auto unique = uniqueOf(restarted);
        ASSERT_TRUE(unique);
        EXPECT_TRUE(running(*unique));
    }

    std::string m_file;
    std::string m_state;
    std::string m_marker;
    std::optional<App> m_app;
    std::int64_t m_staleSession = 0;
};

TEST_F(RecoveryTest, NextSessionStartRestartsWhatADeadPrimaryStopped) {
    crashInstallerAfterShutdown();
    if (HasFatalFailure()) {
        return;
    }
    startSession();
    expectRestored();
    auto sessions = rm::listSessions();
    ASSERT_TRUE(sessions);
    ASSERT_EQ(sessions->size(), 1U) << "the stale session is gone; only ours is left";
    EXPECT_NE(sessions->front().id, m_staleSession);
    EXPECT_EQ(sessions->front().primary.pid, ::getpid());

    // A second start does not restart it again.
    endSession();
    startSession();
    std::this_thread::sleep_for(300ms);
    EXPECT_EQ(readMarker(m_marker).starts.size(), 2U);
}

// The records are written before any signal: an installer killed while its RmShutdown still waits
// for a slow application leaves enough behind to start that application again.
TEST_F(RecoveryTest, PrimaryKilledDuringShutdownStillGetsItsAppBack) {
    const auto file = makeFile(m_dir.file("data"));
    const auto state = m_dir.file("state");
    const auto marker = markerFile("marker");
    auto app = startDesktopApp({"--hold", file, "--state", state, "--text", "half saved",
                                "--marker", marker, "--exit-delay-ms", "1000"});
    ASSERT_TRUE(app);
    auto primary = ChildProcess::spawn({appPath(), "--primary-shutdown", file});
    ASSERT_EQ(primary.readLine(kReadyTimeout).value_or("<nothing>"), "shutting down");
    // Killed while its RmShutdown waits for the application, which has had its SIGTERM.
    std::this_thread::sleep_for(400ms);
    primary.kill(SIGKILL);
    ASSERT_EQ(primary.wait(), kExitedOnKill);
    EXPECT_TRUE(running(app->unique)) << "still saving";
    EXPECT_EQ(app->child.wait(5s), 0);
    EXPECT_EQ(rmtest::readFile(state), "half saved");

    auto restarted = rm::recoverStaleSessions();
    ASSERT_TRUE(restarted) << restarted.error().message;
    ASSERT_EQ(restarted->size(), 1U);
    EXPECT_EQ(restarted->front().identity.pid, app->pid());
    Marker seen;
    ASSERT_TRUE(waitUntil(
        [&] {
            seen = readMarker(marker);
            return seen.starts.size() >= 2 && seen.restored.contains(seen.starts[1].pid);
        },
        5s))
        << rmtest::readFile(marker);
    adoptDetached(seen.starts[1].pid);
    EXPECT_EQ(seen.restored[seen.starts[1].pid], "half saved");
    auto sessions = rm::listSessions();
    ASSERT_TRUE(sessions);
    EXPECT_TRUE(sessions->empty());
}

TEST_F(RecoveryTest, RecoverStaleSessionsReportsWhatItRestarted) {
    crashInstallerAfterShutdown();
    if (HasFatalFailure()) {
        return;
    }
    auto restarted = rm::recoverStaleSessions();
    ASSERT_TRUE(restarted) << restarted.error().message;
    ASSERT_EQ(restarted->size(), 1U);
    EXPECT_EQ(restarted->front().identity.pid, m_app->pid());
    EXPECT_EQ(restarted->front().state, rm::StoppedApplication::State::Restarted);
    EXPECT_EQ(restarted->front().executable, canonical(appPath()));
    expectRestored();
    auto sessions = rm::listSessions();
    ASSERT_TRUE(sessions);
    EXPECT_TRUE(sessions->empty());

    auto again = rm::recoverStaleSessions();
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->empty());
}

TEST_F(RecoveryTest, RmctlRecoverRestartsWhatADeadPrimaryStopped) {
    const auto rmctl = canonical(rmtest::helperPath("../app/rmctl"));
    if (::access(rmctl.c_str(), X_OK) != 0) {
        GTEST_SKIP() << "rmctl is not built next to the tests (" << rmctl << ")";
    }
    crashInstallerAfterShutdown();
    if (HasFatalFailure()) {
        return;
    }
    auto tool = ChildProcess::spawn({rmctl, "recover"});
    EXPECT_EQ(tool.readAll(), "restarted " + canonical(appPath()) + "\n");
    EXPECT_EQ(tool.wait(10s), 0);
    expectRestored();
    auto sessions = rm::listSessions();
    ASSERT_TRUE(sessions);
    EXPECT_TRUE(sessions->empty());
}

// Several recoveries at once (installers starting, `rmctl recover`): the application comes back
// once.
TEST_F(RecoveryTest, ConcurrentRecoveriesRestartOnlyOnce) {
    const auto rmctl = canonical(rmtest::helperPath("../app/rmctl"));
    if (::access(rmctl.c_str(), X_OK) != 0) {
        GTEST_SKIP() << "rmctl is not built next to the tests (" << rmctl << ")";
    }
    crashInstallerAfterShutdown();
    if (HasFatalFailure()) {
        return;
    }
    std::vector<ChildProcess> tools;
    for (int i = 0; i < 4; ++i) {
        tools.push_back(ChildProcess::spawn({rmctl, "recover"}));
    }
    int restartedLines = 0;
    for (auto& tool : tools) {
        const auto output = tool.readAll();
        EXPECT_EQ(tool.wait(10s), 0) << output;
        if (output == "restarted " + canonical(appPath()) + "\n") {
            ++restartedLines;
        } else {
            EXPECT_EQ(output, "nothing to recover\n");
        }
    }
    EXPECT_EQ(restartedLines, 1);
    expectRestored();
    std::this_thread::sleep_for(300ms);
    EXPECT_EQ(readMarker(m_marker).starts.size(), 2U) << rmtest::readFile(m_marker);
}

// --- Services through a stand-in systemd --------------------------------------------------------

constexpr const char* kBusVariable = "RESTARTMANAGER_SYSTEMD_BUS";

// A dbus-daemon on a socket in a temporary directory, with a policy that allows everything, and
// rm_test_fake_systemd owning org.freedesktop.systemd1 on it.
class ShutdownServicesTest : public ShutdownRestartFixture {
protected:
    void SetUp() override {
        ShutdownRestartFixture::SetUp();
        const auto daemon = rmtest::findProgram("dbus-daemon");
        if (!daemon) {
            GTEST_SKIP() << "dbus-daemon is not installed, so there is no bus for the stand-in "
                            "systemd";
        }
        ASSERT_EQ(m_bus.start(*daemon), "");
        const std::string address = m_bus.address();

        const auto pid = [](const ChildProcess& c) { return std::to_string(c.pid()); };
        const auto units = m_bus.dir().file("units");
        std::ofstream{units} << "demo.service active refuse=no pids=" << pid(m_demoMain) << ","
                             << pid(m_demoWorker) << " main=" << pid(m_demoMain)
                             << " stop=done start=done\n"
                             << "flaky.service active refuse=no pids=" << pid(m_flaky)
                             << " main=" << pid(m_flaky) << " stop=failed start=done\n"
                             << "locked.service active refuse=yes pids=" << pid(m_locked)
                             << " main=" << pid(m_locked) << " stop=done start=done\n"
                             << "stuck.service active refuse=no pids=" << pid(m_stuck)
                             << " main=" << pid(m_stuck) << " stop=done start=failed\n"
                             << "slow.service active refuse=no pids=" << pid(m_slow)
                             << " main=" << pid(m_slow) << " stop=done start=done delay=1500\n"
                             << "run-u7.service active transient=yes pids=" << pid(m_transient)
                             << " main=" << pid(m_transient) << " stop=done start=done\n";
        m_fake.emplace(
            ChildProcess::spawn({rmtest::helperPath("rm_test_fake_systemd"), address, units}));
        ASSERT_EQ(m_fake->readLine(10s).value_or("<nothing>"), "ready");
        m_environment.set(kBusVariable, address);
    }

    void TearDown() override {
        if (m_fake) {
            m_fake->kill(SIGTERM);
            EXPECT_EQ(m_fake->wait(5s), 0) << "the stand-in systemd did not exit cleanly";
        }
        m_bus.stop();
        ShutdownRestartFixture::TearDown();
    }

    std::string activeState(const std::string& unit) {
        auto client = rm::SystemdClient::connect();
        if (client == nullptr) {
            return "<no systemd>";
        }
        auto info = client->unit(unit);
        return info ? info->activeState : "<" + info.error().message + ">";
    }

    rmtest::PrivateBus m_bus;
    std::optional<ChildProcess> m_fake;
    rmtest::ScopedEnvironment m_environment;
    ChildProcess m_demoMain = ChildProcess::spawn({kSleep, "60"});
    ChildProcess m_demoWorker = ChildProcess::spawn({kSleep, "60"});
    ChildProcess m_flaky = ChildProcess::spawn({kSleep, "60"});
    ChildProcess m_locked = ChildProcess::spawn({kSleep, "60"});
    ChildProcess m_stuck = ChildProcess::spawn({kSleep, "60"});
    ChildProcess m_slow = ChildProcess::spawn({kSleep, "60"});
    ChildProcess m_transient = ChildProcess::spawn({kSleep, "60"});
};

TEST_F(ShutdownServicesTest, ServiceIsStoppedThroughSystemdAndStartedAgain) {
    startSession();
    ASSERT_EQ(registerService("demo"), DWORD{ERROR_SUCCESS});
    auto before = getList();
    ASSERT_EQ(before.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(before.apps.size(), 1U) << "one entry however many processes: " << describe(before);
    const auto& service = before.apps[0];
    EXPECT_EQ(service.ApplicationType, RmService);
    EXPECT_EQ(narrow(service.strServiceShortName), "demo");
    EXPECT_EQ(service.bRestartable, TRUE);
    EXPECT_EQ(service.AppStatus, ULONG{RmStatusRunning});
    EXPECT_EQ(service.Process.dwProcessId,
              static_cast<DWORD>(std::min(m_demoMain.pid(), m_demoWorker.pid())));
    EXPECT_EQ(before.rebootReasons, DWORD{RmRebootReasonNone});

    ASSERT_EQ(RmShutdown(*m_handle, 0, recordProgress), DWORD{ERROR_SUCCESS});
    EXPECT_TRUE(progressRunsFrom0To100(takeProgress()));
    EXPECT_EQ(m_demoMain.wait(5s), kExitedOnTerm) << "systemd's stop job sends SIGTERM";
    EXPECT_EQ(m_demoWorker.wait(5s), kExitedOnTerm);
    EXPECT_EQ(activeState("demo.service"), "inactive");
    auto stopped = getList();
    ASSERT_EQ(stopped.apps.size(), 1U) << describe(stopped);
    EXPECT_EQ(stopped.apps[0].ApplicationType, RmService);
    EXPECT_EQ(stopped.apps[0].AppStatus, ULONG{RmStatusStopped});

    ASSERT_EQ(RmRestart(*m_handle, 0, recordProgress), DWORD{ERROR_SUCCESS});
    EXPECT_TRUE(progressRunsFrom0To100(takeProgress()));
    EXPECT_EQ(activeState("demo.service"), "active");
    auto restarted = getList();
    ASSERT_EQ(restarted.apps.size(), 1U) << describe(restarted);
    EXPECT_EQ(narrow(restarted.apps[0].strServiceShortName), "demo");
    EXPECT_EQ(restarted.apps[0].AppStatus, ULONG{RmStatusRestarted});
}

TEST_F(ShutdownServicesTest, FailedStopJobFailsTheShutdown) {
    startSession();
    ASSERT_EQ(registerService("flaky.service"), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_FAIL_SHUTDOWN});
    EXPECT_EQ(m_flaky.wait(200ms), -1) << "the failed job left the process alone";
    EXPECT_EQ(activeState("flaky.service"), "failed");
    auto list = getList();
    ASSERT_EQ(list.apps.size(), 1U) << describe(list);
    EXPECT_EQ(list.apps[0].Process.dwProcessId, static_cast<DWORD>(m_flaky.pid()));
    EXPECT_EQ(list.apps[0].AppStatus, ULONG{RmStatusRunning | RmStatusErrorOnStop});
}

TEST_F(ShutdownServicesTest, FailedStartJobFailsTheRestart) {
    startSession();
    ASSERT_EQ(registerService("stuck"), DWORD{ERROR_SUCCESS});
    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(m_stuck.wait(5s), kExitedOnTerm);
    EXPECT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_FAIL_RESTART});
    EXPECT_EQ(activeState("stuck.service"), "failed") << "as systemd leaves a unit that failed";
    auto list = getList();
    ASSERT_EQ(list.apps.size(), 1U) << describe(list);
    EXPECT_EQ(narrow(list.apps[0].strServiceShortName), "stuck");
    EXPECT_EQ(list.apps[0].AppStatus, ULONG{RmStatusErrorOnRestart});
}

// A transient system unit (systemd-run) is unloaded once it stops: RmGetList says it cannot be
// restarted (and why), and RmRestart does not try to start it, which would fail with 352.
TEST_F(ShutdownServicesTest, TransientServiceIsStoppedButNotStartedAgain) {
    startSession();
    ASSERT_EQ(registerService("demo"), DWORD{ERROR_SUCCESS});
    ASSERT_EQ(registerService("run-u7"), DWORD{ERROR_SUCCESS});
    auto before = getList();
    ASSERT_EQ(before.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(before.apps.size(), 2U) << describe(before);
    const auto* transient = before.find(m_transient.pid());
    ASSERT_NE(transient, nullptr) << describe(before);
    EXPECT_EQ(narrow(transient->strServiceShortName), "run-u7");
    EXPECT_EQ(transient->bRestartable, FALSE);
    EXPECT_EQ(before.rebootReasons, DWORD{RmRebootReasonNone});
    {
        auto secondary = rm::Session::join(m_key);
        ASSERT_TRUE(secondary) << secondary.error().message;
        auto affected = secondary->affectedApplications();
        ASSERT_TRUE(affected) << affected.error().message;
        for (const auto& app : affected->applications) {
            if (app.unit == "run-u7.service") {
                EXPECT_EQ(app.notRestartable, rm::NotRestartable::TransientUnit);
            } else {
                EXPECT_EQ(app.unit, "demo.service");
                EXPECT_TRUE(app.restartable);
                EXPECT_EQ(app.notRestartable, rm::NotRestartable::None);
            }
        }
    }

    EXPECT_EQ(RmShutdown(*m_handle, RmShutdownOnlyRegistered, nullptr),
              DWORD{ERROR_FAIL_NOACTION_REBOOT});
    EXPECT_EQ(activeState("run-u7.service"), "active");
    EXPECT_EQ(activeState("demo.service"), "active");

    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(m_transient.wait(5s), kExitedOnTerm);
    EXPECT_NE(activeState("run-u7.service").find("NoSuchUnit"), std::string::npos)
        << "the stand-in unloads a stopped transient unit, as systemd does";
    EXPECT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(activeState("demo.service"), "active");
    auto after = getList();
    EXPECT_EQ(after.statusOf(m_transient.pid()), ULONG{RmStatusStopped}) << describe(after);
}

// Each job of slow.service takes 1.5 s; a cancel ends the waiting RmRestart at once.
TEST_F(ShutdownServicesTest, CancelEndsARestartThatWaitsForASlowService) {
    startSession();
    ASSERT_EQ(registerService("slow"), DWORD{ERROR_SUCCESS});
    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(m_slow.wait(5s), kExitedOnTerm);

    std::atomic<DWORD> result{0xFFFFFFFFU};
    Clock::time_point returnedAt;
    std::thread worker{[&] {
        result = RmRestart(*m_handle, 0, nullptr);
        returnedAt = Clock::now();
    }};
    std::this_thread::sleep_for(300ms);
    const auto cancelledAt = Clock::now();
    const DWORD cancel = RmCancelCurrentTask(*m_handle);
    worker.join();
    EXPECT_EQ(cancel, DWORD{ERROR_SUCCESS});
    EXPECT_EQ(result.load(), DWORD{ERROR_CANCELLED});
    EXPECT_LT(returnedAt - cancelledAt, 1s);
}

TEST_F(ShutdownServicesTest, ServiceThatRefusesManualStopMeansReboot) {
    startSession();
    ASSERT_EQ(registerService("locked"), DWORD{ERROR_SUCCESS});
    auto list = getList();
    ASSERT_EQ(list.apps.size(), 1U) << describe(list);
    EXPECT_EQ(list.rebootReasons, DWORD{RmRebootReasonCriticalService});
    EXPECT_EQ(list.apps[0].bRestartable, FALSE);
    EXPECT_EQ(RmShutdown(*m_handle, RmForceShutdown, nullptr), DWORD{ERROR_FAIL_NOACTION_REBOOT});
    EXPECT_EQ(m_locked.wait(300ms), -1) << "nothing was stopped";
    EXPECT_EQ(activeState("locked.service"), "active");
}

} // namespace
