#include "ui/setup/uninstall_engine.h"

#include "core/file_removal.h"
#include "core/log.h"
#include "ui/setup/desktop_manifest.h"
#include "ui/setup/error_text.h"
#include "ui/setup/install_plan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

QString errorText(const rm::Error& error) {
    rm::log::core()->warn("{} ({})", error.message, rm::errorName(error.code));
    return errorSentence(error.code);
}

QString markerPath(const QString& id) {
    return productsFolder() + u'/' + id + QStringLiteral(".uninstalling");
}

// The marker beside the record: "apply" while files are set aside, "commit" once they are being
// deleted. Written beneath the records folder, never through a link.
bool writeMarker(const QString& id, const char* phase) {
    const QByteArray path = QFile::encodeName(markerPath(id));
    const int fd =
        ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        rm::log::core()->error("cannot write {}: {}", path.toStdString(), std::strerror(errno));
        return false;
    }
    const std::string text = std::string{phase} + "\n";
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                    ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void removeMarker(const QString& id) {
    ::unlink(QFile::encodeName(markerPath(id)).constData());
}

std::vector<std::string> relativeFiles(const ProductRecord& record) {
    std::vector<std::string> files;
    files.reserve(static_cast<std::size_t>(record.files.size()));
    for (const auto& file : record.files) {
        files.push_back(file.path.toStdString());
    }
    return files;
}

std::vector<std::string> relativeFolders(const ProductRecord& record) {
    std::vector<std::string> folders;
    for (const auto& folder : record.folders) {
        folders.push_back(folder.toStdString());
    }
    return folders;
}

} // namespace

