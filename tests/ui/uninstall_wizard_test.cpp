// The uninstall wizard (issue 22) end to end: the demo package is installed by a real
// `restartmanager-setup --unattended` into the test's folder (its record below
// RESTARTMANAGER_PRODUCTS_DIR, its menu entry, icons and command below
// RESTARTMANAGER_DESKTOP_PREFIX, see ui/main.cpp), then the real UninstallWizard on the offscreen
// platform removes it, clicked through like a user: to the end, cancelled, with a changed file,
// with the purge box, and with an application that uses one of the files.
//
// With RM_SCREENSHOT_DIR set, the page walk saves every page, in English and Arabic, as
// <dir>/uninstall-<NN>-<page>-<lang>.png.
#include "support/test_support.h"
#include "ui/plain_text.h"
#include "ui/setup/answers.h"
#include "ui/setup/install_plan.h"
#include "ui/setup/package.h"
#include "ui/setup/product_record.h"
#include "ui/translations.h"
#include "ui/wizard/answer_source.h"
#include "ui/wizard/setup_wizard.h"
#include "ui/wizard/uninstall_wizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

constexpr auto kTimeout = 60s;
const QString kId = QStringLiteral("org.restartmanager.DemoNotes");

bool waitFor(const std::function<bool()>& done, std::chrono::milliseconds timeout = kTimeout) {
    QDeadlineTimer deadline{timeout.count()};
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

std::string readText(const fs::path& path) {
    std::ifstream in{path, std::ios::binary};
    return std::string{std::istreambuf_iterator<char>{in}, {}};
}

template <typename T> T* child(QWidget& root, const char* name) {
    return root.findChild<T*>(QLatin1String{name});
}

class UninstallWizardTest : public rmtest::StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        Translations::setLanguage(QStringLiteral("en"));
        m_root = temp().path();
        m_dir = m_root / "opt" / "demo-notes";
        installDemo();
    }

    void TearDown() override {
        m_wizard.reset();
        qunsetenv("RESTARTMANAGER_UNINSTALL_PAUSE_MS");
        Translations::setLanguage(QStringLiteral("en"));
        StoreTest::TearDown();
    }

    // The embedded demo package (Demo Notes 2.0), installed as a user would unattended.
    void installDemo() {
        QProcess setup;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        setup.setProcessEnvironment(env);
        setup.start(QStringLiteral(RM_SETUP),
                    {QStringLiteral("--unattended"), QStringLiteral("--no-reboot"),
                     QStringLiteral("--log"),
                     QString::fromStdString((m_root / "install.log").string()),
                     QStringLiteral("--dir"), QString::fromStdString(m_dir.string())});
        ASSERT_TRUE(setup.waitForStarted(10000));
        ASSERT_TRUE(setup.waitForFinished(180000));
        ASSERT_EQ(setup.exitCode(), 0) << setup.readAllStandardOutput().toStdString();
        const auto lookup = loadRecord(kId);
        ASSERT_TRUE(lookup.record) << lookup.problem.toStdString();
        m_record = *lookup.record;
        m_recordPath = lookup.path.toStdString();
        ASSERT_FALSE(m_record.desktopFiles.isEmpty());
        for (const auto& file : m_record.files) {
            m_contents[file.path.toStdString()] = readText(m_dir / file.path.toStdString());
        }
    }

    void openWizard(bool purge = false) {
        UninstallWizard::Options options;
        options.purge = purge;
        options.restartComputer = [] { return false; };
        m_wizard = std::make_unique<UninstallWizard>(m_record, options);
        m_wizard->setAnswerSource(std::make_unique<ScriptedAnswerSource>(
            QMap<QString, QString>{{QStringLiteral("ConfirmCancel"), QStringLiteral("yes")}}));
        m_wizard->show();
        ASSERT_TRUE(waitFor([this] { return m_wizard->isVisible(); }));
    }

    QAbstractButton* button(QWizard::WizardButton which) { return m_wizard->button(which); }

    // Waits for the page and for its Next (or Finish) button.
    bool waitForPage(int id, QWizard::WizardButton which = QWizard::NextButton) {
        return waitFor([this, id, which] {
            return m_wizard->currentId() == id && button(which)->isVisible() &&
                   button(which)->isEnabled();
        });
    }

    // Clicks Finish and returns the wizard's exit code.
    int finish() {
        EXPECT_TRUE(waitForPage(UninstallWizard::FinishPageId, QWizard::FinishButton));
        QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
        EXPECT_TRUE(waitFor([this] { return !m_wizard->isVisible(); }));
        return m_wizard->result();
    }

    void expectEverythingThere() {
        EXPECT_TRUE(fs::exists(m_recordPath)) << "the record is gone";
        for (const auto& [path, text] : m_contents) {
            EXPECT_EQ(readText(m_dir / path), text) << path;
        }
        for (const QString& path : m_record.desktopFiles) {
            EXPECT_TRUE(fs::exists(fs::symlink_status(path.toStdString()))) << path.toStdString();
        }
    }

    void expectDesktopFilesAndRecordGone() {
        EXPECT_FALSE(fs::exists(m_recordPath));
        for (const QString& path : m_record.desktopFiles) {
            EXPECT_FALSE(fs::exists(fs::symlink_status(path.toStdString()))) << path.toStdString();
        }
    }

    QString finishText() {
        return withoutIsolates(child<QPlainTextEdit>(*m_wizard, "UninstallDetails")->toPlainText());
    }

    fs::path m_root;
    fs::path m_dir;
    ProductRecord m_record;
    std::string m_recordPath;
    std::map<std::string, std::string> m_contents;
    std::unique_ptr<UninstallWizard> m_wizard;
};

