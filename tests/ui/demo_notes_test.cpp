// Demo Notes: its window in this process, and the built program as a real process in a
// temporary installation, closed and restarted the way an installer does it.
#include "support/test_support.h"

#include "core/session.h"
#include "ui/demo_notes_window.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <signal.h>
#include <thread>
#include <unistd.h>

namespace {

using namespace std::chrono_literals;

std::string str(const QString& text) {
    return text.toStdString();
}

void writeText(const std::string& path, const std::string& text) {
    std::filesystem::create_directories(std::filesystem::path{path}.parent_path());
    std::ofstream out{path, std::ios::binary | std::ios::trunc};
    out << text;
}

// A Demo Notes installation in a temporary prefix, and a state folder beside it.
class DemoNotesInstall {
public:
    explicit DemoNotesInstall(const std::string& version = "1.0", bool withWords = true) {
        writeText(m_temp.file("prefix/share/demo-notes/version.txt"), version + "\n");
        if (withWords) {
            writeText(wordsFile(), "# test words\napple\nbook\ncandle\n");
        }
    }

    [[nodiscard]] std::string prefix() const { return m_temp.file("prefix"); }
    [[nodiscard]] std::string wordsFile() const {
        return m_temp.file("prefix/share/demo-notes/words.txt");
    }
    [[nodiscard]] std::string stateDir() const { return m_temp.file("state"); }
    [[nodiscard]] std::string stateFile() const { return stateDir() + "/unsaved.txt"; }
    [[nodiscard]] const rmtest::TempDir& temp() const { return m_temp; }

    std::string installProgram() {
        std::filesystem::create_directories(prefix() + "/bin");
        return rmtest::copyExecutable(RM_DEMO_NOTES, prefix() + "/bin");
    }

private:
    rmtest::TempDir m_temp{"demo-notes"};
};

// ---- The window, in this process ----

DemoNotesOptions optionsFor(const DemoNotesInstall& install, bool restored = false) {
    DemoNotesOptions options;
    options.prefix = QString::fromStdString(install.prefix());
    options.stateDir = QString::fromStdString(install.stateDir());
    options.initialText = QStringLiteral("first words");
    options.restored = restored;
    return options;
}

QString labelText(const QWidget& window, const char* name) {
    const auto* label = window.findChild<QLabel*>(QLatin1String{name});
    return label != nullptr ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String{name});
}

TEST(DemoNotesWindow, ShowsVersionDictionaryAndStatus) {
    const DemoNotesInstall install{"1.0"};
    DemoNotesWindow window{optionsFor(install)};
    window.show();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Demo Notes 1.0"));
    EXPECT_EQ(labelText(window, "VersionLabel"), QStringLiteral("Demo Notes 1.0"));
    EXPECT_EQ(labelText(window, "DictionaryLabel"), QStringLiteral("Words in the dictionary: 3"));
    EXPECT_EQ(labelText(window, "StatusLabel"), QStringLiteral("Ready."));
    EXPECT_EQ(window.dictionarySize(), 3);
    const auto* editor = window.findChild<QPlainTextEdit*>(QStringLiteral("NotesEditor"));
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("first words"));
    EXPECT_FALSE(editor->accessibleName().isEmpty());
}

TEST(DemoNotesWindow, SaysWhenItWasRestored) {
    const DemoNotesInstall install;
    DemoNotesWindow window{optionsFor(install, true)};
    EXPECT_TRUE(labelText(window, "StatusLabel").contains(QStringLiteral("Restored")))
        << str(labelText(window, "StatusLabel"));
}

// Issue 24: after a cancelled update the Restart Manager starts the same version again; it does
// not say "Restored after an update." then. After a real update it does.
TEST(DemoNotesWindow, SaysRestoredAfterAnUpdateOnlyWhenTheVersionChanged) {
    DemoNotesInstall install{"1.0"};
    {
        DemoNotesWindow first{optionsFor(install)};
        ASSERT_FALSE(first.saveState().has_value());
    }
    {
        DemoNotesWindow sameVersion{optionsFor(install, true)};
        const QString status = labelText(sameVersion, "StatusLabel");
        EXPECT_FALSE(status.contains(QStringLiteral("after an update"))) << str(status);
        EXPECT_TRUE(status.contains(QStringLiteral("Nothing was updated"))) << str(status);
    }
    writeText(install.prefix() + "/share/demo-notes/version.txt", "2.0\n");
    DemoNotesWindow updated{optionsFor(install, true)};
    EXPECT_EQ(labelText(updated, "StatusLabel"), QStringLiteral("Restored after an update."));
}

