#include "core/private/session_engine.h"

#include "core/log.h"
#include "core/private/process_identity.h"
#include "core/private/session_key.h"
#include "core/private/session_registry.h"
#include "core/private/shutdown_engine.h"
#include "core/private/store_location.h"
#include "core/private/systemd_client.h"
#include "core/private/user_registrations.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unistd.h>

namespace rm::engine {
namespace {

constexpr std::chrono::milliseconds kDefaultLockTimeout{5000};
constexpr std::chrono::milliseconds kDefaultShutdownTimeout{30000};
constexpr std::chrono::milliseconds kDefaultSizingReuseTime{2000};
// Long enough for a program that fails at start (an interpreter without its script, a missing
// library, no display) to have exited on a busy machine; RmRestart takes this long once, however
// many applications it starts.
constexpr std::chrono::milliseconds kDefaultRestartGrace{1000};

long long millisecondsFromEnvironment(const char* name, std::chrono::milliseconds fallback) {
    if (const char* text = std::getenv(name)) {
        char* end = nullptr;
        const long long parsed = std::strtoll(text, &end, 10);
        if (end != text && *end == '\0' && parsed >= 0) {
            return parsed;
        }
    }
    return static_cast<long long>(fallback.count());
}

std::atomic<long long>& lockTimeoutMs() {
    static std::atomic<long long> value =
        millisecondsFromEnvironment("RESTARTMANAGER_LOCK_TIMEOUT_MS", kDefaultLockTimeout);
    return value;
}

std::atomic<long long>& shutdownTimeoutMs() {
    static std::atomic<long long> value =
        millisecondsFromEnvironment("RESTARTMANAGER_SHUTDOWN_TIMEOUT_MS", kDefaultShutdownTimeout);
    return value;
}

std::atomic<long long>& restartGraceMs() {
    static std::atomic<long long> value =
        millisecondsFromEnvironment("RESTARTMANAGER_RESTART_GRACE_MS", kDefaultRestartGrace);
    return value;
}

std::atomic<long long>& sizingReuseMs() {
    static std::atomic<long long> value =
        millisecondsFromEnvironment("RESTARTMANAGER_SIZING_REUSE_MS", kDefaultSizingReuseTime);
    return value;
}

// The scan behind an RmGetList answered ERROR_MORE_DATA, with what it was a scan for, kept for
// the handle's next call (see affectedApplications in the header).
struct KeptList {
    std::chrono::steady_clock::time_point scannedAt;
    AffectedQuery query; // without registrationsOf
    AffectedApplications affected;
};

std::mutex& keptListsMutex() {
    static std::mutex mutex;
    return mutex;
}

std::map<DWORD, KeptList>& keptLists() {
    static std::map<DWORD, KeptList> lists;
    return lists;
}

// Takes the handle's kept list out (a list serves one call at most).
std::optional<KeptList> takeKeptList(DWORD handle) {
    std::lock_guard lock(keptListsMutex());
    auto& lists = keptLists();
    const auto it = lists.find(handle);
    if (it == lists.end()) {
        return std::nullopt;
    }
    auto kept = std::move(it->second);
    lists.erase(it);
    return kept;
}

bool sameQuery(const AffectedQuery& a, const AffectedQuery& b) {
    const auto sameResources = [](const RegisteredResources& x, const RegisteredResources& y) {
        return &x == &y ||
               (x.files == y.files && x.processes == y.processes && x.services == y.services);
    };
    return sameResources(*a.resources, *b.resources) && a.withFiles == b.withFiles &&
           a.installers == b.installers && a.filters == b.filters;
}

// Whether a kept list may answer `query` now: young enough, asked for the same, and every
// process in it still the one that was found (a reused PID has another start time).
bool stillValid(const KeptList& kept, const AffectedQuery& query) {
    const auto age = std::chrono::steady_clock::now() - kept.scannedAt;
    if (age > std::chrono::milliseconds{sizingReuseMs().load()} || !sameQuery(kept.query, query)) {
        return false;
    }
    std::vector<const ProcessIdentity*> processes;
    for (const auto& app : kept.affected.applications) {
        for (const auto& process : app.processes) {
            processes.push_back(&process);
        }
    }
    // One /proc read each: for hundreds, on two threads.
    std::atomic<bool> allRunning{true};
    const auto check = [&](std::size_t first, std::size_t step) {
        for (std::size_t i = first; i < processes.size() && allRunning.load(); i += step) {
            if (!isRunning(*processes[i])) {
                allRunning = false;
            }
        }
    };
    if (processes.size() >= 128 && std::thread::hardware_concurrency() > 1) {
        std::thread helper{check, 1, 2};
        check(0, 2);
        helper.join();
    } else {
        check(0, 1);
    }
    return allRunning.load();
}

Expected<std::unique_ptr<SessionStore>> openStore() {
    auto directory = openStoreDirectory();
    if (!directory) {
        return directory.error();
    }
    return SessionStore::open(std::move(*directory), storeLockTimeout());
}

// The store as it is, for RmJoinSession: a join creates no folder and no database. nullptr when
// this user has none, so that no session of theirs exists.
Expected<std::unique_ptr<SessionStore>> openExistingStore() {
    auto directory = findStoreDirectory();
    if (!directory) {
        return directory.error();
    }
    if (!*directory) {
        return std::unique_ptr<SessionStore>{};
    }
    if (::faccessat((*directory)->fd(), "sessions.db", F_OK, AT_SYMLINK_NOFOLLOW) != 0 &&
        errno == ENOENT) {
        return std::unique_ptr<SessionStore>{};
    }
    return SessionStore::open(std::move(**directory), storeLockTimeout());
}

template <class T> void logResult(std::string_view call, const Expected<T>& result) {
    if (result) {
        log::core()->info("{} -> ERROR_SUCCESS", call);
    } else {
        log::core()->warn("{} -> {} ({}): {}", call, errorName(result.code()), result.code(),
                          result.error().message);
    }
}

Expected<std::shared_ptr<SessionHandleState>> lookup(DWORD handle) {
    auto state = SessionRegistry::instance().find(handle);
    if (!state) {
        return makeError(ERROR_INVALID_HANDLE, "no Restart Manager session has handle " +
                                                   std::to_string(handle) + " in this process");
    }
    return state;
}

// Runs `work` with the handle's store, under the handle's lock and with the current lock timeout.
template <class Work>
auto withStore(DWORD handle, Work&& work)
    -> decltype(work(std::declval<SessionStore&>(), std::int64_t{})) {
    auto state = lookup(handle);
    if (!state) {
        return state.error();
    }
    std::lock_guard lock((*state)->mutex);
    (*state)->store->setLockTimeout(storeLockTimeout());
    return work(*(*state)->store, (*state)->membership.sessionId);
}

constexpr std::array<std::string_view, 11> kUnitSuffixes = {
    ".service", ".socket", ".target", ".timer", ".mount", ".automount",
    ".path",    ".scope",  ".slice",  ".swap",  ".device"};

Expected<RegisteredResources> validate(const ResourceRequest& request) {
    RegisteredResources out;
    out.files.reserve(request.files.size());
    for (std::size_t i = 0; i < request.files.size(); ++i) {
        const auto& file = request.files[i];
        if (file.empty() || file.front() != '/' || file.find('\0') != std::string::npos) {
            return makeError(ERROR_BAD_ARGUMENTS, "file #" + std::to_string(i + 1) + " ('" + file +
                                                      "') is not an absolute path");
        }
        out.files.push_back(normalizePath(file));
    }
    for (std::size_t i = 0; i < request.processes.size(); ++i) {
        const auto& process = request.processes[i];
        if (process.pid == 0 || process.pid == RM_INVALID_PROCESS) {
            return makeError(ERROR_BAD_ARGUMENTS,
                             "process #" + std::to_string(i + 1) + " has no process ID");
        }
        out.processes.push_back(process);
    }
    for (std::size_t i = 0; i < request.services.size(); ++i) {
        auto unit = normalizeServiceName(request.services[i]);
        if (unit.empty()) {
            return makeError(ERROR_BAD_ARGUMENTS, "service #" + std::to_string(i + 1) + " ('" +
                                                      request.services[i] +
                                                      "') is not a valid systemd unit name");
        }
        out.services.push_back(std::move(unit));
    }
    return out;
}

ULONG statusOf(StoppedApplication::State state) {
    switch (state) {
    case StoppedApplication::State::Stopping:
    case StoppedApplication::State::Stopped:
        return RmStatusStopped;
    case StoppedApplication::State::ErrorOnStop:
        return RmStatusErrorOnStop;
    case StoppedApplication::State::Restarted:
        return RmStatusRestarted;
    case StoppedApplication::State::ErrorOnRestart:
        return RmStatusErrorOnRestart;
    }
    return RmStatusUnknown;
}

// After RmShutdown the stopped applications no longer use the files, but RmGetList still shows
// them, with what happened to them, as Windows does.
Status addStoppedApplications(SessionHandleState& state, AffectedApplications& affected) {
    std::lock_guard lock(state.mutex);
    auto stopped = state.store->stoppedApplications(state.membership.sessionId);
    if (!stopped) {
        return stopped.error();
    }
    for (const auto& record : *stopped) {
        const auto runningAs = [&](const ProcessIdentity& identity) {
            return std::find_if(
                affected.applications.begin(), affected.applications.end(),
                [&](const AffectedApplication& app) { return app.processes.front() == identity; });
        };
        auto running = runningAs(record.identity);
        if (running != affected.applications.end()) {
            running->status |= statusOf(record.state) & RmStatusErrorOnStop;
            continue;
        }
        // Started again by RmRestart and using the files once more: one entry, the new process,
        // that says it was restarted.
        if (record.restartedAs) {
            if (auto restarted = runningAs(*record.restartedAs);
                restarted != affected.applications.end()) {
                restarted->status |= RmStatusRestarted;
                restarted->restartable = record.restartable;
                restarted->notRestartable = record.notRestartable;
                continue;
            }
        }
        // A service that systemd started again and that uses the files once more: its new
        // processes are one entry already (by unit), which says it was restarted.
        if (record.kind == StoppedApplication::Kind::Service &&
            record.state == StoppedApplication::State::Restarted) {
            if (auto restarted =
                    std::find_if(affected.applications.begin(), affected.applications.end(),
                                 [&](const AffectedApplication& app) {
                                     return app.type == RmService && app.unit == record.unit;
                                 });
                restarted != affected.applications.end()) {
                restarted->status |= RmStatusRestarted;
                continue;
            }
        }
        AffectedApplication app;
        app.process = RM_UNIQUE_PROCESS{static_cast<DWORD>(record.identity.pid),
                                        startTicksToFileTime(record.identity.startTicks)};
        app.appName = record.name;
        app.type = record.type;
        app.unit = record.unit;
        if (record.kind == StoppedApplication::Kind::Service) {
            app.serviceShortName = serviceShortNameOf(record.unit);
        }
        app.status =
            statusOf(record.state) | (record.restartMasked ? ULONG{RmStatusRestartMasked} : 0U);
        app.uid = record.uid;
        app.executable = record.executable;
        app.restartable = record.restartable;
        app.notRestartable = record.notRestartable;
        app.processes.push_back(record.identity);
        affected.applications.push_back(std::move(app));
    }
    std::sort(
        affected.applications.begin(), affected.applications.end(),
        [](const auto& a, const auto& b) { return a.process.dwProcessId < b.process.dwProcessId; });
    return {};
}

// `storeMutex` (the handle's lock, if the store belongs to a handle) is taken only to write the
// results: the progress callback may call RmGetList while the applications start.
Status restartRecorded(SessionStore& store, std::mutex* storeMutex, std::int64_t sessionId,
                       const std::vector<StoppedApplication>& records,
                       const RestartOptions& options, bool& cancelled, bool& failed) {
    // A shutdown that was cancelled leaves applications that were still closing: they exit on
    // their own, and are started again once they have.
    std::vector<ProcessIdentity> closing;
    for (const auto& record : records) {
        if (record.restart && record.state == StoppedApplication::State::Stopping &&
            record.kind == StoppedApplication::Kind::Application && isRunning(record.identity)) {
            closing.push_back(record.identity);
        }
    }
    if (!closing.empty()) {
        waitUntilExited(closing, options.timeout, options.cancel);
    }
    std::vector<StoppedApplication> toStart;
    for (const auto& record : records) {
        const bool due =
            record.restart && record.state != StoppedApplication::State::Restarted &&
            (record.kind == StoppedApplication::Kind::Service || !isRunning(record.identity));
        if (due) {
            toStart.push_back(record);
        }
    }
    auto outcome = restartApplications(toStart, options);
    cancelled = outcome.cancelled;
    failed = false;
    std::unique_lock<std::mutex> lock;
    if (storeMutex != nullptr) {
        lock = std::unique_lock{*storeMutex};
    }
    for (std::size_t i = 0; i < toStart.size(); ++i) {
        if (outcome.states[i] == StoppedApplication::State::Stopped) {
            continue; // not reached before a cancel
        }
        failed = failed || outcome.states[i] == StoppedApplication::State::ErrorOnRestart;
        if (auto status = store.setStoppedState(sessionId, toStart[i].identity, outcome.states[i],
                                                outcome.newProcesses[i]);
            !status) {
            return status;
        }
    }
    return {};
}

} // namespace

void setSizingReuseTime(std::chrono::milliseconds time) {
    sizingReuseMs().store(time.count());
}

std::chrono::milliseconds sizingReuseTime() {
    return std::chrono::milliseconds{sizingReuseMs().load()};
}

void setShutdownTimeout(std::chrono::milliseconds timeout) {
    shutdownTimeoutMs().store(timeout.count());
}

std::chrono::milliseconds shutdownTimeout() {
    return std::chrono::milliseconds{shutdownTimeoutMs().load()};
}

void setRestartGrace(std::chrono::milliseconds grace) {
    restartGraceMs().store(grace.count());
}

std::chrono::milliseconds restartGrace() {
    return std::chrono::milliseconds{restartGraceMs().load()};
}

Status shutdown(DWORD handle, ULONG flags, const std::function<void(unsigned)>& progress) {
    const auto result = [&]() -> Status {
        if (auto status = requirePrimary(handle); !status) {
            return status;
        }
        auto state = lookup(handle);
        if (!state) {
            return state.error();
        }
        (*state)->cancelRequested.store(false);
        auto affected = affectedApplications(handle);
        if (!affected) {
            return affected.error();
        }
        if (affected->rebootReasons != RmRebootReasonNone) {
            return makeError(ERROR_FAIL_NOACTION_REBOOT,
                             fmt::format("nothing was shut down: a restart of the computer is "
                                         "needed anyway (reboot reasons 0x{:x})",
                                         affected->rebootReasons));
        }
        std::vector<StoppedApplication> targets;
        std::vector<bool> refusedBefore;
        for (const auto& app : affected->applications) {
            if ((app.status & RmStatusRunning) == 0 || (app.status & RmStatusShutdownMasked) != 0) {
                continue; // stopped before, or left alone by a filter
            }
            if ((flags & RmShutdownOnlyRegistered) != 0 && !app.restartable) {
                return makeError(ERROR_FAIL_NOACTION_REBOOT,
                                 fmt::format("nothing was shut down: {} (PID {}) cannot be "
                                             "restarted and RmShutdownOnlyRegistered was given",
                                             app.appName, app.process.dwProcessId));
            }
            // The registration RmGetList found (for root, also in another user's store).
            auto record = describeForRestart(app, app.registration);
            if (!record) {
                continue; // it exited meanwhile
            }
            record->name = app.appName;
            record->type = app.type;
            // Only what is registered for restart comes back, as on Windows; RESTART_NO_PATCH
            // (the application asked not to be started again after an update) and RmNoRestart
            // filters show as RmStatusRestartMasked.
            record->restartable = app.restartable;
            record->notRestartable = app.notRestartable;
            record->restartMasked = (app.status & RmStatusRestartMasked) != 0;
            record->restart = app.restartable && !record->restartMasked;
            targets.push_back(std::move(*record));
            refusedBefore.push_back((app.status & RmStatusErrorOnStop) != 0);
        }
        const auto sessionId = (*state)->membership.sessionId;
        {
            // Written before any signal: if this process dies, the next session start restarts
            // these applications.
            std::lock_guard lock((*state)->mutex);
            auto& store = *(*state)->store;
            if (auto status = store.recordShutdown(sessionId); !status) {
                return status;
            }
            for (const auto& target : targets) {
                if (auto status = store.recordStopping(sessionId, target); !status) {
                    return status;
                }
            }
        }
        log::core()->info("session #{}: shutting down {} application(s) and service(s)", sessionId,
                          targets.size());
        ShutdownOptions options;
        options.force = (flags & RmForceShutdown) != 0;
        options.refusedBefore = std::move(refusedBefore);
        options.timeout = shutdownTimeout();
        options.cancel = &(*state)->cancelRequested;
        options.progress = progress;
        auto outcome = stopApplications(targets, options);
        bool failed = false;
        {
            std::lock_guard lock((*state)->mutex);
            for (std::size_t i = 0; i < targets.size(); ++i) {
                failed = failed || outcome.states[i] == StoppedApplication::State::ErrorOnStop;
                if (auto status = (*state)->store->setStoppedState(sessionId, targets[i].identity,
                                                                   outcome.states[i]);
                    !status) {
                    return status;
                }
            }
        }
        if (outcome.cancelled) {
            return makeError(ERROR_CANCELLED, "the shutdown was cancelled");
        }
        if (failed) {
            return makeError(ERROR_FAIL_SHUTDOWN,
                             "some applications did not close in time; they are still running");
        }
        return {};
    }();
    logResult(fmt::format("RmShutdown(handle {}, flags 0x{:x})", handle, flags), result);
    return result;
}

Status restart(DWORD handle, const std::function<void(unsigned)>& progress) {
    const auto result = [&]() -> Status {
        if (auto status = requirePrimary(handle); !status) {
            return status;
        }
        auto state = lookup(handle);
        if (!state) {
            return state.error();
        }
        (*state)->cancelRequested.store(false);
        const auto sessionId = (*state)->membership.sessionId;
        std::vector<StoppedApplication> records;
        {
            std::lock_guard lock((*state)->mutex);
            auto shutDown = (*state)->store->wasShutDown(sessionId);
            if (!shutDown) {
                return shutDown.error();
            }
            if (!*shutDown) {
                return makeError(ERROR_REQUEST_OUT_OF_SEQUENCE,
                                 "RmRestart needs an RmShutdown of the session first");
            }
            auto stopped = (*state)->store->stoppedApplications(sessionId);
            if (!stopped) {
                return stopped.error();
            }
            records = std::move(*stopped);
        }
        RestartOptions options;
        options.timeout = shutdownTimeout();
        options.grace = restartGrace();
        options.cancel = &(*state)->cancelRequested;
        options.progress = progress;
        bool cancelled = false;
        bool failed = false;
        if (auto status = restartRecorded(*(*state)->store, &(*state)->mutex, sessionId, records,
                                          options, cancelled, failed);
            !status) {
            return status;
        }
        if (cancelled) {
            return makeError(ERROR_CANCELLED, "the restart was cancelled");
        }
        if (failed) {
            return makeError(ERROR_FAIL_RESTART, "some applications could not be started again");
        }
        return {};
    }();
    logResult(fmt::format("RmRestart(handle {})", handle), result);
    return result;
}

Status cancelCurrentTask(DWORD handle) {
    const auto result = [&]() -> Status {
        if (auto status = requirePrimary(handle); !status) {
            return status;
        }
        auto state = lookup(handle);
        if (!state) {
            return state.error();
        }
        (*state)->cancelRequested.store(true);
        return {};
    }();
    logResult(fmt::format("RmCancelCurrentTask(handle {})", handle), result);
    return result;
}

Status registerApplicationRestart(const std::string& commandLine, DWORD flags) {
    const auto result = [&]() -> Status {
        // The C call's limit (restartmanager.h), in characters: UTF-8 bytes that begin one.
        const auto characters = std::count_if(commandLine.begin(), commandLine.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        });
        if (characters > RESTART_MAX_CMD_LINE) {
            return makeError(ERROR_BAD_ARGUMENTS,
                             fmt::format("the restart command line has {} characters; at most {} "
                                         "are allowed",
                                         characters, RESTART_MAX_CMD_LINE));
        }
        auto store = openStore();
        if (!store) {
            return store.error();
        }
        return (*store)->registerRestart(currentProcessIdentity(),
                                         RestartRegistration{commandLine, flags});
    }();
    logResult("RegisterApplicationRestart", result);
    return result;
}

