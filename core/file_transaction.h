#pragma once

// Installing a set of files so that a failure, a cancel or a crash never leaves a half-installed
// mix behind: what an installer writes can always be put back until it says commit. Setup runs
// as root in folders other users may reach, so every step is taken through directory
// descriptors and never follows a symbolic link that someone else could have planted.

#include "core/error.h"

#include <array>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace rm {

// One file to install.
struct FileCopy {
    // Absolute path of the payload file (ignored when content is set).
    std::string source;
    // RELATIVE to the install root, e.g. "bin/demo-notes".
    std::string target;
    // When set, the file is written from this text instead of copied. (The {} lets
    // {source, target} initialise a FileCopy without -Wmissing-field-initializers.)
    std::optional<std::string> content{};
    // The installed file's mode, as a manifest may give it: one of isAllowedInstallMode().
    // Unset: installModeFor() the source's mode (0644 for content).
    std::optional<unsigned> mode{};
    // When set, the target is made a symbolic link with this text (an absolute path, e.g. a
    // command linked into ~/.local/bin) instead of a file; source, content and mode are ignored.
    std::optional<std::string> link{};
    // When set, the content is written by this function into the staged file (the .rm-new
    // beside the target) instead of copied from `source`, which is then only a name (a one-file
    // setup streams its payload this way, each file checked as it streams; mode must be set). An
    // error it returns fails apply() like a write fault (its code kept), and the transaction rolls
    // back.
    std::function<Status(int fd)> writer{};
};

// The modes an installed file may get: 0755 (a program) and 0644 (anything else). Never
// setuid, setgid, sticky, or writable by group or others, whatever the payload says: a payload
// file with mode 4777 installed by root would otherwise be a setuid program anybody may change.
[[nodiscard]] constexpr bool isAllowedInstallMode(unsigned mode) {
    return mode == 0755U || mode == 0644U;
}

// The installed mode of a payload file with `sourceMode`: 0755 when it has any execute bit,
// else 0644. Folders that an installation creates get 0755.
[[nodiscard]] constexpr unsigned installModeFor(unsigned sourceMode) {
    return (sourceMode & 0111U) != 0 ? 0755U : 0644U;
}

// The suffixes the transaction uses internally, so that callers (the package loader) can reserve
// them: no component of a target may end with one.
inline constexpr std::array<std::string_view, 2> kReservedSuffixes{".rm-new", ".rm-old"};

// Checks a relative target without touching the disk: non-empty, not absolute, no "." / ".." /
// empty components, no control characters or NUL (bytes < 0x20 and 0x7F), valid UTF-8, no
// component ending in one of kReservedSuffixes. ERROR_BAD_ARGUMENTS with a clear message
// otherwise.
Status checkRelativeTarget(std::string_view target);

// Installs files below one install root so that a failure or a cancel can put everything back:
// each file is written beside its target as target + ".rm-new" (every file is staged first, then
// each file system is synced once), an existing target is kept as target + ".rm-old" (a hard link
// where the file system allows it, so the target path never goes missing; a rename otherwise), then
// the new file is renamed over the target. commit() deletes the .rm-old copies; rollback() restores
// them and removes what was added.
//
// A crash midway leaves only .rm-new and .rm-old siblings next to the targets, never a
// truncated target. apply() refuses to touch a target that already has a .rm-old sibling: that
// copy may be the only original left by an interrupted installation.
//
// Files in use by running programs are replaced by rename: a running program keeps the old
// inode open and goes on reading the old content; the path shows the new one.
//
// Safety against symbolic links and other local users (the installer usually runs as root):
// - The root is resolved from "/" one component at a time (O_PATH|O_NOFOLLOW). A symbolic link
//   on the way is followed only when it belongs to root or to the effective user (its folder
//   is checked as below, so nobody else can have put it there or change it); any other link is
//   refused with ERROR_ACCESS_DENIED. Missing trailing folders of the root are created (0755)
//   and removed again by rollback().
// - Below the root nothing is ever looked up by a full path: each folder is opened beneath its
//   parent's descriptor (openat2 RESOLVE_BENEATH|RESOLVE_NO_SYMLINKS, or an O_NOFOLLOW openat
//   where openat2 is missing), and every file operation is a *at() call on such a descriptor
//   and a single name. The descriptors are kept from apply() until commit() or rollback(), so a
//   folder renamed or swapped for a link meanwhile cannot redirect anything. A symbolic link
//   where a folder is expected is refused (ERROR_ACCESS_DENIED); a symbolic link as the target
//   itself is replaced like a file (kept as .rm-old, put back by rollback), never followed.
// - StrictModes, as sshd does: each ancestor of the root, the root, and every existing folder
//   between the root and a target must belong to root or to the effective user and must not be
//   writable by group or others, unless it is root's and sticky (like /tmp). This is checked
//   with fstat() on the very descriptor that is then used. Otherwise apply() refuses before
//   touching anything, with ERROR_ACCESS_DENIED naming the folder and its owner. ACLs are not
//   examined.
// - rollback() and commit() remove only what this transaction made: before a name is unlinked
//   or renamed back, its device and inode are compared with the ones recorded when it was
//   created (or kept), and an entry that is not ours any more is left alone with a warning.
// - Sources are opened with O_NOFOLLOW and must be regular files.
//
// Not thread-safe; one object belongs to one installer. Movable, not copyable.
class FileTransaction {
public:
    // root: the absolute install folder; the targets of `files` are relative to it.
    FileTransaction(std::string root, std::vector<FileCopy> files);
    ~FileTransaction();
    FileTransaction(FileTransaction&& other) noexcept;
    FileTransaction& operator=(FileTransaction&& other) noexcept;
    FileTransaction(const FileTransaction&) = delete;
    FileTransaction& operator=(const FileTransaction&) = delete;

