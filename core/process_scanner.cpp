#include "core/private/process_scanner.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <thread>
#include <tuple>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace rm {
namespace {

// linux_dirent64, as getdents64(2) fills it.
struct LinuxDirent64 {
    ino64_t d_ino;
    off64_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[1]; // NUL-terminated, d_reclen long in all (no flexible array member in C++)
};

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
// `unlinked`, when given, says whether it is a regular file that no path names any more (its link
// count is 0: removed, or replaced by a file renamed over it, since it was opened).
// `mountId`, when given, is set to the ID of the mount it is on (0 when the kernel does not say).
bool keyAt(int dirFd, const char* name, FileKey& key, bool* isDirectory = nullptr,
           bool* unlinked = nullptr, std::uint64_t* mountId = nullptr) {
    struct statx stx {};
    const unsigned mask = STATX_INO | STATX_TYPE | (unlinked != nullptr ? STATX_NLINK : 0U) |
                          (mountId != nullptr ? STATX_MNT_ID : 0U);
    if (::statx(dirFd, name, AT_STATX_DONT_SYNC, mask, &stx) != 0) {
        return false;
    }
    key = FileKey{makedev(stx.stx_dev_major, stx.stx_dev_minor), stx.stx_ino};
    if (mountId != nullptr) {
        *mountId = (stx.stx_mask & STATX_MNT_ID) != 0 ? stx.stx_mnt_id : 0;
    }
    if (isDirectory != nullptr) {
        *isDirectory = S_ISDIR(stx.stx_mode);
    }
    if (unlinked != nullptr) {
        *unlinked =
            (stx.stx_mask & STATX_NLINK) != 0 && stx.stx_nlink == 0 && S_ISREG(stx.stx_mode);
    }
    return true;
}

// Calls `each(entry)` for every entry of an open directory, through getdents64 into the caller's
// buffer: no DIR to allocate per directory, and many entries per system call; `each` returns
// false to stop. Read until getdents64 returns 0: a call may stop short of a full buffer before
// the end (the kernel returns early when a signal is pending, e.g. SIGCHLD from a child that
// exits).
template <class Each>
void forEachDirectoryEntry(int dirFd, std::vector<char>& buffer, Each&& each) {
    for (;;) {
        const long n = ::syscall(SYS_getdents64, dirFd, buffer.data(), buffer.size());
        if (n <= 0) {
            return;
        }
        for (long offset = 0; offset < n;) {
            const auto* entry = reinterpret_cast<const LinuxDirent64*>(buffer.data() + offset);
            if (!each(*entry)) {
                return;
            }
            offset += entry->d_reclen;
        }
    }
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
constexpr std::string_view kDeleted = " (deleted)";

void noteIndex(std::vector<std::uint32_t>& found, std::uint32_t index) {
    if (std::find(found.begin(), found.end(), index) == found.end()) {
        found.push_back(index);
    }
}

// Notes the file `key` names, if it is one of the files; says whether it is.
bool note(std::vector<std::uint32_t>& found, const FileKeySet& files, const FileKey& key) {
    const auto* index = files.find(key);
    if (index != nullptr) {
        noteIndex(found, *index);
    }
    return index != nullptr;
}

// The registered path that `name` ("/usr/bin/x (deleted)", as maps and /proc/PID/fd links name a
// file replaced or removed since it was mapped or opened) is the old file of, if any.
std::optional<std::uint32_t> deletedRegisteredPath(std::string_view name, const FileKeySet& files) {
    // memfd_create() files are always "deleted"; no registered path names one.
    if (!files.deletedPaths || !name.starts_with('/') || !name.ends_with(kDeleted) ||
        name.starts_with("/memfd:")) {
        return std::nullopt;
    }
    return files.deletedPaths->find(name.substr(0, name.size() - kDeleted.size()));
}

// The path at the end of a maps line, past the fields that `nextField` took and the padding.
std::string_view mapsLinePath(std::string_view rest) {
    const auto start = rest.find('/');
    return start == std::string_view::npos ? std::string_view{} : rest.substr(start);
}

// A mapping that may be of a registered file under another key than stat's, to be confirmed:
// under an alias (FileKeySet::mapsAliases), or by the path of a file on an overlay.
struct AliasedMapping {
    std::string_view range; // "start-end", as maps gives it
    std::string_view path;
    FileKey key;
};

// Whether the mappings use one of the files; every one they use goes to `found`. When `executable`
// is given, `executablePath` is set to the path of the first mapping of that file. Mappings under
// an alias of a registered file go to `aliased` (when given), once per key, for the caller to
// confirm.
bool mapsUse(std::string_view maps, const FileKeySet& files, std::vector<std::uint32_t>& found,
             const FileKey* executable = nullptr, std::string_view* executablePath = nullptr,
             std::vector<AliasedMapping>* aliased = nullptr) {
    std::string_view rest{maps};
    // A file is mapped in a few runs of lines in a row (text, data, read-only data...): a line
    // with the same file as the line before needs no second look.
    FileKey last;
    while (!rest.empty()) {
        const auto nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
        const auto range = nextField(line);
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
        const FileKey key{makedev(major, minor), inode};
        if (key == last) {
            continue;
        }
        last = key;
        if (executable != nullptr && key == *executable) {
            *executablePath = mapsLinePath(line);
            executable = nullptr;
        }
        if (note(found, files, key)) {
            continue;
        }
        // A file under an alias, or named by the path of a registered file on an overlay (a
        // removed file, "(deleted)", is no registered file's current one: see below).
        if (aliased != nullptr && !line.ends_with(kDeleted)) {
            const auto path = mapsLinePath(line);
            const auto onOverlay = [&files, path] {
                if (files.overlayFiles.empty() || !files.deletedPaths) {
                    return false;
                }
                const auto index = files.deletedPaths->find(path);
                return index && files.overlayFiles.contains(*index);
            };
            if (files.mapsAliases.contains(key) || onOverlay()) {
                if (std::none_of(aliased->begin(), aliased->end(),
                                 [&key](const AliasedMapping& m) { return m.key == key; })) {
                    aliased->push_back(AliasedMapping{range, path, key});
                }
                continue;
            }
        }
        if (line.ends_with(kDeleted)) {
            // What is left of the line is the path, after the padding.
            if (const auto path = mapsLinePath(line); !path.empty()) {
                if (const auto index = deletedRegisteredPath(path, files)) {
                    noteIndex(found, *index);
                }
            }
        }
    }
    return !found.empty();
}

// The registered path whose old file the descriptor `name` holds (its link is "PATH (deleted)").
std::optional<std::uint32_t> deletedDescriptorPath(int fdDirFd, const char* name,
                                                   const FileKeySet& files) {
    char target[4096];
    const ssize_t n = ::readlinkat(fdDirFd, name, target, sizeof target);
    if (n <= 0 || static_cast<std::size_t>(n) >= sizeof target) {
        return std::nullopt;
    }
    return deletedRegisteredPath(std::string_view{target, static_cast<std::size_t>(n)}, files);
}

// Which registered file a mapping under an alias (or under a registered overlay file's path) is,
// if any: several btrfs subvolumes share the device that maps gives and number their inodes alike,
// so the alias alone could name another subvolume's file, and a path names another file in
// another mount namespace. The mapping's own link in map_files, followed, is stated as the file's
// path is (the subvolume's device, the overlay's file). map_files wants CAP_SYS_ADMIN; without it
// the path that maps gives decides, when it is the registered path of that very alias, or of a
// file on an overlay.
std::optional<std::uint32_t> aliasedMappingFile(int fdDirFd, const AliasedMapping& mapping,
                                                const FileKeySet& files) {
    const auto dash = mapping.range.find('-');
    if (dash == std::string_view::npos) {
        return std::nullopt;
    }
    // map_files names a mapping "start-end" in hex without leading zeros (maps pads to 8 digits).
    char name[64];
    std::snprintf(name, sizeof name, "../map_files/%llx-%llx",
                  static_cast<unsigned long long>(parseHex(mapping.range.substr(0, dash))),
                  static_cast<unsigned long long>(parseHex(mapping.range.substr(dash + 1))));
    FileKey key;
    if (keyAt(fdDirFd, name, key)) {
        const auto* index = files.find(key);
        return index != nullptr ? std::optional{*index} : std::nullopt;
    }
    if ((errno != EPERM && errno != EACCES) || !files.deletedPaths) {
        return std::nullopt; // unmapped meanwhile, or the process is gone
    }
    const auto index = files.deletedPaths->find(mapping.path);
    if (!index) {
        return std::nullopt;
    }
    if (const auto alias = files.aliasOf.find(*index);
        alias != files.aliasOf.end() && alias->second == mapping.key) {
        return index;
    }
    // A file of an overlay, named by its layer's key: its path is all there is to go by.
    return files.overlayFiles.contains(*index) ? index : std::nullopt;
}

std::uint64_t startTicksFromStat(std::string_view stat) {
    const auto close = stat.rfind(')');
    if (close == std::string_view::npos) {
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
    std::uint64_t mountId = 0; // 0: not known
};

// The path's directory and last component, when the path has both ("/usr/lib/x.so": "/usr/lib"
// and "x.so"); otherwise an empty name, and the path is looked up whole.
std::pair<std::string_view, std::string_view> splitPath(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos || slash == 0) {
        return {};
    }
    const std::string_view base = std::string_view{path}.substr(slash + 1);
    if (base.empty() || base == "." || base == "..") {
        return {};
    }
    return {std::string_view{path}.substr(0, slash), base};
}

// Statx of the paths at `indices` (in that order). Registered files mostly sit side by side in a
// few directories: each is looked up from its directory, opened once for its run of neighbours,
// so that the kernel walks the directory's path once per run instead of once per file.
void statPaths(const std::vector<std::string>& paths, const std::uint32_t* indices,
               std::size_t count, std::vector<StatedPath>& stated) {
    std::string_view directory;
    int dirFd = -1;
    for (std::size_t i = 0; i < count; ++i) {
        const auto& path = paths[indices[i]];
        const auto [parent, base] = splitPath(path);
        StatedPath entry{indices[i], {}, false};
        bool found = false;
        if (!base.empty()) {
            if (dirFd < 0 || directory != parent) {
                if (dirFd >= 0) {
                    ::close(dirFd);
                }
                directory = parent;
                dirFd = ::open(std::string{parent}.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
            }
            // A directory that cannot be opened: the full path gives the same answer.
            found = dirFd >= 0 ? keyAt(dirFd, base.data(), entry.key, &entry.directory, nullptr,
                                       &entry.mountId)
                               : keyAt(AT_FDCWD, path.c_str(), entry.key, &entry.directory, nullptr,
                                       &entry.mountId);
        } else {
            found =
                keyAt(AT_FDCWD, path.c_str(), entry.key, &entry.directory, nullptr, &entry.mountId);
        }
        if (found) {
            stated.push_back(entry);
        }
    }
    if (dirFd >= 0) {
        ::close(dirFd);
    }
}

// What /proc/self/mountinfo says that the directory listing needs: each mount's file system type
// by mount ID, and the last component of every mount point (a file or directory mounted over a
// registered name hides the entry that the directory lists).
struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const noexcept {
        return std::hash<std::string_view>{}(name);
    }
};

struct Mounts {
    std::unordered_map<std::uint64_t, std::string> types;
    // Each mount's file system device (its superblock's), which maps and /proc/locks name files by.
    std::unordered_map<std::uint64_t, std::uint64_t> devices;
    std::unordered_set<std::string, NameHash, std::equal_to<>> pointNames;
};

// mountinfo escapes space, tab, newline and backslash as \ooo.
std::string unescapeMountField(std::string_view field) {
    std::string out;
    out.reserve(field.size());
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() && field[i + 1] >= '0' &&
            field[i + 1] <= '3' && field[i + 2] >= '0' && field[i + 2] <= '7' &&
            field[i + 3] >= '0' && field[i + 3] <= '7') {
            out.push_back(static_cast<char>((field[i + 1] - '0') * 64 + (field[i + 2] - '0') * 8 +
                                            (field[i + 3] - '0')));
            i += 3;
        } else {
            out.push_back(field[i]);
        }
    }
    return out;
}