TEST(DemoNotesWindow, RunsWithoutDictionaryOrVersion) {
    const DemoNotesInstall install{"1.0", false};
    std::filesystem::remove(install.prefix() + "/share/demo-notes/version.txt");
    DemoNotesWindow window{optionsFor(install)};
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Demo Notes (unknown version)"));
    EXPECT_EQ(labelText(window, "DictionaryLabel"), QStringLiteral("No dictionary installed"));
}

TEST(DemoNotesWindow, EveryInteractiveWidgetHasNames) {
    const DemoNotesInstall install;
    DemoNotesWindow window{optionsFor(install)};
    window.show();
    const auto check = [](const QWidget* widget) {
        if (widget->objectName().startsWith(QStringLiteral("qt_"))) {
            return; // Qt's own parts, such as the menu bar's overflow button
        }
        EXPECT_FALSE(widget->objectName().isEmpty()) << widget->metaObject()->className();
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << str(widget->objectName());
    };
    for (const auto* widget : window.findChildren<QAbstractButton*>()) {
        check(widget);
    }
    for (const auto* widget : window.findChildren<QLineEdit*>()) {
        check(widget);
    }
    for (const auto* widget : window.findChildren<QPlainTextEdit*>()) {
        check(widget);
    }
    for (const auto* widget : window.findChildren<QMenu*>()) {
        check(widget);
    }
    check(window.menuBar());
    for (const auto* action : window.findChildren<QAction*>()) {
        if (!action->isSeparator() && action->menu() == nullptr && !action->text().isEmpty()) {
            EXPECT_FALSE(action->objectName().isEmpty()) << str(action->text());
        }
    }
}

TEST(DemoNotesWindow, ClosingKeepsTheTypedText) {
    const DemoNotesInstall install;
    {
        DemoNotesWindow window{optionsFor(install)};
        window.show();
        auto* editor = window.findChild<QPlainTextEdit*>(QStringLiteral("NotesEditor"));
        ASSERT_NE(editor, nullptr);
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" and more"));
        EXPECT_TRUE(window.close());
        EXPECT_FALSE(window.saveFailed());
    }
    EXPECT_EQ(rmtest::readFile(install.stateFile()), "first words and more");

    DemoNotesWindow again{optionsFor(install)};
    const auto* editor = again.findChild<QPlainTextEdit*>(QStringLiteral("NotesEditor"));
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("first words and more"))
        << "the kept text wins over the initial text";
}

TEST(DemoNotesWindow, DefaultStateFolderFollowsXdg) {
    const QByteArray saved = qgetenv("XDG_STATE_HOME");
    qputenv("XDG_STATE_HOME", "/var/tmp/xdg-state");
    EXPECT_EQ(DemoNotesWindow::defaultStateDir(), QStringLiteral("/var/tmp/xdg-state/demo-notes"));
    qunsetenv("XDG_STATE_HOME");
    EXPECT_EQ(DemoNotesWindow::defaultStateDir(),
              QDir::homePath() + QStringLiteral("/.local/state/demo-notes"));
    if (!saved.isNull()) {
        qputenv("XDG_STATE_HOME", saved);
    }
}

// ---- The program, as a real process ----

// Each test has its own session store (RESTARTMANAGER_STORE_DIR, inherited by the program, which
// registers itself for restart there).
class DemoNotesProcess : public rmtest::StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        m_program = m_install.installProgram();
    }

    rmtest::ChildProcess start(std::vector<std::string> arguments,
                               const rmtest::SpawnOptions& options = {}) {
        arguments.insert(arguments.begin(), m_program);
        return rmtest::ChildProcess::spawn(arguments, options);
    }

    // Starts the program on its state folder; it must say "ready <pid>".
    rmtest::ChildProcess startReady(std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"--state-dir", m_install.stateDir()});
        auto child = start(std::move(arguments));
        const auto line = child.readLine(30s);
        EXPECT_EQ(line.value_or("<nothing>"), "ready " + std::to_string(child.pid()));
        return child;
    }

    DemoNotesInstall m_install;
    std::string m_program;
};

bool holdsOpen(pid_t pid, const std::string& path) {
    std::error_code error;
    for (const auto& entry :
         std::filesystem::directory_iterator{"/proc/" + std::to_string(pid) + "/fd", error}) {
        std::error_code ignored;
        if (std::filesystem::read_symlink(entry.path(), ignored) == path) {
            return true;
        }
    }
    return false;
}

