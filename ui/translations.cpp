#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>
#include <vector>

QString Translations::setLanguage(const QString& language) {
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (auto& translator : installed) {
        QCoreApplication::removeTranslator(translator.get());
    }
    installed.clear();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale{language};
    QLocale::setDefault(locale);
    const std::pair<QString, QString> catalogues[] = {
        {QStringLiteral("restartmanager"), QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)}};
    for (const auto& [name, directory] : catalogues) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator.get());
            installed.push_back(std::move(translator));
        }
    }
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

QStringList Translations::available() {
    return {QStringLiteral("en"), QStringLiteral("de")};
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
