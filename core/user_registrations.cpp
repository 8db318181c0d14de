#include "core/private/user_registrations.h"

#include "core/log.h"
#include "core/polite_close.h"
#include "core/private/polite_close_helper.h"
#include "core/private/process_details.h"
#include "core/private/session_store.h"
#include "core/private/store_location.h"
#include "core/protocol_line.h"
#include "core/text_encoding.h"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <thread>
#include <unistd.h>

namespace rm {
namespace {

// The helper reads one small table; its start is most of the time.
constexpr std::chrono::milliseconds kRegistrationsBudget{3000};
// The environment variables that decide where a process's store is (core/private/
// store_location.h): the helper gets these, and only these, from the application's own.
constexpr const char* kStoreVariables[] = {"RESTARTMANAGER_STORE_DIR", "XDG_RUNTIME_DIR"};

std::string operandOf(const ProcessIdentity& process) {
    return std::to_string(process.pid) + ":" + std::to_string(process.startTicks);
}

template <typename T> bool parseNumber(std::string_view text, T& value) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc{} && end == text.data() + text.size();
}

std::optional<ProcessIdentity> parseOperand(std::string_view text) {
    const auto colon = text.find(':');
    ProcessIdentity process;
    if (colon == std::string_view::npos || !parseNumber(text.substr(0, colon), process.pid) ||
        !parseNumber(text.substr(colon + 1), process.startTicks) || process.pid <= 0) {
        return std::nullopt;
    }
    return process;
}

// One helper run: the processes of one user whose stores are in one place.
struct Group {
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<std::string> environment;
    std::vector<ProcessIdentity> processes;
};

using Registrations = std::map<std::pair<pid_t, std::uint64_t>, RestartRegistration>;

// What the helper answered, checked again here: only for the processes asked, with a command
// line of the size and form a registration may have.
Registrations askHelper(const Group& group) {
    Registrations found;
    HelperRun run;
    run.uid = group.uid;
    run.gid = group.gid;
    run.environment = group.environment;
    run.budget = kRegistrationsBudget;
    run.arguments.emplace_back("registrations");
    for (const auto& process : group.processes) {
        run.arguments.push_back(operandOf(process));
    }
    const auto lines = runHelper(run);
    if (!lines) {
        return found;
    }
    for (const auto& fields : *lines) {
        if (fields.size() == 2 && fields[0] == "refused") {
            log::core()->warn("the restart registrations of uid {} are not used: {}", group.uid,
                              fields[1]);
            return {};
        }
        ProcessIdentity process;
        DWORD flags = 0;
        const bool wellFormed = fields.size() == 5 && fields[0] == "registration" &&
                                parseNumber(std::string_view{fields[1]}, process.pid) &&
                                parseNumber(std::string_view{fields[2]}, process.startTicks) &&
                                parseNumber(std::string_view{fields[3]}, flags);
        const auto characters = wellFormed ? utf8ToWide(fields[4]) : std::nullopt;
        const bool asked = std::find(group.processes.begin(), group.processes.end(), process) !=
                           group.processes.end();
        if (!wellFormed || !asked || !characters || characters->size() > RESTART_MAX_CMD_LINE ||
            fields[4].find('\0') != std::string::npos) {
            log::core()->warn("rm-polite-close registrations as uid {} answered something "
                              "else than asked; none of its answers are used",
                              group.uid);
            return {};
        }
        found.insert_or_assign(std::pair{process.pid, process.startTicks},
                               RestartRegistration{fields[4], flags});
    }
    return found;
}

} // namespace

Registrations otherUsersRegistrations(const std::vector<RegistrationQuery>& processes) {
    if (::geteuid() != 0) {
        return {};
    }
    std::vector<Group> groups;
    for (const auto& query : processes) {
        if (query.uid == 0) {
            continue; // root's own applications are in root's own store
        }
        const auto environment =
            readProcessEnvironment(query.process.pid, query.process.startTicks);
        std::vector<std::string> storeEnvironment;
        for (const char* name : kStoreVariables) {
            if (auto value = environmentValue(environment, name)) {
                storeEnvironment.push_back(std::string{name} + "=" + *value);
            }
        }
        auto group = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
            return g.uid == query.uid && g.gid == query.gid && g.environment == storeEnvironment;
        });
        if (group == groups.end()) {
            groups.push_back(Group{query.uid, query.gid, std::move(storeEnvironment), {}});
            group = groups.end() - 1;
        }
        group->processes.push_back(query.process);
    }
    std::vector<Registrations> answers(groups.size());
    std::vector<std::thread> askers;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        askers.emplace_back([&groups, &answers, i] { answers[i] = askHelper(groups[i]); });
    }
    for (auto& asker : askers) {
        asker.join();
    }
    Registrations all;
    for (auto& answer : answers) {
        all.merge(answer);
    }
    return all;
}

namespace polite_close_detail {

std::string registrationLines(const std::vector<std::string>& operands) {
    std::vector<ProcessIdentity> processes;
    for (const auto& operand : operands) {
        const auto process = parseOperand(operand);
        if (!process) {
            return protocol::formatLine({"refused", "malformed operand"}) + '\n';
        }
        processes.push_back(*process);
    }
    auto directory = findStoreDirectory();
    if (!directory) {
        // A link, a folder of another user's, one open to others, ...: refused, with the reason.
        return protocol::formatLine({"refused", directory.error().message}) + '\n';
    }
    if (!*directory) {
        return {}; // no store: nothing registered
    }
    auto registrations = readRestartRegistrationsDefensively(**directory, processes);
    if (!registrations) {
        return protocol::formatLine({"refused", registrations.error().message}) + '\n';
    }
    std::string lines;
    for (const auto& [process, registration] : *registrations) {
        lines += protocol::formatLine(
                     {"registration", std::to_string(process.first), std::to_string(process.second),
                      std::to_string(registration.flags), registration.commandLine}) +
                 '\n';
    }
    return lines;
}

} // namespace polite_close_detail

} // namespace rm
