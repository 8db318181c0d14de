// rm_test_app: a scriptable application for the RmShutdown / RmRestart tests and benchmark.
//
//   rm_test_app [options] [other arguments...]
//
//   --hold FILE              keeps FILE open read-only (created if missing); may be repeated
//   --state FILE             on start, if FILE exists, loads its text and prints "restored <text>";
//                            on SIGTERM writes the current text to FILE (replacing it atomically),
//                            prints nothing and exits 0
//   --text T                 the initial text when there is no state file (default: empty)
//   --register-restart ARGS  calls RegisterApplicationRestart(ARGS, 0) at start and prints
//                            "registered <HRESULT>" (decimal)
//   --register-flags N       the dwFlags for that call instead of 0 (RESTART_NO_PATCH is 4)
//   --ignore-term            ignores SIGTERM: a stubborn application that only SIGKILL ends
//   --exit-delay-ms N        on SIGTERM, takes N ms (still holding its files) before it saves its
//                            state and exits, like an application that saves slowly
//   --marker FILE            appends one line to FILE on start: "start\t<pid>\t<argv0>\t<arg1>..."
//                            after loading a state file:          "restored\t<pid>\t<text>"
//                            and as it exits on SIGTERM:          "stopped\t<pid>\t<ms>" (the
//                            milliseconds from receiving SIGTERM to exiting)
//                            The environment variable RM_TEST_APP_MARKER=FILE does the same, so a
//                            restart command line need not name the marker.
//   --exit-at-start N        exits with status N at once, before anything else (a relaunch that
//                            fails as it starts)
//   --fork-registered-child ARGS
//                            once set up, forks a child that keeps the held files (and the marker
//                            and SIGTERM handling), calls RegisterApplicationRestart(ARGS, 0) and
//                            prints "child <pid> registered <HRESULT>"; the parent itself does not
//                            register unless --register-restart says so
//   --then-exec PROGRAM ARGS...
//                            once registered (and before "ready"), executes PROGRAM with ARGS, the
//                            rest of the command line: the same process (PID and start time), so
//                            the registration is PROGRAM's now
//   --primary-shutdown FILE  acts as an installer instead: RmStartSession, RmRegisterResources with
//                            FILE, prints "shutting down", RmShutdown(0), prints "shut down <code>"
//                            (the first failing call's code, 0 when all succeeded), then sleeps
//                            until it is killed.
//
// Arguments it does not know are ignored (they still show in the marker line), so that a
// registered restart command line may carry arguments of its own ("--mode resumed --x 1").
// Prints "ready" (flushed) once everything is set up and SIGTERM is handled. After a restart by
// the Restart Manager its stdio is /dev/null: tests watch the marker and state files instead.
// SIGTERM is received through a signalfd; nothing runs in a signal handler. Exits 2 when a file
// cannot be opened, 64 on a bad command line.
#include <restartmanager.h>

#include <cerrno>
#include <chrono>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <string>
#include <string_view>
#include <sys/signalfd.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

struct Options {
    std::vector<std::string> hold;
    std::optional<std::string> state;
    std::string text;
    std::optional<std::string> registerRestart;
    DWORD registerFlags = 0;
    bool ignoreTerm = false;
    long exitDelayMs = 0;
    std::optional<std::string> marker;
    std::optional<std::string> primaryShutdown;
    std::optional<int> exitAtStart;
    std::optional<std::string> forkRegisteredChild;
    std::vector<std::string> thenExec;
};

[[noreturn]] void usage(const std::string& message) {
    std::fprintf(stderr, "rm_test_app: %s\n", message.c_str());
    std::exit(64);
}

[[noreturn]] void fail(const std::string& what, const std::string& path, int error) {
    std::fprintf(stderr, "rm_test_app: %s %s: %s\n", what.c_str(), path.c_str(),
                 std::strerror(error));
    std::exit(2);
}

