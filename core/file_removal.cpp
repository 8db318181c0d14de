#include "core/file_removal.h"

#include "core/file_transaction.h"
#include "core/log.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <set>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace rm {

namespace {

constexpr std::string_view kOldSuffix = kReservedSuffixes[1];

std::string errorText(int error) {
    return std::system_category().message(error);
}

Error writeFault(std::string_view what, const std::string& path, int error) {
    return makeError(ERROR_WRITE_FAULT, std::string{what} + " " + path + ": " + errorText(error));
}

Error accessDenied(std::string message) {
    return makeError(ERROR_ACCESS_DENIED, std::move(message));
}

// StrictModes, as when installing: a folder only root or this user can change.
Status checkTrusted(const struct stat& st, const std::string& path) {
    const uid_t self = ::geteuid();
    if (st.st_uid != 0 && st.st_uid != self) {
        return accessDenied("refusing to remove files through " + path + ": it belongs to user " +
                            std::to_string(st.st_uid));
    }
    const bool othersMayWrite = (st.st_mode & (S_IWGRP | S_IWOTH)) != 0;
    const bool rootsSticky = st.st_uid == 0 && (st.st_mode & S_ISVTX) != 0;
    if (othersMayWrite && !rootsSticky) {
        return accessDenied("refusing to remove files through " + path +
                            ": its group or other users may change it");
    }
    return {};
}

std::vector<std::string> splitPath(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        const auto end = slash == std::string::npos ? path.size() : slash;
        if (end > start) {
            parts.push_back(path.substr(start, end - start));
        }
        if (slash == std::string::npos) {
            break;
        }
        start = slash + 1;
    }
    return parts;
}

std::pair<std::string, std::string> splitParent(const std::string& relative) {
    const auto slash = relative.rfind('/');
    if (slash == std::string::npos) {
        return {std::string{}, relative};
    }
    return {relative.substr(0, slash), relative.substr(slash + 1)};
}

int renameNoReplace(int dir, const std::string& from, const std::string& to) {
    if (::renameat2(dir, from.c_str(), dir, to.c_str(), RENAME_NOREPLACE) == 0) {
        return 0;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        return -1;
    }
    struct stat st {};
    if (::fstatat(dir, to.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        errno = EEXIST;
        return -1;
    }
    return ::renameat(dir, from.c_str(), dir, to.c_str());
}

} // namespace

FileRemoval::FileRemoval(std::string root, std::vector<std::string> files,
                         std::vector<std::string> folders)
    : m_root{std::move(root)}, m_files{std::move(files)}, m_folders{std::move(folders)} {}

FileRemoval::~FileRemoval() {
    closeAll();
}

FileRemoval::FileRemoval(FileRemoval&& other) noexcept
    : m_root{std::move(other.m_root)}, m_files{std::move(other.m_files)}, m_folders{std::move(
                                                                              other.m_folders)},
      m_entries{std::move(other.m_entries)}, m_rootChain{std::exchange(other.m_rootChain, {})},
      m_rootMissing{other.m_rootMissing}, m_directories{std::exchange(other.m_directories, {})},
      m_keptFolders{std::move(other.m_keptFolders)}, m_applied{other.m_applied} {}

FileRemoval& FileRemoval::operator=(FileRemoval&& other) noexcept {
    if (this != &other) {
        closeAll();
        m_root = std::move(other.m_root);
        m_files = std::move(other.m_files);
        m_folders = std::move(other.m_folders);
        m_entries = std::move(other.m_entries);
        m_rootChain = std::exchange(other.m_rootChain, {});
        m_rootMissing = other.m_rootMissing;
        m_directories = std::exchange(other.m_directories, {});
        m_keptFolders = std::move(other.m_keptFolders);
        m_applied = other.m_applied;
    }
    return *this;
}

void FileRemoval::closeAll() {
    for (auto& [relative, fd] : m_directories) {
        if (fd >= 0) {
            ::close(fd);
        }
    }
    m_directories.clear();
    for (const int fd : m_rootChain) {
        ::close(fd);
    }
    m_rootChain.clear();
}

std::string FileRemoval::display(const std::string& relative) const {
    return relative.empty() ? m_root : m_root + "/" + relative;
}

