#include "ui/wizard/uninstall_wizard.h"

#include "core/log.h"
#include "ui/affected_apps_model.h"
#include "ui/branding.h"
#include "ui/plain_text.h"
#include "ui/setup/install_plan.h"
#include "ui/setup/package.h"
#include "ui/wizard/setup_wizard.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

#include <fcntl.h>
#include <unistd.h>

namespace {

// The product's icon as its record names it: an absolute path, else the largest icon among the
// desktop files setup wrote for it (the scalable one first). Read without following a link; an
// empty image when there is none (the wizard then shows setup's own).
PackageImage recordIcon(const ProductRecord& record) {
    QStringList candidates;
    if (QDir::isAbsolutePath(record.icon)) {
        candidates << record.icon;
    }
    QStringList pngs;
    for (const QString& path : record.desktopFiles) {
        if (!path.contains(QLatin1String("/icons/"))) {
            continue;
        }
        if (path.endsWith(QLatin1String(".svg"))) {
            candidates << path;
        } else if (path.endsWith(QLatin1String(".png"))) {
            pngs << path;
        }
    }
    // hicolor/<N>x<N>/apps: the largest last, so first once reversed.
    std::sort(pngs.begin(), pngs.end(), [](const QString& a, const QString& b) {
        const auto size = [](const QString& path) {
            return path.section(u'/', -3, -3).section(u'x', 0, 0).toInt();
        };
        return size(a) > size(b);
    });
    candidates << pngs;
    for (const QString& path : candidates) {
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0) {
            continue;
        }
        QFile file;
        PackageImage image;
        if (file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle) &&
            file.size() <= kPackageImageMaxBytes) {
            image.data = file.readAll();
            image.file = path;
            image.svg = path.endsWith(QLatin1String(".svg"));
        } else {
            ::close(fd);
        }
        if (!image.isEmpty()) {
            return image;
        }
    }
    return {};
}

// A plain-text list, one path per line, each kept left to right.
QString pathLines(const QStringList& paths) {
    QStringList lines;
    for (const QString& path : paths) {
        lines << QStringLiteral("  ") + leftToRight(path.isEmpty() ? QStringLiteral(".") : path);
    }
    return lines.join(u'\n');
}

QString nameList(const QStringList& names) {
    QStringList isolatedNames;
    for (const QString& name : names) {
        isolatedNames << isolated(name);
    }
    // Joined as the wizard's language joins lists ("、" in Japanese, "و" in Arabic).
    return QLocale{}.createSeparatedList(isolatedNames);
}

} // namespace

// ---------------------------------------------------------------------------------------------
UninstallSummaryPage::UninstallSummaryPage(UninstallWizard& wizard)
    : m_wizard{wizard}, m_product{new QLabel{this}}, m_folder{new QLabel{this}}, m_files{new QLabel{
                                                                                     this}},
      m_changedIntro{new QLabel{this}}, m_changed{new QPlainTextEdit{this}}, m_purge{new QCheckBox{
                                                                                 this}} {
    nameWidget(this, "UninstallSummaryPage");
    nameWidget(m_product, "UninstallProduct");
    nameWidget(m_folder, "UninstallFolder");
    nameWidget(m_files, "UninstallFileCount");
    nameWidget(m_changedIntro, "ChangedFilesIntro");
    nameWidget(m_changed, "ChangedFilesList");
    nameWidget(m_purge, "PurgeCheckBox");
    for (QLabel* label : {m_product, m_folder, m_files, m_changedIntro}) {
        // The product's name and its folder come from the record.
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_changed->setReadOnly(true);
    m_changed->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_purge->setChecked(false);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_product);
    layout->addWidget(m_folder);
    layout->addWidget(m_files);
    layout->addSpacing(8);
    layout->addWidget(m_changedIntro);
    layout->addWidget(m_changed, 100);
    layout->addWidget(m_purge);
    // Without changed files the list is hidden: the lines above stay together at the top.
    layout->addStretch(1);
    connect(m_purge, &QCheckBox::toggled, this, [this] { retranslate(); });
    retranslate();
}

