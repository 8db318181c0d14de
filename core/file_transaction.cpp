#include "core/file_transaction.h"

#include "core/log.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <deque>
#include <fcntl.h>
#include <linux/openat2.h>
#include <set>
#include <string_view>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace rm {

namespace {

constexpr std::string_view kNewSuffix = kReservedSuffixes[0];
constexpr std::string_view kOldSuffix = kReservedSuffixes[1];

// A symbolic link chain longer than this in the root's path is refused, as the kernel does.
constexpr int kMaxSymlinks = 40;

std::string errorText(int error) {
    // std::generic_category().message() instead of strerror(): the core may run on several
    // threads and strerror's buffer is shared.
    return std::generic_category().message(error);
}

Error writeFault(std::string_view what, const std::string& path, int error) {
    return makeError(ERROR_WRITE_FAULT, std::string{what} + " " + path + ": " + errorText(error));
}

Error badArgument(std::string message) {
    return makeError(ERROR_BAD_ARGUMENTS, std::move(message));
}

Error accessDenied(std::string message) {
    return makeError(ERROR_ACCESS_DENIED, std::move(message));
}

// The text with control characters (and, with `escapeHigh`, every byte above 0x7F) shown as
// \xHH, so that a message never carries them.
std::string printable(std::string_view text, bool escapeHigh = false) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F || (escapeHigh && byte >= 0x80)) {
            constexpr std::string_view hex = "0123456789ABCDEF";
            out += "\\x";
            out += hex[byte >> 4U];
            out += hex[byte & 0xFU];
        } else {
            out += c;
        }
    }
    return out;
}

bool isValidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        char32_t code = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0U) == 0xC0U) {
            length = 2;
            code = lead & 0x1FU;
            minimum = 0x80;
        } else if ((lead & 0xF0U) == 0xE0U) {
            length = 3;
            code = lead & 0x0FU;
            minimum = 0x800;
        } else if ((lead & 0xF8U) == 0xF0U) {
            length = 4;
            code = lead & 0x07U;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (i + length > text.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0U) != 0x80U) {
                return false;
            }
            code = (code << 6U) | (next & 0x3FU);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return false;
        }
        i += length;
    }
    return true;
}

std::vector<std::string> splitPath(std::string_view path) {
    std::vector<std::string> parts;
    while (!path.empty()) {
        const auto slash = path.find('/');
        const auto part = path.substr(0, slash);
        if (!part.empty()) {
            parts.emplace_back(part);
        }
        if (slash == std::string_view::npos) {
            break;
        }
        path.remove_prefix(slash + 1);
    }
    return parts;
}

// "a/b/c" -> {"a/b", "c"}; "c" -> {"", "c"}.
std::pair<std::string, std::string> splitParent(const std::string& relative) {
    const auto slash = relative.rfind('/');
    if (slash == std::string::npos) {
        return {std::string{}, relative};
    }
    return {relative.substr(0, slash), relative.substr(slash + 1)};
}

// StrictModes: may a folder with this status be trusted not to be changed under us?
Status checkTrusted(const struct stat& st, const std::string& path) {
    const uid_t self = ::geteuid();
    if (st.st_uid != 0 && st.st_uid != self) {
        return accessDenied("refusing to install through " + path + ": it belongs to user " +
                            std::to_string(st.st_uid) +
                            ", who could redirect the files; choose a folder that only you and "
                            "root can change");
    }
    const bool othersMayWrite = (st.st_mode & (S_IWGRP | S_IWOTH)) != 0;
    const bool rootsSticky = st.st_uid == 0 && (st.st_mode & S_ISVTX) != 0;
    if (othersMayWrite && !rootsSticky) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        return accessDenied("refusing to install through " + path +
                            ": its group or other users may change it (mode " + mode +
                            ") and could redirect the files; choose a folder that only you and "
                            "root can change");
    }
    return {};
}

std::atomic<bool> g_noOpenat2{false};

