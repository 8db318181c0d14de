#include "core/private/process_details.h"

#include <array>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <string_view>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace rm {
namespace {

bool readAll(int dirFd, const char* name, std::string& out, std::size_t limit = 1 << 22) {
    out.clear();
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0 || out.size() > limit) {
            ::close(fd);
            return n == 0 || out.size() > limit;
        }
        out.append(buffer, static_cast<std::size_t>(n));
    }
}

// Reads a /proc file that the kernel makes as one record (stat, status, sessionid, cgroup: one
// show() of a single_open seq_file, or a simple buffer): one read with room to spare returns all
// of it, so the read that would only say "end of file" is skipped. Larger ones are read on.
bool readRecord(int dirFd, const char* name, std::string& out) {
    out.clear();
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    char buffer[16384];
    ssize_t n = 0;
    do {
        n = ::read(fd, buffer, sizeof buffer);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        ::close(fd);
        return false;
    }
    out.assign(buffer, static_cast<std::size_t>(n));
    if (static_cast<std::size_t>(n) < sizeof buffer) {
        ::close(fd);
        return true;
    }
    ::close(fd);
    return readAll(dirFd, name, out);
}

std::string readLink(int dirFd, const char* name) {
    std::array<char, 4096> buffer{};
    const ssize_t n = ::readlinkat(dirFd, name, buffer.data(), buffer.size() - 1);
    return n > 0 ? std::string(buffer.data(), static_cast<std::size_t>(n)) : std::string{};
}

std::string_view lineStartingWith(std::string_view text, std::string_view prefix) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto nl = text.find('\n', pos);
        const auto line =
            text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        if (line.starts_with(prefix)) {
            return line.substr(prefix.size());
        }
        if (nl == std::string_view::npos) {
            break;
        }
        pos = nl + 1;
    }
    return {};
}

// Number of whitespace-separated fields.
std::size_t countFields(std::string_view text) {
    std::size_t count = 0;
    bool inField = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\t';
        if (!space && !inField) {
            ++count;
        }
        inField = !space;
    }
    return count;
}

// What the mapped libraries say of a process's display: one pass over the maps lines, looking
// only at file names that start with "lib". A GUI toolkit means an application that shows
// windows. A bare X11 or Wayland client library does not: every program that links a library
// that can talk to a display maps it (ffmpeg's libavdevice, ImageMagick, the Restart Manager's
// own clients once they have looked at a display), so only its windows can tell.
struct MappedDisplayLibraries {
    bool toolkit = false;
    bool displayClient = false;
};

MappedDisplayLibraries mappedDisplayLibraries(std::string_view maps) {
    // Prefixes of the libraries' file names (sonames, also versioned ones like libtk8.6.so).
    static constexpr std::array<std::string_view, 24> kToolkits = {
        "libgtk-3.so",      "libgtk-4.so",      "libgtk-x11-2.0.so",
        "libQt6Gui.so",     "libQt5Gui.so",     "libQtGui.so",
        "libtk8.",          "libtcl9tk",        "libSDL2-2.0.so",
        "libSDL-1.2.so",    "libSDL3.so",       "libfltk",
        "libwx_gtk",        "libwx_qt",         "libwx_x11",
        "libelementary.so", "libecore_evas.so", "libXm.so",
        "libXaw",           "libXt.so",         "libglfw.so",
        "libawt_xawt.so",   "libFOX-",          "libgnustep-gui.so"};
    static constexpr std::array<std::string_view, 3> kDisplayClients = {"libxcb.so", "libX11.so",
                                                                        "libwayland-client.so"};
    MappedDisplayLibraries found;
    while (!maps.empty() && !found.toolkit) {
        const auto nl = maps.find('\n');
        const auto line = maps.substr(0, nl);
        maps = nl == std::string_view::npos ? std::string_view{} : maps.substr(nl + 1);
        const auto slash = line.rfind('/');
        if (slash == std::string_view::npos) {
            continue;
        }
        const auto name = line.substr(slash + 1);
        if (!name.starts_with("lib")) {
            continue;
        }
        for (const auto toolkit : kToolkits) {
            if (name.starts_with(toolkit)) {
                found.toolkit = true;
            }
        }
        if (!found.displayClient) {
            for (const auto client : kDisplayClients) {
                if (name.starts_with(client)) {
                    found.displayClient = true;
                }
            }
        }
    }
    return found;
}

