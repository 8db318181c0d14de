#pragma once

#include "ui/install_plan.h"

#include <QMap>
#include <QStringList>
#include <QWizard>

#include <functional>
#include <memory>

class InstallEngine;

// Answers to the questions setup asks while it runs. The wizard asks through this interface, so
// that QA scripts and tests answer by identifier instead of clicking message boxes.
class AnswerSource {
public:
    enum class StillRunning { Retry, ForceClose, Ignore, Cancel };
    virtual ~AnswerSource() = default;
    // Some applications did not close in time.
    virtual StillRunning stillRunning(QWidget* parent, const QStringList& applications) = 0;
    // The user pressed Cancel: really stop setup?
    virtual bool confirmCancel(QWidget* parent) = 0;
};

// Shows message boxes.
class DialogAnswerSource final : public AnswerSource {
public:
    StillRunning stillRunning(QWidget* parent, const QStringList& applications) override;
    bool confirmCancel(QWidget* parent) override;
};

// The package cannot be used: says what is wrong and where, as plain text (the message quotes
// the manifest), and waits for the user to close it.
void showPackageErrorDialog(QWidget* parent, const QString& message);

// Answers from `--answer ID=VALUE` options: StillRunning=retry|force|ignore|cancel,
// ConfirmCancel=yes|no. Questions without an answer go to the dialogs.
class ScriptedAnswerSource final : public AnswerSource {
public:
    explicit ScriptedAnswerSource(QMap<QString, QString> answers) : m_answers{std::move(answers)} {}
    StillRunning stillRunning(QWidget* parent, const QStringList& applications) override;
    bool confirmCancel(QWidget* parent) override;

private:
    QMap<QString, QString> m_answers;
    DialogAnswerSource m_dialogs;
};

// The setup wizard: the primary installer. exec() returns a Windows Installer exit code
// (SetupExitCode).
class SetupWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId {
        WelcomePageId = 10,
        LicensePageId = 20,
        ComponentsPageId = 30,
        LocationPageId = 40,
        ReadyPageId = 50,
        PreparingPageId = 60,
        FilesInUsePageId = 70,
        InstallingPageId = 80,
        FinishPageId = 90,
    };

    struct Options {
        QString stockSecondaryInstaller; // path of rm-secondary-installer
        QString language;                // "" = the system's
        QString logFile;
        // Runs the computer's restart; the default calls `systemctl reboot`.
        std::function<bool()> restartComputer;
    };

    SetupWizard(Package package, Options options, QWidget* parent = nullptr);
    ~SetupWizard() override;

    InstallPlan& plan() { return m_plan; }
    InstallEngine& engine() { return *m_engine; }
    void setAnswerSource(std::unique_ptr<AnswerSource> answers);
    AnswerSource& answers() { return *m_answers; }

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

public slots:
    void reject() override;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void cancelSetup(bool ask);
    void retranslate();
    void nameButtons();

    InstallPlan m_plan;
    Options m_options;
    std::unique_ptr<InstallEngine> m_engine;
    std::unique_ptr<AnswerSource> m_answers;
    QString m_language;
    bool m_cancelling = false;
};
