// restartmanager-setup: the primary setup program. Until the wizard lands it opens a window that
// shows the Restart Manager sessions of this user, in the user's language.
#include "ui/sessions_overview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QPushButton>
#include <QTranslator>
#include <QVBoxLayout>
#include <QWidget>

namespace {

// Loads the project's translation for `language` (e.g. "de"), else for the system locale.
void installTranslations(QApplication& app, const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale{language};
    QLocale::setDefault(locale);
    auto* own = new QTranslator{&app};
    if (own->load(locale, QStringLiteral("restartmanager"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own);
    }
    auto* qt = new QTranslator{&app};
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
}

} // namespace

int main(int argc, char** argv) {
    QApplication app{argc, argv};
    QApplication::setApplicationName(QStringLiteral("restartmanager-setup"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang{
        QStringLiteral("lang"),
        QApplication::translate("main", "User interface language, e.g. de."),
        QStringLiteral("language")};
    parser.addOption(lang);
    parser.process(app);
    installTranslations(app, parser.value(lang));

    QWidget window;
    window.setObjectName(QStringLiteral("SetupWindow"));
    window.setWindowTitle(QApplication::translate("main", "Restart Manager Setup"));
    auto* layout = new QVBoxLayout{&window};
    auto* intro = new QLabel{
        QApplication::translate("main", "<b>Restart Manager for Linux</b><br>Installers use it "
                                        "to close the applications that use the files they "
                                        "replace, and to start them again afterwards."),
        &window};
    intro->setObjectName(QStringLiteral("IntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* overview = new SessionsOverview{&window};
    layout->addWidget(overview, 1);
    auto* buttons = new QDialogButtonBox{QDialogButtonBox::Close, &window};
    buttons->setObjectName(QStringLiteral("SetupButtons"));
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("CloseButton"));
    close->setAccessibleName(QApplication::translate("main", "Close setup"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, &window, &QWidget::close);
    layout->addWidget(buttons);

    window.resize(640, 420);
    window.show();
    overview->refresh();
    return QApplication::exec();
}
