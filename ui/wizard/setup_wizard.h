#pragma once

#include "ui/setup/answers.h"
#include "ui/setup/install_plan.h"
#include "ui/wizard/answer_source.h"
#include "ui/wizard/page_ids.h"

#include <QColor>
#include <QStringList>
#include <QWizard>

#include <functional>
#include <memory>
#include <sys/types.h>

class InstallEngine;
class SetupRun;

// The standard buttons' texts in the current language (Qt's catalogue first, then ours; Back's
// and Next's arrows at the other end right to left), and their object and accessible names:
// the setup wizard's and the uninstall wizard's.
void retranslateWizardButtons(QWizard& wizard);
// The text of one of them (as retranslateWizardButtons() sets it), for a page that sets its own.
QString wizardButtonText(QWizard::WizardButton which);
void nameWizardButtons(QWizard& wizard);

// The setup wizard: the primary installer, as a view over the setup run (ui/setup/). exec()
// returns a Windows Installer exit code (SetupExitCode) taken from the run's report.
class SetupWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    // The pages' ids, also as SetupWizard::WelcomePageId and so on.
    using PageId = ::PageId;
    static constexpr PageId PublisherPageId = ::PublisherPageId;
    static constexpr PageId WelcomePageId = ::WelcomePageId;
    static constexpr PageId LicensePageId = ::LicensePageId;
    static constexpr PageId ComponentsPageId = ::ComponentsPageId;
    static constexpr PageId LocationPageId = ::LocationPageId;
    static constexpr PageId ReadyPageId = ::ReadyPageId;
    static constexpr PageId PreparingPageId = ::PreparingPageId;
    static constexpr PageId FilesInUsePageId = ::FilesInUsePageId;
    static constexpr PageId InstallingPageId = ::InstallingPageId;
    static constexpr PageId FinishPageId = ::FinishPageId;

    struct Options {
        QString stockSecondaryInstaller; // path of rm-secondary-installer
        QString language;                // "" = the system's
        QString logFile;
        // Runs the computer's restart; the default calls `systemctl reboot`.
        std::function<bool()> restartComputer;
        // At launch, start again what earlier setups that died had closed, and say so on the
        // welcome page (recoverEarlierSetups()).
        bool recoverEarlierSetups = true;
        // The publisher of the setup file could not be verified: the signer's key ID, or
        // "unsigned". The wizard then starts with a page that the user must agree to.
        QString unverifiedPublisher;
        // --modify and --repair with a window: the installed product's folder and components
        // come as answers (setAnswers()). Modify starts on the components page (preselected with
        // the installed ones) and goes on to the ready page; repair starts on the ready page.
        enum class Maintenance { None, Modify, Repair };
        Maintenance maintenance = Maintenance::None;
    };

    SetupWizard(Package package, Options options, QWidget* parent = nullptr);
    ~SetupWizard() override;

    InstallPlan& plan() { return m_plan; }
    InstallEngine& engine() { return *m_engine; }
    SetupRun& run() { return *m_run; }
    void setAnswerSource(std::unique_ptr<AnswerSource> answers);
    AnswerSource& answers() { return *m_answers; }
    // Answers from --answer-file and --answer: the folder, the components and the close choice
    // become the pages' defaults; the questions are answered by them.
    void setAnswers(const SetupAnswers& answers);
    // The answers this run gave, for --save-answers: Reboot=yes only when the user chose to
    // restart the computer on the last page.
    [[nodiscard]] SetupAnswers answersOfThisRun() const;

    // Installs the translations of `language` ("de", "en", ...) and retranslates every page.
    void setLanguage(const QString& language);
    [[nodiscard]] const QString& language() const { return m_language; }
    static QStringList availableLanguages();

    // Ends setup with this exit code (after rolling back, for cancel).
    void finishWith(int exitCode);
    // Cancels as the Cancel button does, without asking: for SIGTERM, SIGINT and SIGHUP, so that
    // a stopped setup still puts everything back and removes its temporary folders.
    void cancelWithoutAsking();
    [[nodiscard]] const Options& options() const { return m_options; }
    // What was started again at launch (Options::recoverEarlierSetups).
    [[nodiscard]] const QStringList& recovered() const { return m_recovered; }
    // The product started from the finish page ("Launch Demo Notes"), once it was.
    [[nodiscard]] pid_t launchedPid() const { return m_launchedPid; }

    [[nodiscard]] int nextId() const override;

public slots:
    void reject() override;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void moveEvent(QMoveEvent* event) override;

private:
    void cancelSetup(bool ask);
    void retranslate();
    void nameButtons();
    void fitScreen();
    // The package's images (or setup's own): window icon, side, header and icon on the pages,
    // for the device pixel ratio the window has.
    void applyBranding();
    // Gives QWizard's own image labels object and accessible names ("SideImage",
    // "HeaderImage"), for QA and screen readers.
    void nameBrandingWidgets();
    // Gives the header's wrapped subtitle the lines it needs beside the header image.
    void fitHeaderText();
    // Starts the product when the finish page's check box asks for it.
    void launchIfChosen();

    InstallPlan m_plan;
    Options m_options;
    std::unique_ptr<InstallEngine> m_engine;
    std::unique_ptr<SetupRun> m_run;
    std::unique_ptr<AnswerSource> m_answers;
    QString m_language;
    QStringList m_recovered;
    bool m_cancelling = false;
    bool m_restartChosen = false;
    qreal m_brandingRatio = 0;
    qint64 m_sideKey = 0;
    qint64 m_headerKey = 0;
    QColor m_sideGround; // the side image's bottom edge, which goes on down to the buttons
    pid_t m_launchedPid = -1;
};