void UninstallSummaryPage::initializePage() {
    retranslate();
}

bool UninstallSummaryPage::purgeChosen() const {
    return m_purge->isChecked();
}

bool UninstallSummaryPage::isComplete() const {
    return m_wizard.prepared() || m_wizard.failedEarly();
}

void UninstallSummaryPage::showChecked() {
    retranslate();
    emit completeChanged();
}

bool UninstallSummaryPage::validatePage() {
    if (m_wizard.failedEarly()) {
        return true;
    }
    if (!m_wizard.prepared()) {
        return false;
    }
    if (m_purge->isChecked() != m_wizard.engine().purge()) {
        // The engine decided which files stay when it checked them: it checks them again.
        m_wizard.prepareAgain(m_purge->isChecked());
        emit completeChanged();
        return false;
    }
    return true;
}

int UninstallSummaryPage::nextId() const {
    if (m_wizard.failedEarly()) {
        return UninstallWizard::FinishPageId;
    }
    const auto& affected = m_wizard.engine().affected();
    return affected.applications.empty() && affected.rebootReasons == 0
               ? UninstallWizard::RemovingPageId
               : UninstallWizard::FilesInUsePageId;
}

void UninstallSummaryPage::retranslate() {
    const ProductRecord& record = m_wizard.record();
    setTitle(tr("Uninstall %1").arg(m_wizard.productName()));
    setSubTitle(tr("Setup will remove the files that it installed, and nothing else."));
    const QString publisher = record.publisher.in(QLocale{}.name());
    m_product->setText(
        publisher.isEmpty()
            ? tr("Product: %1").arg(isolated(m_wizard.productName()))
            : tr("Product: %1 (%2)").arg(isolated(m_wizard.productName()), isolated(publisher)));
    m_product->setAccessibleName(m_product->text());
    m_folder->setText(tr("Folder: %1").arg(leftToRight(record.installDir)));
    m_folder->setAccessibleName(m_folder->text());
    QString files =
        tr("Files: %1 (%2)").arg(QLocale{}.toString(record.files.size()), sizeText(record.size));
    if (!record.desktopFiles.isEmpty()) {
        files += u'\n' + tr("Menu entries, icons and commands: %1")
                             .arg(QLocale{}.toString(record.desktopFiles.size()));
    }
    m_files->setText(files);
    m_files->setAccessibleName(m_files->text());
    const bool checked = m_wizard.prepared() || m_wizard.failedEarly();
    const QStringList changed =
        m_wizard.prepared() ? m_wizard.engine().changedFiles() : QStringList{};
    if (!checked) {
        m_changedIntro->setText(tr("Looking for files that you changed since they were "
                                   "installed…"));
    } else if (m_wizard.failedEarly()) {
        m_changedIntro->setText(
            tr("Nothing can be removed: %1").arg(m_wizard.engine().report().failure));
    } else if (changed.isEmpty()) {
        m_changedIntro->setText(tr("You changed none of the installed files."));
    } else if (m_purge->isChecked()) {
        m_changedIntro->setText(
            tr("You changed these files since they were installed. They will be removed too:"));
    } else {
        m_changedIntro->setText(tr("You changed these files since they were installed. They "
                                   "will be kept:"));
    }
    m_changedIntro->setAccessibleName(m_changedIntro->text());
    m_changed->setVisible(!changed.isEmpty());
    m_changed->setPlainText(pathLines(changed));
    m_changed->setAccessibleName(tr("Files you changed"));
    m_purge->setVisible(!changed.isEmpty());
    m_purge->setText(tr("&Also remove the files I changed"));
    m_purge->setAccessibleName(tr("Also remove the files I changed"));
    // Straight on to removing: the button says so.
    const bool removesNext = checked && nextId() == UninstallWizard::RemovingPageId;
    setButtonText(QWizard::NextButton,
                  removesNext ? tr("&Uninstall") : wizardButtonText(QWizard::NextButton));
    if (wizard() != nullptr) {
        nameWizardButtons(*wizard());
    }
}

