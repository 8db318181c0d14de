#include "core/private/shutdown_engine.h"

#include "core/log.h"
#include "core/polite_close.h"
#include "core/private/process_identity.h"
#include "core/private/systemd_client.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <deque>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace rm {
namespace {

using State = StoppedApplication::State;
using Clock = std::chrono::steady_clock;

constexpr std::chrono::milliseconds kSlice{50};
constexpr std::chrono::milliseconds kKillGrace{5000};
// How long after the grace a relaunch's reports are still waited for.
constexpr std::chrono::milliseconds kLaunchMargin{2000};

int pidfdOpen(pid_t pid) {
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
}

int pidfdSendSignal(int pidfd, int signal) {
    return static_cast<int>(::syscall(SYS_pidfd_send_signal, pidfd, signal, nullptr, 0));
}

bool readFile(const std::string& path, std::string& out) {
    out.clear();
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    char buffer[16384];
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
        if (n > 0) {
            out.append(buffer, static_cast<std::size_t>(n));
        }
    }
    ::close(fd);
    return n == 0;
}

std::vector<std::string> splitNul(const std::string& text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\0', start);
        items.push_back(text.substr(start, end - start));
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    return items;
}

std::string readLinkPath(const std::string& path) {
    char buffer[4096];
    const ssize_t n = ::readlink(path.c_str(), buffer, sizeof buffer - 1);
    std::string out = n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string{};
    constexpr std::string_view kDeleted = " (deleted)";
    if (std::string_view{out}.ends_with(kDeleted)) {
        out.resize(out.size() - kDeleted.size());
    }
    return out;
}

// A process's pidfd, opened only if the process is still the one we mean. The pidfd pins the
// process: once its start time is checked through /proc, signals reach that process or nothing.
int openCheckedPidfd(const ProcessIdentity& identity) {
    const int pidfd = pidfdOpen(identity.pid);
    if (pidfd < 0) {
        return -1;
    }
    if (!isRunning(identity)) {
        ::close(pidfd);
        return -1;
    }
    return pidfd;
}

// The caller's progress callback, called only when the percentage changes: the wait for
// applications to close works it out every slice, and a progress bar (or a log line per call)
// gains nothing from the same value again.
class ProgressReport {
public:
    explicit ProgressReport(const ProgressCallback& callback) : m_callback{callback} {}

    void operator()(std::size_t done, std::size_t total) {
        const unsigned percent = total == 0 ? 100U : static_cast<unsigned>(done * 100 / total);
        if (m_callback && percent != m_last) {
            m_last = percent;
            m_callback(percent);
        }
    }

private:
    const ProgressCallback& m_callback;
    unsigned m_last = ~0U; // no percentage reported yet
};

bool cancelled(const std::atomic<bool>* cancel) {
    return cancel != nullptr && cancel->load();
}

// Runs a systemd job per service on its own thread (each with its own bus connection): a
// system unit through the system manager, a user unit ("user:UID:NAME") through that user's own
// manager. Root reaches any user's manager (see SystemdClient::connectUser); another user's
// manager refuses anyone else, and the job then fails.
class ServiceJobs {
public:
    template <class Job> void start(std::size_t index, const std::string& unit, Job job) {
        m_done.emplace_back(false);
        m_results.emplace_back(State::Stopping);
        const std::size_t slot = m_threads.size();
        m_indices.push_back(index);
        m_threads.emplace_back([this, slot, unit, job] {
            const auto user = parseUserUnitKey(unit);
            auto client = user ? SystemdClient::connectUser(user->uid) : SystemdClient::connect();
            const bool ok = client != nullptr && job(*client, user ? user->name : unit);
            if (client == nullptr) {
                log::core()->warn("cannot reach systemd for {}", unit);
            }
            m_results[slot] = ok ? State::Stopped : State::ErrorOnStop;
            m_done[slot].store(true);
        });
    }
    std::size_t finished() const {
        return static_cast<std::size_t>(
            std::count_if(m_done.begin(), m_done.end(), [](const auto& d) { return d.load(); }));
    }
    void join(std::vector<State>& states, State success, State failure) {
        for (auto& thread : m_threads) {
            thread.join();
        }
        for (std::size_t slot = 0; slot < m_threads.size(); ++slot) {
            states[m_indices[slot]] = m_results[slot] == State::Stopped ? success : failure;
        }
    }
    std::size_t size() const { return m_threads.size(); }

private:
    std::deque<std::atomic<bool>> m_done;
    std::deque<State> m_results;
    std::vector<std::size_t> m_indices;
    std::vector<std::thread> m_threads;
};

