#include "core/private/session_store.h"

#include "core/log.h"
#include "core/private/session_key.h"
#include "core/text_encoding.h"

#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace rm {
namespace {

// 4: the key is kept only as a SHA-256 hash (key_hash), and each stopped application records the
// real user ID read from its /proc entry, checked through a pidfd (verified_uid). A store of
// version 1-3 held keys in clear text: its sessions are dropped when it is opened (their
// installers must start again) and the freed pages are overwritten.
// 5: stopped applications keep whether they were registered for restart (restartable), whether a
// filter or RESTART_NO_PATCH masked their restart (restart_masked), and the process that
// RmRestart started in their place (new_pid, new_start); added to a version 4 store.
// 6: stopped applications keep why they are not restartable (not_restartable, a NotRestartable
// value); added to a version 4 or 5 store.
constexpr int kSchemaVersion = 6;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS sessions(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key_hash BLOB NOT NULL,
    owner_uid INTEGER NOT NULL,
    primary_pid INTEGER NOT NULL,
    primary_start INTEGER NOT NULL,
    created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS members(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    pid INTEGER NOT NULL,
    start_ticks INTEGER NOT NULL,
    role INTEGER NOT NULL,
    joined_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS members_by_session ON members(session_id);
CREATE TABLE IF NOT EXISTS files(
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    PRIMARY KEY(session_id, path)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS processes(
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    pid INTEGER NOT NULL,
    start_time INTEGER NOT NULL,
    PRIMARY KEY(session_id, pid, start_time)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS services(
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    PRIMARY KEY(session_id, name)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS filters(
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    kind INTEGER NOT NULL,
    target TEXT NOT NULL,
    pid INTEGER NOT NULL,
    start_time INTEGER NOT NULL,
    action INTEGER NOT NULL,
    PRIMARY KEY(session_id, kind, target, pid, start_time)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS restart_registrations(
    pid INTEGER NOT NULL,
    start_ticks INTEGER NOT NULL,
    command_line TEXT NOT NULL,
    flags INTEGER NOT NULL,
    PRIMARY KEY(pid, start_ticks)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS shutdowns(
    session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS stopped(
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    pid INTEGER NOT NULL,
    start_ticks INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    name TEXT NOT NULL,
    type INTEGER NOT NULL,
    unit TEXT NOT NULL,
    uid INTEGER NOT NULL,
    gid INTEGER NOT NULL,
    executable TEXT NOT NULL,
    arguments BLOB NOT NULL,
    working_directory TEXT NOT NULL,
    environment BLOB NOT NULL,
    restart INTEGER NOT NULL,
    state INTEGER NOT NULL,
    verified_uid INTEGER NOT NULL,
    restartable INTEGER NOT NULL DEFAULT 0,
    restart_masked INTEGER NOT NULL DEFAULT 0,
    new_pid INTEGER NOT NULL DEFAULT 0,
    new_start INTEGER NOT NULL DEFAULT 0,
    not_restartable INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(session_id, pid, start_ticks)) WITHOUT ROWID;
)sql";

Error sqliteError(sqlite3* db, int rc, std::string_view what) {
    DWORD code = ERROR_WRITE_FAULT;
    switch (rc & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        code = ERROR_SEM_TIMEOUT;
        break;
    case SQLITE_NOMEM:
        code = ERROR_OUTOFMEMORY;
        break;
    default:
        break;
    }
    std::string message{what};
    message += ": ";
    message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    if (code == ERROR_SEM_TIMEOUT) {
        message += " (the session store's write lock was not obtained in time)";
    }
    return makeError(code, std::move(message));
}

std::int64_t now() {
    return static_cast<std::int64_t>(std::time(nullptr));
}

// A prepared statement that finalizes itself.
class Statement {
public:
    Statement(sqlite3* db, const char* sql) : m_db{db} {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    [[nodiscard]] bool prepared() const { return m_rc == SQLITE_OK; }
    [[nodiscard]] int rc() const { return m_rc; }

    void bind(int index, std::int64_t value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bind(int index, const Sha256Digest& value) {
        sqlite3_bind_blob(m_stmt, index, value.data(), static_cast<int>(value.size()),
                          SQLITE_STATIC);
    }
    void bind(int index, const std::string& value) {
        sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()),
                          SQLITE_STATIC);
    }
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return m_rc = sqlite3_step(m_stmt); }
    void reset() {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    [[nodiscard]] int type(int column) const { return sqlite3_column_type(m_stmt, column); }
    [[nodiscard]] std::int64_t integer(int column) const {
        return sqlite3_column_int64(m_stmt, column);
    }
    [[nodiscard]] Sha256Digest digest(int column) const {
        Sha256Digest out{};
        const auto* data = sqlite3_column_blob(m_stmt, column);
        const int size = sqlite3_column_bytes(m_stmt, column);
        if (data != nullptr && size == static_cast<int>(out.size())) {
            std::memcpy(out.data(), data, out.size());
        }
        return out;
    }
    [[nodiscard]] std::string text(int column) const {
        const auto* data = sqlite3_column_text(m_stmt, column);
        const int size = sqlite3_column_bytes(m_stmt, column);
        return data != nullptr ? std::string{reinterpret_cast<const char*>(data),
                                             static_cast<std::size_t>(size)}
                               : std::string{};
    }
    [[nodiscard]] Error error(std::string_view what) const { return sqliteError(m_db, m_rc, what); }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

// BEGIN ... COMMIT around reads, so that several queries describe the same moment; ends when it
// goes.
class ReadTransaction {
public:
    explicit ReadTransaction(sqlite3* db)
        : m_db{db}, m_rc{sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr)} {}
    ~ReadTransaction() {
        if (m_rc == SQLITE_OK) {
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        }
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

    [[nodiscard]] bool begun() const { return m_rc == SQLITE_OK; }
    [[nodiscard]] Error error(std::string_view what) const { return sqliteError(m_db, m_rc, what); }

private:
    sqlite3* m_db;
    int m_rc;
};

// BEGIN IMMEDIATE takes the write lock up front, so the busy timeout is the only wait and a
// reader can never deadlock a writer by upgrading. Rolls back unless committed.
class WriteTransaction {
public:
    explicit WriteTransaction(sqlite3* db) : m_db{db} {
        m_rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    }
    ~WriteTransaction() {
        if (m_rc == SQLITE_OK && !m_committed) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        }
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    [[nodiscard]] bool begun() const { return m_rc == SQLITE_OK; }
    [[nodiscard]] Error error(std::string_view what) const { return sqliteError(m_db, m_rc, what); }

    Status commit() {
        const int rc = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            return sqliteError(m_db, rc, "cannot commit to the session store");
        }
        m_committed = true;
        return {};
    }

private:
    sqlite3* m_db;
    int m_rc = SQLITE_OK;
    bool m_committed = false;
};

Status execute(sqlite3* db, const char* sql, std::string_view what) {
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(db, rc, what);
    }
    return {};
}

// The store's files must be regular files of this user's; a link or a foreign file is refused.
// They are looked at through the directory's descriptor, never by path.
Status checkStoreFile(int directory, const std::string& name, const std::string& shown) {
    struct stat st {};
    if (::fstatat(directory, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT) {
            return {};
        }
        const int err = errno;
        return makeError(err == EACCES ? ERROR_ACCESS_DENIED : ERROR_WRITE_FAULT,
                         "cannot inspect session store " + shown + ": " + std::strerror(err));
    }
    if (!S_ISREG(st.st_mode)) {
        return makeError(ERROR_WRITE_FAULT, "session store " + shown + " is not a regular file");
    }
    if (st.st_uid != ::geteuid()) {
        return makeError(ERROR_ACCESS_DENIED, "session store " + shown + " belongs to user " +
                                                  std::to_string(st.st_uid));
    }
    return {};
}

// SQLite reaches the store through /proc/self/fd/N/sessions.db, N being the store directory's
// descriptor, so the kernel resolves the directory from the descriptor and not from a path that
// someone could swap. The stock unix VFS would turn that link back into a path (its
// xFullPathname resolves symbolic links, and fails with SQLITE_OPEN_NOFOLLOW); this copy of it
// keeps the name as given. The -wal and -shm files are named after it and land beside it.
int keepPathname(sqlite3_vfs*, const char* path, int size, char* out) {
    const std::size_t length = std::strlen(path);
    if (path[0] != '/' || length + 1 > static_cast<std::size_t>(size)) {
        return SQLITE_CANTOPEN;
    }
    std::memcpy(out, path, length + 1);
    return SQLITE_OK;
}

const char* directoryVfs() {
    static sqlite3_vfs vfs{};
    static const bool registered = [] {
        sqlite3_vfs* base = sqlite3_vfs_find("unix");
        if (base == nullptr) {
            return false;
        }
        vfs = *base;
        vfs.pNext = nullptr;
        vfs.zName = "restartmanager-dirfd";
        vfs.xFullPathname = keepPathname;
        return sqlite3_vfs_register(&vfs, 0) == SQLITE_OK;
    }();
    return registered ? vfs.zName : nullptr;
}

struct LiveSession {
    std::int64_t id = 0;
    Sha256Digest keyHash{};
    ProcessIdentity primary;
};

} // namespace

SessionStore::SessionStore(sqlite3* db, std::string path, int directory)
    : m_db{db}, m_path{std::move(path)}, m_directory{directory}, m_ownerPid{::getpid()} {}

SessionStore::~SessionStore() {
    if (::getpid() != m_ownerPid) {
        // A fork()ed copy: the connection and the descriptor belong to the parent. Closing the
        // connection here could checkpoint or remove the parent's WAL; it is left alone.
        return;
    }
    sqlite3_close_v2(m_db);
    if (m_directory >= 0) {
        ::close(m_directory);
    }
}

Expected<std::unique_ptr<SessionStore>> SessionStore::open(DirectoryHandle directory,
                                                           std::chrono::milliseconds lockTimeout) {
    const std::string shown = directory.path() + "/sessions.db";
    for (const char* name : {"sessions.db", "sessions.db-wal", "sessions.db-shm"}) {
        if (auto status = checkStoreFile(directory.fd(), name, directory.path() + "/" + name);
            !status) {
            return status.error();
        }
    }
    // Created here, 0600, so that SQLite only ever opens a file that is there and ours. An
    // existing file is not opened: closing a descriptor of it would drop the POSIX locks that
    // this process's other connections hold on it.
    const int file = ::openat(directory.fd(), "sessions.db",
                              O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600);
    if (file >= 0) {
        ::close(file);
    } else if (errno != EEXIST) {
        const int err = errno;
        return makeError(err == EACCES ? ERROR_ACCESS_DENIED : ERROR_WRITE_FAULT,
                         "cannot create session store " + shown + ": " + std::strerror(err));
    }
    if (auto status = checkStoreFile(directory.fd(), "sessions.db", shown); !status) {
        return status.error();
    }
    const char* vfs = directoryVfs();
    if (vfs == nullptr) {
        return makeError(ERROR_WRITE_FAULT, "SQLite has no unix VFS to open the session store");
    }
    const std::string path = "/proc/self/fd/" + std::to_string(directory.fd()) + "/sessions.db";
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_FULLMUTEX |
                      SQLITE_OPEN_EXRESCODE;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, vfs);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(db, rc, "cannot open session store " + shown);
        sqlite3_close_v2(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, static_cast<int>(lockTimeout.count()));
    std::unique_ptr<SessionStore> store{new SessionStore(db, shown, directory.release())};
    if (auto status = store->prepareSchema(lockTimeout); !status) {
        return status.error();
    }
    return store;
}

void SessionStore::setLockTimeout(std::chrono::milliseconds lockTimeout) {
    sqlite3_busy_timeout(m_db, static_cast<int>(lockTimeout.count()));
}

Status SessionStore::prepareSchema(std::chrono::milliseconds lockTimeout) {
    // Reading the version is the first access to the file: a corrupt or foreign file fails here.
    // Each statement lives in its own scope: an unfinished one would hold a read transaction.
    std::int64_t found = 0;
    {
        Statement version{m_db, "PRAGMA user_version"};
        if (!version.prepared() || version.step() != SQLITE_ROW) {
            return version.error("cannot read session store " + m_path);
        }
        found = version.integer(0);
    }
    if (found > kSchemaVersion) {
        return makeError(ERROR_WRITE_FAULT, "session store " + m_path + " has schema version " +
                                                std::to_string(found) +
                                                ", newer than this Restart Manager understands");
    }
    if (auto status = execute(m_db, "PRAGMA foreign_keys=ON", "cannot configure session store");
        !status) {
        return status;
    }
    std::string journalMode;
    {
        Statement mode{m_db, "PRAGMA journal_mode"};
        if (!mode.prepared() || mode.step() != SQLITE_ROW) {
            return mode.error("cannot read session store journal mode");
        }
        journalMode = mode.text(0);
    }
    if (journalMode != "wal") {
        // WAL lets secondaries read while another process registers; it persists in the file.
        // The switch needs the file to itself and SQLite does not call the busy handler for it:
        // when several processes open a new store at once (a primary and its secondaries), all
        // but one get SQLITE_BUSY at once. They try again until the lock timeout.
        const auto deadline = std::chrono::steady_clock::now() + lockTimeout;
        for (;;) {
            Statement toWal{m_db, "PRAGMA journal_mode=WAL"};
            if (!toWal.prepared()) {
                return toWal.error("cannot switch session store " + m_path + " to WAL");
            }
            const int rc = toWal.step();
            if (rc == SQLITE_ROW) {
                break;
            }
            if ((rc & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= deadline) {
                return toWal.error("cannot switch session store " + m_path + " to WAL");
            }
            std::this_thread::sleep_for(std::chrono::milliseconds{5});
        }
    }
    if (auto status = execute(m_db, "PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON",
                              "cannot configure session store");
        !status) {
        return status;
    }
    if (found == kSchemaVersion) {
        return {};
    }
    WriteTransaction tx{m_db};
    if (!tx.begun()) {
        return tx.error("cannot lock session store to create it");
    }
    {
        // Another process may have created or upgraded it between the first look and the lock.
        Statement version{m_db, "PRAGMA user_version"};
        if (!version.prepared() || version.step() != SQLITE_ROW) {
            return version.error("cannot read session store " + m_path);
        }
        found = version.integer(0);
    }
    if (found == kSchemaVersion) {
        return tx.commit();
    }
    if (found > kSchemaVersion) {
        return makeError(ERROR_WRITE_FAULT, "session store " + m_path + " has schema version " +
                                                std::to_string(found) +
                                                ", newer than this Restart Manager understands");
    }
    if (found > 0 && found < 4) {
        // Versions 1-3 kept session keys in clear text. Their sessions (and everything
        // registered in them) are dropped; secure_delete overwrites the freed pages.
        log::core()->warn("session store {} has schema version {} with session keys in clear "
                          "text; its sessions are dropped",
                          m_path, found);
        if (auto status = execute(m_db,
                                  "DROP TABLE IF EXISTS stopped; DROP TABLE IF EXISTS shutdowns; "
                                  "DROP TABLE IF EXISTS filters; DROP TABLE IF EXISTS services; "
                                  "DROP TABLE IF EXISTS processes; DROP TABLE IF EXISTS files; "
                                  "DROP TABLE IF EXISTS members; DROP TABLE IF EXISTS sessions;",
                                  "cannot drop the sessions of an old session store");
            !status) {
            return status;
        }
    }
    if (found == 4) {
        if (auto status = execute(m_db,
                                  "ALTER TABLE stopped ADD COLUMN restartable INTEGER NOT NULL "
                                  "DEFAULT 0; ALTER TABLE stopped ADD COLUMN restart_masked "
                                  "INTEGER NOT NULL DEFAULT 0; ALTER TABLE stopped ADD COLUMN "
                                  "new_pid INTEGER NOT "
                                  "NULL DEFAULT 0; ALTER TABLE stopped ADD COLUMN new_start "
                                  "INTEGER NOT NULL DEFAULT 0;",
                                  "cannot upgrade the session store");
            !status) {
            return status;
        }
    }
    if (found == 4 || found == 5) {
        if (auto status = execute(m_db,
                                  "ALTER TABLE stopped ADD COLUMN not_restartable INTEGER NOT NULL "
                                  "DEFAULT 0;",
                                  "cannot upgrade the session store");
            !status) {
            return status;
        }
    }
    if (auto status = execute(m_db, kSchema, "cannot create session store tables"); !status) {
        return status;
    }
    if (auto status = execute(m_db, "PRAGMA user_version=6", "cannot create session store");
        !status) {
        return status;
    }
    if (auto status = tx.commit(); !status) {
        return status;
    }
    if (found > 0) {
        // The old pages also sit in the WAL until a checkpoint copies and truncates it.
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    }
    return {};
}

namespace {

Expected<std::vector<LiveSession>> readSessions(sqlite3* db) {
    Statement select{db, "SELECT id, key_hash, primary_pid, primary_start FROM sessions"};
    if (!select.prepared()) {
        return select.error("cannot read sessions");
    }
    std::vector<LiveSession> sessions;
    int rc = 0;
    while ((rc = select.step()) == SQLITE_ROW) {
        sessions.push_back(
            LiveSession{select.integer(0), select.digest(1),
                        ProcessIdentity{static_cast<pid_t>(select.integer(2)),
                                        static_cast<std::uint64_t>(select.integer(3))}});
    }
    if (rc != SQLITE_DONE) {
        return select.error("cannot read sessions");
    }
    return sessions;
}

Expected<std::int64_t> insertMember(sqlite3* db, std::int64_t sessionId,
                                    const ProcessIdentity& member, SessionRole role) {
    Statement insert{db, "INSERT INTO members(session_id, pid, start_ticks, role, joined_at) "
                         "VALUES(?, ?, ?, ?, ?)"};
    if (!insert.prepared()) {
        return insert.error("cannot record session member");
    }
    insert.bind(1, sessionId);
    insert.bind(2, std::int64_t{member.pid});
    insert.bind(3, static_cast<std::int64_t>(member.startTicks));
    insert.bind(4, static_cast<std::int64_t>(role));
    insert.bind(5, now());
    if (insert.step() != SQLITE_DONE) {
        return insert.error("cannot record session member");
    }
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db));
}

} // namespace

Expected<SessionStore::Membership> SessionStore::createSession(const std::string& key,
                                                               const ProcessIdentity& primary) {
    WriteTransaction tx{m_db};
    if (!tx.begun()) {
        return tx.error("cannot lock session store to start a session");
    }
    auto sessions = readSessions(m_db);
    if (!sessions) {
        return sessions.error();
    }
    std::size_t live = 0;
    for (const auto& session : *sessions) {
        if (isRunning(session.primary)) {
            ++live;
            continue;
        }
        // A session that still owes restarts is kept for recovery (and does not count).
        Statement remove{m_db, "DELETE FROM sessions WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM "
                               "stopped WHERE session_id = ?1 AND restart = 1 AND state != 3)"};
        remove.bind(1, session.id);
        if (!remove.prepared() || remove.step() != SQLITE_DONE) {
            return remove.error("cannot reclaim stale session");
        }
        if (sqlite3_changes(m_db) > 0) {
            log::core()->info("reclaimed stale session #{} (primary PID {} is gone)", session.id,
                              session.primary.pid);
        }
    }
    if (live >= kMaxLiveSessionsPerUser) {
        return makeError(ERROR_MAX_SESSIONS_REACHED,
                         "this user already has " + std::to_string(live) +
                             " live Restart Manager sessions, the most allowed");
    }
    Statement insert{m_db, "INSERT INTO sessions(key_hash, owner_uid, primary_pid, "
                           "primary_start, created_at) VALUES(?, ?, ?, ?, ?)"};
    if (!insert.prepared()) {
        return insert.error("cannot record session");
    }
    const auto keyHash = sessionKeyHash(key);
    insert.bind(1, keyHash);
    insert.bind(2, static_cast<std::int64_t>(::geteuid()));
    insert.bind(3, std::int64_t{primary.pid});
    insert.bind(4, static_cast<std::int64_t>(primary.startTicks));
    insert.bind(5, now());
    if (insert.step() != SQLITE_DONE) {
        return insert.error("cannot record session");
    }
    const auto sessionId = static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db));
    auto member = insertMember(m_db, sessionId, primary, SessionRole::Primary);
    if (!member) {
        return member.error();
    }
    if (auto status = tx.commit(); !status) {
        return status.error();
    }
    return Membership{sessionId, *member};
}

Expected<SessionStore::Membership> SessionStore::joinSession(const std::string& key,
                                                             const ProcessIdentity& member) {
    WriteTransaction tx{m_db};
    if (!tx.begun()) {
        return tx.error("cannot lock session store to join a session");
    }
    auto sessions = readSessions(m_db);
    if (!sessions) {
        return sessions.error();
    }
    // Every stored hash is compared, match or not, so timing says nothing about the keys.
    const auto keyHash = sessionKeyHash(key);
    std::int64_t matched = -1;
    const LiveSession* matchedSession = nullptr;
    for (const auto& session : *sessions) {
        if (digestsEqual(session.keyHash, keyHash)) {
            matched = session.id;
            matchedSession = &session;
        }
    }
    if (matchedSession == nullptr || !isRunning(matchedSession->primary)) {
        return makeError(ERROR_SESSION_CREDENTIAL_CONFLICT,
                         "the session key does not match a live session of this user");
    }
    auto memberId = insertMember(m_db, matched, member, SessionRole::Secondary);
    if (!memberId) {
        return memberId.error();
    }
    if (auto status = tx.commit(); !status) {
        return status.error();
    }
    return Membership{matched, *memberId};
}

Status SessionStore::leaveSession(const Membership& membership) {
    Statement remove{m_db, "DELETE FROM members WHERE id = ? AND session_id = ?"};
    if (!remove.prepared()) {
        return remove.error("cannot leave session");
    }
    remove.bind(1, membership.memberId);
    remove.bind(2, membership.sessionId);
    if (remove.step() != SQLITE_DONE) {
        return remove.error("cannot leave session");
    }
    return {};
}

Status SessionStore::deleteSession(std::int64_t sessionId) {
    Statement remove{m_db, "DELETE FROM sessions WHERE id = ?"};
    if (!remove.prepared()) {
        return remove.error("cannot end session");
    }
    remove.bind(1, sessionId);
    if (remove.step() != SQLITE_DONE) {
        return remove.error("cannot end session");
    }
    return {};
}

namespace {

Expected<bool> sessionRowExists(sqlite3* db, std::int64_t sessionId) {
    Statement select{db, "SELECT 1 FROM sessions WHERE id = ?"};
    if (!select.prepared()) {
        return select.error("cannot read session");
    }
    select.bind(1, sessionId);
    const int rc = select.step();
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return select.error("cannot read session");
}

// ERROR_INVALID_HANDLE when the session is gone, for instance ended by its primary.
Status requireSession(sqlite3* db, std::int64_t sessionId) {
    auto exists = sessionRowExists(db, sessionId);
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return makeError(ERROR_INVALID_HANDLE,
                         "session #" + std::to_string(sessionId) + " no longer exists");
    }
    return {};
}

} // namespace

Status SessionStore::registerResources(std::int64_t sessionId,
                                       const RegisteredResources& resources) {
    WriteTransaction tx{m_db};
    if (!tx.begun()) {
        return tx.error("cannot lock session store to register resources");
    }
    if (auto status = requireSession(m_db, sessionId); !status) {
        return status.error();
    }
    {
        Statement insert{m_db, "INSERT OR IGNORE INTO files(session_id, path) VALUES(?, ?)"};
        if (!insert.prepared()) {
            return insert.error("cannot register files");
        }
        for (const auto& file : resources.files) {
            insert.bind(1, sessionId);
            insert.bind(2, file);
            if (insert.step() != SQLITE_DONE) {
                return insert.error("cannot register file " + file);
            }
            insert.reset();
        }
    }
    {
        Statement insert{m_db, "INSERT OR IGNORE INTO processes(session_id, pid, start_time) "
                               "VALUES(?, ?, ?)"};
        if (!insert.prepared()) {
            return insert.error("cannot register processes");
        }
        for (const auto& process : resources.processes) {
            insert.bind(1, sessionId);
            insert.bind(2, std::int64_t{process.pid});
            insert.bind(3, static_cast<std::int64_t>(process.startTime));
            if (insert.step() != SQLITE_DONE) {
                return insert.error("cannot register process " + std::to_string(process.pid));
            }
            insert.reset();
        }
    }
    {
        Statement insert{m_db, "INSERT OR IGNORE INTO services(session_id, name) VALUES(?, ?)"};
        if (!insert.prepared()) {
            return insert.error("cannot register services");
        }
        for (const auto& service : resources.services) {
            insert.bind(1, sessionId);
            insert.bind(2, service);
            if (insert.step() != SQLITE_DONE) {
                return insert.error("cannot register service " + service);
            }
            insert.reset();
        }
    }
    return tx.commit();
}

Expected<RegisteredResources> SessionStore::resources(std::int64_t sessionId) {
    // One read transaction, so the three lists describe the same moment.
    const ReadTransaction read{m_db};
    if (!read.begun()) {
        return read.error("cannot read session");
    }
    if (auto status = requireSession(m_db, sessionId); !status) {
        return status.error();
    }
    return readResources(sessionId);
}

Expected<std::shared_ptr<const RegisteredResources>>
SessionStore::sharedResources(std::int64_t sessionId) {
    const ReadTransaction transaction{m_db};
    if (!transaction.begun()) {
        return transaction.error("cannot read session");
    }
    // The first read takes the read lock, and with it the moment that data_version describes.
    if (auto status = requireSession(m_db, sessionId); !status) {
        return status.error();
    }
    Statement version{m_db, "PRAGMA data_version"};
    if (version.step() != SQLITE_ROW) {
        return version.error("cannot read the store's version");
    }
    const std::int64_t dataVersion = version.integer(0);
    const std::int64_t totalChanges = sqlite3_total_changes64(m_db);
    if (m_resourcesCache && m_resourcesCache->sessionId == sessionId &&
        m_resourcesCache->dataVersion == dataVersion &&
        m_resourcesCache->totalChanges == totalChanges) {
        return m_resourcesCache->resources;
    }
    m_resourcesCache.reset();
    auto read = readResources(sessionId);
    if (!read) {
        return read.error();
    }
    auto shared = std::make_shared<const RegisteredResources>(std::move(*read));
    m_resourcesCache = ResourcesCache{sessionId, dataVersion, totalChanges, shared};
    return shared;
}

Expected<RegisteredResources> SessionStore::readResources(std::int64_t sessionId) {
    RegisteredResources result;
    Statement files{m_db, "SELECT path FROM files WHERE session_id = ?"};
    files.bind(1, sessionId);
    while (files.step() == SQLITE_ROW) {
        result.files.push_back(files.text(0));
    }
    if (files.rc() != SQLITE_DONE) {
        return files.error("cannot read registered files");
    }
    Statement processes{m_db, "SELECT pid, start_time FROM processes WHERE session_id = ?"};
    processes.bind(1, sessionId);
    while (processes.step() == SQLITE_ROW) {
        result.processes.push_back(
            RegisteredProcess{static_cast<DWORD>(processes.integer(0)),
                              static_cast<std::uint64_t>(processes.integer(1))});
    }
    if (processes.rc() != SQLITE_DONE) {
        return processes.error("cannot read registered processes");
    }
    Statement services{m_db, "SELECT name FROM services WHERE session_id = ?"};
    services.bind(1, sessionId);
    while (services.step() == SQLITE_ROW) {
        result.services.push_back(services.text(0));
    }
    if (services.rc() != SQLITE_DONE) {
        return services.error("cannot read registered services");
    }
    return result;
}

Expected<std::vector<ProcessIdentity>> SessionStore::members(std::int64_t sessionId) {
    Statement select{m_db, "SELECT pid, start_ticks FROM members WHERE session_id = ?"};
    if (!select.prepared()) {
        return select.error("cannot read session members");
    }
    select.bind(1, sessionId);
    std::vector<ProcessIdentity> result;
    while (select.step() == SQLITE_ROW) {
        result.push_back(ProcessIdentity{static_cast<pid_t>(select.integer(0)),
                                         static_cast<std::uint64_t>(select.integer(1))});
    }
    if (select.rc() != SQLITE_DONE) {
        return select.error("cannot read session members");
    }
    return result;
}

namespace {

void bindFilterKey(Statement& statement, std::int64_t sessionId, const SessionFilter& filter) {
    statement.bind(1, sessionId);
    statement.bind(2, static_cast<std::int64_t>(filter.kind));
    statement.bind(3, filter.target);
    statement.bind(4, std::int64_t{filter.process.pid});
    statement.bind(5, static_cast<std::int64_t>(filter.process.startTime));
}

} // namespace

Status SessionStore::addFilter(std::int64_t sessionId, const SessionFilter& filter) {
    WriteTransaction tx{m_db};
    if (!tx.begun()) {
        return tx.error("cannot lock session store to add a filter");
    }
    if (auto status = requireSession(m_db, sessionId); !status) {
        return status.error();
    }
    Statement insert{m_db, "INSERT OR REPLACE INTO filters(session_id, kind, target, pid, "
                           "start_time, action) VALUES(?, ?, ?, ?, ?, ?)"};
    if (!insert.prepared()) {
        return insert.error("cannot add filter");
    }
    bindFilterKey(insert, sessionId, filter);
    insert.bind(6, static_cast<std::int64_t>(filter.action));
    if (insert.step() != SQLITE_DONE) {
        return insert.error("cannot add filter");
    }
    return tx.commit();
}

Status SessionStore::removeFilter(std::int64_t sessionId, const SessionFilter& filter) {
    Statement remove{m_db, "DELETE FROM filters WHERE session_id = ? AND kind = ? AND target = ? "
                           "AND pid = ? AND start_time = ?"};
    if (!remove.prepared()) {
        return remove.error("cannot remove filter");
    }
    bindFilterKey(remove, sessionId, filter);
    if (remove.step() != SQLITE_DONE) {
        return remove.error("cannot remove filter");
    }
    if (sqlite3_changes(m_db) == 0) {
        return makeError(ERROR_INVALID_PARAMETER, "the session has no such filter");
    }
    return {};
}

Expected<std::vector<SessionFilter>> SessionStore::filters(std::int64_t sessionId) {
    Statement select{m_db, "SELECT kind, target, pid, start_time, action FROM filters "
                           "WHERE session_id = ? ORDER BY kind, target, pid"};
    if (!select.prepared()) {
        return select.error("cannot read filters");
    }
    select.bind(1, sessionId);
    std::vector<SessionFilter> result;
    while (select.step() == SQLITE_ROW) {
        SessionFilter filter;
        filter.kind = static_cast<SessionFilter::Kind>(select.integer(0));
        filter.target = select.text(1);
        filter.process = RegisteredProcess{static_cast<DWORD>(select.integer(2)),
                                           static_cast<std::uint64_t>(select.integer(3))};
        filter.action = static_cast<RM_FILTER_ACTION>(select.integer(4));
        result.push_back(std::move(filter));
    }
    if (select.rc() != SQLITE_DONE) {
        return select.error("cannot read filters");
    }
    return result;
}

namespace {

// NUL-separated lists, as in /proc/PID/cmdline and environ.
std::string joinList(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        out.append(item);
        out.push_back('\0');
    }
    return out;
}

std::vector<std::string> splitList(const std::string& joined) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start < joined.size()) {
        const auto end = joined.find('\0', start);
        items.push_back(joined.substr(start, end - start));
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    return items;
}

