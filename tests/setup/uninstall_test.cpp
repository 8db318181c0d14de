// Issue 22: the record of an installed product, restartmanager-setup --uninstall, and upgrades
// driven by the record. Real processes throughout: restartmanager-setup --unattended, the
// product's own program (a copy of rm_test_app installed by the package) and another program
// (rm_test_app from the build) that uses one of the product's files, as a host uses a plugin.
#include "setup_fixture.h"

#include "ui/setup/desktop_manifest.h"
#include "ui/setup/install_plan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using namespace setuptest;

class UninstallTest : public SetupFixture {
protected:
    void SetUp() override {
        SetupFixture::SetUp();
        fs::remove_all(m_prefix); // the fixture's old files: this product is installed afresh
        fs::create_directories(m_root / "home");
        fs::create_directories(m_root / "runtime");
        fs::permissions(m_root / "runtime", fs::perms::owner_all, fs::perm_options::replace);
        m_products = fs::path{temp().file("products")}; // StoreTest's RESTARTMANAGER_PRODUCTS_DIR
        m_v1 = m_root / "package-1.0";
        m_v2 = m_root / "package-2.0";
        writeProduct(m_v1, "1.0", true);
        writeProduct(m_v2, "2.0", false);
    }

    // Version 1.0 ships share/test/old.txt, which 2.0 drops. etc/test.conf is a setting.
    static void writeProduct(const fs::path& dir, const std::string& version, bool stale) {
        writeText(dir / "license.txt", "Free to use.\n");
        writeText(dir / "payload" / "data.txt", "data " + version + "\n");
        writeText(dir / "payload" / "plugin.txt", "plugin " + version + "\n");
        writeText(dir / "payload" / "test.conf", "setting=" + version + "\n");
        writeText(dir / "payload" / "old.txt", "only in 1.0\n");
        fs::copy_file(rmtest::helperPath("rm_test_app"), dir / "payload" / "rm_test_app",
                      fs::copy_options::overwrite_existing);
        const std::string old =
            stale ? R"(, {"source": "payload/old.txt", "target": "share/test/old.txt"})" : "";
        writeText(dir / "manifest.json", R"({
    "format": 1,
    "id": "org.restartmanager.UninstallTest",
    "product": "Uninstall Test",
    "version": ")" + version + R"(",
    "publisher": "The tests",
    "license": "license.txt",
    "defaultInstallDir": "~/.local/opt/uninstall-test",
    "components": [
        {"id": "app", "name": "Test App", "description": "The program.", "required": true,
         "installer": "stock",
         "files": [{"source": "payload/rm_test_app", "target": "bin/rm_test_app", "mode": "0755"},
                   {"source": "payload/data.txt", "target": "share/test/data.txt"},
                   {"source": "payload/test.conf", "target": "etc/test.conf", "config": true})" +
                                             old + R"(]},
        {"id": "plugin", "name": "Plugin", "description": "A plugin.", "required": false,
         "installer": "stock",
         "files": [{"source": "payload/plugin.txt", "target": "lib/plugin.txt"}]}
    ]
})");
    }

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
            env.remove(QLatin1String(name));
        }
        const auto path = [this](const char* name) {
            return QString::fromStdString((m_root / name).string());
        };
        env.insert(QStringLiteral("HOME"), path("home"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path("runtime"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), path("home/.local/state"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("RESTARTMANAGER_SHUTDOWN_TIMEOUT_MS"), QStringLiteral("4000"));
        env.insert(QStringLiteral("RESTARTMANAGER_RESTART_GRACE_MS"), QStringLiteral("4000"));
        if (m_useProductsOverride) {
            env.insert(QStringLiteral("RESTARTMANAGER_PRODUCTS_DIR"),
                       QString::fromStdString(m_products.string()));
        } else {
            env.remove(QStringLiteral("RESTARTMANAGER_PRODUCTS_DIR"));
        }
        return env;
    }

    QStringList common() const {
        return {QStringLiteral("--unattended"),
                QStringLiteral("--no-reboot"),
                QStringLiteral("--log"),
                QString::fromStdString((m_root / "setup.log").string()),
                QStringLiteral("--result-file"),
                QString::fromStdString((m_root / "result.txt").string())};
    }

    QStringList install(const fs::path& package, const QStringList& extra = {}) const {
        return common() +
               QStringList{QStringLiteral("--package"), QString::fromStdString(package.string()),
                           QStringLiteral("--dir"), QString::fromStdString(m_prefix.string())} +
               extra;
    }

    QStringList uninstall(const QStringList& extra = {}) const {
        return common() + QStringList{QStringLiteral("--uninstall"), QString::fromLatin1(kId)} +
               extra;
    }

    int run(const QStringList& args) {
        QProcess setup;
        setup.setProcessEnvironment(environment());
        setup.start(QStringLiteral(RM_SETUP), args);
        EXPECT_TRUE(setup.waitForStarted(10000));
        EXPECT_TRUE(setup.waitForFinished(180000)) << "setup did not end";
        m_stdout = QString::fromUtf8(setup.readAllStandardOutput());
        const std::string result = readText(m_root / "result.txt");
        fs::remove(m_root / "result.txt");
        return result.empty() ? -1 : std::stoi(result);
    }

    [[nodiscard]] fs::path record() const { return m_products / (std::string{kId} + ".json"); }

    [[nodiscard]] std::string out() const { return m_stdout.toStdString(); }

    // The product's own program, started from its install folder, holding its data file.
    pid_t startOwnApp() {
        return startHolding((m_prefix / "bin" / "rm_test_app").string(),
                            (m_prefix / "share" / "test" / "data.txt").string(),
                            (m_root / "own.state").string());
    }

    // Another program that loaded the product's plugin. Restarted, it holds nothing.
    pid_t startHost() {
        return startHolding(rmtest::helperPath("rm_test_app"),
                            (m_prefix / "lib" / "plugin.txt").string(),
                            (m_root / "host.state").string());
    }

    pid_t startHolding(const std::string& program, const std::string& file,
                       const std::string& state) {
        m_apps.push_back(std::make_unique<rmtest::ChildProcess>(rmtest::ChildProcess::spawn(
            {program, "--hold", file, "--state", state, "--text", "unsaved work", "--marker",
             (m_root / "marker.txt").string(), "--register-restart",
             "--state " + state + " --root " + m_root.string()})));
        for (;;) {
            const auto line = m_apps.back()->readLine(20s);
            if (!line) {
                ADD_FAILURE() << "rm_test_app did not start";
                return 0;
            }
            if (*line == "ready") {
                return m_apps.back()->pid();
            }
        }
    }

    static constexpr const char* kId = "org.restartmanager.UninstallTest";
    fs::path m_products;
    fs::path m_v1;
    fs::path m_v2;
    bool m_useProductsOverride = true;
    QString m_stdout;
};