std::optional<Mounts> readMounts() {
    std::string text;
    if (!readAt(AT_FDCWD, "/proc/self/mountinfo", text)) {
        return std::nullopt;
    }
    Mounts mounts;
    std::string_view rest{text};
    while (!rest.empty()) {
        const auto nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
        // "36 35 98:0 /root /mount/point options [optional fields] - type source options"
        const auto id = parseDecimal(nextField(line));
        nextField(line);                     // parent ID
        const auto device = nextField(line); // major:minor, in decimal
        nextField(line);                     // root within the file system
        const auto point = unescapeMountField(nextField(line));
        const auto separator = line.find(" - ");
        if (separator == std::string_view::npos || point.empty()) {
            return std::nullopt; // not the format this code knows: do not guess
        }
        line.remove_prefix(separator + 3);
        mounts.types.emplace(id, std::string{nextField(line)});
        if (const auto colon = device.find(':'); colon != std::string_view::npos) {
            mounts.devices.emplace(
                id, makedev(static_cast<unsigned>(parseDecimal(device.substr(0, colon))),
                            static_cast<unsigned>(parseDecimal(device.substr(colon + 1)))));
        }
        if (const auto slash = point.rfind('/'); slash + 1 < point.size()) {
            mounts.pointNames.insert(point.substr(slash + 1));
        }
    }
    return mounts;
}

