#pragma once

#include "ui/wizard/wizard_page.h"

class InstallPlan;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The install folder. Whether it can be used is the plan's rule (InstallPlan::locationProblem);
// the page shows the answer, and says what happens to a version installed there: an upgrade, a
// reinstall, or a downgrade, which the user must confirm.
class LocationPage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationPage)
public:
    explicit LocationPage(InstallPlan& plan);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate() override;
    void check();
    InstallPlan& m_plan;
    QLabel* m_label;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_status;
    QLabel* m_upgrade;
    QCheckBox* m_downgrade;
};
