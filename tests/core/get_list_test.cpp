// RmGetList against real processes. Each test starts fixture processes that use files in a known
// way (descriptor, mapping, executable, working directory, lock), asks the Restart Manager who
// uses the files, and compares the answer with what lsof reports for the same files.
#include "support/test_support.h"

#include "core/private/process_scanner.h"
#include "core/private/session_engine.h"
#include "core/private/systemd_client.h"
#include "core/session.h"

#include <restartmanager.h>
#include <restartmanager_linux.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <pwd.h>
#include <random>
#include <set>
#include <signal.h>
#include <spawn.h>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

extern char** environ;

namespace {

using namespace std::chrono_literals;
using rmtest::ChildProcess;
using rmtest::SpawnOptions;
using PidSet = std::set<pid_t>;

constexpr auto kReadyTimeout = 15s;
const std::string kSetsid = "/usr/bin/setsid";
const std::string kShell = "/bin/sh";
const std::string kSleep = "/usr/bin/sleep";
const std::string kPython = "/usr/bin/python3";
const std::string kScript = "/usr/bin/script";
const std::string kUnshare = "/usr/bin/unshare";

// Paths as the kernel reports them (/proc/PID/exe has no symbolic links in it).
std::string canonical(const std::string& path) {
    std::error_code error;
    auto resolved = std::filesystem::canonical(path, error);
    return error ? path : resolved.string();
}

std::string holderPath() {
    return canonical(rmtest::helperPath("rm_test_file_holder"));
}

bool isExecutable(const std::string& path) {
    return ::access(path.c_str(), X_OK) == 0;
}

std::wstring widen(const std::string& ascii) {
    return std::wstring(ascii.begin(), ascii.end());
}

std::string shellQuote(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c == '\'' ? std::string{"'\\''"} : std::string(1, c);
    }
    return quoted + "'";
}

// Creates (or replaces) a file that every user may read.
std::string makeFile(const std::string& path, const std::string& content = "some data\n") {
    std::ofstream{path, std::ios::binary | std::ios::trunc} << content;
    ::chmod(path.c_str(), 0644);
    return path;
}

std::string makeDirectory(const std::string& path, mode_t mode = 0755) {
    std::filesystem::create_directories(path);
    ::chmod(path.c_str(), mode);
    return path;
}

// Copies a program under another name, so that its processes get that name and executable.
std::string copyProgram(const std::string& source, const std::string& target) {
    std::filesystem::copy_file(source, target, std::filesystem::copy_options::overwrite_existing);
    ::chmod(target.c_str(), 0755);
    return target;
}

template <class T>::testing::AssertionResult succeeded(const rm::Expected<T>& result) {
    if (result) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << rm::errorName(result.code()) << " (" << result.code()
                                         << "): " << result.error().message;
}

// Waits for the fixture's first line on stdout and checks how it starts.
::testing::AssertionResult becameReady(ChildProcess& child, const std::string& prefix,
                                       std::string* line = nullptr) {
    const auto first = child.readLine(kReadyTimeout);
    if (!first) {
        return ::testing::AssertionFailure()
               << "process " << child.pid() << " printed nothing within "
               << std::chrono::duration_cast<std::chrono::seconds>(kReadyTimeout).count()
               << " s (exit status " << child.wait(200ms) << ", -1 = still running)";
    }
    if (!first->starts_with(prefix)) {
        return ::testing::AssertionFailure() << "process " << child.pid() << " printed '" << *first
                                             << "', expected '" << prefix << "...'";
    }
    if (line != nullptr) {
        *line = *first;
    }
    return ::testing::AssertionSuccess();
}

// rm_test_file_holder (or a copy of it) in a session of its own, so without a terminal.
ChildProcess startHolder(const std::vector<std::string>& args, const SpawnOptions& options = {},
                         const std::string& program = holderPath()) {
    std::vector<std::string> argv{kSetsid, program};
    argv.insert(argv.end(), args.begin(), args.end());
    return ChildProcess::spawn(argv, options);
}

std::string procText(pid_t pid, const std::string& name) {
    return rmtest::readFile("/proc/" + std::to_string(pid) + "/" + name);
}

std::string commOf(pid_t pid) {
    auto comm = procText(pid, "comm");
    while (!comm.empty() && comm.back() == '\n') {
        comm.pop_back();
    }
    return comm;
}

// Fields of /proc/PID/stat after the command name: [0] state, [1] ppid, ... [4] tty_nr.
std::vector<std::string> statFields(pid_t pid) {
    const auto stat = procText(pid, "stat");
    std::vector<std::string> fields;
    const auto close = stat.rfind(')');
    if (close == std::string::npos) {
        return fields;
    }
    std::string field;
    for (const char c : stat.substr(close + 2)) {
        if (c == ' ' || c == '\n') {
            fields.push_back(field);
            field.clear();
        } else {
            field.push_back(c);
        }
    }
    return fields;
}

pid_t parentOf(pid_t pid) {
    const auto fields = statFields(pid);
    return fields.size() > 1 ? static_cast<pid_t>(std::stol(fields[1])) : -1;
}

DWORD loginSessionOf(pid_t pid) {
    const auto text = procText(pid, "sessionid");
    return text.empty() ? RM_INVALID_TS_SESSION
                        : static_cast<DWORD>(std::strtoul(text.c_str(), nullptr, 10));
}

std::string executableOf(pid_t pid) {
    std::error_code ignored;
    return std::filesystem::read_symlink("/proc/" + std::to_string(pid) + "/exe", ignored).string();
}

// A freshly started program only runs its executable once exec() is through.
bool waitForExecutable(pid_t pid, const std::string& executable) {
    const auto deadline = std::chrono::steady_clock::now() + kReadyTimeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (executableOf(pid) == executable) {
            return true;
        }
        std::this_thread::sleep_for(5ms);
    }
    return false;
}

std::optional<uid_t> uidOf(const char* user) {
    const passwd* entry = ::getpwnam(user);
    return entry != nullptr ? std::optional<uid_t>{entry->pw_uid} : std::nullopt;
}

PidSet pidsOf(const rm::AffectedApplications& affected) {
    PidSet pids;
    for (const auto& app : affected.applications) {
        pids.insert(static_cast<pid_t>(app.process.dwProcessId));
    }
    return pids;
}

const rm::AffectedApplication* entryFor(const rm::AffectedApplications& affected, pid_t pid) {
    for (const auto& app : affected.applications) {
        if (app.process.dwProcessId == static_cast<DWORD>(pid)) {
            return &app;
        }
    }
    return nullptr;
}

// Each process appears once, in ascending PID order.
::testing::AssertionResult eachProcessOnceInOrder(const rm::AffectedApplications& affected) {
    for (std::size_t i = 1; i < affected.applications.size(); ++i) {
        if (affected.applications[i - 1].process.dwProcessId >=
            affected.applications[i].process.dwProcessId) {
            return ::testing::AssertionFailure()
                   << "PID " << affected.applications[i].process.dwProcessId
                   << " is listed twice or out of order";
        }
    }
    return ::testing::AssertionSuccess();
}

bool haveLsof() {
    static const bool have = rmtest::runCommand("command -v lsof >/dev/null 2>&1") == 0;
    return have;
}

// The PIDs lsof reports for these paths (`prefix` may run it as another user); nullopt when lsof
// is not installed or failed.
std::optional<PidSet> lsofPids(const std::vector<std::string>& paths,
                               const std::string& prefix = "") {
    if (!haveLsof()) {
        return std::nullopt;
    }
    std::string command = prefix + "lsof -w -n -P -t --";
    for (const auto& path : paths) {
        command += ' ';
        command += shellQuote(path);
    }
    command += " 2>/dev/null";
    FILE* pipe = ::popen(command.c_str(), "re");
    if (pipe == nullptr) {
        return std::nullopt;
    }
    PidSet pids;
    char line[64];
    while (std::fgets(line, sizeof line, pipe) != nullptr) {
        pids.insert(static_cast<pid_t>(std::atol(line)));
    }
    const int status = ::pclose(pipe);
    // lsof exits with 1 when it found nothing.
    if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
        return std::nullopt;
    }
    return pids;
}

// Every list is checked against lsof for the same paths: the same set of PIDs.
void expectSameAsLsof(const PidSet& ours, const std::vector<std::string>& paths) {
    const auto theirs = lsofPids(paths);
    if (!theirs) {
        std::cout << "[   NOTE   ] lsof is not available: no comparison for " << paths.front()
                  << "\n";
        return;
    }
    EXPECT_EQ(ours, *theirs) << "the Restart Manager and lsof disagree about " << paths.front()
                             << (paths.size() > 1 ? " and the other files" : "");
}

// Registers the resources in a session of this process and lists who uses them.
rm::Expected<rm::AffectedApplications>
affectedBy(const std::vector<std::string>& files,
           const std::vector<RM_UNIQUE_PROCESS>& processes = {},
           const std::vector<std::string>& services = {}) {
    auto session = rm::Session::start();
    if (!session) {
        return session.error();
    }
    if (auto status = session->registerResources(files, processes, services); !status) {
        return status.error();
    }
    return session->affectedApplications();
}

using rmtest::ScopedEnvironment;

// Ends a C API session when the test leaves.
struct ApiSession {
    DWORD handle = 0xFFFFFFFFU;
    ApiSession() = default;
    ApiSession(const ApiSession&) = delete;
    ApiSession& operator=(const ApiSession&) = delete;
    ~ApiSession() {
        if (handle != 0xFFFFFFFFU) {
            RmEndSession(handle);
        }
    }
};

// Each test gets its own session store and a directory of fixture files that every user may
// read (mode 0755), so that processes of other users can open them too.
class GetListTest : public rmtest::StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        m_dir.emplace("rmgetlist");
        ::chmod(m_dir->path().c_str(), 0755);
    }
    void TearDown() override {
        m_dir.reset();
        StoreTest::TearDown();
    }
    [[nodiscard]] std::string path(const std::string& name) const {
        return canonical(m_dir->path()) + "/" + name;
    }

private:
    std::optional<rmtest::TempDir> m_dir;
};

// ------------------------------------------------------------------------------------------------
// 1. The ways a process uses a file.

using GetListFiles = GetListTest;

TEST_F(GetListFiles, FileHeldOpenByADescriptor) {
    const auto file = makeFile(path("held.txt"));
    auto holder = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(holder, "holding 1"));

    auto affected = affectedBy({file});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{holder.pid()});
    const auto& app = affected->applications.front();
    EXPECT_EQ(app.fileUses, unsigned{rm::UseOpenFile});
    EXPECT_FALSE(app.registeredProcess);
    EXPECT_EQ(app.type, RmUnknownApp);
    EXPECT_EQ(app.status, ULONG{RmStatusRunning});
    EXPECT_EQ(app.rebootReasons, DWORD{RmRebootReasonNone});
    EXPECT_EQ(affected->rebootReasons, DWORD{RmRebootReasonNone});
    EXPECT_EQ(app.executable, holderPath());
    expectSameAsLsof(pidsOf(*affected), {file});
}

TEST_F(GetListFiles, FileMappedIntoMemoryWithoutADescriptor) {
    const auto file = makeFile(path("mapped.bin"), std::string(10000, 'm'));
    auto holder = startHolder({"--mmap", file});
    ASSERT_TRUE(becameReady(holder, "holding 1"));

    auto affected = affectedBy({file});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{holder.pid()});
    EXPECT_EQ(affected->applications.front().fileUses, unsigned{rm::UseMapped});
    EXPECT_EQ(affected->rebootReasons, DWORD{RmRebootReasonNone});
    expectSameAsLsof(pidsOf(*affected), {file});
}

