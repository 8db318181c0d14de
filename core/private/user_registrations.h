#pragma once

// The RegisterApplicationRestart calls of other users' applications, for a Restart Manager that
// runs as root (an elevated installer). As on Windows, an elevated installer honours them: they
// are listed restartable and relaunched as their user. Each user's registrations live in that
// user's own store, which root must treat as hostile input: root never opens it. The helper
// `rm-polite-close registrations` does, running as that user (core/private/polite_close_helper.h)
// with the store location of the application's own environment (RESTARTMANAGER_STORE_DIR,
// XDG_RUNTIME_DIR, as its RegisterApplicationRestart call found it), through the same checks as
// the user's own calls, read-only and defensively (readRestartRegistrationsDefensively).

#include "core/affected_applications.h"

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace rm {

// The registrations of these processes (none of them this process's own user's), one helper run
// per user and store location, all at once. A store the helper refuses, or a helper that fails,
// gives none for its processes (and a log line). Only root can ask: for any other caller, none.
std::map<std::pair<pid_t, std::uint64_t>, RestartRegistration>
otherUsersRegistrations(const std::vector<RegistrationQuery>& processes);

} // namespace rm
