#include "ui/wizard/preparing_page.h"

#include "ui/wizard/page_ids.h"

#include <QProgressBar>

PreparingPage::PreparingPage(SetupRun& run)
    : EngineProgressPage{run, "PreparingStatus", "PreparingProgress"} {
    nameWidget(this, "PreparingPage");
    connect(&m_run, &SetupRun::stateChanged, this, [this](SetupRun::State state) {
        if (isDone() || m_run.isCancelling()) {
            return;
        }
        // A cancelled run ends the wizard; any other end of preparing leads on.
        const bool cancelled = state == SetupRun::State::Done && m_run.report().cancelled;
        if (!shows(state) && state != SetupRun::State::Reporting && !cancelled) {
            moveOn();
        }
    });
    retranslate();
}

void PreparingPage::initializePage() {
    restart();
    m_run.start();
}

bool PreparingPage::shows(SetupRun::State state) const {
    return state == SetupRun::State::Idle || state == SetupRun::State::Preparing ||
           state == SetupRun::State::Listing;
}

int PreparingPage::nextId() const {
    switch (m_run.state()) {
    case SetupRun::State::Done:
        return FinishPageId;
    case SetupRun::State::AwaitingDecision:
        return FilesInUsePageId;
    default:
        return InstallingPageId;
    }
}

void PreparingPage::retranslate() {
    setTitle(tr("Preparing"));
    setSubTitle(tr("Setup starts the installers of the components and looks for applications "
                   "that use the files."));
    m_progress->setAccessibleName(tr("Preparation progress"));
}
