#pragma once

// Installing a set of files so that a failure, a cancel or a crash never leaves a half-installed
// mix behind: what an installer writes can always be put back until it says commit.

#include "core/error.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace rm {

// One file to install; both paths are absolute.
struct FileCopy {
    std::string source;
    std::string target;
};

// Installs files so that a failure or a cancel can put everything back: each file is written
// beside its target as target + ".rm-new" (fsync'ed), an existing target is kept as
// target + ".rm-old" (a hard link where the file system allows it, so the target path never
// goes missing; a rename otherwise), then the new file is renamed over the target. commit()
// deletes the .rm-old copies; rollback() restores them and removes what was added.
//
// A crash midway leaves only .rm-new and .rm-old siblings next to the targets, never a
// truncated target. apply() refuses to touch a target that already has a .rm-old sibling: that
// copy may be the only original left by an interrupted installation.
//
// Files in use by running programs are replaced by rename: a running program keeps the old
// inode open and goes on reading the old content; the path shows the new one.
//
// Not thread-safe; one object belongs to one installer.
class FileTransaction {
public:
    explicit FileTransaction(std::vector<FileCopy> files);

    // All or nothing: if any file fails, what this call already did is rolled back and the
    // error is returned (ERROR_WRITE_FAULT with the path and strerror; ERROR_BAD_ARGUMENTS for
    // relative paths, a missing source or a target listed twice, before anything is touched).
    // Creates missing target directories (and removes the ones it created on rollback). Keeps
    // the file modes of the sources. ERROR_INVALID_PARAMETER when already applied or committed.
    // `progress` gets 0..100 on the calling thread.
    Status apply(const std::function<void(unsigned percent)>& progress = {});

    // Puts back what apply() did. Harmless when nothing is applied and when called again; when
    // a step fails the others still run, the error (ERROR_WRITE_FAULT) is returned and a later
    // rollback() retries what is left. ERROR_INVALID_PARAMETER after commit().
    Status rollback(const std::function<void(unsigned percent)>& progress = {});

    // Makes apply() final by deleting the .rm-old copies. ERROR_INVALID_PARAMETER when nothing
    // is applied; a copy that cannot be deleted is ERROR_WRITE_FAULT, but the transaction is
    // committed all the same (the new files are in place). A second commit() does nothing.
    Status commit();

    [[nodiscard]] const std::vector<FileCopy>& files() const { return m_files; }
    // True while apply() has left changes on disk that commit() or rollback() must settle.
    [[nodiscard]] bool hasChanges() const { return m_state == State::Applied; }
    [[nodiscard]] bool isCommitted() const { return m_state == State::Committed; }

private:
    enum class State { Idle, Applied, Committed };

    // What apply() has done to one file so far, so that rollback() undoes exactly that.
    struct Progress {
        bool staged = false;      // target.rm-new written
        bool oldKept = false;     // target.rm-old holds the original
        bool oldIsLink = false;   // ... as a second hard link; the target still is the original
        bool installed = false;   // target is the new file
        bool hadOriginal = false; // the target existed before
    };

    Status applyOne(std::size_t index);
    Status rollbackOne(std::size_t index);
    Status createParentDirectories(const std::string& target);
    Status rollbackSteps(const std::function<void(unsigned)>& progress);

    std::vector<FileCopy> m_files;
    std::vector<Progress> m_progress;
    // In the order they were made; removed in reverse.
    std::vector<std::string> m_createdDirectories;
    State m_state = State::Idle;
};

} // namespace rm
