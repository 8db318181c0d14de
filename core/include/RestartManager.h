/* The spelling Windows code uses, <RestartManager.h>, for restartmanager.h: Windows' file
 * systems ignore case, so ported code compiles unchanged on a case-sensitive one. */
#pragma once

#include "restartmanager.h"
