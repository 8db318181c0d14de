#include "support/log_capture.h"

#include "core/log.h"

#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

namespace rmtest {

namespace {

// One sink of the logger that tests add their files to (thread-safe, unlike the logger's
// own sink list). Registered before the core makes its default logger, like the setup
// program does; if another test made the core's logger first, it is added to that one.
std::shared_ptr<spdlog::sinks::dist_sink_mt> hub() {
    static const std::shared_ptr<spdlog::sinks::dist_sink_mt> sink = [] {
        auto dist = std::make_shared<spdlog::sinks::dist_sink_mt>();
        if (auto existing = spdlog::get(rm::log::kLoggerName)) {
            for (const auto& sink : existing->sinks()) {
                sink->set_level(spdlog::level::warn); // the console stays quiet
            }
            existing->sinks().push_back(dist);
            existing->flush_on(spdlog::level::info);
            return dist;
        }
        auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        console->set_level(spdlog::level::warn);
        std::vector<spdlog::sink_ptr> sinks{console, dist};
        auto logger =
            std::make_shared<spdlog::logger>(rm::log::kLoggerName, sinks.begin(), sinks.end());
        logger->set_level(spdlog::level::warn);
        logger->flush_on(spdlog::level::info);
        spdlog::register_logger(logger);
        return dist;
    }();
    return sink;
}

} // namespace

LogCapture::LogCapture(const std::string& path)
    : m_sink{std::make_shared<spdlog::sinks::basic_file_sink_mt>(path, true)} {
    m_sink->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] [pid %P] %v");
    hub()->add_sink(m_sink);
    m_logger = rm::log::core();
    m_level = m_logger->level();
    m_logger->set_level(spdlog::level::info);
}

LogCapture::~LogCapture() {
    m_logger->flush();
    m_logger->set_level(m_level);
    hub()->remove_sink(m_sink);
}

} // namespace rmtest