Options parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg{argv[i]};
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                usage(std::string{arg} + " needs a value");
            }
            return argv[++i];
        };
        if (arg == "--hold") {
            options.hold.push_back(value());
        } else if (arg == "--state") {
            options.state = value();
        } else if (arg == "--text") {
            options.text = value();
        } else if (arg == "--register-restart") {
            options.registerRestart = value();
        } else if (arg == "--register-flags") {
            const std::string text = value();
            char* end = nullptr;
            options.registerFlags = static_cast<DWORD>(std::strtoul(text.c_str(), &end, 0));
            if (end == text.c_str() || *end != '\0') {
                usage("--register-flags needs a number");
            }
        } else if (arg == "--ignore-term") {
            options.ignoreTerm = true;
        } else if (arg == "--exit-delay-ms") {
            const std::string text = value();
            char* end = nullptr;
            options.exitDelayMs = std::strtol(text.c_str(), &end, 10);
            if (end == text.c_str() || *end != '\0' || options.exitDelayMs < 0) {
                usage("--exit-delay-ms needs a number of milliseconds");
            }
        } else if (arg == "--marker") {
            options.marker = value();
        } else if (arg == "--primary-shutdown") {
            options.primaryShutdown = value();
        } else if (arg == "--exit-at-start") {
            const std::string text = value();
            char* end = nullptr;
            options.exitAtStart = static_cast<int>(std::strtol(text.c_str(), &end, 10));
            if (end == text.c_str() || *end != '\0') {
                usage("--exit-at-start needs a number");
            }
        } else if (arg == "--fork-registered-child") {
            options.forkRegisteredChild = value();
        } else if (arg == "--then-exec") {
            if (i + 1 >= argc) {
                usage("--then-exec needs a program");
            }
            options.thenExec.assign(argv + i + 1, argv + argc);
            break;
        }
        // Anything else belongs to a restart command line and is ignored.
    }
    if (!options.marker) {
        if (const char* marker = std::getenv("RM_TEST_APP_MARKER"); marker && *marker) {
            options.marker = marker;
        }
    }
    return options;
}

bool writeAll(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// One write(2) with O_APPEND, so lines of several processes never interleave.
void appendLine(const std::string& path, const std::string& line) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        fail("cannot open marker", path, errno);
    }
    if (!writeAll(fd, line + "\n")) {
        fail("cannot write marker", path, errno);
    }
    ::close(fd);
}

std::optional<std::string> readText(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return std::nullopt;
    }
    std::string text;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        text.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return text;
}

// Written to a temporary file and renamed, so a reader sees the old text or the new, never half.
void saveText(const std::string& path, const std::string& text) {
    const std::string temporary = path + ".tmp." + std::to_string(::getpid());
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        fail("cannot save state to", temporary, errno);
    }
    if (!writeAll(fd, text) || ::fsync(fd) != 0) {
        fail("cannot save state to", temporary, errno);
    }
    ::close(fd);
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        fail("cannot save state to", path, errno);
    }
}

std::wstring widen(const std::string& text) {
    std::mbstate_t state{};
    const char* source = text.c_str();
    const std::size_t length = std::mbsrtowcs(nullptr, &source, 0, &state);
    if (length == static_cast<std::size_t>(-1)) {
        usage("--register-restart needs text in the locale's encoding");
    }
    std::wstring wide(length, L'\0');
    source = text.c_str();
    state = std::mbstate_t{};
    std::mbsrtowcs(wide.data(), &source, length, &state);
    return wide;
}

void say(const std::string& line) {
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
}

[[noreturn]] void sleepForever() {
    for (;;) {
        ::pause();
    }
}

[[noreturn]] void runPrimary(const std::string& file) {
    DWORD handle = 0;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    DWORD code = RmStartSession(&handle, 0, key);
    if (code == ERROR_SUCCESS) {
        const std::wstring name = widen(file);
        LPCWSTR names[] = {name.c_str()};
        code = RmRegisterResources(handle, 1, names, 0, nullptr, 0, nullptr);
    }
    if (code == ERROR_SUCCESS) {
        say("shutting down");
        code = RmShutdown(handle, 0, nullptr);
    }
    say("shut down " + std::to_string(code));
    // Killed here, between RmShutdown and RmRestart, by the test.
    sleepForever();
}