// Opens the folder `name` (one component) beneath `parent`, never through a symbolic link.
int openBeneath(int parent, const std::string& name) {
    if (!g_noOpenat2.load(std::memory_order_relaxed)) {
        open_how how{};
        how.flags = O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
        how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
        const long fd = ::syscall(SYS_openat2, parent, name.c_str(), &how, sizeof how);
        if (fd >= 0) {
            return static_cast<int>(fd);
        }
        if (errno != ENOSYS && errno != EPERM && errno != E2BIG) {
            return -1;
        }
        // No openat2 here (or a filter forbids it): a single validated name opened with
        // O_NOFOLLOW|O_DIRECTORY resolves exactly the same way.
        g_noOpenat2.store(true, std::memory_order_relaxed);
    }
    return ::openat(parent, name.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

enum class Presence { Ours, Gone, Other, Unknown };

// Is `name` in `dir` still the file system object this transaction recorded?
Presence presenceOf(int dir, const std::string& name, dev_t device, ino_t inode, bool known,
                    int* error) {
    struct stat st {};
    if (::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        *error = errno;
        return errno == ENOENT ? Presence::Gone : Presence::Unknown;
    }
    return known && st.st_dev == device && st.st_ino == inode ? Presence::Ours : Presence::Other;
}

// renameat() that fails with EEXIST instead of replacing `to`: used where `to` may be an
// original that an interrupted installation left behind.
int renameNoReplace(int dir, const std::string& from, const std::string& to) {
    if (::renameat2(dir, from.c_str(), dir, to.c_str(), RENAME_NOREPLACE) == 0) {
        return 0;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        return -1;
    }
    // A file system without RENAME_NOREPLACE: check, then rename. The window is tiny and only
    // matters if something else creates our .rm-old name at the same moment.
    struct stat st {};
    if (::fstatat(dir, to.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        errno = EEXIST;
        return -1;
    }
    return ::renameat(dir, from.c_str(), dir, to.c_str());
}

Status writeAll(int fd, const char* data, std::size_t size, const std::string& path) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return writeFault("cannot write", path, errno);
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return {};
}

// Copies the open regular file `in` to the open new file `out`.
Status copyData(int in, const std::string& source, int out, const std::string& destination) {
    std::vector<char> buffer(std::size_t{256} * 1024);
    for (;;) {
        const ssize_t n = ::read(in, buffer.data(), buffer.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return writeFault("cannot read", source, errno);
        }
        if (n == 0) {
            return {};
        }
        if (auto written = writeAll(out, buffer.data(), static_cast<std::size_t>(n), destination);
            !written) {
            return written;
        }
    }
}

// Makes renames and new names in these folders durable; a failure only costs durability, so it
// is logged and not reported.
void syncDirectories(const std::set<int>& directories) {
    for (const int directory : directories) {
        const int fd = ::openat(directory, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) {
            continue;
        }
        if (::fsync(fd) != 0) {
            log::core()->debug("file transaction: cannot sync a directory: {}", errorText(errno));
        }
        ::close(fd);
    }
}

unsigned percentOf(std::size_t done, std::size_t total) {
    return total == 0 ? 100U : static_cast<unsigned>(done * 100 / total);
}

} // namespace

Status checkRelativeTarget(std::string_view target) {
    if (target.empty()) {
        return badArgument("the target is empty");
    }
    for (const char c : target) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F) {
            return badArgument("the target holds a control character or NUL: " + printable(target));
        }
    }
    if (!isValidUtf8(target)) {
        return badArgument("the target is not valid UTF-8: " + printable(target, true));
    }
    if (target.front() == '/') {
        return badArgument("the target must be relative to the install folder: " +
                           std::string{target});
    }
    std::string_view rest = target;
    for (;;) {
        const auto slash = rest.find('/');
        const auto component = rest.substr(0, slash);
        if (component.empty() || component == "." || component == "..") {
            return badArgument("the target has an empty, \".\" or \"..\" component: " +
                               std::string{target});
        }
        for (const auto suffix : kReservedSuffixes) {
            if (component.ends_with(suffix)) {
                return badArgument("the target " + std::string{target} + " ends a name with " +
                                   std::string{suffix} +
                                   ", which the installer reserves for its own copies");
            }
        }
        if (slash == std::string_view::npos) {
            return {};
        }
        rest.remove_prefix(slash + 1);
    }
}

FileTransaction::Fd::~Fd() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

FileTransaction::Fd& FileTransaction::Fd::operator=(Fd&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = other.release();
    }
    return *this;
}

FileTransaction::FileTransaction(std::string root, std::vector<FileCopy> files)
    : m_root{std::move(root)}, m_files{std::move(files)}, m_progress(m_files.size()) {}

FileTransaction::~FileTransaction() = default;
FileTransaction::FileTransaction(FileTransaction&& other) noexcept = default;
FileTransaction& FileTransaction::operator=(FileTransaction&& other) noexcept = default;

std::string FileTransaction::display(const std::string& relative) const {
    std::string root = m_root;
    while (root.size() > 1 && root.back() == '/') {
        root.pop_back();
    }
    if (relative.empty()) {
        return root;
    }
    return root == "/" ? root + relative : root + "/" + relative;
}

void FileTransaction::closeDirectories() {
    m_directories.clear();
    m_rootChain.clear();
    m_rootChainPaths.clear();
    m_missingRoot.clear();
}

