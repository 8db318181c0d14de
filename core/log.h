#pragma once

#include <memory>

#include <spdlog/logger.h>

namespace rm::log {

inline constexpr const char* kLoggerName = "restartmanager";

// The core's named logger. An application that registered a logger under kLoggerName before the
// first call owns the sinks; otherwise the core makes one that writes to stderr, and also to the
// file named by RESTARTMANAGER_LOG_FILE. The level comes from RESTARTMANAGER_LOG_LEVEL
// (trace, debug, info, warn, error, critical, off; default warn). Session keys are never logged.
std::shared_ptr<spdlog::logger> core();

} // namespace rm::log
