#include "core/setup_file.h"

#include "core/log.h"

#include <openssl/evp.h>
#include <sodium.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <new>
#include <pwd.h>
#include <sys/stat.h>
#include <system_error>
#include <thread>
#include <unistd.h>
#include <utility>

namespace rm::setupfile {

namespace {

constexpr std::size_t kChunk = 1U << 20U;
constexpr std::string_view kIndexMagic = "rm-setup-index\t2";
constexpr std::string_view kTrailerMagic = "RMSETUP1";
constexpr std::string_view kSignatureSeparator = "\n--\n";

std::string errnoText(int error) {
    return std::generic_category().message(error);
}

Error invalid(std::string message) {
    return makeError(kPackageInvalid, std::move(message));
}

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA extensions where it has
// them: about ten times libsodium's portable code on this project's machines, and the
// payload's every byte goes through it.
class Sha256 {
public:
    Sha256() : m_context{EVP_MD_CTX_new()} {
        if (m_context == nullptr || EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1) {
            throw std::bad_alloc{};
        }
    }
    ~Sha256() { EVP_MD_CTX_free(m_context); }
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void update(const void* data, std::size_t size) { EVP_DigestUpdate(m_context, data, size); }
    Digest final() {
        Digest digest{};
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_context, digest.data(), &length);
        return digest;
    }

private:
    EVP_MD_CTX* m_context;
};

bool readAllAt(int fd, void* buffer, std::size_t size, std::uint64_t offset) {
    auto* bytes = static_cast<char*>(buffer);
    while (size > 0) {
        const ssize_t n = ::pread(fd, bytes, size, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        bytes += n;
        size -= static_cast<std::size_t>(n);
        offset += static_cast<std::uint64_t>(n);
    }
    return true;
}

bool writeAll(int fd, const void* buffer, std::size_t size) {
    const auto* bytes = static_cast<const char*>(buffer);
    while (size > 0) {
        const ssize_t n = ::write(fd, bytes, size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        bytes += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

std::vector<std::string_view> split(std::string_view line, char separator) {
    std::vector<std::string_view> fields;
    while (true) {
        const auto end = line.find(separator);
        fields.push_back(line.substr(0, end));
        if (end == std::string_view::npos) {
            return fields;
        }
        line.remove_prefix(end + 1);
    }
}

std::optional<std::uint64_t> number(std::string_view text, int base = 10) {
    std::uint64_t value = 0;
    if (text.empty()) {
        return std::nullopt;
    }
    const auto [at, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (error != std::errc{} || at != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::optional<Digest> fromHex(std::string_view text) {
    Digest digest{};
    std::size_t length = 0;
    if (text.size() != 64 ||
        sodium_hex2bin(digest.data(), digest.size(), text.data(), text.size(), nullptr, &length,
                       nullptr) != 0 ||
        length != digest.size()) {
        return std::nullopt;
    }
    return digest;
}

bool isText(std::string_view text) {
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            return false;
        }
    }
    return true;
}

std::string entryLine(std::string_view kind, const Entry& entry) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", entry.mode);
    return std::string{kind} + "\t" + entry.path + "\t" + std::to_string(entry.size) + "\t" + mode +
           "\t" + toHex(entry.sha256) + "\n";
}

// Reads `size` bytes at `offset`, hashing them; false on a short read.
bool hashRange(int fd, std::uint64_t offset, std::uint64_t size, Digest& digest) {
    Sha256 hash;
    std::vector<char> buffer(kChunk);
    while (size > 0) {
        const auto part = static_cast<std::size_t>(std::min<std::uint64_t>(size, buffer.size()));
        if (!readAllAt(fd, buffer.data(), part, offset)) {
            return false;
        }
        hash.update(buffer.data(), part);
        offset += part;
        size -= part;
    }
    digest = hash.final();
    return true;
}

std::optional<std::string> readSmallFile(int dirFd, const std::string& name, std::size_t limit) {
    const int fd = ::openat(dirFd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        return std::nullopt;
    }
    std::string text;
    char buffer[4096];
    while (text.size() <= limit) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        text.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    if (text.size() > limit) {
        return std::nullopt;
    }
    return text;
}

// Whether a folder or file may hold keys: a regular file or folder owned by root or the
// effective user, not writable by group or others.
bool safeOwner(const struct stat& st) {
    return (st.st_uid == 0 || st.st_uid == ::geteuid()) && (st.st_mode & 022) == 0;
}

// The index is stored compressed (zstd): about a third of its text for many files.
std::string compressIndex(const std::string& text) {
    std::string stored(ZSTD_compressBound(text.size()), '\0');
    const std::size_t size =
        ZSTD_compress(stored.data(), stored.size(), text.data(), text.size(), 9);
    if (ZSTD_isError(size) != 0U) {
        return text; // stored as text, which open() reads too
    }
    stored.resize(size);
    return stored;
}

Expected<std::string> decompressIndex(const std::string& stored) {
    if (stored.starts_with(kIndexMagic)) {
        return stored; // an index stored as text
    }
    constexpr unsigned long long kMaxText = 1ULL << 30U;
    const unsigned long long size = ZSTD_getFrameContentSize(stored.data(), stored.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > kMaxText) {
        return invalid("the setup file's index is not one this setup reads");
    }
    std::string text(static_cast<std::size_t>(size), '\0');
    const std::size_t made =
        ZSTD_decompress(text.data(), text.size(), stored.data(), stored.size());
    if (ZSTD_isError(made) != 0U || made != text.size()) {
        return invalid("the setup file's index is damaged");
    }
    return text;
}

// The package files (manifest, licenses) are one zstd frame: a manifest that lists thousands of
// payload files is hundreds of kilobytes of JSON.
Expected<std::string> packageBytes(const SetupFile& file) {
    std::uint64_t total = 0;
    for (const auto& entry : file.index.package) {
        total += entry.size;
    }
    const std::uint64_t stored = file.trailer.payloadOffset - file.trailer.packageOffset;
    if (total == 0 && stored == 0) {
        return std::string{};
    }
    std::string compressed(static_cast<std::size_t>(stored), '\0');
    if (!readAllAt(file.fd, compressed.data(), compressed.size(), file.trailer.packageOffset)) {
        return invalid("cannot read the package files");
    }
    const unsigned long long size = ZSTD_getFrameContentSize(compressed.data(), compressed.size());
    if (size != total) {
        return invalid("the package files are damaged");
    }
    std::string bytes(static_cast<std::size_t>(total), '\0');
    const std::size_t made =
        ZSTD_decompress(bytes.data(), bytes.size(), compressed.data(), compressed.size());
    if (ZSTD_isError(made) != 0U || made != bytes.size()) {
        return invalid("the package files are damaged");
    }
    return bytes;
}

} // namespace

std::string toHex(const Digest& digest) {
    char text[65];
    sodium_bin2hex(text, sizeof text, digest.data(), digest.size());
    return text;
}

bool isSafeRelativePath(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.size() > 4096 || !isText(path) ||
        path.find('\\') != std::string_view::npos) {
        return false;
    }
    for (const auto component : split(path, '/')) {
        if (component.empty() || component == "." || component == ".." || component.size() > 255) {
            return false;
        }
    }
    return true;
}

std::uint64_t Index::payloadSize() const {
    std::uint64_t total = 0;
    for (const auto& entry : payload) {
        total += entry.size;
    }
    return total;
}

std::string Index::serialize() const {
    std::string text{kIndexMagic};
    text += "\nproduct\t" + product + "\nversion\t" + version + "\npublisher\t" + publisher + "\n";
    for (const auto& entry : runtime) {
        text += entryLine("runtime", entry);
    }
    for (const auto& entry : package) {
        text += entryLine("package", entry);
    }
    for (const auto& entry : payload) {
        text += entryLine("file", entry);
    }
    text +=
        "payload\t" + std::to_string(payloadStreamSize) + "\t" + toHex(payloadStreamSha256) + "\n";
    return text;
}

Expected<Index> Index::parse(std::string_view text) {
    Index index;
    const auto allLines = split(text, '\n');
    if (allLines.empty() || allLines.front() != kIndexMagic || !allLines.back().empty()) {
        return invalid("the setup file's index is not one this setup reads");
    }
    bool sawPayload = false;
    for (std::size_t i = 1; i + 1 < allLines.size(); ++i) {
        const auto fields = split(allLines[i], '\t');
        const auto bad = [i] { return invalid("line " + std::to_string(i + 1) + " of the index"); };
        for (const auto field : fields) {
            if (!isText(field)) {
                return bad();
            }
        }
        const std::string_view kind = fields[0];
        if (fields.size() == 2 && kind == "product") {
            index.product = std::string{fields[1]};
        } else if (fields.size() == 2 && kind == "version") {
            index.version = std::string{fields[1]};
        } else if (fields.size() == 2 && kind == "publisher") {
            index.publisher = std::string{fields[1]};
        } else if (fields.size() == 5 &&
                   (kind == "runtime" || kind == "package" || kind == "file")) {
            Entry entry;
            entry.path = std::string{fields[1]};
            const auto size = number(fields[2]);
            const auto mode = number(fields[3], 8);
            const auto digest = fromHex(fields[4]);
            if (!isSafeRelativePath(entry.path) || !size || !mode ||
                (*mode != 0644 && *mode != 0755) || !digest || sawPayload) {
                return bad();
            }
            if (kind == "runtime" && entry.path.find('/') != std::string::npos) {
                return bad();
            }
            if (kind == "file" && !entry.path.starts_with("payload/")) {
                return bad();
            }
            if (kind == "package" && entry.path.starts_with("payload/")) {
                return bad();
            }
            entry.size = *size;
            entry.mode = static_cast<unsigned>(*mode);
            entry.sha256 = *digest;
            (kind == "runtime"   ? index.runtime
             : kind == "package" ? index.package
                                 : index.payload)
                .push_back(std::move(entry));
        } else if (fields.size() == 3 && kind == "payload" && !sawPayload) {
            const auto size = number(fields[1]);
            const auto digest = fromHex(fields[2]);
            if (!size || !digest) {
                return bad();
            }
            index.payloadStreamSize = *size;
            index.payloadStreamSha256 = *digest;
            sawPayload = true;
        } else {
            return bad();
        }
    }
    if (!sawPayload || index.product.empty() || index.version.empty()) {
        return invalid("the setup file's index is incomplete");
    }
    return index;
}

std::string Trailer::serialize() const {
    char text[kTrailerSize + 1];
    std::snprintf(text, sizeof text, "\n%s %020llu %020llu %020llu %020llu %020llu %020llu %020llu",
                  kTrailerMagic.data(), static_cast<unsigned long long>(runtimeOffset),
                  static_cast<unsigned long long>(packageOffset),
                  static_cast<unsigned long long>(payloadOffset),
                  static_cast<unsigned long long>(indexOffset),
                  static_cast<unsigned long long>(indexSize),
                  static_cast<unsigned long long>(signatureOffset),
                  static_cast<unsigned long long>(signatureSize));
    std::string result{text};
    result.resize(kTrailerSize - 1, ' ');
    result += '\n';
    return result;
}

Expected<Trailer> Trailer::parse(std::string_view bytes) {
    if (bytes.size() != kTrailerSize || bytes.front() != '\n' || bytes.back() != '\n') {
        return invalid("no setup file trailer at the end of the file");
    }
    bytes.remove_prefix(1);
    bytes.remove_suffix(1);
    while (!bytes.empty() && bytes.back() == ' ') {
        bytes.remove_suffix(1);
    }
    const auto fields = split(bytes, ' ');
    if (fields.size() != 8 || fields[0] != kTrailerMagic) {
        return invalid("no setup file trailer at the end of the file");
    }
    std::uint64_t values[7];
    for (int i = 0; i < 7; ++i) {
        const auto value = number(fields[static_cast<std::size_t>(i) + 1]);
        if (!value) {
            return invalid("the setup file's trailer is malformed");
        }
        values[i] = *value;
    }
    return Trailer{values[0], values[1], values[2], values[3], values[4], values[5], values[6]};
}

SetupFile::SetupFile(SetupFile&& other) noexcept
    : fd{std::exchange(other.fd, -1)}, size{other.size}, trailer{other.trailer},
      indexText{std::move(other.indexText)}, index{std::move(other.index)},
      signatureText{std::move(other.signatureText)} {}

SetupFile& SetupFile::operator=(SetupFile&& other) noexcept {
    if (this != &other) {
        if (fd >= 0) {
            ::close(fd);
        }
        fd = std::exchange(other.fd, -1);
        size = other.size;
        trailer = other.trailer;
        indexText = std::move(other.indexText);
        index = std::move(other.index);
        signatureText = std::move(other.signatureText);
    }
    return *this;
}

SetupFile::~SetupFile() {
    if (fd >= 0) {
        ::close(fd);
    }
}

Expected<SetupFile> open(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return makeError(kPackageInvalid, "cannot open " + path + ": " + errnoText(errno));
    }
    auto file = openDescriptor(fd, path);
    ::close(fd);
    return file;
}

Expected<SetupFile> openDescriptor(int descriptor, const std::string& path) {
    SetupFile file;
    file.fd = ::fcntl(descriptor, F_DUPFD_CLOEXEC, 3);
    if (file.fd < 0) {
        return makeError(kPackageInvalid, "cannot open " + path + ": " + errnoText(errno));
    }
    struct stat st {};
    if (::fstat(file.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        return invalid(path + " is not a regular file");
    }
    file.size = static_cast<std::uint64_t>(st.st_size);
    if (file.size < kTrailerSize) {
        return invalid(path + " is not a setup file (too short)");
    }
    std::string trailerBytes(kTrailerSize, '\0');
    if (!readAllAt(file.fd, trailerBytes.data(), kTrailerSize, file.size - kTrailerSize)) {
        return invalid("cannot read " + path);
    }
    auto trailer = Trailer::parse(trailerBytes);
    if (!trailer) {
        return trailer.error();
    }
    file.trailer = *trailer;
    const auto& t = file.trailer;
    const std::uint64_t end = file.size - kTrailerSize;
    constexpr std::uint64_t kMaxIndex = 256ULL << 20U;
    constexpr std::uint64_t kMaxSignature = 64ULL << 10U;
    if (t.runtimeOffset > t.packageOffset || t.packageOffset > t.payloadOffset ||
        t.payloadOffset > t.indexOffset || t.indexSize > kMaxIndex ||
        t.indexOffset + t.indexSize != t.signatureOffset || t.signatureSize > kMaxSignature ||
        t.signatureOffset + t.signatureSize != end) {
        return invalid("the setup file's parts do not fit together (a cut or damaged file)");
    }
    file.indexText.resize(t.indexSize);
    file.signatureText.resize(t.signatureSize);
    if (!readAllAt(file.fd, file.indexText.data(), t.indexSize, t.indexOffset) ||
        !readAllAt(file.fd, file.signatureText.data(), t.signatureSize, t.signatureOffset)) {
        return invalid("cannot read the index of " + path);
    }
    auto indexText = decompressIndex(file.indexText);
    if (!indexText) {
        return indexText.error();
    }
    auto index = Index::parse(*indexText);
    if (!index) {
        return index.error();
    }
    file.index = std::move(*index);
    // The sizes in the index must be the parts' sizes.
    std::uint64_t runtimeSize = 0;
    for (const auto& entry : file.index.runtime) {
        runtimeSize += entry.size;
    }
    std::uint64_t packageSize = 0;
    for (const auto& entry : file.index.package) {
        packageSize += entry.size;
    }
    if (t.runtimeOffset + runtimeSize != t.packageOffset || packageSize > (1ULL << 30U) ||
        t.payloadOffset - t.packageOffset > (256ULL << 20U) ||
        t.payloadOffset + file.index.payloadStreamSize != t.indexOffset) {
        return invalid("the setup file's parts do not have the sizes its index gives");
    }
    return file;
}

Expected<Verdict> checkSignature(const SetupFile& file,
                                 const std::vector<minisign::PublicKey>& trusted) {
    if (file.signatureText.empty()) {
        return Verdict{Publisher::Unsigned, {}};
    }
    const std::string_view text = file.signatureText;
    const auto separator = text.find(kSignatureSeparator);
    if (separator == std::string_view::npos) {
        return invalid("the setup file's signature is malformed");
    }
    auto carried = minisign::parsePublicKey(text.substr(0, separator));
    auto signature = minisign::parseSignature(text.substr(separator + kSignatureSeparator.size()));
    if (!carried || !signature) {
        return invalid("the setup file's signature is malformed");
    }
    for (const auto& key : trusted) {
        if (key.keyNumber == signature->keyNumber) {
            if (auto good = minisign::verify(key, *signature, file.indexText); !good) {
                return invalid("the signature does not match the setup file (key " +
                               signature->keyId() + "): " + good.error().message);
            }
            return Verdict{Publisher::Verified, signature->keyId()};
        }
    }
    // Not a trusted key: the key the file carries only tells whether the file is intact.
    if (auto good = minisign::verify(*carried, *signature, file.indexText); !good) {
        return invalid("the signature does not match the setup file (key " + signature->keyId() +
                       "): " + good.error().message);
    }
    return Verdict{Publisher::UnknownKey, signature->keyId()};
}

std::vector<std::string> trustedKeyFolders() {
    std::vector<std::string> folders{"/etc/restartmanager/trusted-keys"};
    if (::geteuid() != 0) {
        if (const passwd* pw = ::getpwuid(::geteuid());
            pw != nullptr && pw->pw_dir != nullptr && pw->pw_dir[0] == '/') {
            folders.push_back(std::string{pw->pw_dir} + "/.config/restartmanager/trusted-keys");
        }
    }
    return folders;
}

std::vector<minisign::PublicKey> loadTrustedKeys(const std::vector<std::string>& folders) {
    std::vector<minisign::PublicKey> keys;
    for (const auto& folder : folders) {
        const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            continue;
        }
        struct stat st {};
        if (::fstat(fd, &st) != 0 || !safeOwner(st)) {
            log::core()->warn("trusted keys in {} ignored: others may change the folder", folder);
            ::close(fd);
            continue;
        }
        DIR* dir = ::fdopendir(fd);
        if (dir == nullptr) {
            ::close(fd);
            continue;
        }
        while (const dirent* entry = ::readdir(dir)) {
            const std::string name = entry->d_name;
            if (name.size() < 5 || !name.ends_with(".pub")) {
                continue;
            }
            struct stat fileStat {};
            if (::fstatat(fd, name.c_str(), &fileStat, AT_SYMLINK_NOFOLLOW) != 0 ||
                !S_ISREG(fileStat.st_mode) || !safeOwner(fileStat)) {
                log::core()->warn("trusted key {}/{} ignored: not a file of root's or the user's "
                                  "that only its owner may change",
                                  folder, name);
                continue;
            }
            const auto text = readSmallFile(fd, name, 4096);
            if (!text) {
                continue;
            }
            if (auto key = minisign::parsePublicKey(*text)) {
                log::core()->info("trusted key {} from {}/{}", key->id(), folder, name);
                keys.push_back(*key);
            } else {
                log::core()->warn("{}/{} is not a minisign public key", folder, name);
            }
        }
        ::closedir(dir);
    }
    return keys;
}

Status checkRuntime(const SetupFile& file, int folder, const std::vector<std::string>& names) {
    for (const auto& name : names) {
        bool listed = false;
        for (const auto& entry : file.index.runtime) {
            listed = listed || entry.path == name;
        }
        if (!listed) {
            return invalid("the index lists no runtime file " + name);
        }
    }
    for (const auto& entry : file.index.runtime) {
        if (!names.empty() && std::find(names.begin(), names.end(), entry.path) == names.end()) {
            continue;
        }
        const int fd = ::openat(folder, entry.path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            return invalid("the runtime file " + entry.path + " is missing");
        }
        struct stat st {};
        Digest digest{};
        const bool read = ::fstat(fd, &st) == 0 &&
                          static_cast<std::uint64_t>(st.st_size) == entry.size &&
                          hashRange(fd, 0, entry.size, digest);
        ::close(fd);
        if (!read || digest != entry.sha256) {
            return invalid("the runtime file " + entry.path + " is damaged");
        }
    }
    return {};
}

Status placeRuntime(const SetupFile& file, int folder, const std::vector<std::string>& names) {
    std::vector<char> buffer(kChunk);
    for (const auto& name : names) {
        std::uint64_t offset = file.trailer.runtimeOffset;
        const Entry* found = nullptr;
        for (const auto& entry : file.index.runtime) {
            if (entry.path == name) {
                found = &entry;
                break;
            }
            offset += entry.size;
        }
        if (found == nullptr) {
            return invalid("the index lists no runtime file " + name);
        }
        const int out = ::openat(folder, name.c_str(),
                                 O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0700);
        if (out < 0 && errno == EEXIST) {
            if (auto checked = checkRuntime(file, folder, {name}); !checked) {
                return checked;
            }
            continue;
        }
        if (out < 0) {
            return makeError(ERROR_WRITE_FAULT,
                             "cannot write the runtime file " + name + ": " + errnoText(errno));
        }
        Sha256 hash;
        std::uint64_t left = found->size;
        bool ok = true;
        while (left > 0 && ok) {
            const auto part = static_cast<std::size_t>(std::min<std::uint64_t>(left, kChunk));
            ok = readAllAt(file.fd, buffer.data(), part, offset) &&
                 writeAll(out, buffer.data(), part);
            hash.update(buffer.data(), part);
            offset += part;
            left -= part;
        }
        ::close(out);
        if (!ok || hash.final() != found->sha256) {
            ::unlinkat(folder, name.c_str(), 0);
            return ok ? invalid("the runtime file " + name + " is damaged")
                      : makeError(ERROR_WRITE_FAULT, "cannot write the runtime file " + name);
        }
    }
    return {};
}

Status checkIntegrity(const SetupFile& file, bool payload,
                      const std::vector<std::string>& skipRuntime, bool package) {
    std::uint64_t offset = file.trailer.runtimeOffset;
    for (const auto& entry : file.index.runtime) {
        if (std::find(skipRuntime.begin(), skipRuntime.end(), entry.path) != skipRuntime.end()) {
            offset += entry.size;
            continue;
        }
        Digest digest{};
        if (!hashRange(file.fd, offset, entry.size, digest) || digest != entry.sha256) {
            return invalid("the runtime file " + entry.path + " is damaged");
        }
        offset += entry.size;
    }
    if (package) {
        auto bytes = packageBytes(file);
        if (!bytes) {
            return bytes.error();
        }
        std::size_t at = 0;
        for (const auto& entry : file.index.package) {
            Sha256 hash;
            hash.update(bytes->data() + at, static_cast<std::size_t>(entry.size));
            at += static_cast<std::size_t>(entry.size);
            if (hash.final() != entry.sha256) {
                return invalid("the package file " + entry.path + " is damaged");
            }
        }
    }
    if (!payload) {
        return {};
    }
    Digest digest{};
    if (!hashRange(file.fd, file.trailer.payloadOffset, file.index.payloadStreamSize, digest) ||
        digest != file.index.payloadStreamSha256) {
        return invalid("the payload is damaged");
    }
    return {};
}

Status extract(const SetupFile& file, const ExtractSink& sink) {
    const std::uint64_t total = file.index.payloadSize();
    std::uint64_t done = 0;
    // The package files, one zstd frame.
    auto bytes = packageBytes(file);
    if (!bytes) {
        return bytes.error();
    }
    std::size_t at = 0;
    for (const auto& entry : file.index.package) {
        auto fd = sink.begin(entry);
        if (!fd) {
            return fd.error();
        }
        Sha256 hash;
        const auto size = static_cast<std::size_t>(entry.size);
        const bool ok = writeAll(*fd, bytes->data() + at, size);
        hash.update(bytes->data() + at, size);
        at += size;
        const bool good = ok && hash.final() == entry.sha256;
        if (auto ended = sink.end(entry, *fd, good); !ended) {
            return ended;
        }
        if (!good) {
            return invalid(ok ? "the package file " + entry.path + " is damaged"
                              : "cannot copy the package file " + entry.path);
        }
    }
    // The payload, one zstd stream.
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context{ZSTD_createDCtx(), &ZSTD_freeDCtx};
    if (!context) {
        return makeError(ERROR_OUTOFMEMORY, "no zstd decompression context");
    }
    std::vector<char> input(ZSTD_DStreamInSize());
    std::vector<char> output(std::max<std::size_t>(ZSTD_DStreamOutSize(), kChunk));
    ZSTD_inBuffer in{input.data(), 0, 0};
    std::uint64_t streamLeft = file.index.payloadStreamSize;
    std::uint64_t offset = file.trailer.payloadOffset;
    Sha256 streamHash;
    // Decompressed bytes not yet handed to a file.
    std::size_t pendingStart = 0;
    std::size_t pendingEnd = 0;
    bool streamEnded = false;
    const auto more = [&]() -> Status {
        // Refills `output` with decompressed bytes.
        pendingStart = 0;
        pendingEnd = 0;
        while (pendingEnd == 0) {
            if (in.pos == in.size) {
                if (streamLeft == 0) {
                    return invalid("the payload ends early");
                }
                const auto part =
                    static_cast<std::size_t>(std::min<std::uint64_t>(streamLeft, input.size()));
                if (!readAllAt(file.fd, input.data(), part, offset)) {
                    return invalid("cannot read the payload");
                }
                streamHash.update(input.data(), part);
                offset += part;
                streamLeft -= part;
                in = ZSTD_inBuffer{input.data(), part, 0};
            }
            ZSTD_outBuffer out{output.data(), output.size(), 0};
            const std::size_t result = ZSTD_decompressStream(context.get(), &out, &in);
            if (ZSTD_isError(result) != 0U) {
                return invalid(std::string{"the payload is damaged: "} + ZSTD_getErrorName(result));
            }
            streamEnded = result == 0;
            pendingEnd = out.pos;
            if (pendingEnd == 0 && streamEnded && in.pos == in.size && streamLeft == 0) {
                return invalid("the payload ends early");
            }
        }
        return {};
    };
    for (const auto& entry : file.index.payload) {
        auto fd = sink.begin(entry);
        if (!fd) {
            return fd.error();
        }
        Sha256 hash;
        std::uint64_t left = entry.size;
        Status status;
        while (left > 0) {
            if (pendingStart == pendingEnd) {
                if (status = more(); !status) {
                    break;
                }
            }
            const auto part =
                static_cast<std::size_t>(std::min<std::uint64_t>(left, pendingEnd - pendingStart));
            if (!writeAll(*fd, output.data() + pendingStart, part)) {
                status = makeError(ERROR_WRITE_FAULT,
                                   "cannot write " + entry.path + ": " + errnoText(errno));
                break;
            }
            hash.update(output.data() + pendingStart, part);
            pendingStart += part;
            left -= part;
        }
        const bool good = status.ok() && hash.final() == entry.sha256;
        if (auto ended = sink.end(entry, *fd, good); !ended) {
            return ended;
        }
        if (!status) {
            return status;
        }
        if (!good) {
            return invalid("the payload file " + entry.path + " is damaged");
        }
        done += entry.size;
        if (sink.progress) {
            sink.progress(done, total);
        }
    }
    // Nothing may follow the last file, and the stream must be the one the index names.
    if (pendingStart != pendingEnd) {
        return invalid("the payload holds more than its index lists");
    }
    while (streamLeft > 0 || in.pos < in.size) {
        if (auto status = more(); !status) {
            // The stream ended exactly: only trailing bytes are read and hashed.
            break;
        }
        if (pendingEnd > 0) {
            return invalid("the payload holds more than its index lists");
        }
    }
    if (streamHash.final() != file.index.payloadStreamSha256) {
        return invalid("the payload is damaged");
    }
    return {};
}

namespace {

// Opens (creating 0755 when missing) each folder of `relative` beneath `root`, never following a
// symbolic link. Returns the descriptor of the last folder.
Expected<int> openFolderBeneath(int root, std::string_view relative) {
    int current = ::dup(root);
    if (current < 0) {
        return makeError(ERROR_WRITE_FAULT, errnoText(errno));
    }
    for (const auto component : split(relative, '/')) {
        const std::string name{component};
        if (::mkdirat(current, name.c_str(), 0755) != 0 && errno != EEXIST) {
            const int error = errno;
            ::close(current);
            return makeError(ERROR_WRITE_FAULT, "cannot create " + name + ": " + errnoText(error));
        }
        const int next =
            ::openat(current, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        const int error = errno;
        ::close(current);
        if (next < 0) {
            return makeError(ERROR_WRITE_FAULT, "cannot open " + name + ": " + errnoText(error));
        }
        current = next;
    }
    return current;
}

} // namespace

Status extractToFolder(const SetupFile& file, const std::string& target) {
    if (target.empty()) {
        return makeError(ERROR_BAD_ARGUMENTS, "no folder given");
    }
    if (::mkdir(target.c_str(), 0700) != 0) {
        return makeError(ERROR_WRITE_FAULT,
                         "cannot create the folder " + target + ": " + errnoText(errno));
    }
    const int root = ::open(target.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (root < 0) {
        return makeError(ERROR_WRITE_FAULT, "cannot open " + target + ": " + errnoText(errno));
    }
    ExtractSink sink;
    sink.begin = [root](const Entry& entry) -> Expected<int> {
        const auto slash = entry.path.rfind('/');
        int folder = -1;
        if (slash == std::string::npos) {
            folder = ::dup(root);
        } else {
            auto opened = openFolderBeneath(root, std::string_view{entry.path}.substr(0, slash));
            if (!opened) {
                return opened.error();
            }
            folder = *opened;
        }
        const std::string name =
            slash == std::string::npos ? entry.path : entry.path.substr(slash + 1);
        const int fd = ::openat(folder, name.c_str(),
                                O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, entry.mode);
        const int error = errno;
        ::close(folder);
        if (fd < 0) {
            return makeError(ERROR_WRITE_FAULT,
                             "cannot create " + entry.path + ": " + errnoText(error));
        }
        ::fchmod(fd, entry.mode);
        return fd;
    };
    sink.end = [root](const Entry& entry, int fd, bool good) -> Status {
        ::close(fd);
        if (!good) {
            // What was written of a damaged file goes.
            ::unlinkat(root, entry.path.c_str(), 0);
        }
        return {};
    };
    Status status = extract(file, sink);
    ::fchmod(root, 0755);
    ::close(root);
    return status;
}

std::string indexDigest(const SetupFile& file) {
    Sha256 hash;
    hash.update(file.indexText.data(), file.indexText.size());
    return toHex(hash.final());
}

std::optional<Expected<Inherited>> inherited() {
    const char* fdText = std::getenv(kEnvFd);
    const char* digest = std::getenv(kEnvIndex);
    const char* packageDir = std::getenv(kEnvPackage);
    if (fdText == nullptr || digest == nullptr || packageDir == nullptr) {
        return std::nullopt;
    }
    const auto fd = number(fdText);
    if (!fd || *fd > 1U << 20U) {
        return Expected<Inherited>{invalid(std::string{kEnvFd} + " is not a descriptor")};
    }
    auto file = openDescriptor(static_cast<int>(*fd), "the setup file");
    if (!file) {
        return Expected<Inherited>{file.error()};
    }
    if (indexDigest(*file) != digest) {
        return Expected<Inherited>{invalid("the setup file changed while setup ran")};
    }
    return Expected<Inherited>{Inherited{std::move(*file), packageDir}};
}

PayloadStream::PayloadStream(const SetupFile& file)
    : m_file{file}, m_input(ZSTD_DStreamInSize()),
      m_output(std::max<std::size_t>(ZSTD_DStreamOutSize(), kChunk)) {}

PayloadStream::~PayloadStream() {
    ZSTD_freeDCtx(static_cast<ZSTD_DCtx*>(m_context));
}

Status PayloadStream::restart() {
    if (m_context == nullptr) {
        m_context = ZSTD_createDCtx();
        if (m_context == nullptr) {
            return makeError(ERROR_OUTOFMEMORY, "no zstd decompression context");
        }
    } else {
        ZSTD_DCtx_reset(static_cast<ZSTD_DCtx*>(m_context), ZSTD_reset_session_only);
    }
    m_inPos = m_inSize = m_pendingStart = m_pendingEnd = 0;
    m_offset = m_file.trailer.payloadOffset;
    m_streamLeft = m_file.index.payloadStreamSize;
    m_next = 0;
    return {};
}

Status PayloadStream::refill() {
    m_pendingStart = 0;
    m_pendingEnd = 0;
    while (m_pendingEnd == 0) {
        if (m_inPos == m_inSize) {
            if (m_streamLeft == 0) {
                return invalid("the payload ends early");
            }
            const auto part =
                static_cast<std::size_t>(std::min<std::uint64_t>(m_streamLeft, m_input.size()));
            if (!readAllAt(m_file.fd, m_input.data(), part, m_offset)) {
                return invalid("cannot read the payload");
            }
            m_offset += part;
            m_streamLeft -= part;
            m_inPos = 0;
            m_inSize = part;
        }
        ZSTD_inBuffer in{m_input.data(), m_inSize, m_inPos};
        ZSTD_outBuffer out{m_output.data(), m_output.size(), 0};
        const std::size_t result =
            ZSTD_decompressStream(static_cast<ZSTD_DCtx*>(m_context), &out, &in);
        m_inPos = in.pos;
        if (ZSTD_isError(result) != 0U) {
            return invalid(std::string{"the payload is damaged: "} + ZSTD_getErrorName(result));
        }
        m_pendingEnd = out.pos;
        if (m_pendingEnd == 0 && result == 0 && m_inPos == m_inSize && m_streamLeft == 0) {
            return invalid("the payload ends early");
        }
    }
    return {};
}

Status PayloadStream::pass(std::size_t position, int fd) {
    const Entry& entry = m_file.index.payload[position];
    Sha256 hash;
    std::uint64_t left = entry.size;
    while (left > 0) {
        if (m_pendingStart == m_pendingEnd) {
            if (auto status = refill(); !status) {
                return status;
            }
        }
        const auto part =
            static_cast<std::size_t>(std::min<std::uint64_t>(left, m_pendingEnd - m_pendingStart));
        if (fd >= 0) {
            if (!writeAll(fd, m_output.data() + m_pendingStart, part)) {
                return makeError(ERROR_WRITE_FAULT,
                                 "cannot write " + entry.path + ": " + errnoText(errno));
            }
            hash.update(m_output.data() + m_pendingStart, part);
        }
        m_pendingStart += part;
        left -= part;
    }
    m_next = position + 1;
    if (fd >= 0 && hash.final() != entry.sha256) {
        return invalid("the payload file " + entry.path + " is damaged");
    }
    return {};
}

Status PayloadStream::copyTo(std::size_t position, int fd) {
    if (position >= m_file.index.payload.size()) {
        return makeError(ERROR_BAD_ARGUMENTS, "no such payload file");
    }
    if (m_context == nullptr || position < m_next) {
        if (auto status = restart(); !status) {
            return status;
        }
    }
    while (m_next < position) {
        if (auto status = pass(m_next, -1); !status) {
            return status;
        }
    }
    return pass(position, fd);
}

Status writePackageFolder(const SetupFile& file, const std::string& target) {
    // extractToFolder() on a copy of the file without payload.
    SetupFile packageOnly;
    packageOnly.fd = ::fcntl(file.fd, F_DUPFD_CLOEXEC, 3);
    packageOnly.size = file.size;
    packageOnly.trailer = file.trailer;
    packageOnly.index.package = file.index.package;
    packageOnly.index.payloadStreamSha256 = Sha256{}.final(); // no payload stream
    return extractToFolder(packageOnly, target);
}

Status writePayloadFiles(const SetupFile& file, const std::string& packageDir,
                         const std::vector<std::string>& paths) {
    std::vector<std::size_t> positions;
    for (std::size_t i = 0; i < file.index.payload.size(); ++i) {
        if (std::find(paths.begin(), paths.end(), file.index.payload[i].path) != paths.end()) {
            positions.push_back(i);
        }
    }
    const int root = ::open(packageDir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (root < 0) {
        return makeError(ERROR_WRITE_FAULT, "cannot open " + packageDir + ": " + errnoText(errno));
    }
    PayloadStream stream{file};
    Status status;
    for (const std::size_t position : positions) {
        const Entry& entry = file.index.payload[position];
        const auto slash = entry.path.rfind('/');
        auto folder = openFolderBeneath(root, std::string_view{entry.path}.substr(0, slash));
        if (!folder) {
            status = folder.error();
            break;
        }
        const int fd = ::openat(*folder, entry.path.substr(slash + 1).c_str(),
                                O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, entry.mode);
        const int error = errno;
        ::close(*folder);
        if (fd < 0) {
            status = makeError(ERROR_WRITE_FAULT,
                               "cannot write " + entry.path + ": " + errnoText(error));
            break;
        }
        status = stream.copyTo(position, fd);
        ::fchmod(fd, entry.mode);
        ::close(fd);
        if (!status) {
            ::unlinkat(root, entry.path.c_str(), 0);
            break;
        }
    }
    ::close(root);
    return status;
}

// --- Building ---------------------------------------------------------------------------------

Status build(BuildInput input, int fd) {
    Index index;
    index.product = input.product;
    index.version = input.version;
    index.publisher = input.publisher;
    for (const auto& [name, path] : input.runtime) {
        Entry entry;
        entry.path = name;
        entry.mode = 0755;
        index.runtime.push_back(std::move(entry));
    }
    for (const auto& text : {index.product, index.version, index.publisher}) {
        if (!isText(text)) {
            return makeError(ERROR_BAD_ARGUMENTS, "control characters in the product's texts");
        }
    }
    // The stub's size does not depend on the numbers in it.
    const std::string stubShape = input.stub(index, Trailer{});
    Trailer trailer;
    trailer.runtimeOffset = stubShape.size();
    if (::ftruncate(fd, 0) != 0 ||
        ::lseek(fd, static_cast<off_t>(stubShape.size()), SEEK_SET) < 0) {
        return makeError(ERROR_WRITE_FAULT, "cannot write the setup file: " + errnoText(errno));
    }
    std::vector<char> buffer(kChunk);
    // Copies a file to the output, filling in its size and SHA-256.
    const auto copyRaw = [&buffer, fd](const std::string& path, Entry& entry) -> Status {
        const int in = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (in < 0) {
            return makeError(ERROR_WRITE_FAULT, "cannot read " + path + ": " + errnoText(errno));
        }
        Sha256 hash;
        std::uint64_t size = 0;
        while (true) {
            const ssize_t n = ::read(in, buffer.data(), buffer.size());
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0) {
                const int error = errno;
                ::close(in);
                return makeError(ERROR_WRITE_FAULT,
                                 "cannot read " + path + ": " + errnoText(error));
            }
            if (n == 0) {
                break;
            }
            hash.update(buffer.data(), static_cast<std::size_t>(n));
            if (!writeAll(fd, buffer.data(), static_cast<std::size_t>(n))) {
                const int error = errno;
                ::close(in);
                return makeError(ERROR_WRITE_FAULT,
                                 "cannot write the setup file: " + errnoText(error));
            }
            size += static_cast<std::uint64_t>(n);
        }
        ::close(in);
        entry.size = size;
        entry.sha256 = hash.final();
        return {};
    };
    for (std::size_t i = 0; i < input.runtime.size(); ++i) {
        if (auto copied = copyRaw(input.runtime[i].second, index.runtime[i]); !copied) {
            return copied;
        }
    }
    trailer.packageOffset = trailer.runtimeOffset;
    for (const auto& entry : index.runtime) {
        trailer.packageOffset += entry.size;
    }
    std::string packageFiles;
    for (auto& entry : input.package) {
        if (!isSafeRelativePath(entry.path) || entry.path.starts_with("payload/")) {
            return makeError(ERROR_BAD_ARGUMENTS, "a package file cannot be named " + entry.path);
        }
        const std::string path = input.packageFolder + "/" + entry.path;
        const int in = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (in < 0) {
            return makeError(ERROR_WRITE_FAULT, "cannot read " + path + ": " + errnoText(errno));
        }
        const std::size_t start = packageFiles.size();
        ssize_t n = 0;
        while ((n = ::read(in, buffer.data(), buffer.size())) > 0 || (n < 0 && errno == EINTR)) {
            if (n > 0) {
                packageFiles.append(buffer.data(), static_cast<std::size_t>(n));
            }
        }
        const int error = errno;
        ::close(in);
        if (n < 0) {
            return makeError(ERROR_WRITE_FAULT, "cannot read " + path + ": " + errnoText(error));
        }
        Sha256 hash;
        hash.update(packageFiles.data() + start, packageFiles.size() - start);
        entry.size = packageFiles.size() - start;
        entry.sha256 = hash.final();
        index.package.push_back(entry);
    }
    trailer.payloadOffset = trailer.packageOffset;
    if (!packageFiles.empty()) {
        std::string compressed(ZSTD_compressBound(packageFiles.size()), '\0');
        const std::size_t size =
            ZSTD_compress(compressed.data(), compressed.size(), packageFiles.data(),
                          packageFiles.size(), std::max(input.compressionLevel, 19));
        if (ZSTD_isError(size) != 0U || !writeAll(fd, compressed.data(), size)) {
            return makeError(ERROR_WRITE_FAULT, "cannot write the package files");
        }
        trailer.payloadOffset += size;
    }
    // The payload: one zstd stream, compressed with one worker per processor.
    std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context{ZSTD_createCCtx(), &ZSTD_freeCCtx};
    if (!context) {
        return makeError(ERROR_OUTOFMEMORY, "no zstd compression context");
    }
    ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, input.compressionLevel);
    const int threads = input.threads > 0
                            ? input.threads
                            : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    ZSTD_CCtx_setParameter(context.get(), ZSTD_c_nbWorkers, threads);
    std::vector<char> output(ZSTD_CStreamOutSize());
    Sha256 streamHash;
    std::uint64_t streamSize = 0;
    const auto pump = [&](ZSTD_inBuffer& in, ZSTD_EndDirective directive) -> Status {
        bool finished = false;
        while (!finished) {
            ZSTD_outBuffer out{output.data(), output.size(), 0};
            const std::size_t left = ZSTD_compressStream2(context.get(), &out, &in, directive);
            if (ZSTD_isError(left) != 0U) {
                return makeError(ERROR_WRITE_FAULT,
                                 std::string{"zstd: "} + ZSTD_getErrorName(left));
            }
            if (!writeAll(fd, output.data(), out.pos)) {
                return makeError(ERROR_WRITE_FAULT,
                                 "cannot write the setup file: " + errnoText(errno));
            }
            streamHash.update(output.data(), out.pos);
            streamSize += out.pos;
            finished = directive == ZSTD_e_end ? left == 0 : in.pos == in.size;
        }
        return {};
    };
    for (auto& entry : input.payload) {
        if (!isSafeRelativePath(entry.path) || !entry.path.starts_with("payload/")) {
            return makeError(ERROR_BAD_ARGUMENTS, "a payload file cannot be named " + entry.path);
        }
        const std::string path = input.packageFolder + "/" + entry.path;
        const int in = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (in < 0) {
            return makeError(ERROR_WRITE_FAULT, "cannot read " + path + ": " + errnoText(errno));
        }
        Sha256 hash;
        std::uint64_t size = 0;
        Status status;
        while (true) {
            const ssize_t n = ::read(in, buffer.data(), buffer.size());
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0) {
                status =
                    makeError(ERROR_WRITE_FAULT, "cannot read " + path + ": " + errnoText(errno));
                break;
            }
            if (n == 0) {
                break;
            }
            hash.update(buffer.data(), static_cast<std::size_t>(n));
            size += static_cast<std::uint64_t>(n);
            ZSTD_inBuffer chunk{buffer.data(), static_cast<std::size_t>(n), 0};
            if (status = pump(chunk, ZSTD_e_continue); !status) {
                break;
            }
        }
        ::close(in);
        if (!status) {
            return status;
        }
        entry.size = size;
        entry.sha256 = hash.final();
        index.payload.push_back(entry);
    }
    ZSTD_inBuffer none{nullptr, 0, 0};
    if (auto ended = pump(none, ZSTD_e_end); !ended) {
        return ended;
    }
    index.payloadStreamSize = streamSize;
    index.payloadStreamSha256 = streamHash.final();
    trailer.indexOffset = trailer.payloadOffset + streamSize;
    const std::string indexText = compressIndex(index.serialize());
    std::string signatureText;
    if (input.key) {
        const auto signature = minisign::sign(
            *input.key, indexText, "rm-setup-index of " + index.product + " " + index.version);
        signatureText = input.key->publicKey().toFileText() + std::string{kSignatureSeparator} +
                        signature.toFileText();
    }
    trailer.indexSize = indexText.size();
    trailer.signatureOffset = trailer.indexOffset + indexText.size();
    trailer.signatureSize = signatureText.size();
    const std::string trailerText = trailer.serialize();
    if (!writeAll(fd, indexText.data(), indexText.size()) ||
        !writeAll(fd, signatureText.data(), signatureText.size()) ||
        !writeAll(fd, trailerText.data(), trailerText.size())) {
        return makeError(ERROR_WRITE_FAULT, "cannot write the setup file: " + errnoText(errno));
    }
    const std::string stub = input.stub(index, trailer);
    if (stub.size() != stubShape.size()) {
        return makeError(ERROR_BAD_ARGUMENTS, "the stub's size depends on its numbers");
    }
    if (::pwrite(fd, stub.data(), stub.size(), 0) != static_cast<ssize_t>(stub.size())) {
        return makeError(ERROR_WRITE_FAULT, "cannot write the setup file: " + errnoText(errno));
    }
    return {};
}

} // namespace rm::setupfile
