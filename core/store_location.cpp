#include "core/store_location.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace rm {
namespace {

Status checkPrivateDirectory(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        const int err = errno;
        return makeError(err == EACCES ? ERROR_ACCESS_DENIED : ERROR_WRITE_FAULT,
                         "cannot inspect session store directory " + path + ": " +
                             std::strerror(err));
    }
    if (!S_ISDIR(st.st_mode)) {
        return makeError(ERROR_WRITE_FAULT,
                         "session store location " + path + " is not a directory (or is a link)");
    }
    if (st.st_uid != ::geteuid()) {
        return makeError(ERROR_ACCESS_DENIED, "session store directory " + path +
                                                  " belongs to user " + std::to_string(st.st_uid) +
                                                  ", not to this user");
    }
    if ((st.st_mode & 077) != 0) {
        return makeError(ERROR_WRITE_FAULT,
                         "session store directory " + path +
                             " is readable or writable by other users; it must have mode 0700");
    }
    return {};
}

Status ensureDirectory(const std::string& path) {
    struct stat st {};
    // A read-only file system answers EROFS even for a directory that exists: look first.
    if (::lstat(path.c_str(), &st) != 0 && ::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) {
        const int err = errno;
        return makeError(err == EACCES ? ERROR_ACCESS_DENIED : ERROR_WRITE_FAULT,
                         "cannot create session store directory " + path + ": " +
                             std::strerror(err));
    }
    return checkPrivateDirectory(path);
}

std::string_view environment(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr ? std::string_view{value} : std::string_view{};
}

} // namespace

Expected<std::string> resolveStoreDirectory() {
    std::string directory;
    if (const auto overridden = environment("RESTARTMANAGER_STORE_DIR"); !overridden.empty()) {
        directory = std::string{overridden};
    } else if (const auto runtime = environment("XDG_RUNTIME_DIR");
               !runtime.empty() && ::access(std::string{runtime}.c_str(), W_OK | X_OK) == 0) {
        directory = std::string{runtime} + "/restartmanager";
    } else {
        directory = "/tmp/restartmanager-" + std::to_string(::geteuid());
    }
    if (directory.empty() || directory.front() != '/') {
        return makeError(ERROR_WRITE_FAULT,
                         "session store directory must be an absolute path, got '" + directory +
                             "'");
    }
    if (auto status = ensureDirectory(directory); !status) {
        return status.error();
    }
    return directory;
}

} // namespace rm
