#pragma once

// The one-file setup (`Product-Version.run`) that rm-setup-builder writes and its runtime reads.
// No Qt. The file is, in this order:
//
//   stub      a POSIX sh script (so that `./X.run` and `sh X.run` work) that copies the runtime
//             to a 0700 folder of the user's store, checks its libraries and runs it
//   runtime   the runtime's programs, raw, one after the other
//   package   the package's own files (manifest.json, the licenses), one zstd frame
//   payload   the files under payload/, one zstd stream of their contents in index order
//   index     text: product, version, publisher, and every file above with its size, mode and
//             SHA-256, and the payload stream's size and SHA-256
//   signature the signer's public key and a minisign signature of the index (empty: unsigned)
//   trailer   kTrailerSize bytes at the very end: where each part starts
//
// The index is what is signed; it names the SHA-256 of everything else, so that checking the
// signature does not depend on the payload's size, and each payload file is checked as it is
// unpacked.

#include "core/error.h"
#include "core/minisign.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rm::setupfile {

// Windows Installer's codes, which setup exits with.
inline constexpr DWORD kPackageInvalid = 1620;  // ERROR_INSTALL_PACKAGE_INVALID
inline constexpr DWORD kPackageRejected = 1625; // ERROR_INSTALL_PACKAGE_REJECTED
inline constexpr DWORD kInstallFailure = 1603;  // ERROR_INSTALL_FAILURE

inline constexpr std::size_t kTrailerSize = 256;

using Digest = std::array<std::uint8_t, 32>;

std::string toHex(const Digest& digest);

struct Entry {
    std::string path; // runtime: a file name; package and payload: relative to the package folder
    std::uint64_t size = 0;
    unsigned mode = 0644; // 0644 or 0755
    Digest sha256{};
};

struct Index {
    std::string product;
    std::string version;
    std::string publisher;
    std::vector<Entry> runtime;
    std::vector<Entry> package;          // manifest.json, licenses: one zstd frame
    std::vector<Entry> payload;          // payload/...: in the zstd stream, in this order
    std::uint64_t payloadStreamSize = 0; // compressed
    Digest payloadStreamSha256{};

    [[nodiscard]] std::string serialize() const;
    static Expected<Index> parse(std::string_view text);
    [[nodiscard]] std::uint64_t payloadSize() const; // uncompressed
};

struct Trailer {
    std::uint64_t runtimeOffset = 0;
    std::uint64_t packageOffset = 0;
    std::uint64_t payloadOffset = 0;
    std::uint64_t indexOffset = 0;
    std::uint64_t indexSize = 0;
    std::uint64_t signatureOffset = 0;
    std::uint64_t signatureSize = 0;

    [[nodiscard]] std::string serialize() const; // exactly kTrailerSize bytes
    static Expected<Trailer> parse(std::string_view bytes);
};

// Whether `path` is a relative path that stays beneath its folder: no empty, "." or ".."
// component, no control character, no backslash.
bool isSafeRelativePath(std::string_view path);

// An opened setup file: the trailer, the index as text and parsed, the signature part.
struct SetupFile {
    int fd = -1; // owned
    std::uint64_t size = 0;
    Trailer trailer;
    std::string indexText; // the index as stored (zstd-compressed text): what is signed
    Index index;
    std::string signatureText; // empty: unsigned

    SetupFile() = default;
    SetupFile(SetupFile&& other) noexcept;
    SetupFile& operator=(SetupFile&& other) noexcept;
    SetupFile(const SetupFile&) = delete;
    SetupFile& operator=(const SetupFile&) = delete;
    ~SetupFile();
};

// Opens `path` and reads its trailer and index (never the payload). kPackageInvalid when it is
// not a setup file or a part is malformed.
Expected<SetupFile> open(const std::string& path);

// The same on a descriptor (duplicated; the caller keeps its own).
Expected<SetupFile> openDescriptor(int fd, const std::string& name);

// The SHA-256 of the stored index, in hex: what a program that gets the setup file from the
// launcher (which checked the index's signature) compares, so that it reads the index the
// launcher checked.
std::string indexDigest(const SetupFile& file);

// The setup file a launcher handed on through the environment: RESTARTMANAGER_SETUP_FILE_FD (an
// inherited descriptor), RESTARTMANAGER_SETUP_INDEX_SHA256 (indexDigest()) and
// RESTARTMANAGER_SETUP_PACKAGE_DIR (the package folder it wrote, without the payload: the
// payload files are named beneath it but not there). std::nullopt without them; kPackageInvalid
// when the index is not that one.
struct Inherited {
    SetupFile file;
    std::string packageDir;
};
std::optional<Expected<Inherited>> inherited();
inline constexpr const char* kEnvFd = "RESTARTMANAGER_SETUP_FILE_FD";
inline constexpr const char* kEnvIndex = "RESTARTMANAGER_SETUP_INDEX_SHA256";
inline constexpr const char* kEnvPackage = "RESTARTMANAGER_SETUP_PACKAGE_DIR";

// Reads the payload stream forward, file after file (index.payload order): what an install
// streams from the setup file into its transaction. Asking for a file before the current one
// starts the stream again.
class PayloadStream {
public:
    explicit PayloadStream(const SetupFile& file);
    ~PayloadStream();
    PayloadStream(const PayloadStream&) = delete;
    PayloadStream& operator=(const PayloadStream&) = delete;

