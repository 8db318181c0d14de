#pragma once

#include <string>

namespace rm {

// One holder at a time of a named lock, per user: flock() on a file in the user's private folder
// (the one that holds the session store: $XDG_RUNTIME_DIR/restartmanager and its fallbacks,
// owned by the user, mode 0700). The file is opened beneath that folder's descriptor with
// O_NOFOLLOW, never through a predictable name in a shared folder. The lock goes with the
// process, also when it crashes.
class InstanceLock final {
public:
    enum class Result {
        Acquired,       // this object holds the lock
        AlreadyRunning, // another process (or object) holds it
        Unavailable,    // no private folder, or the name is not a plain file name (logged)
    };

    InstanceLock() = default;
    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

    // `name` is a single file name: no '/', not "." or "..", no control characters.
    Result acquire(const std::string& name);
    [[nodiscard]] bool held() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

} // namespace rm
