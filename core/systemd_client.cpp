#include "core/private/systemd_client.h"

#include "core/log.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string_view>
#include <systemd/sd-bus.h>
#include <unistd.h>
#include <utility>

namespace rm {
namespace {

constexpr const char* kService = "org.freedesktop.systemd1";
constexpr const char* kManagerPath = "/org/freedesktop/systemd1";
constexpr const char* kManagerInterface = "org.freedesktop.systemd1.Manager";
constexpr const char* kUnitInterface = "org.freedesktop.systemd1.Unit";
constexpr const char* kServiceInterface = "org.freedesktop.systemd1.Service";
constexpr const char* kBusEnvironment = "RESTARTMANAGER_SYSTEMD_BUS";
constexpr const char* kUserBusEnvironment = "RESTARTMANAGER_SYSTEMD_USER_BUS";
constexpr const char* kUserRuntimeEnvironment = "RESTARTMANAGER_SYSTEMD_USER_RUNTIME_DIR";
constexpr std::string_view kUserPrefix = "user:";

// No single method call may block longer than this: a wedged systemd or bus must not hang the
// caller.
constexpr std::chrono::milliseconds kCallTimeout{5000};
// How long one wait for bus traffic lasts while a job runs; bounds how late `cancel` is noticed.
constexpr std::chrono::milliseconds kWaitSlice{50};

std::uint64_t toUsec(std::chrono::milliseconds ms) {
    return static_cast<std::uint64_t>(std::max<std::int64_t>(ms.count(), 1)) * 1000U;
}

// An sd_bus_error that frees itself.
class BusError {
public:
    BusError() = default;
    ~BusError() { sd_bus_error_free(&m_error); }
    BusError(const BusError&) = delete;
    BusError& operator=(const BusError&) = delete;

    sd_bus_error* get() { return &m_error; }
    [[nodiscard]] bool is(const char* name) const {
        return sd_bus_error_has_name(&m_error, name) != 0;
    }
    // "Unit x.service not loaded. (org.freedesktop.systemd1.NoSuchUnit)", or the errno text
    // when the failure did not come from the peer.
    [[nodiscard]] std::string describe(int r) const {
        if (m_error.name != nullptr && m_error.message != nullptr) {
            return std::string{m_error.message} + " (" + m_error.name + ")";
        }
        if (m_error.name != nullptr) {
            return m_error.name;
        }
        return std::strerror(r < 0 ? -r : r);
    }

private:
    sd_bus_error m_error{};
};

struct MessageUnref {
    void operator()(sd_bus_message* m) const { sd_bus_message_unref(m); }
};
using MessagePtr = std::unique_ptr<sd_bus_message, MessageUnref>;

struct SlotUnref {
    void operator()(sd_bus_slot* s) const { sd_bus_slot_unref(s); }
};
using SlotPtr = std::unique_ptr<sd_bus_slot, SlotUnref>;

struct FreeDeleter {
    void operator()(char* p) const { std::free(p); }
};

// Maps a failed look-up call to a winerror code: an unknown or invalid unit name is the caller's
// mistake, a denied call is ERROR_ACCESS_DENIED, a call that got no answer in time is
// ERROR_SEM_TIMEOUT.
DWORD lookupErrorCode(const BusError& error, int r) {
    if (error.is(SD_BUS_ERROR_ACCESS_DENIED) || error.is(SD_BUS_ERROR_AUTH_FAILED) ||
        error.is(SD_BUS_ERROR_INTERACTIVE_AUTHORIZATION_REQUIRED) || r == -EACCES || r == -EPERM) {
        return ERROR_ACCESS_DENIED;
    }
    if (error.is(SD_BUS_ERROR_NO_REPLY) || error.is(SD_BUS_ERROR_TIMEOUT) || r == -ETIMEDOUT) {
        return ERROR_SEM_TIMEOUT;
    }
    return ERROR_INVALID_PARAMETER;
}

// The JobRemoved signals seen while waiting for a job: job object path -> result.
struct JobWatch {
    std::map<std::string, std::string, std::less<>> finished;
};

int onJobRemoved(sd_bus_message* message, void* userdata, sd_bus_error* /*error*/) {
    auto* watch = static_cast<JobWatch*>(userdata);
    std::uint32_t id = 0;
    const char* job = nullptr;
    const char* unit = nullptr;
    const char* result = nullptr;
    if (sd_bus_message_read(message, "uoss", &id, &job, &unit, &result) < 0) {
        return 0;
    }
    rm::log::core()->debug("systemd job {} ({}) for {} ended: {}", id, job, unit, result);
    watch->finished.insert_or_assign(job, result);
    return 0;
}

} // namespace

std::string userUnitKey(uid_t uid, const std::string& name) {
    return std::string{kUserPrefix} + std::to_string(uid) + ":" + name;
}

std::optional<UserUnit> parseUserUnitKey(const std::string& key) {
    if (!std::string_view{key}.starts_with(kUserPrefix)) {
        return std::nullopt;
    }
    const auto colon = key.find(':', kUserPrefix.size());
    if (colon == std::string::npos || colon == kUserPrefix.size() || colon + 1 == key.size()) {
        return std::nullopt;
    }
    const std::string_view digits{key.data() + kUserPrefix.size(), colon - kUserPrefix.size()};
    std::uint64_t uid = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9' || uid > 0xFFFFFFFEULL / 10) {
            return std::nullopt;
        }
        uid = uid * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (uid >= 0xFFFFFFFFULL) {
        return std::nullopt; // (uid_t)-1 is nobody's
    }
    return UserUnit{static_cast<uid_t>(uid), key.substr(colon + 1)};
}

