// RmGetList against a bare floor scanner, fuser and lsof on the same load, side by side.
//
// The benchmark builds its own load: it creates processes x files-per-process files in a temporary
// directory and starts that many rm_test_file_holder processes, each keeping its own
// files-per-process of them open. For two query sets (1,000 and 6,000 files by default) made of
// whole holders' files, so that the larger set has proportionally more affected applications
// (50 and 300 at 20 files each), it times the tools below, repeated (one warm-up round first, not
// counted); every round runs each set in turn and each set each tool in turn, so that a change in
// the machine's load hits all of them alike:
//   floor      the least a /proc scanner must do, in this process on one thread: list /proc,
//              stat every descriptor through /proc/PID/fd/N, read every maps file, look each
//              (device, inode) up in a hash set
//   RmGetList  RmStartSession + RmRegisterResources (all N files in one call) + RmGetList with the
//              sizing protocol (ERROR_MORE_DATA, then a buffer of the size needed) + RmEndSession;
//              the RmGetList loop alone is reported too, and one RmGetList call with a buffer that
//              is already big enough (not part of the total)
//   fuser      `fuser FILES...`, output to /dev/null
//   lsof       `lsof -w FILES...`, output to /dev/null
// The processes RmGetList and the floor report must be exactly the holders of the queried files;
// otherwise the run fails. The goals are judged on the one RmGetList call and printed as PASS or
// MISS (a MISS does not fail the run), with the peak memory of this process.
//
//   build-rel/tests/bench_get_list [--processes 400] [--files-per-process 20] [--reps 5]
//                                  [--query-files 1000,6000]
#include "core/private/process_scanner.h"
#include "support/test_support.h"

#include <restartmanager.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <exception>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <set>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int) {
    g_interrupted = 1;
}

void checkInterrupted() {
    if (g_interrupted != 0) {
        throw std::runtime_error("interrupted");
    }
}

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Options {
    std::size_t processes = 400;
    std::size_t filesPerProcess = 20;
    std::size_t reps = 5;
    std::vector<std::size_t> queries{1000, 6000};
};

std::size_t parseCount(const std::string& text, const char* option) {
    std::size_t used = 0;
    unsigned long long value = 0;
    try {
        value = std::stoull(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value == 0) {
        throw std::invalid_argument(std::string{"bad value for "} + option + ": " + text);
    }
    return static_cast<std::size_t>(value);
}

Options parseOptions(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg{argv[i]};
        if (arg == "--help" || arg == "-h") {
            std::printf("usage: bench_get_list [--processes N] [--files-per-process M] [--reps R] "
                        "[--query-files A,B]\n");
            std::exit(0);
        }
        if (i + 1 >= argc) {
            throw std::invalid_argument("missing value after " + arg);
        }
        const std::string value{argv[++i]};
        if (arg == "--processes") {
            options.processes = parseCount(value, "--processes");
        } else if (arg == "--files-per-process") {
            options.filesPerProcess = parseCount(value, "--files-per-process");
        } else if (arg == "--reps") {
            options.reps = parseCount(value, "--reps");
        } else if (arg == "--query-files") {
            const auto comma = value.find(',');
            if (comma == std::string::npos) {
                throw std::invalid_argument("--query-files wants two counts: A,B");
            }
            options.queries = {parseCount(value.substr(0, comma), "--query-files"),
                               parseCount(value.substr(comma + 1), "--query-files")};
        } else {
            throw std::invalid_argument("unknown option " + arg);
        }
    }
    return options;
}

struct Samples {
    std::vector<double> values;

    [[nodiscard]] bool empty() const { return values.empty(); }
    [[nodiscard]] double median() const {
        if (values.empty()) {
            return 0.0;
        }
        auto sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const auto middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
    [[nodiscard]] double min() const {
        return values.empty() ? 0.0 : *std::min_element(values.begin(), values.end());
    }
};

// Makes sure this process may keep `needed` descriptors open; says so when it raises the limit.
void ensureDescriptorLimit(std::size_t needed) {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        throw std::runtime_error("getrlimit(RLIMIT_NOFILE) failed");
    }
    const auto wanted = static_cast<rlim_t>(needed);
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= wanted) {
        return;
    }
    if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < wanted) {
        throw std::runtime_error("RLIMIT_NOFILE hard limit " + std::to_string(limit.rlim_max) +
                                 " is below the " + std::to_string(needed) + " descriptors needed");
    }
    const auto old = limit.rlim_cur;
    limit.rlim_cur = wanted;
    if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) {
        throw std::runtime_error("setrlimit(RLIMIT_NOFILE) failed");
    }
    std::printf(
        "note: raised RLIMIT_NOFILE (soft) from %llu to %llu for the pipes to the holders\n",
        static_cast<unsigned long long>(old), static_cast<unsigned long long>(wanted));
}

