#pragma once

#include "ui/setup/setup_run.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;

// What the wizard's pages share. Each page is a view over the install plan and the setup run
// (ui/setup/): it reads them, hands the user's choices to them, and never decides a rule itself.
// None of them knows the wizard.

// Sets the object name that tests and accessibility tools find a widget by.
void nameWidget(QWidget* widget, const char* objectName);
// A size in the user's locale, e.g. "1.5 MB".
QString sizeText(qint64 bytes);

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

// A page that shows the run's progress while the run is in one of its states, and goes on to
// the next page by itself when the run has left them.
class EngineProgressPage : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineProgressPage)
public:
    EngineProgressPage(SetupRun& run, const char* statusName, const char* progressName);
    [[nodiscard]] bool isComplete() const override { return m_done; }

protected:
    // The states whose progress this page shows.
    [[nodiscard]] virtual bool shows(SetupRun::State state) const = 0;
    // Before the work starts.
    void restart();
    // The value the bar shows for the run's `percent` (the run's own, by default).
    [[nodiscard]] virtual int shownPercent(int percent) const { return percent; }
    // The work is over: on to the next page.
    void moveOn();
    [[nodiscard]] bool isDone() const { return m_done; }

    SetupRun& m_run;
    QLabel* m_status;
    QProgressBar* m_progress;

private:
    bool m_done = true;
};