// Each listed application uses its own old file, in the one way given, and only that file.
void expectEachUsesItsOldFile(const rm::AffectedApplications& affected, unsigned use,
                              const std::map<pid_t, std::string>& fileOf) {
    for (const auto& app : affected.applications) {
        const auto pid = static_cast<pid_t>(app.process.dwProcessId);
        EXPECT_EQ(app.fileUses, use) << pid;
        ASSERT_EQ(app.files.size(), 1U) << pid;
        ASSERT_TRUE(fileOf.contains(pid)) << pid;
        EXPECT_EQ(app.files.front(), fileOf.at(pid));
    }
}

// An application still running the old version after an upgrade: the file it mapped was replaced
// (renamed over) or removed, and its maps name the old one "PATH (deleted)". It uses the
// registered file's old version, so it is listed; a deleted file whose path only starts like a
// registered one is not.
TEST_F(GetListFiles, OldVersionOfAReplacedOrRemovedFileStillMapped) {
    const auto replaced = makeFile(path("libold.so"), std::string(10000, 'o'));
    const auto removed = makeFile(path("plugin.so"), std::string(10000, 'p'));
    const auto similar = makeFile(path("libold.so.1"), std::string(10000, 's'));
    auto oldVersion = startHolder({"--mmap", replaced});
    ASSERT_TRUE(becameReady(oldVersion, "holding 1"));
    auto unloaded = startHolder({"--mmap", removed});
    ASSERT_TRUE(becameReady(unloaded, "holding 1"));
    auto other = startHolder({"--mmap", similar});
    ASSERT_TRUE(becameReady(other, "holding 1"));
    // As an installer replaces a file: the new version renamed over the old one.
    makeFile(replaced + ".new", std::string(10000, 'n'));
    ASSERT_EQ(::rename((replaced + ".new").c_str(), replaced.c_str()), 0);
    ASSERT_EQ(::unlink(removed.c_str()), 0);
    ASSERT_EQ(::unlink(similar.c_str()), 0);

    auto affected = affectedBy({replaced, removed, path("libold.so.")});
    ASSERT_TRUE(succeeded(affected));
    EXPECT_EQ(pidsOf(*affected), (PidSet{oldVersion.pid(), unloaded.pid()}));
    expectEachUsesItsOldFile(*affected, rm::UseMapped,
                             {{oldVersion.pid(), replaced}, {unloaded.pid(), removed}});

    // Only the removed file registered, which no longer exists at all: still found.
    auto onlyRemoved = affectedBy({removed});
    ASSERT_TRUE(succeeded(onlyRemoved));
    EXPECT_EQ(pidsOf(*onlyRemoved), PidSet{unloaded.pid()});
}

// The same with an open descriptor: the application opened the file before it was replaced or
// removed, and its /proc/PID/fd link names the old one "PATH (deleted)".
TEST_F(GetListFiles, OldVersionOfAReplacedOrRemovedFileStillOpen) {
    const auto replaced = makeFile(path("settings.db"));
    const auto removed = makeFile(path("cache.idx"));
    const auto similar = makeFile(path("settings.db-journal"));
    auto oldVersion = startHolder({"--file", replaced});
    auto unloaded = startHolder({"--file", removed});
    auto other = startHolder({"--file", similar});
    ASSERT_TRUE(becameReady(oldVersion, "holding 1"));
    ASSERT_TRUE(becameReady(unloaded, "holding 1"));
    ASSERT_TRUE(becameReady(other, "holding 1"));
    makeFile(replaced + ".new", "new version\n");
    ASSERT_EQ(::rename((replaced + ".new").c_str(), replaced.c_str()), 0);
    ASSERT_EQ(::unlink(removed.c_str()), 0);
    ASSERT_EQ(::unlink(similar.c_str()), 0);

    auto affected = affectedBy({replaced, removed, path("settings.db-")});
    ASSERT_TRUE(succeeded(affected));
    EXPECT_EQ(pidsOf(*affected), (PidSet{oldVersion.pid(), unloaded.pid()}));
    expectEachUsesItsOldFile(*affected, rm::UseOpenFile,
                             {{oldVersion.pid(), replaced}, {unloaded.pid(), removed}});
}

TEST_F(GetListFiles, ProgramUsingItsOwnExecutable) {
    const auto program = copyProgram(kSleep, path("own-sleep"));
    auto sleeper = ChildProcess::spawn({kSetsid, program, "60"});
    ASSERT_TRUE(waitForExecutable(sleeper.pid(), program));

    auto affected = affectedBy({program});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{sleeper.pid()});
    const auto& app = affected->applications.front();
    // The kernel maps the executable, so it is both.
    EXPECT_EQ(app.fileUses, unsigned{rm::UseExecutable | rm::UseMapped});
    EXPECT_EQ(app.executable, program);
    EXPECT_EQ(app.appName, "own-sleep");
    expectSameAsLsof(pidsOf(*affected), {program});
}

TEST_F(GetListFiles, DirectoryUsedAsWorkingDirectory) {
    const auto directory = makeDirectory(path("workdir"));
    auto holder = startHolder({"--chdir", directory});
    ASSERT_TRUE(becameReady(holder, "holding 0"));

    auto affected = affectedBy({directory});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{holder.pid()});
    EXPECT_EQ(affected->applications.front().fileUses, unsigned{rm::UseWorkingDirectory});
    expectSameAsLsof(pidsOf(*affected), {directory});
}

TEST_F(GetListFiles, FileNobodyUsesGivesAnEmptyList) {
    const auto file = makeFile(path("unused.txt"));
    const auto missing = path("does-not-exist.txt");
    // A process that uses other files in the same directory must not count.
    const auto other = makeFile(path("other.txt"));
    auto holder = startHolder({"--file", other});
    ASSERT_TRUE(becameReady(holder, "holding 1"));

    auto affected = affectedBy({file, missing});
    ASSERT_TRUE(succeeded(affected));
    EXPECT_TRUE(affected->applications.empty());
    EXPECT_EQ(affected->rebootReasons, DWORD{RmRebootReasonNone});
    expectSameAsLsof(pidsOf(*affected), {file});

    // The C API says the same with a buffer of nothing.
    ApiSession api;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    ASSERT_EQ(RmStartSession(&api.handle, 0, key), DWORD{ERROR_SUCCESS});
    const auto wide = widen(file);
    LPCWSTR names[] = {wide.c_str()};
    ASSERT_EQ(RmRegisterResources(api.handle, 1, names, 0, nullptr, 0, nullptr),
              DWORD{ERROR_SUCCESS});
    UINT needed = 77;
    UINT count = 0;
    DWORD reasons = 0xFFFFU;
    EXPECT_EQ(RmGetList(api.handle, &needed, &count, nullptr, &reasons), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(needed, 0U);
    EXPECT_EQ(count, 0U);
    EXPECT_EQ(reasons, DWORD{RmRebootReasonNone});
}

TEST_F(GetListFiles, ProcessUsingSeveralFilesSeveralWaysAppearsOnce) {
    const auto a = makeFile(path("a.txt"), std::string(5000, 'a'));
    const auto b = makeFile(path("b.txt"));
    const auto directory = makeDirectory(path("cwd"));
    const auto program = rmtest::copyExecutable(holderPath(), makeDirectory(path("bin")));
    auto busy = startHolder(
        {"--file", a, "--file", b, "--file", a, "--mmap", a, "--chdir", directory}, {}, program);
    ASSERT_TRUE(becameReady(busy, "holding 4"));
    // A second process that holds one of the files three times.
    auto other = startHolder({"--file", b, "--file", b, "--mmap", b});
    ASSERT_TRUE(becameReady(other, "holding 3"));
    auto busyProcess = rm::uniqueProcess(busy.pid());
    ASSERT_TRUE(succeeded(busyProcess));

    const std::vector<std::string> files{a, b, directory, program};
    auto affected = affectedBy(files, {*busyProcess});
    ASSERT_TRUE(succeeded(affected));
    EXPECT_TRUE(eachProcessOnceInOrder(*affected));
    ASSERT_EQ(affected->applications.size(), 2U);
    ASSERT_EQ(pidsOf(*affected), (PidSet{busy.pid(), other.pid()}));

    const auto* busyEntry = entryFor(*affected, busy.pid());
    ASSERT_NE(busyEntry, nullptr);
    EXPECT_EQ(busyEntry->fileUses, unsigned{rm::UseOpenFile | rm::UseMapped | rm::UseExecutable |
                                            rm::UseWorkingDirectory});
    EXPECT_TRUE(busyEntry->registeredProcess);
    EXPECT_EQ(busyEntry->processes.size(), 1U);
    const auto* otherEntry = entryFor(*affected, other.pid());
    ASSERT_NE(otherEntry, nullptr);
    EXPECT_EQ(otherEntry->fileUses, unsigned{rm::UseOpenFile | rm::UseMapped});
    EXPECT_FALSE(otherEntry->registeredProcess);
    expectSameAsLsof(pidsOf(*affected), files);
}

TEST_F(GetListFiles, FileRegisteredUnderAnotherName) {
    const auto file = makeFile(path("original.txt"));
    const auto hardLink = path("hard-link.txt");
    const auto symbolicLink = path("symbolic-link.txt");
    ASSERT_EQ(::link(file.c_str(), hardLink.c_str()), 0) << std::strerror(errno);
    ASSERT_EQ(::symlink(file.c_str(), symbolicLink.c_str()), 0) << std::strerror(errno);
    auto holder = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(holder, "holding 1"));

    for (const auto& name : {hardLink, symbolicLink}) {
        SCOPED_TRACE(name);
        auto affected = affectedBy({name});
        ASSERT_TRUE(succeeded(affected));
        EXPECT_EQ(pidsOf(*affected), PidSet{holder.pid()});
        expectSameAsLsof(pidsOf(*affected), {name});
    }
}

// A package's files mostly share a few directories: a directory with many registered files is
// listed instead of each file stated. Holders of a file, of a mapping and of a link's target in
// such a directory are all found, and nobody else.
TEST_F(GetListFiles, ManyFilesOfOneDirectoryAreAllLookedFor) {
    std::vector<std::string> files;
    for (int i = 0; i < 80; ++i) {
        files.push_back(
            makeFile(path("many-" + std::to_string(i) + ".so"), std::string(5000, 'x')));
    }
    const auto linkTarget = makeFile(path("target.txt"));
    const auto link = path("many-link");
    ASSERT_EQ(::symlink(linkTarget.c_str(), link.c_str()), 0) << std::strerror(errno);
    auto descriptor = startHolder({"--file", files[17]});
    auto mapping = startHolder({"--mmap", files[63]});
    auto linked = startHolder({"--file", linkTarget});
    ASSERT_TRUE(becameReady(descriptor, "holding 1"));
    ASSERT_TRUE(becameReady(mapping, "holding 1"));
    ASSERT_TRUE(becameReady(linked, "holding 1"));

    auto registered = files;
    registered.insert(registered.begin() + 40, link);
    auto affected = affectedBy(registered);
    ASSERT_TRUE(succeeded(affected));
    EXPECT_EQ(pidsOf(*affected), (PidSet{descriptor.pid(), mapping.pid(), linked.pid()}));
    expectSameAsLsof(pidsOf(*affected), registered);
}

// ------------------------------------------------------------------------------------------------
// 2. The C API's sizing protocol.

using GetListApi = GetListTest;

