#pragma once

#include "core/error.h"
#include "core/private/sha256.h"

#include <string>
#include <string_view>

namespace rm {

// 128 bits from the kernel's random source as 32 lowercase hex characters.
Expected<std::string> generateSessionKey();

// True for exactly CCH_RM_SESSION_KEY hex digits (either case).
bool isWellFormedSessionKey(std::string_view key);

// Compares two keys in time that does not depend on where they differ.
bool sessionKeysEqual(std::string_view a, std::string_view b);

// What the store keeps instead of a key: SHA-256 of the key in lowercase. A 128-bit random key
// cannot be recovered from it, so the store never holds a usable key.
Sha256Digest sessionKeyHash(std::string_view key);

// Compares two digests in time that does not depend on where they differ.
bool digestsEqual(const Sha256Digest& a, const Sha256Digest& b);

} // namespace rm