Expected<int> FileRemoval::directory(const std::string& relative) {
    if (auto found = m_directories.find(relative); found != m_directories.end()) {
        return found->second;
    }
    if (m_rootMissing) {
        return -1;
    }
    if (relative.empty()) {
        return m_rootChain.back();
    }
    const auto [parentPath, name] = splitParent(relative);
    auto parent = directory(parentPath);
    if (!parent) {
        return parent.error();
    }
    int fd = -1;
    if (*parent >= 0) {
        fd = ::openat(*parent, name.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            const int error = errno;
            struct stat st {};
            if (::fstatat(*parent, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
                return accessDenied("refusing to remove files through " + display(relative) +
                                    (S_ISLNK(st.st_mode)
                                         ? ": it is a symbolic link, which is never followed"
                                         : ": it is not a folder"));
            }
            if (error != ENOENT) {
                return writeFault("cannot open", display(relative), error);
            }
        } else {
            struct stat st {};
            if (::fstat(fd, &st) != 0) {
                const int error = errno;
                ::close(fd);
                return writeFault("cannot examine", display(relative), error);
            }
            if (auto trusted = checkTrusted(st, display(relative)); !trusted) {
                ::close(fd);
                return trusted.error();
            }
        }
    }
    m_directories.emplace(relative, fd);
    return fd;
}

Status FileRemoval::prepare() {
    closeAll();
    m_entries.assign(m_files.size(), Entry{});
    m_rootMissing = false;
    if (m_root.empty() || m_root.front() != '/') {
        return makeError(ERROR_BAD_ARGUMENTS, "the folder " + m_root + " is not a full path");
    }
    for (const auto& file : m_files) {
        if (auto bad = checkRelativeTarget(file); !bad) {
            return bad;
        }
    }
    for (const auto& folder : m_folders) {
        if (!folder.empty()) {
            if (auto bad = checkRelativeTarget(folder); !bad) {
                return bad;
            }
        }
    }
    // The root as the system resolves it now; then walked again without following anything, so
    // that a link swapped in meanwhile is refused.
    std::string resolved = m_root;
    if (char* real = ::realpath(m_root.c_str(), nullptr); real != nullptr) {
        resolved = real;
        std::free(real);
    } else if (errno == ENOENT) {
        m_rootMissing = true;
        return {};
    } else {
        return writeFault("cannot resolve", m_root, errno);
    }
    int fd = ::open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return writeFault("cannot open", "/", errno);
    }
    m_rootChain.push_back(fd);
    std::string walked;
    for (const auto& name : splitPath(resolved)) {
        walked += "/" + name;
        struct stat st {};
        if (::fstat(m_rootChain.back(), &st) != 0) {
            return writeFault("cannot examine", walked, errno);
        }
        if (auto trusted = checkTrusted(st, walked); !trusted) {
            return trusted;
        }
        fd = ::openat(m_rootChain.back(), name.c_str(),
                      O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            return accessDenied("refusing to remove files through " + walked + ": " +
                                errorText(errno));
        }
        m_rootChain.push_back(fd);
    }
    {
        struct stat st {};
        if (::fstat(m_rootChain.back(), &st) != 0) {
            return writeFault("cannot examine", m_root, errno);
        }
        if (auto trusted = checkTrusted(st, m_root); !trusted) {
            return trusted;
        }
    }
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        const auto [parent, name] = splitParent(m_files[i]);
        auto dir = directory(parent);
        if (!dir) {
            return dir.error();
        }
        Entry& entry = m_entries[i];
        entry.dir = *dir;
        entry.name = name;
        if (*dir < 0) {
            continue;
        }
        struct stat st {};
        if (::fstatat(*dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT) {
                continue;
            }
            return writeFault("cannot examine", display(m_files[i]), errno);
        }
        if (S_ISLNK(st.st_mode)) {
            return accessDenied("refusing to remove " + display(m_files[i]) +
                                ": it is a symbolic link now, not the file that was installed");
        }
        if (!S_ISREG(st.st_mode)) {
            return accessDenied("refusing to remove " + display(m_files[i]) +
                                ": it is not a regular file");
        }
        entry.present = true;
        entry.size = st.st_size;
        entry.device = st.st_dev;
        entry.inode = st.st_ino;
    }
    return {};
}

