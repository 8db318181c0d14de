#include "ui/wizard/installing_page.h"

#include "ui/plain_text.h"
#include "ui/setup/install_plan.h"
#include "ui/wizard/answer_source.h"

#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kTickMs = 200;
// The part of the bar that closing the applications takes; replacing the files and starting the
// applications again take the rest.
constexpr int kClosingShare = 30;

rm::ProcessIdentity identityOf(const rm::AffectedApplication& app) {
    if (!app.processes.empty()) {
        return app.processes.front();
    }
    return rm::processIdentity(app.process);
}

// A process ID inside right-to-left text: "(24413" came out in Arabic.
QString pidText(pid_t pid) {
    return leftToRight(QString::number(pid));
}

bool isClosed(ULONG status) {
    return (status & (RmStatusStopped | RmStatusStoppedOther | RmStatusRestarted)) != 0;
}

} // namespace

InstallingPage::InstallingPage(const InstallPlan& plan, SetupRun& run,
                               std::function<AnswerSource&()> answers,
                               std::function<void()> cancelSetup)
    : EngineProgressPage{run, "InstallingStatus", "InstallProgress"}, m_plan{plan},
      m_answers{std::move(answers)}, m_cancelSetup{std::move(cancelSetup)},
      m_countdown{new QLabel{this}}, m_closingList{new QListWidget{this}},
      m_forceClose{new QPushButton{this}}, m_ticker{new QTimer{this}} {
    nameWidget(this, "InstallingPage");
    nameWidget(m_countdown, "CloseCountdown");
    nameWidget(m_closingList, "ClosingApplicationsList");
    nameWidget(m_forceClose, "ForceCloseNowButton");
    m_forceClose->hide();
    // Waiting for an application that will not close, the user need not sit out the timeout.
    connect(m_forceClose, &QPushButton::clicked, this, [this] {
        m_forceClose->setEnabled(false);
        m_run.forceCloseNow();
    });
    // Application names are other programs' own words.
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setWordWrap(true);
    m_countdown->hide();
    m_closingList->setSelectionMode(QAbstractItemView::NoSelection);
    m_closingList->setFocusPolicy(Qt::TabFocus);
    m_closingList->hide();
    if (auto* box = qobject_cast<QVBoxLayout*>(layout())) {
        // Below the status line and the progress bar, above the stretch.
        box->insertWidget(2, m_countdown);
        box->insertWidget(3, m_closingList, 1);
        box->insertWidget(4, m_forceClose, 0, Qt::AlignLeading);
    }
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, &InstallingPage::tick);
    connect(&m_run, &SetupRun::closing, this, &InstallingPage::startWaiting);
    connect(&m_run, &SetupRun::listRefreshed, this, [this] {
        if (m_run.state() == SetupRun::State::ShuttingDown && !m_closing.isEmpty()) {
            takeStatesFromPlan();
        }
    });
    connect(&m_run, &SetupRun::stateChanged, this, [this](SetupRun::State state) {
        if (state != SetupRun::State::ShuttingDown && m_ticker->isActive()) {
            m_ticker->stop();
            takeStatesFromPlan();
        }
    });
    connect(&m_run, &SetupRun::stillRunningQuestion, this, [this] {
        // Out of the signal: the question is modal and the run goes on from the answer.
        QTimer::singleShot(0, this, &InstallingPage::askStillRunning);
    });
    connect(&m_run, &SetupRun::finished, this, [this](const InstallReport& report) {
        m_ticker->stop();
        // A cancelled run ends the wizard itself.
        if (!report.cancelled) {
            moveOn();
        }
    });
    retranslate();
}

void InstallingPage::initializePage() {
    // The run is already on its way: the files-in-use page handed it the decision, or nothing
    // was in use.
    restart();
    if (m_run.state() == SetupRun::State::ShuttingDown && m_closing.isEmpty()) {
        // The run started closing before this page came up.
        startWaiting();
    }
    if (m_run.state() == SetupRun::State::Done) {
        QTimer::singleShot(0, this, &InstallingPage::moveOn);
    }
}

int InstallingPage::shownPercent(int percent) const {
    if (m_closing.isEmpty() || m_run.isCancelling()) {
        return percent;
    }
    // While the applications close, tick() moves the bar by the applications that have closed;
    // RmShutdown's own percentage reached 100 while it still waited. After that, the work left.
    if (m_run.state() == SetupRun::State::ShuttingDown ||
        m_run.state() == SetupRun::State::AwaitingDecision) {
        return m_progress->value();
    }
    return qMax(m_progress->value(), kClosingShare + percent * (100 - kClosingShare) / 100);
}

bool InstallingPage::shows(SetupRun::State state) const {
    return state == SetupRun::State::ShuttingDown || state == SetupRun::State::Applying ||
           state == SetupRun::State::Committing || state == SetupRun::State::Restarting ||
           m_run.isCancelling();
}

void InstallingPage::startWaiting() {
    m_closing.clear();
    for (const auto& app : m_plan.affected.applications) {
        Closing entry;
        entry.name = QString::fromStdString(app.appName);
        entry.pid = static_cast<pid_t>(app.process.dwProcessId);
        entry.identity = identityOf(app);
        entry.state = isClosed(app.status) ? CloseState::Closed : CloseState::Closing;
        m_closing.append(entry);
    }
    m_timeoutMs = m_run.closeTimeout().count();
    m_waiting.start();
    // After Retry the bar goes on from where it stood.
    m_forceClose->setEnabled(true);
    m_ticker->start();
    tick();
}

