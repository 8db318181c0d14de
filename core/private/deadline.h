#pragma once

#include <chrono>

namespace rm {

using SteadyClock = std::chrono::steady_clock;

// Milliseconds left until `deadline`, for poll(2); 0 once it has passed.
inline int remainingMs(SteadyClock::time_point deadline) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - SteadyClock::now())
            .count();
    return left > 0 ? static_cast<int>(left) : 0;
}

} // namespace rm
