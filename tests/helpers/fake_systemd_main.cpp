// A stand-in for systemd's D-Bus API on a private bus, for the SystemdClient tests.
//
//   rm_test_fake_systemd <bus address> <unit file>
//
// Connects to the bus (argv[1], or DBUS_STARTER_ADDRESS when argv[1] is empty or missing), takes
// the name org.freedesktop.systemd1 and serves the units of the file, one a line:
//
//   demo.service active refuse=no pids=1234,1235 main=1234 stop=done start=done delay=100
//
// name and ActiveState come first; the rest are optional: refuse (RefuseManualStop, yes/no),
// transient (Transient, yes/no: a unit made by systemd-run, which systemd unloads once it is
// stopped, so that it is then unknown to GetUnit and StartUnit alike), pids (the processes in the
// unit's cgroup), main (Service.MainPID), stop / start (the result of a stop or start job: done,
// failed, timeout, canceled, ...) and delay (milliseconds from the job's creation to its JobRemoved
// signal; default 100).
//
// Like systemd it serves on /org/freedesktop/systemd1 the org.freedesktop.systemd1.Manager
// methods GetUnit, GetUnitByPID, GetUnitProcesses, StopUnit, StartUnit, Subscribe and
// Unsubscribe with systemd's error names, emits JobNew / JobRemoved (and PropertiesChanged)
// only while a client is subscribed, and serves every unit at
// /org/freedesktop/systemd1/unit/<escaped name> with org.freedesktop.systemd1.Unit (Id,
// LoadState, ActiveState, SubState, RefuseManualStart, RefuseManualStop, Transient) and, for
// services,
// org.freedesktop.systemd1.Service (MainPID, ControlPID). A stop job that ends "done" sends
// SIGTERM to the unit's living processes, as systemd's default KillMode would.
//
// Prints "ready" once it owns the name. Exits 0 on SIGTERM or SIGINT, when stdin closes, or
// when the bus goes away.

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <list>
#include <map>
#include <memory>
#include <optional>
#include <signal.h>
#include <sstream>
#include <string>
#include <sys/epoll.h>
#include <systemd/sd-bus.h>
#include <systemd/sd-event.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr const char* kName = "org.freedesktop.systemd1";
constexpr const char* kManagerPath = "/org/freedesktop/systemd1";
constexpr const char* kManagerInterface = "org.freedesktop.systemd1.Manager";
constexpr const char* kUnitPrefix = "/org/freedesktop/systemd1/unit";
constexpr const char* kUnitInterface = "org.freedesktop.systemd1.Unit";
constexpr const char* kServiceInterface = "org.freedesktop.systemd1.Service";

constexpr const char* kNoSuchUnit = "org.freedesktop.systemd1.NoSuchUnit";
constexpr const char* kNoUnitForPid = "org.freedesktop.systemd1.NoUnitForPID";
constexpr const char* kOnlyByDependency = "org.freedesktop.systemd1.OnlyByDependency";
constexpr const char* kAlreadySubscribed = "org.freedesktop.systemd1.AlreadySubscribed";
constexpr const char* kNotSubscribed = "org.freedesktop.systemd1.NotSubscribed";
constexpr const char* kTransactionIsDestructive =
    "org.freedesktop.systemd1.TransactionIsDestructive";

struct Unit {
    std::string name;
    std::string path;
    std::string activeState;
    bool refuseManualStop = false;
    bool transient = false;
    std::vector<pid_t> pids;
    pid_t mainPid = 0;
    std::string stopResult = "done";
    std::string startResult = "done";
    std::uint64_t delayMs = 100;
};

struct Job {
    std::uint32_t id = 0;
    std::string path;
    Unit* unit = nullptr;
    bool stop = true;
    sd_event_source* timer = nullptr;
};

struct Fake {
    sd_bus* bus = nullptr;
    sd_event* event = nullptr;
    sd_bus_track* subscribers = nullptr;
    std::map<std::string, Unit> units;
    std::list<Job> jobs;
    std::uint32_t nextJobId = 1;
};

Fake* g_fake = nullptr;

