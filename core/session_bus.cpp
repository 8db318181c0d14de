#include "core/private/session_bus.h"

#include "core/log.h"
#include "core/private/process_details.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace rm {

std::string sessionBusAddress(const std::vector<std::string>& environment) {
    if (auto address = environmentValue(environment, "DBUS_SESSION_BUS_ADDRESS");
        address && !address->empty()) {
        return *address;
    }
    // sd-bus and GDBus fall back to the same place when the variable is not set.
    if (auto runtime = environmentValue(environment, "XDG_RUNTIME_DIR");
        runtime && !runtime->empty() && runtime->front() == '/' &&
        runtime->find_first_of(",;=") == std::string::npos) {
        return "unix:path=" + *runtime + "/bus";
    }
    return {};
}

SessionBus::SessionBus(const std::string& address) : m_deadline{SteadyClock::now() + kBudget} {
    if (address.empty()) {
        return;
    }
    if (sd_bus_new(&m_bus) < 0) {
        m_bus = nullptr;
        return;
    }
    const auto timeoutUs = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::microseconds>(kBudget).count());
    if (sd_bus_set_address(m_bus, address.c_str()) < 0 || sd_bus_set_bus_client(m_bus, 1) < 0 ||
        sd_bus_set_method_call_timeout(m_bus, timeoutUs) < 0 || sd_bus_start(m_bus) < 0) {
        log::core()->debug("polite close: cannot connect to the session bus");
        sd_bus_unref(m_bus);
        m_bus = nullptr;
    }
}

SessionBus::~SessionBus() {
    if (m_bus != nullptr) {
        sd_bus_close_unref(m_bus);
    }
}

SessionBus::Call::~Call() {
    sd_bus_slot_unref(slot);
    sd_bus_message_unref(reply);
}

bool SessionBus::Call::succeeded() const {
    return reply != nullptr && sd_bus_message_is_method_error(reply, nullptr) == 0;
}

int SessionBus::onReply(sd_bus_message* message, void* userdata, sd_bus_error*) {
    auto* call = static_cast<Call*>(userdata);
    call->reply = sd_bus_message_ref(message);
    call->done = true;
    return 0;
}

bool SessionBus::wait(const std::vector<Call*>& calls) {
    for (;;) {
        if (std::all_of(calls.begin(), calls.end(), [](const Call* c) { return c->done; })) {
            return true;
        }
        const int r = sd_bus_process(m_bus, nullptr);
        if (r < 0) {
            return false;
        }
        if (r > 0) {
            continue;
        }
        const int left = remainingMs(m_deadline);
        if (left <= 0) {
            return false;
        }
        if (sd_bus_wait(m_bus, static_cast<std::uint64_t>(left) * 1000) < 0) {
            return false;
        }
    }
}

std::vector<std::string> SessionBus::namesOf(pid_t pid) {
    std::vector<std::string> result;
    auto list = start("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                      "ListNames", "");
    if (!wait({list.get()}) || !list->succeeded()) {
        return result;
    }
    std::vector<std::string> names;
    if (sd_bus_message_enter_container(list->reply, 'a', "s") > 0) {
        const char* name = nullptr;
        while (sd_bus_message_read_basic(list->reply, 's', &name) > 0) {
            if (name[0] != ':' && std::strcmp(name, "org.freedesktop.DBus") != 0) {
                names.emplace_back(name);
            }
        }
    }
    std::vector<std::unique_ptr<Call>> owners;
    std::vector<Call*> pending;
    for (const auto& name : names) {
        owners.push_back(start("org.freedesktop.DBus", "/org/freedesktop/DBus",
                               "org.freedesktop.DBus", "GetConnectionUnixProcessID", "s",
                               name.c_str()));
        pending.push_back(owners.back().get());
    }
    wait(pending);
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::uint32_t owner = 0;
        if (owners[i]->succeeded() &&
            sd_bus_message_read_basic(owners[i]->reply, 'u', &owner) > 0 &&
            owner == static_cast<std::uint32_t>(pid)) {
            result.push_back(names[i]);
        }
    }
    return result;
}

namespace {

// GApplication's object path for an application id (g_application's own conversion).
std::optional<std::string> applicationPath(const std::string& id) {
    std::string path = "/";
    for (const char c : id) {
        if (c == '.') {
            path += '/';
        } else if (c == '-') {
            path += '_';
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '_') {
            path += c;
        } else {
            return std::nullopt;
        }
    }
    return path;
}

} // namespace

std::optional<QuitAction> findQuitAction(SessionBus& bus, pid_t pid) {
    if (!bus.ok()) {
        return std::nullopt;
    }
    for (const auto& name : bus.namesOf(pid)) {
        const auto path = applicationPath(name);
        if (!path) {
            continue;
        }
        auto describe =
            bus.start(name.c_str(), path->c_str(), "org.gtk.Actions", "Describe", "s", "quit");
        if (!bus.wait({describe.get()}) || !describe->succeeded()) {
            continue;
        }
        // (bgav): enabled, parameter type, state.
        int enabled = 0;
        const char* parameterType = nullptr;
        if (sd_bus_message_enter_container(describe->reply, 'r', "bgav") > 0 &&
            sd_bus_message_read(describe->reply, "bg", &enabled, &parameterType) >= 0 &&
            enabled != 0 && parameterType != nullptr && parameterType[0] == '\0') {
            return QuitAction{name, *path};
        }
    }
    return std::nullopt;
}

bool activateQuitAction(SessionBus& bus, const QuitAction& action) {
    auto activate = bus.start(action.name.c_str(), action.path.c_str(), "org.gtk.Actions",
                              "Activate", "sava{sv}", "quit", 0, 0);
    // sd_bus_flush is not used: on a stalled bus it would wait without a deadline; the wait
    // writes the request first.
    return !(bus.wait({activate.get()}) && !activate->succeeded());
}

} // namespace rm