TEST_F(GetListApi, SizingProtocolGivesTheCountAndFillsEveryField) {
    const auto file = makeFile(path("shared.txt"));
    std::vector<ChildProcess> holders;
    PidSet holderPids;
    for (int i = 0; i < 3; ++i) {
        holders.push_back(startHolder({"--file", file}));
        ASSERT_TRUE(becameReady(holders.back(), "holding 1"));
        holderPids.insert(holders.back().pid());
    }
    constexpr UINT kCount = 3;

    ApiSession api;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    ASSERT_EQ(RmStartSession(&api.handle, 0, key), DWORD{ERROR_SUCCESS});
    const auto wide = widen(file);
    LPCWSTR names[] = {wide.c_str()};
    ASSERT_EQ(RmRegisterResources(api.handle, 1, names, 0, nullptr, 0, nullptr),
              DWORD{ERROR_SUCCESS});

    // No buffer at all.
    UINT needed = 12345;
    UINT count = 0;
    DWORD reasons = 0xFFFFU;
    EXPECT_EQ(RmGetList(api.handle, &needed, &count, nullptr, &reasons), DWORD{ERROR_MORE_DATA});
    EXPECT_EQ(needed, kCount);
    EXPECT_EQ(count, 0U);
    EXPECT_EQ(reasons, DWORD{RmRebootReasonNone});

    // One entry short: nothing is written.
    std::vector<RM_PROCESS_INFO> infos(kCount + 1);
    std::memset(static_cast<void*>(infos.data()), 0xA5, infos.size() * sizeof(RM_PROCESS_INFO));
    const std::vector<RM_PROCESS_INFO> canary = infos;
    needed = 0;
    count = kCount - 1;
    EXPECT_EQ(RmGetList(api.handle, &needed, &count, infos.data(), &reasons),
              DWORD{ERROR_MORE_DATA});
    EXPECT_EQ(needed, kCount);
    EXPECT_EQ(count, 0U);
    EXPECT_EQ(std::memcmp(infos.data(), canary.data(), infos.size() * sizeof(RM_PROCESS_INFO)), 0)
        << "RmGetList wrote into a buffer that was too small";

    // Exactly big enough: filled, and not one byte beyond.
    count = kCount;
    ASSERT_EQ(RmGetList(api.handle, &needed, &count, infos.data(), &reasons), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(needed, kCount);
    ASSERT_EQ(count, kCount);
    EXPECT_EQ(reasons, DWORD{RmRebootReasonNone});
    EXPECT_EQ(std::memcmp(&infos[kCount], &canary[kCount], sizeof(RM_PROCESS_INFO)), 0)
        << "RmGetList wrote past the entries it reported";

    PidSet listed;
    for (UINT i = 0; i < count; ++i) {
        const RM_PROCESS_INFO& info = infos[i];
        const auto pid = static_cast<pid_t>(info.Process.dwProcessId);
        SCOPED_TRACE("entry " + std::to_string(i) + ", PID " + std::to_string(pid));
        listed.insert(pid);
        if (i > 0) {
            EXPECT_LT(infos[i - 1].Process.dwProcessId, info.Process.dwProcessId)
                << "entries are ordered by PID";
        }
        RM_UNIQUE_PROCESS unique{};
        ASSERT_EQ(RmLinuxGetUniqueProcess(pid, &unique), DWORD{ERROR_SUCCESS});
        EXPECT_EQ(info.Process.ProcessStartTime.dwLowDateTime,
                  unique.ProcessStartTime.dwLowDateTime);
        EXPECT_EQ(info.Process.ProcessStartTime.dwHighDateTime,
                  unique.ProcessStartTime.dwHighDateTime);
        const auto nameLength = ::wcsnlen(info.strAppName, CCH_RM_MAX_APP_NAME + 1);
        EXPECT_GT(nameLength, 0U);
        ASSERT_LE(nameLength, std::size_t{CCH_RM_MAX_APP_NAME}) << "strAppName is not terminated";
        EXPECT_EQ(std::wstring{info.strAppName}, widen(commOf(pid)));
        EXPECT_EQ(info.strServiceShortName[0], L'\0');
        EXPECT_EQ(info.ApplicationType, RmUnknownApp);
        EXPECT_EQ(info.AppStatus, ULONG{RmStatusRunning});
        EXPECT_EQ(info.TSSessionId, loginSessionOf(pid));
        EXPECT_EQ(info.bRestartable, FALSE);
    }
    EXPECT_EQ(listed, holderPids);
    expectSameAsLsof(listed, {file});

    // More room than needed: the count says how much was used.
    std::vector<RM_PROCESS_INFO> large(kCount + 5);
    count = static_cast<UINT>(large.size());
    EXPECT_EQ(RmGetList(api.handle, &needed, &count, large.data(), &reasons), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(count, kCount);
    EXPECT_EQ(needed, kCount);
}

TEST_F(GetListApi, NullArgumentsAreBadArguments) {
    const auto file = makeFile(path("file.txt"));
    auto holder = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(holder, "holding 1"));
    ApiSession api;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    ASSERT_EQ(RmStartSession(&api.handle, 0, key), DWORD{ERROR_SUCCESS});
    const auto wide = widen(file);
    LPCWSTR names[] = {wide.c_str()};
    ASSERT_EQ(RmRegisterResources(api.handle, 1, names, 0, nullptr, 0, nullptr),
              DWORD{ERROR_SUCCESS});

    RM_PROCESS_INFO infos[2] = {};
    UINT needed = 0;
    UINT count = 2;
    DWORD reasons = 0;
    EXPECT_EQ(RmGetList(api.handle, nullptr, &count, infos, &reasons), DWORD{ERROR_BAD_ARGUMENTS});
    EXPECT_EQ(RmGetList(api.handle, &needed, nullptr, infos, &reasons), DWORD{ERROR_BAD_ARGUMENTS});
    EXPECT_EQ(RmGetList(api.handle, &needed, &count, infos, nullptr), DWORD{ERROR_BAD_ARGUMENTS});
    EXPECT_EQ(RmGetList(api.handle, &needed, &count, nullptr, &reasons), DWORD{ERROR_BAD_ARGUMENTS})
        << "a count above 0 with no buffer";
    EXPECT_EQ(count, 2U) << "a refused call changes nothing";
    // The same handle still works.
    EXPECT_EQ(RmGetList(api.handle, &needed, &count, infos, &reasons), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(count, 1U);
    EXPECT_EQ(infos[0].Process.dwProcessId, static_cast<DWORD>(holder.pid()));
}

// The sizing protocol's second call reuses the first call's scan (core/session_engine.h), but
// only while that list still holds. Each test lists holders through a zero buffer, changes
// something, and then makes the second call.
class GetListSizing : public GetListTest {
protected:
    void SetUp() override {
        GetListTest::SetUp();
        m_reuse = rm::engine::sizingReuseTime();
        rm::engine::setSizingReuseTime(2s);
    }
    void TearDown() override {
        rm::engine::setSizingReuseTime(m_reuse);
        GetListTest::TearDown();
    }

    // Starts a session with `files` registered.
    void startSession(ApiSession& api, const std::vector<std::string>& files) {
        WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
        ASSERT_EQ(RmStartSession(&api.handle, 0, key), DWORD{ERROR_SUCCESS});
        registerFiles(api, files);
    }
    static void registerFiles(ApiSession& api, const std::vector<std::string>& files) {
        std::vector<std::wstring> wide;
        for (const auto& file : files) {
            wide.push_back(widen(file));
        }
        std::vector<LPCWSTR> names;
        for (const auto& name : wide) {
            names.push_back(name.c_str());
        }
        ASSERT_EQ(RmRegisterResources(api.handle, static_cast<UINT>(names.size()), names.data(), 0,
                                      nullptr, 0, nullptr),
                  DWORD{ERROR_SUCCESS});
    }
    // The first call of the protocol: no buffer; returns the count needed.
    static UINT sizingCall(const ApiSession& api) {
        UINT needed = 0;
        UINT count = 0;
        DWORD reasons = 0;
        EXPECT_EQ(RmGetList(api.handle, &needed, &count, nullptr, &reasons),
                  DWORD{ERROR_MORE_DATA});
        return needed;
    }
    // The second call, with room for `room` entries: the PIDs listed.
    static PidSet listCall(const ApiSession& api, UINT room) {
        std::vector<RM_PROCESS_INFO> infos(room);
        UINT needed = 0;
        UINT count = room;
        DWORD reasons = 0;
        const DWORD rc = RmGetList(api.handle, &needed, &count, infos.data(), &reasons);
        EXPECT_EQ(rc, DWORD{ERROR_SUCCESS});
        PidSet pids;
        for (UINT i = 0; rc == ERROR_SUCCESS && i < count; ++i) {
            pids.insert(static_cast<pid_t>(infos[i].Process.dwProcessId));
        }
        return pids;
    }

private:
    std::chrono::milliseconds m_reuse{};
};

TEST_F(GetListSizing, SecondCallReturnsTheSameList) {
    const auto file = makeFile(path("shared.txt"));
    std::vector<ChildProcess> holders;
    PidSet expected;
    for (int i = 0; i < 3; ++i) {
        holders.push_back(startHolder({"--file", file}));
        ASSERT_TRUE(becameReady(holders.back(), "holding 1"));
        expected.insert(holders.back().pid());
    }
    ApiSession api;
    ASSERT_NO_FATAL_FAILURE(startSession(api, {file}));
    ASSERT_EQ(sizingCall(api), 3U);
    EXPECT_EQ(listCall(api, 3), expected);
    // And a call after that scans again, with the same answer.
    EXPECT_EQ(listCall(api, 8), expected);
}

TEST_F(GetListSizing, ProcessThatExitedBetweenTheCallsIsNotListed) {
    const auto file = makeFile(path("shared.txt"));
    auto staying = startHolder({"--file", file});
    auto leaving = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(staying, "holding 1"));
    ASSERT_TRUE(becameReady(leaving, "holding 1"));
    ApiSession api;
    ASSERT_NO_FATAL_FAILURE(startSession(api, {file}));
    ASSERT_EQ(sizingCall(api), 2U);
    leaving.kill(SIGKILL);
    leaving.wait();
    EXPECT_EQ(listCall(api, 2), PidSet{staying.pid()});
}

TEST_F(GetListSizing, FileRegisteredBetweenTheCallsIsScannedFor) {
    const auto first = makeFile(path("first.txt"));
    const auto second = makeFile(path("second.txt"));
    auto firstHolder = startHolder({"--file", first});
    auto secondHolder = startHolder({"--file", second});
    ASSERT_TRUE(becameReady(firstHolder, "holding 1"));
    ASSERT_TRUE(becameReady(secondHolder, "holding 1"));
    ApiSession api;
    ASSERT_NO_FATAL_FAILURE(startSession(api, {first}));
    ASSERT_EQ(sizingCall(api), 1U);
    ASSERT_NO_FATAL_FAILURE(registerFiles(api, {second}));
    EXPECT_EQ(listCall(api, 4), (PidSet{firstHolder.pid(), secondHolder.pid()}));
}

// RmGetList keeps the registered files it read from the store while the store is unchanged. Files
// that other installers register in the meantime, through their own connections to the store
// (another handle of this process; another process), are scanned for at the next call.
TEST_F(GetListSizing, FilesOtherInstallersRegisteredSinceTheLastCallAreScannedFor) {
    const auto directory = makeDirectory(path("more"));
    std::vector<std::string> files;
    std::vector<ChildProcess> holders;
    for (int i = 0; i < 3; ++i) {
        files.push_back(makeFile(directory + "/file-" + std::to_string(i)));
        holders.push_back(startHolder({"--file", files.back()}));
        ASSERT_TRUE(becameReady(holders.back(), "holding 1"));
    }
    ApiSession primary;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    ASSERT_EQ(RmStartSession(&primary.handle, 0, key), DWORD{ERROR_SUCCESS});
    ASSERT_NO_FATAL_FAILURE(registerFiles(primary, {files[0]}));
    EXPECT_EQ(listCall(primary, 8), PidSet{holders[0].pid()});
    EXPECT_EQ(listCall(primary, 8), PidSet{holders[0].pid()});

    // A second handle of this process joins and registers the second file.
    ApiSession joined;
    ASSERT_EQ(RmJoinSession(&joined.handle, key), DWORD{ERROR_SUCCESS});
    ASSERT_NO_FATAL_FAILURE(registerFiles(joined, {files[1]}));
    EXPECT_EQ(listCall(primary, 8), (PidSet{holders[0].pid(), holders[1].pid()}));

    // Another process joins and registers all three (the first two again: ignored).
    const auto program = canonical(rmtest::copyExecutable(rmtest::helperPath("rm_test_secondary"),
                                                          makeDirectory(path("bin"))));
    auto secondary = ChildProcess::spawn({program});
    const std::wstring wideKey{key};
    ASSERT_TRUE(secondary.writeLine(std::string(wideKey.begin(), wideKey.end())));
    ASSERT_TRUE(secondary.writeLine("join"));
    ASSERT_EQ(secondary.readLine(kReadyTimeout), "join 0");
    ASSERT_TRUE(secondary.writeLine("register " + directory + " 3"));
    ASSERT_EQ(secondary.readLine(kReadyTimeout), "register 0");
    EXPECT_EQ(listCall(primary, 8), (PidSet{holders[0].pid(), holders[1].pid(), holders[2].pid()}));
    ASSERT_TRUE(secondary.writeLine("end"));
    ASSERT_EQ(secondary.readLine(kReadyTimeout), "end 0");
    secondary.closeStdin();
    EXPECT_EQ(secondary.wait(), 0);
}

TEST_F(GetListSizing, FilterAddedBetweenTheCallsIsApplied) {
    const auto file = makeFile(path("shared.txt"));
    auto holder = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(holder, "holding 1"));
    ApiSession api;
    ASSERT_NO_FATAL_FAILURE(startSession(api, {file}));
    ASSERT_EQ(sizingCall(api), 1U);
    RM_UNIQUE_PROCESS unique{};
    ASSERT_EQ(RmLinuxGetUniqueProcess(holder.pid(), &unique), DWORD{ERROR_SUCCESS});
    ASSERT_EQ(RmAddFilter(api.handle, nullptr, &unique, nullptr, RmNoShutdown),
              DWORD{ERROR_SUCCESS});
    RM_PROCESS_INFO info{};
    UINT needed = 0;
    UINT count = 1;
    DWORD reasons = 0;
    ASSERT_EQ(RmGetList(api.handle, &needed, &count, &info, &reasons), DWORD{ERROR_SUCCESS});
    ASSERT_EQ(count, 1U);
    EXPECT_NE(info.AppStatus & RmStatusShutdownMasked, 0U) << "the new filter was not applied";
}

