// The translations (issue 11): every catalogue in translations/ is complete and keeps the
// placeholders, mnemonics and plural forms of its sources; every language loads; a language
// without a catalogue falls back to English and says so; without --lang, LANG, LC_ALL,
// LC_MESSAGES and LANGUAGE choose the language.
#include "support/test_support.h"
#include "ui/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace {

const QString kTranslationsDir = QStringLiteral(RM_TRANSLATIONS_DIR);

// How many plural forms Qt's lupdate and QTranslator use per language (Qt's numerus rules).
const std::map<QString, int>& pluralForms() {
    static const std::map<QString, int> forms{
        {QStringLiteral("ar"), 6}, {QStringLiteral("cs"), 3},    {QStringLiteral("da"), 2},
        {QStringLiteral("de"), 2}, {QStringLiteral("es"), 2},    {QStringLiteral("fi"), 2},
        {QStringLiteral("fr"), 2}, {QStringLiteral("he"), 2},    {QStringLiteral("hu"), 1},
        {QStringLiteral("it"), 2}, {QStringLiteral("ja"), 1},    {QStringLiteral("ko"), 1},
        {QStringLiteral("nl"), 2}, {QStringLiteral("pl"), 3},    {QStringLiteral("pt_BR"), 2},
        {QStringLiteral("ru"), 3}, {QStringLiteral("sv"), 2},    {QStringLiteral("tr"), 1},
        {QStringLiteral("uk"), 3}, {QStringLiteral("zh_CN"), 1}, {QStringLiteral("zh_TW"), 1},
    };
    return forms;
}

// The placeholders of a text, sorted: %1..%9, %L1..%L9 and %n.
QStringList placeholders(const QString& text) {
    static const QRegularExpression placeholder{QStringLiteral(R"(%(?:L?[1-9]|n))")};
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    found.sort();
    return found;
}

// The mnemonic ampersands of a (decoded) text: "&&" is a literal ampersand, and an entity of
// rich text ("&lt;", "&#38;") is none.
qsizetype mnemonics(QString text) {
    static const QRegularExpression entity{
        QStringLiteral(R"(&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-z]+);)")};
    text.remove(entity);
    text.remove(QStringLiteral("&&"));
    return text.count(u'&');
}

// Everything wrong with one .ts file, one line per problem; empty when it is fine.
QStringList problemsIn(const QString& path) {
    QStringList problems;
    QFile file{path};
    if (!file.open(QIODevice::ReadOnly)) {
        return {QStringLiteral("cannot be read")};
    }
    QXmlStreamReader xml{&file};
    QString language;
    QString context;
    QString source;
    QString translation;
    QString type;
    QStringList forms;
    bool numerus = false;
    bool inTranslation = false;
    int messages = 0;
    const auto where = [&] { return QStringLiteral("%1 \"%2\": ").arg(context, source); };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inTranslation) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                ++messages;
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                translation.clear();
                forms.clear();
                type.clear();
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                type = xml.attributes().value(QLatin1String("type")).toString();
                if (numerus) {
                    inTranslation = true;
                } else {
                    translation = xml.readElementText();
                }
            } else if (name == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("translation")) {
                inTranslation = false;
            } else if (xml.name() == QLatin1String("message")) {
                if (!type.isEmpty()) {
                    problems << where() + QStringLiteral("type=\"%1\"").arg(type);
                }
                const QStringList texts = numerus ? forms : QStringList{translation};
                if (numerus) {
                    auto expected = pluralForms().find(language);
                    if (expected == pluralForms().end()) {
                        expected = pluralForms().find(language.section(u'_', 0, 0));
                    }
                    if (expected == pluralForms().end()) {
                        problems << where() + QStringLiteral("no plural rule known for ") +
                                        language;
                    } else if (forms.size() != expected->second) {
                        problems << where() + QStringLiteral("%1 plural forms, %2 wants %3")
                                                  .arg(forms.size())
                                                  .arg(language)
                                                  .arg(expected->second);
                    }
                }
                for (const QString& text : texts) {
                    if (text.trimmed().isEmpty()) {
                        problems << where() + QStringLiteral("empty translation");
                        continue;
                    }
                    if (placeholders(text) != placeholders(source)) {
                        problems << where() + QStringLiteral("placeholders %1 in \"%2\"")
                                                  .arg(placeholders(text).join(u','), text);
                    }
                    if (mnemonics(text) != mnemonics(source)) {
                        problems << where() + QStringLiteral("%1 mnemonic(s) in \"%2\", the "
                                                             "source has %3")
                                                  .arg(mnemonics(text))
                                                  .arg(text)
                                                  .arg(mnemonics(source));
                    }
                }
            }
        }
    }
    if (xml.hasError()) {
        problems << QStringLiteral("not well-formed: line %1: %2")
                        .arg(xml.lineNumber())
                        .arg(xml.errorString());
    }
    const QString code = QFileInfo{path}.completeBaseName().section(u'_', 1);
    // "de" or "de_DE" for restartmanager_de.ts; "pt_BR" exactly for restartmanager_pt_BR.ts.
    if (language != code && language.section(u'_', 0, 0) != code) {
        problems << QStringLiteral("language=\"%1\" in the header, the file name says %2")
                        .arg(language, code);
    }
    if (messages == 0) {
        problems << QStringLiteral("no messages");
    }
    return problems;
}