// ---------------------------------------------------------------------------------------------
UninstallFilesInUsePage::UninstallFilesInUsePage(UninstallWizard& wizard)
    : m_wizard{wizard}, m_model{new AffectedAppsModel{this}}, m_intro{new QLabel{this}},
      m_table{new QTableView{this}}, m_details{new QLabel{this}}, m_reasons{new QLabel{this}},
      m_close{new QRadioButton{this}},
      m_doNotClose{new QRadioButton{this}}, m_refresh{new QPushButton{this}} {
    // The install wizard's files-in-use page, over the uninstall engine's list: the same names,
    // so that tests and accessibility tools find the same controls.
    nameWidget(this, "UninstallFilesInUsePage");
    nameWidget(m_intro, "FilesInUseIntro");
    nameWidget(m_table, "AffectedAppsTable");
    nameWidget(m_details, "AffectedAppDetails");
    nameWidget(m_reasons, "RebootReasons");
    nameWidget(m_close, "CloseApplicationsRadio");
    nameWidget(m_doNotClose, "DoNotCloseApplicationsRadio");
    nameWidget(m_refresh, "RefreshButton");
    m_intro->setWordWrap(true);
    m_reasons->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    for (int column = 0; column < AffectedAppsModel::ColumnCount; ++column) {
        m_table->setColumnHidden(column, column != AffectedAppsModel::NameColumn &&
                                             column != AffectedAppsModel::ActionColumn);
    }
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UninstallFilesInUsePage::showDetails);
    m_close->setChecked(true);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_reasons);
    layout->addWidget(m_close);
    layout->addWidget(m_doNotClose);
    layout->addWidget(m_refresh, 0, Qt::AlignRight);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_refresh->setEnabled(false);
        m_wizard.engine().refreshList();
    });
    connect(&m_wizard, &UninstallWizard::engineListRefreshed, this, [this] {
        m_refresh->setEnabled(true);
        showList();
    });
    setButtonText(QWizard::NextButton, tr("&Uninstall"));
    retranslate();
}

void UninstallFilesInUsePage::initializePage() {
    nameWizardButtons(*wizard());
    showList();
}

bool UninstallFilesInUsePage::closeChosen() const {
    return m_close->isChecked() && m_close->isEnabled();
}

void UninstallFilesInUsePage::showList() {
    const auto& affected = m_wizard.engine().affected();
    m_model->setApplications(affected.applications);
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    }
    showDetails();
    const QStringList reasons = AffectedAppsModel::rebootReasonTexts(affected.rebootReasons);
    m_reasons->setVisible(!reasons.isEmpty());
    m_reasons->setText(reasons.isEmpty() ? QString{}
                       : AffectedAppsModel::onlyTheDesktopStandsInTheWay(affected)
                           ? AffectedAppsModel::desktopText()
                           : QCoreApplication::translate(
                                 "FilesInUsePage", "A restart of the computer will be needed: %1")
                                 .arg(reasons.join(QLatin1Char(' '))));
    m_reasons->setAccessibleName(m_reasons->text());
    const bool closable = affected.rebootReasons == 0;
    m_close->setEnabled(closable);
    if (!closable) {
        m_doNotClose->setChecked(true);
    }
}

void UninstallFilesInUsePage::showDetails() {
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : (m_model->rowCount() > 0 ? 0 : -1);
    const bool any = row >= 0 && row < m_model->rowCount();
    m_details->setVisible(any);
    m_details->setText(any ? AffectedAppsModel::detailsText(m_model->application(row)) : QString{});
}

