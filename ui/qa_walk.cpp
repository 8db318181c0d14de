#include "ui/qa_walk.h"

#include "core/log.h"
#include "ui/setup/desktop_manifest.h"
#include "ui/setup/package.h"
#include "ui/setup/setup_run.h"
#include "ui/translations.h"
#include "ui/wizard/setup_wizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QWizardPage>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 kPageTimeoutMs = 120 * 1000;

// Environment variables set for one language's walk and put back afterwards: the wizard, its
// secondaries and the application all see them.
class WalkEnvironment {
public:
    void set(const char* name, const QByteArray& value) {
        m_saved.append({name, qEnvironmentVariableIsSet(name)
                                  ? std::optional<QByteArray>{qgetenv(name)}
                                  : std::nullopt});
        qputenv(name, value);
    }
    ~WalkEnvironment() {
        for (auto it = m_saved.crbegin(); it != m_saved.crend(); ++it) {
            if (it->second) {
                qputenv(it->first, *it->second);
            } else {
                qunsetenv(it->first);
            }
        }
    }

private:
    QList<std::pair<const char*, std::optional<QByteArray>>> m_saved;
};

} // namespace

namespace {

// Whether `text` needs more than `size` in `metrics`, wrapped at words when `wrap`.
bool textExceeds(const QFontMetrics& metrics, const QString& text, const QSize& size, bool wrap) {
    if (text.isEmpty()) {
        return false;
    }
    if (!wrap) {
        return metrics.boundingRect(QRect{0, 0, 1 << 20, 1 << 20}, 0, text).width() > size.width();
    }
    const QRect needed =
        metrics.boundingRect(QRect{0, 0, qMax(1, size.width()), 1 << 20}, Qt::TextWordWrap, text);
    return needed.width() > size.width() || needed.height() > size.height();
}

// A table's or tree's header sections and cells: a column reaching past the visible area (the
// user must scroll to read it), a header text wider than its section, or a cell whose text is
// elided (or, wrapped, taller than its row).
bool itemViewIsClipped(const QAbstractItemView& view) {
    const QAbstractItemModel* model = view.model();
    if (model == nullptr) {
        return false;
    }
    const QWidget* viewport = view.viewport();
    const QHeaderView* header = nullptr;
    bool wrap = false;
    if (const auto* table = qobject_cast<const QTableView*>(&view)) {
        header = table->horizontalHeader();
        wrap = table->wordWrap();
    } else if (const auto* tree = qobject_cast<const QTreeView*>(&view)) {
        header = tree->isHeaderHidden() ? nullptr : tree->header();
        wrap = tree->wordWrap();
    }
    const QStyle* style = view.style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (header != nullptr) {
            if (header->isSectionHidden(column)) {
                continue;
            }
            const int left = header->sectionViewportPosition(column);
            const int width = header->sectionSize(column);
            if (left < 0 || left + width > viewport->width() + 1) {
                return true;
            }
            const QString title = model->headerData(column, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(title) + 2 * margin +
                               style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            if (needed > width + 1) {
                return true;
            }
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            const QRect cell = view.visualRect(index);
            if (cell.isEmpty()) {
                continue;
            }
            QSize room = cell.size() - QSize{2 * margin, 0};
            if (!model->data(index, Qt::DecorationRole).isNull()) {
                room.rwidth() -= view.iconSize().isValid()
                                     ? view.iconSize().width()
                                     : style->pixelMetric(QStyle::PM_SmallIconSize) + margin;
            }
            if (textExceeds(view.fontMetrics(), index.data().toString(), room, wrap)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

bool qaWalkIsClipped(const QWidget& widget) {
    if (const auto* view = qobject_cast<const QAbstractItemView*>(&widget)) {
        return itemViewIsClipped(*view);
    }
    if (const auto* label = qobject_cast<const QLabel*>(&widget)) {
        if (label->text().isEmpty()) {
            return false;
        }
        if (label->wordWrap()) {
            return label->heightForWidth(label->width()) > label->height() + 1;
        }
        return label->width() + 1 < label->sizeHint().width() ||
               label->height() + 1 < label->sizeHint().height();
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(&widget)) {
        return !button->text().isEmpty() && button->width() + 1 < button->sizeHint().width();
    }
    if (const auto* combo = qobject_cast<const QComboBox*>(&widget)) {
        return combo->width() + 1 < combo->minimumSizeHint().width();
    }
    if (const auto* group = qobject_cast<const QGroupBox*>(&widget)) {
        return group->fontMetrics().horizontalAdvance(group->title()) > group->width();
    }
    return false;
}

namespace {

// The text a widget shows, and whether it is one QA looks at (shows text or takes input).
std::optional<QString> shownText(const QWidget& widget) {
    if (const auto* label = qobject_cast<const QLabel*>(&widget)) {
        return label->text().isEmpty() ? std::nullopt : std::optional<QString>{label->text()};
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(&widget)) {
        return button->text();
    }
    if (const auto* combo = qobject_cast<const QComboBox*>(&widget)) {
        return combo->currentText();
    }
    if (const auto* edit = qobject_cast<const QLineEdit*>(&widget)) {
        return edit->text();
    }
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(&widget)) {
        return plain->toPlainText().left(200);
    }
    if (const auto* group = qobject_cast<const QGroupBox*>(&widget)) {
        return group->title().isEmpty() ? std::nullopt : std::optional<QString>{group->title()};
    }
    if (const auto* progress = qobject_cast<const QProgressBar*>(&widget)) {
        return progress->text();
    }
    if (qobject_cast<const QAbstractItemView*>(&widget) != nullptr) {
        return QString{};
    }
    return std::nullopt;
}

class Walker final {
public:
    Walker(const QaWalkOptions& options, const QString& language)
        : m_options{options}, m_language{language}, m_dir{QDir{options.outputDir}.filePath(
                                                        language)} {}

    bool run() {
        if (!QDir{}.mkpath(m_dir)) {
            return failed(QStringLiteral("cannot create %1").arg(m_dir));
        }
        QTemporaryDir root{QDir::tempPath() + QStringLiteral("/rm-qa-walk-XXXXXX")};
        if (!root.isValid()) {
            return failed(QStringLiteral("no temporary folder: %1").arg(root.errorString()));
        }
        m_root = root.path();
        WalkEnvironment environment;
        const QString store = m_root + QStringLiteral("/store");
        ::mkdir(QFile::encodeName(store).constData(), 0700);
        environment.set("RESTARTMANAGER_STORE_DIR", QFile::encodeName(store));
        environment.set("XDG_STATE_HOME", QFile::encodeName(m_root + QStringLiteral("/state")));
        environment.set("XDG_DATA_HOME", QFile::encodeName(m_root + QStringLiteral("/data")));
        environment.set("RESTARTMANAGER_PRODUCTS_DIR",
                        QFile::encodeName(m_root + QStringLiteral("/products")));
        // The walk's menu entries, icons and commands go to its own folder, never to the real
        // ~/.local or /usr/local; that folder's entries name the applications in the lists.
        if (qEnvironmentVariableIsEmpty("RESTARTMANAGER_DESKTOP_PREFIX")) {
            environment.set("RESTARTMANAGER_DESKTOP_PREFIX",
                            QFile::encodeName(m_root + QStringLiteral("/desktop")));
        }
        const QByteArray dataDirs = qEnvironmentVariableIsEmpty("XDG_DATA_DIRS")
                                        ? QByteArrayLiteral("/usr/local/share:/usr/share")
                                        : qgetenv("XDG_DATA_DIRS");
        environment.set("XDG_DATA_DIRS",
                        qgetenv("RESTARTMANAGER_DESKTOP_PREFIX") + "/share:" + dataDirs);

        const bool walked = walk();
        endWhatWeStarted();
        return walked;
    }

private:
    bool failed(const QString& why) {
        rm::log::core()->error("QA walk ({}): {}", m_language.toStdString(), why.toStdString());
        std::fprintf(stderr, "QA walk (%s): %s\n", qPrintable(m_language), qPrintable(why));
        return false;
    }

    bool walk() {
        Translations::setLanguage(m_language);
        auto loaded = loadPackage(m_options.package);
        if (const auto* error = std::get_if<PackageError>(&loaded)) {
            return failed(error->toString());
        }
        Package package = std::get<Package>(std::move(loaded));
        const QString installDir = m_root + QStringLiteral("/install");
        const bool withApplication = !package.application.isEmpty();
        if (withApplication && !startApplication(package, installDir)) {
            return false;
        }

        SetupWizard::Options options;
        options.stockSecondaryInstaller = m_options.stockSecondaryInstaller;
        options.language = m_language;
        options.logFile = m_root + QStringLiteral("/setup.log");
        options.restartComputer = [] { return false; };
        SetupWizard wizard{std::move(package), options};
        wizard.plan().setInstallDir(installDir);
        wizard.show();

        QElapsedTimer sinceProgress;
        sinceProgress.start();
        int lastId = -1;
        bool stillRunningShown = false;
        QList<int> shown;
        while (wizard.isVisible()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            const int id = wizard.currentId();
            if (id != lastId) {
                lastId = id;
                shown << id;
                sinceProgress.restart();
                if (!record(wizard, pageName(wizard.currentPage()),
                            wizard.currentPage()->objectName())) {
                    wizard.finishWith(ExitFatalError);
                    return false;
                }
                if (id == SetupWizard::FilesInUsePageId && !stillRunningShown) {
                    stillRunningShown = true;
                    if (!recordStillRunningDialog(wizard)) {
                        wizard.finishWith(ExitFatalError);
                        return false;
                    }
                }
            }
            if (advance(wizard, id)) {
                sinceProgress.restart();
            }
            if (sinceProgress.elapsed() > kPageTimeoutMs) {
                wizard.finishWith(ExitFatalError);
                return failed(
                    QStringLiteral("page %1 did not move on").arg(pageName(wizard.currentPage())));
            }
        }
        // A walk that skipped a page did not walk it: QA would take a missing page for one that
        // is fine.
        for (const int id : wizard.pageIds()) {
            if (shown.contains(id) || (id == SetupWizard::FilesInUsePageId && !withApplication)) {
                continue;
            }
            QString why = wizard.run().report().failure;
            if (why.isEmpty() && id == SetupWizard::FilesInUsePageId) {
                why = QStringLiteral("no application used the files of the package (%1 was "
                                     "started; does it need a display?)")
                          .arg(package.application);
            }
            return failed(QStringLiteral("page %1 was not shown%2")
                              .arg(pageName(wizard.page(id)),
                                   why.isEmpty() ? QString{} : QStringLiteral(": ") + why));
        }
        return true;
    }

    // Clicks what the user would, once the page lets them: the default of every question.
    static bool advance(SetupWizard& wizard, int id) {
        QWizardPage* page = wizard.currentPage();
        if (page == nullptr) {
            return false;
        }
        if (id == SetupWizard::LicensePageId) {
            if (auto* accept = page->findChild<QCheckBox*>(QStringLiteral("AcceptLicenseCheckBox"));
                accept != nullptr && !accept->isChecked()) {
                accept->setChecked(true);
            }
        }
        for (const auto which :
             {QWizard::FinishButton, QWizard::CommitButton, QWizard::NextButton}) {
            QAbstractButton* button = wizard.button(which);
            if (button->isVisible() && button->isEnabled()) {
                // Give the page a moment on screen, as a person would.
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
                button->click();
                return true;
            }
        }
        return false;
    }

    static QString pageName(const QWizardPage* page) {
        QString name = page != nullptr ? page->objectName() : QStringLiteral("page");
        if (name.endsWith(QStringLiteral("Page"))) {
            name.chop(4);
        }
        // "FilesInUse" -> "files-in-use"
        QString kebab;
        for (const QChar c : name) {
            if (c.isUpper() && !kebab.isEmpty()) {
                kebab += u'-';
            }
            kebab += c.toLower();
        }
        return kebab;
    }

    bool record(QWidget& window, const QString& name, const QString& objectName) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        const QString base = QDir{m_dir}.filePath(
            QStringLiteral("%1-%2").arg(++m_step, 2, 10, QLatin1Char('0')).arg(name));
        const QPixmap shot = window.grab();
        if (shot.isNull() || !shot.save(base + QStringLiteral(".png"))) {
            return failed(QStringLiteral("cannot render or save %1.png").arg(base));
        }
        QJsonArray widgets;
        for (const QWidget* widget : window.findChildren<QWidget*>()) {
            if (!widget->isVisible()) {
                continue;
            }
            const auto text = shownText(*widget);
            if (!text) {
                continue;
            }
            widgets.append(QJsonObject{
                {QStringLiteral("objectName"), widget->objectName()},
                {QStringLiteral("class"), QLatin1String{widget->metaObject()->className()}},
                {QStringLiteral("accessibleName"), widget->accessibleName()},
                {QStringLiteral("text"), *text},
                {QStringLiteral("visible"), true},
                {QStringLiteral("clipped"), qaWalkIsClipped(*widget)}});
        }
        const QJsonObject page{
            {QStringLiteral("page"), objectName},
            {QStringLiteral("language"), m_language},
            {QStringLiteral("layoutDirection"), window.layoutDirection() == Qt::RightToLeft
                                                    ? QStringLiteral("RightToLeft")
                                                    : QStringLiteral("LeftToRight")},
            {QStringLiteral("widgets"), widgets}};
        QFile json{base + QStringLiteral(".json")};
        if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            json.write(QJsonDocument{page}.toJson()) < 0) {
            return failed(QStringLiteral("cannot write %1.json").arg(base));
        }
        return true;
    }

    // The dialog that comes when an application does not close in time, with the applications
    // the page lists; recorded, then closed without an answer.
    bool recordStillRunningDialog(SetupWizard& wizard) {
        QStringList names;
        for (const auto& app : wizard.plan().affected.applications) {
            names << QStringLiteral("%1 (%2)")
                         .arg(QString::fromStdString(app.appName))
                         .arg(app.process.dwProcessId);
        }
        bool recorded = false;
        QTimer::singleShot(200, &wizard, [this, &recorded] {
            QWidget* dialog = QApplication::activeModalWidget();
            if (dialog == nullptr) {
                return;
            }
            recorded =
                record(*dialog, QStringLiteral("still-running-dialog"), dialog->objectName());
            if (auto* cancel = dialog->findChild<QAbstractButton*>(QStringLiteral("RetryButton"))) {
                cancel->click();
            }
        });
        DialogAnswerSource{}.stillRunning(&wizard, names);
        return recorded || failed(QStringLiteral("the still-running dialog did not render"));
    }

    // An earlier installation: the package's files as they are, and its application started
    // from there, so that it uses them.
    bool startApplication(const Package& package, const QString& installDir) {
        for (const auto& component : package.components) {
            for (const auto& file : component.files) {
                const QString target = QDir{installDir}.filePath(file.target);
                QDir{}.mkpath(QFileInfo{target}.path());
                if (!QFile::copy(file.source, target)) {
                    return failed(QStringLiteral("cannot copy %1").arg(file.source));
                }
                QFile::setPermissions(target, QFileInfo{file.source}.permissions() |
                                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            }
        }
        // Its menu entries too, in the walk's own folder: the lists name the application as
        // the desktop does.
        if (auto desktop = desktopInstallationFor(package, installDir); desktop && *desktop) {
            auto& installation = **desktop;
            if (!installation.apply() || !installation.prepareCommit() || !installation.commit()) {
                rm::log::core()->warn("QA walk: the earlier installation has no menu entries");
            }
        }
        m_application = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(QStringLiteral("DISPLAY")) &&
            !environment.contains(QStringLiteral("WAYLAND_DISPLAY"))) {
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        }
        m_application->setProcessEnvironment(environment);
        m_application->setProgram(QDir{installDir}.filePath(package.application));
        m_application->setArguments(package.applicationArguments);
        m_application->start();
        if (!m_application->waitForStarted(10000)) {
            return failed(QStringLiteral("cannot start %1: %2")
                              .arg(package.application, m_application->errorString()));
        }
        // Until it says something (Demo Notes: "ready"), or a few seconds.
        m_application->waitForReadyRead(5000);
        if (m_application->state() == QProcess::NotRunning) {
            // A Tk program without a display, say: nothing will use the files, and the
            // files-in-use page cannot be walked.
            return failed(QStringLiteral("%1 ended at once (exit status %2), so the files-in-use "
                                         "page cannot be shown: %3")
                              .arg(package.application)
                              .arg(m_application->exitCode())
                              .arg(QString::fromLocal8Bit(m_application->readAllStandardError())
                                       .trimmed()
                                       .left(300)));
        }
        return true;
    }

    // The application we started, and whatever setup restarted from the temporary folder.
    void endWhatWeStarted() {
        if (m_application && m_application->state() != QProcess::NotRunning) {
            m_application->kill();
            m_application->waitForFinished(5000);
        }
        const QString prefix = QFileInfo{m_root}.canonicalFilePath() + u'/';
        QDir proc{QStringLiteral("/proc")};
        for (const QString& entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            bool number = false;
            const int pid = entry.toInt(&number);
            if (!number || pid == static_cast<int>(::getpid())) {
                continue;
            }
            const QString exe =
                QFileInfo{QStringLiteral("/proc/%1/exe").arg(entry)}.symLinkTarget();
            if (exe.startsWith(prefix)) {
                ::kill(pid, SIGKILL);
            }
        }
    }

    const QaWalkOptions& m_options;
    QString m_language;
    QString m_dir;
    QString m_root;
    int m_step = 0;
    std::unique_ptr<QProcess> m_application;
};

} // namespace

int runQaWalk(const QaWalkOptions& options) {
    bool all = true;
    for (const QString& language : options.languages) {
        std::printf("QA walk: %s\n", qPrintable(language));
        std::fflush(stdout);
        Walker walker{options, language};
        all = walker.run() && all;
    }
    return all ? 0 : 1;
}