// The status fields the details need, from one pass over its lines.
struct StatusFields {
    std::string_view uid;   // "1000\t1000\t1000\t1000"
    std::string_view gid;   // the same for groups
    std::string_view nspid; // one PID per nested PID namespace
};

StatusFields statusFields(std::string_view status) {
    StatusFields fields;
    while (!status.empty()) {
        const auto nl = status.find('\n');
        const auto line = status.substr(0, nl);
        status = nl == std::string_view::npos ? std::string_view{} : status.substr(nl + 1);
        if (line.starts_with("Uid:")) {
            fields.uid = line.substr(4);
        } else if (line.starts_with("Gid:")) {
            fields.gid = line.substr(4);
        } else if (line.starts_with("NSpid:")) {
            fields.nspid = line.substr(6);
            break; // after Uid and Gid in every kernel's status
        }
    }
    return fields;
}

// Takes the next whitespace-separated decimal number off the front of `text`.
std::optional<unsigned long> takeNumber(std::string_view& text) {
    const auto start = text.find_first_not_of(" \t");
    if (start == std::string_view::npos) {
        return std::nullopt;
    }
    text.remove_prefix(start);
    unsigned long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{}) {
        return std::nullopt;
    }
    text.remove_prefix(static_cast<std::size_t>(end - text.data()));
    return value;
}

std::size_t ownNspidDepth() {
    static const std::size_t depth = [] {
        std::string status;
        readAll(AT_FDCWD, "/proc/self/status", status);
        return countFields(statusFields(status).nspid);
    }();
    return depth;
}

// PIDFD_GET_INFO (Linux 6.13), spelt out here: Debian 12's kernel headers predate it. The ioctl
// is extensible: the kernel takes any size from its first version's 64 bytes on, and fills what
// that size holds.
struct PidfdInfo {
    std::uint64_t mask = 0;
    std::uint64_t cgroupId = 0;
    std::uint32_t pid = 0;
    std::uint32_t tgid = 0;
    std::uint32_t ppid = 0;
    std::uint32_t ruid = 0;
    std::uint32_t rgid = 0;
    std::uint32_t euid = 0;
    std::uint32_t egid = 0;
    std::uint32_t suid = 0;
    std::uint32_t sgid = 0;
    std::uint32_t fsuid = 0;
    std::uint32_t fsgid = 0;
    std::uint32_t spare = 0;
};
static_assert(sizeof(PidfdInfo) == 64);
constexpr unsigned long kPidfdGetInfo = _IOWR(0xFF, 11, PidfdInfo);
constexpr std::uint64_t kPidfdInfoCreds = 1U << 1;
constexpr std::uint64_t kPidfdInfoCgroupId = 1U << 2;

// Set once a kernel has said that it has no PIDFD_GET_INFO (or no pidfd_open): not asked again.
std::atomic<bool> g_noPidfdInfo{false};

// The credentials and the cgroup ID of process `pid`, through a pidfd; nullopt when this kernel
// cannot tell or the process is gone. The caller checks afterwards, through its /proc handle, that
// the process it means was still there: then the pidfd, opened by number, was of that process.
std::optional<PidfdInfo> pidfdInfoOf(pid_t pid) {
    if (g_noPidfdInfo.load(std::memory_order_relaxed)) {
        return std::nullopt;
    }
    const int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
    if (pidfd < 0) {
        if (errno == ENOSYS) {
            g_noPidfdInfo.store(true, std::memory_order_relaxed);
        }
        return std::nullopt;
    }
    PidfdInfo info;
    info.mask = kPidfdInfoCreds | kPidfdInfoCgroupId;
    const int rc = ::ioctl(pidfd, kPidfdGetInfo, &info);
    const int error = errno;
    ::close(pidfd);
    if (rc != 0) {
        if (error == ENOTTY || error == EINVAL || error == EOPNOTSUPP) {
            g_noPidfdInfo.store(true, std::memory_order_relaxed);
        }
        return std::nullopt;
    }
    if ((info.mask & kPidfdInfoCreds) == 0) {
        return std::nullopt;
    }
    return info;
}

