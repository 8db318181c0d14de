// Polite close against real programs from Debian (xterm, Tk's wish, a Gio.Application in
// python3) on a real Xvfb, without a window manager and under openbox, and against a session bus
// of the test's own.
#include "core/polite_close.h"
#include "core/protocol_line.h"
#include "core/session.h"

#include "support/test_support.h"
#include "support/x_server.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <poll.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

#include <restartmanager_linux.h>
#include <xcb/xcb.h>

namespace {

using namespace std::chrono_literals;
using rmtest::ChildProcess;
using rmtest::SpawnOptions;
using rmtest::TempDir;
using rmtest::XServer;
using rmtest::XServerOptions;
using Clock = std::chrono::steady_clock;

bool waitUntil(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (Clock::now() < deadline) {
        if (condition()) {
            return true;
        }
        std::this_thread::sleep_for(50ms);
    }
    return condition();
}

bool running(pid_t pid) {
    // A zombie has exited: its state in /proc/PID/stat is Z.
    const auto stat = rmtest::readFile("/proc/" + std::to_string(pid) + "/stat");
    const auto close = stat.rfind(')');
    return close != std::string::npos && close + 2 < stat.size() && stat[close + 2] != 'Z';
}

// What the Restart Manager knows of a process: its ids and its own environ.
rm::PoliteCloseTarget targetOf(pid_t pid) {
    rm::PoliteCloseTarget target;
    target.pid = pid;
    std::istringstream status{rmtest::readFile("/proc/" + std::to_string(pid) + "/status")};
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("Uid:", 0) == 0) {
            target.uid = static_cast<uid_t>(std::stoul(line.substr(4)));
        } else if (line.rfind("Gid:", 0) == 0) {
            target.gid = static_cast<gid_t>(std::stoul(line.substr(4)));
        }
    }
    const auto environ = rmtest::readFile("/proc/" + std::to_string(pid) + "/environ");
    std::size_t begin = 0;
    while (begin < environ.size()) {
        const auto end = environ.find('\0', begin);
        target.environment.push_back(environ.substr(begin, end - begin));
        if (end == std::string::npos) {
            break;
        }
        begin = end + 1;
    }
    return target;
}

// A Tk program whose main window handles WM_DELETE_WINDOW with `handler`. It ignores SIGTERM,
// as a program busy saving or one that traps it would. Prints "ready" once its window is up.
std::string writeTkScript(const TempDir& dir, const std::string& title,
                          const std::string& handler) {
    const auto path = dir.file("app.tcl");
    std::ofstream{path} << "wm title . {" << title << "}\n"
                        << "label .l -text {unsaved work}\npack .l\n"
                        << "wm protocol . WM_DELETE_WINDOW {" << handler << "}\n"
                        << "update\nputs ready\nflush stdout\n";
    return path;
}

const char* const kSaveAndExit = "set f [open [lindex $argv 0] w]; puts $f saved; close $f; exit 0";
const char* const kAskToSave =
    "if {![winfo exists .ask]} { toplevel .ask; wm title .ask {Save changes?}; "
    "label .ask.l -text {Save changes?}; pack .ask.l }";

class PoliteCloseX : public ::testing::TestWithParam<bool> {
protected:
    void SetUp() override {
        if (!rmtest::findProgram("Xvfb")) {
            GTEST_SKIP() << "Xvfb is not installed (scripts/install-deps.sh installs xvfb)";
        }
        const auto error = m_x.start({GetParam(), false});
        ASSERT_TRUE(error.empty()) << error;
    }

    [[nodiscard]] SpawnOptions onDisplay() const {
        SpawnOptions options;
        options.environment = m_x.environment();
        options.unset = {"DBUS_SESSION_BUS_ADDRESS"};
        return options;
    }

    // A Tk program that ignores SIGTERM; "ready" once its window is up.
    ChildProcess startTk(const std::string& title, const std::string& handler,
                         const std::string& argument, const SpawnOptions& options) {
        const auto script = writeTkScript(m_files, title, handler);
        auto child = ChildProcess::spawn(
            {"/bin/sh", "-c", R"(trap '' TERM; exec wish "$@")", "sh", script, argument}, options);
        return child;
    }