std::wstring widen(const std::string& ascii) {
    std::wstring wide;
    wide.reserve(ascii.size());
    for (const char c : ascii) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            throw std::runtime_error("path is not ASCII: " + ascii);
        }
        wide.push_back(static_cast<wchar_t>(c));
    }
    return wide;
}

// ---- external tools -------------------------------------------------------------------------

struct ToolRun {
    double ms = 0.0;
    int status = -1; // exit status, or 128 + signal
};

// Runs argv[0] (searched in PATH) with stdin from /dev/null and stdout to `outputFile` (or
// /dev/null), stderr to /dev/null; waits for it.
ToolRun runTool(const std::vector<char*>& argv, const char* outputFile = nullptr) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO,
                                     outputFile != nullptr ? outputFile : "/dev/null",
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    ToolRun run;
    const auto start = Clock::now();
    pid_t pid = -1;
    const int rc = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        throw std::runtime_error(std::string{"cannot run "} + argv[0] + ": " + std::strerror(rc));
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            throw std::runtime_error("waitpid failed");
        }
        if (g_interrupted != 0) {
            ::kill(pid, SIGKILL);
        }
    }
    run.ms = millisecondsSince(start);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

// The distinct numbers in a tool's output (fuser prints PIDs on stdout, lsof -t one per line).
std::set<pid_t> pidsIn(const std::string& text) {
    std::set<pid_t> pids;
    std::string number;
    const auto flush = [&] {
        if (!number.empty()) {
            pids.insert(static_cast<pid_t>(std::stol(number)));
            number.clear();
        }
    };
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            number.push_back(c);
        } else {
            flush();
        }
    }
    flush();
    return pids;
}

// ---- Restart Manager ------------------------------------------------------------------------

// Page faults of this process so far (fresh memory touched; slow on some virtual machines).
long minorFaults() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

struct RmRun {
    double totalMs = 0.0;   // start + register + GetList loop + end
    double getListMs = 0.0; // the GetList loop alone
    double oneCallMs = 0.0; // one more GetList with a buffer already big enough (not in total)
    long oneCallFaults = 0; // the page faults of this process during that call
    unsigned calls = 0;     // GetList calls in the loop
    DWORD error = ERROR_SUCCESS;
    std::string failedCall;
    DWORD rebootReasons = 0;
    std::set<pid_t> pids;
};

RmRun runRestartManager(std::vector<LPCWSTR>& files) {
    RmRun run;
    const auto fail = [&](const char* call, DWORD code) {
        run.error = code;
        run.failedCall = call;
        return run;
    };
    const auto start = Clock::now();
    DWORD handle = 0;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    if (const DWORD rc = RmStartSession(&handle, 0, key); rc != ERROR_SUCCESS) {
        return fail("RmStartSession", rc);
    }
    if (const DWORD rc = RmRegisterResources(handle, static_cast<UINT>(files.size()), files.data(),
                                             0, nullptr, 0, nullptr);
        rc != ERROR_SUCCESS) {
        RmEndSession(handle);
        return fail("RmRegisterResources", rc);
    }

    // The sizing protocol as Windows callers write it: ask, grow to what is needed, ask again.
    const auto listStart = Clock::now();
    std::vector<RM_PROCESS_INFO> infos;
    UINT needed = 0;
    UINT count = 0;
    DWORD rc = ERROR_MORE_DATA;
    while (rc == ERROR_MORE_DATA && run.calls < 16) {
        count = static_cast<UINT>(infos.size());
        ++run.calls;
        rc = RmGetList(handle, &needed, &count, infos.empty() ? nullptr : infos.data(),
                       &run.rebootReasons);
        if (rc == ERROR_MORE_DATA) {
            infos.resize(needed);
        }
    }
    run.getListMs = millisecondsSince(listStart);
    if (rc != ERROR_SUCCESS) {
        RmEndSession(handle);
        return fail("RmGetList", rc);
    }
    for (UINT i = 0; i < count; ++i) {
        run.pids.insert(static_cast<pid_t>(infos[i].Process.dwProcessId));
    }

    // One call with room to spare: the cost of a single scan (kept out of the total).
    std::vector<RM_PROCESS_INFO> roomy(static_cast<std::size_t>(needed) + 64);
    UINT roomyCount = static_cast<UINT>(roomy.size());
    UINT roomyNeeded = 0;
    DWORD reasons = 0;
    const long faultsBefore = minorFaults();
    const auto oneStart = Clock::now();
    const DWORD oneRc = RmGetList(handle, &roomyNeeded, &roomyCount, roomy.data(), &reasons);
    run.oneCallMs = millisecondsSince(oneStart);
    run.oneCallFaults = minorFaults() - faultsBefore;
    if (oneRc != ERROR_SUCCESS) {
        RmEndSession(handle);
        return fail("RmGetList (one call)", oneRc);
    }

    if (const DWORD endRc = RmEndSession(handle); endRc != ERROR_SUCCESS) {
        return fail("RmEndSession", endRc);
    }
    run.totalMs = millisecondsSince(start) - run.oneCallMs;
    return run;
}