TEST_F(GetListSizing, AfterTheTimeLimitTheSecondCallScansAgain) {
    rm::engine::setSizingReuseTime(200ms);
    const auto file = makeFile(path("shared.txt"));
    auto early = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(early, "holding 1"));
    ApiSession api;
    ASSERT_NO_FATAL_FAILURE(startSession(api, {file}));
    ASSERT_EQ(sizingCall(api), 1U);
    // A newcomer after the first call is only seen by a scan: it shows that one was made.
    auto late = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(late, "holding 1"));
    std::this_thread::sleep_for(300ms);
    EXPECT_EQ(listCall(api, 4), (PidSet{early.pid(), late.pid()}));
}

TEST_F(GetListSizing, WithinTheTimeLimitTheSecondCallReusesTheScan) {
    // The counterpart of the test above: the newcomer is not seen, because no scan was made.
    const auto file = makeFile(path("shared.txt"));
    auto early = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(early, "holding 1"));
    ApiSession api;
    ASSERT_NO_FATAL_FAILURE(startSession(api, {file}));
    ASSERT_EQ(sizingCall(api), 1U);
    auto late = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(late, "holding 1"));
    EXPECT_EQ(listCall(api, 4), PidSet{early.pid()});
    // Only the very next call: the one after scans.
    EXPECT_EQ(listCall(api, 4), (PidSet{early.pid(), late.pid()}));
}

TEST_F(GetListSizing, ABufferBigEnoughKeepsNothing) {
    const auto file = makeFile(path("shared.txt"));
    auto early = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(early, "holding 1"));
    ApiSession api;
    ASSERT_NO_FATAL_FAILURE(startSession(api, {file}));
    EXPECT_EQ(listCall(api, 4), PidSet{early.pid()});
    auto late = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(late, "holding 1"));
    EXPECT_EQ(listCall(api, 4), (PidSet{early.pid(), late.pid()}));
}

// ------------------------------------------------------------------------------------------------
// 3. Processes registered by RM_UNIQUE_PROCESS.

using GetListProcesses = GetListTest;

TEST_F(GetListProcesses, RegisteredProcessIsListedAndAnExitedOneIsNot) {
    auto holder = startHolder({});
    ASSERT_TRUE(becameReady(holder, "holding 0"));
    auto running = rm::uniqueProcess(holder.pid());
    ASSERT_TRUE(succeeded(running));

    auto gone = ChildProcess::spawn({kSleep, "60"});
    auto goneProcess = rm::uniqueProcess(gone.pid());
    ASSERT_TRUE(succeeded(goneProcess));
    gone.kill(SIGKILL);
    ASSERT_EQ(gone.wait(), 128 + SIGKILL);

    auto affected = affectedBy({}, {*running, *goneProcess});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{holder.pid()});
    const auto& app = affected->applications.front();
    EXPECT_TRUE(app.registeredProcess);
    EXPECT_EQ(app.fileUses, 0U);
    EXPECT_EQ(app.process.ProcessStartTime.dwLowDateTime, running->ProcessStartTime.dwLowDateTime);
    EXPECT_EQ(app.process.ProcessStartTime.dwHighDateTime,
              running->ProcessStartTime.dwHighDateTime);
    EXPECT_EQ(app.type, RmUnknownApp);
    EXPECT_EQ(app.rebootReasons, DWORD{RmRebootReasonNone});
}

TEST_F(GetListProcesses, ProcessWhosePidWasReusedIsNotListed) {
    constexpr const char* kLastPid = "/proc/sys/kernel/ns_last_pid";
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "forcing a PID to be reused means writing " << kLastPid
                     << ", which needs root";
    }
    if (::access(kLastPid, W_OK) != 0) {
        GTEST_SKIP() << kLastPid << " is not writable here: " << std::strerror(errno);
    }
    auto session = rm::Session::start();
    ASSERT_TRUE(succeeded(session));

    std::optional<ChildProcess> reuser;
    RM_UNIQUE_PROCESS first{};
    int attempts = 0;
    for (; attempts < 20 && !reuser; ++attempts) {
        auto a = ChildProcess::spawn({kSleep, "60"});
        auto unique = rm::uniqueProcess(a.pid());
        ASSERT_TRUE(succeeded(unique));
        first = *unique;
        ASSERT_TRUE(succeeded(session->registerResources({}, std::vector{first})));
        if (attempts == 0) {
            auto before = session->affectedApplications();
            ASSERT_TRUE(succeeded(before));
            ASSERT_EQ(pidsOf(*before), PidSet{a.pid()}) << "the registered process runs";
            EXPECT_TRUE(before->applications.front().registeredProcess);
        }
        // Start times count clock ticks (10 ms): the newcomer must start in a later tick.
        std::this_thread::sleep_for(30ms);
        a.kill(SIGKILL);
        ASSERT_EQ(a.wait(), 128 + SIGKILL);
        {
            std::ofstream lastPid{kLastPid};
            lastPid << (a.pid() - 1);
            lastPid.flush();
            if (!lastPid) {
                GTEST_SKIP() << "cannot write " << kLastPid;
            }
        }
        auto b = ChildProcess::spawn({kSleep, "60"});
        if (b.pid() == a.pid()) {
            reuser.emplace(std::move(b));
        }
        // Otherwise another process took the PID first: try again.
    }
    if (!reuser) {
        GTEST_SKIP() << "no new process got the old PID back in " << attempts
                     << " attempts (a busy system takes PIDs in between)";
    }
    const pid_t pid = reuser->pid();
    auto second = rm::uniqueProcess(pid);
    ASSERT_TRUE(succeeded(second));
    ASSERT_NE(rm::fileTimeToUint64(second->ProcessStartTime),
              rm::fileTimeToUint64(first.ProcessStartTime))
        << "the new process started in the same clock tick";
    EXPECT_EQ(RmLinuxIsSameProcessRunning(&first), FALSE);
    EXPECT_EQ(RmLinuxIsSameProcessRunning(&*second), TRUE);

    auto affected = session->affectedApplications();
    ASSERT_TRUE(succeeded(affected));
    EXPECT_EQ(pidsOf(*affected), PidSet{}) << "PID " << pid << " now belongs to another process";

    // Registered in its own right, the newcomer is listed, once.
    ASSERT_TRUE(succeeded(session->registerResources({}, std::vector{*second})));
    affected = session->affectedApplications();
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{pid});
    EXPECT_EQ(affected->applications.size(), 1U);
    EXPECT_EQ(rm::fileTimeToUint64(affected->applications.front().process.ProcessStartTime),
              rm::fileTimeToUint64(second->ProcessStartTime));
}

// ------------------------------------------------------------------------------------------------
// 4. Processes of other users.

using GetListUsers = GetListTest;

TEST_F(GetListUsers, RootSeesAnotherUsersProcessAndMaySignalIt) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "starting a process as another user (setpriv) needs root";
    }
    const auto nobody = uidOf("nobody");
    if (!nobody) {
        GTEST_SKIP() << "there is no user 'nobody' on this system";
    }
    const auto program = rmtest::copyExecutable(holderPath(), makeDirectory(path("bin")));
    const auto file = makeFile(path("shared.txt"));
    SpawnOptions asNobody;
    asNobody.asUser = "nobody";
    auto holder = startHolder({"--file", file}, asNobody, program);
    ASSERT_TRUE(becameReady(holder, "holding 1"));

    auto affected = affectedBy({file});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{holder.pid()});
    const auto& app = affected->applications.front();
    EXPECT_EQ(app.user, "nobody");
    EXPECT_EQ(app.uid, *nobody);
    EXPECT_EQ(app.fileUses, unsigned{rm::UseOpenFile});
    EXPECT_EQ(app.rebootReasons, DWORD{RmRebootReasonNone}) << "root may signal every process";
    EXPECT_EQ(affected->rebootReasons, DWORD{RmRebootReasonNone});
    expectSameAsLsof(pidsOf(*affected), {file});
}

struct JsonApplication {
    pid_t pid = 0;
    std::string user;
    std::string uses;
    std::string reasons;
};