TEST_F(UninstallTest, TheRecordHoldsEveryFileAndTheListShowsIt) {
    ASSERT_EQ(run(install(m_v1)), ExitSuccess) << out();
    ASSERT_TRUE(fs::exists(record())) << out();
    const auto json = QJsonDocument::fromJson(QByteArray::fromStdString(readText(record())));
    const QJsonObject object = json.object();
    EXPECT_EQ(object.value(QStringLiteral("id")).toString(), QLatin1String(kId));
    EXPECT_EQ(object.value(QStringLiteral("version")).toString(), QStringLiteral("1.0"));
    EXPECT_EQ(object.value(QStringLiteral("installDir")).toString(),
              QString::fromStdString(m_prefix.string()));
    EXPECT_TRUE(object.value(QStringLiteral("quietUninstallCommand"))
                    .toString()
                    .endsWith(QStringLiteral("--uninstall org.restartmanager.UninstallTest "
                                             "--unattended")));
    const QJsonArray files = object.value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 6); // with share/restartmanager/installed.txt
    bool sawData = false;
    for (const auto& value : files) {
        const QJsonObject file = value.toObject();
        if (file.value(QStringLiteral("path")).toString() == QLatin1String("share/test/data.txt")) {
            sawData = true;
            EXPECT_EQ(file.value(QStringLiteral("size")).toInt(), 9);
            EXPECT_EQ(file.value(QStringLiteral("mode")).toString(), QStringLiteral("0644"));
            EXPECT_EQ(file.value(QStringLiteral("sha256")).toString().size(), 64);
        }
    }
    EXPECT_TRUE(sawData);
    const QStringList folders = object.value(QStringLiteral("folders")).toVariant().toStringList();
    EXPECT_TRUE(folders.contains(QString{})) << "the install folder was created";
    EXPECT_TRUE(folders.contains(QStringLiteral("share/test")));

    ASSERT_EQ(run({QStringLiteral("--list-installed"), QStringLiteral("--result-file"),
                   QString::fromStdString((m_root / "result.txt").string())}),
              ExitSuccess);
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("org.restartmanager.UninstallTest\tUninstall "
                                                 "Test 1.0\t")))
        << out();
}

