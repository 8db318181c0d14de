#include "ui/setup_wizard.h"

#include "core/log.h"
#include "ui/install_engine.h"
#include "ui/plain_text.h"
#include "ui/setup_pages.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

namespace {

QString answerFor(const QMap<QString, QString>& answers, const QString& id) {
    return answers.value(id).trimmed().toLower();
}

} // namespace

AnswerSource::StillRunning DialogAnswerSource::stillRunning(QWidget* parent,
                                                            const QStringList& applications) {
    QMessageBox box{parent};
    box.setObjectName(QStringLiteral("StillRunningDialog"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(SetupWizard::tr("Applications still running"));
    box.setText(SetupWizard::tr("These applications did not close:"));
    box.setInformativeText(applications.join(QLatin1Char('\n')));
    // Application names are other programs' own words.
    box.setTextFormat(Qt::PlainText);
    showAsPlainText(&box);
    auto* retry = box.addButton(SetupWizard::tr("&Retry"), QMessageBox::AcceptRole);
    auto* force = box.addButton(SetupWizard::tr("&Force close"), QMessageBox::DestructiveRole);
    auto* ignore = box.addButton(SetupWizard::tr("&Ignore (restart the computer later)"),
                                 QMessageBox::ActionRole);
    auto* cancel = box.addButton(SetupWizard::tr("&Cancel setup"), QMessageBox::RejectRole);
    const std::pair<QAbstractButton*, const char*> names[] = {{retry, "RetryButton"},
                                                              {force, "ForceCloseButton"},
                                                              {ignore, "IgnoreButton"},
                                                              {cancel, "CancelSetupButton"}};
    for (const auto& [button, name] : names) {
        button->setObjectName(QLatin1String(name));
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    }
    box.exec();
    if (box.clickedButton() == retry) {
        return StillRunning::Retry;
    }
    if (box.clickedButton() == force) {
        return StillRunning::ForceClose;
    }
    if (box.clickedButton() == ignore) {
        return StillRunning::Ignore;
    }
    return StillRunning::Cancel;
}

void showPackageErrorDialog(QWidget* parent, const QString& message) {
    QMessageBox box{QMessageBox::Critical, SetupWizard::tr("The package cannot be installed"),
                    message, QMessageBox::Close, parent};
    box.setObjectName(QStringLiteral("PackageErrorDialog"));
    box.setTextFormat(Qt::PlainText);
    showAsPlainText(&box);
    box.button(QMessageBox::Close)->setObjectName(QStringLiteral("CloseButton"));
    box.button(QMessageBox::Close)->setAccessibleName(SetupWizard::tr("Close"));
    box.exec();
}

bool DialogAnswerSource::confirmCancel(QWidget* parent) {
    QMessageBox box{QMessageBox::Question, SetupWizard::tr("Cancel setup"),
                    SetupWizard::tr("Do you want to cancel setup? Everything it changed will be "
                                    "put back."),
                    QMessageBox::Yes | QMessageBox::No, parent};
    box.setObjectName(QStringLiteral("ConfirmCancelDialog"));
    box.button(QMessageBox::Yes)->setObjectName(QStringLiteral("ConfirmCancelYesButton"));
    box.button(QMessageBox::Yes)->setAccessibleName(SetupWizard::tr("Yes, cancel setup"));
    box.button(QMessageBox::No)->setObjectName(QStringLiteral("ConfirmCancelNoButton"));
    box.button(QMessageBox::No)->setAccessibleName(SetupWizard::tr("No, continue setup"));
    return box.exec() == QMessageBox::Yes;
}

AnswerSource::StillRunning ScriptedAnswerSource::stillRunning(QWidget* parent,
                                                              const QStringList& applications) {
    const QString answer = answerFor(m_answers, QStringLiteral("StillRunning"));
    if (answer == QLatin1String("retry")) {
        return StillRunning::Retry;
    }
    if (answer == QLatin1String("force")) {
        return StillRunning::ForceClose;
    }
    if (answer == QLatin1String("ignore")) {
        return StillRunning::Ignore;
    }
    if (answer == QLatin1String("cancel")) {
        return StillRunning::Cancel;
    }
    return m_dialogs.stillRunning(parent, applications);
}

bool ScriptedAnswerSource::confirmCancel(QWidget* parent) {
    const QString answer = answerFor(m_answers, QStringLiteral("ConfirmCancel"));
    if (answer == QLatin1String("yes")) {
        return true;
    }
    if (answer == QLatin1String("no")) {
        return false;
    }
    return m_dialogs.confirmCancel(parent);
}

SetupWizard::SetupWizard(Package package, Options options, QWidget* parent)
    : QWizard{parent}, m_plan{std::move(package)}, m_options{std::move(options)},
      m_answers{std::make_unique<DialogAnswerSource>()} {
    setObjectName(QStringLiteral("SetupWizard"));
    m_plan.logFile = m_options.logFile;
    m_engine = std::make_unique<InstallEngine>(m_plan, m_options.stockSecondaryInstaller);
    // A cancel that comes after the files were committed changes nothing: setup goes on to the
    // last page.
    connect(m_engine.get(), &InstallEngine::finished, this, [this] {
        m_cancelling = false;
        button(CancelButton)->setEnabled(true);
    });
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(WelcomePageId, new WelcomePage{*this});
    setPage(LicensePageId, new LicensePage{*this});
    setPage(ComponentsPageId, new ComponentsPage{*this});
    setPage(LocationPageId, new LocationPage{*this});
    setPage(ReadyPageId, new ReadyPage{*this});
    setPage(PreparingPageId, new PreparingPage{*this});
    setPage(FilesInUsePageId, new FilesInUsePage{*this});
    setPage(InstallingPageId, new InstallingPage{*this});
    setPage(FinishPageId, new FinishPage{*this});
    setStartId(WelcomePageId);
    // Product, publisher, component and application names come from the package and from other
    // users' processes: never rendered as HTML.
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);
    showAsPlainText(this);
    // Once setup has started (a session, the secondaries, closed applications) there is no way
    // back: Back and then Next again would start it all a second time. QWizard enables Back
    // whenever it updates its buttons (on a page change, when a page completes), so it is
    // disabled again right after; these connections come after QWizard's own.
    const auto noWayBack = [this] {
        if (currentId() >= PreparingPageId) {
            button(BackButton)->setEnabled(false);
        }
    };
    connect(this, &QWizard::currentIdChanged, this, noWayBack);
    for (const int id : pageIds()) {
        connect(page(id), &QWizardPage::completeChanged, this, noWayBack);
    }
    nameButtons();
    setLanguage(m_options.language);
    resize(720, 520);
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::setAnswerSource(std::unique_ptr<AnswerSource> answers) {
    m_answers = std::move(answers);
}

QStringList SetupWizard::availableLanguages() {
    return Translations::available();
}

void SetupWizard::setLanguage(const QString& language) {
    m_language = Translations::setLanguage(language);
    m_plan.useLanguage(m_language);
    retranslate();
}

void SetupWizard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

void SetupWizard::retranslate() {
    setWindowTitle(tr("%1 %2 Setup").arg(m_plan.package().product, m_plan.package().version));
    // QWizard sets the texts of its standard buttons only when it changes pages, so a language
    // chosen on the welcome page left them in the old one. Qt's catalogue translates them.
    // Our own catalogues carry these texts too (and the message boxes' below), for a language
    // that Qt has no catalogue of; Qt's own translation wins where there is one.
    static constexpr std::pair<WizardButton, const char*> kStandardTexts[] = {
        {BackButton, QT_TRANSLATE_NOOP("QWizard", "< &Back")},
        {NextButton, QT_TRANSLATE_NOOP("QWizard", "&Next >")},
        {CommitButton, QT_TRANSLATE_NOOP("QWizard", "Commit")},
        {FinishButton, QT_TRANSLATE_NOOP("QWizard", "&Finish")},
        {CancelButton, QT_TRANSLATE_NOOP("QWizard", "Cancel")}};
    // The standard buttons of the wizard's message boxes (QPlatformTheme names them).
    [[maybe_unused]] static constexpr const char* kMessageBoxTexts[] = {
        QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"), QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Close"), QT_TRANSLATE_NOOP("QPlatformTheme", "OK")};
    for (const auto& [which, text] : kStandardTexts) {
        setButtonText(which, QCoreApplication::translate("QWizard", text));
    }
    nameButtons();
}

void SetupWizard::nameButtons() {
    const std::pair<WizardButton, const char*> buttons[] = {{BackButton, "BackButton"},
                                                            {NextButton, "NextButton"},
                                                            {CommitButton, "CommitButton"},
                                                            {FinishButton, "FinishButton"},
                                                            {CancelButton, "CancelButton"}};
    for (const auto& [id, name] : buttons) {
        QAbstractButton* b = button(id);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleName(b->text()
                                 .remove(QLatin1Char('&'))
                                 .remove(QLatin1Char('>'))
                                 .remove(QLatin1Char('<'))
                                 .trimmed());
    }
}

void SetupWizard::finishWith(int exitCode) {
    rm::log::core()->info("setup ends with exit code {}", exitCode);
    QDialog::done(exitCode);
}

void SetupWizard::reject() {
    cancelSetup(true);
}

void SetupWizard::cancelWithoutAsking() {
    rm::log::core()->warn("setup was asked to stop (a signal): cancelling");
    cancelSetup(false);
}

void SetupWizard::cancelSetup(bool ask) {
    if (m_cancelling) {
        return;
    }
    if (currentId() == FinishPageId) {
        accept();
        return;
    }
    const bool started = currentId() >= PreparingPageId;
    if (started && ask && !m_answers->confirmCancel(this)) {
        return;
    }
    if (!started) {
        finishWith(ExitCancelled);
        return;
    }
    m_cancelling = true;
    button(CancelButton)->setEnabled(false);
    button(NextButton)->setEnabled(false);
    button(BackButton)->setEnabled(false);
    connect(m_engine.get(), &InstallEngine::cancelled, this, [this] { finishWith(ExitCancelled); });
    m_engine->cancel();
}

void SetupWizard::accept() {
    if (!m_plan.failure.isEmpty()) {
        finishWith(ExitFatalError);
        return;
    }
    if (!m_plan.restartRequired) {
        finishWith(ExitSuccess);
        return;
    }
    auto* finish = qobject_cast<FinishPage*>(page(FinishPageId));
    if (finish != nullptr && finish->restartNow()) {
        const bool started =
            m_options.restartComputer
                ? m_options.restartComputer()
                : QProcess::startDetached(QStringLiteral("systemctl"), {QStringLiteral("reboot")});
        finishWith(started ? ExitRestartStarted : ExitRestartRequired);
        return;
    }
    finishWith(ExitRestartRequired);
}
