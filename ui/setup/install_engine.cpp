#include "ui/setup/install_engine.h"

#include "core/file_removal.h"
#include "core/file_transaction.h"
#include "core/log.h"
#include "core/session.h"
#include "ui/setup/desktop_manifest.h"
#include "ui/setup/error_text.h"
#include "ui/setup/install_plan.h"
#include "ui/setup/secondary_installer_process.h"
#include "ui/setup/setup_file_package.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <unistd.h>

#include <algorithm>
#include <sys/stat.h>

namespace {

constexpr std::chrono::milliseconds kStepTimeout{60 * 1000};
constexpr std::chrono::milliseconds kApplyTimeout{10 * 60 * 1000};

// What the user reads: one sentence in the wizard's language, chosen by the error's code. The
// core's own English message, with the details, goes to the log.
QString errorText(const rm::Error& error) {
    rm::log::core()->warn("{} ({})", error.message, rm::errorName(error.code));
    return errorSentence(error.code);
}

// A step of docs/secondary-installer-protocol.md as the user reads it.
QString stepText(const QString& step) {
    if (step == QLatin1String("join")) {
        return QCoreApplication::translate("InstallEngine", "joining the session");
    }
    if (step == QLatin1String("register")) {
        return QCoreApplication::translate("InstallEngine", "registering its files");
    }
    if (step == QLatin1String("apply")) {
        return QCoreApplication::translate("InstallEngine", "installing its files");
    }
    if (step == QLatin1String("commit")) {
        return QCoreApplication::translate("InstallEngine", "confirming its files");
    }
    if (step == QLatin1String("end")) {
        return QCoreApplication::translate("InstallEngine", "leaving the session");
    }
    return QCoreApplication::translate("InstallEngine", "undoing its changes");
}

} // namespace

// A component being installed, and the secondary installer that installs it.
struct InstallEngine::ComponentInstall {
    PackageComponent component;
    std::unique_ptr<SecondaryInstallerProcess> installer;
    // Its targets as they were before `apply`, for the primary to put back should the
    // secondary stop answering.
    std::optional<rm::TargetSnapshot> before;
    // It stopped answering: it was stopped, and gets no more commands.
    bool broken = false;
    // A secondary of protocol 2 that committed: its files cannot go back any more.
    bool final = false;

    [[nodiscard]] bool twoPhase() const {
        return installer->protocol() >= SecondaryInstallerProcess::kTwoPhaseProtocol;
    }
    [[nodiscard]] std::vector<std::string> targets() const {
        std::vector<std::string> relative;
        for (const auto& file : component.files) {
            relative.push_back(file.target.toStdString());
        }
        return relative;
    }
};

