// C++ code as it is written for Windows: the headers in Windows' spelling. Building this is the
// test that they exist on a case-sensitive file system; running it checks that they are the
// project's headers (the declarations and values of restartmanager.h and windows.h).
#include <Windows.h>
// In Windows' order: restartmanager.h needs windows.h's types there.
#include <RestartManager.h>

#include <cstdio>

static_assert(RESTART_MAX_CMD_LINE == 1024);
static_assert(HRESULT_FROM_WIN32(ERROR_FAIL_RESTART) == static_cast<HRESULT>(0x80070160U));

int main() {
    RM_PROCESS_INFO info{};
    UINT needed = 0;
    UINT count = 0;
    DWORD reasons = 0;
    const DWORD invalid = RmGetList(0xFFFFFFFFU, &needed, &count, &info, &reasons);
    if (invalid != ERROR_INVALID_HANDLE || info.bRestartable != FALSE) {
        std::fprintf(stderr, "the Windows spellings do not give the project's headers\n");
        return 1;
    }
    return 0;
}