    XServer m_x;
    TempDir m_files{"rmpolite"};
};

std::string windowManagerName(const ::testing::TestParamInfo<bool>& info) {
    return info.param ? "Openbox" : "NoWindowManager";
}

INSTANTIATE_TEST_SUITE_P(PoliteClose, PoliteCloseX, ::testing::Values(false, true),
                         windowManagerName);

TEST_P(PoliteCloseX, XtermIsFoundAndClosesThroughItsWindow) {
    if (!rmtest::findProgram("xterm")) {
        GTEST_SKIP() << "xterm is not installed";
    }
    ChildProcess xterm = ChildProcess::spawn(
        {*rmtest::findProgram("xterm"), "-T", "rm polite xterm", "-e", "sleep", "600"},
        onDisplay());
    rm::WindowDetails details;
    ASSERT_TRUE(waitUntil(
        [&] {
            details = rm::windowDetails(targetOf(xterm.pid()));
            return details.hasWindow;
        },
        10s))
        << "xterm's window was not found";
    EXPECT_EQ(details.title, "rm polite xterm");
    EXPECT_EQ(rm::closeMethod(targetOf(xterm.pid())), rm::CloseMethod::Windows);
    const auto assessment = rm::assess(targetOf(xterm.pid()));
    EXPECT_EQ(assessment.method, rm::CloseMethod::Windows);
    EXPECT_EQ(assessment.details.title, "rm polite xterm");
    ASSERT_TRUE(running(xterm.pid()));

    EXPECT_EQ(rm::askToClose(targetOf(xterm.pid())), rm::CloseMethod::Windows);
    EXPECT_NE(xterm.wait(5s), -1) << "xterm did not close when its window was asked to";
}

TEST_P(PoliteCloseX, TkProgramSavesItsWorkWhenAskedAndIgnoresSigterm) {
    if (!rmtest::findProgram("wish")) {
        GTEST_SKIP() << "wish (tk) is not installed";
    }
    const auto saved = m_files.file("saved");
    ChildProcess tk = startTk("rm polite tk", kSaveAndExit, saved, onDisplay());
    ASSERT_EQ(tk.readLine(10s), "ready");
    ASSERT_TRUE(waitUntil([&] { return rm::windowDetails(targetOf(tk.pid())).hasWindow; }, 5s));

    // What RmShutdown did before: SIGTERM. This program, like one busy saving, does not go.
    tk.kill(SIGTERM);
    EXPECT_EQ(tk.wait(1s), -1) << "SIGTERM alone closed it";

    EXPECT_EQ(rm::closeMethod(targetOf(tk.pid())), rm::CloseMethod::Windows);
    EXPECT_EQ(rm::askToClose(targetOf(tk.pid())), rm::CloseMethod::Windows);
    EXPECT_EQ(tk.wait(5s), 0) << "the Tk program did not close when asked";
    EXPECT_EQ(rmtest::readFile(saved), "saved\n") << "its work was not saved";
}

// Tk sets no _NET_WM_PID: only the X-Resource extension can tell whose window it is.
TEST_P(PoliteCloseX, WindowWithoutNetWmPidIsFoundThroughXRes) {
    if (!rmtest::findProgram("wish") || !rmtest::findProgram("xprop")) {
        GTEST_SKIP() << "wish (tk) or xprop (x11-utils) is not installed";
    }
    ChildProcess tk = startTk("rm polite nopid", kSaveAndExit, m_files.file("saved"), onDisplay());
    ASSERT_EQ(tk.readLine(10s), "ready");
    rm::WindowDetails details;
    ASSERT_TRUE(waitUntil(
        [&] {
            details = rm::windowDetails(targetOf(tk.pid()));
            return details.hasWindow;
        },
        5s));
    EXPECT_EQ(details.title, "rm polite nopid");
    const auto pidProperty = m_x.property("rm polite nopid", "_NET_WM_PID");
    EXPECT_NE(pidProperty.find("not found"), std::string::npos)
        << "this Tk sets _NET_WM_PID after all: " << pidProperty;
}