Status FileTransaction::resolveRoot() {
    closeDirectories();
    const int top = ::open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (top < 0) {
        return writeFault("cannot open", "/", errno);
    }
    m_rootChain.emplace_back(top);
    m_rootChainPaths.emplace_back("/");
    const auto childPath = [this](const std::string& name) {
        const auto& parent = m_rootChainPaths.back();
        return parent == "/" ? "/" + name : parent + "/" + name;
    };
    struct stat st {};
    if (::fstat(top, &st) != 0) {
        return writeFault("cannot examine", "/", errno);
    }
    if (auto trusted = checkTrusted(st, "/"); !trusted) {
        return trusted;
    }

    const auto parts = splitPath(m_root);
    std::deque<std::string> pending(parts.begin(), parts.end());
    int links = 0;
    while (!pending.empty()) {
        const std::string name = std::move(pending.front());
        pending.pop_front();
        if (name == ".") {
            continue;
        }
        if (name == "..") {
            if (!m_missingRoot.empty()) {
                m_missingRoot.pop_back();
            } else if (m_rootChain.size() > 1) {
                m_rootChain.pop_back();
                m_rootChainPaths.pop_back();
            }
            continue;
        }
        if (!m_missingRoot.empty()) {
            m_missingRoot.push_back(name);
            continue;
        }
        const int parent = m_rootChain.back().get();
        const std::string path = childPath(name);
        const int fd =
            ::openat(parent, name.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd >= 0) {
            m_rootChain.emplace_back(fd);
            m_rootChainPaths.push_back(path);
            if (::fstat(fd, &st) != 0) {
                return writeFault("cannot examine", path, errno);
            }
            if (auto trusted = checkTrusted(st, path); !trusted) {
                return trusted;
            }
            continue;
        }
        const int error = errno;
        if (error == ENOENT) {
            m_missingRoot.push_back(name);
            continue;
        }
        if (::fstatat(parent, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
            !S_ISLNK(st.st_mode)) {
            return writeFault("cannot open the install folder", path, error);
        }
        // The folder holding the link passed the checks, so only root or this user can have
        // made the link or change it; a link of anybody else (in a sticky folder like /tmp)
        // is not followed.
        if (st.st_uid != 0 && st.st_uid != ::geteuid()) {
            return accessDenied("refusing to install through " + path +
                                ": it is a symbolic link that belongs to user " +
                                std::to_string(st.st_uid) +
                                ", who could redirect the files; choose a folder that only you "
                                "and root can change");
        }
        if (++links > kMaxSymlinks) {
            return writeFault("cannot resolve the install folder", m_root, ELOOP);
        }
        std::string destination(static_cast<std::size_t>(st.st_size) + 256, '\0');
        const ssize_t length =
            ::readlinkat(parent, name.c_str(), destination.data(), destination.size());
        if (length < 0 || static_cast<std::size_t>(length) >= destination.size()) {
            return writeFault("cannot read the symbolic link", path,
                              length < 0 ? errno : ENAMETOOLONG);
        }
        destination.resize(static_cast<std::size_t>(length));
        if (destination.starts_with('/')) {
            m_rootChain.resize(1);
            m_rootChainPaths.resize(1);
        }
        const auto linked = splitPath(destination);
        pending.insert(pending.begin(), linked.begin(), linked.end());
    }
    if (m_missingRoot.empty()) {
        const int fd = ::fcntl(m_rootChain.back().get(), F_DUPFD_CLOEXEC, 0);
        if (fd < 0) {
            return writeFault("cannot open the install folder", m_root, errno);
        }
        m_directories.emplace(std::string{}, Fd{fd});
    }
    return {};
}

Status FileTransaction::createRoot() {
    for (const auto& name : m_missingRoot) {
        const int parent = m_rootChain.back().get();
        const std::string path =
            m_rootChainPaths.back() == "/" ? "/" + name : m_rootChainPaths.back() + "/" + name;
        const bool made = ::mkdirat(parent, name.c_str(), 0755) == 0;
        if (!made && errno != EEXIST) {
            return writeFault("cannot create directory", path, errno);
        }
        // Someone else made it meanwhile: theirs, so it stays on rollback (and it must pass
        // the checks like any other folder).
        const int fd = ::openat(parent, name.c_str(),
                                (made ? O_RDONLY : O_PATH) | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            return writeFault("cannot open directory", path, errno);
        }
        m_rootChain.emplace_back(fd);
        m_rootChainPaths.push_back(path);
        struct stat st {};
        if (::fstat(fd, &st) != 0) {
            return writeFault("cannot examine", path, errno);
        }
        if (made) {
            m_createdDirectories.push_back({parent, name, path, {st.st_dev, st.st_ino, true}});
            // 0755 whatever the umask says: a group-writable folder would fail our own checks.
            if ((st.st_mode & 07777) != 0755 && st.st_uid == ::geteuid() &&
                ::fchmod(fd, 0755) == 0) {
                st.st_mode = (st.st_mode & ~07777U) | 0755U;
            }
        }
        if (auto trusted = checkTrusted(st, path); !trusted) {
            return trusted;
        }
    }
    m_missingRoot.clear();
    if (!m_directories.contains(std::string{})) {
        const int fd = ::fcntl(m_rootChain.back().get(), F_DUPFD_CLOEXEC, 0);
        if (fd < 0) {
            return writeFault("cannot open the install folder", m_root, errno);
        }
        m_directories.emplace(std::string{}, Fd{fd});
    }
    return {};
}

Expected<int> FileTransaction::directory(const std::string& relative, bool create) {
    if (const auto found = m_directories.find(relative); found != m_directories.end()) {
        return found->second.get();
    }
    if (relative.empty()) {
        return -1; // the root does not exist yet (only without `create`)
    }
    const auto [parentPath, name] = splitParent(relative);
    auto parent = directory(parentPath, create);
    if (!parent || *parent < 0) {
        return parent;
    }
    const std::string path = display(relative);
    for (int attempt = 0;; ++attempt) {
        const int fd = openBeneath(*parent, name);
        if (fd >= 0) {
            Fd owned{fd};
            struct stat st {};
            if (::fstat(fd, &st) != 0) {
                return writeFault("cannot examine", path, errno);
            }
            if (auto trusted = checkTrusted(st, path); !trusted) {
                return trusted.error();
            }
            m_directories.emplace(relative, std::move(owned));
            return fd;
        }
        const int error = errno;
        if (error == ENOENT) {
            if (!create) {
                return -1;
            }
            if (::mkdirat(*parent, name.c_str(), 0755) != 0) {
                if (errno == EEXIST && attempt == 0) {
                    continue; // made meanwhile: open and check it like any other
                }
                return writeFault("cannot create directory", path, errno);
            }
            const int made =
                ::openat(*parent, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (made < 0) {
                return writeFault("cannot open directory", path, errno);
            }
            Fd owned{made};
            struct stat st {};
            if (::fstat(made, &st) != 0) {
                return writeFault("cannot examine", path, errno);
            }
            m_createdDirectories.push_back({*parent, name, path, {st.st_dev, st.st_ino, true}});
            if ((st.st_mode & 07777) != 0755 && st.st_uid == ::geteuid() &&
                ::fchmod(made, 0755) == 0) {
                st.st_mode = (st.st_mode & ~07777U) | 0755U;
            }
            if (auto trusted = checkTrusted(st, path); !trusted) {
                return trusted.error();
            }
            m_directories.emplace(relative, std::move(owned));
            return made;
        }
        struct stat st {};
        const bool known = ::fstatat(*parent, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
        // ELOOP: the one name looked up was a symbolic link (O_NOFOLLOW, RESOLVE_NO_SYMLINKS),
        // whatever it has been swapped for since.
        if (error == ELOOP || (known && S_ISLNK(st.st_mode))) {
            return accessDenied("refusing to install through " + path +
                                ": it is a symbolic link, which could lead anywhere; "
                                "replace it by a real folder");
        }
        if (known && S_ISDIR(st.st_mode) && attempt < 3) {
            continue; // a folder again: it was swapped back meanwhile, so look once more
        }
        if (known && !S_ISDIR(st.st_mode)) {
            if (!create) {
                return -1; // apply() reports it where it fails
            }
            return writeFault("cannot create a directory in", path, ENOTDIR);
        }
        return writeFault("cannot open directory", path, error);
    }
}

Status FileTransaction::check() {
    if (m_root.empty() || m_root.front() != '/') {
        return badArgument("the install folder must be an absolute path: " + printable(m_root));
    }
    std::set<std::string_view> targets;
    for (const auto& file : m_files) {
        if (auto valid = checkRelativeTarget(file.target); !valid) {
            return valid;
        }
        if (!targets.insert(file.target).second) {
            return badArgument("the target is listed twice: " + file.target);
        }
        if (file.mode && !isAllowedInstallMode(*file.mode)) {
            char mode[16];
            std::snprintf(mode, sizeof mode, "%04o", *file.mode);
            return badArgument("the mode " + std::string{mode} + " of " + file.target +
                               " is not allowed: installed files get 0755 or 0644, never setuid, "
                               "setgid, sticky or writable by group or others");
        }
        if (file.link) {
            if (file.link->empty() || file.link->front() != '/' ||
                file.link->find('\0') != std::string::npos) {
                return badArgument("the link of " + file.target + " is not an absolute path");
            }
            continue;
        }
        if (file.content || file.writer) {
            continue;
        }
        if (file.source.empty() || file.source.front() != '/') {
            return badArgument("the source is not an absolute path: " + printable(file.source));
        }
        // O_NONBLOCK: a FIFO must not hang the check; it is refused below.
        const int fd =
            ::open(file.source.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (fd < 0) {
            if (errno == ENOENT || errno == ENOTDIR) {
                return badArgument("the source does not exist: " + file.source);
            }
            if (errno == ELOOP) {
                return badArgument("the source is a symbolic link: " + file.source);
            }
            return writeFault("cannot read", file.source, errno);
        }
        struct stat st {};
        const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
        ::close(fd);
        if (!regular) {
            return badArgument("the source is not a regular file: " + file.source);
        }
    }

    if (auto resolved = resolveRoot(); !resolved) {
        return resolved;
    }
    for (const auto& file : m_files) {
        const auto [parentPath, name] = splitParent(file.target);
        auto parent = directory(parentPath, false);
        if (!parent) {
            return parent.error();
        }
        struct stat st {};
        const std::string old = name + std::string{kOldSuffix};
        if (*parent >= 0 && ::fstatat(*parent, old.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
            return writeFault("refusing to replace the leftover of an interrupted installation",
                              display(file.target + std::string{kOldSuffix}), EEXIST);
        }
    }
    return {};
}

Status FileTransaction::apply(const std::function<void(unsigned)>& progress) {
    if (m_state == State::Committed) {
        return makeError(ERROR_INVALID_PARAMETER, "the file transaction is already committed");
    }
    if (m_state != State::Idle) {
        return makeError(ERROR_INVALID_PARAMETER,
                         "the file transaction is already applied; roll it back first");
    }

    // Everything that can be checked without writing is checked first, so that a bad list
    // or an unsafe folder fails before a single file is touched.
    if (auto checked = check(); !checked) {
        closeDirectories();
        return checked;
    }

    log::core()->info("file transaction: applying {} file(s) in {}", m_files.size(), m_root);
    m_state = State::Applied;
    m_progress.assign(m_files.size(), Progress{});
    if (progress) {
        progress(0);
    }
    const auto fail = [this](Status failed) {
        log::core()->warn("file transaction: {}; rolling back", failed.error().message);
        if (auto undone = rollbackSteps({}); !undone) {
            log::core()->error("file transaction: rollback after a failed apply: {}",
                               undone.error().message);
        }
        return failed;
    };
    if (auto created = createRoot(); !created) {
        return fail(created);
    }
    // Every file is staged first (target.rm-new), then each file system they are on is synced
    // once (syncfs: one journal commit, where an fsync per file costs one each), and only then
    // is each staged file renamed over its target: a rename never publishes a file whose
    // content is not on the disk yet.
    std::set<int> directories;
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        if (auto staged = applyOne(i); !staged) {
            return fail(staged);
        }
        directories.insert(m_directories.at(splitParent(m_files[i].target).first).get());
        if (progress) {
            progress(percentOf(i + 1, m_files.size()) * 9 / 10);
        }
    }
    std::set<dev_t> synced;
    for (const int directory : directories) {
        struct stat st {};
        if (::fstat(directory, &st) != 0 || !synced.insert(st.st_dev).second) {
            continue;
        }
        // The folders are held as O_PATH descriptors, which syncfs() does not take.
        const int readable = ::openat(directory, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (readable < 0 || ::syncfs(readable) != 0) {
            const int error = errno;
            if (readable >= 0) {
                ::close(readable);
            }
            return fail(writeFault("cannot sync the files in", m_root, error));
        }
        ::close(readable);
    }
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        const auto [parentPath, name] = splitParent(m_files[i].target);
        auto parent = directory(parentPath, true);
        if (!parent) {
            return fail(parent.error());
        }
        if (auto replaced = replaceTarget(*parent, name, i); !replaced) {
            return fail(replaced);
        }
        if (progress) {
            progress(90 + percentOf(i + 1, m_files.size()) / 10);
        }
    }

    for (const auto& created : m_createdDirectories) {
        directories.insert(created.parent);
    }
    syncDirectories(directories);
    if (progress && m_files.empty()) {
        progress(100);
    }
    return {};
}

Status FileTransaction::applyOne(std::size_t index) {
    const auto& file = m_files[index];
    auto& done = m_progress[index];
    const auto [parentPath, name] = splitParent(file.target);
    const std::string newName = name + std::string{kNewSuffix};
    const std::string targetPath = display(file.target);
    const std::string newPath = targetPath + std::string{kNewSuffix};

    auto parent = directory(parentPath, true);
    if (!parent) {
        return parent.error();
    }
    const int dir = *parent;

    // A .rm-new is only ever a leftover of ours: an interrupted copy nobody can use. Unlinking
    // a name never follows it, so a planted link goes and nothing else.
    if (::unlinkat(dir, newName.c_str(), 0) != 0 && errno != ENOENT) {
        return writeFault("cannot delete", newPath, errno);
    }

    if (file.link) {
        // A link is staged like a file: made beside the target, then renamed over it.
        // symlinkat() never replaces an existing name.
        if (::symlinkat(file.link->c_str(), dir, newName.c_str()) != 0) {
            return writeFault("cannot create", newPath, errno);
        }
        struct stat made {};
        if (::fstatat(dir, newName.c_str(), &made, AT_SYMLINK_NOFOLLOW) != 0) {
            return writeFault("cannot examine", newPath, errno);
        }
        done.staged = true;
        done.added = {made.st_dev, made.st_ino, true};
        return {};
    }

    int in = -1;
    mode_t mode = file.mode.value_or(0644U);
    if (!file.content && !file.writer) {
        in = ::open(file.source.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (in < 0) {
            return writeFault("cannot read", file.source, errno);
        }
        struct stat st {};
        if (::fstat(in, &st) != 0 || !S_ISREG(st.st_mode)) {
            const int error = S_ISREG(st.st_mode) ? errno : EINVAL;
            ::close(in);
            return writeFault("cannot read", file.source, error);
        }
        // Never the payload's own bits: they could be setuid, sticky or writable by everyone.
        mode = file.mode.value_or(installModeFor(st.st_mode));
    }
    const Fd input{in};

    // 0600 until the content is complete: nobody should run or read a half-written file.
    // O_EXCL|O_NOFOLLOW: a name planted meanwhile makes this fail instead of redirecting it.
    const int out = ::openat(dir, newName.c_str(),
                             O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY, 0600);
    if (out < 0) {
        return writeFault("cannot create", newPath, errno);
    }
    const Fd output{out};
    struct stat written {};
    if (::fstat(out, &written) != 0) {
        return writeFault("cannot examine", newPath, errno);
    }
    done.staged = true;
    done.added = {written.st_dev, written.st_ino, true};

    if (file.content) {
        if (auto copied = writeAll(out, file.content->data(), file.content->size(), newPath);
            !copied) {
            return copied;
        }
    } else if (file.writer) {
        if (auto written = file.writer(out); !written) {
            return written;
        }
    } else if (auto copied = copyData(in, file.source, out, newPath); !copied) {
        return copied;
    }
    if (::fchmod(out, mode) != 0) {
        return writeFault("cannot set the mode of", newPath, errno);
    }
    // apply() syncs the file system before the rename, so that the rename can never publish
    // a file with holes after a power cut.
    return {};
}

// Puts the staged target.rm-new in place of the target, keeping an original as target.rm-old.
Status FileTransaction::replaceTarget(int dir, const std::string& name, std::size_t index) {
    const auto& file = m_files[index];
    auto& done = m_progress[index];
    const std::string newName = name + std::string{kNewSuffix};
    const std::string oldName = name + std::string{kOldSuffix};
    const std::string targetPath = display(file.target);
    const std::string newPath = targetPath + std::string{kNewSuffix};
    const std::string oldPath = targetPath + std::string{kOldSuffix};
    struct stat st {};
    if (::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISDIR(st.st_mode)) {
            return writeFault("cannot replace", targetPath, EISDIR);
        }
        done.hadOriginal = true;
        done.original = {st.st_dev, st.st_ino, true};
        // A second hard link keeps the original without the target path ever going missing
        // for the programs that open it meanwhile. linkat() never replaces an existing name
        // and, without AT_SYMLINK_FOLLOW, links a symbolic link itself, never what it names.
        if (::linkat(dir, name.c_str(), dir, oldName.c_str(), 0) == 0) {
            done.oldKept = true;
            done.oldIsLink = true;
            // What was linked is what rollback puts back, should the name have changed since.
            if (::fstatat(dir, oldName.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
                done.original = {st.st_dev, st.st_ino, true};
            }
        } else if (errno == EEXIST) {
            return writeFault("refusing to replace the leftover of an interrupted installation",
                              oldPath, EEXIST);
        } else if (renameNoReplace(dir, name, oldName) == 0) {
            // No hard links here (or not allowed): the target is briefly missing instead.
            done.oldKept = true;
            if (::fstatat(dir, oldName.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
                done.original = {st.st_dev, st.st_ino, true};
            }
        } else {
            return writeFault("cannot keep the original as", oldPath, errno);
        }
    } else if (errno != ENOENT) {
        return writeFault("cannot examine", targetPath, errno);
    }

    // Atomic: a program opening the target sees either the whole old file or the whole new one.
    if (::renameat(dir, newName.c_str(), dir, name.c_str()) != 0) {
        return writeFault("cannot rename " + newPath + " to", targetPath, errno);
    }
    done.staged = false;
    done.installed = true;
    return {};
}

Status FileTransaction::rollback(const std::function<void(unsigned)>& progress) {
    if (m_state == State::Committed) {
        return makeError(ERROR_INVALID_PARAMETER,
                         "the file transaction is committed and cannot be rolled back");
    }
    if (m_state == State::Idle) {
        // Nothing applied, or already rolled back: nothing to do, and that is fine.
        if (progress) {
            progress(100);
        }
        return {};
    }
    log::core()->info("file transaction: rolling back {} file(s)", m_files.size());
    return rollbackSteps(progress);
}

Status FileTransaction::rollbackOne(std::size_t index) {
    const auto& file = m_files[index];
    auto& done = m_progress[index];
    if (!done.staged && !done.oldKept && !done.installed) {
        return {};
    }
    const auto [parentPath, name] = splitParent(file.target);
    const int dir = m_directories.at(parentPath).get();
    const std::string newName = name + std::string{kNewSuffix};
    const std::string oldName = name + std::string{kOldSuffix};
    const std::string targetPath = display(file.target);
    const std::string oldPath = targetPath + std::string{kOldSuffix};
    int error = 0;
    const auto presence = [&](const std::string& entry, const Identity& identity) {
        return presenceOf(dir, entry, identity.device, identity.inode, identity.known, &error);
    };
    // Removes `entry` if it still is what this transaction made; anything else stays.
    const auto removeOurs = [&](const std::string& entry, const Identity& identity,
                                const std::string& path) -> Status {
        switch (presence(entry, identity)) {
        case Presence::Ours:
            if (::unlinkat(dir, entry.c_str(), 0) != 0 && errno != ENOENT) {
                return writeFault("cannot delete", path, errno);
            }
            return {};
        case Presence::Gone:
            return {};
        case Presence::Other:
            log::core()->warn("file transaction: leaving {}: it is not the file this installation "
                              "made",
                              path);
            return {};
        case Presence::Unknown:
            break;
        }
        return writeFault("cannot examine", path, error);
    };
    // The kept original must still be the one this transaction kept.
    const auto checkOriginal = [&]() -> Status {
        switch (presence(oldName, done.original)) {
        case Presence::Ours:
            return {};
        case Presence::Gone:
            return writeFault("cannot restore " + targetPath + " from", oldPath, ENOENT);
        case Presence::Other:
            return makeError(ERROR_WRITE_FAULT, "cannot restore " + targetPath + " from " +
                                                    oldPath + ": it was replaced by someone else");
        case Presence::Unknown:
            break;
        }
        return writeFault("cannot examine", oldPath, error);
    };

    if (done.installed && done.hadOriginal) {
        if (auto kept = checkOriginal(); !kept) {
            return kept;
        }
        if (presence(name, done.added) == Presence::Other) {
            return makeError(ERROR_WRITE_FAULT,
                             "not restoring " + targetPath +
                                 ": someone else replaced the installed file meanwhile");
        }
        // Atomic again: the original replaces the new file in one step.
        if (::renameat(dir, oldName.c_str(), dir, name.c_str()) != 0) {
            return writeFault("cannot restore " + targetPath + " from", oldPath, errno);
        }
        done.installed = false;
        done.oldKept = false;
    } else if (done.installed) {
        if (auto removed = removeOurs(name, done.added, targetPath); !removed) {
            return removed;
        }
        done.installed = false;
    } else if (done.oldKept) {
        // Failed between keeping the original and installing the new file.
        if (done.oldIsLink) {
            if (auto removed = removeOurs(oldName, done.original, oldPath); !removed) {
                return removed;
            }
        } else {
            if (auto kept = checkOriginal(); !kept) {
                return kept;
            }
            if (renameNoReplace(dir, oldName, name) != 0) {
                return writeFault("cannot restore " + targetPath + " from", oldPath, errno);
            }
        }
        done.oldKept = false;
    }
    if (done.staged) {
        if (auto removed = removeOurs(newName, done.added, targetPath + std::string{kNewSuffix});
            !removed) {
            return removed;
        }
        done.staged = false;
    }
    return {};
}

Status FileTransaction::rollbackSteps(const std::function<void(unsigned)>& progress) {
    Status result;
    std::set<int> directories;
    if (progress) {
        progress(0);
    }
    // Backwards, so that a target listed after another one's folder is gone first.
    for (std::size_t step = 0; step < m_files.size(); ++step) {
        const std::size_t index = m_files.size() - 1 - step;
        if (auto undone = rollbackOne(index); !undone) {
            // Go on: every file put back is one fewer left broken.
            log::core()->error("file transaction: {}", undone.error().message);
            if (result) {
                result = undone;
            }
        } else if (const auto found = m_directories.find(splitParent(m_files[index].target).first);
                   found != m_directories.end()) {
            directories.insert(found->second.get());
        }
        if (progress) {
            progress(percentOf(step + 1, m_files.size()));
        }
    }

    std::vector<CreatedDirectory> remaining;
    for (auto it = m_createdDirectories.rbegin(); it != m_createdDirectories.rend(); ++it) {
        int error = 0;
        const auto presence = presenceOf(it->parent, it->name, it->identity.device,
                                         it->identity.inode, it->identity.known, &error);
        if (presence == Presence::Gone) {
            continue;
        }
        if (presence == Presence::Other) {
            log::core()->warn("file transaction: leaving {}: it is not the folder this "
                              "installation made",
                              it->path);
            continue;
        }
        if (presence == Presence::Ours &&
            (::unlinkat(it->parent, it->name.c_str(), AT_REMOVEDIR) == 0 || errno == ENOENT)) {
            directories.insert(it->parent);
            continue;
        }
        error = presence == Presence::Ours ? errno : error;
        if ((error == ENOTEMPTY || error == EEXIST) && result) {
            // Every file of ours is gone, so what is left in there belongs to someone else.
            log::core()->warn("file transaction: keeping directory {}: others put files there",
                              it->path);
            continue;
        }
        remaining.insert(remaining.begin(), *it);
        if (result) {
            result = writeFault("cannot remove directory", it->path, error);
        }
    }
    m_createdDirectories = std::move(remaining);
    syncDirectories(directories);
    if (progress && m_files.empty()) {
        progress(100);
    }

    const bool clean = m_createdDirectories.empty() &&
                       std::all_of(m_progress.begin(), m_progress.end(), [](const Progress& p) {
                           return !p.staged && !p.oldKept && !p.installed;
                       });
    if (clean) {
        m_state = State::Idle;
        m_progress.assign(m_files.size(), Progress{});
        closeDirectories();
    }
    return result;
}

Status FileTransaction::commit() {
    if (m_state == State::Committed) {
        return {};
    }
    if (m_state != State::Applied) {
        return makeError(ERROR_INVALID_PARAMETER, "the file transaction has nothing applied");
    }
    if (std::any_of(m_progress.begin(), m_progress.end(),
                    [](const Progress& p) { return !p.installed; })) {
        // Only a failed rollback leaves Applied with files not installed: committing that
        // would make a half-installation final.
        return makeError(ERROR_INVALID_PARAMETER,
                         "the file transaction is partly rolled back; roll it back again");
    }
    m_state = State::Committed;
    Status result;
    std::set<int> directories;
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        auto& done = m_progress[i];
        if (!done.oldKept) {
            continue;
        }
        const auto [parentPath, name] = splitParent(m_files[i].target);
        const int dir = m_directories.at(parentPath).get();
        const std::string oldName = name + std::string{kOldSuffix};
        const std::string oldPath = display(m_files[i].target) + std::string{kOldSuffix};
        int error = 0;
        const auto presence = presenceOf(dir, oldName, done.original.device, done.original.inode,
                                         done.original.known, &error);
        if (presence == Presence::Ours && ::unlinkat(dir, oldName.c_str(), 0) != 0 &&
            errno != ENOENT) {
            error = errno;
        } else if (presence == Presence::Unknown) {
            // error holds why it could not be examined
        } else {
            if (presence == Presence::Other) {
                log::core()->warn("file transaction: commit: leaving {}: it is not the copy this "
                                  "installation kept",
                                  oldPath);
            }
            done.oldKept = false;
            directories.insert(dir);
            continue;
        }
        auto removed = writeFault("cannot delete", oldPath, error);
        log::core()->warn("file transaction: commit: {}", removed.message);
        if (result) {
            result = removed;
        }
    }
    syncDirectories(directories);
    closeDirectories();
    log::core()->info("file transaction: committed {} file(s)", m_files.size());
    return result;
}

Status FileTransaction::prepareCommit() const {
    if (m_state != State::Applied) {
        return makeError(ERROR_INVALID_PARAMETER, "the file transaction has nothing applied");
    }
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        const auto& done = m_progress[i];
        if (!done.installed) {
            return makeError(ERROR_INVALID_PARAMETER,
                             "the file transaction is partly rolled back; roll it back again");
        }
        const auto [parentPath, name] = splitParent(m_files[i].target);
        const int dir = m_directories.at(parentPath).get();
        const std::string targetPath = display(m_files[i].target);
        int error = 0;
        switch (
            presenceOf(dir, name, done.added.device, done.added.inode, done.added.known, &error)) {
        case Presence::Ours:
            break;
        case Presence::Gone:
            return writeFault("cannot commit", targetPath, ENOENT);
        case Presence::Other:
            return makeError(ERROR_WRITE_FAULT, "cannot commit " + targetPath +
                                                    ": someone else replaced it meanwhile");
        case Presence::Unknown:
            return writeFault("cannot examine", targetPath, error);
        }
        if (!done.oldKept) {
            continue;
        }
        const std::string oldName = name + std::string{kOldSuffix};
        const std::string oldPath = targetPath + std::string{kOldSuffix};
        switch (presenceOf(dir, oldName, done.original.device, done.original.inode,
                           done.original.known, &error)) {
        case Presence::Ours:
            break;
        case Presence::Gone:
            return writeFault("cannot commit " + targetPath + ": the original kept as", oldPath,
                              ENOENT);
        case Presence::Other:
            return makeError(ERROR_WRITE_FAULT, "cannot commit " + targetPath +
                                                    ": the original kept as " + oldPath +
                                                    " was replaced by someone else");
        case Presence::Unknown:
            return writeFault("cannot examine", oldPath, error);
        }
    }
    return {};
}

Expected<TargetSnapshot> TargetSnapshot::take(std::string root, std::vector<std::string> targets) {
    if (root.empty() || root.front() != '/') {
        return badArgument("the install folder must be an absolute path: " + printable(root));
    }
    for (const auto& target : targets) {
        if (auto valid = checkRelativeTarget(target); !valid) {
            return valid.error();
        }
    }
    FileTransaction walker{root, {}};
    if (auto resolved = walker.resolveRoot(); !resolved) {
        return resolved.error();
    }
    TargetSnapshot snapshot;
    snapshot.m_root = std::move(root);
    snapshot.m_missingRoot = walker.m_missingRoot;
    const bool rootExists = walker.m_missingRoot.empty();
    std::set<std::string> missingFolders;
    for (auto& relative : targets) {
        Target target;
        const auto [parentPath, name] = splitParent(relative);
        int parent = -1;
        if (rootExists) {
            auto found = walker.directory(parentPath, false);
            if (!found) {
                return found.error();
            }
            parent = *found;
        }
        struct stat st {};
        if (parent >= 0 && ::fstatat(parent, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
            target.existed = true;
            target.device = st.st_dev;
            target.inode = st.st_ino;
        } else if (parent < 0) {
            // Each folder on the way that is not there is one the installer may create.
            std::string folder;
            for (const auto& part : splitPath(parentPath)) {
                folder = folder.empty() ? part : folder + "/" + part;
                auto found = rootExists ? walker.directory(folder, false) : Expected<int>{-1};
                if (!found) {
                    return found.error();
                }
                if (*found < 0) {
                    missingFolders.insert(folder);
                }
            }
        }
        target.relative = std::move(relative);
        snapshot.m_targets.push_back(std::move(target));
    }
    snapshot.m_missingFolders.assign(missingFolders.begin(), missingFolders.end());
    // Outermost first: "a" sorts before "a/b", and restore() goes backwards.
    std::stable_sort(snapshot.m_missingFolders.begin(), snapshot.m_missingFolders.end(),
                     [](const std::string& a, const std::string& b) {
                         return std::count(a.begin(), a.end(), '/') <
                                std::count(b.begin(), b.end(), '/');
                     });
    return snapshot;
}

Status TargetSnapshot::restore() const {
    FileTransaction walker{m_root, {}};
    if (auto resolved = walker.resolveRoot(); !resolved) {
        return resolved;
    }
    Status result;
    const auto failed = [&result](Status status) {
        log::core()->error("restoring the files of another installer: {}", status.error().message);
        if (result) {
            result = std::move(status);
        }
    };
    const bool rootExists = walker.m_missingRoot.empty();
    for (auto it = m_targets.rbegin(); rootExists && it != m_targets.rend(); ++it) {
        const auto [parentPath, name] = splitParent(it->relative);
        const std::string targetPath = walker.display(it->relative);
        auto parent = walker.directory(parentPath, false);
        if (!parent) {
            failed(parent.error());
            continue;
        }
        if (*parent < 0) {
            if (it->existed) {
                failed(writeFault("cannot restore", targetPath, ENOENT));
            }
            continue;
        }
        const int dir = *parent;
        const std::string newName = name + std::string{kNewSuffix};
        const std::string oldName = name + std::string{kOldSuffix};
        struct stat st {};
        if (::fstatat(dir, newName.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            !S_ISDIR(st.st_mode) && ::unlinkat(dir, newName.c_str(), 0) != 0 && errno != ENOENT) {
            failed(writeFault("cannot delete", targetPath + std::string{kNewSuffix}, errno));
        }
        const auto isOriginal = [&it](const struct stat& entry) {
            return entry.st_dev == it->device && entry.st_ino == it->inode;
        };
        struct stat current {};
        struct stat kept {};
        const bool hasCurrent = ::fstatat(dir, name.c_str(), &current, AT_SYMLINK_NOFOLLOW) == 0;
        const bool hasKept = ::fstatat(dir, oldName.c_str(), &kept, AT_SYMLINK_NOFOLLOW) == 0;
        if (!it->existed) {
            // Added by the installer. A .rm-old without an original is not ours to touch.
            if (hasCurrent && !S_ISDIR(current.st_mode) && ::unlinkat(dir, name.c_str(), 0) != 0 &&
                errno != ENOENT) {
                failed(writeFault("cannot delete", targetPath, errno));
            } else if (hasCurrent) {
                log::core()->info("removed {}, which another installer had added", targetPath);
            }
            continue;
        }
        const bool currentIsOriginal = hasCurrent && isOriginal(current);
        const bool keptIsOriginal = hasKept && isOriginal(kept);
        if (currentIsOriginal && keptIsOriginal) {
            // A second link of the original, made before the new file went in: rename() between
            // two links of one file would do nothing, so the spare link goes.
            if (::unlinkat(dir, oldName.c_str(), 0) != 0 && errno != ENOENT) {
                failed(writeFault("cannot delete", targetPath + std::string{kOldSuffix}, errno));
            }
        } else if (keptIsOriginal) {
            // Atomic: the original replaces the new file in one step.
            if (::renameat(dir, oldName.c_str(), dir, name.c_str()) != 0) {
                failed(writeFault("cannot restore " + targetPath + " from",
                                  targetPath + std::string{kOldSuffix}, errno));
            } else {
                log::core()->info("restored {} from the copy another installer kept", targetPath);
            }
        } else if (!currentIsOriginal) {
            failed(makeError(ERROR_WRITE_FAULT, "cannot restore " + targetPath +
                                                    ": it was replaced and no copy of the "
                                                    "original was kept beside it"));
        }
    }
    const auto removeFolder = [&failed](int parent, const std::string& name,
                                        const std::string& path) {
        if (::unlinkat(parent, name.c_str(), AT_REMOVEDIR) == 0 || errno == ENOENT) {
            return;
        }
        if (errno == ENOTEMPTY || errno == EEXIST) {
            log::core()->warn("keeping {}: others put files there", path);
            return;
        }
        failed(writeFault("cannot remove directory", path, errno));
    };
    for (auto it = m_missingFolders.rbegin(); rootExists && it != m_missingFolders.rend(); ++it) {
        const auto [parentPath, name] = splitParent(*it);
        auto parent = walker.directory(parentPath, false);
        if (parent && *parent >= 0) {
            walker.m_directories.erase(*it);
            removeFolder(*parent, name, walker.display(*it));
        }
    }
    // The root's own folders that were missing and exist now are the last ones of its chain.
    const std::size_t made =
        m_missingRoot.size() - std::min(m_missingRoot.size(), walker.m_missingRoot.size());
    walker.m_directories.clear();
    for (std::size_t k = 0; k < made && walker.m_rootChain.size() > k + 1; ++k) {
        const std::size_t at = walker.m_rootChain.size() - 1 - k;
        const std::string& name = m_missingRoot[made - 1 - k];
        const std::string& path = walker.m_rootChainPaths[at];
        if (!path.ends_with("/" + name)) {
            break; // reached through a link: not a folder this snapshot saw missing
        }
        removeFolder(walker.m_rootChain[at - 1].get(), name, path);
    }
    return result;
}

} // namespace rm
