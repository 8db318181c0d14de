#pragma once

// An installation package: manifest.json, the license text and the payload, in a directory or
// embedded as a Qt resource. The loader checks all of it up front, so that the wizard and the
// secondary installers only ever see a package that makes sense.

#include <QList>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <variant>

class QTemporaryDir;

struct PackageFile {
    QString source; // absolute path of the payload file
    QString target; // relative to the installation directory
    qint64 size = 0;
};

struct PackageComponent {
    QString id;
    QString name;
    QString description;
    bool required = false;
    QString installer; // "stock", or the absolute path of a secondary installer in the package
    qint64 size = 0;   // the sum of its files' sizes
    QList<PackageFile> files;
};

struct Package {
    QString product;
    QString version;
    QString publisher;
    QString licenseText;
    QString defaultInstallDir; // absolute, "~" expanded
    QList<PackageComponent> components;
    QString directory; // where the files are: the package directory or a copy of the resource
    // Keeps the copy of a resource package on disk as long as any copy of the Package lives.
    std::shared_ptr<const QTemporaryDir> extractedCopy;

    [[nodiscard]] qint64 totalSize() const;
};

struct PackageError {
    QString location; // "manifest.json:12:5", "components[1].files[0].target", ...
    QString message;  // translated

    [[nodiscard]] QString toString() const;
};

// The manifest format this program reads.
inline constexpr int kPackageFormat = 1;

// Loads and checks a package directory. A resource path (":/...") is first copied to a fresh
// temporary directory, because secondary installers read the payload as ordinary files; files
// that start like programs (ELF or "#!") become executable there.
std::variant<Package, PackageError> loadPackage(const QString& directory);
