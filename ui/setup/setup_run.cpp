#include "ui/setup/setup_run.h"

#include "core/log.h"
#include "core/session.h"
#include "ui/setup/install_engine.h"
#include "ui/setup/install_plan.h"

#include <QLocale>

#include <cerrno>
#include <csignal>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

bool isClosed(ULONG status) {
    return (status & (RmStatusStopped | RmStatusStoppedOther | RmStatusRestarted)) != 0;
}

rm::ProcessIdentity identityOf(const rm::AffectedApplication& app) {
    if (!app.processes.empty()) {
        return app.processes.front();
    }
    return rm::processIdentity(app.process);
}

// Kills the process the identity names, and only that one: its pidfd pins it while the start
// time is checked. False when it is gone (or another process has its PID now).
bool killProcess(const rm::ProcessIdentity& identity) {
    const int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, identity.pid, 0));
    if (pidfd < 0) {
        return false;
    }
    bool killed = false;
    if (rm::isProcessRunning(identity)) {
        killed = ::syscall(SYS_pidfd_send_signal, pidfd, SIGKILL, nullptr, 0) == 0;
    }
    ::close(pidfd);
    return killed;
}

} // namespace

SetupRun::SetupRun(InstallPlan& plan, InstallEngine& engine, QObject* parent)
    : QObject{parent}, m_plan{plan}, m_engine{engine} {
    connect(&m_engine, &InstallEngine::progress, this, &SetupRun::onProgress);
    connect(&m_engine, &InstallEngine::prepared, this, &SetupRun::onPrepared);
    connect(&m_engine, &InstallEngine::applicationsClosed, this, &SetupRun::onApplicationsClosed);
    connect(&m_engine, &InstallEngine::listRefreshed, this, &SetupRun::listRefreshed);
    connect(&m_engine, &InstallEngine::failed, this, &SetupRun::onFailed);
    connect(&m_engine, &InstallEngine::committing, this, [this] {
        if (m_state == State::Applying) {
            enter(State::Committing);
        }
    });
    connect(&m_engine, &InstallEngine::restarting, this, [this] {
        if (m_state == State::Applying || m_state == State::Committing) {
            enter(State::Restarting);
        }
    });
    connect(&m_engine, &InstallEngine::installed, this, [this] {
        if (m_state != State::Applying && m_state != State::Committing &&
            m_state != State::Restarting) {
            return;
        }
        noteClosed();
        m_report.restarted = m_plan.restartedApplications;
        m_report.notRestarted = m_plan.notRestartedApplications;
        m_engine.finish();
    });
    connect(&m_engine, &InstallEngine::finished, this, [this] {
        // Committed: a cancel that came meanwhile has nothing left to undo.
        m_cancelling = false;
        for (const auto& component : m_plan.selectedComponents()) {
            m_report.installed << component.name;
        }
        m_report.installedTo = m_plan.installDir();
        m_report.keptConfigFiles = m_plan.keptConfigFiles;
        m_report.removedStaleFiles = m_plan.removedStaleFiles;
        finishWith(m_report.restartRequired ? ExitRestartRequired : ExitSuccess);
    });
    connect(&m_engine, &InstallEngine::cancelled, this, [this] {
        if (m_failing) {
            finishWith(ExitFatalError);
            return;
        }
        m_report.cancelled = true;
        finishWith(ExitCancelled);
    });
}

const char* SetupRun::stateName(State state) {
    switch (state) {
    case State::Idle:
        return "idle";
    case State::Preparing:
        return "preparing";
    case State::Listing:
        return "listing";
    case State::AwaitingDecision:
        return "awaiting-decision";
    case State::ShuttingDown:
        return "shutting-down";
    case State::Applying:
        return "applying";
    case State::Committing:
        return "committing";
    case State::Restarting:
        return "restarting";
    case State::Reporting:
        return "reporting";
    case State::Done:
        return "done";
    }
    return "?";
}

void SetupRun::enter(State state) {
    if (m_state == state) {
        return;
    }
    m_state = state;
    rm::log::core()->info("setup: {}", stateName(state));
    emit stateChanged(state);
}

