// The (device, inode) keys that RmGetList looks for. A directory that holds many of the registered
// files is listed (getdents64) instead of each file being stated; every test here checks the keys
// against statx of each path, and that the listing was (or was not) used.
#include "support/test_support.h"

#include "core/private/process_scanner.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <initializer_list>
#include <iostream>
#include <linux/btrfs.h>
#include <linux/capability.h>
#include <map>
#include <memory>
#include <sched.h>
#include <set>
#include <string>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

namespace {

using rmtest::TempDir;

void makeFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0644);
    ASSERT_GE(fd, 0) << path << ": " << std::strerror(errno);
    ::close(fd);
}

// What fileKeysFor must give: statx of each path (following links), the first path of each key.
std::map<std::pair<std::uint64_t, std::uint64_t>, std::uint32_t>
expectedKeys(const std::vector<std::string>& paths, bool* hasDirectories = nullptr) {
    std::map<std::pair<std::uint64_t, std::uint64_t>, std::uint32_t> keys;
    for (std::uint32_t i = 0; i < paths.size(); ++i) {
        struct statx stx {};
        if (::statx(AT_FDCWD, paths[i].c_str(), 0, STATX_INO | STATX_TYPE, &stx) == 0) {
            keys.try_emplace({makedev(stx.stx_dev_major, stx.stx_dev_minor), stx.stx_ino}, i);
            if (hasDirectories != nullptr && S_ISDIR(stx.stx_mode)) {
                *hasDirectories = true;
            }
        }
    }
    return keys;
}

std::map<std::pair<std::uint64_t, std::uint64_t>, std::uint32_t> keysOf(const rm::FileKeySet& set) {
    std::map<std::pair<std::uint64_t, std::uint64_t>, std::uint32_t> keys;
    set.keys.forEach([&](const rm::FileKey& key, std::uint32_t index) {
        keys.emplace(std::pair{key.device, key.inode}, index);
    });
    return keys;
}

// The file systems whose listing gives the keys (the same list as the scanner's).
bool listable(const std::string& dir) {
    struct statfs fs {};
    if (::statfs(dir.c_str(), &fs) != 0) {
        return false;
    }
    constexpr long kExt = 0xEF53;
    constexpr long kXfs = 0x58465342;
    constexpr long kTmpfs = 0x01021994;
    constexpr long kBtrfs = 0x9123683E;
    return fs.f_type == kExt || fs.f_type == kXfs || fs.f_type == kTmpfs || fs.f_type == kBtrfs;
}

// A directory of `count` files f000..., and the other kinds of entry a listing must not trust:
// a symbolic link to a file elsewhere, a subdirectory, a FIFO, a hard link, a name with a space
// and a newline, and a name that does not exist. Registered in a shuffled order, with a file of
// another directory in between.
struct MixedDirectory {
    TempDir dir{"rmkeys"};
    TempDir elsewhere{"rmkeys-other"};
    std::vector<std::string> paths;

    explicit MixedDirectory(int count) {
        for (int i = 0; i < count; ++i) {
            char name[16];
            std::snprintf(name, sizeof name, "/f%03d", i);
            makeFile(dir.path() + name);
            paths.push_back(dir.path() + name);
        }
        makeFile(elsewhere.path() + "/target");
        EXPECT_EQ(::symlink((elsewhere.path() + "/target").c_str(), (dir.path() + "/link").c_str()),
                  0);
        EXPECT_EQ(::mkdir((dir.path() + "/sub").c_str(), 0755), 0);
        EXPECT_EQ(::mkfifo((dir.path() + "/fifo").c_str(), 0644), 0);
        EXPECT_EQ(::link((dir.path() + "/f001").c_str(), (dir.path() + "/hard").c_str()), 0);
        makeFile(dir.path() + "/a b\nc");
        std::vector<std::string> extra = {dir.path() + "/link",        dir.path() + "/sub",
                                          dir.path() + "/fifo",        dir.path() + "/hard",
                                          dir.path() + "/a b\nc",      dir.path() + "/missing",
                                          elsewhere.path() + "/target"};
        // The hard link before its first name: its key must name the link.
        paths.insert(paths.begin() + 1, extra[3]);
        extra.erase(extra.begin() + 3);
        for (std::size_t i = 0; i < extra.size(); ++i) {
            const auto at = std::min(paths.size(), 5 + 7 * i);
            paths.insert(paths.begin() + static_cast<long>(at), extra[i]);
        }
    }
};

