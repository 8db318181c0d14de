#include "ui/silent_window.h"

#include "ui/branding.h"
#include "ui/setup/package.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

SilentWindow::SilentWindow(const Package& package, QWidget* parent)
    : QWidget{parent}, m_status{new QLabel{this}},
      m_progress{new QProgressBar{this}}, m_cancel{new QPushButton{this}} {
    setObjectName(QStringLiteral("SilentWindow"));
    setWindowIcon(branding::windowIcon(package));
    m_status->setObjectName(QStringLiteral("SilentStatus"));
    m_progress->setObjectName(QStringLiteral("SilentProgress"));
    m_cancel->setObjectName(QStringLiteral("CancelButton"));
    // The wizard's own words: the window title and the Cancel button.
    setWindowTitle(QCoreApplication::translate("SetupWizard", "%1 %2 Setup")
                       .arg(package.product, package.version));
    m_cancel->setText(QCoreApplication::translate("QWizard", "Cancel"));
    m_cancel->setAccessibleName(m_cancel->text());
    m_progress->setAccessibleName(windowTitle());
    // Progress messages name components and applications.
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 100);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_cancel);
    layout->addLayout(row);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        emit cancelRequested();
    });
    resize(420, sizeHint().height());
}

void SilentWindow::showProgress(int percent, const QString& message) {
    m_progress->setValue(percent);
    m_status->setText(message);
}

void SilentWindow::closeEvent(QCloseEvent* event) {
    // Closing the window is Cancel; the window goes when setup has put everything back.
    event->ignore();
    if (m_cancel->isEnabled()) {
        m_cancel->click();
    }
}