    // Writes payload file `position` to `fd`, checked against its SHA-256 as it streams:
    // kPackageInvalid on a mismatch (what was written stays; the caller's transaction removes
    // it), ERROR_WRITE_FAULT when `fd` cannot be written.
    Status copyTo(std::size_t position, int fd);

private:
    Status restart();
    Status refill();
    Status pass(std::size_t position, int fd); // fd -1: skip

    const SetupFile& m_file;
    void* m_context = nullptr; // ZSTD_DCtx
    std::vector<char> m_input;
    std::vector<char> m_output;
    std::size_t m_inPos = 0;
    std::size_t m_inSize = 0;
    std::size_t m_pendingStart = 0;
    std::size_t m_pendingEnd = 0;
    std::uint64_t m_offset = 0;
    std::uint64_t m_streamLeft = 0;
    std::size_t m_next = 0; // the payload file the stream is at
};

// Creates the package folder `target` (which must not exist) as extractToFolder() does, but
// with the package's own files alone (manifest, licenses): no payload file is read or written
// (creating thousands of files would make the first page wait). The installer streams the
// payload from the setup file (PayloadStream).
Status writePackageFolder(const SetupFile& file, const std::string& target);

// Writes the payload files `paths` (relative to the package folder, e.g.
// "payload/share/icons/x.png") into `packageDir`, each checked: the few that setup reads itself.
Status writePayloadFiles(const SetupFile& file, const std::string& packageDir,
                         const std::vector<std::string>& paths);

// What the signature says about the publisher.
enum class Publisher {
    Verified,   // signed by one of the trusted keys
    UnknownKey, // signed, intact, by a key that is not trusted
    Unsigned,
};

struct Verdict {
    Publisher publisher = Publisher::Unsigned;
    std::string keyId; // the signer's key ID (empty when unsigned)
};

// Checks the signature of the index. A signature that does not match (with the trusted key of
// its ID, else with the key the file carries, which only tells that the file is intact) is
// kPackageInvalid. The key in the file never makes it Verified.
Expected<Verdict> checkSignature(const SetupFile& file,
                                 const std::vector<minisign::PublicKey>& trusted);

// The folders trusted keys (minisign .pub files) are read from: /etc/restartmanager/trusted-keys
// and, unless the effective user is root, the user's own ~/.config/restartmanager/trusted-keys
// (the home from the user database, never $HOME).
std::vector<std::string> trustedKeyFolders();

// Reads every *.pub file of the folders that exists. A file or folder that another user than
// root or the effective user could change is skipped, with a log line.
std::vector<minisign::PublicKey> loadTrustedKeys(const std::vector<std::string>& folders);

// Checks the runtime files `names` in `folder` (a descriptor) against the index (every runtime
// file when `names` is empty). kPackageInvalid on a mismatch or a file the index does not list.
Status checkRuntime(const SetupFile& file, int folder, const std::vector<std::string>& names = {});

// Writes the runtime files `names` from the setup file into `folder` (0700), each checked
// against the index as it is copied; a file that is there already (the stub copied it) is
// checked as checkRuntime() does. kPackageInvalid on a mismatch (the copy goes).
Status placeRuntime(const SetupFile& file, int folder, const std::vector<std::string>& names);

// Checks the runtime and package files in the setup file and, with `payload`, the payload
// stream's SHA-256 (without unpacking it).
// `skipRuntime`: runtime files already checked (as copies, checkRuntime()); `package` false:
// not the package files (the extraction checks each).
Status checkIntegrity(const SetupFile& file, bool payload = true,
                      const std::vector<std::string>& skipRuntime = {}, bool package = true);

// Receives the files as they are unpacked.
struct ExtractSink {
    // Called before the first chunk of each file; returns a descriptor to write into (owned by
    // the sink) or an error.
    std::function<Expected<int>(const Entry&)> begin;
    // Called after the last chunk, `good` false when the SHA-256 did not match (the sink then
    // removes what it wrote).
    std::function<Status(const Entry&, int fd, bool good)> end;
    // Called after each file with the bytes done so far and the total.
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
};

// Writes the package files and then the payload files through `sink`, each checked against its
// SHA-256 while it streams. kPackageInvalid on a mismatch (after sink.end(..., false)).
Status extract(const SetupFile& file, const ExtractSink& sink);

// Writes the package into a new folder `target` (which must not exist): created 0700 and then
// 0755, every file created beneath its descriptor, never through a symbolic link.
Status extractToFolder(const SetupFile& file, const std::string& target);

// --- Building ---------------------------------------------------------------------------------

struct BuildInput {
    std::string product;
    std::string version;
    std::string publisher;
    // Runtime files: name in the setup file and absolute path on this machine.
    std::vector<std::pair<std::string, std::string>> runtime;
    std::string packageFolder;  // absolute
    std::vector<Entry> package; // path and mode set; size and SHA-256 are filled in
    std::vector<Entry> payload; // same
    int compressionLevel = 3;
    int threads = 0; // 0: one per processor
    std::optional<minisign::SecretKey> key;
    // The stub for the given index (its runtime entries) and trailer; its size must not depend
    // on the numbers (write them at a fixed width).
    std::function<std::string(const Index&, const Trailer&)> stub;
};

// Writes the setup file to `fd` (an empty regular file).
Status build(BuildInput input, int fd);

} // namespace rm::setupfile
