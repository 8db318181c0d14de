#include "core/private/process_scanner.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string_view>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>

namespace rm {
namespace {

// Opens and reads a whole small /proc file relative to a directory; empty on failure.
bool readAt(int dirFd, const char* name, std::string& out) {
    out.clear();
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const bool ok = n == 0;
            ::close(fd);
            return ok;
        }
        out.append(buffer, static_cast<std::size_t>(n));
    }
}

// statx that follows the /proc magic links without asking a network file system's server.
bool keyAt(int dirFd, const char* name, FileKey& key, bool* isDirectory = nullptr) {
    struct statx stx {};
    if (::statx(dirFd, name, AT_STATX_DONT_SYNC, STATX_INO | STATX_TYPE, &stx) != 0) {
        return false;
    }
    key = FileKey{makedev(stx.stx_dev_major, stx.stx_dev_minor), stx.stx_ino};
    if (isDirectory != nullptr) {
        *isDirectory = S_ISDIR(stx.stx_mode);
    }
    return true;
}

std::uint64_t parseHex(std::string_view text) {
    std::uint64_t value = 0;
    for (const char c : text) {
        value <<= 4;
        if (c >= '0' && c <= '9') {
            value |= static_cast<std::uint64_t>(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            value |= static_cast<std::uint64_t>(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
            value |= static_cast<std::uint64_t>(c - 'A' + 10);
        }
    }
    return value;
}

std::uint64_t parseDecimal(std::string_view text) {
    std::uint64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            break;
        }
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return value;
}

// Fields of a line separated by runs of spaces.
std::string_view nextField(std::string_view& line) {
    const auto start = line.find_first_not_of(' ');
    if (start == std::string_view::npos) {
        line = {};
        return {};
    }
    line.remove_prefix(start);
    const auto end = line.find(' ');
    const auto field = line.substr(0, end);
    line = end == std::string_view::npos ? std::string_view{} : line.substr(end);
    return field;
}

// /proc/PID/maps: "start-end perms offset major:minor inode path". No stat needed.
// Adds the index of `key`'s path to `found` (kept small: a process uses few registered files).
void note(std::vector<std::uint32_t>& found, const FileKeySet& files, const FileKey& key) {
    const auto index = files.pathIndex(key);
    if (std::find(found.begin(), found.end(), index) == found.end()) {
        found.push_back(index);
    }
}

// Whether the mappings use one of the files; every one they use goes to `found`.
bool mapsUse(const std::string& maps, const FileKeySet& files, std::vector<std::uint32_t>& found) {
    std::string_view rest{maps};
    while (!rest.empty()) {
        const auto nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
        nextField(line); // range
        nextField(line); // perms
        nextField(line); // offset
        const auto dev = nextField(line);
        const auto inode = parseDecimal(nextField(line));
        if (inode == 0) {
            continue;
        }
        const auto colon = dev.find(':');
        if (colon == std::string_view::npos) {
            continue;
        }
        const auto major = static_cast<unsigned>(parseHex(dev.substr(0, colon)));
        const auto minor = static_cast<unsigned>(parseHex(dev.substr(colon + 1)));
        if (const FileKey key{makedev(major, minor), inode}; files.contains(key)) {
            note(found, files, key);
        } else if (files.deletedPaths) {
            // What is left of the line is the path, after the padding: "/usr/bin/x (deleted)"
            // when the file was replaced or removed since it was mapped.
            constexpr std::string_view kDeleted = " (deleted)";
            if (line.ends_with(kDeleted)) {
                const auto start = line.find('/');
                // memfd_create() files are always "deleted"; no registered path names one.
                if (start == std::string_view::npos || line.substr(start).starts_with("/memfd:")) {
                    continue;
                }
                const auto path = line.substr(start, line.size() - start - kDeleted.size());
                if (const auto index = files.deletedPaths->find(path);
                    index && std::find(found.begin(), found.end(), *index) == found.end()) {
                    found.push_back(*index);
                }
            }
        }
    }
    return !found.empty();
}

std::uint64_t startTicksFromStat(const std::string& stat) {
    const auto close = stat.rfind(')');
    if (close == std::string::npos) {
        return 0;
    }
    std::string_view rest{stat};
    rest.remove_prefix(close + 1);
    // Field 3 (state) follows ')'; the start time is field 22.
    for (int field = 3; field < 22; ++field) {
        nextField(rest);
    }
    return parseDecimal(nextField(rest));
}

// /proc/locks: "1: POSIX  ADVISORY  WRITE 1234 08:01:5678 0 EOF" (and "->" for waiters).
struct LockHolder {
    unsigned uses = 0;
    std::vector<std::uint32_t> files;
};

std::unordered_map<pid_t, LockHolder> lockHolders(const std::string& procRoot,
                                                  const FileKeySet& files) {
    std::unordered_map<pid_t, LockHolder> holders;
    const int dir = ::open(procRoot.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0) {
        return holders;
    }
    std::string text;
    readAt(dir, "locks", text);
    ::close(dir);
    std::string_view rest{text};
    while (!rest.empty()) {
        const auto nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
        nextField(line); // "1:"
        auto kind = nextField(line);
        if (kind == "->") {
            kind = nextField(line);
        }
        nextField(line); // ADVISORY / MANDATORY
        nextField(line); // READ / WRITE
        const auto pidText = nextField(line);
        const auto id = nextField(line); // major:minor:inode (hex:hex:decimal)
        if (pidText.empty() || pidText.front() == '-') {
            continue;
        }
        const auto first = id.find(':');
        const auto second = id.find(':', first + 1);
        if (first == std::string_view::npos || second == std::string_view::npos) {
            continue;
        }
        const FileKey key{
            makedev(static_cast<unsigned>(parseHex(id.substr(0, first))),
                    static_cast<unsigned>(parseHex(id.substr(first + 1, second - first - 1)))),
            parseDecimal(id.substr(second + 1))};
        if (files.contains(key)) {
            auto& holder = holders[static_cast<pid_t>(parseDecimal(pidText))];
            holder.uses |= UseLock;
            note(holder.files, files, key);
        }
    }
    return holders;
}

bool isNumber(const char* name) {
    if (*name == '\0') {
        return false;
    }
    for (const char* c = name; *c != '\0'; ++c) {
        if (*c < '0' || *c > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

namespace {

struct StatedPath {
    std::uint32_t index = 0;
    FileKey key;
    bool directory = false;
};

// The keys of paths[first, last). Registered files mostly sit side by side in a few directories:
// each is looked up from its directory, opened once for its run of neighbours, so that the
// kernel walks the directory's path once per run instead of once per file.
std::vector<StatedPath> statPaths(const std::vector<std::string>& paths, std::size_t first,
                                  std::size_t last) {
    std::vector<StatedPath> stated;
    stated.reserve(last - first);
    std::string directory;
    int dirFd = -1;
    for (std::size_t i = first; i < last; ++i) {
        const auto& path = paths[i];
        const auto slash = path.rfind('/');
        const std::string_view base = slash == std::string::npos
                                          ? std::string_view{}
                                          : std::string_view{path}.substr(slash + 1);
        StatedPath entry{static_cast<std::uint32_t>(i), {}, false};
        bool found = false;
        if (slash != std::string::npos && slash > 0 && !base.empty() && base != "." &&
            base != "..") {
            if (dirFd < 0 ||
                std::string_view{directory} != std::string_view{path}.substr(0, slash)) {
                if (dirFd >= 0) {
                    ::close(dirFd);
                }
                directory.assign(path, 0, slash);
                dirFd = ::open(directory.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
            }
            // A directory that cannot be opened: the full path gives the same answer.
            found = dirFd >= 0 ? keyAt(dirFd, path.c_str() + slash + 1, entry.key, &entry.directory)
                               : keyAt(AT_FDCWD, path.c_str(), entry.key, &entry.directory);
        } else {
            found = keyAt(AT_FDCWD, path.c_str(), entry.key, &entry.directory);
        }
        if (found) {
            stated.push_back(entry);
        }
    }
    if (dirFd >= 0) {
        ::close(dirFd);
    }
    return stated;
}

} // namespace

std::optional<std::uint32_t> DeletedPathIndex::find(std::string_view path) const {
    std::call_once(m_built, [this] {
        m_index.reserve(m_paths->size());
        for (std::size_t i = 0; i < m_paths->size(); ++i) {
            m_index.try_emplace((*m_paths)[i], static_cast<std::uint32_t>(i));
        }
    });
    const auto it = m_index.find(path);
    if (it == m_index.end()) {
        return std::nullopt;
    }
    return it->second;
}

FileKeySet fileKeysFor(const std::vector<std::string>& paths) {
    // Thousands of files are stated on two threads; a few are not worth one.
    constexpr std::size_t kPerThread = 1024;
    const std::size_t middle =
        paths.size() >= 2 * kPerThread && std::thread::hardware_concurrency() > 1 ? paths.size() / 2
                                                                                  : paths.size();
    std::vector<StatedPath> second;
    std::thread helper;
    if (middle < paths.size()) {
        helper = std::thread{[&] { second = statPaths(paths, middle, paths.size()); }};
    }
    const std::vector<StatedPath> first = statPaths(paths, 0, middle);
    if (helper.joinable()) {
        helper.join();
    }
    FileKeySet set;
    set.keys.reserve(paths.size());
    if (!paths.empty()) {
        set.deletedPaths = std::make_shared<const DeletedPathIndex>(paths);
    }
    // In the order of the paths, so that a key names the first path that has it.
    const auto add = [&set](const std::vector<StatedPath>& part) {
        for (const auto& entry : part) {
            set.keys.try_emplace(entry.key, entry.index);
            set.hasDirectories = set.hasDirectories || entry.directory;
        }
    };
    add(first);
    add(second);
    return set;
}

namespace {

struct PartialScan {
    std::vector<ProcessUse> users;
    std::vector<pid_t> uninspectable;
    std::size_t scanned = 0;
};

// linux_dirent64, as getdents64(2) fills it.
struct LinuxDirent64 {
    ino64_t d_ino;
    off64_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[1]; // NUL-terminated, d_reclen long in all (no flexible array member in C++)
};

// Calls `each(name, type)` for every entry of an open /proc directory, through getdents64 into
// the caller's buffer: no DIR to allocate per directory, and many entries per system call. Read
// until getdents64 returns 0: a call may stop short of a full buffer before the end (the kernel
// returns early when a signal is pending, e.g. SIGCHLD from a child that exits).
template <class Each> void forEachProcEntry(int dirFd, std::vector<char>& buffer, Each&& each) {
    for (;;) {
        const long n = ::syscall(SYS_getdents64, dirFd, buffer.data(), buffer.size());
        if (n <= 0) {
            return;
        }
        for (long offset = 0; offset < n;) {
            const auto* entry = reinterpret_cast<const LinuxDirent64*>(buffer.data() + offset);
            each(entry->d_name, entry->d_type);
            offset += entry->d_reclen;
        }
    }
}

// Reads a whole /proc file into `out` (its capacity is kept from call to call). A file that the
// kernel makes as one record (`oneRecord`: stat) comes whole in one read that leaves room to
// spare, so the read that would only say "end of file" is skipped.
bool readInto(int dirFd, const char* name, std::string& out, bool oneRecord = false) {
    out.clear();
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    std::size_t size = 0;
    for (;;) {
        if (out.size() - size < 16384) {
            out.resize(std::max<std::size_t>(out.capacity(), size + 65536));
        }
        const ssize_t n = ::read(fd, out.data() + size, out.size() - size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            out.resize(size);
            ::close(fd);
            return n == 0;
        }
        size += static_cast<std::size_t>(n);
        if (oneRecord && size < out.size()) {
            out.resize(size);
            ::close(fd);
            return true;
        }
    }
}

// A worker's buffers, reused for every process it looks at.
struct Buffers {
    std::vector<char> entries = std::vector<char>(32768);
    std::string maps;
    std::string stat;
    std::vector<std::uint32_t> mapped;
};

// Looks at one process through its /proc directory handle. The handle pins the process: if it
// exits, reads through it fail instead of reaching a newcomer with the same PID. (O_PATH: the
// handle is only used to reach the files in it, so the directory itself need not be opened.)
void scanOne(int procFd, pid_t pid, const FileKeySet& files, PartialScan& out, Buffers& buffers) {
    char name[16];
    std::snprintf(name, sizeof name, "%d", static_cast<int>(pid));
    const int dirFd = ::openat(procFd, name, O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        return;
    }
    ++out.scanned;
    unsigned uses = 0;
    std::vector<std::uint32_t> found;
    FileKey key;
    bool hasMemory = true;
    if (keyAt(dirFd, "exe", key)) {
        if (files.contains(key)) {
            uses |= UseExecutable;
            note(found, files, key);
        }
    } else {
        // No executable link: a kernel thread, or a process past the point of its exit where
        // its memory is gone. It maps nothing, and has no descriptors but the kernel's own (a
        // kernel thread) or will have none in a moment (an exiting process).
        hasMemory = errno != ENOENT;
    }
    if (files.hasDirectories) {
        if (keyAt(dirFd, "cwd", key) && files.contains(key)) {
            uses |= UseWorkingDirectory;
            note(found, files, key);
        }
        if (keyAt(dirFd, "root", key) && files.contains(key)) {
            uses |= UseRoot;
            note(found, files, key);
        }
    }
    bool mapsRead = false;
    if (hasMemory) {
        const int fdDirFd = ::openat(dirFd, "fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fdDirFd < 0) {
            if (errno == EACCES || errno == EPERM) {
                out.uninspectable.push_back(pid);
            }
            ::close(dirFd);
            return;
        }
        forEachProcEntry(fdDirFd, buffers.entries, [&](const char* fd, unsigned char) {
            if (fd[0] != '.' && keyAt(fdDirFd, fd, key) && files.contains(key)) {
                uses |= UseOpenFile;
                note(found, files, key);
            }
        });
        ::close(fdDirFd);
        auto& mapped = buffers.mapped;
        mapped.clear();
        mapsRead = readInto(dirFd, "maps", buffers.maps);
        if (mapsRead && mapsUse(buffers.maps, files, mapped)) {
            uses |= UseMapped;
            for (const auto index : mapped) {
                if (std::find(found.begin(), found.end(), index) == found.end()) {
                    found.push_back(index);
                }
            }
        }
    }
    if (uses != 0 && readInto(dirFd, "stat", buffers.stat, true)) {
        ProcessUse use{pid, startTicksFromStat(buffers.stat), uses, {}, true, std::nullopt};
        std::sort(found.begin(), found.end());
        use.files = std::move(found);
        // The details reuse the stat and maps just read (same handle, same process).
        use.details = readProcessDetailsAt(dirFd, pid, use.startTicks,
                                           mapsRead ? &buffers.maps : nullptr, &buffers.stat);
        out.users.push_back(std::move(use));
    }
    ::close(dirFd);
}

std::vector<pid_t> processIds(int procFd) {
    std::vector<pid_t> pids;
    const int dirFd = ::openat(procFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        return pids;
    }
    std::vector<char> buffer(65536);
    forEachProcEntry(dirFd, buffer, [&](const char* name, unsigned char) {
        if (isNumber(name)) {
            pids.push_back(static_cast<pid_t>(std::atol(name)));
        }
    });
    ::close(dirFd);
    return pids;
}

} // namespace

ScanResult scanProcesses(const FileKeySet& files, const std::string& procRoot) {
    ScanResult result;
    if (files.empty()) {
        return result;
    }
    const int procFd = ::open(procRoot.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (procFd < 0) {
        return result;
    }
    const auto pids = processIds(procFd);
    // The scan is a few system calls per descriptor, all independent: spread it over the cores.
    // Workers take small runs of processes as they go, so that one slowed down by the rest of
    // the machine does not hold the others up at the end.
    const std::size_t workers =
        std::clamp<std::size_t>(std::min<std::size_t>(std::thread::hardware_concurrency(), 4), 1,
                                std::max<std::size_t>(pids.size() / 64, 1));
    constexpr std::size_t kRun = 8;
    std::atomic<std::size_t> next{0};
    std::vector<PartialScan> parts(workers);
    const auto work = [&](std::size_t worker) {
        Buffers buffers;
        for (;;) {
            const std::size_t first = next.fetch_add(kRun, std::memory_order_relaxed);
            if (first >= pids.size()) {
                return;
            }
            const std::size_t last = std::min(first + kRun, pids.size());
            for (std::size_t i = first; i < last; ++i) {
                scanOne(procFd, pids[i], files, parts[worker], buffers);
            }
        }
    };
    std::vector<std::thread> threads;
    for (std::size_t worker = 1; worker < workers; ++worker) {
        threads.emplace_back(work, worker);
    }
    work(0);
    for (auto& thread : threads) {
        thread.join();
    }
    std::vector<pid_t> uninspectable;
    for (auto& part : parts) {
        result.processesScanned += part.scanned;
        result.users.insert(result.users.end(), part.users.begin(), part.users.end());
        uninspectable.insert(uninspectable.end(), part.uninspectable.begin(),
                             part.uninspectable.end());
    }
    std::sort(result.users.begin(), result.users.end(),
              [](const ProcessUse& a, const ProcessUse& b) { return a.pid < b.pid; });

    result.processesNotInspectable = uninspectable.size();
    if (!uninspectable.empty()) {
        std::string text;
        const auto holders = lockHolders(procRoot, files);
        for (const pid_t pid : uninspectable) {
            const auto it = holders.find(pid);
            if (it == holders.end()) {
                continue;
            }
            char name[32];
            std::snprintf(name, sizeof name, "%d/stat", static_cast<int>(pid));
            if (readAt(procFd, name, text)) {
                auto found = it->second.files;
                std::sort(found.begin(), found.end());
                result.users.push_back(ProcessUse{pid, startTicksFromStat(text), it->second.uses,
                                                  std::move(found), false, std::nullopt});
            }
        }
    }
    ::close(procFd);
    return result;
}

} // namespace rm
