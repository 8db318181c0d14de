#pragma once

#include "ui/wizard/wizard_page.h"

#include <QStringList>

#include <functional>

class InstallPlan;
class QComboBox;
class QLabel;

// The product, the publisher, and the language of setup.
class WelcomePage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    // `language` says the language in use; `setLanguage` switches to another.
    WelcomePage(const InstallPlan& plan, std::function<QString()> language,
                std::function<void(const QString&)> setLanguage);
    void initializePage() override;
    // Applications that setup started again at launch, because an earlier setup had closed them
    // and died: the page says so.
    void setRecovered(const QStringList& applications);

private:
    void retranslate() override;
    const InstallPlan& m_plan;
    std::function<QString()> m_languageInUse;
    std::function<void(const QString&)> m_setLanguage;
    QLabel* m_text;
    QLabel* m_recovery;
    QStringList m_recovered;
    QLabel* m_languageLabel;
    QComboBox* m_language;
};