// File systems whose directory entries carry the inode number that stat reports, and whose
// files (not directories: those are stated) have their directory's device. On btrfs that is the
// directory's subvolume's device: only a directory (a subvolume's root) can be of another.
bool listingGivesKeys(std::string_view type) {
    return type == "ext4" || type == "ext3" || type == "ext2" || type == "xfs" || type == "tmpfs" ||
           type == "btrfs";
}

// Names of one directory's registered files -> their position in the group, for the listing to
// look each entry up in: open addressing with 32 bits of each name's hash beside its position, so
// that a miss (most of a big directory's entries) rarely compares a name. Eight bytes a slot and
// filled up to three quarters: small, as fresh memory is slow to touch on some machines (a page
// fault each 4 KiB).
class NameTable {
public:
    NameTable(const std::vector<std::string>& paths, const std::vector<std::uint32_t>& indices)
        : m_paths{paths}, m_indices{indices} {
        std::size_t capacity = 16;
        while (capacity * 3 < indices.size() * 4) {
            capacity *= 2;
        }
        m_slots.resize(capacity);
        m_mask = capacity - 1;
    }

    void tryEmplace(std::string_view name, std::uint32_t position) {
        const std::size_t h = std::hash<std::string_view>{}(name);
        std::size_t slot = h & m_mask;
        for (; m_slots[slot].position != kEmpty; slot = (slot + 1) & m_mask) {
            if (m_slots[slot].hash == static_cast<std::uint32_t>(h) &&
                nameAt(m_slots[slot].position) == name) {
                return;
            }
        }
        m_slots[slot] = Slot{static_cast<std::uint32_t>(h), position};
    }

