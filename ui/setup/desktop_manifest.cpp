#include "ui/setup/desktop_manifest.h"

#include "core/log.h"
#include "ui/setup/package.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonValue>

#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Reads the block; its tr() uses the context "Package", as the rest of the manifest reader.
class DesktopReader final {
    Q_DECLARE_TR_FUNCTIONS(Package)

public:
    explicit DesktopReader(QString root) : m_root{std::move(root)} {}

    std::optional<PackageError> read(const QJsonObject& manifest, Package& package) {
        rm::desktop::Spec spec;
        if (manifest.contains(QStringLiteral("id"))) {
            const QJsonValue id = manifest.value(QStringLiteral("id"));
            if (!id.isString()) {
                return PackageError{QStringLiteral("id"),
                                    tr("This field must be a text (a JSON string).")};
            }
            spec.productId = id.toString().toStdString();
        }
        const QJsonValue value = manifest.value(QStringLiteral("desktop"));
        if (value.isUndefined()) {
            package.desktop = std::move(spec);
            return std::nullopt;
        }
        const QString location = QStringLiteral("desktop");
        if (!value.isObject()) {
            return objectExpected(location);
        }
        const QJsonObject block = value.toObject();
        if (!readList(
                block, location, "entries",
                [&](const QJsonObject& o, const QString& at) { return readEntry(o, at, spec); }) ||
            !readList(
                block, location, "icons",
                [&](const QJsonObject& o, const QString& at) { return readIcon(o, at, spec); }) ||
            !readList(block, location, "mimeTypes",
                      [&](const QJsonObject& o, const QString& at) {
                          return readMimeType(o, at, spec);
                      }) ||
            !readList(block, location, "commands", [&](const QJsonObject& o, const QString& at) {
                return readCommand(o, at, spec);
            })) {
            return m_error;
        }
        std::set<std::string> targets;
        for (const auto& component : package.components) {
            for (const auto& file : component.files) {
                targets.insert(file.target.toStdString());
            }
        }
        if (const auto problem = rm::desktop::validate(spec, targets)) {
            return PackageError{QString::fromStdString(problem->field), describe(*problem)};
        }
        package.desktop = std::move(spec);
        return std::nullopt;
    }

private:
    static QString key(const QString& parent, const char* name) {
        return parent + u'.' + QLatin1String{name};
    }

    bool fail(const QString& location, const QString& message) {
        m_error = PackageError{location, message};
        return false;
    }

    std::optional<PackageError> objectExpected(const QString& location) {
        fail(location, tr("This field must be a JSON object ({ ... })."));
        return m_error;
    }

