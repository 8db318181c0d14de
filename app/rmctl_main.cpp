// rmctl: the Restart Manager from a terminal. Links the core only, no Qt.
#include "core/protocol_line.h"
#include "core/session.h"
#include "core/session_types.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

void printUsage(std::FILE* out) {
    std::fputs("usage: rmctl COMMAND [OPTIONS]\n"
               "\n"
               "commands:\n"
               "  list [--json] [--pid PID]... [--service UNIT]... FILE...\n"
               "             which applications and services use these files (or are these\n"
               "             processes and services), whether they can be restarted, and why a\n"
               "             reboot may still be needed\n"
               "  recover    start again what installers that died after closing applications\n"
               "             left closed, and reclaim their sessions\n"
               "  sessions [--json]\n"
               "             this user's Restart Manager sessions (never their keys)\n"
               "  help       this text\n",
               out);
}

std::string isoTime(std::int64_t seconds) {
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    ::localtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &tm);
    return buffer;
}

std::string shown(const std::string& text) {
    return rm::protocol::escapeForTerminal(text);
}

int listSessions(bool json) {
    auto sessions = rm::listSessions();
    if (!sessions) {
        std::fprintf(stderr, "rmctl: %s (%s, %u)\n", shown(sessions.error().message).c_str(),
                     std::string{rm::errorName(sessions.code())}.c_str(), sessions.code());
        return 1;
    }
    if (json) {
        std::printf("[");
        bool first = true;
        for (const auto& s : *sessions) {
            std::printf("%s\n  {\"id\": %lld, \"primary_pid\": %d, \"primary_running\": %s, "
                        "\"members\": %zu, \"files\": %zu, \"processes\": %zu, "
                        "\"services\": %zu, \"created\": \"%s\"}",
                        first ? "" : ",", static_cast<long long>(s.id), s.primary.pid,
                        s.primaryRunning ? "true" : "false", s.members, s.files, s.processes,
                        s.services, isoTime(s.createdAt).c_str());
            first = false;
        }
        std::printf("%s]\n", sessions->empty() ? "" : "\n");
        return 0;
    }
    if (sessions->empty()) {
        std::printf("no Restart Manager sessions for this user\n");
        return 0;
    }
    std::printf("%-8s %-9s %-8s %-8s %-8s %-10s %-9s %s\n", "SESSION", "PRIMARY", "STATE",
                "MEMBERS", "FILES", "PROCESSES", "SERVICES", "STARTED");
    for (const auto& s : *sessions) {
        std::printf("%-8lld %-9d %-8s %-8zu %-8zu %-10zu %-9zu %s\n", static_cast<long long>(s.id),
                    s.primary.pid, s.primaryRunning ? "live" : "stale", s.members, s.files,
                    s.processes, s.services, isoTime(s.createdAt).c_str());
    }
    return 0;
}

const char* typeName(RM_APP_TYPE type) {
    switch (type) {
    case RmMainWindow:
        return "window";
    case RmOtherWindow:
        return "other-window";
    case RmService:
        return "service";
    case RmExplorer:
        return "shell";
    case RmConsole:
        return "console";
    case RmCritical:
        return "critical";
    default:
        return "unknown";
    }
}

// Why an application cannot be restarted, as a word for the table and the JSON; empty when it
// can.
const char* notRestartableName(rm::NotRestartable why) {
    switch (why) {
    case rm::NotRestartable::None:
        return "";
    case rm::NotRestartable::RebootNeeded:
        return "reboot-needed";
    case rm::NotRestartable::TransientUnit:
        return "transient-unit";
    case rm::NotRestartable::NotRegistered:
        return "not-registered";
    case rm::NotRestartable::ChildProcess:
        return "child-process";
    case rm::NotRestartable::NoPatch:
        return "no-patch";
    }
    return "unknown";
}

std::string restartableText(const rm::AffectedApplication& app) {
    if (app.restartable) {
        return "yes";
    }
    const std::string why = notRestartableName(app.notRestartable);
    return why.empty() ? "no" : "no (" + why + ")";
}

std::string reasonNames(DWORD reasons) {
    static constexpr std::pair<DWORD, const char*> kNames[] = {
        {RmRebootReasonPermissionDenied, "permission-denied"},
        {RmRebootReasonSessionMismatch, "session-mismatch"},
        {RmRebootReasonCriticalProcess, "critical-process"},
        {RmRebootReasonCriticalService, "critical-service"},
        {RmRebootReasonDetectedSelf, "detected-self"}};
    std::string out;
    for (const auto& [bit, name] : kNames) {
        if ((reasons & bit) != 0) {
            out += out.empty() ? "" : ",";
            out += name;
        }
    }
    return out.empty() ? "-" : out;
}

