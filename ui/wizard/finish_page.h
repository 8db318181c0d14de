#pragma once

#include "ui/wizard/wizard_page.h"

class InstallPlan;
class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

// The run's report: what was installed and started again, or why setup failed; the restart
// question when one is required, and the log.
class FinishPage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishPage)
public:
    FinishPage(const InstallPlan& plan, const SetupRun& run);
    void initializePage() override;
    [[nodiscard]] bool restartNow() const;
    // "Launch Demo Notes" is offered and checked.
    [[nodiscard]] bool launchChosen() const;

private:
    void retranslate() override;
    void showLog();
    const InstallPlan& m_plan;
    const SetupRun& m_run;
    QLabel* m_summary;
    QLabel* m_appsInstead;
    QRadioButton* m_restartNow;
    QRadioButton* m_restartLater;
    QPushButton* m_showLog;
    QLabel* m_logPath;
    QCheckBox* m_launch;
};
