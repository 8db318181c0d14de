#pragma once

// The manifest's "desktop" block (menu entries, icons, MIME types, commands; README "Desktop
// integration"), read into rm::desktop::Spec and checked with rm::desktop::validate().

#include "core/desktop_integration.h"

#include <QJsonObject>
#include <QString>

#include <optional>

struct Package;
struct PackageError;

// Reads manifest["id"] (optional) and manifest["desktop"] (optional) into package.desktop.
// `root`: the package folder (absolute, clean); icon sources must be files inside it. Needs
// package.components read already (exec and command targets must be among their targets).
// The first problem, with the field's path, or nothing.
std::optional<PackageError> readDesktopBlock(const QJsonObject& manifest, const QString& root,
                                             Package& package);

// The argv of the menu entry's uninstall action for a product id.
std::vector<std::string> uninstallCommand(const std::string& productId);

// The desktop integration of `package` installed into `installDir` for the scope setup runs in
// (root: the system; anyone else: the user), or nothing when the package has no desktop block.
// ERROR_* when the scope's folders cannot be found.
rm::Expected<std::optional<rm::desktop::Installation>>
desktopInstallationFor(const Package& package, const QString& installDir);

// The scope setup runs in: root installs for the system, anyone else for themselves.
rm::desktop::Scope currentDesktopScope();
