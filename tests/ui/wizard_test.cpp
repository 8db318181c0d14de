// The setup wizard end to end, driven like a user: the real SetupWizard on the offscreen
// platform, the real stock secondary installers, and a real Demo Notes 1.0 that uses the files
// being upgraded to 2.0. Widgets are found by object name, clicked with the mouse and typed into
// with the keyboard.
//
// With RM_SCREENSHOT_DIR set, the language walk also saves every page, in English and German,
// as <dir>/wizard-<page>-<lang>.png.
#include "core/desktop_integration.h"
#include "core/log.h"
#include "core/private/session_engine.h"
#include "support/log_capture.h"
#include "support/test_support.h"
#include "support/x_server.h"
#include "ui/affected_apps_model.h"
#include "ui/plain_text.h"
#include "ui/qa_walk.h"
#include "ui/setup/error_text.h"
#include "ui/setup/install_engine.h"
#include "ui/setup/install_folder.h"
#include "ui/setup/package.h"
#include "ui/setup/setup_run.h"
#include "ui/translations.h"
#include "ui/wizard/answer_source.h"
#include "ui/wizard/setup_wizard.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTextOption>
#include <QTimer>
#include <QTreeWidget>
#include <QVariant>
#include <QWizardPage>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <pwd.h>
#include <set>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

constexpr auto kPageTimeout = 30s;
constexpr auto kInstallTimeout = 120s;
constexpr std::string_view kUnsavedText = "unsaved text 1.0";
constexpr std::string_view kWordsVersion1 =
    "# Demo Notes word list, version 1\napple\nbook\ncandle\n";
// Appended to the 1.0 program so that it differs from the 2.0 one in the package (an ELF file
// runs the same with bytes after its end).
constexpr std::string_view kVersion1Marker = "\n# Demo Notes 1.0, installed by wizard_test\n";

// Pumps the event loop until `done` holds or `timeout` passes; the last answer of `done`.
bool waitFor(const std::function<bool()>& done, std::chrono::milliseconds timeout = kPageTimeout) {
    QDeadlineTimer deadline{timeout.count()};
    // What is already posted (a language change, a layout) is handled first, as before a user
    // sees anything.
    QCoreApplication::processEvents();
    while (!done()) {
        if (deadline.hasExpired()) {
            return done();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QTest::qWait(5);
    }
    return true;
}

// Pumps the event loop for `duration`, so that late queued work gets its chance to run.
void settle(std::chrono::milliseconds duration) {
    QDeadlineTimer deadline{duration.count()};
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QTest::qWait(5);
    }
}

std::string readText(const fs::path& path) {
    return rmtest::readFile(path.string());
}

void writeText(const fs::path& path, std::string_view text) {
    fs::create_directories(path.parent_path());
    std::ofstream out{path, std::ios::binary | std::ios::trunc};
    out << text;
}

void copyExecutable(const fs::path& from, const fs::path& to, std::string_view appended = {}) {
    fs::create_directories(to.parent_path());
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
    if (!appended.empty()) {
        std::ofstream out{to, std::ios::binary | std::ios::app};
        out << appended;
    }
    fs::permissions(to, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                            fs::perms::others_read | fs::perms::others_exec);
}

// Every file and folder under `root`: relative path -> content ("/" ends a folder's name).
std::map<std::string, std::string> snapshot(const fs::path& root) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator{root}) {
        const std::string relative = fs::relative(entry.path(), root).string();
        if (entry.is_directory()) {
            files[relative + "/"] = {};
        } else {
            files[relative] = readText(entry.path());
        }
    }
    return files;
}

// The names in `after` that are new or changed against `before`, and those gone.
std::string differences(const std::map<std::string, std::string>& before,
                        const std::map<std::string, std::string>& after) {
    std::string text;
    for (const auto& [name, content] : after) {
        const auto old = before.find(name);
        if (old == before.end()) {
            text += "  added: " + name + "\n";
        } else if (old->second != content) {
            text += "  changed: " + name + "\n";
        }
    }
    for (const auto& [name, content] : before) {
        if (!after.contains(name)) {
            text += "  removed: " + name + "\n";
        }
    }
    return text;
}

std::vector<std::string> leftovers(const fs::path& root) {
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator{root}) {
        const std::string name = entry.path().filename().string();
        if (name.ends_with(".rm-new") || name.ends_with(".rm-old")) {
            found.push_back(entry.path().string());
        }
    }
    return found;
}

struct RunningProgram {
    pid_t pid = 0;
    bool deleted = false; // runs a file that was replaced or removed since it started
};

// The processes whose executable is `exe`, found through /proc/*/exe (zombies have none).
std::vector<RunningProgram> processesOf(const fs::path& exe) {
    std::vector<RunningProgram> found;
    std::error_code error;
    fs::directory_iterator it{"/proc", error};
    for (; !error && it != fs::directory_iterator{}; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.empty() ||
            !std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            continue;
        }
        std::error_code linkError;
        std::string target = fs::read_symlink(it->path() / "exe", linkError).string();
        if (linkError) {
            continue;
        }
        constexpr std::string_view kDeleted = " (deleted)";
        const bool deleted = target.ends_with(kDeleted);
        if (deleted) {
            target.resize(target.size() - kDeleted.size());
        }
        if (target == exe.string()) {
            found.push_back({static_cast<pid_t>(std::stol(name)), deleted});
        }
    }
    return found;
}

// Alive and not a zombie.
bool isRunning(pid_t pid) {
    const std::string stat = readText("/proc/" + std::to_string(pid) + "/stat");
    const auto close = stat.rfind(')');
    return close != std::string::npos && close + 2 < stat.size() && stat[close + 2] != 'Z';
}

std::vector<std::string> commandLine(pid_t pid) {
    const std::string raw = readText("/proc/" + std::to_string(pid) + "/cmdline");
    std::vector<std::string> words;
    std::string word;
    for (const char c : raw) {
        if (c == '\0') {
            words.push_back(word);
            word.clear();
        } else {
            word.push_back(c);
        }
    }
    return words;
}

QString currentUserName() {
    const passwd* entry = ::getpwuid(::getuid());
    return entry != nullptr ? QString::fromLocal8Bit(entry->pw_name) : QString{};
}

using rmtest::LogCapture;

// Environment variables set by a test are inherited by the secondaries it starts.
using rmtest::ScopedEnvironment;

QString pageName(int id) {
    switch (id) {
    case SetupWizard::WelcomePageId:
        return QStringLiteral("welcome");
    case SetupWizard::LicensePageId:
        return QStringLiteral("license");
    case SetupWizard::ComponentsPageId:
        return QStringLiteral("components");
    case SetupWizard::LocationPageId:
        return QStringLiteral("location");
    case SetupWizard::ReadyPageId:
        return QStringLiteral("ready");
    case SetupWizard::PreparingPageId:
        return QStringLiteral("preparing");
    case SetupWizard::FilesInUsePageId:
        return QStringLiteral("files-in-use");
    case SetupWizard::InstallingPageId:
        return QStringLiteral("installing");
    case SetupWizard::FinishPageId:
        return QStringLiteral("finish");
    default:
        return QStringLiteral("page-%1").arg(id);
    }
}

// "QWizard/QFrame#1/FilesInUsePage/AffectedAppsTable": object names where there are, else the
// class and the index among siblings of that class, so that the same widget has the same path
// in every language.
QString widgetPath(const QWidget* widget, const QWidget* top) {
    QStringList parts;
    for (const QObject* object = widget; object != nullptr && object != top;
         object = object->parent()) {
        if (!object->objectName().isEmpty()) {
            parts.prepend(object->objectName());
            continue;
        }
        int index = 0;
        if (const QObject* parent = object->parent()) {
            for (const QObject* sibling : parent->children()) {
                if (sibling == object) {
                    break;
                }
                if (sibling->metaObject() == object->metaObject()) {
                    ++index;
                }
            }
        }
        parts.prepend(QStringLiteral("%1#%2")
                          .arg(QLatin1String{object->metaObject()->className()})
                          .arg(index));
    }
    return parts.join(u'/');
}

// What the user sees in one language on one walk through the wizard.
struct Walk {
    QString language;
    QString variant;                  // "", "restart-required", "failed"
    std::map<QString, QString> texts; // "<variant>/<page>/<what>" -> text
    std::set<QString> progressTexts;  // the engine's status lines
    QString screenshotDir;            // empty: no screenshots
};

void addText(Walk& walk, const QString& key, const QString& text) {
    if (!text.trimmed().isEmpty()) {
        walk.texts[walk.variant + u'/' + key] = text;
    }
}

void recordModel(Walk& walk, const QString& key, const QAbstractItemModel* model) {
    if (model == nullptr) {
        return;
    }
    for (int column = 0; column < model->columnCount(); ++column) {
        addText(walk, key + QStringLiteral("/header%1").arg(column),
                model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < model->rowCount(); ++row) {
            addText(walk, key + QStringLiteral("/cell%1.%2").arg(row).arg(column),
                    model->index(row, column).data().toString());
        }
    }
}

// Every visible text of a window: its title, labels, buttons, group boxes, combo boxes, line
// edits, and the headers and cells of item views.
void recordWindow(Walk& walk, const QWidget& window, const QString& prefix) {
    addText(walk, prefix + QStringLiteral("/windowTitle"), window.windowTitle());
    for (const QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible()) {
            continue;
        }
        const QString key = prefix + u'/' + widgetPath(widget, &window);
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            addText(walk, key, label->text());
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            addText(walk, key, button->text());
        } else if (const auto* group = qobject_cast<const QGroupBox*>(widget)) {
            addText(walk, key, group->title());
        } else if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                addText(walk, key + QStringLiteral("/item%1").arg(i), combo->itemText(i));
            }
        } else if (const auto* edit = qobject_cast<const QLineEdit*>(widget)) {
            addText(walk, key, edit->text());
            addText(walk, key + QStringLiteral("/placeholder"), edit->placeholderText());
        } else if (const auto* view = qobject_cast<const QAbstractItemView*>(widget)) {
            recordModel(walk, key, view->model());
        }
    }
}

void recordPage(Walk& walk, SetupWizard& wizard) {
    const QString page = pageName(wizard.currentId());
    if (QWizardPage* current = wizard.currentPage()) {
        addText(walk, page + QStringLiteral("/title"), current->title());
        addText(walk, page + QStringLiteral("/subTitle"), current->subTitle());
        if (current->layout() != nullptr) {
            current->layout()->activate();
        }
    }
    recordWindow(walk, wizard, page);
    // Screenshots: every page of the first walk, and the other endings of the finish page.
    if (!walk.screenshotDir.isEmpty() &&
        (walk.variant.isEmpty() || wizard.currentId() == SetupWizard::FinishPageId)) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QString suffix = walk.variant.isEmpty() ? QString{} : u'-' + walk.variant;
        const QString file = QDir{walk.screenshotDir}.filePath(
            QStringLiteral("wizard-%1%2-%3.png").arg(page, suffix, walk.language));
        EXPECT_TRUE(wizard.grab().save(file)) << file.toStdString();
    }
}

// Clicks whatever a modal message box offers first, after recording its texts.
void recordAndCloseNextMessageBox(Walk& walk, QObject* context, const QString& name) {
    QTimer::singleShot(100, context, [&walk, name] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr) {
            ADD_FAILURE() << "no message box for " << name.toStdString();
            return;
        }
        recordWindow(walk, *box, QStringLiteral("dialog-") + name);
        addText(walk, QStringLiteral("dialog-%1/informativeText").arg(name),
                box->informativeText());
        box->done(QMessageBox::No);
    });
}

enum class Choice { Close, DoNotClose };