// A systemd job that a cancel ended can finish before the wait loop sees the cancel; what did
// not complete then was cancelled, not failed.
void noteCancelledJobs(TaskOutcome& outcome, const std::atomic<bool>* cancel, State failure) {
    if (cancelled(cancel) &&
        std::find(outcome.states.begin(), outcome.states.end(), failure) != outcome.states.end()) {
        outcome.cancelled = true;
    }
}

// A StopUnit or StartUnit job for ServiceJobs, logging why it failed.
auto serviceJob(Status (SystemdClient::*job)(const std::string&, std::chrono::milliseconds,
                                             const std::atomic<bool>*),
                std::chrono::milliseconds timeout, const std::atomic<bool>* cancel,
                const char* doing) {
    return [job, timeout, cancel, doing](SystemdClient& client, const std::string& unit) {
        auto status = (client.*job)(unit, timeout, cancel);
        if (!status) {
            log::core()->warn("{} {}: {}", doing, unit, status.error().message);
        }
        return status.ok();
    };
}

// An application being stopped, and the pidfd that pins it.
struct Waiting {
    std::size_t index;
    int pidfd;
};

// Asks each application to close, in parallel: politely where it can be asked (its windows, its
// quit action), else with SIGTERM. With force, one that refused in an earlier RmShutdown is
// killed at once.
void askEveryoneToClose(const std::vector<StoppedApplication>& apps,
                        const std::vector<Waiting>& waiting, const ShutdownOptions& options) {
    std::vector<std::thread> askers;
    askers.reserve(waiting.size());
    for (const auto& w : waiting) {
        const auto& app = apps[w.index];
        if (options.force && w.index < options.refusedBefore.size() &&
            options.refusedBefore[w.index]) {
            log::core()->info("PID {} refused to close before; killing it", app.identity.pid);
            pidfdSendSignal(w.pidfd, SIGKILL);
            continue;
        }
        const int pidfd = w.pidfd;
        askers.emplace_back([&app, pidfd] {
            // The pidfd pins the process, and its start time was checked when it was opened: the
            // PID still names the process that RmGetList found.
            const PoliteCloseTarget target{app.identity.pid, app.verifiedUid.value_or(app.uid),
                                           app.gid, app.environment};
            const CloseMethod method =
                app.kind == StoppedApplication::Kind::Application && app.type != RmConsole
                    ? askToClose(target)
                    : CloseMethod::Signal;
            if (method != CloseMethod::Signal) {
                log::core()->info("PID {} was asked to close ({})", app.identity.pid,
                                  closeMethodName(method));
                return;
            }
            if (pidfdSendSignal(pidfd, SIGTERM) != 0) {
                log::core()->warn("cannot signal PID {}: {}", app.identity.pid,
                                  std::generic_category().message(errno));
            }
        });
    }
    for (auto& asker : askers) {
        asker.join();
    }
}

// What a relaunch's two forked processes report on its pipe, one record per write(2) (atomic on
// a pipe). The pipe is O_CLOEXEC, so the application's successful exec closes its end.
struct LaunchReport {
    enum Kind : int {
        Started = 1,     // from the intermediate: the application's PID
        SetupFailed = 2, // from the application's process before exec: errno of setgroups etc.
        ExecFailed = 3,  // from the application's process: errno of execve
        Exited = 4,      // from the intermediate: the application's wait status, within the grace
    };
    int kind = 0;
    int value = 0;
};