std::vector<std::string> catalogueFiles() {
    std::vector<std::string> files;
    const auto entries =
        QDir{kTranslationsDir}.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    for (const QString& entry : entries) {
        files.push_back(entry.toStdString());
    }
    return files;
}

QStringList translatedLanguages() {
    QStringList languages = Translations::available();
    languages.removeAll(QStringLiteral("en"));
    return languages;
}

class CatalogueTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CatalogueTest, IsCompleteAndKeepsPlaceholdersMnemonicsAndPluralForms) {
    const QStringList problems =
        problemsIn(kTranslationsDir + u'/' + QString::fromStdString(GetParam()));
    EXPECT_TRUE(problems.isEmpty()) << GetParam() << ": " << problems.size() << " problem(s):\n"
                                    << problems.join(u'\n').toStdString();
}

INSTANTIATE_TEST_SUITE_P(Translations, CatalogueTest, ::testing::ValuesIn(catalogueFiles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param.substr(0, info.param.size() - 3);
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

// The checker itself finds what it is there to find.
TEST(CatalogueCheckTest, FindsUnfinishedPlaceholderMnemonicAndPluralProblems) {
    rmtest::TempDir temp{"rm-ts-check"};
    const QString path = QString::fromStdString(temp.file("restartmanager_ru.ts"));
    QFile file{path};
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Test</name>
    <message><source>Fine &amp;one %1</source><translation>Хорошо &amp;один %1</translation></message>
    <message><source>Unfinished</source><translation type="unfinished">Не готово</translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message><source>Lost %1 and %2</source><translation>Потеряно %1</translation></message>
    <message><source>&amp;Mnemonic</source><translation>Без мнемоники</translation></message>
    <message><source>Tom &amp;&amp; Jerry &amp;x</source><translation>Том &amp;&amp; Джерри</translation></message>
    <message numerus="yes"><source>%n file(s)</source><translation><numerusform>%n файл</numerusform><numerusform>%n файла</numerusform></translation></message>
</context>
</TS>
)");
    file.close();
    const QStringList problems = problemsIn(path);
    const auto mentions = [&](const char* what) {
        return std::any_of(problems.begin(), problems.end(), [what](const QString& problem) {
            return problem.contains(QLatin1String{what});
        });
    };
    EXPECT_EQ(problems.size(), 6) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(mentions("Unfinished\": type=\"unfinished\""));
    EXPECT_TRUE(mentions("Empty\": empty translation"));
    EXPECT_TRUE(mentions("Lost %1 and %2\": placeholders %1"));
    EXPECT_TRUE(mentions("&Mnemonic\": 0 mnemonic(s)"));
    EXPECT_TRUE(mentions("Tom && Jerry &x\": 0 mnemonic(s)"));
    EXPECT_TRUE(mentions("2 plural forms, ru wants 3"));
    EXPECT_FALSE(mentions("Fine"));

    QFile broken{path};
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("<?xml version=\"1.0\"?>\n<TS language=\"ru\"><context><message>"
                 "<source>A & B</source></message></context></TS>\n");
    broken.close();
    EXPECT_TRUE(problemsIn(path).join(u'\n').contains(QLatin1String{"not well-formed"}));
}

// All 21 languages, both catalogues, in the box and on disk.
TEST(TranslationsTest, EveryLanguageHasBothCatalogues) {
    const QStringList expected{
        QStringLiteral("en"),    QStringLiteral("ar"), QStringLiteral("cs"),
        QStringLiteral("da"),    QStringLiteral("de"), QStringLiteral("es"),
        QStringLiteral("fi"),    QStringLiteral("fr"), QStringLiteral("he"),
        QStringLiteral("hu"),    QStringLiteral("it"), QStringLiteral("ja"),
        QStringLiteral("ko"),    QStringLiteral("nl"), QStringLiteral("pl"),
        QStringLiteral("pt_BR"), QStringLiteral("ru"), QStringLiteral("sv"),
        QStringLiteral("tr"),    QStringLiteral("uk"), QStringLiteral("zh_CN"),
        QStringLiteral("zh_TW")};
    EXPECT_EQ(Translations::available(), expected);
    for (const QString& code : translatedLanguages()) {
        for (const char* catalogue : {"restartmanager", "demo-notes"}) {
            const QString path =
                QStringLiteral("%1/%2_%3.ts").arg(kTranslationsDir, QLatin1String{catalogue}, code);
            EXPECT_TRUE(QFileInfo::exists(path)) << path.toStdString() << " is missing";
        }
    }
}

// Each language loads from the embedded .qm files, and its texts are not the English ones; the
// wizard's standard buttons are translated too, by Qt's catalogue or, where Qt has none
// (Swedish), by ours.
TEST(TranslationsTest, EveryLanguageLoads) {
    for (const QString& code : translatedLanguages()) {
        SCOPED_TRACE(code.toStdString());
        EXPECT_EQ(Translations::setLanguage(code).toStdString(), code.toStdString());
        EXPECT_NE(QCoreApplication::translate("WelcomePage", "Welcome to %1 %2").toStdString(),
                  "Welcome to %1 %2");
        EXPECT_NE(QCoreApplication::translate("SetupWizard", "Cancel setup").toStdString(),
                  "Cancel setup");
        for (const char* text : {"< &Back", "&Next >", "&Finish", "Cancel"}) {
            EXPECT_NE(QCoreApplication::translate("QWizard", text).toStdString(), text);
        }
        // ("&No" is "&No" in Spanish and Italian.)
        for (const char* text : {"&Yes", "Close"}) {
            EXPECT_NE(QCoreApplication::translate("QPlatformTheme", text).toStdString(), text);
        }
        const Qt::LayoutDirection expected =
            code == QLatin1String("ar") || code == QLatin1String("he") ? Qt::RightToLeft
                                                                       : Qt::LeftToRight;
        EXPECT_EQ(QGuiApplication::layoutDirection(), expected);
    }
    EXPECT_EQ(Translations::setLanguage(QStringLiteral("en")).toStdString(), "en");
    EXPECT_EQ(QCoreApplication::translate("WelcomePage", "Welcome to %1 %2").toStdString(),
              "Welcome to %1 %2");
    EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

// Locale names map to the catalogue that serves them; unknown ones to nothing (English).
TEST(TranslationsTest, ResolvesRegionalVariantsAndRefusesUnknownLanguages) {
    const std::pair<const char*, const char*> cases[] = {
        {"de", "de"},       {"de_AT", "de"},    {"de-CH", "de"},    {"pt_BR", "pt_BR"},
        {"pt", "pt_BR"},    {"pt_PT", "pt_BR"}, {"zh_CN", "zh_CN"}, {"zh", "zh_CN"},
        {"zh_SG", "zh_CN"}, {"zh_TW", "zh_TW"}, {"zh_HK", "zh_TW"}, {"zh_Hant", "zh_TW"},
        {"en_GB", "en"},    {"C", "en"},        {"ar_EG", "ar"},    {"he_IL", "he"},
        {"xx", ""},         {"klingon", ""},    {"eo", ""},         {"sw", ""}};
    for (const auto& [name, code] : cases) {
        EXPECT_EQ(Translations::resolve(QLatin1String{name}).toStdString(), code) << name;
    }
    EXPECT_EQ(Translations::setLanguage(QStringLiteral("xx")).toStdString(), "en");
    EXPECT_EQ(QCoreApplication::translate("WelcomePage", "Welcome to %1 %2").toStdString(),
              "Welcome to %1 %2");
}

// The language box names every language in itself.
TEST(TranslationsTest, NamesEveryLanguageInItself) {
    EXPECT_EQ(Translations::nativeName(QStringLiteral("de")).toStdString(), "Deutsch");
    EXPECT_EQ(Translations::nativeName(QStringLiteral("pt_BR")).toStdString(),
              "português (Brasil)");
    EXPECT_EQ(Translations::nativeName(QStringLiteral("zh_CN")).toStdString(), "简体中文");
    EXPECT_EQ(Translations::nativeName(QStringLiteral("zh_TW")).toStdString(), "繁體中文");
    EXPECT_EQ(Translations::nativeName(QStringLiteral("ja")).toStdString(), "日本語");
    EXPECT_EQ(Translations::nativeName(QStringLiteral("ar")).toStdString(), "العربية");
    EXPECT_EQ(Translations::nativeName(QStringLiteral("he")).toStdString(), "עברית");
    // Issue 24: the language, not its variant of one country ("español de España").
    EXPECT_EQ(Translations::nativeName(QStringLiteral("es")).toStdString(), "español");
    QStringList names;
    for (const QString& code : Translations::available()) {
        const QString name = Translations::nativeName(code);
        EXPECT_FALSE(name.isEmpty()) << code.toStdString();
        // Not one country's variant: "español de España", "British English".
        if (!code.contains(u'_')) {
            const QString territory = QLocale{code}.nativeTerritoryName();
            EXPECT_FALSE(name.endsWith(u' ' + territory)) << name.toStdString();
        }
        EXPECT_FALSE(names.contains(name)) << name.toStdString() << " twice";
        names << name;
    }
}

// restartmanager-setup as a process, in a clean locale environment plus `variables`.
struct SetupRun {
    int exitCode = -1;
    QString out;
    QString err;
};

SetupRun runSetup(const QStringList& arguments, const std::map<QString, QString>& variables,
                  const QString& home) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE"}) {
        environment.remove(QLatin1String{name});
    }
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home);
    for (const auto& [name, value] : variables) {
        environment.insert(name, value);
    }
    QProcess setup;
    setup.setProcessEnvironment(environment);
    setup.start(QStringLiteral(RM_SETUP), arguments);
    SetupRun run;
    if (!setup.waitForFinished(30000)) {
        setup.kill();
        setup.waitForFinished();
        return run;
    }
    run.exitCode = setup.exitCode();
    run.out = QString::fromUtf8(setup.readAllStandardOutput());
    run.err = QString::fromUtf8(setup.readAllStandardError());
    return run;
}

