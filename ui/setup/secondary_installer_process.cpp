#include "ui/setup/secondary_installer_process.h"

#include "core/protocol_line.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <cstring>

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
    send({QStringLiteral("key"), sessionKey});
    send({QStringLiteral("component"), m_componentId});
    return readReply(15000, {});
}

void SecondaryInstallerProcess::sendRoot(const QString& root) {
    send({QStringLiteral("root"), root});
}

void SecondaryInstallerProcess::sendFile(const QString& source, const QString& target) {
    send({QStringLiteral("file"), source, target});
}

SecondaryInstallerProcess::Reply
SecondaryInstallerProcess::command(const QString& name, int timeoutMs,
                                   const std::function<void(int)>& onProgress) {
    send({name});
    return readReply(timeoutMs, onProgress);
}

QString SecondaryInstallerProcess::takeDiagnostics() {
    return m_process ? QString::fromUtf8(m_process->readAllStandardError()) : QString{};
}

void SecondaryInstallerProcess::send(const QStringList& fields) {
    if (!m_process) {
        return;
    }
    std::vector<std::string> raw;
    raw.reserve(static_cast<std::size_t>(fields.size()));
    for (const auto& field : fields) {
        raw.push_back(field.toStdString());
    }
    std::string line = rm::protocol::formatLine(raw);
    line += '\n';
    m_process->write(line.data(), static_cast<qint64>(line.size()));
    m_process->waitForBytesWritten(5000);
    // The first line carries the session key: no copy of it stays in this buffer.
    explicit_bzero(line.data(), line.size());
    for (auto& field : raw) {
        explicit_bzero(field.data(), field.size());
    }
}

SecondaryInstallerProcess::Reply
SecondaryInstallerProcess::readReply(int timeoutMs, const std::function<void(int)>& onProgress) {
    QDeadlineTimer deadline{timeoutMs};
    for (;;) {
        const auto newline = m_buffer.indexOf('\n');
        if (newline >= 0) {
            const QByteArray raw = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            const QString line = QString::fromUtf8(raw);
            auto parsed = rm::protocol::parseLine(
                std::string_view{raw.constData(), static_cast<std::size_t>(raw.size())});
            if (!parsed) {
                return Reply{false, line, ERROR_BAD_ARGUMENTS,
                             QCoreApplication::translate("SecondaryInstallerProcess",
                                                         "its installer sent a malformed line")};
            }
            QStringList fields;
            for (const auto& field : *parsed) {
                fields << QString::fromStdString(field);
            }
            if (fields.value(0) == QLatin1String("progress")) {
                if (onProgress) {
                    onProgress(fields.value(1).toInt());
                }
                continue;
            }
            if (fields.value(0) == QLatin1String("error")) {
                return Reply{false, line, fields.value(1).toUInt(), fields.value(2)};
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