// The value of "key" in one line of rmctl's JSON (a string or a bare number).
std::string jsonValue(const std::string& line, const std::string& key) {
    const std::string marker = "\"" + key + "\": ";
    const auto at = line.find(marker);
    if (at == std::string::npos) {
        return {};
    }
    auto pos = at + marker.size();
    std::string value;
    if (pos < line.size() && line[pos] == '"') {
        for (++pos; pos < line.size() && line[pos] != '"'; ++pos) {
            if (line[pos] == '\\' && pos + 1 < line.size()) {
                ++pos;
            }
            value.push_back(line[pos]);
        }
        return value;
    }
    for (; pos < line.size() && line[pos] != ',' && line[pos] != '}'; ++pos) {
        value.push_back(line[pos]);
    }
    return value;
}

TEST_F(GetListUsers, UnprivilegedCallerSeesARootLockHolderAsPermissionDenied) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "this test starts rmctl as 'nobody' through setpriv, which needs root";
    }
    const auto nobody = uidOf("nobody");
    if (!nobody) {
        GTEST_SKIP() << "there is no user 'nobody' on this system";
    }
    if (!isExecutable(kPython)) {
        GTEST_SKIP() << kPython << " is not installed: it takes the flock for this test";
    }
    const auto built =
        std::filesystem::path{rmtest::helperPath("rm_test_secondary")}.parent_path().parent_path() /
        "app" / "rmctl";
    if (!isExecutable(built.string())) {
        GTEST_SKIP() << "rmctl is not built at " << built.string();
    }
    const auto rmctl = rmtest::copyExecutable(built.string(), makeDirectory(path("bin")));
    const auto file = makeFile(path("locked.txt"));

    // A root process that holds the file open and a shared flock on it.
    auto locker = ChildProcess::spawn({kSetsid, kPython, "-c",
                                       "import fcntl, sys\n"
                                       "f = open(sys.argv[1])\n"
                                       "fcntl.flock(f, fcntl.LOCK_SH)\n"
                                       "print('locked', flush=True)\n"
                                       "sys.stdin.read()\n",
                                       file});
    ASSERT_TRUE(becameReady(locker, "locked"));

    const auto store = makeDirectory(path("nobody-store"), 0700);
    ASSERT_EQ(::chown(store.c_str(), *nobody, static_cast<gid_t>(-1)), 0) << std::strerror(errno);
    SpawnOptions asNobody;
    asNobody.asUser = "nobody";
    asNobody.environment = {{"RESTARTMANAGER_STORE_DIR", store + "/store"}};
    auto list = ChildProcess::spawn({rmctl, "list", "--json", file}, asNobody);
    list.closeStdin();
    std::vector<std::string> lines;
    while (auto line = list.readLine(30s)) {
        lines.push_back(*line);
    }
    ASSERT_EQ(list.wait(), 0) << "rmctl list failed";
    ASSERT_FALSE(lines.empty());
    std::string output;
    for (const auto& line : lines) {
        output += line + "\n";
    }
    SCOPED_TRACE("rmctl said:\n" + output);

    EXPECT_EQ(jsonValue(lines.front(), "reboot_reasons"), "permission-denied");
    std::vector<JsonApplication> apps;
    for (const auto& line : lines) {
        if (line.find("\"pid\": ") == std::string::npos) {
            continue;
        }
        apps.push_back(JsonApplication{static_cast<pid_t>(std::stol(jsonValue(line, "pid"))),
                                       jsonValue(line, "user"), jsonValue(line, "uses"),
                                       jsonValue(line, "reboot_reasons")});
    }
    ASSERT_EQ(apps.size(), 1U);
    EXPECT_EQ(apps.front().pid, locker.pid());
    EXPECT_EQ(apps.front().user, "root");
    EXPECT_EQ(apps.front().uses, "lock") << "only /proc/locks shows a root process to nobody";
    EXPECT_EQ(apps.front().reasons, "permission-denied");

    // lsof as root sees the same process through its descriptor ...
    expectSameAsLsof(PidSet{apps.front().pid}, {file});
    // ... while lsof as nobody cannot read root's descriptors at all: the Restart Manager sees at
    // least what lsof sees.
    if (const auto asNobodyLsof = lsofPids(
            {file}, "/usr/bin/setpriv --reuid=nobody --regid=nogroup --clear-groups -- ")) {
        const PidSet ours{apps.front().pid};
        EXPECT_TRUE(
            std::includes(ours.begin(), ours.end(), asNobodyLsof->begin(), asNobodyLsof->end()))
            << "lsof as nobody found processes that rmctl as nobody did not";
        std::cout << "[   NOTE   ] lsof run as nobody reports " << asNobodyLsof->size()
                  << " process(es) for the root-held file; rmctl as nobody reports 1\n";
    }
}

// ------------------------------------------------------------------------------------------------
// 5. The installers themselves.

using GetListSelf = GetListTest;

TEST_F(GetListSelf, CallingProcessHoldingTheFileIsDetectedSelf) {
    const auto file = makeFile(path("own.txt"));
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    ASSERT_GE(fd, 0) << std::strerror(errno);
    struct Close {
        int fd;
        ~Close() { ::close(fd); }
    } closeLater{fd};

    auto affected = affectedBy({file});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{::getpid()});
    const auto& app = affected->applications.front();
    EXPECT_EQ(app.fileUses, unsigned{rm::UseOpenFile});
    EXPECT_EQ(app.rebootReasons, DWORD{RmRebootReasonDetectedSelf});
    EXPECT_EQ(affected->rebootReasons, DWORD{RmRebootReasonDetectedSelf});
    expectSameAsLsof(pidsOf(*affected), {file});
}

TEST_F(GetListSelf, SecondaryInstallerUsingTheFileIsDetectedSelfWhileItIsAMember) {
    // A copy of its own: tests running in parallel run the built secondary too.
    const auto program = canonical(rmtest::copyExecutable(rmtest::helperPath("rm_test_secondary"),
                                                          makeDirectory(path("bin"))));
    auto session = rm::Session::start();
    ASSERT_TRUE(succeeded(session));
    auto secondary = ChildProcess::spawn({program});
    ASSERT_TRUE(secondary.writeLine(session->key()));
    ASSERT_TRUE(secondary.writeLine("join"));
    ASSERT_EQ(secondary.readLine(kReadyTimeout), "join 0");

    // The secondary opens no file, but it runs its executable.
    ASSERT_TRUE(succeeded(session->registerFiles(std::vector{program})));
    auto affected = session->affectedApplications();
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{secondary.pid()});
    const auto& app = affected->applications.front();
    EXPECT_EQ(app.fileUses, unsigned{rm::UseExecutable | rm::UseMapped});
    EXPECT_EQ(app.rebootReasons, DWORD{RmRebootReasonDetectedSelf});
    EXPECT_EQ(affected->rebootReasons, DWORD{RmRebootReasonDetectedSelf});
    expectSameAsLsof(pidsOf(*affected), {program});

    // Once it has left the session it is an ordinary process.
    ASSERT_TRUE(secondary.writeLine("end"));
    ASSERT_EQ(secondary.readLine(kReadyTimeout), "end 0");
    affected = session->affectedApplications();
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{secondary.pid()});
    EXPECT_EQ(affected->applications.front().rebootReasons, DWORD{RmRebootReasonNone});
    secondary.closeStdin();
    EXPECT_EQ(secondary.wait(), 0);
}

// ------------------------------------------------------------------------------------------------
// 6. PID 1.

using GetListCritical = GetListTest;

TEST_F(GetListCritical, PidOneFoundThroughItsExecutableIsCritical) {
    std::error_code error;
    auto executable = std::filesystem::read_symlink("/proc/1/exe", error).string();
    if (error) {
        GTEST_SKIP() << "cannot read /proc/1/exe (" << error.message()
                     << "): PID 1 cannot be inspected in this environment, not even by root; "
                        "PidOneRegisteredAsAProcessIsCritical covers PID 1";
    }
    if (executable.ends_with(" (deleted)")) {
        GTEST_SKIP() << "PID 1 runs a deleted executable (" << executable << ")";
    }
    auto affected = affectedBy({executable});
    ASSERT_TRUE(succeeded(affected));
    const auto* init = entryFor(*affected, 1);
    ASSERT_NE(init, nullptr) << executable << " is PID 1's executable";
    EXPECT_EQ(init->type, RmCritical);
    EXPECT_NE(init->rebootReasons & RmRebootReasonCriticalProcess, 0U);
    EXPECT_NE(init->fileUses & rm::UseExecutable, 0U);
    EXPECT_NE(affected->rebootReasons & RmRebootReasonCriticalProcess, 0U);
    EXPECT_TRUE(eachProcessOnceInOrder(*affected));
    expectSameAsLsof(pidsOf(*affected), {executable});
}

TEST_F(GetListCritical, PidOneRegisteredAsAProcessIsCritical) {
    auto init = rm::uniqueProcess(1);
    ASSERT_TRUE(succeeded(init));
    auto affected = affectedBy({}, {*init});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{1});
    const auto& app = affected->applications.front();
    EXPECT_EQ(app.type, RmCritical);
    EXPECT_TRUE(app.registeredProcess);
    EXPECT_FALSE(app.restartable);
    // Only root may signal PID 1.
    const DWORD expected = RmRebootReasonCriticalProcess |
                           (rmtest::runningAsRoot() ? 0U : DWORD{RmRebootReasonPermissionDenied});
    EXPECT_EQ(app.rebootReasons, expected);
    EXPECT_EQ(affected->rebootReasons, expected);
}

// ------------------------------------------------------------------------------------------------
// 7. Another PID namespace.

using GetListNamespaces = GetListTest;

TEST_F(GetListNamespaces, ProcessInAnotherPidNamespaceIsSessionMismatch) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "unshare --pid needs root";
    }
    if (!isExecutable(kUnshare)) {
        GTEST_SKIP() << kUnshare << " is not installed";
    }
    const auto file = makeFile(path("namespaced.txt"));
    auto unshare = ChildProcess::spawn({kUnshare, "--pid", "--fork", "--kill-child", kShell, "-c",
                                        "exec 3<\"$0\"; echo ready; exec cat >/dev/null", file});
    if (!unshare.readLine(kReadyTimeout)) {
        GTEST_SKIP() << "unshare --pid --fork did not start a process (exit status "
                     << unshare.wait(1s) << "): PID namespaces are not available here";
    }

    auto affected = affectedBy({file});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(affected->applications.size(), 1U);
    const auto& app = affected->applications.front();
    const auto pid = static_cast<pid_t>(app.process.dwProcessId);
    EXPECT_EQ(parentOf(pid), unshare.pid()) << "the holder is unshare's child";
    const auto status = procText(pid, "status");
    EXPECT_NE(status.find("NSpid:\t" + std::to_string(pid) + "\t1\n"), std::string::npos)
        << "it is PID 1 of its own namespace";
    EXPECT_EQ(app.rebootReasons, DWORD{RmRebootReasonSessionMismatch});
    EXPECT_EQ(affected->rebootReasons, DWORD{RmRebootReasonSessionMismatch});
    expectSameAsLsof(pidsOf(*affected), {file});
}

// ------------------------------------------------------------------------------------------------
// 8. Application types.

using GetListTypes = GetListTest;

