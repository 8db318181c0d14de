#pragma once

// Shared pieces of the test suites: isolated session stores, temporary directories, and real
// child processes that talk over pipes.

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <sys/types.h>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace rmtest {

// A directory removed with everything in it when the object goes.
class TempDir {
public:
    explicit TempDir(const std::string& prefix = "rmtest");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

// Gives each test its own session store: RESTARTMANAGER_STORE_DIR points into a fresh temporary
// directory for the life of the fixture.
class StoreTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;
    [[nodiscard]] const std::string& storeDir() const { return m_storeDir; }
    [[nodiscard]] std::string storeFile() const { return m_storeDir + "/sessions.db"; }
    [[nodiscard]] const TempDir& temp() const { return *m_temp; }

private:
    std::optional<TempDir> m_temp;
    std::string m_storeDir;
};

struct SpawnOptions {
    // Extra NAME=VALUE pairs on top of (or, with the same name, instead of) this environment.
    std::vector<std::pair<std::string, std::string>> environment;
    // Names to remove from the environment.
    std::vector<std::string> unset;
    // Run as this user through `setpriv` (needs root).
    std::optional<std::string> asUser;
};

// A real child process with its stdin and stdout connected to pipes.
class ChildProcess {
public:
    static ChildProcess spawn(const std::vector<std::string>& argv,
                              const SpawnOptions& options = {});
    ChildProcess(ChildProcess&& other) noexcept;
    ChildProcess& operator=(ChildProcess&&) = delete;
    ChildProcess(const ChildProcess&) = delete;
    // Kills the child if it still runs.
    ~ChildProcess();

    [[nodiscard]] pid_t pid() const { return m_pid; }
    bool writeLine(const std::string& line);
    void closeStdin();
    // The next line from the child's stdout, without the newline; nullopt on EOF or timeout.
    std::optional<std::string> readLine(std::chrono::milliseconds timeout = std::chrono::seconds{
                                            30});
    // Everything left on stdout until EOF.
    std::string readAll();
    // Waits for the child and returns its exit status (128 + signal if killed); -1 on timeout.
    int wait(std::chrono::milliseconds timeout = std::chrono::seconds{60});
    void kill(int signal);

private:
    ChildProcess(pid_t pid, int in, int out) : m_pid{pid}, m_stdin{in}, m_stdout{out} {}
    pid_t m_pid = -1;
    int m_stdin = -1;
    int m_stdout = -1;
    std::string m_buffer;
    bool m_reaped = false;
};

// A child of this test (forked, not executed) that runs `prepare` and then pauses until it is
// stopped; it dies with the test, should the test die first. `prepare` runs after fork in a
// threaded program: async-signal-safe calls only.
class PausedChild {
public:
    explicit PausedChild(const std::function<bool()>& prepare = [] { return true; });
    ~PausedChild() { stop(); }
    PausedChild(const PausedChild&) = delete;
    PausedChild& operator=(const PausedChild&) = delete;

    [[nodiscard]] pid_t pid() const { return m_pid; }
    // Whether `prepare` returned true.
    [[nodiscard]] bool ready() const { return m_ready; }
    // Kills and reaps it.
    void stop();

private:
    pid_t m_pid = -1;
    bool m_ready = false;
};

// Sets and unsets environment variables, and puts them back as they were when it goes.
class ScopedEnvironment {
public:
    ScopedEnvironment() = default;
    ScopedEnvironment(const std::string& name, const std::string& value) { set(name, value); }
    ~ScopedEnvironment();
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;
    void set(const std::string& name, const std::string& value);
    void unset(const std::string& name);

private:
    void remember(const std::string& name);
    std::vector<std::pair<std::string, std::optional<std::string>>> m_saved;
};

// A real dbus-daemon on a socket in a temporary directory, with a policy that allows everything;
// the tests run a stand-in systemd on it.
class PrivateBus {
public:
    PrivateBus();
    ~PrivateBus();
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;
    // Empty on success, else what went wrong (with the daemon's log).
    std::string start(const std::string& daemon);
    void stop();
    [[nodiscard]] const std::string& address() const { return m_address; }
    [[nodiscard]] const TempDir& dir() const { return m_dir; }

private:
    TempDir m_dir;
    std::optional<ChildProcess> m_daemon;
    std::string m_address;
};

// The full path of a program found in PATH (or /usr/bin, /bin); nullopt if there is none.
std::optional<std::string> findProgram(const std::string& name);

// Path of a helper program built next to the tests.
std::string helperPath(const std::string& name);

bool runningAsRoot();

// Copies a file to `directory` with mode 0755 so that another user can run it.
std::string copyExecutable(const std::string& source, const std::string& directory);

// Reads a whole file; empty when it cannot be read.
std::string readFile(const std::string& path);

// Runs a shell command and returns its exit status.
int runCommand(const std::string& command);

} // namespace rmtest