Status runWrite(Statement& statement, std::string_view what) {
    if (!statement.prepared() || statement.step() != SQLITE_DONE) {
        return statement.error(what);
    }
    return {};
}

} // namespace

Status SessionStore::registerRestart(const ProcessIdentity& process,
                                     const RestartRegistration& registration) {
    WriteTransaction tx{m_db};
    if (!tx.begun()) {
        return tx.error("cannot lock session store to register for restart");
    }
    {
        // Registrations of processes that have ended are of no more use.
        Statement select{m_db, "SELECT pid, start_ticks FROM restart_registrations"};
        std::vector<ProcessIdentity> ended;
        while (select.step() == SQLITE_ROW) {
            const ProcessIdentity old{static_cast<pid_t>(select.integer(0)),
                                      static_cast<std::uint64_t>(select.integer(1))};
            if (!isRunning(old)) {
                ended.push_back(old);
            }
        }
        for (const auto& old : ended) {
            Statement remove{m_db, "DELETE FROM restart_registrations WHERE pid = ? AND "
                                   "start_ticks = ?"};
            remove.bind(1, std::int64_t{old.pid});
            remove.bind(2, static_cast<std::int64_t>(old.startTicks));
            if (auto status = runWrite(remove, "cannot clean restart registrations"); !status) {
                return status;
            }
        }
    }
    Statement insert{m_db, "INSERT OR REPLACE INTO restart_registrations(pid, start_ticks, "
                           "command_line, flags) VALUES(?, ?, ?, ?)"};
    insert.bind(1, std::int64_t{process.pid});
    insert.bind(2, static_cast<std::int64_t>(process.startTicks));
    insert.bind(3, registration.commandLine);
    insert.bind(4, std::int64_t{registration.flags});
    if (auto status = runWrite(insert, "cannot register for restart"); !status) {
        return status;
    }
    return tx.commit();
}

