#include "core/minisign.h"

#include <sodium.h>

#include <cstdio>
#include <cstring>
#include <vector>

namespace rm::minisign {

namespace {

constexpr std::size_t kSaltBytes = 32;
constexpr std::size_t kKeynumSkBytes = 8 + 64 + 32;
// sig_alg, kdf_alg, chk_alg, salt, opslimit, memlimit, keynum_sk
constexpr std::size_t kSecretKeyBytes = 2 + 2 + 2 + kSaltBytes + 8 + 8 + kKeynumSkBytes;

std::string base64(const std::uint8_t* data, std::size_t size) {
    std::string text(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
    text.resize(std::strlen(text.c_str()));
    return text;
}

std::optional<std::vector<std::uint8_t>> unbase64(std::string_view text) {
    std::vector<std::uint8_t> bytes(text.size());
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &length,
                          &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size()) {
        return std::nullopt;
    }
    bytes.resize(length);
    return bytes;
}

std::vector<std::string_view> lines(std::string_view text) {
    std::vector<std::string_view> result;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        result.push_back(line);
        if (end == std::string_view::npos) {
            break;
        }
        text.remove_prefix(end + 1);
    }
    return result;
}

// The base64 line of a key or signature file: the first line that is not a comment.
std::optional<std::string_view> dataLine(std::string_view text, std::size_t index = 0) {
    std::size_t seen = 0;
    for (const auto line : lines(text)) {
        if (line.empty() || line.starts_with("untrusted comment:") ||
            line.starts_with("trusted comment:")) {
            continue;
        }
        if (seen++ == index) {
            return line;
        }
    }
    return std::nullopt;
}

std::uint64_t loadLittleEndian64(const std::uint8_t* bytes) {
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i) {
        value = (value << 8U) | bytes[i];
    }
    return value;
}

std::array<std::uint8_t, 32> secretKeyChecksum(const KeyNumber& number,
                                               const std::array<std::uint8_t, 64>& key) {
    std::array<std::uint8_t, 32> checksum{};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, checksum.size());
    const std::uint8_t algorithm[2] = {'E', 'd'};
    crypto_generichash_update(&state, algorithm, 2);
    crypto_generichash_update(&state, number.data(), number.size());
    crypto_generichash_update(&state, key.data(), key.size());
    crypto_generichash_final(&state, checksum.data(), checksum.size());
    return checksum;
}

std::array<std::uint8_t, 64> prehash(std::string_view message) {
    std::array<std::uint8_t, 64> hash{};
    crypto_generichash(hash.data(), hash.size(),
                       reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                       nullptr, 0);
    return hash;
}

} // namespace

bool initialize() {
    return sodium_init() >= 0;
}

std::string keyId(const KeyNumber& number) {
    char text[17];
    std::snprintf(text, sizeof text, "%016llX",
                  static_cast<unsigned long long>(loadLittleEndian64(number.data())));
    return text;
}

std::string PublicKey::id() const {
    return keyId(keyNumber);
}

std::string PublicKey::toFileText() const {
    std::uint8_t bytes[2 + 8 + 32] = {'E', 'd'};
    std::memcpy(bytes + 2, keyNumber.data(), 8);
    std::memcpy(bytes + 10, key.data(), 32);
    return "untrusted comment: minisign public key " + id() + "\n" + base64(bytes, sizeof bytes) +
           "\n";
}

SecretKey::~SecretKey() {
    sodium_memzero(key.data(), key.size());
}

PublicKey SecretKey::publicKey() const {
    PublicKey result;
    result.keyNumber = keyNumber;
    crypto_sign_ed25519_sk_to_pk(result.key.data(), key.data());
    return result;
}

std::string Signature::keyId() const {
    return minisign::keyId(keyNumber);
}

std::string Signature::toFileText() const {
    std::uint8_t bytes[2 + 8 + 64] = {'E', prehashed ? std::uint8_t{'D'} : std::uint8_t{'d'}};
    std::memcpy(bytes + 2, keyNumber.data(), 8);
    std::memcpy(bytes + 10, signature.data(), 64);
    return "untrusted comment: signature from rm-setup-builder secret key\n" +
           base64(bytes, sizeof bytes) + "\ntrusted comment: " + trustedComment + "\n" +
           base64(globalSignature.data(), globalSignature.size()) + "\n";
}