    template <class Read>
    bool readList(const QJsonObject& block, const QString& parent, const char* name, Read read) {
        const QJsonValue value = block.value(QLatin1String{name});
        if (value.isUndefined()) {
            return true;
        }
        const QString location = key(parent, name);
        if (!value.isArray()) {
            return fail(location, tr("This field must be a list (a JSON array)."));
        }
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = location + u'[' + QString::number(i) + u']';
            if (!list.at(i).isObject()) {
                return fail(at, tr("This field must be a JSON object ({ ... })."));
            }
            if (!read(list.at(i).toObject(), at)) {
                return false;
            }
        }
        return true;
    }

    // A text; missing is an empty text (validate() says which ones must not be empty).
    bool readText(const QJsonObject& object, const QString& parent, const char* name,
                  std::string& out) {
        const QJsonValue value = object.value(QLatin1String{name});
        if (value.isUndefined()) {
            return true;
        }
        if (!value.isString()) {
            return fail(key(parent, name), tr("This field must be a text (a JSON string)."));
        }
        out = value.toString().toStdString();
        return true;
    }

    bool readTexts(const QJsonObject& object, const QString& parent, const char* name,
                   std::vector<std::string>& out) {
        const QJsonValue value = object.value(QLatin1String{name});
        if (value.isUndefined()) {
            return true;
        }
        const QString location = key(parent, name);
        if (!value.isArray()) {
            return fail(location, tr("This field must be a list (a JSON array)."));
        }
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString()) {
                return fail(location + u'[' + QString::number(i) + u']',
                            tr("This field must be a text (a JSON string)."));
            }
            out.push_back(list.at(i).toString().toStdString());
        }
        return true;
    }

    // A plain text, or an object keyed by language with an "en" entry.
    bool readLocalized(const QJsonObject& object, const QString& parent, const char* name,
                       rm::desktop::LocalizedString& out) {
        const QJsonValue value = object.value(QLatin1String{name});
        if (!value.isObject()) {
            return readText(object, parent, name, out.fallback);
        }
        const QString location = key(parent, name);
        const QJsonObject languages = value.toObject();
        for (auto it = languages.begin(); it != languages.end(); ++it) {
            if (!it.value().isString()) {
                return fail(location + u'.' + it.key(),
                            tr("This field must be a text (a JSON string)."));
            }
            out.languages[it.key().toStdString()] = it.value().toString().toStdString();
        }
        const auto en = out.languages.find("en");
        if (en == out.languages.end()) {
            return fail(location, tr("A text given per language needs an \"en\" entry, the one "
                                     "shown in every other language."));
        }
        out.fallback = en->second;
        return true;
    }

    bool readEntry(const QJsonObject& object, const QString& at, rm::desktop::Spec& spec) {
        rm::desktop::Entry entry;
        if (!readText(object, at, "id", entry.id) ||
            !readLocalized(object, at, "name", entry.name) ||
            !readLocalized(object, at, "genericName", entry.genericName) ||
            !readLocalized(object, at, "comment", entry.comment) ||
            !readText(object, at, "exec", entry.exec) ||
            !readTexts(object, at, "arguments", entry.arguments) ||
            !readText(object, at, "icon", entry.icon) ||
            !readTexts(object, at, "categories", entry.categories) ||
            !readTexts(object, at, "mimeTypes", entry.mimeTypes) ||
            !readTexts(object, at, "keywords", entry.keywords)) {
            return false;
        }
        entry.exec = QDir::cleanPath(QString::fromStdString(entry.exec)).toStdString();
        if (object.contains(QStringLiteral("terminal"))) {
            const QJsonValue terminal = object.value(QStringLiteral("terminal"));
            if (!terminal.isBool()) {
                return fail(key(at, "terminal"), tr("This field must be true or false."));
            }
            entry.terminal = terminal.toBool();
        }
        spec.entries.push_back(std::move(entry));
        return true;
    }

    bool readIcon(const QJsonObject& object, const QString& at, rm::desktop::Spec& spec) {
        rm::desktop::Icon icon;
        const QJsonValue size = object.value(QStringLiteral("size"));
        if (size.isDouble() && size.toDouble() == static_cast<double>(size.toInt())) {
            icon.size = std::to_string(size.toInt());
        } else if (size.isString()) {
            icon.size = size.toString().toStdString();
        } else {
            return fail(key(at, "size"), tr("The icon size %1 is not one of 16, 22, 24, 32, 48, "
                                            "64, 96, 128, 256, 512 or \"scalable\".")
                                             .arg(size.toVariant().toString()));
        }
        std::string source;
        if (!readText(object, at, "name", icon.name) || !readText(object, at, "source", source)) {
            return false;
        }
        const auto path = packageFile(key(at, "source"), QString::fromStdString(source));
        if (!path) {
            return false;
        }
        icon.source = path->toStdString();
        spec.icons.push_back(std::move(icon));
        return true;
    }

    bool readMimeType(const QJsonObject& object, const QString& at, rm::desktop::Spec& spec) {
        rm::desktop::MimeType type;
        if (!readText(object, at, "type", type.type) ||
            !readLocalized(object, at, "comment", type.comment) ||
            !readTexts(object, at, "globs", type.globs) ||
            !readText(object, at, "icon", type.icon) ||
            !readTexts(object, at, "subClassOf", type.subClassOf)) {
            return false;
        }
        spec.mimeTypes.push_back(std::move(type));
        return true;
    }

    bool readCommand(const QJsonObject& object, const QString& at, rm::desktop::Spec& spec) {
        rm::desktop::Command command;
        if (!readText(object, at, "name", command.name) ||
            !readText(object, at, "target", command.target)) {
            return false;
        }
        command.target = QDir::cleanPath(QString::fromStdString(command.target)).toStdString();
        spec.commands.push_back(std::move(command));
        return true;
    }

    // The absolute path of a file inside the package (as the manifest reader checks sources).
    std::optional<QString> packageFile(const QString& location, const QString& name) {
        const QString path = QDir::cleanPath(QDir{m_root}.absoluteFilePath(name));
        if (name.isEmpty() || !path.startsWith(m_root + u'/')) {
            fail(location, tr("\"%1\" is outside the package.").arg(name));
            return std::nullopt;
        }
        const QFileInfo info{path};
        if (!info.exists()) {
            fail(location, tr("\"%1\" is missing from the package.").arg(name));
            return std::nullopt;
        }
        if (!info.canonicalFilePath().startsWith(QFileInfo{m_root}.canonicalFilePath() + u'/')) {
            fail(location, tr("\"%1\" leads outside the package.").arg(name));
            return std::nullopt;
        }
        if (!info.isFile()) {
            fail(location, tr("\"%1\" is not a file.").arg(name));
            return std::nullopt;
        }
        return path;
    }

    static QString describe(const rm::desktop::FieldError& error) {
        using rm::desktop::Problem;
        const QString detail = QString::fromStdString(error.detail);
        switch (error.problem) {
        case Problem::Empty:
            return tr("This field must not be empty.");
        case Problem::ControlCharacter:
            return tr("This field holds a control or direction character (%1), which is not "
                      "allowed.")
                .arg(detail);
        case Problem::BadLanguage:
            return tr("\"%1\" is not a language code such as \"en\", \"de\" or \"pt_BR\".")
                .arg(detail);
        case Problem::BadIdentifier:
            return tr("\"%1\" is not allowed here: use letters, digits, \".\", \"_\" and \"-\" "
                      "(an id in reverse-DNS form, such as \"org.example.App\").")
                .arg(detail);
        case Problem::BadCommandName:
            return tr("\"%1\" is not a command name: use letters, digits, \".\", \"_\", \"+\" "
                      "and \"-\", not starting with \".\".")
                .arg(detail);
        case Problem::NotATarget:
            return tr("\"%1\" is not a target of any file of the package.").arg(detail);
        case Problem::BadCategory:
            return tr("\"%1\" is not a category: use letters, digits and \"-\".").arg(detail);
        case Problem::BadMimeType:
            return tr("\"%1\" is not a MIME type such as \"application/x-example\".").arg(detail);
        case Problem::BadGlob:
            return tr("\"%1\" is not a file name pattern such as \"*.example\".").arg(detail);
        case Problem::BadIconSize:
            return tr("The icon size %1 is not one of 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 "
                      "or \"scalable\".")
                .arg(detail);
        case Problem::BadIconFormat:
            return tr("An icon with a size in pixels must be a .png file, a \"scalable\" one an "
                      ".svg file.");
        case Problem::Duplicate:
            return tr("\"%1\" is listed twice.").arg(detail);
        case Problem::MissingProductId:
            return tr("Menu entries and MIME types need the product's \"id\", such as "
                      "\"org.example.App\".");
        case Problem::BadKeyword:
            return tr("A keyword must not contain \";\".");
        }
        return {};
    }

    QString m_root;
    std::optional<PackageError> m_error;
};

} // namespace