TEST_F(UninstallWizardTest, RemovesEverythingTheRecordListsAndExitsZero) {
    openWizard();
    ASSERT_TRUE(waitForPage(UninstallWizard::SummaryPageId));
    // What will be removed: the product, its folder, its files; nothing changed.
    EXPECT_TRUE(withoutIsolates(child<QLabel>(*m_wizard, "UninstallProduct")->text())
                    .contains(QStringLiteral("Demo Notes 2.0")));
    EXPECT_TRUE(withoutIsolates(child<QLabel>(*m_wizard, "UninstallFolder")->text())
                    .contains(QString::fromStdString(m_dir.string())));
    EXPECT_TRUE(child<QLabel>(*m_wizard, "UninstallFileCount")
                    ->text()
                    .contains(QString::number(m_record.files.size())));
    EXPECT_FALSE(child<QPlainTextEdit>(*m_wizard, "ChangedFilesList")->isVisible());
    EXPECT_FALSE(child<QCheckBox>(*m_wizard, "PurgeCheckBox")->isVisible());
    // Nothing uses the files: Next says Uninstall and goes straight to removing.
    EXPECT_EQ(button(QWizard::NextButton)->text(), QStringLiteral("&Uninstall"));
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    EXPECT_EQ(finish(), ExitSuccess);
    EXPECT_TRUE(
        finishText().contains(QStringLiteral("Files removed: %1").arg(m_record.files.size())))
        << finishText().toStdString();
    EXPECT_FALSE(fs::exists(m_dir)) << "the folder setup made stays";
    expectDesktopFilesAndRecordGone();
    EXPECT_EQ(loadRecord(kId).result, RecordLookup::Result::NotInstalled);
}