class WizardTest : public rmtest::StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        // Translations are process-wide: every test starts in English, whatever ran before.
        Translations::setLanguage(QStringLiteral("en"));
        m_temp.emplace("rmwizard");
        m_root = m_temp->path();
        m_packageDir = m_root / "package";
        m_prefix = m_root / "prefix";
        m_stateDir = m_root / "state";
        m_logFile = m_root / "setup.log";
        buildPackage(m_packageDir);
        installVersion1();
        m_log.emplace(m_logFile.string());
    }

    void TearDown() override {
        m_log.reset();
        killDemoNotes();
        m_temp.reset();
        StoreTest::TearDown();
    }

    [[nodiscard]] fs::path demoExe() const { return m_prefix / "bin" / "demo-notes"; }
    [[nodiscard]] fs::path versionFile() const {
        return m_prefix / "share" / "demo-notes" / "version.txt";
    }
    [[nodiscard]] fs::path wordsFile() const {
        return m_prefix / "share" / "demo-notes" / "words.txt";
    }
    [[nodiscard]] fs::path stateFile() const { return m_stateDir / "unsaved.txt"; }

    // A copy of resources/demo-package with payload/bin/demo-notes = the built demo-notes.
    static void buildPackage(const fs::path& dir) {
        fs::copy(RM_DEMO_PACKAGE_SOURCE, dir, fs::copy_options::recursive);
        copyExecutable(RM_DEMO_NOTES, dir / "payload" / "bin" / "demo-notes");
    }

    // Demo Notes 1.0 in the prefix, as an earlier setup would have left it.
    void installVersion1() {
        fs::remove_all(m_prefix);
        // 1.0 as an earlier setup left it, without a record: a record of an earlier test's
        // install would name another version (StoreTest's RESTARTMANAGER_PRODUCTS_DIR).
        fs::remove_all(temp().file("products"));
        copyExecutable(RM_DEMO_NOTES, demoExe(), kVersion1Marker);
        writeText(versionFile(), "1.0\n");
        writeText(wordsFile(), kWordsVersion1);
        // Its menu entry, as the earlier setup wrote it from the manifest's desktop block (Demo
        // Notes writes none itself), into this run's data folder (tests/ui/main.cpp): the Restart
        // Manager names the program "Demo Notes" by it.
        rm::desktop::Entry entry;
        entry.name = {"Demo Notes", {}};
        entry.exec = "bin/demo-notes";
        writeText(fs::path{qEnvironmentVariable("XDG_DATA_HOME").toStdString()} / "applications" /
                      "org.restartmanager.DemoNotes.desktop",
                  rm::desktop::desktopFileText(entry, m_prefix.string(), {}));
    }

    // Starts Demo Notes 1.0 from the prefix and waits until it says `ready <pid>`.
    pid_t startDemoNotes() {
        rmtest::SpawnOptions options;
        options.environment = {{"QT_QPA_PLATFORM", "offscreen"}};
        m_demo.emplace(
            rmtest::ChildProcess::spawn({demoExe().string(), "--state-dir", m_stateDir.string(),
                                         "--text", std::string{kUnsavedText}},
                                        options));
        const auto line = m_demo->readLine(30s);
        if (!line || !line->starts_with("ready ")) {
            ADD_FAILURE() << "Demo Notes did not start: " << line.value_or("(no output)");
            return 0;
        }
        const pid_t pid = static_cast<pid_t>(std::stol(line->substr(6)));
        EXPECT_EQ(pid, m_demo->pid());
        return pid;
    }

    // Every Demo Notes of this test's prefix, by the PIDs that /proc names for its program, and
    // every rm_test_app whose command line names this test's folder (restarted ones too).
    void killDemoNotes() {
        for (const auto& program : processesOf(demoExe())) {
            ::kill(program.pid, SIGKILL);
        }
        for (const pid_t pid : helpersOfThisTest()) {
            ::kill(pid, SIGKILL);
        }
        m_demo.reset(); // kills and reaps the one this test started, if it still runs
    }

    [[nodiscard]] std::vector<pid_t> helpersOfThisTest(pid_t except = 0) const {
        std::vector<pid_t> found;
        std::error_code error;
        const fs::path helper = fs::canonical(rmtest::helperPath("rm_test_app"), error);
        if (error) {
            return found;
        }
        for (const auto& program : processesOf(helper)) {
            const auto words = commandLine(program.pid);
            if (program.pid != except &&
                std::any_of(words.begin(), words.end(), [this](const std::string& word) {
                    return word.find(m_root.string()) != std::string::npos;
                })) {
                found.push_back(program.pid);
            }
        }
        return found;
    }

    // Asks every Demo Notes of the prefix to end as an installer would (SIGTERM), waits until
    // they are gone, and returns how many there were. They keep their text on the way out.
    int terminateDemoNotes() {
        const auto programs = processesOf(demoExe());
        for (const auto& program : programs) {
            ::kill(program.pid, SIGTERM);
        }
        for (const auto& program : programs) {
            if (m_demo && program.pid == m_demo->pid()) {
                EXPECT_EQ(m_demo->wait(20s), 0) << "Demo Notes did not end well";
            } else {
                EXPECT_TRUE(waitFor([&] { return !isRunning(program.pid); }, 20s))
                    << "Demo Notes " << program.pid << " did not end";
            }
        }
        return static_cast<int>(programs.size());
    }

    // A Demo Notes of the prefix other than `except`, waited for.
    std::optional<RunningProgram> waitForOtherDemoNotes(pid_t except) {
        std::optional<RunningProgram> found;
        waitFor(
            [&] {
                for (const auto& program : processesOf(demoExe())) {
                    if (program.pid != except) {
                        found = program;
                        return true;
                    }
                }
                return false;
            },
            30s);
        return found;
    }

    std::unique_ptr<SetupWizard> makeWizard(const QString& language = QStringLiteral("en"),
                                            const fs::path& packageDir = {}) {
        auto loaded = loadPackage(
            QString::fromStdString((packageDir.empty() ? m_packageDir : packageDir).string()));
        if (const auto* error = std::get_if<PackageError>(&loaded)) {
            ADD_FAILURE() << "the package does not load: " << error->toString().toStdString();
            return nullptr;
        }
        SetupWizard::Options options;
        options.stockSecondaryInstaller = QStringLiteral(RM_SECONDARY_INSTALLER);
        options.language = language;
        options.logFile = QString::fromStdString(m_logFile.string());
        options.restartComputer = [this] {
            ++m_restartRequests;
            return true;
        };
        auto wizard = std::make_unique<SetupWizard>(std::get<Package>(std::move(loaded)), options);
        wizard->setAnswerSource(std::make_unique<ScriptedAnswerSource>(
            QMap<QString, QString>{{QStringLiteral("StillRunning"), QStringLiteral("force")},
                                   {QStringLiteral("ConfirmCancel"), QStringLiteral("yes")}}));
        m_exitCode.reset();
        QObject::connect(wizard.get(), &QDialog::finished, wizard.get(),
                         [this](int code) { m_exitCode = code; });
        return wizard;
    }

    template <typename T> static T* widget(SetupWizard& wizard, const char* name) {
        return wizard.findChild<T*>(QLatin1String{name});
    }

    static ::testing::AssertionResult click(SetupWizard& wizard, const char* name) {
        auto* button = widget<QAbstractButton>(wizard, name);
        if (button == nullptr) {
            return ::testing::AssertionFailure() << "no button " << name;
        }
        if (!waitFor([button] { return button->isVisible() && button->isEnabled(); })) {
            return ::testing::AssertionFailure()
                   << name << " is not there to click (visible " << button->isVisible()
                   << ", enabled " << button->isEnabled() << ") on page "
                   << pageName(wizard.currentId()).toStdString();
        }
        QTest::mouseClick(button, Qt::LeftButton);
        return ::testing::AssertionSuccess();
    }

    // Clicks a check box or radio button on its indicator, where a user would.
    static ::testing::AssertionResult check(SetupWizard& wizard, const char* name) {
        auto* button = widget<QAbstractButton>(wizard, name);
        if (button == nullptr || !button->isVisible() || !button->isEnabled()) {
            return ::testing::AssertionFailure() << name << " cannot be clicked";
        }
        QStyleOptionButton option;
        option.initFrom(button);
        const auto element = qobject_cast<QRadioButton*>(button) != nullptr
                                 ? QStyle::SE_RadioButtonIndicator
                                 : QStyle::SE_CheckBoxIndicator;
        QTest::mouseClick(button, Qt::LeftButton, {},
                          button->style()->subElementRect(element, &option, button).center());
        if (!button->isChecked()) {
            return ::testing::AssertionFailure() << name << " is not checked after a click";
        }
        return ::testing::AssertionSuccess();
    }

    static ::testing::AssertionResult
    waitForPage(SetupWizard& wizard, int id, std::chrono::milliseconds timeout = kPageTimeout) {
        if (waitFor([&] { return wizard.currentId() == id; }, timeout)) {
            return ::testing::AssertionSuccess();
        }
        return ::testing::AssertionFailure()
               << "expected page " << pageName(id).toStdString() << ", still on "
               << pageName(wizard.currentId()).toStdString()
               << (wizard.run().report().failure.isEmpty()
                       ? std::string{}
                       : "; setup failed: " + wizard.run().report().failure.toStdString());
    }

    // Welcome, license (accepted), components (as they are), location (typed in): up to the
    // ready page. `onPage` sees each page before the click on Next.
    ::testing::AssertionResult goToReadyPage(SetupWizard& wizard,
                                             const std::function<void()>& onPage = {}) {
        const auto visit = [&] {
            if (onPage) {
                onPage();
            }
        };
        wizard.show();
        if (auto ok = waitForPage(wizard, SetupWizard::WelcomePageId); !ok) {
            return ok;
        }
        visit();
        if (auto ok = click(wizard, "NextButton"); !ok) {
            return ok;
        }
        if (auto ok = waitForPage(wizard, SetupWizard::LicensePageId); !ok) {
            return ok;
        }
        if (widget<QAbstractButton>(wizard, "NextButton")->isEnabled()) {
            return ::testing::AssertionFailure()
                   << "Next is enabled before the license is accepted";
        }
        if (auto ok = check(wizard, "AcceptLicenseCheckBox"); !ok) {
            return ok;
        }
        visit();
        if (auto ok = click(wizard, "NextButton"); !ok) {
            return ok;
        }
        if (auto ok = waitForPage(wizard, SetupWizard::ComponentsPageId); !ok) {
            return ok;
        }
        visit();
        if (auto ok = click(wizard, "NextButton"); !ok) {
            return ok;
        }
        if (auto ok = waitForPage(wizard, SetupWizard::LocationPageId); !ok) {
            return ok;
        }
        auto* path = widget<QLineEdit>(wizard, "TargetDirectoryLineEdit");
        if (path == nullptr) {
            return ::testing::AssertionFailure() << "no TargetDirectoryLineEdit";
        }
        QTest::mouseClick(path, Qt::LeftButton);
        QTest::keyClick(path, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(path, Qt::Key_Backspace);
        QTest::keyClicks(path, QString::fromStdString(m_prefix.string()));
        if (wizard.plan().installDir() != QString::fromStdString(m_prefix.string())) {
            return ::testing::AssertionFailure()
                   << "the install folder is " << wizard.plan().installDir().toStdString();
        }
        visit();
        if (auto ok = click(wizard, "NextButton"); !ok) {
            return ok;
        }
        if (auto ok = waitForPage(wizard, SetupWizard::ReadyPageId); !ok) {
            return ok;
        }
        visit();
        return ::testing::AssertionSuccess();
    }

    // From the ready page: Install, then the files-in-use page (if anything uses the files) with
    // `choice`, up to the finish page.
    ::testing::AssertionResult installUpToFinish(SetupWizard& wizard, Choice choice,
                                                 const std::function<void()>& onPage = {}) {
        if (auto ok = click(wizard, "NextButton"); !ok) {
            return ok;
        }
        if (!waitFor([&] { return wizard.currentId() >= SetupWizard::FilesInUsePageId; },
                     kInstallTimeout)) {
            return ::testing::AssertionFailure() << "preparing does not end";
        }
        if (wizard.currentId() == SetupWizard::FilesInUsePageId) {
            if (onPage) {
                onPage();
            }
            const char* radio =
                choice == Choice::Close ? "CloseApplicationsRadio" : "DoNotCloseApplicationsRadio";
            if (auto ok = check(wizard, radio); !ok) {
                return ok;
            }
            if (auto ok = click(wizard, "NextButton"); !ok) {
                return ok;
            }
        }
        if (auto ok = waitForPage(wizard, SetupWizard::FinishPageId, kInstallTimeout); !ok) {
            return ok;
        }
        if (onPage) {
            onPage();
        }
        return ::testing::AssertionSuccess();
    }

    ::testing::AssertionResult clickFinish(SetupWizard& wizard) {
        if (auto ok = click(wizard, "FinishButton"); !ok) {
            return ok;
        }
        if (!waitFor([this] { return m_exitCode.has_value(); })) {
            return ::testing::AssertionFailure() << "the wizard does not end";
        }
        return ::testing::AssertionSuccess();
    }

    // The row of `pid` in the files-in-use table, or -1.
    static int rowOfProcess(SetupWizard& wizard, pid_t pid) {
        const auto* table = widget<QTableView>(wizard, "AffectedAppsTable");
        if (table == nullptr || table->model() == nullptr) {
            return -1;
        }
        const auto* model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, AffectedAppsModel::PidColumn).data().toString() ==
                QString::number(pid)) {
                return row;
            }
        }
        return -1;
    }

    static QString tableText(SetupWizard& wizard, int row, int column) {
        return widget<QTableView>(wizard, "AffectedAppsTable")
            ->model()
            ->index(row, column)
            .data()
            .toString();
    }

    std::optional<rmtest::TempDir> m_temp;
    fs::path m_root;
    fs::path m_packageDir;
    fs::path m_prefix;
    fs::path m_stateDir;
    fs::path m_logFile;
    std::optional<LogCapture> m_log;
    std::optional<rmtest::ChildProcess> m_demo;
    std::optional<int> m_exitCode;
    int m_restartRequests = 0;
};

// (1) Demo Notes 1.0 runs; the user lets setup close it. It is closed (keeping its text),
// upgraded to 2.0 and started again with the same text; setup ends with 0.
TEST_F(WizardTest, ClosesRunningDemoNotesUpgradesItAndStartsItAgain) {
    const pid_t demo = startDemoNotes();
    ASSERT_GT(demo, 0);
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(goToReadyPage(*wizard));
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FilesInUsePageId, kInstallTimeout));

    const int row = rowOfProcess(*wizard, demo);
    ASSERT_GE(row, 0) << "Demo Notes (PID " << demo << ") is not listed as using the files";
    // By the name and icon of the desktop entry that Demo Notes installed for itself.
    const QString appName = tableText(*wizard, row, AffectedAppsModel::NameColumn);
    EXPECT_EQ(appName.toStdString(), "Demo Notes");
    const auto* table = widget<QTableView>(*wizard, "AffectedAppsTable");
    const QIcon icon =
        table->model()
            ->data(table->model()->index(row, AffectedAppsModel::NameColumn), Qt::DecorationRole)
            .value<QIcon>();
    EXPECT_FALSE(icon.availableSizes().isEmpty()) << "Demo Notes' own icon, from its file";
    EXPECT_EQ(tableText(*wizard, row, AffectedAppsModel::ActionColumn).toStdString(),
              "Closed and restarted");
    EXPECT_TRUE(widget<QAbstractButton>(*wizard, "CloseApplicationsRadio")->isChecked());

    ASSERT_TRUE(check(*wizard, "CloseApplicationsRadio"));
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FinishPageId, kInstallTimeout));
    EXPECT_TRUE(wizard->run().report().failure.isEmpty())
        << wizard->run().report().failure.toStdString();
    const QString summary = widget<QLabel>(*wizard, "FinishSummary")->text();
    EXPECT_TRUE(withoutIsolates(summary).contains(QStringLiteral("Started again: ") + appName))
        << summary.toStdString();
    EXPECT_FALSE(widget<QWidget>(*wizard, "RestartNowRadio")->isVisible());
    ASSERT_TRUE(clickFinish(*wizard));
    EXPECT_EQ(m_exitCode, ExitSuccess);
    EXPECT_EQ(m_restartRequests, 0);

    // The old Demo Notes ended by itself, after keeping its text.
    EXPECT_EQ(m_demo->wait(20s), 0);
    EXPECT_EQ(readText(stateFile()), kUnsavedText);

    // Version 2.0 is installed, completely.
    EXPECT_EQ(readText(versionFile()), "2.0\n");
    EXPECT_EQ(readText(wordsFile()),
              readText(m_packageDir / "payload" / "share" / "demo-notes" / "words.txt"));
    EXPECT_EQ(readText(demoExe()), readText(m_packageDir / "payload" / "bin" / "demo-notes"));
    EXPECT_TRUE(fs::exists(m_prefix / "share" / "restartmanager" / "installed.txt"));
    EXPECT_TRUE(leftovers(m_prefix).empty());

    // A new Demo Notes runs the new program, restored, with the text it had.
    const auto restarted = waitForOtherDemoNotes(demo);
    ASSERT_TRUE(restarted) << "Demo Notes was not started again";
    EXPECT_FALSE(restarted->deleted) << "the restarted Demo Notes runs an old program";
    const auto words = commandLine(restarted->pid);
    EXPECT_NE(std::find(words.begin(), words.end(), "--restored"), words.end());
    EXPECT_NE(std::find(words.begin(), words.end(), m_stateDir.string()), words.end());
    EXPECT_EQ(readText(stateFile()), kUnsavedText);
    // ... and keeps it when it is closed again.
    EXPECT_EQ(terminateDemoNotes(), 1);
    EXPECT_EQ(readText(stateFile()), kUnsavedText);
}