std::optional<PackageError> readDesktopBlock(const QJsonObject& manifest, const QString& root,
                                             Package& package) {
    return DesktopReader{root}.read(manifest, package);
}

bool isStableSetupLocation(const QString& program) {
    if (!QDir::isAbsolutePath(program) || QDir::cleanPath(program) != program) {
        return false;
    }
    // Where packages put programs: the Debian package's /usr/bin, `make install`'s /usr/local/bin,
    // a vendor's /opt/<vendor>/... A build tree, a home folder or the temporary folder that a
    // setup file (.run) unpacks itself into are not: they go away, or the user moves them.
    const QString folder = QFileInfo{program}.path();
    static const QStringList kBinFolders{
        QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin"), QStringLiteral("/bin"),
        QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")};
    const bool packaged = kBinFolders.contains(folder) ||
                          program.startsWith(QLatin1String("/opt/")) ||
                          program.startsWith(QLatin1String("/usr/lib/")) ||
                          program.startsWith(QLatin1String("/usr/libexec/"));
    if (!packaged) {
        return false;
    }
    // And only root can change it or any folder on its way: a menu entry runs it as the user.
    for (QString path = program;; path = QFileInfo{path}.path()) {
        struct stat st {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || st.st_uid != 0 ||
            (st.st_mode & 022) != 0 || (path == program && !S_ISREG(st.st_mode))) {
            return false;
        }
        if (path == QLatin1String("/")) {
            return true;
        }
    }
}

QString setupProgramForUninstall() {
    const QString program =
        QCoreApplication::applicationDirPath() + QStringLiteral("/restartmanager-setup");
    return isStableSetupLocation(program) ? program : QStringLiteral("restartmanager-setup");
}

std::vector<std::string> uninstallCommand(const std::string& productId) {
    return {setupProgramForUninstall().toStdString(), "--uninstall", productId};
}

QStringList removeRecordedDesktopFiles(const QStringList& paths) {
    if (paths.isEmpty()) {
        return {};
    }
    auto locations = rm::desktop::locationsFor(currentDesktopScope());
    if (!locations) {
        rm::log::core()->error("the desktop folders cannot be found: {}",
                               locations.error().message);
        return paths;
    }
    std::vector<std::string> list;
    for (const auto& path : paths) {
        list.push_back(path.toStdString());
    }
    if (auto removed = rm::desktop::remove(list, *locations); !removed) {
        rm::log::core()->error("the desktop files: {}", removed.error().message);
    }
    rm::desktop::refreshCaches(*locations);
    QStringList left;
    for (const auto& path : paths) {
        struct stat st {};
        if (::lstat(QFile::encodeName(path).constData(), &st) == 0) {
            left << path;
        }
    }
    return left;
}

rm::desktop::Scope currentDesktopScope() {
    return ::geteuid() == 0 ? rm::desktop::Scope::System : rm::desktop::Scope::User;
}

rm::Expected<std::optional<rm::desktop::Installation>>
desktopInstallationFor(const Package& package, const QString& installDir) {
    if (package.desktop.empty()) {
        return std::optional<rm::desktop::Installation>{};
    }
    auto locations = rm::desktop::locationsFor(currentDesktopScope());
    if (!locations) {
        return locations.error();
    }
    const std::vector<std::string> uninstall = package.desktop.entries.empty()
                                                   ? std::vector<std::string>{}
                                                   : uninstallCommand(package.desktop.productId);
    return std::optional<rm::desktop::Installation>{rm::desktop::Installation{
        package.desktop, QDir::cleanPath(installDir).toStdString(), *locations, uninstall}};
}
