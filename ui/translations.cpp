#include "ui/translations.h"

#include <QCoreApplication>
#ifndef RM_SETUP_NO_WIDGETS
#include <QGuiApplication>
#endif
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>
#include <utility>
#include <vector>

namespace {

// The translators setLanguage() installed, to be removed by the next call.
std::vector<std::unique_ptr<QTranslator>> installed;

// The code of available() for one locale, or empty.
QString codeFor(const QLocale& locale) {
    switch (locale.language()) {
    case QLocale::C:
    case QLocale::English:
        return QStringLiteral("en");
    case QLocale::Chinese: {
        // Traditional characters: Taiwan, Hong Kong, Macao, or the script named.
        const bool traditional = locale.script() == QLocale::TraditionalChineseScript ||
                                 locale.territory() == QLocale::Taiwan ||
                                 locale.territory() == QLocale::HongKong ||
                                 locale.territory() == QLocale::Macao;
        return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
    }
    case QLocale::Portuguese:
        // The one Portuguese catalogue is Brazil's; closer to Portugal's than English is.
        return QStringLiteral("pt_BR");
    default:
        break;
    }
    const QString language = locale.name().section(QLatin1Char('_'), 0, 0);
    return Translations::available().contains(language) ? language : QString{};
}

// The language's own name, without a country: Qt names the variant of its default country
// ("español de España" for "es"), where the list means the language.
QString languageName(const QString& language) {
    const QLocale locale{language};
    const QString name = locale.nativeLanguageName();
    const QString territory = locale.nativeTerritoryName();
    if (territory.isEmpty() || !name.contains(territory, Qt::CaseInsensitive)) {
        return name;
    }
    // CLDR's names of the languages themselves, for those Qt names by a country's variant.
    static const std::pair<const char*, const char16_t*> kNames[] = {
        {"es", u"español"},    {"pt", u"português"}, {"fr", u"français"}, {"de", u"Deutsch"},
        {"nl", u"Nederlands"}, {"sv", u"svenska"},   {"en", u"English"}};
    for (const auto& [code, own] : kNames) {
        if (language == QLatin1String{code}) {
            return QString::fromUtf16(own);
        }
    }
    return name;
}

} // namespace

QString Translations::resolve(const QString& language) {
    if (!language.isEmpty()) {
        // QLocale turns what it does not know into "C": only a known language counts.
        const QLocale locale{language};
        if (locale.language() == QLocale::C &&
            language.compare(QLatin1String("C"), Qt::CaseInsensitive) != 0 &&
            language.compare(QLatin1String("POSIX"), Qt::CaseInsensitive) != 0) {
            return {};
        }
        return codeFor(locale);
    }
    // The system's languages in order of preference: LANGUAGE's list, else LC_ALL,
    // LC_MESSAGES or LANG.
    const QLocale system = QLocale::system();
    for (const QString& name : system.uiLanguages()) {
        if (const QString code = codeFor(QLocale{name}); !code.isEmpty()) {
            return code;
        }
    }
    const QString code = codeFor(system);
    return code.isEmpty() ? QStringLiteral("en") : code;
}

QString Translations::setLanguage(const QString& language, const QString& catalogue) {
    for (auto& translator : installed) {
        QCoreApplication::removeTranslator(translator.get());
    }
    installed.clear();
    QString code = resolve(language);
    if (code.isEmpty()) {
        code = QStringLiteral("en");
    }
    // The system's own locale where it is the language in use (de_AT keeps its formats).
    const QLocale locale = language.isEmpty() && codeFor(QLocale::system()) == code
                               ? QLocale::system()
                               : QLocale{code};
    QLocale::setDefault(locale);
    const auto install = [](std::unique_ptr<QTranslator> translator) {
        QCoreApplication::installTranslator(translator.get());
        installed.push_back(std::move(translator));
    };
    if (code != QLatin1String("en")) {
        // Our own catalogue also carries the few Qt texts the wizard shows, for a language Qt
        // lacks. It is installed first, so Qt's, installed after it, is searched first.
        if (auto own = std::make_unique<QTranslator>();
            own->load(catalogue + u'_' + code, QStringLiteral(":/i18n"))) {
            install(std::move(own));
        }
        // Qt's catalogue is "qtbase_xx"; where Debian has none (Swedish), the older
        // all-in-one "qt_xx".
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        for (const char* prefix : {"qtbase_", "qt_"}) {
            if (auto qt = std::make_unique<QTranslator>();
                qt->load(QLatin1String{prefix} + code, qtDirectory)) {
                install(std::move(qt));
                break;
            }
        }
    }
    // Arabic and Hebrew lay out right to left: the widgets mirror, the wizard's buttons too.
#ifndef RM_SETUP_NO_WIDGETS // restartmanager-setup-unattended: Qt Core only
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr) {
        QGuiApplication::setLayoutDirection(locale.textDirection());
    }
#endif
    return code;
}

QStringList Translations::available() {
    return {QStringLiteral("en"),    QStringLiteral("ar"), QStringLiteral("cs"),
            QStringLiteral("da"),    QStringLiteral("de"), QStringLiteral("es"),
            QStringLiteral("fi"),    QStringLiteral("fr"), QStringLiteral("he"),
            QStringLiteral("hu"),    QStringLiteral("it"), QStringLiteral("ja"),
            QStringLiteral("ko"),    QStringLiteral("nl"), QStringLiteral("pl"),
            QStringLiteral("pt_BR"), QStringLiteral("ru"), QStringLiteral("sv"),
            QStringLiteral("tr"),    QStringLiteral("uk"), QStringLiteral("zh_CN"),
            QStringLiteral("zh_TW")};
}

QString Translations::nativeName(const QString& code) {
    // Chinese is told apart by its script, named in that script.
    if (code == QLatin1String("zh_CN")) {
        return QStringLiteral("简体中文");
    }
    if (code == QLatin1String("zh_TW")) {
        return QStringLiteral("繁體中文");
    }
    // The source language, not one country's variant of it ("American English").
    if (code == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    const QLocale locale{code};
    if (code.contains(u'_')) {
        return QStringLiteral("%1 (%2)").arg(languageName(code.section(u'_', 0, 0)),
                                             locale.nativeTerritoryName());
    }
    return languageName(code);
}

QString Translations::languageFromArguments(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            return QString::fromLocal8Bit(argv[i + 1]);
        }
        if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            return QString::fromLocal8Bit(argv[i] + 7);
        }
    }
    return {};
}