// (2) The user keeps Demo Notes open: the new files are put in place by rename, the running
// Demo Notes goes on with the old ones, and setup asks for a restart of the computer: 3010.
TEST_F(WizardTest, DoNotCloseLeavesDemoNotesRunningAndRequiresARestart) {
    const pid_t demo = startDemoNotes();
    ASSERT_GT(demo, 0);
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(goToReadyPage(*wizard));
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FilesInUsePageId, kInstallTimeout));
    ASSERT_GE(rowOfProcess(*wizard, demo), 0);
    ASSERT_TRUE(check(*wizard, "DoNotCloseApplicationsRadio"));
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FinishPageId, kInstallTimeout));
    EXPECT_TRUE(wizard->run().report().failure.isEmpty())
        << wizard->run().report().failure.toStdString();
    EXPECT_TRUE(widget<QWidget>(*wizard, "RestartNowRadio")->isVisible());
    EXPECT_TRUE(widget<QAbstractButton>(*wizard, "RestartLaterRadio")->isChecked());
    const QString summary = widget<QLabel>(*wizard, "FinishSummary")->text();
    // Issue 24: one thing, said once: Demo Notes runs the old files, and restarting it (or the
    // computer) finishes; not "a restart of the computer is required" beside "restarting them
    // is enough".
    EXPECT_FALSE(summary.contains(QStringLiteral("restart of the computer is required")))
        << summary.toStdString();
    auto* instead = widget<QLabel>(*wizard, "RestartApplicationsInstead");
    EXPECT_TRUE(instead->isVisible());
    EXPECT_TRUE(withoutIsolates(instead->text())
                    .contains(QStringLiteral("still run the old files: Demo Notes. To finish the "
                                             "update, close them and start them again, or "
                                             "restart the computer.")))
        << instead->text().toStdString();
    EXPECT_EQ(widget<QAbstractButton>(*wizard, "RestartLaterRadio")->text().toStdString(),
              "I will restart the applications or the computer &later");
    EXPECT_FALSE(summary.contains(QStringLiteral("Started again"))) << summary.toStdString();
    ASSERT_TRUE(clickFinish(*wizard));
    EXPECT_EQ(m_exitCode, ExitRestartRequired);
    EXPECT_EQ(m_restartRequests, 0);

    // The same Demo Notes still runs, on the replaced (old) program.
    EXPECT_TRUE(isRunning(demo));
    const auto programs = processesOf(demoExe());
    ASSERT_EQ(programs.size(), 1U);
    EXPECT_EQ(programs.front().pid, demo);
    EXPECT_TRUE(programs.front().deleted);
    EXPECT_FALSE(fs::exists(stateFile())) << "Demo Notes was closed";

    EXPECT_EQ(readText(versionFile()), "2.0\n");
    EXPECT_EQ(readText(wordsFile()),
              readText(m_packageDir / "payload" / "share" / "demo-notes" / "words.txt"));
    EXPECT_EQ(readText(demoExe()), readText(m_packageDir / "payload" / "bin" / "demo-notes"));
    EXPECT_TRUE(leftovers(m_prefix).empty());
}

// (2b) The same, with "Restart the computer now": the restart runs and setup ends with 1641.
TEST_F(WizardTest, RestartNowStartsTheRestart) {
    const pid_t demo = startDemoNotes();
    ASSERT_GT(demo, 0);
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(goToReadyPage(*wizard));
    ASSERT_TRUE(installUpToFinish(*wizard, Choice::DoNotClose));
    ASSERT_TRUE(check(*wizard, "RestartNowRadio"));
    ASSERT_TRUE(clickFinish(*wizard));
    EXPECT_EQ(m_exitCode, ExitRestartStarted);
    EXPECT_EQ(m_restartRequests, 1);
    EXPECT_TRUE(isRunning(demo));
}

// Nothing uses the files: no files-in-use page, 0, and nobody is started.
TEST_F(WizardTest, InstallsWithoutFilesInUsePageWhenNothingRuns) {
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    std::vector<int> pages;
    QObject::connect(wizard.get(), &QWizard::currentIdChanged, wizard.get(),
                     [&pages](int id) { pages.push_back(id); });
    ASSERT_TRUE(goToReadyPage(*wizard));
    ASSERT_TRUE(installUpToFinish(*wizard, Choice::Close));
    EXPECT_EQ(std::count(pages.begin(), pages.end(), SetupWizard::FilesInUsePageId), 0);
    ASSERT_TRUE(clickFinish(*wizard));
    EXPECT_EQ(m_exitCode, ExitSuccess);
    EXPECT_EQ(readText(versionFile()), "2.0\n");
    EXPECT_TRUE(processesOf(demoExe()).empty());
}

// Once setup has started (preparing, files in use, installing) there is no way back: Back would
// start the session, the closing or the installation a second time.
TEST_F(WizardTest, BackIsDisabledOnceSetupHasStarted) {
    const pid_t demo = startDemoNotes();
    ASSERT_GT(demo, 0);
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    std::map<int, bool> backEnabled;
    QObject::connect(wizard.get(), &QWizard::currentIdChanged, wizard.get(), [&](int id) {
        backEnabled[id] = widget<QAbstractButton>(*wizard, "BackButton")->isEnabled();
    });
    ASSERT_TRUE(goToReadyPage(*wizard));
    EXPECT_TRUE(backEnabled[SetupWizard::ReadyPageId]);
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FilesInUsePageId, kInstallTimeout));
    EXPECT_FALSE(backEnabled[SetupWizard::PreparingPageId]) << "Back on the preparing page";
    auto* back = widget<QAbstractButton>(*wizard, "BackButton");
    EXPECT_FALSE(back->isEnabled()) << "Back on the files-in-use page";
    // Refreshing the list (which updates the buttons) does not bring it back.
    ASSERT_TRUE(click(*wizard, "RefreshButton"));
    ASSERT_TRUE(waitFor([&] { return widget<QWidget>(*wizard, "RefreshButton")->isEnabled(); }));
    EXPECT_FALSE(back->isEnabled()) << "Back after Refresh";
    ASSERT_TRUE(check(*wizard, "CloseApplicationsRadio"));
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FinishPageId, kInstallTimeout));
    EXPECT_FALSE(backEnabled[SetupWizard::InstallingPageId]) << "Back on the installing page";
    ASSERT_TRUE(clickFinish(*wizard));
    EXPECT_EQ(m_exitCode, ExitSuccess);
}

// Answers like a user would, and remembers what was asked.
class RecordingAnswers final : public AnswerSource {
public:
    RecordingAnswers(StillRunning answer, std::vector<QStringList>& asked)
        : m_answer{answer}, m_asked{asked} {}
    StillRunning stillRunning(QWidget*, const QStringList& applications) override {
        m_asked.push_back(applications);
        return m_answer;
    }
    bool confirmCancel(QWidget*) override { return true; }

private:
    StillRunning m_answer;
    std::vector<QStringList>& m_asked;
};

// Sets the Restart Manager's shutdown timeout for the life of the object.
class ShutdownTimeout {
public:
    explicit ShutdownTimeout(std::chrono::milliseconds timeout)
        : m_previous{rm::engine::shutdownTimeout()} {
        rm::engine::setShutdownTimeout(timeout);
    }
    ~ShutdownTimeout() { rm::engine::setShutdownTimeout(m_previous); }
    ShutdownTimeout(const ShutdownTimeout&) = delete;
    ShutdownTimeout& operator=(const ShutdownTimeout&) = delete;

private:
    std::chrono::milliseconds m_previous;
};

// Reads a helper's stdout up to its "ready" line.
bool waitForReady(rmtest::ChildProcess& process) {
    while (auto line = process.readLine(30s)) {
        if (*line == "ready") {
            return true;
        }
    }
    return false;
}

// An application that ignores SIGTERM: setup asks the user, who chooses to force it closed.
TEST_F(WizardTest, AnApplicationThatWillNotCloseIsForceClosedWhenTheUserSaysSo) {
    const ShutdownTimeout timeout{2s};
    auto stubborn = rmtest::ChildProcess::spawn(
        {rmtest::helperPath("rm_test_app"), "--hold", wordsFile().string(), "--ignore-term"});
    ASSERT_TRUE(waitForReady(stubborn));
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    std::vector<QStringList> asked;
    wizard->setAnswerSource(
        std::make_unique<RecordingAnswers>(AnswerSource::StillRunning::ForceClose, asked));
    ASSERT_TRUE(goToReadyPage(*wizard));
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FilesInUsePageId, kInstallTimeout));
    const int row = rowOfProcess(*wizard, stubborn.pid());
    ASSERT_GE(row, 0);
    // It never registered for restart and has no window: closed, and not started again.
    EXPECT_EQ(tableText(*wizard, row, AffectedAppsModel::ActionColumn).toStdString(),
              "Closed, not restarted");
    ASSERT_TRUE(installUpToFinish(*wizard, Choice::Close));
    ASSERT_EQ(asked.size(), 1U) << "setup did not ask what to do with the stubborn application";
    EXPECT_TRUE(withoutIsolates(asked.front().join(u' '))
                    .contains(QStringLiteral("(%1)").arg(stubborn.pid())))
        << asked.front().join(u' ').toStdString();
    // Issue 24: the finish page names the application that was killed.
    EXPECT_TRUE(withoutIsolates(widget<QLabel>(*wizard, "FinishSummary")->text())
                    .contains(QStringLiteral("rm_test_app did not close when asked, and setup "
                                             "forced it to close")))
        << widget<QLabel>(*wizard, "FinishSummary")->text().toStdString();
    EXPECT_TRUE(wizard->run().report().failure.isEmpty())
        << wizard->run().report().failure.toStdString();
    const QString summary = widget<QLabel>(*wizard, "FinishSummary")->text();
    ASSERT_TRUE(clickFinish(*wizard));
    EXPECT_EQ(m_exitCode, ExitSuccess);
    EXPECT_EQ(stubborn.wait(10s), 128 + SIGKILL);
    EXPECT_EQ(readText(versionFile()), "2.0\n");
    EXPECT_TRUE(leftovers(m_prefix).empty());
    // As the files-in-use page said, RmRestart did not start it again.
    settle(1s);
    EXPECT_TRUE(helpersOfThisTest(stubborn.pid()).empty())
        << "an unregistered console program was started again";
    EXPECT_FALSE(summary.contains(QStringLiteral("Started again"))) << summary.toStdString();
}

// A window manager (a program named openbox) uses an installed file: setup never closes it, and
// both the files-in-use page and the finish page say that logging out and in again, or a restart,
// finishes the update.
TEST_F(WizardTest, AWindowManagerUsingTheFilesIsNeverClosedAndANewLoginFinishes) {
    rmtest::TempDir programs{"rmwm"};
    const auto openbox = programs.file("openbox");
    fs::copy_file("/bin/sleep", openbox);
    fs::permissions(openbox, fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec,
                    fs::perm_options::replace);
    auto manager =
        rmtest::ChildProcess::spawn({"/bin/sh", "-c", R"(exec 3<"$0"; echo ready; exec "$1" 60)",
                                     wordsFile().string(), openbox});
    ASSERT_TRUE(waitForReady(manager));
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(goToReadyPage(*wizard));
    QString reasons;
    ASSERT_TRUE(installUpToFinish(*wizard, Choice::DoNotClose, [&] {
        if (wizard->currentId() != SetupWizard::FilesInUsePageId) {
            return;
        }
        const int row = rowOfProcess(*wizard, manager.pid());
        ASSERT_GE(row, 0) << "the window manager is not listed";
        EXPECT_EQ(tableText(*wizard, row, AffectedAppsModel::TypeColumn).toStdString(),
                  "Desktop shell");
        EXPECT_EQ(tableText(*wizard, row, AffectedAppsModel::ActionColumn).toStdString(),
                  "Cannot be closed");
        EXPECT_FALSE(widget<QAbstractButton>(*wizard, "CloseApplicationsRadio")->isEnabled());
        reasons = widget<QLabel>(*wizard, "RebootReasons")->text();
    }));
    EXPECT_TRUE(reasons.contains(QStringLiteral("log out and log in again")))
        << reasons.toStdString();
    const QString summary = widget<QLabel>(*wizard, "FinishSummary")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("log out and log in again after setup, or restart "
                                                "the computer")))
        << summary.toStdString();
    ASSERT_TRUE(clickFinish(*wizard));
    EXPECT_EQ(m_exitCode, ExitRestartRequired);
    EXPECT_EQ(manager.wait(0ms), -1) << "the window manager was closed";
}

class WizardCancelTest : public WizardTest {
protected:
    // Checks what a cancelled or failed setup must leave: the files as before, Demo Notes
    // running again on the old program, its text kept.
    void expectEverythingAsBefore(const std::map<std::string, std::string>& before, pid_t demo) {
        const auto after = snapshot(m_prefix);
        EXPECT_EQ(after, before) << "the install folder changed:\n" << differences(before, after);
        EXPECT_EQ(readText(versionFile()), "1.0\n");
        EXPECT_EQ(readText(wordsFile()), kWordsVersion1);
        EXPECT_TRUE(leftovers(m_prefix).empty());

        const auto programs = processesOf(demoExe());
        ASSERT_EQ(programs.size(), 1U) << "expected one Demo Notes after setup";
        EXPECT_FALSE(programs.front().deleted)
            << "Demo Notes (PID " << programs.front().pid
            << ") runs a program that is no longer installed: the new version, rolled back "
               "under it";
        if (programs.front().pid != demo) {
            const auto words = commandLine(programs.front().pid);
            EXPECT_NE(std::find(words.begin(), words.end(), "--restored"), words.end());
            EXPECT_EQ(readText(stateFile()), kUnsavedText);
        }
        // Whichever Demo Notes runs has the text, and keeps it.
        EXPECT_EQ(terminateDemoNotes(), 1);
        EXPECT_EQ(readText(stateFile()), kUnsavedText);
    }
};

// (3) Cancel right after Install starts closing the applications.
TEST_F(WizardCancelTest, CancelRightAfterInstallStartsPutsEverythingBack) {
    const pid_t demo = startDemoNotes();
    ASSERT_GT(demo, 0);
    const auto before = snapshot(m_prefix);
    {
        auto wizard = makeWizard();
        ASSERT_TRUE(wizard);
        ASSERT_TRUE(goToReadyPage(*wizard));
        ASSERT_TRUE(click(*wizard, "NextButton"));
        ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FilesInUsePageId, kInstallTimeout));
        ASSERT_TRUE(check(*wizard, "CloseApplicationsRadio"));
        ASSERT_TRUE(click(*wizard, "NextButton"));
        ASSERT_TRUE(waitForPage(*wizard, SetupWizard::InstallingPageId, 5s));
        ASSERT_TRUE(click(*wizard, "CancelButton"));
        ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }, kInstallTimeout));
        EXPECT_EQ(m_exitCode, ExitCancelled);
        // Whatever was still queued runs now; it must not undo the cancel.
        settle(2s);
    }
    expectEverythingAsBefore(before, demo);
}

