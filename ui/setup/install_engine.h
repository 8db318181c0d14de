#pragma once

#include "core/affected_applications.h"
#include "core/error.h"
#include "core/session.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class InstallPlan;
class SecondaryInstallerProcess;
namespace rm {
class FileTransaction;
} // namespace rm

// Runs the installation on a worker thread: the Restart Manager session, the secondary
// installers, RmGetList, RmShutdown, the file changes and RmRestart. The wizard calls the
// request methods from the GUI thread; each one runs on the worker and answers through the
// signals, which arrive on the GUI thread. No Restart Manager call runs on the GUI thread.
class InstallEngine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallEngine)

public:
    // The program that installs a component whose manifest says "stock".
    InstallEngine(InstallPlan& plan, QString stockSecondaryInstaller, QObject* parent = nullptr);
    ~InstallEngine() override;

    // Starts the session, starts one secondary per selected component, registers every file and
    // lists the applications that use them.
    void prepare();
    void refreshList();
    // RmShutdown; `force` for RmForceShutdown.
    void closeApplications(bool force);
    // The secondaries and the primary apply their files, then RmRestart if applications were
    // closed (`restartApplications`).
    void install(bool restartApplications);
    // Cancel: stops what is running, rolls back every file, restarts what was closed, ends.
    void cancel();
    // Commits the files and ends the session (secondaries first).
    void finish();

    [[nodiscard]] bool busy() const { return m_busy; }
    // How long RmShutdown waits for the applications to close before it gives up on them (or,
    // forced, kills them): the Restart Manager's shutdown timeout.
    [[nodiscard]] static std::chrono::milliseconds shutdownTimeout();

signals:
    void progress(int percent, const QString& message);
    void prepared();
    void listRefreshed();
    // code: ERROR_SUCCESS, ERROR_FAIL_SHUTDOWN (some did not close), or another failure.
    void applicationsClosed(quint32 code, const QString& message);
    // The files are in place; the closed applications are started again now.
    void restarting();
    void installed();
    void finished();
    void cancelled();
    void failed(const QString& message);

private:
    void runOnWorker(std::function<void()> work);
    // Work that must not run once cancel() was asked for: the rollback queued by cancel()
    // undoes what ran, and nothing may run after it (the session is over by then).
    void runUnlessCancelled(std::function<void()> work);
    void reply(std::function<void()> onGui);
    void fail(const QString& message);
    bool listAffected();
    void rollbackEverything();
    void endSession();

    InstallPlan& m_plan;
    QString m_stockSecondary;
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread
    bool m_busy = false;

    // Owned by the worker thread. The GUI thread only reads m_cancellable, to cancel: a copy of
    // the session's handle, taken and cleared under the mutex, so that a session that the worker
    // ends at the same moment is never touched.
    std::unique_ptr<rm::Session> m_session;
    std::mutex m_cancellableMutex;
    std::optional<rm::Session::Canceller> m_cancellable;
    void setCancellable(const rm::Session* session);
    // Set by cancel() on the GUI thread: work queued before the cancel then does nothing, and a
    // running install stops between two steps, so that only the rollback touches anything.
    std::atomic<bool> m_cancelRequested{false};
    // Set once finish() has committed the files: from then on a cancel has nothing to undo.
    bool m_committed = false;
    std::vector<std::unique_ptr<SecondaryInstallerProcess>> m_secondaries;
    std::unique_ptr<rm::FileTransaction> m_ownFiles;
    bool m_applicationsClosed = false;
};
