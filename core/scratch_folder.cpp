#include "core/scratch_folder.h"

#include "core/log.h"
#include "core/private/process_identity.h"
#include "core/private/store_location.h"

#include <array>
#include <cerrno>
#include <charconv>
#include <dirent.h>
#include <fcntl.h>
#include <optional>
#include <sys/random.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <utility>
#include <vector>

namespace rm {

namespace {

constexpr std::string_view kPrefix = "scratch-";
// Deeper than any package; a deeper tree is left for a look by hand rather than followed.
constexpr int kMaxDepth = 128;

std::string errorText(int error) {
    return std::generic_category().message(error);
}

bool isKind(std::string_view kind) {
    if (kind.empty() || kind.size() > 32) {
        return false;
    }
    for (const char c : kind) {
        if (c < 'a' || c > 'z') {
            return false;
        }
    }
    return true;
}

std::optional<std::string> randomSuffix() {
    std::array<unsigned char, 6> bytes{};
    std::size_t filled = 0;
    while (filled < bytes.size()) {
        const ssize_t n = ::getrandom(bytes.data() + filled, bytes.size() - filled, 0);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return std::nullopt;
        }
        filled += static_cast<std::size_t>(n);
    }
    constexpr std::string_view hex = "0123456789abcdef";
    std::string text;
    for (const unsigned char byte : bytes) {
        text += hex[byte >> 4U];
        text += hex[byte & 0xFU];
    }
    return text;
}

// The owner that a scratch folder's name gives: "scratch-<kind>-<pid>-<ticks>-<random>".
std::optional<ProcessIdentity> ownerOf(std::string_view name) {
    if (!name.starts_with(kPrefix)) {
        return std::nullopt;
    }
    name.remove_prefix(kPrefix.size());
    const auto kindEnd = name.find('-');
    if (kindEnd == std::string_view::npos || !isKind(name.substr(0, kindEnd))) {
        return std::nullopt;
    }
    name.remove_prefix(kindEnd + 1);
    const auto number = [&name](auto& value) {
        const auto end = name.find('-');
        if (end == std::string_view::npos || end == 0) {
            return false;
        }
        const auto [at, error] = std::from_chars(name.data(), name.data() + end, value);
        if (error != std::errc{} || at != name.data() + end) {
            return false;
        }
        name.remove_prefix(end + 1);
        return true;
    };
    ProcessIdentity owner;
    if (!number(owner.pid) || owner.pid <= 0 || !number(owner.startTicks) || name.empty()) {
        return std::nullopt;
    }
    return owner;
}

// Removes `name` in `parent` with everything in it, never following a symbolic link: entries
// are opened beneath their folder's descriptor with O_NOFOLLOW.
bool removeTree(int parent, const std::string& name, const std::string& path, int depth) {
    const int fd = ::openat(parent, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) {
            return true;
        }
        if (errno == ENOTDIR || errno == ELOOP) {
            if (::unlinkat(parent, name.c_str(), 0) == 0 || errno == ENOENT) {
                return true;
            }
        }
        log::core()->warn("cannot remove {}: {}", path, errorText(errno));
        return false;
    }
    DIR* dir = ::fdopendir(fd);
    if (dir == nullptr) {
        ::close(fd);
        return false;
    }
    // Listed first, removed after: removing entries while reading the folder may skip some.
    std::vector<std::pair<std::string, bool>> entries;
    while (const dirent* entry = ::readdir(dir)) {
        const std::string_view entryName{entry->d_name};
        if (entryName == "." || entryName == "..") {
            continue;
        }
        bool isDirectory = entry->d_type == DT_DIR;
        if (entry->d_type == DT_UNKNOWN) {
            struct stat st {};
            isDirectory =
                ::fstatat(fd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
        }
        entries.emplace_back(entry->d_name, isDirectory);
    }
    bool removed = true;
    for (const auto& [entryName, isDirectory] : entries) {
        const std::string entryPath = path + "/" + entryName;
        if (isDirectory) {
            removed =
                depth < kMaxDepth && removeTree(fd, entryName, entryPath, depth + 1) && removed;
        } else if (::unlinkat(fd, entryName.c_str(), 0) != 0 && errno != ENOENT) {
            log::core()->warn("cannot remove {}: {}", entryPath, errorText(errno));
            removed = false;
        }
    }
    ::closedir(dir);
    if (::unlinkat(parent, name.c_str(), AT_REMOVEDIR) != 0 && errno != ENOENT) {
        log::core()->warn("cannot remove {}: {}", path, errorText(errno));
        return false;
    }
    return removed;
}

} // namespace

