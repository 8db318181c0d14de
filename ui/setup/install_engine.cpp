#include "ui/setup/install_engine.h"

#include "core/file_transaction.h"
#include "core/log.h"
#include "core/session.h"
#include "ui/setup/error_text.h"
#include "ui/setup/install_plan.h"
#include "ui/setup/secondary_installer_process.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QThreadPool>

namespace {

constexpr int kApplyTimeoutMs = 10 * 60 * 1000;
constexpr int kCommandTimeoutMs = 60 * 1000;

// What the user reads: one sentence in the wizard's language, chosen by the error's code. The
// core's own English message, with the details, goes to the log.
QString errorText(const rm::Error& error) {
    rm::log::core()->warn("{} ({})", error.message, rm::errorName(error.code));
    return errorSentence(error.code);
}

// The same for a secondary installer's reply: an `error` line carries a code and the installer's
// own words (logged); a missing reply already says why in the user's language.
QString replyText(const SecondaryInstallerProcess::Reply& reply) {
    if (reply.code == 0) {
        return reply.message;
    }
    rm::log::core()->warn("the installer answered: {} ({})", reply.message.toStdString(),
                          rm::errorName(reply.code));
    return errorSentence(reply.code);
}

} // namespace

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
            m_secondaries.clear();
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
    const auto components = m_plan.selectedComponents();
    const QString installDir = m_plan.installDir();
    const QString product = m_plan.package().product;
    const QString version = m_plan.package().version;
    runUnlessCancelled([this, components, installDir, product, version] {
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
            emit progress(10 + 70 * done / qMax(1, static_cast<int>(components.size())),
                          tr("Starting the installer of %1…").arg(component.name));
            const QString program = component.installer == QLatin1String("stock")
                                        ? m_stockSecondary
                                        : component.installer;
            auto secondary =
                std::make_unique<SecondaryInstallerProcess>(program, component.id, component.name);
            auto started = secondary->start(QString::fromStdString(m_session->key()));
            if (!started.ok) {
                fail(tr("The installer of %1 could not join the session: %2")
                         .arg(component.name, replyText(started)));
                return;
            }
            secondary->sendRoot(installDir);
            for (const auto& file : component.files) {
                secondary->sendFile(file.source, file.target);
            }
            auto registered = secondary->command(QStringLiteral("register"), kCommandTimeoutMs);
            if (!registered.ok) {
                fail(tr("The installer of %1 could not register its files: %2")
                         .arg(component.name, replyText(registered)));
                return;
            }
            m_secondaries.push_back(std::move(secondary));
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
        const std::vector<std::string> ownTargets{recordTarget.toStdString()};
        if (auto status = m_session->registerFiles(ownTargets); !status) {
            fail(tr("Setup could not register its own files: %1").arg(errorText(status.error())));
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
        const int steps = static_cast<int>(m_secondaries.size()) + 2;
        int step = 0;
        for (auto& secondary : m_secondaries) {
            if (m_cancelRequested.load()) {
                reply([] {}); // the queued cancel rolls back what was applied
                return;
            }
            emit progress(100 * step / steps, tr("Installing %1…").arg(secondary->componentName()));
            auto applied = secondary->command(
                QStringLiteral("apply"), kApplyTimeoutMs, [this, step, steps](int percent) {
                    emit progress((100 * step + percent) / steps, tr("Installing files…"));
                });
            if (!applied.ok) {
                const QString diagnostics = secondary->takeDiagnostics().trimmed();
                rm::log::core()->error("the installer of {} failed: {} {}",
                                       secondary->componentId().toStdString(),
                                       applied.message.toStdString(), diagnostics.toStdString());
                const QString why = tr("The installer of %1 failed: %2")
                                        .arg(secondary->componentName(), replyText(applied));
                rollbackEverything();
                endSession();
                fail(why);
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
        if (auto status = m_ownFiles->apply(); !status) {
            const QString why =
                tr("Setup could not write its own files: %1").arg(errorText(status.error()));
            rollbackEverything();
            endSession();
            fail(why);
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
            emit installed();
        });
    });
}

void InstallEngine::rollbackEverything() {
    // Real progress while undoing: one step per component, then the restart of what was closed
    // (which waits for applications still closing after a cancelled shutdown).
    const int steps = static_cast<int>(m_secondaries.size()) + 1;
    int step = 0;
    for (auto& secondary : m_secondaries) {
        emit progress(100 * step / steps, tr("Undoing the changes…"));
        auto rolledBack = secondary->command(
            QStringLiteral("rollback"), kApplyTimeoutMs, [this, step, steps](int percent) {
                emit progress((100 * step + percent) / steps, tr("Undoing the changes…"));
            });
        if (!rolledBack.ok) {
            rm::log::core()->error("rollback of {} failed: {}",
                                   secondary->componentId().toStdString(),
                                   rolledBack.message.toStdString());
        }
        ++step;
    }
    if (m_ownFiles && m_ownFiles->hasChanges()) {
        m_ownFiles->rollback();
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
    for (auto& secondary : m_secondaries) {
        secondary->command(QStringLiteral("end"), kCommandTimeoutMs);
    }
    m_secondaries.clear();
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
    // A running RmShutdown or RmRestart ends promptly; the call is made off the GUI thread.
    std::optional<rm::Session::Canceller> canceller;
    {
        const std::lock_guard lock{m_cancellableMutex};
        canceller = m_cancellable;
    }
    if (m_busy && canceller) {
        // The canceller holds nothing but the handle, so the pool thread does not depend on the
        // session, which the worker ends after the queued rollback (a cancel that comes after
        // that gets ERROR_INVALID_HANDLE, and nothing else happens).
        QThreadPool::globalInstance()->start([canceller] { canceller->cancel(); });
    }
    runOnWorker([this] {
        if (m_committed) {
            // The cancel came after setup had finished: the installation stands.
            reply([] {});
            return;
        }
        rollbackEverything();
        endSession();
        reply([this] { emit cancelled(); });
    });
}

void InstallEngine::finish() {
    runUnlessCancelled([this] {
        for (auto& secondary : m_secondaries) {
            secondary->command(QStringLiteral("commit"), kCommandTimeoutMs);
        }
        if (m_ownFiles) {
            m_ownFiles->commit();
        }
        m_committed = true;
        endSession();
        reply([this] { emit finished(); });
    });
}
