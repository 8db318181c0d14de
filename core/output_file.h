#pragma once

// Opening a file that the user named for output (a log, a result file, saved answers) when the
// program may run as root: a name in a shared folder such as /tmp can be taken first by another
// user, as a symbolic link to a file of root's or as a hard link to one.

#include "core/error.h"

#include <string>

namespace rm {

enum class OutputMode {
    Truncate,  // the file's old content is dropped
    Append,    // written after what is there
    CreateNew, // the name must not exist yet
};

// Opens `path` for writing without following a symbolic link at its last component
// (O_NOFOLLOW), creating it 0600 when missing. An existing file must be a regular file of the
// effective user with one link; otherwise nothing is written and ERROR_ACCESS_DENIED names the
// problem. Returns the descriptor (close-on-exec); the caller closes it.
Expected<int> openOutputFile(const std::string& path, OutputMode mode);

// Writes all of `text` to `fd`; ERROR_WRITE_FAULT on failure.
Status writeAllTo(int fd, std::string_view text);

} // namespace rm
