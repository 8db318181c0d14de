#pragma once

#include "core/session.h"
#include "ui/wizard/wizard_page.h"

#include <QElapsedTimer>
#include <QList>

#include <functional>

class AnswerSource;
class InstallPlan;
class QListWidget;
class QPushButton;
class QTimer;

// Shows the run while it closes the applications, replaces the files and starts them again, and
// asks the still-running question. Every answer leads on: Cancel setup asks once whether to
// cancel, and "No" asks the still-running question again.
//
// While the applications close, the page names the ones it waits for with the time left
// ("Waiting for Demo Notes to close… 25 s") and lists each application with its state (closing,
// closed, still running), also after Retry.
class InstallingPage final : public EngineProgressPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallingPage)
public:
    // `answers` asks the user's questions; `cancelSetup` cancels without asking again.
    InstallingPage(const InstallPlan& plan, SetupRun& run, std::function<AnswerSource&()> answers,
                   std::function<void()> cancelSetup);
    void initializePage() override;

private:
    enum class CloseState { Closing, Closed, StillRunning };
    struct Closing {
        QString name;
        pid_t pid = 0;
        rm::ProcessIdentity identity;
        CloseState state = CloseState::Closing;
    };

    [[nodiscard]] bool shows(SetupRun::State state) const override;
    [[nodiscard]] int shownPercent(int percent) const override;
    void retranslate() override;
    void askStillRunning();
    // The run starts (again) to close the applications of the plan's list.
    void startWaiting();
    // Once a second (and more often) while waiting: who has closed, the time left.
    void tick();
    // The list after RmShutdown, with the states the Restart Manager reports.
    void takeStatesFromPlan();
    void showClosing();

    const InstallPlan& m_plan;
    std::function<AnswerSource&()> m_answers;
    std::function<void()> m_cancelSetup;
    QLabel* m_countdown;
    QListWidget* m_closingList;
    QPushButton* m_forceClose;
    QTimer* m_ticker;
    QElapsedTimer m_waiting;
    qint64 m_timeoutMs = 0;
    QList<Closing> m_closing;
};