// (3c) Cancel while an application takes its time to close (it saves for 3 s after SIGTERM):
// everything goes back, and the application runs again with its text.
TEST_F(WizardCancelTest, CancelWhileAnApplicationClosesSlowlyPutsEverythingBack) {
    const fs::path state = m_root / "slow-state.txt";
    const std::string restartArguments =
        "--hold " + wordsFile().string() + " --state " + state.string();
    rmtest::SpawnOptions options;
    options.environment = {{"RM_TEST_APP_MARKER", (m_root / "marker.txt").string()}};
    auto slow = rmtest::ChildProcess::spawn({rmtest::helperPath("rm_test_app"), "--hold",
                                             wordsFile().string(), "--state", state.string(),
                                             "--text", "slow text", "--exit-delay-ms", "3000",
                                             "--register-restart", restartArguments},
                                            options);
    ASSERT_TRUE(waitForReady(slow));
    const auto before = snapshot(m_prefix);
    {
        auto wizard = makeWizard();
        ASSERT_TRUE(wizard);
        ASSERT_TRUE(goToReadyPage(*wizard));
        ASSERT_TRUE(click(*wizard, "NextButton"));
        ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FilesInUsePageId, kInstallTimeout));
        ASSERT_GE(rowOfProcess(*wizard, slow.pid()), 0);
        ASSERT_TRUE(check(*wizard, "CloseApplicationsRadio"));
        ASSERT_TRUE(click(*wizard, "NextButton"));
        ASSERT_TRUE(waitForPage(*wizard, SetupWizard::InstallingPageId, 5s));
        settle(500ms); // SIGTERM is on its way; the application saves for 3 s
        ASSERT_TRUE(click(*wizard, "CancelButton"));
        ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }, kInstallTimeout));
        EXPECT_EQ(m_exitCode, ExitCancelled);
        settle(1s);
    }
    const auto after = snapshot(m_prefix);
    EXPECT_EQ(after, before) << "the install folder changed:\n" << differences(before, after);
    // The slow application ends as it was asked to, keeping its text ...
    EXPECT_EQ(slow.wait(10s), 0);
    EXPECT_EQ(readText(state), "slow text");
    // ... and setup, which closed it, starts it again.
    EXPECT_TRUE(waitFor([&] { return !helpersOfThisTest(slow.pid()).empty(); }, 15s))
        << "the application that setup closed was not started again after the cancel; marker:\n"
        << readText(m_root / "marker.txt");
}

// (3b) Cancel while a secondary copies a large file: the copy ends, then everything goes back.
TEST_F(WizardCancelTest, CancelWhileFilesAreCopiedPutsEverythingBack) {
    // A big file in the word list component makes its apply slow enough to cancel in.
    const fs::path big = m_packageDir / "payload" / "share" / "demo-notes" / "big.dat";
    {
        std::ofstream out{big, std::ios::binary};
        const std::string chunk(1 << 20, 'x');
        for (int i = 0; i < 384; ++i) {
            out << chunk;
        }
    }
    QFile manifestFile{QString::fromStdString((m_packageDir / "manifest.json").string())};
    ASSERT_TRUE(manifestFile.open(QIODevice::ReadOnly));
    QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    manifestFile.close();
    QJsonArray components = manifest[QStringLiteral("components")].toArray();
    QJsonObject dictionary = components[1].toObject();
    QJsonArray files = dictionary[QStringLiteral("files")].toArray();
    files.append(
        QJsonObject{{QStringLiteral("source"), QStringLiteral("payload/share/demo-notes/big.dat")},
                    {QStringLiteral("target"), QStringLiteral("share/demo-notes/big.dat")}});
    dictionary[QStringLiteral("files")] = files;
    components[1] = dictionary;
    manifest[QStringLiteral("components")] = components;
    ASSERT_TRUE(manifestFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifestFile.write(QJsonDocument{manifest}.toJson());
    manifestFile.close();

    const pid_t demo = startDemoNotes();
    ASSERT_GT(demo, 0);
    const auto before = snapshot(m_prefix);
    {
        auto wizard = makeWizard();
        ASSERT_TRUE(wizard);
        ASSERT_TRUE(goToReadyPage(*wizard));
        ASSERT_TRUE(click(*wizard, "NextButton"));
        ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FilesInUsePageId, kInstallTimeout));
        ASSERT_TRUE(check(*wizard, "CloseApplicationsRadio"));
        ASSERT_TRUE(click(*wizard, "NextButton"));
        const fs::path staged = m_prefix / "share" / "demo-notes" / "big.dat.rm-new";
        ASSERT_TRUE(waitFor([&] { return fs::exists(staged); }, kInstallTimeout))
            << "the big file was never staged";
        EXPECT_EQ(wizard->currentId(), SetupWizard::InstallingPageId);
        ASSERT_TRUE(click(*wizard, "CancelButton"));
        ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }, kInstallTimeout));
        EXPECT_EQ(m_exitCode, ExitCancelled);
        settle(2s);
    }
    expectEverythingAsBefore(before, demo);
}

// (4) A secondary fails in the middle of its apply: everything goes back, Demo Notes runs
// again, setup ends with 1603 and its log says why.
TEST_F(WizardCancelTest, FailingSecondaryRollsEverythingBack) {
    const pid_t demo = startDemoNotes();
    ASSERT_GT(demo, 0);
    const auto before = snapshot(m_prefix);
    {
        const ScopedEnvironment failAfter{"RM_SECONDARY_FAIL_AFTER", "1"};
        auto wizard = makeWizard();
        ASSERT_TRUE(wizard);
        ASSERT_TRUE(goToReadyPage(*wizard));
        ASSERT_TRUE(installUpToFinish(*wizard, Choice::Close));
        EXPECT_FALSE(wizard->run().report().failure.isEmpty());
        EXPECT_EQ(wizard->currentPage()->title().toStdString(), "Setup failed");
        const QString summary = widget<QLabel>(*wizard, "FinishSummary")->text();
        // The user reads the sentence for the installer's error code; its own English words
        // (which name paths) go to the log.
        EXPECT_TRUE(summary.contains(errorSentence(ERROR_WRITE_FAULT))) << summary.toStdString();
        EXPECT_FALSE(summary.contains(QStringLiteral("injected fault"))) << summary.toStdString();
        EXPECT_TRUE(widget<QWidget>(*wizard, "ShowLogButton")->isVisible());
        EXPECT_FALSE(widget<QWidget>(*wizard, "RestartNowRadio")->isVisible());
        ASSERT_TRUE(clickFinish(*wizard));
        EXPECT_EQ(m_exitCode, ExitFatalError);
        settle(1s);
    }
    m_log->flush();
    const std::string log = readText(m_logFile);
    EXPECT_NE(log.find("injected fault (RM_SECONDARY_FAIL_AFTER=1) before writing " +
                       versionFile().string()),
              std::string::npos)
        << log;
    EXPECT_NE(log.find("setup failed: The installer of Demo Notes failed"), std::string::npos)
        << log;
    expectEverythingAsBefore(before, demo);
}

// (5) A package with a bad manifest: restartmanager-setup says where and what, installs
// nothing and ends with 1603; loadPackage() says the same.
struct BadManifest {
    const char* name;
    std::function<QByteArray(QByteArray)> spoil;
    QString location; // what the error must name
    QString problem;  // a part of the message
};

void PrintTo(const BadManifest& bad, std::ostream* out) {
    *out << bad.name;
}

class WizardBadPackageTest : public ::testing::TestWithParam<BadManifest> {
protected:
    void SetUp() override { Translations::setLanguage(QStringLiteral("en")); }
};

TEST_P(WizardBadPackageTest, SetupRefusesItAndSaysWhy) {
    const BadManifest& bad = GetParam();
    rmtest::TempDir temp{"rmwizard-bad"};
    const fs::path root = temp.path();
    const fs::path packageDir = root / "package";
    const fs::path installDir = root / "install-here";
    const fs::path home = root / "home";
    fs::create_directories(home);
    fs::copy(RM_DEMO_PACKAGE_SOURCE, packageDir, fs::copy_options::recursive);
    copyExecutable(RM_DEMO_NOTES, packageDir / "payload" / "bin" / "demo-notes");
    QFile manifestFile{QString::fromStdString((packageDir / "manifest.json").string())};
    ASSERT_TRUE(manifestFile.open(QIODevice::ReadOnly));
    QByteArray manifest = manifestFile.readAll();
    manifestFile.close();
    manifest.replace("~/.local/opt/demo-notes", QByteArray::fromStdString(installDir.string()));
    manifest.replace("\"/opt/demo-notes\"",
                     "\"" + QByteArray::fromStdString(installDir.string()) + "\"");
    manifest = bad.spoil(manifest);
    ASSERT_TRUE(manifestFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifestFile.write(manifest);
    manifestFile.close();

    const auto loaded = loadPackage(QString::fromStdString(packageDir.string()));
    const auto* error = std::get_if<PackageError>(&loaded);
    ASSERT_NE(error, nullptr) << "the bad package loads";
    EXPECT_EQ(error->location, bad.location);
    EXPECT_TRUE(error->message.contains(bad.problem)) << error->message.toStdString();

    QProcess setup;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), QString::fromStdString(home.string()));
    environment.insert(QStringLiteral("XDG_STATE_HOME"),
                       QString::fromStdString((home / "state").string()));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    setup.setProcessEnvironment(environment);
    const QString logFile = QString::fromStdString((root / "setup.log").string());
    setup.start(QStringLiteral(RM_SETUP),
                {QStringLiteral("--package"), QString::fromStdString(packageDir.string()),
                 QStringLiteral("--answer"), QStringLiteral("PackageError=ok"),
                 QStringLiteral("--log"), logFile});
    ASSERT_TRUE(setup.waitForStarted(10000)) << setup.errorString().toStdString();
    if (!setup.waitForFinished(30000)) {
        setup.kill();
        setup.waitForFinished();
        FAIL() << "restartmanager-setup did not end: a dialog is probably waiting";
    }
    EXPECT_EQ(setup.exitStatus(), QProcess::NormalExit);
    // A Linux exit status has 8 bits: the program's 1603 reaches its parent as 1603 % 256 = 67
    // (and 1602 as 66, 3010 as 194, 1641 as 105).
    EXPECT_EQ(setup.exitCode(), ExitFatalError % 256);
    const QString stderrText = QString::fromUtf8(setup.readAllStandardError());
    EXPECT_TRUE(stderrText.contains(bad.location)) << stderrText.toStdString();
    EXPECT_TRUE(stderrText.contains(bad.problem)) << stderrText.toStdString();
    EXPECT_TRUE(stderrText.contains(error->toString())) << stderrText.toStdString();
    const QString log = QString::fromStdString(readText(logFile.toStdString()));
    EXPECT_TRUE(log.contains(error->toString())) << log.toStdString();

    EXPECT_FALSE(fs::exists(installDir)) << "setup created the install folder";
    EXPECT_FALSE(fs::exists(home / ".local" / "opt")) << "setup created a folder in HOME";
}

INSTANTIATE_TEST_SUITE_P(
    WizardManifests, WizardBadPackageTest,
    ::testing::Values(
        BadManifest{"AbsoluteTarget",
                    [](QByteArray text) {
                        return text.replace(R"("target": "share/demo-notes/version.txt")",
                                            R"("target": "/etc/demo-notes-version.txt")");
                    },
                    QStringLiteral("components[0].files[1].target"),
                    QStringLiteral("must be relative to the installation folder")},
        BadManifest{"SyntaxError",
                    [](QByteArray text) { return text.replace("\"format\": 1,", "\"format\": 1"); },
                    QStringLiteral("manifest.json:3:5"), QStringLiteral("not valid JSON")},
        BadManifest{"MissingSource",
                    [](QByteArray text) {
                        return text.replace("payload/share/demo-notes/words.txt",
                                            "payload/share/demo-notes/no-such-file.txt");
                    },
                    QStringLiteral("components[1].files[0].source"),
                    QStringLiteral("is missing from the package")}),
    [](const ::testing::TestParamInfo<BadManifest>& info) { return std::string{info.param.name}; });

// With --lang de, the package error is German too: it is the first thing setup says.
TEST(WizardBadPackageGermanTest, SetupSaysWhatIsWrongInGerman) {
    rmtest::TempDir temp{"rmwizard-bad-de"};
    const fs::path packageDir = fs::path{temp.path()} / "package";
    fs::copy(RM_DEMO_PACKAGE_SOURCE, packageDir, fs::copy_options::recursive);
    copyExecutable(RM_DEMO_NOTES, packageDir / "payload" / "bin" / "demo-notes");
    writeText(packageDir / "manifest.json", "{\"format\": 1,}\n");
    QProcess setup;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), QString::fromStdString(temp.path()));
    setup.setProcessEnvironment(environment);
    setup.start(QStringLiteral(RM_SETUP),
                {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--package"),
                 QString::fromStdString(packageDir.string()), QStringLiteral("--answer"),
                 QStringLiteral("PackageError=ok"), QStringLiteral("--log"),
                 QString::fromStdString(temp.file("setup.log"))});
    ASSERT_TRUE(setup.waitForFinished(30000));
    EXPECT_EQ(setup.exitCode(), ExitFatalError % 256);
    const std::string stderrText = setup.readAllStandardError().toStdString();
    EXPECT_NE(stderrText.find("manifest.json:1:"), std::string::npos) << stderrText;
    EXPECT_EQ(stderrText.find("The manifest is not valid JSON"), std::string::npos)
        << "the package error is in English with --lang de:\n"
        << stderrText;
}