TEST_P(PoliteCloseX, ProgramAskingToSaveKeepsRunning) {
    if (!rmtest::findProgram("wish")) {
        GTEST_SKIP() << "wish (tk) is not installed";
    }
    ChildProcess tk = startTk("rm polite asks", kAskToSave, "", onDisplay());
    ASSERT_EQ(tk.readLine(10s), "ready");
    ASSERT_TRUE(waitUntil([&] { return rm::windowDetails(targetOf(tk.pid())).hasWindow; }, 5s));

    EXPECT_EQ(rm::askToClose(targetOf(tk.pid())), rm::CloseMethod::Windows);
    // It asks its user instead of closing; the caller reports it as not stopped.
    EXPECT_EQ(tk.wait(2s), -1);
    EXPECT_TRUE(running(tk.pid()));
    // The question is on the screen.
    EXPECT_TRUE(waitUntil(
        [&] {
            return m_x.property("Save changes?", "WM_NAME").find("= \"Save changes?\"") !=
                   std::string::npos;
        },
        3s));
}

TEST_P(PoliteCloseX, ConsoleProgramGetsTheSignal) {
    ChildProcess sleeper = ChildProcess::spawn({"/bin/sleep", "600"}, onDisplay());
    ASSERT_TRUE(waitUntil(
        [&] {
            return rmtest::readFile("/proc/" + std::to_string(sleeper.pid()) + "/comm") ==
                   "sleep\n";
        },
        5s));
    const auto target = targetOf(sleeper.pid());
    EXPECT_FALSE(rm::windowDetails(target).hasWindow);
    EXPECT_EQ(rm::closeMethod(target), rm::CloseMethod::Signal);
    EXPECT_EQ(rm::askToClose(target), rm::CloseMethod::Signal);
    EXPECT_TRUE(running(sleeper.pid()));
}

// Many applications at once, each from its own thread, as a caller stopping a session's
// applications would: every one is asked and closes, and all of it takes about as long as one.
TEST_P(PoliteCloseX, ManyApplicationsAreAskedInParallel) {
    if (!rmtest::findProgram("xterm")) {
        GTEST_SKIP() << "xterm is not installed";
    }
    constexpr int kCount = 8;
    std::vector<ChildProcess> xterms;
    for (int i = 0; i < kCount; ++i) {
        xterms.push_back(
            ChildProcess::spawn({*rmtest::findProgram("xterm"), "-T",
                                 "rm polite " + std::to_string(i), "-e", "sleep", "600"},
                                onDisplay()));
    }
    for (auto& xterm : xterms) {
        ASSERT_TRUE(
            waitUntil([&] { return rm::windowDetails(targetOf(xterm.pid())).hasWindow; }, 15s));
    }
    std::vector<rm::CloseMethod> methods(kCount, rm::CloseMethod::Signal);
    const auto start = Clock::now();
    {
        std::vector<std::jthread> threads;
        for (int i = 0; i < kCount; ++i) {
            threads.emplace_back(
                [&, i] { methods[i] = rm::askToClose(targetOf(xterms[i].pid())); });
        }
    }
    const auto took = Clock::now() - start;
    for (int i = 0; i < kCount; ++i) {
        EXPECT_EQ(methods[i], rm::CloseMethod::Windows) << i;
        EXPECT_NE(xterms[i].wait(5s), -1) << "xterm " << i << " did not close";
    }
    EXPECT_LT(took, 2s);
}

