// What a process really shows decides its application type: a GUI toolkit or a window on its
// display makes a window application, a bare X11 client library (which every program linking
// the Restart Manager used to map) does not. Display servers and window managers are never
// closed. And the library links no X11: it loads libxcb when it first asks a display, and without
// libxcb it still works and finds no window. Real Xvfb, openbox, wish, raw xcb clients (python3
// through ctypes) and rmctl.
#include "core/session.h"

#include "support/test_support.h"
#include "support/x_server.h"

#include <restartmanager.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

namespace {

using namespace std::chrono_literals;
using rmtest::ChildProcess;
using rmtest::SpawnOptions;
using rmtest::TempDir;
using rmtest::XServer;
using rmtest::XServerOptions;

const std::string kPython = "/usr/bin/python3";

bool isExecutable(const std::string& path) {
    return ::access(path.c_str(), X_OK) == 0;
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

bool running(pid_t pid) {
    const auto stat = rmtest::readFile("/proc/" + std::to_string(pid) + "/stat");
    const auto close = stat.rfind(')');
    return close != std::string::npos && close + 2 < stat.size() && stat[close + 2] != 'Z';
}

std::string shellQuote(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c == '\'' ? std::string{"'\\''"} : std::string(1, c);
    }
    return quoted + "'";
}

std::string makeFile(const std::string& path) {
    std::ofstream{path} << "data\n";
    return path;
}

const rm::AffectedApplication* entryFor(const rm::AffectedApplications& affected, pid_t pid) {
    for (const auto& app : affected.applications) {
        if (app.process.dwProcessId == static_cast<DWORD>(pid)) {
            return &app;
        }
    }
    return nullptr;
}

std::string describe(const rm::AffectedApplications& affected) {
    std::string out;
    for (const auto& app : affected.applications) {
        out += " [PID " + std::to_string(app.process.dwProcessId) + " '" + app.appName + "' type " +
               std::to_string(app.type) + " reasons " + std::to_string(app.rebootReasons) + "]";
    }
    return out;
}

// A python3 program that talks to the display through libxcb alone (no toolkit), holds FILE
// open and, with `window`, shows one top-level window titled TITLE (WM_NAME and WM_PROTOCOLS, no
// _NET_WM_PID: only the X-Resource extension can tell whose it is). Prints "ready" when done.
const char* const kXcbClient = R"(import ctypes, sys
xcb = ctypes.CDLL('libxcb.so.1')
xcb.xcb_connect.restype = ctypes.c_void_p
xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
xcb.xcb_get_setup.restype = ctypes.c_void_p
xcb.xcb_get_setup.argtypes = [ctypes.c_void_p]
class ScreenIterator(ctypes.Structure):
    _fields_ = [('data', ctypes.c_void_p), ('rem', ctypes.c_int), ('index', ctypes.c_int)]
class Cookie(ctypes.Structure):
    _fields_ = [('sequence', ctypes.c_uint)]
xcb.xcb_setup_roots_iterator.restype = ScreenIterator
xcb.xcb_setup_roots_iterator.argtypes = [ctypes.c_void_p]
xcb.xcb_generate_id.restype = ctypes.c_uint32
xcb.xcb_generate_id.argtypes = [ctypes.c_void_p]
xcb.xcb_create_window.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32,
    ctypes.c_uint32, ctypes.c_int16, ctypes.c_int16, ctypes.c_uint16, ctypes.c_uint16,
    ctypes.c_uint16, ctypes.c_uint16, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_void_p]
xcb.xcb_change_property.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32,
    ctypes.c_uint32, ctypes.c_uint32, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_void_p]
xcb.xcb_intern_atom.restype = Cookie
xcb.xcb_intern_atom.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p]
xcb.xcb_intern_atom_reply.restype = ctypes.c_void_p
xcb.xcb_intern_atom_reply.argtypes = [ctypes.c_void_p, Cookie, ctypes.c_void_p]
xcb.xcb_map_window.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
xcb.xcb_flush.argtypes = [ctypes.c_void_p]
def atom(conn, name):
    reply = xcb.xcb_intern_atom_reply(conn, xcb.xcb_intern_atom(conn, 0, len(name), name), None)
    return ctypes.c_uint32.from_address(reply + 8).value
held = open(sys.argv[1])
conn = xcb.xcb_connect(None, None)
if xcb.xcb_connection_has_error(conn):
    print('no-display', flush=True)
    sys.exit(0)