Status unregisterApplicationRestart() {
    const auto result = [&]() -> Status {
        auto store = openStore();
        if (!store) {
            return store.error();
        }
        return (*store)->unregisterRestart(currentProcessIdentity());
    }();
    logResult("UnregisterApplicationRestart", result);
    return result;
}

namespace {

Expected<std::vector<StoppedApplication>> recoverStaleSessionsIn(SessionStore& store) {
    auto stale = store.staleSessions();
    if (!stale) {
        return stale.error();
    }
    std::vector<StoppedApplication> restarted;
    for (const auto& [sessionId, deadPrimary] : *stale) {
        auto adopted = store.adoptSession(sessionId, deadPrimary, currentProcessIdentity());
        if (!adopted) {
            return adopted.error();
        }
        if (!*adopted) {
            continue; // another process is recovering it
        }
        auto records = store.stoppedApplications(sessionId);
        if (!records) {
            return records.error();
        }
        bool cancelled = false;
        bool failed = false;
        RestartOptions options;
        options.grace = restartGrace();
        if (auto status =
                restartRecorded(store, nullptr, sessionId, *records, options, cancelled, failed);
            !status) {
            return status.error();
        }
        auto after = store.stoppedApplications(sessionId);
        if (after) {
            for (const auto& record : *after) {
                if (record.state == StoppedApplication::State::Restarted) {
                    restarted.push_back(record);
                }
            }
        }
        log::core()->info("recovered session #{} whose installer had died: {} application(s) "
                          "and service(s) restarted",
                          sessionId, restarted.size());
        if (auto status = store.deleteSession(sessionId); !status) {
            return status.error();
        }
    }
    return restarted;
}

} // namespace

