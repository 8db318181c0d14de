#include "core/polite_close.h"

#include "core/log.h"
#include "core/protocol_line.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <map>
#include <memory>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <pthread.h>
#include <pwd.h>
#include <set>
#include <string_view>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <systemd/sd-bus.h>
#include <xcb/res.h>
#include <xcb/xcb.h>

#ifndef RM_POLITE_CLOSE_HELPER_DIR
#define RM_POLITE_CLOSE_HELPER_DIR ""
#endif

namespace rm {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// One budget for everything on the display and one for the bus: a hung server costs at most
// this much, yet a loaded but healthy one has time for its handful of round trips.
constexpr milliseconds kDisplayBudget{1000};
constexpr milliseconds kBusBudget{1000};
// The helper spends both budgets plus its start.
constexpr milliseconds kHelperBudget{3500};
constexpr std::size_t kHelperOutputLimit = 8u << 20;
constexpr const char* kHelperName = "rm-polite-close";

constexpr std::uint32_t kIconPreferredSize = 256;
constexpr std::uint32_t kIconMaxSide = 1024;
constexpr std::size_t kTitleLimit = 1024;

std::optional<std::string> envValue(const std::vector<std::string>& environment,
                                    std::string_view name) {
    for (const auto& entry : environment) {
        if (entry.size() > name.size() && entry[name.size()] == '=' &&
            std::string_view{entry}.substr(0, name.size()) == name) {
            return entry.substr(name.size() + 1);
        }
    }
    return std::nullopt;
}

std::string sessionBusAddress(const std::vector<std::string>& environment) {
    if (auto address = envValue(environment, "DBUS_SESSION_BUS_ADDRESS");
        address && !address->empty()) {
        return *address;
    }
    // sd-bus and GDBus fall back to the same place when the variable is not set.
    if (auto runtime = envValue(environment, "XDG_RUNTIME_DIR");
        runtime && !runtime->empty() && runtime->front() == '/' &&
        runtime->find_first_of(",;=") == std::string::npos) {
        return "unix:path=" + *runtime + "/bus";
    }
    return {};
}

std::string hostName() {
    char buffer[256] = {};
    if (::gethostname(buffer, sizeof buffer - 1) != 0) {
        return {};
    }
    return buffer;
}

int remainingMs(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now()).count();
    return left > 0 ? static_cast<int>(left) : 0;
}

// ---------------------------------------------------------------------------------------------
// The X display

// libxcb waits for the server without a timeout, in the connection setup as in every reply. At
// the deadline this shuts the socket down, so every wait ends and the connection turns to error.
class SocketWatchdog {
public:
    // Its own duplicate of the socket: libxcb closes its descriptor on a failed setup, and the
    // number may then name someone else's file before the watchdog is gone.
    SocketWatchdog(int fd, Clock::time_point deadline)
        : m_fd{::fcntl(fd, F_DUPFD_CLOEXEC, 0)}, m_thread{[this, deadline] {
              std::unique_lock lock{m_mutex};
              if (!m_done.wait_until(lock, deadline, [this] { return m_cancelled; })) {
                  m_fired = true;
                  ::shutdown(m_fd, SHUT_RDWR);
              }
          }} {}
    ~SocketWatchdog() {
        {
            std::lock_guard lock{m_mutex};
            m_cancelled = true;
        }
        m_done.notify_all();
        m_thread.join();
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    SocketWatchdog(const SocketWatchdog&) = delete;
    SocketWatchdog& operator=(const SocketWatchdog&) = delete;
    bool fired() {
        std::lock_guard lock{m_mutex};
        return m_fired;
    }

private:
    int m_fd;
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_cancelled = false;
    bool m_fired = false;
    std::thread m_thread;
};

// libxcb writes with writev, so a server that went away (or a socket the watchdog shut down)
// raises SIGPIPE, which would end the caller, an installer. SIGPIPE from a write goes to the
// writing thread: blocked here for the life of the connection, a pending one is then taken.
class SigpipeGuard {
public:
    SigpipeGuard() {
        sigset_t pipe;
        sigemptyset(&pipe);
        sigaddset(&pipe, SIGPIPE);
        sigset_t pending;
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1;
        pthread_sigmask(SIG_BLOCK, &pipe, &m_old);
    }
    ~SigpipeGuard() {
        if (!m_wasPending) {
            sigset_t pipe;
            sigemptyset(&pipe);
            sigaddset(&pipe, SIGPIPE);
            const timespec now{0, 0};
            while (sigtimedwait(&pipe, nullptr, &now) == SIGPIPE) {
            }
        }
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    SigpipeGuard(const SigpipeGuard&) = delete;
    SigpipeGuard& operator=(const SigpipeGuard&) = delete;

private:
    sigset_t m_old{};
    bool m_wasPending = false;
};

bool connectBefore(int fd, const sockaddr* address, socklen_t length, Clock::time_point deadline) {
    if (::connect(fd, address, length) == 0) {
        return true;
    }
    if (errno != EINPROGRESS) {
        return false;
    }
    pollfd pfd{fd, POLLOUT, 0};
    if (::poll(&pfd, 1, remainingMs(deadline)) != 1) {
        return false;
    }
    int error = 0;
    socklen_t size = sizeof error;
    return ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0;
}

int connectUnix(int display, Clock::time_point deadline) {
    const std::string path = "/tmp/.X11-unix/X" + std::to_string(display);
    // Like libxcb: the abstract socket first (it needs no file), then the file.
    for (const bool abstract : {true, false}) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0) {
            return -1;
        }
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const std::size_t offset = abstract ? 1 : 0;
        std::memcpy(address.sun_path + offset, path.data(), path.size());
        const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + offset +
                                                   path.size() + (abstract ? 0 : 1));
        if (connectBefore(fd, reinterpret_cast<const sockaddr*>(&address), length, deadline)) {
            return fd;
        }
        ::close(fd);
    }
    return -1;
}

