#pragma once

#include <QString>

// The one rule for the install folder, in every mode and from every source (the wizard's
// location page, --dir, an answer file's Dir=, a manifest's defaultInstallDir): "~" and "~/…"
// mean the home folder of the user setup runs as, from the password database (never $HOME,
// which `sudo -E` keeps from another user); any other path must be absolute. A relative path
// is refused, never taken below the current folder.

// `text` with "~" or a leading "~/" replaced by the home folder, cleaned (QDir::cleanPath). A
// relative path, "~user/…" included, comes back relative (see isUsableInstallFolder); so does
// "~" when the password database knows no home folder for the user.
QString expandInstallFolder(const QString& text);

// Whether expandInstallFolder() made `folder` absolute.
bool isUsableInstallFolder(const QString& folder);

// The home folder of the effective user in the password database; empty if it has none.
QString homeFolderFromPasswordDatabase();
