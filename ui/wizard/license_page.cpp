#include "ui/wizard/license_page.h"

#include "ui/setup/install_plan.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

LicensePage::LicensePage(const InstallPlan& plan)
    : m_plan{plan}, m_text{new QPlainTextEdit{this}}, m_accept{new QCheckBox{this}} {
    nameWidget(this, "LicensePage");
    nameWidget(m_text, "LicenseText");
    nameWidget(m_accept, "AcceptLicenseCheckBox");
    m_text->setReadOnly(true);
    m_text->setPlainText(m_plan.package().licenseText);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_text, 1);
    layout->addWidget(m_accept);
    connect(m_accept, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslate();
}

bool LicensePage::isComplete() const {
    return m_accept->isChecked();
}

void LicensePage::retranslate() {
    setTitle(tr("License agreement"));
    setSubTitle(tr("Please read the license of %1.").arg(m_plan.package().product));
    m_text->setAccessibleName(tr("License text"));
    m_accept->setText(tr("I &accept the license agreement"));
    m_accept->setAccessibleName(tr("Accept the license agreement"));
}