Expected<std::vector<StoppedApplication>> recoverStaleSessions() {
    auto store = openStore();
    if (!store) {
        return store.error();
    }
    return recoverStaleSessionsIn(**store);
}

void setStoreLockTimeout(std::chrono::milliseconds timeout) {
    lockTimeoutMs().store(timeout.count());
}

std::chrono::milliseconds storeLockTimeout() {
    return std::chrono::milliseconds{lockTimeoutMs().load()};
}

std::string normalizePath(std::string_view path) {
    std::string out;
    out.reserve(path.size());
    std::size_t i = 0;
    while (i < path.size()) {
        while (i < path.size() && path[i] == '/') {
            ++i;
        }
        const std::size_t end = path.find('/', i);
        const auto component = path.substr(i, end == std::string_view::npos ? end : end - i);
        if (!component.empty() && component != ".") {
            out.push_back('/');
            out.append(component);
        }
        if (end == std::string_view::npos) {
            break;
        }
        i = end;
    }
    return out.empty() ? std::string{"/"} : out;
}

std::string normalizeServiceName(std::string_view name) {
    // "user:NAME" names a unit of the caller's own manager (systemd --user), "user:UID:NAME" one
    // of user UID's; both become the key "user:UID:NAME.service" (core/systemd_client.h).
    constexpr std::string_view kUser = "user:";
    if (name.starts_with(kUser)) {
        auto rest = name.substr(kUser.size());
        uid_t uid = ::getuid();
        const auto colon = rest.find(':');
        if (colon != std::string_view::npos) {
            const auto parsed = parseUserUnitKey(std::string{kUser} + std::string{rest});
            if (!parsed) {
                return {};
            }
            uid = parsed->uid;
            rest = rest.substr(colon + 1);
        }
        if (rest.starts_with(kUser)) {
            return {}; // "user:user:x" is a mistake, not a unit
        }
        auto unit = normalizeServiceName(rest);
        return unit.empty() ? std::string{} : userUnitKey(uid, unit);
    }
    if (name.empty() || name.size() > 255) {
        return {};
    }
    for (const char c : name) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == ':' || c == '_' || c == '.' ||
                             c == '@' || c == '-' || c == '\\';
        if (!allowed) {
            return {};
        }
    }
    for (const auto suffix : kUnitSuffixes) {
        if (name.size() > suffix.size() && name.ends_with(suffix)) {
            return std::string{name};
        }
    }
    if (name.front() == '.' || name.back() == '.' || name.size() + 8 > 255) {
        return {};
    }
    return std::string{name} + ".service";
}

