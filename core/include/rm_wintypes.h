/* The Windows base types that restartmanager.h is written in, with Windows' sizes (LP64-safe). */
#pragma once

#include <stdint.h>
#include <wchar.h>

#ifndef RM_WINTYPES_DEFINED
#define RM_WINTYPES_DEFINED 1

typedef uint32_t DWORD;
typedef DWORD* LPDWORD;
typedef DWORD* PDWORD;
typedef unsigned int UINT;
typedef uint32_t ULONG;
typedef int BOOL;
typedef unsigned char BYTE;
typedef BYTE* PBYTE;
typedef int32_t HRESULT;
typedef wchar_t WCHAR;
typedef WCHAR* LPWSTR;
typedef WCHAR* PWSTR;
typedef const WCHAR* LPCWSTR;
typedef const WCHAR* PCWSTR;

typedef struct _FILETIME {
    DWORD dwLowDateTime;
    DWORD dwHighDateTime;
} FILETIME, *PFILETIME, *LPFILETIME;

#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif
#ifndef WINAPI
#define WINAPI
#endif
#ifndef _cdecl
#define _cdecl
#endif
#ifndef __cdecl
#define __cdecl
#endif

#endif
