// restartmanager-setup: the primary installer. Opens the setup wizard on a package; with no
// --package it installs the embedded demo package (Demo Notes 2.0).
//
// Exit codes follow Windows Installer: 0 success, 3010 success but a restart is required, 1641 a
// restart was started, 1602 cancelled, 1603 fatal error.
#include "core/log.h"
#include "core/output_file.h"
#include "core/protocol_line.h"
#include "ui/package.h"
#include "ui/qa_walk.h"
#include "ui/setup_wizard.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace {

// Where the logs of runs without --log go. Root: /var/log/restartmanager. Others: their state
// folder, found through the password database when $XDG_STATE_HOME or $HOME is not their own
// (after `sudo -E` both may name another user's folders, who could plant a link at the log's
// name). Empty when no such folder can be made safely.
QString defaultLogDirectory() {
    const uid_t uid = ::geteuid();
    const auto ownedByUs = [uid](const QByteArray& path) {
        struct stat st {};
        return !path.isEmpty() && path.startsWith('/') && ::lstat(path.constData(), &st) == 0 &&
               S_ISDIR(st.st_mode) && st.st_uid == uid;
    };
    QByteArray base;
    if (uid == 0) {
        base = "/var/log";
    } else if (const QByteArray state = qgetenv("XDG_STATE_HOME"); ownedByUs(state)) {
        base = state;
    } else {
        const passwd* pw = ::getpwuid(uid);
        const QByteArray home = pw != nullptr ? QByteArray{pw->pw_dir} : QByteArray{};
        if (!ownedByUs(home)) {
            return {};
        }
        base = home + "/.local/state";
        QDir{}.mkpath(QFile::decodeName(base));
    }
    const QByteArray dir = base + "/restartmanager";
    ::mkdir(dir.constData(), 0700);
    struct stat st {};
    if (::lstat(dir.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != uid ||
        (st.st_mode & 022) != 0) {
        return {};
    }
    return QFile::decodeName(dir);
}

// The application owns the sinks of the core's logger: a log file for every run, and stderr.
// Both escape control characters, so a process or component name cannot drive the terminal.
QString setUpLogging(const QString& requested) {
    QString path = requested;
    if (path.isEmpty()) {
        if (const QString dir = defaultLogDirectory(); !dir.isEmpty()) {
            path =
                dir +
                QStringLiteral("/setup-%1-%2.log")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                    .arg(QCoreApplication::applicationPid());
        }
    }
    std::vector<spdlog::sink_ptr> sinks;
    auto console = rm::log::escaping(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    console->set_level(spdlog::level::warn);
    sinks.push_back(console);
    if (!path.isEmpty()) {
        std::string error;
        if (auto file = rm::log::appendingFileSink(path.toStdString(), error)) {
            sinks.push_back(rm::log::escaping(std::move(file)));
        } else {
            std::fprintf(stderr, "restartmanager-setup: cannot write the log %s: %s\n",
                         rm::protocol::escapeForTerminal(path.toStdString()).c_str(),
                         rm::protocol::escapeForTerminal(error).c_str());
            path.clear();
        }
    }
    auto logger =
        std::make_shared<spdlog::logger>(rm::log::kLoggerName, sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] [pid %P] %v");
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    spdlog::register_logger(logger);
    return path;
}

// Exit statuses on Linux are 8 bits: 1603 reaches the shell as 67. Deployment tools that want
// Windows Installer's codes read them from this file. It is often named in /tmp, so it is
// never written through a link that someone else planted there.
void writeResult(const QString& path, int exitCode) {
    if (path.isEmpty()) {
        return;
    }
    auto fd = rm::openOutputFile(path.toStdString(), rm::OutputMode::Truncate);
    if (!fd) {
        rm::log::core()->error("cannot write the result file: {}", fd.error().message);
        return;
    }
    if (auto written = rm::writeAllTo(*fd, std::to_string(exitCode) + "\n"); !written) {
        rm::log::core()->error("cannot write the result file {}: {}", path.toStdString(),
                               written.error().message);
    }
    ::close(*fd);
}

// SIGTERM, SIGINT and SIGHUP cancel setup like its Cancel button, through the event loop: the
// rollback runs, the applications come back, and the temporary folders go.
int g_signalPipe[2] = {-1, -1};

extern "C" void onStopSignal(int signal) {
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void cancelOnStopSignals(SetupWizard& wizard) {
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        return;
    }
    auto* notifier = new QSocketNotifier{g_signalPipe[0], QSocketNotifier::Read, &wizard};
    QObject::connect(notifier, &QSocketNotifier::activated, &wizard, [&wizard] {
        char byte = 0;
        while (::read(g_signalPipe[0], &byte, 1) > 0) {
        }
        wizard.cancelWithoutAsking();
    });
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGINT, SIGHUP}) {
        ::sigaction(signal, &action, nullptr);
    }
}

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QApplication app{argc, argv};
    QApplication::setApplicationName(QStringLiteral("restartmanager-setup"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // Before anything is said: the options' help and the package's errors are translated too.
    const QString requestedLanguage = Translations::languageFromArguments(argc, argv);
    const QString language = Translations::setLanguage(requestedLanguage);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Installs a package with the Restart Manager."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang{
        QStringLiteral("lang"),
        QApplication::translate("main", "User interface language, e.g. de."),
        QStringLiteral("language")};
    const QCommandLineOption package{
        QStringLiteral("package"),
        QApplication::translate("main", "The package directory (default: the demo package)."),
        QStringLiteral("directory"), QStringLiteral(":/demo-package")};
    const QCommandLineOption log{QStringLiteral("log"),
                                 QApplication::translate("main", "Write the log to this file."),
                                 QStringLiteral("file")};
    const QCommandLineOption answer{
        QStringLiteral("answer"),
        QApplication::translate("main", "Answer a question without asking, e.g. "
                                        "StillRunning=force or ConfirmCancel=yes."),
        QStringLiteral("id=value")};
    const QCommandLineOption startupTime{
        QStringLiteral("print-startup-time"),
        QApplication::translate("main", "Print the milliseconds until the first page shows.")};
    const QCommandLineOption resultFile{
        QStringLiteral("result-file"),
        QApplication::translate("main", "Also write the exit code to this file (the shell sees "
                                        "it only modulo 256)."),
        QStringLiteral("file")};
    const QCommandLineOption qaWalk{
        QStringLiteral("qa-walk"),
        QApplication::translate("main", "Walk every page of an installation into a temporary "
                                        "folder and write a screenshot and a list of the widgets "
                                        "of each page to this folder (--lang all: every "
                                        "language)."),
        QStringLiteral("folder")};
    parser.addOptions({lang, package, log, answer, startupTime, resultFile, qaWalk});
    parser.process(app);

    const QString logFile = setUpLogging(parser.value(log));
    rm::log::core()->info("restartmanager-setup {} starting", PROJECT_VERSION);
    // Only now: the first call of rm::log::core() fixes its sinks.
    if (!requestedLanguage.isEmpty() && Translations::resolve(requestedLanguage).isEmpty()) {
        rm::log::core()->warn("no translation for the language \"{}\": setup uses {}",
                              requestedLanguage.toStdString(), language.toStdString());
    } else {
        rm::log::core()->info("language: {}", language.toStdString());
    }

    if (parser.isSet(qaWalk)) {
        QaWalkOptions walk;
        walk.outputDir = parser.value(qaWalk);
        walk.package = parser.value(package);
        walk.stockSecondaryInstaller =
            QApplication::applicationDirPath() + QStringLiteral("/rm-secondary-installer");
        walk.languages = parser.value(lang) == QLatin1String("all") ? Translations::available()
                                                                    : QStringList{language};
        const int result = runQaWalk(walk);
        writeResult(parser.value(resultFile), result == 0 ? ExitSuccess : ExitFatalError);
        return result;
    }

    QMap<QString, QString> answers;
    for (const auto& pair : parser.values(answer)) {
        answers.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    }

    auto loaded = loadPackage(parser.value(package));
    if (const auto* error = std::get_if<PackageError>(&loaded)) {
        // A bad package installs nothing: say what is wrong and where.
        // The log's stderr sink says it once on the terminal too.
        rm::log::core()->error("the package cannot be used: {}", error->toString().toStdString());
        if (!answers.contains(QStringLiteral("PackageError"))) {
            showPackageErrorDialog(nullptr, error->toString());
        }
        writeResult(parser.value(resultFile), ExitFatalError);
        return ExitFatalError;
    }

    SetupWizard::Options options;
    options.stockSecondaryInstaller =
        QApplication::applicationDirPath() + QStringLiteral("/rm-secondary-installer");
    options.language = language;
    options.logFile = logFile;
    SetupWizard wizard{std::get<Package>(std::move(loaded)), options};
    if (!answers.isEmpty()) {
        wizard.setAnswerSource(std::make_unique<ScriptedAnswerSource>(answers));
    }
    cancelOnStopSignals(wizard);
    wizard.show();
    if (parser.isSet(startupTime)) {
        QTimer::singleShot(0, &wizard, [&sinceLaunch] {
            std::printf("first page shown after %lld ms\n",
                        static_cast<long long>(sinceLaunch.elapsed()));
            std::fflush(stdout);
        });
    }
    const int exitCode = wizard.exec();
    rm::log::core()->info("restartmanager-setup exits with {}", exitCode);
    writeResult(parser.value(resultFile), exitCode);
    return exitCode;
}