// A running product: its own program holds a file and is closed for good (it saves its work);
// a host that uses the plugin is closed and started again. Everything the record lists goes,
// except the setting the user changed; a second uninstall finds nothing (1605).
TEST_F(UninstallTest, UninstallsARunningProductAndASecondUninstallGives1605) {
    ASSERT_EQ(run(install(m_v1)), ExitSuccess) << out();
    writeText(m_prefix / "etc" / "test.conf", "setting=mine\n");
    writeText(m_prefix / "share" / "test" / "notes-of-the-user.txt", "mine\n");
    fs::remove_all(m_v1); // the record is all an uninstall needs
    const pid_t own = startOwnApp();
    const pid_t host = startHost();

    ASSERT_EQ(run(uninstall()), ExitSuccess) << out() << readText(m_root / "setup.log");
    EXPECT_TRUE(waitFor([&] { return m_apps.front()->wait(0ms) != -1; }, 10s))
        << "the product still runs";
    EXPECT_EQ(readText(m_root / "own.state"), "unsaved work") << "it did not save its work";
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("\nclosed "))) << out();
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("\nrestarted rm_test_app"))) << out();
    // The host runs again; the product's own program does not.
    EXPECT_TRUE(waitFor(
        [&] {
            const auto running = helpers();
            return running.size() == 1 && running.front() != host;
        },
        10s))
        << readText(m_root / "marker.txt");
    // The product's own program started once (by the test), never again.
    const auto marker = readText(m_root / "marker.txt");
    const std::string ownStart = "start\t";
    std::size_t ownStarts = 0;
    for (std::size_t at = marker.find(ownStart); at != std::string::npos;
         at = marker.find(ownStart, at + 1)) {
        const auto end = marker.find('\n', at);
        if (marker.substr(at, end - at).find((m_prefix / "bin").string()) != std::string::npos) {
            ++ownStarts;
        }
    }
    EXPECT_EQ(ownStarts, 1U) << marker;
    for (const char* gone : {"bin/rm_test_app", "share/test/data.txt", "share/test/old.txt",
                             "lib/plugin.txt", "bin", "lib"}) {
        EXPECT_FALSE(fs::exists(m_prefix / gone)) << gone;
    }
    EXPECT_EQ(readText(m_prefix / "etc" / "test.conf"), "setting=mine\n");
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("kept-changed etc/test.conf"))) << out();
    EXPECT_EQ(readText(m_prefix / "share" / "test" / "notes-of-the-user.txt"), "mine\n");
    EXPECT_FALSE(fs::exists(record()));
    for (const auto& entry : fs::recursive_directory_iterator{m_prefix}) {
        EXPECT_EQ(entry.path().string().find(".rm-old"), std::string::npos) << entry.path();
    }

    EXPECT_EQ(run(uninstall()), ExitUnknownProduct) << out();
}

TEST_F(UninstallTest, PurgeRemovesChangedFilesAndEmptyFolders) {
    ASSERT_EQ(run(install(m_v1)), ExitSuccess) << out();
    writeText(m_prefix / "etc" / "test.conf", "setting=mine\n");
    ASSERT_EQ(run(uninstall({QStringLiteral("--purge")})), ExitSuccess) << out();
    EXPECT_FALSE(fs::exists(m_prefix)) << "the folder setup created is empty and goes";
    EXPECT_FALSE(fs::exists(record()));
}