// (6) Every text of every page, and of the dialogs, in German differs from the English one,
// but for names, numbers and paths. With RM_SCREENSHOT_DIR set, every page is saved as a PNG.
class WizardLanguageTest : public WizardTest {
protected:
    // One install through every page in `walk.language`, recording what is seen.
    void walkThrough(Walk& walk, Choice choice) {
        killDemoNotes();
        installVersion1();
        fs::remove_all(m_stateDir);
        ASSERT_GT(startDemoNotes(), 0);
        auto wizard = makeWizard(QStringLiteral("en"));
        ASSERT_TRUE(wizard);
        wizard->setLanguage(walk.language);
        EXPECT_EQ(wizard->language(), walk.language);
        // The pages that pass by on their own are recorded as they appear.
        QObject::connect(
            wizard.get(), &QWizard::currentIdChanged, wizard.get(), [&walk, &wizard](int id) {
                if (id == SetupWizard::PreparingPageId || id == SetupWizard::InstallingPageId) {
                    recordPage(walk, *wizard);
                }
            });
        QObject::connect(
            &wizard->engine(), &InstallEngine::progress, wizard.get(),
            [&walk](int, const QString& message) { walk.progressTexts.insert(message); });
        const auto record = [&walk, &wizard] { recordPage(walk, *wizard); };
        if (walk.variant.isEmpty()) {
            // The questions setup may ask, as dialogs.
            DialogAnswerSource dialogs;
            recordAndCloseNextMessageBox(walk, wizard.get(), QStringLiteral("confirm-cancel"));
            dialogs.confirmCancel(wizard.get());
            recordAndCloseNextMessageBox(walk, wizard.get(), QStringLiteral("still-running"));
            dialogs.stillRunning(wizard.get(), {QStringLiteral("demo-notes (4242)")});
        }
        ASSERT_TRUE(goToReadyPage(*wizard, record));
        ASSERT_TRUE(installUpToFinish(*wizard, choice, record));
        ASSERT_TRUE(clickFinish(*wizard));
        EXPECT_EQ(wizard->language(), walk.language);
    }

    Walk walkAll(const QString& language, const QString& screenshotDir) {
        Walk walk;
        walk.language = language;
        walk.screenshotDir = screenshotDir;
        walkThrough(walk, Choice::Close);
        walk.variant = QStringLiteral("restart-required");
        walkThrough(walk, Choice::DoNotClose);
        walk.variant = QStringLiteral("failed");
        {
            const ScopedEnvironment failAfter{"RM_SECONDARY_FAIL_AFTER", "1"};
            walkThrough(walk, Choice::Close);
        }
        return walk;
    }

    // Texts that are the same in every language: names, numbers, sizes, paths, user names.
    static bool sameInEveryLanguage(const QString& text) {
        QString plain = text;
        plain.remove(u'&');
        plain = plain.trimmed();
        static const QStringList names{
            QStringLiteral("Demo Notes"),
            QStringLiteral("Word list"), // from the manifest
            QStringLiteral("Demo Notes 2.0"),
            QStringLiteral("demo-notes"),
            // Each language named in itself (QLocale's native name of "en").
            QStringLiteral("English"),
            QStringLiteral("English"),
            QStringLiteral("Deutsch"),
        };
        static const QRegularExpression process{QStringLiteral(R"(^[\w.-]+ \(\d+\)$)")};
        static const QRegularExpression number{
            QStringLiteral(R"(^[0-9 .,:%()+-]*(bytes|B|KB|kB|KiB|MB|MiB|GB|GiB)?$)")};
        // The language box names every language in itself.
        static const QStringList languageNames = [] {
            QStringList list;
            for (const QString& code : Translations::available()) {
                list << Translations::nativeName(code);
            }
            return list;
        }();
        return plain.isEmpty() || names.contains(plain) || languageNames.contains(plain) ||
               plain == currentUserName() || plain.startsWith(u'/') ||
               number.match(plain).hasMatch() || process.match(plain).hasMatch();
    }
};

TEST_F(WizardLanguageTest, GermanShowsNoEnglishText) {
    const QString screenshots = qEnvironmentVariable("RM_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        QDir{}.mkpath(screenshots);
    }
    const Walk english = walkAll(QStringLiteral("en"), screenshots);
    ASSERT_FALSE(HasFatalFailure());
    const Walk german = walkAll(QStringLiteral("de"), screenshots);
    ASSERT_FALSE(HasFatalFailure());

    QStringList untranslated;
    QStringList onlyInOne;
    for (const auto& [key, text] : german.texts) {
        const auto en = english.texts.find(key);
        if (en == english.texts.end()) {
            onlyInOne << QStringLiteral("de only: ") + key;
            continue;
        }
        if (en->second == text && !sameInEveryLanguage(text)) {
            untranslated << QStringLiteral("%1: \"%2\"").arg(key, text);
        }
    }
    for (const auto& [key, text] : english.texts) {
        if (!german.texts.contains(key)) {
            onlyInOne << QStringLiteral("en only: ") + key;
        }
    }
    for (const QString& message : german.progressTexts) {
        if (english.progressTexts.contains(message) && !sameInEveryLanguage(message)) {
            untranslated << QStringLiteral("progress: \"%1\"").arg(message);
        }
    }
    EXPECT_GT(german.texts.size(), 100U);
    EXPECT_TRUE(untranslated.isEmpty())
        << untranslated.size() << " text(s) shown in English on the German wizard:\n"
        << untranslated.join(u'\n').toStdString();
    EXPECT_TRUE(onlyInOne.isEmpty()) << "texts seen in one language only:\n"
                                     << onlyInOne.join(u'\n').toStdString();
}

// Every language of the box turns the welcome page, the title and the buttons away from English,
// and the box names each language in itself and shows the one in use.
TEST_F(WizardTest, EveryLanguageTranslatesTheWelcomePage) {
    auto wizard = makeWizard(QStringLiteral("ja"));
    ASSERT_TRUE(wizard);
    wizard->show();
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::WelcomePageId));
    auto* box = widget<QComboBox>(*wizard, "LanguageComboBox");
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->currentData().toString().toStdString(), "ja");
    EXPECT_EQ(box->currentText().toStdString(), "日本語");
    const QStringList languages = Translations::available();
    ASSERT_EQ(box->count(), languages.size());
    for (int i = 0; i < box->count(); ++i) {
        EXPECT_EQ(box->itemData(i).toString(), languages[i]);
        EXPECT_EQ(box->itemText(i), Translations::nativeName(languages[i]));
    }
    EXPECT_GE(box->findText(QStringLiteral("português (Brasil)")), 0);
    EXPECT_GE(box->findText(QStringLiteral("简体中文")), 0);
    EXPECT_GE(box->findText(QStringLiteral("繁體中文")), 0);
    for (const QString& language : languages) {
        if (language == QLatin1String("en")) {
            continue;
        }
        SCOPED_TRACE(language.toStdString());
        wizard->setLanguage(language);
        // The pages hear of the new language through posted LanguageChange events.
        QCoreApplication::processEvents();
        EXPECT_EQ(wizard->language(), language);
        EXPECT_EQ(box->currentData().toString(), language);
        const QString welcome = QCoreApplication::translate("WelcomePage", "Welcome to %1 %2")
                                    .arg(QStringLiteral("Demo Notes"), QStringLiteral("2.0"));
        EXPECT_NE(welcome.toStdString(), "Welcome to Demo Notes 2.0");
        EXPECT_EQ(withoutIsolates(wizard->currentPage()->title()), welcome);
        EXPECT_NE(wizard->windowTitle().toStdString(), "Demo Notes 2.0 Setup");
        for (const char* name : {"NextButton", "CancelButton"}) {
            const QString text = widget<QAbstractButton>(*wizard, name)->text();
            EXPECT_NE(text, QStringLiteral("&Next >")) << name;
            EXPECT_NE(text, QStringLiteral("Cancel")) << name;
        }
    }
    wizard->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(box->currentData().toString().toStdString(), "en");
    EXPECT_EQ(withoutIsolates(wizard->currentPage()->title()).toStdString(),
              "Welcome to Demo Notes 2.0");
}

// Arabic and Hebrew lay the wizard out right to left: the pages, the table of applications (its
// first column on the right) and the radio buttons (their indicators on the right) are mirrored;
// back in English, left to right again.
TEST_F(WizardTest, ArabicAndHebrewLayTheWizardOutRightToLeft) {
    ASSERT_GT(startDemoNotes(), 0);
    auto wizard = makeWizard(QStringLiteral("ar"));
    ASSERT_TRUE(wizard);
    wizard->show();
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::WelcomePageId));
    EXPECT_EQ(wizard->layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(wizard->currentPage()->layoutDirection(), Qt::RightToLeft);
    ASSERT_TRUE(goToReadyPage(*wizard));
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FilesInUsePageId, kInstallTimeout));
    auto* table = widget<QTableView>(*wizard, "AffectedAppsTable");
    auto* radio = widget<QRadioButton>(*wizard, "CloseApplicationsRadio");
    ASSERT_NE(table, nullptr);
    ASSERT_NE(radio, nullptr);
    ASSERT_GE(table->model()->columnCount(), 2);

    // Where on the screen the first two header sections and the radio's indicator are.
    const auto firstColumnIsRight = [table] {
        QHeaderView* header = table->horizontalHeader();
        // The two columns the page shows (issue 24): the name and what setup will do.
        const int first =
            header
                ->mapToGlobal(
                    QPoint{header->sectionViewportPosition(AffectedAppsModel::NameColumn), 0})
                .x();
        const int second =
            header
                ->mapToGlobal(
                    QPoint{header->sectionViewportPosition(AffectedAppsModel::ActionColumn), 0})
                .x();
        return first > second;
    };
    const auto indicatorIsRight = [radio] {
        QStyleOptionButton option;
        option.initFrom(radio);
        const QRect indicator =
            radio->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, radio);
        return indicator.center().x() > radio->width() / 2;
    };
    for (const char* language : {"ar", "he"}) {
        SCOPED_TRACE(language);
        wizard->setLanguage(QLatin1String{language});
        QCoreApplication::processEvents();
        EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        EXPECT_EQ(wizard->layoutDirection(), Qt::RightToLeft);
        for (const int id : wizard->pageIds()) {
            EXPECT_EQ(wizard->page(id)->layoutDirection(), Qt::RightToLeft)
                << pageName(id).toStdString();
        }
        EXPECT_EQ(table->layoutDirection(), Qt::RightToLeft);
        EXPECT_EQ(table->horizontalHeader()->layoutDirection(), Qt::RightToLeft);
        EXPECT_TRUE(firstColumnIsRight());
        EXPECT_TRUE(indicatorIsRight());
        // Next is left of Back's place: the button row is mirrored too.
        const auto* next = widget<QAbstractButton>(*wizard, "NextButton");
        const auto* cancel = widget<QAbstractButton>(*wizard, "CancelButton");
        EXPECT_LT(cancel->mapTo(wizard.get(), QPoint{}).x(),
                  next->mapTo(wizard.get(), QPoint{}).x());
    }
    wizard->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    EXPECT_EQ(wizard->layoutDirection(), Qt::LeftToRight);
    EXPECT_EQ(table->layoutDirection(), Qt::LeftToRight);
    EXPECT_FALSE(firstColumnIsRight());
    EXPECT_FALSE(indicatorIsRight());
    const auto* next = widget<QAbstractButton>(*wizard, "NextButton");
    const auto* cancel = widget<QAbstractButton>(*wizard, "CancelButton");
    EXPECT_GT(cancel->mapTo(wizard.get(), QPoint{}).x(), next->mapTo(wizard.get(), QPoint{}).x());
    ASSERT_TRUE(click(*wizard, "CancelButton"));
    EXPECT_TRUE(waitFor([this] { return m_exitCode.has_value(); }, kInstallTimeout));
    EXPECT_EQ(m_exitCode, ExitCancelled);
}

// Choosing "Deutsch" on the welcome page switches the whole wizard, its buttons too.
TEST_F(WizardTest, LanguageBoxSwitchesTheWizardToGerman) {
    auto wizard = makeWizard(QStringLiteral("en"));
    ASSERT_TRUE(wizard);
    wizard->show();
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::WelcomePageId));
    const std::string englishTitle = wizard->windowTitle().toStdString();
    const std::string englishNext =
        widget<QAbstractButton>(*wizard, "NextButton")->text().toStdString();
    const std::string englishCancel =
        widget<QAbstractButton>(*wizard, "CancelButton")->text().toStdString();
    auto* box = widget<QComboBox>(*wizard, "LanguageComboBox");
    ASSERT_NE(box, nullptr);
    const int german = box->findData(QStringLiteral("de"));
    ASSERT_GE(german, 0);
    // The keyboard, as a user tabbing to the box would: arrow keys change the language.
    box->setFocus();
    for (int i = 0; i < box->count() && box->currentIndex() != german; ++i) {
        QTest::keyClick(box, Qt::Key_Down);
    }
    ASSERT_TRUE(waitFor([&] { return wizard->language() == QStringLiteral("de"); }, 5s));
    EXPECT_NE(wizard->windowTitle().toStdString(), englishTitle);
    EXPECT_NE(wizard->currentPage()->title().toStdString(), "Welcome to Demo Notes 2.0");
    // The wizard's own buttons too, at once, not only from the next page on.
    EXPECT_NE(widget<QAbstractButton>(*wizard, "NextButton")->text().toStdString(), englishNext);
    EXPECT_NE(widget<QAbstractButton>(*wizard, "CancelButton")->text().toStdString(),
              englishCancel);
    EXPECT_NE(widget<QAbstractButton>(*wizard, "NextButton")->accessibleName().toStdString(),
              "Next");
    // The buttons keep their names for scripts after the switch.
    EXPECT_TRUE(click(*wizard, "NextButton"));
    EXPECT_TRUE(waitForPage(*wizard, SetupWizard::LicensePageId));
    wizard->setLanguage(QStringLiteral("en"));
}

// --- Issue 10: the remaining wizard bugs ---------------------------------------------------------

// Answers the wizard's modal dialogs as a user would, from a timer: each step names the dialog it
// expects (its object name) and either a button to click or an action on the dialog. Every
// dialog seen is recorded, in order, also those that no step was left for.
class DialogScript final : public QObject {
public:
    struct Step {
        QString dialog;
        QString button;                       // clicked when not empty
        std::function<void(QWidget*)> action; // else this runs
    };

    explicit DialogScript(std::deque<Step> steps) : m_steps{std::move(steps)} {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }

    [[nodiscard]] bool done() const { return m_steps.empty(); }
    [[nodiscard]] const QStringList& seen() const { return m_seen; }

private:
    void poll() {
        QWidget* modal = QApplication::activeModalWidget();
        // A dialog already answered may still be on its way out; a new one (even at the same
        // address) has no mark.
        if (modal == nullptr || !modal->isVisible() || modal->property("scripted").toBool()) {
            return;
        }
        modal->setProperty("scripted", true);
        m_seen << modal->objectName();
        if (m_steps.empty()) {
            ADD_FAILURE() << "an unexpected dialog: " << modal->objectName().toStdString();
            return;
        }
        const Step step = m_steps.front();
        m_steps.pop_front();
        if (modal->objectName() != step.dialog) {
            ADD_FAILURE() << "expected the dialog " << step.dialog.toStdString() << ", got "
                          << modal->objectName().toStdString();
            return;
        }
        if (step.action) {
            step.action(modal);
            return;
        }
        auto* button = modal->findChild<QAbstractButton*>(step.button);
        if (button == nullptr) {
            ADD_FAILURE() << step.dialog.toStdString() << " has no button "
                          << step.button.toStdString();
            return;
        }
        QTest::mouseClick(button, Qt::LeftButton);
    }