QString descriptionIn(const QString& code) {
    Translations::setLanguage(code);
    const QString text =
        QCoreApplication::translate("main", "Installs a package with the Restart Manager.");
    Translations::setLanguage(QStringLiteral("en"));
    return text;
}

// Without --lang, the environment chooses, as gettext programs do: LANGUAGE's list first, then
// LC_ALL, LC_MESSAGES, LANG. pt_BR, zh_CN and zh_TW reach their own catalogues.
TEST(TranslationsTest, TheEnvironmentChoosesTheLanguageWithoutLang) {
    rmtest::TempDir temp{"rm-lang-env"};
    const QString home = QString::fromStdString(temp.path());
    const std::pair<std::map<QString, QString>, const char*> cases[] = {
        {{{QStringLiteral("LANG"), QStringLiteral("pt_BR.UTF-8")}}, "pt_BR"},
        {{{QStringLiteral("LANG"), QStringLiteral("zh_TW.UTF-8")}}, "zh_TW"},
        {{{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}}, "zh_CN"},
        {{{QStringLiteral("LANG"), QStringLiteral("ru_RU.UTF-8")}}, "ru"},
        {{{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")},
          {QStringLiteral("LC_MESSAGES"), QStringLiteral("fr_FR.UTF-8")}},
         "fr"},
        {{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
          {QStringLiteral("LC_ALL"), QStringLiteral("ja_JP.UTF-8")}},
         "ja"},
        {{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
          {QStringLiteral("LANGUAGE"), QStringLiteral("sv:de")}},
         "sv"},
        {{{QStringLiteral("LANG"), QStringLiteral("eo.UTF-8")}}, "en"},
    };
    for (const auto& [variables, code] : cases) {
        SCOPED_TRACE(code);
        const SetupRun run = runSetup({QStringLiteral("--help")}, variables, home);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QString expected = descriptionIn(QLatin1String{code});
        if (QLatin1String{code} != QLatin1String{"en"}) {
            EXPECT_NE(expected.toStdString(), "Installs a package with the Restart Manager.");
        }
        EXPECT_TRUE(run.out.contains(expected))
            << "expected \"" << expected.toStdString() << "\" in:\n"
            << run.out.toStdString();
    }
}

// --lang with a language we have no catalogue of: English, and a warning in the log.
TEST(TranslationsTest, UnknownLangFallsBackToEnglishAndSaysSoInTheLog) {
    rmtest::TempDir temp{"rm-lang-unknown"};
    const QString home = QString::fromStdString(temp.path());
    const QString log = QString::fromStdString(temp.file("setup.log"));
    const SetupRun run =
        runSetup({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--package"),
                  home + QStringLiteral("/no-such-package"), QStringLiteral("--answer"),
                  QStringLiteral("PackageError=ok"), QStringLiteral("--log"), log},
                 {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}}, home);
    EXPECT_EQ(run.exitCode, 1603 % 256) << run.err.toStdString();
    // The package error comes in English, not in the environment's German.
    EXPECT_TRUE(run.err.contains(QLatin1String{"The package"})) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String{"no translation for the language \"xx\""}))
        << run.err.toStdString();
    QFile file{log};
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString logText = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(logText.contains(QLatin1String{"[warning] "}) &&
                logText.contains(QLatin1String{"no translation for the language \"xx\": setup "
                                               "uses en"}))
        << logText.toStdString();
}

} // namespace