TEST_F(UninstallTest, SigtermWhileTheFilesAreSetAsidePutsEverythingBack) {
    ASSERT_EQ(run(install(m_v1)), ExitSuccess) << out();
    const pid_t own = startOwnApp();
    QProcess setup;
    auto env = environment();
    env.insert(QStringLiteral("RESTARTMANAGER_UNINSTALL_PAUSE_MS"), QStringLiteral("60000"));
    setup.setProcessEnvironment(env);
    setup.start(QStringLiteral(RM_SETUP), uninstall());
    ASSERT_TRUE(setup.waitForStarted(10000));
    QByteArray output;
    while (!output.contains("state SetAside") && setup.waitForReadyRead(60000)) {
        output += setup.readAllStandardOutput();
    }
    ASSERT_TRUE(output.contains("state SetAside")) << output.toStdString();
    EXPECT_FALSE(fs::exists(m_prefix / "share" / "test" / "data.txt"));
    ::kill(static_cast<pid_t>(setup.processId()), SIGTERM);
    ASSERT_TRUE(setup.waitForFinished(60000));
    output += setup.readAllStandardOutput();
    EXPECT_EQ(readText(m_root / "result.txt"), "1602\n") << output.toStdString();
    EXPECT_EQ(readText(m_prefix / "share" / "test" / "data.txt"), "data 1.0\n");
    EXPECT_TRUE(fs::exists(m_prefix / "bin" / "rm_test_app"));
    EXPECT_TRUE(fs::exists(record()));
    // The product's own program was closed; cancelled, it runs again.
    EXPECT_TRUE(waitFor([&] { return m_apps.front()->wait(0ms) != -1; }, 10s)) << "not closed";
    EXPECT_TRUE(waitFor([&] { return !helpers().empty(); }, 10s))
        << "not started again\n"
        << output.toStdString() << readText(m_root / "setup.log");
    (void)own;
}

TEST_F(UninstallTest, KillDuringUninstallIsPutBackByTheNextRun) {
    ASSERT_EQ(run(install(m_v1)), ExitSuccess) << out();
    QProcess setup;
    auto env = environment();
    env.insert(QStringLiteral("RESTARTMANAGER_UNINSTALL_PAUSE_MS"), QStringLiteral("60000"));
    setup.setProcessEnvironment(env);
    setup.start(QStringLiteral(RM_SETUP), uninstall());
    ASSERT_TRUE(setup.waitForStarted(10000));
    QByteArray output;
    while (!output.contains("state SetAside") && setup.waitForReadyRead(60000)) {
        output += setup.readAllStandardOutput();
    }
    ASSERT_TRUE(output.contains("state SetAside")) << output.toStdString();
    ::kill(static_cast<pid_t>(setup.processId()), SIGKILL);
    ASSERT_TRUE(setup.waitForFinished(60000));
    EXPECT_FALSE(fs::exists(m_prefix / "share" / "test" / "data.txt"));
    EXPECT_FALSE(fs::exists(record()));

    ASSERT_EQ(run(common() + QStringList{QStringLiteral("--list-installed")}), ExitSuccess);
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("recovered-uninstall ") + QLatin1String(kId)))
        << out();
    EXPECT_EQ(readText(m_prefix / "share" / "test" / "data.txt"), "data 1.0\n");
    EXPECT_TRUE(fs::exists(record()));
    EXPECT_FALSE(fs::exists(m_products / (std::string{kId} + ".uninstalling")));
    // And it can be uninstalled afterwards.
    EXPECT_EQ(run(uninstall()), ExitSuccess) << out();
    EXPECT_FALSE(fs::exists(m_prefix / "share" / "test" / "data.txt"));
}

// A tampered record: nothing is removed, and setup says why.
class HostileRecordTest : public UninstallTest {
protected:
    void tamper(const std::function<void(QJsonObject&)>& change) {
        auto document = QJsonDocument::fromJson(QByteArray::fromStdString(readText(record())));
        QJsonObject object = document.object();
        change(object);
        writeText(record(), QJsonDocument{object}.toJson().toStdString());
    }

    void addFile(QJsonObject& object, const QString& path) {
        QJsonArray files = object.value(QStringLiteral("files")).toArray();
        QJsonObject entry = files.at(0).toObject();
        entry.insert(QStringLiteral("path"), path);
        files.append(entry);
        object.insert(QStringLiteral("files"), files);
    }

    void expectNothingRemoved(const char* why) {
        EXPECT_EQ(run(uninstall()), ExitFatalError) << out();
        EXPECT_TRUE(m_stdout.contains(QLatin1String(why))) << out();
        EXPECT_EQ(readText(m_prefix / "share" / "test" / "data.txt"), "data 1.0\n");
        EXPECT_TRUE(fs::exists(m_prefix / "bin" / "rm_test_app"));
        EXPECT_TRUE(fs::exists(m_prefix / "lib" / "plugin.txt"));
        EXPECT_EQ(readText(m_root / "outside.txt"), "not the product's\n");
    }