Expected<StartedSession> startSession() {
    const auto result = [&]() -> Expected<StartedSession> {
        auto store = openStore();
        if (!store) {
            if (store.code() == ERROR_ACCESS_DENIED) {
                // A store that belongs to someone else cannot be written by this user.
                return makeError(ERROR_WRITE_FAULT, store.error().message);
            }
            return store.error();
        }
        // Applications that a crashed installer left closed come back before its session is
        // reclaimed.
        if (auto recovered = recoverStaleSessionsIn(**store); !recovered) {
            log::core()->warn("could not recover stale sessions: {}", recovered.error().message);
        }
        auto key = generateSessionKey();
        if (!key) {
            return key.error();
        }
        auto membership = (*store)->createSession(*key, currentProcessIdentity());
        if (!membership) {
            return membership.error();
        }
        auto state = std::make_shared<SessionHandleState>();
        state->store = std::move(*store);
        state->membership = *membership;
        state->role = SessionRole::Primary;
        auto handle = SessionRegistry::instance().add(state);
        if (!handle) {
            state->store->deleteSession(membership->sessionId);
            return handle.error();
        }
        log::core()->info("session #{} started with handle {} (store {})", membership->sessionId,
                          *handle, state->store->path());
        return StartedSession{*handle, std::move(*key)};
    }();
    logResult("RmStartSession", result);
    return result;
}