TEST_F(UninstallWizardTest, AChangedFileIsKeptAndNamed) {
    const fs::path words = m_dir / "share" / "demo-notes" / "words.txt";
    ASSERT_TRUE(fs::exists(words));
    std::ofstream{words, std::ios::app} << "my own word\n";
    openWizard();
    ASSERT_TRUE(waitForPage(UninstallWizard::SummaryPageId));
    auto* changed = child<QPlainTextEdit>(*m_wizard, "ChangedFilesList");
    EXPECT_TRUE(changed->isVisible());
    EXPECT_TRUE(withoutIsolates(changed->toPlainText())
                    .contains(QStringLiteral("share/demo-notes/words.txt")));
    EXPECT_FALSE(child<QCheckBox>(*m_wizard, "PurgeCheckBox")->isChecked());
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    EXPECT_EQ(finish(), ExitSuccess);
    EXPECT_TRUE(finishText().contains(QStringLiteral("share/demo-notes/words.txt")))
        << finishText().toStdString();
    EXPECT_TRUE(readText(words).ends_with("my own word\n"));
    EXPECT_FALSE(fs::exists(m_dir / "bin" / "demo-notes"));
    expectDesktopFilesAndRecordGone();
}

TEST_F(UninstallWizardTest, ThePurgeBoxRemovesTheChangedFileToo) {
    const fs::path words = m_dir / "share" / "demo-notes" / "words.txt";
    std::ofstream{words, std::ios::app} << "my own word\n";
    openWizard();
    ASSERT_TRUE(waitForPage(UninstallWizard::SummaryPageId));
    auto* purge = child<QCheckBox>(*m_wizard, "PurgeCheckBox");
    ASSERT_TRUE(purge->isVisible());
    QTest::mouseClick(purge, Qt::LeftButton, {}, QPoint{4, purge->height() / 2});
    ASSERT_TRUE(purge->isChecked());
    EXPECT_TRUE(child<QLabel>(*m_wizard, "ChangedFilesIntro")
                    ->text()
                    .contains(QStringLiteral("removed too")));
    // The engine checks the files again with the new choice, then goes on by itself.
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    EXPECT_EQ(finish(), ExitSuccess);
    EXPECT_TRUE(m_wizard->engine().purge());
    EXPECT_FALSE(fs::exists(words));
    EXPECT_FALSE(fs::exists(m_dir));
    expectDesktopFilesAndRecordGone();
}

TEST_F(UninstallWizardTest, CancelWhileRemovingPutsEverythingBack) {
    // The engine waits with every file set aside, as in a large uninstall.
    qputenv("RESTARTMANAGER_UNINSTALL_PAUSE_MS", "60000");
    openWizard();
    bool setAside = false;
    QObject::connect(m_wizard.get(), &UninstallWizard::engineState, m_wizard.get(),
                     [&setAside](const QString& state) {
                         setAside = setAside || state == QLatin1String("SetAside");
                     });
    ASSERT_TRUE(waitForPage(UninstallWizard::SummaryPageId));
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&setAside] { return setAside; }));
    EXPECT_EQ(m_wizard->currentId(), UninstallWizard::RemovingPageId);
    EXPECT_FALSE(fs::exists(m_recordPath)) << "the record should be set aside by now";
    ASSERT_TRUE(button(QWizard::CancelButton)->isEnabled());
    QTest::mouseClick(button(QWizard::CancelButton), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return !m_wizard->isVisible(); }));
    EXPECT_EQ(m_wizard->result(), ExitCancelled);
    expectEverythingThere();
    EXPECT_EQ(loadRecord(kId).result, RecordLookup::Result::Found);
}

TEST_F(UninstallWizardTest, CancelOnTheFirstPageChangesNothing) {
    openWizard();
    ASSERT_TRUE(waitForPage(UninstallWizard::SummaryPageId));
    QTest::mouseClick(button(QWizard::CancelButton), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this] { return !m_wizard->isVisible(); }));
    EXPECT_EQ(m_wizard->result(), ExitCancelled);
    expectEverythingThere();
}

