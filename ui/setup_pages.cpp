#include "ui/setup_pages.h"

#include "ui/affected_apps_model.h"
#include "ui/install_engine.h"
#include "ui/setup_wizard.h"
#include "ui/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStorageInfo>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

void name(QWidget* widget, const char* objectName) {
    widget->setObjectName(QLatin1String(objectName));
}

QString sizeText(qint64 bytes) {
    return QLocale{}.formattedDataSize(bytes);
}

// The directory that would hold `path`: itself if it exists, else its nearest existing parent.
QString existingAncestor(QString path) {
    QFileInfo info{path};
    while (!info.exists() && info.absolutePath() != info.absoluteFilePath()) {
        info = QFileInfo{info.absolutePath()};
    }
    return info.absoluteFilePath();
}

} // namespace

void TranslatedPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

// --- Welcome ---------------------------------------------------------------------------------

WelcomePage::WelcomePage(SetupWizard& wizard)
    : m_wizard{wizard}, m_text{new QLabel{this}}, m_languageLabel{new QLabel{this}},
      m_language{new QComboBox{this}} {
    name(this, "WelcomePage");
    name(m_text, "WelcomeText");
    name(m_language, "LanguageComboBox");
    m_text->setWordWrap(true);
    m_languageLabel->setBuddy(m_language);
    for (const auto& language : SetupWizard::availableLanguages()) {
        // Each language is named in itself, so that everyone finds their own.
        m_language->addItem(Translations::nativeName(language), language);
    }
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_text);
    layout->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_languageLabel);
    row->addWidget(m_language, 1);
    layout->addLayout(row);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString language = m_language->itemData(index).toString();
        if (language != m_wizard.language()) {
            m_wizard.setLanguage(language);
        }
    });
    retranslate();
}

void WelcomePage::initializePage() {
    const int index = m_language->findData(m_wizard.language());
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void WelcomePage::retranslate() {
    const auto& package = m_wizard.plan().package();
    setTitle(tr("Welcome to %1 %2").arg(package.product, package.version));
    m_text->setText(tr("This wizard installs %1 %2 from %3 on your computer.\n\nIf applications "
                       "use files that setup replaces, setup can close them and start them again "
                       "afterwards.")
                        .arg(package.product, package.version, package.publisher));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language of setup"));
    // The box shows the language in use, also when it was chosen elsewhere (--lang, the system).
    if (const int index = m_language->findData(m_wizard.language()); index >= 0) {
        const QSignalBlocker quiet{m_language};
        m_language->setCurrentIndex(index);
    }
}

// --- License ---------------------------------------------------------------------------------

LicensePage::LicensePage(SetupWizard& wizard)
    : m_wizard{wizard}, m_text{new QPlainTextEdit{this}}, m_accept{new QCheckBox{this}} {
    name(this, "LicensePage");
    name(m_text, "LicenseText");
    name(m_accept, "AcceptLicenseCheckBox");
    m_text->setReadOnly(true);
    m_text->setPlainText(m_wizard.plan().package().licenseText);
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
    setSubTitle(tr("Please read the license of %1.").arg(m_wizard.plan().package().product));
    m_text->setAccessibleName(tr("License text"));
    m_accept->setText(tr("I &accept the license agreement"));
    m_accept->setAccessibleName(tr("Accept the license agreement"));
}

// --- Components ------------------------------------------------------------------------------

ComponentsPage::ComponentsPage(SetupWizard& wizard)
    : m_wizard{wizard}, m_tree{new QTreeWidget{this}}, m_total{new QLabel{this}} {
    name(this, "ComponentsPage");
    name(m_tree, "ComponentsTree");
    name(m_total, "ComponentsTotal");
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_total);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column != 0) {
            return;
        }
        const QString id = item->data(0, Qt::UserRole).toString();
        m_wizard.plan().setSelected(id, item->checkState(0) == Qt::Checked);
        if (m_wizard.plan().isRequired(id) && item->checkState(0) != Qt::Checked) {
            item->setCheckState(0, Qt::Checked);
        }
        updateTotal();
        emit completeChanged();
    });
    retranslate();
}