if sys.argv[2] == 'window':
    screen = xcb.xcb_setup_roots_iterator(xcb.xcb_get_setup(conn)).data
    root = ctypes.c_uint32.from_address(screen).value
    window = xcb.xcb_generate_id(conn)
    xcb.xcb_create_window(conn, 0, window, root, 0, 0, 200, 100, 0, 1, 0, 0, None)
    title = sys.argv[3].encode()
    xcb.xcb_change_property(conn, 0, window, 39, 31, 8, len(title), title)
    protocols = (ctypes.c_uint32 * 1)(atom(conn, b'WM_DELETE_WINDOW'))
    xcb.xcb_change_property(conn, 0, window, atom(conn, b'WM_PROTOCOLS'), 4, 32, 1, protocols)
    xcb.xcb_map_window(conn, window)
else:
    atom(conn, b'WM_PROTOCOLS')
xcb.xcb_flush(conn)
print('ready', flush=True)
sys.stdin.read()
)";

// Registers the files in a session of this process and lists who uses them.
rm::Expected<rm::AffectedApplications> affectedBy(const std::vector<std::string>& files) {
    auto session = rm::Session::start();
    if (!session) {
        return session.error();
    }
    if (auto status = session->registerResources(files, {}, {}); !status) {
        return status.error();
    }
    return session->affectedApplications();
}

// --- The library links no X11 -------------------------------------------------------------------

// Programs that link the Restart Manager (and nothing that needs X11 itself): not one X11 library
// among everything the loader maps for them.
TEST(CoreLinkage, ProgramsLinkingTheLibraryNeedNoX11Library) {
    for (const std::string& program :
         {std::string{RM_RMCTL}, std::string{RM_SECONDARY_INSTALLER},
          std::string{RM_POLITE_CLOSE_HELPER}, rmtest::helperPath("rm_test_app")}) {
        TempDir dir{"rmldd"};
        const auto out = dir.file("ldd.out");
        ASSERT_EQ(rmtest::runCommand("ldd " + shellQuote(program) + " >" + out + " 2>&1"), 0)
            << rmtest::readFile(out);
        const auto libraries = rmtest::readFile(out);
        ASSERT_NE(libraries.find("libsqlite3"), std::string::npos) << libraries;
        EXPECT_EQ(libraries.find("libxcb"), std::string::npos) << program << ":\n" << libraries;
        EXPECT_EQ(libraries.find("libX11"), std::string::npos) << program << ":\n" << libraries;
        EXPECT_EQ(libraries.find("libQt"), std::string::npos) << program << ":\n" << libraries;
    }
}

// --- What a process shows ------------------------------------------------------------------------

class ApplicationTypesX : public rmtest::StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (!rmtest::findProgram("Xvfb")) {
            GTEST_SKIP() << "Xvfb is not installed (scripts/install-deps.sh installs xvfb)";
        }
        const auto error = m_x.start(XServerOptions{});
        ASSERT_TRUE(error.empty()) << error;
    }

    [[nodiscard]] SpawnOptions onDisplay() const {
        SpawnOptions options;
        options.environment = m_x.environment();
        options.unset = {"DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY"};
        return options;
    }

    // A raw xcb client in a session of its own (no terminal); nullopt (and a skip message) when
    // python3 or libxcb is missing.
    std::optional<ChildProcess> startXcbClient(const std::string& file, bool window,
                                               const std::string& title) {
        if (!isExecutable(kPython)) {
            return std::nullopt;
        }
        const auto script = m_files.file("xcb_client.py");
        std::ofstream{script} << kXcbClient;
        auto client = ChildProcess::spawn(
            {"/usr/bin/setsid", kPython, script, file, window ? "window" : "none", title},
            onDisplay());
        const auto line = client.readLine(15s);
        if (line != "ready") {
            ADD_FAILURE() << "the xcb client said " << line.value_or("nothing");
            return std::nullopt;
        }
        return client;
    }

    XServer m_x;
    TempDir m_files{"rmtypes"};
};

TEST_F(ApplicationTypesX, TkProgramWithAWindowIsAMainWindowNamedByItsTitle) {
    if (!rmtest::findProgram("wish")) {
        GTEST_SKIP() << "wish (tk) is not installed";
    }
    const auto file = makeFile(m_files.file("document.txt"));
    const auto script = m_files.file("app.tcl");
    std::ofstream{script} << "wm title . {Tk Notes}\nset f [open [lindex $argv 0] r]\n"
                             "update\nputs ready\nflush stdout\n";
    auto tk = ChildProcess::spawn({"/usr/bin/setsid", "wish", script, file}, onDisplay());
    ASSERT_EQ(tk.readLine(15s), "ready");

    std::optional<rm::AffectedApplications> affected;
    ASSERT_TRUE(waitUntil(
        [&] {
            auto found = affectedBy({file});
            affected = found ? std::optional{*found} : std::nullopt;
            const auto* app = affected ? entryFor(*affected, tk.pid()) : nullptr;
            return app != nullptr && app->appName == "Tk Notes";
        },
        5s))
        << (affected ? describe(*affected) : "RmGetList failed");
    const auto* app = entryFor(*affected, tk.pid());
    EXPECT_EQ(app->type, RmMainWindow);
    EXPECT_TRUE(app->graphical);
    EXPECT_EQ(app->closeMethod, rm::CloseMethod::Windows);
}