TEST(FileKeys, ADirectoryWithManyRegisteredFilesIsListedAndGivesWhatStatGives) {
    MixedDirectory mixed{100};
    bool hasDirectories = false;
    const auto expected = expectedKeys(mixed.paths, &hasDirectories);
    const auto set = rm::fileKeysFor(mixed.paths);
    EXPECT_EQ(keysOf(set), expected);
    EXPECT_TRUE(hasDirectories);
    EXPECT_EQ(set.hasDirectories, hasDirectories);
    if (listable(mixed.dir.path())) {
        EXPECT_EQ(set.listedDirectories, 1U);
    } else {
        std::cout << "[   NOTE   ] " << mixed.dir.path()
                  << " is on a file system that is not listed; only the keys were compared\n";
        EXPECT_EQ(set.listedDirectories, 0U);
    }
}

TEST(FileKeys, AFewFilesOfADirectoryAreStatedOneByOne) {
    MixedDirectory mixed{10};
    const auto set = rm::fileKeysFor(mixed.paths);
    EXPECT_EQ(keysOf(set), expectedKeys(mixed.paths));
    EXPECT_EQ(set.listedDirectories, 0U);
}

// One big directory is listed on a second thread while the files of 30 small ones are stated.
TEST(FileKeys, ThousandsOfFilesOnTwoThreadsGiveWhatStatGives) {
    MixedDirectory big{3000};
    std::vector<std::unique_ptr<MixedDirectory>> small;
    std::vector<std::string> paths = big.paths;
    for (int i = 0; i < 30; ++i) {
        small.push_back(std::make_unique<MixedDirectory>(20));
        paths.insert(paths.begin() + 97 * i, small.back()->paths.begin(),
                     small.back()->paths.end());
    }
    const auto set = rm::fileKeysFor(paths);
    EXPECT_EQ(keysOf(set), expectedKeys(paths));
    EXPECT_EQ(set.listedDirectories, listable(big.dir.path()) ? 1U : 0U);
}

// Runs `body` in a child process with a private mount namespace (root only): mounts made there
// vanish with it. The child's exit status is the number of the first failed check, 0 if none.
// Returns that status, or -1 when the namespace could not be made (not root).
int inPrivateMountNamespace(const std::function<int()>& body) {
    const pid_t child = ::fork();
    if (child == 0) {
        if (::unshare(CLONE_NEWNS) != 0 ||
            ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            ::_exit(100);
        }
        ::_exit(body());
    }
    int status = 0;
    if (child < 0 || ::waitpid(child, &status, 0) != child || !WIFEXITED(status)) {
        return 101;
    }
    return WEXITSTATUS(status) == 100 ? -1 : WEXITSTATUS(status);
}

