#include "core/affected_applications.h"

#include "core/log.h"
#include "core/private/desktop_entries.h"
#include "core/private/process_details.h"
#include "core/private/process_identity.h"
#include "core/private/process_scanner.h"
#include "core/private/systemd_client.h"
#include "core/text_encoding.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <map>
#include <optional>
#include <pwd.h>
#include <string_view>
#include <thread>
#include <unistd.h>
#include <utility>

namespace rm {
namespace {

// By the kernel's command name (15 bytes at most, so longer names appear cut).
// The system's own processes, display managers and session managers' cores, and the display
// servers and Wayland compositors: closing any of them ends the graphical session (or the
// system), so they are never closed; the computer must restart, or the user log out and in.
constexpr auto kCriticalProcesses = std::to_array<std::string_view>(
    {// the system
     "init", "systemd-logind", "systemd-journal", "systemd-udevd", "polkitd",
     // display managers
     "gdm", "gdm3", "gdm-session-wor", "gdm-x-session", "gdm-wayland-ses", "sddm", "sddm-helper",
     "lightdm", "kdm", "xdm", "lxdm", "lxdm-binary", "slim", "gnome-session-b",
     // X servers
     "Xorg", "X", "Xwayland", "Xvfb", "Xvnc", "Xtigervnc", "Xephyr", "Xnest", "Xdummy", "Xquartz",
     // Wayland compositors that are nothing else
     "weston", "sway", "Hyprland", "wayfire", "labwc", "cage", "river", "gamescope"});

// Window managers and desktop shells (RmExplorer): the desktop itself. Closing one takes the
// user's windows' frames, panels or desktop away; it comes back when the user logs in again, so
// it is never closed either.
constexpr auto kDesktopShells = std::to_array<std::string_view>(
    {// shells, panels and desktops
     "gnome-shell", "plasmashell", "xfdesktop", "xfce4-panel", "xfce4-session", "cinnamon",
     "mate-panel", "mate-session", "lxpanel", "lxqt-panel", "lxqt-session", "lxsession",
     "budgie-panel", "caja", "ksmserver",
     // window managers (the compositing ones of GNOME, KDE and Cinnamon among them)
     "openbox", "xfwm4", "mutter", "kwin", "kwin_x11", "kwin_wayland", "marco", "metacity",
     "muffin", "budgie-wm", "compiz", "fluxbox", "blackbox", "i3", "awesome", "bspwm", "dwm",
     "icewm", "jwm", "fvwm", "fvwm2", "fvwm3", "twm", "ctwm", "herbstluftwm", "enlightenment",
     "pekwm", "wmaker", "spectrwm", "xmonad-x86_64-l", "matchbox-window"});

constexpr std::array<std::string_view, 10> kCriticalServices = {"dbus.service",
                                                                "dbus-broker.service",
                                                                "systemd-logind.service",
                                                                "systemd-journald.service",
                                                                "systemd-udevd.service",
                                                                "display-manager.service",
                                                                "gdm.service",
                                                                "sddm.service",
                                                                "lightdm.service",
                                                                "polkit.service"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string lookUpUserName(uid_t uid) {
    passwd entry{};
    passwd* result = nullptr;
    std::array<char, 4096> buffer{};
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &result) == 0 && result) {
        return result->pw_name;
    }
    return std::to_string(uid);
}

// Most affected processes share a handful of users: look each one up once per call.
class UserNames {
public:
    const std::string& operator()(uid_t uid) {
        auto it = m_names.find(uid);
        if (it == m_names.end()) {
            it = m_names.emplace(uid, lookUpUserName(uid)).first;
        }
        return it->second;
    }

private:
    std::map<uid_t, std::string> m_names;
};

// Who this process is, read once per call rather than once per affected process (three system
// calls each, which glibc no longer caches).
struct OwnIdentity {
    pid_t pid = ::getpid();
    uid_t ruid = ::getuid();
    uid_t euid = ::geteuid();
};

// Whether this process may send signals to the other, as kill(2) decides.
bool maySignal(const ProcessDetails& target, const OwnIdentity& own) {
    return own.euid == 0 || own.ruid == target.realUid || own.ruid == target.savedUid ||
           own.euid == target.realUid || own.euid == target.savedUid;
}

// The kernel's command name as UTF-8 text. The kernel cuts it after 15 bytes, also inside a
// character, and file names need not be UTF-8: a character cut off at the end is left out, any
// other byte that is not UTF-8 becomes U+FFFD. (Invalid UTF-8 would give an empty strAppName.)
std::string processNameAsText(const std::string& name) {
    constexpr std::size_t kCommLength = 15; // TASK_COMM_LEN - 1
    std::string text;
    std::size_t i = 0;
    while (i < name.size()) {
        const auto lead = static_cast<unsigned char>(name[i]);
        const std::size_t length = lead < 0x80             ? 1
                                   : (lead & 0xE0) == 0xC0 ? 2
                                   : (lead & 0xF0) == 0xE0 ? 3
                                   : (lead & 0xF8) == 0xF0 ? 4
                                                           : 1;
        if (length > 1 && i + length > name.size() && name.size() == kCommLength &&
            std::all_of(name.begin() + static_cast<std::ptrdiff_t>(i) + 1, name.end(),
                        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; })) {
            break; // the start of a character the kernel cut off
        }
        if (i + length <= name.size() && utf8ToWide(std::string_view{name}.substr(i, length))) {
            text.append(name, i, length);
            i += length;
        } else {
            text += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return text;
}

// The user service of a cgroup path, as a user unit key: a process of a user's own service
// manager lives below "/user.slice/user-UID.slice/user@UID.service/", in
// ".../app.slice/pipewire.service" for pipewire.service. Empty when the path has no such unit.
std::string userServiceOfCgroup(const std::string& cgroup) {
    constexpr std::string_view kManager = "/user@";
    constexpr std::string_view kSuffix = ".service";
    const auto at = cgroup.find(kManager);
    if (at == std::string::npos) {
        return {};
    }
    const auto managerEnd = cgroup.find(std::string{kSuffix} + "/", at);
    if (managerEnd == std::string::npos) {
        return {};
    }
    const std::string uidText =
        cgroup.substr(at + kManager.size(), managerEnd - at - kManager.size());
    // The last ".service" component is the unit: what lies below it are sub-cgroups that the
    // service made for itself (delegation), not units.
    std::string unit;
    std::size_t begin = managerEnd + kSuffix.size() + 1;
    while (begin < cgroup.size()) {
        auto end = cgroup.find('/', begin);
        if (end == std::string::npos) {
            end = cgroup.size();
        }
        const std::string_view component{cgroup.data() + begin, end - begin};
        if (component.size() > kSuffix.size() && component.ends_with(kSuffix)) {
            unit = std::string{component};
        }
        begin = end + 1;
    }
    if (unit.empty()) {
        return {};
    }
    const auto key = std::string{"user:"} + uidText + ":" + unit;
    return parseUserUnitKey(key) ? key : std::string{};
}

// Whether the process may belong to a unit of its user's own manager: its cgroup lies below
// that user's user@UID.service (or the tests point at a manager of their own).
bool mayBeInUserManager(const ProcessDetails& details) {
    return SystemdClient::userManagerOverridden() ||
           details.cgroup.find("/user@" + std::to_string(details.realUid) + ".service/") !=
               std::string::npos;
}

bool isInstaller(const ProcessIdentity& identity, const std::vector<ProcessIdentity>& installers,
                 const OwnIdentity& own) {
    if (identity.pid == own.pid) {
        return true;
    }
    return std::find(installers.begin(), installers.end(), identity) != installers.end();
}

struct Candidate {
    ProcessIdentity identity;
    std::optional<ProcessDetails> details;
    unsigned uses = 0;
    std::vector<std::uint32_t> files; // indices into the registered files
    bool inspected = true;
    bool registered = false;
    std::string unit; // set when found through a registered service
    bool unitRefusesStop = false;
    bool unitTransient = false;
};

ULONG filterStatus(const AffectedApplication& app, const std::vector<SessionFilter>& filters) {
    ULONG status = 0;
    for (const auto& filter : filters) {
        bool matches = false;
        switch (filter.kind) {
        case SessionFilter::Kind::File:
            matches = !app.executable.empty() && filter.target == app.executable;
            break;
        case SessionFilter::Kind::Process:
            matches = filter.process.pid == app.process.dwProcessId &&
                      filter.process.startTime == fileTimeToUint64(app.process.ProcessStartTime);
            break;
        case SessionFilter::Kind::Service:
            matches = !app.unit.empty() && filter.target == app.unit;
            break;
        }
        if (matches) {
            status |=
                filter.action == RmNoShutdown ? RmStatusShutdownMasked : RmStatusRestartMasked;
        }
    }
    return status;
}

// An application as the loop over the candidates leaves it: what is decided later (its windows,
// whether it is restartable) needs these too.
struct Described {
    AffectedApplication app;
    pid_t parentPid = 0;
    // Maps a display client library but no toolkit: a window application only if the display
    // shows a window of it.
    bool windowsDecideType = false;
    // A transient systemd unit (systemd-run): gone once stopped, so not restartable.
    bool transientUnit = false;
};

// How each graphical application will be asked to close, and its main window's title and icon:
// from its own display and session bus (core/polite_close.h), all applications at once, since
// each look may take up to a second on a slow display. Without a desktop entry, the window's
// title names it. A process that maps a display client library without a toolkit is asked too:
// the windows found through the X-Resource extension make it a window application.
void describeWindows(std::vector<Described>& described) {
    std::vector<std::thread> lookers;
    for (auto& entry : described) {
        auto& app = entry.app;
        if ((!app.graphical && !entry.windowsDecideType) || app.type == RmService ||
            app.type == RmCritical || app.type == RmExplorer || app.processes.empty()) {
            continue;
        }
        lookers.emplace_back([&entry] {
            auto& app = entry.app;
            const auto& identity = app.processes.front();
            PoliteCloseTarget target{identity.pid, app.uid, app.gid,
                                     readProcessEnvironment(identity.pid, identity.startTicks)};
            if (target.environment.empty()) {
                return;
            }
            auto assessment = assess(target);
            if (entry.windowsDecideType) {
                if (!assessment.details.hasWindow) {
                    return; // a program that can talk to a display, showing nothing there
                }
                app.graphical = true;
                app.type = RmMainWindow;
            }
            app.closeMethod = assessment.method;
            app.windowTitle = std::move(assessment.details.title);
            app.iconWidth = assessment.details.iconWidth;
            app.iconHeight = assessment.details.iconHeight;
            app.iconArgb = std::move(assessment.details.iconArgb);
            if (!app.hasDesktopEntry && !app.windowTitle.empty()) {
                app.appName = app.windowTitle;
            }
        });
    }
    for (auto& looker : lookers) {
        looker.join();
    }
}

} // namespace

AffectedApplications findAffectedApplications(const AffectedQuery& query) {
    std::map<pid_t, Candidate> candidates;
    const auto started = std::chrono::steady_clock::now();
    const auto elapsedMs = [&started] {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    };

    const auto keys = fileKeysFor(query.resources->files);
    const double keysMs = elapsedMs();
    auto scan = scanProcesses(keys);
    log::core()->debug("scanned {} processes for {} files in {:.1f} ms ({:.1f} ms to stat the "
                       "files): {} use them",
                       scan.processesScanned, keys.size(), elapsedMs(), keysMs, scan.users.size());
    for (auto& use : scan.users) {
        auto& c = candidates[use.pid];
        c.identity = ProcessIdentity{use.pid, use.startTicks};
        c.uses |= use.uses;
        c.files = std::move(use.files);
        c.inspected = use.inspected;
        c.details = std::move(use.details);
    }
    if (scan.processesNotInspectable > 0) {
        log::core()->debug("{} processes of other users could not be inspected; only their "
                           "file locks were seen",
                           scan.processesNotInspectable);
    }

    for (const auto& registered : query.resources->processes) {
        const auto ticks =
            fileTimeToStartTicks(FILETIME{static_cast<DWORD>(registered.startTime & 0xFFFFFFFFU),
                                          static_cast<DWORD>(registered.startTime >> 32)});
        const ProcessIdentity identity{static_cast<pid_t>(registered.pid), ticks.value_or(0)};
        if (!ticks || !isRunning(identity)) {
            continue; // exited, or its PID now belongs to another process
        }
        auto& c = candidates[identity.pid];
        c.identity = identity;
        c.registered = true;
    }

    const bool anySystemService =
        std::any_of(query.resources->services.begin(), query.resources->services.end(),
                    [](const std::string& unit) { return !parseUserUnitKey(unit); });
    std::unique_ptr<SystemdClient> systemd;
    if (anySystemService || !candidates.empty()) {
        systemd = SystemdClient::connect();
    }
    if (anySystemService && !systemd) {
        log::core()->info("registered system services resolve to nothing: systemd is not "
                          "available");
    }
    // The users' own service managers, connected to when first needed (nullptr: not reachable).
    std::map<uid_t, std::unique_ptr<SystemdClient>> userManagers;
    const auto userManager = [&userManagers](uid_t uid) -> SystemdClient* {
        auto [it, inserted] = userManagers.try_emplace(uid);
        if (inserted) {
            it->second = SystemdClient::connectUser(uid);
        }
        return it->second.get();
    };
    for (const auto& unitName : query.resources->services) {
        const auto user = parseUserUnitKey(unitName);
        SystemdClient* manager = user ? userManager(user->uid) : systemd.get();
        if (manager == nullptr) {
            log::core()->info("registered service {} resolves to nothing: its service manager is "
                              "not available",
                              unitName);
            continue;
        }
        auto unit = manager->unit(user ? user->name : unitName);
        if (!unit) {
            log::core()->info("registered service {} is not known to systemd: {}", unitName,
                              unit.error().message);
            continue;
        }
        for (const pid_t pid : unit->processes) {
            const auto identity = identifyProcess(pid);
            if (!identity) {
                continue;
            }
            auto& c = candidates[pid];
            c.identity = *identity;
            c.unit = user ? userUnitKey(user->uid, unit->id) : unit->id;
            c.unitRefusesStop = unit->refuseManualStop;
            c.unitTransient = unit->transient;
        }
    }

    // Whether a unit refuses a manual stop and whether it is transient, asked once per unit and
    // manager in this call: reading a unit is seven round trips, and a service's processes all
    // belong to the same one.
    struct UnitFacts {
        bool refusesStop = false;
        bool transient = false;
    };
    std::map<std::pair<const SystemdClient*, std::string>, std::optional<UnitFacts>> unitFacts;
    const auto factsOf = [&unitFacts](SystemdClient& manager, const std::string& unit) {
        auto [it, inserted] = unitFacts.try_emplace({&manager, unit});
        if (inserted) {
            if (auto info = manager.unit(unit)) {
                it->second = UnitFacts{info->refuseManualStop, info->transient};
            }
        }
        return it->second;
    };
    // The unit of a process, asked once per cgroup and manager: the processes of one cgroup are
    // all in the unit that owns it. Only for a cgroup that a unit made (a ".service" or ".scope"
    // in its path), and only answers are kept: a process gone meanwhile says nothing of the rest.
    std::map<std::pair<const SystemdClient*, std::string>, std::string> unitsOfCgroups;
    const auto unitOfProcess = [&unitsOfCgroups](SystemdClient& manager, pid_t pid,
                                                 const std::string& cgroup) {
        const bool madeByAUnit = cgroup.find(".service") != std::string::npos ||
                                 cgroup.find(".scope") != std::string::npos;
        if (!madeByAUnit) {
            return manager.unitOfProcess(pid);
        }
        const auto key = std::pair{&std::as_const(manager), cgroup};
        if (const auto it = unitsOfCgroups.find(key); it != unitsOfCgroups.end()) {
            return std::optional<std::string>{it->second};
        }
        auto unit = manager.unitOfProcess(pid);
        if (unit) {
            unitsOfCgroups.emplace(key, *unit);
        }
        return unit;
    };
    const DWORD ownLoginSession = currentLoginSession();
    const OwnIdentity own;
    UserNames userName;
    const DesktopApplications desktopApplications;
    std::vector<Described> described;
    for (auto& [pid, candidate] : candidates) {
        auto details = candidate.details ? std::move(candidate.details)
                                         : readProcessDetails(pid, candidate.identity.startTicks);
        if (!details) {
            continue; // exited during the look-up
        }
        AffectedApplication app;
        app.process = RM_UNIQUE_PROCESS{static_cast<DWORD>(pid),
                                        startTicksToFileTime(candidate.identity.startTicks)};
        app.uid = details->realUid;
        app.user = userName(details->realUid);
        app.executable = details->executable;
        app.tsSessionId = details->loginSession;
        app.fileUses = candidate.uses;
        if (query.withFiles) {
            for (const auto index : candidate.files) {
                app.files.push_back(query.resources->files[index]);
            }
        }
        app.registeredProcess = candidate.registered;
        app.processes.push_back(candidate.identity);

        std::string unit = candidate.unit;
        bool refusesStop = candidate.unitRefusesStop;
        bool transientUnit = candidate.unitTransient;
        // A process in a login session's scope or under a user's manager needs no question to
        // the system manager: the answer would be that scope or user@UID.service, never used.
        // On a desktop that is most affected processes, and a D-Bus round trip each.
        if (unit.empty() && systemd && !systemUnitIsScopeOrInstance(details->cgroup)) {
            if (auto owner = unitOfProcess(*systemd, pid, details->cgroup);
                owner && std::string_view{*owner}.ends_with(".service") &&
                owner->find('@') == std::string::npos) {
                unit = *owner;
                if (const auto facts = factsOf(*systemd, unit)) {
                    refusesStop = facts->refusesStop;
                    transientUnit = facts->transient;
                }
            }
        }
        if (unit.empty() && mayBeInUserManager(*details)) {
            // A unit of the process owner's own manager (systemd --user).
            if (auto* manager = userManager(details->realUid)) {
                if (auto owner = unitOfProcess(*manager, pid, details->cgroup);
                    owner && std::string_view{*owner}.ends_with(".service")) {
                    unit = userUnitKey(details->realUid, *owner);
                    if (const auto facts = factsOf(*manager, *owner)) {
                        refusesStop = facts->refusesStop;
                        transientUnit = facts->transient;
                    }
                }
            }
        }
        if (unit.empty()) {
            unit = details->systemServiceUnit;
        }
        if (unit.empty()) {
            unit = userServiceOfCgroup(details->cgroup);
        }

        const auto desktop = desktopApplications.find(details->executable);
        app.graphical = details->graphical;
        app.gid = details->realGid;
        app.hasDesktopEntry = desktop.has_value();
        if (desktop) {
            app.appName = desktop->name;
            app.icon = desktop->icon;
        } else {
            app.appName = processNameAsText(details->name);
        }

        bool windowsDecideType = false;
        if (pid == 1 || details->kernelThread || details->systemBus ||
            contains(kCriticalProcesses, details->name)) {
            app.type = RmCritical;
            app.rebootReasons |= RmRebootReasonCriticalProcess;
        } else if (!unit.empty()) {
            app.type = RmService;
            app.unit = unit;
            app.serviceShortName = serviceShortNameOf(unit);
            // A user's own dbus.service is as critical to that user's session as the system's.
            const auto user = parseUserUnitKey(unit);
            if (refusesStop || contains(kCriticalServices, user ? user->name : unit)) {
                app.rebootReasons |= RmRebootReasonCriticalService;
            }
        } else if (contains(kDesktopShells, details->name)) {
            // Windows closes and restarts Explorer; a Linux desktop's window manager or shell
            // comes back only with a new login, so like a critical process it is never closed.
            app.type = RmExplorer;
            app.rebootReasons |= RmRebootReasonCriticalProcess;
        } else if (details->graphical) {
            app.type = RmMainWindow;
            if (const auto parent = identifyProcess(details->parentPid)) {
                if (const auto parentDetails = readProcessDetails(parent->pid, parent->startTicks);
                    parentDetails && parentDetails->graphical &&
                    parentDetails->executable == details->executable) {
                    app.type = RmOtherWindow; // a helper process of a graphical application
                }
            }
        } else {
            app.type = details->hasTerminal ? RmConsole : RmUnknownApp;
            windowsDecideType = details->displayClient;
        }

        if (!maySignal(*details, own)) {
            app.rebootReasons |= RmRebootReasonPermissionDenied;
        }
        if (details->inContainer || details->inOtherPidNamespace ||
            (ownLoginSession != RM_INVALID_TS_SESSION &&
             details->loginSession != RM_INVALID_TS_SESSION &&
             details->loginSession != ownLoginSession)) {
            app.rebootReasons |= RmRebootReasonSessionMismatch;
        }
        if (isInstaller(candidate.identity, query.installers, own)) {
            app.rebootReasons |= RmRebootReasonDetectedSelf;
        }
        described.push_back(
            Described{std::move(app), details->parentPid, windowsDecideType, transientUnit});
    }
    describeWindows(described);

    // The RegisterApplicationRestart calls, asked for all applications at once: for another
    // user's applications that may take a helper process per user.
    std::vector<RegistrationQuery> asked;
    for (const auto& entry : described) {
        if (entry.app.type != RmService && entry.app.type != RmCritical) {
            asked.push_back(
                RegistrationQuery{entry.app.processes.front(), entry.app.uid, entry.app.gid});
        }
    }
    const auto registrations =
        query.registrationsOf && !asked.empty()
            ? query.registrationsOf(asked)
            : std::map<std::pair<pid_t, std::uint64_t>, RestartRegistration>{};

    std::map<std::string, AffectedApplication> services;
    AffectedApplications result;
    for (auto& entry : described) {
        auto& app = entry.app;
        const auto& identity = app.processes.front();
        bool restartRefused = false;
        if (app.type == RmService) {
            // A transient unit (systemd-run) has no unit file: stopped, it is gone, and StartUnit
            // would find nothing to start.
            app.restartable = app.rebootReasons == RmRebootReasonNone && !entry.transientUnit;
            app.notRestartable = app.rebootReasons != RmRebootReasonNone
                                     ? NotRestartable::RebootNeeded
                                 : entry.transientUnit ? NotRestartable::TransientUnit
                                                       : NotRestartable::None;
        } else if (app.type == RmCritical) {
            app.notRestartable = NotRestartable::RebootNeeded;
        } else {
            // Registered for restart, as Windows means it: the application called
            // RegisterApplicationRestart, whatever it is (a console program, a forked child of
            // another affected application); or (Linux) it is a graphical main window whose
            // program has a desktop entry, so the desktop itself knows how to start it. A child
            // that did not register comes back with its parent, never on its own.
            if (const auto it = registrations.find({identity.pid, identity.startTicks});
                it != registrations.end()) {
                app.registration = it->second;
            }
            // The application asked not to be restarted after an update: as if filtered.
            restartRefused = app.registration && (app.registration->flags & RESTART_NO_PATCH) != 0;
            const bool registered = app.registration.has_value() && !restartRefused;
            const bool childOfAnother = candidates.contains(entry.parentPid);
            const bool desktopApplication =
                app.type == RmMainWindow && app.hasDesktopEntry && !childOfAnother;
            app.restartable = (registered || desktopApplication) && !restartRefused &&
                              app.rebootReasons == RmRebootReasonNone;
            if (!app.restartable) {
                app.notRestartable =
                    app.rebootReasons != RmRebootReasonNone       ? NotRestartable::RebootNeeded
                    : restartRefused                              ? NotRestartable::NoPatch
                    : childOfAnother || app.type == RmOtherWindow ? NotRestartable::ChildProcess
                                                                  : NotRestartable::NotRegistered;
            }
        }
        app.status = RmStatusRunning | filterStatus(app, query.filters) |
                     (restartRefused ? ULONG{RmStatusRestartMasked} : 0U);

        if (app.type == RmService) {
            // A service appears once, however many processes it has.
            auto [it, inserted] = services.try_emplace(app.unit, app);
            if (!inserted) {
                auto& service = it->second;
                service.processes.push_back(identity);
                service.rebootReasons |= app.rebootReasons;
                service.fileUses |= app.fileUses;
                for (auto& file : app.files) {
                    if (std::find(service.files.begin(), service.files.end(), file) ==
                        service.files.end()) {
                        service.files.push_back(std::move(file));
                    }
                }
                // A reboot reason outweighs the rest: then nothing is stopped at all.
                if (!app.restartable &&
                    (service.restartable || app.notRestartable == NotRestartable::RebootNeeded)) {
                    service.notRestartable = app.notRestartable;
                }
                service.restartable = service.restartable && app.restartable;
            }
            continue;
        }
        result.applications.push_back(std::move(app));
    }
    for (auto& [unit, service] : services) {
        result.applications.push_back(std::move(service));
    }
    std::sort(
        result.applications.begin(), result.applications.end(),
        [](const auto& a, const auto& b) { return a.process.dwProcessId < b.process.dwProcessId; });
    for (const auto& app : result.applications) {
        result.rebootReasons |= app.rebootReasons;
    }
    log::core()->debug("described {} affected applications and services in {:.1f} ms in all",
                       result.applications.size(), elapsedMs());
    return result;
}

} // namespace rm
