#include "core/error.h"

namespace rm {

std::string_view errorName(DWORD code) {
    switch (code) {
    case ERROR_SUCCESS:
        return "ERROR_SUCCESS";
    case ERROR_ACCESS_DENIED:
        return "ERROR_ACCESS_DENIED";
    case ERROR_INVALID_HANDLE:
        return "ERROR_INVALID_HANDLE";
    case ERROR_OUTOFMEMORY:
        return "ERROR_OUTOFMEMORY";
    case ERROR_WRITE_FAULT:
        return "ERROR_WRITE_FAULT";
    case ERROR_INVALID_PARAMETER:
        return "ERROR_INVALID_PARAMETER";
    case ERROR_CALL_NOT_IMPLEMENTED:
        return "ERROR_CALL_NOT_IMPLEMENTED";
    case ERROR_SEM_TIMEOUT:
        return "ERROR_SEM_TIMEOUT";
    case ERROR_INSUFFICIENT_BUFFER:
        return "ERROR_INSUFFICIENT_BUFFER";
    case ERROR_BAD_ARGUMENTS:
        return "ERROR_BAD_ARGUMENTS";
    case ERROR_MORE_DATA:
        return "ERROR_MORE_DATA";
    case ERROR_FAIL_NOACTION_REBOOT:
        return "ERROR_FAIL_NOACTION_REBOOT";
    case ERROR_FAIL_SHUTDOWN:
        return "ERROR_FAIL_SHUTDOWN";
    case ERROR_FAIL_RESTART:
        return "ERROR_FAIL_RESTART";
    case ERROR_MAX_SESSIONS_REACHED:
        return "ERROR_MAX_SESSIONS_REACHED";
    case ERROR_REQUEST_OUT_OF_SEQUENCE:
        return "ERROR_REQUEST_OUT_OF_SEQUENCE";
    case ERROR_SESSION_CREDENTIAL_CONFLICT:
        return "ERROR_SESSION_CREDENTIAL_CONFLICT";
    case ERROR_CANCELLED:
        return "ERROR_CANCELLED";
    default:
        return "ERROR_UNKNOWN";
    }
}

} // namespace rm
