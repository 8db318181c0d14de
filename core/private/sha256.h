#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace rm {

using Sha256Digest = std::array<std::uint8_t, 32>;

// SHA-256 (FIPS 180-4) of a byte string.
Sha256Digest sha256(std::string_view data);

} // namespace rm
