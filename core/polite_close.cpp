#include "core/polite_close.h"

#include "core/log.h"
#include "core/private/polite_close_helper.h"
#include "core/private/process_details.h"
#include "core/private/session_bus.h"
#include "core/private/window_finder.h"
#include "core/private/x11_connection.h"
#include "core/protocol_line.h"

#include <algorithm>
#include <charconv>
#include <unistd.h>

namespace rm {
namespace {

// The helper spends both budgets (display and bus) plus its start.
constexpr std::chrono::milliseconds kHelperBudget{3500};

constexpr std::uint32_t kIconMaxSide = 1024;
constexpr std::size_t kTitleLimit = 1024;

enum class Access { InProcess, Helper, None };

Access accessFor(const PoliteCloseTarget& target, bool busToo) {
    // Most processes a session stops are daemons or console programs without a display: no
    // helper is started for them.
    const auto display = environmentValue(target.environment, "DISPLAY");
    if ((!display || display->empty()) &&
        (!busToo || sessionBusAddress(target.environment).empty())) {
        return Access::None;
    }
    const uid_t self = ::geteuid();
    if (self == target.uid) {
        return Access::InProcess;
    }
    return self == 0 ? Access::Helper : Access::None;
}

// Runs `rm-polite-close COMMAND PID` as the target's user, with the target's display and bus.
std::optional<std::vector<std::vector<std::string>>> runHelperFor(const PoliteCloseTarget& target,
                                                                  const char* command) {
    HelperRun run;
    run.uid = target.uid;
    run.gid = target.gid;
    run.arguments = {command, std::to_string(target.pid)};
    run.budget = kHelperBudget;
    for (const char* name : {"DISPLAY", "XAUTHORITY", "WAYLAND_DISPLAY", "HOME"}) {
        if (auto value = environmentValue(target.environment, name)) {
            run.environment.push_back(std::string{name} + "=" + *value);
        }
    }
    if (const auto bus = sessionBusAddress(target.environment); !bus.empty()) {
        run.environment.push_back("DBUS_SESSION_BUS_ADDRESS=" + bus);
    }
    return runHelper(run);
}

std::optional<CloseMethod> helperMethod(const PoliteCloseTarget& target, const char* command) {
    const auto lines = runHelperFor(target, command);
    if (!lines) {
        return std::nullopt;
    }
    for (const auto& fields : *lines) {
        CloseMethod method{};
        if (fields.size() == 2 && fields[0] == "method" &&
            polite_close_detail::parseMethod(fields[1], method)) {
            return method;
        }
    }
    log::core()->warn("polite close: rm-polite-close gave no answer for PID {}", target.pid);
    return std::nullopt;
}

bool anyAcceptsDelete(const std::vector<TargetWindow>& windows) {
    return std::any_of(windows.begin(), windows.end(),
                       [](const auto& w) { return w.acceptsDelete; });
}

CloseMethod quitOrSignal(const PoliteCloseTarget& target) {
    SessionBus bus{sessionBusAddress(target.environment)};
    return findQuitAction(bus, target.pid) ? CloseMethod::ApplicationQuit : CloseMethod::Signal;
}

} // namespace

const char* closeMethodName(CloseMethod method) {
    switch (method) {
    case CloseMethod::Windows:
        return "Windows";
    case CloseMethod::ApplicationQuit:
        return "ApplicationQuit";
    case CloseMethod::Signal:
        break;
    }
    return "Signal";
}

namespace polite_close_detail {

WindowDetails localWindowDetails(const PoliteCloseTarget& target) {
    X11Connection display{target.environment};
    auto details = describeMainWindow(display, findWindowsOf(display, target.pid));
    if (display.timedOut()) {
        log::core()->debug("polite close: the display of PID {} did not answer in time",
                           target.pid);
    }
    return details;
}

CloseMethod localCloseMethod(const PoliteCloseTarget& target) {
    {
        X11Connection display{target.environment};
        if (anyAcceptsDelete(findWindowsOf(display, target.pid))) {
            return CloseMethod::Windows;
        }
    }
    return quitOrSignal(target);
}

CloseMethod localAskToClose(const PoliteCloseTarget& target) {
    {
        X11Connection display{target.environment};
        if (sendCloseRequests(display, findWindowsOf(display, target.pid))) {
            log::core()->info("polite close: asked PID {} to close its windows", target.pid);
            return CloseMethod::Windows;
        }
    }
    SessionBus bus{sessionBusAddress(target.environment)};
    const auto action = findQuitAction(bus, target.pid);
    if (!action) {
        return CloseMethod::Signal;
    }
    if (!activateQuitAction(bus, *action)) {
        log::core()->info("polite close: {} refused its quit action", action->name);
        return CloseMethod::Signal;
    }
    log::core()->info("polite close: asked PID {} ({}) to quit", target.pid, action->name);
    return CloseMethod::ApplicationQuit;
}

CloseAssessment localAssess(const PoliteCloseTarget& target) {
    CloseAssessment assessment;
    {
        X11Connection display{target.environment};
        const auto windows = findWindowsOf(display, target.pid);
        assessment.details = describeMainWindow(display, windows);
        if (anyAcceptsDelete(windows)) {
            assessment.method = CloseMethod::Windows;
            return assessment;
        }
    }
    assessment.method = quitOrSignal(target);
    return assessment;
}

std::string formatDetails(const WindowDetails& details) {
    std::string icon;
    icon.reserve(details.iconArgb.size() * 8);
    static constexpr char kHex[] = "0123456789abcdef";
    for (const std::uint32_t pixel : details.iconArgb) {
        for (int shift = 28; shift >= 0; shift -= 4) {
            icon += kHex[(pixel >> shift) & 0xF];
        }
    }
    return protocol::formatLine({"details", details.hasWindow ? "1" : "0", details.title,
                                 std::to_string(details.iconWidth),
                                 std::to_string(details.iconHeight), icon});
}

bool parseDetails(const std::vector<std::string>& fields, WindowDetails& details) {
    if (fields.size() != 6 || fields[0] != "details" || (fields[1] != "0" && fields[1] != "1")) {
        return false;
    }
    auto number = [](const std::string& text, std::uint32_t& value) {
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        return ec == std::errc{} && end == text.data() + text.size() && value <= kIconMaxSide;
    };
    WindowDetails parsed;
    parsed.hasWindow = fields[1] == "1";
    parsed.title = fields[2].substr(0, kTitleLimit);
    if (!number(fields[3], parsed.iconWidth) || !number(fields[4], parsed.iconHeight)) {
        return false;
    }
    const std::string& icon = fields[5];
    const std::size_t pixels = static_cast<std::size_t>(parsed.iconWidth) * parsed.iconHeight;
    if (icon.size() != pixels * 8) {
        return false;
    }
    parsed.iconArgb.resize(pixels);
    for (std::size_t i = 0; i < pixels; ++i) {
        std::uint32_t value = 0;
        const auto [end, ec] =
            std::from_chars(icon.data() + i * 8, icon.data() + i * 8 + 8, value, 16);
        if (ec != std::errc{} || end != icon.data() + i * 8 + 8) {
            return false;
        }
        parsed.iconArgb[i] = value;
    }
    details = std::move(parsed);
    return true;
}

bool parseMethod(const std::string& name, CloseMethod& method) {
    for (const auto candidate :
         {CloseMethod::Windows, CloseMethod::ApplicationQuit, CloseMethod::Signal}) {
        if (name == closeMethodName(candidate)) {
            method = candidate;
            return true;
        }
    }
    return false;
}

} // namespace polite_close_detail

WindowDetails windowDetails(const PoliteCloseTarget& target) {
    switch (accessFor(target, false)) {
    case Access::InProcess:
        return polite_close_detail::localWindowDetails(target);
    case Access::Helper:
        if (const auto lines = runHelperFor(target, "details")) {
            for (const auto& fields : *lines) {
                WindowDetails details;
                if (polite_close_detail::parseDetails(fields, details)) {
                    return details;
                }
            }
        }
        return {};
    case Access::None:
        break;
    }
    return {};
}

CloseMethod closeMethod(const PoliteCloseTarget& target) {
    switch (accessFor(target, true)) {
    case Access::InProcess:
        return polite_close_detail::localCloseMethod(target);
    case Access::Helper:
        return helperMethod(target, "method").value_or(CloseMethod::Signal);
    case Access::None:
        break;
    }
    return CloseMethod::Signal;
}

CloseAssessment assess(const PoliteCloseTarget& target) {
    switch (accessFor(target, true)) {
    case Access::InProcess:
        return polite_close_detail::localAssess(target);
    case Access::Helper:
        if (const auto lines = runHelperFor(target, "assess")) {
            CloseAssessment assessment;
            bool haveDetails = false;
            bool haveMethod = false;
            for (const auto& fields : *lines) {
                haveDetails =
                    haveDetails || polite_close_detail::parseDetails(fields, assessment.details);
                haveMethod =
                    haveMethod || (fields.size() == 2 && fields[0] == "method" &&
                                   polite_close_detail::parseMethod(fields[1], assessment.method));
            }
            if (haveDetails && haveMethod) {
                return assessment;
            }
        }
        return {};
    case Access::None:
        break;
    }
    return {};
}

CloseMethod askToClose(const PoliteCloseTarget& target) {
    switch (accessFor(target, true)) {
    case Access::InProcess:
        return polite_close_detail::localAskToClose(target);
    case Access::Helper:
        return helperMethod(target, "close").value_or(CloseMethod::Signal);
    case Access::None:
        break;
    }
    log::core()->debug("polite close: nothing can ask PID {} (no display or bus, or uid {} is "
                       "neither this process's nor is this process root)",
                       target.pid, target.uid);
    return CloseMethod::Signal;
}

} // namespace rm