// A client holding a server grab (a frozen program can) stops the server answering anybody
// else: the caller is not held up and is not killed by SIGPIPE from the abandoned connection.
TEST_P(PoliteCloseX, GrabbedServerCostsAboutASecond) {
    ChildProcess sleeper = ChildProcess::spawn({"/bin/sleep", "600"}, onDisplay());
    ASSERT_TRUE(waitUntil(
        [&] {
            return rmtest::readFile("/proc/" + std::to_string(sleeper.pid()) + "/comm") ==
                   "sleep\n";
        },
        5s));
    const auto target = targetOf(sleeper.pid());
    xcb_connection_t* grabber = nullptr;
    {
        rmtest::ScopedEnvironment env{"XAUTHORITY", m_x.authority()};
        grabber = xcb_connect(m_x.display().c_str(), nullptr);
    }
    ASSERT_EQ(xcb_connection_has_error(grabber), 0);
    xcb_grab_server(grabber);
    free(xcb_get_input_focus_reply(grabber, xcb_get_input_focus(grabber), nullptr));

    for (int i = 0; i < 2; ++i) {
        const auto start = Clock::now();
        EXPECT_EQ(rm::askToClose(target), rm::CloseMethod::Signal);
        EXPECT_LT(Clock::now() - start, 2s);
    }
    xcb_ungrab_server(grabber);
    xcb_disconnect(grabber);
    EXPECT_TRUE(running(sleeper.pid()));
}

// Root asks an application of nobody's: the helper does it as nobody.
TEST_P(PoliteCloseX, RootAsksAnotherUsersProgramThroughTheHelperAsThatUser) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root (to run a program as nobody)";
    }
    if (!rmtest::findProgram("wish")) {
        GTEST_SKIP() << "wish (tk) is not installed";
    }
    // A server whose authority file nobody can read (the fixture's is root's alone).
    XServer x;
    const auto error = x.start({GetParam(), true});
    ASSERT_TRUE(error.empty()) << error;

    TempDir shared{"rmpolite-nobody"};
    ::chmod(shared.path().c_str(), 0755);
    const auto saved = shared.file("saved");
    const auto uidLog = shared.file("helper-uid");
    for (const auto& file : {saved, uidLog}) {
        std::ofstream{file};
        ASSERT_EQ(::chown(file.c_str(), 65534, 65534), 0);
    }
    // The helper, wrapped so that the test sees whom it runs as.
    TempDir helperDir{"rmpolite-helper"};
    ::chmod(helperDir.path().c_str(), 0755);
    ::mkdir(helperDir.file("real").c_str(), 0755);
    ::chmod(helperDir.file("real").c_str(), 0755);
    const auto real = rmtest::copyExecutable(RM_POLITE_CLOSE_HELPER, helperDir.file("real"));
    const auto wrapper = helperDir.file("rm-polite-close");
    std::ofstream{wrapper} << "#!/bin/sh\nid -u >>" << uidLog << "\nexec " << real << " \"$@\"\n";
    ::chmod(wrapper.c_str(), 0755);
    rmtest::ScopedEnvironment env{"RESTARTMANAGER_HELPER_DIR", helperDir.path()};

    const auto script = writeTkScript(shared, "rm polite nobody", kSaveAndExit);
    // Whatever umask an earlier test left behind.
    ::chmod(script.c_str(), 0644);
    SpawnOptions options;
    options.environment = x.environment();
    options.unset = {"DBUS_SESSION_BUS_ADDRESS"};
    options.asUser = "nobody";
    ChildProcess tk = ChildProcess::spawn(
        {"/bin/sh", "-c", R"(trap '' TERM; exec wish "$@")", "sh", script, saved}, options);
    ASSERT_EQ(tk.readLine(10s), "ready");
    const auto target = targetOf(tk.pid());
    ASSERT_EQ(target.uid, 65534u);

    const auto details = rm::windowDetails(target);
    EXPECT_TRUE(details.hasWindow);
    EXPECT_EQ(details.title, "rm polite nobody");
    const auto assessment = rm::assess(target);
    EXPECT_EQ(assessment.method, rm::CloseMethod::Windows);
    EXPECT_EQ(assessment.details.title, "rm polite nobody");
    EXPECT_TRUE(running(tk.pid())) << "asked to close before it was meant to be";
    EXPECT_EQ(rm::askToClose(target), rm::CloseMethod::Windows);
    EXPECT_EQ(tk.wait(5s), 0) << "nobody's Tk program did not close when asked";
    EXPECT_EQ(rmtest::readFile(saved), "saved\n");
    // windowDetails, assess, askToClose: three helper runs, each as nobody.
    EXPECT_EQ(rmtest::readFile(uidLog), "65534\n65534\n65534\n")
        << "the helper did not run as nobody";
}