    void SetUp() override {
        UninstallTest::SetUp();
        ASSERT_EQ(run(install(m_v1)), ExitSuccess) << out();
        writeText(m_root / "outside.txt", "not the product's\n");
    }
};

TEST_F(HostileRecordTest, APathWithDotDotRemovesNothing) {
    tamper([this](QJsonObject& o) { addFile(o, QStringLiteral("../outside.txt")); });
    expectNothingRemoved("outside its install folder: ../outside.txt");
}

TEST_F(HostileRecordTest, AnAbsolutePathRemovesNothing) {
    tamper([this](QJsonObject& o) {
        addFile(o, QString::fromStdString((m_root / "outside.txt").string()));
    });
    expectNothingRemoved("outside its install folder");
}

TEST_F(HostileRecordTest, ADesktopFileOutsideTheDesktopFoldersRemovesNothing) {
    tamper([this](QJsonObject& o) {
        o.insert(QStringLiteral("desktopFiles"),
                 QJsonArray{QString::fromStdString((m_root / "outside.txt").string())});
    });
    expectNothingRemoved("outside the desktop folders");
}

TEST_F(HostileRecordTest, ASymlinkSwappedInForARecordedFileRemovesNothing) {
    fs::remove(m_prefix / "lib" / "plugin.txt");
    fs::create_symlink(m_root / "outside.txt", m_prefix / "lib" / "plugin.txt");
    EXPECT_EQ(run(uninstall()), ExitFatalError) << out();
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("symbolic link"))) << out();
    EXPECT_EQ(readText(m_prefix / "share" / "test" / "data.txt"), "data 1.0\n");
    EXPECT_TRUE(fs::is_symlink(m_prefix / "lib" / "plugin.txt"));
    EXPECT_EQ(readText(m_root / "outside.txt"), "not the product's\n");
    EXPECT_TRUE(fs::exists(record()));
}

TEST_F(HostileRecordTest, ASymlinkSwappedInForARecordedFolderRemovesNothing) {
    fs::create_directories(m_root / "elsewhere");
    writeText(m_root / "elsewhere" / "plugin.txt", "plugin 1.0\n");
    fs::remove_all(m_prefix / "lib");
    fs::create_directory_symlink(m_root / "elsewhere", m_prefix / "lib");
    EXPECT_EQ(run(uninstall()), ExitFatalError) << out();
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("symbolic link"))) << out();
    EXPECT_EQ(readText(m_root / "elsewhere" / "plugin.txt"), "plugin 1.0\n");
    EXPECT_EQ(readText(m_prefix / "share" / "test" / "data.txt"), "data 1.0\n");
}

TEST_F(HostileRecordTest, ARecordOfAnotherUserRemovesNothing) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "giving the record to another user needs root";
    }
    const passwd* nobody = ::getpwnam("nobody");
    ASSERT_NE(nobody, nullptr);
    ASSERT_EQ(::chown(record().c_str(), nobody->pw_uid, nobody->pw_gid), 0);
    expectNothingRemoved("belongs to another user");
}

// Upgrades driven by the record.
TEST_F(UninstallTest, AnUpgradeRemovesTheStaleFileAndKeepsAChangedSetting) {
    ASSERT_EQ(run(install(m_v1)), ExitSuccess) << out();
    ASSERT_TRUE(fs::exists(m_prefix / "share" / "test" / "old.txt"));
    writeText(m_prefix / "etc" / "test.conf", "setting=mine\n");
    ASSERT_EQ(run(install(m_v2)), ExitSuccess) << out();
    EXPECT_FALSE(fs::exists(m_prefix / "share" / "test" / "old.txt"));
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("removed-old share/test/old.txt"))) << out();
    EXPECT_EQ(readText(m_prefix / "share" / "test" / "data.txt"), "data 2.0\n");
    EXPECT_EQ(readText(m_prefix / "etc" / "test.conf"), "setting=mine\n");
    EXPECT_EQ(readText(m_prefix / "etc" / "test.conf.new"), "setting=2.0\n");
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("kept-config etc/test.conf"))) << out();
    // The record is 2.0's; an uninstall keeps the changed setting and removes the rest.
    EXPECT_NE(readText(record()).find("\"2.0\""), std::string::npos);
    ASSERT_EQ(run(uninstall()), ExitSuccess) << out();
    EXPECT_EQ(readText(m_prefix / "etc" / "test.conf"), "setting=mine\n");
    EXPECT_FALSE(fs::exists(m_prefix / "etc" / "test.conf.new"));
    EXPECT_FALSE(fs::exists(m_prefix / "share"));
}

