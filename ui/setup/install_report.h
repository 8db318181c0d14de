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
    // Upgrade: configuration files the user changed, kept; the new version is beside each as
    // FILE.new (paths relative to the install folder).
    QStringList keptConfigFiles;
    // Upgrade: files of the old version that the new one does not ship, removed.
    QStringList removedStaleFiles;
    QString failure;  // why setup failed; empty when it did not
    int exitCode = 0; // a SetupExitCode
};
