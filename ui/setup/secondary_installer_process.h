#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

// One secondary installer run by the primary, speaking docs/secondary-installer-protocol.md over
// its stdin and stdout. Blocking calls: use it on the install worker thread only.
//
// Every step (join, register, apply, commit, end, rollback) expects its own answer within a
// timeout: an `error` line, another answer, a malformed line, an exit or silence past the
// timeout all fail the step, and Reply says which. A secondary that failed to answer is of no
// further use: the primary stops it (stop()) and puts its files back itself.
class SecondaryInstallerProcess final {
public:
    struct Reply {
        bool ok = false;
        QString line;     // the answer, e.g. "applied"
        quint32 code = 0; // the winerror code of an "error" answer
        QString message;  // the secondary's own message, or why there was no answer (translated)
        // No usable answer came (an exit, a timeout, a malformed or unexpected line): unlike an
        // `error` line, the conversation cannot go on.
        bool broken = false;
    };

    // Protocol 3 (two-phase commit) or 2 (`commit` makes the files final at once).
    static constexpr int kTwoPhaseProtocol = 3;

    SecondaryInstallerProcess(QString program, QString componentId, QString componentName);
    ~SecondaryInstallerProcess();
    SecondaryInstallerProcess(const SecondaryInstallerProcess&) = delete;
    SecondaryInstallerProcess& operator=(const SecondaryInstallerProcess&) = delete;

    // Called once while a step waits longer than slowAfter(): the view says who is slow.
    using SlowCallback = std::function<void()>;

    // Starts the program and hands it the session key on its stdin; the answer is `joined`, or
    // `joined\t<protocol>` from a secondary that speaks a later protocol than 2.
    Reply start(const QString& sessionKey, std::chrono::milliseconds timeout,
                const SlowCallback& onSlow = {});
    // The installation folder that every target is relative to; sent before the files.
    void sendRoot(const QString& root);
    // `target` is relative to the root. `mode` (0755 or 0644) goes to secondaries of protocol 3
    // only, as a fourth field; an older one would refuse the line.
    void sendFile(const QString& source, const QString& target, std::optional<uint> mode = {});
    // Sends a command and waits for `expected` (or `error`); "progress" lines go to
    // `onProgress` and give the secondary another `timeout` to answer.
    Reply command(const QString& name, const QString& expected, std::chrono::milliseconds timeout,
                  const std::function<void(int)>& onProgress = {}, const SlowCallback& onSlow = {});
    // The conversation is over: closes its stdin and waits for it to exit, at most `timeout`.
    // A secondary of protocol 3 that answered `ended` makes its files final now. Whether it
    // exited with status 0.
    bool finishInput(std::chrono::milliseconds timeout);
    // Ends it: SIGTERM (the stock secondary rolls back on it), then SIGKILL. Waits until it is
    // gone, so that nothing it does races with what the primary does next.
    void stop();

    [[nodiscard]] const QString& componentId() const { return m_componentId; }
    // The component's name as the user sees it, for messages.
    [[nodiscard]] const QString& componentName() const { return m_componentName; }
    [[nodiscard]] qint64 processId() const { return m_process ? m_process->processId() : 0; }
    [[nodiscard]] int protocol() const { return m_protocol; }
    [[nodiscard]] bool isRunning() const {
        return m_process && m_process->state() != QProcess::NotRunning;
    }
    // What the secondary wrote on stderr, for the log.
    QString takeDiagnostics();

    // How long a step waits before the view is told that the secondary is slow.
    static std::chrono::milliseconds slowAfter(std::chrono::milliseconds timeout);

private:
    // Sends one line of escaped fields (docs/secondary-installer-protocol.md).
    void send(const QStringList& fields);
    Reply readReply(const QString& expected, std::chrono::milliseconds timeout,
                    const std::function<void(int)>& onProgress, const SlowCallback& onSlow);

    QString m_program;
    QString m_componentId;
    QString m_componentName;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
    int m_protocol = 2;
};
