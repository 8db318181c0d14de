// RmShutdown and RmRestart of many applications at once: are they closed in parallel?
//
// Starts N rm_test_app processes (50 by default), each holding its own registered file and taking
// --exit-delay-ms (300 by default) to exit after SIGTERM, like an application that saves. Then, in
// a session of its own store (a temporary directory):
//   RmGetList   once, to check that every application is listed (timed, for comparison)
//   RmShutdown  timed; every application must exit 0 and be shown RmStatusStopped
//   RmRestart   timed; then the time until every new process has written its start line
// Each application notes in a shared marker file how long it took from SIGTERM to exit. The
// report gives the shutdown's time, the slowest single exit, the sum of all exits (what closing
// them one after another would take) and shutdown / slowest. The goal is about the slowest, not
// the sum: PASS when the shutdown takes less than twice the slowest exit (MISS does not fail the
// run). Everything started is killed at the end (by PID, after checking its start time).
//
//   build-sr/tests/bench_shutdown [--apps 50] [--exit-delay-ms 300]
#include "support/test_support.h"

#include <restartmanager.h>
#include <restartmanager_linux.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using rmtest::ChildProcess;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Options {
    std::size_t apps = 50;
    long exitDelayMs = 300;
};

Options parseOptions(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg{argv[i]};
        if (i + 1 >= argc) {
            throw std::runtime_error("usage: bench_shutdown [--apps N] [--exit-delay-ms MS]");
        }
        const long value = std::stol(argv[++i]);
        if (value <= 0) {
            throw std::runtime_error(arg + " needs a positive number");
        }
        if (arg == "--apps") {
            options.apps = static_cast<std::size_t>(value);
        } else if (arg == "--exit-delay-ms") {
            options.exitDelayMs = value;
        } else {
            throw std::runtime_error("unknown option " + arg);
        }
    }
    return options;
}

std::wstring widen(const std::string& ascii) {
    return std::wstring(ascii.begin(), ascii.end());
}

void check(DWORD result, const std::string& call) {
    if (result != ERROR_SUCCESS) {
        throw std::runtime_error(call + " failed with " + std::to_string(result));
    }
}

// The marker lines of rm_test_app: "start\tPID\targv...", "stopped\tPID\tMS", ...
struct Marker {
    std::vector<pid_t> starts;
    std::map<pid_t, long> stoppedMs;
};

Marker readMarker(const std::string& path) {
    Marker marker;
    std::istringstream in{rmtest::readFile(path)};
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields{line};
        std::string kind;
        std::string pid;
        std::string rest;
        std::getline(fields, kind, '\t');
        std::getline(fields, pid, '\t');
        std::getline(fields, rest, '\t');
        if (kind == "start") {
            marker.starts.push_back(static_cast<pid_t>(std::stol(pid)));
        } else if (kind == "stopped") {
            marker.stoppedMs[static_cast<pid_t>(std::stol(pid))] = std::stol(rest);
        }
    }
    return marker;
}

std::vector<RM_PROCESS_INFO> getList(DWORD handle) {
    std::vector<RM_PROCESS_INFO> apps;
    for (int attempt = 0; attempt < 5; ++attempt) {
        UINT needed = 0;
        UINT count = static_cast<UINT>(apps.size());
        DWORD reasons = 0;
        const DWORD result =
            RmGetList(handle, &needed, &count, apps.empty() ? nullptr : apps.data(), &reasons);
        if (result == ERROR_MORE_DATA) {
            apps.resize(needed);
            continue;
        }
        check(result, "RmGetList");
        apps.resize(count);
        return apps;
    }
    throw std::runtime_error("RmGetList kept asking for a bigger buffer");
}

// Kills what the restart started, once sure each PID is still the process the marker named.
class Detached {
public:
    ~Detached() {
        for (const auto& process : m_processes) {
            if (RmLinuxIsSameProcessRunning(&process)) {
                ::kill(static_cast<pid_t>(process.dwProcessId), SIGKILL);
            }
        }
    }
    void add(pid_t pid) {
        RM_UNIQUE_PROCESS process{};
        if (RmLinuxGetUniqueProcess(pid, &process) == ERROR_SUCCESS) {
            m_processes.push_back(process);
        }
    }

private:
    std::vector<RM_UNIQUE_PROCESS> m_processes;
};