Expected<DWORD> joinSession(std::string_view key) {
    const auto result = [&]() -> Expected<DWORD> {
        if (!isWellFormedSessionKey(key)) {
            return makeError(ERROR_SESSION_CREDENTIAL_CONFLICT,
                             "the session key is not 32 hexadecimal characters");
        }
        auto store = openExistingStore();
        if (!store) {
            if (store.code() == ERROR_ACCESS_DENIED) {
                return makeError(ERROR_SESSION_CREDENTIAL_CONFLICT, store.error().message);
            }
            return store.error();
        }
        if (*store == nullptr) {
            return makeError(ERROR_SESSION_CREDENTIAL_CONFLICT,
                             "this user has no session store, so no session with this key");
        }
        auto membership = (*store)->joinSession(std::string{key}, currentProcessIdentity());
        if (!membership) {
            return membership.error();
        }
        auto state = std::make_shared<SessionHandleState>();
        state->store = std::move(*store);
        state->membership = *membership;
        state->role = SessionRole::Secondary;
        auto handle = SessionRegistry::instance().add(state);
        if (!handle) {
            state->store->leaveSession(*membership);
            return handle.error();
        }
        log::core()->info("joined session #{} as a secondary with handle {}", membership->sessionId,
                          *handle);
        return *handle;
    }();
    logResult("RmJoinSession", result);
    return result;
}

