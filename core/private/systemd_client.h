#pragma once

#include "core/error.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

struct sd_bus;

namespace rm {

// A unit of a user's own service manager (`systemd --user`) is named, everywhere inside the
// library (registered services, filters, RmGetList's units, the stopped applications in the
// store), by a key "user:UID:NAME" ("user:1000:pipewire.service"); a plain name is a unit of the
// system manager. systemd allows ':' in unit names, but no real system unit starts with "user:".
struct UserUnit {
    uid_t uid = 0;
    std::string name; // "pipewire.service"
};
std::string userUnitKey(uid_t uid, const std::string& name);
// The user unit a key names; nullopt for a system unit (or a malformed key).
std::optional<UserUnit> parseUserUnitKey(const std::string& key);
// The short name RmGetList shows: "cups" for cups.service; "user:pipewire" for the caller's own
// user unit pipewire.service, "user:1000:pipewire" for another user's. Both forms are accepted
// back by RmRegisterResources and RmAddFilter.
std::string serviceShortNameOf(const std::string& unitOrKey);

// A client of systemd's D-Bus API (org.freedesktop.systemd1) through sd-bus. It talks to the
// system manager on the system bus, or on the bus at the address in RESTARTMANAGER_SYSTEMD_BUS
// (tests run a stand-in systemd on a private dbus-daemon); or to a user's own manager (see
// connectUser). Not thread-safe: one client per thread or call.
class SystemdClient {
public:
    // nullptr, with a log line saying why, when there is no bus or nobody owns
    // org.freedesktop.systemd1 on it (containers, CI, a system without systemd).
    static std::unique_ptr<SystemdClient> connect();
    // The service manager of user `uid` (`systemd --user`), as `systemctl --user` reaches it:
    // its private socket /run/user/UID/systemd/private first (a direct connection to systemd,
    // which admits its own user and root, so root can manage any user's units), else that
    // user's session bus /run/user/UID/bus (whose dbus-daemon admits only its owner).
    // RESTARTMANAGER_SYSTEMD_USER_RUNTIME_DIR stands in for /run/user/UID, and
    // RESTARTMANAGER_SYSTEMD_USER_BUS (a D-Bus address) for the whole look-up, for every user
    // (tests run a real `systemd --user` in a temporary directory). nullptr, with a log line,
    // when the user runs no manager or this process may not reach it.
    static std::unique_ptr<SystemdClient> connectUser(uid_t uid);
    // Whether RESTARTMANAGER_SYSTEMD_USER_BUS points at a user manager, so that any process may
    // belong to it whatever its cgroup says (the runtime folder override does not: with it the
    // cgroup still tells which processes to ask about).
    static bool userManagerOverridden();
    ~SystemdClient();
    SystemdClient(const SystemdClient&) = delete;
    SystemdClient& operator=(const SystemdClient&) = delete;

    struct Unit {
        std::string id;          // "cups.service"
        std::string activeState; // "active", "inactive", "failed", ...
        bool refuseManualStop = false;
        // Made at run time (systemd-run), with no unit file: once stopped, systemd forgets it,
        // and nothing can start it again.
        bool transient = false;
        pid_t mainPid = 0;            // 0 when the unit has none
        std::vector<pid_t> processes; // every process in the unit's cgroup
    };

    // ERROR_INVALID_PARAMETER when systemd knows no such unit (or it is not loaded) or the name is
    // invalid; ERROR_ACCESS_DENIED when the bus or systemd denies the call; ERROR_SEM_TIMEOUT
    // when systemd does not answer within a few seconds.
    Expected<Unit> unit(const std::string& name);
    // The unit whose cgroup holds the process ("cups.service"); nullopt if none or unknown.
    std::optional<std::string> unitOfProcess(pid_t pid);

    // StopUnit / StartUnit with mode "replace", then waits for the job's JobRemoved signal and
    // its result: "done" is success; anything else ("failed", "timeout", "canceled", ...) is
    // ERROR_FAIL_SHUTDOWN (stop) or ERROR_FAIL_RESTART (start) with the result in the message.
    // Waits at most `timeout` (ERROR_SEM_TIMEOUT after it); returns ERROR_CANCELLED promptly
    // when `cancel` becomes true while waiting.
    Status stopUnit(const std::string& name, std::chrono::milliseconds timeout,
                    const std::atomic<bool>* cancel = nullptr);
    Status startUnit(const std::string& name, std::chrono::milliseconds timeout,
                     const std::atomic<bool>* cancel = nullptr);

private:
    SystemdClient(sd_bus* bus, bool direct) : m_bus{bus}, m_direct{direct} {}
    // Connects to `address` (a bus, or with `direct` systemd's own socket) and checks that
    // systemd answers there; nullptr with a log line (debug when `quiet`) saying why not.
    static std::unique_ptr<SystemdClient> open(const std::string& address, bool direct,
                                               const std::string& where, bool quiet);
    // The check of open() and connect(): takes `bus` (r: how opening it went).
    static std::unique_ptr<SystemdClient> checked(sd_bus* bus, int r, bool direct,
                                                  const std::string& where, bool quiet);
    // Manager.GetUnit: the unit's object path.
    Expected<std::string> unitPath(const std::string& name);
    Expected<std::string> stringProperty(const std::string& path, const char* interface,
                                         const char* property);
    // Manager.Subscribe, once per connection; without a subscriber systemd sends no job signals.
    void subscribe();
    // StopUnit / StartUnit(name, "replace") and the wait for the job's JobRemoved signal.
    Status runJob(const char* method, const char* verb, DWORD failCode, const std::string& name,
                  std::chrono::milliseconds timeout, const std::atomic<bool>* cancel);

    sd_bus* m_bus = nullptr;
    // A peer-to-peer connection to systemd's private socket: messages carry no sender, and
    // there is no bus daemon to ask about names or matches.
    bool m_direct = false;
    bool m_subscribed = false;
};

} // namespace rm