TEST_F(GetListTypes, ProcessWithATerminalIsConsole) {
    if (!isExecutable(kScript)) {
        GTEST_SKIP() << kScript << " (util-linux) is not installed: it provides the terminal";
    }
    const auto file = makeFile(path("console.txt"));
    auto script = ChildProcess::spawn({kScript, "-q", "-c",
                                       "exec 3<" + shellQuote(file) + "; echo ready; exec sleep 60",
                                       "/dev/null"});
    ASSERT_TRUE(becameReady(script, "ready"));

    auto affected = affectedBy({file});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(affected->applications.size(), 1U);
    const auto& app = affected->applications.front();
    const auto pid = static_cast<pid_t>(app.process.dwProcessId);
    EXPECT_EQ(parentOf(pid), script.pid()) << "the shell that script started on its terminal";
    const auto fields = statFields(pid);
    ASSERT_GT(fields.size(), 4U);
    EXPECT_NE(fields[4], "0") << "it has a controlling terminal";
    EXPECT_EQ(app.type, RmConsole);
    EXPECT_EQ(app.rebootReasons, DWORD{RmRebootReasonNone});
    expectSameAsLsof(pidsOf(*affected), {file});
}

TEST_F(GetListTypes, ProcessMappingAToolkitIsMainWindowAndItsForkOtherWindow) {
    if (!isExecutable(kPython)) {
        GTEST_SKIP() << kPython << " is not installed: it loads Tk's library for this test";
    }
    const auto file = makeFile(path("window.txt"));
    auto parent = ChildProcess::spawn({kSetsid, kPython, "-c",
                                       "import ctypes, os, sys\n"
                                       "try:\n"
                                       "    ctypes.CDLL('libtk8.6.so')\n"
                                       "except OSError as e:\n"
                                       "    print('no-libtk', e, flush=True)\n"
                                       "    sys.exit(0)\n"
                                       "f = open(sys.argv[1])\n"
                                       "child = os.fork()\n"
                                       "if child == 0:\n"
                                       "    sys.stdin.read()\n"
                                       "    os._exit(0)\n"
                                       "print('ready', child, flush=True)\n"
                                       "sys.stdin.read()\n",
                                       file});
    std::string line;
    ASSERT_TRUE(becameReady(parent, "", &line));
    if (line.starts_with("no-libtk")) {
        GTEST_SKIP() << "Tk's library is not installed (scripts/install-deps.sh): " << line;
    }
    ASSERT_TRUE(line.starts_with("ready ")) << line;
    const auto child = static_cast<pid_t>(std::stol(line.substr(6)));

    auto affected = affectedBy({file});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), (PidSet{parent.pid(), child}));
    const auto* main = entryFor(*affected, parent.pid());
    const auto* helper = entryFor(*affected, child);
    ASSERT_NE(main, nullptr);
    ASSERT_NE(helper, nullptr);
    EXPECT_EQ(main->type, RmMainWindow);
    EXPECT_TRUE(main->graphical);
    EXPECT_EQ(helper->type, RmOtherWindow) << "a helper of a graphical parent, same program";
    EXPECT_EQ(main->rebootReasons, DWORD{RmRebootReasonNone});
    EXPECT_EQ(helper->rebootReasons, DWORD{RmRebootReasonNone});
    expectSameAsLsof(pidsOf(*affected), {file});
    parent.closeStdin();
}

// libxcb and libX11 are mapped by many programs that show nothing (every program that links a
// library able to talk to a display): without a toolkit, only a window makes a process a window
// application, and this one has no display to show one on.
TEST_F(GetListTypes, ProcessMappingOnlyX11ClientLibrariesIsNoWindowApplication) {
    if (!isExecutable(kPython)) {
        GTEST_SKIP() << kPython << " is not installed: it loads libxcb and libX11 for this test";
    }
    const auto file = makeFile(path("x11-client.txt"));
    SpawnOptions options;
    options.unset = {"DISPLAY", "WAYLAND_DISPLAY"};
    auto program = ChildProcess::spawn({kSetsid, kPython, "-c",
                                        "import ctypes, sys\n"
                                        "try:\n"
                                        "    ctypes.CDLL('libxcb.so.1')\n"
                                        "    ctypes.CDLL('libX11.so.6')\n"
                                        "except OSError as e:\n"
                                        "    print('no-libxcb', e, flush=True)\n"
                                        "    sys.exit(0)\n"
                                        "f = open(sys.argv[1])\n"
                                        "print('ready', flush=True)\n"
                                        "sys.stdin.read()\n",
                                        file},
                                       options);
    std::string line;
    ASSERT_TRUE(becameReady(program, "", &line));
    if (line.starts_with("no-libxcb")) {
        GTEST_SKIP() << "libxcb or libX11 is not installed: " << line;
    }
    ASSERT_EQ(line, "ready");
    ASSERT_NE(procText(program.pid(), "maps").find("/libxcb.so"), std::string::npos);

    auto affected = affectedBy({file});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{program.pid()});
    const auto& app = affected->applications.front();
    EXPECT_EQ(app.type, RmUnknownApp) << "no terminal, no toolkit, no window";
    EXPECT_FALSE(app.graphical);
    program.closeStdin();
}

// A console program that links the Restart Manager (a secondary installer, rmctl, this test's
// own helper) maps no X11 library at all: the library loads libxcb only when it looks at a
// display. Without a terminal it is RmUnknownApp, on one RmConsole; never a window application.
TEST_F(GetListTypes, ProgramLinkingTheLibraryIsNoWindowApplication) {
    const auto file = makeFile(path("linked.txt"));
    const auto app = canonical(rmtest::helperPath("rm_test_app"));
    auto background = ChildProcess::spawn({kSetsid, app, "--hold", file});
    ASSERT_TRUE(becameReady(background, "ready"));
    const auto maps = procText(background.pid(), "maps");
    EXPECT_EQ(maps.find("libxcb"), std::string::npos) << "linking the library maps libxcb";
    EXPECT_EQ(maps.find("libX11"), std::string::npos);

    // The same program on a terminal (script's), where the script tool has one.
    std::optional<ChildProcess> console;
    if (isExecutable(kScript)) {
        console.emplace(ChildProcess::spawn(
            {kScript, "-q", "-c", shellQuote(app) + " --hold " + shellQuote(file), "/dev/null"}));
        ASSERT_TRUE(becameReady(*console, "ready"));
    }

    auto affected = affectedBy({file});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(affected->applications.size(), console ? 2U : 1U);
    pid_t consolePid = 0;
    for (const auto& entry : affected->applications) {
        if (entry.process.dwProcessId != static_cast<DWORD>(background.pid())) {
            consolePid = static_cast<pid_t>(entry.process.dwProcessId);
        }
    }
    const auto* unknown = entryFor(*affected, background.pid());
    ASSERT_NE(unknown, nullptr);
    EXPECT_EQ(unknown->type, RmUnknownApp);
    EXPECT_FALSE(unknown->graphical);
    if (consolePid != 0) {
        const auto* terminal = entryFor(*affected, consolePid);
        ASSERT_NE(terminal, nullptr);
        EXPECT_EQ(terminal->type, RmConsole);
        EXPECT_FALSE(terminal->graphical);
    }
}

TEST_F(GetListTypes, BackgroundProcessWithoutATerminalIsUnknownApp) {
    const auto file = makeFile(path("background.txt"));
    auto holder = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(holder, "holding 1"));
    const auto fields = statFields(holder.pid());
    ASSERT_GT(fields.size(), 4U);
    ASSERT_EQ(fields[4], "0") << "setsid left it without a terminal";

    auto affected = affectedBy({file});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{holder.pid()});
    EXPECT_EQ(affected->applications.front().type, RmUnknownApp);
    EXPECT_EQ(affected->applications.front().appName, commOf(holder.pid()));
    expectSameAsLsof(pidsOf(*affected), {file});
}

// Windows closes Explorer and starts it again; a Linux desktop's shell or window manager only
// comes back with a new login, so it is never closed: like a critical process, it stands in the
// way with RmRebootReasonCriticalProcess.
TEST_F(GetListTypes, ProcessNamesDecideShellsAndCriticalProcesses) {
    const auto shell = copyProgram(kSleep, path("xfdesktop"));
    const auto server = copyProgram(kSleep, path("Xorg"));
    auto shellProcess = ChildProcess::spawn({kSetsid, shell, "60"});
    auto serverProcess = ChildProcess::spawn({kSetsid, server, "60"});
    ASSERT_TRUE(waitForExecutable(shellProcess.pid(), shell));
    ASSERT_TRUE(waitForExecutable(serverProcess.pid(), server));

    auto affected = affectedBy({shell, server});
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), (PidSet{shellProcess.pid(), serverProcess.pid()}));
    const auto* desktop = entryFor(*affected, shellProcess.pid());
    const auto* display = entryFor(*affected, serverProcess.pid());
    ASSERT_NE(desktop, nullptr);
    ASSERT_NE(display, nullptr);
    EXPECT_EQ(desktop->type, RmExplorer);
    EXPECT_EQ(desktop->rebootReasons, DWORD{RmRebootReasonCriticalProcess});
    EXPECT_FALSE(desktop->restartable);
    EXPECT_EQ(display->type, RmCritical);
    EXPECT_EQ(display->rebootReasons, DWORD{RmRebootReasonCriticalProcess});
    EXPECT_EQ(affected->rebootReasons, DWORD{RmRebootReasonCriticalProcess});
    expectSameAsLsof(pidsOf(*affected), {shell, server});
}

// ------------------------------------------------------------------------------------------------
// 9. Names from desktop entries.

class GetListNames : public GetListTest {
protected:
    void SetUp() override {
        GetListTest::SetUp();
        m_program = copyProgram(kSleep, makeDirectory(path("bin")) + "/demo-notes");
        m_home = makeDirectory(path("data-home"));
        m_data = makeDirectory(path("data-dirs"));
        makeDirectory(m_home + "/applications");
        makeDirectory(m_data + "/applications");
        m_environment.set("XDG_DATA_HOME", m_home);
        m_environment.set("XDG_DATA_DIRS", m_data);
        m_environment.unset("LANGUAGE");
        m_environment.unset("LC_ALL");
        m_environment.unset("LC_MESSAGES");
        m_environment.set("LANG", "C");
    }
    void TearDown() override {
        m_process.reset();
        GetListTest::TearDown();
    }

    void writeEntry(const std::string& directory, const std::string& names) {
        makeFile(directory + "/applications/demo-notes.desktop", "[Desktop Entry]\n"
                                                                 "Type=Application\n" +
                                                                     names + "Exec=" + m_program +
                                                                     " %F\nIcon=demo-notes\n");
    }

    ::testing::AssertionResult startProgram() {
        m_process.emplace(ChildProcess::spawn({kSetsid, m_program, "60"}));
        if (!waitForExecutable(m_process->pid(), m_program)) {
            return ::testing::AssertionFailure() << m_program << " did not start";
        }
        return ::testing::AssertionSuccess();
    }

    // The name RmGetList gives the program, through the C++ API (the program registered by its
    // path) and the C API (by its process: a path need not be UTF-8, a WCHAR string is).
    std::string listedName() {
        auto affected = affectedBy({m_program});
        if (!affected || affected->applications.size() != 1) {
            ADD_FAILURE() << "expected exactly the program in the list";
            return {};
        }
        const auto& app = affected->applications.front();
        EXPECT_EQ(app.process.dwProcessId, static_cast<DWORD>(m_process->pid()));

        ApiSession api;
        WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
        EXPECT_EQ(RmStartSession(&api.handle, 0, key), DWORD{ERROR_SUCCESS});
        RM_UNIQUE_PROCESS process{};
        EXPECT_EQ(RmLinuxGetUniqueProcess(m_process->pid(), &process), DWORD{ERROR_SUCCESS});
        EXPECT_EQ(RmRegisterResources(api.handle, 0, nullptr, 1, &process, 0, nullptr),
                  DWORD{ERROR_SUCCESS});
        RM_PROCESS_INFO info{};
        UINT needed = 0;
        UINT count = 1;
        DWORD reasons = 0;
        EXPECT_EQ(RmGetList(api.handle, &needed, &count, &info, &reasons), DWORD{ERROR_SUCCESS});
        EXPECT_EQ(count, 1U);
        m_lastWideName = info.strAppName;
        return app.appName;
    }