int run(const Options& options) {
    rmtest::TempDir work{"rmbench-shutdown"};
    const std::string store = work.file("store");
    ::setenv("RESTARTMANAGER_STORE_DIR", store.c_str(), 1);
    const std::string marker = work.file("marker");
    const std::string app = rmtest::helperPath("rm_test_app");

    std::printf("bench_shutdown: %zu rm_test_app processes, each taking %ld ms to exit after "
                "SIGTERM\n",
                options.apps, options.exitDelayMs);
    std::vector<std::string> files;
    std::vector<ChildProcess> children;
    for (std::size_t i = 0; i < options.apps; ++i) {
        files.push_back(work.file("file-" + std::to_string(i)));
        std::ofstream{files.back()} << "data " << i << "\n";
        // Registered for restart (as Windows means it), so that RmRestart starts each again.
        children.push_back(ChildProcess::spawn(
            {app, "--hold", files.back(), "--exit-delay-ms", std::to_string(options.exitDelayMs),
             "--marker", marker, "--register-restart", "--marker " + marker}));
    }
    for (auto& child : children) {
        const auto registered = child.readLine(std::chrono::seconds{30}).value_or("");
        if (registered != "registered 0" ||
            child.readLine(std::chrono::seconds{30}).value_or("") != "ready") {
            throw std::runtime_error("rm_test_app PID " + std::to_string(child.pid()) +
                                     " did not become ready");
        }
    }
    Detached detached;

    DWORD handle = 0;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    check(RmStartSession(&handle, 0, key), "RmStartSession");
    std::vector<std::wstring> wide;
    for (const auto& f : files) {
        wide.push_back(widen(f));
    }
    std::vector<LPCWSTR> names;
    for (const auto& w : wide) {
        names.push_back(w.c_str());
    }
    check(RmRegisterResources(handle, static_cast<UINT>(names.size()), names.data(), 0, nullptr, 0,
                              nullptr),
          "RmRegisterResources");

    auto start = Clock::now();
    const auto listed = getList(handle);
    const double listMs = millisecondsSince(start);
    if (listed.size() != options.apps) {
        throw std::runtime_error("RmGetList lists " + std::to_string(listed.size()) +
                                 " applications, not " + std::to_string(options.apps));
    }

    start = Clock::now();
    check(RmShutdown(handle, 0, nullptr), "RmShutdown");
    const double shutdownMs = millisecondsSince(start);
    for (auto& child : children) {
        const int status = child.wait(std::chrono::seconds{10});
        if (status != 0) {
            throw std::runtime_error("rm_test_app PID " + std::to_string(child.pid()) +
                                     " ended with " + std::to_string(status));
        }
    }
    const auto stopped = getList(handle);
    const auto notStopped = std::count_if(stopped.begin(), stopped.end(), [](const auto& a) {
        return a.AppStatus != RmStatusStopped;
    });
    if (stopped.size() != options.apps || notStopped != 0) {
        throw std::runtime_error("after RmShutdown, " + std::to_string(notStopped) + " of " +
                                 std::to_string(stopped.size()) + " are not RmStatusStopped");
    }
    const auto exits = readMarker(marker).stoppedMs;
    if (exits.size() != options.apps) {
        throw std::runtime_error(std::to_string(exits.size()) + " applications noted their exit");
    }
    long slowest = 0;
    long sum = 0;
    for (const auto& [pid, ms] : exits) {
        slowest = std::max(slowest, ms);
        sum += ms;
    }

    start = Clock::now();
    check(RmRestart(handle, 0, nullptr), "RmRestart");
    const double restartMs = millisecondsSince(start);
    const std::size_t expectedStarts = 2 * options.apps;
    Marker after = readMarker(marker);
    while (after.starts.size() < expectedStarts && millisecondsSince(start) < 30000) {
        std::this_thread::sleep_for(std::chrono::milliseconds{5});
        after = readMarker(marker);
    }
    const double allStartedMs = millisecondsSince(start);
    for (std::size_t i = options.apps; i < after.starts.size(); ++i) {
        detached.add(after.starts[i]);
    }
    const auto restarted = getList(handle);
    const auto notRestarted =
        std::count_if(restarted.begin(), restarted.end(), [&](const RM_PROCESS_INFO& a) {
            return exits.contains(static_cast<pid_t>(a.Process.dwProcessId)) &&
                   a.AppStatus != RmStatusRestarted;
        });
    check(RmEndSession(handle), "RmEndSession");

    const double ratio = shutdownMs / static_cast<double>(slowest);
    std::printf("RmGetList (%zu applications)          %8.1f ms\n", options.apps, listMs);
    std::printf("RmShutdown                            %8.1f ms\n", shutdownMs);
    std::printf("  slowest single exit                 %8ld ms\n", slowest);
    std::printf("  sum of all exits (one by one)       %8ld ms\n", sum);
    std::printf("  shutdown / slowest                  %8.2f   %s (goal: < 2)\n", ratio,
                ratio < 2.0 ? "PASS" : "MISS");
    std::printf("RmRestart                             %8.1f ms\n", restartMs);
    std::printf("  until all %zu new processes ran      %8.1f ms (%zu of %zu started)\n",
                options.apps, allStartedMs, after.starts.size() - options.apps, options.apps);
    if (after.starts.size() != expectedStarts || notRestarted != 0) {
        std::printf("FAIL: %zu of %zu applications came back, %ld not shown RmStatusRestarted\n",
                    after.starts.size() - options.apps, options.apps,
                    static_cast<long>(notRestarted));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(parseOptions(argc, argv));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_shutdown: %s\n", error.what());
        return 1;
    }
}