void UninstallFilesInUsePage::retranslate() {
    setTitle(QCoreApplication::translate("FilesInUsePage", "Files in use"));
    setSubTitle(tr("These applications use files that setup is about to remove."));
    m_intro->setText(tr("Save your work in them first. The programs of %1 are closed and not "
                        "started again; other applications are started again once the files "
                        "are gone. You can also close them yourself and click Refresh.")
                         .arg(isolated(m_wizard.productName())));
    m_intro->setAccessibleName(m_intro->text());
    m_table->setAccessibleName(
        QCoreApplication::translate("FilesInUsePage", "Applications that use the files"));
    m_details->setAccessibleName(
        QCoreApplication::translate("FilesInUsePage", "Details of the selected application"));
    m_close->setText(tr("&Close the applications automatically"));
    m_close->setAccessibleName(tr("Close the applications automatically"));
    m_doNotClose->setText(QCoreApplication::translate(
        "FilesInUsePage",
        "&Do not close the applications (a restart of the computer will be required)"));
    m_doNotClose->setAccessibleName(m_doNotClose->text().remove(QLatin1Char('&')));
    m_refresh->setText(QCoreApplication::translate("FilesInUsePage", "&Refresh"));
    m_refresh->setAccessibleName(
        QCoreApplication::translate("FilesInUsePage", "Refresh the list of applications"));
    setButtonText(QWizard::NextButton, tr("&Uninstall"));
    showList();
}

// ---------------------------------------------------------------------------------------------
UninstallRemovingPage::UninstallRemovingPage(UninstallWizard& wizard)
    : m_wizard{wizard}, m_status{new QLabel{this}}, m_progress{new QProgressBar{this}} {
    nameWidget(this, "UninstallRemovingPage");
    nameWidget(m_status, "UninstallStatus");
    nameWidget(m_progress, "UninstallProgress");
    m_status->setWordWrap(true);
    // Messages name the product and applications.
    m_status->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch();
    retranslate();
}

void UninstallRemovingPage::initializePage() {
    m_done = false;
    m_progress->setValue(0);
    m_status->clear();
    auto* inUse =
        qobject_cast<UninstallFilesInUsePage*>(wizard()->page(UninstallWizard::FilesInUsePageId));
    const bool close = !wizard()->hasVisitedPage(UninstallWizard::FilesInUsePageId) ||
                       (inUse != nullptr && inUse->closeChosen());
    m_wizard.startRemoving(close);
}

void UninstallRemovingPage::showProgress(int percent, const QString& message) {
    if (m_done) {
        return;
    }
    m_progress->setValue(percent);
    m_status->setText(message);
    m_status->setAccessibleName(message);
}

void UninstallRemovingPage::moveOn() {
    if (m_done) {
        return;
    }
    m_done = true;
    emit completeChanged();
    if (wizard() != nullptr) {
        wizard()->next();
    }
}

void UninstallRemovingPage::retranslate() {
    setTitle(tr("Removing"));
    setSubTitle(tr("Setup is removing %1. Cancel puts everything back.")
                    .arg(isolated(m_wizard.productName())));
    m_progress->setAccessibleName(tr("Progress of the removal"));
}

// ---------------------------------------------------------------------------------------------
UninstallFinishPage::UninstallFinishPage(UninstallWizard& wizard)
    : m_wizard{wizard}, m_headline{new QLabel{this}}, m_details{new QPlainTextEdit{this}},
      m_restartNow{new QRadioButton{this}}, m_restartLater{new QRadioButton{this}} {
    nameWidget(this, "UninstallFinishPage");
    nameWidget(m_headline, "UninstallResult");
    nameWidget(m_details, "UninstallDetails");
    nameWidget(m_restartNow, "RestartNowRadio");
    nameWidget(m_restartLater, "RestartLaterRadio");
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_restartLater->setChecked(true);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_headline);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_restartNow);
    layout->addWidget(m_restartLater);
    setFinalPage(true);
    retranslate();
}

void UninstallFinishPage::initializePage() {
    retranslate();
}

bool UninstallFinishPage::restartNow() const {
    return m_restartNow->isVisible() && m_restartNow->isChecked();
}