Expected<PublicKey> parsePublicKey(std::string_view text) {
    const auto line = dataLine(text);
    if (!line) {
        return makeError(ERROR_BAD_ARGUMENTS, "no key in the public key file");
    }
    const auto bytes = unbase64(*line);
    if (!bytes || bytes->size() != 42 || (*bytes)[0] != 'E' || (*bytes)[1] != 'd') {
        return makeError(ERROR_BAD_ARGUMENTS, "not a minisign Ed25519 public key");
    }
    PublicKey key;
    std::memcpy(key.keyNumber.data(), bytes->data() + 2, 8);
    std::memcpy(key.key.data(), bytes->data() + 10, 32);
    return key;
}

bool secretKeyIsEncrypted(std::string_view text) {
    const auto line = dataLine(text);
    if (!line) {
        return false;
    }
    const auto bytes = unbase64(*line);
    return bytes && bytes->size() == kSecretKeyBytes && (*bytes)[2] == 'S' && (*bytes)[3] == 'c';
}

Expected<SecretKey> parseSecretKey(std::string_view text, std::string_view password) {
    const auto line = dataLine(text);
    if (!line) {
        return makeError(ERROR_BAD_ARGUMENTS, "no key in the secret key file");
    }
    auto bytes = unbase64(*line);
    if (!bytes || bytes->size() != kSecretKeyBytes || (*bytes)[0] != 'E' || (*bytes)[1] != 'd' ||
        (*bytes)[4] != 'B' || (*bytes)[5] != '2') {
        return makeError(ERROR_BAD_ARGUMENTS, "not a minisign Ed25519 secret key");
    }
    std::uint8_t* keynumSk = bytes->data() + 6 + kSaltBytes + 16;
    const bool encrypted = (*bytes)[2] == 'S' && (*bytes)[3] == 'c';
    if (encrypted) {
        const std::uint8_t* salt = bytes->data() + 6;
        const std::uint64_t opslimit = loadLittleEndian64(bytes->data() + 6 + kSaltBytes);
        const std::uint64_t memlimit = loadLittleEndian64(bytes->data() + 6 + kSaltBytes + 8);
        std::array<std::uint8_t, kKeynumSkBytes> stream{};
        if (crypto_pwhash_scryptsalsa208sha256(stream.data(), stream.size(), password.data(),
                                               password.size(), salt, opslimit,
                                               static_cast<std::size_t>(memlimit)) != 0) {
            return makeError(ERROR_OUTOFMEMORY, "the key's password cannot be derived (scrypt)");
        }
        for (std::size_t i = 0; i < stream.size(); ++i) {
            keynumSk[i] ^= stream[i];
        }
        sodium_memzero(stream.data(), stream.size());
    } else if ((*bytes)[2] != 0 || (*bytes)[3] != 0) {
        return makeError(ERROR_BAD_ARGUMENTS, "unknown key derivation in the secret key file");
    }
    SecretKey key;
    std::memcpy(key.keyNumber.data(), keynumSk, 8);
    std::memcpy(key.key.data(), keynumSk + 8, 64);
    const auto checksum = secretKeyChecksum(key.keyNumber, key.key);
    // `minisign -G -W` (0.11) leaves the checksum of a key without a password all zeros.
    const bool good = sodium_memcmp(checksum.data(), keynumSk + 72, 32) == 0 ||
                      (!encrypted && sodium_is_zero(keynumSk + 72, 32) == 1);
    sodium_memzero(bytes->data(), bytes->size());
    if (!good) {
        return makeError(ERROR_ACCESS_DENIED, encrypted
                                                  ? "wrong password for the secret key"
                                                  : "the secret key's checksum does not match");
    }
    return key;
}

std::string secretKeyFileText(const SecretKey& key) {
    std::array<std::uint8_t, kSecretKeyBytes> bytes{};
    bytes[0] = 'E';
    bytes[1] = 'd';
    bytes[4] = 'B';
    bytes[5] = '2';
    std::uint8_t* keynumSk = bytes.data() + 6 + kSaltBytes + 16;
    std::memcpy(keynumSk, key.keyNumber.data(), 8);
    std::memcpy(keynumSk + 8, key.key.data(), 64);
    // As `minisign -G -W` writes it: no password, and the checksum left all zeros.
    std::string text = "untrusted comment: minisign encrypted secret key\n" +
                       base64(bytes.data(), bytes.size()) + "\n";
    sodium_memzero(bytes.data(), bytes.size());
    return text;
}

