// rm_test_file_holder: opens files and keeps them open until told to stop, so that tests and
// benchmarks have real processes that use known files.
//
//   rm_test_file_holder [options] [LISTFILE [PATH...]]
//
//   LISTFILE       a file naming one path per line (empty lines are skipped); "-" for none
//   PATH...        further files to open
//   --list FILE    like LISTFILE (may be repeated)
//   --file PATH    one more file to open (may be repeated)
//   --mmap PATH    maps PATH read-only and shared, then closes the descriptor: only the mapping
//                  keeps the file in use (may be repeated)
//   --chdir DIR    makes DIR the working directory once everything is open
//
// Every file is opened read-only (directories too). Once all are open (and mapped) the program
// prints "holding N" (N = descriptors + mappings) on stdout and flushes, then waits until its stdin
// reaches end of file or it receives SIGTERM, SIGINT or SIGHUP, and exits with 0. It fails with 2
// (and a message on stderr, without printing "holding") when a file cannot be opened or mapped,
// and with 64 on a bad command line.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <string>
#include <string_view>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

volatile std::sig_atomic_t g_stop = 0;

extern "C" void onStopSignal(int) {
    g_stop = 1;
}

[[noreturn]] void usage(const char* message) {
    std::fprintf(stderr,
                 "rm_test_file_holder: %s\n"
                 "usage: rm_test_file_holder [--list FILE] [--file PATH] [--mmap PATH] "
                 "[--chdir DIR] [LISTFILE [PATH...]]\n",
                 message);
    std::exit(64);
}

[[noreturn]] void fail(const std::string& what, const std::string& path, int error) {
    std::fprintf(stderr, "rm_test_file_holder: %s %s: %s\n", what.c_str(), path.c_str(),
                 std::strerror(error));
    std::exit(2);
}

void readList(const std::string& listFile, std::vector<std::string>& paths) {
    std::ifstream in{listFile};
    if (!in) {
        fail("cannot read list", listFile, errno != 0 ? errno : ENOENT);
    }
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (!line.empty()) {
            paths.push_back(line);
        }
    }
}

// Makes room for `needed` more descriptors when the soft limit is too low (up to the hard one).
void ensureDescriptorLimit(std::size_t needed) {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        return;
    }
    const rlim_t wanted = static_cast<rlim_t>(needed) + 64;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        limit.rlim_cur =
            (limit.rlim_max == RLIM_INFINITY || limit.rlim_max > wanted) ? wanted : limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

void installStopHandlers(sigset_t& waitMask) {
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    sigset_t blocked;
    sigemptyset(&blocked);
    for (const int sig : {SIGTERM, SIGINT, SIGHUP}) {
        ::sigaction(sig, &action, nullptr);
        sigaddset(&blocked, sig);
    }
    // Blocked except inside ppoll(), so a signal cannot slip in between the check and the wait.
    ::sigprocmask(SIG_BLOCK, &blocked, &waitMask);
    sigdelset(&waitMask, SIGTERM);
    sigdelset(&waitMask, SIGINT);
    sigdelset(&waitMask, SIGHUP);
    std::signal(SIGPIPE, SIG_IGN);
}

// Returns when stdin reaches end of file (or fails) or a stop signal arrives.
void waitForStop(const sigset_t& waitMask) {
    char buffer[256];
    while (g_stop == 0) {
        pollfd fd{STDIN_FILENO, POLLIN, 0};
        const int ready = ::ppoll(&fd, 1, nullptr, &waitMask);
        if (ready < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        if ((fd.revents & POLLNVAL) != 0) {
            return;
        }
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
            return;
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> paths;
    std::vector<std::string> mapPaths;
    std::string directory;
    bool listTaken = false;

    for (int i = 1; i < argc; ++i) {
        const std::string_view arg{argv[i]};
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                usage("missing value after an option");
            }
            return argv[++i];
        };
        if (arg == "--list") {
            readList(value(), paths);
        } else if (arg == "--file") {
            paths.push_back(value());
        } else if (arg == "--mmap") {
            mapPaths.push_back(value());
        } else if (arg == "--chdir") {
            directory = value();
        } else if (arg == "--help" || arg == "-h") {
            usage("help");
        } else if (arg.starts_with("--")) {
            usage("unknown option");
        } else if (!listTaken) {
            listTaken = true;
            if (arg != "-") {
                readList(std::string{arg}, paths);
            }
        } else {
            paths.emplace_back(arg);
        }
    }

    sigset_t waitMask;
    installStopHandlers(waitMask);
    ensureDescriptorLimit(paths.size());

    std::vector<int> descriptors;
    descriptors.reserve(paths.size());
    for (const auto& path : paths) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
        if (fd < 0) {
            fail("cannot open", path, errno);
        }
        descriptors.push_back(fd);
    }

    std::size_t mappings = 0;
    for (const auto& path : mapPaths) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
        if (fd < 0) {
            fail("cannot open", path, errno);
        }
        struct stat st {};
        if (::fstat(fd, &st) != 0) {
            fail("cannot stat", path, errno);
        }
        // An empty file can still be mapped (length 0 cannot); the page is never touched.
        const auto length = st.st_size > 0 ? static_cast<std::size_t>(st.st_size) : 1U;
        void* const address = ::mmap(nullptr, length, PROT_READ, MAP_SHARED, fd, 0);
        if (address == MAP_FAILED) {
            fail("cannot map", path, errno);
        }
        ::close(fd);
        ++mappings;
    }

    if (!directory.empty() && ::chdir(directory.c_str()) != 0) {
        fail("cannot change to", directory, errno);
    }

    std::printf("holding %zu\n", descriptors.size() + mappings);
    std::fflush(stdout);

    waitForStop(waitMask);
    // Descriptors and mappings go with the process.
    return 0;
}