std::string serviceShortNameOf(const std::string& unitOrKey) {
    const auto strip = [](const std::string& unit) {
        constexpr std::string_view kSuffix = ".service";
        return std::string_view{unit}.ends_with(kSuffix)
                   ? unit.substr(0, unit.size() - kSuffix.size())
                   : unit;
    };
    if (const auto user = parseUserUnitKey(unitOrKey)) {
        // The caller's own units without the UID: what it would type to register one.
        return std::string{kUserPrefix} +
               (user->uid == ::getuid() ? std::string{} : std::to_string(user->uid) + ":") +
               strip(user->name);
    }
    return strip(unitOrKey);
}

std::unique_ptr<SystemdClient> SystemdClient::open(const std::string& address, bool direct,
                                                   const std::string& where, bool quiet) {
    sd_bus* bus = nullptr;
    int r = sd_bus_new(&bus);
    if (r >= 0) {
        r = sd_bus_set_address(bus, address.c_str());
    }
    if (r >= 0) {
        r = sd_bus_set_bus_client(bus, direct ? 0 : 1);
    }
    if (r >= 0) {
        r = sd_bus_set_method_call_timeout(bus, toUsec(kCallTimeout));
    }
    if (r >= 0) {
        r = sd_bus_start(bus);
    }
    return checked(bus, r, direct, where, quiet);
}

std::unique_ptr<SystemdClient> SystemdClient::connect() {
    const char* address = std::getenv(kBusEnvironment);
    if (address != nullptr && *address != '\0') {
        return open(address, false,
                    std::string{"the bus at "} + address + " (" + kBusEnvironment + ")", false);
    }
    sd_bus* bus = nullptr;
    int r = sd_bus_open_system(&bus);
    if (r >= 0) {
        r = sd_bus_set_method_call_timeout(bus, toUsec(kCallTimeout));
    }
    return checked(bus, r, false, "the system bus", false);
}

bool SystemdClient::userManagerOverridden() {
    const char* value = std::getenv(kUserBusEnvironment);
    return value != nullptr && *value != '\0';
}

std::unique_ptr<SystemdClient> SystemdClient::connectUser(uid_t uid) {
    const char* address = std::getenv(kUserBusEnvironment);
    if (address != nullptr && *address != '\0') {
        return open(address, false,
                    std::string{"the bus at "} + address + " (" + kUserBusEnvironment + ")", false);
    }
    const char* runtime = std::getenv(kUserRuntimeEnvironment);
    const std::string directory = runtime != nullptr && *runtime != '\0'
                                      ? std::string{runtime}
                                      : "/run/user/" + std::to_string(uid);
    // The private socket first, as systemctl --user does: it needs no bus daemon, and systemd
    // admits root on it, while a user's dbus-daemon admits nobody but that user.
    const std::string privateSocket = directory + "/systemd/private";
    if (::access(privateSocket.c_str(), F_OK) == 0) {
        if (auto client =
                open("unix:path=" + privateSocket, true,
                     "the service manager of user " + std::to_string(uid) + " at " + privateSocket,
                     true)) {
            return client;
        }
    }
    const std::string bus = directory + "/bus";
    return open("unix:path=" + bus, false,
                "the session bus of user " + std::to_string(uid) + " at " + bus, false);
}

