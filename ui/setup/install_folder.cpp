#include "ui/setup/install_folder.h"

#include <QDir>
#include <QFile>

#include <pwd.h>
#include <unistd.h>

QString homeFolderFromPasswordDatabase() {
    const passwd* pw = ::getpwuid(::geteuid());
    if (pw == nullptr || pw->pw_dir == nullptr || pw->pw_dir[0] != '/') {
        return {};
    }
    return QDir::cleanPath(QFile::decodeName(pw->pw_dir));
}

QString expandInstallFolder(const QString& text) {
    if (text == u'~' || text.startsWith(QStringLiteral("~/"))) {
        if (const QString home = homeFolderFromPasswordDatabase(); !home.isEmpty()) {
            return QDir::cleanPath(home + text.sliced(1));
        }
        return text;
    }
    return text.isEmpty() ? text : QDir::cleanPath(text);
}

bool isUsableInstallFolder(const QString& folder) {
    return !folder.isEmpty() && QDir::isAbsolutePath(folder) && !folder.startsWith(u'~');
}
