#include "core/instance_lock.h"

#include "core/log.h"
#include "core/private/store_location.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rm {

namespace {

bool isPlainFileName(const std::string& name) {
    if (name.empty() || name == "." || name == ".." || name.size() > 255) {
        return false;
    }
    for (const char c : name) {
        if (c == '/' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            return false;
        }
    }
    return true;
}

} // namespace

InstanceLock::~InstanceLock() {
    if (m_fd >= 0) {
        ::close(m_fd); // releases the lock
    }
}

InstanceLock::Result InstanceLock::acquire(const std::string& name) {
    if (m_fd >= 0) {
        return Result::Acquired;
    }
    if (!isPlainFileName(name)) {
        log::core()->warn("refused a lock name that is not a plain file name");
        return Result::Unavailable;
    }
    auto directory = openStoreDirectory();
    if (!directory) {
        log::core()->warn("no private folder for the lock {}: {}", name, directory.error().message);
        return Result::Unavailable;
    }
    const int fd = ::openat(directory->fd(), name.c_str(),
                            O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600);
    if (fd < 0) {
        log::core()->warn("cannot open the lock file {}/{}: {}", directory->path(), name,
                          std::strerror(errno));
        return Result::Unavailable;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) {
        log::core()->warn("the lock file {}/{} is not a file of this user's", directory->path(),
                          name);
        ::close(fd);
        return Result::Unavailable;
    }
    int locked = -1;
    do {
        locked = ::flock(fd, LOCK_EX | LOCK_NB);
    } while (locked != 0 && errno == EINTR);
    if (locked != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK) {
            return Result::AlreadyRunning;
        }
        log::core()->warn("cannot lock {}/{}: {}", directory->path(), name, std::strerror(error));
        return Result::Unavailable;
    }
    m_fd = fd;
    log::core()->info("holding the lock {}/{}", directory->path(), name);
    return Result::Acquired;
}

} // namespace rm
