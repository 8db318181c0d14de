// The C API of restartmanager.h and restartmanager_linux.h: argument checks, wide-string
// conversion and the mapping of exceptions to error codes, in front of the session engine.
#include "restartmanager.h"
#include "restartmanager_linux.h"

#include "core/log.h"
#include "core/private/process_identity.h"
#include "core/private/session_engine.h"
#include "core/text_encoding.h"

#include <algorithm>
#include <cwchar>
#include <functional>
#include <new>
#include <optional>
#include <vector>

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

// Copies UTF-8 text into a fixed WCHAR field, cut to fit and always terminated.
void copyTruncated(const std::string& text, WCHAR* field, std::size_t capacity) {
    const auto wide = rm::utf8ToWide(text).value_or(std::wstring{});
    const std::size_t n = std::min(wide.size(), capacity - 1);
    std::copy_n(wide.begin(), n, field);
    field[n] = L'\0';
}

// Exactly one of the three targets; nullopt otherwise.
std::optional<rm::SessionFilter> filterFor(LPCWSTR module, const RM_UNIQUE_PROCESS* process,
                                           LPCWSTR service) {
    const int targets = (module != nullptr) + (process != nullptr) + (service != nullptr);
    if (targets != 1) {
        return std::nullopt;
    }
    rm::SessionFilter filter;
    if (module != nullptr) {
        filter.kind = rm::SessionFilter::Kind::File;
        if (!toUtf8(module, filter.target)) {
            return std::nullopt;
        }
    } else if (process != nullptr) {
        filter.kind = rm::SessionFilter::Kind::Process;
        filter.process = rm::RegisteredProcess{process->dwProcessId,
                                               rm::fileTimeToUint64(process->ProcessStartTime)};
    } else {
        filter.kind = rm::SessionFilter::Kind::Service;
        if (!toUtf8(service, filter.target)) {
            return std::nullopt;
        }
    }
    return filter;
}

// An RM_FILTER_INFO with its string after it, padded so the next entry stays aligned.
std::size_t entrySize(const std::wstring& text) {
    const std::size_t raw = sizeof(RM_FILTER_INFO) + (text.size() + 1) * sizeof(WCHAR);
    constexpr std::size_t kAlign = alignof(RM_FILTER_INFO);
    return (raw + kAlign - 1) / kAlign * kAlign;
}

std::function<void(unsigned)> progressOf(RM_WRITE_STATUS_CALLBACK callback) {
    if (callback == nullptr) {
        return {};
    }
    return [callback](unsigned percent) { callback(percent); };
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
        // A list too long for the buffer is kept for the sizing protocol's second call.
        auto affected = rm::engine::affectedApplications(dwSessionHandle, *pnProcInfo,
                                                         /*withFiles=*/false);
        if (!affected) {
            return affected.code();
        }
        const auto& apps = affected->applications;
        *pnProcInfoNeeded = static_cast<UINT>(apps.size());
        *lpdwRebootReasons = affected->rebootReasons;
        if (*pnProcInfo < apps.size()) {
            *pnProcInfo = 0;
            return ERROR_MORE_DATA;
        }
        for (std::size_t i = 0; i < apps.size(); ++i) {
            RM_PROCESS_INFO& info = rgAffectedApps[i];
            info = RM_PROCESS_INFO{};
            info.Process = apps[i].process;
            copyTruncated(apps[i].appName, info.strAppName, CCH_RM_MAX_APP_NAME + 1);
            copyTruncated(apps[i].serviceShortName, info.strServiceShortName,
                          CCH_RM_MAX_SVC_NAME + 1);
            info.ApplicationType = apps[i].type;
            info.AppStatus = apps[i].status;
            info.TSSessionId = apps[i].tsSessionId;
            info.bRestartable = apps[i].restartable ? TRUE : FALSE;
        }
        *pnProcInfo = static_cast<UINT>(apps.size());
        return ERROR_SUCCESS;
    });
}

DWORD WINAPI RmShutdown(DWORD dwSessionHandle, ULONG lActionFlags,
                        RM_WRITE_STATUS_CALLBACK fnStatus) {
    return guarded("RmShutdown", [&]() -> DWORD {
        if ((lActionFlags & ~static_cast<ULONG>(RmForceShutdown | RmShutdownOnlyRegistered)) != 0) {
            return ERROR_BAD_ARGUMENTS;
        }
        return rm::engine::shutdown(dwSessionHandle, lActionFlags, progressOf(fnStatus)).code();
    });
}

DWORD WINAPI RmRestart(DWORD dwSessionHandle, DWORD dwRestartFlags,
                       RM_WRITE_STATUS_CALLBACK fnStatus) {
    return guarded("RmRestart", [&]() -> DWORD {
        if (dwRestartFlags != 0) {
            return ERROR_BAD_ARGUMENTS;
        }
        return rm::engine::restart(dwSessionHandle, progressOf(fnStatus)).code();
    });
}

DWORD WINAPI RmCancelCurrentTask(DWORD dwSessionHandle) {
    return guarded("RmCancelCurrentTask", [&]() -> DWORD {
        return rm::engine::cancelCurrentTask(dwSessionHandle).code();
    });
}

DWORD WINAPI RmAddFilter(DWORD dwSessionHandle, LPCWSTR strModuleName, RM_UNIQUE_PROCESS* pProcess,
                         LPCWSTR strServiceShortName, RM_FILTER_ACTION FilterAction) {
    return guarded("RmAddFilter", [&]() -> DWORD {
        auto filter = filterFor(strModuleName, pProcess, strServiceShortName);
        if (!filter) {
            return ERROR_BAD_ARGUMENTS;
        }
        filter->action = FilterAction;
        return rm::engine::addFilter(dwSessionHandle, std::move(*filter)).code();
    });
}

