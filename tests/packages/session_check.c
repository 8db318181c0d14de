/* A third-party C program built against the installed packages alone (restartmanager.pc or the
 * CMake package): a real Restart Manager session finds the child process that holds a file.
 *   session_check FOLDER
 * FOLDER gets the file; RESTARTMANAGER_STORE_DIR names the session store. Exits 0 on success. */
#define _GNU_SOURCE /* fork, kill, nanosleep, prctl with -std=c11 */

#include <restartmanager.h>
#include <restartmanager_linux.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wchar.h>

static int failures = 0;

static void check(int ok, const char* what, unsigned long value) {
    if (!ok) {
        fprintf(stderr, "session_check: %s (%lu)\n", what, value);
        ++failures;
    }
}

int main(int argc, char** argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: session_check FOLDER\n");
        return 2;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/held.txt", argv[1]);
    FILE* file = fopen(path, "w");
    if (file == NULL || fputs("held\n", file) < 0 || fclose(file) != 0) {
        perror(path);
        return 2;
    }

    /* The child opens the file and keeps it until the parent closes `hold`. */
    int ready[2];
    int hold[2];
    if (pipe(ready) != 0 || pipe(hold) != 0) {
        perror("pipe");
        return 2;
    }
    const pid_t child = fork();
    if (child < 0) {
        perror("fork");
        return 2;
    }
    if (child == 0) {
        close(ready[0]);
        close(hold[1]);
        const int fd = open(path, O_RDONLY);
        char c = fd >= 0 ? 'y' : 'n';
        if (write(ready[1], &c, 1) != 1 || read(hold[0], &c, 1) < 0) {
            _exit(1);
        }
        _exit(0);
    }
    close(ready[1]);
    close(hold[0]);
    char opened = 'n';
    if (read(ready[0], &opened, 1) != 1 || opened != 'y') {
        fprintf(stderr, "session_check: the child could not open %s\n", path);
        return 2;
    }

    DWORD session = 0;
    WCHAR key[CCH_RM_SESSION_KEY + 1];
    memset(key, 0, sizeof key);
    DWORD rc = RmStartSession(&session, 0, key);
    check(rc == ERROR_SUCCESS, "RmStartSession failed", rc);
    check(wcslen(key) == CCH_RM_SESSION_KEY, "session key length", (unsigned long)wcslen(key));

    WCHAR wide[4096];
    const size_t length = mbstowcs(wide, path, sizeof wide / sizeof wide[0]);
    check(length != (size_t)-1 && length < sizeof wide / sizeof wide[0], "mbstowcs", 0);
    LPCWSTR files[1] = {wide};
    rc = RmRegisterResources(session, 1, files, 0, NULL, 0, NULL);
    check(rc == ERROR_SUCCESS, "RmRegisterResources failed", rc);

    /* The Windows sizing protocol: ask how many, then fetch them. */
    UINT needed = 0;
    UINT count = 0;
    DWORD reasons = 0;
    rc = RmGetList(session, &needed, &count, NULL, &reasons);
    check(rc == ERROR_MORE_DATA, "RmGetList without a buffer did not say ERROR_MORE_DATA", rc);
    check(needed == 1, "RmGetList: applications needed", needed);
    RM_PROCESS_INFO apps[4];
    count = 4;
    rc = RmGetList(session, &needed, &count, apps, &reasons);
    check(rc == ERROR_SUCCESS, "RmGetList failed", rc);
    check(count == 1, "RmGetList: applications", count);
    check(reasons == RmRebootReasonNone, "RmGetList: reboot reasons", reasons);
    if (count == 1) {
        check(apps[0].Process.dwProcessId == (DWORD)child, "RmGetList: not the child",
              apps[0].Process.dwProcessId);
        check(RmLinuxIsSameProcessRunning(&apps[0].Process) == TRUE, "RmLinuxIsSameProcessRunning",
              0);
    }
    rc = RmEndSession(session);
    check(rc == ERROR_SUCCESS, "RmEndSession failed", rc);

    close(hold[1]);
    int status = 0;
    waitpid(child, &status, 0);
    if (failures == 0) {
        printf("session_check: RmGetList found process %d holding %s\n", (int)child, path);
    }
    return failures == 0 ? 0 : 1;
}
