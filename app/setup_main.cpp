// restartmanager-setup: the primary installer. Opens the setup wizard on a package; with no
// --package it installs the embedded demo package (Demo Notes 2.0). --unattended installs with
// no window and no display at all (under QCoreApplication), --silent with a progress window only;
// both take every decision from the command line and the answer file.
//
// Exit codes follow Windows Installer: 0 success, 3010 success but a restart is required, 1641 a
// restart was started, 1602 cancelled, 1603 fatal error, 1618 another setup of the product is
// already running.
#include "core/log.h"
#include "core/output_file.h"
#include "core/protocol_line.h"
#include "core/scratch_folder.h"
#ifndef RM_SETUP_NO_WIDGETS
#include "ui/color_scheme.h"
#include "ui/qa_walk.h"
#endif
#include "core/setup_file.h"
#include "ui/setup/answers.h"
#include "ui/setup/install_engine.h"
#include "ui/setup/package.h"
#include "ui/setup/product_launch.h"
#include "ui/setup/product_record.h"
#include "ui/setup/recovery.h"
#include "ui/setup/setup_file_package.h"
#include "ui/setup/setup_run.h"
#include "ui/setup/single_instance.h"
#include "ui/setup/uninstall_engine.h"
#include "ui/translations.h"
#ifndef RM_SETUP_NO_WIDGETS
#include "ui/silent_window.h"
#include "ui/wizard/setup_wizard.h"
#include "ui/wizard/uninstall_wizard.h"

#include <QApplication>
#endif
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimer>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <future>
#include <memory>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>
#ifndef RM_SETUP_NO_WIDGETS
#include <xcb/xcb.h>
#endif

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

void cancelOnStopSignals(QObject* context, std::function<void()> cancel) {
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        return;
    }
    auto* notifier = new QSocketNotifier{g_signalPipe[0], QSocketNotifier::Read, context};
    QObject::connect(notifier, &QSocketNotifier::activated, context, [cancel = std::move(cancel)] {
        char byte = 0;
        while (::read(g_signalPipe[0], &byte, 1) > 0) {
        }
        cancel(); // which logs it, once
    });
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGINT, SIGHUP}) {
        ::sigaction(signal, &action, nullptr);
    }
}

enum class Mode { Wizard, Silent, Unattended };

// Decided before any QApplication exists: an unattended run, --help and --version need no
// display, and QApplication aborts without one.
bool hasArgument(int argc, char** argv, std::initializer_list<const char*> names) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            return false;
        }
        for (const char* name : names) {
            if (std::strcmp(argv[i], name) == 0) {
                return true;
            }
        }
    }
    return false;
}

#ifndef RM_SETUP_NO_WIDGETS
// Whether the X display in DISPLAY opens, as Qt's xcb platform would open it: xcb_connect(),
// in a thread given a few seconds, since a display on another host may never answer.
bool canOpenXDisplay() {
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        return false;
    }
    auto opened = std::make_shared<std::promise<bool>>();
    auto answer = opened->get_future();
    std::thread{[opened] {
        xcb_connection_t* connection = xcb_connect(nullptr, nullptr);
        const bool ok = xcb_connection_has_error(connection) == 0;
        xcb_disconnect(connection);
        opened->set_value(ok);
    }}.detach();
    constexpr auto kDisplayTimeout = std::chrono::seconds{5};
    return answer.wait_for(kDisplayTimeout) == std::future_status::ready && answer.get();
}

