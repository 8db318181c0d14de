#pragma once

// The record of an installed product: what Add/Remove Programs shows, and every file, folder and
// desktop file that setup wrote, so that uninstall, upgrade and repair remove or replace exactly
// those, even once the package is gone. One JSON file per product id:
//   a user:  <home from the password database>/.local/share/restartmanager/installed/<id>.json
//   root:    /var/lib/restartmanager/installed/<id>.json
// ($RESTARTMANAGER_PRODUCTS_DIR instead, for tests and QA.)
//
// A record is trusted only when it is the user's own (owned by the effective user, a regular
// file, not a link, not writable by group or others, in a folder only the user and root can
// change) and names nothing outside its install folder: relative paths without "..", and desktop
// files only in the desktop folders (isDesktopIntegrationPath). Anything else is refused and
// nothing is removed.

#include "ui/setup/package.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct RecordedFile {
    QString path; // relative to the install folder
    qint64 size = 0;
    uint mode = 0644;
    QString sha256; // lower-case hex
    QString component;
    bool config = false;
};

struct ProductRecord {
    QString id;
    LocalizedText name; // the product's name in every language of the manifest
    QString version;
    LocalizedText publisher;
    QString installDir; // absolute, clean
    QString date;       // ISO 8601, UTC
    qint64 size = 0;    // bytes of every recorded file
    QString icon;       // icon name or absolute path; empty when none
    QString uninstallCommand;
    QString quietUninstallCommand;
    QStringList components;
    QList<RecordedFile> files;
    // Folders setup created (relative; "" is the install folder itself): removed when empty.
    QStringList folders;
    // Absolute paths written outside the install folder by the desktop integration.
    QStringList desktopFiles;

    [[nodiscard]] QByteArray toJson() const;
    // Parses and checks a record (problem(): translated reason); nullopt when it cannot be used.
    static std::optional<ProductRecord> fromJson(const QByteArray& json, QString* problem);
    // Why this record must not be used (a path outside its folder, ...), translated; empty if OK.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] const RecordedFile* file(const QString& path) const;
};

// Whether an absolute path lies in one of the folders desktop integration writes to:
// ~/.local/share/{applications,icons,mime} and ~/.local/bin (home from the password database),
// /usr/local/share/{applications,icons,mime} and /usr/local/bin. Clean paths only ("..", "."
// and "//" refused).
bool isDesktopIntegrationPath(const QString& path);

// The folder of the records (see above); created by the install transaction when missing.
QString productsFolder();

struct RecordLookup {
    enum class Result { Found, NotInstalled, Refused };
    Result result = Result::NotInstalled;
    std::optional<ProductRecord> record;
    QString problem; // translated, when refused
    QString path;    // the record file
};

// Reads and checks the record of `id` (see the rules above). "<id>.json.rm-old" is read instead
// when `setAside` (an uninstall that was interrupted).
RecordLookup loadRecord(const QString& id, bool setAside = false);

// Every record in the folder; the refused ones with their problem.
QList<RecordLookup> listRecords();

// SHA-256 of an open file, lower-case hex; empty when it cannot be read. Does not close `fd`.
QString sha256OfDescriptor(int fd);
// SHA-256 of a file named by path (opened with O_NOFOLLOW); empty when it cannot be read.
QString sha256OfFile(const QString& path);
