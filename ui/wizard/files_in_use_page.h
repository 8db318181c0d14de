#pragma once

#include "ui/wizard/wizard_page.h"

class AffectedAppsModel;
class InstallPlan;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;

// The applications that use the files, and the close decision, which it hands to the run.
class FilesInUsePage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesInUsePage)
public:
    FilesInUsePage(const InstallPlan& plan, SetupRun& run);
    void initializePage() override;
    bool validatePage() override;

private:
    void retranslate() override;
    void showList();
    // The details of the selected application, below the table.
    void showDetails();
    const InstallPlan& m_plan;
    SetupRun& m_run;
    AffectedAppsModel* m_model;
    QLabel* m_intro;
    QTableView* m_table;
    QLabel* m_details;
    QLabel* m_reasons;
    QRadioButton* m_close;
    QRadioButton* m_doNotClose;
    QPushButton* m_refresh;
};
