#pragma once

#include "ui/setup/answers.h"

#include <QMap>
#include <QStringList>

class QWidget;

// Answers to the questions the wizard asks while setup runs. The wizard asks through this
// interface, so that QA scripts and tests answer by identifier instead of clicking message boxes.
class AnswerSource {
public:
    using StillRunning = StillRunningAnswer;
    virtual ~AnswerSource() = default;
    // Some applications did not close in time.
    virtual StillRunning stillRunning(QWidget* parent, const QStringList& applications) = 0;
    // The user pressed Cancel: really stop setup? The default answer is No.
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

// Another setup of the product is running: says so (plain text) and waits for the user.
void showAlreadyRunningDialog(QWidget* parent, const QString& message);

// Answers from `--answer ID=VALUE` options and answer files: StillRunning=retry|force|ignore|
// cancel, ConfirmCancel=yes|no. Questions without an answer go to the dialogs, and so does the
// still-running question once a scripted Cancel was declined (no loop without a way out).
class ScriptedAnswerSource final : public AnswerSource {
public:
    explicit ScriptedAnswerSource(QMap<QString, QString> answers) : m_answers{std::move(answers)} {}
    StillRunning stillRunning(QWidget* parent, const QStringList& applications) override;
    bool confirmCancel(QWidget* parent) override;

private:
    QMap<QString, QString> m_answers;
    DialogAnswerSource m_dialogs;
    bool m_cancelDeclined = false;
};