std::string useNames(unsigned uses, bool registered) {
    static constexpr std::pair<unsigned, const char*> kNames[] = {
        {rm::UseOpenFile, "open"},        {rm::UseMapped, "mmap"}, {rm::UseExecutable, "exe"},
        {rm::UseWorkingDirectory, "cwd"}, {rm::UseRoot, "root"},   {rm::UseLock, "lock"}};
    std::string out;
    for (const auto& [bit, name] : kNames) {
        if ((uses & bit) != 0) {
            out += out.empty() ? "" : ",";
            out += name;
        }
    }
    if (registered) {
        out += out.empty() ? "registered" : ",registered";
    }
    return out.empty() ? "service" : out;
}

std::string jsonString(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                out += escaped;
            } else {
                out.push_back(c);
            }
        }
    }
    return out + "\"";
}

std::string absolutePath(std::string_view path) {
    if (!path.empty() && path.front() == '/') {
        return std::string{path};
    }
    char cwd[PATH_MAX];
    if (::getcwd(cwd, sizeof cwd) == nullptr) {
        return std::string{path};
    }
    return std::string{cwd} + "/" + std::string{path};
}

int listUsers(const std::vector<std::string_view>& args, bool json) {
    std::vector<std::string> files;
    std::vector<RM_UNIQUE_PROCESS> processes;
    std::vector<std::string> services;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if ((args[i] == "--pid" || args[i] == "--service") && i + 1 >= args.size()) {
            std::fprintf(stderr, "rmctl: %.*s needs a value\n", static_cast<int>(args[i].size()),
                         args[i].data());
            return 2;
        }
        if (args[i] == "--pid") {
            const std::string value{args[++i]};
            char* end = nullptr;
            const long pid = std::strtol(value.c_str(), &end, 10);
            auto process = end != value.c_str() && *end == '\0' && pid > 0
                               ? rm::uniqueProcess(static_cast<pid_t>(pid))
                               : rm::Expected<RM_UNIQUE_PROCESS>{rm::makeError(
                                     ERROR_BAD_ARGUMENTS, "not a process ID: " + value)};
            if (!process) {
                std::fprintf(stderr, "rmctl: %s\n", shown(process.error().message).c_str());
                return 2;
            }
            processes.push_back(*process);
        } else if (args[i] == "--service") {
            services.emplace_back(args[++i]);
        } else {
            files.push_back(absolutePath(args[i]));
        }
    }
    if (files.empty() && processes.empty() && services.empty()) {
        std::fputs("rmctl: list needs at least one file, --pid or --service\n", stderr);
        return 2;
    }
    // The Restart Manager accepts files that do not exist (yet), as Windows does; a person who
    // typed a wrong name should still hear of it. Cached attributes only, as RmGetList reads
    // them, so that a hung network file system does not hang the check.
    for (const auto& file : files) {
        struct statx attributes {};
        if (::statx(AT_FDCWD, file.c_str(), AT_STATX_DONT_SYNC, 0, &attributes) != 0 &&
            (errno == ENOENT || errno == ENOTDIR)) {
            std::fprintf(stderr, "rmctl: warning: %s does not exist\n", shown(file).c_str());
        }
    }
    auto session = rm::Session::start();
    if (!session) {
        std::fprintf(stderr, "rmctl: cannot start a Restart Manager session: %s\n",
                     shown(session.error().message).c_str());
        return 1;
    }
    if (auto status = session->registerResources(files, processes, services); !status) {
        std::fprintf(stderr, "rmctl: %s\n", shown(status.error().message).c_str());
        return 1;
    }
    auto affected = session->affectedApplications();
    if (!affected) {
        std::fprintf(stderr, "rmctl: %s\n", shown(affected.error().message).c_str());
        return 1;
    }
    // rmctl only looks: it is not an installer, so it leaves itself out.
    std::erase_if(affected->applications, [](const rm::AffectedApplication& app) {
        return app.process.dwProcessId == static_cast<DWORD>(::getpid());
    });
    affected->rebootReasons = RmRebootReasonNone;
    for (const auto& app : affected->applications) {
        affected->rebootReasons |= app.rebootReasons;
    }
    if (json) {
        std::printf("{\"reboot_reasons\": %s, \"applications\": [",
                    jsonString(reasonNames(affected->rebootReasons)).c_str());
        bool first = true;
        for (const auto& app : affected->applications) {
            std::printf(
                "%s\n  {\"pid\": %u, \"name\": %s, \"service\": %s, \"type\": %s, "
                "\"user\": %s, \"uid\": %u, \"executable\": %s, \"restartable\": %s, "
                "\"not_restartable\": %s, \"reboot_reasons\": %s, \"uses\": %s, "
                "\"login_session\": %lld}",
                first ? "" : ",", app.process.dwProcessId, jsonString(app.appName).c_str(),
                jsonString(app.serviceShortName).c_str(), jsonString(typeName(app.type)).c_str(),
                jsonString(app.user).c_str(), static_cast<unsigned>(app.uid),
                jsonString(app.executable).c_str(), app.restartable ? "true" : "false",
                jsonString(notRestartableName(app.notRestartable)).c_str(),
                jsonString(reasonNames(app.rebootReasons)).c_str(),
                jsonString(useNames(app.fileUses, app.registeredProcess)).c_str(),
                app.tsSessionId == RM_INVALID_TS_SESSION ? -1LL
                                                         : static_cast<long long>(app.tsSessionId));
            first = false;
        }
        std::printf("%s]}\n", affected->applications.empty() ? "" : "\n");
        return 0;
    }
    if (affected->applications.empty()) {
        std::printf("no application or service uses these resources\n");
        return 0;
    }
    std::printf("%-8s %-10s %-12s %-20s %-22s %-24s %s\n", "PID", "USER", "TYPE", "RESTARTABLE",
                "USES", "REBOOT REASONS", "NAME");
    for (const auto& app : affected->applications) {
        std::string name = app.appName;
        if (!app.serviceShortName.empty()) {
            name += " (" + app.serviceShortName + ")";
        }
        // Names are other users' words: an ESC sequence or a line end in a process name must
        // neither drive the terminal nor forge a row.
        std::printf("%-8u %-10s %-12s %-20s %-22s %-24s %s\n", app.process.dwProcessId,
                    shown(app.user).c_str(), typeName(app.type), restartableText(app).c_str(),
                    useNames(app.fileUses, app.registeredProcess).c_str(),
                    reasonNames(app.rebootReasons).c_str(), shown(name).c_str());
    }
    if (affected->rebootReasons != RmRebootReasonNone) {
        std::printf("\na restart of the computer may be needed: %s\n",
                    reasonNames(affected->rebootReasons).c_str());
    }
    // A window manager or desktop shell is never closed; a new login starts it again.
    if (std::any_of(affected->applications.begin(), affected->applications.end(),
                    [](const rm::AffectedApplication& app) { return app.type == RmExplorer; })) {
        std::printf("the desktop itself (its window manager or shell) uses them: logging out and "
                    "back in is enough\n");
    }
    return 0;
}

