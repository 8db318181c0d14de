#include "ui/wizard/publisher_page.h"

#include "core/log.h"
#include "ui/wizard/page_ids.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

PublisherPage::PublisherPage(QString keyId)
    : m_keyId{std::move(keyId)}, m_text{new QLabel{this}}, m_agree{new QCheckBox{this}} {
    nameWidget(this, "PublisherPage");
    nameWidget(m_text, "PublisherWarning");
    nameWidget(m_agree, "PublisherAgree");
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addWidget(m_agree);
    layout->addStretch();
    connect(m_agree, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslate();
}

bool PublisherPage::isComplete() const {
    return m_agree->isChecked();
}

void PublisherPage::initializePage() {
    rm::log::core()->warn("the publisher could not be verified ({}): the user is asked",
                          m_keyId.toStdString());
}

int PublisherPage::nextId() const {
    return WelcomePageId;
}

void PublisherPage::retranslate() {
    setTitle(tr("The publisher could not be verified"));
    if (m_keyId == QLatin1String("unsigned")) {
        setSubTitle(tr("This setup file is not signed."));
        m_text->setText(tr("Nobody can tell who made this setup file or whether it was changed "
                           "after it was made. Install it only if you trust where it came from."));
    } else {
        setSubTitle(tr("This setup file is signed with a key that is not trusted on this "
                       "computer."));
        m_text->setText(tr("The signature is intact, but its key (ID %1) is not among the keys "
                           "this computer trusts, so nobody can tell who made this setup file. "
                           "Install it only if you trust where it came from.")
                            .arg(m_keyId));
    }
    m_agree->setText(tr("I &understand the risk and want to install it anyway"));
    m_agree->setAccessibleName(tr("Install although the publisher could not be verified"));
}
