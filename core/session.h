#pragma once

// The C++ API of the Restart Manager: what ui/ and app/ use. A Session is a RAII owner of a
// session handle; errors come back as values (rm::Expected / rm::Status), never as exceptions.

#include "core/affected_applications.h"
#include "core/error.h"
#include "core/session_types.h"

#include <chrono>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace rm {

class Session {
public:
    // Starts a session as its primary installer. key() is what secondaries need to join.
    static Expected<Session> start();
    // Joins the session with this key as a secondary installer.
    static Expected<Session> join(std::string_view key);

    Session(Session&& other) noexcept;
    Session& operator=(Session&& other) noexcept;
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    // Ends (primary) or leaves (secondary) the session if end() was not called.
    ~Session();

    [[nodiscard]] DWORD handle() const { return m_handle; }
    [[nodiscard]] bool isPrimary() const { return !m_key.empty(); }
    // The primary's session key; empty for a secondary. Hand it over an inherited pipe or
    // stdin, never on a command line or in the environment.
    [[nodiscard]] const std::string& key() const { return m_key; }

    // Files are absolute UTF-8 paths, services systemd unit names. One call, one transaction.
    Status registerResources(std::span<const std::string> files,
                             std::span<const RM_UNIQUE_PROCESS> processes = {},
                             std::span<const std::string> services = {});
    Status registerFiles(std::span<const std::string> files) { return registerResources(files); }

    // What the whole session (primary and all secondaries) has registered so far.
    [[nodiscard]] Expected<RegisteredResources> registeredResources() const;

    // RmGetList: the applications and services that use the registered resources now, each
    // once, with the reasons a reboot may still be needed.
    [[nodiscard]] Expected<AffectedApplications> affectedApplications() const;

    // RmAddFilter / RmRemoveFilter / RmGetFilterList.
    Status addFilter(const SessionFilter& filter);
    Status removeFilter(const SessionFilter& filter);
    [[nodiscard]] Expected<std::vector<SessionFilter>> filters() const;

    // RmShutdown / RmRestart (primary only). `progress` gets 0..100 on the calling thread.
    Status shutdown(ULONG flags = 0, const std::function<void(unsigned)>& progress = {});
    Status restart(const std::function<void(unsigned)>& progress = {});
    // RmCancelCurrentTask: safe to call from another thread while shutdown() or restart() runs.
    Status cancelCurrentTask();

    // RmCancelCurrentTask for a thread that must not depend on the Session's lifetime: it holds
    // only the handle, so it may be used after the Session has ended or been destroyed (then
    // cancel() answers ERROR_INVALID_HANDLE, as the C call does). Thread-safe; cancel() never
    // throws.
    class Canceller {
    public:
        Status cancel() const noexcept;

    private:
        friend class Session;
        explicit Canceller(DWORD handle) : m_handle{handle} {}
        DWORD m_handle;
    };
    [[nodiscard]] Canceller canceller() const { return Canceller{m_handle}; }

    // Ends the session (primary) or leaves it (secondary). Safe to call once; later calls and
    // the destructor do nothing.
    Status end();

private:
    Session(DWORD handle, std::string key) : m_handle{handle}, m_key{std::move(key)} {}

    DWORD m_handle = kNoHandle;
    std::string m_key;
    static constexpr DWORD kNoHandle = 0xFFFFFFFFU;
};

// This user's sessions, without their keys.
Expected<std::vector<SessionSummary>> listSessions();

// RegisterApplicationRestart / UnregisterApplicationRestart for the calling process. The command
// line (UTF-8) has at most RESTART_MAX_CMD_LINE characters, else ERROR_BAD_ARGUMENTS.
Status registerApplicationRestart(const std::string& commandLine, DWORD flags = 0);
Status unregisterApplicationRestart();

// Restarts what installers that died after RmShutdown left closed (`rmctl recover`).
Expected<std::vector<StoppedApplication>> recoverStaleSessions();

// The RM_UNIQUE_PROCESS of a running process (PID plus start time).
Expected<RM_UNIQUE_PROCESS> uniqueProcess(pid_t pid);

// The process an RM_UNIQUE_PROCESS names (start time 0 when its FILETIME cannot be converted).
ProcessIdentity processIdentity(const RM_UNIQUE_PROCESS& process);

// True while the process runs (not a zombie) and is the same one: its PID was not reused.
bool isProcessRunning(const ProcessIdentity& identity);

// How long a call waits for the session store's write lock before ERROR_SEM_TIMEOUT.
void setStoreLockTimeout(std::chrono::milliseconds timeout);

// How long RmShutdown waits for an application to close before it gives up on it
// (RM_SHUTDOWN_TIMEOUT_MS, default 30 s); the wizard counts it down.
std::chrono::milliseconds shutdownTimeout();

} // namespace rm