// A GApplication (Gio only) with a "quit" action, on a session bus of the test's own.
TEST(PoliteCloseBus, GApplicationQuitsThroughItsQuitAction) {
    const auto daemon = rmtest::findProgram("dbus-daemon");
    // Debian's python3, which python3-gi belongs to (not one that PATH may put first).
    const std::optional<std::string> python = ::access("/usr/bin/python3", X_OK) == 0
                                                  ? std::optional<std::string>{"/usr/bin/python3"}
                                                  : std::nullopt;
    if (!daemon || !python ||
        rmtest::runCommand(*python + " -c 'from gi.repository import Gio' 2>/dev/null") != 0) {
        GTEST_SKIP() << "dbus-daemon, python3 or python3-gi is not installed";
    }
    rmtest::PrivateBus bus;
    const auto error = bus.start(*daemon);
    ASSERT_TRUE(error.empty()) << error;
    TempDir dir{"rmpolite-gapp"};
    const auto script = dir.file("app.py");
    const auto marker = dir.file("quit");
    std::ofstream{script} << R"(import sys
from gi.repository import Gio
app = Gio.Application(application_id="org.restartmanager.PoliteCloseTest")
def quit(action, parameter):
    with open(sys.argv[1], "w") as f:
        f.write("quit")
    app.quit()
def startup(application):
    action = Gio.SimpleAction.new("quit", None)
    action.connect("activate", quit)
    application.add_action(action)
def activate(application):
    application.hold()
    print("ready", flush=True)
app.connect("startup", startup)
app.connect("activate", activate)
sys.exit(app.run([sys.argv[0]]))
)";
    SpawnOptions options;
    options.environment = {{"DBUS_SESSION_BUS_ADDRESS", bus.address()}};
    options.unset = {"DISPLAY", "WAYLAND_DISPLAY"};
    ChildProcess app = ChildProcess::spawn({*python, script, marker}, options);
    ASSERT_EQ(app.readLine(15s), "ready");
    const auto target = targetOf(app.pid());

    EXPECT_FALSE(rm::windowDetails(target).hasWindow);
    EXPECT_EQ(rm::closeMethod(target), rm::CloseMethod::ApplicationQuit);
    EXPECT_EQ(rm::assess(target).method, rm::CloseMethod::ApplicationQuit);
    EXPECT_TRUE(running(app.pid()));
    EXPECT_EQ(rm::askToClose(target), rm::CloseMethod::ApplicationQuit);
    EXPECT_EQ(app.wait(5s), 0) << "the application did not quit";
    EXPECT_EQ(rmtest::readFile(marker), "quit");
}

// Another process on the same bus, without a quit action of its own, is not asked.
TEST(PoliteCloseBus, ProcessWithoutQuitActionGetsTheSignal) {
    const auto daemon = rmtest::findProgram("dbus-daemon");
    if (!daemon) {
        GTEST_SKIP() << "dbus-daemon is not installed";
    }
    rmtest::PrivateBus bus;
    ASSERT_EQ(bus.start(*daemon), "");
    SpawnOptions options;
    options.environment = {{"DBUS_SESSION_BUS_ADDRESS", bus.address()}};
    options.unset = {"DISPLAY"};
    ChildProcess sleeper = ChildProcess::spawn({"/bin/sleep", "600"}, options);
    ASSERT_TRUE(waitUntil(
        [&] {
            return rmtest::readFile("/proc/" + std::to_string(sleeper.pid()) + "/comm") ==
                   "sleep\n";
        },
        5s));
    EXPECT_EQ(rm::askToClose(targetOf(sleeper.pid())), rm::CloseMethod::Signal);
}

