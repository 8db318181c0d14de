#pragma once

#include <QString>
#include <QStringList>

// What a setup run did, for the last page, the unattended mode's summary and the exit code. The
// engine's state machine (SetupRun) fills it in; no view writes it.
struct InstallReport {
    QStringList installed;        // the names of the components installed
    QString installedTo;          // the install folder, once installed
    QStringList closed;           // applications that were closed for the update
    QStringList restarted;        // applications that were started again
    QStringList notRestarted;     // closed applications that setup could not start again
    QStringList stillRunning;     // applications that still run the old files
    QStringList forceClosed;      // applications that did not close when asked and were killed
    bool restartRequired = false; // the computer must restart to finish the installation
    bool cancelled = false;
    QString failure;  // why setup failed; empty when it did not
    int exitCode = 0; // a SetupExitCode
};