UninstallEngine::UninstallEngine(ProductRecord record, bool purge, QObject* parent)
    : QObject{parent}, m_record{std::move(record)}, m_purge{purge} {
    m_report.product = m_record.name.in(QLocale{}.name()) + u' ' + m_record.version;
    m_thread.setObjectName(QStringLiteral("UninstallWorker"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

UninstallEngine::~UninstallEngine() {
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_files.reset();
            m_recordFile.reset();
            {
                const std::lock_guard lock{m_cancellableMutex};
                m_cancellable.reset();
            }
            m_session.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void UninstallEngine::runOnWorker(std::function<void()> work) {
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void UninstallEngine::finishWith(int exitCode, const QString& failure) {
    if (m_session) {
        {
            const std::lock_guard lock{m_cancellableMutex};
            m_cancellable.reset();
        }
        m_session->end();
        m_session.reset();
    }
    m_report.exitCode = exitCode;
    if (!failure.isEmpty()) {
        m_report.failure = failure;
        rm::log::core()->error("uninstall failed: {}", failure.toStdString());
    }
    rm::log::core()->info("uninstall of {} ends with {}", m_record.id.toStdString(), exitCode);
    emit finished();
}

bool UninstallEngine::listAffected() {
    auto affected = m_session->affectedApplications();
    if (!affected) {
        finishWith(
            ExitFatalError,
            QCoreApplication::translate(
                "InstallEngine", "The applications that use the files could not be listed: %1")
                .arg(errorText(affected.error())));
        return false;
    }
    m_affected = std::move(*affected);
    return true;
}

void UninstallEngine::prepare() {
    runOnWorker([this] {
        emit stateChanged(QStringLiteral("Preparing"));
        emit progress(0, tr("Checking the files of %1…").arg(m_report.product));
        m_files = std::make_unique<rm::FileRemoval>(
            m_record.installDir.toStdString(), relativeFiles(m_record), relativeFolders(m_record));
        if (auto status = m_files->prepare(); !status) {
            rm::log::core()->error("nothing is removed: {}", status.error().message);
            finishWith(
                ExitFatalError,
                tr("Nothing was removed: %1").arg(QString::fromStdString(status.error().message)));
            return;
        }
        m_recordFile = std::make_unique<rm::FileRemoval>(
            productsFolder().toStdString(),
            std::vector<std::string>{(m_record.id + QStringLiteral(".json")).toStdString()});
        if (auto status = m_recordFile->prepare(); !status) {
            finishWith(
                ExitFatalError,
                tr("Nothing was removed: %1").arg(QString::fromStdString(status.error().message)));
            return;
        }
        std::vector<std::string> registered;
        const QDir root{m_record.installDir};
        for (std::size_t i = 0; i < m_files->size(); ++i) {
            if (!m_files->isPresent(i)) {
                continue;
            }
            const RecordedFile& recorded = m_record.files.at(static_cast<qsizetype>(i));
            // Same size and the recorded hash: unchanged. The size alone tells most changes.
            bool changed = m_files->fileSize(i) != recorded.size;
            if (!changed) {
                const int fd = m_files->openForReading(i);
                changed = fd < 0 || sha256OfDescriptor(fd) != recorded.sha256;
                if (fd >= 0) {
                    ::close(fd);
                }
            }
            if (changed) {
                m_changed << recorded.path;
                if (!m_purge) {
                    rm::log::core()->info("{} was changed since it was installed: it stays",
                                          recorded.path.toStdString());
                    m_files->keep(i);
                    continue;
                }
            }
            registered.push_back(root.filePath(recorded.path).toStdString());
        }
        emit progress(30, QCoreApplication::translate("InstallEngine",
                                                      "Starting a Restart Manager session…"));
        auto session = rm::Session::start();
        if (!session) {
            finishWith(ExitFatalError,
                       QCoreApplication::translate(
                           "InstallEngine", "The Restart Manager session could not be started: %1")
                           .arg(errorText(session.error())));
            return;
        }
        m_session = std::make_unique<rm::Session>(std::move(*session));
        {
            const std::lock_guard lock{m_cancellableMutex};
            m_cancellable.emplace(m_session->canceller());
        }
        if (auto status = m_session->registerFiles(registered); !status) {
            finishWith(ExitFatalError,
                       tr("Setup could not register the files: %1").arg(errorText(status.error())));
            return;
        }
        emit progress(80, QCoreApplication::translate(
                              "InstallEngine", "Looking for applications that use the files…"));
        if (!listAffected()) {
            return;
        }
        emit progress(100, QCoreApplication::translate("InstallEngine", "Ready."));
        emit prepared();
    });
}

bool UninstallEngine::isOwnProgram(const rm::AffectedApplication& app) const {
    // The product's own programs run from its install folder. They are closed for good: once
    // their files are gone, RmRestart cannot start them again (and a cancel, which puts the
    // files back, brings them back like every other application).
    const QString executable = QString::fromStdString(app.executable);
    return !executable.isEmpty() && executable.startsWith(m_record.installDir + u'/');
}

void UninstallEngine::refreshList() {
    runOnWorker([this] {
        if (m_session && listAffected()) {
            emit listRefreshed();
        }
    });
}

void UninstallEngine::rollback() {
    emit progress(0, QCoreApplication::translate("InstallEngine", "Undoing the changes…"));
    if (m_files) {
        if (auto status = m_files->rollback(); !status) {
            rm::log::core()->error("{}", status.error().message);
        }
    }
    if (m_recordFile) {
        if (auto status = m_recordFile->rollback(); !status) {
            rm::log::core()->error("{}", status.error().message);
        }
    }
    if (m_markerWritten) {
        removeMarker(m_record.id);
        m_markerWritten = false;
    }
    if (m_session && m_closed) {
        // Everything comes back, the product's own programs too.
        emit progress(50, QCoreApplication::translate("InstallEngine",
                                                      "Starting the closed applications again…"));
        if (auto status = m_session->restart(); !status) {
            rm::log::core()->warn("RmRestart after rollback: {}", status.error().message);
        }
    }
    emit progress(100, QCoreApplication::translate("InstallEngine", "Undoing the changes…"));
}

void UninstallEngine::remove(bool close, bool force, bool restartOthers) {
    runOnWorker([this, close, force, restartOthers] {
        if (!m_session || m_report.exitCode != 0 || m_committed.load()) {
            return;
        }
        const auto cancelled = [this] {
            if (!m_cancelRequested.load()) {
                return false;
            }
            rollback();
            m_report.cancelled = true;
            finishWith(ExitCancelled);
            return true;
        };
        if (cancelled()) {
            return;
        }
        if (!m_affected.applications.empty()) {
            if (close) {
                emit stateChanged(QStringLiteral("ShuttingDown"));
                emit progress(
                    0, QCoreApplication::translate("InstallEngine", "Closing applications…"));
                m_closed = true;
                auto status = m_session->shutdown(
                    force ? ULONG{RmForceShutdown} : ULONG{0}, [this](unsigned percent) {
                        emit progress(
                            static_cast<int>(percent),
                            QCoreApplication::translate("InstallEngine", "Closing applications…"));
                    });
                if (!status) {
                    rm::log::core()->warn("RmShutdown: {}", status.error().message);
                }
                if (cancelled()) {
                    return;
                }
                if (!listAffected()) {
                    rollback();
                    return;
                }
            }
            for (const auto& app : m_affected.applications) {
                const auto name = QString::fromStdString(app.appName);
                if ((app.status & RmStatusStopped) != 0) {
                    m_report.closed << name;
                } else if ((app.status & RmStatusRunning) != 0) {
                    m_report.stillRunning << name;
                    m_report.restartRequired = true;
                }
            }
        }
        emit stateChanged(QStringLiteral("Removing"));
        emit progress(0, tr("Removing files…"));
        m_markerWritten = writeMarker(m_record.id, "apply");
        if (!m_markerWritten) {
            rollback();
            finishWith(ExitFatalError,
                       QCoreApplication::translate("InstallEngine",
                                                   "Setup could not write its own files: %1")
                           .arg(markerPath(m_record.id)));
            return;
        }
        if (auto status = m_files->apply([this](unsigned percent) {
                emit progress(static_cast<int>(percent) * 9 / 10, tr("Removing files…"));
            });
            !status) {
            rollback();
            finishWith(ExitFatalError,
                       tr("The files could not be removed: %1").arg(errorText(status.error())));
            return;
        }
        if (auto status = m_recordFile->apply(); !status) {
            rollback();
            finishWith(ExitFatalError,
                       tr("The files could not be removed: %1").arg(errorText(status.error())));
            return;
        }
        // For QA and the tests of a cancel or a crash at this point: everything is set aside.
        if (const int pause = qEnvironmentVariableIntValue("RESTARTMANAGER_UNINSTALL_PAUSE_MS");
            pause > 0) {
            emit stateChanged(QStringLiteral("SetAside"));
            const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds{pause};
            while (std::chrono::steady_clock::now() < end && !m_cancelRequested.load()) {
                std::this_thread::sleep_for(std::chrono::milliseconds{20});
            }
        }
        if (cancelled()) {
            return;
        }
        // The point of no return.
        emit stateChanged(QStringLiteral("Committing"));
        writeMarker(m_record.id, "commit");
        m_committed.store(true);
        if (auto status = m_files->commit(); !status) {
            rm::log::core()->warn("{}", status.error().message);
        }
        m_recordFile->commit();
        for (std::size_t i = 0; i < m_files->size(); ++i) {
            const QString path = QString::fromStdString(m_files->relative(i));
            if (m_files->isKept(i)) {
                m_report.keptChanged << path;
            } else if (m_files->isPresent(i)) {
                m_report.removed << path;
            }
        }
        for (const auto& folder : m_files->keptFolders()) {
            m_report.keptFolders << QString::fromStdString(folder);
        }
        if (!m_record.desktopFiles.isEmpty()) {
            emit progress(95, tr("Removing the desktop entries…"));
            m_report.desktopLeft = removeRecordedDesktopFiles(m_record.desktopFiles);
        }
        removeMarker(m_record.id);
        m_markerWritten = false;
        if (m_closed && restartOthers) {
            emit stateChanged(QStringLiteral("Restarting"));
            emit progress(0, QCoreApplication::translate(
                                 "InstallEngine", "Starting the closed applications again…"));
            if (auto status = m_session->restart(); !status) {
                rm::log::core()->info("RmRestart: {}", status.error().message);
            }
            if (auto after = m_session->affectedApplications()) {
                for (const auto& app : after->applications) {
                    if (isOwnProgram(app)) {
                        continue; // its program is gone: it was not meant to come back
                    }
                    if ((app.status & RmStatusRestarted) != 0) {
                        m_report.restarted << QString::fromStdString(app.appName);
                    } else if ((app.status & RmStatusErrorOnRestart) != 0) {
                        m_report.notRestarted << QString::fromStdString(app.appName);
                    }
                }
            }
        }
        emit progress(100, tr("%1 was removed.").arg(m_report.product));
        finishWith(m_report.restartRequired ? ExitRestartRequired : ExitSuccess);
    });
}

void UninstallEngine::cancel() {
    if (m_cancelRequested.exchange(true) || m_committed.load()) {
        return;
    }
    rm::log::core()->warn("uninstall cancelled");
    std::optional<rm::Session::Canceller> canceller;
    {
        const std::lock_guard lock{m_cancellableMutex};
        canceller = m_cancellable;
    }
    if (canceller) {
        QThreadPool::globalInstance()->start([canceller] { canceller->cancel(); });
    }
    runOnWorker([this] {
        // Nothing running: put back what there is, and end (remove() ends by itself otherwise).
        if (m_committed.load() || m_report.cancelled || m_report.exitCode != 0) {
            return;
        }
        rollback();
        m_report.cancelled = true;
        finishWith(ExitCancelled);
    });
}

QStringList recoverInterruptedUninstalls() {
    QStringList recovered;
    const QDir folder{productsFolder()};
    for (const auto& name :
         folder.entryList({QStringLiteral("*.uninstalling")}, QDir::Files | QDir::System)) {
        const QString id = name.chopped(static_cast<qsizetype>(std::strlen(".uninstalling")));
        if (!isValidProductId(id)) {
            continue;
        }
        QFile marker{folder.filePath(name)};
        const bool committing =
            marker.open(QIODevice::ReadOnly) && marker.readAll().startsWith("commit");
        marker.close();
        rm::FileRemoval recordFile{folder.absolutePath().toStdString(),
                                   {(id + QStringLiteral(".json")).toStdString()}};
        auto lookup = loadRecord(id);
        if (!lookup.record) {
            lookup = loadRecord(id, true);
        }
        if (!lookup.record) {
            rm::log::core()->error("an interrupted uninstall of {}: its record cannot be used: {}",
                                   id.toStdString(), lookup.problem.toStdString());
            continue;
        }
        rm::FileRemoval files{lookup.record->installDir.toStdString(),
                              relativeFiles(*lookup.record), relativeFolders(*lookup.record)};
        if (auto status = files.prepare(); !status) {
            rm::log::core()->error("an interrupted uninstall of {}: {}", id.toStdString(),
                                   status.error().message);
            continue;
        }
        if (committing) {
            // The deletion had begun: it is finished, not undone.
            for (std::size_t i = 0; i < files.size(); ++i) {
                const std::string path =
                    lookup.record->installDir.toStdString() + "/" + files.relative(i) + ".rm-old";
                if (!files.isPresent(i)) {
                    ::unlink(path.c_str());
                }
            }
            files.commit();
            ::unlink((folder.absolutePath() + u'/' + id + QStringLiteral(".json.rm-old"))
                         .toLocal8Bit()
                         .constData());
            removeRecordedDesktopFiles(lookup.record->desktopFiles);
            rm::log::core()->warn("an interrupted uninstall of {} was finished", id.toStdString());
        } else {
            auto restored = files.recover();
            if (auto prepared = recordFile.prepare(); prepared) {
                recordFile.recover();
            }
            if (!restored) {
                rm::log::core()->error("an interrupted uninstall of {}: {}", id.toStdString(),
                                       restored.error().message);
                continue;
            }
            rm::log::core()->warn("an interrupted uninstall of {} was undone: {} file(s) put back",
                                  id.toStdString(), *restored);
        }
        marker.remove();
        recovered << id;
    }
    return recovered;
}
