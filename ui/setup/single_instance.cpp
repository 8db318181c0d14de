#include "ui/setup/single_instance.h"

#include "core/log.h"

#include <QCryptographicHash>

QString SetupInstanceLock::fileName(const QString& product) {
    // A readable part for whoever looks into the folder, and a hash, so that two products whose
    // names differ only in characters left out never share a lock.
    QString readable;
    for (const QChar c : product) {
        if (readable.size() >= 40) {
            break;
        }
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            readable += c.toLower();
        } else if (!readable.endsWith(QLatin1Char('-'))) {
            readable += QLatin1Char('-');
        }
    }
    const QByteArray digest =
        QCryptographicHash::hash(product.toUtf8(), QCryptographicHash::Sha256).left(8).toHex();
    return QStringLiteral("setup-%1-%2.lock").arg(readable, QString::fromLatin1(digest));
}

SetupInstanceLock::Result SetupInstanceLock::acquire(const QString& product) {
    switch (m_lock.acquire(fileName(product).toStdString())) {
    case rm::InstanceLock::Result::Acquired:
        rm::log::core()->info("setup of {} holds its lock", product.toStdString());
        return Result::Acquired;
    case rm::InstanceLock::Result::AlreadyRunning:
        rm::log::core()->warn("another setup of {} is running", product.toStdString());
        return Result::AlreadyRunning;
    case rm::InstanceLock::Result::Unavailable:
        break;
    }
    return Result::Unavailable;
}
