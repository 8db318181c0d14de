#pragma once

#include "ui/setup/install_plan.h"

#include <QMap>
#include <QString>

#include <optional>

// How setup deals with the applications that use its files.
enum class CloseMode {
    Close,      // asks them to close; restarts them after the update
    DoNotClose, // leaves them running; the computer must restart (3010)
    Force,      // asks them to close; what does not close in time is killed
};

// The answer to "these applications did not close".
enum class StillRunningAnswer { Retry, ForceClose, Ignore, Cancel };

// Everything the engine must know to run without asking anyone: the close choice and an answer
// for every question it could ask on the way.
struct SetupDecision {
    CloseMode close = CloseMode::Close;
    bool restartApplications = true;
    // An application that did not close in time. Unattended runs never wait for a person: the
    // default is to leave it running (and report that a restart is required).
    StillRunningAnswer stillRunning = StillRunningAnswer::Ignore;
    // How many times Retry is followed; after that the still-running answer is Ignore.
    int retries = 1;
    // Whether setup may restart the computer when that is needed to finish.
    bool reboot = true;
    // Start the installed product at the end (the manifest's "launch"): the finish page's check
    // box, --launch, Launch=yes. Off unless asked for.
    bool launch = false;
};

// The answers of one run as `Key=Value` lines, the format of --answer-file and --save-answers
// (Inno Setup's /LOADINF and /SAVEINF). Keys are case-insensitive; `#` and `;` start comments;
// a `[Setup]` section header is allowed and ignored. The keys:
//   Dir=/opt/demo-notes              the install folder
//   Components=app,dictionary        the components to install (required ones always are)
//   CloseApplications=yes|no|force   close the applications that use the files
//   RestartApplications=yes|no       start the closed applications again
//   StillRunning=retry|force|ignore|cancel   an application that did not close in time
//   Reboot=yes|no                    may setup restart the computer when needed
//   ConfirmCancel=yes|no             the wizard's "really cancel?" question
//   Launch=yes|no                    start the product at the end (default no)
class SetupAnswers final {
public:
    // Parses answer lines. An unknown key or a bad value is an error (its line is in `error`).
    static std::optional<SetupAnswers> parse(const QString& text, QString* error);
    // Reads an answer file; `error` says why it could not be used.
    static std::optional<SetupAnswers> load(const QString& path, QString* error);

    [[nodiscard]] bool contains(const QString& key) const;
    [[nodiscard]] QString value(const QString& key) const;
    // Checks the value; false (and `error`) for an unknown key or a value it does not allow.
    bool set(const QString& key, const QString& value, QString* error = nullptr);
    [[nodiscard]] bool isEmpty() const { return m_values.isEmpty(); }

    // Applies the answers to the plan (folder, components) and the decision.
    // False (and `error`) when a component it names is not in the package.
    bool applyTo(InstallPlan& plan, SetupDecision& decision, QString* error) const;
    // The answers that a run with this plan and this decision gave.
    static SetupAnswers from(const InstallPlan& plan, const SetupDecision& decision);

    [[nodiscard]] QString toText() const;
    // Writes toText() to `path`, never through a link (rm::openOutputFile).
    bool save(const QString& path, QString* error) const;

private:
    QMap<QString, QString> m_values; // canonical key -> value
};

[[nodiscard]] const char* toString(StillRunningAnswer answer);
