#include "ui/setup/secondary_installer_process.h"

#include "core/protocol_line.h"
#include "ui/setup/setup_file_package.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <cstring>
#include <fcntl.h>
#include <restartmanager.h>
#include <signal.h>

namespace {

constexpr int kStopGraceMs = 5000;

} // namespace

SecondaryInstallerProcess::SecondaryInstallerProcess(QString program, QString componentId,
                                                     QString componentName)
    : m_program{std::move(program)}, m_componentId{std::move(componentId)},
      m_componentName{std::move(componentName)} {}

SecondaryInstallerProcess::~SecondaryInstallerProcess() {
    if (isRunning()) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(3000)) {
            stop();
        }
    }
}

std::chrono::milliseconds SecondaryInstallerProcess::slowAfter(std::chrono::milliseconds timeout) {
    return std::min(std::chrono::milliseconds{2000}, timeout / 2);
}

SecondaryInstallerProcess::Reply SecondaryInstallerProcess::start(const QString& sessionKey,
                                                                  std::chrono::milliseconds timeout,
                                                                  const SlowCallback& onSlow) {
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // A one-file setup's descriptor (ui/setup/setup_file_package.h) reaches the secondary
    // installers alone: setup keeps it close-on-exec, so that nothing else it starts (the
    // product, restarted applications) holds the setup file open.
    if (const int fd = setupFileDescriptor(); fd >= 0) {
        m_process->setChildProcessModifier([fd] { ::fcntl(fd, F_SETFD, 0); });
    }
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        return Reply{false, {}, 0, m_process->errorString(), true};
    }
    // The key goes down the pipe, never onto the command line.
    send({QStringLiteral("key"), sessionKey});
    send({QStringLiteral("component"), m_componentId});
    Reply reply = readReply(QStringLiteral("joined"), timeout, {}, onSlow);
    if (reply.ok) {
        const QStringList fields = reply.line.split(QLatin1Char('\t'));
        m_protocol =
            fields.size() > 1 && fields.at(1).toInt() >= kTwoPhaseProtocol ? kTwoPhaseProtocol : 2;
    }
    return reply;
}

void SecondaryInstallerProcess::sendRoot(const QString& root) {
    send({QStringLiteral("root"), root});
}

void SecondaryInstallerProcess::sendFile(const QString& source, const QString& target,
                                         std::optional<uint> mode) {
    if (mode && m_protocol >= kTwoPhaseProtocol) {
        send({QStringLiteral("file"), source, target,
              QStringLiteral("%1").arg(*mode, 4, 8, QLatin1Char('0'))});
    } else {
        send({QStringLiteral("file"), source, target});
    }
}

SecondaryInstallerProcess::Reply SecondaryInstallerProcess::command(
    const QString& name, const QString& expected, std::chrono::milliseconds timeout,
    const std::function<void(int)>& onProgress, const SlowCallback& onSlow) {
    if (!isRunning()) {
        return Reply{false,
                     {},
                     0,
                     QCoreApplication::translate("SecondaryInstallerProcess",
                                                 "its installer stopped unexpectedly"),
                     true};
    }
    send({name});
    return readReply(expected, timeout, onProgress, onSlow);
}

bool SecondaryInstallerProcess::finishInput(std::chrono::milliseconds timeout) {
    if (!m_process) {
        return false;
    }
    if (isRunning()) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(static_cast<int>(timeout.count()))) {
            stop();
            return false;
        }
    }
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

void SecondaryInstallerProcess::stop() {
    if (!isRunning()) {
        return;
    }
    m_process->closeWriteChannel();
    m_process->terminate();
    if (!m_process->waitForFinished(kStopGraceMs)) {
        m_process->kill();
        m_process->waitForFinished(kStopGraceMs);
    }
}

QString SecondaryInstallerProcess::takeDiagnostics() {
    return m_process ? QString::fromUtf8(m_process->readAllStandardError()) : QString{};
}

void SecondaryInstallerProcess::send(const QStringList& fields) {
    if (!isRunning()) {
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
SecondaryInstallerProcess::readReply(const QString& expected, std::chrono::milliseconds timeout,
                                     const std::function<void(int)>& onProgress,
                                     const SlowCallback& onSlow) {
    QDeadlineTimer deadline{timeout};
    QDeadlineTimer slow{slowAfter(timeout)};
    bool toldSlow = false;
    for (;;) {
        const auto newline = m_buffer.indexOf('\n');
        if (newline >= 0) {
            const QByteArray raw = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            auto parsed = rm::protocol::parseLine(
                std::string_view{raw.constData(), static_cast<std::size_t>(raw.size())});
            if (!parsed) {
                return Reply{false, QString::fromUtf8(raw), ERROR_BAD_ARGUMENTS,
                             QCoreApplication::translate("SecondaryInstallerProcess",
                                                         "its installer sent a malformed line"),
                             true};
            }
            QStringList fields;
            for (const auto& field : *parsed) {
                fields << QString::fromStdString(field);
            }
            const QString line = fields.join(QLatin1Char('\t'));
            if (fields.value(0) == QLatin1String("progress")) {
                if (onProgress) {
                    onProgress(fields.value(1).toInt());
                }
                // Progress is an answer too: a long apply that reports it is not stuck.
                deadline.setRemainingTime(timeout);
                continue;
            }
            if (fields.value(0) == QLatin1String("error")) {
                return Reply{false, line, fields.value(1).toUInt(), fields.value(2), false};
            }
            if (fields.value(0) != expected) {
                return Reply{
                    false, line, ERROR_BAD_ARGUMENTS,
                    QCoreApplication::translate("SecondaryInstallerProcess",
                                                "its installer answered something else: %1")
                        .arg(QString::fromStdString(
                            rm::protocol::escapeForTerminal(line.toStdString()))),
                    true};
            }
            return Reply{true, line, 0, {}, false};
        }
        if (!isRunning()) {
            // What it wrote before it went still counts.
            m_buffer.append(m_process ? m_process->readAllStandardOutput() : QByteArray{});
            if (m_buffer.contains('\n')) {
                continue;
            }
            return Reply{false,
                         {},
                         0,
                         QCoreApplication::translate("SecondaryInstallerProcess",
                                                     "its installer stopped unexpectedly"),
                         true};
        }
        if (deadline.hasExpired()) {
            return Reply{false,
                         {},
                         ERROR_SEM_TIMEOUT,
                         QCoreApplication::translate("SecondaryInstallerProcess",
                                                     "its installer did not answer in time"),
                         true};
        }
        if (!toldSlow && slow.hasExpired()) {
            toldSlow = true;
            if (onSlow) {
                onSlow();
            }
        }
        const qint64 wait = std::min<qint64>(deadline.remainingTime(), 250);
        if (m_process->waitForReadyRead(static_cast<int>(std::max<qint64>(wait, 1)))) {
            m_buffer.append(m_process->readAllStandardOutput());
        }
    }
}
