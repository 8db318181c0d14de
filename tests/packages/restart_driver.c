/* An installer in C, built against the installed packages alone, that closes a Python
 * application registered for restart (restart_app.py, through ctypes) and starts it again:
 *   restart_driver FOLDER COMMAND...
 * COMMAND starts the application (python3 restart_app.py LIBRARY FOLDER, perhaps through env and
 * setpriv as another user). RESTARTMANAGER_STORE_DIR names the session store. Exits 0 when the
 * application was closed by RmShutdown, relaunched by RmRestart with its registered command line,
 * and runs again. Whatever it started is ended before it returns. */
#define _GNU_SOURCE /* fork, kill, nanosleep, prctl with -std=c11 */

#include <restartmanager.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

static int failures = 0;

static void check(int ok, const char* what, long value) {
    if (!ok) {
        fprintf(stderr, "restart_driver: %s (%ld)\n", what, value);
        ++failures;
    }
}

static void sleepMs(long ms) {
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

/* Waits up to 20 s for FOLDER/NAME, the application's marker: "PID HRESULT RESTARTED UID". 1 when
 * read, 0 when not; -1, at once, when `child` (unless 0) ended first (it is reaped). */
static int readMarker(const char* folder, const char* name, pid_t child, long* pid, long* hr,
                      char* restarted, long* uid) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", folder, name);
    for (int i = 0; i < 400; ++i) {
        FILE* file = fopen(path, "r");
        if (file != NULL) {
            const int n = fscanf(file, "%ld %ld %15s %ld", pid, hr, restarted, uid);
            fclose(file);
            return n == 4;
        }
        int status = 0;
        if (child > 0 && waitpid(child, &status, WNOHANG) == child) {
            fprintf(stderr, "restart_driver: the application ended (status %d) before %s\n", status,
                    path);
            return 0;
        }
        sleepMs(50);
    }
    fprintf(stderr, "restart_driver: no %s after 20 s\n", path);
    return 0;
}

/* Ends a process of ours (a child, or an orphan we reap as subreaper): SIGTERM, then SIGKILL. */
static void endProcess(pid_t pid) {
    kill(pid, SIGTERM);
    for (int i = 0; i < 100; ++i) {
        if (waitpid(pid, NULL, WNOHANG) == pid) {
            return;
        }
        sleepMs(50);
    }
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
}

static int listApplications(DWORD session, RM_PROCESS_INFO* apps, UINT capacity) {
    UINT needed = 0;
    UINT count = capacity;
    DWORD reasons = 0;
    const DWORD rc = RmGetList(session, &needed, &count, apps, &reasons);
    check(rc == ERROR_SUCCESS, "RmGetList failed", (long)rc);
    return rc == ERROR_SUCCESS ? (int)count : -1;
}

int main(int argc, char** argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: restart_driver FOLDER COMMAND...\n");
        return 2;
    }
    const char* folder = argv[1];
    /* The relaunched application is detached (double fork); as subreaper we get it back. */
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    char resource[4096];
    snprintf(resource, sizeof resource, "%s/resource.txt", folder);
    FILE* file = fopen(resource, "w");
    if (file == NULL || fputs("version 1\n", file) < 0 || fclose(file) != 0) {
        perror(resource);
        return 2;
    }

    const pid_t app = fork();
    if (app < 0) {
        perror("fork");
        return 2;
    }
    if (app == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    long pid = 0;
    long hr = -1;
    char restarted[16] = "";
    long uid = -1;
    const int started = readMarker(folder, "started", app, &pid, &hr, restarted, &uid);
    if (started != 1) {
        if (started == 0) {
            endProcess(app);
        }
        return 1;
    }
    check(pid == (long)app, "the application's PID", pid);
    check(hr == S_OK, "RegisterApplicationRestart through ctypes", hr);

    DWORD session = 0;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {0};
    DWORD rc = RmStartSession(&session, 0, key);
    check(rc == ERROR_SUCCESS, "RmStartSession failed", (long)rc);
    WCHAR wide[4096];
    mbstowcs(wide, resource, sizeof wide / sizeof wide[0]);
    LPCWSTR files[1] = {wide};
    rc = RmRegisterResources(session, 1, files, 0, NULL, 0, NULL);
    check(rc == ERROR_SUCCESS, "RmRegisterResources failed", (long)rc);

    RM_PROCESS_INFO apps[4];
    int count = listApplications(session, apps, 4);
    check(count == 1, "applications before RmShutdown", count);
    if (count == 1) {
        check(apps[0].Process.dwProcessId == (DWORD)app, "listed PID", apps[0].Process.dwProcessId);
        check(apps[0].bRestartable == TRUE, "registered for restart but not restartable", 0);
    }

    rc = RmShutdown(session, 0, NULL);
    check(rc == ERROR_SUCCESS, "RmShutdown failed", (long)rc);
    int status = 0;
    check(waitpid(app, &status, 0) == app, "the application did not end", errno);
    check(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM, "not ended by SIGTERM", status);

    rc = RmRestart(session, 0, NULL);
    check(rc == ERROR_SUCCESS, "RmRestart failed", (long)rc);
    long newPid = 0;
    long newUid = -1;
    if (rc == ERROR_SUCCESS &&
        readMarker(folder, "restarted", 0, &newPid, &hr, restarted, &newUid) == 1) {
        check(newUid == uid, "relaunched as another user", newUid);
        check(newPid != (long)app && kill((pid_t)newPid, 0) == 0, "relaunched process", newPid);
        check(hr == S_OK, "RegisterApplicationRestart of the relaunched application", hr);
        check(strcmp(restarted, "1") == 0, "RESTARTMANAGER_RESTARTED is not 1", 0);
        count = listApplications(session, apps, 4);
        check(count == 1, "applications after RmRestart", count);
        if (count == 1) {
            check(apps[0].Process.dwProcessId == (DWORD)newPid, "listed after RmRestart",
                  apps[0].Process.dwProcessId);
            check((apps[0].AppStatus & RmStatusRestarted) != 0, "not RmStatusRestarted",
                  (long)apps[0].AppStatus);
        }
    } else {
        ++failures;
    }
    rc = RmEndSession(session);
    check(rc == ERROR_SUCCESS, "RmEndSession failed", (long)rc);

    if (newPid > 0) {
        endProcess((pid_t)newPid);
    }
    /* Anything else that came back to us. */
    while (waitpid(-1, NULL, WNOHANG) > 0) {
    }
    if (failures == 0) {
        printf("restart_driver: PID %d (uid %ld) closed by RmShutdown, relaunched by RmRestart as "
               "PID %ld (uid %ld)\n",
               (int)app, uid, newPid, newUid);
    }
    return failures == 0 ? 0 : 1;
}