bool isAlive(pid_t pid) {
    if (pid <= 0) {
        return false;
    }
    std::ifstream stat{"/proc/" + std::to_string(pid) + "/stat"};
    std::string line;
    if (!std::getline(stat, line)) {
        return false;
    }
    const auto close = line.rfind(')');
    return close != std::string::npos && close + 2 < line.size() && line[close + 2] != 'Z' &&
           line[close + 2] != 'X';
}

std::string commandLine(pid_t pid) {
    std::ifstream in{"/proc/" + std::to_string(pid) + "/cmdline", std::ios::binary};
    std::string text{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    while (!text.empty() && text.back() == '\0') {
        text.pop_back();
    }
    for (auto& c : text) {
        if (c == '\0') {
            c = ' ';
        }
    }
    return text;
}

bool validUnitName(const std::string& name) {
    static const char* const kTypes[] = {".service", ".socket",    ".target", ".device",
                                         ".mount",   ".automount", ".swap",   ".timer",
                                         ".path",    ".slice",     ".scope"};
    if (name.empty() || name.size() > 255) {
        return false;
    }
    for (const char* type : kTypes) {
        const std::string suffix{type};
        if (name.size() > suffix.size() && name.ends_with(suffix)) {
            return true;
        }
    }
    return false;
}

bool validJobMode(const std::string& mode) {
    static const char* const kModes[] = {"fail",
                                         "replace",
                                         "replace-irreversibly",
                                         "isolate",
                                         "flush",
                                         "ignore-dependencies",
                                         "ignore-requirements",
                                         "triggering",
                                         "restart-dependencies"};
    for (const char* m : kModes) {
        if (mode == m) {
            return true;
        }
    }
    return false;
}

bool subscribed(const Fake& fake) {
    return fake.subscribers != nullptr && sd_bus_track_count(fake.subscribers) > 0;
}

std::string subState(const Unit& unit) {
    if (unit.activeState == "active") {
        return "running";
    }
    if (unit.activeState == "inactive") {
        return "dead";
    }
    if (unit.activeState == "activating") {
        return "start";
    }
    if (unit.activeState == "deactivating") {
        return "stop-sigterm";
    }
    return unit.activeState;
}

void setActiveState(Fake& fake, Unit& unit, const std::string& state) {
    unit.activeState = state;
    if (subscribed(fake)) {
        sd_bus_emit_properties_changed(fake.bus, unit.path.c_str(), kUnitInterface, "ActiveState",
                                       "SubState", nullptr);
    }
}

Unit* findUnit(Fake& fake, const std::string& name) {
    const auto it = fake.units.find(name);
    return it == fake.units.end() ? nullptr : &it->second;
}

// --- Unit and Service objects -------------------------------------------------------------------

int findUnitObject(sd_bus* /*bus*/, const char* path, const char* /*interface*/, void* userdata,
                   void** found, sd_bus_error* /*error*/) {
    auto* fake = static_cast<Fake*>(userdata);
    char* raw = nullptr;
    if (sd_bus_path_decode(path, kUnitPrefix, &raw) <= 0) {
        return 0;
    }
    const std::string name{raw};
    std::free(raw);
    Unit* unit = findUnit(*fake, name);
    if (unit == nullptr) {
        return 0;
    }
    *found = unit;
    return 1;
}

int findServiceObject(sd_bus* bus, const char* path, const char* interface, void* userdata,
                      void** found, sd_bus_error* error) {
    void* unit = nullptr;
    const int r = findUnitObject(bus, path, interface, userdata, &unit, error);
    if (r <= 0 || !static_cast<Unit*>(unit)->name.ends_with(".service")) {
        return 0;
    }
    *found = unit;
    return 1;
}

// Lists the unit objects for introspection, as systemd does.
int enumerateUnits(sd_bus* /*bus*/, const char* /*prefix*/, void* userdata, char*** nodes,
                   sd_bus_error* /*error*/) {
    const auto* fake = static_cast<const Fake*>(userdata);
    auto* list = static_cast<char**>(std::calloc(fake->units.size() + 1, sizeof(char*)));
    if (list == nullptr) {
        return -ENOMEM;
    }
    std::size_t i = 0;
    for (const auto& [name, unit] : fake->units) {
        list[i] = ::strdup(unit.path.c_str());
        if (list[i] == nullptr) {
            for (std::size_t j = 0; j < i; ++j) {
                std::free(list[j]);
            }
            std::free(list);
            return -ENOMEM;
        }
        ++i;
    }
    *nodes = list;
    return 0;
}

int getProperty(sd_bus* /*bus*/, const char* /*path*/, const char* /*interface*/,
                const char* property, sd_bus_message* reply, void* userdata,
                sd_bus_error* /*error*/) {
    const auto* unit = static_cast<const Unit*>(userdata);
    const std::string p{property};
    if (p == "Id") {
        return sd_bus_message_append(reply, "s", unit->name.c_str());
    }
    if (p == "LoadState") {
        return sd_bus_message_append(reply, "s", "loaded");
    }
    if (p == "ActiveState") {
        return sd_bus_message_append(reply, "s", unit->activeState.c_str());
    }
    if (p == "SubState") {
        return sd_bus_message_append(reply, "s", subState(*unit).c_str());
    }
    if (p == "RefuseManualStart") {
        return sd_bus_message_append(reply, "b", 0);
    }
    if (p == "RefuseManualStop") {
        return sd_bus_message_append(reply, "b", unit->refuseManualStop ? 1 : 0);
    }
    if (p == "Transient") {
        return sd_bus_message_append(reply, "b", unit->transient ? 1 : 0);
    }
    if (p == "MainPID") {
        // systemd forgets the main process once the service is no longer running.
        const bool running = unit->activeState == "active" || unit->activeState == "deactivating";
        return sd_bus_message_append(reply, "u",
                                     static_cast<std::uint32_t>(running ? unit->mainPid : 0));
    }
    if (p == "ControlPID") {
        return sd_bus_message_append(reply, "u", std::uint32_t{0});
    }
    return -ENOENT;
}

const sd_bus_vtable kUnitVtable[] = {
    SD_BUS_VTABLE_START(0),
    SD_BUS_PROPERTY("Id", "s", getProperty, 0, SD_BUS_VTABLE_PROPERTY_CONST),
    SD_BUS_PROPERTY("LoadState", "s", getProperty, 0, SD_BUS_VTABLE_PROPERTY_EMITS_CHANGE),
    SD_BUS_PROPERTY("ActiveState", "s", getProperty, 0, SD_BUS_VTABLE_PROPERTY_EMITS_CHANGE),
    SD_BUS_PROPERTY("SubState", "s", getProperty, 0, SD_BUS_VTABLE_PROPERTY_EMITS_CHANGE),
    SD_BUS_PROPERTY("RefuseManualStart", "b", getProperty, 0, SD_BUS_VTABLE_PROPERTY_CONST),
    SD_BUS_PROPERTY("RefuseManualStop", "b", getProperty, 0, SD_BUS_VTABLE_PROPERTY_CONST),
    SD_BUS_PROPERTY("Transient", "b", getProperty, 0, SD_BUS_VTABLE_PROPERTY_CONST),
    SD_BUS_VTABLE_END};

const sd_bus_vtable kServiceVtable[] = {
    SD_BUS_VTABLE_START(0),
    SD_BUS_PROPERTY("MainPID", "u", getProperty, 0, SD_BUS_VTABLE_PROPERTY_EMITS_CHANGE),
    SD_BUS_PROPERTY("ControlPID", "u", getProperty, 0, SD_BUS_VTABLE_PROPERTY_EMITS_CHANGE),
    SD_BUS_VTABLE_END};

// --- Jobs ---------------------------------------------------------------------------------------

void finishJob(Fake& fake, Job& job, const std::string& result) {
    Unit& unit = *job.unit;
    if (result == "done") {
        if (job.stop) {
            for (const pid_t pid : unit.pids) {
                if (isAlive(pid)) {
                    ::kill(pid, SIGTERM);
                }
            }
            setActiveState(fake, unit, "inactive");
        } else {
            setActiveState(fake, unit, "active");
        }
    } else if (result == "failed" || result == "timeout") {
        setActiveState(fake, unit, "failed");
    } else if (result == "canceled") {
        // A replaced job leaves the state to its successor.
    } else {
        setActiveState(fake, unit, job.stop ? "active" : "inactive");
    }
    if (subscribed(fake)) {
        sd_bus_emit_signal(fake.bus, kManagerPath, kManagerInterface, "JobRemoved", "uoss", job.id,
                           job.path.c_str(), unit.name.c_str(), result.c_str());
    }
    sd_event_source_unref(job.timer);
    job.timer = nullptr;
    const bool unload = unit.transient && job.stop && result == "done";
    const std::string name = unit.name;
    for (auto it = fake.jobs.begin(); it != fake.jobs.end(); ++it) {
        if (&*it == &job) {
            fake.jobs.erase(it);
            break;
        }
    }
    if (unload) {
        // Like systemd's garbage collection of a stopped transient unit: it has no unit file
        // to be loaded from again.
        fake.units.erase(name);
    }
}

int onJobTimer(sd_event_source* /*source*/, std::uint64_t /*usec*/, void* userdata) {
    auto* job = static_cast<Job*>(userdata);
    const std::string result = job->stop ? job->unit->stopResult : job->unit->startResult;
    finishJob(*g_fake, *job, result);
    return 0;
}

// StopUnit / StartUnit: systemd's checks, then a job that ends `delay` ms later.
int queueJob(sd_bus_message* message, Fake& fake, bool stop, sd_bus_error* error) {
    const char* name = nullptr;
    const char* mode = nullptr;
    int r = sd_bus_message_read(message, "ss", &name, &mode);
    if (r < 0) {
        return r;
    }
    if (!validJobMode(mode)) {
        return sd_bus_error_setf(error, SD_BUS_ERROR_INVALID_ARGS, "Job mode %s invalid.", mode);
    }
    if (!validUnitName(name)) {
        return sd_bus_error_setf(error, SD_BUS_ERROR_INVALID_ARGS, "Unit name %s is not valid.",
                                 name);
    }
    Unit* unit = findUnit(fake, name);
    if (unit == nullptr) {
        return sd_bus_error_setf(error, kNoSuchUnit,
                                 stop ? "Unit %s not loaded." : "Unit %s not found.", name);
    }
    if (stop && unit->refuseManualStop) {
        return sd_bus_error_setf(error, kOnlyByDependency,
                                 "Operation refused, unit %s may be requested by dependency only "
                                 "(it is configured to refuse manual start/stop).",
                                 name);
    }
    for (auto& job : fake.jobs) {
        if (job.unit != unit) {
            continue;
        }
        if (job.stop == stop) {
            // systemd merges the request into the pending job of the same type.
            return sd_bus_reply_method_return(message, "o", job.path.c_str());
        }
        if (std::string{mode} == "fail") {
            return sd_bus_error_setf(error, kTransactionIsDestructive,
                                     "Transaction for %s/%s is destructive (%s has '%s' job "
                                     "queued, but '%s' is included in transaction).",
                                     name, stop ? "stop" : "start", name,
                                     job.stop ? "stop" : "start", stop ? "stop" : "start");
        }
        finishJob(fake, job, "canceled");
        break;
    }

    Job& job = fake.jobs.emplace_back();
    job.id = fake.nextJobId++;
    job.path = std::string{kManagerPath} + "/job/" + std::to_string(job.id);
    job.unit = unit;
    job.stop = stop;
    // Accuracy 1 µs: the default (0) lets sd-event fire up to 250 ms late.
    r = sd_event_add_time_relative(fake.event, &job.timer, CLOCK_MONOTONIC, unit->delayMs * 1000U,
                                   1, onJobTimer, &job);
    if (r < 0) {
        fake.jobs.pop_back();
        return r;
    }
    setActiveState(fake, *unit, stop ? "deactivating" : "activating");
    r = sd_bus_reply_method_return(message, "o", job.path.c_str());
    if (r >= 0 && subscribed(fake)) {
        sd_bus_emit_signal(fake.bus, kManagerPath, kManagerInterface, "JobNew", "uos", job.id,
                           job.path.c_str(), unit->name.c_str());
    }
    return r;
}

// --- Manager ------------------------------------------------------------------------------------

int methodGetUnit(sd_bus_message* message, void* userdata, sd_bus_error* error) {
    auto* fake = static_cast<Fake*>(userdata);
    const char* name = nullptr;
    const int r = sd_bus_message_read(message, "s", &name);
    if (r < 0) {
        return r;
    }
    if (!validUnitName(name)) {
        return sd_bus_error_setf(error, SD_BUS_ERROR_INVALID_ARGS, "Unit name %s is not valid.",
                                 name);
    }
    const Unit* unit = findUnit(*fake, name);
    if (unit == nullptr) {
        return sd_bus_error_setf(error, kNoSuchUnit, "Unit %s not loaded.", name);
    }
    return sd_bus_reply_method_return(message, "o", unit->path.c_str());
}

int methodGetUnitByPid(sd_bus_message* message, void* userdata, sd_bus_error* error) {
    auto* fake = static_cast<Fake*>(userdata);
    std::uint32_t pid = 0;
    int r = sd_bus_message_read(message, "u", &pid);
    if (r < 0) {
        return r;
    }
    if (pid == 0) {
        // Like systemd: PID 0 means the caller.
        sd_bus_creds* creds = nullptr;
        r = sd_bus_query_sender_creds(message, SD_BUS_CREDS_PID, &creds);
        if (r < 0) {
            return r;
        }
        pid_t sender = 0;
        r = sd_bus_creds_get_pid(creds, &sender);
        sd_bus_creds_unref(creds);
        if (r < 0) {
            return r;
        }
        pid = static_cast<std::uint32_t>(sender);
    }
    const auto wanted = static_cast<pid_t>(pid);
    if (isAlive(wanted)) {
        for (const auto& [name, unit] : fake->units) {
            for (const pid_t p : unit.pids) {
                if (p == wanted) {
                    return sd_bus_reply_method_return(message, "o", unit.path.c_str());
                }
            }
        }
    }
    return sd_bus_error_setf(error, kNoUnitForPid, "PID %u does not belong to any loaded unit.",
                             pid);
}

int methodGetUnitProcesses(sd_bus_message* message, void* userdata, sd_bus_error* error) {
    auto* fake = static_cast<Fake*>(userdata);
    const char* name = nullptr;
    int r = sd_bus_message_read(message, "s", &name);
    if (r < 0) {
        return r;
    }
    const Unit* unit = findUnit(*fake, name);
    if (unit == nullptr) {
        return sd_bus_error_setf(error, kNoSuchUnit, "Unit %s not loaded.", name);
    }
    sd_bus_message* reply = nullptr;
    r = sd_bus_message_new_method_return(message, &reply);
    if (r >= 0) {
        r = sd_bus_message_open_container(reply, 'a', "(sus)");
    }
    const std::string cgroup = "/system.slice/" + unit->name;
    for (const pid_t pid : unit->pids) {
        if (r >= 0 && isAlive(pid)) {
            r = sd_bus_message_append(reply, "(sus)", cgroup.c_str(),
                                      static_cast<std::uint32_t>(pid), commandLine(pid).c_str());
        }
    }
    if (r >= 0) {
        r = sd_bus_message_close_container(reply);
    }
    if (r >= 0) {
        r = sd_bus_send(nullptr, reply, nullptr);
    }
    sd_bus_message_unref(reply);
    return r;
}

int methodStopUnit(sd_bus_message* message, void* userdata, sd_bus_error* error) {
    return queueJob(message, *static_cast<Fake*>(userdata), true, error);
}

int methodStartUnit(sd_bus_message* message, void* userdata, sd_bus_error* error) {
    return queueJob(message, *static_cast<Fake*>(userdata), false, error);
}

int methodSubscribe(sd_bus_message* message, void* userdata, sd_bus_error* error) {
    auto* fake = static_cast<Fake*>(userdata);
    if (fake->subscribers == nullptr) {
        const int r = sd_bus_track_new(fake->bus, &fake->subscribers, nullptr, nullptr);
        if (r < 0) {
            return r;
        }
    }
    const int r = sd_bus_track_add_sender(fake->subscribers, message);
    if (r < 0) {
        return r;
    }
    if (r == 0) {
        return sd_bus_error_setf(error, kAlreadySubscribed, "Client is already subscribed.");
    }
    return sd_bus_reply_method_return(message, nullptr);
}

int methodUnsubscribe(sd_bus_message* message, void* userdata, sd_bus_error* error) {
    auto* fake = static_cast<Fake*>(userdata);
    const int r =
        fake->subscribers == nullptr ? 0 : sd_bus_track_remove_sender(fake->subscribers, message);
    if (r < 0) {
        return r;
    }
    if (r == 0) {
        return sd_bus_error_setf(error, kNotSubscribed, "Client is not subscribed.");
    }
    return sd_bus_reply_method_return(message, nullptr);
}

const sd_bus_vtable kManagerVtable[] = {
    SD_BUS_VTABLE_START(0),
    SD_BUS_METHOD("GetUnit", "s", "o", methodGetUnit, SD_BUS_VTABLE_UNPRIVILEGED),
    SD_BUS_METHOD("GetUnitByPID", "u", "o", methodGetUnitByPid, SD_BUS_VTABLE_UNPRIVILEGED),
    SD_BUS_METHOD("GetUnitProcesses", "s", "a(sus)", methodGetUnitProcesses,
                  SD_BUS_VTABLE_UNPRIVILEGED),
    SD_BUS_METHOD("StartUnit", "ss", "o", methodStartUnit, SD_BUS_VTABLE_UNPRIVILEGED),
    SD_BUS_METHOD("StopUnit", "ss", "o", methodStopUnit, SD_BUS_VTABLE_UNPRIVILEGED),
    SD_BUS_METHOD("Subscribe", "", "", methodSubscribe, SD_BUS_VTABLE_UNPRIVILEGED),
    SD_BUS_METHOD("Unsubscribe", "", "", methodUnsubscribe, SD_BUS_VTABLE_UNPRIVILEGED),
    SD_BUS_SIGNAL("JobNew", "uos", 0),
    SD_BUS_SIGNAL("JobRemoved", "uoss", 0),
    SD_BUS_VTABLE_END};

// --- Configuration and main loop ----------------------------------------------------------------

std::optional<std::string> parseUnits(const std::string& file, Fake& fake) {
    std::ifstream in{file};
    if (!in) {
        return "cannot read " + file;
    }
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        std::istringstream words{line};
        Unit unit;
        if (!(words >> unit.name) || unit.name.starts_with("#")) {
            continue;
        }
        const std::string where = file + ":" + std::to_string(number) + ": ";
        if (!validUnitName(unit.name)) {
            return where + "invalid unit name " + unit.name;
        }
        if (!(words >> unit.activeState)) {
            return where + "no ActiveState for " + unit.name;
        }
        std::string word;
        while (words >> word) {
            const auto eq = word.find('=');
            if (eq == std::string::npos) {
                return where + "expected key=value, got " + word;
            }
            const std::string key = word.substr(0, eq);
            const std::string value = word.substr(eq + 1);
            try {
                if (key == "refuse") {
                    unit.refuseManualStop = value == "yes" || value == "true" || value == "1";
                } else if (key == "transient") {
                    unit.transient = value == "yes" || value == "true" || value == "1";
                } else if (key == "pids") {
                    std::istringstream list{value};
                    std::string pid;
                    while (std::getline(list, pid, ',')) {
                        if (!pid.empty()) {
                            unit.pids.push_back(static_cast<pid_t>(std::stol(pid)));
                        }
                    }
                } else if (key == "main") {
                    unit.mainPid = static_cast<pid_t>(std::stol(value));
                } else if (key == "stop") {
                    unit.stopResult = value;
                } else if (key == "start") {
                    unit.startResult = value;
                } else if (key == "delay") {
                    unit.delayMs = std::stoull(value);
                } else {
                    return where + "unknown key " + key;
                }
            } catch (const std::exception&) {
                return where + "bad value in " + word;
            }
        }
        char* path = nullptr;
        if (sd_bus_path_encode(kUnitPrefix, unit.name.c_str(), &path) < 0) {
            return where + "cannot encode an object path for " + unit.name;
        }
        unit.path = path;
        std::free(path);
        const std::string name = unit.name;
        fake.units.insert_or_assign(name, std::move(unit));
    }
    return std::nullopt;
}

