#pragma once

#include "core/error.h"
#include "core/private/session_store.h"

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <sys/types.h>

namespace rm {

// What a session handle stands for inside this process. The mutex serialises store access for
// the handle; `cancelRequested` is read without it so that another thread can cancel a task.
struct SessionHandleState {
    std::mutex mutex;
    std::unique_ptr<SessionStore> store;
    SessionStore::Membership membership;
    SessionRole role = SessionRole::Secondary;
    std::atomic<bool> cancelRequested{false};
};

// The process-local table of session handles. Handles are small numbers counted up from 0 (0 is
// a valid handle), never reused within a process, and never 0xFFFFFFFF, which callers use as
// "no handle". Handles belong to the process that made them: a fork()ed child finds none of the
// handles it inherited (ERROR_INVALID_HANDLE), and their store connections are left untouched
// there, neither used nor closed. Handles the child makes itself get new numbers.
class SessionRegistry {
public:
    static constexpr std::size_t kMaxHandlesPerProcess = 64;

    static SessionRegistry& instance();

    // ERROR_MAX_SESSIONS_REACHED when the process already holds kMaxHandlesPerProcess handles.
    Expected<DWORD> add(std::shared_ptr<SessionHandleState> state);
    std::shared_ptr<SessionHandleState> find(DWORD handle) const;
    void remove(DWORD handle);
    std::size_t size() const;

private:
    // In a fork()ed child: drops the inherited handles without destroying them.
    void forgetInheritedLocked() const;

    mutable std::mutex m_mutex;
    mutable pid_t m_pid = 0;
    mutable std::map<DWORD, std::shared_ptr<SessionHandleState>> m_handles;
    DWORD m_next = 0;
};

} // namespace rm