std::unique_ptr<SystemdClient> SystemdClient::checked(sd_bus* bus, int r, bool direct,
                                                      const std::string& where, bool quiet) {
    const auto fail = [&](const std::string& why) -> std::unique_ptr<SystemdClient> {
        if (bus != nullptr) {
            sd_bus_close_unref(bus);
        }
        if (quiet) {
            rm::log::core()->debug("systemd services cannot be resolved: {}", why);
        } else {
            rm::log::core()->info("systemd services cannot be resolved: {}", why);
        }
        return nullptr;
    };
    if (r < 0) {
        return fail("cannot connect to " + where + ": " + std::strerror(-r));
    }

    BusError error;
    sd_bus_message* rawReply = nullptr;
    if (direct) {
        // No bus daemon to ask who owns the name: systemd is the peer; a cheap property read
        // proves that it answers (and that it admitted us).
        char* version = nullptr;
        r = sd_bus_get_property_string(bus, kService, kManagerPath, kManagerInterface, "Version",
                                       error.get(), &version);
        std::free(version);
        if (r < 0) {
            return fail("systemd does not answer on " + where + ": " + error.describe(r));
        }
        rm::log::core()->debug("connected to systemd on {}", where);
        return std::unique_ptr<SystemdClient>{new SystemdClient{bus, true}};
    }
    r = sd_bus_call_method(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                           "org.freedesktop.DBus", "NameHasOwner", error.get(), &rawReply, "s",
                           kService);
    const MessagePtr reply{rawReply};
    if (r < 0) {
        return fail("cannot ask " + where + " for " + kService + ": " + error.describe(r));
    }
    int owned = 0;
    r = sd_bus_message_read(reply.get(), "b", &owned);
    if (r < 0) {
        return fail("unexpected answer to NameHasOwner on " + where + ": " + std::strerror(-r));
    }
    if (owned == 0) {
        return fail(std::string{"nobody owns "} + kService + " on " + where +
                    " (systemd is not running)");
    }
    rm::log::core()->debug("connected to systemd on {}", where);
    return std::unique_ptr<SystemdClient>{new SystemdClient{bus, false}};
}

SystemdClient::~SystemdClient() {
    if (m_bus != nullptr) {
        sd_bus_close_unref(m_bus);
    }
}

Expected<std::string> SystemdClient::unitPath(const std::string& name) {
    BusError error;
    sd_bus_message* rawReply = nullptr;
    const int r = sd_bus_call_method(m_bus, kService, kManagerPath, kManagerInterface, "GetUnit",
                                     error.get(), &rawReply, "s", name.c_str());
    const MessagePtr reply{rawReply};
    if (r < 0) {
        if (error.is("org.freedesktop.systemd1.NoSuchUnit")) {
            return makeError(ERROR_INVALID_PARAMETER,
                             "systemd has no unit named '" + name + "': " + error.describe(r));
        }
        return makeError(lookupErrorCode(error, r),
                         "cannot look up the systemd unit '" + name + "': " + error.describe(r));
    }
    const char* path = nullptr;
    if (const int rr = sd_bus_message_read(reply.get(), "o", &path); rr < 0) {
        return makeError(ERROR_INVALID_PARAMETER,
                         "unexpected answer to GetUnit for '" + name + "': " + std::strerror(-rr));
    }
    return std::string{path};
}

Expected<std::string> SystemdClient::stringProperty(const std::string& path, const char* interface,
                                                    const char* property) {
    BusError error;
    char* raw = nullptr;
    const int r = sd_bus_get_property_string(m_bus, kService, path.c_str(), interface, property,
                                             error.get(), &raw);
    const std::unique_ptr<char, FreeDeleter> value{raw};
    if (r < 0) {
        return makeError(lookupErrorCode(error, r), std::string{"cannot read "} + interface + "." +
                                                        property + " of " + path + ": " +
                                                        error.describe(r));
    }
    return std::string{value.get()};
}

