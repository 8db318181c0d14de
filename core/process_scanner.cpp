#include "core/process_scanner.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string_view>
#include <sys/stat.h>
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

FileKeySet fileKeysFor(const std::vector<std::string>& paths) {
    FileKeySet set;
    set.keys.reserve(paths.size());
    for (const auto& path : paths) {
        FileKey key;
        bool directory = false;
        if (keyAt(AT_FDCWD, path.c_str(), key, &directory)) {
            set.keys.try_emplace(key, static_cast<std::uint32_t>(&path - paths.data()));
            set.hasDirectories = set.hasDirectories || directory;
        }
    }
    return set;
}

namespace {

struct PartialScan {
    std::vector<ProcessUse> users;
    std::vector<pid_t> uninspectable;
    std::size_t scanned = 0;
};

// Looks at one process through its /proc directory handle. The handle pins the process: if it
// exits, reads through it fail instead of reaching a newcomer with the same PID.
void scanOne(int procFd, const char* name, const FileKeySet& files, PartialScan& out,
             std::string& text) {
    const int dirFd = ::openat(procFd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        return;
    }
    const auto pid = static_cast<pid_t>(std::atol(name));
    ++out.scanned;
    unsigned uses = 0;
    std::vector<std::uint32_t> found;
    FileKey key;
    if (keyAt(dirFd, "exe", key) && files.contains(key)) {
        uses |= UseExecutable;
        note(found, files, key);
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
    const int fdDirFd = ::openat(dirFd, "fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fdDirFd < 0) {
        if (errno == EACCES || errno == EPERM) {
            out.uninspectable.push_back(pid);
        }
        ::close(dirFd);
        return;
    }
    if (DIR* fds = ::fdopendir(fdDirFd)) {
        while (const dirent* fdEntry = ::readdir(fds)) {
            if (fdEntry->d_name[0] == '.') {
                continue;
            }
            if (keyAt(fdDirFd, fdEntry->d_name, key) && files.contains(key)) {
                uses |= UseOpenFile;
                note(found, files, key);
            }
        }
        ::closedir(fds);
    } else {
        ::close(fdDirFd);
    }
    std::vector<std::uint32_t> mapped;
    const bool mapsRead = readAt(dirFd, "maps", text);
    if (mapsRead && mapsUse(text, files, mapped)) {
        uses |= UseMapped;
        for (const auto index : mapped) {
            if (std::find(found.begin(), found.end(), index) == found.end()) {
                found.push_back(index);
            }
        }
    }
    if (uses != 0) {
        std::string stat;
        if (readAt(dirFd, "stat", stat)) {
            ProcessUse use{pid, startTicksFromStat(stat), uses, {}, true, std::nullopt};
            std::sort(found.begin(), found.end());
            use.files = std::move(found);
            use.details =
                readProcessDetailsAt(dirFd, pid, use.startTicks, mapsRead ? &text : nullptr);
            out.users.push_back(std::move(use));
        }
    }
    ::close(dirFd);
}

std::vector<std::string> processDirectories(int procFd) {
    std::vector<std::string> names;
    DIR* proc = ::fdopendir(::dup(procFd));
    if (proc == nullptr) {
        return names;
    }
    while (const dirent* entry = ::readdir(proc)) {
        if (isNumber(entry->d_name)) {
            names.emplace_back(entry->d_name);
        }
    }
    ::closedir(proc);
    return names;
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
    const auto names = processDirectories(procFd);
    // The scan is a few system calls per descriptor, all independent: spread it over the cores.
    const std::size_t workers =
        std::clamp<std::size_t>(std::min<std::size_t>(std::thread::hardware_concurrency(), 4), 1,
                                std::max<std::size_t>(names.size() / 64, 1));
    std::vector<PartialScan> parts(workers);
    const auto work = [&](std::size_t worker) {
        std::string text;
        text.reserve(1 << 16);
        for (std::size_t i = worker; i < names.size(); i += workers) {
            scanOne(procFd, names[i].c_str(), files, parts[worker], text);
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