// ---- the load -------------------------------------------------------------------------------

struct Load {
    std::vector<std::string> files; // file i is held by holder i / filesPerProcess
    std::vector<rmtest::ChildProcess> holders;
};

void createFiles(const std::string& directory, Load& load, const Options& options) {
    const std::size_t total = options.processes * options.filesPerProcess;
    load.files.reserve(total);
    char name[32];
    for (std::size_t i = 0; i < total; ++i) {
        std::snprintf(name, sizeof name, "/f%05zu", i);
        std::string path = directory + name;
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0) {
            throw std::runtime_error("cannot create " + path + ": " + std::strerror(errno));
        }
        ::close(fd);
        load.files.push_back(std::move(path));
    }
}

void startHolders(const std::string& directory, Load& load, const Options& options) {
    const std::string holder = rmtest::helperPath("rm_test_file_holder");
    if (::access(holder.c_str(), X_OK) != 0) {
        throw std::runtime_error("helper not found: " + holder);
    }
    load.holders.reserve(options.processes);
    for (std::size_t p = 0; p < options.processes; ++p) {
        const std::string list = directory + "/list-" + std::to_string(p);
        {
            std::ofstream out{list};
            for (std::size_t k = 0; k < options.filesPerProcess; ++k) {
                out << load.files[p * options.filesPerProcess + k] << '\n';
            }
            if (!out) {
                throw std::runtime_error("cannot write " + list);
            }
        }
        load.holders.push_back(rmtest::ChildProcess::spawn({holder, list}));
        checkInterrupted();
    }
    const std::string expected = "holding " + std::to_string(options.filesPerProcess);
    for (auto& child : load.holders) {
        const auto line = child.readLine(std::chrono::seconds{60});
        if (!line || *line != expected) {
            throw std::runtime_error("holder " + std::to_string(child.pid()) + " said \"" +
                                     line.value_or("<nothing>") + "\" instead of \"" + expected +
                                     "\"");
        }
        checkInterrupted();
    }
}

// Processes and open descriptors on the machine, for the report.
std::pair<std::size_t, std::size_t> countProcessesAndDescriptors() {
    std::size_t processes = 0;
    std::size_t descriptors = 0;
    DIR* proc = ::opendir("/proc");
    if (proc == nullptr) {
        return {0, 0};
    }
    while (const dirent* entry = ::readdir(proc)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9') {
            continue;
        }
        ++processes;
        const std::string fdDir = std::string{"/proc/"} + entry->d_name + "/fd";
        if (DIR* fds = ::opendir(fdDir.c_str())) {
            while (const dirent* fd = ::readdir(fds)) {
                descriptors += fd->d_name[0] != '.' ? 1 : 0;
            }
            ::closedir(fds);
        }
    }
    ::closedir(proc);
    return {processes, descriptors};
}

// ---- the floor ------------------------------------------------------------------------------

