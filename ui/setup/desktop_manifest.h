#pragma once

// The manifest's "desktop" block (menu entries, icons, MIME types, commands; README "Desktop
// integration"), read into rm::desktop::Spec and checked with rm::desktop::validate().

#include "core/desktop_integration.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

struct Package;
struct PackageError;

// Reads manifest["id"] (optional) and manifest["desktop"] (optional) into package.desktop.
// `root`: the package folder (absolute, clean); icon sources must be files inside it. Needs
// package.components read already (exec and command targets must be among their targets).
// The first problem, with the field's path, or nothing.
std::optional<PackageError> readDesktopBlock(const QJsonObject& manifest, const QString& root,
                                             Package& package);

// Whether `program` (absolute, clean) is a stable installed location of setup that a menu entry
// may name: a regular file in /usr/bin, /usr/local/bin, /bin, /usr/sbin, /usr/local/sbin, or
// below /opt, /usr/lib or /usr/libexec, that only root can change (the file and every folder on
// its way). Not a build tree, a home folder or a setup file's temporary folder.
bool isStableSetupLocation(const QString& program);
// The setup program that uninstalls what this setup installs: this program's folder's
// restartmanager-setup by its absolute path when that is a stable location, else
// "restartmanager-setup" (found on PATH when the entry runs).
QString setupProgramForUninstall();

// The argv of the menu entry's uninstall action for a product id.
std::vector<std::string> uninstallCommand(const std::string& productId);

// Removes the desktop files of a record (rm::desktop::remove() with the folders of the scope
// setup runs in), then refreshes the desktop's caches (rm::desktop::refreshCaches()). Returns the
// paths that are still there afterwards: how an uninstall, and an upgrade that no longer writes
// them, removes a record's menu entries, icons, MIME types and commands.
QStringList removeRecordedDesktopFiles(const QStringList& paths);

// The desktop integration of `package` installed into `installDir` for the scope setup runs in
// (root: the system; anyone else: the user), or nothing when the package has no desktop block.
// ERROR_* when the scope's folders cannot be found.
rm::Expected<std::optional<rm::desktop::Installation>>
desktopInstallationFor(const Package& package, const QString& installDir);

// The scope setup runs in: root installs for the system, anyone else for themselves.
rm::desktop::Scope currentDesktopScope();
