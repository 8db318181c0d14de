/* Linux-only additions to the Restart Manager. Every name here starts with RmLinux so that it
 * cannot be mistaken for a Windows API. */
#pragma once

#include "restartmanager.h"

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Fills *pProcess with the process ID and start time (as a FILETIME) of a running process.
 * ERROR_BAD_ARGUMENTS for a NULL pointer or PID 0; ERROR_INVALID_PARAMETER if no such process. */
DWORD RmLinuxGetUniqueProcess(pid_t pid, RM_UNIQUE_PROCESS* pProcess);

/* TRUE when pProcess names a process that is running now: same PID and same start time. A process
 * that ended and whose PID was given to another process does not match. */
BOOL RmLinuxIsSameProcessRunning(const RM_UNIQUE_PROCESS* pProcess);

/* How long a call waits for the session store's write lock before failing with
 * ERROR_SEM_TIMEOUT. Applies to the whole process. The default comes from the environment
 * variable RESTARTMANAGER_LOCK_TIMEOUT_MS, else 5000 ms. */
void RmLinuxSetStoreLockTimeout(DWORD milliseconds);
DWORD RmLinuxGetStoreLockTimeout(void);

/* How long RmShutdown waits for applications and services to close before it gives up
 * (ERROR_FAIL_SHUTDOWN) or, with RmForceShutdown, kills them; and how long RmRestart waits for
 * services to start. The default comes from RESTARTMANAGER_SHUTDOWN_TIMEOUT_MS, else 30000 ms. */
void RmLinuxSetShutdownTimeout(DWORD milliseconds);
DWORD RmLinuxGetShutdownTimeout(void);

#ifdef __cplusplus
}
#endif