Status SessionStore::unregisterRestart(const ProcessIdentity& process) {
    Statement remove{m_db, "DELETE FROM restart_registrations WHERE pid = ? AND start_ticks = ?"};
    remove.bind(1, std::int64_t{process.pid});
    remove.bind(2, static_cast<std::int64_t>(process.startTicks));
    return runWrite(remove, "cannot unregister for restart");
}

Expected<std::optional<RestartRegistration>>
SessionStore::restartRegistration(const ProcessIdentity& process) {
    Statement select{m_db, "SELECT command_line, flags FROM restart_registrations WHERE pid = ? "
                           "AND start_ticks = ?"};
    if (!select.prepared()) {
        return select.error("cannot read restart registrations");
    }
    select.bind(1, std::int64_t{process.pid});
    select.bind(2, static_cast<std::int64_t>(process.startTicks));
    const int rc = select.step();
    if (rc == SQLITE_ROW) {
        return std::optional<RestartRegistration>{
            RestartRegistration{select.text(0), static_cast<DWORD>(select.integer(1))}};
    }
    if (rc != SQLITE_DONE) {
        return select.error("cannot read restart registrations");
    }
    return std::optional<RestartRegistration>{};
}

Expected<std::map<std::pair<pid_t, std::uint64_t>, RestartRegistration>>
SessionStore::restartRegistrations() {
    Statement select{m_db, "SELECT pid, start_ticks, command_line, flags FROM "
                           "restart_registrations"};
    if (!select.prepared()) {
        return select.error("cannot read restart registrations");
    }
    std::map<std::pair<pid_t, std::uint64_t>, RestartRegistration> registrations;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        registrations.insert_or_assign(
            std::pair{static_cast<pid_t>(select.integer(0)),
                      static_cast<std::uint64_t>(select.integer(1))},
            RestartRegistration{select.text(2), static_cast<DWORD>(select.integer(3))});
    }
    if (rc != SQLITE_DONE) {
        return select.error("cannot read restart registrations");
    }
    return registrations;
}

