#pragma once

#include "core/affected_applications.h"
#include "core/session.h"
#include "ui/setup/product_record.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace rm {
class FileRemoval;
} // namespace rm

// What an uninstall did, for the finish page and the unattended output.
struct UninstallReport {
    QString product;          // "Demo Notes 2.0"
    QStringList removed;      // relative paths removed
    QStringList keptChanged;  // files the user changed, kept (relative)
    QStringList keptFolders;  // folders that were not empty (relative; "" is the folder)
    QStringList closed;       // applications closed
    QStringList restarted;    // other applications started again
    QStringList notRestarted; // closed applications that could not be started again
    QStringList stillRunning; // applications that still run the removed files
    QStringList desktopLeft;  // desktop files that could not be removed
    bool restartRequired = false;
    bool cancelled = false;
    QString failure;
    int exitCode = 0;
};

// Removes an installed product as its record says, in one transaction, on a worker thread:
//   prepare(): the record is read and checked, every recorded file resolved beneath the install
//     folder (a link anywhere refuses everything), the changed ones found (kept unless `purge`),
//     every file registered in a Restart Manager session, and the applications that use them
//     listed;
//   remove(close, force): those applications are closed, the files are set aside, the record
//     too, then all of it is deleted at once with the empty folders and the desktop files; the
//     other closed applications are started again. The product's own programs (those running from
//     its install folder) are not: their files are gone, and they are not reported as failures.
// A cancel or a failure before the deletion puts every file and the record back and restarts
// what was closed. A crash leaves a marker ("<id>.uninstalling" beside the record) and the
// set-aside copies, which recoverInterruptedUninstalls() puts back.
class UninstallEngine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UninstallEngine)

public:
    UninstallEngine(ProductRecord record, bool purge, QObject* parent = nullptr);
    ~UninstallEngine() override;

    void prepare();
    void refreshList();
    // close: ask the applications to close (force: kill those that do not); not close: the files
    // go all the same and the computer must restart (3010). restartOthers: start again the
    // closed applications that are not the product's own.
    void remove(bool close, bool force, bool restartOthers);
    void cancel();

    [[nodiscard]] const ProductRecord& record() const { return m_record; }
    // Whether the files the user changed go too (--purge).
    [[nodiscard]] bool purge() const { return m_purge; }
    [[nodiscard]] const rm::AffectedApplications& affected() const { return m_affected; }
    [[nodiscard]] const QStringList& changedFiles() const { return m_changed; }
    [[nodiscard]] const UninstallReport& report() const { return m_report; }

signals:
    void progress(int percent, const QString& message);
    void stateChanged(const QString& state);
    void prepared();
    void listRefreshed();
    void finished();

private:
    void runOnWorker(std::function<void()> work);
    void finishWith(int exitCode, const QString& failure = {});
    bool listAffected();
    void rollback();
    [[nodiscard]] bool isOwnProgram(const rm::AffectedApplication& app) const;

    ProductRecord m_record;
    bool m_purge = false;
    QThread m_thread;
    QObject* m_worker = nullptr;
    std::unique_ptr<rm::Session> m_session;
    std::unique_ptr<rm::FileRemoval> m_files;
    std::unique_ptr<rm::FileRemoval> m_recordFile;
    rm::AffectedApplications m_affected;
    QStringList m_changed;
    UninstallReport m_report;
    std::atomic<bool> m_cancelRequested{false};
    std::atomic<bool> m_committed{false};
    std::mutex m_cancellableMutex;
    std::optional<rm::Session::Canceller> m_cancellable;
    bool m_closed = false;
    bool m_markerWritten = false;
};

// Puts back what uninstalls that were killed left set aside (see UninstallEngine), or finishes
// those that had already begun to delete. Returns the ids it recovered.
QStringList recoverInterruptedUninstalls();
