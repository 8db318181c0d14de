#include "core/private/store_location.h"

#include "core/log.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <pwd.h>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace rm {

DirectoryHandle::~DirectoryHandle() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

DirectoryHandle::DirectoryHandle(DirectoryHandle&& other) noexcept
    : m_fd{std::exchange(other.m_fd, -1)}, m_path{std::move(other.m_path)} {}

DirectoryHandle& DirectoryHandle::operator=(DirectoryHandle&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
    }
    return *this;
}

int DirectoryHandle::release() {
    return std::exchange(m_fd, -1);
}

namespace {

constexpr int kOpenFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

Error openError(int err, const std::string& path, std::string_view doing) {
    std::string message = "cannot " + std::string{doing} + " session store directory " + path +
                          ": " + std::strerror(err);
    if (err == ELOOP || err == ENOTDIR) {
        message += " (a symbolic link or not a directory)";
    }
    return makeError(err == EACCES || err == EPERM ? ERROR_ACCESS_DENIED : ERROR_WRITE_FAULT,
                     std::move(message));
}

// A directory above the store: root's or this user's, and nobody else may change its entries
// (a sticky directory of root's, such as /tmp, lets others create but not rename or remove).
Status checkParent(int fd, const std::string& path) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        return openError(errno, path, "inspect");
    }
    const uid_t euid = ::geteuid();
    if (st.st_uid != 0 && st.st_uid != euid) {
        return makeError(ERROR_ACCESS_DENIED, "session store directory lies below " + path +
                                                  ", which belongs to user " +
                                                  std::to_string(st.st_uid));
    }
    const bool sharedWritable = (st.st_mode & (S_IWGRP | S_IWOTH)) != 0;
    if (sharedWritable && !((st.st_mode & S_ISVTX) != 0 && st.st_uid == 0)) {
        return makeError(ERROR_WRITE_FAULT, "session store directory lies below " + path +
                                                ", which other users may write to");
    }
    return {};
}

// Opens `name` inside `parent`, creating it 0700 when missing and `create` is set.
// `missing`, when given, is set when the component does not exist (and is not created).
Expected<int> openComponent(int parent, const std::string& name, bool create,
                            const std::string& path, bool* missing = nullptr) {
    int fd = ::openat(parent, name.c_str(), kOpenFlags);
    if (fd < 0 && errno == ENOENT && create) {
        if (::mkdirat(parent, name.c_str(), 0700) != 0 && errno != EEXIST) {
            return openError(errno, path, "create");
        }
        fd = ::openat(parent, name.c_str(), kOpenFlags);
    }
    if (fd < 0) {
        if (errno == ENOENT && missing != nullptr) {
            *missing = true;
        }
        return openError(errno, path, "open");
    }
    return fd;
}

Expected<DirectoryHandle> walkNoFollow(const std::string& path, int creatable, bool* missing) {
    if (path.empty() || path.front() != '/') {
        return makeError(ERROR_WRITE_FAULT,
                         "session store directory must be an absolute path, got '" + path + "'");
    }
    std::vector<std::string> components;
    for (std::size_t i = 0; i < path.size();) {
        const auto end = std::min(path.find('/', i), path.size());
        std::string component = path.substr(i, end - i);
        if (component == "..") {
            return makeError(ERROR_WRITE_FAULT,
                             "session store directory " + path + " must not contain '..'");
        }
        if (!component.empty() && component != ".") {
            components.push_back(std::move(component));
        }
        i = end + 1;
    }
    int fd = ::open("/", kOpenFlags);
    if (fd < 0) {
        return openError(errno, "/", "open");
    }
    DirectoryHandle current{fd, "/"};
    std::string walked;
    for (std::size_t i = 0; i < components.size(); ++i) {
        if (auto status = checkParent(current.fd(), current.path()); !status) {
            return status.error();
        }
        walked += "/" + components[i];
        const bool create = static_cast<int>(components.size() - i) <= creatable;
        auto next = openComponent(current.fd(), components[i], create, walked, missing);
        if (!next) {
            return next.error();
        }
        current = DirectoryHandle{*next, walked};
    }
    return current;
}

std::string_view environment(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr ? std::string_view{value} : std::string_view{};
}