Status SessionStore::recordShutdown(std::int64_t sessionId) {
    Statement insert{m_db, "INSERT OR REPLACE INTO shutdowns(session_id, at) VALUES(?, ?)"};
    insert.bind(1, sessionId);
    insert.bind(2, now());
    return runWrite(insert, "cannot record the shutdown");
}

Expected<bool> SessionStore::wasShutDown(std::int64_t sessionId) {
    Statement select{m_db, "SELECT 1 FROM shutdowns WHERE session_id = ?"};
    if (!select.prepared()) {
        return select.error("cannot read the session's state");
    }
    select.bind(1, sessionId);
    const int rc = select.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        return select.error("cannot read the session's state");
    }
    return rc == SQLITE_ROW;
}

Status SessionStore::recordStopping(std::int64_t sessionId, const StoppedApplication& app) {
    Statement insert{m_db, "INSERT OR REPLACE INTO stopped(session_id, pid, start_ticks, kind, "
                           "unit, uid, gid, executable, arguments, working_directory, "
                           "environment, restart, state, name, type, verified_uid, "
                           "restartable, restart_masked, not_restartable) VALUES(?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"};
    const std::string arguments = joinList(app.arguments);
    const std::string environment = joinList(app.environment);
    insert.bind(1, sessionId);
    insert.bind(2, std::int64_t{app.identity.pid});
    insert.bind(3, static_cast<std::int64_t>(app.identity.startTicks));
    insert.bind(4, static_cast<std::int64_t>(app.kind));
    insert.bind(5, app.unit);
    insert.bind(6, static_cast<std::int64_t>(app.uid));
    insert.bind(7, static_cast<std::int64_t>(app.gid));
    insert.bind(8, app.executable);
    insert.bind(9, arguments);
    insert.bind(10, app.workingDirectory);
    insert.bind(11, environment);
    insert.bind(12, std::int64_t{app.restart ? 1 : 0});
    insert.bind(13, static_cast<std::int64_t>(app.state));
    insert.bind(14, app.name);
    insert.bind(15, static_cast<std::int64_t>(app.type));
    insert.bind(16, app.verifiedUid ? static_cast<std::int64_t>(*app.verifiedUid) : -1);
    insert.bind(17, std::int64_t{app.restartable ? 1 : 0});
    insert.bind(18, std::int64_t{app.restartMasked ? 1 : 0});
    insert.bind(19, static_cast<std::int64_t>(app.notRestartable));
    return runWrite(insert, "cannot record the application to stop");
}

