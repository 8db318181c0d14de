// Every error the session layer can report, provoked for real: wrong arguments, unknown handles,
// wrong keys, the session limits, a store held locked, a read-only, full or corrupt store, a
// store location that is not private, memory exhaustion and a secondary doing what only the
// primary may. After each failure the tests check that nothing was lost or half-written.
#include "core/private/process_identity.h"
#include "core/private/session_engine.h"
#include "core/private/session_registry.h"
#include "core/session.h"
#include "support/test_support.h"

#include <restartmanager.h>
#include <restartmanager_linux.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwctype>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sqlite3.h>
#include <string>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

extern char** environ;

#if defined(__SANITIZE_ADDRESS__)
#define RM_TEST_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RM_TEST_UNDER_ASAN 1
#endif
#endif

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr DWORD kNoHandle = 0xFFFFFFFFU;

// Test paths and keys are ASCII, so a character-wise copy is the exact conversion.
std::wstring wide(const std::string& text) {
    return std::wstring(text.begin(), text.end());
}
std::string narrow(const std::wstring& text) {
    std::string out;
    for (const wchar_t c : text) {
        out.push_back(static_cast<char>(c));
    }
    return out;
}

std::vector<std::string> sorted(std::vector<std::string> values) {
    std::sort(values.begin(), values.end());
    return values;
}

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// What the session behind `handle` has registered, files sorted; on error a single line that
// names the error, so that a comparison with the expected list fails readably.
std::vector<std::string> filesOf(DWORD handle) {
    auto resources = rm::engine::registeredResources(handle);
    if (!resources) {
        return {"<error " + std::to_string(resources.code()) + ": " + resources.error().message +
                ">"};
    }
    return sorted(resources->files);
}

std::vector<std::string> servicesOf(DWORD handle) {
    auto resources = rm::engine::registeredResources(handle);
    if (!resources) {
        return {"<error " + std::to_string(resources.code()) + ">"};
    }
    return sorted(resources->services);
}

// Registered processes as "PID@FILETIME", sorted.
std::vector<std::string> processesOf(DWORD handle) {
    auto resources = rm::engine::registeredResources(handle);
    if (!resources) {
        return {"<error " + std::to_string(resources.code()) + ">"};
    }
    std::vector<std::string> out;
    for (const auto& process : resources->processes) {
        out.push_back(std::to_string(process.pid) + "@" + std::to_string(process.startTime));
    }
    return sorted(out);
}

std::string processText(const RM_UNIQUE_PROCESS& process) {
    return std::to_string(process.dwProcessId) + "@" +
           std::to_string(rm::fileTimeToUint64(process.ProcessStartTime));
}

DWORD registerFiles(DWORD handle, const std::vector<std::string>& files) {
    std::vector<std::wstring> names;
    names.reserve(files.size());
    for (const auto& file : files) {
        names.push_back(wide(file));
    }
    std::vector<LPCWSTR> pointers;
    pointers.reserve(names.size());
    for (const auto& name : names) {
        pointers.push_back(name.c_str());
    }
    return RmRegisterResources(handle, static_cast<UINT>(pointers.size()), pointers.data(), 0,
                               nullptr, 0, nullptr);
}

std::vector<std::string> numberedFiles(const std::string& directory, int count,
                                       const std::string& stem = "file-") {
    std::vector<std::string> files;
    files.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        files.push_back(directory + "/" + stem + std::to_string(i));
    }
    return files;
}

// Sessions in this user's store, or -1 when the store cannot be read.
long long sessionCount() {
    auto sessions = rm::listSessions();
    return sessions ? static_cast<long long>(sessions->size()) : -1;
}

// Members of the only session in the store, or -1.
long long memberCountOfOnlySession() {
    auto sessions = rm::listSessions();
    if (!sessions || sessions->size() != 1) {
        return -1;
    }
    return static_cast<long long>(sessions->front().members);
}

// How long `call` took, and what it returned.
template <class Call> std::pair<DWORD, std::chrono::milliseconds> timed(Call&& call) {
    const auto begin = Clock::now();
    const DWORD code = call();
    return {code, std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - begin)};
}

std::string ask(rmtest::ChildProcess& child, const std::string& command) {
    if (!child.writeLine(command)) {
        return "<cannot write to child>";
    }
    return child.readLine(10s).value_or("<no answer>");
}

bool writeWholeFile(const std::string& path, const std::string& bytes, mode_t mode = 0600) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) {
        return false;
    }
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n <= 0) {
            ::close(fd);
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return ::close(fd) == 0;
}

std::string garbage(std::size_t size) {
    std::string bytes(size, '\0');
    unsigned state = 0x2545F491U;
    for (auto& b : bytes) {
        state = state * 1103515245U + 12345U;
        b = static_cast<char>((state >> 16) & 0xFF);
    }
    return bytes;
}

mode_t modeOf(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

bool exists(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

// PRAGMA integrity_check straight through SQLite, not through the Restart Manager.
std::string integrityCheck(const std::string& storeFile) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(storeFile.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const std::string message = db != nullptr ? sqlite3_errmsg(db) : "cannot open";
        sqlite3_close(db);
        return "<" + message + ">";
    }
    std::string result;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto* text = sqlite3_column_text(stmt, 0);
            result += text != nullptr ? reinterpret_cast<const char*>(text) : "";
        }
    } else {
        result = std::string{"<"} + sqlite3_errmsg(db) + ">";
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result;
}

int threadCount() {
    int count = 0;
    if (DIR* dir = ::opendir("/proc/self/task")) {
        while (const dirent* entry = ::readdir(dir)) {
            if (entry->d_name[0] != '.') {
                ++count;
            }
        }
        ::closedir(dir);
    }
    return count;
}

// A fork()ed copy of the test process that runs `body` and reports over a pipe. The child never
// returns into GoogleTest: it leaves through _exit. The parent end kills and reaps it when done.
class ForkedChild {
public:
    // body(toParent, fromParent) returns the child's exit status.
    explicit ForkedChild(const std::function<int(int, int)>& body) {
        int up[2];
        int down[2];
        if (::pipe2(up, O_CLOEXEC) != 0 || ::pipe2(down, O_CLOEXEC) != 0) {
            return;
        }
        m_pid = ::fork();
        if (m_pid == 0) {
            ::close(up[0]);
            ::close(down[1]);
            int status = 99;
            try {
                status = body(up[1], down[0]);
            } catch (...) {
                status = 98;
            }
            ::_exit(status);
        }
        ::close(up[1]);
        ::close(down[0]);
        m_fromChild = up[0];
        m_toChild = down[1];
    }
    ~ForkedChild() {
        closeToChild();
        if (m_pid > 0 && !m_reaped) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_fromChild >= 0) {
            ::close(m_fromChild);
        }
    }
    ForkedChild(const ForkedChild&) = delete;
    ForkedChild& operator=(const ForkedChild&) = delete;

    [[nodiscard]] bool started() const { return m_pid > 0; }
    [[nodiscard]] pid_t pid() const { return m_pid; }

    std::optional<std::string> readLine(std::chrono::milliseconds timeout = 30s) {
        const auto deadline = Clock::now() + timeout;
        for (;;) {
            if (const auto nl = m_buffer.find('\n'); nl != std::string::npos) {
                std::string line = m_buffer.substr(0, nl);
                m_buffer.erase(0, nl + 1);
                return line;
            }
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
            if (left.count() <= 0) {
                return std::nullopt;
            }
            pollfd pfd{m_fromChild, POLLIN, 0};
            if (::poll(&pfd, 1, static_cast<int>(left.count())) <= 0) {
                continue;
            }
            char chunk[512];
            const ssize_t n = ::read(m_fromChild, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                return std::nullopt;
            }
            m_buffer.append(chunk, static_cast<std::size_t>(n));
        }
    }

    void closeToChild() {
        if (m_toChild >= 0) {
            ::close(m_toChild);
            m_toChild = -1;
        }
    }

    // Kills the child and reaps it, so that its PID no longer names a running process.
    void killAndReap() {
        if (m_pid > 0 && !m_reaped) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
            m_reaped = true;
        }
    }

    // The raw wait status, or -1 if the child did not end in time.
    int wait(std::chrono::milliseconds timeout = 30s) {
        const auto deadline = Clock::now() + timeout;
        while (!m_reaped) {
            int status = 0;
            const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
            if (r == m_pid) {
                m_reaped = true;
                return status;
            }
            if (Clock::now() >= deadline) {
                return -1;
            }
            ::usleep(2000);
        }
        return -1;
    }

private:
    pid_t m_pid = -1;
    int m_fromChild = -1;
    int m_toChild = -1;
    bool m_reaped = false;
    std::string m_buffer;
};

// The process's address space now (VmSize), in bytes; 0 if unknown.
long long addressSpaceInUse() {
    long long kb = 0;
    if (FILE* status = std::fopen("/proc/self/status", "re")) {
        char line[256];
        while (std::fgets(line, sizeof line, status) != nullptr) {
            if (std::sscanf(line, "VmSize: %lld kB", &kb) == 1) {
                break;
            }
        }
        std::fclose(status);
    }
    return kb * 1024;
}

// Lowers the soft RLIMIT_AS to `headroom` bytes above what is in use now; `old` gets the limit
// to restore (the hard limit is untouched, so raising it back is allowed).
bool limitAddressSpace(long long headroom, rlimit& old) {
    const long long inUse = addressSpaceInUse();
    if (inUse <= 0 || ::getrlimit(RLIMIT_AS, &old) != 0) {
        return false;
    }
    rlimit lowered = old;
    lowered.rlim_cur = static_cast<rlim_t>(inUse + headroom);
    return ::setrlimit(RLIMIT_AS, &lowered) == 0;
}