int onStdin(sd_event_source* source, int fd, std::uint32_t /*revents*/, void* /*userdata*/) {
    char buffer[256];
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
        return sd_event_exit(sd_event_source_get_event(source), 0);
    }
    return 0;
}

int fail(const char* what, int r) {
    std::fprintf(stderr, "fake systemd: %s: %s\n", what, std::strerror(r < 0 ? -r : r));
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    const char* address =
        argc > 1 && argv[1][0] != '\0' ? argv[1] : std::getenv("DBUS_STARTER_ADDRESS");
    if (address == nullptr || argc < 3) {
        std::fprintf(stderr, "usage: %s <bus address> <unit file>\n", argv[0]);
        return 2;
    }
    Fake fake;
    g_fake = &fake;
    if (const auto problem = parseUnits(argv[2], fake)) {
        std::fprintf(stderr, "fake systemd: %s\n", problem->c_str());
        return 2;
    }

    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigprocmask(SIG_BLOCK, &mask, nullptr);

    int r = sd_event_new(&fake.event);
    if (r < 0) {
        return fail("sd_event_new", r);
    }
    // No handler: the signal ends the loop with exit code 0.
    sd_event_add_signal(fake.event, nullptr, SIGTERM, nullptr, nullptr);
    sd_event_add_signal(fake.event, nullptr, SIGINT, nullptr, nullptr);
    // stdin that cannot be watched (a regular file, /dev/null) is ignored.
    sd_event_add_io(fake.event, nullptr, STDIN_FILENO, EPOLLIN | EPOLLHUP, onStdin, nullptr);

    r = sd_bus_new(&fake.bus);
    if (r >= 0) {
        r = sd_bus_set_address(fake.bus, address);
    }
    if (r >= 0) {
        r = sd_bus_set_bus_client(fake.bus, 1);
    }
    if (r >= 0) {
        r = sd_bus_set_exit_on_disconnect(fake.bus, 1);
    }
    if (r >= 0) {
        r = sd_bus_start(fake.bus);
    }
    if (r < 0) {
        return fail("cannot connect to the bus", r);
    }
    r = sd_bus_attach_event(fake.bus, fake.event, SD_EVENT_PRIORITY_NORMAL);
    if (r < 0) {
        return fail("sd_bus_attach_event", r);
    }
    r = sd_bus_add_object_vtable(fake.bus, nullptr, kManagerPath, kManagerInterface, kManagerVtable,
                                 &fake);
    if (r >= 0) {
        r = sd_bus_add_fallback_vtable(fake.bus, nullptr, kUnitPrefix, kUnitInterface, kUnitVtable,
                                       findUnitObject, &fake);
    }
    if (r >= 0) {
        r = sd_bus_add_fallback_vtable(fake.bus, nullptr, kUnitPrefix, kServiceInterface,
                                       kServiceVtable, findServiceObject, &fake);
    }
    if (r >= 0) {
        r = sd_bus_add_node_enumerator(fake.bus, nullptr, kUnitPrefix, enumerateUnits, &fake);
    }
    if (r < 0) {
        return fail("cannot register the objects", r);
    }
    r = sd_bus_request_name(fake.bus, kName, 0);
    if (r < 0) {
        return fail("cannot own org.freedesktop.systemd1", r);
    }
    std::printf("ready\n");
    std::fflush(stdout);

    r = sd_event_loop(fake.event);
    for (auto& job : fake.jobs) {
        sd_event_source_unref(job.timer);
    }
    fake.jobs.clear();
    sd_bus_track_unref(fake.subscribers);
    sd_bus_flush_close_unref(fake.bus);
    sd_event_unref(fake.event);
    return r < 0 ? fail("event loop", r) : r;
}