    // All or nothing: if any file fails, what this call already did is rolled back and the
    // error is returned. Before anything is touched: ERROR_BAD_ARGUMENTS for a relative root, a
    // bad target (see checkRelativeTarget), a relative, missing or non-regular source, or a
    // target listed twice; ERROR_ACCESS_DENIED for a folder that fails the checks above;
    // ERROR_WRITE_FAULT for a target with a leftover .rm-old sibling. Later failures are
    // ERROR_WRITE_FAULT with the path and strerror (ERROR_ACCESS_DENIED for a folder swapped
    // for a link or changed hands meanwhile). Creates missing folders, 0755 (and removes the
    // ones it created on rollback). Files get FileCopy::mode, else installModeFor() their
    // source's mode (0644 for content); a FileCopy::mode that isAllowedInstallMode() refuses is
    // ERROR_BAD_ARGUMENTS before anything is touched.
    // ERROR_INVALID_PARAMETER when already applied or committed. `progress` gets 0..100 on the
    // calling thread.
    Status apply(const std::function<void(unsigned percent)>& progress = {});

    // Puts back what apply() did. Harmless when nothing is applied and when called again; when
    // a step fails the others still run, the error (ERROR_WRITE_FAULT) is returned and a later
    // rollback() retries what is left. ERROR_INVALID_PARAMETER after commit().
    Status rollback(const std::function<void(unsigned percent)>& progress = {});

    // The first phase of a two-phase commit (a primary and its secondary installers commit
    // together, and any of them may still fail): checks that every file is installed and still
    // is the file this transaction wrote, and that every kept original is still there, so that
    // rollback() can still put everything back and commit() has nothing left to do but delete
    // the copies. Changes nothing. ERROR_INVALID_PARAMETER when nothing is applied,
    // ERROR_WRITE_FAULT naming the first file that is not as this transaction left it.
    [[nodiscard]] Status prepareCommit() const;

    // Makes apply() final by deleting the .rm-old copies. ERROR_INVALID_PARAMETER when nothing
    // is applied; a copy that cannot be deleted is ERROR_WRITE_FAULT, but the transaction is
    // committed all the same (the new files are in place). A second commit() does nothing.
    Status commit();

    [[nodiscard]] const std::vector<FileCopy>& files() const { return m_files; }
    [[nodiscard]] const std::string& root() const { return m_root; }
    // True while apply() has left changes on disk that commit() or rollback() must settle.
    [[nodiscard]] bool hasChanges() const { return m_state == State::Applied; }
    [[nodiscard]] bool isCommitted() const { return m_state == State::Committed; }

private:
    friend class TargetSnapshot;
    enum class State { Idle, Applied, Committed };

    // A file system object as it was when this transaction made or kept it.
    struct Identity {
        dev_t device = 0;
        ino_t inode = 0;
        bool known = false;
    };