    std::deque<Step> m_steps;
    QStringList m_seen;
    QTimer m_timer;
};

// Answers the still-running question from a function (which may look at the wizard first).
class FunctionAnswers final : public AnswerSource {
public:
    explicit FunctionAnswers(std::function<StillRunning(const QStringList&)> answer)
        : m_answer{std::move(answer)} {}
    StillRunning stillRunning(QWidget*, const QStringList& applications) override {
        return m_answer(applications);
    }
    bool confirmCancel(QWidget*) override { return true; }

private:
    std::function<StillRunning(const QStringList&)> m_answer;
};

class WizardIssue10Test : public WizardTest {
protected:
    // rm_test_app holding the installed word list and ignoring SIGTERM: only a kill ends it.
    std::optional<rmtest::ChildProcess> startStubborn() {
        auto stubborn = rmtest::ChildProcess::spawn(
            {rmtest::helperPath("rm_test_app"), "--hold", wordsFile().string(), "--ignore-term"});
        if (!waitForReady(stubborn)) {
            ADD_FAILURE() << "rm_test_app did not start";
            return std::nullopt;
        }
        return std::optional<rmtest::ChildProcess>{std::move(stubborn)};
    }

    // From the ready page: Install, Close on the files-in-use page, Next.
    ::testing::AssertionResult installAndClose(SetupWizard& wizard) {
        if (auto ok = click(wizard, "NextButton"); !ok) {
            return ok;
        }
        if (auto ok = waitForPage(wizard, SetupWizard::FilesInUsePageId, kInstallTimeout); !ok) {
            return ok;
        }
        if (auto ok = check(wizard, "CloseApplicationsRadio"); !ok) {
            return ok;
        }
        return click(wizard, "NextButton");
    }

    static QStringList listTexts(SetupWizard& wizard) {
        QStringList texts;
        if (auto* list = widget<QListWidget>(wizard, "ClosingApplicationsList")) {
            for (int i = 0; i < list->count(); ++i) {
                texts << list->item(i)->text();
            }
        }
        return texts;
    }
};

// (a, d) In the still-running dialog the user chooses "Cancel setup", then "No": setup asks the
// still-running question again (no dead end), the confirmation came once, and after "Ignore"
// the application that setup had closed (Demo Notes) runs again.
TEST_F(WizardIssue10Test, CancelSetupThenNoLeadsBackToTheStillRunningQuestion) {
    const ShutdownTimeout timeout{2s};
    const pid_t demo = startDemoNotes();
    ASSERT_GT(demo, 0);
    auto stubborn = startStubborn();
    ASSERT_TRUE(stubborn);
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    wizard->setAnswerSource(std::make_unique<DialogAnswerSource>());
    ASSERT_TRUE(goToReadyPage(*wizard));
    DialogScript script{{
        {QStringLiteral("StillRunningDialog"), QStringLiteral("CancelSetupButton"), {}},
        {QStringLiteral("ConfirmCancelDialog"), QStringLiteral("ConfirmCancelNoButton"), {}},
        {QStringLiteral("StillRunningDialog"), QStringLiteral("IgnoreButton"), {}},
    }};
    ASSERT_TRUE(installAndClose(*wizard));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FinishPageId, kInstallTimeout))
        << "dialogs seen: " << script.seen().join(u' ').toStdString();
    EXPECT_TRUE(script.done());
    EXPECT_EQ(script.seen(), (QStringList{QStringLiteral("StillRunningDialog"),
                                          QStringLiteral("ConfirmCancelDialog"),
                                          QStringLiteral("StillRunningDialog")}))
        << "\"Cancel setup\" asks exactly once, and \"No\" asks the question again";
    EXPECT_TRUE(wizard->run().report().failure.isEmpty());
    // Demo Notes, which did close, is not left closed.
    const auto restarted = waitForOtherDemoNotes(demo);
    ASSERT_TRUE(restarted) << "Demo Notes stays closed after the still-running question";
    EXPECT_EQ(readText(stateFile()), kUnsavedText);
    ASSERT_TRUE(clickFinish(*wizard));
    EXPECT_EQ(m_exitCode, ExitRestartRequired);
    EXPECT_TRUE(isRunning(stubborn->pid())) << "Ignore leaves it running";
}

// (d) "Cancel setup", then "Yes": setup asks once and is cancelled, everything put back.
TEST_F(WizardIssue10Test, CancelSetupInTheStillRunningDialogAsksOnlyOnce) {
    const ShutdownTimeout timeout{2s};
    auto stubborn = startStubborn();
    ASSERT_TRUE(stubborn);
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    wizard->setAnswerSource(std::make_unique<DialogAnswerSource>());
    ASSERT_TRUE(goToReadyPage(*wizard));
    DialogScript script{{
        {QStringLiteral("StillRunningDialog"), QStringLiteral("CancelSetupButton"), {}},
        {QStringLiteral("ConfirmCancelDialog"), QStringLiteral("ConfirmCancelYesButton"), {}},
    }};
    ASSERT_TRUE(installAndClose(*wizard));
    ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }, kInstallTimeout))
        << "dialogs seen: " << script.seen().join(u' ').toStdString();
    EXPECT_EQ(m_exitCode, ExitCancelled);
    settle(500ms); // a second confirmation would come now
    EXPECT_EQ(script.seen(), (QStringList{QStringLiteral("StillRunningDialog"),
                                          QStringLiteral("ConfirmCancelDialog")}));
    EXPECT_EQ(readText(versionFile()), "1.0\n");
}

// (d) Esc before Install asks first; the confirmation's default button is No (Enter keeps setup
// going, and so does Esc in the box); only Yes ends setup, with 1602.
TEST_F(WizardIssue10Test, EscBeforeInstallAsksFirstAndNoIsTheDefault) {
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    wizard->setAnswerSource(std::make_unique<DialogAnswerSource>());
    wizard->show();
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::WelcomePageId));
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::LicensePageId));
    QString defaultButton;
    DialogScript script{{
        {QStringLiteral("ConfirmCancelDialog"),
         {},
         [&defaultButton](QWidget* dialog) {
             auto* box = qobject_cast<QMessageBox*>(dialog);
             if (box != nullptr && box->defaultButton() != nullptr) {
                 defaultButton = box->defaultButton()->objectName();
             }
             QTest::keyClick(dialog, Qt::Key_Return);
         }},
        {QStringLiteral("ConfirmCancelDialog"),
         {},
         [](QWidget* dialog) { QTest::keyClick(dialog, Qt::Key_Escape); }},
        {QStringLiteral("ConfirmCancelDialog"), QStringLiteral("ConfirmCancelYesButton"), {}},
    }};
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    settle(200ms);
    EXPECT_EQ(defaultButton.toStdString(), "ConfirmCancelNoButton");
    EXPECT_FALSE(m_exitCode.has_value()) << "Enter on the confirmation cancelled setup";
    EXPECT_EQ(wizard->currentId(), SetupWizard::LicensePageId);
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    settle(200ms);
    EXPECT_FALSE(m_exitCode.has_value()) << "Esc on the confirmation cancelled setup";
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }));
    EXPECT_EQ(m_exitCode, ExitCancelled);
    EXPECT_EQ(script.seen().size(), 3);
    EXPECT_TRUE(script.done());
    EXPECT_EQ(readText(versionFile()), "1.0\n");
}

// (b) Force close acts at once: an application that already refused to close is killed without
// a second full timeout. The first attempt waits 2 s; before the answer the timeout becomes
// 120 s, and the application must be gone in well under that.
TEST_F(WizardIssue10Test, ForceCloseKillsARefusingApplicationWithoutASecondTimeout) {
    const ShutdownTimeout timeout{2s};
    static constexpr auto kLongTimeout = 120s;
    auto stubborn = startStubborn();
    ASSERT_TRUE(stubborn);
    const pid_t pid = stubborn->pid();
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    int asked = 0;
    wizard->setAnswerSource(std::make_unique<FunctionAnswers>([&asked](const QStringList&) {
        ++asked;
        rm::engine::setShutdownTimeout(kLongTimeout);
        return AnswerSource::StillRunning::ForceClose;
    }));
    ASSERT_TRUE(goToReadyPage(*wizard));
    ASSERT_TRUE(installAndClose(*wizard));
    ASSERT_TRUE(waitFor([&] { return asked > 0; }, kInstallTimeout));
    // A quarter of the timeout: a second wait of the full timeout before the kill fails this.
    EXPECT_TRUE(waitFor([pid] { return !isRunning(pid); }, kLongTimeout / 4))
        << "the application was not killed at once after Force close";
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FinishPageId, kInstallTimeout));
    EXPECT_EQ(asked, 1);
    ASSERT_TRUE(clickFinish(*wizard));
    EXPECT_EQ(m_exitCode, ExitSuccess);
    EXPECT_EQ(stubborn->wait(10s), 128 + SIGKILL);
    EXPECT_EQ(readText(versionFile()), "2.0\n");
}

// (c) Undo after a cancel shows real progress: the bar moves above 0 while setup puts
// everything back.
TEST_F(WizardIssue10Test, UndoAfterCancelShowsProgress) {
    const pid_t demo = startDemoNotes();
    ASSERT_GT(demo, 0);
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(goToReadyPage(*wizard));
    auto* bar = widget<QProgressBar>(*wizard, "InstallProgress");
    ASSERT_NE(bar, nullptr);
    // What the bar shows while the messages are those of the undo (the page has taken each
    // message when this runs: it connected first).
    int mostWhileUndoing = -1;
    QObject::connect(&wizard->run(), &SetupRun::progress, bar, [&](int, const QString& message) {
        if (wizard->run().isCancelling() &&
            (message == QStringLiteral("Undoing the changes…") ||
             message == QStringLiteral("Starting the closed applications again…"))) {
            mostWhileUndoing = std::max(mostWhileUndoing, bar->value());
        }
    });
    ASSERT_TRUE(installAndClose(*wizard));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::InstallingPageId, 5s));
    ASSERT_TRUE(click(*wizard, "CancelButton"));
    ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }, kInstallTimeout));
    EXPECT_EQ(m_exitCode, ExitCancelled);
    EXPECT_GT(mostWhileUndoing, 0) << "the progress bar stood at 0 while setup undid its work";
    EXPECT_EQ(readText(versionFile()), "1.0\n");
    EXPECT_TRUE(waitForOtherDemoNotes(demo)) << "Demo Notes did not come back after the cancel";
}

// (e) HiDPI: a window larger than the screen's available area (720×520 at QT_SCALE_FACTOR=2 on
// a small screen) is made to fit it when shown, with its buttons on the screen.
TEST_F(WizardIssue10Test, TheWindowFitsTheAvailableScreen) {
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    QScreen* screen = wizard->screen();
    ASSERT_NE(screen, nullptr);
    const QRect available = screen->availableGeometry();
    wizard->resize(available.width() + 500, available.height() + 400);
    wizard->move(available.topLeft() + QPoint{200, 150});
    wizard->show();
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::WelcomePageId));
    QCoreApplication::processEvents();
    EXPECT_TRUE(available.contains(wizard->frameGeometry()))
        << "window " << wizard->frameGeometry().width() << "x" << wizard->frameGeometry().height()
        << "+" << wizard->frameGeometry().x() << "+" << wizard->frameGeometry().y() << ", screen "
        << available.width() << "x" << available.height();
    for (const char* name : {"NextButton", "CancelButton"}) {
        auto* button = widget<QAbstractButton>(*wizard, name);
        ASSERT_NE(button, nullptr);
        const QRect onScreen{button->mapToGlobal(QPoint{}), button->size()};
        EXPECT_TRUE(available.contains(onScreen)) << name << " is off the screen";
    }
    ASSERT_TRUE(click(*wizard, "CancelButton"));
    ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }));
}

// ---- Issue 24: what a new user found ----

// The mnemonic letter of a text ("&Next >" -> 'n'), or 0.
QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return QChar{};
}

// (1) The files-in-use table fits the page in English, German, Japanese and Arabic: two
// columns, nothing clipped (as the QA walk measures it), and the other facts of the selected
// application in the details pane.
TEST_F(WizardTest, TheFilesInUseTableFitsThePageInEveryLanguage) {
    const pid_t demo = startDemoNotes();
    ASSERT_GT(demo, 0);
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(goToReadyPage(*wizard));
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FilesInUsePageId, kInstallTimeout));
    auto* table = widget<QTableView>(*wizard, "AffectedAppsTable");
    auto* details = widget<QLabel>(*wizard, "AffectedAppDetails");
    ASSERT_NE(table, nullptr);
    ASSERT_NE(details, nullptr);
    for (const char* language : {"en", "de", "ja", "ar"}) {
        wizard->setLanguage(QLatin1String{language});
        settle(100ms);
        int shown = 0;
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            shown += table->isColumnHidden(column) ? 0 : 1;
        }
        EXPECT_EQ(shown, 2) << language;
        EXPECT_FALSE(qaWalkIsClipped(*table)) << language << ": the table is clipped";
        EXPECT_TRUE(details->isVisible()) << language;
        EXPECT_EQ(details->textFormat(), Qt::PlainText);
        EXPECT_TRUE(details->text().contains(leftToRight(QString::number(demo))))
            << language << ": " << details->text().toStdString();
        EXPECT_FALSE(qaWalkIsClipped(*details)) << language;
    }
    wizard->setLanguage(QStringLiteral("en"));
    ASSERT_TRUE(click(*wizard, "CancelButton"));
    ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }));
}