// Used in forked children: write a whole line to the parent.
void tellParent(int fd, const std::string& line) {
    const std::string data = line + "\n";
    std::size_t written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.data() + written, data.size() - written);
        if (n <= 0) {
            if (n < 0 && errno == EINTR) {
                continue;
            }
            return;
        }
        written += static_cast<std::size_t>(n);
    }
}

// Blocks until the parent closes its end of the pipe.
void waitForParent(int fd) {
    char c = 0;
    while (::read(fd, &c, 1) > 0 || errno == EINTR) {
    }
}

// A tmpfs mounted on a directory for the life of the object; unmounted even when a test fails
// (lazily if something still has a file open on it).
class TmpfsMount {
public:
    TmpfsMount(std::string directory, const std::string& options)
        : m_directory{std::move(directory)} {
        std::filesystem::create_directories(m_directory);
        if (::mount("tmpfs", m_directory.c_str(), "tmpfs", 0, options.c_str()) == 0) {
            m_mounted = true;
        } else {
            m_error = std::strerror(errno);
        }
    }
    ~TmpfsMount() {
        if (m_mounted && ::umount2(m_directory.c_str(), 0) != 0) {
            ::umount2(m_directory.c_str(), MNT_DETACH);
        }
    }
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

    [[nodiscard]] bool mounted() const { return m_mounted; }
    [[nodiscard]] const std::string& error() const { return m_error; }
    [[nodiscard]] const std::string& path() const { return m_directory; }

    // Empty on success, else why not.
    std::string remount(bool readOnly) {
        unsigned long flags = MS_REMOUNT;
        if (readOnly) {
            flags |= MS_RDONLY;
        }
        if (::mount(nullptr, m_directory.c_str(), nullptr, flags, nullptr) != 0) {
            return std::strerror(errno);
        }
        return {};
    }

private:
    std::string m_directory;
    bool m_mounted = false;
    std::string m_error;
};

// Restores the process-wide store lock timeout however the test ends.
class LockTimeoutGuard {
public:
    LockTimeoutGuard() : m_saved{RmLinuxGetStoreLockTimeout()} {}
    ~LockTimeoutGuard() { RmLinuxSetStoreLockTimeout(m_saved); }
    LockTimeoutGuard(const LockTimeoutGuard&) = delete;
    LockTimeoutGuard& operator=(const LockTimeoutGuard&) = delete;
    [[nodiscard]] DWORD saved() const { return m_saved; }

private:
    DWORD m_saved;
};

struct Started {
    DWORD code = ERROR_INVALID_PARAMETER;
    DWORD handle = kNoHandle;
    std::wstring key;
};

// The base of every suite here: an isolated store, and every handle a test opens is closed at
// the end even when an assertion stopped the test early (handles are a per-process resource
// that the following tests need). Mounts go after the handles.
class SessionErrorsBase : public rmtest::StoreTest {
protected:
    void SetUp() override {
        rmtest::StoreTest::SetUp();
        ASSERT_EQ(rm::SessionRegistry::instance().size(), 0U)
            << "an earlier test left session handles open in this process";
    }
    void TearDown() override {
        for (const DWORD handle : m_handles) {
            if (rm::SessionRegistry::instance().find(handle)) {
                RmEndSession(handle);
            }
        }
        m_handles.clear();
        m_mount.reset();
        rmtest::StoreTest::TearDown();
    }

    Started start() {
        Started s;
        WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
        s.code = RmStartSession(&s.handle, 0, key);
        if (s.code == ERROR_SUCCESS) {
            m_handles.push_back(s.handle);
            s.key = key;
        }
        return s;
    }

    DWORD join(const std::wstring& key, DWORD& handle) {
        const DWORD code = RmJoinSession(&handle, key.c_str());
        if (code == ERROR_SUCCESS) {
            m_handles.push_back(handle);
        }
        return code;
    }

    std::optional<TmpfsMount> m_mount;
    std::vector<DWORD> m_handles;
};

class SessionErrorsArguments : public SessionErrorsBase {};
class SessionErrorsHandles : public SessionErrorsBase {};
class SessionErrorsKeys : public SessionErrorsBase {};
class SessionErrorsLimits : public SessionErrorsBase {};
class SessionErrorsLock : public SessionErrorsBase {};
class SessionErrorsStore : public SessionErrorsBase {};
class SessionErrorsMemory : public SessionErrorsBase {};
class SessionErrorsRoles : public SessionErrorsBase {};

// ---------------------------------------------------------------------------------------------
// 1. NULL and zero arguments

TEST_F(SessionErrorsArguments, StartSessionNullPointersAndFlags) {
    WCHAR key[CCH_RM_SESSION_KEY + 1];
    std::fill(std::begin(key), std::end(key), L'#');
    DWORD handle = 4242;

    EXPECT_EQ(RmStartSession(nullptr, 0, key), static_cast<DWORD>(ERROR_BAD_ARGUMENTS));
    EXPECT_EQ(RmStartSession(&handle, 0, nullptr), static_cast<DWORD>(ERROR_BAD_ARGUMENTS));
    EXPECT_EQ(RmStartSession(nullptr, 0, nullptr), static_cast<DWORD>(ERROR_BAD_ARGUMENTS));
    EXPECT_EQ(RmStartSession(&handle, 1, key), static_cast<DWORD>(ERROR_BAD_ARGUMENTS));
    EXPECT_EQ(RmStartSession(&handle, 0x80000000U, key), static_cast<DWORD>(ERROR_BAD_ARGUMENTS));

    // Nothing was written back and no session was created anywhere.
    EXPECT_EQ(handle, 4242U);
    EXPECT_TRUE(std::all_of(std::begin(key), std::end(key), [](WCHAR c) { return c == L'#'; }));
    EXPECT_EQ(rm::SessionRegistry::instance().size(), 0U);
    EXPECT_EQ(sessionCount(), 0);

    // The same call with good arguments works.
    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(s.key.size(), static_cast<std::size_t>(CCH_RM_SESSION_KEY));
    EXPECT_EQ(sessionCount(), 1);
}