Status endSession(DWORD handle) {
    const auto result = [&]() -> Status {
        auto state = lookup(handle);
        if (!state) {
            return state.error();
        }
        std::lock_guard lock((*state)->mutex);
        (*state)->store->setLockTimeout(storeLockTimeout());
        const auto& membership = (*state)->membership;
        const bool primary = (*state)->role == SessionRole::Primary;
        auto status = primary ? (*state)->store->deleteSession(membership.sessionId)
                              : (*state)->store->leaveSession(membership);
        if (!status) {
            return status; // the handle stays valid, so the caller can try again
        }
        SessionRegistry::instance().remove(handle);
        takeKeptList(handle); // a later session may get the same handle
        log::core()->info("session #{} {} (handle {})", membership.sessionId,
                          primary ? "ended by its primary" : "left by a secondary", handle);
        return {};
    }();
    logResult(fmt::format("RmEndSession(handle {})", handle), result);
    return result;
}

Status registerResources(DWORD handle, const ResourceRequest& request) {
    const auto call = fmt::format("RmRegisterResources(handle {}, {} files, {} processes, "
                                  "{} services)",
                                  handle, request.files.size(), request.processes.size(),
                                  request.services.size());
    const auto result = [&]() -> Status {
        auto state = lookup(handle);
        if (!state) {
            return state.error();
        }
        auto resources = validate(request);
        if (!resources) {
            return resources.error();
        }
        std::lock_guard lock((*state)->mutex);
        (*state)->store->setLockTimeout(storeLockTimeout());
        return (*state)->store->registerResources((*state)->membership.sessionId, *resources);
    }();
    logResult(call, result);
    return result;
}

