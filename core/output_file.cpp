#include "core/output_file.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace rm {

Expected<int> openOutputFile(const std::string& path, OutputMode mode) {
    if (path.empty() || path.find('\0') != std::string::npos) {
        return makeError(ERROR_BAD_ARGUMENTS, "no file name given");
    }
    int flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY;
    if (mode == OutputMode::Append) {
        flags |= O_APPEND;
    } else if (mode == OutputMode::CreateNew) {
        flags |= O_EXCL;
    }
    // No O_TRUNC: the file is checked before anything of it is lost.
    const int fd = ::open(path.c_str(), flags, 0600);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP) {
            return makeError(ERROR_ACCESS_DENIED,
                             path + " is a symbolic link; refusing to write through it");
        }
        return makeError(error == EACCES || error == EPERM ? ERROR_ACCESS_DENIED
                                                           : ERROR_WRITE_FAULT,
                         "cannot open " + path + ": " + std::generic_category().message(error));
    }
    struct stat st {};
    std::string problem;
    if (::fstat(fd, &st) != 0) {
        problem = "cannot examine it: " + std::generic_category().message(errno);
    } else if (!S_ISREG(st.st_mode)) {
        problem = "it is not a regular file";
    } else if (st.st_uid != ::geteuid()) {
        problem = "it belongs to user " + std::to_string(st.st_uid);
    } else if (st.st_nlink != 1) {
        problem = "it has other hard links";
    }
    if (!problem.empty()) {
        ::close(fd);
        return makeError(ERROR_ACCESS_DENIED, "refusing to write " + path + ": " + problem);
    }
    if (mode == OutputMode::Truncate && ::ftruncate(fd, 0) != 0) {
        const int error = errno;
        ::close(fd);
        return makeError(ERROR_WRITE_FAULT,
                         "cannot truncate " + path + ": " + std::generic_category().message(error));
    }
    return fd;
}

Status writeAllTo(int fd, std::string_view text) {
    while (!text.empty()) {
        const ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return makeError(ERROR_WRITE_FAULT, std::generic_category().message(errno));
        }
        text.remove_prefix(static_cast<std::size_t>(n));
    }
    return {};
}

} // namespace rm