Expected<SystemdClient::Unit> SystemdClient::unit(const std::string& name) {
    auto path = unitPath(name);
    if (!path) {
        return path.error();
    }

    Unit result;
    auto id = stringProperty(*path, kUnitInterface, "Id");
    if (!id) {
        return id.error();
    }
    result.id = std::move(*id);

    auto state = stringProperty(*path, kUnitInterface, "ActiveState");
    if (!state) {
        return state.error();
    }
    result.activeState = std::move(*state);

    {
        BusError error;
        int refuse = 0;
        const int r = sd_bus_get_property_trivial(m_bus, kService, path->c_str(), kUnitInterface,
                                                  "RefuseManualStop", error.get(), 'b', &refuse);
        if (r < 0) {
            return makeError(lookupErrorCode(error, r), "cannot read RefuseManualStop of " +
                                                            result.id + ": " + error.describe(r));
        }
        result.refuseManualStop = refuse != 0;
    }

    {
        BusError error;
        int transient = 0;
        const int r = sd_bus_get_property_trivial(m_bus, kService, path->c_str(), kUnitInterface,
                                                  "Transient", error.get(), 'b', &transient);
        if (r < 0) {
            return makeError(lookupErrorCode(error, r),
                             "cannot read Transient of " + result.id + ": " + error.describe(r));
        }
        result.transient = transient != 0;
    }

    if (result.id.ends_with(".service")) {
        // Only services have a main process; tolerate a unit that lacks the property anyway.
        BusError error;
        std::uint32_t mainPid = 0;
        const int r = sd_bus_get_property_trivial(m_bus, kService, path->c_str(), kServiceInterface,
                                                  "MainPID", error.get(), 'u', &mainPid);
        if (r >= 0) {
            result.mainPid = static_cast<pid_t>(mainPid);
        } else {
            rm::log::core()->debug("no MainPID for {}: {}", result.id, error.describe(r));
        }
    }

    BusError error;
    sd_bus_message* rawReply = nullptr;
    int r = sd_bus_call_method(m_bus, kService, kManagerPath, kManagerInterface, "GetUnitProcesses",
                               error.get(), &rawReply, "s", result.id.c_str());
    const MessagePtr reply{rawReply};
    if (r < 0) {
        return makeError(lookupErrorCode(error, r),
                         "cannot list the processes of " + result.id + ": " + error.describe(r));
    }
    r = sd_bus_message_enter_container(reply.get(), 'a', "(sus)");
    while (r >= 0) {
        const char* cgroup = nullptr;
        std::uint32_t pid = 0;
        const char* commandLine = nullptr;
        r = sd_bus_message_read(reply.get(), "(sus)", &cgroup, &pid, &commandLine);
        if (r <= 0) {
            break;
        }
        result.processes.push_back(static_cast<pid_t>(pid));
    }
    if (r >= 0) {
        r = sd_bus_message_exit_container(reply.get());
    }
    if (r < 0) {
        return makeError(ERROR_INVALID_PARAMETER, "unexpected answer to GetUnitProcesses for " +
                                                      result.id + ": " + std::strerror(-r));
    }
    return result;
}

std::optional<std::string> SystemdClient::unitOfProcess(pid_t pid) {
    if (pid <= 0) {
        return std::nullopt; // PID 0 would ask for the unit of the caller.
    }
    BusError error;
    sd_bus_message* rawReply = nullptr;
    const int r =
        sd_bus_call_method(m_bus, kService, kManagerPath, kManagerInterface, "GetUnitByPID",
                           error.get(), &rawReply, "u", static_cast<std::uint32_t>(pid));
    const MessagePtr reply{rawReply};
    if (r < 0) {
        rm::log::core()->debug("no systemd unit for process {}: {}", pid, error.describe(r));
        return std::nullopt;
    }
    const char* path = nullptr;
    if (sd_bus_message_read(reply.get(), "o", &path) < 0) {
        return std::nullopt;
    }
    auto id = stringProperty(path, kUnitInterface, "Id");
    if (!id) {
        rm::log::core()->debug("no systemd unit for process {}: {}", pid, id.error().message);
        return std::nullopt;
    }
    return std::move(*id);
}

Status SystemdClient::stopUnit(const std::string& name, std::chrono::milliseconds timeout,
                               const std::atomic<bool>* cancel) {
    return runJob("StopUnit", "stop", ERROR_FAIL_SHUTDOWN, name, timeout, cancel);
}

Status SystemdClient::startUnit(const std::string& name, std::chrono::milliseconds timeout,
                                const std::atomic<bool>* cancel) {
    return runJob("StartUnit", "start", ERROR_FAIL_RESTART, name, timeout, cancel);
}

