#include "core/private/window_finder.h"

#include "core/log.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <utility>

namespace rm {
namespace {

constexpr std::uint32_t kIconPreferredSize = 256;
constexpr std::uint32_t kIconMaxSide = 1024;
constexpr std::size_t kTitleLimit = 1024;

std::string latin1ToUtf8(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) {
            out += c;
        } else {
            out += static_cast<char>(0xC0 | (byte >> 6));
            out += static_cast<char>(0x80 | (byte & 0x3F));
        }
    }
    return out;
}

// The check window names itself when a window manager (still) runs: a stale property left by a
// window manager that died names a window that is gone or does not name itself.
xcb_window_t windowManagerCheck(const X11Connection& display) {
    const auto& atoms = display.atoms();
    const auto check = display.cardinals(
        display.property(display.root(), atoms.netSupportingWmCheck, XCB_ATOM_WINDOW, 1).get());
    if (check.empty() || check[0] == XCB_WINDOW_NONE) {
        return XCB_WINDOW_NONE;
    }
    const auto self = display.cardinals(
        display.property(check[0], atoms.netSupportingWmCheck, XCB_ATOM_WINDOW, 1).get());
    return !self.empty() && self[0] == check[0] ? check[0] : xcb_window_t{XCB_WINDOW_NONE};
}

bool windowManagerCloses(const X11Connection& display) {
    if (windowManagerCheck(display) == XCB_WINDOW_NONE) {
        return false;
    }
    const auto supported = display.cardinals(
        display.property(display.root(), display.atoms().netSupported, XCB_ATOM_ATOM, 4096).get());
    return std::find(supported.begin(), supported.end(), display.atoms().netCloseWindow) !=
           supported.end();
}

std::vector<xcb_window_t> children(const X11Connection& display, xcb_window_t window) {
    const auto& x = display.xcb();
    XcbReply<xcb_query_tree_reply_t> tree{
        x.query_tree_reply(display.get(), x.query_tree(display.get(), window), nullptr)};
    if (!tree) {
        return {};
    }
    const auto* data = x.query_tree_children(tree.get());
    return {data, data + x.query_tree_children_length(tree.get())};
}

// The managed client windows: _NET_CLIENT_LIST of an EWMH window manager, else the tree.
std::vector<xcb_window_t> clientWindows(X11Connection& display) {
    const auto& x = display.xcb();
    const auto& atoms = display.atoms();
    xcb_connection_t* c = display.get();
    if (windowManagerCheck(display) != XCB_WINDOW_NONE) {
        auto list = display.cardinals(
            display.property(display.root(), atoms.netClientList, XCB_ATOM_WINDOW, 65536).get());
        if (!list.empty()) {
            return list;
        }
    }
    std::vector<xcb_window_t> result;
    std::vector<xcb_window_t> level = children(display, display.root());
    // The root's children are client windows (no window manager, or a non-reparenting one) or
    // frames holding them a level or two down.
    for (int depth = 0; depth < 3 && !level.empty() && display.ok(); ++depth) {
        std::vector<xcb_get_property_cookie_t> stateCookies, protocolCookies;
        std::vector<xcb_get_window_attributes_cookie_t> attributeCookies;
        for (const auto window : level) {
            stateCookies.push_back(x.get_property(c, 0, window, atoms.wmState, XCB_ATOM_ANY, 0, 1));
            protocolCookies.push_back(
                x.get_property(c, 0, window, atoms.wmProtocols, XCB_ATOM_ATOM, 0, 1));
            attributeCookies.push_back(x.get_window_attributes(c, window));
        }
        std::vector<xcb_window_t> frames;
        for (std::size_t i = 0; i < level.size(); ++i) {
            XcbReply<xcb_get_property_reply_t> state{
                x.get_property_reply(c, stateCookies[i], nullptr)};
            XcbReply<xcb_get_property_reply_t> protocols{
                x.get_property_reply(c, protocolCookies[i], nullptr)};
            XcbReply<xcb_get_window_attributes_reply_t> attributes{
                x.get_window_attributes_reply(c, attributeCookies[i], nullptr)};
            const bool viewable = attributes && attributes->map_state == XCB_MAP_STATE_VIEWABLE;
            if (state && state->type != XCB_ATOM_NONE) {
                result.push_back(level[i]);
            } else if (depth == 0 && viewable && protocols && protocols->type != XCB_ATOM_NONE) {
                result.push_back(level[i]);
            } else if (viewable && attributes && !attributes->override_redirect) {
                frames.push_back(level[i]);
            }
        }
        std::vector<xcb_query_tree_cookie_t> treeCookies;
        for (const auto frame : frames) {
            treeCookies.push_back(x.query_tree(c, frame));
        }
        level.clear();
        for (auto& cookie : treeCookies) {
            XcbReply<xcb_query_tree_reply_t> tree{x.query_tree_reply(c, cookie, nullptr)};
            if (tree) {
                const auto* data = x.query_tree_children(tree.get());
                level.insert(level.end(), data, data + x.query_tree_children_length(tree.get()));
            }
        }
    }
    return result;
}