void SetupRun::onProgress(int percent, const QString& message) {
    // RmShutdown reports the same value every few milliseconds while an application takes its
    // time: a log or a terminal would get the same line hundreds of times.
    if (percent == m_lastPercent && message == m_lastMessage) {
        return;
    }
    m_lastPercent = percent;
    m_lastMessage = message;
    // While it waits, every view (the wizard, the silent window, the unattended output) says
    // for whom.
    emit progress(percent,
                  m_state == State::ShuttingDown && !m_cancelling && !m_closingMessage.isEmpty()
                      ? m_closingMessage
                      : message);
}

void SetupRun::setDecision(const SetupDecision& decision) {
    m_preset = decision;
    m_decision = decision;
}

void SetupRun::start() {
    if (m_state != State::Idle) {
        return;
    }
    m_retriesLeft = m_decision.retries;
    enter(State::Preparing);
    m_engine.prepare();
}

void SetupRun::onPrepared() {
    if (m_state != State::Preparing || m_cancelling) {
        return;
    }
    enter(State::Listing);
    if (m_plan.affected.applications.empty()) {
        install(false);
        return;
    }
    enter(State::AwaitingDecision);
    if (m_preset) {
        decide(*m_preset);
    } else {
        emit decisionNeeded();
    }
}

void SetupRun::decide(const SetupDecision& decision) {
    if (m_state != State::AwaitingDecision || m_cancelling) {
        return;
    }
    m_decision = decision;
    m_retriesLeft = decision.retries;
    // With a reboot reason the Restart Manager closes nothing: the files are replaced in place
    // and the computer must restart.
    if (decision.close == CloseMode::DoNotClose || m_plan.needsReboot()) {
        m_report.restartRequired = true;
        for (const auto& app : m_plan.affected.applications) {
            m_report.stillRunning << QString::fromStdString(app.appName);
        }
        install(false);
        return;
    }
    closeApplications(decision.close == CloseMode::Force);
}

QString SetupRun::closingMessage() const {
    QStringList names;
    for (const auto& app : m_plan.affected.applications) {
        if (!isClosed(app.status) && app.rebootReasons == RmRebootReasonNone) {
            names << QChar{0x2068} + QString::fromStdString(app.appName) + QChar{0x2069};
        }
    }
    names.removeDuplicates();
    return names.isEmpty() ? QString{}
                           : tr("Closing %1…").arg(QLocale{}.createSeparatedList(names));
}

void SetupRun::noteForceClosed(const QStringList& names) {
    for (const QString& name : names) {
        if (!m_report.forceClosed.contains(name)) {
            m_report.forceClosed << name;
        }
    }
}

void SetupRun::forceCloseNow() {
    if (m_state != State::ShuttingDown || m_cancelling) {
        return;
    }
    QStringList killed;
    for (const auto& app : m_plan.affected.applications) {
        if (isClosed(app.status) || app.rebootReasons != RmRebootReasonNone) {
            continue;
        }
        if (killProcess(identityOf(app))) {
            rm::log::core()->warn("PID {} ({}) was force closed by the user",
                                  app.process.dwProcessId, app.appName);
            killed << QString::fromStdString(app.appName);
        }
    }
    // RmShutdown sees them gone and ends.
    noteForceClosed(killed);
}

void SetupRun::closeApplications(bool force) {
    m_closingMessage = closingMessage();
    enter(State::ShuttingDown);
    emit closing();
    m_engine.closeApplications(force);
}

std::chrono::milliseconds SetupRun::closeTimeout() const {
    return InstallEngine::shutdownTimeout();
}

void SetupRun::refreshList() {
    if (m_state == State::AwaitingDecision && !m_cancelling) {
        m_engine.refreshList();
    }
}

QStringList SetupRun::stillRunningApplications() const {
    QStringList names;
    for (const auto& app : m_plan.affected.applications) {
        if ((app.status & RmStatusErrorOnStop) != 0) {
            names << QStringLiteral("%1 (%2)")
                         .arg(QString::fromStdString(app.appName))
                         .arg(app.process.dwProcessId);
        }
    }
    return names;
}

