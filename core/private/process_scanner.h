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

// Each registered file's key with the index of its path: an open-addressing table probed in
// place, since the scan looks up every descriptor and every mapping of every process, and nearly
// all of them miss. A key on a device no registered file is on (sockets, pipes, terminals, other
// file systems) is turned away before any hashing, and most others by a bitmap of 8 bits per key
// that stays in the first-level cache where the table (24 bytes a slot) would not.
class FileKeyMap {
public:
    // Adds `key` unless it is there already (the first index stays). `index` is below 2^32 - 1.
    void tryEmplace(const FileKey& key, std::uint32_t index);
    void reserve(std::size_t count);
    [[nodiscard]] const std::uint32_t* find(const FileKey& key) const noexcept {
        if (m_count == 0 || !onKnownDevice(key.device)) {
            return nullptr;
        }
        const std::size_t h = hash(key);
        if (const std::size_t bit = (h >> 32) & m_filterMask;
            (m_filter[bit / 64] & (std::uint64_t{1} << (bit % 64))) == 0) {
            return nullptr;
        }
        for (std::size_t slot = h & m_mask;; slot = (slot + 1) & m_mask) {
            const Slot& s = m_slots[slot];
            if (s.index == kEmpty) {
                return nullptr;
            }
            if (s.inode == key.inode && s.device == key.device) {
                return &s.index;
            }
        }
    }
    [[nodiscard]] bool contains(const FileKey& key) const noexcept { return find(key) != nullptr; }
    [[nodiscard]] std::size_t size() const noexcept { return m_count; }
    [[nodiscard]] bool empty() const noexcept { return m_count == 0; }
    // Calls f(key, index) for every key, in no particular order.
    template <class F> void forEach(F&& f) const {
        for (const auto& s : m_slots) {
            if (s.index != kEmpty) {
                f(FileKey{s.device, s.inode}, s.index);
            }
        }
    }

private:
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFU;
    static constexpr std::size_t kMaxDevices = 4;
    struct Slot {
        std::uint64_t device = 0;
        std::uint64_t inode = 0;
        std::uint32_t index = kEmpty;
    };
    static std::size_t hash(const FileKey& key) noexcept {
        std::uint64_t h = key.inode * 0x9E3779B97F4A7C15ULL ^ key.device * 0xC2B2AE3D27D4EB4FULL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 32;
        return static_cast<std::size_t>(h);
    }
    [[nodiscard]] bool onKnownDevice(std::uint64_t device) const noexcept {
        if (m_deviceCount > kMaxDevices) {
            return true; // too many to list: every device may hold one
        }
        for (std::size_t i = 0; i < m_deviceCount; ++i) {
            if (m_devices[i] == device) {
                return true;
            }
        }
        return false;
    }
    void rehash(std::size_t capacity);

    void setFilterBit(std::size_t h) {
        const std::size_t bit = (h >> 32) & m_filterMask;
        m_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::vector<std::uint64_t> m_filter; // 4 bits per slot: 8 or more per key
    std::size_t m_filterMask = 0;
    std::size_t m_count = 0;
    std::uint64_t m_devices[kMaxDevices] = {};
    std::size_t m_deviceCount = 0; // kMaxDevices + 1: more than can be listed
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
    FileKeyMap keys;
    // A working directory or root can only be a directory: without one registered, the scan
    // does not look at them.
    bool hasDirectories = false;
    // How many directories fileKeysFor listed instead of stating their files one by one.
    std::size_t listedDirectories = 0;
    // Null when the set was not made from paths.
    std::shared_ptr<const DeletedPathIndex> deletedPaths;
    // Registered files that /proc/PID/maps names under another key than stat gives: on btrfs,
    // stat gives each subvolume its own device, maps the file system's. Under that key, with the
    // index of the first such file; several subvolumes number their inodes alike, so a mapping
    // found under an alias is confirmed before it counts (it may be another subvolume's file).
    FileKeyMap mapsAliases;
    std::unordered_map<std::uint32_t, FileKey> aliasOf; // index -> its alias, for those files
    // Registered files on an overlay: a mapping that maps names by one of their paths but under
    // another key (the layer's file, on some kernels) is confirmed like an alias's.
    std::unordered_set<std::uint32_t> overlayFiles;
    [[nodiscard]] bool contains(const FileKey& key) const { return keys.contains(key); }
    // The index of the path that names `key`, or null when it is not one of the files.
    [[nodiscard]] const std::uint32_t* find(const FileKey& key) const { return keys.find(key); }
    // Nothing to look for: no registered path, or none that exists and none a mapping could name.
    [[nodiscard]] bool empty() const { return keys.empty() && !deletedPaths; }
    [[nodiscard]] std::size_t size() const { return keys.size(); }
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