void registerRestart(const std::string& arguments, DWORD flags, const std::string& prefix) {
    const std::wstring commandLine = widen(arguments);
    const HRESULT result = RegisterApplicationRestart(commandLine.c_str(), flags);
    say(prefix + "registered " + std::to_string(result));
}

} // namespace

int main(int argc, char** argv) {
    std::setlocale(LC_ALL, "C.UTF-8");
    const Options options = parse(argc, argv);
    if (options.exitAtStart) {
        return *options.exitAtStart;
    }
    if (options.primaryShutdown) {
        runPrimary(*options.primaryShutdown);
    }

    // SIGTERM is blocked before anything else, so one that comes early waits for the signalfd.
    sigset_t terms;
    sigemptyset(&terms);
    sigaddset(&terms, SIGTERM);
    int signalFd = -1;
    if (options.ignoreTerm) {
        std::signal(SIGTERM, SIG_IGN);
    } else {
        if (::sigprocmask(SIG_BLOCK, &terms, nullptr) != 0) {
            fail("cannot block", "SIGTERM", errno);
        }
        signalFd = ::signalfd(-1, &terms, SFD_CLOEXEC);
        if (signalFd < 0) {
            fail("cannot create", "signalfd", errno);
        }
    }

    std::vector<int> held;
    for (const auto& path : options.hold) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            fail("cannot open", path, errno);
        }
        held.push_back(fd);
    }

    std::string text = options.text;
    std::optional<std::string> restored;
    if (options.state) {
        restored = readText(*options.state);
        if (restored) {
            text = *restored;
        }
    }
    std::string pid = std::to_string(::getpid());
    if (options.marker) {
        std::string line = "start\t" + pid;
        for (int i = 0; i < argc; ++i) {
            line += '\t';
            line += argv[i];
        }
        appendLine(*options.marker, line);
        if (restored) {
            appendLine(*options.marker, "restored\t" + pid + "\t" + *restored);
        }
    }
    if (restored) {
        say("restored " + *restored);
    }
    if (options.registerRestart) {
        registerRestart(*options.registerRestart, options.registerFlags, "");
    }
    if (!options.thenExec.empty()) {
        std::vector<char*> program;
        for (const auto& word : options.thenExec) {
            program.push_back(const_cast<char*>(word.c_str()));
        }
        program.push_back(nullptr);
        ::sigprocmask(SIG_UNBLOCK, &terms, nullptr);
        ::execv(program[0], program.data());
        fail("cannot execute", program[0], errno);
    }
    bool child = false;
    if (options.forkRegisteredChild) {
        // The child has said everything it has to when the parent says it is ready.
        int registered[2];
        if (::pipe2(registered, O_CLOEXEC) != 0) {
            fail("cannot create", "a pipe", errno);
        }
        const pid_t forked = ::fork();
        if (forked < 0) {
            fail("cannot fork", "a child", errno);
        }
        child = forked == 0;
        if (child) {
            pid = std::to_string(::getpid());
            registerRestart(*options.forkRegisteredChild, 0, "child " + pid + " ");
            ::close(registered[1]);
        } else {
            ::close(registered[1]);
            char none = 0;
            while (::read(registered[0], &none, 1) < 0 && errno == EINTR) {
            }
        }
        ::close(registered[0]);
    }
    if (!child) {
        say("ready");
    }

    if (options.ignoreTerm) {
        sleepForever();
    }
    for (;;) {
        pollfd pfd{signalFd, POLLIN, 0};
        if (::poll(&pfd, 1, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail("cannot wait for", "SIGTERM", errno);
        }
        signalfd_siginfo info{};
        const ssize_t n = ::read(signalFd, &info, sizeof info);
        if (n == static_cast<ssize_t>(sizeof info) && info.ssi_signo == SIGTERM) {
            break;
        }
    }
    const auto terminated = std::chrono::steady_clock::now();
    if (options.exitDelayMs > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds{options.exitDelayMs});
    }
    if (options.state) {
        saveText(*options.state, text);
    }
    if (options.marker) {
        const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - terminated);
        appendLine(*options.marker, "stopped\t" + pid + "\t" + std::to_string(took.count()));
    }
    for (const int fd : held) {
        ::close(fd);
    }
    return 0;
}
