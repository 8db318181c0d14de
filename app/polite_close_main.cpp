// rm-polite-close: asks one application of this user to close, or tells how it would be asked.
// The Restart Manager runs it as the application's user when it runs as root (see
// core/polite_close.h), so that root never connects to a display or a bus another user chose.
//
//   rm-polite-close details|method|assess|close PID
//
// The display and the bus are those of this process's environment (the library passes the
// application's). One answer line on stdout (core/protocol_line.h): "details" HAS_WINDOW TITLE
// ICON_WIDTH ICON_HEIGHT ICON_HEX, or "method" Windows|ApplicationQuit|Signal; both for
// assess.
#include "core/polite_close.h"
#include "core/protocol_line.h"

#include <charconv>
#include <cstdio>
#include <string>
#include <string_view>
#include <unistd.h>

extern char** environ;

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fputs("usage: rm-polite-close details|method|assess|close PID\n", stderr);
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
    line += '\n';
    return std::fwrite(line.data(), 1, line.size(), stdout) == line.size() &&
                   std::fflush(stdout) == 0
               ? 0
               : 1;
}