// One relaunch under way: the intermediate process and the read end of the pipe.
struct Launch {
    std::size_t index = 0;
    pid_t intermediate = -1;
    int fd = -1;
    std::string received;
    bool ended = false; // the pipe said end of file
    std::optional<pid_t> pid;
    std::optional<LaunchReport> failure;
    std::optional<int> exitStatus;
};

void writeReport(int fd, LaunchReport::Kind kind, int value) {
    const LaunchReport report{kind, value};
    [[maybe_unused]] auto written = ::write(fd, &report, sizeof report);
}

// Forks twice so the application belongs to nobody here (a new session, and the intermediate
// gone after the grace), becomes its user, and executes it. The intermediate watches it for
// `grace`: an application that exits with an error (or is killed) that soon did not start. Only
// async-signal-safe calls happen between fork and exec (the installer has threads).
std::optional<Launch> startRelaunch(std::size_t index, const StoppedApplication& app,
                                    std::chrono::milliseconds grace, std::string& error) {
    if (app.executable.empty() || app.arguments.empty()) {
        error = "nothing is known about how to start it";
        return std::nullopt;
    }
    // Only as the user who owned the stopped process, as read from its pidfd-checked /proc entry
    // when it was stopped; a user other than our own only when we are root.
    if (!app.verifiedUid) {
        error = "the owner of the stopped process was not verified when it was stopped";
        return std::nullopt;
    }
    if (*app.verifiedUid != app.uid) {
        error = "the record names user " + std::to_string(app.uid) +
                " but the stopped process belonged to user " + std::to_string(*app.verifiedUid);
        return std::nullopt;
    }
    if (::geteuid() != 0 && app.uid != ::geteuid()) {
        error = "it belonged to user " + std::to_string(app.uid) +
                "; only root starts another user's application";
        return std::nullopt;
    }
    int report[2];
    if (::pipe2(report, O_CLOEXEC) != 0) {
        error = std::strerror(errno);
        return std::nullopt;
    }
    std::vector<std::string> argvStrings = app.arguments;
    std::vector<char*> argv;
    for (auto& a : argvStrings) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    std::vector<std::string> envStrings;
    for (const auto& entry : app.environment) {
        if (!entry.starts_with("DESKTOP_STARTUP_ID=") &&
            !entry.starts_with("RESTARTMANAGER_RESTARTED=")) {
            envStrings.push_back(entry);
        }
    }
    // _TIME0: a startup notification whose user time is zero, which GTK, Qt and EWMH window
    // managers read as "do not focus": the user is still typing into the installer.
    envStrings.push_back("DESKTOP_STARTUP_ID=restartmanager-" + std::to_string(::getpid()) +
                         "_TIME0");
    envStrings.push_back("RESTARTMANAGER_RESTARTED=1");
    std::vector<char*> envp;
    for (auto& e : envStrings) {
        envp.push_back(e.data());
    }
    envp.push_back(nullptr);
    // The user's groups are looked up before fork: NSS calls are not safe between fork and exec
    // in a process with threads.
    const bool switchUser = ::geteuid() == 0 && app.uid != 0;
    // Every credential of the new process is the record's user's, including a root relaunch of a
    // root process (setresuid is then a no-op).
    std::vector<gid_t> groups;
    if (switchUser) {
        if (passwd* pw = ::getpwuid(app.uid)) {
            int count = 64;
            groups.resize(static_cast<std::size_t>(count));
            if (::getgrouplist(pw->pw_name, app.gid, groups.data(), &count) < 0) {
                groups.resize(static_cast<std::size_t>(count));
                ::getgrouplist(pw->pw_name, app.gid, groups.data(), &count);
            }
            groups.resize(static_cast<std::size_t>(std::max(count, 0)));
        }
        if (groups.empty()) {
            groups.push_back(app.gid);
        }
    }
    const int graceMs = static_cast<int>(std::max<std::int64_t>(grace.count(), 0));

    const pid_t intermediate = ::fork();
    if (intermediate < 0) {
        error = std::strerror(errno);
        ::close(report[0]);
        ::close(report[1]);
        return std::nullopt;
    }
    if (intermediate == 0) {
        ::close(report[0]);
        ::setsid();
        // The installer's own SIGCHLD handling (a Qt program has a handler) has no place here:
        // the intermediate waits for its child itself, and must not have the wait cut short.
        ::signal(SIGCHLD, SIG_DFL);
        const pid_t child = ::fork();
        if (child != 0) {
            if (child < 0) {
                writeReport(report[1], LaunchReport::SetupFailed, errno);
                ::_exit(0);
            }
            writeReport(report[1], LaunchReport::Started, static_cast<int>(child));
            // The grace: an exit within it is the launch's outcome. A pidfd of its own child,
            // polled until the grace is over; the child is reaped (or, still running, left to
            // init).
            const int pidfd = pidfdOpen(child);
            timespec started{};
            ::clock_gettime(CLOCK_MONOTONIC, &started);
            while (pidfd >= 0) {
                timespec now{};
                ::clock_gettime(CLOCK_MONOTONIC, &now);
                const long long left = graceMs - ((now.tv_sec - started.tv_sec) * 1000LL +
                                                  (now.tv_nsec - started.tv_nsec) / 1000000);
                pollfd exited{pidfd, POLLIN, 0};
                const int ready = left > 0 ? ::poll(&exited, 1, static_cast<int>(left)) : 0;
                if (ready < 0 && errno == EINTR) {
                    continue;
                }
                int status = 0;
                if (ready > 0 && ::waitpid(child, &status, WNOHANG) == child) {
                    writeReport(report[1], LaunchReport::Exited, status);
                }
                break;
            }
            ::_exit(0);
        }
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        if (switchUser) {
            if (::setgroups(groups.size(), groups.data()) != 0 ||
                ::setresgid(app.gid, app.gid, app.gid) != 0 ||
                ::setresuid(app.uid, app.uid, app.uid) != 0) {
                writeReport(report[1], LaunchReport::SetupFailed, errno);
                ::_exit(127);
            }
        }
        if (app.workingDirectory.empty() || ::chdir(app.workingDirectory.c_str()) != 0) {
            [[maybe_unused]] auto c = ::chdir("/");
        }
        const int devNull = ::open("/dev/null", O_RDWR);
        if (devNull >= 0) {
            ::dup2(devNull, STDIN_FILENO);
            ::dup2(devNull, STDOUT_FILENO);
            ::dup2(devNull, STDERR_FILENO);
        }
        ::execve(app.executable.c_str(), argv.data(), envp.data());
        writeReport(report[1], LaunchReport::ExecFailed, errno);
        ::_exit(127);
    }
    ::close(report[1]);
    Launch launch;
    launch.index = index;
    launch.intermediate = intermediate;
    launch.fd = report[0];
    return launch;
}

