#pragma once

#include <QString>

// One setup of a product at a time, per user: a lock on a file in the user's private runtime
// folder (the Restart Manager's store folder, rm::openStoreDirectory(): $XDG_RUNTIME_DIR/
// restartmanager and its fallbacks, owned by the user, mode 0700). The file is opened beneath
// that folder's descriptor with O_NOFOLLOW, never through a predictable name in a shared folder,
// and locked with flock(); the lock goes with the process, also when it crashes.
class SetupInstanceLock final {
public:
    enum class Result {
        Acquired,       // this setup is the only one of the product
        AlreadyRunning, // another setup of the product holds the lock
        Unavailable,    // no private folder to lock in (logged): setup goes on without a lock
    };

    SetupInstanceLock() = default;
    ~SetupInstanceLock();
    SetupInstanceLock(const SetupInstanceLock&) = delete;
    SetupInstanceLock& operator=(const SetupInstanceLock&) = delete;

    // `product` names the product (the manifest's untranslated product name); the lock file's
    // name is derived from it. Holds the lock until the object goes.
    Result acquire(const QString& product);
    [[nodiscard]] bool held() const { return m_fd >= 0; }
    // The lock file's name for `product`: "setup-<readable part>-<hash>.lock".
    static QString fileName(const QString& product);

private:
    int m_fd = -1;
};