Expected<ScratchFolder> ScratchFolder::create(std::string_view kind) {
    if (!isKind(kind)) {
        return makeError(ERROR_BAD_ARGUMENTS, "a scratch folder's kind is a few lowercase letters");
    }
    auto store = openStoreDirectory();
    if (!store) {
        return store.error();
    }
    const ProcessIdentity self = currentProcessIdentity();
    for (int attempt = 0; attempt < 16; ++attempt) {
        const auto suffix = randomSuffix();
        if (!suffix) {
            return makeError(ERROR_WRITE_FAULT,
                             "no random name for a scratch folder: " + errorText(errno));
        }
        std::string name = std::string{kPrefix} + std::string{kind} + "-" +
                           std::to_string(self.pid) + "-" + std::to_string(self.startTicks) + "-" +
                           *suffix;
        if (::mkdirat(store->fd(), name.c_str(), 0700) != 0) {
            if (errno == EEXIST) {
                continue;
            }
            return makeError(ERROR_WRITE_FAULT, "cannot create a scratch folder in " +
                                                    store->path() + ": " + errorText(errno));
        }
        std::string path = store->path() + "/" + name;
        log::core()->info("scratch folder {}", path);
        return ScratchFolder{store->release(), std::move(name), std::move(path)};
    }
    return makeError(ERROR_WRITE_FAULT, "no free name for a scratch folder in " + store->path());
}

ScratchFolder::ScratchFolder(ScratchFolder&& other) noexcept
    : m_parent{std::exchange(other.m_parent, -1)}, m_name{std::move(other.m_name)},
      m_path{std::move(other.m_path)} {}

ScratchFolder& ScratchFolder::operator=(ScratchFolder&& other) noexcept {
    if (this != &other) {
        remove();
        m_parent = std::exchange(other.m_parent, -1);
        m_name = std::move(other.m_name);
        m_path = std::move(other.m_path);
    }
    return *this;
}

ScratchFolder::~ScratchFolder() {
    remove();
}

Status ScratchFolder::remove() {
    if (m_parent < 0) {
        return {};
    }
    const bool removed = removeTree(m_parent, m_name, m_path, 0);
    ::close(m_parent);
    m_parent = -1;
    if (!removed) {
        return makeError(ERROR_WRITE_FAULT, "cannot remove the scratch folder " + m_path);
    }
    return {};
}

std::size_t removeStaleScratchFolders() {
    auto store = openStoreDirectory();
    if (!store) {
        log::core()->warn("no store folder to look for stale scratch folders in: {}",
                          store.error().message);
        return 0;
    }
    const int listing = ::openat(store->fd(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (listing < 0) {
        return 0;
    }
    DIR* dir = ::fdopendir(listing);
    if (dir == nullptr) {
        ::close(listing);
        return 0;
    }
    std::vector<std::string> stale;
    while (const dirent* entry = ::readdir(dir)) {
        const auto owner = ownerOf(entry->d_name);
        if (owner && !isRunning(*owner)) {
            stale.emplace_back(entry->d_name);
        }
    }
    ::closedir(dir);
    std::size_t removed = 0;
    for (const auto& name : stale) {
        const std::string path = store->path() + "/" + name;
        if (removeTree(store->fd(), name, path, 0)) {
            log::core()->info("removed {}: the setup that made it is gone", path);
            ++removed;
        }
    }
    return removed;
}

} // namespace rm