int recover() {
    auto restarted = rm::recoverStaleSessions();
    if (!restarted) {
        std::fprintf(stderr, "rmctl: %s\n", shown(restarted.error().message).c_str());
        return 1;
    }
    if (restarted->empty()) {
        std::printf("nothing to recover\n");
        return 0;
    }
    for (const auto& app : *restarted) {
        std::printf(
            "restarted %s\n",
            shown(app.kind == rm::StoppedApplication::Kind::Service ? app.unit : app.executable)
                .c_str());
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    bool json = false;
    std::string_view command;
    std::vector<std::string_view> operands;
    for (const auto arg : args) {
        if (arg == "--json") {
            json = true;
        } else if (command.empty()) {
            command = arg;
        } else {
            operands.push_back(arg);
        }
    }
    if (command == "list") {
        return listUsers(operands, json);
    }
    if (!operands.empty()) {
        std::fprintf(stderr, "rmctl: unexpected argument '%.*s'\n",
                     static_cast<int>(operands.front().size()), operands.front().data());
        return 2;
    }
    if (command == "recover") {
        return recover();
    }
    if (command == "sessions") {
        return listSessions(json);
    }
    if (command == "help" || command == "--help" || command == "-h") {
        printUsage(stdout);
        return 0;
    }
    if (command.empty()) {
        printUsage(stderr);
        return 2;
    }
    std::fprintf(stderr, "rmctl: unknown command '%.*s'\n", static_cast<int>(command.size()),
                 command.data());
    printUsage(stderr);
    return 2;
}