// Only numeric addresses and localhost: a name lookup could block past any deadline.
int connectTcp(const std::string& host, int display, Clock::time_point deadline,
               std::uint16_t& family, std::string& address) {
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
    const std::string numeric = host == "localhost" ? "127.0.0.1" : host;
    addrinfo* found = nullptr;
    const auto port = std::to_string(6000 + display);
    if (::getaddrinfo(numeric.c_str(), port.c_str(), &hints, &found) != 0) {
        return -1;
    }
    int result = -1;
    for (addrinfo* ai = found; ai != nullptr && result < 0; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0) {
            continue;
        }
        if (!connectBefore(fd, ai->ai_addr, ai->ai_addrlen, deadline)) {
            ::close(fd);
            continue;
        }
        result = fd;
        // Xauthority families: 0 Internet, 6 Internet6, 256 Local (loopback, as libxcb does).
        if (ai->ai_family == AF_INET) {
            const auto* in = reinterpret_cast<const sockaddr_in*>(ai->ai_addr);
            if ((ntohl(in->sin_addr.s_addr) >> 24) == 127) {
                family = 256;
                address = hostName();
            } else {
                family = 0;
                address.assign(reinterpret_cast<const char*>(&in->sin_addr), 4);
            }
        } else {
            const auto* in6 = reinterpret_cast<const sockaddr_in6*>(ai->ai_addr);
            if (IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr)) {
                family = 256;
                address = hostName();
            } else {
                family = 6;
                address.assign(reinterpret_cast<const char*>(&in6->sin6_addr), 16);
            }
        }
    }
    ::freeaddrinfo(found);
    return result;
}

struct Cookie {
    std::string name;
    std::string data;
};

// The MIT-MAGIC-COOKIE-1 entry of an Xauthority file for this display, matched as libXau's
// XauGetBestAuthByAddr does. Read here rather than through libXau, which only reads the file of
// this process's XAUTHORITY, not the target's.
std::optional<Cookie> findCookie(const std::string& file, std::uint16_t family,
                                 const std::string& address, const std::string& number) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        return std::nullopt;
    }
    struct stat st {};
    std::string content;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size < (1 << 20)) {
        content.resize(static_cast<std::size_t>(st.st_size));
        std::size_t got = 0;
        while (got < content.size()) {
            const ssize_t n = ::read(fd, content.data() + got, content.size() - got);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                break;
            }
            got += static_cast<std::size_t>(n);
        }
        content.resize(got);
    }
    ::close(fd);

    std::size_t at = 0;
    auto read16 = [&](std::uint16_t& value) {
        if (at + 2 > content.size()) {
            return false;
        }
        value = static_cast<std::uint16_t>((static_cast<unsigned char>(content[at]) << 8) |
                                           static_cast<unsigned char>(content[at + 1]));
        at += 2;
        return true;
    };
    auto readCounted = [&](std::string& value) {
        std::uint16_t length = 0;
        if (!read16(length) || at + length > content.size()) {
            return false;
        }
        value = content.substr(at, length);
        at += length;
        return true;
    };
    for (;;) {
        std::uint16_t entryFamily = 0;
        std::string entryAddress, entryNumber, entryName, entryData;
        if (!read16(entryFamily) || !readCounted(entryAddress) || !readCounted(entryNumber) ||
            !readCounted(entryName) || !readCounted(entryData)) {
            return std::nullopt;
        }
        const bool addressMatches =
            entryFamily == 65535 || (entryFamily == family && entryAddress == address);
        const bool numberMatches = entryNumber.empty() || entryNumber == number;
        if (addressMatches && numberMatches && entryName == "MIT-MAGIC-COOKIE-1") {
            return Cookie{std::move(entryName), std::move(entryData)};
        }
    }
}

struct Atoms {
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
template <typename T> using Reply = std::unique_ptr<T, FreeDeleter<T>>;

std::vector<std::uint32_t> cardinals(const xcb_get_property_reply_t* reply) {
    if (reply == nullptr || reply->format != 32) {
        return {};
    }
    const auto* data = static_cast<const std::uint32_t*>(xcb_get_property_value(reply));
    const int count = xcb_get_property_value_length(reply) / 4;
    return {data, data + std::max(count, 0)};
}

std::string bytes(const xcb_get_property_reply_t* reply) {
    if (reply == nullptr || reply->format != 8) {
        return {};
    }
    const auto* data = static_cast<const char*>(xcb_get_property_value(reply));
    const int length = xcb_get_property_value_length(reply);
    return {data, static_cast<std::size_t>(std::max(length, 0))};
}

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

// A window of the target and what askToClose and windowDetails need of it.
struct TargetWindow {
    xcb_window_t window = XCB_WINDOW_NONE;
    bool acceptsDelete = false;
    bool transient = false;
    bool viewable = false;
};

// One connection to the target's display, bounded by its deadline.
class Display {
public:
    explicit Display(const std::vector<std::string>& environment)
        : m_deadline{Clock::now() + kDisplayBudget} {
        const auto name = envValue(environment, "DISPLAY");
        if (!name || name->empty()) {
            return;
        }
        char* host = nullptr;
        int display = 0;
        int screen = 0;
        if (xcb_parse_display(name->c_str(), &host, &display, &screen) == 0) {
            log::core()->debug("polite close: DISPLAY {} cannot be parsed", *name);
            return;
        }
        const std::string hostText = host != nullptr ? host : "";
        std::free(host);

        std::uint16_t family = 256;
        std::string address;
        int fd = -1;
        if (hostText.empty() || hostText == "unix") {
            address = hostName();
            fd = connectUnix(display, m_deadline);
        } else {
            fd = connectTcp(hostText, display, m_deadline, family, address);
        }
        if (fd < 0) {
            log::core()->debug("polite close: no X server answers on {}", *name);
            return;
        }
        m_watchdog = std::make_unique<SocketWatchdog>(fd, m_deadline);

        std::optional<Cookie> cookie;
        std::string authority = envValue(environment, "XAUTHORITY").value_or("");
        if (authority.empty()) {
            if (const auto home = envValue(environment, "HOME"); home && !home->empty()) {
                authority = *home + "/.Xauthority";
            }
        }
        if (!authority.empty()) {
            cookie = findCookie(authority, family, address, std::to_string(display));
        }
        xcb_auth_info_t auth{};
        if (cookie) {
            auth.namelen = static_cast<int>(cookie->name.size());
            auth.name = cookie->name.data();
            auth.datalen = static_cast<int>(cookie->data.size());
            auth.data = cookie->data.data();
        }
        // libxcb owns the socket from here and closes it in xcb_disconnect.
        m_connection = xcb_connect_to_fd(fd, cookie ? &auth : nullptr);
        if (xcb_connection_has_error(m_connection) != 0) {
            log::core()->debug("polite close: the X server on {} refused or did not answer", *name);
            return;
        }
        const xcb_setup_t* setup = xcb_get_setup(m_connection);
        auto roots = xcb_setup_roots_iterator(setup);
        for (int i = 0; roots.rem > 0; ++i, xcb_screen_next(&roots)) {
            if (i == screen) {
                m_root = roots.data->root;
            }
        }
        m_resourceMask = setup->resource_id_mask;
        m_ok = m_root != XCB_WINDOW_NONE && internAtoms();
    }

