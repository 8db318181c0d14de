// rm-polite-close: asks one application of this user to close, or tells how it would be asked;
// and reads this user's restart registrations. The Restart Manager runs it as the application's
// user when it runs as root (see core/polite_close.h and core/private/user_registrations.h), so
// that root never connects to a display or a bus, nor opens a session store, that another user
// chose.
//
//   rm-polite-close details|method|assess|close PID
//   rm-polite-close registrations PID:START_TICKS...
//
// The display, the bus and the store are those of this process's environment (the library
// passes the application's). Answer lines on stdout (core/protocol_line.h): "details" HAS_WINDOW
// TITLE ICON_WIDTH ICON_HEIGHT ICON_HEX, or "method" Windows|ApplicationQuit|Signal; both for
// assess; "registration" PID START_TICKS FLAGS COMMAND_LINE for each registered process, or
// "refused" REASON.
#include "core/polite_close.h"
#include "core/protocol_line.h"

#include <charconv>
#include <cstdio>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

bool answer(const std::string& lines) {
    return std::fwrite(lines.data(), 1, lines.size(), stdout) == lines.size() &&
           std::fflush(stdout) == 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && std::string_view{argv[1]} == "registrations") {
        return answer(rm::polite_close_detail::registrationLines({argv + 2, argv + argc})) ? 0 : 1;
    }
    if (argc != 3) {
        std::fputs("usage: rm-polite-close details|method|assess|close PID\n"
                   "       rm-polite-close registrations PID:START_TICKS...\n",
                   stderr);
        return 2;
    }
    const std::string_view command{argv[1]};
    const std::string_view pidText{argv[2]};
    int pid = 0;
    const auto [end, ec] = std::from_chars(pidText.data(), pidText.data() + pidText.size(), pid);
    if (ec != std::errc{} || end != pidText.data() + pidText.size() || pid <= 0) {
        std::fputs("rm-polite-close: bad PID\n", stderr);
        return 2;
    }
    rm::PoliteCloseTarget target;
    target.pid = pid;
    target.uid = ::geteuid();
    target.gid = ::getegid();
    for (char** e = environ; *e != nullptr; ++e) {
        target.environment.emplace_back(*e);
    }

    std::string line;
    if (command == "details") {
        line = rm::polite_close_detail::formatDetails(
            rm::polite_close_detail::localWindowDetails(target));
    } else if (command == "method") {
        line = rm::protocol::formatLine(
            {"method", rm::closeMethodName(rm::polite_close_detail::localCloseMethod(target))});
    } else if (command == "assess") {
        const auto assessment = rm::polite_close_detail::localAssess(target);
        line = rm::polite_close_detail::formatDetails(assessment.details) + '\n' +
               rm::protocol::formatLine({"method", rm::closeMethodName(assessment.method)});
    } else if (command == "close") {
        line = rm::protocol::formatLine(
            {"method", rm::closeMethodName(rm::polite_close_detail::localAskToClose(target))});
    } else {
        std::fputs("rm-polite-close: unknown command\n", stderr);
        return 2;
    }
    return answer(line + '\n') ? 0 : 1;
}