void SystemdClient::subscribe() {
    if (m_subscribed) {
        return;
    }
    // Without a subscriber systemd emits no JobRemoved signals on the bus.
    BusError error;
    const int r = sd_bus_call_method(m_bus, kService, kManagerPath, kManagerInterface, "Subscribe",
                                     error.get(), nullptr, "");
    if (r >= 0 || error.is("org.freedesktop.systemd1.AlreadySubscribed")) {
        m_subscribed = true;
        return;
    }
    // Not fatal: the wait below still ends at the timeout.
    rm::log::core()->warn("cannot subscribe to systemd's job signals: {}", error.describe(r));
}

Status SystemdClient::runJob(const char* method, const char* verb, DWORD failCode,
                             const std::string& name, std::chrono::milliseconds timeout,
                             const std::atomic<bool>* cancel) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + timeout;
    const auto cancelled = [&] { return cancel != nullptr && cancel->load(); };
    const auto timedOut = [&] {
        return makeError(ERROR_SEM_TIMEOUT, "timed out after " + std::to_string(timeout.count()) +
                                                " ms waiting for systemd to " + verb + " " + name);
    };
    const auto cancelledError = [&] {
        return makeError(ERROR_CANCELLED, std::string{"cancelled while waiting for systemd to "} +
                                              verb + " " + name);
    };
    if (cancelled()) {
        return cancelledError();
    }

    // Subscribe and watch for JobRemoved before asking for the job, so that the signal of a job
    // that ends at once is already queued when the call returns. sd_bus_match_signal waits for
    // the bus to confirm the match.
    subscribe();
    JobWatch watch;
    sd_bus_slot* rawSlot = nullptr;
    // On a direct connection systemd's signals carry no sender.
    int r = sd_bus_match_signal(m_bus, &rawSlot, m_direct ? nullptr : kService, kManagerPath,
                                kManagerInterface, "JobRemoved", onJobRemoved, &watch);
    const SlotPtr slot{rawSlot};
    if (r < 0) {
        return makeError(failCode, "cannot watch systemd's jobs to " + std::string{verb} + " " +
                                       name + ": " + std::strerror(-r));
    }

    sd_bus_message* rawCall = nullptr;
    r = sd_bus_message_new_method_call(m_bus, &rawCall, kService, kManagerPath, kManagerInterface,
                                       method);
    const MessagePtr call{rawCall};
    if (r >= 0) {
        r = sd_bus_message_append(call.get(), "ss", name.c_str(), "replace");
    }
    if (r < 0) {
        return makeError(failCode, std::string{"cannot build the "} + method + " call for " + name +
                                       ": " + std::strerror(-r));
    }
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    BusError error;
    sd_bus_message* rawReply = nullptr;
    r = sd_bus_call(m_bus, call.get(),
                    toUsec(std::clamp(left, std::chrono::milliseconds{1}, kCallTimeout)),
                    error.get(), &rawReply);
    const MessagePtr reply{rawReply};
    if (r < 0) {
        if (r == -ETIMEDOUT && Clock::now() >= deadline) {
            return timedOut();
        }
        return makeError(failCode, "systemd did not " + std::string{verb} + " " + name + ": " +
                                       error.describe(r));
    }
    const char* jobPath = nullptr;
    r = sd_bus_message_read(reply.get(), "o", &jobPath);
    if (r < 0) {
        return makeError(failCode, std::string{"unexpected answer to "} + method + " for " + name +
                                       ": " + std::strerror(-r));
    }
    const std::string job{jobPath};
    rm::log::core()->debug("systemd job {} to {} {}", job, verb, name);

    for (;;) {
        if (const auto it = watch.finished.find(job); it != watch.finished.end()) {
            if (it->second == "done") {
                return Status{};
            }
            return makeError(failCode, "systemd could not " + std::string{verb} + " " + name +
                                           ": the job ended with result '" + it->second + "'");
        }
        if (cancelled()) {
            return cancelledError();
        }
        // Dispatch what has arrived before looking at the clock, so that a job that ended in
        // time is not reported as timed out.
        r = sd_bus_process(m_bus, nullptr);
        if (r > 0) {
            continue;
        }
        const auto now = Clock::now();
        if (r == 0 && now >= deadline) {
            return timedOut();
        }
        if (r == 0) {
            const auto slice = std::min(
                kWaitSlice, std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now));
            r = sd_bus_wait(m_bus, toUsec(slice));
        }
        if (r < 0 && r != -EINTR) {
            return makeError(failCode, "lost the bus while waiting for systemd to " +
                                           std::string{verb} + " " + name + ": " +
                                           std::strerror(-r));
        }
    }
}

} // namespace rm