TEST_F(UninstallTest, AnUnchangedSettingIsReplacedInPlace) {
    ASSERT_EQ(run(install(m_v1)), ExitSuccess) << out();
    ASSERT_EQ(run(install(m_v2)), ExitSuccess) << out();
    EXPECT_EQ(readText(m_prefix / "etc" / "test.conf"), "setting=2.0\n");
    EXPECT_FALSE(fs::exists(m_prefix / "etc" / "test.conf.new"));
}

TEST_F(UninstallTest, DeselectingAComponentRemovesItsFiles) {
    ASSERT_EQ(run(install(m_v1)), ExitSuccess) << out();
    ASSERT_EQ(run(install(m_v2, {QStringLiteral("--components"), QStringLiteral("app")})),
              ExitSuccess)
        << out();
    EXPECT_FALSE(fs::exists(m_prefix / "lib" / "plugin.txt"));
}

TEST_F(UninstallTest, ADowngradeIsRefusedUnattendedWithoutAllowDowngrade) {
    ASSERT_EQ(run(install(m_v2)), ExitSuccess) << out();
    EXPECT_EQ(run(install(m_v1)), ExitFatalError) << out();
    EXPECT_TRUE(m_stdout.contains(QStringLiteral("downgrade"))) << out();
    EXPECT_EQ(readText(m_prefix / "share" / "test" / "data.txt"), "data 2.0\n");
    EXPECT_EQ(run(install(m_v1, {QStringLiteral("--allow-downgrade")})), ExitSuccess) << out();
    EXPECT_EQ(readText(m_prefix / "share" / "test" / "data.txt"), "data 1.0\n");
}

TEST_F(UninstallTest, AFailedInstallLeavesNoRecord) {
    // The second component's target is a folder: the install fails and rolls back.
    fs::create_directories(m_prefix / "lib" / "plugin.txt");
    EXPECT_EQ(run(install(m_v1)), ExitFatalError) << out();
    EXPECT_FALSE(fs::exists(record()));
    EXPECT_FALSE(fs::exists(m_prefix / "share" / "test" / "data.txt"));
}

// What the location page says comes from the record: an upgrade, a reinstall, a downgrade.
TEST_F(UninstallTest, ThePlanSaysUpgradeReinstallOrDowngrade) {
    const auto plan = [this](const fs::path& package) {
        auto loaded = readPackageFolder(QString::fromStdString(package.string()));
        auto result = std::make_unique<InstallPlan>(std::get<Package>(std::move(loaded)));
        result->setInstallDir(QString::fromStdString(m_prefix.string()));
        return result;
    };
    EXPECT_EQ(plan(m_v2)->installKind(), InstallPlan::InstallKind::Fresh);
    ASSERT_EQ(run(install(m_v1)), ExitSuccess) << out();
    EXPECT_EQ(plan(m_v2)->installKind(), InstallPlan::InstallKind::Upgrade);
    EXPECT_EQ(plan(m_v2)->installedHere(), QStringLiteral("Uninstall Test 1.0"));
    EXPECT_EQ(plan(m_v1)->installKind(), InstallPlan::InstallKind::Reinstall);
    ASSERT_EQ(run(install(m_v2)), ExitSuccess) << out();
    EXPECT_EQ(plan(m_v1)->installKind(), InstallPlan::InstallKind::Downgrade);
    EXPECT_EQ(plan(m_v1)->installedVersion(), QStringLiteral("2.0"));
}

