// The package loader: the embedded demo package, and every way a manifest can be wrong, each
// reported with where and what.
#include "support/test_support.h"

#include "ui/setup/install_folder.h"
#include "ui/setup/package.h"
#include "ui/translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <unistd.h>

namespace {

std::string str(const QString& text) {
    return text.toStdString();
}

void writeFile(const QString& path, const QByteArray& content,
               QFileDevice::Permissions permissions = QFileDevice::ReadOwner |
                                                      QFileDevice::WriteOwner) {
    ASSERT_TRUE(QDir{}.mkpath(QFileInfo{path}.path()));
    QFile file{path};
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << str(path);
    ASSERT_EQ(file.write(content), content.size());
    file.close();
    ASSERT_TRUE(file.setPermissions(permissions));
}

void copyTree(const QString& from, const QString& to) {
    const QDir source{from};
    for (const QFileInfo& entry :
         source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to + u'/' + entry.fileName();
        if (entry.isDir()) {
            copyTree(entry.filePath(), target);
        } else {
            ASSERT_TRUE(QDir{}.mkpath(to));
            ASSERT_TRUE(QFile::copy(entry.filePath(), target)) << str(entry.filePath());
        }
    }
}

// Each test has a store folder of its own: the embedded package is copied into a scratch
// folder there (issue 21, item 19), never into /tmp and never into the user's real one.
class DemoPackage : public rmtest::StoreTest {};

TEST_F(DemoPackage, LoadsFromTheEmbeddedResource) {
    Translations::setLanguage(QStringLiteral("en"));
    auto loaded = loadPackage(QStringLiteral(":/demo-package"));
    ASSERT_TRUE(std::holds_alternative<Package>(loaded))
        << str(std::get<PackageError>(loaded).toString());
    const auto& package = std::get<Package>(loaded);
    EXPECT_EQ(package.product, QStringLiteral("Demo Notes"));
    EXPECT_EQ(package.version, QStringLiteral("2.0"));
    EXPECT_EQ(package.publisher, QStringLiteral("Restart Manager for Linux project"));
    EXPECT_TRUE(package.licenseText.contains(QStringLiteral("MIT")));
    // Root installs for everybody, into the manifest's defaultSystemInstallDir.
    EXPECT_EQ(package.defaultInstallDir,
              ::geteuid() == 0
                  ? QStringLiteral("/opt/demo-notes")
                  : homeFolderFromPasswordDatabase() + QStringLiteral("/.local/opt/demo-notes"));
    EXPECT_EQ(package.desktop.productId, "org.restartmanager.DemoNotes");
    EXPECT_EQ(package.desktop.entries.size(), 1U);
    EXPECT_EQ(package.desktop.icons.size(), 8U);
    EXPECT_EQ(package.desktop.mimeTypes.size(), 1U);
    EXPECT_FALSE(package.directory.startsWith(u':')) << "secondaries need real files";
    EXPECT_TRUE(QFileInfo{package.directory}.isDir());
    EXPECT_TRUE(package.directory.startsWith(QString::fromStdString(storeDir()) +
                                             QStringLiteral("/scratch-package-")))
        << str(package.directory);

    ASSERT_EQ(package.components.size(), 2);
    const PackageComponent& app = package.components[0];
    EXPECT_EQ(app.id, QStringLiteral("app"));
    EXPECT_EQ(app.name, QStringLiteral("Demo Notes"));
    EXPECT_FALSE(app.description.isEmpty());
    EXPECT_TRUE(app.required);
    EXPECT_EQ(app.installer, QStringLiteral("stock"));
    ASSERT_EQ(app.files.size(), 2);
    EXPECT_EQ(app.files[0].target, QStringLiteral("bin/demo-notes"));
    EXPECT_EQ(app.files[1].target, QStringLiteral("share/demo-notes/version.txt"));
    const PackageComponent& dictionary = package.components[1];
    EXPECT_EQ(dictionary.id, QStringLiteral("dictionary"));
    EXPECT_FALSE(dictionary.required);
    ASSERT_EQ(dictionary.files.size(), 1);
    EXPECT_EQ(dictionary.files[0].target, QStringLiteral("share/demo-notes/words.txt"));

    qint64 total = 0;
    for (const auto& component : package.components) {
        qint64 sum = 0;
        for (const auto& file : component.files) {
            const QFileInfo info{file.source};
            EXPECT_TRUE(info.isAbsolute()) << str(file.source);
            EXPECT_TRUE(file.source.startsWith(package.directory + u'/')) << str(file.source);
            EXPECT_TRUE(info.isFile()) << str(file.source);
            EXPECT_EQ(file.size, info.size()) << str(file.source);
            sum += file.size;
        }
        EXPECT_EQ(component.size, sum) << str(component.id);
        total += sum;
    }
    EXPECT_EQ(package.totalSize(), total);

    QFile version{app.files[1].source};
    ASSERT_TRUE(version.open(QIODevice::ReadOnly));
    EXPECT_EQ(version.readAll().trimmed(), QByteArray{"2.0"});
    EXPECT_TRUE(QFileInfo{app.files[0].source}.isExecutable()) << "the program stays runnable";
    EXPECT_GT(app.files[0].size, 10'000) << "the payload is the real demo-notes";
    EXPECT_FALSE(QFileInfo{app.files[1].source}.isExecutable());
}

TEST_F(DemoPackage, TheResourceCopyGoesWithTheLastPackage) {
    QString directory;
    {
        auto loaded = loadPackage(QStringLiteral(":/demo-package"));
        ASSERT_TRUE(std::holds_alternative<Package>(loaded));
        const Package copy = std::get<Package>(loaded);
        directory = copy.directory;
        loaded = PackageError{};
        EXPECT_TRUE(QFileInfo::exists(directory)) << "a copy of the Package still uses it";
    }
    EXPECT_FALSE(QFileInfo::exists(directory));
}

TEST_F(DemoPackage, AMissingResourceIsAnError) {
    auto loaded = loadPackage(QStringLiteral(":/no-such-package"));
    ASSERT_TRUE(std::holds_alternative<PackageError>(loaded));
    EXPECT_EQ(std::get<PackageError>(loaded).location, QStringLiteral(":/no-such-package"));
}

TEST(PackageError, ToStringPutsTheLocationFirst) {
    EXPECT_EQ((PackageError{QStringLiteral("components[1].id"), QStringLiteral("Bad.")}).toString(),
              QStringLiteral("components[1].id: Bad."));
    EXPECT_EQ((PackageError{{}, QStringLiteral("Bad.")}).toString(), QStringLiteral("Bad."));
}

// A copy of resources/demo-package with a stand-in program, whose manifest each test breaks in
// one way.
class PackageTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = QString::fromStdString(m_temp.file("package"));
        copyTree(QStringLiteral(RM_DEMO_PACKAGE_SOURCE), m_dir);
        writeFile(m_dir + QStringLiteral("/payload/bin/demo-notes"), "#!/bin/sh\nexit 0\n",
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile manifest{m_dir + QStringLiteral("/manifest.json")};
        ASSERT_TRUE(manifest.open(QIODevice::ReadOnly));
        m_manifest = QJsonDocument::fromJson(manifest.readAll()).object();
        ASSERT_FALSE(m_manifest.isEmpty());
    }

    [[nodiscard]] QString path(const QString& name) const { return m_dir + u'/' + name; }

    void editComponent(qsizetype index, const std::function<void(QJsonObject&)>& edit) {
        QJsonArray components = m_manifest[QStringLiteral("components")].toArray();
        QJsonObject component = components[index].toObject();
        edit(component);
        components[index] = component;
        m_manifest[QStringLiteral("components")] = components;
    }

    void editFile(qsizetype component, qsizetype index,
                  const std::function<void(QJsonObject&)>& edit) {
        editComponent(component, [&](QJsonObject& object) {
            QJsonArray files = object[QStringLiteral("files")].toArray();
            QJsonObject file = files[index].toObject();
            edit(file);
            files[index] = file;
            object[QStringLiteral("files")] = files;
        });
    }

    std::variant<Package, PackageError> load() {
        writeFile(path(QStringLiteral("manifest.json")), QJsonDocument{m_manifest}.toJson());
        return loadPackage(m_dir);
    }

    // Loads the package, which must fail at `location` with a message that says `expected`.
    void expectError(const QString& location, const QString& expected) {
        const auto loaded = load();
        ASSERT_TRUE(std::holds_alternative<PackageError>(loaded)) << "the package loaded";
        const auto& error = std::get<PackageError>(loaded);
        EXPECT_EQ(error.location, location) << str(error.toString());
        EXPECT_TRUE(error.message.contains(expected))
            << "message: " << str(error.message) << "\nexpected to contain: " << str(expected);
    }

    rmtest::TempDir m_temp{"package-test"};
    QString m_dir;
    QJsonObject m_manifest;
};

TEST_F(PackageTest, TheSourceFolderWithAProgramLoads) {
    const auto loaded = load();
    ASSERT_TRUE(std::holds_alternative<Package>(loaded))
        << str(std::get<PackageError>(loaded).toString());
    const auto& package = std::get<Package>(loaded);
    EXPECT_EQ(package.directory, m_dir);
    EXPECT_EQ(package.components[0].files[0].source,
              path(QStringLiteral("payload/bin/demo-notes")));
    EXPECT_EQ(package.components[0].files[0].size, 17);
    EXPECT_FALSE(package.extractedCopy) << "a folder is used where it is";
}

TEST_F(PackageTest, AFolderWithoutManifest) {
    QFile::remove(path(QStringLiteral("manifest.json")));
    const auto loaded = loadPackage(m_dir);
    ASSERT_TRUE(std::holds_alternative<PackageError>(loaded));
    EXPECT_EQ(std::get<PackageError>(loaded).location, QStringLiteral("manifest.json"));
    EXPECT_TRUE(
        std::get<PackageError>(loaded).message.contains(QStringLiteral("no readable manifest")));
}

TEST_F(PackageTest, AFolderThatDoesNotExist) {
    const QString missing = path(QStringLiteral("nowhere"));
    const auto loaded = loadPackage(missing);
    ASSERT_TRUE(std::holds_alternative<PackageError>(loaded));
    EXPECT_EQ(std::get<PackageError>(loaded).location, missing);
    EXPECT_TRUE(std::get<PackageError>(loaded).message.contains(QStringLiteral("does not exist")));
}

TEST_F(PackageTest, NotJsonSaysLineAndColumn) {
    writeFile(
        path(QStringLiteral("manifest.json")),
        "{\n    \"format\": 1,\n    \"product\": \"Demo Notes\"\n    \"version\": \"2.0\"\n}\n");
    const auto loaded = loadPackage(m_dir);
    ASSERT_TRUE(std::holds_alternative<PackageError>(loaded));
    const auto& error = std::get<PackageError>(loaded);
    EXPECT_EQ(error.location, QStringLiteral("manifest.json:4:5")) << str(error.toString());
    EXPECT_TRUE(error.message.contains(QStringLiteral("not valid JSON"))) << str(error.message);
    EXPECT_TRUE(error.message.contains(QStringLiteral("unterminated object")))
        << str(error.message);
}

TEST_F(PackageTest, ColumnsCountCharactersNotBytes) {
    writeFile(path(QStringLiteral("manifest.json")), "{\"product\": \"Übergröße\" ]");
    const auto loaded = loadPackage(m_dir);
    ASSERT_TRUE(std::holds_alternative<PackageError>(loaded));
    EXPECT_EQ(std::get<PackageError>(loaded).location, QStringLiteral("manifest.json:1:25"))
        << str(std::get<PackageError>(loaded).toString());
}

TEST_F(PackageTest, NotJsonOnTheFirstLine) {
    writeFile(path(QStringLiteral("manifest.json")), "[1 2]");
    const auto loaded = loadPackage(m_dir);
    ASSERT_TRUE(std::holds_alternative<PackageError>(loaded));
    EXPECT_EQ(std::get<PackageError>(loaded).location, QStringLiteral("manifest.json:1:4"))
        << str(std::get<PackageError>(loaded).toString());
}

TEST_F(PackageTest, AnEmptyManifest) {
    writeFile(path(QStringLiteral("manifest.json")), "");
    const auto loaded = loadPackage(m_dir);
    ASSERT_TRUE(std::holds_alternative<PackageError>(loaded));
    EXPECT_EQ(std::get<PackageError>(loaded).location, QStringLiteral("manifest.json:1:1"));
}

TEST_F(PackageTest, TheManifestMustBeAnObject) {
    writeFile(path(QStringLiteral("manifest.json")), "[1, 2]");
    const auto loaded = loadPackage(m_dir);
    ASSERT_TRUE(std::holds_alternative<PackageError>(loaded));
    EXPECT_EQ(std::get<PackageError>(loaded).location, QStringLiteral("manifest.json"));
    EXPECT_TRUE(std::get<PackageError>(loaded).message.contains(QStringLiteral("JSON object")));
}

TEST_F(PackageTest, UnknownFormatVersion) {
    m_manifest[QStringLiteral("format")] = 2;
    expectError(QStringLiteral("format"), QStringLiteral("Unknown manifest format 2"));
}

TEST_F(PackageTest, FormatMissing) {
    m_manifest.remove(QStringLiteral("format"));
    expectError(QStringLiteral("format"), QStringLiteral("missing"));
}

TEST_F(PackageTest, FormatAsText) {
    m_manifest[QStringLiteral("format")] = QStringLiteral("1");
    expectError(QStringLiteral("format"), QStringLiteral("whole number"));
}

TEST_F(PackageTest, FormatWithAFraction) {
    m_manifest[QStringLiteral("format")] = 1.5;
    expectError(QStringLiteral("format"), QStringLiteral("whole number"));
}

TEST_F(PackageTest, ProductMissing) {
    m_manifest.remove(QStringLiteral("product"));
    expectError(QStringLiteral("product"), QStringLiteral("This field is missing."));
}

TEST_F(PackageTest, VersionEmpty) {
    m_manifest[QStringLiteral("version")] = QStringLiteral("  ");
    expectError(QStringLiteral("version"), QStringLiteral("must not be empty"));
}

TEST_F(PackageTest, PublisherNotText) {
    m_manifest[QStringLiteral("publisher")] = 42;
    expectError(QStringLiteral("publisher"), QStringLiteral("must be a text"));
}

TEST_F(PackageTest, LicenseFileMissing) {
    m_manifest[QStringLiteral("license")] = QStringLiteral("license.txt");
    QFile::remove(path(QStringLiteral("license.txt")));
    expectError(QStringLiteral("license"),
                QStringLiteral("\"license.txt\" is missing from the package"));
}

TEST_F(PackageTest, LicenseOutsideThePackage) {
    writeFile(QString::fromStdString(m_temp.file("LICENSE")), "stolen");
    m_manifest[QStringLiteral("license")] = QStringLiteral("../LICENSE");
    expectError(QStringLiteral("license"), QStringLiteral("outside the package"));
}

TEST_F(PackageTest, InstallDirRelative) {
    m_manifest[QStringLiteral("defaultInstallDir")] = QStringLiteral("opt/demo-notes");
    expectError(QStringLiteral("defaultInstallDir"), QStringLiteral("absolute path"));
}

TEST_F(PackageTest, InstallDirTildeAlone) {
    m_manifest[QStringLiteral("defaultInstallDir")] = QStringLiteral("~");
    m_manifest.remove(QStringLiteral("defaultSystemInstallDir")); // which root would get
    const auto loaded = load();
    ASSERT_TRUE(std::holds_alternative<Package>(loaded));
    EXPECT_EQ(std::get<Package>(loaded).defaultInstallDir, homeFolderFromPasswordDatabase());
}

// "~" is the home folder of the password database, not $HOME (issue 21, item 16).
TEST_F(PackageTest, InstallDirTildeIsTheHomeOfThePasswordDatabase) {
    rmtest::ScopedEnvironment home{"HOME", m_temp.file("not-the-home")};
    m_manifest[QStringLiteral("defaultInstallDir")] = QStringLiteral("~/.local/opt/x");
    m_manifest.remove(QStringLiteral("defaultSystemInstallDir")); // which root would get
    const auto loaded = load();
    ASSERT_TRUE(std::holds_alternative<Package>(loaded));
    EXPECT_EQ(std::get<Package>(loaded).defaultInstallDir,
              homeFolderFromPasswordDatabase() + QStringLiteral("/.local/opt/x"));
}

// Issue 21, item 1: a file's "mode" is "0755" or "0644"; anything else is refused with the
// field's path, so that a manifest can never install a setuid or world-writable file.
TEST_F(PackageTest, AFileModeIs0755Or0644) {
    editFile(0, 1, [](QJsonObject& f) { f[QStringLiteral("mode")] = QStringLiteral("0755"); });
    editFile(1, 0, [](QJsonObject& f) { f[QStringLiteral("mode")] = QStringLiteral("644"); });
    const auto loaded = load();
    ASSERT_TRUE(std::holds_alternative<Package>(loaded))
        << str(std::get<PackageError>(loaded).toString());
    const auto& package = std::get<Package>(loaded);
    EXPECT_EQ(package.components[0].files[1].mode, std::optional<uint>{0755U});
    EXPECT_EQ(package.components[1].files[0].mode, std::optional<uint>{0644U});
    EXPECT_FALSE(package.components[0].files[0].mode);
}

TEST_F(PackageTest, AFileModeOutsideTheLimitsIsRefusedWithItsPath) {
    for (const char* bad : {"4755", "0777", "2755", "1755", "0666", "0600"}) {
        editFile(0, 1, [bad](QJsonObject& f) { f[QStringLiteral("mode")] = QLatin1String(bad); });
        expectError(QStringLiteral("components[0].files[1].mode"),
                    QStringLiteral("The mode %1 is not allowed").arg(QLatin1String(bad)));
    }
    for (const QJsonValue& bad : {QJsonValue{755}, QJsonValue{QStringLiteral("rwxr-xr-x")},
                                  QJsonValue{QStringLiteral("0o755")}, QJsonValue{true}}) {
        editFile(0, 1, [&bad](QJsonObject& f) { f[QStringLiteral("mode")] = bad; });
        expectError(QStringLiteral("components[0].files[1].mode"),
                    QStringLiteral("must be a text such as \"0755\""));
    }
}

TEST_F(PackageTest, ComponentsMissing) {
    m_manifest.remove(QStringLiteral("components"));
    expectError(QStringLiteral("components"), QStringLiteral("missing"));
}

TEST_F(PackageTest, ComponentsNotAList) {
    m_manifest[QStringLiteral("components")] = QJsonObject{};
    expectError(QStringLiteral("components"), QStringLiteral("must be a list"));
}

TEST_F(PackageTest, NoComponents) {
    m_manifest[QStringLiteral("components")] = QJsonArray{};
    expectError(QStringLiteral("components"), QStringLiteral("no components"));
}

TEST_F(PackageTest, ComponentNotAnObject) {
    QJsonArray components = m_manifest[QStringLiteral("components")].toArray();
    components.append(QStringLiteral("extras"));
    m_manifest[QStringLiteral("components")] = components;
    expectError(QStringLiteral("components[2]"), QStringLiteral("must be a JSON object"));
}

TEST_F(PackageTest, DuplicateComponentIds) {
    editComponent(1, [](QJsonObject& c) { c[QStringLiteral("id")] = QStringLiteral("app"); });
    expectError(QStringLiteral("components[1].id"),
                QStringLiteral("\"app\" is already used by components[0]"));
}

TEST_F(PackageTest, ComponentIdWithSpaces) {
    editComponent(0, [](QJsonObject& c) { c[QStringLiteral("id")] = QStringLiteral("my app"); });
    expectError(QStringLiteral("components[0].id"), QStringLiteral("only letters, digits"));
}

TEST_F(PackageTest, ComponentNameMissing) {
    editComponent(1, [](QJsonObject& c) { c.remove(QStringLiteral("name")); });
    expectError(QStringLiteral("components[1].name"), QStringLiteral("missing"));
}

TEST_F(PackageTest, DescriptionMayBeLeftOut) {
    editComponent(1, [](QJsonObject& c) {
        c.remove(QStringLiteral("description"));
        c.remove(QStringLiteral("required"));
    });
    const auto loaded = load();
    ASSERT_TRUE(std::holds_alternative<Package>(loaded));
    EXPECT_TRUE(std::get<Package>(loaded).components[1].description.isEmpty());
    EXPECT_FALSE(std::get<Package>(loaded).components[1].required);
}

TEST_F(PackageTest, DescriptionNotText) {
    editComponent(1, [](QJsonObject& c) { c[QStringLiteral("description")] = QJsonArray{}; });
    expectError(QStringLiteral("components[1].description"), QStringLiteral("must be a text"));
}

TEST_F(PackageTest, RequiredNotABoolean) {
    editComponent(0, [](QJsonObject& c) { c[QStringLiteral("required")] = QStringLiteral("yes"); });
    expectError(QStringLiteral("components[0].required"), QStringLiteral("true or false"));
}

TEST_F(PackageTest, InstallerMissing) {
    editComponent(0, [](QJsonObject& c) { c.remove(QStringLiteral("installer")); });
    expectError(QStringLiteral("components[0].installer"), QStringLiteral("missing"));
}

TEST_F(PackageTest, InstallerNeitherStockNorInThePackage) {
    editComponent(1, [](QJsonObject& c) {
        c[QStringLiteral("installer")] = QStringLiteral("installers/dictionary-setup");
    });
    expectError(QStringLiteral("components[1].installer"),
                QStringLiteral("must be \"stock\" or a program in the package"));
}

TEST_F(PackageTest, InstallerOutsideThePackage) {
    editComponent(
        1, [](QJsonObject& c) { c[QStringLiteral("installer")] = QStringLiteral("/bin/sh"); });
    expectError(QStringLiteral("components[1].installer"),
                QStringLiteral("must be \"stock\" or a program in the package"));
}

TEST_F(PackageTest, InstallerNotExecutable) {
    writeFile(path(QStringLiteral("installers/dictionary-setup")), "#!/bin/sh\n");
    editComponent(1, [](QJsonObject& c) {
        c[QStringLiteral("installer")] = QStringLiteral("installers/dictionary-setup");
    });
    expectError(QStringLiteral("components[1].installer"), QStringLiteral("not an executable"));
}

TEST_F(PackageTest, InstallerInThePackage) {
    writeFile(path(QStringLiteral("installers/dictionary-setup")), "#!/bin/sh\n",
              QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    editComponent(1, [](QJsonObject& c) {
        c[QStringLiteral("installer")] = QStringLiteral("installers/dictionary-setup");
    });
    const auto loaded = load();
    ASSERT_TRUE(std::holds_alternative<Package>(loaded))
        << str(std::get<PackageError>(loaded).toString());
    EXPECT_EQ(std::get<Package>(loaded).components[1].installer,
              path(QStringLiteral("installers/dictionary-setup")));
}

TEST_F(PackageTest, FilesMissing) {
    editComponent(1, [](QJsonObject& c) { c.remove(QStringLiteral("files")); });
    expectError(QStringLiteral("components[1].files"), QStringLiteral("missing"));
}

TEST_F(PackageTest, NoFiles) {
    editComponent(1, [](QJsonObject& c) { c[QStringLiteral("files")] = QJsonArray{}; });
    expectError(QStringLiteral("components[1].files"), QStringLiteral("no files"));
}

TEST_F(PackageTest, FileNotAnObject) {
    editComponent(0, [](QJsonObject& c) {
        QJsonArray files = c[QStringLiteral("files")].toArray();
        files.append(QStringLiteral("payload/extra"));
        c[QStringLiteral("files")] = files;
    });
    expectError(QStringLiteral("components[0].files[2]"), QStringLiteral("must be a JSON object"));
}

TEST_F(PackageTest, FileSourceMissingField) {
    editFile(0, 1, [](QJsonObject& f) { f.remove(QStringLiteral("source")); });
    expectError(QStringLiteral("components[0].files[1].source"), QStringLiteral("missing"));
}

TEST_F(PackageTest, FileTargetNotText) {
    editFile(0, 1, [](QJsonObject& f) { f[QStringLiteral("target")] = true; });
    expectError(QStringLiteral("components[0].files[1].target"), QStringLiteral("must be a text"));
}

TEST_F(PackageTest, TargetAbsolute) {
    editFile(1, 0,
             [](QJsonObject& f) { f[QStringLiteral("target")] = QStringLiteral("/etc/words"); });
    expectError(QStringLiteral("components[1].files[0].target"),
                QStringLiteral("\"/etc/words\" must be relative to the installation folder"));
}

TEST_F(PackageTest, TargetInTheHomeFolder) {
    editFile(1, 0,
             [](QJsonObject& f) { f[QStringLiteral("target")] = QStringLiteral("~/.bashrc"); });
    expectError(QStringLiteral("components[1].files[0].target"),
                QStringLiteral("must be relative to the installation folder"));
}

TEST_F(PackageTest, TargetClimbingOut) {
    editFile(1, 0, [](QJsonObject& f) {
        f[QStringLiteral("target")] = QStringLiteral("share/../../.profile");
    });
    expectError(QStringLiteral("components[1].files[0].target"),
                QStringLiteral("must not contain \"..\""));
}

TEST_F(PackageTest, TargetThatIsNoFile) {
    editFile(1, 0, [](QJsonObject& f) { f[QStringLiteral("target")] = QStringLiteral("./"); });
    expectError(QStringLiteral("components[1].files[0].target"),
                QStringLiteral("does not name a file"));
}

TEST_F(PackageTest, TwoFilesWithOneTarget) {
    editFile(1, 0, [](QJsonObject& f) {
        f[QStringLiteral("target")] = QStringLiteral("share/demo-notes//version.txt");
    });
    expectError(QStringLiteral("components[1].files[0].target"),
                QStringLiteral("\"share/demo-notes/version.txt\" is already installed by "
                               "components[0].files[1]"));
}

TEST_F(PackageTest, SourceMissing) {
    editFile(1, 0, [](QJsonObject& f) {
        f[QStringLiteral("source")] = QStringLiteral("payload/share/demo-notes/wörter.txt");
    });
    expectError(
        QStringLiteral("components[1].files[0].source"),
        QStringLiteral("\"payload/share/demo-notes/wörter.txt\" is missing from the package"));
}

TEST_F(PackageTest, SourceOutsideThePackage) {
    writeFile(QString::fromStdString(m_temp.file("secret")), "secret");
    editFile(1, 0,
             [](QJsonObject& f) { f[QStringLiteral("source")] = QStringLiteral("../secret"); });
    expectError(QStringLiteral("components[1].files[0].source"),
                QStringLiteral("\"../secret\" is outside the package"));
}

TEST_F(PackageTest, SourceAbsolute) {
    editFile(1, 0,
             [](QJsonObject& f) { f[QStringLiteral("source")] = QStringLiteral("/etc/hostname"); });
    expectError(QStringLiteral("components[1].files[0].source"),
                QStringLiteral("outside the package"));
}

TEST_F(PackageTest, SourceLinkLeadingOut) {
    writeFile(QString::fromStdString(m_temp.file("secret")), "secret");
    ASSERT_TRUE(QFile::link(QString::fromStdString(m_temp.file("secret")),
                            path(QStringLiteral("payload/link"))));
    editFile(1, 0,
             [](QJsonObject& f) { f[QStringLiteral("source")] = QStringLiteral("payload/link"); });
    expectError(QStringLiteral("components[1].files[0].source"),
                QStringLiteral("\"payload/link\" leads outside the package"));
}

TEST_F(PackageTest, SourceIsAFolder) {
    editFile(1, 0,
             [](QJsonObject& f) { f[QStringLiteral("source")] = QStringLiteral("payload/share"); });
    expectError(QStringLiteral("components[1].files[0].source"),
                QStringLiteral("\"payload/share\" is not a file"));
}

TEST_F(PackageTest, ComponentSizeIsTheSumOfItsFiles) {
    writeFile(path(QStringLiteral("payload/share/demo-notes/version.txt")), "2.0.1\n");
    writeFile(path(QStringLiteral("payload/share/demo-notes/words.txt")), QByteArray(1000, 'a'));
    const auto loaded = load();
    ASSERT_TRUE(std::holds_alternative<Package>(loaded));
    const auto& package = std::get<Package>(loaded);
    EXPECT_EQ(package.components[0].size, 17 + 6);
    EXPECT_EQ(package.components[1].size, 1000);
    EXPECT_EQ(package.totalSize(), 17 + 6 + 1000);
}

} // namespace

// --- Hostile manifests (issue 8): what becomes a path or an identifier holds no control
// character, no internal suffix, and leads nowhere outside the package.

TEST_F(PackageTest, ATargetThatForgesAProtocolLineIsRefused) {
    editFile(1, 0, [this](QJsonObject& f) {
        f[QStringLiteral("target")] = QStringLiteral("bin/f\nfile\t") +
                                      path(QStringLiteral("payload/bin/demo-notes")) +
                                      QStringLiteral("\t/ANY/PATH");
    });
    expectError(QStringLiteral("components[1].files[0].target"),
                QStringLiteral("control or direction character (U+000A)"));
}

TEST_F(PackageTest, ANulInATargetIsRefusedAsSuch) {
    editFile(1, 0, [](QJsonObject& f) {
        f[QStringLiteral("target")] =
            QString{QStringLiteral("share/words")} + QChar{0} + QStringLiteral("x");
    });
    expectError(QStringLiteral("components[1].files[0].target"), QStringLiteral("U+0000"));
}

TEST_F(PackageTest, AnEscapeSequenceInAComponentNameIsRefused) {
    editComponent(1,
                  [](QJsonObject& c) { c[QStringLiteral("name")] = QStringLiteral("a\x1b[2Jb"); });
    expectError(QStringLiteral("components[1].name"), QStringLiteral("U+001B"));
}

TEST_F(PackageTest, AControlCharacterInASourceIsRefused) {
    editFile(0, 0,
             [](QJsonObject& f) { f[QStringLiteral("source")] = QStringLiteral("pay\rload"); });
    expectError(QStringLiteral("components[0].files[0].source"), QStringLiteral("U+000D"));
}

TEST_F(PackageTest, ADirectionOverrideInTheProductIsRefused) {
    m_manifest[QStringLiteral("product")] = QStringLiteral("Demo\u202eNotes");
    expectError(QStringLiteral("product"), QStringLiteral("U+202E"));
}

TEST_F(PackageTest, ALineEndInTheInstallFolderIsRefused) {
    m_manifest[QStringLiteral("defaultInstallDir")] = QStringLiteral("/opt/x\ny");
    expectError(QStringLiteral("defaultInstallDir"), QStringLiteral("U+000A"));
}

TEST_F(PackageTest, ADescriptionMayHaveSeveralLines) {
    editComponent(1, [](QJsonObject& c) {
        c[QStringLiteral("description")] = QStringLiteral("First line.\nSecond line.");
    });
    const auto loaded = load();
    ASSERT_TRUE(std::holds_alternative<Package>(loaded))
        << str(std::get<PackageError>(loaded).toString());
    EXPECT_EQ(std::get<Package>(loaded).components[1].description,
              QStringLiteral("First line.\nSecond line."));
}

TEST_F(PackageTest, TargetsEndingInTheInternalSuffixesAreReserved) {
    editFile(1, 0, [](QJsonObject& f) {
        f[QStringLiteral("target")] = QStringLiteral("share/demo-notes/version.txt.rm-old");
    });
    expectError(QStringLiteral("components[1].files[0].target"),
                QStringLiteral("ends in \".rm-old\", which setup reserves"));
}

TEST_F(PackageTest, AFolderEndingInAnInternalSuffixIsReservedToo) {
    editFile(1, 0, [](QJsonObject& f) {
        f[QStringLiteral("target")] = QStringLiteral("lib.rm-new/words.txt");
    });
    expectError(QStringLiteral("components[1].files[0].target"), QStringLiteral("\".rm-new\""));
}

TEST_F(PackageTest, AFileCannotAlsoBeTheFolderOfAnother) {
    editFile(1, 0, [](QJsonObject& f) {
        f[QStringLiteral("target")] = QStringLiteral("bin/demo-notes/words.txt");
    });
    expectError(QStringLiteral("components[1].files[0].target"),
                QStringLiteral("needs \"bin/demo-notes\" to be a folder, but "
                               "components[0].files[0] installs a file there"));
}

TEST_F(PackageTest, AnInstallerLinkThatLeadsOutOfThePackageIsRefused) {
    ASSERT_TRUE(QDir{}.mkpath(path(QStringLiteral("installers"))));
    ASSERT_TRUE(QFile::link(QStringLiteral("/bin/sh"), path(QStringLiteral("installers/setup"))));
    editComponent(1, [](QJsonObject& c) {
        c[QStringLiteral("installer")] = QStringLiteral("installers/setup");
    });
    expectError(QStringLiteral("components[1].installer"),
                QStringLiteral("\"installers/setup\" leads outside the package"));
}

TEST_F(PackageTest, AnInstallerLinkInsideThePackageRunsTheRealFile) {
    writeFile(path(QStringLiteral("installers/real-setup")), "#!/bin/sh\n",
              QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    ASSERT_TRUE(
        QFile::link(QStringLiteral("real-setup"), path(QStringLiteral("installers/setup"))));
    editComponent(1, [](QJsonObject& c) {
        c[QStringLiteral("installer")] = QStringLiteral("installers/setup");
    });
    const auto loaded = load();
    ASSERT_TRUE(std::holds_alternative<Package>(loaded))
        << str(std::get<PackageError>(loaded).toString());
    EXPECT_EQ(std::get<Package>(loaded).components[1].installer,
              QFileInfo{path(QStringLiteral("installers/real-setup"))}.canonicalFilePath());
}

TEST_F(PackageTest, AnInstallerOthersCanChangeIsRefused) {
    writeFile(path(QStringLiteral("installers/setup")), "#!/bin/sh\n",
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                  QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ReadOther);
    editComponent(1, [](QJsonObject& c) {
        c[QStringLiteral("installer")] = QStringLiteral("installers/setup");
    });
    expectError(QStringLiteral("components[1].installer"),
                QStringLiteral("can be changed by other users"));
}

// Another user who may write a folder of the package could swap a payload file or folder for a
// link between the check and the install.
TEST_F(PackageTest, AFolderOthersCanWriteIsRefused) {
    const QString payload = path(QStringLiteral("payload/share"));
    ASSERT_TRUE(QFile::setPermissions(
        payload, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                     QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
    const auto loaded = load();
    ASSERT_TRUE(std::holds_alternative<PackageError>(loaded)) << "the package loaded";
    EXPECT_EQ(std::get<PackageError>(loaded).location, payload);
    EXPECT_TRUE(
        std::get<PackageError>(loaded).message.contains(QStringLiteral("Other users can change")));
}

// --- Localized texts (issue 11): a plain string, or an object keyed by language with "en" --------

TEST_F(PackageTest, TextsMayBeGivenPerLanguage) {
    m_manifest[QStringLiteral("publisher")] =
        QJsonObject{{QStringLiteral("en"), QStringLiteral("The project")},
                    {QStringLiteral("de"), QStringLiteral("Das Projekt")}};
    editComponent(1, [](QJsonObject& c) {
        c[QStringLiteral("name")] =
            QJsonObject{{QStringLiteral("en"), QStringLiteral("Word list")},
                        {QStringLiteral("de"), QStringLiteral("Wortliste")},
                        {QStringLiteral("ja"), QStringLiteral("単語リスト")},
                        {QStringLiteral("pt"), QStringLiteral("Lista")}};
        c[QStringLiteral("description")] =
            QJsonObject{{QStringLiteral("en"), QStringLiteral("Words.")},
                        {QStringLiteral("de"), QStringLiteral("Wörter.")}};
    });
    const auto loaded = load();
    ASSERT_TRUE(std::holds_alternative<Package>(loaded))
        << str(std::get<PackageError>(loaded).toString());
    Package package = std::get<Package>(loaded);
    package.useLanguage(QStringLiteral("de"));
    EXPECT_EQ(package.publisher, QStringLiteral("Das Projekt"));
    EXPECT_EQ(package.components[1].name, QStringLiteral("Wortliste"));
    EXPECT_EQ(package.components[1].description, QStringLiteral("Wörter."));
    package.useLanguage(QStringLiteral("ja"));
    EXPECT_EQ(package.components[1].name, QStringLiteral("単語リスト"));
    EXPECT_EQ(package.components[1].description, QStringLiteral("Words.")) << "en is the fallback";
    package.useLanguage(QStringLiteral("pt_BR"));
    EXPECT_EQ(package.components[1].name, QStringLiteral("Lista")) << "the base language";
    package.useLanguage(QStringLiteral("fr"));
    EXPECT_EQ(package.components[1].name, QStringLiteral("Word list"));
    EXPECT_EQ(package.publisher, QStringLiteral("The project"));
}

TEST_F(PackageTest, ATextPerLanguageNeedsAnEnglishEntry) {
    editComponent(1, [](QJsonObject& c) {
        c[QStringLiteral("name")] =
            QJsonObject{{QStringLiteral("de"), QStringLiteral("Wortliste")}};
    });
    expectError(QStringLiteral("components[1].name"), QStringLiteral("needs an \"en\" entry"));
}

TEST_F(PackageTest, ErrorsNameTheLanguageKey) {
    editComponent(1, [](QJsonObject& c) {
        c[QStringLiteral("name")] = QJsonObject{{QStringLiteral("en"), QStringLiteral("Word list")},
                                                {QStringLiteral("de"), 42}};
    });
    expectError(QStringLiteral("components[1].name.de"), QStringLiteral("must be a text"));
}

TEST_F(PackageTest, ALanguageKeyMustBeALanguageCode) {
    editComponent(1, [](QJsonObject& c) {
        c[QStringLiteral("name")] = QJsonObject{{QStringLiteral("en"), QStringLiteral("Word list")},
                                                {QStringLiteral("../de"), QStringLiteral("x")}};
    });
    expectError(QStringLiteral("components[1].name"), QStringLiteral("is not a language code"));
}

TEST_F(PackageTest, ALicensePerLanguage) {
    writeFile(path(QStringLiteral("license.de.txt")), "Deutsche Lizenz\n");
    m_manifest[QStringLiteral("license")] =
        QJsonObject{{QStringLiteral("en"), QStringLiteral("license.txt")},
                    {QStringLiteral("de"), QStringLiteral("license.de.txt")}};
    const auto loaded = load();
    ASSERT_TRUE(std::holds_alternative<Package>(loaded))
        << str(std::get<PackageError>(loaded).toString());
    Package package = std::get<Package>(loaded);
    package.useLanguage(QStringLiteral("de"));
    EXPECT_EQ(package.licenseText, QStringLiteral("Deutsche Lizenz\n"));
    package.useLanguage(QStringLiteral("it"));
    EXPECT_TRUE(package.licenseText.contains(QStringLiteral("MIT")));
}

TEST_F(PackageTest, AMissingLicenseOfOneLanguageNamesIt) {
    m_manifest[QStringLiteral("license")] =
        QJsonObject{{QStringLiteral("en"), QStringLiteral("license.txt")},
                    {QStringLiteral("fr"), QStringLiteral("license.fr-missing.txt")}};
    expectError(QStringLiteral("license.fr"), QStringLiteral("is missing from the package"));
}

// The demo package speaks every language of the wizard.
TEST_F(DemoPackage, IsLocalizedInEveryLanguageOfSetup) {
    auto loaded = loadPackage(QStringLiteral(":/demo-package"));
    ASSERT_TRUE(std::holds_alternative<Package>(loaded));
    Package package = std::get<Package>(loaded);
    package.useLanguage(QStringLiteral("en"));
    const QString englishLicense = package.licenseText;
    for (const QString& language : Translations::available()) {
        package.useLanguage(language);
        const QString words = package.components[1].name;
        if (language == QLatin1String("en")) {
            EXPECT_EQ(words, QStringLiteral("Word list"));
            continue;
        }
        EXPECT_NE(words, QStringLiteral("Word list")) << str(language);
        EXPECT_NE(package.components[0].description,
                  package.components[0].localizedDescription.fallback)
            << str(language);
        EXPECT_NE(package.publisher, package.localizedPublisher.fallback) << str(language);
        // Every language has its own license text, and each still names the MIT license.
        EXPECT_NE(package.licenseText, englishLicense) << str(language);
        EXPECT_TRUE(package.licenseText.contains(QStringLiteral("MIT"))) << str(language);
    }
}