void InstallingPage::tick() {
    if (m_run.state() != SetupRun::State::ShuttingDown || m_run.isCancelling()) {
        m_ticker->stop();
        showClosing();
        return;
    }
    for (auto& entry : m_closing) {
        if (entry.state == CloseState::Closing && !rm::isProcessRunning(entry.identity)) {
            entry.state = CloseState::Closed;
        }
    }
    // The applications closed so far are the progress there is to show: never 100 % while one
    // is still waited for, and never back to 0 after Retry.
    const auto closed = std::count_if(m_closing.cbegin(), m_closing.cend(), [](const Closing& e) {
        return e.state == CloseState::Closed;
    });
    const int share = static_cast<int>(kClosingShare * closed / m_closing.size());
    m_progress->setValue(qMax(m_progress->value(), qMin(share, kClosingShare - 1)));
    showClosing();
}

void InstallingPage::takeStatesFromPlan() {
    for (auto& entry : m_closing) {
        for (const auto& app : m_plan.affected.applications) {
            if (identityOf(app) != entry.identity) {
                continue;
            }
            if ((app.status & RmStatusErrorOnStop) != 0) {
                entry.state = CloseState::StillRunning;
            } else if (isClosed(app.status)) {
                entry.state = CloseState::Closed;
            }
        }
    }
    showClosing();
}

void InstallingPage::showClosing() {
    const bool waiting = m_run.state() == SetupRun::State::ShuttingDown && !m_run.isCancelling();
    QStringList closing;
    m_closingList->setVisible(!m_closing.isEmpty());
    while (m_closingList->count() > m_closing.size()) {
        delete m_closingList->takeItem(m_closingList->count() - 1);
    }
    for (int i = 0; i < m_closing.size(); ++i) {
        const Closing& entry = m_closing[i];
        QString text;
        switch (entry.state) {
        case CloseState::Closing:
            if (waiting) {
                closing << isolated(entry.name);
                text = tr("%1 (%2): closing…").arg(isolated(entry.name), pidText(entry.pid));
            } else {
                text = tr("%1 (%2): still running").arg(isolated(entry.name), pidText(entry.pid));
            }
            break;
        case CloseState::Closed:
            text = tr("%1 (%2): closed").arg(isolated(entry.name), pidText(entry.pid));
            break;
        case CloseState::StillRunning:
            text = tr("%1 (%2): still running").arg(isolated(entry.name), pidText(entry.pid));
            break;
        }
        if (i < m_closingList->count()) {
            m_closingList->item(i)->setText(text);
        } else {
            // A status line, not a choice: never drawn as selected or current.
            auto* item = new QListWidgetItem{text, m_closingList};
            item->setFlags(Qt::ItemIsEnabled);
        }
    }
    m_closingList->setCurrentRow(-1);
    closing.removeDuplicates();
    m_forceClose->setVisible(waiting && !closing.isEmpty());
    if (!waiting || closing.isEmpty()) {
        m_countdown->hide();
        m_countdown->clear();
        return;
    }
    const qint64 leftMs = qMax<qint64>(0, m_timeoutMs - m_waiting.elapsed());
    const int seconds = static_cast<int>((leftMs + 999) / 1000);
    m_countdown->setText(
        tr("Waiting for %1 to close… %2 s")
            .arg(QLocale{}.createSeparatedList(closing), QLocale{}.toString(seconds)));
    m_countdown->show();
}

void InstallingPage::askStillRunning() {
    if (m_run.state() != SetupRun::State::AwaitingDecision || m_run.isCancelling()) {
        return;
    }
    QStringList stillRunning;
    for (const auto& app : m_plan.affected.applications) {
        if ((app.status & RmStatusErrorOnStop) == 0) {
            continue;
        }
        const QString name = QString::fromStdString(app.appName);
        // Asked through its windows or its quit action, it may be showing "Save changes?".
        const QString pid = pidText(static_cast<pid_t>(app.process.dwProcessId));
        stillRunning << (app.closeMethod == rm::CloseMethod::Signal
                             ? tr("%1 (%2)").arg(isolated(name), pid)
                             : tr("%1 (%2) may be asking you to save your work. Switch to it, "
                                  "then choose Retry.")
                                   .arg(isolated(name), pid));
    }
    for (;;) {
        const auto answer = m_answers().stillRunning(wizard(), stillRunning);
        if (answer != StillRunningAnswer::Cancel) {
            m_run.answerStillRunning(answer);
            return;
        }
        // Asked once; "No" leads back to the question, never to a dead end.
        if (m_answers().confirmCancel(wizard())) {
            m_cancelSetup();
            return;
        }
    }
}

void InstallingPage::retranslate() {
    setTitle(tr("Installing"));
    setSubTitle(tr("Setup closes the applications, replaces the files and starts the "
                   "applications again."));
    m_progress->setAccessibleName(tr("Installation progress"));
    m_countdown->setAccessibleName(tr("Time left for the applications to close"));
    m_closingList->setAccessibleName(tr("Applications being closed"));
    // The still-running dialog's words for the same thing.
    m_forceClose->setText(QCoreApplication::translate("SetupWizard", "&Force close"));
    m_forceClose->setAccessibleName(
        tr("Force the applications to close now (unsaved work in them is lost)"));
    m_forceClose->setToolTip(m_forceClose->accessibleName());
    showClosing();
}
