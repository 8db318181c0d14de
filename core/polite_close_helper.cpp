#include "core/private/polite_close_helper.h"

#include "core/log.h"
#include "core/private/deadline.h"
#include "core/protocol_line.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <dlfcn.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <string_view>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

// The static library (the project's programs and tests) falls back on the build folder of app/;
// the shared library (librestartmanager.so.0) looks where the helper is installed instead,
// relative to its own folder (RM_POLITE_CLOSE_HELPER_FROM_LIBRARY, e.g.
// "../../libexec/restartmanager"), and never in a build folder.
#if !defined(RM_POLITE_CLOSE_HELPER_DIR) || defined(RM_POLITE_CLOSE_HELPER_FROM_LIBRARY)
#undef RM_POLITE_CLOSE_HELPER_DIR
#define RM_POLITE_CLOSE_HELPER_DIR ""
#endif

namespace rm {
namespace {

constexpr std::size_t kHelperOutputLimit = 8u << 20;
constexpr const char* kHelperName = "rm-polite-close";

std::string directoryOf(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string{} : path.substr(0, slash);
}

// A helper that another user may run on root's behalf must not be one that a third user could
// have replaced.
bool trustedHelper(const std::string& path, uid_t targetUid) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0111) != 0 &&
           (st.st_uid == 0 || st.st_uid == targetUid) && (st.st_mode & 0022) == 0;
}

#ifdef RM_POLITE_CLOSE_HELPER_FROM_LIBRARY
// The folder of the shared object this code is in, as the dynamic loader found it.
std::string libraryDirectory() {
    static const char anchor = 0;
    Dl_info info{};
    if (::dladdr(&anchor, &info) != 0 && info.dli_fname != nullptr) {
        return directoryOf(info.dli_fname);
    }
    return {};
}
#endif

std::optional<std::string> findHelper(uid_t targetUid) {
    std::vector<std::string> directories;
    if (const char* dir = std::getenv("RESTARTMANAGER_HELPER_DIR"); dir != nullptr && *dir) {
        directories.emplace_back(dir);
    }
    char self[4096];
    if (const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1); n > 0) {
        directories.push_back(directoryOf(std::string(self, static_cast<std::size_t>(n))));
    }
    if (*RM_POLITE_CLOSE_HELPER_DIR != '\0') {
        directories.emplace_back(RM_POLITE_CLOSE_HELPER_DIR);
    }
#ifdef RM_POLITE_CLOSE_HELPER_FROM_LIBRARY
    if (const auto library = libraryDirectory(); !library.empty()) {
        directories.push_back(library + "/" + RM_POLITE_CLOSE_HELPER_FROM_LIBRARY);
    }
#endif
    for (const auto& directory : directories) {
        const auto path = directory + "/" + kHelperName;
        if (::access(path.c_str(), X_OK) == 0) {
            if (trustedHelper(path, targetUid)) {
                return path;
            }
            log::core()->warn("polite close: {} is writable by others or owned by another user; "
                              "not running it",
                              path);
        }
    }
    return std::nullopt;
}

std::vector<gid_t> groupsOf(uid_t uid, gid_t gid) {
    std::vector<gid_t> groups;
    passwd pw{};
    passwd* found = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwuid_r(uid, &pw, buffer.data(), buffer.size(), &found) == 0 && found != nullptr) {
        int count = 64;
        groups.resize(static_cast<std::size_t>(count));
        if (::getgrouplist(pw.pw_name, gid, groups.data(), &count) < 0) {
            groups.resize(static_cast<std::size_t>(count));
            ::getgrouplist(pw.pw_name, gid, groups.data(), &count);
        }
        groups.resize(static_cast<std::size_t>(std::max(count, 0)));
    }
    if (groups.empty()) {
        groups.push_back(gid);
    }
    return groups;
}

} // namespace

std::optional<std::vector<std::vector<std::string>>> runHelper(const HelperRun& run) {
    const auto helper = findHelper(run.uid);
    if (!helper) {
        log::core()->warn("{} not found; nothing can be asked as uid {}", kHelperName, run.uid);
        return std::nullopt;
    }
    std::vector<std::string> argvStrings{*helper};
    argvStrings.insert(argvStrings.end(), run.arguments.begin(), run.arguments.end());
    std::vector<std::string> envStrings = run.environment;
    std::vector<char*> argv;
    for (auto& a : argvStrings) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (auto& e : envStrings) {
        envp.push_back(e.data());
    }
    envp.push_back(nullptr);
    // NSS is not safe between fork and exec in a process with threads.
    const auto groups = groupsOf(run.uid, run.gid);
    const std::string what = run.arguments.empty() ? std::string{} : run.arguments.front();

    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0) {
        return std::nullopt;
    }
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(out[0]);
        ::close(out[1]);
        return std::nullopt;
    }
    if (child == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        const int devNull = ::open("/dev/null", O_RDWR);
        if (devNull >= 0) {
            ::dup2(devNull, STDIN_FILENO);
            ::dup2(devNull, STDERR_FILENO);
        }
        // Nothing of root's may reach the user's process: not a descriptor without O_CLOEXEC
        // that another thread opened, not a blocked signal.
        ::close_range(3, ~0U, 0);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::signal(SIGPIPE, SIG_DFL);
        if (::setgroups(groups.size(), groups.data()) != 0 ||
            ::setresgid(run.gid, run.gid, run.gid) != 0 ||
            ::setresuid(run.uid, run.uid, run.uid) != 0) {
            ::_exit(126);
        }
        if (::chdir("/") != 0) {
            ::_exit(126);
        }
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(out[1]);

    const auto deadline = SteadyClock::now() + run.budget;
    std::string output;
    bool complete = false;
    for (;;) {
        pollfd pfd{out[0], POLLIN, 0};
        const int left = remainingMs(deadline);
        if (left <= 0) {
            break;
        }
        const int r = ::poll(&pfd, 1, left);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r <= 0) {
            break;
        }
        char chunk[65536];
        const ssize_t n = ::read(out[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            complete = n == 0;
            break;
        }
        output.append(chunk, static_cast<std::size_t>(n));
        if (output.size() > kHelperOutputLimit) {
            break;
        }
    }
    ::close(out[0]);
    if (!complete) {
        ::kill(child, SIGKILL);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (!complete || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        log::core()->warn("{} {} as uid {} {}", kHelperName, what, run.uid,
                          !complete ? std::string{"did not finish in time"}
                                    : "failed with status " + std::to_string(status));
        return std::nullopt;
    }
    std::vector<std::vector<std::string>> lines;
    std::size_t begin = 0;
    while (begin < output.size()) {
        auto end = output.find('\n', begin);
        if (end == std::string::npos) {
            end = output.size();
        }
        auto fields = protocol::parseLine(std::string_view{output}.substr(begin, end - begin));
        if (!fields) {
            log::core()->warn("{} {} as uid {} answered a malformed line", kHelperName, what,
                              run.uid);
            return std::nullopt;
        }
        lines.push_back(std::move(*fields));
        begin = end + 1;
    }
    return lines;
}

} // namespace rm
