#pragma once

// Removing the files of an installed product so that a cancel, a failure or a crash never leaves
// half of it behind: each file is first renamed beside itself as "<name>.rm-old", and only
// commit() deletes those copies; rollback() renames them back. As in FileTransaction, every path
// is resolved beneath a descriptor of the root, one component at a time, never through a
// symbolic link, and through folders only root or the effective user can change.

#include "core/error.h"

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <sys/types.h>
#include <vector>

namespace rm {

class FileRemoval {
public:
    // root: the absolute folder the files were installed in. files and folders are relative to it
    // (checkRelativeTarget); a folder "" is the root itself. Folders are removed only when empty.
    FileRemoval(std::string root, std::vector<std::string> files,
                std::vector<std::string> folders = {});
    ~FileRemoval();
    FileRemoval(FileRemoval&& other) noexcept;
    FileRemoval& operator=(FileRemoval&& other) noexcept;
    FileRemoval(const FileRemoval&) = delete;
    FileRemoval& operator=(const FileRemoval&) = delete;

    // Resolves the root and each file, changing nothing. ERROR_BAD_ARGUMENTS for a bad relative
    // path; ERROR_ACCESS_DENIED, naming the path, for a symbolic link where a folder or a file is
    // expected, a file that is not a regular file, or a folder other users may change. A missing
    // root or file is not an error: isPresent() says so. Nothing is ever removed after a refusal.
    Status prepare();

    [[nodiscard]] std::size_t size() const { return m_files.size(); }
    [[nodiscard]] const std::string& relative(std::size_t index) const { return m_files[index]; }
    [[nodiscard]] bool isPresent(std::size_t index) const { return m_entries[index].present; }
    [[nodiscard]] off_t fileSize(std::size_t index) const { return m_entries[index].size; }
    // The file opened for reading (O_NOFOLLOW), or -1 with errno; the caller closes it.
    [[nodiscard]] int openForReading(std::size_t index) const;
    // This file stays (the user changed it).
    void keep(std::size_t index) { m_entries[index].keep = true; }
    [[nodiscard]] bool isKept(std::size_t index) const { return m_entries[index].keep; }

    // Renames each present file that is not kept to "<name>.rm-old". A file that changed since
    // prepare() (another inode) or an existing "<name>.rm-old" is ERROR_WRITE_FAULT, and what this
    // call did is put back. `progress` gets 0..100.
    Status apply(const std::function<void(unsigned)>& progress = {});
    // Renames every copy back. Harmless when nothing was applied.
    Status rollback();
    // Deletes the copies, then the folders that are empty, deepest first. Errors are logged; the
    // first one is returned, but the removal stands.
    Status commit();
    // The folders that were not empty and stayed (relative).
    [[nodiscard]] const std::vector<std::string>& keptFolders() const { return m_keptFolders; }

    // After a crash between apply() and commit(): puts back every file that is missing and has a
    // "<name>.rm-old" copy. Needs prepare() first. Returns how many came back.
    Expected<std::size_t> recover();

private:
    struct Entry {
        bool present = false;
        bool keep = false;
        bool moved = false;
        off_t size = 0;
        dev_t device = 0;
        ino_t inode = 0;
        int dir = -1; // owned by m_directories
        std::string name;
    };

    // The descriptor of a folder below the root ("" is the root), or -1 when it is missing.
    Expected<int> directory(const std::string& relative);
    [[nodiscard]] std::string display(const std::string& relative) const;
    void closeAll();

    std::string m_root;
    std::vector<std::string> m_files;
    std::vector<std::string> m_folders;
    std::vector<Entry> m_entries;
    std::vector<int> m_rootChain; // "/" down to the root's parent, then the root
    bool m_rootMissing = false;
    std::map<std::string, int> m_directories; // relative -> descriptor (-1: missing)
    std::vector<std::string> m_keptFolders;
    bool m_applied = false;
};

} // namespace rm