// The menu entry's Uninstall action opens the wizard (it runs setup without --unattended): the
// window waits for the user and removes nothing; stopped (SIGTERM, as Cancel), it exits 1602.
TEST_F(UninstallWizardTest, TheMenuEntrysUninstallActionOpensTheWizard) {
    QString exec;
    for (const QString& path : m_record.desktopFiles) {
        if (!path.endsWith(QLatin1String(".desktop"))) {
            continue;
        }
        const std::string text = readText(path.toStdString());
        const auto action = text.find("[Desktop Action uninstall]");
        ASSERT_NE(action, std::string::npos) << text;
        const auto line = text.find("\nExec=", action);
        ASSERT_NE(line, std::string::npos) << text;
        exec =
            QString::fromStdString(text.substr(line + 6, text.find('\n', line + 6) - (line + 6)));
    }
    ASSERT_EQ(exec, QStringLiteral("restartmanager-setup --uninstall ") + kId)
        << "setup from the build tree is found on PATH";
    QStringList argv = exec.split(u' ');
    QProcess setup;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PATH"), QFileInfo{QStringLiteral(RM_SETUP)}.path() + u':' +
                                           env.value(QStringLiteral("PATH")));
    setup.setProcessEnvironment(env);
    // As the desktop's launcher does: the program looked up on the session's PATH.
    const QString program = QStandardPaths::findExecutable(
        argv.takeFirst(), env.value(QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts));
    ASSERT_FALSE(program.isEmpty());
    setup.start(program,
                argv + QStringList{QStringLiteral("--log"),
                                   QString::fromStdString((m_root / "action.log").string())});
    ASSERT_TRUE(setup.waitForStarted(10000)) << setup.errorString().toStdString();
    // The wizard shows its first page and waits: nothing goes without the user.
    ASSERT_TRUE(waitFor(
        [this] {
            return readText(m_root / "action.log").find("uninstall wizard: ") != std::string::npos;
        },
        30s))
        << readText(m_root / "action.log");
    EXPECT_FALSE(setup.waitForFinished(2000)) << "setup ended without asking";
    expectEverythingThere();
    ::kill(static_cast<pid_t>(setup.processId()), SIGTERM);
    ASSERT_TRUE(setup.waitForFinished(30000));
    EXPECT_EQ(setup.exitCode(), ExitCancelled % 256) << readText(m_root / "action.log");
    expectEverythingThere();
}

// The files-in-use page lists an application that holds one of the recorded files (as a host
// holds a plugin); it is closed, the files go, and the wizard says so. In English and Arabic,
// every page saved with RM_SCREENSHOT_DIR.
class UninstallWizardPagesTest : public UninstallWizardTest,
                                 public ::testing::WithParamInterface<const char*> {};