void SetupRun::onApplicationsClosed(quint32 code, const QString& message) {
    if (m_state != State::ShuttingDown || m_cancelling || code == ERROR_CANCELLED) {
        return;
    }
    if (code == ERROR_SUCCESS) {
        install(m_decision.restartApplications);
        return;
    }
    if (code != ERROR_FAIL_SHUTDOWN) {
        // Nothing could be closed (a reboot reason appeared meanwhile): the files are replaced
        // all the same and the computer must restart.
        rm::log::core()->warn("the applications could not be closed: {}", message.toStdString());
        m_report.restartRequired = true;
        install(m_decision.restartApplications);
        return;
    }
    enter(State::AwaitingDecision);
    if (m_preset) {
        StillRunningAnswer answer = m_preset->stillRunning;
        if (answer == StillRunningAnswer::Retry && m_retriesLeft-- <= 0) {
            answer = StillRunningAnswer::Ignore;
        }
        rm::log::core()->info("applications still running; the answer: {}", toString(answer));
        answerStillRunning(answer);
        return;
    }
    emit stillRunningQuestion(stillRunningApplications());
}

void SetupRun::answerStillRunning(StillRunningAnswer answer) {
    if (m_state != State::AwaitingDecision || m_cancelling) {
        return;
    }
    switch (answer) {
    case StillRunningAnswer::Retry:
        closeApplications(false);
        break;
    case StillRunningAnswer::ForceClose: {
        QStringList names;
        for (const auto& app : m_plan.affected.applications) {
            if ((app.status & RmStatusErrorOnStop) != 0) {
                names << QString::fromStdString(app.appName);
            }
        }
        noteForceClosed(names);
        closeApplications(true);
        break;
    } break;
    case StillRunningAnswer::Ignore:
        m_report.restartRequired = true;
        for (const auto& app : m_plan.affected.applications) {
            if ((app.status & RmStatusErrorOnStop) != 0) {
                m_report.stillRunning << QString::fromStdString(app.appName);
            }
        }
        install(m_decision.restartApplications);
        break;
    case StillRunningAnswer::Cancel:
        cancel();
        break;
    }
}

void SetupRun::noteClosed() {
    m_report.closed.clear();
    for (const auto& app : m_plan.affected.applications) {
        if ((app.status & (RmStatusStopped | RmStatusStoppedOther | RmStatusRestarted)) != 0) {
            m_report.closed << QString::fromStdString(app.appName);
        }
    }
}

void SetupRun::install(bool restartApplications) {
    noteClosed();
    enter(State::Applying);
    m_engine.install(restartApplications);
}

void SetupRun::onFailed(const QString& message) {
    if (m_state == State::Reporting || m_state == State::Done) {
        return;
    }
    m_report.failure = message;
    if (m_state == State::Applying || m_state == State::Committing ||
        m_state == State::Restarting) {
        // The engine has put the files back and ended the session itself.
        finishWith(ExitFatalError);
        return;
    }
    // Before the files changed: whatever was started or closed is put back first.
    m_failing = true;
    m_cancelling = true;
    m_engine.cancel();
}

void SetupRun::cancel() {
    if (m_state == State::Reporting || m_state == State::Done || m_cancelling) {
        return;
    }
    if (m_state == State::Idle) {
        m_report.cancelled = true;
        finishWith(ExitCancelled);
        return;
    }
    rm::log::core()->warn("setup is cancelled: everything is put back");
    m_cancelling = true;
    m_engine.cancel();
}

void SetupRun::finishWith(int exitCode) {
    enter(State::Reporting);
    m_report.exitCode = exitCode;
    if (exitCode != ExitSuccess && exitCode != ExitRestartRequired) {
        m_report.installed.clear();
        m_report.installedTo.clear();
        m_report.restarted.clear();
    }
    m_cancelling = false;
    rm::log::core()->info("setup report: exit code {}, restart required {}", exitCode,
                          m_report.restartRequired);
    enter(State::Done);
    emit finished(m_report);
}
