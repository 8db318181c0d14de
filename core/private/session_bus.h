#pragma once

// The application's D-Bus session bus, reached with sd-bus within one budget, and GApplication's
// "quit" action on it: the way to ask a GTK program to close when no X11 window of it can be
// reached (Wayland, or no display in its environment).

#include "core/private/deadline.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

#include <systemd/sd-bus.h>

namespace rm {

// The session bus address of an environment (NAME=VALUE entries): DBUS_SESSION_BUS_ADDRESS, else
// XDG_RUNTIME_DIR/bus as sd-bus and GDBus fall back to; empty when neither is there.
std::string sessionBusAddress(const std::vector<std::string>& environment);

// Calls run asynchronously and the loop waits no longer than the deadline: sd_bus_call would
// wait for the authentication (25 s) and the Hello reply on its own terms.
class SessionBus {
public:
    static constexpr std::chrono::milliseconds kBudget{1000};

    explicit SessionBus(const std::string& address);
    ~SessionBus();
    SessionBus(const SessionBus&) = delete;
    SessionBus& operator=(const SessionBus&) = delete;

    [[nodiscard]] bool ok() const { return m_bus != nullptr; }

    struct Call {
        sd_bus_slot* slot = nullptr;
        sd_bus_message* reply = nullptr;
        bool done = false;
        ~Call();
        [[nodiscard]] bool succeeded() const;
    };

    // Starts a call; its reply arrives through wait().
    template <typename... Args>
    std::unique_ptr<Call> start(const char* destination, const char* path, const char* interface,
                                const char* member, const char* types, Args... args) {
        auto call = std::make_unique<Call>();
        if (sd_bus_call_method_async(m_bus, &call->slot, destination, path, interface, member,
                                     &SessionBus::onReply, call.get(), types, args...) < 0) {
            call->done = true;
        }
        return call;
    }

    // Processes the bus until every call is answered or the deadline passes; false on timeout.
    bool wait(const std::vector<Call*>& calls);

    // The well-known names that the process owns (an application id is one).
    std::vector<std::string> namesOf(pid_t pid);

private:
    static int onReply(sd_bus_message* message, void* userdata, sd_bus_error*);

    SteadyClock::time_point m_deadline;
    sd_bus* m_bus = nullptr;
};

struct QuitAction {
    std::string name; // the application id, a well-known name of the process
    std::string path; // its object path
};

// The enabled GApplication "quit" action without parameter (org.gtk.Actions at the application
// id's object path) of one of the process's well-known names.
std::optional<QuitAction> findQuitAction(SessionBus& bus, pid_t pid);

// Activates it; false when the application answered with an error. An action that asks the user
// first may answer only after the deadline: the request went out all the same, so no answer
// counts as asked.
bool activateQuitAction(SessionBus& bus, const QuitAction& action);

} // namespace rm
