#pragma once

// The uninstall wizard (`restartmanager-setup --uninstall ID` with a window, and the "Uninstall"
// action of the product's menu entry): what will be removed, the files in use, removing, finish.
// A view over UninstallEngine (ui/setup/uninstall_engine.h), which does the work exactly as in
// the unattended path: the wizard only asks, shows and hands on the user's choices. exec()
// returns the exit code the unattended path gives: 0, 3010, 1602, 1603 (1605 never reaches it:
// there is no record to show).

#include "ui/setup/product_record.h"
#include "ui/setup/uninstall_engine.h"
#include "ui/wizard/answer_source.h"
#include "ui/wizard/wizard_page.h"

#include <QWizard>

#include <functional>
#include <memory>

class AffectedAppsModel;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableView;
class UninstallWizard;

// What will be removed: the product, its folder, the number and size of its files, and the files
// the user changed, which stay unless "also remove the files I changed" (--purge) is ticked.
class UninstallSummaryPage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UninstallSummaryPage)
public:
    explicit UninstallSummaryPage(UninstallWizard& wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;
    [[nodiscard]] bool purgeChosen() const;
    // The engine has checked the files (or failed to).
    void showChecked();

private:
    void retranslate() override;
    UninstallWizard& m_wizard;
    QLabel* m_product;
    QLabel* m_folder;
    QLabel* m_files;
    QLabel* m_changedIntro;
    QPlainTextEdit* m_changed;
    QCheckBox* m_purge;
};

// The applications that use the recorded files, and whether to close them (the install wizard's
// choice: close them, or leave them and restart the computer later).
class UninstallFilesInUsePage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UninstallFilesInUsePage)
public:
    explicit UninstallFilesInUsePage(UninstallWizard& wizard);
    void initializePage() override;
    [[nodiscard]] bool closeChosen() const;
    void showList();

private:
    void retranslate() override;
    void showDetails();
    UninstallWizard& m_wizard;
    AffectedAppsModel* m_model;
    QLabel* m_intro;
    QTableView* m_table;
    QLabel* m_details;
    QLabel* m_reasons;
    QRadioButton* m_close;
    QRadioButton* m_doNotClose;
    QPushButton* m_refresh;
};

// The removal's progress; Cancel puts everything back until the files are being deleted.
class UninstallRemovingPage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UninstallRemovingPage)
public:
    explicit UninstallRemovingPage(UninstallWizard& wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override { return m_done; }
    void showProgress(int percent, const QString& message);
    void moveOn();

private:
    void retranslate() override;
    UninstallWizard& m_wizard;
    QLabel* m_status;
    QProgressBar* m_progress;
    bool m_done = false;
};

// What was removed, what was kept and why, and a restart when an application still runs the
// removed files.
class UninstallFinishPage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UninstallFinishPage)
public:
    explicit UninstallFinishPage(UninstallWizard& wizard);
    void initializePage() override;
    [[nodiscard]] bool restartNow() const;

private:
    void retranslate() override;
    UninstallWizard& m_wizard;
    QLabel* m_headline;
    QPlainTextEdit* m_details;
    QRadioButton* m_restartNow;
    QRadioButton* m_restartLater;
};

class UninstallWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UninstallWizard)

public:
    enum PageId {
        SummaryPageId = 10,
        FilesInUsePageId = 20,
        RemovingPageId = 30,
        FinishPageId = 40
    };

    struct Options {
        bool purge = false; // --purge: the check box starts ticked
        // Runs the computer's restart; the default calls `systemctl reboot`.
        std::function<bool()> restartComputer;
    };

    UninstallWizard(ProductRecord record, Options options, QWidget* parent = nullptr);
    ~UninstallWizard() override;

    [[nodiscard]] const ProductRecord& record() const { return m_record; }
    // The product's name in the user's language, and its version ("Demo Notes 2.0").
    [[nodiscard]] QString productName() const;
    [[nodiscard]] UninstallEngine& engine() { return *m_engine; }
    [[nodiscard]] bool prepared() const { return m_prepared; }
    // The engine ended before removing anything (the record's files cannot be used, no session).
    [[nodiscard]] bool failedEarly() const;
    void setAnswerSource(std::unique_ptr<AnswerSource> answers);
    // The purge choice changed: a new engine checks the files again with it; `then` runs once it
    // has (the summary page goes on to the next page).
    void prepareAgain(bool purge);
    // The files-in-use page's choice, and the removal.
    void startRemoving(bool close);
    void cancelWithoutAsking();

signals:
    // Relayed from the current engine.
    void engineProgress(int percent, const QString& message);
    void engineState(const QString& state);
    void enginePrepared();
    void engineListRefreshed();
    void engineFinished();

public slots:
    void reject() override;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void makeEngine(bool purge);
    void cancelUninstall(bool ask);
    void retranslate();
    void applyBranding();

    ProductRecord m_record;
    Options m_options;
    std::unique_ptr<UninstallEngine> m_engine;
    std::unique_ptr<AnswerSource> m_answers;
    bool m_prepared = false;
    bool m_advanceWhenPrepared = false;
    bool m_removing = false;
    bool m_committing = false;
    bool m_cancelling = false;
};

// No record of `id`, or a refused one: says so (plain text) and waits for the user.
void showCannotUninstallDialog(QWidget* parent, const QString& message);
