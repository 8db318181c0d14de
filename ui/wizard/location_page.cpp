#include "ui/wizard/location_page.h"

#include "ui/plain_text.h"
#include "ui/setup/install_plan.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStorageInfo>
#include <QVBoxLayout>

namespace {

// The directory that would hold `path`: itself if it exists, else its nearest existing parent.
QString existingAncestor(const QString& path) {
    QFileInfo info{path};
    while (!info.exists() && info.absolutePath() != info.absoluteFilePath()) {
        info = QFileInfo{info.absolutePath()};
    }
    return info.absoluteFilePath();
}

} // namespace

LocationPage::LocationPage(InstallPlan& plan)
    : m_plan{plan}, m_label{new QLabel{this}}, m_path{new QLineEdit{this}},
      m_browse{new QPushButton{this}}, m_status{new QLabel{this}}, m_upgrade{new QLabel{this}},
      m_downgrade{new QCheckBox{this}} {
    nameWidget(this, "LocationPage");
    nameWidget(m_path, "TargetDirectoryLineEdit");
    nameWidget(m_browse, "BrowseButton");
    nameWidget(m_status, "LocationStatus");
    nameWidget(m_upgrade, "UpgradeNote");
    nameWidget(m_downgrade, "ConfirmDowngradeCheckBox");
    m_downgrade->setVisible(false);
    connect(m_downgrade, &QCheckBox::toggled, this, [this](bool checked) {
        m_plan.downgradeConfirmed = checked;
        emit completeChanged();
    });
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_upgrade->setWordWrap(true);
    // The record names the product as an earlier package said it: not ours to render.
    m_upgrade->setTextFormat(Qt::PlainText);
    m_label->setBuddy(m_path);
    // A path reads left to right in every language: in Arabic "/root/.local" lost its slash.
    m_path->setLayoutDirection(Qt::LeftToRight);
    // Alt+N while Next is disabled reached the field, which typed an "n": an Alt key is never
    // text.
    m_path->installEventFilter(this);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_label);
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_upgrade);
    layout->addWidget(m_downgrade);
    layout->addStretch();
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_plan.setInstallDir(text);
        check();
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Install location"),
                                                              existingAncestor(m_path->text()));
        if (!dir.isEmpty()) {
            m_path->setText(dir);
        }
    });
    retranslate();
}

bool LocationPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const auto modifiers = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
        if (modifiers == Qt::AltModifier && !key->text().isEmpty()) {
            event->ignore();
            return true;
        }
    }
    return TranslatedPage::eventFilter(watched, event);
}

void LocationPage::initializePage() {
    m_path->setText(m_plan.installDir());
    check();
}

bool LocationPage::isComplete() const {
    if (!m_plan.locationProblem().isEmpty()) {
        return false;
    }
    // A downgrade goes ahead only once the user confirms it.
    return m_plan.installKind() != InstallPlan::InstallKind::Downgrade || m_plan.downgradeConfirmed;
}

void LocationPage::check() {
    const QString why = m_plan.locationProblem();
    const QStorageInfo storage{existingAncestor(m_plan.installDir())};
    m_status->setText(why.isEmpty() ? tr("%1 needed, %2 free.")
                                          .arg(sizeText(m_plan.selectedSize()),
                                               sizeText(storage.bytesAvailable()))
                                    : why);
    const QString installed = why.isEmpty() ? m_plan.installedHere() : QString{};
    const QString version = m_plan.package().version;
    const QString before = m_plan.installedVersion();
    QString note;
    bool downgrade = false;
    if (!installed.isEmpty()) {
        switch (m_plan.installKind()) {
        case InstallPlan::InstallKind::Upgrade:
        case InstallPlan::InstallKind::Fresh:
            note = tr("%1 is installed here: this is an upgrade from %2 to %3.")
                       .arg(isolated(installed), leftToRight(before), leftToRight(version));
            break;
        case InstallPlan::InstallKind::Reinstall:
            note = tr("%1 is installed here: this is a reinstall of the same version.")
                       .arg(isolated(installed));
            break;
        case InstallPlan::InstallKind::Downgrade:
            note = tr("%1 is installed here: this is a downgrade to the older version %2.")
                       .arg(isolated(installed), leftToRight(version));
            downgrade = true;
            break;
        }
    }
    m_upgrade->setVisible(!note.isEmpty());
    m_upgrade->setText(note);
    m_downgrade->setVisible(downgrade);
    if (!downgrade && m_downgrade->isChecked()) {
        m_downgrade->setChecked(false);
    }
    emit completeChanged();
}

void LocationPage::retranslate() {
    setTitle(tr("Install location"));
    setSubTitle(tr("Choose the folder to install %1 in.").arg(m_plan.package().product));
    m_label->setText(tr("&Folder:"));
    m_path->setAccessibleName(tr("Install folder"));
    // Alt+B is Back.
    m_browse->setText(tr("B&rowse…"));
    m_browse->setAccessibleName(tr("Browse for the install folder"));
    m_downgrade->setText(tr("Install the &older version anyway"));
    m_downgrade->setAccessibleName(tr("Install the older version anyway"));
    if (isVisible()) {
        check();
    }
}