Status SessionStore::setStoppedState(std::int64_t sessionId, const ProcessIdentity& identity,
                                     StoppedApplication::State state,
                                     const std::optional<ProcessIdentity>& restartedAs) {
    Statement update{m_db, "UPDATE stopped SET state = ?, new_pid = ?, new_start = ? WHERE "
                           "session_id = ? AND pid = ? AND start_ticks = ?"};
    update.bind(1, static_cast<std::int64_t>(state));
    update.bind(2, restartedAs ? std::int64_t{restartedAs->pid} : std::int64_t{0});
    update.bind(3,
                restartedAs ? static_cast<std::int64_t>(restartedAs->startTicks) : std::int64_t{0});
    update.bind(4, sessionId);
    update.bind(5, std::int64_t{identity.pid});
    update.bind(6, static_cast<std::int64_t>(identity.startTicks));
    return runWrite(update, "cannot record the application's state");
}

Expected<std::vector<StoppedApplication>>
SessionStore::stoppedApplications(std::int64_t sessionId) {
    Statement select{m_db, "SELECT pid, start_ticks, kind, unit, uid, gid, executable, arguments, "
                           "working_directory, environment, restart, state, name, type, "
                           "verified_uid, restartable, new_pid, new_start, restart_masked, "
                           "not_restartable FROM stopped WHERE session_id = ? ORDER BY pid"};
    if (!select.prepared()) {
        return select.error("cannot read stopped applications");
    }
    select.bind(1, sessionId);
    std::vector<StoppedApplication> result;
    while (select.step() == SQLITE_ROW) {
        StoppedApplication app;
        app.identity = ProcessIdentity{static_cast<pid_t>(select.integer(0)),
                                       static_cast<std::uint64_t>(select.integer(1))};
        app.kind = static_cast<StoppedApplication::Kind>(select.integer(2));
        app.unit = select.text(3);
        app.uid = static_cast<uid_t>(select.integer(4));
        app.gid = static_cast<gid_t>(select.integer(5));
        app.executable = select.text(6);
        app.arguments = splitList(select.text(7));
        app.workingDirectory = select.text(8);
        app.environment = splitList(select.text(9));
        app.restart = select.integer(10) != 0;
        app.state = static_cast<StoppedApplication::State>(select.integer(11));
        app.name = select.text(12);
        app.type = static_cast<RM_APP_TYPE>(select.integer(13));
        if (const auto verified = select.integer(14); verified >= 0) {
            app.verifiedUid = static_cast<uid_t>(verified);
        }
        app.restartable = select.integer(15) != 0;
        app.restartMasked = select.integer(18) != 0;
        if (const auto why = select.integer(19);
            why > 0 && why <= static_cast<std::int64_t>(NotRestartable::NoPatch)) {
            app.notRestartable = static_cast<NotRestartable>(why);
        }
        if (const auto newPid = select.integer(16); newPid > 0) {
            app.restartedAs = ProcessIdentity{static_cast<pid_t>(newPid),
                                              static_cast<std::uint64_t>(select.integer(17))};
        }
        result.push_back(std::move(app));
    }
    if (select.rc() != SQLITE_DONE) {
        return select.error("cannot read stopped applications");
    }
    return result;
}

