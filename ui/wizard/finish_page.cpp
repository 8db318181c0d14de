#include "ui/wizard/finish_page.h"

#include "ui/affected_apps_model.h"
#include "ui/plain_text.h"
#include "ui/setup/desktop_manifest.h"
#include "ui/setup/install_plan.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextCursor>
#include <QUrl>
#include <QVBoxLayout>

#include <unistd.h>

FinishPage::FinishPage(const InstallPlan& plan, const SetupRun& run)
    : m_plan{plan}, m_run{run}, m_summary{new QLabel{this}}, m_appsInstead{new QLabel{this}},
      m_restartNow{new QRadioButton{this}}, m_restartLater{new QRadioButton{this}},
      m_showLog{new QPushButton{this}}, m_logPath{new QLabel{this}}, m_launch{new QCheckBox{this}} {
    nameWidget(this, "FinishPage");
    nameWidget(m_summary, "FinishSummary");
    nameWidget(m_appsInstead, "RestartApplicationsInstead");
    nameWidget(m_restartNow, "RestartNowRadio");
    nameWidget(m_restartLater, "RestartLaterRadio");
    nameWidget(m_showLog, "ShowLogButton");
    nameWidget(m_logPath, "LogPath");
    nameWidget(m_launch, "LaunchApplicationCheckBox");
    for (QLabel* label : {m_summary, m_appsInstead, m_logPath}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_logPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restartLater->setChecked(true);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_summary);
    layout->addWidget(m_launch);
    layout->addStretch();
    layout->addWidget(m_appsInstead);
    layout->addWidget(m_restartNow);
    layout->addWidget(m_restartLater);
    layout->addWidget(m_logPath);
    layout->addWidget(m_showLog, 0, Qt::AlignLeft);
    connect(m_showLog, &QPushButton::clicked, this, &FinishPage::showLog);
    setFinalPage(true);
    retranslate();
}

void FinishPage::initializePage() {
    // Off unless the answers (Launch=yes) say otherwise: the user asks for it.
    m_launch->setChecked(m_run.decision().launch);
    retranslate();
}

bool FinishPage::launchChosen() const {
    return !m_launch->isHidden() && m_launch->isChecked();
}

bool FinishPage::restartNow() const {
    return m_restartNow->isVisible() && m_restartNow->isChecked();
}

