#include "ui/setup/setup_file_package.h"

#include "core/log.h"
#include "core/setup_file.h"
#include "ui/setup/install_engine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>
#include <vector>

QString prepareSetupFilePackage(const QString& packageDir) {
    auto found = rm::setupfile::inherited();
    if (!found) {
        return {};
    }
    if (!*found) {
        return QString::fromStdString(found->error().message);
    }
    const rm::setupfile::SetupFile& file = (*found)->file;
    const QString root = QFileInfo{packageDir}.canonicalFilePath();
    if (root.isEmpty()) {
        return QStringLiteral("cannot find the package folder %1").arg(packageDir);
    }

    // What setup reads itself, as the manifest names it (the manifest reader checks the rest).
    std::vector<std::string> wanted;
    const auto want = [&wanted](const QJsonValue& value) {
        if (!value.isString()) {
            return;
        }
        const QString path = QDir::cleanPath(value.toString());
        wanted.push_back(path.toStdString());
        const QString suffix = QFileInfo{path}.suffix();
        if (!suffix.isEmpty()) {
            wanted.push_back(
                (path.chopped(suffix.size() + 1) + QStringLiteral("@2x.") + suffix).toStdString());
        }
    };
    QFile manifestFile{QDir{packageDir}.filePath(QStringLiteral("manifest.json"))};
    if (manifestFile.open(QIODevice::ReadOnly)) {
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        for (const char* image : {"icon", "sideImage", "headerImage"}) {
            want(manifest.value(QLatin1String(image)));
        }
        for (const auto& icon : manifest.value(QStringLiteral("desktop"))
                                    .toObject()
                                    .value(QStringLiteral("icons"))
                                    .toArray()) {
            want(icon.toObject().value(QStringLiteral("source")));
        }
        for (const auto& value : manifest.value(QStringLiteral("components")).toArray()) {
            const QJsonObject component = value.toObject();
            const QJsonValue installer = component.value(QStringLiteral("installer"));
            if (installer.toString() == QStringLiteral("stock")) {
                continue;
            }
            want(installer);
            for (const auto& entry : component.value(QStringLiteral("files")).toArray()) {
                want(entry.toObject().value(QStringLiteral("source")));
            }
        }
    }
    if (auto filled = rm::setupfile::fillPlaceholders(file, packageDir.toStdString(), wanted);
        !filled) {
        return QString::fromStdString(filled.error().message);
    }

    QHash<QString, QString> digests;
    digests.reserve(static_cast<qsizetype>(file.index.payload.size()));
    for (const auto& entry : file.index.payload) {
        digests.insert(root + QLatin1Char('/') + QString::fromStdString(entry.path),
                       QString::fromStdString(rm::setupfile::toHex(entry.sha256)));
    }
    InstallEngine::setKnownDigests(std::move(digests));
    rm::log::core()->info("installing from the setup file: {} payload file(s) stream from it",
                          file.index.payload.size());
    return {};
}
