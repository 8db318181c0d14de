// The C API of restartmanager.h and restartmanager_linux.h: argument checks, wide-string
// conversion and the mapping of exceptions to error codes, in front of the session engine.
#include "restartmanager.h"
#include "restartmanager_linux.h"

#include "core/log.h"
#include "core/process_identity.h"
#include "core/session_engine.h"
#include "core/text_encoding.h"

#include <cwchar>
#include <new>

namespace {

// Runs a call body; allocation failure becomes ERROR_OUTOFMEMORY and nothing escapes into C.
template <class Body> DWORD guarded(const char* call, Body&& body) noexcept {
    try {
        return body();
    } catch (const std::bad_alloc&) {
        return ERROR_OUTOFMEMORY;
    } catch (const std::exception& e) {
        try {
            rm::log::core()->error("{} failed unexpectedly: {}", call, e.what());
        } catch (...) {
        }
        return ERROR_WRITE_FAULT;
    }
}

bool toUtf8(LPCWSTR text, std::string& out) {
    if (text == nullptr) {
        return false;
    }
    auto converted = rm::wideToUtf8(std::wstring_view{text});
    if (!converted) {
        return false;
    }
    out = std::move(*converted);
    return true;
}

DWORD notImplementedYet(const char* call, DWORD handle) {
    rm::log::core()->warn("{}(handle {}) -> ERROR_CALL_NOT_IMPLEMENTED: not available in this "
                          "version of the Restart Manager for Linux",
                          call, handle);
    return ERROR_CALL_NOT_IMPLEMENTED;
}

} // namespace

