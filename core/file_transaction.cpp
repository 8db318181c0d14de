#include "core/file_transaction.h"

#include "core/log.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <set>
#include <string_view>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace rm {

namespace {

constexpr std::string_view kNewSuffix = ".rm-new";
constexpr std::string_view kOldSuffix = ".rm-old";

std::string newPathOf(const std::string& target) {
    return target + std::string{kNewSuffix};
}

std::string oldPathOf(const std::string& target) {
    return target + std::string{kOldSuffix};
}

std::string parentOf(const std::string& path) {
    return std::filesystem::path{path}.parent_path().string();
}

Error writeFault(std::string_view what, const std::string& path, int error) {
    // std::generic_category().message() instead of strerror(): the core may run on several
    // threads and strerror's buffer is shared.
    return makeError(ERROR_WRITE_FAULT, std::string{what} + " " + path + ": " +
                                            std::generic_category().message(error));
}

Error badArgument(std::string message) {
    return makeError(ERROR_BAD_ARGUMENTS, std::move(message));
}

bool isAbsolute(const std::string& path) {
    return !path.empty() && path.front() == '/';
}

bool lexists(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

// unlink() that counts "already gone" as done: a rollback may run a second time, or after a
// crash that got further than we know.
Status removeFile(const std::string& path) {
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
        return writeFault("cannot delete", path, errno);
    }
    return {};
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

// Copies `source` to a new file `destination` (which must not exist) with the source's mode,
// and syncs it so that the rename that follows can never publish a file with holes after a
// power cut.
Status copyFile(const std::string& source, const std::string& destination) {
    const int in = ::open(source.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (in < 0) {
        return writeFault("cannot read", source, errno);
    }
    struct stat st {};
    if (::fstat(in, &st) != 0 || !S_ISREG(st.st_mode)) {
        const int error = S_ISREG(st.st_mode) ? errno : EINVAL;
        ::close(in);
        return writeFault("cannot read", source, error);
    }
    // 0600 until the content is complete: nobody should run or read a half-written file.
    // O_NOFOLLOW: a symlink planted at the .rm-new name must not redirect the write.
    const int out = ::open(destination.c_str(),
                           O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY, 0600);
    if (out < 0) {
        const int error = errno;
        ::close(in);
        return writeFault("cannot create", destination, error);
    }
    const auto fail = [&](std::string_view what, const std::string& path, int error) -> Status {
        ::close(in);
        ::close(out);
        return writeFault(what, path, error);
    };

    std::vector<char> buffer(std::size_t{256} * 1024);
    for (;;) {
        const ssize_t n = ::read(in, buffer.data(), buffer.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return fail("cannot read", source, errno);
        }
        if (n == 0) {
            break;
        }
        if (auto written = writeAll(out, buffer.data(), static_cast<std::size_t>(n), destination);
            !written) {
            ::close(in);
            ::close(out);
            return written;
        }
    }
    if (::fchmod(out, st.st_mode & 07777) != 0) {
        return fail("cannot set the mode of", destination, errno);
    }
    if (::fsync(out) != 0) {
        return fail("cannot sync", destination, errno);
    }
    ::close(in);
    if (::close(out) != 0) {
        return writeFault("cannot write", destination, errno);
    }
    return {};
}

// rename() that fails with EEXIST instead of replacing `to`: used where `to` may be an
// original that an interrupted installation left behind.
int renameNoReplace(const std::string& from, const std::string& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) {
        return 0;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        return -1;
    }
    // A file system without RENAME_NOREPLACE: check, then rename. The window is tiny and only
    // matters if something else creates our .rm-old name at the same moment.
    if (lexists(to)) {
        errno = EEXIST;
        return -1;
    }
    return ::rename(from.c_str(), to.c_str());
}

// Makes renames and new names in these directories durable; a failure only costs durability,
// so it is logged and not reported.
void syncDirectories(const std::set<std::string>& directories) {
    for (const auto& directory : directories) {
        const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) {
            continue;
        }
        if (::fsync(fd) != 0) {
            log::core()->debug("file transaction: cannot sync directory {}: {}", directory,
                               std::generic_category().message(errno));
        }
        ::close(fd);
    }
}

unsigned percentOf(std::size_t done, std::size_t total) {
    return total == 0 ? 100U : static_cast<unsigned>(done * 100 / total);
}

} // namespace

