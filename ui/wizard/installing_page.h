#pragma once

#include "ui/wizard/wizard_page.h"

#include <functional>

class AnswerSource;
class InstallPlan;

// Shows the run while it closes the applications, replaces the files and starts them again, and
// asks the still-running question. Every answer leads on: Cancel setup asks once whether to
// cancel, and "No" asks the still-running question again.
class InstallingPage final : public EngineProgressPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallingPage)
public:
    // `answers` asks the user's questions; `cancelSetup` cancels without asking again.
    InstallingPage(const InstallPlan& plan, SetupRun& run, std::function<AnswerSource&()> answers,
                   std::function<void()> cancelSetup);
    void initializePage() override;

private:
    [[nodiscard]] bool shows(SetupRun::State state) const override;
    void retranslate() override;
    void askStillRunning();

    const InstallPlan& m_plan;
    std::function<AnswerSource&()> m_answers;
    std::function<void()> m_cancelSetup;
};
