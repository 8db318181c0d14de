// restartmanager-setup: the primary installer. Opens the setup wizard on a package; with no
// --package it installs the embedded demo package (Demo Notes 2.0).
//
// Exit codes follow Windows Installer: 0 success, 3010 success but a restart is required, 1641 a
// restart was started, 1602 cancelled, 1603 fatal error.
#include "core/log.h"
#include "ui/package.h"
#include "ui/setup_wizard.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace {

// The application owns the sinks of the core's logger: a log file for every run, and stderr.
QString setUpLogging(const QString& requested) {
    QString path = requested;
    if (path.isEmpty()) {
        // $XDG_STATE_HOME, as Qt 6.4 has no StateLocation yet.
        const QByteArray state = qgetenv("XDG_STATE_HOME");
        const QString dir = (state.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/state")
                                             : QString::fromLocal8Bit(state)) +
                            QStringLiteral("/restartmanager");
        QDir{}.mkpath(dir);
        path = dir +
               QStringLiteral("/setup-%1.log")
                   .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    }
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    console->set_level(spdlog::level::warn);
    sinks.push_back(console);
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::basic_file_sink_mt>(path.toStdString()));
    } catch (const spdlog::spdlog_ex& error) {
        std::fprintf(stderr, "restartmanager-setup: cannot write the log %s: %s\n",
                     qPrintable(path), error.what());
        path.clear();
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
// Windows Installer's codes read them from this file.
void writeResult(const QString& path, int exitCode) {
    if (path.isEmpty()) {
        return;
    }
    QFile file{path};
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(QByteArray::number(exitCode) + '\n');
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
    const QString language =
        Translations::setLanguage(Translations::languageFromArguments(argc, argv));

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
    parser.addOptions({lang, package, log, answer, startupTime, resultFile});
    parser.process(app);

    const QString logFile = setUpLogging(parser.value(log));
    rm::log::core()->info("restartmanager-setup {} starting", PROJECT_VERSION);

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
            QMessageBox box{QMessageBox::Critical,
                            QApplication::translate("main", "The package cannot be installed"),
                            error->toString(), QMessageBox::Close};
            box.setObjectName(QStringLiteral("PackageErrorDialog"));
            box.button(QMessageBox::Close)->setObjectName(QStringLiteral("CloseButton"));
            box.button(QMessageBox::Close)
                ->setAccessibleName(QApplication::translate("main", "Close"));
            box.exec();
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
