#include "support/test_support.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <poll.h>
#include <signal.h>
#include <sstream>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace rmtest {

TempDir::TempDir(const std::string& prefix) {
    std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed: " + std::string{std::strerror(errno)});
    }
    m_path = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

void StoreTest::SetUp() {
    m_temp.emplace("rmstore");
    m_storeDir = m_temp->file("store");
    ::setenv("RESTARTMANAGER_STORE_DIR", m_storeDir.c_str(), 1);
    // The records of installed products too (ui/setup/product_record.h): never the system's.
    ::setenv("RESTARTMANAGER_PRODUCTS_DIR", m_temp->file("products").c_str(), 1);
}

void StoreTest::TearDown() {
    ::unsetenv("RESTARTMANAGER_STORE_DIR");
    ::unsetenv("RESTARTMANAGER_PRODUCTS_DIR");
    m_temp.reset();
}

ChildProcess ChildProcess::spawn(const std::vector<std::string>& argvIn,
                                 const SpawnOptions& options) {
    std::vector<std::string> args;
    if (options.asUser) {
        args = {"/usr/bin/setpriv", "--reuid=" + *options.asUser, "--regid=" + *options.asUser,
                "--clear-groups", "--"};
        if (*options.asUser == "nobody") {
            args[2] = "--regid=nogroup";
        }
    }
    args.insert(args.end(), argvIn.begin(), argvIn.end());

    std::vector<std::string> env;
    for (char** e = environ; *e != nullptr; ++e) {
        const std::string entry{*e};
        const auto name = entry.substr(0, entry.find('='));
        bool drop = false;
        for (const auto& u : options.unset) {
            drop = drop || u == name;
        }
        for (const auto& [k, v] : options.environment) {
            drop = drop || k == name;
        }
        if (!drop) {
            env.push_back(entry);
        }
    }
    for (const auto& [k, v] : options.environment) {
        env.push_back(k + "=" + v);
    }

    int in[2];
    int out[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
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

    const pid_t pid = ::fork();
    if (pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (pid == 0) {
        ::dup2(in[0], STDIN_FILENO);
        ::dup2(out[1], STDOUT_FILENO);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    return ChildProcess{pid, in[1], out[0]};
}

ChildProcess::ChildProcess(ChildProcess&& other) noexcept
    : m_pid{std::exchange(other.m_pid, -1)}, m_stdin{std::exchange(other.m_stdin, -1)},
      m_stdout{std::exchange(other.m_stdout, -1)}, m_buffer{std::move(other.m_buffer)},
      m_reaped{std::exchange(other.m_reaped, true)} {}

ChildProcess::~ChildProcess() {
    if (m_pid > 0 && !m_reaped) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
    if (m_stdin >= 0) {
        ::close(m_stdin);
    }
    if (m_stdout >= 0) {
        ::close(m_stdout);
    }
}

bool ChildProcess::writeLine(const std::string& line) {
    const std::string data = line + "\n";
    std::size_t written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(m_stdin, data.data() + written, data.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return true;
}

void ChildProcess::closeStdin() {
    if (m_stdin >= 0) {
        ::close(m_stdin);
        m_stdin = -1;
    }
}

std::optional<std::string> ChildProcess::readLine(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (const auto nl = m_buffer.find('\n'); nl != std::string::npos) {
            std::string line = m_buffer.substr(0, nl);
            m_buffer.erase(0, nl + 1);
            return line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || m_stdout < 0) {
            return std::nullopt;
        }
        pollfd pfd{m_stdout, POLLIN, 0};
        if (::poll(&pfd, 1, static_cast<int>(left.count())) <= 0) {
            continue;
        }
        char chunk[4096];
        const ssize_t n = ::read(m_stdout, chunk, sizeof chunk);
        if (n <= 0) {
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (!m_buffer.empty()) {
                std::string rest = std::move(m_buffer);
                m_buffer.clear();
                return rest;
            }
            return std::nullopt;
        }
        m_buffer.append(chunk, static_cast<std::size_t>(n));
    }
}

std::string ChildProcess::readAll() {
    std::string all = std::move(m_buffer);
    m_buffer.clear();
    char chunk[4096];
    for (;;) {
        const ssize_t n = ::read(m_stdout, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        all.append(chunk, static_cast<std::size_t>(n));
    }
    return all;
}

int ChildProcess::wait(std::chrono::milliseconds timeout) {
    if (m_reaped) {
        return -1;
    }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        int status = 0;
        const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
        if (r == m_pid) {
            m_reaped = true;
            if (WIFEXITED(status)) {
                return WEXITSTATUS(status);
            }
            return 128 + WTERMSIG(status);
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            return -1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds{5});
    }
}

void ChildProcess::kill(int signal) {
    if (m_pid > 0 && !m_reaped) {
        ::kill(m_pid, signal);
    }
}

ScopedEnvironment::~ScopedEnvironment() {
    for (auto it = m_saved.rbegin(); it != m_saved.rend(); ++it) {
        if (it->second) {
            ::setenv(it->first.c_str(), it->second->c_str(), 1);
        } else {
            ::unsetenv(it->first.c_str());
        }
    }
}

void ScopedEnvironment::set(const std::string& name, const std::string& value) {
    remember(name);
    ::setenv(name.c_str(), value.c_str(), 1);
}

void ScopedEnvironment::unset(const std::string& name) {
    remember(name);
    ::unsetenv(name.c_str());
}

void ScopedEnvironment::remember(const std::string& name) {
    for (const auto& [saved, value] : m_saved) {
        if (saved == name) {
            return;
        }
    }
    const char* old = std::getenv(name.c_str());
    m_saved.emplace_back(name, old != nullptr ? std::optional<std::string>{old} : std::nullopt);
}

PrivateBus::PrivateBus() : m_dir{"rmbus"} {}

PrivateBus::~PrivateBus() {
    stop();
}

std::string PrivateBus::start(const std::string& daemon) {
    const auto config = m_dir.file("bus.conf");
    std::ofstream{config}
        << R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=)"
        << m_dir.file("bus") << R"(</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";
    // dbus-daemon's complaints (as root in a container it cannot raise its fd limit) go to a log
    // that a failure shows; exec keeps the daemon's PID the child's.
    const auto log = m_dir.file("dbus-daemon.log");
    m_daemon.emplace(
        ChildProcess::spawn({"/bin/sh", "-c", R"(log=$1; shift; exec "$@" 2>"$log")", "sh", log,
                             daemon, "--nofork", "--print-address=1", "--config-file=" + config}));
    const auto line = m_daemon->readLine(std::chrono::seconds{10});
    if (!line || line->rfind("unix:", 0) != 0) {
        return "dbus-daemon printed no address" + (line ? ": " + *line : std::string{}) +
               "; its log: " + readFile(log);
    }
    m_address = *line;
    return {};
}

void PrivateBus::stop() {
    if (m_daemon) {
        m_daemon->kill(SIGTERM);
        m_daemon->wait(std::chrono::seconds{5});
        m_daemon.reset();
    }
}

std::optional<std::string> findProgram(const std::string& name) {
    std::string path = std::getenv("PATH") != nullptr ? std::getenv("PATH") : "";
    path += ":/usr/bin:/bin";
    std::size_t begin = 0;
    while (begin <= path.size()) {
        const auto end = std::min(path.find(':', begin), path.size());
        const auto candidate = path.substr(begin, end - begin) + "/" + name;
        if (end > begin && ::access(candidate.c_str(), X_OK) == 0) {
            return candidate;
        }
        begin = end + 1;
    }
    return std::nullopt;
}

std::string helperPath(const std::string& name) {
    return std::string{RM_TEST_HELPER_DIR} + "/" + name;
}

bool runningAsRoot() {
    return ::geteuid() == 0;
}

PausedChild::PausedChild(const std::function<bool()>& prepare) {
    int ready[2];
    if (::pipe2(ready, O_CLOEXEC) != 0) {
        return;
    }
    m_pid = ::fork();
    if (m_pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        ::close(ready[0]);
        const char answer = prepare() ? 'y' : 'n';
        (void)::write(ready[1], &answer, 1);
        ::close(ready[1]);
        for (;;) {
            ::pause();
        }
    }
    ::close(ready[1]);
    char answer = 'n';
    while (m_pid > 0 && ::read(ready[0], &answer, 1) < 0 && errno == EINTR) {
    }
    ::close(ready[0]);
    m_ready = answer == 'y';
}

void PausedChild::stop() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        while (::waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        m_pid = -1;
    }
}

std::string copyExecutable(const std::string& source, const std::string& directory) {
    const auto target = std::filesystem::path{directory} / std::filesystem::path{source}.filename();
    std::filesystem::copy_file(source, target, std::filesystem::copy_options::overwrite_existing);
    ::chmod(target.c_str(), 0755);
    ::chmod(directory.c_str(), 0755);
    return target.string();
}

std::string readFile(const std::string& path) {
    std::ifstream in{path, std::ios::binary};
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

int runCommand(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace rmtest