// A socket that accepts connections and never answers: a hung X server, a hung bus.
class SilentSocket {
public:
    explicit SilentSocket(const std::string& path, bool abstract) {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const std::size_t offset = abstract ? 1 : 0;
        path.copy(address.sun_path + offset, sizeof address.sun_path - 1 - offset);
        const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + offset +
                                                   path.size() + (abstract ? 0 : 1));
        m_bound = ::bind(m_fd, reinterpret_cast<const sockaddr*>(&address), length) == 0 &&
                  ::listen(m_fd, 64) == 0;
    }
    ~SilentSocket() { ::close(m_fd); }
    [[nodiscard]] bool bound() const { return m_bound; }
    [[nodiscard]] int fd() const { return m_fd; }

private:
    int m_fd = -1;
    bool m_bound = false;
};

TEST(PoliteCloseHung, HungDisplayAndBusCostAboutASecondEach) {
    // A display number nobody uses: its abstract socket is where libxcb (and the module) look
    // first, and it leaves no file behind.
    std::optional<SilentSocket> display;
    int number = 4000 + static_cast<int>(::getpid() % 1000);
    for (int i = 0; i < 100; ++i, ++number) {
        display.emplace("/tmp/.X11-unix/X" + std::to_string(number), true);
        if (display->bound()) {
            break;
        }
    }
    ASSERT_TRUE(display && display->bound());
    TempDir dir{"rmpolite-hung"};
    SilentSocket busSocket{dir.file("bus"), false};
    ASSERT_TRUE(busSocket.bound());

    SpawnOptions options;
    options.environment = {{"DISPLAY", ":" + std::to_string(number)},
                           {"XAUTHORITY", "/nonexistent"}};
    options.unset = {"DBUS_SESSION_BUS_ADDRESS"};
    ChildProcess sleeper = ChildProcess::spawn({"/bin/sleep", "600"}, options);
    ASSERT_TRUE(waitUntil(
        [&] {
            return rmtest::readFile("/proc/" + std::to_string(sleeper.pid()) + "/comm") ==
                   "sleep\n";
        },
        5s));
    auto target = targetOf(sleeper.pid());

    auto timed = [](const std::function<void()>& f) {
        const auto start = Clock::now();
        f();
        return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
    };
    // The display alone.
    EXPECT_LT(timed([&] { EXPECT_EQ(rm::askToClose(target), rm::CloseMethod::Signal); }), 2000ms);
    EXPECT_LT(timed([&] { EXPECT_FALSE(rm::windowDetails(target).hasWindow); }), 2000ms);
    // Display and bus both hung.
    target.environment.push_back("DBUS_SESSION_BUS_ADDRESS=unix:path=" + dir.file("bus"));
    EXPECT_LT(timed([&] { EXPECT_EQ(rm::closeMethod(target), rm::CloseMethod::Signal); }), 3000ms);
    EXPECT_TRUE(running(sleeper.pid()));
}

