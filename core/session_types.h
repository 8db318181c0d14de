#pragma once

// The value types of the core's public C++ API (core/session.h, core/affected_applications.h):
// what a session registers, filters, stops and lists. Plain data without behaviour; the session
// store (core/private/session_store.h) persists them.

#include "restartmanager.h"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace rm {

// A process as the kernel knows it: PID plus start time in clock ticks since boot (1/100 s).
// A PID comes back only after the whole PID range has been used, far more than a tick later,
// so this pair is unique in practice. (Writing ns_last_pid can force a reuse within one tick;
// that is the one case this cannot tell apart.)
struct ProcessIdentity {
    pid_t pid = 0;
    std::uint64_t startTicks = 0;

    friend bool operator==(const ProcessIdentity&, const ProcessIdentity&) = default;
};

// A process registered by RM_UNIQUE_PROCESS: PID plus start time as a FILETIME value.
struct RegisteredProcess {
    DWORD pid = 0;
    std::uint64_t startTime = 0;

    friend auto operator<=>(const RegisteredProcess&, const RegisteredProcess&) = default;
};

struct RegisteredResources {
    std::vector<std::string> files;
    std::vector<RegisteredProcess> processes;
    std::vector<std::string> services;
};

// A filter from RmAddFilter: by executable path, by process, or by service.
struct SessionFilter {
    enum class Kind { File = 1, Process = 2, Service = 3 };
    Kind kind = Kind::File;
    std::string target;        // path or unit name; empty for a process
    RegisteredProcess process; // for Kind::Process
    RM_FILTER_ACTION action = RmNoRestart;

    friend bool operator==(const SessionFilter&, const SessionFilter&) = default;
};

// An application's RegisterApplicationRestart call.
struct RestartRegistration {
    std::string commandLine; // arguments only; the executable is added when restarting
    DWORD flags = 0;
};

// Why an application or service is not restartable (RmGetList's bRestartable FALSE), so that a
// user can be told; None when it is restartable.
enum class NotRestartable {
    None = 0,
    RebootNeeded = 1,  // a reboot reason stands: it is not stopped at all
    TransientUnit = 2, // a transient systemd unit (systemd-run): no unit file, gone once stopped
    NotRegistered = 3, // neither RegisterApplicationRestart nor a main window with a desktop entry
    ChildProcess = 4,  // a helper or child of another affected application, which brings it back
    NoPatch = 5,       // it registered with RESTART_NO_PATCH: not after an update
};

// An application or service that RmShutdown stops, with all it takes to start it again. It is
// written to the store before the process is signalled, so a crashed installer can be
// recovered from.
struct StoppedApplication {
    enum class Kind { Application = 0, Service = 1 };
    enum class State {
        Stopping = 0,
        Stopped = 1,
        ErrorOnStop = 2,
        Restarted = 3,
        ErrorOnRestart = 4
    };
    ProcessIdentity identity;
    Kind kind = Kind::Application;
    std::string name; // as RmGetList showed it
    RM_APP_TYPE type = RmUnknownApp;
    std::string unit;
    uid_t uid = 0; // the user it is started again as
    gid_t gid = 0;
    // The real user ID read from the process's /proc entry while a pidfd held it, before it was
    // stopped; nullopt when that could not be done. An application is relaunched only as this
    // user (uid must equal it).
    std::optional<uid_t> verifiedUid;
    std::string executable;
    std::vector<std::string> arguments; // argv, including argv[0]
    std::string workingDirectory;
    std::vector<std::string> environment;
    // Registered for restart (RmGetList's bRestartable): RegisterApplicationRestart, or a
    // graphical main window whose program has a desktop entry. Kept so that bRestartable reads
    // the same before and after RmShutdown and RmRestart.
    bool restartable = false;
    NotRestartable notRestartable = NotRestartable::None; // why not, when it is not
    // An RmNoRestart filter or RESTART_NO_PATCH keeps it from coming back (RmStatusRestartMasked).
    bool restartMasked = false;
    bool restart = true; // restartable and not masked
    State state = State::Stopping;
    // The process RmRestart started in its place, so that RmGetList lists the application once.
    std::optional<ProcessIdentity> restartedAs;
};

// What a session looks like from outside; the key is never part of it.
struct SessionSummary {
    std::int64_t id = 0;
    ProcessIdentity primary;
    bool primaryRunning = false;
    std::int64_t createdAt = 0; // seconds since the Unix epoch
    std::size_t members = 0;
    std::size_t files = 0;
    std::size_t processes = 0;
    std::size_t services = 0;
};

// How a process uses one of the files (bits): AffectedApplication::fileUses, from the scan of
// /proc.
enum FileUse : unsigned {
    UseOpenFile = 1U << 0,
    UseMapped = 1U << 1,
    UseExecutable = 1U << 2,
    UseWorkingDirectory = 1U << 3,
    UseRoot = 1U << 4,
    UseLock = 1U << 5, // seen only in /proc/locks: the process could not be inspected
};

} // namespace rm
