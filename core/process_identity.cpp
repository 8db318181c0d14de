#include "core/private/process_identity.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string_view>
#include <unistd.h>

namespace rm {
namespace {

constexpr std::uint64_t kFileTimeUnitsPerSecond = 10'000'000;
// 100 ns intervals between 1601-01-01 and 1970-01-01.
constexpr std::uint64_t kUnixEpochAsFileTime = 116'444'736'000'000'000ULL;

std::uint64_t ticksPerSecond() {
    static const std::uint64_t hz = [] {
        const long value = sysconf(_SC_CLK_TCK);
        return value > 0 ? static_cast<std::uint64_t>(value) : 100U;
    }();
    return hz;
}

std::uint64_t bootTimeSeconds() {
    static const std::uint64_t btime = [] {
        std::uint64_t value = 0;
        if (FILE* f = std::fopen("/proc/stat", "re")) {
            char line[256];
            while (std::fgets(line, sizeof line, f) != nullptr) {
                unsigned long long parsed = 0;
                if (std::sscanf(line, "btime %llu", &parsed) == 1) {
                    value = parsed;
                    break;
                }
            }
            std::fclose(f);
        }
        return value;
    }();
    return btime;
}

} // namespace

namespace {

struct StatFields {
    char state = '?';
    std::uint64_t startTicks = 0;
};

std::optional<StatFields> readStat(pid_t pid) {
    if (pid <= 0) {
        return std::nullopt;
    }
    std::array<char, 64> path{};
    std::snprintf(path.data(), path.size(), "/proc/%d/stat", static_cast<int>(pid));
    const int fd = ::open(path.data(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return std::nullopt;
    }
    std::array<char, 1024> buffer{};
    ssize_t n = 0;
    do {
        n = ::read(fd, buffer.data(), buffer.size() - 1);
    } while (n < 0 && errno == EINTR);
    ::close(fd);
    if (n <= 0) {
        return std::nullopt;
    }
    const std::string_view text(buffer.data(), static_cast<std::size_t>(n));
    // The command name may contain spaces and parentheses: fields resume after the last ')'.
    const auto close = text.rfind(')');
    if (close == std::string_view::npos || close + 2 >= text.size()) {
        return std::nullopt;
    }
    StatFields fields;
    fields.state = text[close + 2];
    // After ')' comes field 3 (state); the start time is field 22.
    std::size_t pos = close + 1;
    for (int field = 3; field < 22; ++field) {
        pos = text.find(' ', pos + 1);
        if (pos == std::string_view::npos) {
            return std::nullopt;
        }
    }
    std::size_t i = pos + 1;
    if (i >= text.size() || text[i] < '0' || text[i] > '9') {
        return std::nullopt;
    }
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        fields.startTicks = fields.startTicks * 10 + static_cast<std::uint64_t>(text[i] - '0');
    }
    return fields;
}

} // namespace

std::optional<std::uint64_t> readProcessStartTicks(pid_t pid) {
    if (const auto fields = readStat(pid)) {
        return fields->startTicks;
    }
    return std::nullopt;
}

std::optional<ProcessIdentity> identifyProcess(pid_t pid) {
    if (const auto ticks = readProcessStartTicks(pid)) {
        return ProcessIdentity{pid, *ticks};
    }
    return std::nullopt;
}

ProcessIdentity currentProcessIdentity() {
    const pid_t self = ::getpid();
    return ProcessIdentity{self, readProcessStartTicks(self).value_or(0)};
}

bool isRunning(const ProcessIdentity& identity) {
    // A zombie has exited: it only waits for its parent to collect the exit status.
    const auto fields = readStat(identity.pid);
    return fields && fields->startTicks == identity.startTicks && fields->state != 'Z' &&
           fields->state != 'X';
}

FILETIME startTicksToFileTime(std::uint64_t startTicks) {
    const std::uint64_t hz = ticksPerSecond();
    const std::uint64_t value = kUnixEpochAsFileTime + bootTimeSeconds() * kFileTimeUnitsPerSecond +
                                startTicks * (kFileTimeUnitsPerSecond / hz);
    return FILETIME{static_cast<DWORD>(value & 0xFFFFFFFFU), static_cast<DWORD>(value >> 32)};
}

std::uint64_t fileTimeToUint64(const FILETIME& fileTime) {
    return (static_cast<std::uint64_t>(fileTime.dwHighDateTime) << 32) | fileTime.dwLowDateTime;
}

std::optional<std::uint64_t> fileTimeToStartTicks(const FILETIME& fileTime) {
    const std::uint64_t value = fileTimeToUint64(fileTime);
    const std::uint64_t boot = kUnixEpochAsFileTime + bootTimeSeconds() * kFileTimeUnitsPerSecond;
    const std::uint64_t unitsPerTick = kFileTimeUnitsPerSecond / ticksPerSecond();
    if (value < boot || (value - boot) % unitsPerTick != 0) {
        return std::nullopt;
    }
    return (value - boot) / unitsPerTick;
}

} // namespace rm
