// What the samples leave to "CALLER CODE GOES HERE": the primary starts the secondary installer
// and hands it the session key on its stdin (an inherited pipe, never the command line); the
// secondary reads it from there.
#include <restartmanager.h>

#include <cstdio>
#include <fcntl.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

DWORD SampleHandKeyToSecondary(const WCHAR* key) {
    int channel[2];
    if (::pipe2(channel, O_CLOEXEC) != 0) {
        return ERROR_OUTOFMEMORY;
    }
    const pid_t child = ::fork();
    if (child < 0) {
        return ERROR_OUTOFMEMORY;
    }
    if (child == 0) {
        ::dup2(channel[0], STDIN_FILENO);
        ::execl(RM_SAMPLE_SECONDARY, RM_SAMPLE_SECONDARY, static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(channel[0]);
    std::string line;
    for (const WCHAR* c = key; *c != L'\0'; ++c) {
        line.push_back(static_cast<char>(*c));
    }
    line.push_back('\n');
    const bool written = ::write(channel[1], line.data(), line.size()) ==
                         static_cast<ssize_t>(line.size());
    ::close(channel[1]);
    int status = 0;
    ::waitpid(child, &status, 0);
    std::printf("secondary installer exited with %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return written && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? ERROR_SUCCESS
                                                                     : ERROR_INVALID_PARAMETER;
}

bool SampleReadKeyFromInheritedChannel(WCHAR* key, DWORD cch) {
    char line[CCH_RM_SESSION_KEY + 2] = {};
    if (std::fgets(line, sizeof line, stdin) == nullptr) {
        return false;
    }
    DWORD i = 0;
    for (; i + 1 < cch && line[i] != '\0' && line[i] != '\n'; ++i) {
        key[i] = static_cast<WCHAR>(line[i]);
    }
    key[i] = L'\0';
    return i > 0;
}