// The link that names a process's PID namespace ("pid:[4026531836]"); empty when unreadable.
std::string pidNamespaceLink(int dirFd, const char* name) {
    std::array<char, 64> buffer{};
    const ssize_t n = ::readlinkat(dirFd, name, buffer.data(), buffer.size());
    return n > 0 && static_cast<std::size_t>(n) < buffer.size()
               ? std::string(buffer.data(), static_cast<std::size_t>(n))
               : std::string{};
}

const std::string& ownPidNamespaceLink() {
    static const std::string link = pidNamespaceLink(AT_FDCWD, "/proc/self/ns/pid");
    return link;
}

// Whether the cgroup path that cgroupPathOf takes from /proc/PID/cgroup's text is cgroup v2's
// (its "0::" line; with cgroup v1 beside it too): the hierarchy whose cgroup ID a pidfd gives.
bool cgroupPathIsV2(std::string_view text) {
    return !lineStartingWith(text, "0::").empty();
}

void setCgroup(ProcessDetails& details, std::string cgroup) {
    details.cgroup = std::move(cgroup);
    details.systemServiceUnit = systemServiceOfCgroup(details.cgroup);
    details.inContainer = isContainerCgroup(details.cgroup);
}

DWORD parseLoginSession(const std::string& text) {
    if (text.empty()) {
        return RM_INVALID_TS_SESSION;
    }
    char* end = nullptr;
    const unsigned long value = std::strtoul(text.c_str(), &end, 10);
    return end != text.c_str() ? static_cast<DWORD>(value) : RM_INVALID_TS_SESSION;
}

} // namespace

bool pidfdInfoAvailable() {
    static const bool available = pidfdInfoOf(::getpid()).has_value();
    return available;
}

std::string cgroupPathOf(const std::string& procCgroup) {
    const std::string_view text{procCgroup};
    if (const auto v2 = lineStartingWith(text, "0::"); !v2.empty()) {
        return std::string{v2};
    }
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto nl = text.find('\n', pos);
        const auto line =
            text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        const auto first = line.find(':');
        const auto second = line.find(':', first + 1);
        if (first != std::string_view::npos && second != std::string_view::npos &&
            line.substr(first + 1, second - first - 1) == "name=systemd") {
            return std::string{line.substr(second + 1)};
        }
        if (nl == std::string_view::npos) {
            break;
        }
        pos = nl + 1;
    }
    return {};
}

std::string systemServiceOfCgroup(const std::string& cgroup) {
    constexpr std::string_view kSystemSlice = "/system.slice/";
    if (!std::string_view{cgroup}.starts_with(kSystemSlice)) {
        return {};
    }
    const auto rest = std::string_view{cgroup}.substr(kSystemSlice.size());
    const auto unit = rest.substr(0, rest.find('/'));
    return unit.ends_with(".service") ? std::string{unit} : std::string{};
}

bool isContainerCgroup(const std::string& cgroup) {
    static constexpr std::array<std::string_view, 8> kMarkers = {
        "/docker-",        "/docker/",  "/libpod-",    "/lxc",
        "/machine.slice/", "/kubepods", "/containerd", "/podman"};
    for (const auto marker : kMarkers) {
        if (cgroup.find(marker) != std::string::npos) {
            return true;
        }
    }
    return false;
}

bool systemUnitIsScopeOrInstance(std::string_view cgroup) {
    while (!cgroup.empty()) {
        const auto slash = cgroup.find('/');
        const auto component = cgroup.substr(0, slash);
        cgroup = slash == std::string_view::npos ? std::string_view{} : cgroup.substr(slash + 1);
        if (component.ends_with(".scope")) {
            return true;
        }
        if (component.ends_with(".service")) {
            return component.find('@') != std::string_view::npos;
        }
    }
    return false;
}

DWORD currentLoginSession() {
    std::string text;
    readAll(AT_FDCWD, "/proc/self/sessionid", text);
    return parseLoginSession(text);
}

