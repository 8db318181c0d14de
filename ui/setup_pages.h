#pragma once

#include <QWizardPage>

class AffectedAppsModel;
class InstallPlan;
class SetupWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;
class QTreeWidget;

// The pages of the setup wizard. Each one reads and writes the wizard's InstallPlan, and
// retranslates itself when the language changes.

// A wizard page that sets its texts in retranslate(), again whenever the language changes.
class TranslatedPage : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslatedPage)
public:
    using QWizardPage::QWizardPage;

protected:
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;
};

class WelcomePage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(SetupWizard& wizard);
    void initializePage() override;

private:
    void retranslate() override;
    SetupWizard& m_wizard;
    QLabel* m_text;
    QLabel* m_languageLabel;
    QComboBox* m_language;
};

class LicensePage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicensePage)
public:
    explicit LicensePage(SetupWizard& wizard);
    [[nodiscard]] bool isComplete() const override;

private:
    void retranslate() override;
    SetupWizard& m_wizard;
    QPlainTextEdit* m_text;
    QCheckBox* m_accept;
};

class ComponentsPage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComponentsPage)
public:
    explicit ComponentsPage(SetupWizard& wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    void retranslate() override;
    void updateTotal();
    SetupWizard& m_wizard;
    QTreeWidget* m_tree;
    QLabel* m_total;
};

class LocationPage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationPage)
public:
    explicit LocationPage(SetupWizard& wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    // Why the location cannot be used, or empty.
    [[nodiscard]] QString problem() const;

private:
    void retranslate() override;
    void check();
    SetupWizard& m_wizard;
    QLabel* m_label;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_status;
};

class ReadyPage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadyPage)
public:
    explicit ReadyPage(SetupWizard& wizard);
    void initializePage() override;

private:
    void retranslate() override;
    SetupWizard& m_wizard;
    QLabel* m_summary;
};

// A page that shows the install engine's progress while it works, and goes on to the next page
// by itself when the work is done or has failed.
class EngineProgressPage : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineProgressPage)
public:
    EngineProgressPage(SetupWizard& wizard, const char* statusName, const char* progressName);
    [[nodiscard]] bool isComplete() const override { return m_done; }

protected:
    // Before the work starts.
    void restart();
    // The work is over: on to the next page.
    void moveOn();

    SetupWizard& m_wizard;
    QLabel* m_status;
    QProgressBar* m_progress;

private:
    bool m_done = false;
};

class PreparingPage final : public EngineProgressPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreparingPage)
public:
    explicit PreparingPage(SetupWizard& wizard);
    void initializePage() override;
    [[nodiscard]] int nextId() const override;

private:
    void retranslate() override;
};

class FilesInUsePage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesInUsePage)
public:
    explicit FilesInUsePage(SetupWizard& wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    void retranslate() override;
    void showList();
    SetupWizard& m_wizard;
    AffectedAppsModel* m_model;
    QLabel* m_intro;
    QTableView* m_table;
    QLabel* m_reasons;
    QRadioButton* m_close;
    QRadioButton* m_doNotClose;
    QPushButton* m_refresh;
};

class InstallingPage final : public EngineProgressPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallingPage)
public:
    explicit InstallingPage(SetupWizard& wizard);
    void initializePage() override;

private:
    void retranslate() override;
    void applicationsClosed(quint32 code, const QString& message);
};

class FinishPage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishPage)
public:
    explicit FinishPage(SetupWizard& wizard);
    void initializePage() override;
    [[nodiscard]] bool restartNow() const;

private:
    void retranslate() override;
    SetupWizard& m_wizard;
    QLabel* m_summary;
    QRadioButton* m_restartNow;
    QRadioButton* m_restartLater;
    QPushButton* m_showLog;
};