    ~Display() {
        m_watchdog.reset();
        if (m_connection != nullptr) {
            xcb_disconnect(m_connection);
        }
    }
    Display(const Display&) = delete;
    Display& operator=(const Display&) = delete;

    [[nodiscard]] bool ok() const { return m_ok && xcb_connection_has_error(m_connection) == 0; }
    [[nodiscard]] bool timedOut() const { return m_watchdog && m_watchdog->fired(); }

    // The target's top-level windows.
    std::vector<TargetWindow> windowsOf(pid_t pid) {
        std::vector<TargetWindow> result;
        if (!ok()) {
            return result;
        }
        const auto clients = clientWindows();
        if (clients.empty() || !ok()) {
            return result;
        }
        const auto pids = clientPids();

        std::vector<xcb_window_t> candidates;
        std::vector<xcb_window_t> byNetWmPid;
        for (const auto window : clients) {
            const auto it = pids.find(window & ~m_resourceMask);
            if (it == pids.end()) {
                byNetWmPid.push_back(window);
            } else if (it->second == static_cast<std::uint32_t>(pid)) {
                candidates.push_back(window);
            }
        }
        if (!byNetWmPid.empty()) {
            const std::string host = hostName();
            std::vector<xcb_get_property_cookie_t> pidCookies, machineCookies;
            for (const auto window : byNetWmPid) {
                pidCookies.push_back(xcb_get_property(m_connection, 0, window, m_atoms.netWmPid,
                                                      XCB_ATOM_CARDINAL, 0, 1));
                machineCookies.push_back(xcb_get_property(
                    m_connection, 0, window, XCB_ATOM_WM_CLIENT_MACHINE, XCB_ATOM_ANY, 0, 64));
            }
            for (std::size_t i = 0; i < byNetWmPid.size(); ++i) {
                Reply<xcb_get_property_reply_t> pidReply{
                    xcb_get_property_reply(m_connection, pidCookies[i], nullptr)};
                Reply<xcb_get_property_reply_t> machineReply{
                    xcb_get_property_reply(m_connection, machineCookies[i], nullptr)};
                const auto values = cardinals(pidReply.get());
                const auto machine = bytes(machineReply.get());
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
            protocolCookies.push_back(xcb_get_property(m_connection, 0, window, m_atoms.wmProtocols,
                                                       XCB_ATOM_ATOM, 0, 64));
            transientCookies.push_back(xcb_get_property(
                m_connection, 0, window, XCB_ATOM_WM_TRANSIENT_FOR, XCB_ATOM_WINDOW, 0, 1));
            attributeCookies.push_back(xcb_get_window_attributes(m_connection, window));
        }
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            Reply<xcb_get_property_reply_t> protocols{
                xcb_get_property_reply(m_connection, protocolCookies[i], nullptr)};
            Reply<xcb_get_property_reply_t> transient{
                xcb_get_property_reply(m_connection, transientCookies[i], nullptr)};
            Reply<xcb_get_window_attributes_reply_t> attributes{
                xcb_get_window_attributes_reply(m_connection, attributeCookies[i], nullptr)};
            if (!attributes) {
                continue; // destroyed meanwhile
            }
            TargetWindow w;
            w.window = candidates[i];
            const auto atoms = cardinals(protocols.get());
            w.acceptsDelete =
                std::find(atoms.begin(), atoms.end(), m_atoms.wmDeleteWindow) != atoms.end();
            w.transient = !cardinals(transient.get()).empty();
            w.viewable = attributes->map_state == XCB_MAP_STATE_VIEWABLE;
            result.push_back(w);
        }
        return result;
    }

    WindowDetails details(const std::vector<TargetWindow>& windows) {
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
            details.title = title(w.window);
            if (!details.title.empty()) {
                icon(w.window, details);
                break;
            }
        }
        if (details.title.empty()) {
            icon(ordered.front().window, details);
        }
        return details;
    }

