#include "ui/setup/product_record.h"

#include "core/desktop_integration.h"
#include "core/file_transaction.h"
#include "core/log.h"
#include "ui/setup/install_folder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 kMaxRecordSize = qint64{256} * 1024 * 1024;

QJsonValue localizedToJson(const LocalizedText& text) {
    if (text.languages.isEmpty()) {
        return text.fallback;
    }
    QJsonObject object;
    for (auto it = text.languages.cbegin(); it != text.languages.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    object.insert(QStringLiteral("en"), text.fallback);
    return object;
}

LocalizedText localizedFromJson(const QJsonValue& value) {
    LocalizedText text;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("en")) {
                text.fallback = it.value().toString();
            } else {
                text.languages.insert(it.key(), it.value().toString());
            }
        }
    } else {
        text.fallback = value.toString();
    }
    return text;
}

QStringList stringList(const QJsonValue& value) {
    QStringList list;
    for (const auto& entry : value.toArray()) {
        list << entry.toString();
    }
    return list;
}

bool isSafeRelative(const QString& path) {
    return rm::checkRelativeTarget(path.toStdString()).ok();
}

} // namespace

QByteArray ProductRecord::toJson() const {
    QJsonObject object;
    object.insert(QStringLiteral("format"), 1);
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("name"), localizedToJson(name));
    object.insert(QStringLiteral("version"), version);
    object.insert(QStringLiteral("publisher"), localizedToJson(publisher));
    object.insert(QStringLiteral("installDir"), installDir);
    object.insert(QStringLiteral("date"), date);
    object.insert(QStringLiteral("size"), size);
    object.insert(QStringLiteral("icon"), icon);
    object.insert(QStringLiteral("uninstallCommand"), uninstallCommand);
    object.insert(QStringLiteral("quietUninstallCommand"), quietUninstallCommand);
    object.insert(QStringLiteral("components"), QJsonArray::fromStringList(components));
    QJsonArray fileList;
    for (const auto& file : files) {
        QJsonObject entry;
        entry.insert(QStringLiteral("path"), file.path);
        entry.insert(QStringLiteral("size"), file.size);
        entry.insert(QStringLiteral("mode"),
                     QStringLiteral("%1").arg(file.mode, 4, 8, QLatin1Char{'0'}));
        entry.insert(QStringLiteral("sha256"), file.sha256);
        entry.insert(QStringLiteral("component"), file.component);
        if (file.config) {
            entry.insert(QStringLiteral("config"), true);
        }
        fileList.append(entry);
    }
    object.insert(QStringLiteral("files"), fileList);
    object.insert(QStringLiteral("folders"), QJsonArray::fromStringList(folders));
    object.insert(QStringLiteral("desktopFiles"), QJsonArray::fromStringList(desktopFiles));
    return QJsonDocument{object}.toJson(QJsonDocument::Indented);
}

std::optional<ProductRecord> ProductRecord::fromJson(const QByteArray& json, QString* problem) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = QCoreApplication::translate("ProductRecord", "The record is not valid JSON.");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    ProductRecord record;
    record.id = object.value(QStringLiteral("id")).toString();
    record.name = localizedFromJson(object.value(QStringLiteral("name")));
    record.version = object.value(QStringLiteral("version")).toString();
    record.publisher = localizedFromJson(object.value(QStringLiteral("publisher")));
    record.installDir = object.value(QStringLiteral("installDir")).toString();
    record.date = object.value(QStringLiteral("date")).toString();
    record.size = object.value(QStringLiteral("size")).toInteger();
    record.icon = object.value(QStringLiteral("icon")).toString();
    record.uninstallCommand = object.value(QStringLiteral("uninstallCommand")).toString();
    record.quietUninstallCommand = object.value(QStringLiteral("quietUninstallCommand")).toString();
    record.components = stringList(object.value(QStringLiteral("components")));
    for (const auto& value : object.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = value.toObject();
        RecordedFile file;
        file.path = entry.value(QStringLiteral("path")).toString();
        file.size = entry.value(QStringLiteral("size")).toInteger();
        bool ok = false;
        file.mode = entry.value(QStringLiteral("mode")).toString().toUInt(&ok, 8);
        if (!ok) {
            file.mode = 0644;
        }
        file.sha256 = entry.value(QStringLiteral("sha256")).toString();
        file.component = entry.value(QStringLiteral("component")).toString();
        file.config = entry.value(QStringLiteral("config")).toBool();
        record.files.append(file);
    }
    record.folders = stringList(object.value(QStringLiteral("folders")));
    record.desktopFiles = stringList(object.value(QStringLiteral("desktopFiles")));
    if (const QString why = record.problem(); !why.isEmpty()) {
        *problem = why;
        return std::nullopt;
    }
    return record;
}

