#pragma once

// One connection to an application's X display, as that application would make it: DISPLAY,
// XAUTHORITY (else HOME/.Xauthority) from its environment, a MIT-MAGIC-COOKIE-1 read by our own
// Xauthority reader (libXau only reads this process's own file). Bounded in time: the connect,
// the setup and every reply share one budget, and at its end a watchdog shuts the socket down so
// that every wait of libxcb ends. libxcb comes from core/private/xcb_library.h (dlopen).

#include "core/private/deadline.h"
#include "core/private/xcb_library.h"

#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rm {

struct X11Atoms {
    xcb_atom_t wmProtocols = XCB_ATOM_NONE;
    xcb_atom_t wmDeleteWindow = XCB_ATOM_NONE;
    xcb_atom_t wmState = XCB_ATOM_NONE;
    xcb_atom_t netWmPid = XCB_ATOM_NONE;
    xcb_atom_t netWmName = XCB_ATOM_NONE;
    xcb_atom_t utf8String = XCB_ATOM_NONE;
    xcb_atom_t netWmIcon = XCB_ATOM_NONE;
    xcb_atom_t netClientList = XCB_ATOM_NONE;
    xcb_atom_t netSupportingWmCheck = XCB_ATOM_NONE;
    xcb_atom_t netSupported = XCB_ATOM_NONE;
    xcb_atom_t netCloseWindow = XCB_ATOM_NONE;
};

template <typename T> struct FreeDeleter {
    void operator()(T* p) const { std::free(p); }
};
// An xcb reply, which the caller frees.
template <typename T> using XcbReply = std::unique_ptr<T, FreeDeleter<T>>;

class SocketWatchdog;

class X11Connection {
public:
    // One display budget for connect, setup and all replies: a hung server costs at most this.
    static constexpr std::chrono::milliseconds kBudget{1000};

    // Connects to the display named in `environment` (NAME=VALUE entries).
    explicit X11Connection(const std::vector<std::string>& environment);
    ~X11Connection();
    X11Connection(const X11Connection&) = delete;
    X11Connection& operator=(const X11Connection&) = delete;

    // Connected, the screen's root found, the atoms interned, and no error since.
    [[nodiscard]] bool ok() const;
    // Whether the budget ran out (the watchdog shut the socket down).
    [[nodiscard]] bool timedOut() const;

    // Valid only when ok().
    [[nodiscard]] const XcbLibrary& xcb() const { return *m_xcb; }
    [[nodiscard]] xcb_connection_t* get() const { return m_connection; }
    [[nodiscard]] xcb_window_t root() const { return m_root; }
    [[nodiscard]] std::uint32_t resourceMask() const { return m_resourceMask; }
    [[nodiscard]] const X11Atoms& atoms() const { return m_atoms; }

    // One property, in one round trip.
    XcbReply<xcb_get_property_reply_t> property(xcb_window_t window, xcb_atom_t atom,
                                                xcb_atom_t type, std::uint32_t longs) const;
    // A 32-bit property's values; empty for a missing one or another format.
    std::vector<std::uint32_t> cardinals(const xcb_get_property_reply_t* reply) const;
    // An 8-bit property's bytes; empty for a missing one or another format.
    std::string bytes(const xcb_get_property_reply_t* reply) const;

private:
    bool internAtoms();

    // Before the connection, so that it outlives it.
    class SigpipeGuard {
    public:
        SigpipeGuard();
        ~SigpipeGuard();
        SigpipeGuard(const SigpipeGuard&) = delete;
        SigpipeGuard& operator=(const SigpipeGuard&) = delete;

    private:
        sigset_t m_old{};
        bool m_wasPending = false;
    };
    SigpipeGuard m_sigpipe;
    SteadyClock::time_point m_deadline;
    const XcbLibrary* m_xcb = nullptr;
    std::unique_ptr<SocketWatchdog> m_watchdog;
    xcb_connection_t* m_connection = nullptr;
    xcb_window_t m_root = XCB_WINDOW_NONE;
    std::uint32_t m_resourceMask = 0;
    X11Atoms m_atoms;
    bool m_ok = false;
};

// This host's name, as X11 clients put it in WM_CLIENT_MACHINE and Xauthority's local entries.
std::string localHostName();

namespace x11_detail {

struct Cookie {
    std::string name;
    std::string data;
};

// The MIT-MAGIC-COOKIE-1 entry of an Xauthority file for this display, matched as libXau's
// XauGetBestAuthByAddr does (family and address, or a wildcard; the display number, or none).
// At most 1 MiB is read; a file that is not a regular one gives nothing.
std::optional<Cookie> findCookie(const std::string& file, std::uint16_t family,
                                 const std::string& address, const std::string& number);

} // namespace x11_detail

} // namespace rm
