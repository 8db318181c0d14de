#include "ui/setup/package.h"

#include "ui/setup/setup_file_package.h"

#include "ui/setup/desktop_manifest.h"
#include "ui/setup/install_folder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/openat2.h>
#include <optional>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

const QString kManifestName = QStringLiteral("manifest.json");

QString fieldPath(const QString& parent, const QString& key) {
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString indexPath(const QString& parent, qsizetype index) {
    return parent + u'[' + QString::number(index) + u']';
}

// "manifest.json:LINE:COLUMN" of a parse error, both counted from 1. QJsonParseError::offset
// mostly points just past the byte that broke the parse ("[1 2]" gives 4), so the position
// named is that of the byte before it.
QString errorPosition(const QByteArray& text, qsizetype offset) {
    const qsizetype at = qBound(qsizetype{0}, offset - 1, text.size());
    const QByteArrayView before{text.constData(), at};
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column =
        QString::fromUtf8(before.sliced(lineStart)).toUcs4().size() + 1; // characters, not bytes
    return kManifestName + u':' + QString::number(line) + u':' + QString::number(column);
}

// C0 and C1 control characters, DEL, and the bidirectional overrides and isolates, which can make
// a name display as something else. None belongs in a path, an identifier or a one-line text.
bool isForbiddenCharacter(char32_t c, bool multiLine) {
    if (multiLine && (c == U'\n' || c == U'\t')) {
        return false;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

// The first forbidden character of `text`, as "U+XXXX", or an empty string.
QString forbiddenCharacter(const QString& text, bool multiLine = false) {
    for (const char32_t c : text.toUcs4()) {
        if (isForbiddenCharacter(c, multiLine)) {
            return QStringLiteral("U+%1")
                .arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'))
                .toUpper();
        }
    }
    return {};
}

// The suffixes that file transactions use for their own files beside a target.
const QStringList& reservedSuffixes() {
    static const QStringList suffixes{QStringLiteral(".rm-new"), QStringLiteral(".rm-old")};
    return suffixes;
}

// Reads manifest.json and the files it names, stopping at the first problem. Its tr() uses the
// context "Package".
class ManifestReader final {
    Q_DECLARE_TR_FUNCTIONS(Package)

public:
    explicit ManifestReader(const QString& directory)
        : m_dir{directory}, m_root{QDir::cleanPath(QDir{directory}.absolutePath())} {}

    std::variant<Package, PackageError> read() {
        Package package;
        package.directory = m_root;
        if (!QFileInfo{m_root}.isDir()) {
            return PackageError{m_root, tr("The package folder does not exist.")};
        }
        if (auto unsafe = folderOthersCanChange(); !unsafe.isEmpty()) {
            return PackageError{unsafe, tr("Other users can change this folder of the package, "
                                           "and so swap its files while setup installs them.")};
        }
        QFile manifestFile{m_dir.filePath(kManifestName)};
        if (!manifestFile.open(QIODevice::ReadOnly)) {
            return PackageError{
                kManifestName,
                tr("The package has no readable manifest: %1").arg(manifestFile.errorString())};
        }
        const QByteArray text = manifestFile.readAll();
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return PackageError{
                errorPosition(text, parseError.offset),
                tr("The manifest is not valid JSON: %1.").arg(parseError.errorString())};
        }
        if (!document.isObject()) {
            return PackageError{kManifestName, tr("The manifest must be a JSON object ({ ... }).")};
        }
        const QJsonObject manifest = document.object();
        if (readFormat(manifest) && readId(manifest, package.id) &&
            readLocalizedText(manifest, {}, "product", package.localizedProduct) &&
            readText(manifest, {}, "version", package.version) &&
            readLocalizedText(manifest, {}, "publisher", package.localizedPublisher) &&
            readLicense(manifest, package.localizedLicense) &&
            readInstallDir(manifest, package.defaultInstallDir) &&
            readComponents(manifest, package.components) && readApplication(manifest, package) &&
            readImage(manifest, "icon", package.icon) &&
            readImage(manifest, "sideImage", package.sideImage) &&
            readImage(manifest, "headerImage", package.headerImage) &&
            readLaunch(manifest, package)) {
            if (auto desktop = readDesktopBlock(manifest, m_root, package)) {
                return *desktop;
            }
            package.useLanguage(QLocale{}.name());
            return package;
        }
        return *m_error;
    }

private:
    // The first folder of the package, or above it, that a user other than its owner may
    // change (group or others may write it), unless it is a sticky folder of root's like /tmp;
    // empty when there is none.
    QString folderOthersCanChange() const {
        const auto unsafe = [](const QString& folder) {
            struct stat st {};
            if (::stat(QFile::encodeName(folder).constData(), &st) != 0) {
                return false;
            }
            return (st.st_mode & 022) != 0 && !((st.st_mode & S_ISVTX) != 0 && st.st_uid == 0);
        };
        for (QString folder = m_root;; folder = QFileInfo{folder}.path()) {
            if (unsafe(folder)) {
                return folder;
            }
            if (folder == u'/' || folder.isEmpty()) {
                break;
            }
        }
        QDirIterator folders{m_root, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                             QDirIterator::Subdirectories};
        while (folders.hasNext()) {
            if (const QString folder = folders.next(); unsafe(folder)) {
                return folder;
            }
        }
        return {};
    }

    bool fail(const QString& location, const QString& message) {
        m_error = PackageError{location, message};
        return false;
    }

    // The value of a field that must be there.
    std::optional<QJsonValue> field(const QJsonObject& object, const QString& parent,
                                    const char* key) {
        const QJsonValue value = object.value(QLatin1String{key});
        if (value.isUndefined()) {
            fail(fieldPath(parent, QLatin1String{key}), tr("This field is missing."));
            return std::nullopt;
        }
        return value;
    }

    bool readText(const QJsonObject& object, const QString& parent, const char* key, QString& out,
                  bool optional = false) {
        const QString location = fieldPath(parent, QLatin1String{key});
        if (optional && !object.contains(QLatin1String{key})) {
            return true;
        }
        const auto value = field(object, parent, key);
        if (!value) {
            return false;
        }
        if (!value->isString()) {
            return fail(location, tr("This field must be a text (a JSON string)."));
        }
        const QString raw = value->toString();
        // A description may have several lines; no field may hold other control characters,
        // which could forge a line of the secondary installer protocol or of a log.
        const bool multiLine = qstrcmp(key, "description") == 0;
        if (const QString bad = forbiddenCharacter(raw, multiLine); !bad.isEmpty()) {
            return fail(location, tr("This field holds a control or direction character (%1), "
                                     "which is not allowed.")
                                      .arg(bad));
        }
        out = raw.trimmed();
        if (out.isEmpty() && !optional) {
            return fail(location, tr("This field must not be empty."));
        }
        return true;
    }

    // A text that may be given per language: a plain string, or an object keyed by language
    // with an "en" entry. Errors name the field and the language key ("components[1].name.de").
    bool readLocalizedText(const QJsonObject& object, const QString& parent, const char* key,
                           LocalizedText& out, bool optional = false) {
        const QString location = fieldPath(parent, QLatin1String{key});
        const QJsonValue value = object.value(QLatin1String{key});
        if (!value.isObject()) {
            QString text;
            if (!readText(object, parent, key, text, optional)) {
                return false;
            }
            out = LocalizedText{text, {}};
            return true;
        }
        const QJsonObject languages = value.toObject();
        static const QRegularExpression languagePattern{
            QStringLiteral("^[a-z]{2,3}(_[A-Z]{2}|_[A-Z][a-z]{3})?$")};
        for (auto it = languages.begin(); it != languages.end(); ++it) {
            if (!languagePattern.match(it.key()).hasMatch()) {
                return fail(location, tr("\"%1\" is not a language code such as \"en\", \"de\" or "
                                         "\"pt_BR\".")
                                          .arg(it.key()));
            }
            QString text;
            if (!readText(languages, location, it.key().toUtf8().constData(), text)) {
                return false;
            }
            out.languages.insert(it.key(), text);
        }
        if (!out.languages.contains(QStringLiteral("en"))) {
            return fail(location, tr("A text given per language needs an \"en\" entry, the one "
                                     "shown in every other language."));
        }
        out.fallback = out.languages.value(QStringLiteral("en"));
        return true;
    }

    bool readFormat(const QJsonObject& manifest) {
        const auto value = field(manifest, {}, "format");
        if (!value) {
            return false;
        }
        const double number = value->toDouble(-1.0);
        if (!value->isDouble() || number != static_cast<double>(value->toInt(-1))) {
            return fail(QStringLiteral("format"), tr("This field must be a whole number."));
        }
        if (value->toInt() != kPackageFormat) {
            return fail(QStringLiteral("format"),
                        tr("Unknown manifest format %1: this setup program reads format %2.")
                            .arg(value->toInt())
                            .arg(kPackageFormat));
        }
        return true;
    }

    // The absolute path of a file that the manifest names, if it is a file inside the package.
    std::optional<QString> packageFile(const QString& location, const QString& name) {
        const QString path = QDir::cleanPath(m_dir.absoluteFilePath(name));
        if (!path.startsWith(m_root + u'/')) {
            fail(location, tr("\"%1\" is outside the package.").arg(name));
            return std::nullopt;
        }
        // A payload file of the one-file setup that setup runs from: listed in its signed
        // index, streamed from it when it is installed, not on disk.
        if (setupFilePayload(path) != nullptr) {
            return path;
        }
        const QFileInfo info{path};
        if (!info.exists()) {
            fail(location, tr("\"%1\" is missing from the package.").arg(name));
            return std::nullopt;
        }
        if (m_canonicalRoot.isEmpty()) {
            m_canonicalRoot = QFileInfo{m_root}.canonicalFilePath();
        }
        if (!info.canonicalFilePath().startsWith(m_canonicalRoot + u'/')) {
            fail(location, tr("\"%1\" leads outside the package.").arg(name));
            return std::nullopt;
        }
        if (!info.isFile()) {
            fail(location, tr("\"%1\" is not a file.").arg(name));
            return std::nullopt;
        }
        return path;
    }

    // The license: one file, or one per language ({"en": "license.txt", "de": "license.de.txt"}).
    bool readLicense(const QJsonObject& manifest, LocalizedText& license) {
        LocalizedText names;
        if (!readLocalizedText(manifest, {}, "license", names)) {
            return false;
        }
        const auto read = [this](const QString& location, const QString& name,
                                 QString& text) -> bool {
            const auto path = packageFile(location, name);
            if (!path) {
                return false;
            }
            QFile file{*path};
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                return fail(
                    location,
                    tr("The license \"%1\" cannot be read: %2").arg(name, file.errorString()));
            }
            text = QString::fromUtf8(file.readAll());
            return true;
        };
        if (names.languages.isEmpty()) {
            return read(QStringLiteral("license"), names.fallback, license.fallback);
        }
        for (auto it = names.languages.cbegin(); it != names.languages.cend(); ++it) {
            QString text;
            if (!read(QStringLiteral("license.") + it.key(), it.value(), text)) {
                return false;
            }
            license.languages.insert(it.key(), text);
        }
        license.fallback = license.languages.value(QStringLiteral("en"));
        return true;
    }

    bool readInstallDir(const QJsonObject& manifest, QString& installDir) {
        QString value;
        if (!readText(manifest, {}, "defaultInstallDir", value)) {
            return false;
        }
        installDir = expandInstallFolder(value);
        if (!isUsableInstallFolder(installDir)) {
            return fail(QStringLiteral("defaultInstallDir"),
                        tr("The folder must be an absolute path or start with \"~/\"."));
        }
        // Root installs for every user: into the system folder the manifest names for that.
        QString system;
        if (!readText(manifest, {}, "defaultSystemInstallDir", system, true)) {
            return false;
        }
        if (!system.isEmpty()) {
            if (!system.startsWith(u'/') || !isUsableInstallFolder(expandInstallFolder(system))) {
                return fail(QStringLiteral("defaultSystemInstallDir"),
                            tr("The folder must be an absolute path."));
            }
            if (::geteuid() == 0) {
                installDir = expandInstallFolder(system);
            }
        }
        return true;
    }

    // "application": {"program": "bin/demo-notes", "arguments": ["--text", "..."]} (optional).
    bool readApplication(const QJsonObject& manifest, Package& package) {
        if (!manifest.contains(QStringLiteral("application"))) {
            return true;
        }
        const QString location = QStringLiteral("application");
        const QJsonValue value = manifest.value(location);
        if (!value.isObject()) {
            return fail(location, tr("This field must be a JSON object ({ ... })."));
        }
        const QJsonObject application = value.toObject();
        QString program;
        if (!readText(application, location, "program", program)) {
            return false;
        }
        const QString clean = QDir::cleanPath(program);
        if (!m_targets.contains(clean)) {
            return fail(fieldPath(location, QStringLiteral("program")),
                        tr("\"%1\" is not a target of any file of the package.").arg(program));
        }
        const QJsonValue arguments = application.value(QStringLiteral("arguments"));
        if (!arguments.isUndefined()) {
            if (!arguments.isArray()) {
                return fail(fieldPath(location, QStringLiteral("arguments")),
                            tr("This field must be a list (a JSON array)."));
            }
            const QJsonArray list = arguments.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString where =
                    indexPath(fieldPath(location, QStringLiteral("arguments")), i);
                if (!list.at(i).isString()) {
                    return fail(where, tr("This field must be a text (a JSON string)."));
                }
                if (const QString bad = forbiddenCharacter(list.at(i).toString()); !bad.isEmpty()) {
                    return fail(where, tr("This field holds a control or direction character (%1), "
                                          "which is not allowed.")
                                           .arg(bad));
                }
                package.applicationArguments << list.at(i).toString();
            }
        }
        package.application = clean;
        return true;
    }

    // "launch": ["bin/demo-notes", "--an-argument"] (optional): argv[0] is a target of one of
    // the package's files.
    bool readLaunch(const QJsonObject& manifest, Package& package) {
        const QString location = QStringLiteral("launch");
        const QJsonValue value = manifest.value(location);
        if (value.isUndefined()) {
            return true;
        }
        if (!value.isArray()) {
            return fail(location, tr("This field must be a list (a JSON array)."));
        }
        const QJsonArray list = value.toArray();
        if (list.isEmpty()) {
            return fail(location, tr("This field must not be empty."));
        }
        QStringList command;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = indexPath(location, i);
            if (!list.at(i).isString()) {
                return fail(where, tr("This field must be a text (a JSON string)."));
            }
            const QString word = list.at(i).toString();
            if (const QString bad = forbiddenCharacter(word); !bad.isEmpty()) {
                return fail(where, tr("This field holds a control or direction character (%1), "
                                      "which is not allowed.")
                                       .arg(bad));
            }
            command << word;
        }
        const QString program = QDir::cleanPath(command.first());
        if (QDir::isAbsolutePath(command.first()) || !m_targets.contains(program)) {
            return fail(
                indexPath(location, 0),
                tr("\"%1\" is not a target of any file of the package.").arg(command.first()));
        }
        command.first() = program;
        package.launch = command;
        return true;
    }

    // "icon", "sideImage", "headerImage" (optional): an SVG or PNG file in the package, and its
    // "@2x" variant beside it if there is one, both read now.
    bool readImage(const QJsonObject& manifest, const char* key, PackageImage& image) {
        const QString location = QLatin1String{key};
        if (!manifest.contains(location)) {
            return true;
        }
        QString name;
        if (!readText(manifest, {}, key, name)) {
            return false;
        }
        const QString suffix = QFileInfo{name}.suffix().toLower();
        if (suffix != QLatin1String("svg") && suffix != QLatin1String("png")) {
            return fail(location, tr("\"%1\" is not an SVG or PNG image.").arg(name));
        }
        image.svg = suffix == QLatin1String("svg");
        image.file = name;
        if (!readImageFile(location, name, image.svg, image.data)) {
            return false;
        }
        // "side.png" -> "side@2x.png"
        const QString name2x =
            name.chopped(suffix.size() + 1) + QStringLiteral("@2x.") + name.right(suffix.size());
        if (QFileInfo::exists(QDir::cleanPath(m_dir.absoluteFilePath(name2x)))) {
            return readImageFile(location, name2x, image.svg, image.data2x);
        }
        return true;
    }

    bool readImageFile(const QString& location, const QString& name, bool svg, QByteArray& data) {
        const auto path = packageFile(location, name);
        if (!path) {
            return false;
        }
        // Beneath the package's folder, never through a link: what was checked is what is read.
        const QString relative = path->sliced(m_root.size() + 1);
        const int dir =
            ::open(QFile::encodeName(m_root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir < 0) {
            return fail(location, tr("\"%1\" cannot be read: %2")
                                      .arg(name, QString::fromLocal8Bit(std::strerror(errno))));
        }
        open_how how{};
        how.flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW;
        how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
        const long opened =
            ::syscall(SYS_openat2, dir, QFile::encodeName(relative).constData(), &how, sizeof how);
        const int openError = errno;
        ::close(dir);
        if (opened < 0) {
            return fail(location, tr("\"%1\" cannot be read: %2")
                                      .arg(name, QString::fromLocal8Bit(std::strerror(openError))));
        }
        const int fd = static_cast<int>(opened);
        struct stat st {};
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            ::close(fd);
            return fail(location, tr("\"%1\" is not a file.").arg(name));
        }
        const auto tooLarge = [&] {
            return fail(location, tr("\"%1\" is too large: an image may have at most %2, and "
                                     "%3 × %3 pixels.")
                                      .arg(name, QLocale{}.formattedDataSize(kPackageImageMaxBytes))
                                      .arg(kPackageImageMaxPixels));
        };
        if (st.st_size > kPackageImageMaxBytes) {
            ::close(fd);
            return tooLarge();
        }
        QFile file;
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return fail(location, tr("\"%1\" cannot be read: %2").arg(name, file.errorString()));
        }
        data = file.read(kPackageImageMaxBytes + 1);
        if (data.size() > kPackageImageMaxBytes) {
            return tooLarge();
        }
        // What it says it is: a PNG's signature and header, an SVG's root element.
        static const QByteArray pngSignature{"\x89PNG\r\n\x1a\n", 8};
        if (svg) {
            if (!data.left(4096).contains("<svg")) {
                return fail(location, tr("\"%1\" is not an SVG or PNG image.").arg(name));
            }
            return true;
        }
        if (data.size() < 24 || !data.startsWith(pngSignature) || data.mid(12, 4) != "IHDR") {
            return fail(location, tr("\"%1\" is not an SVG or PNG image.").arg(name));
        }
        const auto bigEndian = [&data](qsizetype at) {
            return (static_cast<quint32>(static_cast<uchar>(data.at(at))) << 24) |
                   (static_cast<quint32>(static_cast<uchar>(data.at(at + 1))) << 16) |
                   (static_cast<quint32>(static_cast<uchar>(data.at(at + 2))) << 8) |
                   static_cast<quint32>(static_cast<uchar>(data.at(at + 3)));
        };
        const quint32 width = bigEndian(16);
        const quint32 height = bigEndian(20);
        if (width == 0 || height == 0) {
            return fail(location, tr("\"%1\" is not an SVG or PNG image.").arg(name));
        }
        if (width > kPackageImageMaxPixels || height > kPackageImageMaxPixels) {
            return tooLarge();
        }
        return true;
    }

    bool readComponents(const QJsonObject& manifest, QList<PackageComponent>& components) {
        const QString location = QStringLiteral("components");
        const auto value = field(manifest, {}, "components");
        if (!value) {
            return false;
        }
        if (!value->isArray()) {
            return fail(location, tr("This field must be a list (a JSON array)."));
        }
        const QJsonArray list = value->toArray();
        if (list.isEmpty()) {
            return fail(location, tr("The package has no components."));
        }
        QHash<QString, qsizetype> ids;
        for (qsizetype i = 0; i < list.size(); ++i) {
            PackageComponent component;
            if (!readComponent(list.at(i), indexPath(location, i), component)) {
                return false;
            }
            if (const auto first = ids.constFind(component.id); first != ids.cend()) {
                return fail(fieldPath(indexPath(location, i), QStringLiteral("id")),
                            tr("The component id \"%1\" is already used by %2.")
                                .arg(component.id, indexPath(location, first.value())));
            }
            ids.insert(component.id, i);
            components.append(std::move(component));
        }
        return true;
    }

    bool readComponent(const QJsonValue& value, const QString& location,
                       PackageComponent& component) {
        if (!value.isObject()) {
            return fail(location, tr("A component must be a JSON object ({ ... })."));
        }
        const QJsonObject object = value.toObject();
        if (!readText(object, location, "id", component.id)) {
            return false;
        }
        static const QRegularExpression idPattern{QStringLiteral("^[A-Za-z0-9._-]+$")};
        if (!idPattern.match(component.id).hasMatch()) {
            return fail(fieldPath(location, QStringLiteral("id")),
                        tr("A component id may contain only letters, digits, \".\", \"_\" and "
                           "\"-\"."));
        }
        if (!readLocalizedText(object, location, "name", component.localizedName) ||
            !readLocalizedText(object, location, "description", component.localizedDescription,
                               true)) {
            return false;
        }
        if (object.contains(QStringLiteral("required"))) {
            const QJsonValue required = object.value(QStringLiteral("required"));
            if (!required.isBool()) {
                return fail(fieldPath(location, QStringLiteral("required")),
                            tr("This field must be true or false."));
            }
            component.required = required.toBool();
        }
        return readInstaller(object, location, component.installer) &&
               readFiles(object, location, component);
    }

    bool readInstaller(const QJsonObject& object, const QString& location, QString& installer) {
        QString value;
        if (!readText(object, location, "installer", value)) {
            return false;
        }
        if (value == QStringLiteral("stock")) {
            installer = value;
            return true;
        }
        const QString installerLocation = fieldPath(location, QStringLiteral("installer"));
        const QString path = QDir::cleanPath(m_dir.absoluteFilePath(value));
        const QFileInfo info{path};
        if (!path.startsWith(m_root + u'/') || !info.isFile()) {
            return fail(installerLocation,
                        tr("The installer must be \"stock\" or a program in the package; "
                           "\"%1\" is neither.")
                            .arg(value));
        }
        // Like the sources: a link that leads out of the package would make setup run a program
        // the package does not hold.
        const QString canonicalRoot = QFileInfo{m_root}.canonicalFilePath();
        if (!info.canonicalFilePath().startsWith(canonicalRoot + u'/')) {
            return fail(installerLocation,
                        tr("The installer \"%1\" leads outside the package.").arg(value));
        }
        if (!info.isExecutable()) {
            return fail(installerLocation,
                        tr("The installer \"%1\" is not an executable file.").arg(value));
        }
        // Setup runs it, often as root: nobody but its owner may be able to change it.
        if ((info.permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther)) != 0) {
            return fail(installerLocation,
                        tr("The installer \"%1\" can be changed by other users.").arg(value));
        }
        installer = info.canonicalFilePath();
        return true;
    }

    bool readFiles(const QJsonObject& object, const QString& location,
                   PackageComponent& component) {
        const QString filesLocation = fieldPath(location, QStringLiteral("files"));
        const auto value = field(object, location, "files");
        if (!value) {
            return false;
        }
        if (!value->isArray()) {
            return fail(filesLocation, tr("This field must be a list (a JSON array)."));
        }
        const QJsonArray files = value->toArray();
        if (files.isEmpty()) {
            return fail(filesLocation, tr("The component has no files."));
        }
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QString fileLocation = indexPath(filesLocation, i);
            if (!files.at(i).isObject()) {
                return fail(fileLocation, tr("A file must be a JSON object ({ ... })."));
            }
            const QJsonObject entry = files.at(i).toObject();
            PackageFile file;
            QString source;
            if (!readText(entry, fileLocation, "source", source) ||
                !readText(entry, fileLocation, "target", file.target) ||
                !checkTarget(fieldPath(fileLocation, QStringLiteral("target")), file.target)) {
                return false;
            }
            const auto path =
                packageFile(fieldPath(fileLocation, QStringLiteral("source")), source);
            if (!path) {
                return false;
            }
            if (!readMode(entry, fileLocation, file.mode) ||
                !readConfig(entry, fileLocation, file.config)) {
                return false;
            }
            file.source = *path;
            const SetupFilePayload* streamed = setupFilePayload(*path);
            file.size = streamed != nullptr ? streamed->size : QFileInfo{*path}.size();
            component.size += file.size;
            component.files.append(std::move(file));
        }
        return true;
    }

    // "id": optional, reverse-DNS.
    bool readId(const QJsonObject& manifest, QString& id) {
        const QString location = QStringLiteral("id");
        if (!manifest.contains(location)) {
            return true;
        }
        if (!readText(manifest, {}, "id", id)) {
            return false;
        }
        if (!isValidProductId(id)) {
            return fail(location, tr("\"%1\" is not a product id: use reverse-DNS, such as "
                                     "\"org.example.AcmeViewer\" (letters, digits, '-' and '_', "
                                     "in two or more parts separated by dots).")
                                      .arg(id));
        }
        return true;
    }

    // "config": true marks a file the user may change.
    bool readConfig(const QJsonObject& entry, const QString& location, bool& config) {
        const QJsonValue value = entry.value(QStringLiteral("config"));
        if (value.isUndefined()) {
            return true;
        }
        if (!value.isBool()) {
            return fail(fieldPath(location, QStringLiteral("config")),
                        tr("This field must be true or false."));
        }
        config = value.toBool();
        return true;
    }

    // "mode": "0755" or "0644" (a text: a JSON number would be read as decimal). Installed
    // files never get setuid, setgid, sticky or group or other write bits.
    bool readMode(const QJsonObject& entry, const QString& location, std::optional<uint>& mode) {
        const QString modeLocation = fieldPath(location, QStringLiteral("mode"));
        const QJsonValue value = entry.value(QStringLiteral("mode"));
        if (value.isUndefined()) {
            return true;
        }
        static const QRegularExpression octal{QStringLiteral("^[0-7]{3,4}$")};
        if (!value.isString() || !octal.match(value.toString()).hasMatch()) {
            return fail(modeLocation, tr("The mode must be a text such as \"0755\" or \"0644\"."));
        }
        const uint parsed = value.toString().toUInt(nullptr, 8);
        if (parsed != 0755U && parsed != 0644U) {
            return fail(modeLocation,
                        tr("The mode %1 is not allowed: an installed file gets \"0755\" (a "
                           "program) or \"0644\" (any other file), never setuid, setgid, sticky "
                           "or writable by group or others.")
                            .arg(value.toString()));
        }
        mode = parsed;
        return true;
    }

    bool checkTarget(const QString& location, QString& target) {
        if (QDir::isAbsolutePath(target) || target.startsWith(u'~')) {
            return fail(location, tr("The target \"%1\" must be relative to the installation "
                                     "folder.")
                                      .arg(target));
        }
        if (target.split(u'/').contains(QStringLiteral(".."))) {
            return fail(location, tr("The target \"%1\" must not contain \"..\".").arg(target));
        }
        const QString clean = QDir::cleanPath(target);
        if (clean == u'.' || target.endsWith(u'/')) {
            return fail(location, tr("The target \"%1\" does not name a file.").arg(target));
        }
        const QStringList parts = clean.split(u'/');
        for (const auto& part : parts) {
            for (const auto& suffix : reservedSuffixes()) {
                if (part.endsWith(suffix)) {
                    return fail(location, tr("The target \"%1\" ends in \"%2\", which setup "
                                             "reserves for its own copies.")
                                              .arg(clean, suffix));
                }
            }
        }
        const QString entry = location.chopped(QStringLiteral(".target").size());
        if (const auto first = m_targets.constFind(clean); first != m_targets.cend()) {
            return fail(
                location,
                tr("The target \"%1\" is already installed by %2.").arg(clean, first.value()));
        }
        // A file cannot also be a folder of another file.
        if (const auto folder = m_folders.constFind(clean); folder != m_folders.cend()) {
            return fail(location,
                        tr("The target \"%1\" is a folder of %2.").arg(clean, folder.value()));
        }
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString prefix = parts.first(i).join(u'/');
            if (const auto file = m_targets.constFind(prefix); file != m_targets.cend()) {
                return fail(location, tr("The target \"%1\" needs \"%2\" to be a folder, but "
                                         "%3 installs a file there.")
                                          .arg(clean, prefix, file.value()));
            }
            m_folders.insert(prefix, entry);
        }
        m_targets.insert(clean, entry);
        target = clean;
        return true;
    }

    QDir m_dir;
    QString m_root;
    QString m_canonicalRoot;           // m_root resolved, once
    QHash<QString, QString> m_targets; // target -> the file entry that installs it
    QHash<QString, QString> m_folders; // folder a target needs -> the first entry that needs it
    std::optional<PackageError> m_error;
};

} // namespace

