#pragma once

#include "core/affected_applications.h"
#include "core/error.h"
#include "core/private/session_store.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace rm {

using ProgressCallback = std::function<void(unsigned percent)>;

struct ShutdownOptions {
    bool force = false; // RmForceShutdown: kill what has not exited by the timeout
    std::chrono::milliseconds timeout{30000};
    // Per application (as given): it already refused to close in an earlier RmShutdown of this
    // session. With `force` it is killed at once: it has had its timeout, and the user who chose
    // Force close should not wait a second one.
    std::vector<bool> refusedBefore;
    const std::atomic<bool>* cancel = nullptr;
    ProgressCallback progress;
};

// What RmShutdown will need to start an application again, read from /proc before it is
// signalled: its executable, arguments (the registered command line if it has one), working
// directory, environment and user. nullopt when the process has gone.
std::optional<StoppedApplication>
describeForRestart(const AffectedApplication& app,
                   const std::optional<RestartRegistration>& registration);

struct TaskOutcome {
    std::vector<StoppedApplication::State> states; // one per application, in the order given
    // For restarts: the process started in each application's place, when there is one.
    std::vector<std::optional<ProcessIdentity>> newProcesses;
    bool cancelled = false;
};

// Stops the applications and services, all in parallel. A graphical application is asked to
// close the way its desktop would (core/polite_close.h: its windows, or its GApplication quit
// action), so that it can save or ask the user; everything else gets SIGTERM through a pidfd
// whose start time was checked. SIGKILL comes only with `force`, after the timeout. Services
// stop through systemd's StopUnit, the job awaited. Never signals a process whose PID now
// belongs to another process. Whatever has not exited when the timeout passes (or the task is
// cancelled) ends in ErrorOnStop.
TaskOutcome stopApplications(const std::vector<StoppedApplication>& apps,
                             const ShutdownOptions& options);

// Waits until these processes have exited, at most `timeout`, or until `cancel` is set.
void waitUntilExited(const std::vector<ProcessIdentity>& processes,
                     std::chrono::milliseconds timeout, const std::atomic<bool>* cancel);

struct RestartOptions {
    std::chrono::milliseconds timeout{30000};
    // How long each relaunched application is watched: one that exits with an error (or is
    // killed) within it did not start. All are watched at once.
    std::chrono::milliseconds grace{1000};
    const std::atomic<bool>* cancel = nullptr;
    ProgressCallback progress;
};

// Starts services again through systemd and relaunches applications detached from this process,
// in their working directory with their environment, as their user. Each one ends Restarted or
// ErrorOnRestart: an application whose process cannot be made (its user, its exec), or that exits
// with a non-zero status or a signal within the grace, did not start. One that exits with 0 at
// once did (a launcher that hands over to another process, or forks into the background). A
// relaunched application gets DESKTOP_STARTUP_ID with a zero timestamp and
// RESTARTMANAGER_RESTARTED=1, so that it comes back in its graphical session without taking the
// keyboard focus from the installer's window that is still open.
TaskOutcome restartApplications(const std::vector<StoppedApplication>& apps,
                                const RestartOptions& options);

// Splits a command line as a shell would for plain words and quotes ("..." and '...').
std::vector<std::string> splitCommandLine(const std::string& commandLine);

} // namespace rm
