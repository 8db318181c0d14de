#include "ui/setup/product_launch.h"

#include "core/log.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

std::optional<LaunchUser> userOf(uid_t uid, QString* why) {
    const passwd* pw = ::getpwuid(uid);
    if (pw == nullptr) {
        if (why != nullptr) {
            *why = QStringLiteral("user %1 is not in the password database").arg(uid);
        }
        return std::nullopt;
    }
    LaunchUser user;
    user.uid = pw->pw_uid;
    user.gid = pw->pw_gid;
    user.name = QString::fromLocal8Bit(pw->pw_name);
    user.home = QFile::decodeName(pw->pw_dir);
    user.shell = QFile::decodeName(pw->pw_shell);
    return user;
}

// A user ID as sudo and pkexec write it: decimal digits only.
std::optional<uid_t> numericUid(const QByteArray& text) {
    if (text.isEmpty() || text.size() > 10 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    if (!ok || value >= static_cast<qulonglong>(static_cast<uid_t>(-1))) {
        return std::nullopt;
    }
    return static_cast<uid_t>(value);
}

// Owned by `uid`, a folder (or, with `socket`, a socket).
bool ownedBy(const QByteArray& path, uid_t uid, bool socket) {
    struct stat st {};
    return ::lstat(path.constData(), &st) == 0 && st.st_uid == uid &&
           (socket ? S_ISSOCK(st.st_mode) : S_ISDIR(st.st_mode));
}

// The environment of a program started for `user` from setup running as root.
std::vector<std::string> environmentFor(const LaunchUser& user) {
    const QProcessEnvironment ours = QProcessEnvironment::systemEnvironment();
    std::vector<std::string> env;
    const auto add = [&env](const QString& name, const QString& value) {
        env.push_back((name + QLatin1Char('=') + value).toStdString());
    };
    add(QStringLiteral("HOME"), user.home);
    add(QStringLiteral("USER"), user.name);
    add(QStringLiteral("LOGNAME"), user.name);
    add(QStringLiteral("SHELL"), user.shell.isEmpty() ? QStringLiteral("/bin/sh") : user.shell);
    add(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    // The display and the language of the session setup was started from, which is the user's.
    static const char* const kKept[] = {"DISPLAY",
                                        "WAYLAND_DISPLAY",
                                        "XAUTHORITY",
                                        "LANG",
                                        "LANGUAGE",
                                        "LC_ALL",
                                        "LC_MESSAGES",
                                        "LC_CTYPE",
                                        "LC_TIME",
                                        "LC_NUMERIC",
                                        "LC_COLLATE",
                                        "LC_MONETARY",
                                        "XDG_SESSION_TYPE",
                                        "XDG_CURRENT_DESKTOP",
                                        "XDG_SESSION_DESKTOP",
                                        "QT_QPA_PLATFORM",
                                        "QT_SCALE_FACTOR",
                                        "TZ"};
    for (const char* name : kKept) {
        const QString key = QLatin1String{name};
        if (ours.contains(key)) {
            add(key, ours.value(key));
        }
    }
    // The user's own runtime folder and session bus, only when they are the user's.
    const QByteArray runtime = "/run/user/" + QByteArray::number(user.uid);
    if (ownedBy(runtime, user.uid, false)) {
        add(QStringLiteral("XDG_RUNTIME_DIR"), QFile::decodeName(runtime));
        if (ownedBy(runtime + "/bus", user.uid, true)) {
            add(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                QStringLiteral("unix:path=") + QFile::decodeName(runtime + "/bus"));
        }
    }
    return env;
}

struct Report {
    int kind = 0; // 1: the program's PID; 2: a step before exec failed (errno); 3: exec failed
    int value = 0;
};

void writeReport(int fd, int kind, int value) {
    const Report report{kind, value};
    [[maybe_unused]] const auto written = ::write(fd, &report, sizeof report);
}

} // namespace

std::optional<LaunchUser> invokingUser(QString* why) {
    const uid_t self = ::geteuid();
    if (self == 0) {
        // pkexec and sudo name the user who asked; a value that is no user, or root, is root.
        for (const char* variable : {"PKEXEC_UID", "SUDO_UID"}) {
            const auto uid = numericUid(qgetenv(variable));
            if (!uid || *uid == 0) {
                continue;
            }
            auto user = userOf(*uid, why);
            if (!user) {
                return std::nullopt;
            }
            user->switchUser = true;
            return user;
        }
    }
    return userOf(self, why);
}

LaunchResult launchProduct(const QString& installDir, const QStringList& command) {
    LaunchResult result;
    if (command.isEmpty()) {
        result.error = QStringLiteral("there is no command to launch");
        return result;
    }
    QString why;
    const auto user = invokingUser(&why);
    if (!user) {
        result.error = why;
        return result;
    }
    const QByteArray program = QFile::encodeName(QDir{installDir}.filePath(command.first()));
    std::vector<std::string> argvStrings;
    argvStrings.emplace_back(program.constData());
    for (qsizetype i = 1; i < command.size(); ++i) {
        argvStrings.push_back(command.at(i).toStdString());
    }
    std::vector<char*> argv;
    for (auto& word : argvStrings) {
        argv.push_back(word.data());
    }
    argv.push_back(nullptr);
    std::vector<std::string> envStrings;
    if (user->switchUser) {
        envStrings = environmentFor(*user);
    } else {
        for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
            envStrings.emplace_back(*entry);
        }
    }
    std::vector<char*> envp;
    for (auto& entry : envStrings) {
        envp.push_back(entry.data());
    }
    envp.push_back(nullptr);
    // Looked up before fork: NSS is not safe between fork and exec in a process with threads.
    std::vector<gid_t> groups;
    if (user->switchUser) {
        const QByteArray name = user->name.toLocal8Bit();
        int count = 64;
        groups.resize(static_cast<std::size_t>(count));
        if (::getgrouplist(name.constData(), user->gid, groups.data(), &count) < 0) {
            groups.resize(static_cast<std::size_t>(count));
            ::getgrouplist(name.constData(), user->gid, groups.data(), &count);
        }
        groups.resize(static_cast<std::size_t>(std::max(count, 0)));
        if (groups.empty()) {
            groups.push_back(user->gid);
        }
    }
    const QByteArray home = QFile::encodeName(user->home);
    const bool switchUser = user->switchUser;
    const uid_t uid = user->uid;
    const gid_t gid = user->gid;

    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        result.error = QString::fromLocal8Bit(std::strerror(errno));
        return result;
    }
    // Two forks: the program belongs to no process of setup's (setup may end at once), in a
    // session of its own. Only async-signal-safe calls between fork and exec.
    const pid_t intermediate = ::fork();
    if (intermediate < 0) {
        result.error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        return result;
    }
    if (intermediate == 0) {
        ::close(pipeFds[0]);
        ::setsid();
        const pid_t child = ::fork();
        if (child != 0) {
            if (child < 0) {
                writeReport(pipeFds[1], 2, errno);
            } else {
                writeReport(pipeFds[1], 1, static_cast<int>(child));
            }
            ::_exit(0);
        }
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        for (int sig = 1; sig < NSIG; ++sig) {
            ::signal(sig, SIG_DFL);
        }
        if (switchUser) {
            // Groups first, then the group, then the user: after setresuid nothing else could be
            // dropped. The saved IDs too, so that the program can never become root again.
            if (::setgroups(groups.size(), groups.data()) != 0 || ::setresgid(gid, gid, gid) != 0 ||
                ::setresuid(uid, uid, uid) != 0 || ::getuid() != uid || ::geteuid() != uid) {
                writeReport(pipeFds[1], 2, errno != 0 ? errno : EPERM);
                ::_exit(127);
            }
        }
        if (home.isEmpty() || ::chdir(home.constData()) != 0) {
            [[maybe_unused]] const int ignored = ::chdir("/");
        }
        const int devNull = ::open("/dev/null", O_RDWR);
        if (devNull >= 0) {
            ::dup2(devNull, STDIN_FILENO);
            ::dup2(devNull, STDOUT_FILENO);
            ::dup2(devNull, STDERR_FILENO);
            if (devNull > STDERR_FILENO) {
                ::close(devNull);
            }
        }
        ::execve(argv[0], argv.data(), envp.data());
        writeReport(pipeFds[1], 3, errno);
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    int status = 0;
    while (::waitpid(intermediate, &status, 0) < 0 && errno == EINTR) {
    }
    // The program's PID, then end of file at its exec (the pipe is close-on-exec), or why not.
    Report report;
    std::optional<pid_t> pid;
    std::optional<Report> failure;
    for (;;) {
        const ssize_t got = ::read(pipeFds[0], &report, sizeof report);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got != static_cast<ssize_t>(sizeof report)) {
            break;
        }
        if (report.kind == 1) {
            pid = report.value;
        } else if (!failure) {
            failure = report;
        }
    }
    ::close(pipeFds[0]);
    if (failure) {
        const QString reason = QString::fromLocal8Bit(std::strerror(failure->value));
        result.error =
            failure->kind == 3
                ? QStringLiteral("cannot start %1: %2").arg(QFile::decodeName(program), reason)
                : QStringLiteral("cannot become user %1: %2").arg(uid).arg(reason);
    } else if (!pid) {
        result.error = QStringLiteral("the launcher failed");
    } else {
        result.pid = *pid;
    }
    if (result.started()) {
        rm::log::core()->info("launched {} as user {} ({}): PID {}", program.toStdString(),
                              user->name.toStdString(), uid, result.pid);
    } else {
        rm::log::core()->warn("cannot launch {} as user {}: {}", program.toStdString(), uid,
                              result.error.toStdString());
    }
    return result;
}
