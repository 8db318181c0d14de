#pragma once

#include "core/error.h"

#include <optional>
#include <string>

namespace rm {

// An open directory descriptor, closed when the object goes.
class DirectoryHandle {
public:
    DirectoryHandle() = default;
    DirectoryHandle(int fd, std::string path) : m_fd{fd}, m_path{std::move(path)} {}
    ~DirectoryHandle();
    DirectoryHandle(DirectoryHandle&& other) noexcept;
    DirectoryHandle& operator=(DirectoryHandle&& other) noexcept;
    DirectoryHandle(const DirectoryHandle&) = delete;
    DirectoryHandle& operator=(const DirectoryHandle&) = delete;

    [[nodiscard]] int fd() const { return m_fd; }
    // The path it was opened by, for messages only: everything is done through fd().
    [[nodiscard]] const std::string& path() const { return m_path; }
    // Gives up the descriptor without closing it.
    int release();

private:
    int m_fd = -1;
    std::string m_path;
};

// Opens the directory that holds this user's session store, creating it 0700 when missing. The
// directory is opened once, walking from "/" without following any symbolic link, and is used
// only through the descriptor afterwards, so nothing can be swapped under it. It must be owned by
// the effective user with no group or other permission bits; every directory above it must be
// owned by root or by the effective user and must not be writable by group or others unless it
// is root's and sticky (/tmp). The first location that applies:
//   1. $RESTARTMANAGER_STORE_DIR (absolute; a failing check is an error, it is never skipped);
//   2. $XDG_RUNTIME_DIR/restartmanager, used only when $XDG_RUNTIME_DIR is owned by the
//      effective user with mode 0700 (and its parents pass the checks); else ignored;
//   3. /run/user/EUID/restartmanager, under the same condition for /run/user/EUID;
//   4. /run/restartmanager for root; for other users PW_DIR/.local/state/restartmanager, where
//      PW_DIR is the home directory from the user database (never $HOME); missing .local and
//      .local/state are created 0700.
// Errors: ERROR_ACCESS_DENIED when the location belongs to another user or cannot be reached by
// this one, ERROR_WRITE_FAULT when it cannot be used for any other reason.
Expected<DirectoryHandle> openStoreDirectory();

// The same folder with the same checks, but nothing is created: for reading what is there.
// nullopt when the folder (or a folder on the way to it) does not exist.
Expected<std::optional<DirectoryHandle>> openExistingStoreDirectory();

// Opens an absolute directory path component by component without following symbolic links and
// checks the parents as above. The last `creatable` components are created 0700 when missing.
// The directory itself is not checked for privacy here.
Expected<DirectoryHandle> openDirectoryNoFollow(const std::string& path, int creatable);

// Checks an open directory: owned by the effective user, no group or other permission bits.
Status checkPrivateDirectory(const DirectoryHandle& directory);

} // namespace rm