// Takes the whole records out of what the pipe gave.
void takeReports(Launch& launch) {
    while (launch.received.size() >= sizeof(LaunchReport)) {
        LaunchReport report;
        std::memcpy(&report, launch.received.data(), sizeof report);
        launch.received.erase(0, sizeof report);
        switch (report.kind) {
        case LaunchReport::Started:
            launch.pid = static_cast<pid_t>(report.value);
            break;
        case LaunchReport::SetupFailed:
        case LaunchReport::ExecFailed:
            if (!launch.failure) {
                launch.failure = report;
            }
            break;
        case LaunchReport::Exited:
            launch.exitStatus = report.value;
            break;
        default:
            break;
        }
    }
}

// Why a watched launch failed, or nothing when it started.
std::optional<std::string> launchFailure(const Launch& launch, const StoppedApplication& app) {
    if (launch.failure) {
        const std::string why = std::strerror(launch.failure->value);
        return launch.failure->kind == LaunchReport::ExecFailed
                   ? "cannot start " + app.executable + ": " + why
                   : "cannot become user " + std::to_string(app.uid) + ": " + why;
    }
    if (!launch.pid) {
        return std::string{"the launcher failed"};
    }
    if (launch.exitStatus) {
        const int status = *launch.exitStatus;
        if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
            return "it exited at once with status " + std::to_string(WEXITSTATUS(status));
        }
        if (WIFSIGNALED(status)) {
            return "it was ended at once by signal " + std::to_string(WTERMSIG(status));
        }
    }
    return std::nullopt;
}

} // namespace