FileTransaction::FileTransaction(std::vector<FileCopy> files)
    : m_files{std::move(files)}, m_progress(m_files.size()) {}

Status FileTransaction::apply(const std::function<void(unsigned)>& progress) {
    if (m_state == State::Committed) {
        return makeError(ERROR_INVALID_PARAMETER, "the file transaction is already committed");
    }
    if (m_state != State::Idle) {
        return makeError(ERROR_INVALID_PARAMETER,
                         "the file transaction is already applied; roll it back first");
    }

    // Everything that can be checked without writing is checked first, so that a bad list
    // fails before a single file is touched.
    std::set<std::string> targets;
    for (const auto& file : m_files) {
        if (!isAbsolute(file.source) || !isAbsolute(file.target)) {
            return badArgument("not an absolute path: " +
                               (isAbsolute(file.source) ? file.target : file.source));
        }
        if (file.target.back() == '/') {
            return badArgument("the target names a directory: " + file.target);
        }
        struct stat st {};
        if (::stat(file.source.c_str(), &st) != 0) {
            if (errno == ENOENT || errno == ENOTDIR) {
                return badArgument("the source does not exist: " + file.source);
            }
            return writeFault("cannot read", file.source, errno);
        }
        if (!S_ISREG(st.st_mode)) {
            return badArgument("the source is not a regular file: " + file.source);
        }
        if (!targets.insert(std::filesystem::path{file.target}.lexically_normal().string())
                 .second) {
            return badArgument("the target is listed twice: " + file.target);
        }
        if (lexists(oldPathOf(file.target))) {
            return writeFault("refusing to replace the leftover of an interrupted installation",
                              oldPathOf(file.target), EEXIST);
        }
    }

    log::core()->info("file transaction: applying {} file(s)", m_files.size());
    m_state = State::Applied;
    if (progress) {
        progress(0);
    }
    std::set<std::string> directories;
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        if (auto applied = applyOne(i); !applied) {
            log::core()->warn("file transaction: {}; rolling back", applied.error().message);
            if (auto undone = rollbackSteps({}); !undone) {
                log::core()->error("file transaction: rollback after a failed apply: {}",
                                   undone.error().message);
            }
            return applied;
        }
        directories.insert(parentOf(m_files[i].target));
        if (progress) {
            progress(percentOf(i + 1, m_files.size()));
        }
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
    const std::string newPath = newPathOf(file.target);
    const std::string oldPath = oldPathOf(file.target);

    if (auto created = createParentDirectories(file.target); !created) {
        return created;
    }

    // A .rm-new is only ever a leftover of ours: an interrupted copy nobody can use.
    if (auto removed = removeFile(newPath); !removed) {
        return removed;
    }
    done.staged = true;
    if (auto copied = copyFile(file.source, newPath); !copied) {
        return copied;
    }

    struct stat st {};
    if (::lstat(file.target.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            return writeFault("cannot replace", file.target, EISDIR);
        }
        done.hadOriginal = true;
        // A second hard link keeps the original without the target path ever going missing
        // for the programs that open it meanwhile. link() never replaces an existing name, so a
        // stray .rm-old is never overwritten.
        if (::link(file.target.c_str(), oldPath.c_str()) == 0) {
            done.oldKept = true;
            done.oldIsLink = true;
        } else if (errno == EEXIST) {
            return writeFault("refusing to replace the leftover of an interrupted installation",
                              oldPath, EEXIST);
        } else if (renameNoReplace(file.target, oldPath) == 0) {
            // No hard links here (or not allowed): the target is briefly missing instead.
            done.oldKept = true;
        } else {
            return writeFault("cannot keep the original as", oldPath, errno);
        }
    } else if (errno != ENOENT) {
        return writeFault("cannot examine", file.target, errno);
    }

    // Atomic: a program opening the target sees either the whole old file or the whole new one.
    if (::rename(newPath.c_str(), file.target.c_str()) != 0) {
        return writeFault("cannot rename " + newPath + " to", file.target, errno);
    }
    done.staged = false;
    done.installed = true;
    return {};
}

