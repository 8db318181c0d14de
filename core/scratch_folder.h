#pragma once

// Private working folders of a setup program (an extracted package, say), kept in the user's
// private store folder (the 0700 folder of the session store and the instance locks), never in
// /tmp. A setup that is killed cannot remove its folder; the next one does, because each
// folder's name says which process owns it.

#include "core/error.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace rm {

// A folder "scratch-<kind>-<pid>-<start ticks>-<random>" in the user's store folder, created
// 0700 beneath that folder's descriptor. The owner's PID and start time are in its name, so
// that removeStaleScratchFolders() can tell a folder whose process is gone from one whose
// process runs, also when the PID was reused. Removed with everything in it when the object
// goes (never following a symbolic link).
class ScratchFolder {
public:
    // `kind`: a few lowercase letters, e.g. "package". ERROR_BAD_ARGUMENTS for another kind;
    // ERROR_WRITE_FAULT or ERROR_ACCESS_DENIED when there is no private store folder.
    static Expected<ScratchFolder> create(std::string_view kind);

    ScratchFolder(ScratchFolder&& other) noexcept;
    ScratchFolder& operator=(ScratchFolder&& other) noexcept;
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    ~ScratchFolder();

    // Its absolute path, for programs that read files from it (the store folder is the user's
    // own and nobody else may enter it).
    [[nodiscard]] const std::string& path() const { return m_path; }
    // Removes it now (the destructor does otherwise).
    Status remove();

private:
    ScratchFolder(int parent, std::string name, std::string path)
        : m_parent{parent}, m_name{std::move(name)}, m_path{std::move(path)} {}

    int m_parent = -1; // the store folder, owned
    std::string m_name;
    std::string m_path;
};

// Removes the scratch folders in the user's store folder whose owning process is gone (or whose
// PID now belongs to another process). Returns how many were removed; a folder of a process that
// runs is never touched. Errors are logged: a setup starts all the same.
std::size_t removeStaleScratchFolders();

} // namespace rm