Expected<Signature> parseSignature(std::string_view text) {
    Signature result;
    std::optional<std::string_view> signatureLine;
    std::optional<std::string_view> commentLine;
    std::optional<std::string_view> globalLine;
    for (const auto line : lines(text)) {
        if (line.starts_with("untrusted comment:") || (line.empty() && !globalLine)) {
            continue;
        }
        if (line.starts_with("trusted comment: ")) {
            commentLine = line.substr(17);
        } else if (!signatureLine) {
            signatureLine = line;
        } else if (commentLine && !globalLine) {
            globalLine = line;
        } else if (!line.empty()) {
            return makeError(ERROR_BAD_ARGUMENTS, "unexpected line in the signature");
        }
    }
    if (!signatureLine || !commentLine || !globalLine) {
        return makeError(ERROR_BAD_ARGUMENTS, "not a minisign signature");
    }
    const auto bytes = unbase64(*signatureLine);
    if (!bytes || bytes->size() != 74 || (*bytes)[0] != 'E' ||
        ((*bytes)[1] != 'd' && (*bytes)[1] != 'D')) {
        return makeError(ERROR_BAD_ARGUMENTS, "not a minisign Ed25519 signature");
    }
    result.prehashed = (*bytes)[1] == 'D';
    std::memcpy(result.keyNumber.data(), bytes->data() + 2, 8);
    std::memcpy(result.signature.data(), bytes->data() + 10, 64);
    result.trustedComment = std::string{*commentLine};
    const auto global = unbase64(*globalLine);
    if (!global || global->size() != 64) {
        return makeError(ERROR_BAD_ARGUMENTS, "malformed global signature");
    }
    std::memcpy(result.globalSignature.data(), global->data(), 64);
    return result;
}

Signature sign(const SecretKey& key, std::string_view message, std::string_view trustedComment) {
    Signature result;
    result.prehashed = true;
    result.keyNumber = key.keyNumber;
    result.trustedComment = std::string{trustedComment};
    const auto hash = prehash(message);
    crypto_sign_detached(result.signature.data(), nullptr, hash.data(), hash.size(),
                         key.key.data());
    std::string global(reinterpret_cast<const char*>(result.signature.data()), 64);
    global += result.trustedComment;
    crypto_sign_detached(result.globalSignature.data(), nullptr,
                         reinterpret_cast<const unsigned char*>(global.data()), global.size(),
                         key.key.data());
    return result;
}

Status verify(const PublicKey& key, const Signature& signature, std::string_view message) {
    if (key.keyNumber != signature.keyNumber) {
        return makeError(ERROR_ACCESS_DENIED, "the signature was made with another key (" +
                                                  signature.keyId() + ", not " + key.id() + ")");
    }
    int result = 0;
    if (signature.prehashed) {
        const auto hash = prehash(message);
        result = crypto_sign_verify_detached(signature.signature.data(), hash.data(), hash.size(),
                                             key.key.data());
    } else {
        result = crypto_sign_verify_detached(signature.signature.data(),
                                             reinterpret_cast<const unsigned char*>(message.data()),
                                             message.size(), key.key.data());
    }
    if (result != 0) {
        return makeError(ERROR_ACCESS_DENIED, "the signature does not match");
    }
    std::string global(reinterpret_cast<const char*>(signature.signature.data()), 64);
    global += signature.trustedComment;
    if (crypto_sign_verify_detached(signature.globalSignature.data(),
                                    reinterpret_cast<const unsigned char*>(global.data()),
                                    global.size(), key.key.data()) != 0) {
        return makeError(ERROR_ACCESS_DENIED, "the trusted comment's signature does not match");
    }
    return {};
}

SecretKey generate() {
    SecretKey key;
    std::array<std::uint8_t, 32> publicKey{};
    crypto_sign_keypair(publicKey.data(), key.key.data());
    randombytes_buf(key.keyNumber.data(), key.keyNumber.size());
    return key;
}

} // namespace rm::minisign
