#include "core/log.h"

#include <cstdlib>
#include <mutex>
#include <vector>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace rm::log {

std::shared_ptr<spdlog::logger> core() {
    static std::mutex mutex;
    static std::shared_ptr<spdlog::logger> cached;
    std::lock_guard lock(mutex);
    if (cached) {
        return cached;
    }
    if (auto existing = spdlog::get(kLoggerName)) {
        cached = existing;
        return cached;
    }
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    if (const char* file = std::getenv("RESTARTMANAGER_LOG_FILE"); file != nullptr && *file) {
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::basic_file_sink_mt>(file));
        } catch (const spdlog::spdlog_ex&) {
            // An unwritable log file must not stop the Restart Manager; stderr still gets it.
        }
    }
    cached = std::make_shared<spdlog::logger>(kLoggerName, sinks.begin(), sinks.end());
    cached->set_pattern("%Y-%m-%d %H:%M:%S.%e [%n] [%l] [pid %P] %v");
    const char* level = std::getenv("RESTARTMANAGER_LOG_LEVEL");
    cached->set_level(level != nullptr && *level ? spdlog::level::from_str(level)
                                                 : spdlog::level::warn);
    cached->flush_on(spdlog::level::trace);
    spdlog::register_logger(cached);
    return cached;
}

} // namespace rm::log