Status FileTransaction::createParentDirectories(const std::string& target) {
    namespace fs = std::filesystem;
    std::vector<std::string> missing;
    for (fs::path directory = fs::path{target}.parent_path();;
         directory = directory.parent_path()) {
        struct stat st {};
        if (::stat(directory.c_str(), &st) == 0) {
            if (!S_ISDIR(st.st_mode)) {
                return writeFault("cannot create a directory in", directory.string(), ENOTDIR);
            }
            break;
        }
        if (errno != ENOENT) {
            return writeFault("cannot create a directory in", directory.string(), errno);
        }
        missing.push_back(directory.string());
        if (directory == directory.parent_path()) {
            break;
        }
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), 0755) == 0) {
            m_createdDirectories.push_back(*it);
            continue;
        }
        const int error = errno;
        struct stat st {};
        // Someone else made it meanwhile: theirs, so it stays on rollback.
        if (error == EEXIST && ::stat(it->c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
            continue;
        }
        return writeFault("cannot create directory", *it, error);
    }
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
    const std::string oldPath = oldPathOf(file.target);

    if (done.installed && done.hadOriginal) {
        // Atomic again: the original replaces the new file in one step.
        if (::rename(oldPath.c_str(), file.target.c_str()) != 0) {
            return writeFault("cannot restore " + file.target + " from", oldPath, errno);
        }
        done.installed = false;
        done.oldKept = false;
    } else if (done.installed) {
        if (auto removed = removeFile(file.target); !removed) {
            return removed;
        }
        done.installed = false;
    } else if (done.oldKept) {
        // Failed between keeping the original and installing the new file.
        if (done.oldIsLink) {
            if (auto removed = removeFile(oldPath); !removed) {
                return removed;
            }
        } else if (::rename(oldPath.c_str(), file.target.c_str()) != 0) {
            return writeFault("cannot restore " + file.target + " from", oldPath, errno);
        }
        done.oldKept = false;
    }
    if (done.staged) {
        if (auto removed = removeFile(newPathOf(file.target)); !removed) {
            return removed;
        }
        done.staged = false;
    }
    return {};
}

Status FileTransaction::rollbackSteps(const std::function<void(unsigned)>& progress) {
    Status result;
    std::set<std::string> directories;
    if (progress) {
        progress(0);
    }
    // Backwards, so that a target listed after another one's directory is gone first.
    for (std::size_t step = 0; step < m_files.size(); ++step) {
        const std::size_t index = m_files.size() - 1 - step;
        if (auto undone = rollbackOne(index); !undone) {
            // Go on: every file put back is one fewer left broken.
            log::core()->error("file transaction: {}", undone.error().message);
            if (result) {
                result = undone;
            }
        } else {
            directories.insert(parentOf(m_files[index].target));
        }
        if (progress) {
            progress(percentOf(step + 1, m_files.size()));
        }
    }

    std::vector<std::string> remaining;
    for (auto it = m_createdDirectories.rbegin(); it != m_createdDirectories.rend(); ++it) {
        if (::rmdir(it->c_str()) == 0 || errno == ENOENT) {
            directories.erase(*it);
            directories.insert(parentOf(*it));
            continue;
        }
        const int error = errno;
        if ((error == ENOTEMPTY || error == EEXIST) && result) {
            // Every file of ours is gone, so what is left in there belongs to someone else.
            log::core()->warn("file transaction: keeping directory {}: others put files there",
                              *it);
            continue;
        }
        remaining.insert(remaining.begin(), *it);
        if (result) {
            result = writeFault("cannot remove directory", *it, error);
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
    std::set<std::string> directories;
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        auto& done = m_progress[i];
        if (!done.oldKept) {
            continue;
        }
        if (auto removed = removeFile(oldPathOf(m_files[i].target)); !removed) {
            log::core()->warn("file transaction: commit: {}", removed.error().message);
            if (result) {
                result = removed;
            }
            continue;
        }
        done.oldKept = false;
        directories.insert(parentOf(m_files[i].target));
    }
    syncDirectories(directories);
    log::core()->info("file transaction: committed {} file(s)", m_files.size());
    return result;
}

} // namespace rm
