#pragma once

#include "core/affected_applications.h"
#include "core/error.h"
#include "core/private/session_store.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rm::engine {

// The session layer behind both the C API and the C++ API. Strings are UTF-8. Every call is
// logged with its result through the core logger; the session key never is.

struct StartedSession {
    DWORD handle = 0;
    std::string key;
};

Expected<StartedSession> startSession();
Expected<DWORD> joinSession(std::string_view key);
Status endSession(DWORD handle);

// Resources as the caller gave them; they are checked and normalised here: files must be
// absolute paths, processes need a PID, services are systemd unit names ("cups" means
// "cups.service"). Anything wrong fails the whole call with ERROR_BAD_ARGUMENTS.
struct ResourceRequest {
    std::vector<std::string> files;
    std::vector<RegisteredProcess> processes;
    std::vector<std::string> services;
};
Status registerResources(DWORD handle, const ResourceRequest& request);
Expected<RegisteredResources> registeredResources(DWORD handle);

// RmGetList: who uses the session's resources now. Primary and secondaries may ask.
//
// Windows callers ask twice in a row: once with no buffer (or one too small) to learn the count,
// then with a buffer of that size. So that the second call does not scan /proc all over again,
// a list with more entries than `callerCapacity` (the first call, answered ERROR_MORE_DATA) is
// kept for the handle's very next call only, and for sizingReuseTime() at most. That call reuses
// it when the registered resources, the filters and the session's members are unchanged and
// every process in it is still the same one (same start time); otherwise, and for any other
// call, it scans afresh. What the list adds from the store (applications stopped by RmShutdown)
// is read anew every time. A process that starts using a file between the two calls shows up
// from the next scan on, as if it had started just after the second call.
// `withFiles`: whether each application lists the registered files it uses (RmGetList's C form
// does not show them).
Expected<AffectedApplications>
affectedApplications(DWORD handle, std::size_t callerCapacity = SIZE_MAX, bool withFiles = true);
// 2 s by default; RESTARTMANAGER_SIZING_REUSE_MS (0 turns the reuse off) or this call change it.
void setSizingReuseTime(std::chrono::milliseconds time);
std::chrono::milliseconds sizingReuseTime();

// RmAddFilter / RmRemoveFilter / RmGetFilterList. A file filter names an executable by absolute
// path; a service filter a unit ("cups" means "cups.service").
Status addFilter(DWORD handle, SessionFilter filter);
Status removeFilter(DWORD handle, SessionFilter filter);
Expected<std::vector<SessionFilter>> filters(DWORD handle);

// RmShutdown (flags: RmForceShutdown, RmShutdownOnlyRegistered) and RmRestart, primary only.
// The progress callback runs on the calling thread.
Status shutdown(DWORD handle, ULONG flags, const std::function<void(unsigned)>& progress);
Status restart(DWORD handle, const std::function<void(unsigned)>& progress);
// Ends a running RmShutdown or RmRestart of this session promptly with ERROR_CANCELLED.
Status cancelCurrentTask(DWORD handle);

void setShutdownTimeout(std::chrono::milliseconds timeout);
std::chrono::milliseconds shutdownTimeout();
// How long RmRestart watches each relaunched application (core/private/shutdown_engine.h):
// 1 s by default; RESTARTMANAGER_RESTART_GRACE_MS or this call change it.
void setRestartGrace(std::chrono::milliseconds grace);
std::chrono::milliseconds restartGrace();

// RegisterApplicationRestart / UnregisterApplicationRestart for the calling process.
Status registerApplicationRestart(const std::string& commandLine, DWORD flags);
Status unregisterApplicationRestart();

// Restarts what sessions whose primary has died had stopped, then lets those sessions be
// reclaimed. RmStartSession does this first; `rmctl recover` on demand. Returns what it started.
Expected<std::vector<StoppedApplication>> recoverStaleSessions();

// ERROR_INVALID_HANDLE for an unknown handle, ERROR_ACCESS_DENIED for a secondary's handle.
Status requirePrimary(DWORD handle);
Expected<SessionRole> roleOf(DWORD handle);

// This user's sessions (never their keys).
Expected<std::vector<SessionSummary>> listSessions();

void setStoreLockTimeout(std::chrono::milliseconds timeout);
std::chrono::milliseconds storeLockTimeout();

// Lexical clean-up of an absolute path: repeated and trailing slashes and "." components go.
// ".." stays, because the file need not exist and a link could make removing it wrong.
std::string normalizePath(std::string_view path);
// "cups" -> "cups.service"; "user:pipewire" -> "user:UID:pipewire.service" (the caller's own
// user unit), "user:1000:pipewire" -> "user:1000:pipewire.service"; empty when the name is not
// a valid unit name.
std::string normalizeServiceName(std::string_view name);

} // namespace rm::engine