void ComponentsPage::initializePage() {
    const QSignalBlocker blocker{m_tree};
    m_tree->clear();
    for (const auto& component : m_wizard.plan().package().components) {
        auto* item = new QTreeWidgetItem{m_tree};
        item->setText(0, component.name);
        item->setText(1, sizeText(component.size));
        // Tooltips render HTML: the package's words are escaped first.
        item->setToolTip(0, Qt::convertFromPlainText(component.description));
        item->setData(0, Qt::UserRole, component.id);
        item->setData(0, Qt::AccessibleTextRole, component.name);
        item->setCheckState(0,
                            m_wizard.plan().isSelected(component.id) ? Qt::Checked : Qt::Unchecked);
        if (component.required) {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        }
    }
    updateTotal();
}

bool ComponentsPage::isComplete() const {
    return !m_wizard.plan().selectedComponents().isEmpty();
}

void ComponentsPage::updateTotal() {
    m_total->setText(tr("Space needed: %1").arg(sizeText(m_wizard.plan().selectedSize())));
}

void ComponentsPage::retranslate() {
    setTitle(tr("Components"));
    setSubTitle(tr("Choose what to install."));
    m_tree->setHeaderLabels({tr("Component"), tr("Size")});
    m_tree->setAccessibleName(tr("Components to install"));
    updateTotal();
}

// --- Location --------------------------------------------------------------------------------

LocationPage::LocationPage(SetupWizard& wizard)
    : m_wizard{wizard}, m_label{new QLabel{this}}, m_path{new QLineEdit{this}},
      m_browse{new QPushButton{this}}, m_status{new QLabel{this}} {
    name(this, "LocationPage");
    name(m_path, "TargetDirectoryLineEdit");
    name(m_browse, "BrowseButton");
    name(m_status, "LocationStatus");
    m_status->setWordWrap(true);
    m_label->setBuddy(m_path);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_label);
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_wizard.plan().setInstallDir(QDir::cleanPath(text));
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

void LocationPage::initializePage() {
    m_path->setText(m_wizard.plan().installDir());
    check();
}

QString LocationPage::problem() const {
    const QString dir = m_wizard.plan().installDir();
    if (dir.isEmpty() || !QDir::isAbsolutePath(dir)) {
        return tr("Enter a full path, starting with /.");
    }
    const QString ancestor = existingAncestor(dir);
    const QFileInfo info{ancestor};
    if (!info.isDir()) {
        return tr("%1 is not a folder.").arg(ancestor);
    }
    if (!info.isWritable()) {
        return tr("You may not write to %1.").arg(ancestor);
    }
    const QStorageInfo storage{ancestor};
    if (storage.isValid() && storage.bytesAvailable() < m_wizard.plan().selectedSize()) {
        return tr("There is not enough room: %1 needed, %2 free.")
            .arg(sizeText(m_wizard.plan().selectedSize()), sizeText(storage.bytesAvailable()));
    }
    return {};
}

bool LocationPage::isComplete() const {
    return problem().isEmpty();
}

void LocationPage::check() {
    const QString why = problem();
    const QStorageInfo storage{existingAncestor(m_wizard.plan().installDir())};
    m_status->setText(why.isEmpty() ? tr("%1 needed, %2 free.")
                                          .arg(sizeText(m_wizard.plan().selectedSize()),
                                               sizeText(storage.bytesAvailable()))
                                    : why);
    emit completeChanged();
}