std::vector<std::string> splitCommandLine(const std::string& commandLine) {
    std::vector<std::string> words;
    std::string word;
    bool inWord = false;
    char quote = '\0';
    for (std::size_t i = 0; i < commandLine.size(); ++i) {
        const char c = commandLine[i];
        if (quote != '\0') {
            if (c == quote) {
                quote = '\0';
            } else if (c == '\\' && quote == '"' && i + 1 < commandLine.size() &&
                       (commandLine[i + 1] == '"' || commandLine[i + 1] == '\\')) {
                word.push_back(commandLine[++i]);
            } else {
                word.push_back(c);
            }
        } else if (c == '"' || c == '\'') {
            quote = c;
            inWord = true;
        } else if (c == ' ' || c == '\t' || c == '\n') {
            if (inWord) {
                words.push_back(std::move(word));
                word.clear();
                inWord = false;
            }
        } else if (c == '\\' && i + 1 < commandLine.size()) {
            word.push_back(commandLine[++i]);
            inWord = true;
        } else {
            word.push_back(c);
            inWord = true;
        }
    }
    if (inWord) {
        words.push_back(std::move(word));
    }
    return words;
}

std::optional<StoppedApplication>
describeForRestart(const AffectedApplication& app,
                   const std::optional<RestartRegistration>& registration) {
    StoppedApplication stopped;
    stopped.identity = app.processes.front();
    stopped.uid = app.uid;
    if (app.type == RmService) {
        stopped.kind = StoppedApplication::Kind::Service;
        stopped.unit = app.unit;
        return stopped;
    }
    const std::string proc = "/proc/" + std::to_string(stopped.identity.pid);
    std::string text;
    if (!readFile(proc + "/cmdline", text) || !isRunning(stopped.identity)) {
        return std::nullopt;
    }
    stopped.arguments = splitNul(text);
    stopped.executable = readLinkPath(proc + "/exe");
    if (stopped.executable.empty()) {
        stopped.executable = app.executable;
    }
    if (registration) {
        auto arguments = splitCommandLine(registration->commandLine);
        arguments.insert(arguments.begin(), stopped.arguments.empty() ? stopped.executable
                                                                      : stopped.arguments.front());
        stopped.arguments = std::move(arguments);
    }
    stopped.workingDirectory = readLinkPath(proc + "/cwd");
    if (readFile(proc + "/environ", text)) {
        stopped.environment = splitNul(text);
    }
    // Whose process it is, read while a pidfd pins it: the start time is checked after the pidfd
    // is opened, and a pidfd that has not become readable afterwards means the process has not
    // exited, so the /proc entry read in between was that process's.
    const int pidfd = openCheckedPidfd(stopped.identity);
    if (pidfd < 0) {
        return std::nullopt;
    }
    const bool haveStatus = readFile(proc + "/status", text);
    pollfd exited{pidfd, POLLIN, 0};
    const bool gone = ::poll(&exited, 1, 0) > 0;
    ::close(pidfd);
    if (gone) {
        return std::nullopt;
    }
    if (haveStatus) {
        const auto uid = text.find("\nUid:");
        const auto gid = text.find("\nGid:");
        if (uid != std::string::npos && gid != std::string::npos) {
            stopped.verifiedUid =
                static_cast<uid_t>(std::strtoul(text.c_str() + uid + 5, nullptr, 10));
            stopped.gid = static_cast<gid_t>(std::strtoul(text.c_str() + gid + 5, nullptr, 10));
        }
    }
    if (stopped.verifiedUid && *stopped.verifiedUid != stopped.uid) {
        log::core()->warn("PID {} belongs to user {}, not {} as listed; it will not be restarted",
                          stopped.identity.pid, *stopped.verifiedUid, stopped.uid);
    }
    return stopped;
}