// An X server that completes the connection setup and goes away at once: the module's first
// requests meet a closed socket. It neither hangs nor ends the caller (libxcb here notices the end
// of the stream before it writes; the module blocks SIGPIPE around its connection all the same,
// for a server that goes away between libxcb's poll and its write).
TEST(PoliteCloseHung, DisplayVanishingAfterSetupIsHarmless) {
    int number = 5000 + static_cast<int>(::getpid() % 1000);
    std::optional<SilentSocket> listener;
    for (int i = 0; i < 100; ++i, ++number) {
        listener.emplace("/tmp/.X11-unix/X" + std::to_string(number), true);
        if (listener->bound()) {
            break;
        }
    }
    ASSERT_TRUE(listener && listener->bound());
    // The smallest valid setup reply: no pixmap format, one screen without depths.
    std::vector<unsigned char> setup(84, 0);
    setup[0] = 1;            // success
    setup[2] = 11;           // protocol 11.0
    setup[6] = (84 - 8) / 4; // additional length in 4-byte units
    setup[14] = 0x20;        // resource id base 0x00200000
    setup[16] = 0xff;        // resource id mask 0x001fffff
    setup[17] = 0xff;
    setup[18] = 0x1f;
    setup[24] = 4;    // vendor length
    setup[26] = 0xff; // maximum request length
    setup[27] = 0xff;
    setup[28] = 1; // one screen
    setup[34] = 8; // keycodes 8..255
    setup[35] = 255;
    std::memcpy(setup.data() + 40, "fake", 4);
    setup[44] = 0x01; // root window 0x00000101
    setup[45] = 0x01;
    std::jthread server{[&](std::stop_token stop) {
        while (!stop.stop_requested()) {
            pollfd pfd{listener->fd(), POLLIN, 0};
            if (::poll(&pfd, 1, 100) != 1) {
                continue;
            }
            const int client = ::accept4(listener->fd(), nullptr, nullptr, SOCK_CLOEXEC);
            char request[256];
            [[maybe_unused]] auto r = ::read(client, request, sizeof request);
            [[maybe_unused]] auto w = ::write(client, setup.data(), setup.size());
            ::close(client);
        }
    }};
    rm::PoliteCloseTarget target;
    target.pid = ::getpid();
    target.uid = ::geteuid();
    target.environment = {"DISPLAY=:" + std::to_string(number), "XAUTHORITY=/nonexistent"};
    for (int i = 0; i < 5; ++i) {
        const auto start = Clock::now();
        EXPECT_EQ(rm::askToClose(target), rm::CloseMethod::Signal);
        EXPECT_LT(Clock::now() - start, 2s);
    }
}

TEST(PoliteCloseFormat, DetailsSurviveTheHelperLine) {
    rm::WindowDetails details;
    details.hasWindow = true;
    details.title = "tab\there\nnewline \xc3\xa9";
    details.iconWidth = 2;
    details.iconHeight = 1;
    details.iconArgb = {0xff102030u, 0x00abcdefu};
    const auto line = rm::polite_close_detail::formatDetails(details);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    auto fields = rm::protocol::parseLine(line);
    ASSERT_TRUE(fields);
    rm::WindowDetails parsed;
    ASSERT_TRUE(rm::polite_close_detail::parseDetails(*fields, parsed));
    EXPECT_TRUE(parsed.hasWindow);
    EXPECT_EQ(parsed.title, details.title);
    EXPECT_EQ(parsed.iconWidth, 2u);
    EXPECT_EQ(parsed.iconArgb, details.iconArgb);
    // A helper claiming more pixels than it sends is not believed.
    (*fields)[3] = "3";
    EXPECT_FALSE(rm::polite_close_detail::parseDetails(*fields, parsed));
}

} // namespace

// --- Through RmShutdown: a real Tk program, as an installer meets it --------------------------

namespace {

// A Tk program that holds `held` open and ignores SIGTERM; its WM_DELETE_WINDOW does `handler`.
ChildProcess startHoldingTk(const TempDir& dir, const std::string& title,
                            const std::string& handler, const std::string& held,
                            const std::string& argument, const SpawnOptions& options) {
    const auto path = dir.file("holding.tcl");
    std::ofstream{path} << "set held [open {" << held << "} r]\n"
                        << "wm title . {" << title << "}\n"
                        << "label .l -text {unsaved work}\npack .l\n"
                        << "wm protocol . WM_DELETE_WINDOW {" << handler << "}\n"
                        << "update\nputs ready\nflush stdout\n";
    return ChildProcess::spawn(
        {"/bin/sh", "-c", R"(trap '' TERM; exec wish "$@")", "sh", path, argument}, options);
}

class PoliteShutdown : public PoliteCloseX {
protected:
    void SetUp() override {
        PoliteCloseX::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        if (!rmtest::findProgram("wish")) {
            GTEST_SKIP() << "wish (tk) is not installed";
        }
        m_environment.set("RESTARTMANAGER_STORE_DIR", m_files.file("store"));
        m_oldTimeout = RmLinuxGetShutdownTimeout();
        RmLinuxSetShutdownTimeout(2000);
        m_held = m_files.file("document.txt");
        std::ofstream{m_held} << "text\n";
    }
    void TearDown() override {
        if (m_oldTimeout != 0) {
            RmLinuxSetShutdownTimeout(m_oldTimeout);
        }
    }

