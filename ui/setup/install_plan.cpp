#include "ui/setup/install_plan.h"

#include "ui/setup/install_folder.h"
#include "ui/setup/product_record.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QVersionNumber>

namespace {

// The directory that would hold `path`: itself if it exists, else its nearest existing parent.
QString existingAncestor(const QString& path) {
    QFileInfo info{path};
    while (!info.exists() && info.absolutePath() != info.absoluteFilePath()) {
        info = QFileInfo{info.absolutePath()};
    }
    return info.absoluteFilePath();
}

QString sizeText(qint64 bytes) {
    return QLocale{}.formattedDataSize(bytes);
}

} // namespace

void InstallPlan::setInstallDir(const QString& dir) {
    m_installDir = expandInstallFolder(dir);
}

QString InstallPlan::locationProblem() const {
    const QString dir = installDir();
    if (!isUsableInstallFolder(dir)) {
        return QCoreApplication::translate("LocationPage",
                                           "Enter a full path, starting with / or ~/.");
    }
    const QString ancestor = existingAncestor(dir);
    const QFileInfo info{ancestor};
    if (!info.isDir()) {
        return QCoreApplication::translate("LocationPage", "%1 is not a folder.").arg(ancestor);
    }
    if (!info.isWritable()) {
        return QCoreApplication::translate("LocationPage", "You may not write to %1.")
            .arg(ancestor);
    }
    const QStorageInfo storage{ancestor};
    if (storage.isValid() && storage.bytesAvailable() < selectedSize()) {
        return QCoreApplication::translate("LocationPage",
                                           "There is not enough room: %1 needed, %2 free.")
            .arg(sizeText(selectedSize()), sizeText(storage.bytesAvailable()));
    }
    return {};
}

QString InstallPlan::installedHere() const {
    if (installDir().isEmpty()) {
        return {};
    }
    if (!m_package.id.isEmpty()) {
        const auto lookup = loadRecord(m_package.id);
        if (lookup.record && lookup.record->installDir == installDir()) {
            return lookup.record->name.in(QLocale{}.name()) + u' ' + lookup.record->version;
        }
        // Installed by a setup that kept no record: installed.txt below.
    }
    QFile record{QDir{installDir()}.filePath(QStringLiteral("share/restartmanager/installed.txt"))};
    if (!record.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(record.readLine(512)).trimmed();
}

QString InstallPlan::installedVersion() const {
    if (!m_package.id.isEmpty()) {
        const auto lookup = loadRecord(m_package.id);
        if (lookup.record) {
            return lookup.record->version;
        }
    }
    return installedHere().section(u' ', -1);
}

InstallPlan::InstallKind InstallPlan::installKind() const {
    const QString installed = installedVersion();
    if (installed.isEmpty()) {
        return InstallKind::Fresh;
    }
    const int order = QVersionNumber::compare(QVersionNumber::fromString(installed),
                                              QVersionNumber::fromString(m_package.version));
    if (order == 0 && installed == m_package.version) {
        return InstallKind::Reinstall;
    }
    if (order == 0) {
        // Same numbers, other suffix ("2.0" and "2.0-beta"): compared as text.
        return installed < m_package.version ? InstallKind::Upgrade : InstallKind::Downgrade;
    }
    return order < 0 ? InstallKind::Upgrade : InstallKind::Downgrade;
}