// A file mounted over a registered name hides the entry that the listing shows: the key must be
// the mounted file's, as stat sees it.
TEST(FileKeys, AFileMountedOverARegisteredNameGivesTheMountedFile) {
    MixedDirectory mixed{64};
    TempDir other{"rmkeys-mounted"};
    makeFile(other.path() + "/replacement");
    const std::string hidden = mixed.dir.path() + "/f040";
    const int status = inPrivateMountNamespace([&] {
        if (::mount((other.path() + "/replacement").c_str(), hidden.c_str(), nullptr, MS_BIND,
                    nullptr) != 0) {
            return 1;
        }
        const auto expected = expectedKeys(mixed.paths);
        const auto set = rm::fileKeysFor(mixed.paths);
        if (keysOf(set) != expected) {
            return 2;
        }
        struct statx mounted {};
        ::statx(AT_FDCWD, (other.path() + "/replacement").c_str(), 0, STATX_INO, &mounted);
        const rm::FileKey key{makedev(mounted.stx_dev_major, mounted.stx_dev_minor),
                              mounted.stx_ino};
        if (!set.contains(key)) {
            return 3;
        }
        return set.listedDirectories == (listable(mixed.dir.path()) ? 1U : 0U) ? 0 : 4;
    });
    if (status < 0) {
        GTEST_SKIP() << "needs root for a private mount namespace (CI runs it as root)";
    }
    EXPECT_EQ(status, 0) << "1: bind mount failed, 2: keys differ from statx, 3: the mounted "
                            "file's key is missing, 4: listing used or not used unexpectedly";
}

// The folders of an overlay under a fresh temporary folder. mount() mounts it (in a private mount
// namespace: see inPrivateMountNamespace) over the lower layer as it is at that moment.
struct OverlayFolders {
    TempDir root;
    std::string lower = root.path() + "/lower";
    std::string upper = root.path() + "/upper";
    std::string work = root.path() + "/work";
    std::string merged = root.path() + "/merged";

    explicit OverlayFolders(const std::string& prefix) : root{prefix} {
        for (const auto& dir : {lower, upper, work, merged}) {
            EXPECT_EQ(::mkdir(dir.c_str(), 0755), 0) << dir;
        }
    }
    [[nodiscard]] bool mount() const {
        const std::string options = "lowerdir=" + lower + ",upperdir=" + upper + ",workdir=" + work;
        return ::mount("overlay", merged.c_str(), "overlay", 0, options.c_str()) == 0;
    }
};

