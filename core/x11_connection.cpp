#include "core/private/x11_connection.h"

#include "core/log.h"
#include "core/private/process_details.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <condition_variable>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

namespace rm {

// libxcb waits for the server without a timeout, in the connection setup as in every reply. At
// the deadline this shuts the socket down, so every wait ends and the connection turns to error.
class SocketWatchdog {
public:
    // Its own duplicate of the socket: libxcb closes its descriptor on a failed setup, and the
    // number may then name someone else's file before the watchdog is gone.
    SocketWatchdog(int fd, SteadyClock::time_point deadline)
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

namespace {

bool connectBefore(int fd, const sockaddr* address, socklen_t length,
                   SteadyClock::time_point deadline) {
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

int connectUnix(int display, SteadyClock::time_point deadline) {
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
int connectTcp(const std::string& host, int display, SteadyClock::time_point deadline,
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
                address = localHostName();
            } else {
                family = 0;
                address.assign(reinterpret_cast<const char*>(&in->sin_addr), 4);
            }
        } else {
            const auto* in6 = reinterpret_cast<const sockaddr_in6*>(ai->ai_addr);
            if (IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr)) {
                family = 256;
                address = localHostName();
            } else {
                family = 6;
                address.assign(reinterpret_cast<const char*>(&in6->sin6_addr), 16);
            }
        }
    }
    ::freeaddrinfo(found);
    return result;
}

} // namespace

std::string localHostName() {
    char buffer[256] = {};
    if (::gethostname(buffer, sizeof buffer - 1) != 0) {
        return {};
    }
    return buffer;
}

namespace x11_detail {

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

} // namespace x11_detail

// libxcb writes with writev, so a server that went away (or a socket the watchdog shut down)
// raises SIGPIPE, which would end the caller, an installer. SIGPIPE from a write goes to the
// writing thread: blocked here for the life of the connection, a pending one is then taken.
X11Connection::SigpipeGuard::SigpipeGuard() {
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    sigset_t pending;
    sigpending(&pending);
    m_wasPending = sigismember(&pending, SIGPIPE) == 1;
    pthread_sigmask(SIG_BLOCK, &pipe, &m_old);
}

X11Connection::SigpipeGuard::~SigpipeGuard() {
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

X11Connection::X11Connection(const std::vector<std::string>& environment)
    : m_deadline{SteadyClock::now() + kBudget} {
    const auto name = environmentValue(environment, "DISPLAY");
    if (!name || name->empty()) {
        return;
    }
    m_xcb = xcbLibrary();
    if (m_xcb == nullptr) {
        return;
    }
    char* host = nullptr;
    int display = 0;
    int screen = 0;
    if (m_xcb->parse_display(name->c_str(), &host, &display, &screen) == 0) {
        log::core()->debug("polite close: DISPLAY {} cannot be parsed", *name);
        return;
    }
    const std::string hostText = host != nullptr ? host : "";
    std::free(host);

    std::uint16_t family = 256;
    std::string address;
    int fd = -1;
    if (hostText.empty() || hostText == "unix") {
        address = localHostName();
        fd = connectUnix(display, m_deadline);
    } else {
        fd = connectTcp(hostText, display, m_deadline, family, address);
    }
    if (fd < 0) {
        log::core()->debug("polite close: no X server answers on {}", *name);
        return;
    }
    m_watchdog = std::make_unique<SocketWatchdog>(fd, m_deadline);

    std::optional<x11_detail::Cookie> cookie;
    std::string authority = environmentValue(environment, "XAUTHORITY").value_or("");
    if (authority.empty()) {
        if (const auto home = environmentValue(environment, "HOME"); home && !home->empty()) {
            authority = *home + "/.Xauthority";
        }
    }
    if (!authority.empty()) {
        cookie = x11_detail::findCookie(authority, family, address, std::to_string(display));
    }
    xcb_auth_info_t auth{};
    if (cookie) {
        auth.namelen = static_cast<int>(cookie->name.size());
        auth.name = cookie->name.data();
        auth.datalen = static_cast<int>(cookie->data.size());
        auth.data = cookie->data.data();
    }
    // libxcb owns the socket from here and closes it in xcb_disconnect.
    m_connection = m_xcb->connect_to_fd(fd, cookie ? &auth : nullptr);
    if (m_xcb->connection_has_error(m_connection) != 0) {
        log::core()->debug("polite close: the X server on {} refused or did not answer", *name);
        return;
    }
    const xcb_setup_t* setup = m_xcb->get_setup(m_connection);
    auto roots = m_xcb->setup_roots_iterator(setup);
    for (int i = 0; roots.rem > 0; ++i, m_xcb->screen_next(&roots)) {
        if (i == screen) {
            m_root = roots.data->root;
        }
    }
    m_resourceMask = setup->resource_id_mask;
    m_ok = m_root != XCB_WINDOW_NONE && internAtoms();
}

X11Connection::~X11Connection() {
    m_watchdog.reset();
    if (m_connection != nullptr) {
        m_xcb->disconnect(m_connection);
    }
}

bool X11Connection::ok() const {
    return m_ok && m_xcb->connection_has_error(m_connection) == 0;
}

bool X11Connection::timedOut() const {
    return m_watchdog && m_watchdog->fired();
}

bool X11Connection::internAtoms() {
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
        cookies.push_back(m_xcb->intern_atom(m_connection, 0,
                                             static_cast<std::uint16_t>(std::strlen(name)), name));
    }
    bool all = true;
    for (std::size_t i = 0; i < cookies.size(); ++i) {
        XcbReply<xcb_intern_atom_reply_t> reply{
            m_xcb->intern_atom_reply(m_connection, cookies[i], nullptr)};
        all = all && reply != nullptr;
        *names[i].second = reply ? reply->atom : xcb_atom_t{XCB_ATOM_NONE};
    }
    return all;
}

XcbReply<xcb_get_property_reply_t> X11Connection::property(xcb_window_t window, xcb_atom_t atom,
                                                           xcb_atom_t type,
                                                           std::uint32_t longs) const {
    return XcbReply<xcb_get_property_reply_t>{m_xcb->get_property_reply(
        m_connection, m_xcb->get_property(m_connection, 0, window, atom, type, 0, longs), nullptr)};
}

std::vector<std::uint32_t> X11Connection::cardinals(const xcb_get_property_reply_t* reply) const {
    if (reply == nullptr || reply->format != 32) {
        return {};
    }
    const auto* data = static_cast<const std::uint32_t*>(m_xcb->get_property_value(reply));
    const int count = m_xcb->get_property_value_length(reply) / 4;
    return {data, data + std::max(count, 0)};
}

std::string X11Connection::bytes(const xcb_get_property_reply_t* reply) const {
    if (reply == nullptr || reply->format != 8) {
        return {};
    }
    const auto* data = static_cast<const char*>(m_xcb->get_property_value(reply));
    const int length = m_xcb->get_property_value_length(reply);
    return {data, static_cast<std::size_t>(std::max(length, 0))};
}

} // namespace rm