// The PID of every local client, by resource base, from the X-Resource extension: it knows the
// PID of programs that set no _NET_WM_PID.
std::map<std::uint32_t, std::uint32_t> clientPids(X11Connection& display) {
    std::map<std::uint32_t, std::uint32_t> pids;
    const auto& x = display.xcb();
    if (!x.hasResourceExtension()) {
        return pids;
    }
    xcb_connection_t* c = display.get();
    const auto* extension = x.get_extension_data(c, x.res_id);
    if (extension == nullptr || extension->present == 0) {
        return pids;
    }
    XcbReply<xcb_res_query_version_reply_t> version{
        x.res_query_version_reply(c, x.res_query_version(c, 1, 2), nullptr)};
    if (!version || (version->server_major == 1 && version->server_minor < 2)) {
        return pids;
    }
    // Client 0: every client.
    const xcb_res_client_id_spec_t spec{0, XCB_RES_CLIENT_ID_MASK_LOCAL_CLIENT_PID};
    XcbReply<xcb_res_query_client_ids_reply_t> reply{
        x.res_query_client_ids_reply(c, x.res_query_client_ids(c, 1, &spec), nullptr)};
    if (!reply) {
        return pids;
    }
    for (auto it = x.res_query_client_ids_ids_iterator(reply.get()); it.rem > 0;
         x.res_client_id_value_next(&it)) {
        if ((it.data->spec.mask & XCB_RES_CLIENT_ID_MASK_LOCAL_CLIENT_PID) != 0 &&
            x.res_client_id_value_value_length(it.data) >= 1) {
            pids[it.data->spec.client & ~display.resourceMask()] =
                x.res_client_id_value_value(it.data)[0];
        }
    }
    return pids;
}

std::string title(const X11Connection& display, xcb_window_t window) {
    const auto& atoms = display.atoms();
    auto netName = display.property(window, atoms.netWmName, atoms.utf8String, kTitleLimit / 4);
    std::string text = display.bytes(netName.get());
    if (text.empty()) {
        auto name = display.property(window, XCB_ATOM_WM_NAME, XCB_ATOM_ANY, kTitleLimit / 4);
        text = display.bytes(name.get());
        if (name && name->type == XCB_ATOM_STRING) {
            text = latin1ToUtf8(text);
        }
    }
    return text.substr(0, kTitleLimit);
}

