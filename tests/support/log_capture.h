#pragma once

// The test's own log file: a file sink added to the core's "restartmanager" logger, as
// restartmanager-setup adds its log, for the life of the object.
#include <spdlog/logger.h>
#include <spdlog/sinks/basic_file_sink.h>

#include <memory>
#include <string>

namespace rmtest {

class LogCapture {
public:
    explicit LogCapture(const std::string& path);
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    void flush() { m_logger->flush(); }

private:
    std::shared_ptr<spdlog::sinks::basic_file_sink_mt> m_sink;
    std::shared_ptr<spdlog::logger> m_logger;
    spdlog::level::level_enum m_level = spdlog::level::warn;
};

} // namespace rmtest
