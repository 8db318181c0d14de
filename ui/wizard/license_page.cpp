#include "ui/wizard/license_page.h"

#include "ui/setup/install_plan.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>

LicensePage::LicensePage(const InstallPlan& plan)
    : m_plan{plan}, m_text{new QPlainTextEdit{this}}, m_accept{new QCheckBox{this}} {
    nameWidget(this, "LicensePage");
    nameWidget(m_text, "LicenseText");
    nameWidget(m_accept, "AcceptLicenseCheckBox");
    m_text->setReadOnly(true);
    showLicense();
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_text, 1);
    layout->addWidget(m_accept);
    connect(m_accept, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslate();
}

namespace {

// The direction most of the letters of `text` read in. The Arabic license begins with
// "Demo Notes 2.0": its first letter is no guide.
Qt::LayoutDirection directionOf(const QString& text) {
    qsizetype rightToLeft = 0;
    qsizetype leftToRight = 0;
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
            ++rightToLeft;
            break;
        case QChar::DirL:
            ++leftToRight;
            break;
        default:
            break;
        }
    }
    return rightToLeft > leftToRight ? Qt::RightToLeft : Qt::LeftToRight;
}

} // namespace

void LicensePage::initializePage() {
    // The license of the language chosen on the welcome page.
    showLicense();
}

void LicensePage::showLicense() {
    const QString& text = m_plan.package().licenseText;
    if (m_text->toPlainText() != text) {
        m_text->setPlainText(text);
    }
    // An Arabic or Hebrew license starts at the right, every paragraph of it (a plain text
    // document lays each paragraph out by its own first letter, and left to right by default).
    QTextOption option = m_text->document()->defaultTextOption();
    option.setTextDirection(directionOf(text));
    option.setAlignment(Qt::AlignLeading);
    m_text->document()->setDefaultTextOption(option);
    m_text->setLayoutDirection(option.textDirection());
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