// `restartmanager` inside a runtime directory (XDG_RUNTIME_DIR or /run/user/EUID), or nothing
// when that directory is not this user's private one.
std::optional<Expected<DirectoryHandle>>
inRuntimeDirectory(const std::string& runtime, const char* what, bool create, bool* missing) {
    auto directory = openDirectoryNoFollow(runtime, 0);
    if (!directory) {
        log::core()->debug("{} {} is not used for the session store: {}", what, runtime,
                           directory.error().message);
        return std::nullopt;
    }
    if (auto status = checkPrivateDirectory(*directory); !status) {
        log::core()->debug("{} {} is not used for the session store: {}", what, runtime,
                           status.error().message);
        return std::nullopt;
    }
    const std::string path = directory->path() + "/restartmanager";
    auto fd = openComponent(directory->fd(), "restartmanager", create, path, missing);
    if (!fd) {
        return Expected<DirectoryHandle>{fd.error()};
    }
    DirectoryHandle store{*fd, path};
    if (auto status = checkPrivateDirectory(store); !status) {
        return Expected<DirectoryHandle>{status.error()};
    }
    return Expected<DirectoryHandle>{std::move(store)};
}

Expected<DirectoryHandle> privateDirectory(const std::string& path, int creatable,
                                           bool* missing = nullptr) {
    auto directory = walkNoFollow(path, creatable, missing);
    if (!directory) {
        return directory.error();
    }
    if (auto status = checkPrivateDirectory(*directory); !status) {
        return status.error();
    }
    return directory;
}

std::optional<std::string> homeOf(uid_t uid) {
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(static_cast<std::size_t>(size > 0 ? size : 16384));
    passwd entry{};
    passwd* found = nullptr;
    while (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == ERANGE) {
        buffer.resize(buffer.size() * 2);
    }
    if (found == nullptr || found->pw_dir == nullptr || found->pw_dir[0] != '/') {
        return std::nullopt;
    }
    return std::string{found->pw_dir};
}

} // namespace

Status checkPrivateDirectory(const DirectoryHandle& directory) {
    struct stat st {};
    if (::fstat(directory.fd(), &st) != 0) {
        return openError(errno, directory.path(), "inspect");
    }
    if (!S_ISDIR(st.st_mode)) {
        return makeError(ERROR_WRITE_FAULT,
                         "session store location " + directory.path() + " is not a directory");
    }
    if (st.st_uid != ::geteuid()) {
        return makeError(ERROR_ACCESS_DENIED, "session store directory " + directory.path() +
                                                  " belongs to user " + std::to_string(st.st_uid) +
                                                  ", not to this user");
    }
    if ((st.st_mode & 077) != 0) {
        return makeError(ERROR_WRITE_FAULT,
                         "session store directory " + directory.path() +
                             " is readable or writable by other users; it must have mode 0700");
    }
    return {};
}

Expected<DirectoryHandle> openDirectoryNoFollow(const std::string& path, int creatable) {
    return walkNoFollow(path, creatable, nullptr);
}

namespace {

// The store's location as openStoreDirectory describes it. Without `create` nothing is created,
// and `missing` tells whether the failure is only that the store's folder does not exist.
Expected<DirectoryHandle> storeDirectory(bool create, bool* missing) {
    if (const auto overridden = environment("RESTARTMANAGER_STORE_DIR"); !overridden.empty()) {
        return privateDirectory(std::string{overridden}, create ? 1 : 0, missing);
    }
    const uid_t euid = ::geteuid();
    if (const auto runtime = environment("XDG_RUNTIME_DIR"); !runtime.empty()) {
        if (auto store =
                inRuntimeDirectory(std::string{runtime}, "XDG_RUNTIME_DIR", create, missing)) {
            return std::move(*store);
        }
    }
    if (auto store = inRuntimeDirectory("/run/user/" + std::to_string(euid), "runtime directory",
                                        create, missing)) {
        return std::move(*store);
    }
    if (euid == 0) {
        return privateDirectory("/run/restartmanager", create ? 1 : 0, missing);
    }
    const auto home = homeOf(euid);
    if (!home) {
        return makeError(ERROR_WRITE_FAULT, "user " + std::to_string(euid) +
                                                " has no home directory for the session store");
    }
    return privateDirectory(*home + "/.local/state/restartmanager", create ? 3 : 0, missing);
}

} // namespace

Expected<DirectoryHandle> openStoreDirectory() {
    return storeDirectory(true, nullptr);
}

Expected<std::optional<DirectoryHandle>> openExistingStoreDirectory() {
    bool missing = false;
    auto directory = storeDirectory(false, &missing);
    if (!directory) {
        if (missing) {
            return std::optional<DirectoryHandle>{};
        }
        return directory.error();
    }
    return std::optional<DirectoryHandle>{std::move(*directory)};
}

} // namespace rm