Expected<std::vector<std::pair<std::int64_t, ProcessIdentity>>> SessionStore::staleSessions() {
    auto sessions = readSessions(m_db);
    if (!sessions) {
        return sessions.error();
    }
    std::vector<std::pair<std::int64_t, ProcessIdentity>> stale;
    for (const auto& session : *sessions) {
        if (!isRunning(session.primary)) {
            stale.emplace_back(session.id, session.primary);
        }
    }
    return stale;
}

Expected<bool> SessionStore::adoptSession(std::int64_t sessionId,
                                          const ProcessIdentity& deadPrimary,
                                          const ProcessIdentity& adopter) {
    Statement update{m_db, "UPDATE sessions SET primary_pid = ?, primary_start = ? WHERE id = ? "
                           "AND primary_pid = ? AND primary_start = ?"};
    update.bind(1, std::int64_t{adopter.pid});
    update.bind(2, static_cast<std::int64_t>(adopter.startTicks));
    update.bind(3, sessionId);
    update.bind(4, std::int64_t{deadPrimary.pid});
    update.bind(5, static_cast<std::int64_t>(deadPrimary.startTicks));
    if (auto status = runWrite(update, "cannot adopt a stale session"); !status) {
        return status.error();
    }
    return sqlite3_changes(m_db) == 1;
}