std::optional<ProcessDetails> readProcessDetails(pid_t pid, std::uint64_t startTicks) {
    char path[32];
    std::snprintf(path, sizeof path, "/proc/%d", static_cast<int>(pid));
    const int dirFd = ::open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        return std::nullopt;
    }
    auto details = readProcessDetailsAt(dirFd, pid, startTicks);
    ::close(dirFd);
    return details;
}

std::vector<std::string> readProcessEnvironment(pid_t pid, std::uint64_t startTicks) {
    std::vector<std::string> environment;
    char path[32];
    std::snprintf(path, sizeof path, "/proc/%d", static_cast<int>(pid));
    const int dirFd = ::open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        return environment;
    }
    std::string text;
    // Read through the directory handle, then checked: a reused PID yields nothing.
    if (readAll(dirFd, "environ", text) && readProcessDetailsAt(dirFd, pid, startTicks)) {
        std::size_t start = 0;
        while (start < text.size()) {
            const auto end = text.find('\0', start);
            environment.push_back(text.substr(start, end - start));
            if (end == std::string::npos) {
                break;
            }
            start = end + 1;
        }
    }
    ::close(dirFd);
    return environment;
}

std::optional<std::string> environmentValue(const std::vector<std::string>& environment,
                                            std::string_view name) {
    for (const auto& entry : environment) {
        if (entry.size() > name.size() && entry[name.size()] == '=' &&
            std::string_view{entry}.substr(0, name.size()) == name) {
            return entry.substr(name.size() + 1);
        }
    }
    return std::nullopt;
}