void LocationPage::retranslate() {
    setTitle(tr("Install location"));
    setSubTitle(tr("Choose the folder to install %1 in.").arg(m_wizard.plan().package().product));
    m_label->setText(tr("&Folder:"));
    m_path->setAccessibleName(tr("Install folder"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Browse for the install folder"));
    if (isVisible()) {
        check();
    }
}

// --- Ready -----------------------------------------------------------------------------------

ReadyPage::ReadyPage(SetupWizard& wizard) : m_wizard{wizard}, m_summary{new QLabel{this}} {
    name(this, "ReadyPage");
    name(m_summary, "ReadySummary");
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
    for (const auto& component : m_wizard.plan().selectedComponents()) {
        names << QStringLiteral("  • ") + component.name;
    }
    m_summary->setText(tr("Product: %1 %2\nFolder: %3\nSpace needed: %4\nComponents:\n%5")
                           .arg(m_wizard.plan().package().product,
                                m_wizard.plan().package().version, m_wizard.plan().installDir(),
                                sizeText(m_wizard.plan().selectedSize()),
                                names.join(QLatin1Char('\n'))));
}

// --- Preparing -------------------------------------------------------------------------------

EngineProgressPage::EngineProgressPage(SetupWizard& wizard, const char* statusName,
                                       const char* progressName)
    : m_wizard{wizard}, m_status{new QLabel{this}}, m_progress{new QProgressBar{this}} {
    name(m_status, statusName);
    name(m_progress, progressName);
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch();
    auto& engine = m_wizard.engine();
    connect(&engine, &InstallEngine::progress, this, [this](int percent, const QString& message) {
        if (m_wizard.currentPage() == this) {
            m_progress->setValue(percent);
            m_status->setText(message);
        }
    });
    connect(&engine, &InstallEngine::failed, this, [this](const QString& message) {
        if (m_wizard.currentPage() == this) {
            m_wizard.plan().failure = message;
            moveOn();
        }
    });
}

void EngineProgressPage::restart() {
    m_done = false;
    m_progress->setValue(0);
}

void EngineProgressPage::moveOn() {
    m_done = true;
    emit completeChanged();
    m_wizard.next();
}

PreparingPage::PreparingPage(SetupWizard& wizard)
    : EngineProgressPage{wizard, "PreparingStatus", "PreparingProgress"} {
    name(this, "PreparingPage");
    connect(&m_wizard.engine(), &InstallEngine::prepared, this, &PreparingPage::moveOn);
    retranslate();
}

void PreparingPage::initializePage() {
    restart();
    m_wizard.engine().prepare();
}

int PreparingPage::nextId() const {
    if (!m_wizard.plan().failure.isEmpty()) {
        return SetupWizard::FinishPageId;
    }
    return m_wizard.plan().affected.applications.empty() ? SetupWizard::InstallingPageId
                                                         : SetupWizard::FilesInUsePageId;
}

void PreparingPage::retranslate() {
    setTitle(tr("Preparing"));
    setSubTitle(tr("Setup starts the installers of the components and looks for applications "
                   "that use the files."));
    m_progress->setAccessibleName(tr("Preparation progress"));
}

// --- Files in use ----------------------------------------------------------------------------

FilesInUsePage::FilesInUsePage(SetupWizard& wizard)
    : m_wizard{wizard}, m_model{new AffectedAppsModel{this}}, m_intro{new QLabel{this}},
      m_table{new QTableView{this}}, m_reasons{new QLabel{this}}, m_close{new QRadioButton{this}},
      m_doNotClose{new QRadioButton{this}}, m_refresh{new QPushButton{this}} {
    name(this, "FilesInUsePage");
    name(m_table, "AffectedAppsTable");
    name(m_reasons, "RebootReasons");
    name(m_close, "CloseApplicationsRadio");
    name(m_doNotClose, "DoNotCloseApplicationsRadio");
    name(m_refresh, "RefreshButton");
    m_intro->setWordWrap(true);
    m_reasons->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_close->setChecked(true);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reasons);
    layout->addWidget(m_close);
    layout->addWidget(m_doNotClose);
    layout->addWidget(m_refresh, 0, Qt::AlignRight);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_refresh->setEnabled(false);
        m_wizard.engine().refreshList();
    });
    connect(&m_wizard.engine(), &InstallEngine::listRefreshed, this, [this] {
        m_refresh->setEnabled(true);
        if (m_wizard.currentPage() == this) {
            showList();
        }
    });
    retranslate();
}