Expected<std::vector<SessionSummary>> SessionStore::listSessions() {
    Statement select{m_db, R"sql(
        SELECT s.id, s.primary_pid, s.primary_start, s.created_at,
               (SELECT COUNT(*) FROM members m WHERE m.session_id = s.id),
               (SELECT COUNT(*) FROM files f WHERE f.session_id = s.id),
               (SELECT COUNT(*) FROM processes p WHERE p.session_id = s.id),
               (SELECT COUNT(*) FROM services v WHERE v.session_id = s.id)
        FROM sessions s ORDER BY s.id)sql"};
    if (!select.prepared()) {
        return select.error("cannot list sessions");
    }
    std::vector<SessionSummary> result;
    while (select.step() == SQLITE_ROW) {
        SessionSummary summary;
        summary.id = select.integer(0);
        summary.primary = ProcessIdentity{static_cast<pid_t>(select.integer(1)),
                                          static_cast<std::uint64_t>(select.integer(2))};
        summary.primaryRunning = isRunning(summary.primary);
        summary.createdAt = select.integer(3);
        summary.members = static_cast<std::size_t>(select.integer(4));
        summary.files = static_cast<std::size_t>(select.integer(5));
        summary.processes = static_cast<std::size_t>(select.integer(6));
        summary.services = static_cast<std::size_t>(select.integer(7));
        result.push_back(summary);
    }
    if (select.rc() != SQLITE_DONE) {
        return select.error("cannot list sessions");
    }
    return result;
}

} // namespace rm

