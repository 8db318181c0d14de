#pragma once

// Asking graphical applications to close the way their desktop would, before anything sends
// SIGTERM. Windows asks a GUI application through its windows (WM_QUERYENDSESSION, WM_CLOSE), so
// the application can save its work or ask the user; SIGTERM kills GTK, Qt and Tk programs
// without either. Here an application is asked through its X11 top-level windows (as the window
// manager's close button would), else through its GApplication "quit" action on its session bus.
//
// Every function is synchronous, thread-safe and bounded in time (about a second for the X
// display, about a second for the bus, a few seconds in all when a helper runs): a hung display
// or bus never blocks the caller for long. One target costs one X connection and one bus
// connection, so a caller can ask ~50 applications from a handful of threads.
//
// Privilege: the display and the bus are always reached as the target's own user. When the
// caller's effective uid is the target's uid, the work is done in this process. When the caller
// is root and the target is another user, the helper program `rm-polite-close` does the work as
// that user (groups, gid and uid switched, an environment holding only DISPLAY, XAUTHORITY,
// DBUS_SESSION_BUS_ADDRESS, WAYLAND_DISPLAY and HOME from the target's environ): root never
// opens a path (an XAUTHORITY file, a bus socket) that another user chose. Any other caller
// cannot reach another user's session: the answers are then "no window" and Signal.
//
// The helper is looked for in RESTARTMANAGER_HELPER_DIR, else in the folder of the running
// program, else in the build folder of app/ (compile-time default). As root it must be a regular
// file owned by root or by the target user and writable by nobody else.

#include <cstdint>
#include <string>
#include <sys/types.h>
#include <vector>

namespace rm {

// How an application is, or would be, asked to close.
enum class CloseMethod {
    Windows, // a close request to its top-level windows (_NET_CLOSE_WINDOW, WM_DELETE_WINDOW)
    ApplicationQuit, // org.gtk.Actions.Activate("quit") on its session bus
    Signal,          // nothing can ask it: the caller sends SIGTERM
};

const char* closeMethodName(CloseMethod method);

struct WindowDetails {
    bool hasWindow = false;
    // _NET_WM_NAME (UTF-8), else WM_NAME (Latin-1, converted to UTF-8).
    std::string title;
    // The _NET_WM_ICON image closest to 256 px from below (else the smallest larger one), one
    // ARGB32 value per pixel, rows top to bottom. Empty when the window has none.
    std::uint32_t iconWidth = 0;
    std::uint32_t iconHeight = 0;
    std::vector<std::uint32_t> iconArgb;
};

struct PoliteCloseTarget {
    pid_t pid = 0;
    uid_t uid = 0;
    gid_t gid = 0;
    // The process's own environ (/proc/PID/environ), NAME=VALUE: its DISPLAY, XAUTHORITY,
    // DBUS_SESSION_BUS_ADDRESS (else XDG_RUNTIME_DIR/bus) and HOME say where its windows are.
    std::vector<std::string> environment;
};

// The process's top-level windows on the display of its environment: the managed client windows
// (with a window manager: _NET_CLIENT_LIST, else the WM_STATE-bearing descendants of the root's
// children; without one: the mapped children of the root with WM_STATE or WM_PROTOCOLS) whose
// X client is the process according to the X-Resource extension, or, for clients the server
// cannot tell a PID of, whose _NET_WM_PID is the process (and WM_CLIENT_MACHINE, if set, is this
// host). Details of its main window (not transient, mapped, titled first).
WindowDetails windowDetails(const PoliteCloseTarget& target);

// How askToClose would ask it, without asking: Windows when one of its top-level windows lists
// WM_DELETE_WINDOW in WM_PROTOCOLS; ApplicationQuit when one of its well-known names on its
// session bus (found by GetConnectionUnixProcessID) exports an enabled GApplication "quit"
// action without parameter (org.gtk.Actions at the application id's object path); else Signal.
CloseMethod closeMethod(const PoliteCloseTarget& target);

// windowDetails and closeMethod in one go (one display connection, one helper run as root): what
// RmGetList needs of each application.
struct CloseAssessment {
    WindowDetails details;
    CloseMethod method = CloseMethod::Signal;
};
CloseAssessment assess(const PoliteCloseTarget& target);

// Asks it, and returns how. Windows: when an EWMH window manager runs (_NET_SUPPORTING_WM_CHECK
// valid, _NET_SUPPORTED lists _NET_CLOSE_WINDOW), a _NET_CLOSE_WINDOW request (source: pager,
// i.e. the user) goes to the root for each of its top-level windows that lists WM_DELETE_WINDOW;
// without one, the ICCCM WM_DELETE_WINDOW client message goes to those windows directly. Only
// such windows are asked: a window manager kills the client of a window that does not list it.
// Transient windows (dialogs) are asked only when the application has no other. ApplicationQuit:
// org.gtk.Actions.Activate("quit", [], {}) was sent (and did not fail). Signal: nothing was
// sent; the caller sends SIGTERM. Whether the application really closes (or asks the user to
// save first) is for the caller to watch.
CloseMethod askToClose(const PoliteCloseTarget& target);

namespace polite_close_detail {

// For rm-polite-close: the same work, always in this process, as whoever this process is.
WindowDetails localWindowDetails(const PoliteCloseTarget& target);
CloseMethod localCloseMethod(const PoliteCloseTarget& target);
CloseMethod localAskToClose(const PoliteCloseTarget& target);
CloseAssessment localAssess(const PoliteCloseTarget& target);

// The helper's answer lines (rm::protocol lines) and their parsing; false when a line is
// malformed.
std::string formatDetails(const WindowDetails& details);
bool parseDetails(const std::vector<std::string>& fields, WindowDetails& details);
bool parseMethod(const std::string& name, CloseMethod& method);

// For `rm-polite-close registrations PID:TICKS...`, which root runs as another user
// (core/private/user_registrations.h): this user's RegisterApplicationRestart calls of those
// processes, from this user's own store read defensively, as answer lines: "registration" PID
// TICKS FLAGS COMMAND_LINE for each, or one "refused" REASON line; nothing without a store.
std::string registrationLines(const std::vector<std::string>& operands);

} // namespace polite_close_detail

} // namespace rm
