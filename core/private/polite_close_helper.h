#pragma once

// Launching the helper program `rm-polite-close` as another user, for a Restart Manager that runs
// as root: root never opens a path (an XAUTHORITY file, a bus socket, a session store) that
// another user chose, and never parses what such a file holds; the helper does that work with
// that user's rights and answers in rm::protocol lines.
//
// The helper is looked for in RESTARTMANAGER_HELPER_DIR, else in the folder of the running
// program, else in the build folder of app/ (compile-time default). The shared library
// librestartmanager.so.0 looks, instead of the build folder, where the helper is installed,
// relative to the library's own folder (lib/<multiarch>/../../libexec/restartmanager). It must be
// a regular file owned by root or by the target user and writable by nobody else.

#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace rm {

struct HelperRun {
    uid_t uid = 0;
    gid_t gid = 0;
    // After the program's path: the command and its operands.
    std::vector<std::string> arguments;
    // NAME=VALUE: all the helper gets (nothing of this process's own environment).
    std::vector<std::string> environment;
    std::chrono::milliseconds budget{3500};
};

// Runs it (groups, gid and uid switched; no descriptor or blocked signal of this process
// inherited; working directory /) and returns its answer lines, split into fields. nullopt when
// it cannot be found or started, fails, answers a malformed line or more than 8 MiB, or does not
// finish within the budget (it is then killed).
std::optional<std::vector<std::vector<std::string>>> runHelper(const HelperRun& run);

} // namespace rm