// Gone or a zombie: a process we cannot reap (the Restart Manager started it) ends as one.
bool hasEnded(pid_t pid) {
    const std::string stat = rmtest::readFile("/proc/" + std::to_string(pid) + "/stat");
    const auto close = stat.rfind(')');
    return close == std::string::npos || stat.compare(close + 1, 3, " Z ") == 0;
}

TEST_F(DemoNotesProcess, StartsAndSaysReady) {
    auto child = startReady({"--text", "hello"});
    child.kill(SIGTERM);
    EXPECT_EQ(child.wait(30s), 0);
}

TEST_F(DemoNotesProcess, VersionNeedsNoDisplay) {
    rmtest::SpawnOptions options;
    options.unset = {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"};
    auto child = start({"--version"}, options);
    EXPECT_EQ(child.readAll(), "demo-notes 1.0\n");
    EXPECT_EQ(child.wait(30s), 0);
}

TEST_F(DemoNotesProcess, SpeaksGerman) {
    auto child = start({"--lang", "de", "--help"});
    const std::string help = child.readAll();
    EXPECT_NE(help.find("Ordner"), std::string::npos) << help;
    EXPECT_EQ(child.wait(30s), 0);
}

// Demo Notes has the wizard's 21 languages, in its own catalogue; an unknown one is English.
TEST_F(DemoNotesProcess, SpeaksEveryLanguageOfSetup) {
    for (const QString& language : Translations::available()) {
        SCOPED_TRACE(language.toStdString());
        auto child = start({"--lang", language.toStdString(), "--help"});
        const std::string help = child.readAll();
        EXPECT_EQ(child.wait(30s), 0);
        EXPECT_NE(help.find("Demo Notes"), std::string::npos) << help;
        const bool english = help.find("a small notes editor") != std::string::npos ||
                             help.find("Keep the unsaved text in") != std::string::npos;
        EXPECT_EQ(english, language == QLatin1String{"en"}) << help;
    }
    auto child = start({"--lang", "xx", "--help"});
    const std::string help = child.readAll();
    EXPECT_EQ(child.wait(30s), 0);
    EXPECT_NE(help.find("Keep the unsaved text in"), std::string::npos) << help;
}

TEST_F(DemoNotesProcess, HoldsItsWordListOpen) {
    auto child = startReady({});
    EXPECT_TRUE(holdsOpen(child.pid(), m_install.wordsFile()));
    child.kill(SIGTERM);
    EXPECT_EQ(child.wait(30s), 0);
}

TEST_F(DemoNotesProcess, SigtermSavesTheTextAndExitsWithZero) {
    const std::string text = "Einkaufsliste:\nÄpfel, Birnen ✓\n\tund Tee";
    auto child = startReady({"--text", text});
    child.kill(SIGTERM);
    EXPECT_EQ(child.wait(30s), 0);
    EXPECT_EQ(rmtest::readFile(m_install.stateFile()), text);
    std::vector<std::string> left;
    for (const auto& entry : std::filesystem::directory_iterator{m_install.stateDir()}) {
        left.push_back(entry.path().filename().string());
    }
    // The text, and the version that kept it (issue 24: "Restored after an update." only when
    // the version changed).
    std::sort(left.begin(), left.end());
    EXPECT_EQ(left, (std::vector<std::string>{"unsaved-version.txt", "unsaved.txt"}))
        << "no temporary file stays behind";
}

TEST_F(DemoNotesProcess, RestoredStartReadsTheKeptText) {
    auto first = startReady({"--text", "kept across restarts"});
    first.kill(SIGTERM);
    ASSERT_EQ(first.wait(30s), 0);

    auto second = startReady({"--restored", "--text", "not this"});
    second.kill(SIGTERM);
    ASSERT_EQ(second.wait(30s), 0);
    EXPECT_EQ(rmtest::readFile(m_install.stateFile()), "kept across restarts");
}

TEST_F(DemoNotesProcess, StateFolderDefaultsToXdgStateHome) {
    rmtest::SpawnOptions options;
    const std::string stateHome = m_install.temp().file("xdg");
    options.environment = {{"XDG_STATE_HOME", stateHome}};
    auto child = start({"--text", "xdg"}, options);
    ASSERT_EQ(child.readLine(30s).value_or(""), "ready " + std::to_string(child.pid()));
    child.kill(SIGTERM);
    EXPECT_EQ(child.wait(30s), 0);
    EXPECT_EQ(rmtest::readFile(stateHome + "/demo-notes/unsaved.txt"), "xdg");
}

TEST_F(DemoNotesProcess, IsRestartableForTheRestartManager) {
    auto session = rm::Session::start();
    ASSERT_TRUE(session) << session.error().message;
    auto child = startReady({});
    ASSERT_TRUE(session->registerFiles(std::vector<std::string>{m_install.wordsFile()}));
    auto affected = session->affectedApplications();
    ASSERT_TRUE(affected) << affected.error().message;
    const auto app =
        std::find_if(affected->applications.begin(), affected->applications.end(),
                     [&](const rm::AffectedApplication& a) {
                         return a.process.dwProcessId == static_cast<DWORD>(child.pid());
                     });
    ASSERT_NE(app, affected->applications.end()) << "demo-notes uses words.txt";
    EXPECT_TRUE(app->restartable) << "it called RegisterApplicationRestart";
    EXPECT_EQ(app->rebootReasons, static_cast<DWORD>(RmRebootReasonNone));
    child.kill(SIGTERM);
    EXPECT_EQ(child.wait(30s), 0);
    EXPECT_TRUE(session->end());
}

TEST_F(DemoNotesProcess, TheRestartManagerClosesItAndStartsItAgainWithItsText) {
    auto session = rm::Session::start();
    ASSERT_TRUE(session) << session.error().message;
    auto child = startReady({"--text", "survives the update"});
    ASSERT_TRUE(session->registerFiles(std::vector<std::string>{m_install.wordsFile()}));

    ASSERT_TRUE(session->shutdown());
    EXPECT_EQ(child.wait(30s), 0) << "closed with SIGTERM, exits cleanly";
    EXPECT_EQ(rmtest::readFile(m_install.stateFile()), "survives the update");

    ASSERT_TRUE(session->restart());
    pid_t restarted = 0;
    const std::unique_ptr<pid_t, void (*)(pid_t*)> killRestarted{&restarted, [](pid_t* pid) {
                                                                     if (*pid > 0) {
                                                                         ::kill(*pid, SIGKILL);
                                                                     }
                                                                 }};
    const auto deadline = std::chrono::steady_clock::now() + 30s;
    while (restarted == 0 && std::chrono::steady_clock::now() < deadline) {
        auto affected = session->affectedApplications();
        ASSERT_TRUE(affected) << affected.error().message;
        for (const auto& app : affected->applications) {
            if (app.process.dwProcessId != static_cast<DWORD>(child.pid())) {
                restarted = static_cast<pid_t>(app.process.dwProcessId);
                EXPECT_TRUE(app.restartable) << "the restarted one registered again";
            }
        }
        std::this_thread::sleep_for(50ms);
    }
    ASSERT_NE(restarted, 0) << "demo-notes came back and opened its word list";
    const std::string cmdline = rmtest::readFile("/proc/" + std::to_string(restarted) + "/cmdline");
    EXPECT_NE(cmdline.find(std::string{"--restored"} + '\0'), std::string::npos);

    // Closed once more, it saves what it restored: the text went through the whole cycle.
    std::filesystem::remove(m_install.stateFile());
    ASSERT_EQ(::kill(restarted, SIGTERM), 0);
    const auto ended = std::chrono::steady_clock::now() + 30s;
    while (!hasEnded(restarted) && std::chrono::steady_clock::now() < ended) {
        std::this_thread::sleep_for(20ms);
    }
    EXPECT_TRUE(hasEnded(restarted));
    EXPECT_EQ(rmtest::readFile(m_install.stateFile()), "survives the update");
    EXPECT_TRUE(session->end());
}

} // namespace

namespace {

// Started again by the Restart Manager while setup is still open, Demo Notes must not take the
// keyboard focus: keystrokes meant for the wizard went into it.
TEST(DemoNotesWindow, ARestartedWindowShowsWithoutTakingTheFocus) {
    DemoNotesOptions options;
    options.showWithoutActivating = true;
    DemoNotesWindow restarted{options};
    EXPECT_TRUE(restarted.testAttribute(Qt::WA_ShowWithoutActivating));
    DemoNotesWindow started{DemoNotesOptions{}};
    EXPECT_FALSE(started.testAttribute(Qt::WA_ShowWithoutActivating));
}

} // namespace