// No toolkit at all: the window, found through the X-Resource extension, makes it a window
// application.
TEST_F(ApplicationTypesX, XcbProgramWithAWindowIsAMainWindowThroughItsWindow) {
    const auto file = makeFile(m_files.file("drawing.txt"));
    auto client = startXcbClient(file, true, "Raw Canvas");
    if (!client) {
        GTEST_SKIP() << "python3 is not installed: it runs the xcb client";
    }
    auto affected = affectedBy({file});
    ASSERT_TRUE(affected) << affected.error().message;
    const auto* app = entryFor(*affected, client->pid());
    ASSERT_NE(app, nullptr) << describe(*affected);
    EXPECT_EQ(app->type, RmMainWindow) << describe(*affected);
    EXPECT_TRUE(app->graphical);
    EXPECT_EQ(app->windowTitle, "Raw Canvas");
    EXPECT_EQ(app->closeMethod, rm::CloseMethod::Windows);
    client->closeStdin();
}

// Connected to the display through libxcb, and showing nothing there: not a window application.
TEST_F(ApplicationTypesX, XcbProgramWithoutAWindowIsNoWindowApplication) {
    const auto file = makeFile(m_files.file("batch.txt"));
    auto client = startXcbClient(file, false, "");
    if (!client) {
        GTEST_SKIP() << "python3 is not installed: it runs the xcb client";
    }
    ASSERT_NE(rmtest::readFile("/proc/" + std::to_string(client->pid()) + "/maps").find("libxcb"),
              std::string::npos);
    auto affected = affectedBy({file});
    ASSERT_TRUE(affected) << affected.error().message;
    const auto* app = entryFor(*affected, client->pid());
    ASSERT_NE(app, nullptr) << describe(*affected);
    EXPECT_EQ(app->type, RmUnknownApp) << describe(*affected);
    EXPECT_FALSE(app->graphical);
    EXPECT_EQ(app->closeMethod, rm::CloseMethod::Signal);
    client->closeStdin();
}

// --- Display servers and window managers ---------------------------------------------------------

class DesktopProcesses : public rmtest::StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (!rmtest::findProgram("Xvfb") || !rmtest::findProgram("openbox")) {
            GTEST_SKIP() << "Xvfb or openbox is not installed (scripts/install-deps.sh)";
        }
        const auto error = m_x.start(XServerOptions{true, false});
        ASSERT_TRUE(error.empty()) << error;
    }

    XServer m_x;
};