// (2) Right to left: in Arabic the folder (with its leading slash), the version and the product
// stay left-to-right runs; the license reads from the right; Back points right and Next left.
TEST_F(WizardTest, ArabicKeepsPathsAndVersionsLeftToRight) {
    auto wizard = makeWizard(QStringLiteral("ar"));
    ASSERT_TRUE(wizard);
    Qt::LayoutDirection licenseDirection = Qt::LeftToRight;
    Qt::Alignment licenseAlignment;
    ASSERT_TRUE(goToReadyPage(*wizard, [&] {
        if (wizard->currentId() == SetupWizard::LicensePageId) {
            auto* text = widget<QPlainTextEdit>(*wizard, "LicenseText");
            licenseDirection = text->document()->defaultTextOption().textDirection();
            licenseAlignment = text->document()->defaultTextOption().alignment();
        }
    }));
    EXPECT_EQ(licenseDirection, Qt::RightToLeft) << "the Arabic license is laid out left to right";
    EXPECT_FALSE(licenseAlignment & Qt::AlignAbsolute);
    const QString summary = widget<QLabel>(*wizard, "ReadySummary")->text();
    EXPECT_TRUE(summary.contains(leftToRight(QString::fromStdString(m_prefix.string()))))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(leftToRight(QStringLiteral("2.0")))) << summary.toStdString();
    EXPECT_EQ(widget<QLineEdit>(*wizard, "TargetDirectoryLineEdit")->layoutDirection(),
              Qt::LeftToRight);
    // Back (on the right) points right, Next (on the left) points left: a button lays its
    // text out with the arrow where it stands in the text ("< السابق" had it on the left).
    const QString back = widget<QAbstractButton>(*wizard, "BackButton")->text();
    EXPECT_TRUE(back.endsWith(u'>') && !back.contains(u'<')) << back.toStdString();
    const QString next = wizard->buttonText(QWizard::NextButton);
    EXPECT_TRUE(next.startsWith(u'<') && !next.contains(u'>')) << next.toStdString();
    ASSERT_TRUE(click(*wizard, "CancelButton"));
    ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }));
}

// (4) An application that will not close, and a long timeout: the installing page offers Force
// close, names the application it waits for, and its bar is not full while it waits. Force
// close ends the wait at once, and the finish page names the application that was killed.
TEST_F(WizardTest, ForceCloseOnTheInstallingPageEndsTheWait) {
    const ShutdownTimeout timeout{120s};
    auto stubborn = rmtest::ChildProcess::spawn(
        {rmtest::helperPath("rm_test_app"), "--hold", wordsFile().string(), "--ignore-term"});
    ASSERT_TRUE(waitForReady(stubborn));
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(goToReadyPage(*wizard));
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FilesInUsePageId, kInstallTimeout));
    ASSERT_TRUE(check(*wizard, "CloseApplicationsRadio"));
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::InstallingPageId, kInstallTimeout));
    auto* force = widget<QAbstractButton>(*wizard, "ForceCloseNowButton");
    ASSERT_NE(force, nullptr) << "no Force close on the installing page";
    ASSERT_TRUE(waitFor([&] { return force->isVisible() && force->isEnabled(); }));
    settle(1s);
    EXPECT_LT(widget<QProgressBar>(*wizard, "InstallProgress")->value(), 100);
    const QString status = widget<QLabel>(*wizard, "InstallingStatus")->text();
    EXPECT_TRUE(withoutIsolates(status).contains(QStringLiteral("rm_test_app")))
        << "the status does not name the application it waits for: " << status.toStdString();
    EXPECT_FALSE(force->accessibleName().isEmpty());
    const auto clicked = std::chrono::steady_clock::now();
    ASSERT_TRUE(click(*wizard, "ForceCloseNowButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FinishPageId, 60s));
    EXPECT_LT(std::chrono::steady_clock::now() - clicked, 30s);
    EXPECT_EQ(stubborn.wait(10s), 128 + SIGKILL);
    const QString summary = withoutIsolates(widget<QLabel>(*wizard, "FinishSummary")->text());
    EXPECT_TRUE(summary.contains(QStringLiteral("rm_test_app did not close when asked")))
        << summary.toStdString();
    ASSERT_TRUE(clickFinish(*wizard));
    EXPECT_EQ(m_exitCode, ExitSuccess);
    EXPECT_EQ(readText(versionFile()), "2.0\n");
}

// (5) Words: the publisher stands on a line of its own (no "from Restart Manager for Linux
// project"); component descriptions are on the page, and a required component says so.
TEST_F(WizardTest, TheWelcomeAndComponentsPagesSayItRight) {
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    QString welcome;
    QString description;
    bool descriptionVisible = false;
    QStringList items;
    ASSERT_TRUE(goToReadyPage(*wizard, [&] {
        if (wizard->currentId() == SetupWizard::WelcomePageId) {
            welcome = withoutIsolates(widget<QLabel>(*wizard, "WelcomeText")->text());
        }
        if (wizard->currentId() == SetupWizard::ComponentsPageId) {
            auto* label = widget<QLabel>(*wizard, "ComponentDescription");
            ASSERT_NE(label, nullptr) << "no component description on the page";
            description = label->text();
            descriptionVisible = label->isVisible();
            EXPECT_EQ(label->textFormat(), Qt::PlainText);
            auto* tree = widget<QTreeWidget>(*wizard, "ComponentsTree");
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                items << tree->topLevelItem(i)->text(0);
            }
        }
    }));
    EXPECT_FALSE(welcome.contains(QStringLiteral("from Restart"))) << welcome.toStdString();
    EXPECT_TRUE(welcome.contains(QStringLiteral("Publisher: Restart Manager for Linux project")))
        << welcome.toStdString();
    const auto& components = wizard->plan().package().components;
    ASSERT_FALSE(components.isEmpty());
    EXPECT_TRUE(descriptionVisible);
    EXPECT_EQ(description, components.front().description);
    ASSERT_EQ(items.size(), components.size());
    for (qsizetype i = 0; i < components.size(); ++i) {
        EXPECT_EQ(items[i].contains(QStringLiteral("(required)")), components[i].required)
            << items[i].toStdString();
    }
    ASSERT_TRUE(click(*wizard, "CancelButton"));
    ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }));
}

// (6) Keyboard: on every page, in every language, no two controls (the wizard's buttons among
// them) share a mnemonic; in English Alt+B was both Back and Browse.
TEST_F(WizardTest, NoTwoControlsOfAPageShareAMnemonicInAnyLanguage) {
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    std::string clashes;
    for (const QString& language : SetupWizard::availableLanguages()) {
        wizard->setLanguage(language);
        QCoreApplication::processEvents();
        for (const int id : wizard->pageIds()) {
            QWizardPage* page = wizard->page(id);
            std::map<QChar, QStringList> owners;
            const auto add = [&](const QString& text) {
                if (const QChar key = mnemonicOf(text); !key.isNull()) {
                    owners[key] << text;
                }
            };
            for (const auto* button : page->findChildren<QAbstractButton*>()) {
                add(button->text());
            }
            for (const auto* label : page->findChildren<QLabel*>()) {
                if (label->buddy() != nullptr) {
                    add(label->text());
                }
            }
            if (page->isFinalPage()) {
                add(page->buttonText(QWizard::FinishButton));
            } else {
                for (const auto which :
                     {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton}) {
                    add(page->buttonText(which));
                }
            }
            for (const auto& [key, texts] : owners) {
                if (texts.size() > 1) {
                    clashes += language.toStdString() + " " + page->objectName().toStdString() +
                               ": Alt+" + QString{key}.toStdString() + " is " +
                               texts.join(QStringLiteral(" | ")).toStdString() + "\n";
                }
            }
        }
    }
    EXPECT_TRUE(clashes.empty()) << clashes;
    wizard->setLanguage(QStringLiteral("en"));
}

// (6) With Next disabled (no folder), Alt+N reaches the folder field: it types nothing.
TEST_F(WizardTest, AltNWithNextDisabledTypesNothing) {
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(goToReadyPage(*wizard, [&] {
        if (wizard->currentId() != SetupWizard::LocationPageId) {
            return;
        }
        auto* path = widget<QLineEdit>(*wizard, "TargetDirectoryLineEdit");
        path->setFocus();
        path->selectAll();
        QTest::keyClick(path, Qt::Key_Backspace);
        ASSERT_FALSE(widget<QAbstractButton>(*wizard, "NextButton")->isEnabled());
        QTest::keyClick(path, Qt::Key_N, Qt::AltModifier);
        EXPECT_EQ(path->text().toStdString(), "") << "Alt+N typed into the folder field";
        QTest::keyClicks(path, QString::fromStdString(m_prefix.string()));
    }));
    ASSERT_TRUE(click(*wizard, "CancelButton"));
    ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }));
}

// (f) A folder with an older version says that it will be upgraded; another folder does not.
TEST_F(WizardIssue10Test, TheLocationPageSaysWhatItUpgrades) {
    writeText(m_prefix / "share" / "restartmanager" / "installed.txt",
              "Demo Notes 1.0\n2024-01-01T00:00:00Z\napp\n");
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    QString upgradeText;
    bool upgradeVisible = false;
    bool visibleElsewhere = true;
    ASSERT_TRUE(goToReadyPage(*wizard, [&] {
        if (wizard->currentId() != SetupWizard::LocationPageId) {
            return;
        }
        auto* note = widget<QLabel>(*wizard, "UpgradeNote");
        ASSERT_NE(note, nullptr);
        upgradeVisible = note->isVisible();
        upgradeText = note->text();
        EXPECT_EQ(note->textFormat(), Qt::PlainText);
        auto* path = widget<QLineEdit>(*wizard, "TargetDirectoryLineEdit");
        path->selectAll();
        QTest::keyClicks(path, QString::fromStdString((m_root / "elsewhere").string()));
        visibleElsewhere = note->isVisible();
        path->selectAll();
        QTest::keyClicks(path, QString::fromStdString(m_prefix.string()));
    }));
    EXPECT_TRUE(upgradeVisible);
    EXPECT_EQ(withoutIsolates(upgradeText).toStdString(),
              "Demo Notes 1.0 is installed here: this is an upgrade from 1.0 to 2.0.");
    // Issue 24: in Arabic the name and the versions keep their order.
    EXPECT_TRUE(upgradeText.startsWith(isolated(QStringLiteral("Demo Notes 1.0"))))
        << upgradeText.toStdString();
    EXPECT_TRUE(upgradeText.contains(leftToRight(QStringLiteral("2.0"))))
        << upgradeText.toStdString();
    EXPECT_FALSE(visibleElsewhere) << "a folder without an installation shows the upgrade note";
    ASSERT_TRUE(click(*wizard, "CancelButton"));
    ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }));
}

// Issue 22: a newer version's record in this folder makes the location page say "downgrade", and
// Next waits for the confirmation.
TEST_F(WizardIssue10Test, ADowngradeIsSaidAndNeedsItsConfirmation) {
    const fs::path products{temp().file("products")}; // StoreTest's RESTARTMANAGER_PRODUCTS_DIR
    fs::create_directories(products);
    writeText(products / "org.restartmanager.DemoNotes.json",
              R"({"id": "org.restartmanager.DemoNotes", "name": "Demo Notes", "version": "3.0",
                  "installDir": ")" +
                  m_prefix.string() + R"(", "files": []})");
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    QString note;
    bool nextBeforeConfirming = true;
    ASSERT_TRUE(goToReadyPage(*wizard, [&] {
        if (wizard->currentId() != SetupWizard::LocationPageId) {
            return;
        }
        note = widget<QLabel>(*wizard, "UpgradeNote")->text();
        nextBeforeConfirming = widget<QAbstractButton>(*wizard, "NextButton")->isEnabled();
        ASSERT_TRUE(check(*wizard, "ConfirmDowngradeCheckBox"));
    }));
    EXPECT_EQ(withoutIsolates(note).toStdString(),
              "Demo Notes 3.0 is installed here: this is a downgrade to the older version 2.0.");
    EXPECT_FALSE(nextBeforeConfirming) << "a downgrade went ahead unconfirmed";
    EXPECT_TRUE(wizard->plan().downgradeConfirmed);
    ASSERT_TRUE(click(*wizard, "CancelButton"));
    ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }));
}

// (g) After "Ignore" the finish page names the applications that still run the old files and
// says that restarting them is enough.
TEST_F(WizardIssue10Test, AfterIgnoreTheFinishPageNamesTheApplicationsStillRunning) {
    const ShutdownTimeout timeout{2s};
    auto stubborn = startStubborn();
    ASSERT_TRUE(stubborn);
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    wizard->setAnswerSource(std::make_unique<FunctionAnswers>(
        [](const QStringList&) { return AnswerSource::StillRunning::Ignore; }));
    ASSERT_TRUE(goToReadyPage(*wizard));
    ASSERT_TRUE(installUpToFinish(*wizard, Choice::Close));
    auto* note = widget<QLabel>(*wizard, "RestartApplicationsInstead");
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->textFormat(), Qt::PlainText);
    EXPECT_TRUE(note->text().contains(QStringLiteral("rm_test_app"))) << note->text().toStdString();
    EXPECT_TRUE(note->text().contains(QStringLiteral("close them and start them again")))
        << note->text().toStdString();
    // Issue 24: and nothing on the page says that the computer must restart.
    const QString summary = widget<QLabel>(*wizard, "FinishSummary")->text();
    EXPECT_FALSE(summary.contains(QStringLiteral("restart of the computer is required")))
        << summary.toStdString();
    ASSERT_TRUE(clickFinish(*wizard));
    EXPECT_EQ(m_exitCode, ExitRestartRequired);
    EXPECT_TRUE(isRunning(stubborn->pid()));
}

