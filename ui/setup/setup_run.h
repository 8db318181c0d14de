#pragma once

#include "ui/setup/answers.h"
#include "ui/setup/install_report.h"

#include <QObject>
#include <QStringList>

#include <chrono>
#include <optional>

class InstallEngine;
class InstallPlan;

// One setup run as an explicit state machine over the install engine:
//
//   Idle → Preparing → Listing → AwaitingDecision → ShuttingDown → Applying → Committing
//        → Restarting → Reporting → Done
//
// Listing goes straight to Applying when no application uses the files; ShuttingDown goes back
// to AwaitingDecision when applications did not close in time (the still-running question);
// a decision not to close goes from AwaitingDecision to Applying. Committing is the two-phase
// commit of every component (InstallEngine); Restarting comes only when applications were
// closed. A cancel or a failure in any state before the end of Committing rolls everything back
// and ends in Reporting → Done with the report; after it, the installation stands.
//
// With a decision given up front (setDecision) the run never stops to ask: the unattended mode.
// Without one it stops in AwaitingDecision and asks through decisionNeeded() and
// stillRunningQuestion(); the view answers with decide() and answerStillRunning().
// The run alone writes the InstallReport; views only read it.
class SetupRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupRun)

public:
    enum class State {
        Idle,
        Preparing,
        Listing,
        AwaitingDecision,
        ShuttingDown,
        Applying,
        Committing,
        Restarting,
        Reporting,
        Done,
    };
    Q_ENUM(State)

    SetupRun(InstallPlan& plan, InstallEngine& engine, QObject* parent = nullptr);

    // Answers every question in advance: the run then never waits for a person.
    void setDecision(const SetupDecision& decision);
    // The defaults the view offers (a decision still awaits the user).
    void setDefaults(const SetupDecision& decision) { m_decision = decision; }
    void start();
    // The close choice (in AwaitingDecision, after decisionNeeded()).
    void decide(const SetupDecision& decision);
    // Lists the applications again (in AwaitingDecision): listRefreshed() follows.
    void refreshList();
    // The answer to stillRunningQuestion().
    void answerStillRunning(StillRunningAnswer answer);
    // While the applications close (ShuttingDown): kills those that have not closed yet, so that
    // the user need not sit out the timeout; they are named in the report's forceClosed.
    void forceCloseNow();
    // Stops and puts everything back; finished() follows with exit code 1602 (or, when the files
    // were already committed, with the result of the finished install).
    void cancel();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const InstallReport& report() const { return m_report; }
    [[nodiscard]] const SetupDecision& decision() const { return m_decision; }
    [[nodiscard]] bool isCancelling() const { return m_cancelling; }
    // Started and not yet over: a cancel has something to put back.
    [[nodiscard]] bool isRunning() const {
        return m_state != State::Idle && m_state != State::Done;
    }
    static const char* stateName(State state);

    // How long each attempt to close the applications waits for them (see closing()).
    [[nodiscard]] std::chrono::milliseconds closeTimeout() const;

    // The applications that did not close, as "name (pid)".
    [[nodiscard]] QStringList stillRunningApplications() const;

signals:
    void stateChanged(SetupRun::State state);
    // Only when the percentage or the message changes: views print or show every one.
    void progress(int percent, const QString& message);
    // The list is in the plan (plan.affected): how should setup deal with these applications?
    void decisionNeeded();
    // The list in the plan is new.
    void listRefreshed();
    // The run asks the applications in the plan's list to close (again, after Retry or Force
    // close) and waits for them, at most closeTimeout().
    void closing();
    // Some applications did not close in time.
    void stillRunningQuestion(const QStringList& applications);
    void finished(const InstallReport& report);

private:
    void enter(State state);
    void onProgress(int percent, const QString& message);
    void onPrepared();
    void onApplicationsClosed(quint32 code, const QString& message);
    void onFailed(const QString& message);
    void install(bool restartApplications);
    void finishWith(int exitCode);
    void noteClosed();
    void closeApplications(bool force);
    // "Closing Demo Notes and rm_test_app…": the applications not closed yet, by name.
    [[nodiscard]] QString closingMessage() const;
    void noteForceClosed(const QStringList& names);

    InstallPlan& m_plan;
    InstallEngine& m_engine;
    SetupDecision m_decision;
    std::optional<SetupDecision> m_preset;
    int m_retriesLeft = 0;
    State m_state = State::Idle;
    InstallReport m_report;
    bool m_cancelling = false;
    bool m_failing = false;
    int m_lastPercent = -1;
    QString m_lastMessage;
    QString m_closingMessage;
};
