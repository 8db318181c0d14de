// demo-notes: the demo application of the embedded demo package. It registers itself for restart
// with the Restart Manager, keeps its word list open, and keeps its text when an installer closes
// it (SIGTERM) and starts it again with --restored.
#include "ui/demo_notes_window.h"
#include "ui/translations.h"

#include <restartmanager.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalWriteEnd = -1;

void onTerminationSignal(int) {
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalWriteEnd, &byte, 1);
    errno = savedErrno;
}

// SIGTERM and SIGINT only write a byte to a socket pair; the event loop reads it (see main), so
// that saving happens outside the signal handler. Returns the read end, or -1.
int installTerminationHandlers() {
    int sockets[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, sockets) != 0) {
        demoNotesLog()->error("socketpair failed: {}", std::strerror(errno));
        return -1;
    }
    signalWriteEnd = sockets[0];
    struct sigaction action {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    return sockets[1];
}

// Options that need no display are answered without connecting to one.
bool needsNoDisplay(int argc, char** argv) {
    return std::any_of(argv + 1, argv + argc, [](const char* arg) {
        const QLatin1String a{arg};
        return a == QLatin1String{"--version"} || a == QLatin1String{"-v"} ||
               a == QLatin1String{"--help"} || a == QLatin1String{"-h"} ||
               a == QLatin1String{"--help-all"};
    });
}

// --lang is needed before the options are described, so that --help is in that language.
QString languageArgument(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--lang") && i + 1 < arguments.size()) {
            return arguments[i + 1];
        }
        if (arguments[i].startsWith(QStringLiteral("--lang="))) {
            return arguments[i].sliced(7);
        }
    }
    return {};
}

// A word for the Restart Manager's command line, which splits like Windows does.
QString quoted(QString word) {
    word.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + word + u'"';
}

// When an installer restarts us, we come back with --restored and the same state and language.
void registerForRestart(const QStringList& extraArguments) {
    QStringList words{QStringLiteral("--restored")};
    for (const QString& argument : extraArguments) {
        words.append(quoted(argument));
    }
    const std::wstring commandLine = words.join(u' ').toStdWString();
    const HRESULT result = RegisterApplicationRestart(commandLine.c_str(), 0);
    if (result != S_OK) {
        demoNotesLog()->error("RegisterApplicationRestart failed: 0x{:08x}",
                              static_cast<unsigned>(result));
        return;
    }
    demoNotesLog()->info("registered for restart with: {}", words.join(u' ').toStdString());
}

} // namespace

int main(int argc, char** argv) {
    const int signalReadEnd = installTerminationHandlers();
    const std::unique_ptr<QCoreApplication> app =
        needsNoDisplay(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                   : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("demo-notes"));
    const QString prefix =
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
    const QString version = DemoNotesWindow::readVersion(prefix);
    QCoreApplication::setApplicationVersion(version);
    // The same languages as setup, from its own catalogue (":/i18n/demo-notes_xx.qm").
    const QString requestedLanguage = languageArgument(QCoreApplication::arguments());
    const QString language =
        Translations::setLanguage(requestedLanguage, QStringLiteral("demo-notes"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Demo Notes: a small notes editor that keeps its "
                                            "text when an installer closes it for an update."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption stateDir{
        QStringLiteral("state-dir"),
        QCoreApplication::translate("main", "Keep the unsaved text in <folder>."),
        QCoreApplication::translate("main", "folder")};
    const QCommandLineOption text{
        QStringLiteral("text"),
        QCoreApplication::translate("main", "Start with <text> when no text was kept."),
        QCoreApplication::translate("main", "text")};
    const QCommandLineOption restored{
        QStringLiteral("restored"),
        QCoreApplication::translate("main", "Started again by an installer after an update.")};
    const QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language, e.g. de."),
        QCoreApplication::translate("main", "language")};
    parser.addOptions({stateDir, text, restored, lang});
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A .demonotes file to start with, when no text "
                                            "was kept."),
        QStringLiteral("[file]"));
    parser.process(*app);

    if (!requestedLanguage.isEmpty() && Translations::resolve(requestedLanguage).isEmpty()) {
        demoNotesLog()->warn("no translation for the language \"{}\": using {}",
                             requestedLanguage.toStdString(), language.toStdString());
    }

    DemoNotesOptions options;
    options.prefix = prefix;
    options.stateDir = parser.isSet(stateDir) ? QDir{parser.value(stateDir)}.absolutePath()
                                              : DemoNotesWindow::defaultStateDir();
    options.initialText = parser.value(text);
    options.restored = parser.isSet(restored);
    // The Restart Manager sets this when it starts us again while the installer is still open.
    options.showWithoutActivating =
        qEnvironmentVariable("RESTARTMANAGER_RESTARTED") == QLatin1String("1");
    // A file opened from the desktop (a .demonotes file): its text, when none was kept. Setup
    // writes the menu entry, icon and MIME type (the manifest's "desktop" block); Demo Notes
    // writes none of its own.
    if (!parser.isSet(text) && !parser.positionalArguments().isEmpty()) {
        QFile file{parser.positionalArguments().constFirst()};
        constexpr qint64 kMostBytes = 1 << 20;
        if (file.open(QIODevice::ReadOnly)) {
            options.initialText = QString::fromUtf8(file.read(kMostBytes));
        } else {
            demoNotesLog()->warn("cannot read {}: {}", file.fileName().toStdString(),
                                 file.errorString().toStdString());
        }
    }

    QStringList restartArguments;
    if (parser.isSet(stateDir)) {
        restartArguments << QStringLiteral("--state-dir") << options.stateDir;
    }
    if (parser.isSet(lang)) {
        restartArguments << QStringLiteral("--lang") << parser.value(lang);
    }
    registerForRestart(restartArguments);

    DemoNotesWindow window{options};

    std::unique_ptr<QSocketNotifier> terminationNotifier;
    if (signalReadEnd >= 0) {
        terminationNotifier =
            std::make_unique<QSocketNotifier>(signalReadEnd, QSocketNotifier::Read);
        QObject::connect(terminationNotifier.get(), &QSocketNotifier::activated, &window,
                         [signalReadEnd, &window] {
                             char bytes[16];
                             while (::read(signalReadEnd, bytes, sizeof bytes) > 0) {
                             }
                             demoNotesLog()->info("asked to end: saving and closing");
                             window.closeForTermination();
                         });
    }

    window.show();
    if (options.showWithoutActivating) {
        // Started again while the installer's finish page is open: below it, not on top of it.
        window.lower();
    }
    QTimer::singleShot(0, &window, [] {
        std::printf("ready %ld\n", static_cast<long>(::getpid()));
        std::fflush(stdout);
    });
    const int result = QCoreApplication::exec();
    return result == 0 && !window.saveFailed() ? 0 : 1;
}
