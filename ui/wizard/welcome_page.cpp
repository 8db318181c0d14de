#include "ui/wizard/welcome_page.h"

#include "ui/plain_text.h"
#include "ui/setup/install_plan.h"
#include "ui/translations.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

WelcomePage::WelcomePage(const InstallPlan& plan, std::function<QString()> language,
                         std::function<void(const QString&)> setLanguage)
    : m_plan{plan}, m_languageInUse{std::move(language)},
      m_setLanguage{std::move(setLanguage)}, m_text{new QLabel{this}}, m_recovery{new QLabel{this}},
      m_languageLabel{new QLabel{this}}, m_language{new QComboBox{this}} {
    nameWidget(this, "WelcomePage");
    nameWidget(m_text, "WelcomeText");
    nameWidget(m_language, "LanguageComboBox");
    nameWidget(m_recovery, "RecoveryNote");
    m_text->setWordWrap(true);
    m_recovery->setWordWrap(true);
    // Application names are other programs' own words.
    m_recovery->setTextFormat(Qt::PlainText);
    m_recovery->hide();
    m_languageLabel->setBuddy(m_language);
    for (const auto& code : Translations::available()) {
        // Each language is named in itself, so that everyone finds their own.
        m_language->addItem(Translations::nativeName(code), code);
    }
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_text);
    layout->addWidget(m_recovery);
    layout->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_languageLabel);
    row->addWidget(m_language, 1);
    layout->addLayout(row);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString code = m_language->itemData(index).toString();
        if (code != m_languageInUse()) {
            m_setLanguage(code);
        }
    });
    retranslate();
}

void WelcomePage::initializePage() {
    const int index = m_language->findData(m_languageInUse());
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void WelcomePage::setRecovered(const QStringList& applications) {
    m_recovered = applications;
    retranslate();
}

void WelcomePage::retranslate() {
    const auto& package = m_plan.package();
    setTitle(tr("Welcome to %1 %2").arg(isolated(package.product), leftToRight(package.version)));
    // The publisher is a name ("Restart Manager for Linux project"), not a phrase to build a
    // sentence around: "from %3" lacked its article in English and read "von Projekt" in German.
    // It stands on a line of its own.
    m_text->setText(tr("This wizard installs %1 %2 on your computer.\n\nPublisher: %3\n\nIf "
                       "applications use files that setup replaces, setup can close them and "
                       "start them again afterwards.")
                        .arg(isolated(package.product), leftToRight(package.version),
                             isolated(package.publisher)));
    m_recovery->setVisible(!m_recovered.isEmpty());
    // Joined as the language joins a list ("A, B, and C", "A、B、C", "A وB وC"); each name is
    // isolated, as other programs' names are elsewhere, so that a right-to-left list keeps them
    // whole.
    QStringList names;
    for (const QString& name : m_recovered) {
        names << isolated(name);
    }
    m_recovery->setText(
        names.isEmpty() ? QString{}
                        : tr("Setup restarted applications that an earlier setup had closed: %1.")
                              .arg(QLocale{}.createSeparatedList(names)));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language of setup"));
    // The box shows the language in use, also when it was chosen elsewhere (--lang, the system).
    if (const int index = m_language->findData(m_languageInUse()); index >= 0) {
        const QSignalBlocker quiet{m_language};
        m_language->setCurrentIndex(index);
    }
}