TaskOutcome stopApplications(const std::vector<StoppedApplication>& apps,
                             const ShutdownOptions& options) {
    TaskOutcome outcome;
    outcome.states.assign(apps.size(), State::Stopping);
    ProgressReport report{options.progress};
    // 0 first, even with nothing to stop (0 of 0 would read as 100).
    report(0, apps.size() + 1);

    std::vector<Waiting> waiting;
    ServiceJobs services;
    for (std::size_t i = 0; i < apps.size(); ++i) {
        const auto& app = apps[i];
        if (app.kind == StoppedApplication::Kind::Service) {
            services.start(
                i, app.unit,
                serviceJob(&SystemdClient::stopUnit, options.timeout, options.cancel, "stopping"));
            continue;
        }
        const int pidfd = openCheckedPidfd(app.identity);
        if (pidfd < 0) {
            // Gone already, or its PID belongs to another process now: nothing to stop.
            outcome.states[i] = State::Stopped;
            continue;
        }
        waiting.push_back(Waiting{i, pidfd});
    }
    askEveryoneToClose(apps, waiting, options);

    const auto total = apps.size();
    auto deadline = Clock::now() + options.timeout;
    bool killed = false;
    for (;;) {
        std::vector<pollfd> fds;
        for (const auto& w : waiting) {
            fds.push_back(pollfd{w.pidfd, POLLIN, 0});
        }
        if (!fds.empty()) {
            ::poll(fds.data(), fds.size(), static_cast<int>(kSlice.count()));
        } else if (services.finished() < services.size()) {
            std::this_thread::sleep_for(kSlice);
        }
        for (std::size_t k = fds.size(); k-- > 0;) {
            if ((fds[k].revents & (POLLIN | POLLHUP)) != 0) {
                outcome.states[waiting[k].index] = State::Stopped;
                ::close(waiting[k].pidfd);
                waiting.erase(waiting.begin() + static_cast<std::ptrdiff_t>(k));
            }
        }
        const auto done = static_cast<std::size_t>(std::count(
                              outcome.states.begin(), outcome.states.end(), State::Stopped)) +
                          services.finished();
        // 100 is reported once everything has ended.
        report(std::min(done, total), total + 1);
        if (waiting.empty() && services.finished() == services.size()) {
            break;
        }
        if (cancelled(options.cancel)) {
            outcome.cancelled = true;
            break;
        }
        if (Clock::now() >= deadline && !waiting.empty()) {
            if (!options.force || killed) {
                break;
            }
            for (const auto& w : waiting) {
                log::core()->info("PID {} did not close in time; killing it",
                                  apps[w.index].identity.pid);
                pidfdSendSignal(w.pidfd, SIGKILL);
            }
            killed = true;
            deadline = Clock::now() + kKillGrace;
        }
    }
    for (const auto& w : waiting) {
        // Asked to close when the task was cancelled: still closing, not refusing.
        outcome.states[w.index] = outcome.cancelled ? State::Stopping : State::ErrorOnStop;
        ::close(w.pidfd);
    }
    services.join(outcome.states, State::Stopped, State::ErrorOnStop);
    noteCancelledJobs(outcome, options.cancel, State::ErrorOnStop);
    if (!outcome.cancelled) {
        report(total, total);
    }
    return outcome;
}

void waitUntilExited(const std::vector<ProcessIdentity>& processes,
                     std::chrono::milliseconds timeout, const std::atomic<bool>* cancel) {
    std::vector<int> pidfds;
    for (const auto& identity : processes) {
        if (const int pidfd = openCheckedPidfd(identity); pidfd >= 0) {
            pidfds.push_back(pidfd);
        }
    }
    const auto deadline = Clock::now() + timeout;
    while (!pidfds.empty() && Clock::now() < deadline && !cancelled(cancel)) {
        std::vector<pollfd> fds;
        for (const int pidfd : pidfds) {
            fds.push_back(pollfd{pidfd, POLLIN, 0});
        }
        ::poll(fds.data(), fds.size(), static_cast<int>(kSlice.count()));
        for (std::size_t k = fds.size(); k-- > 0;) {
            if ((fds[k].revents & (POLLIN | POLLHUP)) != 0) {
                ::close(pidfds[k]);
                pidfds.erase(pidfds.begin() + static_cast<std::ptrdiff_t>(k));
            }
        }
    }
    for (const int pidfd : pidfds) {
        ::close(pidfd);
    }
}