std::optional<ProcessDetails> readProcessDetailsAt(int dirFd, pid_t pid, std::uint64_t startTicks,
                                                   const KnownProcessFacts& known,
                                                   bool fromFdDirectory) {
    // "status", or "../status" from the fd directory.
    const auto at = [fromFdDirectory](const char* name) {
        return fromFdDirectory ? std::string{"../"} + name : std::string{name};
    };
    ProcessDetails details;
    details.pid = pid;
    std::string text;
    auto stat = known.stat;
    if (!stat) {
        if (!readRecord(dirFd, at("stat").c_str(), text)) {
            return std::nullopt;
        }
        stat = text;
    }
    const std::string_view statText = *stat;
    const auto open = statText.find('(');
    const auto close = statText.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
        close + 2 > statText.size()) {
        return std::nullopt;
    }
    details.name = statText.substr(open + 1, close - open - 1);
    {
        // Fields after ')': 3 state, 4 ppid, 5 pgrp, 6 session, 7 tty_nr, ... 9 flags ... 22 start.
        std::string_view rest = statText.substr(close + 2);
        std::array<std::string_view, 20> fields{};
        for (auto& field : fields) {
            const auto space = rest.find(' ');
            field = rest.substr(0, space);
            rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
        }
        const auto number = [](std::string_view f) {
            long long value = 0; // tty_nr is signed; the rest are never negative
            std::from_chars(f.data(), f.data() + f.size(), value);
            return value;
        };
        if (fields[0] == "Z" || fields[0] == "X") {
            return std::nullopt; // exited, waiting to be reaped
        }
        details.parentPid = static_cast<pid_t>(number(fields[1]));
        details.hasTerminal = number(fields[4]) != 0;
        constexpr long long kPfKthread = 0x00200000;
        details.kernelThread = (number(fields[6]) & kPfKthread) != 0;
        std::from_chars(fields[19].data(), fields[19].data() + fields[19].size(),
                        details.startTicks);
    }
    if (details.startTicks != startTicks) {
        return std::nullopt;
    }
    // The pidfd way needs the caller's memo (a scan's), and the process's PID namespace checked
    // through the /proc handle after the pidfd was opened (which also shows that the pidfd is of
    // this process: it was still there).
    std::optional<PidfdInfo> info;
    if (known.memo != nullptr && known.pidfdInfo) {
        info = pidfdInfoOf(pid);
    }
    std::string pidNamespace;
    if (info) {
        pidNamespace = pidNamespaceLink(dirFd, at("ns/pid").c_str());
        if (pidNamespace.empty() || ownPidNamespaceLink().empty()) {
            info.reset();
        }
    }
    if (info) {
        details.realUid = info->ruid;
        details.effectiveUid = info->euid;
        details.savedUid = info->suid;
        details.realGid = info->rgid;
        details.inOtherPidNamespace = pidNamespace != ownPidNamespaceLink();
    } else if (readRecord(dirFd, at("status").c_str(), text)) {
        auto fields = statusFields(text);
        const auto real = takeNumber(fields.uid);
        const auto effective = takeNumber(fields.uid);
        const auto saved = takeNumber(fields.uid);
        if (real && effective && saved) {
            details.realUid = static_cast<uid_t>(*real);
            details.effectiveUid = static_cast<uid_t>(*effective);
            details.savedUid = static_cast<uid_t>(*saved);
        }
        if (const auto gid = takeNumber(fields.gid)) {
            details.realGid = static_cast<gid_t>(*gid);
        }
        details.inOtherPidNamespace = countFields(fields.nspid) > ownNspidDepth();
    }
    // Maps names the executable's file as the link does, but escapes a newline as "\012" (and
    // leaves a backslash as it is): a path with a backslash is read from the link.
    if (known.executable && !known.executable->empty() &&
        known.executable->find('\\') == std::string_view::npos) {
        details.executable = *known.executable;
    } else {
        details.executable = readLink(dirFd, at("exe").c_str());
    }
    if (const auto deleted = details.executable.rfind(" (deleted)");
        deleted != std::string::npos && deleted + 10 == details.executable.size()) {
        details.executable.resize(deleted);
    }
    if (readRecord(dirFd, at("sessionid").c_str(), text)) {
        details.loginSession = parseLoginSession(text);
    }
    // A pidfd's cgroup ID means a memo: `info` is only read with one.
    const bool byCgroupId = info && (info->mask & kPidfdInfoCgroupId) != 0;
    const DetailsMemo::CgroupFacts* remembered = nullptr;
    if (byCgroupId) {
        if (const auto it = known.memo->cgroups.find(info->cgroupId);
            it != known.memo->cgroups.end()) {
            remembered = &it->second;
        }
    }
    if (remembered != nullptr) {
        details.cgroup = remembered->cgroup;
        details.systemServiceUnit = remembered->systemServiceUnit;
        details.inContainer = remembered->inContainer;
    } else if (readRecord(dirFd, at("cgroup").c_str(), text)) {
        setCgroup(details, cgroupPathOf(text));
        // Remembered for the cgroup ID only if the process was in that cgroup before and after
        // the text was read (it may move between cgroups at any time), and still there after
        // the second look (the second pidfd, opened by number too, was of this process).
        if (byCgroupId && cgroupPathIsV2(text)) {
            const auto again = pidfdInfoOf(pid);
            if (again && (again->mask & kPidfdInfoCgroupId) != 0 &&
                again->cgroupId == info->cgroupId &&
                !pidNamespaceLink(dirFd, at("ns/pid").c_str()).empty()) {
                known.memo->cgroups.try_emplace(info->cgroupId,
                                                DetailsMemo::CgroupFacts{details.cgroup,
                                                                         details.systemServiceUnit,
                                                                         details.inContainer});
            }
        }
    }
    MappedDisplayLibraries libraries;
    if (known.maps) {
        libraries = mappedDisplayLibraries(*known.maps);
    } else if (readAll(dirFd, at("maps").c_str(), text)) {
        libraries = mappedDisplayLibraries(text);
    }
    details.graphical = libraries.toolkit;
    details.displayClient = libraries.displayClient || libraries.toolkit;
    if (details.name == "dbus-daemon" || details.name == "dbus-broker") {
        if (readAll(dirFd, at("cmdline").c_str(), text)) {
            for (auto& c : text) {
                c = c == '\0' ? ' ' : c;
            }
            details.systemBus = text.find("--system") != std::string::npos ||
                                text.find("/run/dbus/system_bus_socket") != std::string::npos;
        }
    }
    return details;
}

} // namespace rm