InstallEngine::InstallEngine(InstallPlan& plan, QString stockSecondaryInstaller, QObject* parent)
    : QObject{parent}, m_plan{plan}, m_stockSecondary{std::move(stockSecondaryInstaller)} {
    m_thread.setObjectName(QStringLiteral("InstallWorker"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

InstallEngine::~InstallEngine() {
    // Whatever is still open is closed on the worker, where it lives.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_components.clear();
            m_ownFiles.reset();
            setCancellable(nullptr);
            m_session.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

std::chrono::milliseconds InstallEngine::shutdownTimeout() {
    return rm::shutdownTimeout();
}

std::chrono::milliseconds InstallEngine::secondaryTimeout(bool apply) {
    bool ok = false;
    const int set = qEnvironmentVariableIntValue("RESTARTMANAGER_SECONDARY_TIMEOUT_MS", &ok);
    if (ok && set > 0) {
        return std::chrono::milliseconds{set};
    }
    return apply ? kApplyTimeout : kStepTimeout;
}

void InstallEngine::runOnWorker(std::function<void()> work) {
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void InstallEngine::runUnlessCancelled(std::function<void()> work) {
    runOnWorker([this, work = std::move(work)] {
        if (m_cancelRequested.load()) {
            reply([] {});
            return;
        }
        work();
    });
}

void InstallEngine::reply(std::function<void()> onGui) {
    QPointer<InstallEngine> self{this};
    QMetaObject::invokeMethod(
        this,
        [self, onGui = std::move(onGui)] {
            if (self) {
                self->m_busy = false;
                onGui();
            }
        },
        Qt::QueuedConnection);
}

void InstallEngine::fail(const QString& message) {
    rm::log::core()->error("setup failed: {}", message.toStdString());
    reply([this, message] { emit failed(message); });
}

bool InstallEngine::listAffected() {
    auto affected = m_session->affectedApplications();
    if (!affected) {
        fail(tr("The applications that use the files could not be listed: %1")
                 .arg(errorText(affected.error())));
        return false;
    }
    auto list = std::move(*affected);
    reply([this, list = std::move(list)] {
        m_plan.affected = list;
        emit listRefreshed();
    });
    return true;
}

void InstallEngine::prepare() {
    // The worker reads the plan while the wizard waits on the preparing page.
    auto components = m_plan.selectedComponents();
    const QString installDir = m_plan.installDir();
    const QString product = m_plan.package().product;
    const QString version = m_plan.package().version;
    const Package package = m_plan.package();
    if (m_plan.installKind() == InstallPlan::InstallKind::Downgrade && !m_plan.downgradeConfirmed) {
        fail(tr("%1 %2 is installed, which is newer than %3: a downgrade needs your "
                "confirmation.")
                 .arg(product, m_plan.installedVersion(), version));
        return;
    }
    runUnlessCancelled([this, components, installDir, product, version, package]() mutable {
        m_installDir = installDir;
        if (!package.id.isEmpty() && !buildRecord(package, components, installDir)) {
            return;
        }
        emit progress(0, tr("Starting a Restart Manager session…"));
        auto session = rm::Session::start();
        if (!session) {
            fail(tr("The Restart Manager session could not be started: %1")
                     .arg(errorText(session.error())));
            return;
        }
        m_session = std::make_unique<rm::Session>(std::move(*session));
        setCancellable(m_session.get());

        int done = 0;
        for (const auto& component : components) {
            const int percent = 10 + 70 * done / qMax(1, static_cast<int>(components.size()));
            emit progress(percent, tr("Starting the installer of %1…").arg(component.name));
            const QString program = component.installer == QLatin1String("stock")
                                        ? m_stockSecondary
                                        : component.installer;
            auto entry = std::make_unique<ComponentInstall>();
            entry->component = component;
            entry->installer =
                std::make_unique<SecondaryInstallerProcess>(program, component.id, component.name);
            ComponentInstall& install = *entry;
            // Kept from the start, so that ending and undoing reach it whatever happens next.
            m_components.push_back(std::move(entry));
            auto started =
                install.installer->start(QString::fromStdString(m_session->key()),
                                         secondaryTimeout(), slowNotice(install, percent));
            if (!started.ok) {
                fail(stepFailed(install, QStringLiteral("join"), started));
                return;
            }
            const bool modes = std::any_of(component.files.begin(), component.files.end(),
                                           [](const PackageFile& file) { return file.mode; });
            if (modes && !install.twoPhase()) {
                rm::log::core()->warn("component {}: its installer speaks protocol 2, which "
                                      "carries no file modes: it chooses them itself",
                                      component.id.toStdString());
            }
            install.installer->sendRoot(installDir);
            for (const auto& file : component.files) {
                install.installer->sendFile(file.source, file.target, file.mode);
            }
            if (auto failed = runStep(install, QStringLiteral("register"),
                                      QStringLiteral("registered"), percent)) {
                fail(*failed);
                return;
            }
            ++done;
        }

        // The primary's own file: a record of what was installed, applied like the others. It is
        // written from memory beneath the installation folder's descriptor: no file of ours
        // ever waits under a guessable name in a shared folder such as /tmp.
        QStringList lines{product + QLatin1Char(' ') + version,
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
        for (const auto& component : components) {
            lines << component.id;
        }
        const QString recordName = QStringLiteral("share/restartmanager/installed.txt");
        const QString recordTarget = QDir{installDir}.filePath(recordName);
        m_ownFiles = std::make_unique<rm::FileTransaction>(
            installDir.toStdString(),
            std::vector<rm::FileCopy>{
                {std::string{}, recordName.toStdString(),
                 (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toStdString()}});
        auto desktop = desktopInstallationFor(package, installDir);
        if (!desktop) {
            fail(tr("Setup cannot find the folders for the menu entries: %1")
                     .arg(errorText(desktop.error())));
            return;
        }
        m_desktopFiles = std::move(*desktop);
        const std::vector<std::string> ownTargets{recordTarget.toStdString()};
        if (auto status = m_session->registerFiles(ownTargets); !status) {
            fail(tr("Setup could not register its own files: %1").arg(errorText(status.error())));
            return;
        }
        if (m_record) {
            // installed.txt is one of the product's files too; the record itself is written by
            // install(), once the desktop files are known. The old version's files that this
            // one drops are registered with the others.
            const QByteArray text = (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
            RecordedFile own;
            own.path = recordName;
            own.size = text.size();
            own.mode = 0644;
            own.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
            own.component = QString{};
            m_record->files.append(own);
            m_record->size += own.size;
            for (QString parent = QStringLiteral("share/restartmanager"); parent != u'.';
                 parent = QFileInfo{parent}.path()) {
                if (!QFileInfo::exists(QDir{installDir}.filePath(parent)) &&
                    !m_record->folders.contains(parent)) {
                    m_record->folders.append(parent);
                }
            }
            if (!prepareStaleFiles(components, installDir)) {
                return;
            }
        }
        if (!registerWhatSecondariesLeftOut(installDir)) {
            return;
        }

        emit progress(85, tr("Looking for applications that use the files…"));
        if (!listAffected()) {
            return;
        }
        emit progress(100, tr("Ready."));
        reply([this] { emit prepared(); });
    });
}

bool InstallEngine::registerWhatSecondariesLeftOut(const QString& installDir) {
    // A secondary's `registered` is its word only: the session says what it really holds, and
    // no file a component installs may escape the list of applications that use it.
    auto registered = m_session->registeredResources();
    if (!registered) {
        fail(tr("Setup could not read what its session holds: %1")
                 .arg(errorText(registered.error())));
        return false;
    }
    QSet<QString> known;
    for (const auto& file : registered->files) {
        known.insert(QDir::cleanPath(QString::fromStdString(file)));
    }
    for (const auto& install : m_components) {
        std::vector<std::string> missing;
        for (const auto& file : install->component.files) {
            const QString path = QDir::cleanPath(QDir{installDir}.filePath(file.target));
            if (!known.contains(path)) {
                missing.push_back(path.toStdString());
            }
        }
        if (missing.empty()) {
            continue;
        }
        rm::log::core()->warn("component {}: its installer said it registered its files, but "
                              "{} of {} are not registered in the session (the first: {}); setup "
                              "registers them on its behalf",
                              install->component.id.toStdString(), missing.size(),
                              install->component.files.size(), missing.front());
        if (auto status = m_session->registerFiles(missing); !status) {
            fail(tr("Setup could not register the files of %1: %2")
                     .arg(install->component.name, errorText(status.error())));
            return false;
        }
    }
    return true;
}

SecondaryInstallerProcess::SlowCallback InstallEngine::slowNotice(const ComponentInstall& install,
                                                                  int percent) {
    const QString id = install.component.id;
    const QString name = install.component.name;
    return [this, id, name, percent] {
        rm::log::core()->warn("component {}: waiting for its installer to answer",
                              id.toStdString());
        emit progress(percent, tr("Waiting for the installer of %1…").arg(name));
    };
}

QString InstallEngine::stepFailed(ComponentInstall& install, const QString& step,
                                  const SecondaryInstallerProcess::Reply& reply) {
    if (reply.broken) {
        install.broken = true;
        install.installer->stop();
    }
    const QString diagnostics = install.installer->takeDiagnostics().trimmed();
    const std::string words = reply.broken ? reply.message.toStdString()
                                           : reply.message.toStdString() + " (" +
                                                 std::string{rm::errorName(reply.code)} + ")";
    rm::log::core()->error("component {} ({}): its installer failed at the step {}: {}{}",
                           install.component.id.toStdString(), install.component.name.toStdString(),
                           step.toStdString(), words,
                           diagnostics.isEmpty()
                               ? std::string{}
                               : "; it wrote on stderr: " + diagnostics.toStdString());
    const QString why = reply.broken ? reply.message : errorSentence(reply.code);
    return tr("The installer of %1 failed while %2: %3")
        .arg(install.component.name, stepText(step), why);
}

std::optional<QString> InstallEngine::runStep(ComponentInstall& install, const QString& step,
                                              const QString& expected, int percent,
                                              const std::function<void(int)>& onProgress) {
    if (install.broken) {
        return stepFailed(install, step,
                          {false,
                           {},
                           0,
                           QCoreApplication::translate("SecondaryInstallerProcess",
                                                       "its installer stopped unexpectedly"),
                           true});
    }
    const auto answer =
        install.installer->command(step, expected, secondaryTimeout(step == QLatin1String("apply")),
                                   onProgress, slowNotice(install, percent));
    if (!answer.ok) {
        return stepFailed(install, step, answer);
    }
    rm::log::core()->info("component {}: {}: {}", install.component.id.toStdString(),
                          step.toStdString(), answer.line.toStdString());
    return std::nullopt;
}

void InstallEngine::refreshList() {
    runUnlessCancelled([this] {
        if (m_session) {
            listAffected();
        }
    });
}

void InstallEngine::closeApplications(bool force) {
    runUnlessCancelled([this, force] {
        emit progress(0, tr("Closing applications…"));
        m_applicationsClosed = true;
        auto status = m_session->shutdown(
            force ? ULONG{RmForceShutdown} : ULONG{0}, [this](unsigned percent) {
                emit progress(static_cast<int>(percent), tr("Closing applications…"));
            });
        const quint32 code = status.code();
        const QString message = status ? QString{} : errorText(status.error());
        listAffected();
        reply([this, code, message] { emit applicationsClosed(code, message); });
    });
}

void InstallEngine::install(bool restartApplications) {
    runUnlessCancelled([this, restartApplications] {
        const auto undo = [this](const QString& why) {
            rollbackEverything();
            endSession();
            fail(why);
        };
        const int steps = static_cast<int>(m_components.size()) + 3;
        int step = 0;
        for (auto& install : m_components) {
            if (m_cancelRequested.load()) {
                reply([] {}); // the queued cancel rolls back what was applied
                return;
            }
            const int percent = 100 * step / steps;
            emit progress(percent, tr("Installing %1…").arg(install->component.name));
            auto before = rm::TargetSnapshot::take(m_installDir.toStdString(), install->targets());
            if (!before) {
                undo(tr("Setup cannot examine the files of %1: %2")
                         .arg(install->component.name, errorText(before.error())));
                return;
            }
            install->before = std::move(*before);
            if (auto failed = runStep(*install, QStringLiteral("apply"), QStringLiteral("applied"),
                                      percent, [this, step, steps](int done) {
                                          emit progress((100 * step + done) / steps,
                                                        tr("Installing files…"));
                                      })) {
                undo(*failed);
                return;
            }
            ++step;
        }
        if (m_cancelRequested.load()) {
            // Cancelled during the last apply: the rollback must start the closed applications
            // again with the old files, not this install with the new ones.
            reply([] {});
            return;
        }
        if (m_staleFiles) {
            if (auto status = m_staleFiles->apply(); !status) {
                undo(tr("Setup could not remove the files the new version does not ship: %1")
                         .arg(errorText(status.error())));
                return;
            }
        }
        if (m_record) {
            m_desktopPaths.clear();
            if (m_desktopFiles) {
                for (const auto& written : m_desktopFiles->paths()) {
                    const QString path = QString::fromStdString(written);
                    if (!isDesktopIntegrationPath(path)) {
                        undo(tr("Setup could not add %1 to the desktop: %2")
                                 .arg(m_record->name.fallback, path));
                        return;
                    }
                    m_desktopPaths << path;
                }
            }
            m_record->desktopFiles = m_desktopPaths;
            m_record->date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            m_recordFile = std::make_unique<rm::FileTransaction>(
                productsFolder().toStdString(),
                std::vector<rm::FileCopy>{{std::string{},
                                           (m_record->id + QStringLiteral(".json")).toStdString(),
                                           m_record->toJson().toStdString()}});
        }
        if (auto status = m_ownFiles->apply(); !status) {
            undo(tr("Setup could not write its own files: %1").arg(errorText(status.error())));
            return;
        }
        if (m_desktopFiles) {
            if (auto status = m_desktopFiles->apply(); !status) {
                undo(tr("Setup could not write the menu entries: %1")
                         .arg(errorText(status.error())));
                return;
            }
        }
        if (m_recordFile) {
            if (auto status = m_recordFile->apply(); !status) {
                undo(tr("Setup could not write its own files: %1").arg(errorText(status.error())));
                return;
            }
        }
        ++step;

        emit committing();
        emit progress(100 * step / steps, tr("Confirming the installation…"));
        const auto failed = commitEverything(100 * step / steps);
        if (!m_committed.load()) {
            if (failed) {
                undo(*failed);
            } else {
                reply([] {}); // cancelled before the point of no return: the cancel undoes it
            }
            return;
        }
        ++step;

        QStringList restarted;
        QStringList notRestarted;
        if (restartApplications && m_applicationsClosed) {
            emit restarting();
            emit progress(100 * step / steps, tr("Starting the closed applications again…"));
            auto status = m_session->restart([this, step, steps](unsigned percent) {
                emit progress((100 * step + static_cast<int>(percent)) / steps,
                              tr("Starting the closed applications again…"));
            });
            if (!status) {
                rm::log::core()->warn("RmRestart: {}", status.error().message);
            }
            if (auto after = m_session->affectedApplications()) {
                for (const auto& app : after->applications) {
                    if ((app.status & RmStatusRestarted) != 0) {
                        restarted << QString::fromStdString(app.appName);
                    } else if ((app.status & RmStatusErrorOnRestart) != 0) {
                        rm::log::core()->warn("setup could not start {} (PID {}) again",
                                              app.appName, app.process.dwProcessId);
                        notRestarted << QString::fromStdString(app.appName);
                    }
                }
            }
        }
        emit progress(100, tr("Files installed."));
        reply([this, restarted, notRestarted] {
            m_plan.restartedApplications = restarted;
            m_plan.notRestartedApplications = notRestarted;
            m_plan.keptConfigFiles = m_keptConfig;
            m_plan.removedStaleFiles = m_removedStale;
            emit installed();
        });
    });
}

std::optional<QString> InstallEngine::commitEverything(int percent) {
    // Secondaries of protocol 3 confirm their files and leave the session, still keeping the
    // originals beside the targets: any of them may still fail, and every component must then
    // go back.
    for (auto& install : m_components) {
        if (!install->twoPhase()) {
            continue;
        }
        if (m_cancelRequested.load()) {
            return std::nullopt;
        }
        if (auto failed =
                runStep(*install, QStringLiteral("commit"), QStringLiteral("committed"), percent)) {
            return failed;
        }
    }
    for (auto& install : m_components) {
        if (!install->twoPhase()) {
            continue;
        }
        if (auto failed =
                runStep(*install, QStringLiteral("end"), QStringLiteral("ended"), percent)) {
            return failed;
        }
    }
    if (auto ready = m_ownFiles->prepareCommit(); !ready) {
        return tr("Setup could not confirm its own files: %1").arg(errorText(ready.error()));
    }
    if (m_desktopFiles) {
        if (auto ready = m_desktopFiles->prepareCommit(); !ready) {
            return tr("Setup could not confirm its own files: %1").arg(errorText(ready.error()));
        }
    }
    if (m_recordFile) {
        if (auto ready = m_recordFile->prepareCommit(); !ready) {
            return tr("Setup could not confirm its own files: %1").arg(errorText(ready.error()));
        }
    }
    if (m_cancelRequested.load()) {
        return std::nullopt;
    }
    // A secondary of protocol 2 makes its files final when it commits, so those come last: the
    // last of them may still fail and have every other component put back.
    for (auto& install : m_components) {
        if (install->twoPhase()) {
            continue;
        }
        if (auto failed =
                runStep(*install, QStringLiteral("commit"), QStringLiteral("committed"), percent)) {
            return failed;
        }
        install->final = true;
    }

    // The point of no return: every component confirmed. The originals go now.
    m_committed.store(true);
    if (auto committed = m_ownFiles->commit(); !committed) {
        rm::log::core()->warn("setup's own files are installed, but {}", committed.error().message);
    }
    if (m_recordFile) {
        if (auto committed = m_recordFile->commit(); !committed) {
            rm::log::core()->warn("the record is written, but {}", committed.error().message);
        }
    }
    if (m_staleFiles) {
        if (auto committed = m_staleFiles->commit(); !committed) {
            rm::log::core()->warn("the old version's files: {}", committed.error().message);
        }
    }
    if (m_oldRecord) {
        QStringList gone;
        for (const auto& path : m_oldRecord->desktopFiles) {
            if (!m_desktopPaths.contains(path)) {
                gone << path;
            }
        }
        if (!gone.isEmpty()) {
            removeRecordedDesktopFiles(gone); // and refreshes the caches
        }
    }
    if (m_desktopFiles) {
        if (auto committed = m_desktopFiles->commit(); !committed) {
            rm::log::core()->warn("the menu entries are installed, but {}",
                                  committed.error().message);
        }
        if (auto locations = rm::desktop::locationsFor(currentDesktopScope())) {
            rm::desktop::refreshCaches(*locations);
        }
    }
    for (auto& install : m_components) {
        const bool ended =
            install->twoPhase()
                ? install->installer->finishInput(secondaryTimeout())
                : install->installer
                      ->command(QStringLiteral("end"), QStringLiteral("ended"), secondaryTimeout())
                      .ok;
        if (!ended) {
            // Its files are final all the same; at worst an original is left beside a target.
            rm::log::core()->warn("component {}: its installer did not end cleanly once its "
                                  "files were final: {}",
                                  install->component.id.toStdString(),
                                  install->installer->takeDiagnostics().trimmed().toStdString());
        }
    }
    m_components.clear();
    return std::nullopt;
}

void InstallEngine::rollbackEverything() {
    // Real progress while undoing: one step per component, then the restart of what was closed
    // (which waits for applications still closing after a cancelled shutdown). Backwards, as
    // the components were applied.
    const int steps = static_cast<int>(m_components.size()) + 1;
    int step = 0;
    for (auto it = m_components.rbegin(); it != m_components.rend(); ++it) {
        ComponentInstall& install = **it;
        emit progress(100 * step / steps, tr("Undoing the changes…"));
        ++step;
        if (!install.before) {
            continue; // never told to apply
        }
        if (install.final) {
            rm::log::core()->error("component {}: its installer (protocol 2) had already made "
                                   "its files final; they stay",
                                   install.component.id.toStdString());
            continue;
        }
        if (!install.broken) {
            const auto undone = install.installer->command(
                QStringLiteral("rollback"), QStringLiteral("rolledback"), secondaryTimeout(true),
                [this, step, steps](int percent) {
                    emit progress((100 * (step - 1) + percent) / steps, tr("Undoing the changes…"));
                },
                slowNotice(install, 100 * (step - 1) / steps));
            if (!undone.ok) {
                stepFailed(install, QStringLiteral("rollback"), undone);
                // Alive but failed: it is not trusted with its files any more either.
                install.broken = true;
                install.installer->stop();
            }
        }
        if (install.broken) {
            rm::log::core()->warn("component {}: setup puts back its files itself",
                                  install.component.id.toStdString());
            if (auto restored = install.before->restore(); !restored) {
                rm::log::core()->error("component {}: {}", install.component.id.toStdString(),
                                       restored.error().message);
            }
        }
    }
    if (m_desktopFiles && m_desktopFiles->hasChanges()) {
        m_desktopFiles->rollback();
    }
    if (m_recordFile && m_recordFile->hasChanges()) {
        m_recordFile->rollback();
    }
    if (m_ownFiles && m_ownFiles->hasChanges()) {
        m_ownFiles->rollback();
    }
    if (m_staleFiles) {
        if (auto restored = m_staleFiles->rollback(); !restored) {
            rm::log::core()->error("the old version's files: {}", restored.error().message);
        }
    }
    if (m_session && m_applicationsClosed) {
        // Whatever was closed comes back, so cancelling never leaves the user without them.
        emit progress(100 * step / steps, tr("Starting the closed applications again…"));
        if (auto status = m_session->restart([this, step, steps](unsigned percent) {
                emit progress((100 * step + static_cast<int>(percent)) / steps,
                              tr("Starting the closed applications again…"));
            });
            !status) {
            rm::log::core()->warn("RmRestart after rollback: {}", status.error().message);
        }
    }
    emit progress(100, tr("Undoing the changes…"));
}

void InstallEngine::endSession() {
    for (auto& install : m_components) {
        if (install->broken || !install->installer->isRunning()) {
            continue;
        }
        const auto ended = install->installer->command(QStringLiteral("end"),
                                                       QStringLiteral("ended"), secondaryTimeout());
        if (!ended.ok) {
            rm::log::core()->warn("component {}: its installer did not end: {}",
                                  install->component.id.toStdString(), ended.message.toStdString());
        }
        install->installer->finishInput(secondaryTimeout());
    }
    m_components.clear();
    if (m_session) {
        setCancellable(nullptr);
        m_session->end();
        m_session.reset();
    }
}

void InstallEngine::setCancellable(const rm::Session* session) {
    const std::lock_guard lock{m_cancellableMutex};
    m_cancellable.reset();
    if (session != nullptr) {
        m_cancellable.emplace(session->canceller());
    }
}

void InstallEngine::cancel() {
    m_cancelRequested.store(true);
    // A running RmShutdown or RmRestart ends promptly; the call is made off the GUI thread. Not
    // once the files are final: the restart that follows brings the applications back.
    std::optional<rm::Session::Canceller> canceller;
    {
        const std::lock_guard lock{m_cancellableMutex};
        canceller = m_cancellable;
    }
    if (m_busy && canceller && !m_committed.load()) {
        // The canceller holds nothing but the handle, so the pool thread does not depend on the
        // session, which the worker ends after the queued rollback (a cancel that comes after
        // that gets ERROR_INVALID_HANDLE, and nothing else happens).
        QThreadPool::globalInstance()->start([canceller] { canceller->cancel(); });
    }
    runOnWorker([this] {
        if (m_committed.load()) {
            // The files were final before the cancel came: the installation stands, and
            // install() and finish() go on to its end.
            reply([] {});
            return;
        }
        rollbackEverything();
        endSession();
        reply([this] { emit cancelled(); });
    });
}

void InstallEngine::finish() {
    // Also after a cancel: once the files are final, the session must still end.
    runOnWorker([this] {
        if (!m_committed.load()) {
            reply([] {});
            return;
        }
        endSession();
        reply([this] { emit finished(); });
    });
}

bool InstallEngine::buildRecord(const Package& package, QList<PackageComponent>& components,
                                const QString& installDir) {
    const QString dir = QDir::cleanPath(installDir);
    m_oldRecord.reset();
    m_keptConfig.clear();
    const auto lookup = loadRecord(package.id);
    if (lookup.result == RecordLookup::Result::Refused) {
        fail(tr("The record of the installed %1 cannot be used: %2")
                 .arg(package.product, lookup.problem));
        return false;
    }
    if (lookup.record) {
        if (lookup.record->installDir == dir) {
            m_oldRecord = lookup.record;
        } else {
            rm::log::core()->warn("{} {} is installed in {}: its files there stay, and the record "
                                  "now names {}",
                                  package.id.toStdString(), lookup.record->version.toStdString(),
                                  lookup.record->installDir.toStdString(), dir.toStdString());
        }
    }
    ProductRecord record;
    record.id = package.id;
    record.name = package.localizedProduct;
    if (record.name.fallback.isEmpty()) {
        record.name.fallback = package.product;
    }
    record.version = package.version;
    record.publisher = package.localizedPublisher;
    if (record.publisher.fallback.isEmpty()) {
        record.publisher.fallback = package.publisher;
    }
    record.installDir = dir;
    // The program the menu entry's Uninstall action runs too (desktop_manifest.h).
    const QString setup = setupProgramForUninstall();
    record.uninstallCommand = setup + QStringLiteral(" --uninstall ") + package.id;
    record.quietUninstallCommand =
        setup + QStringLiteral(" --uninstall ") + package.id + QStringLiteral(" --unattended");
    QSet<QString> folders;
    if (m_oldRecord) {
        for (const auto& folder : m_oldRecord->folders) {
            folders.insert(folder);
        }
        record.icon = m_oldRecord->icon;
    }
    if (!QFileInfo::exists(dir)) {
        folders.insert(QString{});
    }
    for (auto& component : components) {
        record.components << component.id;
        for (auto& file : component.files) {
            RecordedFile recorded;
            recorded.path = file.target;
            if (const SetupFilePayload* streamed = setupFilePayload(file.source)) {
                // A one-file setup's payload file: not on disk, its signed index says it all.
                recorded.size = streamed->size;
                recorded.mode = file.mode.value_or(rm::installModeFor(streamed->mode));
                recorded.sha256 = streamed->sha256;
            } else {
                struct stat st {};
                const QByteArray source = QFile::encodeName(file.source);
                if (::stat(source.constData(), &st) != 0) {
                    fail(tr("Setup cannot read %1.").arg(file.source));
                    return false;
                }
                recorded.size = st.st_size;
                recorded.mode = file.mode.value_or(rm::installModeFor(st.st_mode));
                recorded.sha256 = sha256OfFile(file.source);
            }
            recorded.component = component.id;
            recorded.config = file.config;
            if (file.config && m_oldRecord) {
                // A setting the user changed since the old version wrote it stays; the new
                // version goes beside it.
                if (const RecordedFile* before = m_oldRecord->file(file.target)) {
                    const QString now = sha256OfFile(QDir{dir}.filePath(file.target));
                    if (!now.isEmpty() && now != before->sha256) {
                        rm::log::core()->info("{} was changed since it was installed: kept, the "
                                              "new version goes to {}.new",
                                              file.target.toStdString(), file.target.toStdString());
                        m_keptConfig << file.target;
                        RecordedFile beside = recorded;
                        beside.path = file.target + QStringLiteral(".new");
                        beside.config = false;
                        record.files.append(beside);
                        record.size += beside.size;
                        file.target = beside.path;
                        continue;
                    }
                }
            }
            record.files.append(recorded);
            record.size += recorded.size;
        }
    }
    // The kept settings stay in the record, with the new version's hash: they count as changed.
    for (const auto& kept : m_keptConfig) {
        for (auto& file : record.files) {
            if (file.path == kept + QStringLiteral(".new")) {
                RecordedFile setting = file;
                setting.path = kept;
                setting.config = true;
                record.files.append(setting);
                break;
            }
        }
    }
    for (const auto& file : record.files) {
        QString parent = QFileInfo{file.path}.path();
        while (!parent.isEmpty() && parent != QLatin1String(".")) {
            if (!QFileInfo::exists(QDir{dir}.filePath(parent))) {
                folders.insert(parent);
            }
            parent = QFileInfo{parent}.path();
        }
    }
    record.folders = QStringList{folders.begin(), folders.end()};
    record.folders.sort();
    m_record = std::move(record);
    return true;
}

bool InstallEngine::prepareStaleFiles(const QList<PackageComponent>& components,
                                      const QString& installDir) {
    m_staleFiles.reset();
    m_removedStale.clear();
    if (!m_oldRecord) {
        return true;
    }
    QSet<QString> shipped;
    for (const auto& component : components) {
        for (const auto& file : component.files) {
            shipped.insert(file.target);
        }
    }
    for (const auto& kept : m_keptConfig) {
        shipped.insert(kept);
    }
    // Setup's own file, written again by this run.
    shipped.insert(QStringLiteral("share/restartmanager/installed.txt"));
    std::vector<std::string> stale;
    QList<const RecordedFile*> recorded;
    for (const auto& file : m_oldRecord->files) {
        if (!shipped.contains(file.path)) {
            stale.push_back(file.path.toStdString());
            recorded.append(&file);
        }
    }
    if (stale.empty()) {
        return true;
    }
    std::vector<std::string> folders;
    for (const auto& folder : m_oldRecord->folders) {
        if (!folder.isEmpty()) {
            folders.push_back(folder.toStdString());
        }
    }
    auto removal =
        std::make_unique<rm::FileRemoval>(m_oldRecord->installDir.toStdString(), stale, folders);
    if (auto status = removal->prepare(); !status) {
        fail(tr("Setup could not remove the files the new version does not ship: %1")
                 .arg(errorText(status.error())));
        return false;
    }
    std::vector<std::string> present;
    for (std::size_t i = 0; i < removal->size(); ++i) {
        if (!removal->isPresent(i)) {
            continue;
        }
        const int fd = removal->openForReading(i);
        const QString now = fd >= 0 ? sha256OfDescriptor(fd) : QString{};
        if (fd >= 0) {
            ::close(fd);
        }
        if (now != recorded.at(static_cast<qsizetype>(i))->sha256) {
            rm::log::core()->warn("{} was changed since it was installed: it stays",
                                  removal->relative(i));
            removal->keep(i);
            continue;
        }
        m_removedStale << QString::fromStdString(removal->relative(i));
        present.push_back(
            QDir{installDir}.filePath(QString::fromStdString(removal->relative(i))).toStdString());
    }
    if (!present.empty()) {
        if (auto status = m_session->registerFiles(present); !status) {
            fail(tr("Setup could not register its own files: %1").arg(errorText(status.error())));
            return false;
        }
    }
    m_staleFiles = std::move(removal);
    return true;
}
