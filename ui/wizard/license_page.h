#pragma once

#include "ui/wizard/wizard_page.h"

class InstallPlan;
class QCheckBox;
class QPlainTextEdit;

// The package's license, which must be accepted.
class LicensePage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicensePage)
public:
    explicit LicensePage(const InstallPlan& plan);
    [[nodiscard]] bool isComplete() const override;
    void initializePage() override;

private:
    void retranslate() override;
    void showLicense();
    const InstallPlan& m_plan;
    QPlainTextEdit* m_text;
    QCheckBox* m_accept;
};
