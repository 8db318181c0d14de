#pragma once

#include "core/error.h"
#include "core/private/process_identity.h"
#include "core/private/store_location.h"
#include "core/session_types.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>
#include <utility>
#include <vector>

struct sqlite3;

namespace rm {

enum class SessionRole { Primary = 0, Secondary = 1 };

// One connection to the per-user session store, a SQLite database in a private directory that
// every process of the user shares. Writers take the store's write lock (BEGIN IMMEDIATE) and
// wait for it at most lockTimeout. Not thread-safe: each session handle owns its own connection.
//
// Errors are winerror.h values: ERROR_SEM_TIMEOUT (lock not obtained in time), ERROR_WRITE_FAULT
// (cannot read or write: read-only, full, corrupt), ERROR_OUTOFMEMORY, and the call-specific ones
// documented below.
// This user's RegisterApplicationRestart calls of `processes` (those that made one), by PID and
// start time, for a Restart Manager running as root on this user's behalf (rm-polite-close runs
// it as this user). The store is read as input that anyone who could write to it may have shaped:
// only an existing store, its files regular and this user's; opened read-only (no journal
// recovery, no checkpoint, nothing written), SQLITE_DBCONFIG_DEFENSIVE, no triggers, views or
// extensions, the schema not trusted, query_only, every string and statement bounded; and the
// store must be what this Restart Manager writes (a known schema version, restart_registrations a
// table of exactly its columns, no trigger or view anywhere). A value of the wrong type, a
// command line longer than RESTART_MAX_CMD_LINE characters or holding NUL, or flags beyond a
// DWORD refuse the whole store. ERROR_WRITE_FAULT with the reason when it is refused; an empty
// answer when there is no store.
Expected<std::map<std::pair<pid_t, std::uint64_t>, RestartRegistration>>
readRestartRegistrationsDefensively(const DirectoryHandle& directory,
                                    const std::vector<ProcessIdentity>& processes);

class SessionStore {
public:
    static constexpr std::size_t kMaxLiveSessionsPerUser = 64;

    // Opens (creating it 0600) sessions.db in the directory, only ever through the directory's
    // descriptor, which the store keeps. A connection belongs to the process that opened it: in a
    // fork()ed child it is never used or closed (the destructor leaves it alone).
    static Expected<std::unique_ptr<SessionStore>> open(DirectoryHandle directory,
                                                        std::chrono::milliseconds lockTimeout);
    ~SessionStore();
    SessionStore(const SessionStore&) = delete;
    SessionStore& operator=(const SessionStore&) = delete;

    struct Membership {
        std::int64_t sessionId = 0;
        std::int64_t memberId = 0;
    };

    // Starts a session owned by `primary`. Sessions whose primary has died are reclaimed first;
    // ERROR_MAX_SESSIONS_REACHED when kMaxLiveSessionsPerUser live sessions remain.
    Expected<Membership> createSession(const std::string& key, const ProcessIdentity& primary);

    // Joins the live session with this key as a secondary. ERROR_SESSION_CREDENTIAL_CONFLICT when
    // no live session of this user has the key. Only SHA-256 hashes of keys are stored; they are
    // compared in constant time.
    Expected<Membership> joinSession(const std::string& key, const ProcessIdentity& member);

    // A secondary leaves; the session goes on.
    Status leaveSession(const Membership& membership);
    // The primary ends the session for everyone: it and all its registrations are deleted.
    Status deleteSession(std::int64_t sessionId);

    // All of it lands or none of it; duplicates are ignored. ERROR_INVALID_HANDLE when the
    // session no longer exists.
    Status registerResources(std::int64_t sessionId, const RegisteredResources& resources);

    Expected<RegisteredResources> resources(std::int64_t sessionId);
    // The same, shared and read again only when the store has changed since this connection last
    // read them: another connection committed (PRAGMA data_version), or this one changed rows
    // (its total count of changes). RmGetList asks on every call, and a session's thousands of
    // registered files are otherwise read and copied each time.
    Expected<std::shared_ptr<const RegisteredResources>> sharedResources(std::int64_t sessionId);
    // The processes of the session's installers: its primary and the secondaries still in it.
    Expected<std::vector<ProcessIdentity>> members(std::int64_t sessionId);

    // A filter replaces an earlier one for the same target. removeFilter answers
    // ERROR_INVALID_PARAMETER when there is no filter for the target.
    Status addFilter(std::int64_t sessionId, const SessionFilter& filter);
    Status removeFilter(std::int64_t sessionId, const SessionFilter& filter);
    Expected<std::vector<SessionFilter>> filters(std::int64_t sessionId);
    Expected<std::vector<SessionSummary>> listSessions();

    // How long the next calls wait for the write lock; RmLinuxSetStoreLockTimeout applies to
    // connections that are already open through this.
    void setLockTimeout(std::chrono::milliseconds lockTimeout);

    // RegisterApplicationRestart for a process of this user; replaces an earlier one.
    Status registerRestart(const ProcessIdentity& process, const RestartRegistration& registration);
    Status unregisterRestart(const ProcessIdentity& process);
    Expected<std::optional<RestartRegistration>>
    restartRegistration(const ProcessIdentity& process);
    // Every registration, for RmGetList: one query instead of one per affected process.
    Expected<std::map<std::pair<pid_t, std::uint64_t>, RestartRegistration>> restartRegistrations();

    // RmShutdown's records. recordShutdown marks that the session went through RmShutdown.
    Status recordShutdown(std::int64_t sessionId);
    Expected<bool> wasShutDown(std::int64_t sessionId);
    Status recordStopping(std::int64_t sessionId, const StoppedApplication& application);
    Status setStoppedState(std::int64_t sessionId, const ProcessIdentity& identity,
                           StoppedApplication::State state,
                           const std::optional<ProcessIdentity>& restartedAs = std::nullopt);
    Expected<std::vector<StoppedApplication>> stoppedApplications(std::int64_t sessionId);

    // Sessions whose primary process is gone.
    Expected<std::vector<std::pair<std::int64_t, ProcessIdentity>>> staleSessions();
    // Makes `adopter` the primary of a stale session, if it still has the dead primary: only one
    // process can win, so a crashed installer's applications are restarted once.
    Expected<bool> adoptSession(std::int64_t sessionId, const ProcessIdentity& deadPrimary,
                                const ProcessIdentity& adopter);

    const std::string& path() const { return m_path; }

private:
    SessionStore(sqlite3* db, std::string path, int directory);
    // Creates or upgrades the tables; waits up to `lockTimeout` for other processes that open
    // the same new store at the same moment.
    Status prepareSchema(std::chrono::milliseconds lockTimeout);

    // Reads the session's resources inside a read transaction that the caller opened, after it
    // checked that the session exists.
    Expected<RegisteredResources> readResources(std::int64_t sessionId);

    struct ResourcesCache {
        std::int64_t sessionId = 0;
        std::int64_t dataVersion = 0;
        std::int64_t totalChanges = 0;
        std::shared_ptr<const RegisteredResources> resources;
    };

    sqlite3* m_db = nullptr;
    std::optional<ResourcesCache> m_resourcesCache;
    std::string m_path;
    int m_directory = -1;
    pid_t m_ownerPid = 0;
};

} // namespace rm