// With RM_SCREENSHOT_DIR set, saves what the user sees, to look at (not compared).
void saveScreenshot(QWidget& window, const char* name) {
    const QString dir = qEnvironmentVariable("RM_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir{}.mkpath(dir);
    EXPECT_TRUE(window.grab().save(QDir{dir}.filePath(QLatin1String(name)))) << name;
}

// (h) Retry: the installing page names the application it waits for with the seconds left, the
// bar moves while it waits, and the list shows each application's state: closed, still
// running, and closing again after Retry.
TEST_F(WizardIssue10Test, RetryShowsACountdownAndEachApplicationsState) {
    const ShutdownTimeout timeout{3s};
    const pid_t demo = startDemoNotes();
    ASSERT_GT(demo, 0);
    auto stubborn = startStubborn();
    ASSERT_TRUE(stubborn);
    const pid_t pid = stubborn->pid();
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    std::vector<QStringList> listWhenAsked;
    std::vector<int> barWhenAsked;
    wizard->setAnswerSource(std::make_unique<FunctionAnswers>([&](const QStringList&) {
        listWhenAsked.push_back(listTexts(*wizard));
        barWhenAsked.push_back(widget<QProgressBar>(*wizard, "InstallProgress")->value());
        return listWhenAsked.size() == 1 ? AnswerSource::StillRunning::Retry
                                         : AnswerSource::StillRunning::Ignore;
    }));
    ASSERT_TRUE(goToReadyPage(*wizard));
    ASSERT_TRUE(installAndClose(*wizard));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::InstallingPageId, kInstallTimeout));
    auto* countdown = widget<QLabel>(*wizard, "CloseCountdown");
    auto* bar = widget<QProgressBar>(*wizard, "InstallProgress");
    ASSERT_NE(countdown, nullptr);
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(countdown->textFormat(), Qt::PlainText);

    // The wait after Retry.
    QString countdownText;
    int progress = 0;
    QStringList listWhileRetrying;
    ASSERT_TRUE(waitFor(
        [&] {
            if (listWhenAsked.size() != 1 ||
                wizard->run().state() != SetupRun::State::ShuttingDown) {
                return false;
            }
            countdownText = countdown->isVisible() ? countdown->text() : QString{};
            progress = bar->value();
            listWhileRetrying = listTexts(*wizard);
            for (QString& line : listWhileRetrying) {
                line = withoutIsolates(line);
            }
            return !countdownText.isEmpty() && progress > 0;
        },
        kInstallTimeout))
        << "countdown \"" << countdownText.toStdString() << "\", progress " << progress;
    // With RM_SCREENSHOT_DIR set: the page as it waits, to look at.
    saveScreenshot(*wizard, "wizard-installing-countdown.png");
    // Issue 24: not 100 % while it waited for rm_test_app, and not back to 0 after Retry.
    ASSERT_FALSE(barWhenAsked.empty());
    EXPECT_LT(barWhenAsked.front(), 100) << "the bar was full while setup still waited";
    EXPECT_GE(progress, barWhenAsked.front()) << "the bar went back after Retry";
    static const QRegularExpression pattern{
        QStringLiteral(R"(^Waiting for rm_test_app to close… (\d+) s$)")};
    const auto match = pattern.match(withoutIsolates(countdownText));
    ASSERT_TRUE(match.hasMatch()) << countdownText.toStdString();
    EXPECT_LE(match.captured(1).toInt(), 3);
    EXPECT_TRUE(listWhileRetrying.contains(QStringLiteral("rm_test_app (%1): closing…").arg(pid)))
        << listWhileRetrying.join(u'\n').toStdString();
    EXPECT_TRUE(listWhileRetrying.contains(QStringLiteral("Demo Notes (%1): closed").arg(demo)))
        << listWhileRetrying.join(u'\n').toStdString();

    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FinishPageId, kInstallTimeout));
    ASSERT_EQ(listWhenAsked.size(), 2U);
    for (QStringList list : listWhenAsked) {
        for (QString& line : list) {
            line = withoutIsolates(line);
        }
        EXPECT_TRUE(list.contains(QStringLiteral("rm_test_app (%1): still running").arg(pid)))
            << list.join(u'\n').toStdString();
        EXPECT_TRUE(list.contains(QStringLiteral("Demo Notes (%1): closed").arg(demo)))
            << list.join(u'\n').toStdString();
    }
    ASSERT_TRUE(clickFinish(*wizard));
    EXPECT_EQ(m_exitCode, ExitRestartRequired);
}

// (i) "Show the log" with no application for text files (none on the test machine, and xdg-open
// may say yes all the same): the log's path is on the page, and the button opens the wizard's
// own read-only viewer with the log in it.
TEST_F(WizardIssue10Test, ShowTheLogOpensTheBuiltInViewer) {
    const ScopedEnvironment noHandlers{"XDG_DATA_DIRS", m_root.string() + "/no-applications"};
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(goToReadyPage(*wizard));
    ASSERT_TRUE(installUpToFinish(*wizard, Choice::Close));
    auto* path = widget<QLabel>(*wizard, "LogPath");
    ASSERT_NE(path, nullptr);
    EXPECT_TRUE(path->isVisible());
    EXPECT_EQ(path->textFormat(), Qt::PlainText);
    EXPECT_TRUE(path->textInteractionFlags() & Qt::TextSelectableByMouse);
    EXPECT_TRUE(path->text().contains(QString::fromStdString(m_logFile.string())))
        << path->text().toStdString();
    m_log->flush();
    ASSERT_TRUE(click(*wizard, "ShowLogButton"));
    QPlainTextEdit* viewer = nullptr;
    ASSERT_TRUE(waitFor([&] {
        viewer = wizard->findChild<QPlainTextEdit*>(QStringLiteral("LogViewer"));
        return viewer != nullptr && viewer->isVisible();
    })) << "Show the log showed nothing";
    EXPECT_TRUE(viewer->isReadOnly());
    // Issue 24: titled by what it shows, not by the button that opened it.
    EXPECT_EQ(viewer->window()->windowTitle().toStdString(), "Setup log");
    // Root gets no editor from the desktop (it would run as root); other users do.
    auto* external = wizard->findChild<QAbstractButton*>(QStringLiteral("LogViewerOpenButton"));
    EXPECT_EQ(external != nullptr && external->isVisible(), ::geteuid() != 0);
    saveScreenshot(*viewer->window(), "wizard-log-viewer.png");
    EXPECT_TRUE(viewer->toPlainText().contains(QStringLiteral("setup: applying")))
        << viewer->toPlainText().left(2000).toStdString();
    auto* close = wizard->findChild<QAbstractButton*>(QStringLiteral("LogViewerCloseButton"));
    ASSERT_NE(close, nullptr);
    QTest::mouseClick(close, Qt::LeftButton);
    EXPECT_TRUE(waitFor([&] {
        return wizard->findChild<QPlainTextEdit*>(QStringLiteral("LogViewer")) == nullptr;
    }));
    ASSERT_TRUE(clickFinish(*wizard));
    EXPECT_EQ(m_exitCode, ExitSuccess);
}

// (j) A setup that crashed after closing Demo Notes (a real installer process, killed after its
// RmShutdown) left it closed: the next setup starts it again at launch, before any page, and
// the welcome page says so.
TEST_F(WizardIssue10Test, AtLaunchSetupRestartsWhatACrashedSetupLeftClosed) {
    const pid_t demo = startDemoNotes();
    ASSERT_GT(demo, 0);
    {
        auto crashed = rmtest::ChildProcess::spawn(
            {rmtest::helperPath("rm_test_app"), "--primary-shutdown", demoExe().string()});
        ASSERT_EQ(crashed.readLine(30s).value_or("<nothing>"), "shutting down");
        ASSERT_EQ(crashed.readLine(60s).value_or("<nothing>"), "shut down 0");
        EXPECT_EQ(m_demo->wait(20s), 0) << "Demo Notes did not close";
        crashed.kill(SIGKILL);
        EXPECT_EQ(crashed.wait(10s), 128 + SIGKILL);
    }
    settle(300ms);
    ASSERT_TRUE(processesOf(demoExe()).empty()) << "nothing restarts Demo Notes by itself";

    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    EXPECT_EQ(wizard->recovered(), QStringList{QStringLiteral("Demo Notes")});
    wizard->show();
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::WelcomePageId));
    auto* note = widget<QLabel>(*wizard, "RecoveryNote");
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->textFormat(), Qt::PlainText);
    EXPECT_EQ(withoutIsolates(note->text()).toStdString(),
              "Setup restarted applications that an earlier setup had closed: Demo Notes.");
    saveScreenshot(*wizard, "wizard-welcome-recovered.png");
    const auto restarted = waitForOtherDemoNotes(demo);
    ASSERT_TRUE(restarted) << "Demo Notes was not started again at launch";
    EXPECT_EQ(readText(stateFile()), kUnsavedText);
    m_log->flush();
    EXPECT_NE(readText(m_logFile).find("an earlier setup had closed Demo Notes"),
              std::string::npos);

    // Another setup has nothing to recover and says nothing.
    auto second = makeWizard();
    ASSERT_TRUE(second);
    EXPECT_TRUE(second->recovered().isEmpty());
    second->show();
    ASSERT_TRUE(waitForPage(*second, SetupWizard::WelcomePageId));
    EXPECT_FALSE(widget<QLabel>(*second, "RecoveryNote")->isVisible());
    ASSERT_TRUE(click(*second, "CancelButton"));
    ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }));
}

// A real program from Debian (Tk's wish) that holds the installed word list and, asked to close
// through its window, shows "Save changes?" instead, as an editor with unsaved work does. The
// files-in-use page names it by its window's title and says it will be asked to close its
// windows; after the timeout the still-running question says it may be asking to save; Force
// close then ends it.
TEST_F(WizardIssue10Test, AnApplicationAskedThroughItsWindowMayBeAskingToSave) {
    if (!rmtest::findProgram("wish") || !rmtest::findProgram("Xvfb")) {
        GTEST_SKIP() << "wish or Xvfb is not installed (scripts/install-deps.sh installs tk and "
                        "xvfb)";
    }
    rmtest::XServer x;
    const std::string error = x.start({});
    ASSERT_TRUE(error.empty()) << error;
    const ShutdownTimeout timeout{2s};
    rmtest::TempDir files{"rmtk"};
    const std::string script = files.file("editor.tcl");
    std::ofstream{script}
        << "set held [open {" << wordsFile().string() << "} r]\n"
        << "wm title . {Word list editor}\nlabel .l -text {unsaved work}\npack .l\n"
        << "wm protocol . WM_DELETE_WINDOW {if {![winfo exists .ask]} {toplevel .ask; "
           "wm title .ask {Save changes?}; label .ask.l -text {Save changes?}; pack .ask.l}}\n"
        << "update\nputs ready\nflush stdout\n";
    rmtest::SpawnOptions options;
    options.environment = x.environment();
    options.unset = {"DBUS_SESSION_BUS_ADDRESS"};
    auto editor = rmtest::ChildProcess::spawn(
        {"/bin/sh", "-c", R"(trap '' TERM; exec wish "$@")", "sh", script}, options);
    ASSERT_TRUE(waitForReady(editor)) << "wish did not start";

    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    QStringList asked;
    wizard->setAnswerSource(std::make_unique<FunctionAnswers>([&](const QStringList& apps) {
        if (asked.isEmpty()) {
            asked = apps;
        }
        return AnswerSource::StillRunning::ForceClose;
    }));
    ASSERT_TRUE(goToReadyPage(*wizard));
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FilesInUsePageId, kInstallTimeout));
    const auto& apps = wizard->plan().affected.applications;
    const auto it = std::find_if(apps.begin(), apps.end(), [&](const auto& app) {
        return static_cast<pid_t>(app.process.dwProcessId) == editor.pid();
    });
    ASSERT_NE(it, apps.end()) << "wish is not listed";
    EXPECT_EQ(it->appName, "Word list editor");
    EXPECT_NE(it->closeMethod, rm::CloseMethod::Signal) << "wish would only get a signal";
    saveScreenshot(*wizard, "wizard-files-in-use-tk.png");
    ASSERT_TRUE(check(*wizard, "CloseApplicationsRadio"));
    ASSERT_TRUE(click(*wizard, "NextButton"));
    ASSERT_TRUE(waitForPage(*wizard, SetupWizard::FinishPageId, kInstallTimeout));
    ASSERT_EQ(asked.size(), 1) << asked.join(u'|').toStdString();
    EXPECT_EQ(withoutIsolates(asked.front()).toStdString(),
              "Word list editor (" + std::to_string(editor.pid()) +
                  ") may be asking you to save your work. Switch to it, then choose Retry.");
    EXPECT_EQ(editor.wait(10s), 128 + SIGKILL) << "Force close did not end it";
    EXPECT_TRUE(wizard->run().report().failure.isEmpty());
    ASSERT_TRUE(clickFinish(*wizard));
}

} // namespace

namespace {

// Issue 21, item 6: a saved answer holds what the user decided. After a run in which no restart
// question was shown, and after "Later", the answers say Reboot=no; replayed with --unattended,
// a "yes" could restart a machine. Only "Restart the computer now" saves yes.
TEST_F(WizardTest, SavedAnswersSayRebootOnlyWhenTheUserChoseARestart) {
    {
        auto wizard = makeWizard();
        ASSERT_TRUE(wizard);
        ASSERT_TRUE(goToReadyPage(*wizard));
        ASSERT_TRUE(installUpToFinish(*wizard, Choice::Close));
        EXPECT_FALSE(widget<QWidget>(*wizard, "RestartNowRadio")->isVisible());
        ASSERT_TRUE(clickFinish(*wizard));
        EXPECT_EQ(m_exitCode, ExitSuccess);
        EXPECT_EQ(wizard->answersOfThisRun().value(QStringLiteral("Reboot")).toStdString(), "no");
    }
    for (const bool now : {false, true}) {
        SCOPED_TRACE(now ? "restart now" : "later");
        ASSERT_GT(startDemoNotes(), 0);
        auto wizard = makeWizard();
        ASSERT_TRUE(wizard);
        ASSERT_TRUE(goToReadyPage(*wizard));
        ASSERT_TRUE(installUpToFinish(*wizard, Choice::DoNotClose));
        ASSERT_TRUE(widget<QWidget>(*wizard, "RestartNowRadio")->isVisible());
        if (now) {
            ASSERT_TRUE(check(*wizard, "RestartNowRadio"));
        }
        ASSERT_TRUE(clickFinish(*wizard));
        EXPECT_EQ(m_exitCode, now ? ExitRestartStarted : ExitRestartRequired);
        EXPECT_EQ(m_restartRequests, now ? 1 : 0) << "the test's stand-in for systemctl reboot";
        EXPECT_EQ(wizard->answersOfThisRun().value(QStringLiteral("Reboot")).toStdString(),
                  now ? "yes" : "no");
    }
}

// Issue 21, item 16: the location page follows the one folder rule: "~/…" is the home folder of
// the password database (not $HOME), a relative path is refused with the reason.
TEST_F(WizardTest, TheLocationPageExpandsTildeAndRefusesARelativeFolder) {
    ScopedEnvironment home{"HOME", (m_root / "not-the-home").string()};
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    QString relativeStatus;
    bool relativeNext = true;
    QString expanded;
    ASSERT_TRUE(goToReadyPage(*wizard, [&] {
        if (wizard->currentId() != SetupWizard::LocationPageId) {
            return;
        }
        auto* path = widget<QLineEdit>(*wizard, "TargetDirectoryLineEdit");
        path->selectAll();
        QTest::keyClicks(path, QStringLiteral("relative/folder"));
        relativeStatus = widget<QLabel>(*wizard, "LocationStatus")->text();
        relativeNext = widget<QAbstractButton>(*wizard, "NextButton")->isEnabled();
        path->selectAll();
        QTest::keyClicks(path, QStringLiteral("~/opt/demo"));
        expanded = wizard->plan().installDir();
        path->selectAll();
        QTest::keyClicks(path, QString::fromStdString(m_prefix.string()));
    }));
    EXPECT_EQ(relativeStatus.toStdString(), "Enter a full path, starting with / or ~/.");
    EXPECT_FALSE(relativeNext);
    EXPECT_EQ(expanded, homeFolderFromPasswordDatabase() + QStringLiteral("/opt/demo"));
    ASSERT_TRUE(click(*wizard, "CancelButton"));
    ASSERT_TRUE(waitFor([this] { return m_exitCode.has_value(); }));
}

} // namespace