TEST_P(UninstallWizardPagesTest, WalksEveryPageWithAnApplicationThatUsesAFile) {
    const QString language = QLatin1String{GetParam()};
    Translations::setLanguage(language);
    const bool rightToLeft = language == QLatin1String("ar");
    EXPECT_EQ(QGuiApplication::layoutDirection(), rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    const fs::path words = m_dir / "share" / "demo-notes" / "words.txt";
    const fs::path version = m_dir / "share" / "demo-notes" / "version.txt";
    std::ofstream{version, std::ios::app} << "changed\n";
    auto holder =
        rmtest::ChildProcess::spawn({rmtest::helperPath("rm_test_app"), "--hold", words.string()});
    for (auto line = holder.readLine(20s); line && *line != "ready"; line = holder.readLine(20s)) {
    }
    const QString screenshots = qEnvironmentVariable("RM_SCREENSHOT_DIR");
    int shot = 0;
    const auto save = [&](const char* page) {
        if (screenshots.isEmpty()) {
            return;
        }
        QDir{}.mkpath(screenshots);
        QTest::qWait(100);
        const QString name = QStringLiteral("%1/uninstall-%2-%3-%4.png")
                                 .arg(screenshots)
                                 .arg(++shot, 2, 10, QLatin1Char('0'))
                                 .arg(QLatin1String{page}, language);
        EXPECT_TRUE(m_wizard->grab().save(name)) << name.toStdString();
    };
    openWizard();
    EXPECT_EQ(m_wizard->layoutDirection(), rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    ASSERT_TRUE(waitForPage(UninstallWizard::SummaryPageId));
    // The folder is one left-to-right run inside the sentence, whatever the language.
    EXPECT_TRUE(child<QLabel>(*m_wizard, "UninstallFolder")
                    ->text()
                    .contains(leftToRight(QString::fromStdString(m_dir.string()))));
    EXPECT_TRUE(child<QPlainTextEdit>(*m_wizard, "ChangedFilesList")->isVisible());
    save("summary");
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_TRUE(waitForPage(UninstallWizard::FilesInUsePageId));
    auto* table = child<QTableView>(*m_wizard, "AffectedAppsTable");
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_TRUE(child<QRadioButton>(*m_wizard, "CloseApplicationsRadio")->isChecked());
    // Every control of the pages has a name for screen readers.
    for (const char* name :
         {"AffectedAppsTable", "CloseApplicationsRadio", "DoNotCloseApplicationsRadio",
          "RefreshButton", "PurgeCheckBox", "NextButton", "CancelButton"}) {
        auto* widget = child<QWidget>(*m_wizard, name);
        ASSERT_NE(widget, nullptr) << name;
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << name;
    }
    save("files-in-use");
    // Removing, held with the files set aside long enough for a screenshot.
    qputenv("RESTARTMANAGER_UNINSTALL_PAUSE_MS", screenshots.isEmpty() ? "1" : "1500");
    bool setAside = false;
    QObject::connect(m_wizard.get(), &UninstallWizard::engineState, m_wizard.get(),
                     [&setAside](const QString& state) {
                         setAside = setAside || state == QLatin1String("SetAside");
                     });
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_TRUE(waitFor([this, &setAside] {
        return setAside || m_wizard->currentId() == UninstallWizard::FinishPageId;
    }));
    if (m_wizard->currentId() == UninstallWizard::RemovingPageId) {
        save("removing");
    }
    ASSERT_TRUE(waitForPage(UninstallWizard::FinishPageId, QWizard::FinishButton));
    save("finish");
    const QString text = finishText();
    EXPECT_TRUE(text.contains(QStringLiteral("share/demo-notes/version.txt")))
        << text.toStdString();
    EXPECT_FALSE(m_wizard->engine().report().closed.isEmpty()) << text.toStdString();
    EXPECT_TRUE(m_wizard->engine().report().stillRunning.isEmpty());
    EXPECT_EQ(finish(), ExitSuccess);
    EXPECT_FALSE(fs::exists(words));
    expectDesktopFilesAndRecordGone();
}

INSTANTIATE_TEST_SUITE_P(Languages, UninstallWizardPagesTest, ::testing::Values("en", "ar"));

// --modify and --repair with a window: the setup wizard over the installed product's record (the
// answers that app/setup_main.cpp gives it: the recorded folder and components).
class MaintenanceWizardTest : public UninstallWizardTest {
protected:
    std::unique_ptr<SetupWizard> openSetup(SetupWizard::Options::Maintenance maintenance) {
        auto loaded = loadPackage(QStringLiteral(":/demo-package"));
        if (const auto* error = std::get_if<PackageError>(&loaded)) {
            ADD_FAILURE() << error->toString().toStdString();
            return nullptr;
        }
        SetupWizard::Options options;
        options.stockSecondaryInstaller = QStringLiteral(RM_SECONDARY_INSTALLER);
        options.language = QStringLiteral("en");
        options.logFile = QString::fromStdString((m_root / "wizard.log").string());
        options.restartComputer = [] { return false; };
        options.maintenance = maintenance;
        auto wizard = std::make_unique<SetupWizard>(std::get<Package>(std::move(loaded)), options);
        SetupAnswers answers;
        answers.set(QStringLiteral("Dir"), QString::fromStdString(m_dir.string()));
        answers.set(QStringLiteral("Components"), m_record.components.join(QLatin1Char(',')));
        wizard->setAnswers(answers);
        wizard->setAnswerSource(std::make_unique<ScriptedAnswerSource>(
            QMap<QString, QString>{{QStringLiteral("ConfirmCancel"), QStringLiteral("yes")}}));
        wizard->show();
        return wizard;
    }

    // Clicks Next (Install) on the ready page and Finish on the last; the exit code.
    static int installFromReadyPage(SetupWizard& wizard) {
        EXPECT_TRUE(waitFor([&wizard] {
            return wizard.currentId() == SetupWizard::ReadyPageId &&
                   wizard.button(QWizard::NextButton)->isEnabled();
        }));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        EXPECT_TRUE(waitFor(
            [&wizard] {
                return wizard.currentId() == SetupWizard::FinishPageId &&
                       wizard.button(QWizard::FinishButton)->isVisible();
            },
            180s));
        int code = -1;
        QObject::connect(&wizard, &QDialog::finished, &wizard, [&code](int c) { code = c; });
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        EXPECT_TRUE(waitFor([&code] { return code != -1; }));
        return code;
    }
};

TEST_F(MaintenanceWizardTest, RepairStartsOnTheReadyPageAndRestoresAMissingFile) {
    const fs::path version = m_dir / "share" / "demo-notes" / "version.txt";
    fs::remove(version);
    auto wizard = openSetup(SetupWizard::Options::Maintenance::Repair);
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(waitFor([&wizard] { return wizard->isVisible(); }));
    EXPECT_EQ(wizard->currentId(), SetupWizard::ReadyPageId);
    EXPECT_EQ(wizard->plan().installDir(), QString::fromStdString(m_dir.string()));
    EXPECT_EQ(installFromReadyPage(*wizard), ExitSuccess);
    EXPECT_EQ(readText(version), m_contents.at("share/demo-notes/version.txt"));
    EXPECT_EQ(loadRecord(kId).result, RecordLookup::Result::Found);
}

TEST_F(MaintenanceWizardTest, ModifyPreselectsTheInstalledComponentsAndRemovesADeselectedOne) {
    const fs::path words = m_dir / "share" / "demo-notes" / "words.txt";
    ASSERT_TRUE(fs::exists(words));
    ASSERT_TRUE(m_record.components.contains(QStringLiteral("dictionary")));
    auto wizard = openSetup(SetupWizard::Options::Maintenance::Modify);
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(waitFor([&wizard] {
        return wizard->isVisible() && wizard->currentId() == SetupWizard::ComponentsPageId;
    }));
    auto* tree = wizard->findChild<QTreeWidget*>(QStringLiteral("ComponentsTree"));
    ASSERT_NE(tree, nullptr);
    QTreeWidgetItem* dictionary = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tree->topLevelItem(i);
        // Preselected: what the record says is installed.
        EXPECT_EQ(item->checkState(0) == Qt::Checked,
                  m_record.components.contains(item->data(0, Qt::UserRole).toString()));
        if (item->data(0, Qt::UserRole).toString() == QLatin1String("dictionary")) {
            dictionary = item;
        }
    }
    ASSERT_NE(dictionary, nullptr);
    dictionary->setCheckState(0, Qt::Unchecked);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    // The folder stays the record's: no location page.
    EXPECT_TRUE(waitFor([&wizard] { return wizard->currentId() == SetupWizard::ReadyPageId; }));
    EXPECT_FALSE(wizard->hasVisitedPage(SetupWizard::LocationPageId));
    EXPECT_EQ(installFromReadyPage(*wizard), ExitSuccess);
    EXPECT_FALSE(fs::exists(words));
    EXPECT_TRUE(fs::exists(m_dir / "bin" / "demo-notes"));
    const auto after = loadRecord(kId);
    ASSERT_TRUE(after.record);
    EXPECT_FALSE(after.record->components.contains(QStringLiteral("dictionary")));
}

} // namespace
