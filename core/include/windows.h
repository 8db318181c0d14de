/* A minimal stand-in for <windows.h>, so that Restart Manager code written for Windows compiles
 * unchanged on Linux. It provides what restartmanager.h, its samples and typical callers of the
 * Restart Manager use (installer custom actions, lock finders): the base types, HRESULT helpers
 * and a few macros. It is not a Windows emulation: no Win32 functions beyond these. */
#pragma once

#include "rm_wintypes.h"
#include "winerror.h"

#include <string.h>

#ifndef RM_WINDOWS_STANDIN_DEFINED
#define RM_WINDOWS_STANDIN_DEFINED 1

typedef void* HANDLE;
typedef HANDLE* PHANDLE;
typedef void* PVOID;
typedef void* LPVOID;
typedef const void* LPCVOID;
typedef int32_t LONG;
typedef LONG* PLONG;
typedef uint16_t WORD;
typedef char CHAR;
typedef CHAR* LPSTR;
typedef const CHAR* LPCSTR;
typedef uint64_t ULONGLONG;
typedef int64_t LONGLONG;
typedef size_t SIZE_T;

#ifdef __cplusplus
#define RM_HANDLE_VALUE(v) reinterpret_cast<HANDLE>(static_cast<intptr_t>(v))
#else
#define RM_HANDLE_VALUE(v) ((HANDLE)(intptr_t)(v))
#endif
#define INVALID_HANDLE_VALUE RM_HANDLE_VALUE(-1)

#ifndef MAX_PATH
#define MAX_PATH 260
#endif

#define FACILITY_WIN32 7
/* HRESULT_FROM_WIN32 as Windows defines it (an inline function in current SDKs): 0 stays S_OK,
 * other codes get the Win32 facility and the failure bit; a value that already is an HRESULT
 * (negative) passes through. */
#ifdef __cplusplus
inline constexpr HRESULT HRESULT_FROM_WIN32(unsigned long x) {
    return static_cast<HRESULT>(x) <= 0
               ? static_cast<HRESULT>(x)
               : static_cast<HRESULT>((static_cast<uint32_t>(x) & 0x0000FFFFU) |
                                      (uint32_t{FACILITY_WIN32} << 16) | 0x80000000U);
}
#else
static inline HRESULT HRESULT_FROM_WIN32(unsigned long x) {
    return (HRESULT)x <= 0 ? (HRESULT)x
                           : (HRESULT)((((uint32_t)x) & 0x0000FFFFU) |
                                       ((uint32_t)FACILITY_WIN32 << 16) | 0x80000000U);
}
#endif
#define HRESULT_CODE(hr) ((hr)&0xFFFF)
#define HRESULT_FACILITY(hr) (((hr) >> 16) & 0x1FFF)

#ifndef ARRAYSIZE
#define ARRAYSIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif
#ifndef _countof
#define _countof(a) (sizeof(a) / sizeof((a)[0]))
#endif
#define ZeroMemory(destination, length) memset((destination), 0, (length))
#define SecureZeroMemory(destination, length) memset((destination), 0, (length))

#endif
