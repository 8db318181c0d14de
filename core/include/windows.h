/* A minimal stand-in for <windows.h>, so that Restart Manager code written for Windows compiles
 * unchanged on Linux. It provides only what restartmanager.h and its samples use. */
#pragma once

#include "rm_wintypes.h"
#include "winerror.h"
