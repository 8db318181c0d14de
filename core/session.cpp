#include "core/session.h"

#include "core/private/process_identity.h"
#include "core/private/session_engine.h"

#include <exception>
#include <new>
#include <utility>

namespace rm {

Expected<Session> Session::start() {
    auto started = engine::startSession();
    if (!started) {
        return started.error();
    }
    return Session{started->handle, std::move(started->key)};
}

Expected<Session> Session::join(std::string_view key) {
    auto handle = engine::joinSession(key);
    if (!handle) {
        return handle.error();
    }
    return Session{*handle, {}};
}

Session::Session(Session&& other) noexcept
    : m_handle{std::exchange(other.m_handle, kNoHandle)}, m_key{std::move(other.m_key)} {
    other.m_key.clear();
}

Session& Session::operator=(Session&& other) noexcept {
    if (this != &other) {
        end();
        m_handle = std::exchange(other.m_handle, kNoHandle);
        m_key = std::move(other.m_key);
        other.m_key.clear();
    }
    return *this;
}

Session::~Session() {
    end();
}

Status Session::registerResources(std::span<const std::string> files,
                                  std::span<const RM_UNIQUE_PROCESS> processes,
                                  std::span<const std::string> services) {
    engine::ResourceRequest request;
    request.files.assign(files.begin(), files.end());
    request.processes.reserve(processes.size());
    for (const auto& process : processes) {
        request.processes.push_back(
            RegisteredProcess{process.dwProcessId, fileTimeToUint64(process.ProcessStartTime)});
    }
    request.services.assign(services.begin(), services.end());
    return engine::registerResources(m_handle, request);
}

Expected<RegisteredResources> Session::registeredResources() const {
    return engine::registeredResources(m_handle);
}

Expected<AffectedApplications> Session::affectedApplications() const {
    return engine::affectedApplications(m_handle);
}

Status Session::addFilter(const SessionFilter& filter) {
    return engine::addFilter(m_handle, filter);
}

Status Session::removeFilter(const SessionFilter& filter) {
    return engine::removeFilter(m_handle, filter);
}

Expected<std::vector<SessionFilter>> Session::filters() const {
    return engine::filters(m_handle);
}

Status Session::shutdown(ULONG flags, const std::function<void(unsigned)>& progress) {
    return engine::shutdown(m_handle, flags, progress);
}

Status Session::restart(const std::function<void(unsigned)>& progress) {
    return engine::restart(m_handle, progress);
}

Status Session::cancelCurrentTask() {
    return engine::cancelCurrentTask(m_handle);
}

Status Session::Canceller::cancel() const noexcept {
    // As RmCancelCurrentTask: nothing escapes into the calling thread.
    try {
        return engine::cancelCurrentTask(m_handle);
    } catch (const std::bad_alloc&) {
        return Error{ERROR_OUTOFMEMORY, {}};
    } catch (const std::exception&) {
        return Error{ERROR_WRITE_FAULT, {}};
    }
}

Status registerApplicationRestart(const std::string& commandLine, DWORD flags) {
    return engine::registerApplicationRestart(commandLine, flags);
}

Status unregisterApplicationRestart() {
    return engine::unregisterApplicationRestart();
}

Expected<std::vector<StoppedApplication>> recoverStaleSessions() {
    return engine::recoverStaleSessions();
}

Status Session::end() {
    if (m_handle == kNoHandle) {
        return {};
    }
    auto status = engine::endSession(m_handle);
    if (status || status.code() == ERROR_INVALID_HANDLE) {
        m_handle = kNoHandle;
    }
    return status;
}

Expected<std::vector<SessionSummary>> listSessions() {
    return engine::listSessions();
}

Expected<RM_UNIQUE_PROCESS> uniqueProcess(pid_t pid) {
    const auto ticks = readProcessStartTicks(pid);
    if (!ticks) {
        return makeError(ERROR_INVALID_PARAMETER, "no process has ID " + std::to_string(pid));
    }
    return RM_UNIQUE_PROCESS{static_cast<DWORD>(pid), startTicksToFileTime(*ticks)};
}

void setStoreLockTimeout(std::chrono::milliseconds timeout) {
    engine::setStoreLockTimeout(timeout);
}

ProcessIdentity processIdentity(const RM_UNIQUE_PROCESS& process) {
    ProcessIdentity identity;
    identity.pid = static_cast<pid_t>(process.dwProcessId);
    identity.startTicks = fileTimeToStartTicks(process.ProcessStartTime).value_or(0);
    return identity;
}

bool isProcessRunning(const ProcessIdentity& identity) {
    return isRunning(identity);
}

std::chrono::milliseconds shutdownTimeout() {
    return engine::shutdownTimeout();
}

} // namespace rm
