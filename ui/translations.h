#pragma once

#include <QString>
#include <QStringList>

// The application's translations: the project's own catalogue (":/i18n/<catalogue>_xx.qm") and
// Qt's, for one language at a time. Translators are process-wide in Qt, so this is too.
class Translations final {
public:
    // Installs the catalogues of `language` ("de", "pt_BR", "zh_TW", "en"; empty for the
    // system's, as LANGUAGE, LC_ALL, LC_MESSAGES and LANG say) in place of the previous ones,
    // makes it the default locale and sets the application's layout direction (right to left
    // for Arabic and Hebrew). A language without a catalogue falls back to English. Returns the
    // code in use, one of available(). `catalogue` is the base name of the own .qm files.
    static QString setLanguage(const QString& language,
                               const QString& catalogue = QStringLiteral("restartmanager"));
    // The code of available() that serves `language` ("de_AT" -> "de", "pt" -> "pt_BR",
    // "zh_HK" -> "zh_TW", "C" -> "en"), or an empty string when there is none. Empty `language`:
    // the system's languages, in order of preference, and "en" when none has a catalogue.
    static QString resolve(const QString& language);
    // The languages offered: "en" first, then the translated ones by code.
    static QStringList available();
    // `code` (one of available()) named in its own language, e.g. "Deutsch",
    // "português (Brasil)", "简体中文", for the language box.
    static QString nativeName(const QString& code);
    // The value of a --lang option among the program's arguments, before they are parsed, so
    // that even --help and package errors come in that language.
    static QString languageFromArguments(int argc, char** argv);
};
