#pragma once

// Starts the installed product when the user asks for it on the finish page ("Launch Demo
// Notes"), or with --launch: as the user who ran setup, in that user's session. When setup was
// elevated (sudo, pkexec), that is the user sudo or pkexec names, never root: the child drops
// every credential (groups, group, user) before it runs the program.

#include <QString>
#include <QStringList>

#include <optional>
#include <sys/types.h>

// The user a launch runs as.
struct LaunchUser {
    uid_t uid = 0;
    gid_t gid = 0;
    QString name;
    QString home;
    QString shell;
    // Setup runs as root for another user (sudo, pkexec): the launch changes user.
    bool switchUser = false;
};

// The user who ran setup. As root: the user that PKEXEC_UID or SUDO_UID names (when it is not
// root and is in the password database), else root. Otherwise setup's own user.
std::optional<LaunchUser> invokingUser(QString* why = nullptr);

struct LaunchResult {
    pid_t pid = -1; // the program's process, when it started
    QString error;  // why it did not

    [[nodiscard]] bool started() const { return pid > 0; }
};

// Starts `command` (argv; argv[0] relative to `installDir`) detached from setup, in a session of
// its own, as invokingUser(), with stdin, stdout and stderr on /dev/null. A user switch gets that
// user's environment: HOME, USER, LOGNAME, SHELL, PATH, the display (DISPLAY, WAYLAND_DISPLAY,
// XAUTHORITY), the language, and the runtime folder and session bus of /run/user/UID when they
// are the user's. Without one the program gets setup's environment. The program starts in the
// user's home folder.
LaunchResult launchProduct(const QString& installDir, const QStringList& command);