    std::string m_program;
    std::string m_home;
    std::string m_data;
    std::wstring m_lastWideName;
    ScopedEnvironment m_environment;
    std::optional<ChildProcess> m_process;
};

TEST_F(GetListNames, DesktopEntryNameFollowsTheLanguage) {
    writeEntry(m_data, "Name=Demo Notes\nName[de]=Demo-Notizen\nName[fr]=D\xC3\xA9mo Notes\n");
    ASSERT_TRUE(startProgram());

    m_environment.set("LANG", "de_DE.UTF-8");
    EXPECT_EQ(listedName(), "Demo-Notizen");
    EXPECT_EQ(m_lastWideName, L"Demo-Notizen");

    m_environment.set("LANG", "C");
    EXPECT_EQ(listedName(), "Demo Notes");
    EXPECT_EQ(m_lastWideName, L"Demo Notes");

    // UTF-8 in the entry becomes the right wide characters.
    m_environment.set("LANG", "fr_FR.UTF-8");
    EXPECT_EQ(listedName(), "D\xC3\xA9mo Notes");
    EXPECT_EQ(m_lastWideName, L"D\u00E9mo Notes");

    // LC_ALL outranks LANG.
    m_environment.set("LANG", "de_DE.UTF-8");
    m_environment.set("LC_ALL", "C");
    EXPECT_EQ(listedName(), "Demo Notes");
    expectSameAsLsof(PidSet{m_process->pid()}, {m_program});
}

// An entry rewritten in place (an upgrade that renames the product without a new file) leaves its
// folder's time alone: the next list still gives the new name.
TEST_F(GetListNames, EntryRewrittenInPlaceGivesItsNewName) {
    writeEntry(m_data, "Name=Demo Notes\n");
    ASSERT_TRUE(startProgram());
    ASSERT_EQ(listedName(), "Demo Notes");
    struct stat before {};
    ASSERT_EQ(::stat((m_data + "/applications").c_str(), &before), 0);
    writeEntry(m_data, "Name=Demo Notes 2\n");
    struct stat after {};
    ASSERT_EQ(::stat((m_data + "/applications").c_str(), &after), 0);
    ASSERT_EQ(before.st_mtim.tv_nsec, after.st_mtim.tv_nsec) << "the folder changed: no test";
    EXPECT_EQ(listedName(), "Demo Notes 2");
}

TEST_F(GetListNames, EntryInDataHomeWinsOverDataDirs) {
    writeEntry(m_data, "Name=Demo Notes\n");
    writeEntry(m_home, "Name=My Notes\n");
    ASSERT_TRUE(startProgram());
    EXPECT_EQ(listedName(), "My Notes");
}

TEST_F(GetListNames, LongNameIsCutToFitAndTerminated) {
    const std::string longName(300, 'n');
    writeEntry(m_data, "Name=" + longName + "\n");
    ASSERT_TRUE(startProgram());
    EXPECT_EQ(listedName(), longName);
    EXPECT_EQ(m_lastWideName, std::wstring(CCH_RM_MAX_APP_NAME, L'n'));
}

TEST_F(GetListNames, WithoutAnEntryTheProcessNameIsUsed) {
    ASSERT_TRUE(startProgram());
    EXPECT_EQ(listedName(), "demo-notes");
    EXPECT_EQ(m_lastWideName, L"demo-notes");
}

// The kernel cuts process names after 15 bytes, also in the middle of a UTF-8 character; file
// names need not be UTF-8 at all. The name must still be text: strAppName is never empty.
TEST_F(GetListNames, ProcessNameThatIsNotValidUtf8IsStillAName) {
    // 14 ASCII bytes, then U+00FC (two bytes): the kernel keeps only the first of them.
    m_program = copyProgram(kSleep, path("bin") + "/abcdefghijklmn\xC3\xBC-notes");
    ASSERT_TRUE(startProgram());
    ASSERT_EQ(commOf(m_process->pid()), "abcdefghijklmn\xC3");
    EXPECT_EQ(listedName(), "abcdefghijklmn") << "the cut character is left out";
    EXPECT_EQ(m_lastWideName, L"abcdefghijklmn");
    m_process.reset();

    // A Latin-1 file name: the byte that is not UTF-8 becomes U+FFFD.
    m_program = copyProgram(kSleep, path("bin") + "/caf\xE9");
    ASSERT_TRUE(startProgram());
    EXPECT_EQ(listedName(), "caf\xEF\xBF\xBD");
    EXPECT_EQ(m_lastWideName, L"caf\uFFFD");
}

// ------------------------------------------------------------------------------------------------
// 10. Filters.

using GetListFilters = GetListTest;

struct FilterEntry {
    RM_FILTER_ACTION action = RmInvalidFilterAction;
    RM_FILTER_TRIGGER trigger = RmFilterTriggerInvalid;
    std::wstring text;
    RM_UNIQUE_PROCESS process{};
};

// RmGetFilterList with the sizing protocol; every entry read by following cbNextOffset.
::testing::AssertionResult readFilters(DWORD handle, std::vector<FilterEntry>& entries) {
    entries.clear();
    DWORD needed = 0;
    const DWORD first = RmGetFilterList(handle, nullptr, 0, &needed);
    if (first == ERROR_SUCCESS && needed == 0) {
        return ::testing::AssertionSuccess();
    }
    if (first != ERROR_INSUFFICIENT_BUFFER || needed == 0) {
        return ::testing::AssertionFailure()
               << "an empty buffer gave " << first << " and size " << needed;
    }
    // Aligned storage, one byte short first: nothing may be written then.
    std::vector<std::uint64_t> storage(needed / sizeof(std::uint64_t) + 2, 0xA5A5A5A5A5A5A5A5U);
    const auto pristine = storage;
    auto* buffer = reinterpret_cast<BYTE*>(storage.data());
    DWORD neededAgain = 0;
    const DWORD shortCall = RmGetFilterList(handle, buffer, needed - 1, &neededAgain);
    if (shortCall != ERROR_INSUFFICIENT_BUFFER || neededAgain != needed) {
        return ::testing::AssertionFailure() << "a buffer one byte short gave " << shortCall
                                             << " and size " << neededAgain << ", not " << needed;
    }
    if (storage != pristine) {
        return ::testing::AssertionFailure() << "a buffer that was too small was written to";
    }
    const DWORD full = RmGetFilterList(handle, buffer, needed, &neededAgain);
    if (full != ERROR_SUCCESS || neededAgain != needed) {
        return ::testing::AssertionFailure() << "a buffer of the size asked for gave " << full;
    }
    if (std::memcmp(buffer + needed, reinterpret_cast<const BYTE*>(pristine.data()) + needed,
                    storage.size() * sizeof(std::uint64_t) - needed) != 0) {
        return ::testing::AssertionFailure() << "RmGetFilterList wrote past the size it asked for";
    }
    const auto* end = buffer + needed;
    std::size_t offset = 0;
    for (;;) {
        if (offset + sizeof(RM_FILTER_INFO) > needed) {
            return ::testing::AssertionFailure()
                   << "an entry at " << offset << " runs past " << needed << " bytes";
        }
        const auto* info = reinterpret_cast<const RM_FILTER_INFO*>(buffer + offset);
        FilterEntry entry;
        entry.action = info->FilterAction;
        entry.trigger = info->FilterTrigger;
        const WCHAR* text = nullptr;
        if (info->FilterTrigger == RmFilterTriggerFile) {
            text = info->strFilename;
        } else if (info->FilterTrigger == RmFilterTriggerService) {
            text = info->strServiceShortName;
        } else if (info->FilterTrigger == RmFilterTriggerProcess) {
            entry.process = info->Process;
        } else {
            return ::testing::AssertionFailure() << "an entry with trigger " << info->FilterTrigger;
        }
        if (text != nullptr) {
            const auto* bytes = reinterpret_cast<const BYTE*>(text);
            if (bytes < buffer + offset + sizeof(RM_FILTER_INFO) || bytes >= end) {
                return ::testing::AssertionFailure() << "a string outside the buffer";
            }
            const auto room = static_cast<std::size_t>(end - bytes) / sizeof(WCHAR);
            const auto length = ::wcsnlen(text, room);
            if (length == room) {
                return ::testing::AssertionFailure() << "an unterminated string";
            }
            entry.text.assign(text, length);
        }
        entries.push_back(entry);
        if (info->cbNextOffset == 0) {
            break;
        }
        offset += info->cbNextOffset;
    }
    return ::testing::AssertionSuccess();
}

ULONG statusOf(const rm::AffectedApplications& affected, pid_t pid) {
    const auto* app = entryFor(affected, pid);
    return app != nullptr ? app->status : ULONG{RmStatusUnknown};
}