void UninstallFinishPage::retranslate() {
    const UninstallReport& report = m_wizard.engine().report();
    const bool failed = !report.failure.isEmpty() && report.exitCode != ExitSuccess &&
                        report.exitCode != ExitRestartRequired;
    const QString product = isolated(m_wizard.productName());
    setTitle(failed ? tr("Uninstall failed") : tr("Uninstall complete"));
    setSubTitle({});
    QStringList lines;
    if (failed) {
        m_headline->setText(tr("%1 was not removed. Nothing was changed.").arg(product));
        lines << report.failure;
    } else {
        m_headline->setText(tr("%1 was removed from your computer.").arg(product));
        lines << tr("Files removed: %1").arg(QLocale{}.toString(report.removed.size()));
        if (!report.keptChanged.isEmpty()) {
            lines << QString{}
                  << tr("Kept, because you changed them since they were installed (remove them "
                        "yourself, or uninstall with \"Also remove the files I changed\"):")
                  << pathLines(report.keptChanged);
        }
        if (!report.keptFolders.isEmpty()) {
            // Folders by their full path ("" is the install folder itself).
            QStringList folders;
            for (const QString& folder : report.keptFolders) {
                folders << (folder.isEmpty() ? m_wizard.record().installDir
                                             : m_wizard.record().installDir + u'/' + folder);
            }
            lines << QString{} << tr("Kept, because they hold files that setup did not install:")
                  << pathLines(folders);
        }
        if (!report.desktopLeft.isEmpty()) {
            lines << QString{} << tr("These menu entries, icons or commands could not be removed:")
                  << pathLines(report.desktopLeft);
        }
        if (!report.closed.isEmpty()) {
            lines << QString{} << tr("Closed: %1").arg(nameList(report.closed));
        }
        if (!report.restarted.isEmpty()) {
            lines << QCoreApplication::translate("FinishPage", "Started again: %1")
                         .arg(nameList(report.restarted));
        }
        if (!report.notRestarted.isEmpty()) {
            lines << tr("Could not be started again: %1").arg(nameList(report.notRestarted));
        }
        if (report.restartRequired) {
            lines << QString{}
                  << tr("These applications still use the removed files: %1. A restart of the "
                        "computer is required to finish.")
                         .arg(nameList(report.stillRunning));
        }
    }
    m_headline->setAccessibleName(m_headline->text());
    m_details->setPlainText(lines.join(u'\n'));
    m_details->setAccessibleName(tr("What was removed and what was kept"));
    const bool askRestart = !failed && report.restartRequired;
    m_restartNow->setVisible(askRestart);
    m_restartLater->setVisible(askRestart);
    m_restartNow->setText(QCoreApplication::translate("FinishPage", "Restart the computer &now"));
    m_restartNow->setAccessibleName(
        QCoreApplication::translate("FinishPage", "Restart the computer now"));
    m_restartLater->setText(
        QCoreApplication::translate("FinishPage", "I will restart the computer &later"));
    m_restartLater->setAccessibleName(m_restartLater->text().remove(QLatin1Char('&')));
}