TaskOutcome restartApplications(const std::vector<StoppedApplication>& apps,
                                const RestartOptions& options) {
    TaskOutcome outcome;
    outcome.states.assign(apps.size(), State::Stopped);
    outcome.newProcesses.assign(apps.size(), std::nullopt);
    ProgressReport report{options.progress};
    report(0, apps.size() + 1);
    ServiceJobs services;
    std::size_t done = 0;
    std::vector<Launch> launches;
    for (std::size_t i = 0; i < apps.size(); ++i) {
        if (cancelled(options.cancel)) {
            outcome.cancelled = true;
            break;
        }
        const auto& app = apps[i];
        if (app.kind == StoppedApplication::Kind::Service) {
            services.start(
                i, app.unit,
                serviceJob(&SystemdClient::startUnit, options.timeout, options.cancel, "starting"));
            continue;
        }
        std::string error;
        if (auto launch = startRelaunch(i, app, options.grace, error)) {
            launches.push_back(std::move(*launch));
        } else {
            outcome.states[i] = State::ErrorOnRestart;
            log::core()->warn("cannot restart {}: {}", app.executable, error);
            report(++done, apps.size() + 1);
        }
    }
    // Every relaunch is watched at once: the whole wait is one grace, not one per application.
    // The intermediates end by the grace; the margin covers their start on a busy machine.
    const auto deadline = Clock::now() + options.grace + kLaunchMargin;
    const auto settle = [&](Launch& launch) {
        const auto& app = apps[launch.index];
        if (auto failure = launchFailure(launch, app)) {
            outcome.states[launch.index] = State::ErrorOnRestart;
            log::core()->warn("cannot restart {}: {}", app.executable, *failure);
        } else {
            outcome.states[launch.index] = State::Restarted;
            outcome.newProcesses[launch.index] = identifyProcess(*launch.pid);
            log::core()->info("restarted {} as PID {}", app.executable, *launch.pid);
        }
        report(++done, apps.size() + 1);
    };
    for (;;) {
        std::vector<pollfd> fds;
        std::vector<Launch*> open;
        for (auto& launch : launches) {
            if (!launch.ended) {
                fds.push_back(pollfd{launch.fd, POLLIN, 0});
                open.push_back(&launch);
            }
        }
        if (fds.empty() || Clock::now() >= deadline || cancelled(options.cancel)) {
            break;
        }
        const int left = static_cast<int>(std::min<std::int64_t>(
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count(),
            kSlice.count()));
        ::poll(fds.data(), fds.size(), std::max(left, 0));
        for (std::size_t k = 0; k < fds.size(); ++k) {
            if ((fds[k].revents & (POLLIN | POLLHUP | POLLERR)) == 0) {
                continue;
            }
            char buffer[256];
            const ssize_t n = ::read(fds[k].fd, buffer, sizeof buffer);
            if (n > 0) {
                open[k]->received.append(buffer, static_cast<std::size_t>(n));
                takeReports(*open[k]);
            } else if (n == 0 || errno != EINTR) {
                open[k]->ended = true;
                settle(*open[k]);
            }
        }
    }
    for (auto& launch : launches) {
        // Past the deadline or cancelled: what was started counts as started.
        if (!launch.ended) {
            settle(launch);
        }
        ::close(launch.fd);
        // The intermediate has ended or ends by the grace: it never waits for the application.
        while (::waitpid(launch.intermediate, nullptr, 0) < 0 && errno == EINTR) {
        }
    }
    if (cancelled(options.cancel)) {
        outcome.cancelled = true;
    }
    while (services.finished() < services.size()) {
        if (cancelled(options.cancel)) {
            outcome.cancelled = true;
        }
        std::this_thread::sleep_for(kSlice);
    }
    services.join(outcome.states, State::Restarted, State::ErrorOnRestart);
    noteCancelledJobs(outcome, options.cancel, State::ErrorOnRestart);
    if (!outcome.cancelled) {
        report(apps.size(), apps.size());
    }
    return outcome;
}

} // namespace rm
