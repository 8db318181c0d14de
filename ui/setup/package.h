#pragma once

// An installation package: manifest.json, the license text and the payload, in a directory or
// embedded as a Qt resource. The loader checks all of it up front, so that the wizard and the
// secondary installers only ever see a package that makes sense.

#include "core/desktop_integration.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <memory>
#include <optional>
#include <variant>

namespace rm {
class ScratchFolder;
} // namespace rm

// A text of the manifest in every language it was given in: a plain string, or an object keyed
// by language ("en", "de", "pt_BR", ...) whose "en" entry is the fallback.
struct LocalizedText {
    QString fallback;                  // the plain string, or the "en" entry
    QHash<QString, QString> languages; // "de" -> "Wortliste"; empty for a plain string

    // The text for `language` ("pt_BR", "de", ...): that language, else its base language
    // ("pt" for "pt_BR"), else the fallback.
    [[nodiscard]] QString in(const QString& language) const;
};

struct PackageFile {
    QString source; // absolute path of the payload file
    QString target; // relative to the installation directory
    qint64 size = 0;
    // The manifest's "mode" (0755 or 0644); unset: 0755 if the payload file has an execute bit,
    // else 0644.
    std::optional<uint> mode;
    // The manifest's "config": true: a file the user may change (a setting). An upgrade that
    // finds it changed keeps it and writes the new version beside it as FILE.new.
    bool config = false;
};

struct PackageComponent {
    QString id;
    QString name;
    QString description;
    bool required = false;
    LocalizedText localizedName;
    LocalizedText localizedDescription;
    QString installer; // "stock", or the absolute path of a secondary installer in the package
    qint64 size = 0;   // the sum of its files' sizes
    QList<PackageFile> files;
};

// An image of the package's branding ("icon", "sideImage", "headerImage"), read when the package
// is loaded, so that nothing is opened again later. Empty: the package gives none, and the wizard
// shows its own.
struct PackageImage {
    QString file;      // as the manifest names it, relative to the package
    QByteArray data;   // the file's bytes
    QByteArray data2x; // the "@2x" variant beside it ("side@2x.png"), if the package has one
    bool svg = false;  // SVG, else PNG

    [[nodiscard]] bool isEmpty() const { return data.isEmpty(); }
};

// The most an image of the package may have: bytes, and pixels in each direction of a PNG.
inline constexpr qint64 kPackageImageMaxBytes = 2 * 1024 * 1024;
inline constexpr int kPackageImageMaxPixels = 2048;

struct Package {
    // The manifest's product "id", reverse-DNS ("org.example.AcmeViewer"): the name of the record
    // of the installed product (ui/setup/product_record.h). Empty when the manifest has none
    // (an older manifest): then no record is kept and the product cannot be uninstalled.
    QString id;
    // The texts below in the language of the last useLanguage() (at load: the language setup
    // was started in); all languages of the manifest are kept for a later change.
    QString product;
    QString version;
    QString publisher;
    QString licenseText;
    // Absolute, "~" expanded (ui/setup/install_folder.h): the manifest's "defaultInstallDir",
    // or for root its "defaultSystemInstallDir" when it has one.
    QString defaultInstallDir;
    // The product's own program, as the manifest's optional "application" names it: a target of
    // one of its files (relative to the installation folder) and its arguments. The QA walk
    // starts it from an earlier installation so that the files-in-use page shows it.
    QString application;
    QStringList applicationArguments;
    // "launch": the product's command, argv[0] a target of one of its files (relative to the
    // installation folder); the finish page offers to start it. Empty: nothing to launch.
    QStringList launch;
    // "icon" (the window icon, welcome and finish pages), "sideImage" (welcome and finish pages)
    // and "headerImage" (the other pages' header).
    PackageImage icon;
    PackageImage sideImage;
    PackageImage headerImage;
    QList<PackageComponent> components;
    // The manifest's "id" and "desktop" block: menu entries, icons, MIME types, commands
    // (ui/setup/desktop_manifest.h).
    rm::desktop::Spec desktop;
    QString directory; // where the files are: the package directory or a copy of the resource
    // Keeps the copy of a resource package on disk as long as any copy of the Package lives.
    std::shared_ptr<const rm::ScratchFolder> extractedCopy;

    LocalizedText localizedProduct;
    LocalizedText localizedPublisher;
    LocalizedText localizedLicense; // the license texts themselves, read from their files

    [[nodiscard]] qint64 totalSize() const;
    // Puts the manifest's texts in `language` (setup's language changed).
    void useLanguage(const QString& language);
};

struct PackageError {
    QString location; // "manifest.json:12:5", "components[1].files[0].target", ...
    QString message;  // translated

    [[nodiscard]] QString toString() const;
};

// Whether `id` is a product id: reverse-DNS, two or more labels separated by dots, each of
// ASCII letters, digits, '-' and '_', not starting with a digit or '-', at most 255 characters.
bool isValidProductId(const QString& id);

// The manifest format this program reads.
inline constexpr int kPackageFormat = 1;

// Loads and checks a package directory. A resource path (":/...") is first copied to a scratch
// folder in the user's private store folder (rm::ScratchFolder), because secondary installers
// read the payload as ordinary files; files that start like programs (ELF or "#!") become
// executable there.
std::variant<Package, PackageError> loadPackage(const QString& directory);

// Loads and checks a package directory (never a resource path): the manifest reader alone.
std::variant<Package, PackageError> readPackageFolder(const QString& directory);
