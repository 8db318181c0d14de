/* The spelling Windows code uses, <Windows.h>, for the stand-in windows.h: Windows' file
 * systems ignore case, so ported code compiles unchanged on a case-sensitive one. */
#pragma once

#include "windows.h"
