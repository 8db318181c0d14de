#include "ui/setup/single_instance.h"

#include "core/log.h"
#include "core/sha256.h"
#include "core/store_location.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

SetupInstanceLock::~SetupInstanceLock() {
    if (m_fd >= 0) {
        ::close(m_fd); // releases the lock
    }
}

QString SetupInstanceLock::fileName(const QString& product) {
    const QByteArray utf8 = product.toUtf8();
    // A readable part for whoever looks into the folder, and a hash, so that two products whose
    // names differ only in characters left out never share a lock.
    QString readable;
    for (const QChar c : product) {
        if (readable.size() >= 40) {
            break;
        }
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            readable += c.toLower();
        } else if (!readable.endsWith(QLatin1Char('-'))) {
            readable += QLatin1Char('-');
        }
    }
    const auto digest =
        rm::sha256(std::string_view{utf8.constData(), static_cast<std::size_t>(utf8.size())});
    QString hash;
    for (std::size_t i = 0; i < 8; ++i) {
        hash += QStringLiteral("%1").arg(digest[i], 2, 16, QLatin1Char('0'));
    }
    return QStringLiteral("setup-%1-%2.lock").arg(readable, hash);
}

SetupInstanceLock::Result SetupInstanceLock::acquire(const QString& product) {
    if (m_fd >= 0) {
        return Result::Acquired;
    }
    auto directory = rm::openStoreDirectory();
    if (!directory) {
        rm::log::core()->warn("no private folder for the lock against a second setup: {}",
                              directory.error().message);
        return Result::Unavailable;
    }
    const QByteArray name = fileName(product).toUtf8();
    const int fd = ::openat(directory->fd(), name.constData(),
                            O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600);
    if (fd < 0) {
        rm::log::core()->warn("cannot open the lock file {}/{}: {}", directory->path(),
                              name.toStdString(), std::strerror(errno));
        return Result::Unavailable;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) {
        rm::log::core()->warn("the lock file {}/{} is not a file of this user's", directory->path(),
                              name.toStdString());
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
            rm::log::core()->warn("another setup of {} is running", product.toStdString());
            return Result::AlreadyRunning;
        }
        rm::log::core()->warn("cannot lock {}/{}: {}", directory->path(), name.toStdString(),
                              std::strerror(error));
        return Result::Unavailable;
    }
    m_fd = fd;
    rm::log::core()->info("setup of {} holds its lock {}/{}", product.toStdString(),
                          directory->path(), name.toStdString());
    return Result::Acquired;
}