    // What apply() has done to one file so far, so that rollback() undoes exactly that.
    struct Progress {
        bool staged = false;      // target.rm-new written
        bool oldKept = false;     // target.rm-old holds the original
        bool oldIsLink = false;   // ... as a second hard link; the target still is the original
        bool installed = false;   // target is the new file
        bool hadOriginal = false; // the target existed before
        Identity original;        // the target as it was
        Identity added;           // the .rm-new this transaction wrote (then the target)
    };

    // A folder this transaction created: removed on rollback if it still is that folder.
    struct CreatedDirectory {
        int parent = -1; // a descriptor owned by m_directories or m_rootChain
        std::string name;
        std::string path; // for messages
        Identity identity;
    };

    // Owns one descriptor.
    class Fd {
    public:
        Fd() = default;
        explicit Fd(int fd) : m_fd{fd} {}
        ~Fd();
        Fd(Fd&& other) noexcept : m_fd{other.release()} {}
        Fd& operator=(Fd&& other) noexcept;
        Fd(const Fd&) = delete;
        Fd& operator=(const Fd&) = delete;
        [[nodiscard]] int get() const { return m_fd; }
        int release() {
            const int fd = m_fd;
            m_fd = -1;
            return fd;
        }

    private:
        int m_fd = -1;
    };

    Status check();
    Status resolveRoot();
    Status createRoot();
    // The descriptor of a folder below the root ("" is the root). With `create`, missing
    // folders are made; without, a missing one gives -1 and no error.
    Expected<int> directory(const std::string& relative, bool create);
    // Stages one file as target.rm-new (not synced; apply() syncs and renames).
    Status applyOne(std::size_t index);
    Status replaceTarget(int dir, const std::string& name, std::size_t index);
    Status rollbackOne(std::size_t index);
    Status rollbackSteps(const std::function<void(unsigned)>& progress);
    [[nodiscard]] std::string display(const std::string& relative) const;
    void closeDirectories();

    std::string m_root;
    std::vector<FileCopy> m_files;
    std::vector<Progress> m_progress;
    // Folders of the root's path that exist, from "/" down (the root last, once it exists).
    std::vector<Fd> m_rootChain;
    std::vector<std::string> m_rootChainPaths;
    // Names of the root's trailing folders that do not exist yet, outermost first.
    std::vector<std::string> m_missingRoot;
    // Open folders below the root by relative path ("" = the root), kept until settled.
    std::map<std::string, Fd> m_directories;
    // In the order they were made; removed in reverse.
    std::vector<CreatedDirectory> m_createdDirectories;
    State m_state = State::Idle;
};

// The targets of an installer that runs in another process (a secondary installer), as they
// were before it applied them, so that the primary can put them back itself should that
// installer die or stop answering once it has applied them. The secondary installer protocol
// (docs/secondary-installer-protocol.md) keeps each replaced original beside its target as
// "<target>.rm-old" until the installation is final, as FileTransaction does; restore() puts
// those back and removes what was added. Paths are resolved as in FileTransaction: beneath a
// descriptor of the root, never through a symbolic link, through trusted folders only.
class TargetSnapshot {
public:
    // Notes, for each target (relative to `root`), whether it exists and what it is (device and
    // inode), and which of the folders on the way exist. Errors as FileTransaction::apply()'s
    // checks (a bad target, an untrusted folder).
    static Expected<TargetSnapshot> take(std::string root, std::vector<std::string> targets);

    // Puts every target back as the snapshot saw it: an original that the installer kept as
    // "<target>.rm-old" is renamed back over the target, a target that did not exist is
    // removed, "<target>.rm-new" leftovers go, and the folders that did not exist are removed
    // when empty. A target that changed while no kept original can put it back is
    // ERROR_WRITE_FAULT (logged; the others are still put back). Harmless when nothing changed.
    Status restore() const;

    [[nodiscard]] const std::string& root() const { return m_root; }

private:
    struct Target {
        std::string relative;
        bool existed = false;
        dev_t device = 0;
        ino_t inode = 0;
    };

    std::string m_root;
    std::vector<Target> m_targets;
    // Folders below the root, relative, that did not exist, deepest last.
    std::vector<std::string> m_missingFolders;
    // Trailing folders of the root itself that did not exist, outermost first.
    std::vector<std::string> m_missingRoot;
};

} // namespace rm