void icon(const X11Connection& display, xcb_window_t window, WindowDetails& details) {
    // Up to 4 MiB of icons: a few sizes up to 512 px.
    auto reply = display.property(window, display.atoms().netWmIcon, XCB_ATOM_CARDINAL, 1u << 20);
    const auto data = display.cardinals(reply.get());
    std::size_t best = data.size();
    std::uint32_t bestWidth = 0;
    std::uint32_t bestHeight = 0;
    auto better = [](std::uint32_t side, std::uint32_t bestSide) {
        if (bestSide == 0) {
            return true;
        }
        const bool fits = side <= kIconPreferredSize;
        const bool bestFits = bestSide <= kIconPreferredSize;
        if (fits != bestFits) {
            return fits;
        }
        return fits ? side > bestSide : side < bestSide;
    };
    for (std::size_t at = 0; at + 2 <= data.size();) {
        const std::uint32_t w = data[at];
        const std::uint32_t h = data[at + 1];
        if (w == 0 || h == 0 || w > kIconMaxSide || h > kIconMaxSide ||
            static_cast<std::size_t>(w) * h > data.size() - at - 2) {
            break;
        }
        if (better(std::max(w, h), std::max(bestWidth, bestHeight))) {
            best = at;
            bestWidth = w;
            bestHeight = h;
        }
        at += 2 + static_cast<std::size_t>(w) * h;
    }
    if (best < data.size()) {
        details.iconWidth = bestWidth;
        details.iconHeight = bestHeight;
        const auto first = data.begin() + static_cast<std::ptrdiff_t>(best + 2);
        details.iconArgb.assign(first, first + static_cast<std::ptrdiff_t>(bestWidth * bestHeight));
    }
}

} // namespace

std::vector<TargetWindow> findWindowsOf(X11Connection& display, pid_t pid) {
    std::vector<TargetWindow> result;
    if (!display.ok()) {
        return result;
    }
    const auto clients = clientWindows(display);
    if (clients.empty() || !display.ok()) {
        return result;
    }
    const auto pids = clientPids(display);
    const auto& x = display.xcb();
    const auto& atoms = display.atoms();
    xcb_connection_t* c = display.get();

    std::vector<xcb_window_t> candidates;
    std::vector<xcb_window_t> byNetWmPid;
    for (const auto window : clients) {
        const auto it = pids.find(window & ~display.resourceMask());
        if (it == pids.end()) {
            byNetWmPid.push_back(window);
        } else if (it->second == static_cast<std::uint32_t>(pid)) {
            candidates.push_back(window);
        }
    }
    if (!byNetWmPid.empty()) {
        const std::string host = localHostName();
        std::vector<xcb_get_property_cookie_t> pidCookies, machineCookies;
        for (const auto window : byNetWmPid) {
            pidCookies.push_back(
                x.get_property(c, 0, window, atoms.netWmPid, XCB_ATOM_CARDINAL, 0, 1));
            machineCookies.push_back(
                x.get_property(c, 0, window, XCB_ATOM_WM_CLIENT_MACHINE, XCB_ATOM_ANY, 0, 64));
        }
        for (std::size_t i = 0; i < byNetWmPid.size(); ++i) {
            XcbReply<xcb_get_property_reply_t> pidReply{
                x.get_property_reply(c, pidCookies[i], nullptr)};
            XcbReply<xcb_get_property_reply_t> machineReply{
                x.get_property_reply(c, machineCookies[i], nullptr)};
            const auto values = display.cardinals(pidReply.get());
            const auto machine = display.bytes(machineReply.get());
            // A client forwarded from another host may carry any PID.
            if (!values.empty() && values[0] == static_cast<std::uint32_t>(pid) &&
                (machine.empty() || machine == host)) {
                candidates.push_back(byNetWmPid[i]);
            }
        }
    }

    std::vector<xcb_get_property_cookie_t> protocolCookies, transientCookies;
    std::vector<xcb_get_window_attributes_cookie_t> attributeCookies;
    for (const auto window : candidates) {
        protocolCookies.push_back(
            x.get_property(c, 0, window, atoms.wmProtocols, XCB_ATOM_ATOM, 0, 64));
        transientCookies.push_back(
            x.get_property(c, 0, window, XCB_ATOM_WM_TRANSIENT_FOR, XCB_ATOM_WINDOW, 0, 1));
        attributeCookies.push_back(x.get_window_attributes(c, window));
    }
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        XcbReply<xcb_get_property_reply_t> protocols{
            x.get_property_reply(c, protocolCookies[i], nullptr)};
        XcbReply<xcb_get_property_reply_t> transient{
            x.get_property_reply(c, transientCookies[i], nullptr)};
        XcbReply<xcb_get_window_attributes_reply_t> attributes{
            x.get_window_attributes_reply(c, attributeCookies[i], nullptr)};
        if (!attributes) {
            continue; // destroyed meanwhile
        }
        TargetWindow w;
        w.window = candidates[i];
        const auto protocolAtoms = display.cardinals(protocols.get());
        w.acceptsDelete = std::find(protocolAtoms.begin(), protocolAtoms.end(),
                                    atoms.wmDeleteWindow) != protocolAtoms.end();
        w.transient = !display.cardinals(transient.get()).empty();
        w.viewable = attributes->map_state == XCB_MAP_STATE_VIEWABLE;
        result.push_back(w);
    }
    return result;
}

