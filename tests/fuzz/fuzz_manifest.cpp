// libFuzzer target: the package loader on any manifest.json. A fixed package folder (made once,
// removed at exit) holds a license, a payload file, a link that leads outside the package and a
// vendor installer; each input becomes its manifest.json. Besides not crashing, a package that
// loads must keep the loader's promises: every target relative, inside the folder, without
// control characters or reserved suffixes, every source and installer inside the package.
#include "ui/setup/package.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

QTemporaryDir* packageFolder() {
    static std::unique_ptr<QTemporaryDir> folder = [] {
        auto made = std::make_unique<QTemporaryDir>();
        const QDir dir{made->path()};
        dir.mkpath(QStringLiteral("payload/bin"));
        const auto write = [&dir](const QString& name, const QByteArray& content,
                                  QFile::Permissions permissions) {
            QFile file{dir.filePath(name)};
            if (file.open(QIODevice::WriteOnly)) {
                file.write(content);
                file.close();
                file.setPermissions(permissions);
            }
        };
        const auto plain =
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        write(QStringLiteral("license.txt"), "License\n", plain);
        write(QStringLiteral("payload/bin/tool"), "#!/bin/sh\n", plain | QFile::ExeOwner);
        write(QStringLiteral("installer.sh"), "#!/bin/sh\nexit 1\n", plain | QFile::ExeOwner);
        QFile::link(QStringLiteral("/etc/hostname"), dir.filePath(QStringLiteral("outside")));
        return made;
    }();
    return folder.get();
}

bool hasControl(const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            return true;
        }
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    QTemporaryDir* folder = packageFolder();
    const QString root = folder->path();
    {
        QFile manifest{QDir{root}.filePath(QStringLiteral("manifest.json"))};
        if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::abort();
        }
        manifest.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    const auto loaded = readPackageFolder(root);
    const auto* package = std::get_if<Package>(&loaded);
    if (package == nullptr) {
        return 0;
    }
    const QString inside = QDir{root}.canonicalPath() + QLatin1Char('/');
    for (const auto& component : package->components) {
        if (component.installer != QLatin1String("stock") &&
            !component.installer.startsWith(inside)) {
            std::abort();
        }
        for (const auto& file : component.files) {
            if (file.target.isEmpty() || file.target.startsWith(QLatin1Char('/')) ||
                file.target.split(QLatin1Char('/')).contains(QStringLiteral("..")) ||
                hasControl(file.target) || file.target.endsWith(QStringLiteral(".rm-old")) ||
                file.target.endsWith(QStringLiteral(".rm-new"))) {
                std::abort();
            }
            if (!QFileInfo{file.source}.canonicalFilePath().startsWith(inside)) {
                std::abort();
            }
        }
    }
    return 0;
}
