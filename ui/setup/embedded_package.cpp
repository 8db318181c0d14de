// loadPackage() for a package folder and for a package embedded as a Qt resource, which is
// copied first into a scratch folder of the user's private store folder (core/scratch_folder.h):
// secondary installers read the payload as ordinary files. Never into /tmp: a setup that is
// killed leaves the copy where the next setup finds it and removes it.
#include "ui/setup/package.h"

#include "core/scratch_folder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace {

bool startsLikeAProgram(const QByteArray& head) {
    return head.startsWith("\x7f"
                           "ELF") ||
           head.startsWith("#!");
}

class ResourceExtractor final {
    Q_DECLARE_TR_FUNCTIONS(Package)

public:
    // Copies the resource directory `resource` to a new scratch folder.
    static std::variant<std::shared_ptr<rm::ScratchFolder>, PackageError>
    extract(const QString& resource) {
        if (!QFileInfo{resource}.isDir()) {
            return PackageError{resource, tr("The package does not exist.")};
        }
        auto made = rm::ScratchFolder::create("package");
        if (!made) {
            return PackageError{resource, tr("No private folder for a copy of the package: %1")
                                              .arg(QString::fromStdString(made.error().message))};
        }
        auto copy = std::make_shared<rm::ScratchFolder>(std::move(*made));
        const QDir target{QFile::decodeName(QByteArray::fromStdString(copy->path()))};
        const QDir source{resource};
        QDirIterator files{resource, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories};
        while (files.hasNext()) {
            const QString from = files.next();
            const QString to = target.filePath(source.relativeFilePath(from));
            if (QString problem = copyFile(from, to); !problem.isEmpty()) {
                return PackageError{from, tr("The package cannot be copied to a temporary "
                                             "folder: %1")
                                              .arg(problem)};
            }
        }
        return copy;
    }

private:
    // An empty string on success, else what went wrong.
    static QString copyFile(const QString& from, const QString& to) {
        if (!QDir{}.mkpath(QFileInfo{to}.path())) {
            return tr("cannot create the folder of %1").arg(to);
        }
        QFile in{from};
        QFile out{to};
        if (!in.open(QIODevice::ReadOnly)) {
            return in.errorString();
        }
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return out.errorString();
        }
        constexpr qint64 kChunk = 1 << 20;
        bool program = false;
        bool first = true;
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(kChunk);
            if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
                return in.errorString();
            }
            if (first) {
                program = startsLikeAProgram(chunk);
                first = false;
            }
            if (out.write(chunk) != chunk.size()) {
                return out.errorString();
            }
        }
        if (!out.flush()) {
            return out.errorString();
        }
        auto permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ReadGroup | QFileDevice::ReadOther;
        if (program) {
            permissions |= QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        }
        if (!out.setPermissions(permissions)) {
            return out.errorString();
        }
        return {};
    }
};

} // namespace

std::variant<Package, PackageError> loadPackage(const QString& directory) {
    if (!directory.startsWith(QStringLiteral(":/"))) {
        return readPackageFolder(directory);
    }
    auto extracted = ResourceExtractor::extract(directory);
    if (auto* error = std::get_if<PackageError>(&extracted)) {
        return *error;
    }
    auto copy = std::get<std::shared_ptr<rm::ScratchFolder>>(std::move(extracted));
    auto result = readPackageFolder(QFile::decodeName(QByteArray::fromStdString(copy->path())));
    if (auto* package = std::get_if<Package>(&result)) {
        package->extractedCopy = std::move(copy);
    }
    return result;
}