TEST_F(GetListFilters, FiltersMaskTheStatusAndComeBackInTheFilterList) {
    const auto file = makeFile(path("filtered.txt"));
    const auto copy = rmtest::copyExecutable(holderPath(), makeDirectory(path("bin")));
    auto byPath = startHolder({"--file", file}, {}, copy);
    auto byProcess = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(byPath, "holding 1"));
    ASSERT_TRUE(becameReady(byProcess, "holding 1"));
    auto process = rm::uniqueProcess(byProcess.pid());
    ASSERT_TRUE(succeeded(process));

    auto session = rm::Session::start();
    ASSERT_TRUE(succeeded(session));
    ASSERT_TRUE(succeeded(session->registerFiles(std::vector{file})));
    const DWORD handle = session->handle();
    const auto widePath = widen(copy);
    EXPECT_EQ(RmAddFilter(handle, widePath.c_str(), nullptr, nullptr, RmNoRestart),
              DWORD{ERROR_SUCCESS});
    EXPECT_EQ(RmAddFilter(handle, nullptr, &*process, nullptr, RmNoShutdown), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(RmAddFilter(handle, nullptr, nullptr, L"cups", RmNoShutdown), DWORD{ERROR_SUCCESS});
    // Exactly one target, and a real action.
    EXPECT_EQ(RmAddFilter(handle, widePath.c_str(), &*process, nullptr, RmNoRestart),
              DWORD{ERROR_BAD_ARGUMENTS});
    EXPECT_EQ(RmAddFilter(handle, nullptr, nullptr, nullptr, RmNoRestart),
              DWORD{ERROR_BAD_ARGUMENTS});
    EXPECT_EQ(RmAddFilter(handle, widePath.c_str(), nullptr, nullptr, RmInvalidFilterAction),
              DWORD{ERROR_BAD_ARGUMENTS});

    auto affected = session->affectedApplications();
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), (PidSet{byPath.pid(), byProcess.pid()}));
    EXPECT_EQ(statusOf(*affected, byPath.pid()), ULONG{RmStatusRunning | RmStatusRestartMasked});
    EXPECT_EQ(statusOf(*affected, byProcess.pid()),
              ULONG{RmStatusRunning | RmStatusShutdownMasked});
    expectSameAsLsof(pidsOf(*affected), {file});

    // The C API reports the same status.
    RM_PROCESS_INFO infos[4] = {};
    UINT needed = 0;
    UINT count = 4;
    DWORD reasons = 0;
    ASSERT_EQ(RmGetList(handle, &needed, &count, infos, &reasons), DWORD{ERROR_SUCCESS});
    ASSERT_EQ(count, 2U);
    for (UINT i = 0; i < count; ++i) {
        EXPECT_EQ(infos[i].AppStatus,
                  statusOf(*affected, static_cast<pid_t>(infos[i].Process.dwProcessId)));
    }

    std::vector<FilterEntry> filters;
    ASSERT_TRUE(readFilters(handle, filters));
    ASSERT_EQ(filters.size(), 3U);
    EXPECT_EQ(filters[0].trigger, RmFilterTriggerFile);
    EXPECT_EQ(filters[0].action, RmNoRestart);
    EXPECT_EQ(filters[0].text, widePath);
    EXPECT_EQ(filters[1].trigger, RmFilterTriggerProcess);
    EXPECT_EQ(filters[1].action, RmNoShutdown);
    EXPECT_EQ(filters[1].process.dwProcessId, process->dwProcessId);
    EXPECT_EQ(rm::fileTimeToUint64(filters[1].process.ProcessStartTime),
              rm::fileTimeToUint64(process->ProcessStartTime));
    EXPECT_EQ(filters[2].trigger, RmFilterTriggerService);
    EXPECT_EQ(filters[2].action, RmNoShutdown);
    EXPECT_EQ(filters[2].text, L"cups.service") << "service names are kept as systemd units";

    DWORD size = 0;
    EXPECT_EQ(RmGetFilterList(handle, nullptr, 0, nullptr), DWORD{ERROR_BAD_ARGUMENTS});
    EXPECT_EQ(RmGetFilterList(handle, nullptr, 64, &size), DWORD{ERROR_BAD_ARGUMENTS});

    // Removing the path filter unmasks that process only.
    EXPECT_EQ(RmRemoveFilter(handle, widePath.c_str(), nullptr, nullptr), DWORD{ERROR_SUCCESS});
    affected = session->affectedApplications();
    ASSERT_TRUE(succeeded(affected));
    EXPECT_EQ(statusOf(*affected, byPath.pid()), ULONG{RmStatusRunning});
    EXPECT_EQ(statusOf(*affected, byProcess.pid()),
              ULONG{RmStatusRunning | RmStatusShutdownMasked});
    EXPECT_EQ(RmRemoveFilter(handle, nullptr, &*process, nullptr), DWORD{ERROR_SUCCESS});
    affected = session->affectedApplications();
    ASSERT_TRUE(succeeded(affected));
    EXPECT_EQ(statusOf(*affected, byPath.pid()), ULONG{RmStatusRunning});
    EXPECT_EQ(statusOf(*affected, byProcess.pid()), ULONG{RmStatusRunning});

    // What is not there cannot be removed.
    EXPECT_EQ(RmRemoveFilter(handle, widePath.c_str(), nullptr, nullptr),
              DWORD{ERROR_INVALID_PARAMETER});
    EXPECT_EQ(RmRemoveFilter(handle, nullptr, nullptr, L"no-such-service"),
              DWORD{ERROR_INVALID_PARAMETER});
    ASSERT_TRUE(readFilters(handle, filters));
    ASSERT_EQ(filters.size(), 1U);
    EXPECT_EQ(filters[0].text, L"cups.service");
    EXPECT_EQ(RmRemoveFilter(handle, nullptr, nullptr, L"cups"), DWORD{ERROR_SUCCESS});
    ASSERT_TRUE(readFilters(handle, filters));
    EXPECT_TRUE(filters.empty());
}

TEST_F(GetListFilters, SecondaryMayAddFilters) {
    const auto file = makeFile(path("filtered.txt"));
    auto holder = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(holder, "holding 1"));
    auto primary = rm::Session::start();
    ASSERT_TRUE(succeeded(primary));
    ASSERT_TRUE(succeeded(primary->registerFiles(std::vector{file})));
    auto secondary = rm::Session::join(primary->key());
    ASSERT_TRUE(succeeded(secondary));
    ASSERT_FALSE(secondary->isPrimary());

    rm::SessionFilter filter;
    filter.kind = rm::SessionFilter::Kind::File;
    filter.target = holderPath();
    filter.action = RmNoShutdown;
    ASSERT_TRUE(succeeded(secondary->addFilter(filter)));

    auto filters = primary->filters();
    ASSERT_TRUE(succeeded(filters));
    ASSERT_EQ(filters->size(), 1U);
    EXPECT_EQ(filters->front(), filter);
    auto affected = primary->affectedApplications();
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{holder.pid()});
    EXPECT_EQ(affected->applications.front().status,
              ULONG{RmStatusRunning | RmStatusShutdownMasked});
    expectSameAsLsof(pidsOf(*affected), {file});

    // The secondary sees and may remove it too.
    affected = secondary->affectedApplications();
    ASSERT_TRUE(succeeded(affected));
    EXPECT_EQ(statusOf(*affected, holder.pid()), ULONG{RmStatusRunning | RmStatusShutdownMasked});
    ASSERT_TRUE(succeeded(secondary->removeFilter(filter)));
    affected = primary->affectedApplications();
    ASSERT_TRUE(succeeded(affected));
    EXPECT_EQ(statusOf(*affected, holder.pid()), ULONG{RmStatusRunning});
}

// ------------------------------------------------------------------------------------------------
// 11. Processes that come and go during the scan.

using GetListChurn = GetListTest;

TEST_F(GetListChurn, ProcessesExitingDuringTheScanNeverCauseAnError) {
    constexpr std::size_t kLive = 50;
    const auto file = makeFile(path("busy.txt"));
    auto stable = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(stable, "holding 1"));
    auto session = rm::Session::start();
    ASSERT_TRUE(succeeded(session));
    ASSERT_TRUE(succeeded(session->registerFiles(std::vector{file})));

    std::atomic<bool> stop{false};
    // Held while a process is started and recorded, so that a process the list shows is always
    // recorded by the time the list is checked.
    std::mutex startedMutex;
    PidSet started;
    std::atomic<int> spawnFailures{0};
    std::thread churn([&] {
        std::mt19937 random{12345};
        std::uniform_int_distribution<int> centiseconds{1, 30}; // 10 to 300 ms
        std::vector<pid_t> live;
        while (!stop) {
            std::erase_if(live, [](pid_t pid) { return ::waitpid(pid, nullptr, WNOHANG) == pid; });
            while (live.size() < kLive && !stop) {
                const int lifetime = centiseconds(random);
                const std::string command = "exec 3<\"$0\"; exec sleep 0." +
                                            std::string(lifetime < 10 ? "0" : "") +
                                            std::to_string(lifetime);
                std::vector<std::string> args{kShell, "-c", command, file};
                std::vector<char*> argv;
                for (auto& arg : args) {
                    argv.push_back(arg.data());
                }
                argv.push_back(nullptr);
                pid_t pid = 0;
                std::lock_guard lock(startedMutex);
                if (::posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
                    ++spawnFailures;
                    break;
                }
                live.push_back(pid);
                started.insert(pid);
            }
            std::this_thread::sleep_for(2ms);
        }
        for (const pid_t pid : live) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
    });
    // Stops and joins the thread however the test ends (an ASSERT returns early).
    struct StopChurn {
        std::atomic<bool>& stop;
        std::thread& thread;
        ~StopChurn() {
            stop = true;
            if (thread.joinable()) {
                thread.join();
            }
        }
    } stopChurn{stop, churn};

    int calls = 0;
    int callsWithShortLived = 0;
    PidSet strangers;
    const auto deadline = std::chrono::steady_clock::now() + 2s;
    while (std::chrono::steady_clock::now() < deadline) {
        ++calls;
        if (calls % 2 == 0) {
            auto affected = session->affectedApplications();
            ASSERT_TRUE(succeeded(affected)) << "call " << calls;
            ASSERT_TRUE(eachProcessOnceInOrder(*affected));
            const auto pids = pidsOf(*affected);
            EXPECT_TRUE(pids.contains(stable.pid())) << "call " << calls;
            callsWithShortLived += pids.size() > 1 ? 1 : 0;
            std::lock_guard lock(startedMutex);
            for (const pid_t pid : pids) {
                if (pid != stable.pid() && !started.contains(pid)) {
                    strangers.insert(pid);
                }
            }
        } else {
            std::vector<RM_PROCESS_INFO> infos(4 * kLive);
            UINT needed = 0;
            auto count = static_cast<UINT>(infos.size());
            DWORD reasons = 0;
            ASSERT_EQ(RmGetList(session->handle(), &needed, &count, infos.data(), &reasons),
                      DWORD{ERROR_SUCCESS})
                << "call " << calls;
            EXPECT_TRUE(std::any_of(infos.begin(), infos.begin() + count,
                                    [&](const auto& info) {
                                        return info.Process.dwProcessId ==
                                               static_cast<DWORD>(stable.pid());
                                    }))
                << "call " << calls;
        }
    }
    stop = true;
    churn.join();

    EXPECT_EQ(spawnFailures.load(), 0);
    EXPECT_TRUE(strangers.empty()) << "listed processes that never used the file";
    EXPECT_GT(started.size(), kLive) << "the short-lived processes did come and go";
    EXPECT_GT(callsWithShortLived, 0) << "no call ever caught a short-lived process";
    std::cout << "[   NOTE   ] " << calls << " RmGetList calls while " << started.size()
              << " short-lived processes came and went; " << callsWithShortLived
              << " calls caught some of them\n";

    auto affected = session->affectedApplications();
    ASSERT_TRUE(succeeded(affected));
    EXPECT_EQ(pidsOf(*affected), PidSet{stable.pid()});
    expectSameAsLsof(pidsOf(*affected), {file});
}

// ------------------------------------------------------------------------------------------------
// 12. Registered services without systemd.

using GetListServices = GetListTest;

TEST_F(GetListServices, RegisteredServiceWithoutSystemdGivesNothing) {
    ScopedEnvironment environment;
    environment.unset("RESTARTMANAGER_SYSTEMD_BUS");
    if (rm::SystemdClient::connect() != nullptr) {
        GTEST_SKIP() << "systemd answers on the system bus here: this test is about a system "
                        "without it";
    }
    const auto file = makeFile(path("config.txt"));
    auto holder = startHolder({"--file", file});
    ASSERT_TRUE(becameReady(holder, "holding 1"));

    auto session = rm::Session::start();
    ASSERT_TRUE(succeeded(session));
    ASSERT_TRUE(succeeded(session->registerResources({}, {}, std::vector<std::string>{"cups"})));
    auto registered = session->registeredResources();
    ASSERT_TRUE(succeeded(registered));
    EXPECT_EQ(registered->services, std::vector<std::string>{"cups.service"});

    auto affected = session->affectedApplications();
    ASSERT_TRUE(succeeded(affected));
    EXPECT_TRUE(affected->applications.empty());
    EXPECT_EQ(affected->rebootReasons, DWORD{RmRebootReasonNone});

    // Files registered next to it are still found.
    ASSERT_TRUE(succeeded(session->registerFiles(std::vector{file})));
    affected = session->affectedApplications();
    ASSERT_TRUE(succeeded(affected));
    ASSERT_EQ(pidsOf(*affected), PidSet{holder.pid()});
    EXPECT_EQ(affected->applications.front().type, RmUnknownApp);
    EXPECT_TRUE(affected->applications.front().serviceShortName.empty());
    expectSameAsLsof(pidsOf(*affected), {file});
}

} // namespace