    // Sends the close requests; false when nothing could be sent.
    bool askToClose(const std::vector<TargetWindow>& windows) {
        std::vector<xcb_window_t> asked;
        const bool onlyTransient = std::none_of(windows.begin(), windows.end(), [](const auto& w) {
            return w.acceptsDelete && !w.transient;
        });
        for (const auto& w : windows) {
            if (w.acceptsDelete && (!w.transient || onlyTransient)) {
                asked.push_back(w.window);
            }
        }
        if (asked.empty() || !ok()) {
            return false;
        }
        const bool throughWindowManager = windowManagerCloses();
        for (const auto window : asked) {
            xcb_client_message_event_t event{};
            event.response_type = XCB_CLIENT_MESSAGE;
            event.format = 32;
            event.window = window;
            if (throughWindowManager) {
                // The window manager then does what its close button does (and may, unlike a
                // bare client message, raise the window or mind the application's state).
                event.type = m_atoms.netCloseWindow;
                event.data.data32[0] = XCB_CURRENT_TIME;
                event.data.data32[1] = 2; // source indication: pager, i.e. the user's request
                xcb_send_event(m_connection, 0, m_root,
                               XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY |
                                   XCB_EVENT_MASK_SUBSTRUCTURE_REDIRECT,
                               reinterpret_cast<const char*>(&event));
            } else {
                event.type = m_atoms.wmProtocols;
                event.data.data32[0] = m_atoms.wmDeleteWindow;
                event.data.data32[1] = XCB_CURRENT_TIME;
                xcb_send_event(m_connection, 0, window, XCB_EVENT_MASK_NO_EVENT,
                               reinterpret_cast<const char*>(&event));
            }
        }
        // A round trip: once it returns, the server has handled (delivered) every event.
        Reply<xcb_get_input_focus_reply_t> sync{
            xcb_get_input_focus_reply(m_connection, xcb_get_input_focus(m_connection), nullptr)};
        log::core()->debug("polite close: asked {} window(s) {}", asked.size(),
                           throughWindowManager ? "through the window manager" : "directly");
        return sync != nullptr;
    }

private:
    bool internAtoms() {
        const std::pair<const char*, xcb_atom_t*> names[] = {
            {"WM_PROTOCOLS", &m_atoms.wmProtocols},
            {"WM_DELETE_WINDOW", &m_atoms.wmDeleteWindow},
            {"WM_STATE", &m_atoms.wmState},
            {"_NET_WM_PID", &m_atoms.netWmPid},
            {"_NET_WM_NAME", &m_atoms.netWmName},
            {"UTF8_STRING", &m_atoms.utf8String},
            {"_NET_WM_ICON", &m_atoms.netWmIcon},
            {"_NET_CLIENT_LIST", &m_atoms.netClientList},
            {"_NET_SUPPORTING_WM_CHECK", &m_atoms.netSupportingWmCheck},
            {"_NET_SUPPORTED", &m_atoms.netSupported},
            {"_NET_CLOSE_WINDOW", &m_atoms.netCloseWindow},
        };
        std::vector<xcb_intern_atom_cookie_t> cookies;
        for (const auto& [name, atom] : names) {
            cookies.push_back(xcb_intern_atom(m_connection, 0,
                                              static_cast<std::uint16_t>(std::strlen(name)), name));
        }
        bool all = true;
        for (std::size_t i = 0; i < cookies.size(); ++i) {
            Reply<xcb_intern_atom_reply_t> reply{
                xcb_intern_atom_reply(m_connection, cookies[i], nullptr)};
            all = all && reply != nullptr;
            *names[i].second = reply ? reply->atom : xcb_atom_t{XCB_ATOM_NONE};
        }
        return all;
    }

    Reply<xcb_get_property_reply_t> property(xcb_window_t window, xcb_atom_t atom, xcb_atom_t type,
                                             std::uint32_t longs) {
        return Reply<xcb_get_property_reply_t>{xcb_get_property_reply(
            m_connection, xcb_get_property(m_connection, 0, window, atom, type, 0, longs),
            nullptr)};
    }

    // The check window names itself when a window manager (still) runs: a stale property left
    // by a window manager that died names a window that is gone or does not name itself.
    xcb_window_t windowManagerCheck() {
        const auto check =
            cardinals(property(m_root, m_atoms.netSupportingWmCheck, XCB_ATOM_WINDOW, 1).get());
        if (check.empty() || check[0] == XCB_WINDOW_NONE) {
            return XCB_WINDOW_NONE;
        }
        const auto self =
            cardinals(property(check[0], m_atoms.netSupportingWmCheck, XCB_ATOM_WINDOW, 1).get());
        return !self.empty() && self[0] == check[0] ? check[0] : xcb_window_t{XCB_WINDOW_NONE};
    }

    bool windowManagerCloses() {
        if (windowManagerCheck() == XCB_WINDOW_NONE) {
            return false;
        }
        const auto supported =
            cardinals(property(m_root, m_atoms.netSupported, XCB_ATOM_ATOM, 4096).get());
        return std::find(supported.begin(), supported.end(), m_atoms.netCloseWindow) !=
               supported.end();
    }

    std::vector<xcb_window_t> children(xcb_window_t window) {
        Reply<xcb_query_tree_reply_t> tree{
            xcb_query_tree_reply(m_connection, xcb_query_tree(m_connection, window), nullptr)};
        if (!tree) {
            return {};
        }
        const auto* data = xcb_query_tree_children(tree.get());
        return {data, data + xcb_query_tree_children_length(tree.get())};
    }

    // The managed client windows: _NET_CLIENT_LIST of an EWMH window manager, else the tree.
    std::vector<xcb_window_t> clientWindows() {
        if (windowManagerCheck() != XCB_WINDOW_NONE) {
            auto list =
                cardinals(property(m_root, m_atoms.netClientList, XCB_ATOM_WINDOW, 65536).get());
            if (!list.empty()) {
                return list;
            }
        }
        std::vector<xcb_window_t> result;
        std::vector<xcb_window_t> level = children(m_root);
        // The root's children are client windows (no window manager, or a non-reparenting one)
        // or frames holding them a level or two down.
        for (int depth = 0; depth < 3 && !level.empty() && ok(); ++depth) {
            std::vector<xcb_get_property_cookie_t> stateCookies, protocolCookies;
            std::vector<xcb_get_window_attributes_cookie_t> attributeCookies;
            for (const auto window : level) {
                stateCookies.push_back(
                    xcb_get_property(m_connection, 0, window, m_atoms.wmState, XCB_ATOM_ANY, 0, 1));
                protocolCookies.push_back(xcb_get_property(
                    m_connection, 0, window, m_atoms.wmProtocols, XCB_ATOM_ATOM, 0, 1));
                attributeCookies.push_back(xcb_get_window_attributes(m_connection, window));
            }
            std::vector<xcb_window_t> frames;
            for (std::size_t i = 0; i < level.size(); ++i) {
                Reply<xcb_get_property_reply_t> state{
                    xcb_get_property_reply(m_connection, stateCookies[i], nullptr)};
                Reply<xcb_get_property_reply_t> protocols{
                    xcb_get_property_reply(m_connection, protocolCookies[i], nullptr)};
                Reply<xcb_get_window_attributes_reply_t> attributes{
                    xcb_get_window_attributes_reply(m_connection, attributeCookies[i], nullptr)};
                const bool viewable = attributes && attributes->map_state == XCB_MAP_STATE_VIEWABLE;
                if (state && state->type != XCB_ATOM_NONE) {
                    result.push_back(level[i]);
                } else if (depth == 0 && viewable && protocols &&
                           protocols->type != XCB_ATOM_NONE) {
                    result.push_back(level[i]);
                } else if (viewable && attributes && !attributes->override_redirect) {
                    frames.push_back(level[i]);
                }
            }
            std::vector<xcb_query_tree_cookie_t> treeCookies;
            for (const auto frame : frames) {
                treeCookies.push_back(xcb_query_tree(m_connection, frame));
            }
            level.clear();
            for (auto& cookie : treeCookies) {
                Reply<xcb_query_tree_reply_t> tree{
                    xcb_query_tree_reply(m_connection, cookie, nullptr)};
                if (tree) {
                    const auto* data = xcb_query_tree_children(tree.get());
                    level.insert(level.end(), data,
                                 data + xcb_query_tree_children_length(tree.get()));
                }
            }
        }
        return result;
    }