// Whether the Wayland compositor's socket takes a connection.
bool canReachWayland() {
    QByteArray socketPath = qgetenv("WAYLAND_DISPLAY");
    if (socketPath.isEmpty()) {
        socketPath = "wayland-0";
    }
    if (!socketPath.startsWith('/')) {
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        if (runtime.isEmpty()) {
            return false;
        }
        socketPath = runtime + '/' + socketPath;
    }
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (static_cast<std::size_t>(socketPath.size()) >= sizeof address.sun_path) {
        return false;
    }
    std::memcpy(address.sun_path, socketPath.constData(),
                static_cast<std::size_t>(socketPath.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    const bool connected =
        ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}

// Whether a window can be shown. QApplication aborts the program (exit 134, no log, no result
// file) when its platform cannot open the display, so each platform Qt would try is tried
// first: QT_QPA_PLATFORM's list, else Qt's choice (Wayland first in a Wayland session, then
// X11). Platforms without a display server (offscreen, vnc, ...) always can. Also says why not.
bool canShowWindows(QString* why) {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        *why = QStringLiteral("DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset");
        return false;
    }
    QStringList platforms;
    if (const QString chosen = qEnvironmentVariable("QT_QPA_PLATFORM"); !chosen.isEmpty()) {
        platforms = chosen.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    } else if (qEnvironmentVariable("XDG_SESSION_TYPE") == QLatin1String("wayland")) {
        platforms = {QStringLiteral("wayland"), QStringLiteral("xcb")};
    } else {
        platforms = {QStringLiteral("xcb")};
    }
    QStringList failed;
    for (const QString& entry : platforms) {
        const QString platform = entry.section(QLatin1Char(':'), 0, 0);
        if (platform == QLatin1String("xcb")) {
            if (canOpenXDisplay()) {
                return true;
            }
            failed << QStringLiteral("the X display \"%1\" cannot be opened")
                          .arg(qEnvironmentVariable("DISPLAY"));
        } else if (platform.startsWith(QLatin1String("wayland"))) {
            if (canReachWayland()) {
                return true;
            }
            failed << QStringLiteral("the Wayland display \"%1\" cannot be reached")
                          .arg(qEnvironmentVariable("WAYLAND_DISPLAY"));
        } else {
            return true;
        }
    }
    *why = failed.join(QStringLiteral("; "));
    return false;
}

#endif

// One line on stdout per step, for deployment tools and QA scripts: "state <name>",
// "progress <percent> <message>", and at the end the report (installed, closed, restarted,
// not-restarted, still-running, restart-required, failure) and "exit-code <code>". Names are
// escaped.
void say(const QString& line) {
    std::printf("%s\n", rm::protocol::escapeForTerminal(line.toStdString()).c_str());
    std::fflush(stdout);
}

void printReport(const InstallReport& report) {
    const auto list = [](const char* key, const QStringList& names) {
        if (!names.isEmpty()) {
            say(QLatin1String(key) + QLatin1Char(' ') + names.join(QStringLiteral(", ")));
        }
    };
    list("installed", report.installed);
    if (!report.installedTo.isEmpty()) {
        say(QStringLiteral("installed-to ") + report.installedTo);
    }
    for (const auto& kept : report.keptConfigFiles) {
        say(QStringLiteral("kept-config ") + kept + u' ' +
            QCoreApplication::translate("main", "(you changed it; the new version is %1)")
                .arg(kept + QStringLiteral(".new")));
    }
    list("removed-old", report.removedStaleFiles);
    list("closed", report.closed);
    list("restarted", report.restarted);
    list("not-restarted", report.notRestarted);
    list("still-running", report.stillRunning);
    if (report.restartRequired) {
        say(QStringLiteral("restart-required yes"));
    }
    if (!report.failure.isEmpty()) {
        say(QStringLiteral("failure ") + report.failure);
    }
    if (report.cancelled) {
        say(QStringLiteral("cancelled yes"));
    }
}

bool restartTheComputer() {
    return QProcess::startDetached(QStringLiteral("systemctl"), {QStringLiteral("reboot")});
}

// --unattended and --silent: the engine's state machine with every decision made in advance.
int runWithoutQuestions(Mode mode, InstallPlan& plan, const SetupDecision& decision,
                        const QString& stockSecondary) {
    // What a crashed setup left closed comes back first, and the log and stdout say so.
    const QStringList recovered = recoverEarlierSetups();
    if (!recovered.isEmpty()) {
        say(QStringLiteral("recovered ") + recovered.join(QStringLiteral(", ")));
    }
    InstallEngine engine{plan, stockSecondary};
    SetupRun run{plan, engine};
    run.setDecision(decision);
#ifdef RM_SETUP_NO_WIDGETS
    (void)mode;
#else
    std::unique_ptr<SilentWindow> window;
    if (mode == Mode::Silent) {
        window = std::make_unique<SilentWindow>(plan.package());
        QObject::connect(&run, &SetupRun::progress, window.get(), &SilentWindow::showProgress);
        QObject::connect(window.get(), &SilentWindow::cancelRequested, &run, &SetupRun::cancel);
        window->show();
    }
#endif
    QObject::connect(&run, &SetupRun::stateChanged, &run, [](SetupRun::State state) {
        say(QStringLiteral("state ") + QLatin1String(SetupRun::stateName(state)));
    });
    QObject::connect(&run, &SetupRun::progress, &run, [](int percent, const QString& message) {
        say(QStringLiteral("progress %1 %2").arg(percent).arg(message));
    });
    int exitCode = ExitFatalError;
    QObject::connect(&run, &SetupRun::finished, &run, [&exitCode](const InstallReport& report) {
        exitCode = report.exitCode;
        QCoreApplication::exit(0);
    });
    cancelOnStopSignals(&run, [&run] {
        rm::log::core()->warn("setup was asked to stop (a signal): cancelling");
        run.cancel();
    });
    // An application started again a moment ago has not yet registered for restart: closed at
    // once, it would not come back after the update. It gets a moment to start first (a wizard
    // user takes longer than that on the first pages).
    constexpr int kRecoveredStartMs = 2000;
    if (!recovered.isEmpty()) {
        rm::log::core()->info("waiting {} ms for the applications started again to start",
                              kRecoveredStartMs);
    }
    QTimer::singleShot(recovered.isEmpty() ? 0 : kRecoveredStartMs, &run, [&run] { run.start(); });
    QCoreApplication::exec();
    printReport(run.report());
    // --launch (Launch=yes): the product, as the user who ran setup, once it is installed.
    if (decision.launch && (exitCode == ExitSuccess || exitCode == ExitRestartRequired) &&
        run.report().failure.isEmpty() && !run.report().cancelled) {
        bool installed = false;
        for (const auto& component : plan.selectedComponents()) {
            for (const auto& file : component.files) {
                installed = installed || (!plan.package().launch.isEmpty() &&
                                          file.target == plan.package().launch.first());
            }
        }
        if (!installed) {
            rm::log::core()->warn("--launch: the package names no command that was installed");
        } else if (const LaunchResult launched =
                       launchProduct(plan.installDir(), plan.package().launch);
                   launched.started()) {
            say(QStringLiteral("launched %1").arg(launched.pid));
        } else {
            say(QStringLiteral("launch-failed ") + launched.error);
        }
    }
    if (exitCode == ExitRestartRequired && decision.reboot) {
        rm::log::core()->warn("a restart is required: restarting the computer");
        if (restartTheComputer()) {
            exitCode = ExitRestartStarted;
        }
    }
    say(QStringLiteral("exit-code %1").arg(exitCode));
    return exitCode;
}

// --list-installed [--json]: the records of the installed products of this user (root: of the
// system).
int listInstalled(bool json) {
    const auto records = listRecords();
    if (json) {
        QJsonArray list;
        for (const auto& lookup : records) {
            QJsonObject entry;
            if (lookup.record) {
                entry = QJsonDocument::fromJson(lookup.record->toJson()).object();
                entry.remove(QStringLiteral("files"));
                entry.insert(QStringLiteral("fileCount"), lookup.record->files.size());
            } else {
                entry.insert(QStringLiteral("record"), lookup.path);
                entry.insert(QStringLiteral("refused"), lookup.problem);
            }
            list.append(entry);
        }
        std::printf("%s", QJsonDocument{list}.toJson(QJsonDocument::Indented).constData());
        return ExitSuccess;
    }
    // One line per product, its fields separated by tabs (each field escaped on its own).
    const auto line = [](const QStringList& fields) {
        std::string text;
        for (const auto& field : fields) {
            text +=
                (text.empty() ? "" : "\t") + rm::protocol::escapeForTerminal(field.toStdString());
        }
        std::printf("%s\n", text.c_str());
    };
    for (const auto& lookup : records) {
        if (lookup.record) {
            line({lookup.record->id,
                  lookup.record->name.in(QLocale{}.name()) + u' ' + lookup.record->version,
                  lookup.record->installDir});
        } else {
            line({lookup.path,
                  QCoreApplication::translate("main", "refused: %1").arg(lookup.problem)});
        }
    }
    std::fflush(stdout);
    return ExitSuccess;
}

void printUninstallReport(const UninstallReport& report) {
    const auto list = [](const char* key, const QStringList& names) {
        if (!names.isEmpty()) {
            say(QLatin1String(key) + QLatin1Char(' ') + names.join(QStringLiteral(", ")));
        }
    };
    if (report.exitCode == ExitSuccess || report.exitCode == ExitRestartRequired) {
        say(QStringLiteral("uninstalled ") + report.product);
        say(QStringLiteral("removed-files %1").arg(report.removed.size()));
    }
    list("kept-changed", report.keptChanged);
    list("kept-folders", report.keptFolders);
    list("closed", report.closed);
    list("restarted", report.restarted);
    list("not-restarted", report.notRestarted);
    list("still-running", report.stillRunning);
    list("desktop-files-left", report.desktopLeft);
    if (report.restartRequired) {
        say(QStringLiteral("restart-required yes"));
    }
    if (!report.failure.isEmpty()) {
        say(QStringLiteral("failure ") + report.failure);
    }
    if (report.cancelled) {
        say(QStringLiteral("cancelled yes"));
    }
}

// --uninstall ID with --unattended or --silent: the record alone says what goes.
int runUninstall(const QString& id, const SetupDecision& decision, bool purge) {
    const QStringList recovered = recoverEarlierSetups();
    if (!recovered.isEmpty()) {
        say(QStringLiteral("recovered ") + recovered.join(QStringLiteral(", ")));
    }
    const auto lookup = loadRecord(id);
    if (lookup.result == RecordLookup::Result::NotInstalled) {
        rm::log::core()->error("{} is not installed (no record {})", id.toStdString(),
                               lookup.path.toStdString());
        say(QStringLiteral("failure ") +
            QCoreApplication::translate("main", "%1 is not installed.").arg(id));
        say(QStringLiteral("exit-code %1").arg(ExitUnknownProduct));
        return ExitUnknownProduct;
    }
    if (lookup.result == RecordLookup::Result::Refused) {
        say(QStringLiteral("failure ") +
            QCoreApplication::translate("main",
                                        "The record of %1 is refused, and nothing was removed: %2")
                .arg(id, lookup.problem));
        say(QStringLiteral("exit-code %1").arg(ExitFatalError));
        return ExitFatalError;
    }
    UninstallEngine engine{*lookup.record, purge};
    QObject::connect(&engine, &UninstallEngine::stateChanged, &engine,
                     [](const QString& state) { say(QStringLiteral("state ") + state); });
    QObject::connect(&engine, &UninstallEngine::progress, &engine,
                     [](int percent, const QString& message) {
                         say(QStringLiteral("progress %1 %2").arg(percent).arg(message));
                     });
    QObject::connect(&engine, &UninstallEngine::prepared, &engine, [&engine, &decision] {
        if (!engine.changedFiles().isEmpty()) {
            say(QStringLiteral("changed ") + engine.changedFiles().join(QStringLiteral(", ")));
        }
        QStringList using_;
        for (const auto& app : engine.affected().applications) {
            using_ << QString::fromStdString(app.appName);
        }
        if (!using_.isEmpty()) {
            say(QStringLiteral("in-use ") + using_.join(QStringLiteral(", ")));
        }
        engine.remove(decision.close != CloseMode::DoNotClose, decision.close == CloseMode::Force,
                      decision.restartApplications);
    });
    QObject::connect(&engine, &UninstallEngine::finished, &engine,
                     [] { QCoreApplication::exit(0); });
    cancelOnStopSignals(&engine, [&engine] {
        rm::log::core()->warn("setup was asked to stop (a signal): cancelling");
        engine.cancel();
    });
    QTimer::singleShot(recovered.isEmpty() ? 0 : 2000, &engine, [&engine] { engine.prepare(); });
    QCoreApplication::exec();
    printUninstallReport(engine.report());
    int exitCode = engine.report().exitCode;
    if (exitCode == ExitRestartRequired && decision.reboot && restartTheComputer()) {
        exitCode = ExitRestartStarted;
    }
    say(QStringLiteral("exit-code %1").arg(exitCode));
    return exitCode;
}

#ifndef RM_SETUP_NO_WIDGETS
// --uninstall ID with a window (the menu entry's "Uninstall" action): the uninstall wizard, over
// the same engine as runUninstall().
int runUninstallWizard(const QString& id, const SetupAnswers& answers, bool purge, bool noReboot) {
    const QStringList recovered = recoverEarlierSetups();
    if (!recovered.isEmpty()) {
        rm::log::core()->info("started again what earlier setups had closed: {}",
                              recovered.join(QStringLiteral(", ")).toStdString());
    }
    const auto lookup = loadRecord(id);
    if (!lookup.record) {
        const bool missing = lookup.result == RecordLookup::Result::NotInstalled;
        const QString message =
            missing ? QCoreApplication::translate("main", "%1 is not installed.").arg(id)
                    : QCoreApplication::translate(
                          "main", "The record of %1 is refused, and nothing was removed: %2")
                          .arg(id, lookup.problem);
        rm::log::core()->error("cannot uninstall {}: {}", id.toStdString(), message.toStdString());
        std::fprintf(stderr, "restartmanager-setup: %s\n",
                     rm::protocol::escapeForTerminal(message.toStdString()).c_str());
        // An answer file that names the dialog (CannotUninstall=close) is for scripts and tests.
        if (!answers.contains(QStringLiteral("CannotUninstall"))) {
            showCannotUninstallDialog(nullptr, message);
        }
        return missing ? ExitUnknownProduct : ExitFatalError;
    }
    UninstallWizard::Options options;
    options.purge = purge;
    if (noReboot) {
        options.restartComputer = [] { return false; };
    }
    UninstallWizard wizard{*lookup.record, options};
    if (answers.contains(QStringLiteral("ConfirmCancel"))) {
        wizard.setAnswerSource(std::make_unique<ScriptedAnswerSource>(QMap<QString, QString>{
            {QStringLiteral("ConfirmCancel"), answers.value(QStringLiteral("ConfirmCancel"))}}));
    }
    cancelOnStopSignals(&wizard, [&wizard] { wizard.cancelWithoutAsking(); });
    wizard.show();
    return wizard.exec();
}
#endif

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    Mode mode = Mode::Wizard;
    if (hasArgument(argc, argv, {"--unattended"})) {
        mode = Mode::Unattended;
    } else if (hasArgument(argc, argv, {"--silent"})) {
        mode = Mode::Silent;
    }
    const bool onlyText = hasArgument(
        argc, argv, {"-h", "--help", "-?", "--help-all", "-v", "--version", "--list-installed"});
    QString noDisplay;
#ifdef RM_SETUP_NO_WIDGETS
    (void)onlyText;
    // restartmanager-setup-unattended: Qt Core only, so that it runs where the GUI libraries
    // are missing; it installs only unattended.
    const bool display = false;
    noDisplay = QStringLiteral("restartmanager-setup-unattended shows no window");
    auto application = std::make_unique<QCoreApplication>(argc, argv);
#else
    // --unattended, --help and --version never need one; the check may take a moment.
    const bool display = mode == Mode::Unattended || onlyText || canShowWindows(&noDisplay);
    std::unique_ptr<QCoreApplication> application;
    if (mode == Mode::Unattended || onlyText || !display) {
        application = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        auto gui = std::make_unique<QApplication>(argc, argv);
        // Room beside the buttons' texts in every window setup shows (ui/color_scheme.h).
        useSetupStyle(*gui);
        application = std::move(gui);
    }
#endif
    QCoreApplication::setApplicationName(QStringLiteral("restartmanager-setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // Before anything is said: the options' help and the package's errors are translated too.
    const QString requestedLanguage = Translations::languageFromArguments(argc, argv);
    const QString language = Translations::setLanguage(requestedLanguage);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Installs a package with the Restart Manager."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language, e.g. de."),
        QStringLiteral("language")};
    const QCommandLineOption package{
        QStringLiteral("package"),
        QCoreApplication::translate("main", "The package directory (default: the demo package)."),
        QStringLiteral("directory"), QStringLiteral(":/demo-package")};
    const QCommandLineOption log{QStringLiteral("log"),
                                 QCoreApplication::translate("main", "Write the log to this file."),
                                 QStringLiteral("file")};
    const QCommandLineOption answer{
        QStringLiteral("answer"),
        QCoreApplication::translate("main", "Answer a question without asking, e.g. "
                                            "StillRunning=force or ConfirmCancel=yes."),
        QStringLiteral("id=value")};
    const QCommandLineOption startupTime{
        QStringLiteral("print-startup-time"),
        QCoreApplication::translate("main", "Print the milliseconds until the first page shows.")};
    const QCommandLineOption resultFile{
        QStringLiteral("result-file"),
        QCoreApplication::translate("main", "Also write the exit code to this file (the shell sees "
                                            "it only modulo 256)."),
        QStringLiteral("file")};
    const QCommandLineOption qaWalk{
        QStringLiteral("qa-walk"),
        QCoreApplication::translate("main",
                                    "Walk every page of an installation into a temporary "
                                    "folder and write a screenshot and a list of the widgets "
                                    "of each page to this folder (--lang all: every "
                                    "language)."),
        QStringLiteral("folder")};
    const QCommandLineOption unattended{
        QStringLiteral("unattended"),
        QCoreApplication::translate(
            "main", "Install without a window and without questions; needs no display.")};
    const QCommandLineOption silent{
        QStringLiteral("silent"),
        QCoreApplication::translate("main",
                                    "Install without questions, showing only the progress.")};
    const QCommandLineOption dir{QStringLiteral("dir"),
                                 QCoreApplication::translate("main", "Install in this folder."),
                                 QStringLiteral("folder")};
    const QCommandLineOption components{
        QStringLiteral("components"),
        QCoreApplication::translate("main", "Install these components, e.g. app,dictionary."),
        QStringLiteral("ids")};
    const QCommandLineOption closeApps{
        QStringLiteral("close-applications"),
        QCoreApplication::translate(
            "main",
            "Close the applications that use the files and restart them afterwards (default).")};
    const QCommandLineOption noCloseApps{
        QStringLiteral("no-close-applications"),
        QCoreApplication::translate(
            "main", "Leave the applications running; the computer must restart later.")};
    const QCommandLineOption forceCloseApps{
        QStringLiteral("force-close-applications"),
        QCoreApplication::translate(
            "main", "Close the applications; end those that do not close in time.")};
    const QCommandLineOption noRestartApps{
        QStringLiteral("no-restart-applications"),
        QCoreApplication::translate("main", "Do not start the closed applications again.")};
    const QCommandLineOption noReboot{
        QStringLiteral("no-reboot"),
        QCoreApplication::translate(
            "main", "Never restart the computer; exit with 3010 when a restart is needed.")};
    const QCommandLineOption launch{
        QStringLiteral("launch"),
        QCoreApplication::translate("main", "Start the product once it is installed, as the user "
                                            "who ran setup.")};
    const QCommandLineOption answerFile{
        QStringLiteral("answer-file"),
        QCoreApplication::translate("main", "Read the answers from this file (Key=Value lines)."),
        QStringLiteral("file")};
    const QCommandLineOption saveAnswers{
        QStringLiteral("save-answers"),
        QCoreApplication::translate("main", "Write the answers of this run to this file."),
        QStringLiteral("file")};
    // Set by rm-setup-launcher when a setup file's publisher could not be verified.
    const QCommandLineOption unverifiedPublisher{
        QStringLiteral("unverified-publisher"),
        QCoreApplication::translate("main", "The publisher could not be verified (the signer's "
                                            "key ID, or unsigned): ask the user first."),
        QStringLiteral("key-id")};
    const QCommandLineOption uninstall{
        QStringLiteral("uninstall"),
        QCoreApplication::translate("main", "Remove the installed product with this id."),
        QStringLiteral("id")};
    const QCommandLineOption purge{
        QStringLiteral("purge"),
        QCoreApplication::translate("main", "With --uninstall: remove the files you changed too.")};
    const QCommandLineOption listInstalledOption{
        QStringLiteral("list-installed"),
        QCoreApplication::translate("main", "List the installed products.")};
    const QCommandLineOption json{
        QStringLiteral("json"),
        QCoreApplication::translate("main", "With --list-installed: as JSON.")};
    const QCommandLineOption allowDowngrade{
        QStringLiteral("allow-downgrade"),
        QCoreApplication::translate("main",
                                    "Install an older version over a newer one without asking.")};
    const QCommandLineOption repair{
        QStringLiteral("repair"),
        QCoreApplication::translate("main", "Restore the missing or changed files of the installed "
                                            "product (with the package of its version).")};
    const QCommandLineOption modify{
        QStringLiteral("modify"),
        QCoreApplication::translate(
            "main", "Add or remove components of the installed product (with --components).")};
    parser.addOptions({repair, modify});
    parser.addOptions({lang,           package,        log,
                       answer,         startupTime,    resultFile,
                       unattended,     silent,         dir,
                       components,     closeApps,      noCloseApps,
                       forceCloseApps, noRestartApps,  noReboot,
                       answerFile,     saveAnswers,    qaWalk,
                       uninstall,      purge,          listInstalledOption,
                       json,           allowDowngrade, launch});
    parser.addOption(unverifiedPublisher);
    parser.process(*application);

    const QString logFile = setUpLogging(parser.value(log));
    rm::log::core()->info("restartmanager-setup {} starting ({})", PROJECT_VERSION,
                          mode == Mode::Unattended ? "unattended"
                          : mode == Mode::Silent   ? "silent"
                                                   : "wizard");
    // Only now: the first call of rm::log::core() fixes its sinks.
    if (!requestedLanguage.isEmpty() && Translations::resolve(requestedLanguage).isEmpty()) {
        rm::log::core()->warn("no translation for the language \"{}\": setup uses {}",
                              requestedLanguage.toStdString(), language.toStdString());
    } else {
        rm::log::core()->info("language: {}", language.toStdString());
    }
    const auto endWith = [&parser, &resultFile](int exitCode) {
        rm::log::core()->info("restartmanager-setup exits with {}", exitCode);
        writeResult(parser.value(resultFile), exitCode);
        return exitCode;
    };

    // What uninstalls that were killed left set aside comes back (or, once they had begun to
    // delete, goes) before anything else.
    if (const QStringList recovered = recoverInterruptedUninstalls();
        !recovered.isEmpty() && !parser.isSet(json)) {
        say(QStringLiteral("recovered-uninstall ") + recovered.join(QStringLiteral(", ")));
    }
    if (parser.isSet(listInstalledOption)) {
        return endWith(listInstalled(parser.isSet(json)));
    }
    // Never shown as anything but a key ID: 16 hexadecimal digits, or "unsigned".
    const QString publisherKey = parser.value(unverifiedPublisher);
    if (parser.isSet(unverifiedPublisher)) {
        static const QRegularExpression keyId{QStringLiteral("^([0-9A-F]{16}|unsigned)$")};
        if (!keyId.match(publisherKey).hasMatch()) {
            rm::log::core()->error("--unverified-publisher takes a key ID or \"unsigned\"");
            return endWith(ExitFatalError);
        }
        if (mode != Mode::Wizard) {
            // rm-setup-launcher refuses such a file without a window (1625) unless
            // --allow-untrusted was given, in which case it does not pass this option on.
            rm::log::core()->error("the publisher could not be verified, and without a window "
                                   "nobody can agree to install anyway");
            return endWith(1625);
        }
    }

    if (mode != Mode::Unattended && !display) {
        const QString message = QCoreApplication::translate(
            "main", "No display is available. Use --unattended to install without a window.");
        std::fprintf(stderr, "restartmanager-setup: %s\n", message.toLocal8Bit().constData());
        rm::log::core()->error("no display: {}", noDisplay.toStdString());
        return endWith(ExitFatalError);
    }

    // What setups that were killed left in the private store folder (a copy of the package)
    // goes before this setup makes its own.
    if (const auto removed = rm::removeStaleScratchFolders(); removed > 0) {
        rm::log::core()->info("removed {} folder(s) that earlier setups left", removed);
    }

#ifndef RM_SETUP_NO_WIDGETS
    // The desktop's dark or light preference, from its portal, for every window setup shows.
    if (auto* gui = qobject_cast<QApplication*>(application.get())) {
        followDesktopColorScheme(*gui);
    }

    if (parser.isSet(qaWalk)) {
        QaWalkOptions walk;
        walk.outputDir = parser.value(qaWalk);
        walk.package = parser.value(package);
        walk.stockSecondaryInstaller =
            QCoreApplication::applicationDirPath() + QStringLiteral("/rm-secondary-installer");
        walk.languages = parser.value(lang) == QLatin1String("all") ? Translations::available()
                                                                    : QStringList{language};
        const int result = runQaWalk(walk);
        writeResult(parser.value(resultFile), result == 0 ? ExitSuccess : ExitFatalError);
        return result;
    }
#endif

    // The answers: the answer file first, then --answer, then the switches.
    SetupAnswers answers;
    if (parser.isSet(answerFile)) {
        QString error;
        auto loaded = SetupAnswers::load(parser.value(answerFile), &error);
        if (!loaded) {
            rm::log::core()->error("the answer file {} cannot be used: {}",
                                   parser.value(answerFile).toStdString(), error.toStdString());
            return endWith(ExitFatalError);
        }
        answers = *loaded;
    }
    for (const auto& pair : parser.values(answer)) {
        QString error;
        if (!answers.set(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1),
                         &error)) {
            rm::log::core()->error("--answer {}: {}", pair.toStdString(), error.toStdString());
            return endWith(ExitFatalError);
        }
    }
    if (parser.isSet(dir)) {
        // As typed: the plan expands "~" and refuses a relative path, as in every other mode.
        answers.set(QStringLiteral("Dir"), parser.value(dir));
    }
    if (parser.isSet(components)) {
        answers.set(QStringLiteral("Components"), parser.value(components));
    }
    if (parser.isSet(forceCloseApps)) {
        answers.set(QStringLiteral("CloseApplications"), QStringLiteral("force"));
    } else if (parser.isSet(noCloseApps)) {
        answers.set(QStringLiteral("CloseApplications"), QStringLiteral("no"));
    } else if (parser.isSet(closeApps)) {
        answers.set(QStringLiteral("CloseApplications"), QStringLiteral("yes"));
    }
    if (parser.isSet(noRestartApps)) {
        answers.set(QStringLiteral("RestartApplications"), QStringLiteral("no"));
    }
    if (parser.isSet(noReboot)) {
        answers.set(QStringLiteral("Reboot"), QStringLiteral("no"));
    }
    if (parser.isSet(launch)) {
        answers.set(QStringLiteral("Launch"), QStringLiteral("yes"));
    }

    if (parser.isSet(uninstall)) {
        SetupDecision decision;
        decision.reboot = false;
        InstallPlan none{Package{}};
        QString error;
        if (!answers.applyTo(none, decision, &error)) {
            rm::log::core()->error("the answers cannot be used: {}", error.toStdString());
            return endWith(ExitFatalError);
        }
        // The same lock as a setup of the product: never an install and an uninstall at once.
        const auto installed = loadRecord(parser.value(uninstall));
        SetupInstanceLock uninstallLock;
        if (uninstallLock.acquire(installed.record ? installed.record->name.fallback
                                                   : parser.value(uninstall)) ==
            SetupInstanceLock::Result::AlreadyRunning) {
#ifndef RM_SETUP_NO_WIDGETS
            if (mode == Mode::Wizard && !answers.contains(QStringLiteral("AlreadyRunning"))) {
                showAlreadyRunningDialog(
                    nullptr, QCoreApplication::translate(
                                 "main", "Setup of %1 is already running. Wait until it has "
                                         "finished, then start setup again.")
                                 .arg(installed.record ? installed.record->name.fallback
                                                       : parser.value(uninstall)));
            }
#endif
            say(QStringLiteral("exit-code %1").arg(ExitAlreadyRunning));
            return endWith(ExitAlreadyRunning);
        }
#ifndef RM_SETUP_NO_WIDGETS
        if (mode == Mode::Wizard) {
            return endWith(runUninstallWizard(parser.value(uninstall), answers, parser.isSet(purge),
                                              parser.isSet(noReboot)));
        }
#endif
        return endWith(runUninstall(parser.value(uninstall), decision, parser.isSet(purge)));
    }

    if (const QString damaged = prepareSetupFilePackage(parser.value(package));
        !damaged.isEmpty()) {
        rm::log::core()->error("the setup file cannot be used: {}", damaged.toStdString());
        return endWith(static_cast<int>(rm::setupfile::kPackageInvalid));
    }
    auto loaded = loadPackage(parser.value(package));
    if (const auto* error = std::get_if<PackageError>(&loaded)) {
        // A bad package installs nothing: say what is wrong and where.
        // The log's stderr sink says it once on the terminal too.
        rm::log::core()->error("the package cannot be used: {}", error->toString().toStdString());
#ifndef RM_SETUP_NO_WIDGETS
        if (mode == Mode::Wizard && !answers.contains(QStringLiteral("PackageError"))) {
            showPackageErrorDialog(nullptr, error->toString());
        }
#endif
        return endWith(ExitFatalError);
    }
    const QString stockSecondary =
        QCoreApplication::applicationDirPath() + QStringLiteral("/rm-secondary-installer");

    // One setup of a product at a time: a second one would close the applications under the
    // first, or install over its files. The lock is held until setup exits.
    SetupInstanceLock instanceLock;
    {
        const Package& loadedPackage = std::get<Package>(loaded);
        const QString productKey = loadedPackage.localizedProduct.fallback.isEmpty()
                                       ? loadedPackage.product
                                       : loadedPackage.localizedProduct.fallback;
        if (instanceLock.acquire(productKey) == SetupInstanceLock::Result::AlreadyRunning) {
            const QString message = QCoreApplication::translate(
                                        "main", "Setup of %1 is already running. Wait until it has "
                                                "finished, then start setup again.")
                                        .arg(loadedPackage.product);
            std::fprintf(stderr, "restartmanager-setup: %s\n",
                         rm::protocol::escapeForTerminal(message.toStdString()).c_str());
#ifndef RM_SETUP_NO_WIDGETS
            if (mode == Mode::Wizard) {
                if (!answers.contains(QStringLiteral("AlreadyRunning"))) {
                    showAlreadyRunningDialog(nullptr, message);
                }
            } else {
                say(QStringLiteral("exit-code %1").arg(ExitAlreadyRunning));
            }
#else
            say(QStringLiteral("exit-code %1").arg(ExitAlreadyRunning));
#endif
            return endWith(ExitAlreadyRunning);
        }
    }

    // --repair and --modify (with the package): the installed product, in its folder, as its
    // record says; in the wizard too.
    if (parser.isSet(repair) || parser.isSet(modify)) {
        const Package& installing = std::get<Package>(loaded);
        const auto lookup = loadRecord(installing.id);
        if (!lookup.record) {
            const QString message =
                QCoreApplication::translate("main", "%1 is not installed.")
                    .arg(installing.id.isEmpty() ? installing.product : installing.id);
#ifndef RM_SETUP_NO_WIDGETS
            if (mode == Mode::Wizard) {
                rm::log::core()->error("{}", message.toStdString());
                if (!answers.contains(QStringLiteral("PackageError"))) {
                    showPackageErrorDialog(nullptr, message);
                }
                return endWith(ExitUnknownProduct);
            }
#endif
            say(QStringLiteral("failure ") + message);
            say(QStringLiteral("exit-code %1").arg(ExitUnknownProduct));
            return endWith(ExitUnknownProduct);
        }
        answers.set(QStringLiteral("Dir"), lookup.record->installDir);
        if (parser.isSet(repair)) {
            if (lookup.record->version != installing.version) {
                const QString message =
                    QCoreApplication::translate(
                        "main", "--repair needs the package of the installed version %1.")
                        .arg(lookup.record->version);
#ifndef RM_SETUP_NO_WIDGETS
                if (mode == Mode::Wizard) {
                    rm::log::core()->error("{}", message.toStdString());
                    if (!answers.contains(QStringLiteral("PackageError"))) {
                        showPackageErrorDialog(nullptr, message);
                    }
                    return endWith(ExitFatalError);
                }
#endif
                say(QStringLiteral("failure ") + message);
                say(QStringLiteral("exit-code %1").arg(ExitFatalError));
                return endWith(ExitFatalError);
            }
            answers.set(QStringLiteral("Components"),
                        lookup.record->components.join(QLatin1Char(',')));
        } else if (!answers.contains(QStringLiteral("Components"))) {
            // Modify starts from what is installed (the wizard's components page preselects it).
            answers.set(QStringLiteral("Components"),
                        lookup.record->components.join(QLatin1Char(',')));
        }
    }
    if (mode != Mode::Wizard) {
        InstallPlan plan{std::get<Package>(std::move(loaded))};
        plan.logFile = logFile;
        plan.downgradeConfirmed = parser.isSet(allowDowngrade);
        SetupDecision decision;
        // Without questions setup restarts the computer only when the answers say so.
        decision.reboot = false;
        QString error;
        if (!answers.applyTo(plan, decision, &error)) {
            rm::log::core()->error("the answers cannot be used: {}", error.toStdString());
            return endWith(ExitFatalError);
        }
        if (const QString problem = plan.locationProblem(); !problem.isEmpty()) {
            rm::log::core()->error("the install folder {} cannot be used: {}",
                                   plan.installDir().toStdString(), problem.toStdString());
            say(QStringLiteral("failure ") +
                QCoreApplication::translate("main", "The install folder %1 cannot be used: %2")
                    .arg(plan.installDir(), problem));
            say(QStringLiteral("exit-code %1").arg(ExitFatalError));
            return endWith(ExitFatalError);
        }
        if (parser.isSet(saveAnswers)) {
            SetupAnswers::from(plan, decision).save(parser.value(saveAnswers), &error);
        }
        return endWith(runWithoutQuestions(mode, plan, decision, stockSecondary));
    }