// The least any /proc scanner must do, as a yardstick: list /proc, stat every descriptor through
// /proc/PID/fd/N (following the link), read every maps file, and look each (device, inode) up in
// a hash set; one thread, nothing else (no threads skipped, no details, no start times). The hash
// set is the scanner's own (open addressing, keys on other devices turned away at once), so that
// the floor measures the work and not a slower container.
using FloorKeys = rm::FileKeyMap;

// "start-end perms offset major:minor inode path": whether a line's (device, inode) is a key.
// Parsed by hand, as a scanner would, so that the floor is not a sscanf benchmark.
bool floorMapsUse(const char* text, std::size_t size, const FloorKeys& keys) {
    bool found = false;
    const char* p = text;
    const char* const end = text + size;
    const auto skipField = [&] {
        while (p < end && *p != ' ') {
            ++p;
        }
        while (p < end && *p == ' ') {
            ++p;
        }
    };
    const auto hexDigit = [](char c) -> int {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    };
    while (p < end) {
        skipField(); // range
        skipField(); // perms
        skipField(); // offset
        unsigned major = 0;
        unsigned minor = 0;
        std::uint64_t inode = 0;
        for (int d = 0; p < end && (d = hexDigit(*p)) >= 0; ++p) {
            major = major * 16 + static_cast<unsigned>(d);
        }
        ++p; // ':'
        for (int d = 0; p < end && (d = hexDigit(*p)) >= 0; ++p) {
            minor = minor * 16 + static_cast<unsigned>(d);
        }
        ++p; // ' '
        for (; p < end && *p >= '0' && *p <= '9'; ++p) {
            inode = inode * 10 + static_cast<std::uint64_t>(*p - '0');
        }
        if (inode != 0 && keys.contains(rm::FileKey{makedev(major, minor), inode})) {
            found = true;
        }
        const void* nl =
            p < end ? std::memchr(p, '\n', static_cast<std::size_t>(end - p)) : nullptr;
        p = nl == nullptr ? end : static_cast<const char*>(nl) + 1;
    }
    return found;
}

std::set<pid_t> floorScan(const FloorKeys& keys) {
    std::set<pid_t> users;
    std::vector<char> maps(1 << 20);
    DIR* proc = ::opendir("/proc");
    if (proc == nullptr) {
        return users;
    }
    char path[sizeof "/proc//maps" + sizeof(dirent::d_name)];
    while (const dirent* entry = ::readdir(proc)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9') {
            continue;
        }
        bool uses = false;
        std::snprintf(path, sizeof path, "/proc/%s/fd", entry->d_name);
        if (DIR* fds = ::opendir(path)) {
            while (const dirent* fd = ::readdir(fds)) {
                struct stat st {};
                if (fd->d_name[0] != '.' && ::fstatat(::dirfd(fds), fd->d_name, &st, 0) == 0 &&
                    keys.contains(rm::FileKey{static_cast<std::uint64_t>(st.st_dev), st.st_ino})) {
                    uses = true;
                }
            }
            ::closedir(fds);
        }
        std::snprintf(path, sizeof path, "/proc/%s/maps", entry->d_name);
        const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            std::size_t size = 0;
            ssize_t n = 0;
            while ((n = ::read(fd, maps.data() + size, maps.size() - 1 - size)) > 0) {
                size += static_cast<std::size_t>(n);
                if (size + 1 == maps.size()) {
                    maps.resize(maps.size() * 2);
                }
            }
            ::close(fd);
            maps[size] = '\0';
            uses = floorMapsUse(maps.data(), size, keys) || uses;
        }
        if (uses) {
            users.insert(static_cast<pid_t>(std::atol(entry->d_name)));
        }
    }
    ::closedir(proc);
    return users;
}

// The peak resident set of this process so far (VmHWM), in KiB; -1 when unknown.
long peakKiB() {
    std::ifstream status{"/proc/self/status"};
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) {
            return std::atol(line.c_str() + 6);
        }
    }
    return -1;
}

// ---- one query set --------------------------------------------------------------------------