    // The PID of every local client, by resource base, from the X-Resource extension: it knows
    // the PID of programs that set no _NET_WM_PID.
    std::map<std::uint32_t, std::uint32_t> clientPids() {
        std::map<std::uint32_t, std::uint32_t> pids;
        const auto* extension = xcb_get_extension_data(m_connection, &xcb_res_id);
        if (extension == nullptr || extension->present == 0) {
            return pids;
        }
        Reply<xcb_res_query_version_reply_t> version{xcb_res_query_version_reply(
            m_connection, xcb_res_query_version(m_connection, 1, 2), nullptr)};
        if (!version || (version->server_major == 1 && version->server_minor < 2)) {
            return pids;
        }
        // Client 0: every client.
        const xcb_res_client_id_spec_t spec{0, XCB_RES_CLIENT_ID_MASK_LOCAL_CLIENT_PID};
        Reply<xcb_res_query_client_ids_reply_t> reply{xcb_res_query_client_ids_reply(
            m_connection, xcb_res_query_client_ids(m_connection, 1, &spec), nullptr)};
        if (!reply) {
            return pids;
        }
        for (auto it = xcb_res_query_client_ids_ids_iterator(reply.get()); it.rem > 0;
             xcb_res_client_id_value_next(&it)) {
            if ((it.data->spec.mask & XCB_RES_CLIENT_ID_MASK_LOCAL_CLIENT_PID) != 0 &&
                xcb_res_client_id_value_value_length(it.data) >= 1) {
                pids[it.data->spec.client & ~m_resourceMask] =
                    xcb_res_client_id_value_value(it.data)[0];
            }
        }
        return pids;
    }

    std::string title(xcb_window_t window) {
        auto netName = property(window, m_atoms.netWmName, m_atoms.utf8String, kTitleLimit / 4);
        std::string text = bytes(netName.get());
        if (text.empty()) {
            auto name = property(window, XCB_ATOM_WM_NAME, XCB_ATOM_ANY, kTitleLimit / 4);
            text = bytes(name.get());
            if (name && name->type == XCB_ATOM_STRING) {
                text = latin1ToUtf8(text);
            }
        }
        return text.substr(0, kTitleLimit);
    }

    void icon(xcb_window_t window, WindowDetails& details) {
        // Up to 4 MiB of icons: a few sizes up to 512 px.
        auto reply = property(window, m_atoms.netWmIcon, XCB_ATOM_CARDINAL, 1u << 20);
        const auto data = cardinals(reply.get());
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
            details.iconArgb.assign(first,
                                    first + static_cast<std::ptrdiff_t>(bestWidth * bestHeight));
        }
    }

    // Before the connection, so that it outlives it.
    SigpipeGuard m_sigpipe;
    Clock::time_point m_deadline;
    std::unique_ptr<SocketWatchdog> m_watchdog;
    xcb_connection_t* m_connection = nullptr;
    xcb_window_t m_root = XCB_WINDOW_NONE;
    std::uint32_t m_resourceMask = 0;
    Atoms m_atoms;
    bool m_ok = false;
};

// ---------------------------------------------------------------------------------------------
// The session bus

// Calls run asynchronously and the loop waits no longer than the deadline: sd_bus_call would
// wait for the authentication (25 s) and the Hello reply on its own terms.
class Bus {
public:
    explicit Bus(const std::string& address) : m_deadline{Clock::now() + kBusBudget} {
        if (address.empty()) {
            return;
        }
        if (sd_bus_new(&m_bus) < 0) {
            m_bus = nullptr;
            return;
        }
        const auto timeoutUs = static_cast<std::uint64_t>(
            std::chrono::duration_cast<std::chrono::microseconds>(kBusBudget).count());
        if (sd_bus_set_address(m_bus, address.c_str()) < 0 || sd_bus_set_bus_client(m_bus, 1) < 0 ||
            sd_bus_set_method_call_timeout(m_bus, timeoutUs) < 0 || sd_bus_start(m_bus) < 0) {
            log::core()->debug("polite close: cannot connect to the session bus");
            sd_bus_unref(m_bus);
            m_bus = nullptr;
        }
    }
    ~Bus() {
        if (m_bus != nullptr) {
            sd_bus_close_unref(m_bus);
        }
    }
    Bus(const Bus&) = delete;
    Bus& operator=(const Bus&) = delete;

    [[nodiscard]] bool ok() const { return m_bus != nullptr; }

    struct Call {
        sd_bus_slot* slot = nullptr;
        sd_bus_message* reply = nullptr;
        bool done = false;
        ~Call() {
            sd_bus_slot_unref(slot);
            sd_bus_message_unref(reply);
        }
        [[nodiscard]] bool succeeded() const {
            return reply != nullptr && sd_bus_message_is_method_error(reply, nullptr) == 0;
        }
    };

    // Starts a call; its reply arrives through wait().
    template <typename... Args>
    std::unique_ptr<Call> start(const char* destination, const char* path, const char* interface,
                                const char* member, const char* types, Args... args) {
        auto call = std::make_unique<Call>();
        if (sd_bus_call_method_async(m_bus, &call->slot, destination, path, interface, member,
                                     &Bus::onReply, call.get(), types, args...) < 0) {
            call->done = true;
        }
        return call;
    }