QString ProductRecord::problem() const {
    if (!isValidProductId(id)) {
        return QCoreApplication::translate("ProductRecord", "The record has no valid product id.");
    }
    if (!isUsableInstallFolder(installDir) || QDir::cleanPath(installDir) != installDir ||
        installDir == QLatin1String("/")) {
        return QCoreApplication::translate(
                   "ProductRecord",
                   "The record names an install folder that is not a full path: %1")
            .arg(installDir);
    }
    QSet<QString> seen;
    for (const auto& file : files) {
        if (!isSafeRelative(file.path)) {
            return QCoreApplication::translate(
                       "ProductRecord", "The record names a file outside its install folder: %1")
                .arg(file.path);
        }
        if (seen.contains(file.path)) {
            return QCoreApplication::translate("ProductRecord", "The record names a file twice: %1")
                .arg(file.path);
        }
        seen.insert(file.path);
    }
    for (const auto& folder : folders) {
        if (!folder.isEmpty() && !isSafeRelative(folder)) {
            return QCoreApplication::translate(
                       "ProductRecord", "The record names a folder outside its install folder: %1")
                .arg(folder);
        }
    }
    for (const auto& path : desktopFiles) {
        if (!isDesktopIntegrationPath(path)) {
            return QCoreApplication::translate(
                       "ProductRecord",
                       "The record names a desktop file outside the desktop folders: %1")
                .arg(path);
        }
    }
    return {};
}

const RecordedFile* ProductRecord::file(const QString& path) const {
    for (const auto& file : files) {
        if (file.path == path) {
            return &file;
        }
    }
    return nullptr;
}

bool isDesktopIntegrationPath(const QString& path) {
    if (!QDir::isAbsolutePath(path) || QDir::cleanPath(path) != path) {
        return false;
    }
    // The folders that desktop integration writes to in this scope (core/desktop_integration.h).
    auto locations = rm::desktop::locationsFor(::geteuid() == 0 ? rm::desktop::Scope::System
                                                                : rm::desktop::Scope::User);
    if (!locations) {
        return false;
    }
    for (const std::string* root :
         {&locations->applications, &locations->icons, &locations->mime, &locations->bin}) {
        if (path.startsWith(QString::fromStdString(*root) + u'/')) {
            return true;
        }
    }
    return false;
}

QString productsFolder() {
    if (const QString set = qEnvironmentVariable("RESTARTMANAGER_PRODUCTS_DIR"); !set.isEmpty()) {
        return QDir::cleanPath(set);
    }
    if (::geteuid() == 0) {
        return QStringLiteral("/var/lib/restartmanager/installed");
    }
    const QString home = homeFolderFromPasswordDatabase();
    if (home.isEmpty()) {
        return {};
    }
    return home + QStringLiteral("/.local/share/restartmanager/installed");
}