Expected<RegisteredResources> registeredResources(DWORD handle) {
    return withStore(
        handle, [](SessionStore& store, std::int64_t session) { return store.resources(session); });
}

Expected<AffectedApplications> affectedApplications(DWORD handle, std::size_t callerCapacity,
                                                    bool withFiles) {
    const auto result = [&]() -> Expected<AffectedApplications> {
        auto state = lookup(handle);
        if (!state) {
            return state.error();
        }
        AffectedQuery query;
        {
            // The store is read under the handle's lock; the scan runs without it.
            std::lock_guard lock((*state)->mutex);
            auto& store = *(*state)->store;
            store.setLockTimeout(storeLockTimeout());
            const auto sessionId = (*state)->membership.sessionId;
            auto resources = store.sharedResources(sessionId);
            if (!resources) {
                return resources.error();
            }
            auto members = store.members(sessionId);
            if (!members) {
                return members.error();
            }
            auto filters = store.filters(sessionId);
            if (!filters) {
                return filters.error();
            }
            query.resources = std::move(*resources);
            query.installers = std::move(*members);
            query.filters = std::move(*filters);
        }
        query.withFiles = withFiles;
        // The caller's own store in one query for all of them; for a caller that is root, the
        // other users' applications through their own stores (core/private/user_registrations.h).
        query.registrationsOf = [state = *state](const std::vector<RegistrationQuery>& asked) {
            std::map<std::pair<pid_t, std::uint64_t>, RestartRegistration> found;
            {
                std::lock_guard lock(state->mutex);
                if (auto all = state->store->restartRegistrations()) {
                    for (const auto& entry : asked) {
                        const auto key = std::pair{entry.process.pid, entry.process.startTicks};
                        if (const auto it = all->find(key); it != all->end()) {
                            found.insert_or_assign(key, it->second);
                        }
                    }
                }
            }
            std::vector<RegistrationQuery> others;
            for (const auto& entry : asked) {
                if (entry.uid != ::geteuid() &&
                    !found.contains({entry.process.pid, entry.process.startTicks})) {
                    others.push_back(entry);
                }
            }
            if (!others.empty()) {
                found.merge(otherUsersRegistrations(others));
            }
            return found;
        };
        std::optional<AffectedApplications> found;
        const auto checkStart = std::chrono::steady_clock::now();
        if (auto kept = takeKeptList(handle); kept && stillValid(*kept, query)) {
            const auto millisecondsSince = [](std::chrono::steady_clock::time_point from) {
                return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                                 from)
                    .count();
            };
            log::core()->debug("RmGetList(handle {}): the list of the call before, {:.0f} ms "
                               "old, still holds (checked in {:.1f} ms)",
                               handle, millisecondsSince(kept->scannedAt),
                               millisecondsSince(checkStart));
            found = std::move(kept->affected);
        } else {
            const auto scannedAt = std::chrono::steady_clock::now();
            found = findAffectedApplications(query);
            // Kept before the stopped applications are added: those are read anew each time.
            if (found->applications.size() > callerCapacity && sizingReuseMs().load() > 0) {
                KeptList kept{scannedAt, std::move(query), *found}; // the query is done with
                kept.query.registrationsOf = nullptr;
                std::lock_guard lock(keptListsMutex());
                keptLists().insert_or_assign(handle, std::move(kept));
            }
        }
        auto affected = std::move(*found);
        if (auto shown = addStoppedApplications(**state, affected); !shown) {
            return shown.error();
        }
        log::core()->info("session #{}: {} application(s) and service(s) use its resources, "
                          "reboot reasons 0x{:x}",
                          (*state)->membership.sessionId, affected.applications.size(),
                          affected.rebootReasons);
        return affected;
    }();
    logResult(fmt::format("RmGetList(handle {})", handle), result);
    return result;
}

