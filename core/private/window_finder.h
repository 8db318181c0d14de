#pragma once

// An application's top-level X11 windows, what they show, and the close request sent to them
// (core/polite_close.h says when and why). Everything goes through one X11Connection and its
// budget.

#include "core/polite_close.h"
#include "core/private/x11_connection.h"

#include <sys/types.h>
#include <vector>

namespace rm {

// A window of the target and what askToClose and windowDetails need of it.
struct TargetWindow {
    xcb_window_t window = XCB_WINDOW_NONE;
    bool acceptsDelete = false; // WM_PROTOCOLS lists WM_DELETE_WINDOW
    bool transient = false;     // WM_TRANSIENT_FOR: a dialog
    bool viewable = false;
};

// The managed client windows (with a window manager: _NET_CLIENT_LIST, else the WM_STATE-bearing
// descendants of the root's children; without one: the mapped children of the root with WM_STATE
// or WM_PROTOCOLS) whose X client is process `pid` according to the X-Resource extension, or, for
// clients the server cannot tell a PID of, whose _NET_WM_PID is `pid` (and WM_CLIENT_MACHINE, if
// set, is this host).
std::vector<TargetWindow> findWindowsOf(X11Connection& display, pid_t pid);

// The main window's title and icon (mapped before unmapped, not transient before transient,
// titled first); hasWindow when `windows` is not empty.
WindowDetails describeMainWindow(X11Connection& display, const std::vector<TargetWindow>& windows);

// Sends the close requests (see askToClose in core/polite_close.h); false when nothing could be
// sent.
bool sendCloseRequests(X11Connection& display, const std::vector<TargetWindow>& windows);

} // namespace rm
