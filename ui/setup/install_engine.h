#pragma once

#include "core/affected_applications.h"
#include "core/desktop_integration.h"
#include "core/error.h"
#include "core/session.h"
#include "ui/setup/product_record.h"
#include "ui/setup/secondary_installer_process.h"

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
namespace rm {
class FileRemoval;
class FileTransaction;
} // namespace rm

// Runs the installation on a worker thread: the Restart Manager session, the secondary
// installers, RmGetList, RmShutdown, the file changes and RmRestart. The wizard calls the
// request methods from the GUI thread; each one runs on the worker and answers through the
// signals, which arrive on the GUI thread. No Restart Manager call runs on the GUI thread.
//
// The files change in two phases (docs/secondary-installer-protocol.md): every secondary
// applies its component and the primary its own files; then every secondary of protocol 3
// confirms with `commit` and leaves the session with `end`, keeping the originals beside the
// targets; the primary checks its own; secondaries of protocol 2 commit last (their `commit`
// drops the originals at once). Only once all of that succeeded are the originals dropped (the
// point of no return) and the closed applications started again. A failed, missing or late
// answer of any secondary at any step before that point rolls every component back, the
// primary's own files too; a secondary that stopped answering is stopped and its files are put
// back by the primary (rm::TargetSnapshot).
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
    // Ends the session, once install() has made the files final.
    void finish();

    [[nodiscard]] bool busy() const { return m_busy; }
    // How long RmShutdown waits for the applications to close before it gives up on them (or,
    // forced, kills them): the Restart Manager's shutdown timeout.
    [[nodiscard]] static std::chrono::milliseconds shutdownTimeout();
    // How long a secondary installer may take to answer one step (a `progress` line counts as
    // an answer): $RESTARTMANAGER_SECONDARY_TIMEOUT_MS for every step when set (for QA and
    // tests), else 60 s, and 10 minutes for `apply`.
    [[nodiscard]] static std::chrono::milliseconds secondaryTimeout(bool apply = false);

signals:
    void progress(int percent, const QString& message);
    void prepared();
    void listRefreshed();
    // code: ERROR_SUCCESS, ERROR_FAIL_SHUTDOWN (some did not close), or another failure.
    void applicationsClosed(quint32 code, const QString& message);
    // Every component is applied; the secondaries and the primary confirm them now.
    void committing();
    // The files are in place for good; the closed applications are started again now.
    void restarting();
    void installed();
    void finished();
    void cancelled();
    void failed(const QString& message);

private:
    struct ComponentInstall;

    void runOnWorker(std::function<void()> work);
    // Work that must not run once cancel() was asked for: the rollback queued by cancel()
    // undoes what ran, and nothing may run after it (the session is over by then).
    void runUnlessCancelled(std::function<void()> work);
    void reply(std::function<void()> onGui);
    void fail(const QString& message);
    bool listAffected();
    // Logs the component, the step and the secondary's own words; a secondary that stopped
    // answering is stopped. Returns the user's sentence.
    QString stepFailed(ComponentInstall& component, const QString& step,
                       const SecondaryInstallerProcess::Reply& reply);
    // One step of the protocol that expects `expected`; the user's sentence when it failed.
    std::optional<QString> runStep(ComponentInstall& component, const QString& step,
                                   const QString& expected, int percent,
                                   const std::function<void(int)>& onProgress = {});
    // The two-phase commit: every secondary confirms, then the point of no return; the user's
    // sentence when something failed before that point, which the caller then rolls back.
    std::optional<QString> commitEverything(int percent);
    // Registers, on a component's behalf, the targets its secondary did not register.
    bool registerWhatSecondariesLeftOut(const QString& installDir);
    void rollbackEverything();
    void endSession();
    // "Waiting for the installer of <component>…" at `percent`.
    SecondaryInstallerProcess::SlowCallback slowNotice(const ComponentInstall& component,
                                                       int percent);

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
    // Set at the point of no return of install(): from then on a cancel has nothing to undo.
    std::atomic<bool> m_committed{false};
    std::vector<std::unique_ptr<ComponentInstall>> m_components;
    QString m_installDir; // the worker's copy of the plan's folder
    std::unique_ptr<rm::FileTransaction> m_ownFiles;
    std::unique_ptr<rm::FileTransaction> m_recordFile; // the record, in productsFolder()
    // The product's record (packages with an id): built in prepare(), written by install() in the
    // same transaction as the files (m_recordFile).
    std::optional<ProductRecord> m_record;
    std::optional<ProductRecord> m_oldRecord; // the version installed in this folder now
    // An upgrade: the old version's files that the new one does not ship.
    std::unique_ptr<rm::FileRemoval> m_staleFiles;
    QStringList m_removedStale;
    QStringList m_keptConfig;
    QStringList m_desktopPaths; // m_desktopFiles->paths(), for the record
    bool buildRecord(const Package& package, QList<PackageComponent>& components,
                     const QString& installDir);
    bool prepareStaleFiles(const QList<PackageComponent>& components, const QString& installDir);
    // The menu entries, icons, MIME types and commands outside the folder (README "Desktop
    // integration"): applied after m_ownFiles, committed and rolled back with them. Its paths()
    // are the "desktop files" of the product's record.
    std::optional<rm::desktop::Installation> m_desktopFiles;
    bool m_applicationsClosed = false;
};