namespace {

Expected<SessionFilter> normalizeFilter(SessionFilter filter) {
    switch (filter.kind) {
    case SessionFilter::Kind::File:
        if (filter.target.empty() || filter.target.front() != '/') {
            return makeError(ERROR_BAD_ARGUMENTS,
                             "a file filter needs the absolute path of an executable");
        }
        filter.target = normalizePath(filter.target);
        break;
    case SessionFilter::Kind::Process:
        if (filter.process.pid == 0) {
            return makeError(ERROR_BAD_ARGUMENTS, "a process filter needs a process ID");
        }
        filter.target.clear();
        break;
    case SessionFilter::Kind::Service:
        filter.target = normalizeServiceName(filter.target);
        if (filter.target.empty()) {
            return makeError(ERROR_BAD_ARGUMENTS, "a service filter needs a systemd unit name");
        }
        break;
    }
    if (filter.kind != SessionFilter::Kind::Process) {
        filter.process = {};
    }
    return filter;
}

} // namespace

Status addFilter(DWORD handle, SessionFilter filter) {
    const auto result = [&]() -> Status {
        if (filter.action != RmNoRestart && filter.action != RmNoShutdown) {
            return makeError(ERROR_BAD_ARGUMENTS, "the filter action must be RmNoRestart or "
                                                  "RmNoShutdown");
        }
        auto normalized = normalizeFilter(std::move(filter));
        if (!normalized) {
            return normalized.error();
        }
        return withStore(handle, [&](SessionStore& store, std::int64_t session) {
            return store.addFilter(session, *normalized);
        });
    }();
    logResult(fmt::format("RmAddFilter(handle {})", handle), result);
    return result;
}

Status removeFilter(DWORD handle, SessionFilter filter) {
    const auto result = [&]() -> Status {
        auto normalized = normalizeFilter(std::move(filter));
        if (!normalized) {
            return normalized.error();
        }
        return withStore(handle, [&](SessionStore& store, std::int64_t session) {
            return store.removeFilter(session, *normalized);
        });
    }();
    logResult(fmt::format("RmRemoveFilter(handle {})", handle), result);
    return result;
}

Expected<std::vector<SessionFilter>> filters(DWORD handle) {
    return withStore(
        handle, [](SessionStore& store, std::int64_t session) { return store.filters(session); });
}

Expected<SessionRole> roleOf(DWORD handle) {
    auto state = lookup(handle);
    if (!state) {
        return state.error();
    }
    return (*state)->role;
}

Status requirePrimary(DWORD handle) {
    auto role = roleOf(handle);
    if (!role) {
        return role.error();
    }
    if (*role != SessionRole::Primary) {
        return makeError(ERROR_ACCESS_DENIED, "only the primary installer of a session may do "
                                              "this; handle " +
                                                  std::to_string(handle) + " is a secondary's");
    }
    return {};
}

Expected<std::vector<SessionSummary>> listSessions() {
    auto store = openStore();
    if (!store) {
        return store.error();
    }
    return (*store)->listSessions();
}

} // namespace rm::engine
