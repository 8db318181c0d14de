#pragma once

#include "core/private/process_details.h"
#include "core/session_types.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace rm {

// A file as the kernel identifies it, whatever its path.
struct FileKey {
    std::uint64_t device = 0; // makedev(major, minor)
    std::uint64_t inode = 0;

    friend bool operator==(const FileKey&, const FileKey&) = default;
};

struct FileKeyHash {
    std::size_t operator()(const FileKey& key) const noexcept {
        return std::hash<std::uint64_t>{}(key.inode * 0x9E3779B97F4A7C15ULL ^ key.device);
    }
};

// The registered paths by name, for mappings of a file that was replaced or deleted after the
// process mapped it: /proc/PID/maps then names the old file "PATH (deleted)", under an inode that
// no path has any more (an application still running the old version after an upgrade). Built
// on first use, from any scan thread, since such mappings are rare.
class DeletedPathIndex {
public:
    // `paths` must outlive the index.
    explicit DeletedPathIndex(const std::vector<std::string>& paths) : m_paths{&paths} {}
    // The index of the registered path `path`, if it is one.
    [[nodiscard]] std::optional<std::uint32_t> find(std::string_view path) const;

private:
    const std::vector<std::string>* m_paths;
    mutable std::once_flag m_built;
    mutable std::unordered_map<std::string_view, std::uint32_t> m_index;
};

struct FileKeySet {
    // Each key with the index, in the list given to fileKeysFor, of the first path that names it.
    std::unordered_map<FileKey, std::uint32_t, FileKeyHash> keys;
    // A working directory or root can only be a directory: without one registered, the scan
    // does not look at them.
    bool hasDirectories = false;
    // How many directories fileKeysFor listed instead of stating their files one by one.
    std::size_t listedDirectories = 0;
    // Null when the set was not made from paths.
    std::shared_ptr<const DeletedPathIndex> deletedPaths;
    [[nodiscard]] bool contains(const FileKey& key) const { return keys.contains(key); }
    // Nothing to look for: no registered path, or none that exists and none a mapping could name.
    [[nodiscard]] bool empty() const { return keys.empty() && !deletedPaths; }
    [[nodiscard]] std::size_t size() const { return keys.size(); }
    // The index of the path that names `key`; the key must be in the set.
    [[nodiscard]] std::uint32_t pathIndex(const FileKey& key) const { return keys.at(key); }
};

struct ProcessUse {
    pid_t pid = 0;
    std::uint64_t startTicks = 0;
    unsigned uses = 0;
    // Which of the files it uses, by their index in the list given to fileKeysFor, sorted and
    // without repeats. Collected only for processes that use a file, so it costs nothing for
    // the others.
    std::vector<std::uint32_t> files;
    // False when the process belongs to another user and its descriptors could not be read;
    // it was found through /proc/locks.
    bool inspected = true;
    // Read during the scan, through the same /proc handle.
    std::optional<ProcessDetails> details;
};

struct ScanResult {
    std::vector<ProcessUse> users;
    std::size_t processesScanned = 0;
    std::size_t processesNotInspectable = 0; // other users' processes when not root
};

// The (device, inode) of each existing path, without blocking on a hung network file system
// (attributes come from the cache: AT_STATX_DONT_SYNC). Paths that do not exist have no key, but
// a mapping or descriptor of their deleted old file is still found by name. `paths` must outlive
// the set.
FileKeySet fileKeysFor(const std::vector<std::string>& paths);

// One pass over /proc: every process (threads are skipped: they share their process's files)
// whose open descriptors, memory mappings, executable, working directory or root is one of
// `files`, or that maps (UseMapped) or holds open (UseOpenFile) the deleted old file of one of
// their paths. A process that exits during the scan is skipped; the start time in the result is
// read through the same /proc handle as the files, so a reused PID cannot be mixed in.
ScanResult scanProcesses(const FileKeySet& files, const std::string& procRoot = "/proc");

} // namespace rm
