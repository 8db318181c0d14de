#include "ui/setup/setup_file_package.h"

#include "core/log.h"
#include "core/setup_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <string>
#include <vector>

namespace {
QHash<QString, SetupFilePayload>& payloadFiles() {
    static QHash<QString, SetupFilePayload> files;
    return files;
}

int& descriptor() {
    static int fd = -1;
    return fd;
}
} // namespace

int setupFileDescriptor() {
    return descriptor();
}

const SetupFilePayload* setupFilePayload(const QString& path) {
    const auto found = payloadFiles().constFind(path);
    return found == payloadFiles().constEnd() ? nullptr : &*found;
}

QString prepareSetupFilePackage(const QString& packageDir) {
    auto found = rm::setupfile::inherited();
    if (!found) {
        return {};
    }
    if (!*found) {
        return QString::fromStdString(found->error().message);
    }
    const rm::setupfile::SetupFile& file = (*found)->file;
    // As the manifest reader makes the paths of the files it names.
    const QString root = QDir::cleanPath(QDir{packageDir}.absolutePath());

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
    if (auto filled = rm::setupfile::writePayloadFiles(file, root.toStdString(), wanted); !filled) {
        return QString::fromStdString(filled.error().message);
    }

    // The launcher's descriptor: for the secondary installers alone (setupFileDescriptor()).
    const int fd = qEnvironmentVariableIntValue(rm::setupfile::kEnvFd);
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    descriptor() = fd;
    auto& files = payloadFiles();
    files.clear();
    files.reserve(static_cast<qsizetype>(file.index.payload.size()));
    for (const auto& entry : file.index.payload) {
        files.insert(root + QLatin1Char('/') + QString::fromStdString(entry.path),
                     SetupFilePayload{static_cast<qint64>(entry.size), entry.mode,
                                      QString::fromStdString(rm::setupfile::toHex(entry.sha256))});
    }
    rm::log::core()->info("installing from the setup file: {} payload file(s) stream from it",
                          file.index.payload.size());
    return {};
}
