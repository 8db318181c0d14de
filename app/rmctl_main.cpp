// rmctl: the Restart Manager from a terminal. Links the core only, no Qt.
#include "core/session.h"

#include <cstdio>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace {

void printUsage(std::FILE* out) {
    std::fputs("usage: rmctl COMMAND [--json]\n"
               "\n"
               "commands:\n"
               "  sessions   list this user's Restart Manager sessions (never their keys)\n"
               "  help       show this text\n",
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

int listSessions(bool json) {
    auto sessions = rm::listSessions();
    if (!sessions) {
        std::fprintf(stderr, "rmctl: %s (%s, %u)\n", sessions.error().message.c_str(),
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

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    bool json = false;
    std::string_view command;
    for (const auto arg : args) {
        if (arg == "--json") {
            json = true;
        } else if (command.empty()) {
            command = arg;
        } else {
            std::fprintf(stderr, "rmctl: unexpected argument '%.*s'\n",
                         static_cast<int>(arg.size()), arg.data());
            return 2;
        }
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