    // Processes the bus until every call is answered or the deadline passes; false on timeout.
    bool wait(const std::vector<Call*>& calls) {
        for (;;) {
            if (std::all_of(calls.begin(), calls.end(), [](const Call* c) { return c->done; })) {
                return true;
            }
            const int r = sd_bus_process(m_bus, nullptr);
            if (r < 0) {
                return false;
            }
            if (r > 0) {
                continue;
            }
            const int left = remainingMs(m_deadline);
            if (left <= 0) {
                return false;
            }
            if (sd_bus_wait(m_bus, static_cast<std::uint64_t>(left) * 1000) < 0) {
                return false;
            }
        }
    }

    // The well-known names that the process owns (an application id is one).
    std::vector<std::string> namesOf(pid_t pid) {
        std::vector<std::string> result;
        auto list = start("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                          "ListNames", "");
        if (!wait({list.get()}) || !list->succeeded()) {
            return result;
        }
        std::vector<std::string> names;
        if (sd_bus_message_enter_container(list->reply, 'a', "s") > 0) {
            const char* name = nullptr;
            while (sd_bus_message_read_basic(list->reply, 's', &name) > 0) {
                if (name[0] != ':' && std::strcmp(name, "org.freedesktop.DBus") != 0) {
                    names.emplace_back(name);
                }
            }
        }
        std::vector<std::unique_ptr<Call>> owners;
        std::vector<Call*> pending;
        for (const auto& name : names) {
            owners.push_back(start("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                   "org.freedesktop.DBus", "GetConnectionUnixProcessID", "s",
                                   name.c_str()));
            pending.push_back(owners.back().get());
        }
        wait(pending);
        for (std::size_t i = 0; i < names.size(); ++i) {
            std::uint32_t owner = 0;
            if (owners[i]->succeeded() &&
                sd_bus_message_read_basic(owners[i]->reply, 'u', &owner) > 0 &&
                owner == static_cast<std::uint32_t>(pid)) {
                result.push_back(names[i]);
            }
        }
        return result;
    }

    sd_bus* get() { return m_bus; }

private:
    static int onReply(sd_bus_message* message, void* userdata, sd_bus_error*) {
        auto* call = static_cast<Call*>(userdata);
        call->reply = sd_bus_message_ref(message);
        call->done = true;
        return 0;
    }

    Clock::time_point m_deadline;
    sd_bus* m_bus = nullptr;
};

// GApplication's object path for an application id (g_application's own conversion).
std::optional<std::string> applicationPath(const std::string& id) {
    std::string path = "/";
    for (const char c : id) {
        if (c == '.') {
            path += '/';
        } else if (c == '-') {
            path += '_';
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '_') {
            path += c;
        } else {
            return std::nullopt;
        }
    }
    return path;
}

struct QuitAction {
    std::string name;
    std::string path;
};

std::optional<QuitAction> findQuitAction(Bus& bus, pid_t pid) {
    if (!bus.ok()) {
        return std::nullopt;
    }
    for (const auto& name : bus.namesOf(pid)) {
        const auto path = applicationPath(name);
        if (!path) {
            continue;
        }
        auto describe =
            bus.start(name.c_str(), path->c_str(), "org.gtk.Actions", "Describe", "s", "quit");
        if (!bus.wait({describe.get()}) || !describe->succeeded()) {
            continue;
        }
        // (bgav): enabled, parameter type, state.
        int enabled = 0;
        const char* parameterType = nullptr;
        if (sd_bus_message_enter_container(describe->reply, 'r', "bgav") > 0 &&
            sd_bus_message_read(describe->reply, "bg", &enabled, &parameterType) >= 0 &&
            enabled != 0 && parameterType != nullptr && parameterType[0] == '\0') {
            return QuitAction{name, *path};
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// The helper, for another user's applications

enum class Access { InProcess, Helper, None };

Access accessFor(const PoliteCloseTarget& target, bool busToo) {
    // Most processes a session stops are daemons or console programs without a display: no
    // helper is started for them.
    const auto display = envValue(target.environment, "DISPLAY");
    if ((!display || display->empty()) &&
        (!busToo || sessionBusAddress(target.environment).empty())) {
        return Access::None;
    }
    const uid_t self = ::geteuid();
    if (self == target.uid) {
        return Access::InProcess;
    }
    return self == 0 ? Access::Helper : Access::None;
}

std::string directoryOf(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string{} : path.substr(0, slash);
}

// A helper that another user may run on root's behalf must not be one that a third user could
// have replaced.
bool trustedHelper(const std::string& path, uid_t targetUid) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0111) != 0 &&
           (st.st_uid == 0 || st.st_uid == targetUid) && (st.st_mode & 0022) == 0;
}

std::optional<std::string> findHelper(uid_t targetUid) {
    std::vector<std::string> directories;
    if (const char* dir = std::getenv("RESTARTMANAGER_HELPER_DIR"); dir != nullptr && *dir) {
        directories.emplace_back(dir);
    }
    char self[4096];
    if (const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1); n > 0) {
        directories.push_back(directoryOf(std::string(self, static_cast<std::size_t>(n))));
    }
    if (*RM_POLITE_CLOSE_HELPER_DIR != '\0') {
        directories.emplace_back(RM_POLITE_CLOSE_HELPER_DIR);
    }
    for (const auto& directory : directories) {
        const auto path = directory + "/" + kHelperName;
        if (::access(path.c_str(), X_OK) == 0) {
            if (trustedHelper(path, targetUid)) {
                return path;
            }
            log::core()->warn("polite close: {} is writable by others or owned by another user; "
                              "not running it",
                              path);
        }
    }
    return std::nullopt;
}

std::vector<gid_t> groupsOf(uid_t uid, gid_t gid) {
    std::vector<gid_t> groups;
    passwd pw{};
    passwd* found = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwuid_r(uid, &pw, buffer.data(), buffer.size(), &found) == 0 && found != nullptr) {
        int count = 64;
        groups.resize(static_cast<std::size_t>(count));
        if (::getgrouplist(pw.pw_name, gid, groups.data(), &count) < 0) {
            groups.resize(static_cast<std::size_t>(count));
            ::getgrouplist(pw.pw_name, gid, groups.data(), &count);
        }
        groups.resize(static_cast<std::size_t>(std::max(count, 0)));
    }
    if (groups.empty()) {
        groups.push_back(gid);
    }
    return groups;
}

