#pragma once

#include <QString>
#include <QStringList>

// The application's translations: the project's own catalogue (":/i18n/restartmanager_xx.qm")
// and Qt's, for one language at a time. Translators are process-wide in Qt, so this is too.
class Translations final {
public:
    // Installs the catalogues of `language` ("de", "en"; empty for the system's) in place of
    // the previous ones, and makes it the default locale. Returns the language code in use.
    static QString setLanguage(const QString& language);
    // The languages setup offers.
    static QStringList available();
    // The value of a --lang option among the program's arguments, before they are parsed, so
    // that even --help and package errors come in that language.
    static QString languageFromArguments(int argc, char** argv);
};