    [[nodiscard]] std::optional<std::uint32_t> find(std::string_view name) const {
        const std::size_t h = std::hash<std::string_view>{}(name);
        for (std::size_t slot = h & m_mask; m_slots[slot].position != kEmpty;
             slot = (slot + 1) & m_mask) {
            if (m_slots[slot].hash == static_cast<std::uint32_t>(h) &&
                nameAt(m_slots[slot].position) == name) {
                return m_slots[slot].position;
            }
        }
        return std::nullopt;
    }

private:
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFU;
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t position = kEmpty;
    };
    [[nodiscard]] std::string_view nameAt(std::uint32_t position) const {
        return splitPath(m_paths[m_indices[position]]).second;
    }
    const std::vector<std::string>& m_paths;
    const std::vector<std::uint32_t>& m_indices;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

// Registered files of one directory, found by listing it.
struct DirectoryGroup {
    std::string_view directory;
    std::vector<std::uint32_t> indices;
};

// A directory with many registered files is listed once (getdents64 gives each entry's inode and
// type, hundreds of entries per system call) instead of stating each file (one system call each).
// Only regular files and other non-directory, non-link entries take their key from the listing,
// on a file system where that key is what stat would say, and only when nothing is mounted over
// their name; everything else (links, directories, names that the listing did not show) is
// stated as before. A listing that turns out far longer than the registered files is given up.
// Returns whether the directory was listed.
bool listDirectory(const std::vector<std::string>& paths, const DirectoryGroup& group,
                   const Mounts& mounts, std::vector<StatedPath>& stated) {
    const int pathFd =
        ::open(std::string{group.directory}.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (pathFd < 0) {
        statPaths(paths, group.indices.data(), group.indices.size(), stated);
        return false;
    }
    bool listed = false;
    struct statx dir {};
    // The directory's own attributes come from the cache, like every other statx here: the file
    // system type is known before the directory is read, so a network file system is never listed.
    if (::statx(pathFd, "", AT_EMPTY_PATH | AT_STATX_DONT_SYNC, STATX_MNT_ID | STATX_TYPE, &dir) ==
            0 &&
        (dir.stx_mask & STATX_MNT_ID) != 0) {
        const auto type = mounts.types.find(dir.stx_mnt_id);
        if (type != mounts.types.end() && listingGivesKeys(type->second)) {
            listed = true;
        }
    }
    const int listFd = listed ? ::openat(pathFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
    if (listFd < 0) {
        ::close(pathFd);
        statPaths(paths, group.indices.data(), group.indices.size(), stated);
        return false;
    }
    const std::uint64_t device = makedev(dir.stx_dev_major, dir.stx_dev_minor);
    // Name -> position in group.indices; the same name twice keeps its first position (the
    // others are stated).
    NameTable byName(paths, group.indices);
    std::vector<bool> done(group.indices.size(), false);
    for (std::uint32_t i = 0; i < group.indices.size(); ++i) {
        const auto name = splitPath(paths[group.indices[i]]).second;
        if (!mounts.pointNames.contains(name)) {
            byName.tryEmplace(name, i);
        }
    }
    const std::size_t entryLimit = group.indices.size() * 16 + 256;
    std::size_t entries = 0;
    std::vector<char> buffer(65536);
    forEachDirectoryEntry(listFd, buffer, [&](const LinuxDirent64& entry) {
        // A huge directory for a few files: stating the rest is cheaper.
        if (++entries > entryLimit) {
            return false;
        }
        if (entry.d_type == DT_DIR || entry.d_type == DT_LNK || entry.d_type == DT_UNKNOWN) {
            return true;
        }
        if (const auto found = byName.find(std::string_view{entry.d_name})) {
            const auto position = *found;
            if (!done[position]) {
                done[position] = true;
                stated.push_back(StatedPath{group.indices[position], FileKey{device, entry.d_ino},
                                            false, dir.stx_mnt_id});
            }
        }
        return true;
    });
    ::close(listFd);
    // The rest, from the directory already open.
    for (std::uint32_t i = 0; i < group.indices.size(); ++i) {
        if (done[i]) {
            continue;
        }
        StatedPath entry{group.indices[i], {}, false};
        if (keyAt(pathFd, splitPath(paths[entry.index]).second.data(), entry.key, &entry.directory,
                  nullptr, &entry.mountId)) {
            stated.push_back(entry);
        }
    }
    ::close(pathFd);
    return true;
}

// btrfs gives each subvolume a device of its own in stat, while /proc/PID/maps names a mapped
// file by its file system's device (the one mountinfo shows): one file under two keys, and a
// shared library registered on btrfs would never be seen mapped. Registered files whose mount's
// device is not the one that stat gave are also remembered under that device, as an alias; files
// on an overlay are noted too (FileKeySet::overlayFiles).
void addMapsAliases(const std::vector<StatedPath>& stated, std::optional<Mounts>& mounts,
                    FileKeySet& set) {
    // The (mount, device) pairs of the files: a handful, whatever the number of files.
    std::vector<std::pair<std::uint64_t, std::uint64_t>> pairs;
    for (const auto& entry : stated) {
        const std::pair pair{entry.mountId, entry.key.device};
        if (entry.mountId != 0 && std::find(pairs.begin(), pairs.end(), pair) == pairs.end()) {
            pairs.push_back(pair);
        }
    }
    if (pairs.empty()) {
        return;
    }
    if (!mounts) {
        mounts = readMounts();
        if (!mounts) {
            return;
        }
    }
    // Mount and stat device -> the file system's device, where the two differ.
    std::vector<std::tuple<std::uint64_t, std::uint64_t, std::uint64_t>> differing;
    // Overlay mounts. On kernels whose maps show the layer's file of an overlay's mapping (its
    // device and inode, which nothing here knows; Debian 12's Linux 6.1 is one, 6.18 shows the
    // overlay's), only the path that maps gives leads to the registered file.
    std::vector<std::uint64_t> overlays;
    for (const auto& [mountId, device] : pairs) {
        const auto it = mounts->devices.find(mountId);
        if (it != mounts->devices.end() && it->second != device) {
            differing.emplace_back(mountId, device, it->second);
        }
        if (const auto type = mounts->types.find(mountId);
            type != mounts->types.end() && type->second == "overlay" &&
            std::find(overlays.begin(), overlays.end(), mountId) == overlays.end()) {
            overlays.push_back(mountId);
        }
    }
    if (differing.empty() && overlays.empty()) {
        return;
    }
    for (const auto& entry : stated) {
        if (entry.directory) {
            continue; // never mapped
        }
        if (std::find(overlays.begin(), overlays.end(), entry.mountId) != overlays.end()) {
            set.overlayFiles.insert(entry.index);
        }
        for (const auto& [mountId, device, fileSystemDevice] : differing) {
            if (entry.mountId == mountId && entry.key.device == device) {
                const FileKey alias{fileSystemDevice, entry.key.inode};
                set.mapsAliases.tryEmplace(alias, entry.index);
                set.aliasOf.try_emplace(entry.index, alias);
                break;
            }
        }
    }
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
    // Directories that hold at least this many of the files are listed rather than each file
    // stated (see listDirectory).
    constexpr std::size_t kListFrom = 32;
    std::vector<DirectoryGroup> groups;
    std::vector<std::uint32_t> single;
    {
        // Files of one directory mostly come one after another: a run is grouped without hashing.
        std::unordered_map<std::string_view, std::size_t> groupOf;
        std::string_view last;
        std::size_t lastGroup = 0;
        for (std::uint32_t i = 0; i < paths.size(); ++i) {
            const auto parent = splitPath(paths[i]).first;
            if (parent.empty()) {
                single.push_back(i);
                continue;
            }
            if (groups.empty() || parent != last) {
                const auto [it, added] = groupOf.try_emplace(parent, groups.size());
                if (added) {
                    groups.push_back(DirectoryGroup{parent, {}});
                }
                last = parent;
                lastGroup = it->second;
            }
            groups[lastGroup].indices.push_back(i);
        }
    }
    std::optional<Mounts> mounts;
    std::vector<const DirectoryGroup*> listed;
    for (const auto& group : groups) {
        if (group.indices.size() >= kListFrom) {
            if (!mounts) {
                mounts = readMounts();
            }
            if (mounts) {
                listed.push_back(&group);
                continue;
            }
        }
        single.insert(single.end(), group.indices.begin(), group.indices.end());
    }
    std::sort(single.begin(), single.end());

    // Thousands of files stated one by one are split over two threads; a few are not worth one.
    // Listed directories go to the helper thread first, as one unit each.
    constexpr std::size_t kPerThread = 1024;
    const bool twoThreads =
        std::thread::hardware_concurrency() > 1 &&
        (single.size() >= 2 * kPerThread || (!listed.empty() && single.size() >= kPerThread / 2));
    // With directories to list, the helper lists and this thread states.
    const std::size_t middle = twoThreads && listed.empty() ? single.size() / 2 : single.size();
    std::vector<StatedPath> first;
    std::vector<StatedPath> second;
    first.reserve(paths.size());
    std::size_t listedCount = 0;
    const auto listAll = [&](std::vector<StatedPath>& out) {
        for (const auto* group : listed) {
            listedCount += listDirectory(paths, *group, *mounts, out) ? 1 : 0;
        }
    };
    std::thread helper;
    if (twoThreads) {
        helper = std::thread{[&] {
            listAll(second);
            statPaths(paths, single.data() + middle, single.size() - middle, second);
        }};
    } else {
        listAll(first);
    }
    statPaths(paths, single.data(), middle, first);
    if (helper.joinable()) {
        helper.join();
    }
    first.insert(first.end(), second.begin(), second.end());
    std::sort(first.begin(), first.end(),
              [](const StatedPath& a, const StatedPath& b) { return a.index < b.index; });
    FileKeySet set;
    set.keys.reserve(paths.size());
    set.listedDirectories = listedCount;
    if (!paths.empty()) {
        set.deletedPaths = std::make_shared<const DeletedPathIndex>(paths);
    }
    for (const auto& entry : first) {
        set.keys.tryEmplace(entry.key, entry.index);
        set.hasDirectories = set.hasDirectories || entry.directory;
    }
    addMapsAliases(first, mounts, set);
    return set;
}

void FileKeyMap::reserve(std::size_t count) {
    std::size_t capacity = 16;
    while (capacity < count * 2) {
        capacity *= 2;
    }
    if (capacity > m_slots.size()) {
        rehash(capacity);
    }
}

void FileKeyMap::rehash(std::size_t capacity) {
    auto old = std::exchange(m_slots, std::vector<Slot>(capacity));
    m_mask = capacity - 1;
    m_filter.assign(capacity * 4 / 64, 0);
    m_filterMask = capacity * 4 - 1;
    for (const auto& s : old) {
        if (s.index != kEmpty) {
            const std::size_t h = hash(FileKey{s.device, s.inode});
            setFilterBit(h);
            std::size_t slot = h & m_mask;
            while (m_slots[slot].index != kEmpty) {
                slot = (slot + 1) & m_mask;
            }
            m_slots[slot] = s;
        }
    }
}

void FileKeyMap::tryEmplace(const FileKey& key, std::uint32_t index) {
    if (index == kEmpty) {
        return; // not a path index there can be
    }
    if ((m_count + 1) * 2 > m_slots.size()) {
        rehash(std::max<std::size_t>(16, m_slots.size() * 2));
    }
    const std::size_t h = hash(key);
    std::size_t slot = h & m_mask;
    for (; m_slots[slot].index != kEmpty; slot = (slot + 1) & m_mask) {
        if (m_slots[slot].inode == key.inode && m_slots[slot].device == key.device) {
            return;
        }
    }
    m_slots[slot] = Slot{key.device, key.inode, index};
    setFilterBit(h);
    ++m_count;
    if (m_deviceCount <= kMaxDevices &&
        std::find(m_devices, m_devices + m_deviceCount, key.device) == m_devices + m_deviceCount) {
        if (m_deviceCount < kMaxDevices) {
            m_devices[m_deviceCount] = key.device;
        }
        ++m_deviceCount;
    }
}

namespace {

struct PartialScan {
    std::vector<ProcessUse> users;
    std::vector<pid_t> uninspectable;
    std::size_t scanned = 0;
};

// A read buffer kept from process to process. Unlike a std::string's, making room in it does
// not zero-fill it: the scan reads up to two files per process into at least 64 KiB, which a
// std::string cleared before every read.
class ReadBuffer {
public:
    [[nodiscard]] std::string_view view() const { return {m_data.get(), m_size}; }

    // Reads a whole /proc file. A file that the kernel makes as one record (`oneRecord`: stat)
    // comes whole in one read that leaves room to spare, so the read that would only say "end of
    // file" is skipped.
    bool read(int dirFd, const char* name, bool oneRecord = false) {
        m_size = 0;
        const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            return false;
        }
        for (;;) {
            if (m_capacity - m_size < 16384) {
                grow();
            }
            const ssize_t n = ::read(fd, m_data.get() + m_size, m_capacity - m_size);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                ::close(fd);
                return n == 0;
            }
            m_size += static_cast<std::size_t>(n);
            if (oneRecord && m_size < m_capacity) {
                ::close(fd);
                return true;
            }
        }
    }

private:
    void grow() {
        const std::size_t capacity = std::max<std::size_t>(65536, m_capacity * 2);
        auto data = std::make_unique_for_overwrite<char[]>(capacity);
        std::copy_n(m_data.get(), m_size, data.get());
        m_data = std::move(data);
        m_capacity = capacity;
    }

    std::unique_ptr<char[]> m_data;
    std::size_t m_capacity = 0;
    std::size_t m_size = 0;
};

// A worker's buffers, reused for every process it looks at.
struct Buffers {
    std::vector<char> entries = std::vector<char>(32768);
    ReadBuffer maps;
    ReadBuffer stat;
    std::vector<std::uint32_t> mapped;
    std::vector<AliasedMapping> aliased;
    DetailsMemo memo;
};

// Looks at one process through its /proc/PID/fd directory handle. The handle pins the process: if
// it exits, reads through it (and through its parent, "..", which stays the directory of the same
// process) fail instead of reaching a newcomer with the same PID. The process's other files are
// reached as "../maps" and so on, so that a process that uses none of the files costs no handle
// but this one.
void scanOne(int procFd, pid_t pid, const FileKeySet& files, PartialScan& out, Buffers& buffers) {
    char name[24];
    std::snprintf(name, sizeof name, "%d/fd", static_cast<int>(pid));
    const int fdDirFd = ::openat(procFd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fdDirFd < 0) {
        if (errno == EACCES || errno == EPERM) {
            ++out.scanned;
            out.uninspectable.push_back(pid);
        }
        return;
    }
    ++out.scanned;
    unsigned uses = 0;
    std::vector<std::uint32_t> found;
    FileKey key;
    std::optional<FileKey> executable;
    bool hasMemory = true;
    if (keyAt(fdDirFd, "../exe", key)) {
        executable = key;
        if (note(found, files, key)) {
            uses |= UseExecutable;
        }
    } else {
        // No executable link: a kernel thread, or a process past the point of its exit where
        // its memory is gone. It maps nothing, and has no descriptors but the kernel's own (a
        // kernel thread) or will have none in a moment (an exiting process).
        hasMemory = errno != ENOENT;
    }
    if (files.hasDirectories) {
        if (keyAt(fdDirFd, "../cwd", key) && note(found, files, key)) {
            uses |= UseWorkingDirectory;
        }
        if (keyAt(fdDirFd, "../root", key) && note(found, files, key)) {
            uses |= UseRoot;
        }
    }
    bool mapsRead = false;
    std::string_view executablePath; // in the maps buffer
    if (hasMemory) {
        forEachDirectoryEntry(fdDirFd, buffers.entries, [&](const LinuxDirent64& entry) {
            const char* fd = entry.d_name;
            bool unlinked = false;
            if (fd[0] == '.' || !keyAt(fdDirFd, fd, key, nullptr, &unlinked)) {
                return true;
            }
            if (note(found, files, key)) {
                uses |= UseOpenFile;
            } else if (unlinked && files.deletedPaths) {
                // The old version of a registered file, replaced or removed since it was opened.
                if (const auto index = deletedDescriptorPath(fdDirFd, fd, files)) {
                    uses |= UseOpenFile;
                    noteIndex(found, *index);
                }
            }
            return true;
        });
        auto& mapped = buffers.mapped;
        mapped.clear();
        auto& aliased = buffers.aliased;
        aliased.clear();
        mapsRead = buffers.maps.read(fdDirFd, "../maps");
        if (mapsRead) {
            mapsUse(buffers.maps.view(), files, mapped, executable ? &*executable : nullptr,
                    &executablePath,
                    files.mapsAliases.empty() && files.overlayFiles.empty() ? nullptr : &aliased);
            for (const auto& mapping : aliased) {
                if (const auto index = aliasedMappingFile(fdDirFd, mapping, files)) {
                    noteIndex(mapped, *index);
                }
            }
        }
        if (!mapped.empty()) {
            uses |= UseMapped;
            for (const auto index : mapped) {
                if (std::find(found.begin(), found.end(), index) == found.end()) {
                    found.push_back(index);
                }
            }
        }
    }
    if (uses != 0 && buffers.stat.read(fdDirFd, "../stat", /*oneRecord=*/true)) {
        ProcessUse use{pid, startTicksFromStat(buffers.stat.view()), uses, {}, true, std::nullopt};
        std::sort(found.begin(), found.end());
        use.files = std::move(found);
        // The details reuse the stat and maps just read (same handle, same process).
        KnownProcessFacts known;
        if (mapsRead) {
            known.maps = buffers.maps.view();
            if (!executablePath.empty()) {
                known.executable = executablePath;
            }
        }
        known.stat = buffers.stat.view();
        known.memo = &buffers.memo;
        use.details = readProcessDetailsAt(fdDirFd, pid, use.startTicks, known,
                                           /*fromFdDirectory=*/true);
        out.users.push_back(std::move(use));
    }
    ::close(fdDirFd);
}

std::vector<pid_t> processIds(int procFd) {
    std::vector<pid_t> pids;
    const int dirFd = ::openat(procFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        return pids;
    }
    std::vector<char> buffer(65536);
    forEachDirectoryEntry(dirFd, buffer, [&](const LinuxDirent64& entry) {
        if (isNumber(entry.d_name)) {
            pids.push_back(static_cast<pid_t>(std::atol(entry.d_name)));
        }
        return true;
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
