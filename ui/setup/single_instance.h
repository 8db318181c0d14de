#pragma once

#include "core/instance_lock.h"

#include <QString>

// One setup of a product at a time, per user: an rm::InstanceLock (flock() on a file in the
// user's private store folder, opened beneath its descriptor with O_NOFOLLOW) named after the
// product.
class SetupInstanceLock final {
public:
    enum class Result {
        Acquired,       // this setup is the only one of the product
        AlreadyRunning, // another setup of the product holds the lock
        Unavailable,    // no private folder to lock in (logged): setup goes on without a lock
    };

    SetupInstanceLock() = default;
    SetupInstanceLock(const SetupInstanceLock&) = delete;
    SetupInstanceLock& operator=(const SetupInstanceLock&) = delete;

    // `product` names the product (the manifest's untranslated product name); the lock file's
    // name is derived from it. Holds the lock until the object goes.
    Result acquire(const QString& product);
    [[nodiscard]] bool held() const { return m_lock.held(); }
    // The lock file's name for `product`: "setup-<readable part>-<hash>.lock".
    static QString fileName(const QString& product);

private:
    rm::InstanceLock m_lock;
};
