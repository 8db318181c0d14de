#pragma once

// A private X server for tests: Xvfb with a random cookie in a folder of its own and, if asked,
// openbox as its window manager. Used by the polite-close tests (core) and the wizard's test of
// an application that is asked to close and may be asking to save (ui).
#include "support/test_support.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rmtest {

struct XServerOptions {
    bool windowManager = false;
    // The authority file readable by every user, for applications of another user.
    bool shared = false;
};

// Xvfb and openbox are killed and their folder removed when it goes.
class XServer {
public:
    XServer();
    ~XServer();
    XServer(const XServer&) = delete;
    XServer& operator=(const XServer&) = delete;

    // Empty on success, else why not (to skip or fail with).
    std::string start(const XServerOptions& options);

    // DISPLAY and XAUTHORITY for clients.
    [[nodiscard]] std::vector<std::pair<std::string, std::string>> environment() const {
        return {{"DISPLAY", m_display}, {"XAUTHORITY", m_auth}};
    }
    [[nodiscard]] const std::string& display() const { return m_display; }
    [[nodiscard]] const std::string& authority() const { return m_auth; }

    // The processes, and the log files that each holds open as its output (so a test may
    // register a file that the display server or the window manager uses).
    [[nodiscard]] pid_t serverPid() const { return m_server ? m_server->pid() : -1; }
    [[nodiscard]] pid_t windowManagerPid() const {
        return m_windowManager ? m_windowManager->pid() : -1;
    }
    [[nodiscard]] std::string serverLog() const { return m_dir.file("xvfb.log"); }
    [[nodiscard]] const std::string& windowManagerLog() const { return m_windowManagerLog; }

    // The value of a property of the window titled `title`, as xprop prints it.
    [[nodiscard]] std::string property(const std::string& title, const std::string& name) const;

private:
    TempDir m_dir;
    std::string m_auth;
    std::string m_display;
    std::optional<ChildProcess> m_server;
    std::optional<ChildProcess> m_windowManager;
    std::string m_windowManagerLog;
};

} // namespace rmtest
