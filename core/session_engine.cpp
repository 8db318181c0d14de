#include "core/session_engine.h"

#include "core/log.h"
#include "core/process_identity.h"
#include "core/session_key.h"
#include "core/session_registry.h"
#include "core/store_location.h"

#include <array>
#include <atomic>
#include <cstdlib>

namespace rm::engine {
namespace {

constexpr std::chrono::milliseconds kDefaultLockTimeout{5000};

std::atomic<long long>& lockTimeoutMs() {
    static std::atomic<long long> value = [] {
        if (const char* text = std::getenv("RESTARTMANAGER_LOCK_TIMEOUT_MS")) {
            char* end = nullptr;
            const long long parsed = std::strtoll(text, &end, 10);
            if (end != text && *end == '\0' && parsed >= 0) {
                return parsed;
            }
        }
        return static_cast<long long>(kDefaultLockTimeout.count());
    }();
    return value;
}

Expected<std::unique_ptr<SessionStore>> openStore() {
    auto directory = resolveStoreDirectory();
    if (!directory) {
        return directory.error();
    }
    return SessionStore::open(*directory, storeLockTimeout());
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

} // namespace

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
        auto store = openStore();
        if (!store) {
            if (store.code() == ERROR_ACCESS_DENIED) {
                return makeError(ERROR_SESSION_CREDENTIAL_CONFLICT, store.error().message);
            }
            return store.error();
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
    auto state = lookup(handle);
    if (!state) {
        return state.error();
    }
    std::lock_guard lock((*state)->mutex);
    (*state)->store->setLockTimeout(storeLockTimeout());
    return (*state)->store->resources((*state)->membership.sessionId);
}

Expected<AffectedApplications> affectedApplications(DWORD handle) {
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
            auto resources = store.resources(sessionId);
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
        auto affected = findAffectedApplications(query);
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
        auto state = lookup(handle);
        if (!state) {
            return state.error();
        }
        std::lock_guard lock((*state)->mutex);
        (*state)->store->setLockTimeout(storeLockTimeout());
        return (*state)->store->addFilter((*state)->membership.sessionId, *normalized);
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
        auto state = lookup(handle);
        if (!state) {
            return state.error();
        }
        std::lock_guard lock((*state)->mutex);
        (*state)->store->setLockTimeout(storeLockTimeout());
        return (*state)->store->removeFilter((*state)->membership.sessionId, *normalized);
    }();
    logResult(fmt::format("RmRemoveFilter(handle {})", handle), result);
    return result;
}

Expected<std::vector<SessionFilter>> filters(DWORD handle) {
    auto state = lookup(handle);
    if (!state) {
        return state.error();
    }
    std::lock_guard lock((*state)->mutex);
    return (*state)->store->filters((*state)->membership.sessionId);
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