// Runs `rm-polite-close COMMAND PID` as the target's user; its answer lines, split into fields.
std::optional<std::vector<std::vector<std::string>>> runHelper(const PoliteCloseTarget& target,
                                                               const char* command) {
    const auto helper = findHelper(target.uid);
    if (!helper) {
        log::core()->warn("polite close: {} not found; applications of uid {} get SIGTERM",
                          kHelperName, target.uid);
        return std::nullopt;
    }
    std::vector<std::string> argvStrings{*helper, command, std::to_string(target.pid)};
    std::vector<std::string> envStrings;
    for (const char* name : {"DISPLAY", "XAUTHORITY", "WAYLAND_DISPLAY", "HOME"}) {
        if (auto value = envValue(target.environment, name)) {
            envStrings.push_back(std::string{name} + "=" + *value);
        }
    }
    if (const auto bus = sessionBusAddress(target.environment); !bus.empty()) {
        envStrings.push_back("DBUS_SESSION_BUS_ADDRESS=" + bus);
    }
    std::vector<char*> argv;
    for (auto& a : argvStrings) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (auto& e : envStrings) {
        envp.push_back(e.data());
    }
    envp.push_back(nullptr);
    // NSS is not safe between fork and exec in a process with threads.
    const auto groups = groupsOf(target.uid, target.gid);

    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0) {
        return std::nullopt;
    }
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(out[0]);
        ::close(out[1]);
        return std::nullopt;
    }
    if (child == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        const int devNull = ::open("/dev/null", O_RDWR);
        if (devNull >= 0) {
            ::dup2(devNull, STDIN_FILENO);
            ::dup2(devNull, STDERR_FILENO);
        }
        // Nothing of root's may reach the user's process: not a descriptor without O_CLOEXEC
        // that another thread opened, not a blocked signal.
        ::close_range(3, ~0U, 0);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::signal(SIGPIPE, SIG_DFL);
        if (::setgroups(groups.size(), groups.data()) != 0 ||
            ::setresgid(target.gid, target.gid, target.gid) != 0 ||
            ::setresuid(target.uid, target.uid, target.uid) != 0) {
            ::_exit(126);
        }
        if (::chdir("/") != 0) {
            ::_exit(126);
        }
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(out[1]);

    const auto deadline = Clock::now() + kHelperBudget;
    std::string output;
    bool complete = false;
    for (;;) {
        pollfd pfd{out[0], POLLIN, 0};
        const int left = remainingMs(deadline);
        if (left <= 0) {
            break;
        }
        const int r = ::poll(&pfd, 1, left);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r <= 0) {
            break;
        }
        char chunk[65536];
        const ssize_t n = ::read(out[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            complete = n == 0;
            break;
        }
        output.append(chunk, static_cast<std::size_t>(n));
        if (output.size() > kHelperOutputLimit) {
            break;
        }
    }
    ::close(out[0]);
    if (!complete) {
        ::kill(child, SIGKILL);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (!complete || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        log::core()->warn("polite close: {} for PID {} (uid {}) {}", kHelperName, target.pid,
                          target.uid,
                          !complete ? std::string{"did not finish in time"}
                                    : "failed with status " + std::to_string(status));
        return std::nullopt;
    }
    std::vector<std::vector<std::string>> lines;
    std::size_t begin = 0;
    while (begin < output.size()) {
        auto end = output.find('\n', begin);
        if (end == std::string::npos) {
            end = output.size();
        }
        auto fields = protocol::parseLine(std::string_view{output}.substr(begin, end - begin));
        if (!fields) {
            log::core()->warn("polite close: {} answered a malformed line", kHelperName);
            return std::nullopt;
        }
        lines.push_back(std::move(*fields));
        begin = end + 1;
    }
    return lines;
}

std::optional<CloseMethod> helperMethod(const PoliteCloseTarget& target, const char* command) {
    const auto lines = runHelper(target, command);
    if (!lines) {
        return std::nullopt;
    }
    for (const auto& fields : *lines) {
        CloseMethod method{};
        if (fields.size() == 2 && fields[0] == "method" &&
            polite_close_detail::parseMethod(fields[1], method)) {
            return method;
        }
    }
    log::core()->warn("polite close: {} gave no answer for PID {}", kHelperName, target.pid);
    return std::nullopt;
}

} // namespace

const char* closeMethodName(CloseMethod method) {
    switch (method) {
    case CloseMethod::Windows:
        return "Windows";
    case CloseMethod::ApplicationQuit:
        return "ApplicationQuit";
    case CloseMethod::Signal:
        break;
    }
    return "Signal";
}