extern "C" {

DWORD WINAPI RmStartSession(DWORD* pSessionHandle, DWORD dwSessionFlags, WCHAR strSessionKey[]) {
    return guarded("RmStartSession", [&]() -> DWORD {
        if (pSessionHandle == nullptr || strSessionKey == nullptr || dwSessionFlags != 0) {
            return ERROR_BAD_ARGUMENTS;
        }
        auto started = rm::engine::startSession();
        if (!started) {
            return started.code();
        }
        for (std::size_t i = 0; i < CCH_RM_SESSION_KEY; ++i) {
            strSessionKey[i] = static_cast<WCHAR>(started->key[i]);
        }
        strSessionKey[CCH_RM_SESSION_KEY] = L'\0';
        *pSessionHandle = started->handle;
        return ERROR_SUCCESS;
    });
}

DWORD WINAPI RmJoinSession(DWORD* pSessionHandle, const WCHAR strSessionKey[]) {
    return guarded("RmJoinSession", [&]() -> DWORD {
        if (pSessionHandle == nullptr || strSessionKey == nullptr || strSessionKey[0] == L'\0') {
            return ERROR_BAD_ARGUMENTS;
        }
        // Never read past the longest key there can be, even from an unterminated buffer.
        const std::size_t length = wcsnlen(strSessionKey, CCH_RM_SESSION_KEY + 1);
        std::string key;
        for (std::size_t i = 0; i < length; ++i) {
            const WCHAR c = strSessionKey[i];
            key.push_back(c > 0 && c < 0x80 ? static_cast<char>(c) : '?');
        }
        auto joined = rm::engine::joinSession(key);
        if (!joined) {
            return joined.code();
        }
        *pSessionHandle = *joined;
        return ERROR_SUCCESS;
    });
}

DWORD WINAPI RmEndSession(DWORD dwSessionHandle) {
    return guarded("RmEndSession",
                   [&]() -> DWORD { return rm::engine::endSession(dwSessionHandle).code(); });
}

DWORD WINAPI RmRegisterResources(DWORD dwSessionHandle, UINT nFiles, LPCWSTR rgsFileNames[],
                                 UINT nApplications, RM_UNIQUE_PROCESS rgApplications[],
                                 UINT nServices, LPCWSTR rgsServiceNames[]) {
    return guarded("RmRegisterResources", [&]() -> DWORD {
        if ((nFiles > 0 && rgsFileNames == nullptr) ||
            (nApplications > 0 && rgApplications == nullptr) ||
            (nServices > 0 && rgsServiceNames == nullptr)) {
            return ERROR_BAD_ARGUMENTS;
        }
        rm::engine::ResourceRequest request;
        request.files.resize(nFiles);
        for (UINT i = 0; i < nFiles; ++i) {
            if (!toUtf8(rgsFileNames[i], request.files[i])) {
                return ERROR_BAD_ARGUMENTS;
            }
        }
        request.processes.reserve(nApplications);
        for (UINT i = 0; i < nApplications; ++i) {
            request.processes.push_back(
                rm::RegisteredProcess{rgApplications[i].dwProcessId,
                                      rm::fileTimeToUint64(rgApplications[i].ProcessStartTime)});
        }
        request.services.resize(nServices);
        for (UINT i = 0; i < nServices; ++i) {
            if (!toUtf8(rgsServiceNames[i], request.services[i])) {
                return ERROR_BAD_ARGUMENTS;
            }
        }
        return rm::engine::registerResources(dwSessionHandle, request).code();
    });
}

DWORD WINAPI RmGetList(DWORD dwSessionHandle, UINT* pnProcInfoNeeded, UINT* pnProcInfo,
                       RM_PROCESS_INFO rgAffectedApps[], LPDWORD lpdwRebootReasons) {
    return guarded("RmGetList", [&]() -> DWORD {
        if (pnProcInfoNeeded == nullptr || pnProcInfo == nullptr || lpdwRebootReasons == nullptr ||
            (*pnProcInfo > 0 && rgAffectedApps == nullptr)) {
            return ERROR_BAD_ARGUMENTS;
        }
        if (auto role = rm::engine::roleOf(dwSessionHandle); !role) {
            return role.code();
        }
        return notImplementedYet("RmGetList", dwSessionHandle);
    });
}

DWORD WINAPI RmShutdown(DWORD dwSessionHandle, ULONG lActionFlags,
                        RM_WRITE_STATUS_CALLBACK fnStatus) {
    (void)fnStatus;
    return guarded("RmShutdown", [&]() -> DWORD {
        if ((lActionFlags & ~static_cast<ULONG>(RmForceShutdown | RmShutdownOnlyRegistered)) != 0) {
            return ERROR_BAD_ARGUMENTS;
        }
        if (auto status = rm::engine::requirePrimary(dwSessionHandle); !status) {
            return status.code();
        }
        return notImplementedYet("RmShutdown", dwSessionHandle);
    });
}

DWORD WINAPI RmRestart(DWORD dwSessionHandle, DWORD dwRestartFlags,
                       RM_WRITE_STATUS_CALLBACK fnStatus) {
    (void)fnStatus;
    return guarded("RmRestart", [&]() -> DWORD {
        if (dwRestartFlags != 0) {
            return ERROR_BAD_ARGUMENTS;
        }
        if (auto status = rm::engine::requirePrimary(dwSessionHandle); !status) {
            return status.code();
        }
        return notImplementedYet("RmRestart", dwSessionHandle);
    });
}

DWORD WINAPI RmCancelCurrentTask(DWORD dwSessionHandle) {
    return guarded("RmCancelCurrentTask", [&]() -> DWORD {
        if (auto status = rm::engine::requirePrimary(dwSessionHandle); !status) {
            return status.code();
        }
        return notImplementedYet("RmCancelCurrentTask", dwSessionHandle);
    });
}

DWORD WINAPI RmAddFilter(DWORD dwSessionHandle, LPCWSTR strModuleName,
                         RM_UNIQUE_PROCESS* pProcess, LPCWSTR strServiceShortName,
                         RM_FILTER_ACTION FilterAction) {
    return guarded("RmAddFilter", [&]() -> DWORD {
        const int targets = (strModuleName != nullptr) + (pProcess != nullptr) +
                            (strServiceShortName != nullptr);
        if (targets != 1 || FilterAction == RmInvalidFilterAction) {
            return ERROR_BAD_ARGUMENTS;
        }
        if (auto role = rm::engine::roleOf(dwSessionHandle); !role) {
            return role.code();
        }
        return notImplementedYet("RmAddFilter", dwSessionHandle);
    });
}

DWORD WINAPI RmRemoveFilter(DWORD dwSessionHandle, LPCWSTR strModuleName,
                            RM_UNIQUE_PROCESS* pProcess, LPCWSTR strServiceShortName) {
    return guarded("RmRemoveFilter", [&]() -> DWORD {
        const int targets = (strModuleName != nullptr) + (pProcess != nullptr) +
                            (strServiceShortName != nullptr);
        if (targets != 1) {
            return ERROR_BAD_ARGUMENTS;
        }
        if (auto role = rm::engine::roleOf(dwSessionHandle); !role) {
            return role.code();
        }
        return notImplementedYet("RmRemoveFilter", dwSessionHandle);
    });
}

DWORD WINAPI RmGetFilterList(DWORD dwSessionHandle, PBYTE pbFilterBuf, DWORD cbFilterBuf,
                             LPDWORD cbFilterBufNeeded) {
    return guarded("RmGetFilterList", [&]() -> DWORD {
        if (cbFilterBufNeeded == nullptr || (cbFilterBuf > 0 && pbFilterBuf == nullptr)) {
            return ERROR_BAD_ARGUMENTS;
        }
        if (auto role = rm::engine::roleOf(dwSessionHandle); !role) {
            return role.code();
        }
        return notImplementedYet("RmGetFilterList", dwSessionHandle);
    });
}

HRESULT WINAPI RegisterApplicationRestart(PCWSTR pwzCommandline, DWORD dwFlags) {
    (void)pwzCommandline;
    (void)dwFlags;
    return E_NOTIMPL;
}

HRESULT WINAPI UnregisterApplicationRestart(void) {
    return E_NOTIMPL;
}

DWORD RmLinuxGetUniqueProcess(pid_t pid, RM_UNIQUE_PROCESS* pProcess) {
    if (pProcess == nullptr || pid <= 0) {
        return ERROR_BAD_ARGUMENTS;
    }
    const auto ticks = rm::readProcessStartTicks(pid);
    if (!ticks) {
        return ERROR_INVALID_PARAMETER;
    }
    pProcess->dwProcessId = static_cast<DWORD>(pid);
    pProcess->ProcessStartTime = rm::startTicksToFileTime(*ticks);
    return ERROR_SUCCESS;
}

BOOL RmLinuxIsSameProcessRunning(const RM_UNIQUE_PROCESS* pProcess) {
    if (pProcess == nullptr || pProcess->dwProcessId == 0 ||
        pProcess->dwProcessId > 0x7FFFFFFFU) {
        return FALSE;
    }
    const auto wanted = rm::fileTimeToStartTicks(pProcess->ProcessStartTime);
    return wanted && rm::isRunning(rm::ProcessIdentity{
                         static_cast<pid_t>(pProcess->dwProcessId), *wanted})
               ? TRUE
               : FALSE;
}

void RmLinuxSetStoreLockTimeout(DWORD milliseconds) {
    rm::engine::setStoreLockTimeout(std::chrono::milliseconds{milliseconds});
}

DWORD RmLinuxGetStoreLockTimeout(void) {
    return static_cast<DWORD>(rm::engine::storeLockTimeout().count());
}

} // extern "C"
