#pragma once

#include <memory>
#include <string>

#include <spdlog/logger.h>
#include <spdlog/sinks/sink.h>

namespace rm::log {

inline constexpr const char* kLoggerName = "restartmanager";

// The core's named logger. An application that registered a logger under kLoggerName before the
// first call owns the sinks. Otherwise the library stays silent, as Windows' does, unless logging
// is asked for: RESTARTMANAGER_LOG_LEVEL (trace, debug, info, warn, error, critical, off) sends
// messages of that level and above to stderr, RESTARTMANAGER_LOG_FILE to that file (at the level
// given, else warn). Nothing reaches the host program's stderr otherwise. Session keys are never
// logged.
std::shared_ptr<spdlog::logger> core();

// For the project's own console programs (the stock secondary installer, rmctl): registers the
// core's logger with stderr at RESTARTMANAGER_LOG_LEVEL, else warn, plus the file of
// RESTARTMANAGER_LOG_FILE. Call before anything logs.
void useStderr();

// Wraps a sink so that control characters in messages (process names, manifest text, paths) are
// escaped before they reach a terminal or a file: an ESC sequence or a line end in a name can
// neither drive the terminal nor forge a log line.
std::shared_ptr<spdlog::sinks::sink> escaping(std::shared_ptr<spdlog::sinks::sink> inner);

// A file sink that appends to `path`, opened through rm::openOutputFile (no symbolic link at the
// last component, a regular file of this user's). Null, with `error` set, when it cannot be.
std::shared_ptr<spdlog::sinks::sink> appendingFileSink(const std::string& path, std::string& error);

} // namespace rm::log
