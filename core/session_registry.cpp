#include "core/private/session_registry.h"

#include <unistd.h>
#include <vector>

namespace rm {

SessionRegistry& SessionRegistry::instance() {
    static SessionRegistry registry;
    return registry;
}

void SessionRegistry::forgetInheritedLocked() const {
    const pid_t self = ::getpid();
    if (m_pid == self) {
        return;
    }
    if (m_pid != 0 && !m_handles.empty()) {
        // Kept, never destroyed: destroying them would run code on the parent's connections. A
        // static pointer holds them, so that leak checkers see them as reachable, not lost.
        static auto* inherited =
            new std::vector<std::map<DWORD, std::shared_ptr<SessionHandleState>>>;
        inherited->push_back(std::move(m_handles));
        m_handles.clear();
    }
    m_pid = self;
}

Expected<DWORD> SessionRegistry::add(std::shared_ptr<SessionHandleState> state) {
    std::lock_guard lock(m_mutex);
    forgetInheritedLocked();
    if (m_handles.size() >= kMaxHandlesPerProcess) {
        return makeError(ERROR_MAX_SESSIONS_REACHED,
                         "this process already holds " + std::to_string(m_handles.size()) +
                             " Restart Manager session handles, the most allowed");
    }
    if (m_next == 0xFFFFFFFFU) {
        return makeError(ERROR_MAX_SESSIONS_REACHED,
                         "this process has used up its session handles");
    }
    const DWORD handle = m_next++;
    m_handles.emplace(handle, std::move(state));
    return handle;
}

std::shared_ptr<SessionHandleState> SessionRegistry::find(DWORD handle) const {
    std::lock_guard lock(m_mutex);
    forgetInheritedLocked();
    const auto it = m_handles.find(handle);
    return it != m_handles.end() ? it->second : nullptr;
}

void SessionRegistry::remove(DWORD handle) {
    std::lock_guard lock(m_mutex);
    forgetInheritedLocked();
    m_handles.erase(handle);
}

std::size_t SessionRegistry::size() const {
    std::lock_guard lock(m_mutex);
    forgetInheritedLocked();
    return m_handles.size();
}

} // namespace rm