// On tmpfs the listing is used; on overlayfs (not on the list: its inode numbers and devices can
// differ from what stat reports) the files are stated. Both give what stat gives.
TEST(FileKeys, TmpfsIsListedAndOverlayfsIsStated) {
    const OverlayFolders overlay{"rmkeys-fs"};
    const std::string tmpfs = overlay.root.path() + "/tmpfs";
    ASSERT_EQ(::mkdir(tmpfs.c_str(), 0755), 0);
    for (int i = 0; i < 40; ++i) {
        makeFile(overlay.lower + "/l" + std::to_string(i));
    }
    const int status = inPrivateMountNamespace([&] {
        if (::mount("rmkeys", tmpfs.c_str(), "tmpfs", 0, "size=1m") != 0) {
            return 1;
        }
        std::vector<std::string> onTmpfs;
        for (int i = 0; i < 40; ++i) {
            const auto path = tmpfs + "/t" + std::to_string(i);
            const int fd = ::open(path.c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
            ::close(fd);
            onTmpfs.push_back(path);
        }
        const auto tmpfsSet = rm::fileKeysFor(onTmpfs);
        if (keysOf(tmpfsSet) != expectedKeys(onTmpfs)) {
            return 2;
        }
        if (tmpfsSet.listedDirectories != 1) {
            return 3;
        }
        if (!overlay.mount()) {
            return 4;
        }
        std::vector<std::string> onOverlay;
        for (int i = 0; i < 40; ++i) {
            onOverlay.push_back(overlay.merged + "/l" + std::to_string(i));
        }
        const auto overlaySet = rm::fileKeysFor(onOverlay);
        if (keysOf(overlaySet) != expectedKeys(onOverlay) || overlaySet.size() != 40) {
            return 5;
        }
        return overlaySet.listedDirectories == 0 ? 0 : 6;
    });
    if (status < 0) {
        GTEST_SKIP() << "needs root for a private mount namespace (CI runs it as root)";
    }
    EXPECT_EQ(status, 0) << "1: tmpfs mount failed, 2: tmpfs keys differ from statx, 3: tmpfs not "
                            "listed, 4: overlay mount failed, 5: overlay keys differ from statx, "
                            "6: overlay listed";
}

// mkfs.btrfs, which is in sbin (not always on a test's PATH).
std::optional<std::string> mkfsBtrfs() {
    if (auto found = rmtest::findProgram("mkfs.btrfs")) {
        return found;
    }
    for (const char* path : {"/usr/sbin/mkfs.btrfs", "/sbin/mkfs.btrfs"}) {
        if (::access(path, X_OK) == 0) {
            return std::string{path};
        }
    }
    return std::nullopt;
}

// Writes `text` to a new file.
bool writeText(const std::string& path, const std::string& text) {
    const int fd = ::open(path.c_str(), O_CREAT | O_WRONLY | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ::close(fd);
    return ok;
}

// Writes 8 KiB to a new file, so that it can be mapped.
bool writeSmallFile(const std::string& path) {
    return writeText(path, std::string(8192, 'x'));
}

// Drops capabilities from this process's effective set.
bool dropCapabilities(std::initializer_list<int> capabilities) {
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (::syscall(SYS_capget, &header, data) != 0) {
        return false;
    }
    for (const int cap : capabilities) {
        data[cap / 32].effective &= ~(1U << (cap % 32));
    }
    return ::syscall(SYS_capset, &header, data) == 0;
}

constexpr int kCapCheckpointRestore = 40; // Linux 5.9; Debian 12's headers predate it

// Following a /proc/PID/map_files link needs one of these two.
bool dropMapFilesCapabilities() {
    return dropCapabilities({CAP_SYS_ADMIN, kCapCheckpointRestore});
}

// Run in a private mount namespace: starts one holder that maps each of `mapped` (and holds no
// descriptor), looks for `registered`, and checks that exactly the holders of registered files
// are found, each as a mapping of its file, first with map_files to confirm a mapping found under
// an alias and then without (no CAP_SYS_ADMIN: the path decides). Returns 0, or what failed:
// 4: a holder did not start, 5: not `aliases` aliases, 6: found for something else than a
// mapping, 7: the holder of an unregistered file found, 8: a holder of a registered file missed or
// given the wrong file, 9: capabilities not dropped; 16-18: 6-8 without the capabilities.
int checkMappedHolders(const std::vector<std::string>& registered,
                       const std::vector<std::string>& mapped, std::size_t aliases) {
    const std::string holder = rmtest::helperPath("rm_test_file_holder");
    std::vector<rmtest::ChildProcess> holders;
    std::map<pid_t, std::vector<std::uint32_t>> expected;
    for (const auto& path : mapped) {
        holders.push_back(rmtest::ChildProcess::spawn({holder, "--mmap", path, "-"}));
        if (holders.back().readLine() != "holding 1") {
            return 4;
        }
        const auto it = std::find(registered.begin(), registered.end(), path);
        if (it != registered.end()) {
            expected[holders.back().pid()] = {
                static_cast<std::uint32_t>(std::distance(registered.begin(), it))};
        }
    }
    const auto keys = rm::fileKeysFor(registered);
    if (keys.mapsAliases.size() != aliases) {
        return 5;
    }
    const auto check = [&]() -> int {
        const auto scan = rm::scanProcesses(keys);
        std::map<pid_t, std::vector<std::uint32_t>> found;
        for (const auto& use : scan.users) {
            if (std::any_of(holders.begin(), holders.end(),
                            [&use](const rmtest::ChildProcess& h) { return h.pid() == use.pid; })) {
                if (use.uses != rm::UseMapped) {
                    return 6;
                }
                if (!expected.contains(use.pid)) {
                    return 7;
                }
                found[use.pid] = use.files;
            }
        }
        return found == expected ? 0 : 8;
    };
    if (const int failed = check(); failed != 0) {
        return failed;
    }
    if (!dropMapFilesCapabilities()) {
        return 9;
    }
    if (const int failed = check(); failed != 0) {
        return failed + 10;
    }
    return 0;
}

// btrfs gives each subvolume a device of its own in stat, while /proc/PID/maps names a mapped file
// by the file system's device, and every subvolume numbers its inodes from the same start. A
// process that only maps a registered file on btrfs must be found (it was not: its key never
// matched), and one that maps another subvolume's file with the same inode number must not be
// taken for it.
TEST(ProcessScan, MappingsOfFilesOnBtrfsSubvolumesAreFoundAndNotConfused) {
    const auto mkfs = mkfsBtrfs();
    if (!mkfs) {
        GTEST_SKIP()
            << "mkfs.btrfs is not installed (scripts/install-deps.sh installs btrfs-progs)";
    }
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root to mount a btrfs image (CI runs it as root)";
    }
    TempDir dir{"rmscan-btrfs"};
    const std::string image = dir.path() + "/fs.img";
    const std::string mountPoint = dir.path() + "/mnt";
    ASSERT_EQ(::mkdir(mountPoint.c_str(), 0755), 0);
    {
        const int fd = ::open(image.c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0600);
        ASSERT_GE(fd, 0);
        ASSERT_EQ(::ftruncate(fd, 256L << 20), 0);
        ::close(fd);
    }
    ASSERT_EQ(rmtest::runCommand(*mkfs + " -q " + image + " >/dev/null 2>&1"), 0);
    constexpr int kNoMount = 90;
    const int status = inPrivateMountNamespace([&] {
        if (rmtest::runCommand("mount -o loop " + image + " " + mountPoint + " 2>/dev/null") != 0) {
            return kNoMount;
        }
        const int result = [&] {
            const int top = ::open(mountPoint.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            btrfs_ioctl_vol_args args{};
            std::snprintf(args.name, sizeof args.name, "sub");
            const bool created = top >= 0 && ::ioctl(top, BTRFS_IOC_SUBVOL_CREATE, &args) == 0;
            if (top >= 0) {
                ::close(top);
            }
            if (!created) {
                return 1;
            }
            // The first file of each subvolume: the same inode number, different stat devices.
            const std::string other = mountPoint + "/other";
            const std::string registered = mountPoint + "/sub/registered";
            const std::string second = mountPoint + "/second";
            for (const auto& path : {other, registered, second}) {
                if (!writeSmallFile(path)) {
                    return 2;
                }
            }
            struct stat a {};
            struct stat b {};
            if (::stat(other.c_str(), &a) != 0 || ::stat(registered.c_str(), &b) != 0 ||
                a.st_ino != b.st_ino || a.st_dev == b.st_dev) {
                return 3;
            }
            // A directory of the subvolume with many registered files is listed; its files take
            // its device, and a subvolume inside it (a directory entry of another device) is
            // stated: the keys are what stat gives.
            ::setenv("TMPDIR", (mountPoint + "/sub").c_str(), 1);
            {
                MixedDirectory mixed{64};
                const int dirFd = ::open(mixed.dir.path().c_str(), O_RDONLY | O_DIRECTORY);
                btrfs_ioctl_vol_args nested{};
                std::snprintf(nested.name, sizeof nested.name, "nested");
                const bool made =
                    dirFd >= 0 && ::ioctl(dirFd, BTRFS_IOC_SUBVOL_CREATE, &nested) == 0;
                if (dirFd >= 0) {
                    ::close(dirFd);
                }
                auto paths = mixed.paths;
                paths.insert(paths.begin() + 3, mixed.dir.path() + "/nested");
                const auto set = rm::fileKeysFor(paths);
                if (!made || keysOf(set) != expectedKeys(paths) || set.listedDirectories != 1) {
                    return 20;
                }
                // The subvolume goes before the temporary folders do (it cannot be unlinked).
                const int again = ::open(mixed.dir.path().c_str(), O_RDONLY | O_DIRECTORY);
                const bool destroyed =
                    again >= 0 && ::ioctl(again, BTRFS_IOC_SNAP_DESTROY, &nested) == 0;
                if (again >= 0) {
                    ::close(again);
                }
                if (!destroyed) {
                    return 21;
                }
            }
            if (const int failed =
                    checkMappedHolders({registered, second}, {other, registered, second}, 2);
                failed != 0) {
                return failed;
            }
            // A registered path whose old file, still mapped, was replaced: maps names it
            // "PATH (deleted)" under the file system's device, and its inode number (257) is
            // `registered`'s too, so its key is that file's alias. It is found by its path.
            rmtest::ChildProcess mapsOld = rmtest::ChildProcess::spawn(
                {rmtest::helperPath("rm_test_file_holder"), "--mmap", other, "-"});
            if (mapsOld.readLine() != "holding 1" || !writeSmallFile(other + ".new") ||
                ::rename((other + ".new").c_str(), other.c_str()) != 0) {
                return 22;
            }
            const std::vector<std::string> paths{registered, other};
            const auto keys = rm::fileKeysFor(paths);
            for (const auto& use : rm::scanProcesses(keys).users) {
                if (use.pid == mapsOld.pid()) {
                    return use.uses == rm::UseMapped && use.files == std::vector<std::uint32_t>{1}
                               ? 0
                               : 23;
                }
            }
            return 24;
        }();
        ::umount2(mountPoint.c_str(), 0);
        return result;
    });
    if (status < 0) {
        GTEST_SKIP() << "needs root for a private mount namespace (CI runs it as root)";
    }
    if (status == kNoMount) {
        GTEST_SKIP() << "the btrfs image could not be mounted here (no loop device or no btrfs)";
    }
    EXPECT_EQ(status, 0)
        << "1: subvolume not created, 2: files not written, 3: the two files do "
           "not share an inode number on two devices, 20: a listed directory of "
           "a subvolume gave other keys than stat or was not listed, 21: the "
           "nested subvolume not deleted, 22: the replaced file's holder did not start, "
           "23/24: the holder of the replaced registered file given the wrong "
           "file / missed; others: checkMappedHolders";
}

// An overlay whose layers are on two file systems (here a tmpfs below the test's folder's file
// system): stat gives each layer's file a device of the layer's own, maps the overlay's device.
// Files from the lower and the upper layer, only mapped, are found.
TEST(ProcessScan, MappingsOfFilesOnAnOverlayOverTwoFileSystemsAreFound) {
    const OverlayFolders overlay{"rmscan-overlay"};
    const int status = inPrivateMountNamespace([&] {
        if (::mount("rmscan", overlay.lower.c_str(), "tmpfs", 0, "size=1m") != 0 ||
            !writeSmallFile(overlay.lower + "/from-lower") ||
            !writeSmallFile(overlay.lower + "/unregistered")) {
            return 1;
        }
        if (!overlay.mount()) {
            return 2;
        }
        const int result = [&] {
            if (!writeSmallFile(overlay.merged + "/from-upper")) {
                return 3;
            }
            const std::vector<std::string> registered{overlay.merged + "/from-lower",
                                                      overlay.merged + "/from-upper"};
            return checkMappedHolders(registered,
                                      {overlay.merged + "/from-lower",
                                       overlay.merged + "/from-upper",
                                       overlay.merged + "/unregistered"},
                                      2);
        }();
        ::umount2(overlay.merged.c_str(), 0);
        ::umount2(overlay.lower.c_str(), 0);
        return result;
    });
    if (status < 0) {
        GTEST_SKIP() << "needs root for a private mount namespace (CI runs it as root)";
    }
    EXPECT_EQ(status, 0) << "1: tmpfs not mounted or written, 2: overlay mount failed, 3: upper "
                            "file not written; others: checkMappedHolders";
}

// What Debian 12's Linux 6.1 shows for a mapping of a file on an overlay: the layer's file (its
// device and inode) under the overlay's path, where this kernel shows the overlay's file. A /proc
// tree written by the test stands in for 6.1's, for two real holders: each with its real stat, a
// maps line naming the overlay's file under the lower layer's key, and a map_files link, which
// for the first leads to the overlay's file (as the kernel's link does) and for the second to
// another file (a process of another mount namespace, where that path is another file). The first
// is found as mapping the registered file, the second is not; and where map_files cannot be
// followed (its folder unreadable, capabilities dropped) the path decides.
TEST(ProcessScan, OverlayMappingsNamedByTheLayersFileAreFoundByTheirPath) {
    const OverlayFolders overlay{"rmscan-overlay-path"};
    const std::string fake = overlay.root.path() + "/proc";
    ASSERT_EQ(::mkdir(fake.c_str(), 0755), 0);
    ASSERT_TRUE(writeSmallFile(overlay.lower + "/lib.so"));
    ASSERT_TRUE(writeSmallFile(overlay.root.path() + "/elsewhere.so"));
    const std::string holder = rmtest::helperPath("rm_test_file_holder");
    const int status = inPrivateMountNamespace([&] {
        if (!overlay.mount()) {
            return 1;
        }
        const int result = [&] {
            const std::string registered = overlay.merged + "/lib.so";
            struct stat layer {};
            if (::stat((overlay.lower + "/lib.so").c_str(), &layer) != 0) {
                return 2;
            }
            std::vector<rmtest::ChildProcess> holders;
            for (const auto& path : {registered, overlay.root.path() + "/elsewhere.so"}) {
                holders.push_back(rmtest::ChildProcess::spawn({holder, "--mmap", path, "-"}));
                if (holders.back().readLine() != "holding 1") {
                    return 3;
                }
            }
            const std::string range = "7f0000001000-7f0000003000";
            char line[512];
            std::snprintf(line, sizeof line,
                          "%s r--s 00000000 %02x:%02x %llu                   %s\n", range.c_str(),
                          major(layer.st_dev), minor(layer.st_dev),
                          static_cast<unsigned long long>(layer.st_ino), registered.c_str());
            for (std::size_t i = 0; i < holders.size(); ++i) {
                const std::string pid = std::to_string(holders[i].pid());
                const std::string dir = fake + "/" + pid;
                char exe[4096];
                const ssize_t n =
                    ::readlink(("/proc/" + pid + "/exe").c_str(), exe, sizeof exe - 1);
                if (n <= 0 || ::mkdir(dir.c_str(), 0755) != 0 ||
                    ::mkdir((dir + "/fd").c_str(), 0755) != 0 ||
                    ::mkdir((dir + "/map_files").c_str(), 0755) != 0 ||
                    !writeText(dir + "/stat", rmtest::readFile("/proc/" + pid + "/stat")) ||
                    !writeText(dir + "/maps", line) ||
                    ::symlink(std::string(exe, static_cast<std::size_t>(n)).c_str(),
                              (dir + "/exe").c_str()) != 0 ||
                    ::symlink((i == 0 ? registered : overlay.root.path() + "/elsewhere.so").c_str(),
                              (dir + "/map_files/" + range).c_str()) != 0) {
                    return 4;
                }
            }
            const std::vector<std::string> paths{registered}; // outlives the keys
            const auto keys = rm::fileKeysFor(paths);
            if (keys.overlayFiles.size() != 1 || !keys.mapsAliases.empty()) {
                return 5;
            }
            const auto found = [&]() {
                std::map<pid_t, std::pair<unsigned, std::vector<std::uint32_t>>> users;
                for (const auto& use : rm::scanProcesses(keys, fake).users) {
                    users[use.pid] = {use.uses, use.files};
                }
                return users;
            };
            const std::map<pid_t, std::pair<unsigned, std::vector<std::uint32_t>>> expected{
                {holders[0].pid(), {rm::UseMapped, {0}}}};
            if (found() != expected) {
                return 6;
            }
            // No map_files: the second process (whose path is another file) is left out, since
            // the path is all there is to go by then.
            const std::string second = fake + "/" + std::to_string(holders[1].pid());
            if (rmtest::runCommand("rm -r " + second) != 0 ||
                ::chmod((fake + "/" + std::to_string(holders[0].pid()) + "/map_files").c_str(),
                        0) != 0 ||
                !dropCapabilities({CAP_SYS_ADMIN, kCapCheckpointRestore, CAP_DAC_OVERRIDE,
                                   CAP_DAC_READ_SEARCH})) {
                return 7;
            }
            return found() == expected ? 0 : 8;
        }();
        ::umount2(overlay.merged.c_str(), 0);
        return result;
    });
    if (status < 0) {
        GTEST_SKIP() << "needs root for a private mount namespace (CI runs it as root)";
    }
    EXPECT_EQ(status, 0)
        << "1: overlay mount failed, 2: layer file not stated, 3: a holder did not "
           "start, 4: the /proc tree not written, 5: not one overlay file, 6: "
           "not exactly the first holder found, 7: could not take map_files "
           "away, 8: not found by its path without map_files";
}
} // namespace

// The scan's key table against std::map, on keys shaped like real ones (a few devices, inodes in
// runs) and on keys that only differ in the device: every key found with its first index, no
// other found, whatever the number of devices (up to four are listed, more turn the list off).
TEST(FileKeyMap, FindsExactlyTheKeysItWasGivenWithTheirFirstIndex) {
    for (const std::size_t devices : {1U, 4U, 5U, 40U}) {
        rm::FileKeyMap map;
        std::map<std::pair<std::uint64_t, std::uint64_t>, std::uint32_t> expected;
        std::uint32_t index = 0;
        for (std::uint64_t inode = 1000; inode < 7000; inode += 1 + inode % 3) {
            const std::uint64_t device = makedev(8, static_cast<unsigned>(inode % devices));
            map.tryEmplace({device, inode}, index);
            expected.try_emplace({device, inode}, index);
            ++index;
        }
        // Again under new indices: the first index stays.
        for (std::uint64_t inode = 1000; inode < 2000; ++inode) {
            const std::uint64_t device = makedev(8, static_cast<unsigned>(inode % devices));
            map.tryEmplace({device, inode}, index);
            expected.try_emplace({device, inode}, index);
            ++index;
        }
        ASSERT_EQ(map.size(), expected.size()) << devices << " devices";
        std::size_t visited = 0;
        map.forEach([&](const rm::FileKey& key, std::uint32_t value) {
            ++visited;
            const auto it = expected.find({key.device, key.inode});
            ASSERT_NE(it, expected.end());
            EXPECT_EQ(value, it->second);
        });
        EXPECT_EQ(visited, expected.size());
        std::size_t misses = 0;
        for (std::uint64_t inode = 0; inode < 9000; ++inode) {
            for (unsigned minor = 0; minor < devices + 2; ++minor) {
                const rm::FileKey key{makedev(8, minor), inode};
                const auto it = expected.find({key.device, key.inode});
                const auto* found = map.find(key);
                if (it == expected.end()) {
                    EXPECT_EQ(found, nullptr) << devices << " devices, 8:" << minor << " " << inode;
                    ++misses;
                } else {
                    ASSERT_NE(found, nullptr) << devices << " devices, 8:" << minor << " " << inode;
                    EXPECT_EQ(*found, it->second);
                }
            }
        }
        EXPECT_GT(misses, expected.size());
    }
    const rm::FileKeyMap empty;
    EXPECT_TRUE(empty.empty());
    EXPECT_EQ(empty.find({makedev(8, 1), 1}), nullptr);
}
