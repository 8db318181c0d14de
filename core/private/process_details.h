#pragma once

#include "restartmanager.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <unordered_map>
#include <vector>

namespace rm {

// What the Restart Manager needs to know about a process to describe it and to decide whether it
// can be stopped. Read from /proc; fields that need access to another user's process (the
// executable, the mappings) stay empty when it is not granted.
struct ProcessDetails {
    pid_t pid = 0;
    std::uint64_t startTicks = 0;
    pid_t parentPid = 0;
    std::string name;       // the kernel's command name (15 characters at most)
    std::string executable; // absolute path, empty when not readable
    uid_t realUid = 0;
    uid_t effectiveUid = 0;
    uid_t savedUid = 0;
    gid_t realGid = 0;
    bool hasTerminal = false;
    bool kernelThread = false;
    // Maps a GUI toolkit (GTK, Qt Gui, Tk, SDL, FLTK, wxWidgets, EFL, Motif, Xaw, ...): an
    // application that shows windows.
    bool graphical = false;
    // Maps a library that can talk to a display (libxcb, libX11, libwayland-client; or a toolkit):
    // whether it shows windows only the display can tell.
    bool displayClient = false;
    bool systemBus = false;                     // a dbus-daemon / dbus-broker for the system bus
    DWORD loginSession = RM_INVALID_TS_SESSION; // the audit session ID
    std::string cgroup;            // the process's cgroup path (v2, or v1's systemd hierarchy)
    std::string systemServiceUnit; // "cups.service" when in system.slice/cups.service
    bool inContainer = false;      // cgroup of a container runtime or machine
    bool inOtherPidNamespace = false;
};

// nullopt when the process does not exist or is not the one that started at `startTicks`.
std::optional<ProcessDetails> readProcessDetails(pid_t pid, std::uint64_t startTicks);

// What one scanning thread keeps from process to process: the cgroup facts of each cgroup ID
// seen (all processes of a cgroup have the same /proc/PID/cgroup). One scan only: IDs and paths
// of cgroups change as they come and go.
struct DetailsMemo {
    struct CgroupFacts {
        std::string cgroup;
        std::string systemServiceUnit;
        bool inContainer = false;
    };
    std::unordered_map<std::uint64_t, CgroupFacts> cgroups;
};

// What the caller already knows of the process, read through the same handle.
struct KnownProcessFacts {
    std::optional<std::string_view> maps; // its /proc/PID/maps
    std::optional<std::string_view> stat; // its /proc/PID/stat
    // Its executable's path as maps names it (the mapping of the file that /proc/PID/exe is):
    // saves reading the link.
    std::optional<std::string_view> executable;
    // Kept by the caller from process to process; enables the pidfd way (below).
    DetailsMemo* memo = nullptr;
    // With a memo, the credentials and the cgroup ID come from the kernel in one ioctl on a pidfd
    // (PIDFD_GET_INFO, Linux 6.13) instead of /proc/PID/status and /proc/PID/cgroup, whose text
    // the kernel builds for each read; the cgroup path is then read once per cgroup. False: the
    // /proc files, as on older kernels (tests compare the two).
    bool pidfdInfo = true;
};

// Whether this kernel gives a pidfd's credentials and cgroup ID (PIDFD_GET_INFO, Linux 6.13).
bool pidfdInfoAvailable();

// The same through an open /proc/PID directory, or through its /proc/PID/fd directory when
// `fromFdDirectory` (the files are then reached as "../status" and so on: the same process, one
// handle fewer to open).
std::optional<ProcessDetails> readProcessDetailsAt(int procPidFd, pid_t pid,
                                                   std::uint64_t startTicks,
                                                   const KnownProcessFacts& known = {},
                                                   bool fromFdDirectory = false);

// The process's environment (/proc/PID/environ), NAME=VALUE each; empty when it cannot be read
// or the process is no longer the one that started at `startTicks`.
std::vector<std::string> readProcessEnvironment(pid_t pid, std::uint64_t startTicks);

// The value of NAME in such an environment (its first entry), nullopt when it is not set.
std::optional<std::string> environmentValue(const std::vector<std::string>& environment,
                                            std::string_view name);

// The system service of a cgroup path: "/system.slice/cups.service" -> "cups.service";
// empty for user sessions, user services and scopes.
std::string systemServiceOfCgroup(const std::string& cgroup);
bool isContainerCgroup(const std::string& cgroup);
// Whether the system manager's unit of a process in `cgroup` is, from the path alone, no plain
// service: a scope ("/user.slice/user-1000.slice/session-2.scope") or an instance of a template
// ("/user.slice/user-1000.slice/user@1000.service/app.slice/x.service", "getty@tty1.service").
// That unit is the first component that names a unit (what lies below belongs to it); a path with
// none ("/", or unknown) says nothing: false.
bool systemUnitIsScopeOrInstance(std::string_view cgroup);
// The cgroup path of /proc/PID/cgroup's text (cgroup v2's "0::" line, else v1's name=systemd).
std::string cgroupPathOf(const std::string& procCgroup);

// The login session of the calling process (RM_INVALID_TS_SESSION when unset).
DWORD currentLoginSession();

} // namespace rm