TEST_F(SessionErrorsArguments, JoinSessionNullAndEmpty) {
    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    DWORD handle = 4242;

    // A live key, so the only fault is the argument named.
    EXPECT_EQ(RmJoinSession(nullptr, s.key.c_str()), static_cast<DWORD>(ERROR_BAD_ARGUMENTS));
    EXPECT_EQ(RmJoinSession(&handle, nullptr), static_cast<DWORD>(ERROR_BAD_ARGUMENTS));
    EXPECT_EQ(RmJoinSession(&handle, L""), static_cast<DWORD>(ERROR_BAD_ARGUMENTS));
    EXPECT_EQ(handle, 4242U);
    EXPECT_EQ(memberCountOfOnlySession(), 1) << "a failed join left a member behind";
    EXPECT_EQ(rm::SessionRegistry::instance().size(), 1U);

    ASSERT_EQ(join(s.key, handle), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(memberCountOfOnlySession(), 2);
}

TEST_F(SessionErrorsArguments, RegisterResourcesIsAllOrNothing) {
    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    const auto dir = temp().path();
    const std::vector<std::string> baseline{dir + "/kept-1", dir + "/kept-2"};
    ASSERT_EQ(registerFiles(s.handle, baseline), static_cast<DWORD>(ERROR_SUCCESS));
    RM_UNIQUE_PROCESS self{};
    ASSERT_EQ(RmLinuxGetUniqueProcess(::getpid(), &self), static_cast<DWORD>(ERROR_SUCCESS));
    ASSERT_EQ(RmRegisterResources(s.handle, 0, nullptr, 1, &self, 0, nullptr),
              static_cast<DWORD>(ERROR_SUCCESS));
    LPCWSTR goodService[] = {L"cups"};
    ASSERT_EQ(RmRegisterResources(s.handle, 0, nullptr, 0, nullptr, 1, goodService),
              static_cast<DWORD>(ERROR_SUCCESS));
    const std::vector<std::string> baselineServices{"cups.service"};
    ASSERT_EQ(filesOf(s.handle), sorted(baseline));
    ASSERT_EQ(servicesOf(s.handle), baselineServices);
    const std::vector<std::string> baselineProcesses{processText(self)};
    ASSERT_EQ(processesOf(s.handle), baselineProcesses);

    const std::wstring a = wide(dir + "/new-a");
    const std::wstring c = wide(dir + "/new-c");
    const auto expectNothingChanged = [&](const char* what) {
        EXPECT_EQ(filesOf(s.handle), sorted(baseline)) << what;
        EXPECT_EQ(servicesOf(s.handle), baselineServices) << what;
        EXPECT_EQ(processesOf(s.handle), baselineProcesses) << what;
    };

    // Counts above zero with a NULL array.
    EXPECT_EQ(RmRegisterResources(s.handle, 2, nullptr, 0, nullptr, 0, nullptr),
              static_cast<DWORD>(ERROR_BAD_ARGUMENTS));
    EXPECT_EQ(RmRegisterResources(s.handle, 0, nullptr, 1, nullptr, 0, nullptr),
              static_cast<DWORD>(ERROR_BAD_ARGUMENTS));
    EXPECT_EQ(RmRegisterResources(s.handle, 0, nullptr, 0, nullptr, 1, nullptr),
              static_cast<DWORD>(ERROR_BAD_ARGUMENTS));
    expectNothingChanged("NULL arrays");

    // A NULL entry between two good files: neither good file lands.
    {
        LPCWSTR files[] = {a.c_str(), nullptr, c.c_str()};
        EXPECT_EQ(RmRegisterResources(s.handle, 3, files, 0, nullptr, 0, nullptr),
                  static_cast<DWORD>(ERROR_BAD_ARGUMENTS));
        expectNothingChanged("NULL file entry");
    }
    // A relative path, an empty path and a path with an invalid code point between good files.
    for (const auto& bad : {std::wstring{L"relative/b"}, std::wstring{L""}, std::wstring{L"b"},
                            wide(dir) + L"/bad-\xD800"}) {
        LPCWSTR files[] = {a.c_str(), bad.c_str(), c.c_str()};
        EXPECT_EQ(RmRegisterResources(s.handle, 3, files, 0, nullptr, 0, nullptr),
                  static_cast<DWORD>(ERROR_BAD_ARGUMENTS))
            << narrow(bad);
        expectNothingChanged("bad file path");
    }
    // Process ID 0 and (DWORD)-1, next to good files: the files do not land either.
    for (const DWORD pid : {DWORD{0}, DWORD{RM_INVALID_PROCESS}}) {
        LPCWSTR files[] = {a.c_str(), c.c_str()};
        RM_UNIQUE_PROCESS processes[] = {self, RM_UNIQUE_PROCESS{pid, self.ProcessStartTime}};
        EXPECT_EQ(RmRegisterResources(s.handle, 2, files, 2, processes, 0, nullptr),
                  static_cast<DWORD>(ERROR_BAD_ARGUMENTS))
            << "pid " << pid;
        expectNothingChanged("bad process");
    }
    // Service names that are no systemd unit names, next to good files and a good service.
    for (const LPCWSTR bad : {L"", L"bad name", L"cups;reboot", L"../etc/passwd", L".service",
                              static_cast<LPCWSTR>(nullptr)}) {
        LPCWSTR files[] = {a.c_str(), c.c_str()};
        LPCWSTR services[] = {L"sshd", bad};
        EXPECT_EQ(RmRegisterResources(s.handle, 2, files, 0, nullptr, 2, services),
                  static_cast<DWORD>(ERROR_BAD_ARGUMENTS))
            << (bad != nullptr ? narrow(bad) : "NULL");
        expectNothingChanged("bad service name");
    }

    // Zero of everything is a successful no-op, and the good call still works afterwards.
    EXPECT_EQ(RmRegisterResources(s.handle, 0, nullptr, 0, nullptr, 0, nullptr),
              static_cast<DWORD>(ERROR_SUCCESS));
    expectNothingChanged("empty call");
    LPCWSTR files[] = {a.c_str(), c.c_str()};
    ASSERT_EQ(RmRegisterResources(s.handle, 2, files, 0, nullptr, 0, nullptr),
              static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(filesOf(s.handle), sorted(concat(baseline, {dir + "/new-a", dir + "/new-c"})));
}

TEST_F(SessionErrorsArguments, OtherCallsNullAndZero) {
    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    const DWORD h = s.handle;
    constexpr auto bad = static_cast<DWORD>(ERROR_BAD_ARGUMENTS);
    constexpr auto invalid = static_cast<DWORD>(ERROR_INVALID_HANDLE);

    // RmGetList: each required pointer NULL, and a count without an array.
    UINT needed = 77;
    UINT count = 0;
    DWORD reasons = 77;
    EXPECT_EQ(RmGetList(h, nullptr, &count, nullptr, &reasons), bad);
    EXPECT_EQ(RmGetList(h, &needed, nullptr, nullptr, &reasons), bad);
    EXPECT_EQ(RmGetList(h, &needed, &count, nullptr, nullptr), bad);
    EXPECT_EQ(RmGetList(h, nullptr, nullptr, nullptr, nullptr), bad);
    count = 3;
    EXPECT_EQ(RmGetList(h, &needed, &count, nullptr, &reasons), bad);
    EXPECT_EQ(needed, 77U);
    EXPECT_EQ(reasons, 77U);
    count = 0;
    const DWORD listedApps = RmGetList(h, &needed, &count, nullptr, &reasons);
    EXPECT_NE(listedApps, bad) << "with good arguments RmGetList gets past its checks";
    EXPECT_NE(listedApps, invalid);

    // RmGetFilterList: NULL size pointer, a size without a buffer.
    DWORD filterNeeded = 77;
    BYTE buffer[16];
    EXPECT_EQ(RmGetFilterList(h, nullptr, 0, nullptr), bad);
    EXPECT_EQ(RmGetFilterList(h, buffer, sizeof buffer, nullptr), bad);
    EXPECT_EQ(RmGetFilterList(h, nullptr, 16, &filterNeeded), bad);
    EXPECT_EQ(filterNeeded, 77U);

    // RmAddFilter: exactly one target, and a real action. A refused call adds no filter.
    RM_UNIQUE_PROCESS self{};
    ASSERT_EQ(RmLinuxGetUniqueProcess(::getpid(), &self), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(RmAddFilter(h, nullptr, nullptr, nullptr, RmNoRestart), bad);
    EXPECT_EQ(RmAddFilter(h, L"/usr/bin/x", &self, nullptr, RmNoRestart), bad);
    EXPECT_EQ(RmAddFilter(h, L"/usr/bin/x", nullptr, L"cups", RmNoShutdown), bad);
    EXPECT_EQ(RmAddFilter(h, nullptr, &self, L"cups", RmNoShutdown), bad);
    EXPECT_EQ(RmAddFilter(h, L"/usr/bin/x", &self, L"cups", RmNoShutdown), bad);
    EXPECT_EQ(RmAddFilter(h, L"/usr/bin/x", nullptr, nullptr, RmInvalidFilterAction), bad);
    const DWORD listedFilters = RmGetFilterList(h, nullptr, 0, &filterNeeded);
    EXPECT_NE(listedFilters, bad) << "with good arguments RmGetFilterList gets past its checks";
    EXPECT_NE(listedFilters, invalid);
    if (listedFilters == ERROR_SUCCESS) {
        EXPECT_EQ(filterNeeded, 0U) << "a refused RmAddFilter left a filter behind";
    }

    // RmRemoveFilter: exactly one target. A refused call removes nothing.
    const DWORD added = RmAddFilter(h, L"/usr/bin/x", nullptr, nullptr, RmNoRestart);
    EXPECT_NE(added, bad) << "with good arguments RmAddFilter gets past its checks";
    EXPECT_NE(added, invalid);
    DWORD neededBefore = 0;
    const DWORD listedBefore = RmGetFilterList(h, nullptr, 0, &neededBefore);
    EXPECT_EQ(RmRemoveFilter(h, nullptr, nullptr, nullptr), bad);
    EXPECT_EQ(RmRemoveFilter(h, L"/usr/bin/x", &self, nullptr), bad);
    EXPECT_EQ(RmRemoveFilter(h, L"/usr/bin/x", nullptr, L"cups"), bad);
    EXPECT_EQ(RmRemoveFilter(h, nullptr, &self, L"cups"), bad);
    DWORD neededAfter = 0;
    EXPECT_EQ(RmGetFilterList(h, nullptr, 0, &neededAfter), listedBefore);
    EXPECT_EQ(neededAfter, neededBefore) << "a refused RmRemoveFilter changed the filters";
    const DWORD removed = RmRemoveFilter(h, L"/usr/bin/x", nullptr, nullptr);
    EXPECT_NE(removed, bad) << "with good arguments RmRemoveFilter gets past its checks";
    EXPECT_NE(removed, invalid);

    // RmShutdown / RmRestart: unknown flags. (Nothing is registered, so the good calls, which
    // only show that the checks pass, affect no process.)
    EXPECT_EQ(RmShutdown(h, 0x2, nullptr), bad);
    EXPECT_EQ(RmShutdown(h, 0x100, nullptr), bad);
    EXPECT_EQ(RmRestart(h, 1, nullptr), bad);
    const DWORD shutDown = RmShutdown(h, RmForceShutdown | RmShutdownOnlyRegistered, nullptr);
    EXPECT_NE(shutDown, bad);
    EXPECT_NE(shutDown, invalid);
    const DWORD restarted = RmRestart(h, 0, nullptr);
    EXPECT_NE(restarted, bad);
    EXPECT_NE(restarted, invalid);

    // The Linux helpers.
    RM_UNIQUE_PROCESS process{1234, {5, 6}};
    EXPECT_EQ(RmLinuxGetUniqueProcess(0, &process), bad);
    EXPECT_EQ(RmLinuxGetUniqueProcess(-1, &process), bad);
    EXPECT_EQ(RmLinuxGetUniqueProcess(::getpid(), nullptr), bad);
    EXPECT_EQ(process.dwProcessId, 1234U);
    EXPECT_EQ(RmLinuxIsSameProcessRunning(nullptr), FALSE);
    const RM_UNIQUE_PROCESS pidZero{0, self.ProcessStartTime};
    EXPECT_EQ(RmLinuxIsSameProcessRunning(&pidZero), FALSE);
    EXPECT_EQ(RmLinuxIsSameProcessRunning(&self), TRUE);

    // None of it disturbed the session.
    EXPECT_EQ(filesOf(h), std::vector<std::string>{});
    EXPECT_EQ(memberCountOfOnlySession(), 1);
    EXPECT_EQ(RmEndSession(h), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(sessionCount(), 0);
}

// The command line this process registered for restart, read straight from the store; "<none>"
// when it has no registration.
std::string registeredCommandLine(const std::string& storeFile) {
    sqlite3* db = nullptr;
    std::string line = "<none>";
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_open_v2(storeFile.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(db, "SELECT command_line FROM restart_registrations WHERE pid = ?", -1,
                           &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_int64(stmt, 1, ::getpid());
        if (sqlite3_step(stmt) == SQLITE_ROW) {
            line = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return line;
}

// The SDK's limit: RESTART_MAX_CMD_LINE (1024) characters, the terminating NUL not counted. A
// longer command line is E_INVALIDARG and leaves the earlier registration as it was.
TEST_F(SessionErrorsArguments, RestartCommandLineOfAtMost1024Characters) {
    EXPECT_EQ(RESTART_MAX_CMD_LINE, 1024);
    const auto ascii = [](std::size_t n) { return std::wstring(n, L'x'); };
    EXPECT_EQ(RegisterApplicationRestart(ascii(1023).c_str(), 0), S_OK);
    EXPECT_EQ(registeredCommandLine(storeFile()), std::string(1023, 'x'));
    EXPECT_EQ(RegisterApplicationRestart(ascii(1024).c_str(), 0), S_OK);
    EXPECT_EQ(registeredCommandLine(storeFile()), std::string(1024, 'x'));
    EXPECT_EQ(RegisterApplicationRestart(ascii(1025).c_str(), 0), E_INVALIDARG);
    EXPECT_EQ(RegisterApplicationRestart(ascii(2000).c_str(), 0), E_INVALIDARG);
    EXPECT_EQ(registeredCommandLine(storeFile()), std::string(1024, 'x'))
        << "a refused call changed the registration";

    // Characters, not bytes: 1024 of U+00E9 are 2048 bytes of UTF-8 and fit, 1025 do not.
    std::string accents;
    for (int i = 0; i < 1024; ++i) {
        accents += "\xC3\xA9";
    }
    EXPECT_EQ(RegisterApplicationRestart(std::wstring(1024, L'\u00E9').c_str(), 0), S_OK);
    EXPECT_EQ(registeredCommandLine(storeFile()), accents);
    EXPECT_EQ(RegisterApplicationRestart(std::wstring(1025, L'\u00E9').c_str(), 0), E_INVALIDARG);

    // The C++ API keeps the same limit.
    EXPECT_TRUE(rm::registerApplicationRestart(std::string(1024, 'y')));
    EXPECT_EQ(registeredCommandLine(storeFile()), std::string(1024, 'y'));
    EXPECT_TRUE(rm::registerApplicationRestart(accents));
    const auto tooLong = rm::registerApplicationRestart(accents + "z");
    EXPECT_EQ(tooLong.code(), static_cast<DWORD>(ERROR_BAD_ARGUMENTS));
    EXPECT_EQ(registeredCommandLine(storeFile()), accents);

    EXPECT_EQ(UnregisterApplicationRestart(), S_OK);
    EXPECT_EQ(registeredCommandLine(storeFile()), "<none>");
}

// ---------------------------------------------------------------------------------------------
// 2. Unknown handles

TEST_F(SessionErrorsHandles, UnknownHandlesForEveryCall) {
    // A live session whose registrations must survive all of this untouched.
    const auto live = start();
    ASSERT_EQ(live.code, static_cast<DWORD>(ERROR_SUCCESS));
    const std::vector<std::string> baseline{temp().file("live-file")};
    ASSERT_EQ(registerFiles(live.handle, baseline), static_cast<DWORD>(ERROR_SUCCESS));

    const auto ended = start();
    ASSERT_EQ(ended.code, static_cast<DWORD>(ERROR_SUCCESS));
    ASSERT_EQ(RmEndSession(ended.handle), static_cast<DWORD>(ERROR_SUCCESS));

    constexpr auto invalid = static_cast<DWORD>(ERROR_INVALID_HANDLE);
    const std::wstring file = wide(temp().file("x"));
    LPCWSTR files[] = {file.c_str()};
    RM_UNIQUE_PROCESS self{};
    ASSERT_EQ(RmLinuxGetUniqueProcess(::getpid(), &self), static_cast<DWORD>(ERROR_SUCCESS));

    for (const DWORD h : {DWORD{12345}, ended.handle, kNoHandle, live.handle + 1000}) {
        SCOPED_TRACE("handle " + std::to_string(h));
        UINT needed = 0;
        UINT count = 0;
        DWORD reasons = 0;
        DWORD filterNeeded = 0;
        EXPECT_EQ(RmEndSession(h), invalid);
        EXPECT_EQ(RmRegisterResources(h, 1, files, 0, nullptr, 0, nullptr), invalid);
        EXPECT_EQ(RmRegisterResources(h, 0, nullptr, 1, &self, 0, nullptr), invalid);
        EXPECT_EQ(RmRegisterResources(h, 0, nullptr, 0, nullptr, 0, nullptr), invalid);
        EXPECT_EQ(RmGetList(h, &needed, &count, nullptr, &reasons), invalid);
        EXPECT_EQ(RmShutdown(h, 0, nullptr), invalid);
        EXPECT_EQ(RmRestart(h, 0, nullptr), invalid);
        EXPECT_EQ(RmCancelCurrentTask(h), invalid);
        EXPECT_EQ(RmAddFilter(h, file.c_str(), nullptr, nullptr, RmNoRestart), invalid);
        EXPECT_EQ(RmRemoveFilter(h, file.c_str(), nullptr, nullptr), invalid);
        EXPECT_EQ(RmGetFilterList(h, nullptr, 0, &filterNeeded), invalid);
        EXPECT_EQ(rm::engine::registeredResources(h).code(), invalid);
    }

    // The live session kept exactly what it had and still works.
    EXPECT_EQ(filesOf(live.handle), baseline);
    EXPECT_EQ(sessionCount(), 1);
    ASSERT_EQ(registerFiles(live.handle, {temp().file("second")}),
              static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(filesOf(live.handle), sorted(concat(baseline, {temp().file("second")})));
    EXPECT_EQ(RmEndSession(live.handle), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(RmEndSession(live.handle), invalid) << "a handle is gone once its session ended";
}

TEST_F(SessionErrorsHandles, SecondaryHandleAfterPrimaryEndedTheSession) {
    // A secondary in another process holds a handle; the primary ends the session under it.
    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    auto secondary = rmtest::ChildProcess::spawn({rmtest::helperPath("rm_test_secondary")});
    ASSERT_TRUE(secondary.writeLine(narrow(s.key)));
    ASSERT_EQ(ask(secondary, "join"), "join 0");
    rmtest::TempDir files{"rmerr-files"};
    ASSERT_EQ(ask(secondary, "register " + files.path() + " 2"), "register 0");
    ASSERT_EQ(filesOf(s.handle), sorted(numberedFiles(files.path(), 2)));

    ASSERT_EQ(RmEndSession(s.handle), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(sessionCount(), 0);

    // Its handle now names a session that no longer exists.
    EXPECT_EQ(ask(secondary, "register " + files.path() + " 3"), "register 6");
    EXPECT_EQ(sessionCount(), 0) << "the failed registration must not bring the session back";
    EXPECT_EQ(ask(secondary, "end"), "end 0") << "leaving an ended session is harmless";
    EXPECT_EQ(ask(secondary, "end"), "end 6");
    secondary.closeStdin();
    EXPECT_EQ(secondary.wait(), 0);
}

// ---------------------------------------------------------------------------------------------
// 3. Wrong keys

TEST_F(SessionErrorsKeys, UnknownMalformedAndEndedKeys) {
    const auto live = start();
    ASSERT_EQ(live.code, static_cast<DWORD>(ERROR_SUCCESS));
    const auto ended = start();
    ASSERT_EQ(ended.code, static_cast<DWORD>(ERROR_SUCCESS));
    ASSERT_EQ(RmEndSession(ended.handle), static_cast<DWORD>(ERROR_SUCCESS));

    std::wstring unknown = live.key;
    unknown[5] = unknown[5] == L'0' ? L'1' : L'0';
    std::wstring nonHex = live.key;
    nonHex[31] = L'g';
    std::wstring nonAscii = live.key;
    nonAscii[10] = L'\x00e9';
    std::wstring withSpace = live.key;
    withSpace[0] = L' ';

    const std::vector<std::pair<std::string, std::wstring>> keys{
        {"well-formed but unknown", unknown},
        {"all zeros", std::wstring(CCH_RM_SESSION_KEY, L'0')},
        {"31 characters", live.key.substr(0, 31)},
        {"33 characters", live.key + L"0"},
        {"64 characters", live.key + live.key},
        {"one character", L"a"},
        {"non-hex", nonHex},
        {"non-ASCII", nonAscii},
        {"leading space", withSpace},
        {"a GUID with braces", L"{" + live.key.substr(0, 30) + L"}"},
        {"key of an ended session", ended.key},
    };
    for (const auto& [what, key] : keys) {
        DWORD handle = 4242;
        EXPECT_EQ(RmJoinSession(&handle, key.c_str()),
                  static_cast<DWORD>(ERROR_SESSION_CREDENTIAL_CONFLICT))
            << what;
        EXPECT_EQ(handle, 4242U) << what;
        auto joined = rm::Session::join(narrow(key));
        EXPECT_EQ(joined.code(), static_cast<DWORD>(ERROR_SESSION_CREDENTIAL_CONFLICT)) << what;
        if (!joined) {
            EXPECT_FALSE(joined.error().message.empty()) << what;
        }
    }
    // No failed join left a member or a handle behind; the live session is untouched.
    EXPECT_EQ(memberCountOfOnlySession(), 1);
    EXPECT_EQ(rm::SessionRegistry::instance().size(), 1U);

    // The right key, in either case, joins.
    DWORD handle = kNoHandle;
    ASSERT_EQ(join(live.key, handle), static_cast<DWORD>(ERROR_SUCCESS));
    std::wstring upper = live.key;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](wchar_t c) { return static_cast<wchar_t>(std::towupper(c)); });
    DWORD upperHandle = kNoHandle;
    ASSERT_EQ(join(upper, upperHandle), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(memberCountOfOnlySession(), 3);
}

// A user who never started a session has no store: no session of theirs can exist, so a join
// is a credential conflict (not a store fault), and it creates neither the store's folder nor
// its database. RmStartSession still creates both.
TEST_F(SessionErrorsKeys, JoinWithoutAStoreIsACredentialConflictAndCreatesNothing) {
    const std::wstring key(CCH_RM_SESSION_KEY, L'a');
    DWORD handle = 4242;
    ASSERT_FALSE(exists(storeDir()));
    EXPECT_EQ(RmJoinSession(&handle, key.c_str()),
              static_cast<DWORD>(ERROR_SESSION_CREDENTIAL_CONFLICT));
    EXPECT_EQ(handle, 4242U);
    EXPECT_FALSE(exists(storeDir())) << "the join created the store's folder";
    auto joined = rm::Session::join(narrow(key));
    EXPECT_EQ(joined.code(), static_cast<DWORD>(ERROR_SESSION_CREDENTIAL_CONFLICT));
    EXPECT_FALSE(exists(storeDir()));

    // The folder without a database: still no session, and no database made.
    ASSERT_EQ(::mkdir(storeDir().c_str(), 0700), 0);
    EXPECT_EQ(RmJoinSession(&handle, key.c_str()),
              static_cast<DWORD>(ERROR_SESSION_CREDENTIAL_CONFLICT));
    EXPECT_FALSE(exists(storeFile())) << "the join created the store's database";
    ASSERT_EQ(::rmdir(storeDir().c_str()), 0);

    // A store folder whose parent is missing cannot hold a session either.
    rmtest::ScopedEnvironment deeper{"RESTARTMANAGER_STORE_DIR", storeDir() + "/below/store"};
    EXPECT_EQ(RmJoinSession(&handle, key.c_str()),
              static_cast<DWORD>(ERROR_SESSION_CREDENTIAL_CONFLICT));
    EXPECT_FALSE(exists(storeDir()));
}

TEST_F(SessionErrorsKeys, StartCreatesTheStoreThatAJoinThenFinds) {
    ASSERT_FALSE(exists(storeDir()));
    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(modeOf(storeDir()), 0700U);
    EXPECT_TRUE(exists(storeFile()));
    DWORD handle = kNoHandle;
    ASSERT_EQ(join(s.key, handle), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(memberCountOfOnlySession(), 2);
}

TEST_F(SessionErrorsKeys, KeyOfASessionWhosePrimaryDied) {
    // A primary in another process starts a session, hands over its key, and is killed.
    ForkedChild primary{[](int toParent, int fromParent) {
        DWORD handle = kNoHandle;
        WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
        const DWORD code = RmStartSession(&handle, 0, key);
        tellParent(toParent, std::to_string(code) + " " + narrow(key));
        waitForParent(fromParent);
        return 0;
    }};
    ASSERT_TRUE(primary.started());
    const auto line = primary.readLine();
    ASSERT_TRUE(line.has_value());
    ASSERT_EQ(line->substr(0, 2), "0 ") << *line;
    const std::wstring key = wide(line->substr(2));
    ASSERT_EQ(key.size(), static_cast<std::size_t>(CCH_RM_SESSION_KEY));

    // While it lives the key joins.
    DWORD handle = kNoHandle;
    ASSERT_EQ(join(key, handle), static_cast<DWORD>(ERROR_SUCCESS));
    ASSERT_EQ(RmEndSession(handle), static_cast<DWORD>(ERROR_SUCCESS));

    primary.killAndReap();
    DWORD late = 4242;
    EXPECT_EQ(RmJoinSession(&late, key.c_str()),
              static_cast<DWORD>(ERROR_SESSION_CREDENTIAL_CONFLICT));
    EXPECT_EQ(late, 4242U);
    EXPECT_EQ(rm::SessionRegistry::instance().size(), 0U);
}

// ---------------------------------------------------------------------------------------------
// 4. Session limits

TEST_F(SessionErrorsLimits, SixtyFifthSessionOfThisProcess) {
    std::vector<DWORD> handles;
    for (std::size_t i = 0; i < rm::SessionStore::kMaxLiveSessionsPerUser; ++i) {
        const auto s = start();
        ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS)) << "session #" << i + 1;
        handles.push_back(s.handle);
    }
    ASSERT_EQ(sessionCount(), 64);

    DWORD handle = 4242;
    WCHAR key[CCH_RM_SESSION_KEY + 1];
    std::fill(std::begin(key), std::end(key), L'#');
    EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_MAX_SESSIONS_REACHED));
    EXPECT_EQ(handle, 4242U);
    EXPECT_EQ(key[0], L'#');
    EXPECT_EQ(rm::Session::start().code(), static_cast<DWORD>(ERROR_MAX_SESSIONS_REACHED));
    EXPECT_EQ(sessionCount(), 64) << "a refused start left a session row behind";
    EXPECT_EQ(rm::SessionRegistry::instance().size(), 64U);

    // One ends, one more may start.
    ASSERT_EQ(RmEndSession(handles.back()), static_cast<DWORD>(ERROR_SUCCESS));
    const auto again = start();
    EXPECT_EQ(again.code, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(sessionCount(), 64);
    EXPECT_EQ(start().code, static_cast<DWORD>(ERROR_MAX_SESSIONS_REACHED));
}

TEST_F(SessionErrorsLimits, PerUserLimitHeldByAnotherProcessThenReclaimed) {
    ASSERT_EQ(threadCount(), 1) << "fork() needs a single-threaded test process";
    // Another process of this user holds all 64 sessions; this process holds no handle at all,
    // so only the per-user limit can refuse it.
    ForkedChild holder{[](int toParent, int fromParent) {
        int started = 0;
        DWORD lastCode = ERROR_SUCCESS;
        for (int i = 0; i < 64; ++i) {
            DWORD handle = kNoHandle;
            WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
            lastCode = RmStartSession(&handle, 0, key);
            if (lastCode != ERROR_SUCCESS) {
                break;
            }
            ++started;
        }
        tellParent(toParent, std::to_string(started) + " " + std::to_string(lastCode));
        waitForParent(fromParent);
        return 0;
    }};
    ASSERT_TRUE(holder.started());
    ASSERT_EQ(holder.readLine().value_or("<nothing>"), "64 0");

    {
        auto sessions = rm::listSessions();
        ASSERT_TRUE(sessions) << sessions.error().message;
        ASSERT_EQ(sessions->size(), 64U);
        for (const auto& session : *sessions) {
            EXPECT_EQ(session.primary.pid, holder.pid());
            EXPECT_TRUE(session.primaryRunning);
        }
    }
    ASSERT_EQ(rm::SessionRegistry::instance().size(), 0U);
    DWORD handle = 4242;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_MAX_SESSIONS_REACHED));
    EXPECT_EQ(handle, 4242U);
    EXPECT_EQ(sessionCount(), 64);

    // The holder dies without ending anything: its sessions are stale and make room.
    holder.killAndReap();
    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    auto sessions = rm::listSessions();
    ASSERT_TRUE(sessions) << sessions.error().message;
    ASSERT_EQ(sessions->size(), 1U) << "the 64 stale sessions were not reclaimed";
    EXPECT_EQ(sessions->front().primary.pid, ::getpid());
    EXPECT_EQ(sessions->front().members, 1U);
}

TEST_F(SessionErrorsLimits, SixtyFifthHandleOfThisProcess) {
    // One session only, so the per-user limit is far away; the handles run out first.
    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    std::vector<DWORD> joined;
    for (std::size_t i = 1; i < rm::SessionRegistry::kMaxHandlesPerProcess; ++i) {
        DWORD handle = kNoHandle;
        ASSERT_EQ(join(s.key, handle), static_cast<DWORD>(ERROR_SUCCESS)) << "handle #" << i + 1;
        joined.push_back(handle);
    }
    ASSERT_EQ(rm::SessionRegistry::instance().size(), 64U);
    ASSERT_EQ(memberCountOfOnlySession(), 64);

    DWORD handle = 4242;
    EXPECT_EQ(RmJoinSession(&handle, s.key.c_str()),
              static_cast<DWORD>(ERROR_MAX_SESSIONS_REACHED));
    EXPECT_EQ(handle, 4242U);
    EXPECT_EQ(memberCountOfOnlySession(), 64) << "the refused join left its member row behind";
    // A 65th handle by starting is refused the same way, and leaves no session behind.
    EXPECT_EQ(start().code, static_cast<DWORD>(ERROR_MAX_SESSIONS_REACHED));
    EXPECT_EQ(sessionCount(), 1) << "the refused start left its session row behind";

    // Registration through all the handles still lands in the one session.
    ASSERT_EQ(registerFiles(joined.back(), {temp().file("via-last")}),
              static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(filesOf(s.handle), std::vector<std::string>{temp().file("via-last")});

    // Giving one handle back makes room for one more.
    ASSERT_EQ(RmEndSession(joined.back()), static_cast<DWORD>(ERROR_SUCCESS));
    ASSERT_EQ(join(s.key, handle), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(memberCountOfOnlySession(), 64);
}

// ---------------------------------------------------------------------------------------------
// 5. The store's write lock held past the timeout

TEST_F(SessionErrorsLock, EveryWritingCallTimesOutAndLosesNothing) {
    LockTimeoutGuard restoreTimeout;
    // The session exists before the timeout is changed: the new timeout must still apply to it.
    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    const std::vector<std::string> baseline{temp().file("before-1"), temp().file("before-2")};
    ASSERT_EQ(registerFiles(s.handle, baseline), static_cast<DWORD>(ERROR_SUCCESS));

    auto locker =
        rmtest::ChildProcess::spawn({rmtest::helperPath("rm_test_store_locker"), storeFile()});
    ASSERT_EQ(locker.readLine(10s).value_or("<nothing>"), "locked");
    RmLinuxSetStoreLockTimeout(300);
    ASSERT_EQ(RmLinuxGetStoreLockTimeout(), 300U);

    constexpr auto timeout = static_cast<DWORD>(ERROR_SEM_TIMEOUT);
    const auto expectAboutTheTimeout = [](std::chrono::milliseconds took, const char* call) {
        EXPECT_GE(took.count(), 250) << call << " gave up before the timeout (ms)";
        EXPECT_LT(took.count(), 5000) << call << " waited far longer than the timeout (ms)";
    };

    DWORD newHandle = 4242;
    WCHAR key[CCH_RM_SESSION_KEY + 1];
    std::fill(std::begin(key), std::end(key), L'#');
    auto [startCode, startTook] = timed([&] { return RmStartSession(&newHandle, 0, key); });
    EXPECT_EQ(startCode, timeout);
    expectAboutTheTimeout(startTook, "RmStartSession");
    EXPECT_EQ(newHandle, 4242U);
    EXPECT_EQ(key[0], L'#');

    DWORD joinHandle = 4242;
    auto [joinCode, joinTook] = timed([&] { return RmJoinSession(&joinHandle, s.key.c_str()); });
    EXPECT_EQ(joinCode, timeout);
    expectAboutTheTimeout(joinTook, "RmJoinSession");
    EXPECT_EQ(joinHandle, 4242U);

    const std::vector<std::string> during{temp().file("during-1"), temp().file("during-2")};
    auto [registerCode, registerTook] = timed([&] { return registerFiles(s.handle, during); });
    EXPECT_EQ(registerCode, timeout);
    expectAboutTheTimeout(registerTook, "RmRegisterResources");

    auto [endCode, endTook] = timed([&] { return RmEndSession(s.handle); });
    EXPECT_EQ(endCode, timeout);
    expectAboutTheTimeout(endTook, "RmEndSession");
    EXPECT_EQ(rm::SessionRegistry::instance().size(), 1U)
        << "the handle must stay valid after a failed RmEndSession";

    // Reading does not need the write lock (WAL): the failed calls changed nothing.
    EXPECT_EQ(filesOf(s.handle), sorted(baseline));

    locker.closeStdin();
    ASSERT_EQ(locker.wait(), 0);

    // Nothing was lost: one session, one member, the files from before.
    EXPECT_EQ(sessionCount(), 1);
    EXPECT_EQ(memberCountOfOnlySession(), 1);
    EXPECT_EQ(filesOf(s.handle), sorted(baseline));

    // The same calls succeed now.
    const auto second = start();
    EXPECT_EQ(second.code, static_cast<DWORD>(ERROR_SUCCESS));
    ASSERT_EQ(join(s.key, joinHandle), static_cast<DWORD>(ERROR_SUCCESS));
    ASSERT_EQ(registerFiles(s.handle, during), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(filesOf(joinHandle), sorted(concat(baseline, during)));
    EXPECT_EQ(RmEndSession(s.handle), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(sessionCount(), 1);
}

// ---------------------------------------------------------------------------------------------
// 6.-8. The store's location: read-only, full, corrupt, not private

TEST_F(SessionErrorsStore, ReadOnlyLocation) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root to mount a read-only tmpfs; CI runs as root";
    }
    m_mount.emplace(temp().file("ro"), "size=1m,mode=0700");
    ASSERT_TRUE(m_mount->mounted()) << "mount tmpfs: " << m_mount->error();
    const std::string dir = m_mount->path() + "/store";
    ::setenv("RESTARTMANAGER_STORE_DIR", dir.c_str(), 1);

    // A store with a session that ended: created, then closed by everyone.
    {
        const auto s = start();
        ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
        ASSERT_EQ(RmEndSession(s.handle), static_cast<DWORD>(ERROR_SUCCESS));
    }
    const std::string store = dir + "/sessions.db";
    const std::string before = rmtest::readFile(store);
    ASSERT_FALSE(before.empty());
    ASSERT_EQ(m_mount->remount(true), "");

    DWORD handle = 4242;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_EQ(handle, 4242U);
    EXPECT_EQ(rm::Session::start().code(), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_EQ(rm::SessionRegistry::instance().size(), 0U);

    // Writable again: the store is intact and works.
    ASSERT_EQ(m_mount->remount(false), "");
    EXPECT_EQ(rmtest::readFile(store), before);
    EXPECT_EQ(integrityCheck(store), "ok");
    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(sessionCount(), 1);
}

TEST_F(SessionErrorsStore, FullLocationRollsBackTheWholeRegistration) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root to mount a small tmpfs that can be filled; CI runs as root";
    }
    m_mount.emplace(temp().file("full"), "size=256k,mode=0700");
    ASSERT_TRUE(m_mount->mounted()) << "mount tmpfs: " << m_mount->error();
    const std::string dir = m_mount->path() + "/store";
    ::setenv("RESTARTMANAGER_STORE_DIR", dir.c_str(), 1);

    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    const auto baseline = numberedFiles("/opt/app", 5, "before-");
    ASSERT_EQ(registerFiles(s.handle, baseline), static_cast<DWORD>(ERROR_SUCCESS));

    // Fill what is left of the file system.
    const std::string filler = m_mount->path() + "/filler";
    {
        const int fd = ::open(filler.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        ASSERT_GE(fd, 0);
        const std::string chunk(4096, 'f');
        int lastErrno = 0;
        for (;;) {
            const ssize_t n = ::write(fd, chunk.data(), chunk.size());
            if (n <= 0) {
                lastErrno = errno;
                break;
            }
        }
        // A last partial page may still fit: fill byte by byte.
        while (::write(fd, "f", 1) == 1) {
        }
        ::close(fd);
        ASSERT_EQ(lastErrno, ENOSPC);
    }

    // Far more than 256 KiB of paths in one call.
    const auto many = numberedFiles("/opt/app/a-rather-long-directory-name-to-take-up-room/"
                                    "and-another-level-of-it-for-good-measure",
                                    3000, "file-");
    EXPECT_EQ(registerFiles(s.handle, many), static_cast<DWORD>(ERROR_WRITE_FAULT));

    ASSERT_EQ(::unlink(filler.c_str()), 0);
    EXPECT_EQ(filesOf(s.handle), sorted(baseline)) << "the failed registration was not rolled back";
    EXPECT_EQ(integrityCheck(dir + "/sessions.db"), "ok");

    // With room again the store takes registrations and keeps everything.
    const auto more = numberedFiles("/opt/app", 3, "after-");
    ASSERT_EQ(registerFiles(s.handle, more), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(filesOf(s.handle), sorted(concat(baseline, more)));
    EXPECT_EQ(memberCountOfOnlySession(), 1);
    ASSERT_EQ(RmEndSession(s.handle), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(sessionCount(), 0);
    EXPECT_EQ(integrityCheck(dir + "/sessions.db"), "ok");
}

TEST_F(SessionErrorsStore, GarbageStoreIsReportedAndNotOverwritten) {
    ASSERT_EQ(::mkdir(storeDir().c_str(), 0700), 0);
    const std::string bytes = garbage(8192);
    ASSERT_TRUE(writeWholeFile(storeFile(), bytes));

    DWORD handle = 4242;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_EQ(handle, 4242U);
    const std::wstring someKey(CCH_RM_SESSION_KEY, L'a');
    EXPECT_EQ(RmJoinSession(&handle, someKey.c_str()), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_EQ(handle, 4242U);
    EXPECT_EQ(rm::listSessions().code(), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_EQ(rmtest::readFile(storeFile()), bytes) << "the corrupt store was overwritten";
    EXPECT_EQ(rm::SessionRegistry::instance().size(), 0U);
}

TEST_F(SessionErrorsStore, CorruptPagesAreReportedAndNotOverwritten) {
    // A real store with a session in it, closed by everyone, then its pages after the first
    // (schema) page overwritten: the header is fine, the tables are not.
    {
        const auto s = start();
        ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
        ASSERT_EQ(registerFiles(s.handle, numberedFiles("/opt", 50)),
                  static_cast<DWORD>(ERROR_SUCCESS));
        ASSERT_EQ(RmEndSession(s.handle), static_cast<DWORD>(ERROR_SUCCESS));
    }
    ASSERT_FALSE(exists(storeFile() + "-wal")) << "the store was not checkpointed on close";
    std::string bytes = rmtest::readFile(storeFile());
    ASSERT_GE(bytes.size(), 8192U);
    const std::size_t pageSize =
        (static_cast<std::size_t>(static_cast<unsigned char>(bytes[16])) << 8) |
        static_cast<unsigned char>(bytes[17]);
    ASSERT_GE(pageSize, 512U);
    const std::string noise = garbage(bytes.size() - pageSize);
    bytes.replace(pageSize, noise.size(), noise);
    ASSERT_TRUE(writeWholeFile(storeFile(), bytes));

    DWORD handle = 4242;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_EQ(handle, 4242U);
    EXPECT_EQ(rmtest::readFile(storeFile()), bytes) << "the corrupt store was overwritten";
    EXPECT_EQ(rm::SessionRegistry::instance().size(), 0U);
}

TEST_F(SessionErrorsStore, NewerSchemaIsRefusedAndNotOverwritten) {
    ASSERT_EQ(::mkdir(storeDir().c_str(), 0700), 0);
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(storeFile().c_str(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE future(x); PRAGMA user_version=99", nullptr,
                               nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(db);
    }
    const std::string before = rmtest::readFile(storeFile());
    DWORD handle = 4242;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_EQ(handle, 4242U);
    EXPECT_EQ(rmtest::readFile(storeFile()), before);
}

TEST_F(SessionErrorsStore, StoreFileThatIsNotARegularFile) {
    ASSERT_EQ(::mkdir(storeDir().c_str(), 0700), 0);
    // A link to a file elsewhere: refused, and the target stays as it was.
    const std::string target = temp().file("elsewhere.db");
    ASSERT_TRUE(writeWholeFile(target, ""));
    ASSERT_EQ(::symlink(target.c_str(), storeFile().c_str()), 0);
    DWORD handle = 4242;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_EQ(rmtest::readFile(target), "");
    // A directory in its place.
    ASSERT_EQ(::unlink(storeFile().c_str()), 0);
    ASSERT_EQ(::mkdir(storeFile().c_str(), 0700), 0);
    EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_EQ(handle, 4242U);
    // A regular file again: works.
    ASSERT_EQ(::rmdir(storeFile().c_str()), 0);
    EXPECT_EQ(start().code, static_cast<DWORD>(ERROR_SUCCESS));
}

TEST_F(SessionErrorsStore, DirectoryOpenToOthersIsRefusedNotRepaired) {
    ASSERT_EQ(::mkdir(storeDir().c_str(), 0700), 0);
    ASSERT_EQ(::chmod(storeDir().c_str(), 0755), 0);
    DWORD handle = 4242;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_EQ(handle, 4242U);
    EXPECT_EQ(modeOf(storeDir()), 0755U) << "the Restart Manager must not repair the mode";
    EXPECT_FALSE(exists(storeFile())) << "a store was created in a directory open to others";

    for (const mode_t mode : {0710U, 0701U, 0770U, 0707U}) {
        ASSERT_EQ(::chmod(storeDir().c_str(), mode), 0);
        EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT))
            << "mode " << std::oct << mode;
        EXPECT_FALSE(exists(storeFile()));
    }
    ASSERT_EQ(::chmod(storeDir().c_str(), 0700), 0);
    EXPECT_EQ(start().code, static_cast<DWORD>(ERROR_SUCCESS));
}

TEST_F(SessionErrorsStore, DirectoryThatIsALinkOrNotADirectory) {
    const std::string real = temp().file("real-store");
    ASSERT_EQ(::mkdir(real.c_str(), 0700), 0);
    ASSERT_EQ(::symlink(real.c_str(), storeDir().c_str()), 0);
    DWORD handle = 4242;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_EQ(handle, 4242U);
    EXPECT_FALSE(exists(real + "/sessions.db")) << "the store was created through the link";

    ASSERT_EQ(::unlink(storeDir().c_str()), 0);
    ASSERT_TRUE(writeWholeFile(storeDir(), "not a directory"));
    EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_EQ(rmtest::readFile(storeDir()), "not a directory");

    ::setenv("RESTARTMANAGER_STORE_DIR", "relative/store", 1);
    EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_FALSE(exists("relative"));
    EXPECT_EQ(handle, 4242U);
    EXPECT_EQ(rm::SessionRegistry::instance().size(), 0U);
}

TEST_F(SessionErrorsStore, DirectoryOrFileOwnedByAnotherUser) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root to give the store to another user (chown); CI runs as root";
    }
    const passwd* nobody = ::getpwnam("nobody");
    ASSERT_NE(nobody, nullptr) << "no user 'nobody'";
    const uid_t nobodyUid = nobody->pw_uid;
    const gid_t nobodyGid = nobody->pw_gid;

    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    const std::vector<std::string> baseline{temp().file("owned")};
    ASSERT_EQ(registerFiles(s.handle, baseline), static_cast<DWORD>(ERROR_SUCCESS));

    for (const std::string& path : {storeDir(), storeFile()}) {
        SCOPED_TRACE("owned by nobody: " + path);
        ASSERT_EQ(::chown(path.c_str(), nobodyUid, nobodyGid), 0) << std::strerror(errno);
        DWORD handle = 4242;
        WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
        EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT));
        EXPECT_EQ(RmJoinSession(&handle, s.key.c_str()),
                  static_cast<DWORD>(ERROR_SESSION_CREDENTIAL_CONFLICT));
        EXPECT_EQ(handle, 4242U);
        EXPECT_EQ(rm::SessionRegistry::instance().size(), 1U);
        ASSERT_EQ(::chown(path.c_str(), ::getuid(), ::getgid()), 0);
        EXPECT_EQ(memberCountOfOnlySession(), 1);
        EXPECT_EQ(filesOf(s.handle), baseline);
    }
    // Owned by this user again: the same join works.
    DWORD handle = kNoHandle;
    EXPECT_EQ(join(s.key, handle), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(memberCountOfOnlySession(), 2);
}

// ---------------------------------------------------------------------------------------------
// 9. Out of memory
//
// The child is fork()ed and then runs this test binary again (exec), limited to this one test:
// a fresh process image has a fresh heap. A plain fork() would inherit the memory that earlier
// tests freed but malloc kept, and the call could live on that without touching RLIMIT_AS.

constexpr const char* kMemoryChildDataDir = "RM_SESSION_ERRORS_MEMORY_CHILD_DATA";
constexpr const char* kMemoryChildStoreDir = "RM_SESSION_ERRORS_MEMORY_CHILD_STORE";
constexpr int kMemoryChildReportFd = 3;

// Starts the running test again in a fresh process; it reports on kMemoryChildReportFd.
std::unique_ptr<ForkedChild> reexecThisTest(const std::string& storeDir,
                                            const std::string& dataDir) {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    // Everything the child needs is built before fork(): between fork() and exec() it only
    // calls async-signal-safe functions.
    std::vector<std::string> args{"/proc/self/exe", std::string{"--gtest_filter="} +
                                                        test->test_suite_name() + "." +
                                                        test->name()};
    std::vector<std::string> env;
    for (char** e = environ; *e != nullptr; ++e) {
        env.emplace_back(*e);
    }
    env.push_back(std::string{kMemoryChildDataDir} + "=" + dataDir);
    env.push_back(std::string{kMemoryChildStoreDir} + "=" + storeDir);
    std::vector<char*> argv;
    for (auto& a : args) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (auto& e : env) {
        envp.push_back(e.data());
    }
    envp.push_back(nullptr);
    return std::make_unique<ForkedChild>([&argv, &envp](int toParent, int) {
        if (toParent == kMemoryChildReportFd) {
            ::fcntl(toParent, F_SETFD, 0);
        } else {
            ::dup2(toParent, kMemoryChildReportFd);
        }
        const int devNull = ::open("/dev/null", O_WRONLY);
        ::dup2(devNull, STDOUT_FILENO); // GoogleTest's own output of the child is not wanted
        ::execve(argv[0], argv.data(), envp.data());
        return 97;
    });
}

// In the re-executed child: the data directory to use, after pointing the store where the
// parent's is. Empty in the parent.
std::string memoryChildDataDir() {
    const char* data = std::getenv(kMemoryChildDataDir);
    const char* store = std::getenv(kMemoryChildStoreDir);
    if (data == nullptr || store == nullptr) {
        return {};
    }
    ::setenv("RESTARTMANAGER_STORE_DIR", store, 1);
    return data;
}

int hugeRegistrationChild(int toParent, const std::string& dir) {
    DWORD handle = kNoHandle;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    if (const DWORD code = RmStartSession(&handle, 0, key); code != ERROR_SUCCESS) {
        tellParent(toParent, "start " + std::to_string(code));
        return 1;
    }
    const auto baseline = numberedFiles(dir, 3, "kept-");
    if (const DWORD code = registerFiles(handle, baseline); code != ERROR_SUCCESS) {
        tellParent(toParent, "baseline " + std::to_string(code));
        return 1;
    }
    // Everything the huge call needs from the caller is built before the limit drops.
    constexpr std::size_t kCount = 200'000;
    const std::wstring prefix =
        wide(dir) + L"/a-long-directory-name-so-that-every-path-needs-its-own-allocation/";
    std::vector<std::wstring> names;
    names.reserve(kCount);
    for (std::size_t i = 0; i < kCount; ++i) {
        names.push_back(prefix + std::to_wstring(i));
    }
    std::vector<LPCWSTR> pointers;
    pointers.reserve(kCount);
    for (const auto& name : names) {
        pointers.push_back(name.c_str());
    }
    rlimit old{};
    if (!limitAddressSpace(8LL * 1024 * 1024, old)) {
        tellParent(toParent, "setrlimit failed");
        return 1;
    }
    const DWORD code = RmRegisterResources(handle, static_cast<UINT>(kCount), pointers.data(), 0,
                                           nullptr, 0, nullptr);
    ::setrlimit(RLIMIT_AS, &old);

    const auto files = filesOf(handle);
    const bool intact = files == sorted(baseline);
    const DWORD after = registerFiles(handle, {dir + "/after"});
    const bool afterIntact = filesOf(handle) == sorted(concat(baseline, {dir + "/after"}));
    const DWORD end = RmEndSession(handle);
    tellParent(toParent, "register " + std::to_string(code) + " files " +
                             std::to_string(files.size()) + " intact " + std::to_string(intact) +
                             " after " + std::to_string(after) + " " + std::to_string(afterIntact) +
                             " end " + std::to_string(end));
    return 0;
}

// The same call under more and more headroom, so that memory runs out in the argument
// conversion, in the engine's checks, in SQLite, ... until there is enough. One line per round:
// "<MiB> <code> <1 if the read-back is all or nothing as the code says>".
int exhaustionSweepChild(int toParent, const std::string& dir) {
    DWORD handle = kNoHandle;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    if (const DWORD code = RmStartSession(&handle, 0, key); code != ERROR_SUCCESS) {
        tellParent(toParent, "start " + std::to_string(code));
        return 1;
    }
    constexpr std::size_t kCount = 50'000;
    for (long long mib = 1; mib <= 96; ++mib) {
        const std::wstring prefix = wide(dir) + L"/round-" + std::to_wstring(mib) +
                                    L"/every-path-needs-its-own-allocation-";
        std::vector<std::wstring> names;
        names.reserve(kCount);
        for (std::size_t i = 0; i < kCount; ++i) {
            names.push_back(prefix + std::to_wstring(i));
        }
        std::vector<LPCWSTR> pointers;
        pointers.reserve(kCount);
        for (const auto& name : names) {
            pointers.push_back(name.c_str());
        }
        rlimit old{};
        if (!limitAddressSpace(mib * 1024 * 1024, old)) {
            tellParent(toParent, "setrlimit failed");
            return 1;
        }
        const DWORD code = RmRegisterResources(handle, static_cast<UINT>(kCount), pointers.data(),
                                               0, nullptr, 0, nullptr);
        ::setrlimit(RLIMIT_AS, &old);
        const auto files = filesOf(handle);
        const std::size_t expected = code == ERROR_SUCCESS ? kCount : 0;
        tellParent(toParent, std::to_string(mib) + " " + std::to_string(code) + " " +
                                 std::to_string(files.size() == expected));
        if (code != ERROR_OUTOFMEMORY) {
            break;
        }
    }
    tellParent(toParent, "end " + std::to_string(RmEndSession(handle)));
    return 0;
}

// Waits for the child; its exit status as text, "signal N" if it crashed.
std::string outcome(ForkedChild& child) {
    const int status = child.wait(60s);
    if (status == -1) {
        return "did not finish";
    }
    if (WIFSIGNALED(status)) {
        return "signal " + std::to_string(WTERMSIG(status));
    }
    return "exit " + std::to_string(WEXITSTATUS(status));
}

TEST_F(SessionErrorsMemory, HugeRegistrationUnderAddressSpaceLimit) {
#ifdef RM_TEST_UNDER_ASAN
    GTEST_SKIP() << "AddressSanitizer reserves terabytes of address space, so RLIMIT_AS cannot "
                    "simulate memory exhaustion in this build";
#endif
    if (const auto dir = memoryChildDataDir(); !dir.empty()) {
        const int status = hugeRegistrationChild(kMemoryChildReportFd, dir);
        TearDown(); // this child's own fixture: _exit skips GoogleTest's clean-up
        ::_exit(status);
    }
    ASSERT_EQ(threadCount(), 1) << "fork() needs a single-threaded test process";
    auto child = reexecThisTest(storeDir(), temp().path());
    ASSERT_TRUE(child->started());
    const auto report = child->readLine(60s);
    EXPECT_EQ(outcome(*child), "exit 0") << "the child must not crash";
    EXPECT_EQ(report.value_or("<no report>"), "register 14 files 3 intact 1 after 0 1 end 0");
    EXPECT_EQ(sessionCount(), 0);
}

TEST_F(SessionErrorsMemory, ExhaustionAtAnyDepthIsAllOrNothing) {
#ifdef RM_TEST_UNDER_ASAN
    GTEST_SKIP() << "AddressSanitizer reserves terabytes of address space, so RLIMIT_AS cannot "
                    "simulate memory exhaustion in this build";
#endif
    if (const auto dir = memoryChildDataDir(); !dir.empty()) {
        const int status = exhaustionSweepChild(kMemoryChildReportFd, dir);
        TearDown(); // this child's own fixture: _exit skips GoogleTest's clean-up
        ::_exit(status);
    }
    ASSERT_EQ(threadCount(), 1) << "fork() needs a single-threaded test process";
    auto child = reexecThisTest(storeDir(), temp().path());
    ASSERT_TRUE(child->started());
    std::vector<std::string> rounds;
    std::string last = "<no final report>";
    while (auto line = child->readLine(60s)) {
        if (line->empty() || (*line)[0] < '0' || (*line)[0] > '9') {
            last = *line;
            break;
        }
        rounds.push_back(*line);
    }
    EXPECT_EQ(outcome(*child), "exit 0") << "the child must not crash";
    EXPECT_EQ(last, "end 0");
    ASSERT_GE(rounds.size(), 2U) << "memory never ran out, or the child reported nothing";
    for (std::size_t i = 0; i + 1 < rounds.size(); ++i) {
        EXPECT_EQ(rounds[i], std::to_string(i + 1) + " 14 1") << "headroom " << i + 1 << " MiB";
    }
    EXPECT_EQ(rounds.back(), std::to_string(rounds.size()) + " 0 1")
        << "the last round should have had memory enough";
    EXPECT_EQ(sessionCount(), 0);
}

// ---------------------------------------------------------------------------------------------
// 10. A secondary that tries what only the primary may do

TEST_F(SessionErrorsRoles, SecondaryCannotShutDownRestartOrEndTheSession) {
    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    const std::vector<std::string> primaryFiles{temp().file("primary-1")};
    ASSERT_EQ(registerFiles(s.handle, primaryFiles), static_cast<DWORD>(ERROR_SUCCESS));

    auto secondary = rmtest::ChildProcess::spawn({rmtest::helperPath("rm_test_secondary")});
    ASSERT_TRUE(secondary.writeLine(narrow(s.key)));
    ASSERT_EQ(ask(secondary, "join"), "join 0");
    EXPECT_EQ(memberCountOfOnlySession(), 2);
    rmtest::TempDir files{"rmerr-secondary"};
    ASSERT_EQ(ask(secondary, "register " + files.path() + " 3"), "register 0");
    ASSERT_EQ(ask(secondary, "register-process " + std::to_string(secondary.pid())),
              "register-process 0");
    RM_UNIQUE_PROCESS secondaryProcess{};
    ASSERT_EQ(RmLinuxGetUniqueProcess(secondary.pid(), &secondaryProcess),
              static_cast<DWORD>(ERROR_SUCCESS));

    EXPECT_EQ(ask(secondary, "shutdown"), "shutdown 5");
    EXPECT_EQ(ask(secondary, "restart"), "restart 5");

    // A secondary's end only leaves.
    EXPECT_EQ(ask(secondary, "end"), "end 0");
    EXPECT_EQ(ask(secondary, "shutdown"), "shutdown 6") << "its handle is gone";
    secondary.closeStdin();
    EXPECT_EQ(secondary.wait(), 0);

    EXPECT_EQ(sessionCount(), 1);
    EXPECT_EQ(memberCountOfOnlySession(), 1);
    const auto all = sorted(concat(primaryFiles, numberedFiles(files.path(), 3)));
    EXPECT_EQ(filesOf(s.handle), all);
    EXPECT_EQ(processesOf(s.handle), std::vector<std::string>{processText(secondaryProcess)});
    const std::vector<std::string> later{temp().file("primary-2")};
    ASSERT_EQ(registerFiles(s.handle, later), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(filesOf(s.handle), sorted(concat(all, later)));
    EXPECT_EQ(RmEndSession(s.handle), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(sessionCount(), 0);
}

TEST_F(SessionErrorsRoles, InProcessSecondaryIsRefusedToo) {
    const auto s = start();
    ASSERT_EQ(s.code, static_cast<DWORD>(ERROR_SUCCESS));
    DWORD secondary = kNoHandle;
    ASSERT_EQ(join(s.key, secondary), static_cast<DWORD>(ERROR_SUCCESS));
    constexpr auto denied = static_cast<DWORD>(ERROR_ACCESS_DENIED);
    EXPECT_EQ(RmShutdown(secondary, 0, nullptr), denied);
    EXPECT_EQ(RmShutdown(secondary, RmForceShutdown, nullptr), denied);
    EXPECT_EQ(RmRestart(secondary, 0, nullptr), denied);
    EXPECT_EQ(RmCancelCurrentTask(secondary), denied);
    ASSERT_EQ(registerFiles(secondary, {temp().file("from-secondary")}),
              static_cast<DWORD>(ERROR_SUCCESS));
    ASSERT_EQ(RmEndSession(secondary), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(filesOf(s.handle), std::vector<std::string>{temp().file("from-secondary")});
    EXPECT_EQ(memberCountOfOnlySession(), 1);

    // The primary's own calls get past the role check. (Only a file that no process holds is
    // registered, so there is nothing to shut down.)
    EXPECT_NE(RmShutdown(s.handle, 0, nullptr), denied);
    EXPECT_NE(RmRestart(s.handle, 0, nullptr), denied);
    EXPECT_NE(RmCancelCurrentTask(s.handle), denied);
}

} // namespace