void FilesInUsePage::initializePage() {
    showList();
}

void FilesInUsePage::showList() {
    const auto& affected = m_wizard.plan().affected;
    m_model->setApplications(affected.applications);
    const QStringList reasons = AffectedAppsModel::rebootReasonTexts(affected.rebootReasons);
    m_reasons->setVisible(!reasons.isEmpty());
    m_reasons->setText(reasons.isEmpty() ? QString{}
                                         : tr("A restart of the computer will be needed: %1")
                                               .arg(reasons.join(QLatin1Char(' '))));
    // With a reboot reason nothing can be closed: Restart Manager would refuse to touch anything.
    const bool closable = reasons.isEmpty();
    m_close->setEnabled(closable);
    if (!closable) {
        m_doNotClose->setChecked(true);
    }
}

bool FilesInUsePage::validatePage() {
    m_wizard.plan().closeChoice =
        m_close->isChecked() ? CloseChoice::CloseAndRestart : CloseChoice::DoNotClose;
    return true;
}

void FilesInUsePage::retranslate() {
    setTitle(tr("Files in use"));
    setSubTitle(tr("These applications use files that setup needs to replace."));
    m_intro->setText(tr("Save your work in them first. You can also close them yourself and "
                        "click Refresh."));
    m_table->setAccessibleName(tr("Applications that use the files"));
    m_close->setText(tr("&Close the applications automatically and restart them after setup"));
    m_close->setAccessibleName(m_close->text().remove(QLatin1Char('&')));
    m_doNotClose->setText(
        tr("&Do not close the applications (a restart of the computer will be required)"));
    m_doNotClose->setAccessibleName(m_doNotClose->text().remove(QLatin1Char('&')));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Refresh the list of applications"));
    showList();
}

// --- Installing ------------------------------------------------------------------------------

InstallingPage::InstallingPage(SetupWizard& wizard)
    : EngineProgressPage{wizard, "InstallingStatus", "InstallProgress"} {
    name(this, "InstallingPage");
    auto& engine = m_wizard.engine();
    connect(&engine, &InstallEngine::applicationsClosed, this, &InstallingPage::applicationsClosed);
    connect(&engine, &InstallEngine::installed, this, [this] {
        if (m_wizard.currentPage() == this) {
            m_wizard.engine().finish();
        }
    });
    connect(&engine, &InstallEngine::finished, this, &InstallingPage::moveOn);
    retranslate();
}

void InstallingPage::initializePage() {
    restart();
    auto& plan = m_wizard.plan();
    const bool anyInUse = !plan.affected.applications.empty();
    if (anyInUse && plan.closeChoice == CloseChoice::CloseAndRestart) {
        m_wizard.engine().closeApplications(false);
        return;
    }
    plan.restartRequired = anyInUse;
    m_wizard.engine().install(false);
}

