#pragma once

#include "core/polite_close.h"
#include "core/session_types.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace rm {

// One line of RmGetList: an application or a service that uses the session's resources.
struct AffectedApplication {
    RM_UNIQUE_PROCESS process{};
    std::string appName;          // the desktop entry's localized name, else the process name
    std::string serviceShortName; // "cups" for cups.service; empty for applications
    std::string unit;             // "cups.service"
    RM_APP_TYPE type = RmUnknownApp;
    ULONG status = RmStatusRunning;
    DWORD tsSessionId = RM_INVALID_TS_SESSION;
    bool restartable = false;
    NotRestartable notRestartable = NotRestartable::None; // why not, when it is not
    DWORD rebootReasons = RmRebootReasonNone; // why this one stands in the way of an update
    uid_t uid = 0;
    gid_t gid = 0;
    std::string user;
    // A window application: it maps a GUI toolkit (GTK, Qt Gui, Tk, SDL, ...) or the display
    // shows top-level windows of it (found through the X-Resource extension).
    bool graphical = false;
    bool hasDesktopEntry = false; // its program has a desktop entry (appName and icon are its)
    std::string executable;
    std::string icon; // icon name (or file) from the desktop entry
    // How RmShutdown will ask it to close: through its windows or its quit action (it may save,
    // ask the user, or refuse), else with a signal (unsaved work may be lost).
    CloseMethod closeMethod = CloseMethod::Signal;
    // Its main window's title, and that window's icon (_NET_WM_ICON, ARGB32), when it has one.
    std::string windowTitle;
    std::uint32_t iconWidth = 0;
    std::uint32_t iconHeight = 0;
    std::vector<std::uint32_t> iconArgb;
    unsigned fileUses = 0; // FileUse bits from the scan
    // The registered files it uses, as they were registered (a service: all its processes').
    std::vector<std::string> files;
    bool registeredProcess = false;
    // Its RegisterApplicationRestart call, from the store of the user it runs as (for a caller
    // that is root, also another user's; core/private/session_engine.h says how).
    std::optional<RestartRegistration> registration;
    std::vector<ProcessIdentity> processes; // every process of a service; the one for an app
};

struct AffectedApplications {
    std::vector<AffectedApplication> applications; // ordered by process ID
    DWORD rebootReasons = RmRebootReasonNone;      // all of the above OR-ed
};

// A process whose RegisterApplicationRestart call is looked for, and the user it runs as.
struct RegistrationQuery {
    ProcessIdentity process;
    uid_t uid = 0;
    gid_t gid = 0;
};

struct AffectedQuery {
    // Shared with the store's cache of the session's resources: never null.
    std::shared_ptr<const RegisteredResources> resources = std::make_shared<RegisteredResources>();
    std::vector<ProcessIdentity> installers; // the session's primary and secondaries
    std::vector<SessionFilter> filters;
    // Whether each application lists the registered files it uses (AffectedApplication::files):
    // RmGetList's C form has no place for them, and at thousands of files the copies cost.
    bool withFiles = true;
    // The RegisterApplicationRestart calls of these processes (those that made one), by PID and
    // start time; asked once per call, for every affected application at once.
    std::function<std::map<std::pair<pid_t, std::uint64_t>, RestartRegistration>(
        const std::vector<RegistrationQuery>&)>
        registrationsOf;
};

// Finds every process that uses the registered files (one pass over /proc), the registered
// processes that still run, and the processes of the registered services (through systemd when
// it is there), and describes each as RmGetList does.
AffectedApplications findAffectedApplications(const AffectedQuery& query);

} // namespace rm
