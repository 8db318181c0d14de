#include "ui/setup/error_text.h"

#include "core/error.h"

#include <QCoreApplication>

namespace {

class ErrorText final {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString sentence(std::uint32_t code);
};

QString ErrorText::sentence(std::uint32_t code) {
    switch (code) {
    case ERROR_ACCESS_DENIED:
        return tr("Access was denied: a file or folder belongs to another user, or another user "
                  "could change it.");
    case ERROR_INVALID_HANDLE:
        return tr("The Restart Manager session is no longer open.");
    case ERROR_OUTOFMEMORY:
        return tr("There is not enough memory.");
    case ERROR_WRITE_FAULT:
        return tr("A file could not be read or written (the disk may be full or read-only).");
    case ERROR_INVALID_PARAMETER:
    case ERROR_BAD_ARGUMENTS:
        return tr("The package asked for something that cannot be done.");
    case ERROR_SEM_TIMEOUT:
        return tr("Another setup program is busy with the Restart Manager; try again in a moment.");
    case ERROR_FAIL_NOACTION_REBOOT:
        return tr("The applications could not be closed: a restart of the computer is needed.");
    case ERROR_FAIL_SHUTDOWN:
        return tr("Some applications did not close.");
    case ERROR_FAIL_RESTART:
        return tr("Some applications could not be started again.");
    case ERROR_MAX_SESSIONS_REACHED:
        return tr("Too many setup programs are running at the same time.");
    case ERROR_SESSION_CREDENTIAL_CONFLICT:
        return tr("The installer could not join setup's session.");
    case ERROR_CANCELLED:
        return tr("The operation was cancelled.");
    case 1620: // ERROR_INSTALL_PACKAGE_INVALID: a one-file setup's payload did not match its index
        return tr("The setup file is damaged. Download it again.");
    default:
        return tr("An unexpected error occurred (code %1).").arg(code);
    }
}

} // namespace

QString errorSentence(std::uint32_t code) {
    return ErrorText::sentence(code);
}