RecordLookup loadRecord(const QString& id, bool setAside) {
    RecordLookup lookup;
    if (!isValidProductId(id)) {
        lookup.result = RecordLookup::Result::NotInstalled;
        return lookup;
    }
    const QString folder = productsFolder();
    lookup.path = folder + u'/' + id + QStringLiteral(".json") +
                  (setAside ? QStringLiteral(".rm-old") : QString{});
    const auto refuse = [&lookup](const QString& why) {
        lookup.result = RecordLookup::Result::Refused;
        lookup.problem = why;
        rm::log::core()->error("the record {} is refused: {}", lookup.path.toStdString(),
                               why.toStdString());
        return lookup;
    };
    const int dir = ::open(QFile::encodeName(folder).constData(),
                           O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dir < 0) {
        return lookup; // no folder: nothing installed
    }
    struct stat st {};
    if (::fstat(dir, &st) != 0 || (st.st_uid != 0 && st.st_uid != ::geteuid()) ||
        (st.st_mode & 022) != 0) {
        ::close(dir);
        return refuse(QCoreApplication::translate(
                          "ProductRecord", "Other users can change the folder of the records, %1.")
                          .arg(folder));
    }
    const QByteArray name = QFile::encodeName(QFileInfo{lookup.path}.fileName());
    const int fd = ::openat(dir, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    const int openError = errno;
    ::close(dir);
    if (fd < 0) {
        if (openError == ENOENT) {
            return lookup;
        }
        if (openError == ELOOP) {
            return refuse(
                QCoreApplication::translate("ProductRecord", "The record is a symbolic link."));
        }
        return refuse(QCoreApplication::translate("ProductRecord", "The record cannot be read: %1")
                          .arg(QString::fromLocal8Bit(std::strerror(openError))));
    }
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return refuse(
            QCoreApplication::translate("ProductRecord", "The record is not a regular file."));
    }
    if (st.st_uid != ::geteuid()) {
        ::close(fd);
        return refuse(
            QCoreApplication::translate(
                "ProductRecord", "The record belongs to another user (user ID %1), not to you.")
                .arg(st.st_uid));
    }
    if ((st.st_mode & 022) != 0) {
        ::close(fd);
        return refuse(
            QCoreApplication::translate("ProductRecord", "Other users can change the record."));
    }
    if (st.st_size > kMaxRecordSize) {
        ::close(fd);
        return refuse(QCoreApplication::translate("ProductRecord", "The record is too large."));
    }
    QFile file;
    QByteArray json;
    if (file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        json = file.readAll();
    } else {
        ::close(fd);
    }
    QString problem;
    auto record = ProductRecord::fromJson(json, &problem);
    if (!record) {
        return refuse(problem);
    }
    if (record->id != id) {
        return refuse(QCoreApplication::translate("ProductRecord",
                                                  "The record is that of another product (%1).")
                          .arg(record->id));
    }
    lookup.result = RecordLookup::Result::Found;
    lookup.record = std::move(record);
    return lookup;
}

QList<RecordLookup> listRecords() {
    QList<RecordLookup> found;
    const QDir folder{productsFolder()};
    const QStringList names =
        folder.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name);
    for (const auto& name : names) {
        const QString id = name.chopped(5);
        auto lookup = loadRecord(id);
        if (lookup.result == RecordLookup::Result::NotInstalled) {
            lookup.result = RecordLookup::Result::Refused;
            lookup.problem =
                QCoreApplication::translate("ProductRecord", "\"%1\" is not a product id.").arg(id);
            lookup.path = folder.filePath(name);
        }
        found.append(std::move(lookup));
    }
    return found;
}

QString sha256OfDescriptor(int fd) {
    QCryptographicHash hash{QCryptographicHash::Sha256};
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), static_cast<size_t>(buffer.size()));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return {};
        }
        if (n == 0) {
            break;
        }
        hash.addData(QByteArrayView{buffer.constData(), static_cast<qsizetype>(n)});
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString sha256OfFile(const QString& path) {
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return {};
    }
    QString digest = sha256OfDescriptor(fd);
    ::close(fd);
    return digest;
}