// The system scope: root's records live in /var/lib/restartmanager/installed.
TEST_F(UninstallTest, RootKeepsItsRecordsInVarLib) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "the system scope needs root";
    }
    m_useProductsOverride = false;
    const fs::path system =
        fs::path{"/var/lib/restartmanager/installed"} / (std::string{kId} + ".json");
    if (fs::exists(system)) {
        GTEST_SKIP() << system << " exists already: not touched";
    }
    // The system's folders that this test makes go again (only if empty).
    struct Cleanup {
        std::vector<fs::path> made;
        ~Cleanup() {
            for (const auto& folder : made) {
                std::error_code ignored;
                fs::remove(folder, ignored);
            }
        }
    } cleanup;
    for (const fs::path folder :
         {fs::path{"/var/lib/restartmanager/installed"}, fs::path{"/var/lib/restartmanager"}}) {
        if (!fs::exists(folder)) {
            cleanup.made.push_back(folder);
        }
    }
    ASSERT_EQ(run(install(m_v1)), ExitSuccess) << out();
    EXPECT_TRUE(fs::exists(system));
    EXPECT_EQ(run(uninstall()), ExitSuccess) << out();
    EXPECT_FALSE(fs::exists(system));
    EXPECT_FALSE(fs::exists(m_prefix / "bin"));
}

} // namespace

namespace {

// The user scope, as another user: nobody installs into a folder of its own, keeps its record in
// a records folder of its own, and uninstalls; root's records are never touched.
TEST_F(UninstallTest, AnotherUserInstallsAndUninstallsInItsOwnScope) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "running setup as nobody needs root";
    }
    const passwd* nobody = ::getpwnam("nobody");
    ASSERT_NE(nobody, nullptr);
    // Everything nobody uses lives in a folder of nobody's (the fixture's is root's, 0700).
    char pattern[] = "/tmp/rm-uninstall-nobody-XXXXXX";
    ASSERT_NE(::mkdtemp(pattern), nullptr);
    const fs::path theirs{pattern};
    struct Cleanup {
        fs::path path;
        ~Cleanup() { fs::remove_all(path); }
    } cleanup{theirs};
    const fs::path package = theirs / "package";
    writeProduct(package, "1.0", true);
    for (const char* folder : {"products", "store", "runtime", "state"}) {
        fs::create_directories(theirs / folder);
    }
    for (const auto& entry : fs::recursive_directory_iterator{theirs}) {
        ASSERT_EQ(::lchown(entry.path().c_str(), nobody->pw_uid, nobody->pw_gid), 0);
    }
    ASSERT_EQ(::chown(theirs.c_str(), nobody->pw_uid, nobody->pw_gid), 0);
    fs::permissions(theirs / "runtime", fs::perms::owner_all, fs::perm_options::replace);
    fs::permissions(theirs / "store", fs::perms::owner_all, fs::perm_options::replace);
    const fs::path prefix = theirs / "prefix";
    const fs::path record = theirs / "products" / (std::string{kId} + ".json");

    // Setup and the programs it starts beside it, where nobody can run them: the build folder may
    // sit below a folder of root's alone (a clone in `mktemp -d`).
    const fs::path programs = theirs / "bin";
    fs::create_directories(programs);
    const fs::path built = fs::path{RM_SETUP}.parent_path();
    const std::string setupCopy = rmtest::copyExecutable(RM_SETUP, programs.string());
    for (const char* program : {"rm-secondary-installer", "rm-polite-close"}) {
        rmtest::copyExecutable((built / program).string(), programs.string());
    }
    const auto runAsNobody = [&](const std::vector<std::string>& args) {
        std::vector<std::string> argv{setupCopy, "--unattended", "--no-reboot", "--log",
                                      (theirs / "state" / "setup.log").string()};
        argv.insert(argv.end(), args.begin(), args.end());
        rmtest::SpawnOptions options;
        options.asUser = "nobody";
        options.environment = {{"RESTARTMANAGER_PRODUCTS_DIR", (theirs / "products").string()},
                               {"RESTARTMANAGER_STORE_DIR", (theirs / "store").string()},
                               {"XDG_RUNTIME_DIR", (theirs / "runtime").string()},
                               {"XDG_STATE_HOME", (theirs / "state").string()}};
        options.unset = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"};
        auto setup = rmtest::ChildProcess::spawn(argv, options);
        m_stdout = QString::fromStdString(setup.readAll());
        return setup.wait(120s);
    };
    ASSERT_EQ(runAsNobody({"--package", package.string(), "--dir", prefix.string()}),
              ExitSuccess % 256)
        << out() << readText(theirs / "state" / "setup.log");
    ASSERT_TRUE(fs::exists(record));
    struct stat st {};
    ASSERT_EQ(::stat(record.c_str(), &st), 0);
    EXPECT_EQ(st.st_uid, nobody->pw_uid) << "the record is nobody's own";
    ASSERT_EQ(runAsNobody({"--uninstall", kId}), ExitSuccess % 256) << out();
    EXPECT_FALSE(fs::exists(record));
    EXPECT_FALSE(fs::exists(prefix / "share" / "test" / "data.txt"));
    EXPECT_FALSE(fs::exists(prefix)) << "the folder setup created goes once empty";
}

} // namespace

