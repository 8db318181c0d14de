#include "ui/secondary_installer_process.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

SecondaryInstallerProcess::SecondaryInstallerProcess(QString program, QString componentId,
                                                     QString componentName)
    : m_program{std::move(program)}, m_componentId{std::move(componentId)},
      m_componentName{std::move(componentName)} {}

SecondaryInstallerProcess::~SecondaryInstallerProcess() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
}

SecondaryInstallerProcess::Reply SecondaryInstallerProcess::start(const QString& sessionKey) {
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        return Reply{false, {}, 0, m_process->errorString()};
    }
    // The key goes down the pipe, never onto the command line.
    send(QStringLiteral("key\t") + sessionKey);
    send(QStringLiteral("component\t") + m_componentId);
    return readReply(15000, {});
}

void SecondaryInstallerProcess::sendFile(const QString& source, const QString& target) {
    send(QStringLiteral("file\t") + source + QLatin1Char('\t') + target);
}

SecondaryInstallerProcess::Reply
SecondaryInstallerProcess::command(const QString& name, int timeoutMs,
                                   const std::function<void(int)>& onProgress) {
    send(name);
    return readReply(timeoutMs, onProgress);
}

QString SecondaryInstallerProcess::takeDiagnostics() {
    return m_process ? QString::fromUtf8(m_process->readAllStandardError()) : QString{};
}

void SecondaryInstallerProcess::send(const QString& line) {
    if (m_process) {
        m_process->write(line.toUtf8() + '\n');
        m_process->waitForBytesWritten(5000);
    }
}

SecondaryInstallerProcess::Reply
SecondaryInstallerProcess::readReply(int timeoutMs, const std::function<void(int)>& onProgress) {
    QDeadlineTimer deadline{timeoutMs};
    for (;;) {
        const auto newline = m_buffer.indexOf('\n');
        if (newline >= 0) {
            const QString line = QString::fromUtf8(m_buffer.left(newline));
            m_buffer.remove(0, newline + 1);
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.value(0) == QLatin1String("progress")) {
                if (onProgress) {
                    onProgress(fields.value(1).toInt());
                }
                continue;
            }
            if (fields.value(0) == QLatin1String("error")) {
                return Reply{false, line, fields.value(1).toUInt(), fields.mid(2).join(u' ')};
            }
            return Reply{true, line, 0, {}};
        }
        if (!m_process || m_process->state() == QProcess::NotRunning) {
            return Reply{false,
                         {},
                         0,
                         QCoreApplication::translate("SecondaryInstallerProcess",
                                                     "its installer stopped unexpectedly")};
        }
        if (deadline.hasExpired()) {
            return Reply{false,
                         {},
                         0,
                         QCoreApplication::translate("SecondaryInstallerProcess",
                                                     "its installer did not answer in time")};
        }
        if (m_process->waitForReadyRead(
                static_cast<int>(qMin<qint64>(deadline.remainingTime(), 250)))) {
            m_buffer.append(m_process->readAllStandardOutput());
        }
    }
}
