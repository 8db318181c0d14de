/* C code as it is written for Windows: the headers in Windows' spelling. Building this is the
 * test that they exist on a case-sensitive file system; running it checks that they are the
 * project's headers (the declarations and values of restartmanager.h and windows.h). */
#include <Windows.h>
/* In Windows' order: restartmanager.h needs windows.h's types there. */
#include <RestartManager.h>

#include <stdio.h>

int main(void) {
    WCHAR key[CCH_RM_SESSION_KEY + 1];
    DWORD invalid = RmEndSession(0xFFFFFFFFU);
    HRESULT hr = HRESULT_FROM_WIN32(ERROR_INVALID_HANDLE);
    ZeroMemory(key, sizeof key);
    if (invalid != ERROR_INVALID_HANDLE || !FAILED(hr) ||
        HRESULT_CODE(hr) != ERROR_INVALID_HANDLE || RESTART_MAX_CMD_LINE != 1024 ||
        ARRAYSIZE(key) != 33 || key[0] != L'\0') {
        fprintf(stderr, "the Windows spellings do not give the project's headers\n");
        return 1;
    }
    return 0;
}
