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

// A client of systemd's D-Bus API (org.freedesktop.systemd1) through sd-bus. It talks to the
// system bus, or to the bus at the address in RESTARTMANAGER_SYSTEMD_BUS (tests run a stand-in
// systemd on a private dbus-daemon). Not thread-safe: one client per thread or call.
class SystemdClient {
public:
    // nullptr, with a log line saying why, when there is no bus or nobody owns
    // org.freedesktop.systemd1 on it (containers, CI, a system without systemd).
    static std::unique_ptr<SystemdClient> connect();
    ~SystemdClient();
    SystemdClient(const SystemdClient&) = delete;
    SystemdClient& operator=(const SystemdClient&) = delete;

    struct Unit {
        std::string id;          // "cups.service"
        std::string activeState; // "active", "inactive", "failed", ...
        bool refuseManualStop = false;
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
    explicit SystemdClient(sd_bus* bus) : m_bus{bus} {}
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
    bool m_subscribed = false;
};

} // namespace rm