// ---------------------------------------------------------------------------------------------
UninstallWizard::UninstallWizard(ProductRecord record, Options options, QWidget* parent)
    : QWizard{parent}, m_record{std::move(record)}, m_options{std::move(options)},
      m_answers{std::make_unique<DialogAnswerSource>()} {
    setObjectName(QStringLiteral("UninstallWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Once removing has begun there is no way back.
    setOption(QWizard::NoBackButtonOnStartPage);
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);
    // First: the pages read the engine as they are made. Its signals come through the event loop.
    makeEngine(m_options.purge);
    auto* summary = new UninstallSummaryPage{*this};
    auto* inUse = new UninstallFilesInUsePage{*this};
    auto* removing = new UninstallRemovingPage{*this};
    auto* finish = new UninstallFinishPage{*this};
    setPage(SummaryPageId, summary);
    setPage(FilesInUsePageId, inUse);
    setPage(RemovingPageId, removing);
    setPage(FinishPageId, finish);
    setStartId(SummaryPageId);
    connect(this, &UninstallWizard::enginePrepared, summary, [this, summary] {
        summary->showChecked();
        if (m_advanceWhenPrepared && currentId() == SummaryPageId) {
            m_advanceWhenPrepared = false;
            next();
        }
    });
    connect(this, &UninstallWizard::engineProgress, removing, &UninstallRemovingPage::showProgress);
    connect(this, &UninstallWizard::engineState, this, [this](const QString& state) {
        if (state == QLatin1String("Committing")) {
            // The point of no return: the files are being deleted.
            m_committing = true;
            button(CancelButton)->setEnabled(false);
        }
    });
    connect(this, &UninstallWizard::engineFinished, this, [this, summary, removing] {
        const UninstallReport& report = m_engine->report();
        if (report.cancelled) {
            rm::log::core()->info("uninstall wizard ends with {}", int{ExitCancelled});
            QDialog::done(ExitCancelled);
            return;
        }
        if (!m_removing) {
            // Failed while checking: the summary page says why, and goes on to the finish page.
            summary->showChecked();
            return;
        }
        removing->moveOn();
    });
    // Once removing has begun there is no way back. QWizard enables Back whenever it updates its
    // buttons (a page change, a page that completes): disabled again right after.
    const auto noWayBack = [this] {
        if (currentId() >= RemovingPageId) {
            button(BackButton)->setEnabled(false);
        }
        nameWizardButtons(*this);
    };
    connect(this, &QWizard::currentIdChanged, this, noWayBack);
    for (QWizardPage* each :
         std::initializer_list<QWizardPage*>{summary, inUse, removing, finish}) {
        connect(each, &QWizardPage::completeChanged, this, noWayBack);
    }
    showAsPlainText(this);
    applyBranding();
    // The check box shows what the engine was made with.
    summary->findChild<QCheckBox*>(QStringLiteral("PurgeCheckBox"))->setChecked(m_options.purge);
    retranslate();
    resize(720, 520);
}

UninstallWizard::~UninstallWizard() = default;

QString UninstallWizard::productName() const {
    return m_record.name.in(QLocale{}.name()) + u' ' + m_record.version;
}

bool UninstallWizard::failedEarly() const {
    return !m_removing && m_engine && m_engine->report().exitCode != 0 &&
           !m_engine->report().cancelled;
}

void UninstallWizard::setAnswerSource(std::unique_ptr<AnswerSource> answers) {
    m_answers = std::move(answers);
}

void UninstallWizard::makeEngine(bool purge) {
    m_prepared = false;
    m_engine = std::make_unique<UninstallEngine>(m_record, purge);
    UninstallEngine* engine = m_engine.get();
    connect(engine, &UninstallEngine::progress, this, &UninstallWizard::engineProgress);
    connect(engine, &UninstallEngine::stateChanged, this, &UninstallWizard::engineState);
    connect(engine, &UninstallEngine::listRefreshed, this, &UninstallWizard::engineListRefreshed);
    connect(engine, &UninstallEngine::prepared, this, [this, engine] {
        rm::log::core()->info(
            "uninstall wizard: {} file(s) checked, {} changed, {} application(s) use them",
            m_record.files.size(), engine->changedFiles().size(),
            engine->affected().applications.size());
        m_prepared = true;
        emit enginePrepared();
    });
    connect(engine, &UninstallEngine::finished, this, &UninstallWizard::engineFinished);
    engine->prepare();
}

void UninstallWizard::prepareAgain(bool purge) {
    m_advanceWhenPrepared = true;
    makeEngine(purge);
}

void UninstallWizard::startRemoving(bool close) {
    if (m_removing) {
        return;
    }
    m_removing = true;
    // Other applications come back; the product's own do not (the engine knows which).
    m_engine->remove(close, false, true);
}

void UninstallWizard::reject() {
    cancelUninstall(true);
}

void UninstallWizard::cancelWithoutAsking() {
    rm::log::core()->warn("setup was asked to stop (a signal): cancelling the uninstall");
    cancelUninstall(false);
}

void UninstallWizard::cancelUninstall(bool ask) {
    if (m_cancelling || m_committing) {
        return;
    }
    if (currentId() == FinishPageId) {
        accept();
        return;
    }
    if (ask && !m_answers->confirmCancel(this)) {
        return;
    }
    if (!m_removing) {
        // Nothing was touched: the session ends with the engine.
        rm::log::core()->info("uninstall wizard ends with {}", int{ExitCancelled});
        QDialog::done(ExitCancelled);
        return;
    }
    m_cancelling = true;
    button(CancelButton)->setEnabled(false);
    m_engine->cancel(); // the engine puts everything back, then finished() ends the wizard
}

void UninstallWizard::accept() {
    if (currentId() != FinishPageId) {
        QDialog::done(ExitCancelled);
        return;
    }
    int exitCode = m_engine->report().exitCode;
    auto* finish = qobject_cast<UninstallFinishPage*>(page(FinishPageId));
    if (exitCode == ExitRestartRequired && finish != nullptr && finish->restartNow()) {
        const bool started =
            m_options.restartComputer
                ? m_options.restartComputer()
                : QProcess::startDetached(QStringLiteral("systemctl"), {QStringLiteral("reboot")});
        if (started) {
            exitCode = ExitRestartStarted;
        }
    }
    rm::log::core()->info("uninstall wizard ends with {}", exitCode);
    QDialog::done(exitCode);
}

void UninstallWizard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

void UninstallWizard::retranslate() {
    setWindowTitle(tr("Uninstall %1").arg(productName()));
    retranslateWizardButtons(*this);
    for (const char* name : {"UninstallProductIcon", "SideImage", "HeaderImage"}) {
        for (QLabel* label : findChildren<QLabel*>(QLatin1String{name})) {
            label->setAccessibleName(m_record.name.in(QLocale{}.name()));
        }
    }
}

void UninstallWizard::applyBranding() {
    // The product's icon from its record; the side and header images are setup's own (the
    // package that had them may be gone).
    Package package;
    package.product = m_record.name.in(QLocale{}.name());
    package.icon = recordIcon(m_record);
    const qreal ratio = devicePixelRatioF();
    setWindowIcon(branding::windowIcon(package));
    const QPixmap side =
        branding::render(package, branding::Image::Side, branding::kSideSize, ratio);
    const QPixmap header =
        branding::render(package, branding::Image::Header, branding::kHeaderSize, ratio);
    page(SummaryPageId)->setPixmap(WatermarkPixmap, side);
    page(FinishPageId)->setPixmap(WatermarkPixmap, side);
    setPixmap(LogoPixmap, header);
    const QPixmap icon =
        branding::render(package, branding::Image::Icon, branding::kIconSize, ratio);
    for (const int id : {int{SummaryPageId}, int{FinishPageId}}) {
        QWizardPage* where = page(id);
        auto* label = new QLabel{where};
        label->setObjectName(QStringLiteral("UninstallProductIcon"));
        label->setPixmap(icon);
        label->setAccessibleName(package.product);
        if (auto* box = qobject_cast<QBoxLayout*>(where->layout())) {
            box->insertWidget(0, label, 0, Qt::AlignLeading | Qt::AlignTop);
        }
    }
    for (QLabel* label : findChildren<QLabel*>()) {
        if (label->pixmap().isNull()) {
            continue;
        }
        if (label->pixmap().cacheKey() == side.cacheKey()) {
            label->setObjectName(QStringLiteral("SideImage"));
            label->setAccessibleName(package.product);
        } else if (label->pixmap().cacheKey() == header.cacheKey()) {
            label->setObjectName(QStringLiteral("HeaderImage"));
            label->setAccessibleName(package.product);
        }
    }
}

void showCannotUninstallDialog(QWidget* parent, const QString& message) {
    QMessageBox box{QMessageBox::Critical,
                    QCoreApplication::translate("UninstallWizard", "Setup cannot uninstall"),
                    message, QMessageBox::Close, parent};
    box.setObjectName(QStringLiteral("CannotUninstallDialog"));
    box.setTextFormat(Qt::PlainText);
    showAsPlainText(&box);
    box.button(QMessageBox::Close)->setObjectName(QStringLiteral("CloseButton"));
    box.button(QMessageBox::Close)
        ->setAccessibleName(QCoreApplication::translate("SetupWizard", "Close"));
    box.exec();
}