WindowDetails describeMainWindow(X11Connection& display, const std::vector<TargetWindow>& windows) {
    WindowDetails details;
    if (windows.empty()) {
        return details;
    }
    details.hasWindow = true;
    // The main window: mapped before unmapped, not transient before transient.
    std::vector<TargetWindow> ordered = windows;
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return std::pair{!a.viewable, a.transient} < std::pair{!b.viewable, b.transient};
    });
    for (const auto& w : ordered) {
        details.title = title(display, w.window);
        if (!details.title.empty()) {
            icon(display, w.window, details);
            break;
        }
    }
    if (details.title.empty()) {
        icon(display, ordered.front().window, details);
    }
    return details;
}

bool sendCloseRequests(X11Connection& display, const std::vector<TargetWindow>& windows) {
    std::vector<xcb_window_t> asked;
    const bool onlyTransient = std::none_of(windows.begin(), windows.end(), [](const auto& w) {
        return w.acceptsDelete && !w.transient;
    });
    for (const auto& w : windows) {
        if (w.acceptsDelete && (!w.transient || onlyTransient)) {
            asked.push_back(w.window);
        }
    }
    if (asked.empty() || !display.ok()) {
        return false;
    }
    const auto& x = display.xcb();
    const auto& atoms = display.atoms();
    xcb_connection_t* c = display.get();
    const bool throughWindowManager = windowManagerCloses(display);
    for (const auto window : asked) {
        xcb_client_message_event_t event{};
        event.response_type = XCB_CLIENT_MESSAGE;
        event.format = 32;
        event.window = window;
        if (throughWindowManager) {
            // The window manager then does what its close button does (and may, unlike a bare
            // client message, raise the window or mind the application's state).
            event.type = atoms.netCloseWindow;
            event.data.data32[0] = XCB_CURRENT_TIME;
            event.data.data32[1] = 2; // source indication: pager, i.e. the user's request
            x.send_event(c, 0, display.root(),
                         XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY | XCB_EVENT_MASK_SUBSTRUCTURE_REDIRECT,
                         reinterpret_cast<const char*>(&event));
        } else {
            event.type = atoms.wmProtocols;
            event.data.data32[0] = atoms.wmDeleteWindow;
            event.data.data32[1] = XCB_CURRENT_TIME;
            x.send_event(c, 0, window, XCB_EVENT_MASK_NO_EVENT,
                         reinterpret_cast<const char*>(&event));
        }
    }
    // A round trip: once it returns, the server has handled (delivered) every event.
    XcbReply<xcb_get_input_focus_reply_t> sync{
        x.get_input_focus_reply(c, x.get_input_focus(c), nullptr)};
    log::core()->debug("polite close: asked {} window(s) {}", asked.size(),
                       throughWindowManager ? "through the window manager" : "directly");
    return sync != nullptr;
}

} // namespace rm
