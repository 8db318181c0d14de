#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// One secondary installer run by the primary, speaking docs/secondary-installer-protocol.md over
// its stdin and stdout. Blocking calls: use it on the install worker thread only.
class SecondaryInstallerProcess final {
public:
    struct Reply {
        bool ok = false;
        QString line;     // the reply, e.g. "applied"
        quint32 code = 0; // the winerror code of an "error" reply
        QString message;  // its message, or why there was no reply
    };

    SecondaryInstallerProcess(QString program, QString componentId, QString componentName);
    ~SecondaryInstallerProcess();
    SecondaryInstallerProcess(const SecondaryInstallerProcess&) = delete;
    SecondaryInstallerProcess& operator=(const SecondaryInstallerProcess&) = delete;

    // Starts the program and hands it the session key on its stdin.
    Reply start(const QString& sessionKey);
    // The installation folder that every target is relative to; sent before the files.
    void sendRoot(const QString& root);
    // `target` is relative to the root.
    void sendFile(const QString& source, const QString& target);
    // Sends a command and waits for its final reply; "progress" lines go to `onProgress`.
    Reply command(const QString& name, int timeoutMs,
                  const std::function<void(int)>& onProgress = {});
    [[nodiscard]] const QString& componentId() const { return m_componentId; }
    // The component's name as the user sees it, for messages.
    [[nodiscard]] const QString& componentName() const { return m_componentName; }
    [[nodiscard]] qint64 processId() const { return m_process ? m_process->processId() : 0; }
    // What the secondary wrote on stderr, for the log.
    QString takeDiagnostics();

private:
    // Sends one line of escaped fields (docs/secondary-installer-protocol.md).
    void send(const QStringList& fields);
    Reply readReply(int timeoutMs, const std::function<void(int)>& onProgress);

    QString m_program;
    QString m_componentId;
    QString m_componentName;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
};
