#pragma once

#include "ui/wizard/wizard_page.h"

class InstallPlan;
class QLabel;

// What will be installed where; its Next button is Install.
class ReadyPage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadyPage)
public:
    explicit ReadyPage(const InstallPlan& plan);
    void initializePage() override;

private:
    void retranslate() override;
    const InstallPlan& m_plan;
    QLabel* m_summary;
};