#ifdef RM_SETUP_NO_WIDGETS
    return endWith(ExitFatalError); // not reached: without widgets every run is unattended
#else
    SetupWizard::Options options;
    options.stockSecondaryInstaller = stockSecondary;
    options.language = language;
    options.logFile = logFile;
    options.unverifiedPublisher = publisherKey;
    if (parser.isSet(repair)) {
        options.maintenance = SetupWizard::Options::Maintenance::Repair;
    } else if (parser.isSet(modify)) {
        options.maintenance = SetupWizard::Options::Maintenance::Modify;
    }
    if (parser.isSet(noReboot)) {
        options.restartComputer = [] { return false; };
    }
    SetupWizard wizard{std::get<Package>(std::move(loaded)), options};
    if (!answers.isEmpty()) {
        wizard.setAnswers(answers);
    }
    cancelOnStopSignals(&wizard, [&wizard] { wizard.cancelWithoutAsking(); });
    wizard.show();
    if (parser.isSet(startupTime)) {
        QTimer::singleShot(0, &wizard, [&sinceLaunch] {
            std::printf("first page shown after %lld ms\n",
                        static_cast<long long>(sinceLaunch.elapsed()));
            std::fflush(stdout);
        });
    }
    const int exitCode = wizard.exec();
    if (parser.isSet(saveAnswers)) {
        QString error;
        if (!wizard.answersOfThisRun().save(parser.value(saveAnswers), &error)) {
            rm::log::core()->error("cannot write the answers to {}: {}",
                                   parser.value(saveAnswers).toStdString(), error.toStdString());
        }
    }
    return endWith(exitCode);
#endif
}
