#include "ui/wizard/ready_page.h"

#include "ui/plain_text.h"
#include "ui/setup/install_plan.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

ReadyPage::ReadyPage(const InstallPlan& plan) : m_plan{plan}, m_summary{new QLabel{this}} {
    nameWidget(this, "ReadyPage");
    nameWidget(m_summary, "ReadySummary");
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_summary);
    layout->addStretch();
    retranslate();
}

void ReadyPage::initializePage() {
    retranslate();
}

void ReadyPage::retranslate() {
    setTitle(tr("Ready to install"));
    setSubTitle(tr("Setup has what it needs. Click Install to begin."));
    setButtonText(QWizard::NextButton, tr("&Install"));
    QStringList names;
    for (const auto& component : m_plan.selectedComponents()) {
        names << QStringLiteral("  • ") + isolated(component.name);
    }
    m_summary->setText(tr("Product: %1 %2\nFolder: %3\nSpace needed: %4\nComponents:\n%5")
                           .arg(isolated(m_plan.package().product),
                                leftToRight(m_plan.package().version),
                                leftToRight(m_plan.installDir()), sizeText(m_plan.selectedSize()),
                                names.join(QLatin1Char('\n'))));
}