void InstallingPage::applicationsClosed(quint32 code, const QString& message) {
    if (m_wizard.currentPage() != this || code == ERROR_CANCELLED) {
        return;
    }
    auto& plan = m_wizard.plan();
    if (code == ERROR_SUCCESS) {
        m_wizard.engine().install(true);
        return;
    }
    if (code != ERROR_FAIL_SHUTDOWN) {
        // Nothing could be closed (for instance a reboot reason appeared meanwhile): the files
        // are replaced all the same and the computer must restart.
        m_status->setText(message);
        plan.restartRequired = true;
        m_wizard.engine().install(true);
        return;
    }
    QStringList stillRunning;
    for (const auto& app : plan.affected.applications) {
        if ((app.status & RmStatusErrorOnStop) == 0) {
            continue;
        }
        const QString name = QString::fromStdString(app.appName);
        // Asked through its windows or its quit action, it may be showing "Save changes?".
        stillRunning << (app.closeMethod == rm::CloseMethod::Signal
                             ? tr("%1 (%2)").arg(name).arg(app.process.dwProcessId)
                             : tr("%1 (%2) may be asking you to save your work. Switch to it, "
                                  "then choose Retry.")
                                   .arg(name)
                                   .arg(app.process.dwProcessId));
    }
    switch (m_wizard.answers().stillRunning(&m_wizard, stillRunning)) {
    case AnswerSource::StillRunning::Retry:
        m_wizard.engine().closeApplications(false);
        break;
    case AnswerSource::StillRunning::ForceClose:
        m_wizard.engine().closeApplications(true);
        break;
    case AnswerSource::StillRunning::Ignore:
        plan.restartRequired = true;
        m_wizard.engine().install(true);
        break;
    case AnswerSource::StillRunning::Cancel:
        m_wizard.reject();
        break;
    }
}

void InstallingPage::retranslate() {
    setTitle(tr("Installing"));
    setSubTitle(tr("Setup closes the applications, replaces the files and starts the "
                   "applications again."));
    m_progress->setAccessibleName(tr("Installation progress"));
}

// --- Finish ----------------------------------------------------------------------------------

FinishPage::FinishPage(SetupWizard& wizard)
    : m_wizard{wizard}, m_summary{new QLabel{this}}, m_restartNow{new QRadioButton{this}},
      m_restartLater{new QRadioButton{this}}, m_showLog{new QPushButton{this}} {
    name(this, "FinishPage");
    name(m_summary, "FinishSummary");
    name(m_restartNow, "RestartNowRadio");
    name(m_restartLater, "RestartLaterRadio");
    name(m_showLog, "ShowLogButton");
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_restartLater->setChecked(true);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addWidget(m_restartNow);
    layout->addWidget(m_restartLater);
    layout->addWidget(m_showLog, 0, Qt::AlignLeft);
    connect(m_showLog, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_wizard.plan().logFile)); });
    setFinalPage(true);
    retranslate();
}

void FinishPage::initializePage() {
    retranslate();
}

bool FinishPage::restartNow() const {
    return m_restartNow->isVisible() && m_restartNow->isChecked();
}

void FinishPage::retranslate() {
    const auto& plan = m_wizard.plan();
    const bool failed = !plan.failure.isEmpty();
    setTitle(failed ? tr("Setup failed") : tr("Setup is complete"));
    QStringList lines;
    if (failed) {
        lines << tr("%1 was not installed. Everything setup changed was put back.")
                     .arg(plan.package().product)
              << plan.failure;
    } else {
        lines << tr("%1 %2 was installed in %3.")
                     .arg(plan.package().product, plan.package().version, plan.installDir());
        QStringList components;
        for (const auto& component : plan.selectedComponents()) {
            components << component.name;
        }
        lines << tr("Installed: %1").arg(components.join(QStringLiteral(", ")));
        if (!plan.restartedApplications.isEmpty()) {
            lines << tr("Started again: %1")
                         .arg(plan.restartedApplications.join(QStringLiteral(", ")));
        }
        if (plan.restartRequired) {
            lines << tr("A restart of the computer is required to finish the installation.");
        }
    }
    m_summary->setText(lines.join(QStringLiteral("\n\n")));
    const bool askRestart = !failed && plan.restartRequired;
    m_restartNow->setVisible(askRestart);
    m_restartLater->setVisible(askRestart);
    m_restartNow->setText(tr("Restart the computer &now"));
    m_restartNow->setAccessibleName(tr("Restart the computer now"));
    m_restartLater->setText(tr("I will restart the computer &later"));
    m_restartLater->setAccessibleName(tr("Restart the computer later"));
    m_showLog->setVisible(failed && !plan.logFile.isEmpty());
    m_showLog->setText(tr("Show the &log"));
    m_showLog->setAccessibleName(tr("Show the setup log"));
}