int FileRemoval::openForReading(std::size_t index) const {
    const Entry& entry = m_entries[index];
    if (!entry.present || entry.dir < 0) {
        errno = ENOENT;
        return -1;
    }
    return ::openat(entry.dir, entry.name.c_str(),
                    O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
}

Status FileRemoval::apply(const std::function<void(unsigned)>& progress) {
    const std::size_t total = m_entries.size();
    for (std::size_t i = 0; i < total; ++i) {
        Entry& entry = m_entries[i];
        if (progress && (i % 256 == 0)) {
            progress(static_cast<unsigned>(i * 100 / std::max<std::size_t>(1, total)));
        }
        if (!entry.present || entry.keep) {
            continue;
        }
        struct stat st {};
        if (::fstatat(entry.dir, entry.name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
            st.st_dev != entry.device || st.st_ino != entry.inode) {
            const std::string path = display(m_files[i]);
            rollback();
            return makeError(ERROR_WRITE_FAULT, path + " changed while it was being removed");
        }
        const std::string old = entry.name + std::string{kOldSuffix};
        if (renameNoReplace(entry.dir, entry.name, old) != 0) {
            const int error = errno;
            rollback();
            return writeFault("cannot set aside", display(m_files[i]), error);
        }
        entry.moved = true;
    }
    m_applied = true;
    if (progress) {
        progress(100);
    }
    return {};
}

Status FileRemoval::rollback() {
    Status result;
    for (std::size_t i = m_entries.size(); i-- > 0;) {
        Entry& entry = m_entries[i];
        if (!entry.moved) {
            continue;
        }
        const std::string old = entry.name + std::string{kOldSuffix};
        if (renameNoReplace(entry.dir, old, entry.name) != 0) {
            const int error = errno;
            log::core()->error("cannot put back {}: {}", display(m_files[i]), errorText(error));
            if (result) {
                result = writeFault("cannot put back", display(m_files[i]), error);
            }
            continue;
        }
        entry.moved = false;
    }
    m_applied = false;
    return result;
}

Status FileRemoval::commit() {
    Status result;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        Entry& entry = m_entries[i];
        if (!entry.moved) {
            continue;
        }
        const std::string old = entry.name + std::string{kOldSuffix};
        struct stat st {};
        if (::fstatat(entry.dir, old.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            (st.st_dev != entry.device || st.st_ino != entry.inode)) {
            log::core()->warn("{}{} is not the file that was set aside: left alone",
                              display(m_files[i]), kOldSuffix);
            continue;
        }
        if (::unlinkat(entry.dir, old.c_str(), 0) != 0 && errno != ENOENT) {
            const int error = errno;
            log::core()->error("cannot delete {}{}: {}", display(m_files[i]), kOldSuffix,
                               errorText(error));
            if (result) {
                result = writeFault("cannot delete", display(m_files[i]), error);
            }
        }
        entry.moved = false;
    }
    m_applied = false;
    // Deepest first; the root last.
    std::vector<std::string> folders = m_folders;
    std::sort(folders.begin(), folders.end(), [](const std::string& a, const std::string& b) {
        const auto depth = [](const std::string& s) {
            return s.empty() ? -1 : static_cast<int>(std::count(s.begin(), s.end(), '/'));
        };
        return depth(a) != depth(b) ? depth(a) > depth(b) : a > b;
    });
    folders.erase(std::unique(folders.begin(), folders.end()), folders.end());
    m_keptFolders.clear();
    for (const auto& folder : folders) {
        int parent = -1;
        std::string name;
        if (folder.empty()) {
            if (m_rootMissing || m_rootChain.size() < 2) {
                continue;
            }
            parent = m_rootChain[m_rootChain.size() - 2];
            name = splitParent(m_root.substr(1)).second;
            if (char* real = ::realpath(m_root.c_str(), nullptr); real != nullptr) {
                name = splitParent(std::string{real}.substr(1)).second;
                std::free(real);
            }
        } else {
            const auto [parentPath, leaf] = splitParent(folder);
            auto dir = directory(parentPath);
            if (!dir || *dir < 0) {
                continue;
            }
            parent = *dir;
            name = leaf;
        }
        struct stat st {};
        if (::fstatat(parent, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            continue;
        }
        if (!S_ISDIR(st.st_mode)) {
            m_keptFolders.push_back(folder);
            continue;
        }
        if (::unlinkat(parent, name.c_str(), AT_REMOVEDIR) != 0) {
            if (errno != ENOENT) {
                m_keptFolders.push_back(folder);
            }
        }
    }
    return result;
}

Expected<std::size_t> FileRemoval::recover() {
    std::size_t restored = 0;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        Entry& entry = m_entries[i];
        if (entry.present || entry.dir < 0) {
            continue;
        }
        const std::string old = entry.name + std::string{kOldSuffix};
        struct stat st {};
        if (::fstatat(entry.dir, old.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
            !S_ISREG(st.st_mode)) {
            continue;
        }
        if (renameNoReplace(entry.dir, old, entry.name) != 0) {
            return writeFault("cannot put back", display(m_files[i]), errno);
        }
        entry.present = true;
        entry.size = st.st_size;
        entry.device = st.st_dev;
        entry.inode = st.st_ino;
        ++restored;
    }
    return restored;
}

} // namespace rm