namespace rm {
namespace {

// The largest string or blob the defensive reader lets SQLite produce: a command line of
// RESTART_MAX_CMD_LINE characters in UTF-8, and the schema's statements, fit.
constexpr int kDefensiveLengthLimit = 4 * RESTART_MAX_CMD_LINE + 1024;

// restart_registrations as every schema version since it appeared declares it.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kRegistrationColumns = {
    {{"pid", "INTEGER"},
     {"start_ticks", "INTEGER"},
     {"command_line", "TEXT"},
     {"flags", "INTEGER"}}};

Error refuse(const std::string& shown, std::string_view why) {
    return makeError(ERROR_WRITE_FAULT,
                     "session store " + shown + " is refused: " + std::string{why});
}

// Every defensive setting SQLite has for a database that may be hostile, before the first read.
Status harden(sqlite3* db, const std::string& shown) {
    const std::pair<int, int> configs[] = {{SQLITE_DBCONFIG_DEFENSIVE, 1},
                                           {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
                                           {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0},
                                           {SQLITE_DBCONFIG_ENABLE_VIEW, 0},
                                           {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0},
                                           {SQLITE_DBCONFIG_ENABLE_FKEY, 0}};
    for (const auto& [option, value] : configs) {
        int applied = -1;
        if (sqlite3_db_config(db, option, value, &applied) != SQLITE_OK || applied != value) {
            return refuse(shown, "SQLite's defensive settings cannot be applied");
        }
    }
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kDefensiveLengthLimit);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 16384);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 64);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 64);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 2);
    sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, 100000);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 64);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    return execute(db,
                   "PRAGMA query_only=1; PRAGMA trusted_schema=0; PRAGMA cell_size_check=1; "
                   "PRAGMA mmap_size=0",
                   "cannot configure session store " + shown);
}

// The store is one this Restart Manager wrote: a known version, restart_registrations a table of
// exactly its columns, and nothing that runs code (triggers) or stands in for a table (views).
Status checkSchema(sqlite3* db, const std::string& shown) {
    {
        Statement version{db, "PRAGMA user_version"};
        if (!version.prepared() || version.step() != SQLITE_ROW) {
            return refuse(shown, std::string{"its version cannot be read: "} + sqlite3_errmsg(db));
        }
        if (version.integer(0) < 1 || version.integer(0) > kSchemaVersion) {
            return refuse(shown, "unknown schema version " + std::to_string(version.integer(0)));
        }
    }
    bool table = false;
    {
        Statement objects{db, "SELECT type, name FROM sqlite_schema"};
        int rc = objects.prepared() ? SQLITE_ROW : objects.rc();
        while (rc == SQLITE_ROW && (rc = objects.step()) == SQLITE_ROW) {
            const auto type = objects.text(0);
            if (type != "table" && type != "index") {
                return refuse(shown, "it holds a " + type);
            }
            table = table || (type == "table" && objects.text(1) == "restart_registrations");
        }
        if (rc != SQLITE_DONE) {
            return refuse(shown, std::string{"its schema cannot be read: "} + sqlite3_errmsg(db));
        }
    }
    if (!table) {
        return refuse(shown, "it has no restart_registrations table");
    }
    Statement columns{db, "SELECT name, type FROM pragma_table_info('restart_registrations')"};
    std::size_t count = 0;
    int rc = columns.prepared() ? SQLITE_ROW : columns.rc();
    while (rc == SQLITE_ROW && (rc = columns.step()) == SQLITE_ROW) {
        if (count >= kRegistrationColumns.size() ||
            columns.text(0) != kRegistrationColumns[count].first ||
            columns.text(1) != kRegistrationColumns[count].second) {
            return refuse(shown, "restart_registrations does not have the expected columns");
        }
        ++count;
    }
    if (rc != SQLITE_DONE || count != kRegistrationColumns.size()) {
        return refuse(shown, "restart_registrations does not have the expected columns");
    }
    return {};
}

} // namespace

Expected<std::map<std::pair<pid_t, std::uint64_t>, RestartRegistration>>
readRestartRegistrationsDefensively(const DirectoryHandle& directory,
                                    const std::vector<ProcessIdentity>& processes) {
    std::map<std::pair<pid_t, std::uint64_t>, RestartRegistration> registrations;
    const std::string shown = directory.path() + "/sessions.db";
    struct stat st {};
    if (::fstatat(directory.fd(), "sessions.db", &st, AT_SYMLINK_NOFOLLOW) != 0 &&
        errno == ENOENT) {
        return registrations;
    }
    for (const char* name : {"sessions.db", "sessions.db-wal", "sessions.db-shm"}) {
        if (auto status = checkStoreFile(directory.fd(), name, directory.path() + "/" + name);
            !status) {
            return makeError(ERROR_WRITE_FAULT, status.error().message);
        }
    }
    const char* vfs = directoryVfs();
    if (vfs == nullptr) {
        return makeError(ERROR_WRITE_FAULT, "SQLite has no unix VFS to open the session store");
    }
    const std::string path = "/proc/self/fd/" + std::to_string(directory.fd()) + "/sessions.db";
    sqlite3* opened = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &opened,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW |
                                       SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                                   vfs);
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db{opened, sqlite3_close_v2};
    if (rc != SQLITE_OK) {
        return sqliteError(db.get(), rc, "cannot open session store " + shown);
    }
    sqlite3_busy_timeout(db.get(), 1000);
    if (auto status = harden(db.get(), shown); !status) {
        return status.error();
    }
    // One read transaction: the checks and the rows describe the same moment.
    ReadTransaction read{db.get()};
    if (!read.begun()) {
        return read.error("cannot read session store " + shown);
    }
    if (auto status = checkSchema(db.get(), shown); !status) {
        return status.error();
    }
    Statement select{db.get(), "SELECT command_line, flags FROM restart_registrations WHERE "
                               "pid = ? AND start_ticks = ?"};
    if (!select.prepared()) {
        return refuse(shown, sqlite3_errmsg(db.get()));
    }
    for (const auto& process : processes) {
        select.reset();
        select.bind(1, std::int64_t{process.pid});
        select.bind(2, static_cast<std::int64_t>(process.startTicks));
        const int step = select.step();
        if (step == SQLITE_DONE) {
            continue;
        }
        if (step != SQLITE_ROW) {
            return refuse(shown, sqlite3_errmsg(db.get()));
        }
        if (select.type(0) != SQLITE_TEXT || select.type(1) != SQLITE_INTEGER) {
            return refuse(shown, "a registration holds values of the wrong type");
        }
        auto commandLine = select.text(0);
        const auto characters = utf8ToWide(commandLine);
        if (!characters || characters->size() > RESTART_MAX_CMD_LINE ||
            commandLine.find('\0') != std::string::npos) {
            return refuse(shown, "a registration's command line is too long or not text");
        }
        const auto flags = select.integer(1);
        if (flags < 0 || flags > 0xFFFFFFFFLL) {
            return refuse(shown, "a registration's flags are out of range");
        }
        registrations.insert_or_assign(
            std::pair{process.pid, process.startTicks},
            RestartRegistration{std::move(commandLine), static_cast<DWORD>(flags)});
    }
    return registrations;
}

} // namespace rm