    rmtest::ScopedEnvironment m_environment;
    DWORD m_oldTimeout = 0;
    std::string m_held;
};

INSTANTIATE_TEST_SUITE_P(PoliteClose, PoliteShutdown, ::testing::Values(false, true),
                         windowManagerName);

// RmShutdown(0) asks the program through its window; it saves and closes although it ignores
// SIGTERM. RmGetList named it by its window's title and said how it would be asked.
TEST_P(PoliteShutdown, RmShutdownClosesATkProgramThroughItsWindowAndItsWorkIsSaved) {
    const auto saved = m_files.file("saved");
    ChildProcess tk =
        startHoldingTk(m_files, "Polite Tk Editor", kSaveAndExit, m_held, saved, onDisplay());
    ASSERT_EQ(tk.readLine(10s), "ready");
    ASSERT_TRUE(waitUntil([&] { return rm::windowDetails(targetOf(tk.pid())).hasWindow; }, 5s));

    auto session = rm::Session::start();
    ASSERT_TRUE(session) << session.error().message;
    ASSERT_TRUE(session->registerFiles(std::vector<std::string>{m_held}));
    auto affected = session->affectedApplications();
    ASSERT_TRUE(affected) << affected.error().message;
    ASSERT_EQ(affected->applications.size(), 1U);
    const auto& app = affected->applications.front();
    EXPECT_EQ(app.process.dwProcessId, static_cast<DWORD>(tk.pid()));
    EXPECT_EQ(app.closeMethod, rm::CloseMethod::Windows);
    EXPECT_EQ(app.appName, "Polite Tk Editor") << "no desktop entry: the window's title";
    EXPECT_EQ(app.type, RmMainWindow);

    const auto status = session->shutdown(0);
    EXPECT_TRUE(status) << status.error().message;
    EXPECT_EQ(tk.wait(5s), 0);
    EXPECT_EQ(rmtest::readFile(saved), "saved\n") << "its work was not saved";
    EXPECT_TRUE(session->end());
}

// A program that asks "Save changes?" does not close in time: 351 and ErrorOnStop, nothing
// killed; Force close then kills it at once.
TEST_P(PoliteShutdown, AProgramAskingToSaveFailsTheShutdownAndForceKillsIt) {
    ChildProcess tk =
        startHoldingTk(m_files, "Asking Tk Editor", kAskToSave, m_held, "", onDisplay());
    ASSERT_EQ(tk.readLine(10s), "ready");
    ASSERT_TRUE(waitUntil([&] { return rm::windowDetails(targetOf(tk.pid())).hasWindow; }, 5s));

    auto session = rm::Session::start();
    ASSERT_TRUE(session) << session.error().message;
    ASSERT_TRUE(session->registerFiles(std::vector<std::string>{m_held}));
    const auto status = session->shutdown(0);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.code(), DWORD{ERROR_FAIL_SHUTDOWN});
    EXPECT_TRUE(running(tk.pid())) << "nothing may kill it without Force";
    auto affected = session->affectedApplications();
    ASSERT_TRUE(affected);
    ASSERT_EQ(affected->applications.size(), 1U);
    EXPECT_NE(affected->applications.front().status & RmStatusErrorOnStop, 0U);

    const auto start = std::chrono::steady_clock::now();
    EXPECT_TRUE(session->shutdown(RmForceShutdown));
    EXPECT_LT(std::chrono::steady_clock::now() - start, 1500ms) << "Force waited a timeout";
    EXPECT_EQ(tk.wait(5s), 128 + SIGKILL);
    EXPECT_TRUE(session->end());
}

} // namespace