struct SetResult {
    std::size_t files = 0;
    std::size_t expectedProcesses = 0;
    std::size_t rmProcesses = 0;
    bool rmMatches = false;
    bool rmWorks = false;
    std::string rmError;
    unsigned rmCalls = 0;
    DWORD rebootReasons = 0;
    std::size_t fuserProcesses = 0;
    std::size_t lsofProcesses = 0;
    std::set<int> fuserStatuses;
    std::set<int> lsofStatuses;
    std::size_t floorProcesses = 0;
    bool floorMatches = true;
    Samples floor, rmTotal, rmGetList, rmOneCall, fuser, lsof;
    Samples rmOneCallFaults; // page faults during the one call
};

std::string slurp(const std::string& path) {
    std::ifstream in{path};
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A query set with everything the three tools are called with. Not movable: the argument vectors
// point into its strings.
struct QuerySet {
    SetResult result;
    std::set<pid_t> expected;
    std::vector<std::wstring> wide;
    std::vector<std::string> narrow;
    std::vector<LPCWSTR> files;
    FloorKeys keys;
    std::string fuserName = "fuser";
    std::string lsofName = "lsof";
    std::string lsofQuiet = "-w";
    std::string lsofTerse = "-t";
    std::vector<char*> fuserArgv;
    std::vector<char*> lsofArgv;

    QuerySet() = default;
    QuerySet(const QuerySet&) = delete;
    QuerySet& operator=(const QuerySet&) = delete;
};

std::unique_ptr<QuerySet> prepareSet(const Load& load, const Options& options,
                                     std::size_t queryFiles, std::mt19937& random,
                                     const std::string& scratch) {
    auto set = std::make_unique<QuerySet>();
    set->result.files = queryFiles;

    // Whole holders, in a random order: N files are then the files of N / files-per-process
    // holders (1,000 files = 50 holders, 6,000 = 300 at 20 each), so that the larger set also has
    // proportionally more affected applications, as on a real machine.
    std::vector<std::size_t> holders(load.holders.size());
    for (std::size_t i = 0; i < holders.size(); ++i) {
        holders[i] = i;
    }
    std::shuffle(holders.begin(), holders.end(), random);
    std::vector<std::size_t> indices;
    indices.reserve(queryFiles);
    for (const auto holder : holders) {
        for (std::size_t k = 0; k < options.filesPerProcess && indices.size() < queryFiles; ++k) {
            indices.push_back(holder * options.filesPerProcess + k);
        }
    }

    set->wide.reserve(queryFiles);
    set->narrow.reserve(queryFiles);
    for (const auto index : indices) {
        set->expected.insert(load.holders[index / options.filesPerProcess].pid());
        set->narrow.push_back(load.files[index]);
        set->wide.push_back(widen(load.files[index]));
        struct stat st {};
        if (::stat(load.files[index].c_str(), &st) == 0) {
            set->keys.tryEmplace(rm::FileKey{static_cast<std::uint64_t>(st.st_dev), st.st_ino},
                                 static_cast<std::uint32_t>(index));
        }
    }
    set->result.expectedProcesses = set->expected.size();
    set->files.reserve(queryFiles);
    for (const auto& name : set->wide) {
        set->files.push_back(name.c_str());
    }

    set->fuserArgv = {set->fuserName.data()};
    set->lsofArgv = {set->lsofName.data(), set->lsofQuiet.data()};
    for (auto& name : set->narrow) {
        set->fuserArgv.push_back(name.data());
        set->lsofArgv.push_back(name.data());
    }
    set->fuserArgv.push_back(nullptr);
    set->lsofArgv.push_back(nullptr);

    // Untimed: what fuser and lsof find, for the report.
    const std::string output = scratch + "/tool-output";
    runTool(set->fuserArgv, output.c_str());
    set->result.fuserProcesses = pidsIn(slurp(output)).size();
    std::vector<char*> lsofTerseArgv{set->lsofName.data(), set->lsofQuiet.data(),
                                     set->lsofTerse.data()};
    lsofTerseArgv.insert(lsofTerseArgv.end(), set->lsofArgv.begin() + 2, set->lsofArgv.end());
    runTool(lsofTerseArgv, output.c_str());
    set->result.lsofProcesses = pidsIn(slurp(output)).size();
    set->result.rmWorks = true;
    return set;
}

// One repetition on one set: RmGetList, fuser, lsof, one after the other.
void measureOnce(QuerySet& set, bool warmUp) {
    auto& result = set.result;
    checkInterrupted();
    const auto floorStart = Clock::now();
    const auto floorUsers = floorScan(set.keys);
    const double floorMs = millisecondsSince(floorStart);
    if (floorUsers != set.expected) {
        result.floorMatches = false;
        result.floorProcesses = floorUsers.size();
    } else if (warmUp) {
        result.floorProcesses = floorUsers.size();
    }
    if (!warmUp) {
        result.floor.values.push_back(floorMs);
    }
    checkInterrupted();
    if (result.rmWorks) {
        const RmRun rm = runRestartManager(set.files);
        if (rm.error != ERROR_SUCCESS) {
            result.rmWorks = false;
            result.rmError = rm.failedCall + " failed with " + std::to_string(rm.error);
            if (rm.error == ERROR_CALL_NOT_IMPLEMENTED) {
                result.rmError += " (ERROR_CALL_NOT_IMPLEMENTED)";
            }
        } else if (warmUp) {
            result.rmProcesses = rm.pids.size();
            result.rmMatches = rm.pids == set.expected;
            result.rmCalls = rm.calls;
            result.rebootReasons = rm.rebootReasons;
        } else {
            result.rmTotal.values.push_back(rm.totalMs);
            result.rmGetList.values.push_back(rm.getListMs);
            result.rmOneCall.values.push_back(rm.oneCallMs);
            result.rmOneCallFaults.values.push_back(static_cast<double>(rm.oneCallFaults));
            if (rm.pids != set.expected) {
                result.rmMatches = false;
                result.rmProcesses = rm.pids.size();
            }
        }
    }
    checkInterrupted();
    const ToolRun fuser = runTool(set.fuserArgv);
    result.fuserStatuses.insert(fuser.status);
    checkInterrupted();
    const ToolRun lsof = runTool(set.lsofArgv);
    result.lsofStatuses.insert(lsof.status);
    if (!warmUp) {
        result.fuser.values.push_back(fuser.ms);
        result.lsof.values.push_back(lsof.ms);
    }
}

// ---- report ---------------------------------------------------------------------------------

std::string cell(const Samples& samples, bool available = true) {
    char text[40];
    if (!available || samples.empty()) {
        std::snprintf(text, sizeof text, "%9s %9s", "n/a", "n/a");
    } else {
        std::snprintf(text, sizeof text, "%9.2f %9.2f", samples.median(), samples.min());
    }
    return text;
}

std::string ratio(double numerator, double denominator, bool available) {
    char text[24];
    if (!available || denominator <= 0.0) {
        std::snprintf(text, sizeof text, "%8s", "n/a");
    } else {
        std::snprintf(text, sizeof text, "%8.3f", numerator / denominator);
    }
    return text;
}

std::string statuses(const std::set<int>& codes) {
    std::string text;
    for (const int code : codes) {
        if (!text.empty()) {
            text.push_back(',');
        }
        text.append(std::to_string(code));
    }
    return text;
}

int run(int argc, char** argv) {
    const Options options = parseOptions(argc, argv);
    const std::size_t held = options.processes * options.filesPerProcess;

    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    // Two pipe ends per holder stay open here, plus the usual few.
    ensureDescriptorLimit(2 * options.processes + 64);

    rmtest::TempDir temp{"rmbench-getlist"};
    const std::string directory = temp.file("files");
    std::filesystem::create_directory(directory);
    ::setenv("RESTARTMANAGER_STORE_DIR", temp.file("store").c_str(), 1);

    Load load;
    auto phase = Clock::now();
    createFiles(directory, load, options);
    std::printf("created %zu files in %s (%.0f ms)\n", held, directory.c_str(),
                millisecondsSince(phase));
    std::fflush(stdout);
    phase = Clock::now();
    startHolders(temp.path(), load, options);
    std::printf("started %zu rm_test_file_holder processes x %zu files, all holding (%.0f ms)\n",
                options.processes, options.filesPerProcess, millisecondsSince(phase));
    const auto [processes, descriptors] = countProcessesAndDescriptors();
    std::printf("machine now: %zu processes, %zu open descriptors in /proc/*/fd\n", processes,
                descriptors);
    std::printf(
        "reps: %zu timed (+1 warm-up); each rep runs every set, each set RM, fuser, lsof\n\n",
        options.reps);
    std::fflush(stdout);

    std::mt19937 random{20240601U};
    std::vector<std::unique_ptr<QuerySet>> sets;
    for (std::size_t query : options.queries) {
        if (query > held) {
            std::printf("note: %zu query files asked for, only %zu held; using %zu\n", query, held,
                        held);
            query = held;
        }
        sets.push_back(prepareSet(load, options, query, random, temp.path()));
    }
    const long loadPeakKiB = peakKiB();
    // Sets interleaved within each repetition, so that a change in the machine's load hits all.
    for (std::size_t rep = 0; rep <= options.reps; ++rep) {
        for (auto& set : sets) {
            measureOnce(*set, rep == 0);
        }
        std::printf("%s done\n", rep == 0 ? "warm-up" : ("rep " + std::to_string(rep)).c_str());
        std::fflush(stdout);
    }
    std::vector<SetResult> results;
    for (const auto& set : sets) {
        results.push_back(set->result);
    }

    // Holders go before the report; their pipes close and they exit on their own.
    for (auto& holder : load.holders) {
        holder.closeStdin();
    }
    for (auto& holder : load.holders) {
        holder.wait(std::chrono::seconds{10});
    }

    std::printf("\nTimes in ms, median and min of %zu reps.\n", options.reps);
    std::printf("  floor    = the bare single-threaded scan (stat every descriptor, read every "
                "maps file)\n");
    std::printf("  1 call   = one RmGetList with a buffer big enough; loop = the sizing loop "
                "(NULL buffer, then one of the size needed)\n");
    std::printf("  RM total = RmStartSession + RmRegisterResources + RmGetList loop + "
                "RmEndSession\n\n");
    std::printf("%6s %5s | %-19s | %-19s | %-19s | %-19s | %-19s | %-19s\n", "files", "apps",
                "floor", "RmGetList 1 call", "RmGetList loop", "RM total", "fuser", "lsof -w");
    std::printf("%6s %5s | %9s %9s | %9s %9s | %9s %9s | %9s %9s | %9s %9s | %9s %9s\n", "", "",
                "median", "min", "median", "min", "median", "min", "median", "min", "median", "min",
                "median", "min");
    for (const auto& r : results) {
        std::printf("%6zu %5zu | %s | %s | %s | %s | %s | %s\n", r.files, r.expectedProcesses,
                    cell(r.floor).c_str(), cell(r.rmOneCall, r.rmWorks).c_str(),
                    cell(r.rmGetList, r.rmWorks).c_str(), cell(r.rmTotal, r.rmWorks).c_str(),
                    cell(r.fuser).c_str(), cell(r.lsof).c_str());
    }
    std::printf("\nRatios of medians (RmGetList = one call):\n");
    std::printf("%6s | %8s | %8s | %8s | %10s | %8s | %8s\n", "files", "RM/floor", "RM/fuser",
                "RM/lsof", "loop/1call", "floor/fu", "fuser/ls");
    for (const auto& r : results) {
        std::printf("%6zu | %s | %s | %s | %s   | %s | %s\n", r.files,
                    ratio(r.rmOneCall.median(), r.floor.median(), r.rmWorks).c_str(),
                    ratio(r.rmOneCall.median(), r.fuser.median(), r.rmWorks).c_str(),
                    ratio(r.rmOneCall.median(), r.lsof.median(), r.rmWorks).c_str(),
                    ratio(r.rmGetList.median(), r.rmOneCall.median(), r.rmWorks).c_str(),
                    ratio(r.floor.median(), r.fuser.median(), true).c_str(),
                    ratio(r.fuser.median(), r.lsof.median(), true).c_str());
    }
    std::printf("\nPeak memory of the benchmark (VmHWM): %ld KiB after building the load, %ld KiB "
                "after all runs (the floor, RmGetList and the session calls run in this "
                "process; fuser and lsof do not)\n",
                loadPeakKiB, peakKiB());

    bool correct = true;
    bool rmWorks = true;
    std::printf("\nProcesses found (expected = distinct holders of the queried files):\n");
    for (const auto& r : results) {
        std::printf(
            "%6zu files: expected %zu, RmGetList %s%s, floor %zu%s, fuser %zu (exit %s), "
            "lsof %zu (exit %s)\n",
            r.files, r.expectedProcesses, r.rmWorks ? std::to_string(r.rmProcesses).c_str() : "n/a",
            !r.rmWorks    ? ""
            : r.rmMatches ? " (same PIDs)"
                          : " MISMATCH",
            r.floorProcesses, r.floorMatches ? "" : " MISMATCH", r.fuserProcesses,
            statuses(r.fuserStatuses).c_str(), r.lsofProcesses, statuses(r.lsofStatuses).c_str());
        if (r.rmWorks) {
            std::printf("              RmGetList calls in the sizing loop: %u, reboot reasons: "
                        "0x%x\n",
                        r.rmCalls, static_cast<unsigned>(r.rebootReasons));
        } else {
            std::printf("              RmGetList not measured: %s\n", r.rmError.c_str());
        }
        correct = correct && (!r.rmWorks || r.rmMatches);
        rmWorks = rmWorks && r.rmWorks;
    }

    if (results.size() == 2) {
        const auto& small = results[0];
        const auto& large = results[1];
        const bool both = small.rmWorks && large.rmWorks;
        std::printf("\n%zu vs %zu files (%zu vs %zu applications): RmGetList 1 call x%s, loop "
                    "x%s, RM total x%s; floor x%s, fuser x%s, lsof x%s\n",
                    large.files, small.files, large.expectedProcesses, small.expectedProcesses,
                    ratio(large.rmOneCall.median(), small.rmOneCall.median(), both).c_str(),
                    ratio(large.rmGetList.median(), small.rmGetList.median(), both).c_str(),
                    ratio(large.rmTotal.median(), small.rmTotal.median(), both).c_str(),
                    ratio(large.floor.median(), small.floor.median(), true).c_str(),
                    ratio(large.fuser.median(), small.fuser.median(), true).c_str(),
                    ratio(large.lsof.median(), small.lsof.median(), true).c_str());

        std::printf("Page faults of this process during the one RmGetList call (median): %.0f at "
                    "%zu files, %.0f at %zu files\n",
                    small.rmOneCallFaults.median(), small.files, large.rmOneCallFaults.median(),
                    large.files);

        const auto verdict = [](bool available, bool pass) {
            return !available ? "n/a " : pass ? "PASS" : "MISS";
        };
        // The goals are about RmGetList itself: one call with a buffer big enough. The Windows
        // sizing loop is judged against that one call.
        const double rm = small.rmOneCall.median();
        std::printf("\nGoals (medians, RmGetList = one call):\n");
        std::printf("  [%s] %zu files: RmGetList <= 0.65 x floor     (x%s)\n",
                    verdict(small.rmWorks, rm <= 0.65 * small.floor.median()), small.files,
                    ratio(rm, small.floor.median(), small.rmWorks).c_str());
        std::printf("  [%s] %zu files: RmGetList <= 0.20 x fuser     (x%s)\n",
                    verdict(small.rmWorks, rm <= 0.20 * small.fuser.median()), small.files,
                    ratio(rm, small.fuser.median(), small.rmWorks).c_str());
        std::printf("  [%s] %zu files: RmGetList <= 0.06 x lsof      (x%s)\n",
                    verdict(small.rmWorks, rm <= 0.06 * small.lsof.median()), small.files,
                    ratio(rm, small.lsof.median(), small.rmWorks).c_str());
        std::printf("  [%s] RmGetList(%zu) <= 1.15 x RmGetList(%zu)   (x%s)\n",
                    verdict(both, large.rmOneCall.median() <= 1.15 * rm), large.files, small.files,
                    ratio(large.rmOneCall.median(), rm, both).c_str());
        for (const auto* r : {&small, &large}) {
            std::printf("  [%s] %zu files: sizing loop <= 1.15 x one call  (x%s)\n",
                        verdict(r->rmWorks, r->rmGetList.median() <= 1.15 * r->rmOneCall.median()),
                        r->files,
                        ratio(r->rmGetList.median(), r->rmOneCall.median(), r->rmWorks).c_str());
        }
    }

    for (const auto& r : results) {
        correct = correct && r.floorMatches;
    }
    if (!correct) {
        std::printf("\nFAILED: RmGetList or the floor did not report exactly the holder "
                    "processes\n");
        return 1;
    }
    if (!rmWorks) {
        std::printf("\nFAILED: RmGetList could not be measured\n");
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_get_list: %s\n", error.what());
        return 2;
    }
}
