#pragma once

#include "core/session_types.h"
#include "restartmanager.h"

#include <cstdint>
#include <optional>
#include <sys/types.h>

namespace rm {

// The start time of a running process, from /proc/PID/stat; nullopt if it does not exist.
std::optional<std::uint64_t> readProcessStartTicks(pid_t pid);
std::optional<ProcessIdentity> identifyProcess(pid_t pid);
ProcessIdentity currentProcessIdentity();

// True if the process is still running (not a zombie) and is the same process (not a reused
// PID).
bool isRunning(const ProcessIdentity& identity);

// Conversions between start ticks and the Windows FILETIME in RM_UNIQUE_PROCESS (100 ns units
// since 1601-01-01 UTC), through the boot time in /proc/stat. Boot time only moves when the
// clock is stepped, so the same process converts to the same FILETIME in every process.
FILETIME startTicksToFileTime(std::uint64_t startTicks);
std::optional<std::uint64_t> fileTimeToStartTicks(const FILETIME& fileTime);
std::uint64_t fileTimeToUint64(const FILETIME& fileTime);

} // namespace rm
