#pragma once

#include "core/error.h"

#include <string>
#include <string_view>

namespace rm {

// 128 bits from the kernel's random source as 32 lowercase hex characters.
Expected<std::string> generateSessionKey();

// True for exactly CCH_RM_SESSION_KEY hex digits (either case).
bool isWellFormedSessionKey(std::string_view key);

// Compares two keys in time that does not depend on where they differ.
bool sessionKeysEqual(std::string_view a, std::string_view b);

} // namespace rm