// Xvfb (a display server) and openbox (a window manager) each hold their log open: an update of
// either file must not close them. Xvfb is RmCritical, openbox RmExplorer; both stand in the way
// with RmRebootReasonCriticalProcess, so RmShutdown touches nothing, and rmctl says that logging
// out is enough for the window manager.
TEST_F(DesktopProcesses, DisplayServerAndWindowManagerAreNeverClosed) {
    const auto serverLog = m_x.serverLog();
    const auto managerLog = m_x.windowManagerLog();
    const pid_t server = m_x.serverPid();
    const pid_t manager = m_x.windowManagerPid();
    ASSERT_FALSE(managerLog.empty());

    DWORD handle = 0;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    ASSERT_EQ(RmStartSession(&handle, 0, key), DWORD{ERROR_SUCCESS});
    const std::wstring first(serverLog.begin(), serverLog.end());
    const std::wstring second(managerLog.begin(), managerLog.end());
    LPCWSTR files[] = {first.c_str(), second.c_str()};
    ASSERT_EQ(RmRegisterResources(handle, 2, files, 0, nullptr, 0, nullptr), DWORD{ERROR_SUCCESS});
    RM_PROCESS_INFO apps[8] = {};
    UINT needed = 0;
    UINT count = 8;
    DWORD reasons = 0;
    ASSERT_EQ(RmGetList(handle, &needed, &count, apps, &reasons), DWORD{ERROR_SUCCESS});
    const RM_PROCESS_INFO* serverInfo = nullptr;
    const RM_PROCESS_INFO* managerInfo = nullptr;
    for (UINT i = 0; i < count; ++i) {
        if (apps[i].Process.dwProcessId == static_cast<DWORD>(server)) {
            serverInfo = &apps[i];
        } else if (apps[i].Process.dwProcessId == static_cast<DWORD>(manager)) {
            managerInfo = &apps[i];
        }
    }
    ASSERT_NE(serverInfo, nullptr) << "Xvfb is not listed";
    ASSERT_NE(managerInfo, nullptr) << "openbox is not listed";
    EXPECT_EQ(serverInfo->ApplicationType, RmCritical);
    EXPECT_EQ(managerInfo->ApplicationType, RmExplorer);
    EXPECT_EQ(serverInfo->bRestartable, FALSE);
    EXPECT_EQ(managerInfo->bRestartable, FALSE);
    EXPECT_EQ(reasons & RmRebootReasonCriticalProcess, DWORD{RmRebootReasonCriticalProcess});

    EXPECT_EQ(RmShutdown(handle, RmForceShutdown, nullptr), DWORD{ERROR_FAIL_NOACTION_REBOOT});
    std::this_thread::sleep_for(300ms);
    EXPECT_TRUE(running(server)) << "the display server was closed";
    EXPECT_TRUE(running(manager)) << "the window manager was closed";
    EXPECT_EQ(RmEndSession(handle), DWORD{ERROR_SUCCESS});

    TempDir dir{"rmctlout"};
    const auto json = dir.file("list.json");
    const auto table = dir.file("list.txt");
    ASSERT_EQ(rmtest::runCommand(std::string{RM_RMCTL} + " list --json " + shellQuote(serverLog) +
                                 " " + shellQuote(managerLog) + " >" + json),
              0);
    ASSERT_EQ(rmtest::runCommand(std::string{RM_RMCTL} + " list " + shellQuote(serverLog) + " " +
                                 shellQuote(managerLog) + " >" + table),
              0);
    const auto listed = rmtest::readFile(json);
    EXPECT_NE(listed.find("\"pid\": " + std::to_string(server) +
                          ", \"name\": \"Xvfb\", \"service\": \"\", \"type\": \"critical\""),
              std::string::npos)
        << listed;
    EXPECT_NE(listed.find("\"pid\": " + std::to_string(manager)), std::string::npos) << listed;
    EXPECT_NE(listed.find("\"type\": \"shell\""), std::string::npos) << listed;
    EXPECT_EQ(listed.find("\"restartable\": true"), std::string::npos) << listed;
    const auto text = rmtest::readFile(table);
    EXPECT_NE(text.find("a restart of the computer may be needed: critical-process"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("logging out and back in is enough"), std::string::npos) << text;
}

// --- Without libxcb ------------------------------------------------------------------------------

// libxcb made unloadable in a mount namespace of rmctl's own: rmctl still starts (it does not
// link X11), lists the Tk program, and only finds no window of it (no title: the process name).
TEST_F(ApplicationTypesX, WithoutLibxcbEverythingWorksAndNoWindowIsFound) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "hiding libxcb in a private mount namespace needs root";
    }
    if (!rmtest::findProgram("wish") || !rmtest::findProgram("unshare")) {
        GTEST_SKIP() << "wish (tk) or unshare (util-linux) is not installed";
    }
    // This test program maps libxcb (for other tests): its maps name the file the loader uses.
    std::string library;
    {
        const auto maps = rmtest::readFile("/proc/self/maps");
        const auto at = maps.find("/libxcb.so.1");
        ASSERT_NE(at, std::string::npos) << "this test program does not map libxcb";
        const auto begin = maps.rfind(' ', at) + 1;
        library = maps.substr(begin, maps.find('\n', at) - begin);
    }
    const auto file = makeFile(m_files.file("document.txt"));
    const auto script = m_files.file("app.tcl");
    std::ofstream{script} << "wm title . {Hidden Notes}\nset f [open [lindex $argv 0] r]\n"
                             "update\nputs ready\nflush stdout\n";
    auto tk = ChildProcess::spawn({"/usr/bin/setsid", "wish", script, file}, onDisplay());
    ASSERT_EQ(tk.readLine(15s), "ready");
    const auto listed = m_files.file("list.json");
    const auto list = std::string{RM_RMCTL} + " list --json " + shellQuote(file) + " >" + listed +
                      " 2>" + m_files.file("rmctl.err");
    ASSERT_TRUE(waitUntil(
        [&] {
            return rmtest::runCommand(list) == 0 &&
                   rmtest::readFile(listed).find("\"name\": \"Hidden Notes\"") != std::string::npos;
        },
        5s))
        << "with libxcb, the window's title names it: " << rmtest::readFile(listed);

    const auto hidden = "unshare --mount sh -c " +
                        shellQuote("mount --bind /dev/null " + shellQuote(library) + " && " + list);
    ASSERT_EQ(rmtest::runCommand(hidden), 0) << rmtest::readFile(m_files.file("rmctl.err"));
    const auto output = rmtest::readFile(listed);
    EXPECT_NE(output.find("\"pid\": " + std::to_string(tk.pid())), std::string::npos) << output;
    EXPECT_NE(output.find("\"type\": \"window\""), std::string::npos) << "Tk is a toolkit";
    EXPECT_EQ(output.find("Hidden Notes"), std::string::npos)
        << "a window was found without libxcb: " << output;
}

} // namespace