bool isValidProductId(const QString& id) {
    static const QRegularExpression pattern{
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)+$")};
    return id.size() <= 255 && pattern.match(id).hasMatch();
}

QString LocalizedText::in(const QString& language) const {
    if (const auto exact = languages.constFind(language); exact != languages.cend()) {
        return exact.value();
    }
    if (const auto base = languages.constFind(language.section(u'_', 0, 0));
        base != languages.cend()) {
        return base.value();
    }
    return fallback;
}

void Package::useLanguage(const QString& language) {
    // A package made in code, not read from a manifest, has no localized texts: keep its own.
    const auto apply = [&language](const LocalizedText& localized, QString& text) {
        if (!localized.fallback.isEmpty() || !localized.languages.isEmpty()) {
            text = localized.in(language);
        }
    };
    apply(localizedProduct, product);
    apply(localizedPublisher, publisher);
    apply(localizedLicense, licenseText);
    for (auto& component : components) {
        apply(component.localizedName, component.name);
        apply(component.localizedDescription, component.description);
    }
}

qint64 Package::totalSize() const {
    qint64 total = 0;
    for (const auto& component : components) {
        total += component.size;
    }
    return total;
}

QString PackageError::toString() const {
    if (location.isEmpty()) {
        return message;
    }
    return QCoreApplication::translate("Package", "%1: %2", "location: problem")
        .arg(location, message);
}

std::variant<Package, PackageError> readPackageFolder(const QString& directory) {
    return ManifestReader{directory}.read();
}
