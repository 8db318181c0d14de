#include "core/log.h"

#include "core/output_file.h"
#include "core/protocol_line.h"

#include <cstdlib>
#include <mutex>
#include <unistd.h>
#include <vector>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace rm::log {
namespace {

class EscapingSink final : public spdlog::sinks::sink {
public:
    explicit EscapingSink(std::shared_ptr<spdlog::sinks::sink> inner) : m_inner{std::move(inner)} {}

    void log(const spdlog::details::log_msg& message) override {
        const std::string escaped = protocol::escapeForTerminal(
            std::string_view{message.payload.data(), message.payload.size()});
        spdlog::details::log_msg copy = message;
        copy.payload = escaped;
        m_inner->log(copy);
    }
    void flush() override { m_inner->flush(); }
    void set_pattern(const std::string& pattern) override { m_inner->set_pattern(pattern); }
    void set_formatter(std::unique_ptr<spdlog::formatter> formatter) override {
        m_inner->set_formatter(std::move(formatter));
    }

private:
    std::shared_ptr<spdlog::sinks::sink> m_inner;
};

std::shared_ptr<spdlog::sinks::sink> appendingFileSinkOrNull(const char* file);

// The logger of core() or useStderr(), registered under kLoggerName.
std::shared_ptr<spdlog::logger> makeLogger(bool stderrAlways) {
    const char* level = std::getenv("RESTARTMANAGER_LOG_LEVEL");
    const bool levelAsked = level != nullptr && *level != '\0';
    std::vector<spdlog::sink_ptr> sinks;
    if (stderrAlways || levelAsked) {
        sinks.push_back(escaping(std::make_shared<spdlog::sinks::stderr_sink_mt>()));
    }
    if (const char* file = std::getenv("RESTARTMANAGER_LOG_FILE"); file != nullptr && *file) {
        // An unwritable log file must not stop the Restart Manager.
        if (auto sink = appendingFileSinkOrNull(file)) {
            sinks.push_back(escaping(std::move(sink)));
        }
    }
    auto logger = std::make_shared<spdlog::logger>(kLoggerName, sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%n] [%l] [pid %P] %v");
    logger->set_level(levelAsked ? spdlog::level::from_str(level) : spdlog::level::warn);
    logger->flush_on(spdlog::level::trace);
    spdlog::register_logger(logger);
    return logger;
}

} // namespace

std::shared_ptr<spdlog::sinks::sink> escaping(std::shared_ptr<spdlog::sinks::sink> inner) {
    return std::make_shared<EscapingSink>(std::move(inner));
}

std::shared_ptr<spdlog::sinks::sink> appendingFileSink(const std::string& path,
                                                       std::string& error) {
    auto fd = openOutputFile(path, OutputMode::Append);
    if (!fd) {
        error = fd.error().message;
        return nullptr;
    }
    // spdlog opens by name: hand it the file already checked, through its descriptor, so that
    // the name cannot be swapped in between.
    std::shared_ptr<spdlog::sinks::sink> sink;
    try {
        sink = std::make_shared<spdlog::sinks::basic_file_sink_mt>("/proc/self/fd/" +
                                                                   std::to_string(*fd));
    } catch (const spdlog::spdlog_ex& e) {
        error = e.what();
    }
    ::close(*fd);
    return sink;
}

namespace {

std::shared_ptr<spdlog::sinks::sink> appendingFileSinkOrNull(const char* file) {
    std::string error;
    return appendingFileSink(file, error);
}

} // namespace

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
    cached = makeLogger(false);
    return cached;
}

void useStderr() {
    if (spdlog::get(kLoggerName)) {
        return;
    }
    makeLogger(true);
}

} // namespace rm::log