namespace {

// --repair puts back a missing and a changed file from the package of the installed version,
// in the recorded folder, with the recorded components; --modify changes the components.
TEST_F(UninstallTest, RepairRestoresMissingAndChangedFilesAndModifyChangesComponents) {
    ASSERT_EQ(run(install(m_v1)), ExitSuccess) << out();
    fs::remove(m_prefix / "share" / "test" / "data.txt");
    writeText(m_prefix / "lib" / "plugin.txt", "broken\n");
    const QStringList repair =
        common() + QStringList{QStringLiteral("--package"), QString::fromStdString(m_v1.string()),
                               QStringLiteral("--repair")};
    ASSERT_EQ(run(repair), ExitSuccess) << out();
    EXPECT_EQ(readText(m_prefix / "share" / "test" / "data.txt"), "data 1.0\n");
    EXPECT_EQ(readText(m_prefix / "lib" / "plugin.txt"), "plugin 1.0\n");
    // Another version is no repair.
    EXPECT_EQ(run(common() + QStringList{QStringLiteral("--package"),
                                         QString::fromStdString(m_v2.string()),
                                         QStringLiteral("--repair")}),
              ExitFatalError)
        << out();
    ASSERT_EQ(run(common() + QStringList{QStringLiteral("--package"),
                                         QString::fromStdString(m_v1.string()),
                                         QStringLiteral("--modify"), QStringLiteral("--components"),
                                         QStringLiteral("app")}),
              ExitSuccess)
        << out();
    EXPECT_FALSE(fs::exists(m_prefix / "lib" / "plugin.txt"));
    EXPECT_TRUE(fs::exists(m_prefix / "share" / "test" / "data.txt"));
    ASSERT_EQ(run(uninstall()), ExitSuccess) << out();
    EXPECT_EQ(run(repair), ExitUnknownProduct) << out();
}

// The menu entry's Uninstall action names setup by its absolute path only where a package put it
// and only root can change it; a build tree or a setup file's temporary folder is found on PATH.
TEST(UninstallCommandTest, NamesSetupByItsPathOnlyInAStableInstalledLocation) {
    // A root-owned program in /usr/bin stands in for the Debian package's restartmanager-setup.
    const QString usrBin = QStringLiteral("/usr/bin/env");
    struct stat st {};
    if (::lstat("/usr/bin/env", &st) != 0 || st.st_uid != 0) {
        GTEST_SKIP() << "/usr/bin/env is not a root-owned file here";
    }
    EXPECT_TRUE(isStableSetupLocation(usrBin));
    EXPECT_FALSE(isStableSetupLocation(QStringLiteral("/usr/bin/../bin/env")));
    EXPECT_FALSE(isStableSetupLocation(QStringLiteral("/usr/bin/no-such-restartmanager-setup")));
    EXPECT_FALSE(isStableSetupLocation(QStringLiteral("/tmp/restartmanager-setup")));
    EXPECT_FALSE(isStableSetupLocation(QStringLiteral("restartmanager-setup")));
    // The test's own folder, as a build tree or an unpacked setup file would be.
    const rmtest::TempDir temp{"stable-setup"};
    const std::string copy = temp.file("restartmanager-setup");
    std::ofstream{copy} << "#!/bin/sh\n";
    EXPECT_FALSE(isStableSetupLocation(QString::fromStdString(copy)));
    // This test's setup program runs from the build tree: the entry finds setup on PATH.
    EXPECT_EQ(uninstallCommand("org.example.X"),
              (std::vector<std::string>{"restartmanager-setup", "--uninstall", "org.example.X"}));
}

} // namespace
