#include "ui/wizard/wizard_page.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

void nameWidget(QWidget* widget, const char* objectName) {
    widget->setObjectName(QLatin1String(objectName));
}

QString sizeText(qint64 bytes) {
    return QLocale{}.formattedDataSize(bytes);
}

void TranslatedPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

EngineProgressPage::EngineProgressPage(SetupRun& run, const char* statusName,
                                       const char* progressName)
    : m_run{run}, m_status{new QLabel{this}}, m_progress{new QProgressBar{this}} {
    nameWidget(m_status, statusName);
    nameWidget(m_progress, progressName);
    m_status->setWordWrap(true);
    // Messages name components and applications: other programs' words.
    m_status->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch();
    connect(&m_run, &SetupRun::progress, this, [this](int percent, const QString& message) {
        if (!m_done && shows(m_run.state())) {
            m_progress->setValue(shownPercent(percent));
            m_status->setText(message);
        }
    });
}

void EngineProgressPage::restart() {
    m_done = false;
    m_progress->setValue(0);
}

void EngineProgressPage::moveOn() {
    if (m_done) {
        return;
    }
    m_done = true;
    emit completeChanged();
    if (wizard() != nullptr) {
        wizard()->next();
    }
}
