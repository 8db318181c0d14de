#pragma once

// minisign-compatible Ed25519 signatures (https://jedisct1.github.io/minisign/), made and checked
// in process with libsodium: public keys (`minisign -G`'s .pub), secret keys with a password
// (scrypt, as minisign encrypts them) or without one (`minisign -G -W`), and signatures in both
// of minisign's algorithms, the legacy "Ed" (the message itself is signed) and the prehashed
// "ED" (its BLAKE2b-512 is). No Qt.

#include "core/error.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rm::minisign {

using KeyNumber = std::array<std::uint8_t, 8>;

struct PublicKey {
    KeyNumber keyNumber{};
    std::array<std::uint8_t, 32> key{};

    // The key ID as minisign prints it: 16 upper-case hexadecimal digits.
    [[nodiscard]] std::string id() const;
    // The two lines of a .pub file.
    [[nodiscard]] std::string toFileText() const;
};

struct SecretKey {
    KeyNumber keyNumber{};
    std::array<std::uint8_t, 64> key{}; // libsodium's Ed25519 secret key (seed + public key)

    SecretKey() = default;
    SecretKey(const SecretKey&) = default;
    SecretKey& operator=(const SecretKey&) = default;
    ~SecretKey();

    [[nodiscard]] PublicKey publicKey() const;
};

struct Signature {
    bool prehashed = true; // "ED"; false: legacy "Ed"
    KeyNumber keyNumber{};
    std::array<std::uint8_t, 64> signature{};
    std::string trustedComment;
    std::array<std::uint8_t, 64> globalSignature{};

    [[nodiscard]] std::string keyId() const;
    // The four lines of a .minisig file.
    [[nodiscard]] std::string toFileText() const;
};

// The key ID of a key number (16 upper-case hexadecimal digits, as minisign prints it).
std::string keyId(const KeyNumber& number);

// Reads a public key: the text of a .pub file (an "untrusted comment:" line and the key) or the
// base64 key alone. ERROR_BAD_ARGUMENTS when it is not one.
Expected<PublicKey> parsePublicKey(std::string_view text);

// Reads a secret key file made by `minisign -G`. `password` is used only when the key is
// encrypted (it is ignored for a key made with -W). ERROR_BAD_ARGUMENTS for a malformed file,
// ERROR_ACCESS_DENIED when the checksum does not match after decryption.
Expected<SecretKey> parseSecretKey(std::string_view text, std::string_view password);

// Whether a secret key file asks for a password.
bool secretKeyIsEncrypted(std::string_view text);

// Reads the text of a .minisig file. ERROR_BAD_ARGUMENTS when it is not one.
Expected<Signature> parseSignature(std::string_view text);

// Signs `message` in the prehashed "ED" form with `trustedComment` (one line).
Signature sign(const SecretKey& key, std::string_view message, std::string_view trustedComment);

// Checks `signature` of `message` with `key`: the key numbers match, the signature (in either
// algorithm) and the global signature over the trusted comment are good.
Status verify(const PublicKey& key, const Signature& signature, std::string_view message);

// A new key pair (for tests and for `rm-setup-builder --generate-test-key`).
SecretKey generate();

// The text of a secret key file without a password, as `minisign -G -W` writes it.
std::string secretKeyFileText(const SecretKey& key);

// Makes libsodium ready; false if it cannot be.
bool initialize();

} // namespace rm::minisign