DWORD WINAPI RmRemoveFilter(DWORD dwSessionHandle, LPCWSTR strModuleName,
                            RM_UNIQUE_PROCESS* pProcess, LPCWSTR strServiceShortName) {
    return guarded("RmRemoveFilter", [&]() -> DWORD {
        auto filter = filterFor(strModuleName, pProcess, strServiceShortName);
        if (!filter) {
            return ERROR_BAD_ARGUMENTS;
        }
        return rm::engine::removeFilter(dwSessionHandle, std::move(*filter)).code();
    });
}

DWORD WINAPI RmGetFilterList(DWORD dwSessionHandle, PBYTE pbFilterBuf, DWORD cbFilterBuf,
                             LPDWORD cbFilterBufNeeded) {
    return guarded("RmGetFilterList", [&]() -> DWORD {
        if (cbFilterBufNeeded == nullptr || (cbFilterBuf > 0 && pbFilterBuf == nullptr)) {
            return ERROR_BAD_ARGUMENTS;
        }
        auto filters = rm::engine::filters(dwSessionHandle);
        if (!filters) {
            return filters.code();
        }
        // Each RM_FILTER_INFO is followed by its string; cbNextOffset leads to the next one.
        std::vector<std::wstring> strings;
        std::size_t needed = 0;
        for (const auto& filter : *filters) {
            strings.push_back(rm::utf8ToWide(filter.target).value_or(std::wstring{}));
            needed += entrySize(strings.back());
        }
        *cbFilterBufNeeded = static_cast<DWORD>(needed);
        if (cbFilterBuf < needed) {
            return ERROR_INSUFFICIENT_BUFFER;
        }
        std::size_t offset = 0;
        for (std::size_t i = 0; i < filters->size(); ++i) {
            const auto& filter = (*filters)[i];
            auto* info = new (pbFilterBuf + offset) RM_FILTER_INFO{};
            info->FilterAction = filter.action;
            auto* text = reinterpret_cast<WCHAR*>(pbFilterBuf + offset + sizeof(RM_FILTER_INFO));
            switch (filter.kind) {
            case rm::SessionFilter::Kind::File:
                info->FilterTrigger = RmFilterTriggerFile;
                info->strFilename = text;
                break;
            case rm::SessionFilter::Kind::Process:
                info->FilterTrigger = RmFilterTriggerProcess;
                info->Process.dwProcessId = filter.process.pid;
                info->Process.ProcessStartTime =
                    FILETIME{static_cast<DWORD>(filter.process.startTime & 0xFFFFFFFFU),
                             static_cast<DWORD>(filter.process.startTime >> 32)};
                break;
            case rm::SessionFilter::Kind::Service:
                info->FilterTrigger = RmFilterTriggerService;
                info->strServiceShortName = text;
                break;
            }
            std::copy(strings[i].begin(), strings[i].end(), text);
            text[strings[i].size()] = L'\0';
            const std::size_t size = entrySize(strings[i]);
            info->cbNextOffset = i + 1 < filters->size() ? static_cast<DWORD>(size) : 0;
            offset += size;
        }
        return ERROR_SUCCESS;
    });
}

HRESULT WINAPI RegisterApplicationRestart(PCWSTR pwzCommandline, DWORD dwFlags) {
    try {
        constexpr DWORD kKnownFlags =
            RESTART_NO_CRASH | RESTART_NO_HANG | RESTART_NO_PATCH | RESTART_NO_REBOOT;
        if ((dwFlags & ~kKnownFlags) != 0) {
            return E_INVALIDARG;
        }
        std::string commandLine;
        if (pwzCommandline != nullptr) {
            if (wcsnlen(pwzCommandline, RESTART_MAX_CMD_LINE + 1) > RESTART_MAX_CMD_LINE ||
                !toUtf8(pwzCommandline, commandLine)) {
                return E_INVALIDARG;
            }
        }
        return rm::engine::registerApplicationRestart(commandLine, dwFlags) ? S_OK : E_FAIL;
    } catch (const std::bad_alloc&) {
        return E_OUTOFMEMORY;
    } catch (const std::exception&) {
        return E_FAIL;
    }
}

HRESULT WINAPI UnregisterApplicationRestart(void) {
    try {
        return rm::engine::unregisterApplicationRestart() ? S_OK : E_FAIL;
    } catch (const std::bad_alloc&) {
        return E_OUTOFMEMORY;
    } catch (const std::exception&) {
        return E_FAIL;
    }
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
    if (pProcess == nullptr || pProcess->dwProcessId == 0 || pProcess->dwProcessId > 0x7FFFFFFFU) {
        return FALSE;
    }
    const auto wanted = rm::fileTimeToStartTicks(pProcess->ProcessStartTime);
    return wanted && rm::isRunning(
                         rm::ProcessIdentity{static_cast<pid_t>(pProcess->dwProcessId), *wanted})
               ? TRUE
               : FALSE;
}

void RmLinuxSetShutdownTimeout(DWORD milliseconds) {
    rm::engine::setShutdownTimeout(std::chrono::milliseconds{milliseconds});
}

DWORD RmLinuxGetShutdownTimeout(void) {
    return static_cast<DWORD>(rm::engine::shutdownTimeout().count());
}

void RmLinuxSetStoreLockTimeout(DWORD milliseconds) {
    rm::engine::setStoreLockTimeout(std::chrono::milliseconds{milliseconds});
}

DWORD RmLinuxGetStoreLockTimeout(void) {
    return static_cast<DWORD>(rm::engine::storeLockTimeout().count());
}

} // extern "C"
