#include "core/private/session_key.h"

#include <array>
#include <cerrno>
#include <cstdint>
#include <sys/random.h>

namespace rm {

Expected<std::string> generateSessionKey() {
    std::array<unsigned char, RM_SESSION_KEY_LEN> bytes{};
    std::size_t filled = 0;
    while (filled < bytes.size()) {
        const ssize_t n = ::getrandom(bytes.data() + filled, bytes.size() - filled, 0);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return makeError(ERROR_OUTOFMEMORY, "the kernel's random source is not available");
        }
        filled += static_cast<std::size_t>(n);
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string key;
    key.reserve(CCH_RM_SESSION_KEY);
    for (const unsigned char b : bytes) {
        key.push_back(kHex[b >> 4]);
        key.push_back(kHex[b & 0x0F]);
    }
    return key;
}

bool isWellFormedSessionKey(std::string_view key) {
    if (key.size() != CCH_RM_SESSION_KEY) {
        return false;
    }
    for (const char c : key) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex) {
            return false;
        }
    }
    return true;
}

bool sessionKeysEqual(std::string_view a, std::string_view b) {
    if (a.size() != CCH_RM_SESSION_KEY || b.size() != CCH_RM_SESSION_KEY) {
        return false;
    }
    unsigned difference = 0;
    for (std::size_t i = 0; i < CCH_RM_SESSION_KEY; ++i) {
        const auto lower = [](char c) { return static_cast<unsigned char>(c | 0x20); };
        difference |= static_cast<unsigned>(lower(a[i]) ^ lower(b[i]));
    }
    return difference == 0;
}

Sha256Digest sessionKeyHash(std::string_view key) {
    std::string lower{key};
    for (char& c : lower) {
        if (c >= 'A' && c <= 'F') {
            c = static_cast<char>(c | 0x20);
        }
    }
    const auto digest = sha256(lower);
    // The copy held the key: wipe it before it goes back to the allocator.
    volatile char* wipe = lower.data();
    for (std::size_t i = 0; i < lower.size(); ++i) {
        wipe[i] = 0;
    }
    return digest;
}

bool digestsEqual(const Sha256Digest& a, const Sha256Digest& b) {
    unsigned difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned>(a[i] ^ b[i]);
    }
    return difference == 0;
}

} // namespace rm
