#include "support/x_server.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sys/stat.h>
#include <thread>

namespace rmtest {

namespace {

using namespace std::chrono_literals;
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

std::string randomHex(std::size_t bytes) {
    std::ifstream random{"/dev/urandom", std::ios::binary};
    std::string out;
    for (std::size_t i = 0; i < bytes; ++i) {
        char hex[3];
        std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(random.get()));
        out += hex;
    }
    return out;
}

} // namespace

XServer::XServer() : m_dir{"rmx"} {}

// SIGTERM first: Xvfb removes its socket in /tmp/.X11-unix only when it ends that way.
XServer::~XServer() {
    for (auto* process : {&m_windowManager, &m_server}) {
        if (*process) {
            (*process)->kill(SIGTERM);
            (*process)->wait(5s);
            process->reset();
        }
    }
}

std::string XServer::start(const XServerOptions& options) {
    const auto xvfb = rmtest::findProgram("Xvfb");
    const auto xauth = rmtest::findProgram("xauth");
    if (!xvfb || !xauth) {
        return "Xvfb or xauth is not installed (scripts/install-deps.sh)";
    }
    m_auth = m_dir.file("auth");
    const auto cookie = randomHex(16);
    // Xvfb takes every cookie of its file, whatever display the entry names; clients look
    // for their display's number, added once Xvfb has chosen one.
    std::ofstream{m_auth};
    if (rmtest::runCommand(*xauth + " -q -f " + m_auth + " add :0 . " + cookie) != 0) {
        return "xauth failed";
    }
    // -noreset: the server keeps its state when its last client leaves (xprop checks come and
    // go before the first application connects).
    m_server.emplace(
        ChildProcess::spawn({"/bin/sh", "-c", R"(log=$1; shift; exec "$@" 2>"$log")", "sh",
                             m_dir.file("xvfb.log"), *xvfb, "-displayfd", "1", "-noreset",
                             "-nolisten", "tcp", "-auth", m_auth, "-screen", "0", "800x600x24"}));
    const auto number = m_server->readLine(10s);
    if (!number || number->empty()) {
        return "Xvfb chose no display; its log: " + rmtest::readFile(m_dir.file("xvfb.log"));
    }
    m_display = ":" + *number;
    if (rmtest::runCommand(*xauth + " -q -f " + m_auth + " add " + m_display + " . " + cookie) !=
        0) {
        return "xauth failed";
    }
    if (options.shared) {
        ::chmod(m_dir.path().c_str(), 0711);
        ::chmod(m_auth.c_str(), 0644);
    }
    if (options.windowManager) {
        const auto openbox = rmtest::findProgram("openbox");
        if (!openbox) {
            return "openbox is not installed (scripts/install-deps.sh)";
        }
        SpawnOptions spawn;
        spawn.environment = environment();
        spawn.environment.emplace_back("HOME", m_dir.file("home"));
        spawn.environment.emplace_back("XDG_CONFIG_HOME", m_dir.file("config"));
        spawn.unset = {"DBUS_SESSION_BUS_ADDRESS", "SESSION_MANAGER"};
        const auto xprop = m_dir.file("xprop-check.out");
        const auto check = "DISPLAY=" + m_display + " XAUTHORITY=" + m_auth +
                           " timeout 5 xprop -root _NET_SUPPORTING_WM_CHECK >" + xprop +
                           " 2>&1 && grep -q 'window id' " + xprop;
        // Twice in CI (full suites on two shared cores) openbox ended right after it started,
        // with nothing in its log, and the test failed before it began. An openbox that ends
        // during start-up is started again, twice at most; what happened stays in the message.
        std::string history;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const auto log = m_dir.file("openbox-" + std::to_string(attempt) + ".log");
            m_windowManager.emplace(
                ChildProcess::spawn({"/bin/sh", "-c", R"(log=$1; shift; exec "$@" >"$log" 2>&1)",
                                     "sh", log, *openbox, "--sm-disable"},
                                    spawn));
            int status = -1;
            const bool up = waitUntil(
                [&] {
                    status = m_windowManager->wait(0ms);
                    return status != -1 || rmtest::runCommand(check) == 0;
                },
                30s);
            if (up && status == -1) {
                m_windowManagerLog = log;
                if (!history.empty()) {
                    std::fprintf(stderr, "openbox came up on attempt %d (%s)\n", attempt,
                                 history.c_str());
                }
                return {};
            }
            history += "attempt " + std::to_string(attempt) +
                       (status == -1 ? std::string{": still not the window manager after 30 s"}
                                     : ": openbox ended with status " + std::to_string(status)) +
                       ", xprop said: " + rmtest::readFile(xprop) +
                       ", log: " + rmtest::readFile(log) + "; ";
            if (status == -1) {
                break; // running but not managing: starting another would not help
            }
        }
        return "openbox did not start on " + m_display + ": " + history;
    }
    return {};
}

std::string XServer::property(const std::string& title, const std::string& name) const {
    const auto out = m_dir.file("xprop.out");
    rmtest::runCommand("DISPLAY=" + m_display + " XAUTHORITY=" + m_auth + " xprop -name '" + title +
                       "' " + name + " >" + out + " 2>&1");
    return rmtest::readFile(out);
}

} // namespace rmtest