namespace polite_close_detail {

WindowDetails localWindowDetails(const PoliteCloseTarget& target) {
    Display display{target.environment};
    auto details = display.details(display.windowsOf(target.pid));
    if (display.timedOut()) {
        log::core()->debug("polite close: the display of PID {} did not answer in time",
                           target.pid);
    }
    return details;
}

CloseMethod localCloseMethod(const PoliteCloseTarget& target) {
    {
        Display display{target.environment};
        const auto windows = display.windowsOf(target.pid);
        if (std::any_of(windows.begin(), windows.end(),
                        [](const auto& w) { return w.acceptsDelete; })) {
            return CloseMethod::Windows;
        }
    }
    Bus bus{sessionBusAddress(target.environment)};
    return findQuitAction(bus, target.pid) ? CloseMethod::ApplicationQuit : CloseMethod::Signal;
}

CloseMethod localAskToClose(const PoliteCloseTarget& target) {
    {
        Display display{target.environment};
        if (display.askToClose(display.windowsOf(target.pid))) {
            log::core()->info("polite close: asked PID {} to close its windows", target.pid);
            return CloseMethod::Windows;
        }
    }
    Bus bus{sessionBusAddress(target.environment)};
    const auto action = findQuitAction(bus, target.pid);
    if (!action) {
        return CloseMethod::Signal;
    }
    auto activate = bus.start(action->name.c_str(), action->path.c_str(), "org.gtk.Actions",
                              "Activate", "sava{sv}", "quit", 0, 0);
    // An action that asks the user before quitting may answer only after the deadline; the
    // request went out all the same (the wait writes it first), so no answer still counts as
    // asked. sd_bus_flush is not used: on a stalled bus it would wait without a deadline.
    if (bus.wait({activate.get()}) && !activate->succeeded()) {
        log::core()->info("polite close: {} refused its quit action", action->name);
        return CloseMethod::Signal;
    }
    log::core()->info("polite close: asked PID {} ({}) to quit", target.pid, action->name);
    return CloseMethod::ApplicationQuit;
}

CloseAssessment localAssess(const PoliteCloseTarget& target) {
    CloseAssessment assessment;
    {
        Display display{target.environment};
        const auto windows = display.windowsOf(target.pid);
        assessment.details = display.details(windows);
        if (std::any_of(windows.begin(), windows.end(),
                        [](const auto& w) { return w.acceptsDelete; })) {
            assessment.method = CloseMethod::Windows;
            return assessment;
        }
    }
    Bus bus{sessionBusAddress(target.environment)};
    assessment.method =
        findQuitAction(bus, target.pid) ? CloseMethod::ApplicationQuit : CloseMethod::Signal;
    return assessment;
}

std::string formatDetails(const WindowDetails& details) {
    std::string icon;
    icon.reserve(details.iconArgb.size() * 8);
    static constexpr char kHex[] = "0123456789abcdef";
    for (const std::uint32_t pixel : details.iconArgb) {
        for (int shift = 28; shift >= 0; shift -= 4) {
            icon += kHex[(pixel >> shift) & 0xF];
        }
    }
    return protocol::formatLine({"details", details.hasWindow ? "1" : "0", details.title,
                                 std::to_string(details.iconWidth),
                                 std::to_string(details.iconHeight), icon});
}

bool parseDetails(const std::vector<std::string>& fields, WindowDetails& details) {
    if (fields.size() != 6 || fields[0] != "details" || (fields[1] != "0" && fields[1] != "1")) {
        return false;
    }
    auto number = [](const std::string& text, std::uint32_t& value) {
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        return ec == std::errc{} && end == text.data() + text.size() && value <= kIconMaxSide;
    };
    WindowDetails parsed;
    parsed.hasWindow = fields[1] == "1";
    parsed.title = fields[2].substr(0, kTitleLimit);
    if (!number(fields[3], parsed.iconWidth) || !number(fields[4], parsed.iconHeight)) {
        return false;
    }
    const std::string& icon = fields[5];
    const std::size_t pixels = static_cast<std::size_t>(parsed.iconWidth) * parsed.iconHeight;
    if (icon.size() != pixels * 8) {
        return false;
    }
    parsed.iconArgb.resize(pixels);
    for (std::size_t i = 0; i < pixels; ++i) {
        std::uint32_t value = 0;
        const auto [end, ec] =
            std::from_chars(icon.data() + i * 8, icon.data() + i * 8 + 8, value, 16);
        if (ec != std::errc{} || end != icon.data() + i * 8 + 8) {
            return false;
        }
        parsed.iconArgb[i] = value;
    }
    details = std::move(parsed);
    return true;
}

bool parseMethod(const std::string& name, CloseMethod& method) {
    for (const auto candidate :
         {CloseMethod::Windows, CloseMethod::ApplicationQuit, CloseMethod::Signal}) {
        if (name == closeMethodName(candidate)) {
            method = candidate;
            return true;
        }
    }
    return false;
}

} // namespace polite_close_detail

WindowDetails windowDetails(const PoliteCloseTarget& target) {
    switch (accessFor(target, false)) {
    case Access::InProcess:
        return polite_close_detail::localWindowDetails(target);
    case Access::Helper:
        if (const auto lines = runHelper(target, "details")) {
            for (const auto& fields : *lines) {
                WindowDetails details;
                if (polite_close_detail::parseDetails(fields, details)) {
                    return details;
                }
            }
        }
        return {};
    case Access::None:
        break;
    }
    return {};
}

CloseMethod closeMethod(const PoliteCloseTarget& target) {
    switch (accessFor(target, true)) {
    case Access::InProcess:
        return polite_close_detail::localCloseMethod(target);
    case Access::Helper:
        return helperMethod(target, "method").value_or(CloseMethod::Signal);
    case Access::None:
        break;
    }
    return CloseMethod::Signal;
}

CloseAssessment assess(const PoliteCloseTarget& target) {
    switch (accessFor(target, true)) {
    case Access::InProcess:
        return polite_close_detail::localAssess(target);
    case Access::Helper:
        if (const auto lines = runHelper(target, "assess")) {
            CloseAssessment assessment;
            bool haveDetails = false;
            bool haveMethod = false;
            for (const auto& fields : *lines) {
                haveDetails =
                    haveDetails || polite_close_detail::parseDetails(fields, assessment.details);
                haveMethod =
                    haveMethod || (fields.size() == 2 && fields[0] == "method" &&
                                   polite_close_detail::parseMethod(fields[1], assessment.method));
            }
            if (haveDetails && haveMethod) {
                return assessment;
            }
        }
        return {};
    case Access::None:
        break;
    }
    return {};
}

CloseMethod askToClose(const PoliteCloseTarget& target) {
    switch (accessFor(target, true)) {
    case Access::InProcess:
        return polite_close_detail::localAskToClose(target);
    case Access::Helper:
        return helperMethod(target, "close").value_or(CloseMethod::Signal);
    case Access::None:
        break;
    }
    log::core()->debug("polite close: nothing can ask PID {} (no display or bus, or uid {} is "
                       "neither this process's nor is this process root)",
                       target.pid, target.uid);
    return CloseMethod::Signal;
}

} // namespace rm
