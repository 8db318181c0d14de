#include "ui/wizard/installing_page.h"

#include "ui/setup/install_plan.h"
#include "ui/wizard/answer_source.h"

#include <QLabel>
#include <QProgressBar>
#include <QTimer>

InstallingPage::InstallingPage(const InstallPlan& plan, SetupRun& run,
                               std::function<AnswerSource&()> answers,
                               std::function<void()> cancelSetup)
    : EngineProgressPage{run, "InstallingStatus", "InstallProgress"}, m_plan{plan},
      m_answers{std::move(answers)}, m_cancelSetup{std::move(cancelSetup)} {
    nameWidget(this, "InstallingPage");
    connect(&m_run, &SetupRun::stillRunningQuestion, this, [this] {
        // Out of the signal: the question is modal and the run goes on from the answer.
        QTimer::singleShot(0, this, &InstallingPage::askStillRunning);
    });
    connect(&m_run, &SetupRun::finished, this, [this](const InstallReport& report) {
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
    if (m_run.state() == SetupRun::State::Done) {
        QTimer::singleShot(0, this, &InstallingPage::moveOn);
    }
}

bool InstallingPage::shows(SetupRun::State state) const {
    return state == SetupRun::State::ShuttingDown || state == SetupRun::State::Applying ||
           state == SetupRun::State::Restarting || m_run.isCancelling();
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
        stillRunning << (app.closeMethod == rm::CloseMethod::Signal
                             ? tr("%1 (%2)").arg(name).arg(app.process.dwProcessId)
                             : tr("%1 (%2) may be asking you to save your work. Switch to it, "
                                  "then choose Retry.")
                                   .arg(name)
                                   .arg(app.process.dwProcessId));
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
}