void FinishPage::showLog() {
    // QDesktopServices::openUrl() says true as soon as it could start xdg-open, also when no
    // application for text files exists and nothing opens: the button did nothing. The log is
    // always shown in a viewer of our own, read-only and as plain text; an editor of the user's
    // is one click away from there.
    auto* viewer = new QDialog{this};
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setObjectName(QStringLiteral("LogViewerDialog"));
    viewer->setWindowTitle(tr("Setup log"));
    auto* path = new QLabel{viewer};
    path->setObjectName(QStringLiteral("LogViewerPath"));
    path->setTextFormat(Qt::PlainText);
    path->setWordWrap(true);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setText(m_plan.logFile);
    path->setAccessibleName(tr("The setup log's file"));
    auto* text = new QPlainTextEdit{viewer};
    text->setObjectName(QStringLiteral("LogViewer"));
    text->setAccessibleName(tr("Setup log"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFile file{m_plan.logFile};
    if (file.open(QIODevice::ReadOnly)) {
        // The end of a long log is what matters.
        constexpr qint64 kMostBytes = 4 << 20;
        if (file.size() > kMostBytes) {
            file.seek(file.size() - kMostBytes);
        }
        text->setPlainText(QString::fromUtf8(file.readAll()));
        text->moveCursor(QTextCursor::End);
    } else {
        text->setPlainText(file.errorString());
    }
    auto* buttons = new QDialogButtonBox{QDialogButtonBox::Close, viewer};
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("LogViewerCloseButton"));
    close->setAccessibleName(QCoreApplication::translate("SetupWizard", "Close"));
    // As root, the desktop's handler for text files would be an editor running as root, started
    // through xdg-open from an environment that sudo kept: the built-in viewer is all root gets.
    if (::geteuid() != 0) {
        QPushButton* external =
            buttons->addButton(tr("&Open in another application"), QDialogButtonBox::ActionRole);
        external->setObjectName(QStringLiteral("LogViewerOpenButton"));
        external->setAccessibleName(tr("Open the log in another application"));
        const QString logFile = m_plan.logFile;
        connect(external, &QPushButton::clicked, viewer,
                [logFile] { QDesktopServices::openUrl(QUrl::fromLocalFile(logFile)); });
    }
    connect(buttons, &QDialogButtonBox::rejected, viewer, &QDialog::reject);
    auto* layout = new QVBoxLayout{viewer};
    layout->addWidget(path);
    layout->addWidget(text);
    layout->addWidget(buttons);
    viewer->resize(640, 420);
    viewer->open();
}

void FinishPage::retranslate() {
    const InstallReport& report = m_run.report();
    const bool failed = !report.failure.isEmpty();
    const QLocale locale;
    const auto names = [&locale](const QStringList& list) {
        QStringList isolatedNames;
        for (const QString& name : list) {
            isolatedNames << isolated(name);
        }
        isolatedNames.removeDuplicates();
        return locale.createSeparatedList(isolatedNames);
    };
    setTitle(failed ? tr("Setup failed") : tr("Setup is complete"));
    QStringList lines;
    // Applications left running with the old files (Do not close, Ignore): restarting them
    // finishes the update, unless something (a service, a critical process) needs the computer
    // itself to restart. The page says one of the two, never both.
    const bool askRestart = !failed && report.restartRequired;
    const bool appsInstead = askRestart && !report.stillRunning.isEmpty() && !m_plan.needsReboot();
    if (failed) {
        lines << tr("%1 was not installed. Everything setup changed was put back.")
                     .arg(isolated(m_plan.package().product))
              << report.failure;
    } else {
        lines << tr("%1 %2 was installed in %3.")
                     .arg(isolated(m_plan.package().product), leftToRight(m_plan.package().version),
                          leftToRight(m_plan.installDir()));
        QStringList components;
        for (const auto& component : m_plan.selectedComponents()) {
            components << component.name;
        }
        lines << tr("Installed: %1").arg(names(components));
        for (const auto& kept : report.keptConfigFiles) {
            lines << tr("You changed %1: it was kept, and the new version is beside it as %2.")
                         .arg(isolated(kept), isolated(kept + QStringLiteral(".new")));
        }
        if (!report.removedStaleFiles.isEmpty()) {
            lines << tr("Removed from the old version: %1").arg(names(report.removedStaleFiles));
        }
        if (!report.forceClosed.isEmpty()) {
            lines << tr("%1 did not close when asked, and setup forced it to close: unsaved work "
                        "in it was lost.")
                         .arg(names(report.forceClosed));
        }
        if (!report.restarted.isEmpty()) {
            lines << tr("Started again: %1").arg(names(report.restarted));
        }
        if (!report.notRestarted.isEmpty()) {
            lines << tr("Setup could not start these applications again: %1. Start them "
                        "yourself.")
                         .arg(names(report.notRestarted));
        }
        if (const std::string& id = m_plan.package().desktop.productId; !id.empty()) {
            // Uninstalling is easy to find: said here, and offered by the menu entry.
            QStringList argv;
            for (const auto& argument : uninstallCommand(id)) {
                argv << QString::fromStdString(argument);
            }
            const QString command = argv.join(u' ');
            lines << (m_plan.package().desktop.entries.empty()
                          ? tr("To uninstall %1 later, run: %2")
                                .arg(m_plan.package().product, command)
                          : tr("To uninstall %1 later, choose \"Uninstall\" on its entry in the "
                               "applications menu (right-click it), or run: %2")
                                .arg(m_plan.package().product, command));
        }
        if (report.restartRequired && !appsInstead) {
            // A new login starts the desktop's window manager or shell (and the user's
            // applications) again: the computer need not restart for them.
            lines
                << (AffectedAppsModel::onlyTheDesktopStandsInTheWay(m_plan.affected)
                        ? AffectedAppsModel::desktopText()
                        : tr("A restart of the computer is required to finish the installation."));
        }
    }
    m_summary->setText(lines.join(QStringLiteral("\n\n")));
    m_appsInstead->setVisible(appsInstead);
    m_appsInstead->setText(
        appsInstead ? tr("These applications still run the old files: %1. To finish the update, "
                         "close them and start them again, or restart the computer.")
                          .arg(names(report.stillRunning))
                    : QString{});
    m_restartNow->setVisible(askRestart);
    m_restartLater->setVisible(askRestart);
    m_restartNow->setText(tr("Restart the computer &now"));
    m_restartNow->setAccessibleName(tr("Restart the computer now"));
    if (appsInstead) {
        m_restartLater->setText(tr("I will restart the applications or the computer &later"));
        m_restartLater->setAccessibleName(tr("Restart the applications or the computer later"));
    } else {
        m_restartLater->setText(tr("I will restart the computer &later"));
        m_restartLater->setAccessibleName(tr("Restart the computer later"));
    }
    const bool hasLog = !m_plan.logFile.isEmpty();
    m_showLog->setVisible(hasLog);
    // Alt+L is "restart later".
    m_showLog->setText(tr("Show the lo&g"));
    m_showLog->setAccessibleName(tr("Show the setup log"));
    m_logPath->setVisible(hasLog);
    m_logPath->setText(hasLog ? tr("The log of this setup: %1").arg(leftToRight(m_plan.logFile))
                              : QString{});
    // The product's command (the manifest's "launch"), when setup installed it.
    const QStringList& launch = m_plan.package().launch;
    bool installed = false;
    for (const auto& component : m_plan.selectedComponents()) {
        for (const auto& file : component.files) {
            installed = installed || (!launch.isEmpty() && file.target == launch.first());
        }
    }
    const bool offerLaunch =
        m_run.state() == SetupRun::State::Done && !failed && !report.cancelled && installed;
    m_launch->setVisible(offerLaunch);
    // A product name is the vendor's text: an "&" in it is no mnemonic.
    QString product = m_plan.package().product;
    m_launch->setText(tr("L&aunch %1").arg(product.replace(u'&', QStringLiteral("&&"))));
    m_launch->setAccessibleName(tr("Launch %1").arg(m_plan.package().product));
}
