// Branding from the manifest (issue 24): the package's icon, side image and header image, checked
// when the package loads and shown by the real wizard on the offscreen platform; the "@2x"
// variants at a device pixel ratio of 2 (a real restartmanager-setup at QT_SCALE_FACTOR=2); the
// finish page's "Launch <product>", which starts the product as the user who ran setup (as root
// with SUDO_UID: that user, read back from /proc); and the desktop's colour scheme, read from a
// fake freedesktop portal on a real dbus-daemon.
#include "support/test_support.h"
#include "ui/branding.h"
#include "ui/color_scheme.h"
#include "ui/setup/package.h"
#include "ui/setup/setup_run.h"
#include "ui/wizard/answer_source.h"
#include "ui/wizard/setup_wizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QColor>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QPixmap>
#include <QProcess>
#include <QProxyStyle>
#include <QStyle>
#include <QTest>
#include <QWizardPage>

#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <pwd.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

bool waitFor(const std::function<bool()>& done, std::chrono::milliseconds timeout = 60s) {
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

void writeFile(const fs::path& path, const QByteArray& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out{path, std::ios::binary | std::ios::trunc};
    out.write(bytes.constData(), bytes.size());
}

// A PNG of one colour.
QByteArray png(QColor color, QSize size = {64, 64}) {
    QImage image{size, QImage::Format_ARGB32};
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer{&bytes};
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// An SVG of one colour.
QByteArray svg(const char* color) {
    return QByteArray{"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                      "width=\"64\" height=\"64\" viewBox=\"0 0 64 64\"><rect width=\"64\" "
                      "height=\"64\" fill=\""} +
           color + "\"/></svg>\n";
}

bool near(QColor a, QColor b) {
    return std::abs(a.red() - b.red()) < 24 && std::abs(a.green() - b.green()) < 24 &&
           std::abs(a.blue() - b.blue()) < 24;
}

std::string describe(QColor c) {
    return c.name().toStdString();
}

// The UID, GID and supplementary groups of a process, from /proc/PID/status.
struct Credentials {
    std::string uid; // "real effective saved filesystem"
    std::string gid;
    std::string groups;
};
std::optional<Credentials> credentialsOf(pid_t pid) {
    std::ifstream in{"/proc/" + std::to_string(pid) + "/status"};
    if (!in) {
        return std::nullopt;
    }
    Credentials found;
    std::string line;
    const auto valueOf = [](const std::string& text) {
        std::string value = text.substr(text.find(':') + 1);
        std::string squeezed;
        for (const char c : value) {
            if (c == '\t' || c == ' ') {
                if (!squeezed.empty() && squeezed.back() != ' ') {
                    squeezed += ' ';
                }
            } else {
                squeezed += c;
            }
        }
        while (!squeezed.empty() && squeezed.back() == ' ') {
            squeezed.pop_back();
        }
        return squeezed;
    };
    while (std::getline(in, line)) {
        if (line.rfind("Uid:", 0) == 0) {
            found.uid = valueOf(line);
        } else if (line.rfind("Gid:", 0) == 0) {
            found.gid = valueOf(line);
        } else if (line.rfind("Groups:", 0) == 0) {
            found.groups = valueOf(line);
        }
    }
    return found;
}

// Ends a process that is not our child and waits until it is gone.
void endProcess(pid_t pid) {
    if (pid <= 0) {
        return;
    }
    ::kill(pid, SIGKILL);
    waitFor([pid] { return ::kill(pid, 0) != 0 || credentialsOf(pid) == std::nullopt; }, 10s);
}

// A package of its own in a temporary folder that other users may enter (0755), with a manifest
// whose branding fields the test chooses; `bin/launched` is a script that runs `sleep 120`.
class BrandingTest : public rmtest::StoreTest {
protected:
    void SetUp() override {
        rmtest::StoreTest::SetUp();
        m_temp.emplace("brand24-test");
        m_root = fs::path{m_temp->path()};
        fs::permissions(m_root, fs::perms::owner_all | fs::perms::group_read |
                                    fs::perms::group_exec | fs::perms::others_read |
                                    fs::perms::others_exec);
        m_package = m_root / "package";
        m_install = m_root / "install";
        writeFile(m_package / "license.txt", "License text.\n");
        writeFile(m_package / "payload" / "launched", "#!/bin/sh\nexec sleep 120\n");
        fs::permissions(m_package / "payload" / "launched",
                        fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                            fs::perms::others_read | fs::perms::others_exec);
    }
    void TearDown() override {
        for (const pid_t pid : m_started) {
            endProcess(pid);
        }
        m_temp.reset();
        rmtest::StoreTest::TearDown();
    }

    // The manifest with `extra` fields ("\"icon\": \"x.svg\",").
    void writeManifest(const std::string& extra) {
        const std::string manifest =
            R"({"format": 1, "product": "Brand & Co Notes", "version": "3.1",
            "publisher": "Brand test", "license": "license.txt",
            "defaultInstallDir": ")" +
            m_install.string() + R"(", )" + extra + R"(
            "components": [{"id": "app", "name": "App", "required": true, "installer": "stock",
                "files": [{"source": "payload/launched", "target": "bin/launched"}]}]})";
        writeFile(m_package / "manifest.json", QByteArray::fromStdString(manifest));
    }

    std::variant<Package, PackageError> load() {
        return readPackageFolder(QString::fromStdString(m_package.string()));
    }

    // The error of a package that must be refused.
    PackageError refused() {
        auto loaded = load();
        if (const auto* error = std::get_if<PackageError>(&loaded)) {
            return *error;
        }
        ADD_FAILURE() << "the package was accepted";
        return {};
    }

    std::unique_ptr<SetupWizard> makeWizard() {
        auto loaded = load();
        if (const auto* error = std::get_if<PackageError>(&loaded)) {
            ADD_FAILURE() << "the package does not load: " << error->toString().toStdString();
            return nullptr;
        }
        SetupWizard::Options options;
        options.stockSecondaryInstaller = QStringLiteral(RM_SECONDARY_INSTALLER);
        options.language = QStringLiteral("en");
        options.logFile = QString::fromStdString((m_root / "setup.log").string());
        options.recoverEarlierSetups = false;
        options.restartComputer = [] { return false; };
        auto wizard = std::make_unique<SetupWizard>(std::get<Package>(std::move(loaded)), options);
        wizard->setAnswerSource(std::make_unique<ScriptedAnswerSource>(
            QMap<QString, QString>{{QStringLiteral("ConfirmCancel"), QStringLiteral("yes")}}));
        wizard->plan().setInstallDir(QString::fromStdString(m_install.string()));
        return wizard;
    }

    // Clicks through to the finish page: the license accepted, everything else as it is.
    static ::testing::AssertionResult goToFinish(SetupWizard& wizard) {
        wizard.show();
        const bool reached = waitFor([&wizard] {
            if (wizard.currentId() == SetupWizard::FinishPageId) {
                return true;
            }
            if (auto* accept =
                    wizard.findChild<QCheckBox*>(QStringLiteral("AcceptLicenseCheckBox"));
                accept != nullptr && accept->isVisible() && !accept->isChecked()) {
                accept->setChecked(true);
            }
            for (const auto which : {QWizard::CommitButton, QWizard::NextButton}) {
                QAbstractButton* button = wizard.button(which);
                if (button->isVisible() && button->isEnabled()) {
                    button->click();
                    break;
                }
            }
            return false;
        });
        if (!reached) {
            return ::testing::AssertionFailure()
                   << "the finish page did not come (page " << wizard.currentId() << "; "
                   << wizard.run().report().failure.toStdString() << ")";
        }
        return ::testing::AssertionSuccess();
    }

    static QLabel* label(SetupWizard& wizard, const char* name) {
        return wizard.findChild<QLabel*>(QLatin1String{name});
    }

    // The colour in the middle of a label's pixmap.
    static QColor middleOf(const QLabel* label) {
        const QImage image = label->pixmap().toImage();
        return image.pixelColor(image.width() / 2, image.height() / 2);
    }

    std::optional<rmtest::TempDir> m_temp;
    fs::path m_root;
    fs::path m_package;
    fs::path m_install;
    std::vector<pid_t> m_started;
};

// --- the manifest's image fields ------------------------------------------------------------

TEST_F(BrandingTest, ImagesAndTheirHiDpiVariantsAreReadWithThePackage) {
    writeFile(m_package / "branding" / "icon.svg", svg("#ff0000"));
    writeFile(m_package / "branding" / "side.png", png(Qt::red));
    writeFile(m_package / "branding" / "side@2x.png", png(Qt::blue, {128, 128}));
    writeFile(m_package / "branding" / "header.png", png(Qt::green));
    writeManifest(R"("icon": "branding/icon.svg", "sideImage": "branding/side.png",
                     "headerImage": "branding/header.png", "launch": ["bin/launched", "--now"],)");
    auto loaded = load();
    ASSERT_TRUE(std::holds_alternative<Package>(loaded))
        << std::get<PackageError>(loaded).toString().toStdString();
    const auto& package = std::get<Package>(loaded);
    EXPECT_TRUE(package.icon.svg);
    EXPECT_EQ(package.icon.data, svg("#ff0000"));
    EXPECT_TRUE(package.icon.data2x.isEmpty());
    EXPECT_FALSE(package.sideImage.svg);
    EXPECT_EQ(package.sideImage.data, png(Qt::red));
    EXPECT_EQ(package.sideImage.data2x, png(Qt::blue, {128, 128}));
    EXPECT_EQ(package.headerImage.data, png(Qt::green));
    EXPECT_EQ(package.launch,
              (QStringList{QStringLiteral("bin/launched"), QStringLiteral("--now")}));
}

TEST_F(BrandingTest, AMissingImageIsRefusedWithItsField) {
    writeManifest(R"("sideImage": "branding/none.png",)");
    const PackageError error = refused();
    EXPECT_EQ(error.location.toStdString(), "sideImage");
    EXPECT_TRUE(error.message.contains(QStringLiteral("missing"))) << error.message.toStdString();
}

TEST_F(BrandingTest, AnImageOutsideThePackageIsRefusedWithItsField) {
    writeFile(m_root / "outside.svg", svg("#000000"));
    writeManifest(R"("icon": "../outside.svg",)");
    PackageError error = refused();
    EXPECT_EQ(error.location.toStdString(), "icon");
    EXPECT_TRUE(error.message.contains(QStringLiteral("outside"))) << error.message.toStdString();

    // ... also through a link inside the package.
    fs::create_directories(m_package / "branding");
    fs::create_symlink(m_root / "outside.svg", m_package / "branding" / "link.svg");
    writeManifest(R"("icon": "branding/link.svg",)");
    error = refused();
    EXPECT_EQ(error.location.toStdString(), "icon");
    EXPECT_TRUE(error.message.contains(QStringLiteral("outside"))) << error.message.toStdString();
}

TEST_F(BrandingTest, AFileThatIsNoImageIsRefusedWithItsField) {
    writeFile(m_package / "header.png", "not a PNG at all, just text\n");
    writeManifest(R"("headerImage": "header.png",)");
    PackageError error = refused();
    EXPECT_EQ(error.location.toStdString(), "headerImage");
    EXPECT_TRUE(error.message.contains(QStringLiteral("not an SVG or PNG")))
        << error.message.toStdString();

    writeFile(m_package / "icon.gif", "GIF89a");
    writeManifest(R"("icon": "icon.gif",)");
    error = refused();
    EXPECT_EQ(error.location.toStdString(), "icon");

    writeManifest(R"("icon": 7,)");
    error = refused();
    EXPECT_EQ(error.location.toStdString(), "icon");

    // A bad "@2x" variant is refused like the image itself.
    writeFile(m_package / "side.png", png(Qt::red));
    writeFile(m_package / "side@2x.png", "broken");
    writeManifest(R"("sideImage": "side.png",)");
    error = refused();
    EXPECT_EQ(error.location.toStdString(), "sideImage");
    EXPECT_TRUE(error.message.contains(QStringLiteral("side@2x.png")))
        << error.message.toStdString();
}

TEST_F(BrandingTest, ATooLargeImageIsRefusedWithItsField) {
    // Too many bytes.
    QByteArray big = svg("#ffffff");
    big.append(QByteArray(kPackageImageMaxBytes, ' '));
    writeFile(m_package / "side.svg", big);
    writeManifest(R"("sideImage": "side.svg",)");
    PackageError error = refused();
    EXPECT_EQ(error.location.toStdString(), "sideImage");
    EXPECT_TRUE(error.message.contains(QStringLiteral("too large"))) << error.message.toStdString();
    // Too many pixels, in a small file.
    writeFile(m_package / "wide.png", png(Qt::white, {kPackageImageMaxPixels + 1, 2}));
    writeManifest(R"("headerImage": "wide.png",)");
    error = refused();
    EXPECT_EQ(error.location.toStdString(), "headerImage");
    EXPECT_TRUE(error.message.contains(QStringLiteral("too large"))) << error.message.toStdString();
}

TEST_F(BrandingTest, ALaunchCommandMustBeAnInstalledProgram) {
    writeManifest(R"("launch": ["bin/other"],)");
    EXPECT_EQ(refused().location.toStdString(), "launch[0]");
    writeManifest(R"("launch": ["/bin/sh", "-c", "id"],)");
    EXPECT_EQ(refused().location.toStdString(), "launch[0]");
    writeManifest(R"("launch": "bin/launched",)");
    EXPECT_EQ(refused().location.toStdString(), "launch");
    writeManifest(R"("launch": [],)");
    EXPECT_EQ(refused().location.toStdString(), "launch");
}

// --- the wizard shows them ------------------------------------------------------------------

TEST_F(BrandingTest, TheWizardShowsTheImagesOnTheRightPages) {
    writeFile(m_package / "icon.svg", svg("#ff0000"));
    writeFile(m_package / "side.png", png(QColor{0x00, 0x00, 0xff}, {164, 314}));
    writeFile(m_package / "header.svg", svg("#00ff00"));
    writeManifest(R"("icon": "icon.svg", "sideImage": "side.png", "headerImage": "header.svg",)");
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    wizard->show();
    ASSERT_TRUE(waitFor([&] { return wizard->currentId() == SetupWizard::WelcomePageId; }));
    QCoreApplication::processEvents();

    // The window icon is the package's.
    const QImage windowIcon = wizard->windowIcon().pixmap(QSize{32, 32}).toImage();
    ASSERT_FALSE(windowIcon.isNull());
    EXPECT_TRUE(near(windowIcon.pixelColor(16, 16), Qt::red))
        << describe(windowIcon.pixelColor(16, 16));

    // Welcome: the side image and the product icon, no header.
    QLabel* side = label(*wizard, "SideImage");
    ASSERT_NE(side, nullptr) << "no SideImage on the welcome page";
    EXPECT_TRUE(side->isVisible());
    EXPECT_TRUE(near(middleOf(side), Qt::blue)) << describe(middleOf(side));
    EXPECT_EQ(side->accessibleName().toStdString(), "Brand & Co Notes");
    QLabel* icon = label(*wizard, "WelcomeProductIcon");
    ASSERT_NE(icon, nullptr);
    EXPECT_TRUE(icon->isVisible());
    EXPECT_TRUE(near(middleOf(icon), Qt::red)) << describe(middleOf(icon));
    QLabel* header = label(*wizard, "HeaderImage");
    EXPECT_TRUE(header == nullptr || !header->isVisible());

    // The license page: the header image, no side image.
    wizard->button(QWizard::NextButton)->click();
    ASSERT_TRUE(waitFor([&] { return wizard->currentId() == SetupWizard::LicensePageId; }));
    QCoreApplication::processEvents();
    header = label(*wizard, "HeaderImage");
    ASSERT_NE(header, nullptr) << "no HeaderImage on the license page";
    EXPECT_TRUE(header->isVisible());
    EXPECT_TRUE(near(middleOf(header), Qt::green)) << describe(middleOf(header));
    side = label(*wizard, "SideImage");
    EXPECT_TRUE(side == nullptr || !side->isVisible() || side->pixmap().isNull());
    wizard->hide();
}

TEST_F(BrandingTest, APackageWithoutImagesGetsSetupsOwn) {
    writeManifest({});
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    wizard->show();
    ASSERT_TRUE(waitFor([&] { return wizard->currentId() == SetupWizard::WelcomePageId; }));
    QCoreApplication::processEvents();
    EXPECT_FALSE(wizard->windowIcon().isNull());
    QLabel* side = label(*wizard, "SideImage");
    ASSERT_NE(side, nullptr);
    EXPECT_TRUE(side->isVisible());
    // The built-in side image's dark blue ground, not an empty (transparent) pixmap.
    const QColor ground = middleOf(side);
    EXPECT_EQ(ground.alpha(), 255);
    EXPECT_LT(ground.lightness(), 120) << describe(ground);
    EXPECT_GT(ground.blue(), ground.red()) << describe(ground);
    wizard->hide();
}

TEST(BrandingRenderTest, TheHiDpiVariantIsUsedAtARatioOfTwo) {
    Package package;
    package.sideImage.data = png(Qt::red);
    package.sideImage.data2x = png(Qt::blue, {128, 128});
    const QPixmap one = branding::render(package, branding::Image::Side, {40, 40}, 1.0);
    const QPixmap two = branding::render(package, branding::Image::Side, {40, 40}, 2.0);
    EXPECT_EQ(one.size(), (QSize{40, 40}));
    EXPECT_EQ(two.size(), (QSize{80, 80}));
    EXPECT_EQ(two.devicePixelRatio(), 2.0);
    EXPECT_TRUE(near(one.toImage().pixelColor(20, 20), Qt::red));
    EXPECT_TRUE(near(two.toImage().pixelColor(40, 40), Qt::blue));
}

// A real restartmanager-setup at QT_SCALE_FACTOR=2 walks the package (--qa-walk): its welcome
// page shows the "@2x" side image (blue), at 1 the plain one (red).
TEST_F(BrandingTest, TheWizardUsesTheHiDpiVariantAtScaleFactorTwo) {
    writeFile(m_package / "side.png", png(Qt::red, {164, 314}));
    writeFile(m_package / "side@2x.png", png(Qt::blue, {328, 628}));
    writeManifest(R"("sideImage": "side.png",)");
    for (const auto& [scale, expected] : {std::pair{std::string{"2"}, QColor{Qt::blue}},
                                          std::pair{std::string{"1"}, QColor{Qt::red}}}) {
        const fs::path out = m_root / ("walk-" + scale);
        rmtest::SpawnOptions options;
        options.environment = {{"QT_QPA_PLATFORM", "offscreen"}, {"QT_SCALE_FACTOR", scale}};
        options.unset = {"DBUS_SESSION_BUS_ADDRESS"};
        auto setup = rmtest::ChildProcess::spawn({RM_SETUP, "--qa-walk", out.string(), "--package",
                                                  m_package.string(), "--lang", "en", "--log",
                                                  (m_root / ("walk-" + scale + ".log")).string()},
                                                 options);
        const std::string output = setup.readAll();
        ASSERT_EQ(setup.wait(120s), 0)
            << output << rmtest::readFile((m_root / ("walk-" + scale + ".log")).string());
        const QImage welcome{QString::fromStdString((out / "en" / "01-welcome.png").string())};
        ASSERT_FALSE(welcome.isNull());
        const int ratio = std::stoi(scale);
        // Device pixels: twice as many at the scale factor of 2 (the offscreen screen is small,
        // so the window is fitted to it).
        EXPECT_GT(welcome.width(), 350 * ratio) << "scale " << scale;
        const QColor seen = welcome.pixelColor(40 * ratio, 100 * ratio);
        EXPECT_TRUE(near(seen, expected)) << "scale " << scale << ": " << describe(seen);
    }
}

// --- Launch <product> -----------------------------------------------------------------------

TEST_F(BrandingTest, TheFinishPageLaunchesTheProductAsTheUserWhoRanSetup) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root: setup runs elevated for another user (SUDO_UID)";
    }
    const passwd* nobody = ::getpwnam("nobody");
    ASSERT_NE(nobody, nullptr);
    writeManifest(R"("launch": ["bin/launched"],)");
    // As `sudo` leaves it: root, with the user who ran it in SUDO_UID.
    rmtest::ScopedEnvironment sudo{"SUDO_UID", std::to_string(nobody->pw_uid)};
    sudo.set("SUDO_GID", std::to_string(nobody->pw_gid));
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(goToFinish(*wizard));
    auto* launch = wizard->findChild<QCheckBox*>(QStringLiteral("LaunchApplicationCheckBox"));
    ASSERT_NE(launch, nullptr);
    ASSERT_TRUE(launch->isVisible());
    EXPECT_FALSE(launch->isChecked()) << "off until the user asks for it";
    EXPECT_EQ(launch->text().toStdString(), "L&aunch Brand && Co Notes");
    EXPECT_EQ(launch->accessibleName().toStdString(), "Launch Brand & Co Notes");
    launch->setChecked(true);
    wizard->button(QWizard::FinishButton)->click();
    ASSERT_TRUE(waitFor([&] { return !wizard->isVisible(); }));
    const pid_t pid = wizard->launchedPid();
    ASSERT_GT(pid, 0) << "nothing was launched";
    m_started.push_back(pid);
    const auto credentials = credentialsOf(pid);
    ASSERT_TRUE(credentials);
    const std::string id = std::to_string(nobody->pw_uid);
    const std::string gid = std::to_string(nobody->pw_gid);
    // Real, effective, saved and file-system IDs: all the user's, none root's.
    EXPECT_EQ(credentials->uid, id + " " + id + " " + id + " " + id);
    EXPECT_EQ(credentials->gid, gid + " " + gid + " " + gid + " " + gid);
    EXPECT_EQ(credentials->groups.find("0 "), std::string::npos) << credentials->groups;
    EXPECT_NE(credentials->groups, "0");
    // It runs the installed command, detached from setup.
    waitFor(
        [pid] {
            return rmtest::readFile("/proc/" + std::to_string(pid) + "/cmdline").find("sleep") !=
                   std::string::npos;
        },
        10s);
    EXPECT_NE(rmtest::readFile("/proc/" + std::to_string(pid) + "/cmdline").find("sleep"),
              std::string::npos);
    const std::string stat = rmtest::readFile("/proc/" + std::to_string(pid) + "/stat");
    EXPECT_EQ(stat.find(") S " + std::to_string(::getpid()) + " "), std::string::npos)
        << "the launched program is setup's child: " << stat;
}

TEST_F(BrandingTest, NothingIsLaunchedUnlessTheUserAsks) {
    writeManifest(R"("launch": ["bin/launched"],)");
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(goToFinish(*wizard));
    auto* launch = wizard->findChild<QCheckBox*>(QStringLiteral("LaunchApplicationCheckBox"));
    ASSERT_NE(launch, nullptr);
    EXPECT_TRUE(launch->isVisible());
    wizard->button(QWizard::FinishButton)->click();
    ASSERT_TRUE(waitFor([&] { return !wizard->isVisible(); }));
    EXPECT_EQ(wizard->launchedPid(), -1);
}

TEST_F(BrandingTest, APackageWithoutALaunchCommandOffersNone) {
    writeManifest({});
    auto wizard = makeWizard();
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(goToFinish(*wizard));
    auto* launch = wizard->findChild<QCheckBox*>(QStringLiteral("LaunchApplicationCheckBox"));
    ASSERT_NE(launch, nullptr);
    EXPECT_FALSE(launch->isVisible());
    wizard->button(QWizard::FinishButton)->click();
    ASSERT_TRUE(waitFor([&] { return !wizard->isVisible(); }));
}

// Unattended: --launch (off by default), as the user sudo names.
TEST_F(BrandingTest, UnattendedLaunchesOnlyWithLaunchAndAsTheInvokingUser) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root: setup runs elevated for another user (SUDO_UID)";
    }
    const passwd* nobody = ::getpwnam("nobody");
    ASSERT_NE(nobody, nullptr);
    writeManifest(R"("launch": ["bin/launched"],)");
    rmtest::SpawnOptions options;
    options.environment = {{"SUDO_UID", std::to_string(nobody->pw_uid)}};
    for (const bool withLaunch : {false, true}) {
        std::vector<std::string> argv{
            RM_SETUP, "--unattended",     "--package", m_package.string(),
            "--dir",  m_install.string(), "--log",     (m_root / "unattended.log").string()};
        if (withLaunch) {
            argv.emplace_back("--launch");
        }
        auto setup = rmtest::ChildProcess::spawn(argv, options);
        const std::string output = setup.readAll();
        ASSERT_EQ(setup.wait(120s), 0) << output;
        const auto at = output.find("launched ");
        if (!withLaunch) {
            EXPECT_EQ(at, std::string::npos) << output;
            continue;
        }
        ASSERT_NE(at, std::string::npos) << output;
        const pid_t pid = std::stoi(output.substr(at + 9));
        m_started.push_back(pid);
        const auto credentials = credentialsOf(pid);
        ASSERT_TRUE(credentials);
        const std::string id = std::to_string(nobody->pw_uid);
        EXPECT_EQ(credentials->uid, id + " " + id + " " + id + " " + id);
    }
}

// --- the desktop's colour scheme ------------------------------------------------------------

// A fake org.freedesktop.portal.Desktop that speaks the real D-Bus protocol (python3-gi):
// Settings.ReadOne and Read answer "org.freedesktop.appearance" "color-scheme" with argv[1];
// with "old" as argv[2] it has only Read, as portals before version 2. A number written to its
// stdin is the new setting: it answers with it from then on and emits SettingChanged, as the
// real portal does when the user switches the desktop between light and dark; it prints
// "changed N" once the signal is sent.
constexpr const char* kFakePortal = R"PY(
import sys
from gi.repository import Gio, GLib
scheme = int(sys.argv[1])
old = len(sys.argv) > 2 and sys.argv[2] == "old"
xml = """<node><interface name="org.freedesktop.portal.Settings">
<method name="ReadOne"><arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="out"/></method>
<method name="Read"><arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="out"/></method>
<signal name="SettingChanged"><arg type="s"/><arg type="s"/><arg type="v"/></signal>
</interface></node>"""
node = Gio.DBusNodeInfo.new_for_xml(xml)
def call(conn, sender, path, iface, method, params, invocation):
    namespace, key = params.unpack()
    if method == "ReadOne" and old:
        invocation.return_dbus_error("org.freedesktop.DBus.Error.UnknownMethod", "no ReadOne")
        return
    if namespace != "org.freedesktop.appearance" or key != "color-scheme":
        invocation.return_dbus_error("org.freedesktop.portal.Error.NotFound", "not found")
        return
    value = GLib.Variant("u", scheme)
    if method == "Read":
        value = GLib.Variant("v", value)
    invocation.return_value(GLib.Variant("(v)", (value,)))
bus = []
loop = GLib.MainLoop()
def on_bus(conn, name):
    bus.append(conn)
    conn.register_object("/org/freedesktop/portal/desktop", node.interfaces[0], call, None, None)
def on_name(conn, name):
    print("ready", flush=True)
def on_stdin(channel, condition):
    global scheme
    line = sys.stdin.readline()
    if not line:
        loop.quit()
        return False
    scheme = int(line)
    bus[0].emit_signal(None, "/org/freedesktop/portal/desktop", "org.freedesktop.portal.Settings",
                       "SettingChanged", GLib.Variant("(ssv)", ("org.freedesktop.appearance",
                                                               "color-scheme",
                                                               GLib.Variant("u", scheme))))
    bus[0].flush_sync(None)
    print("changed %d" % scheme, flush=True)
    return True
GLib.io_add_watch(GLib.IOChannel.unix_new(0), GLib.PRIORITY_DEFAULT, GLib.IO_IN | GLib.IO_HUP,
                  on_stdin)
Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.portal.Desktop",
                 Gio.BusNameOwnerFlags.NONE, on_bus, on_name, lambda *a: sys.exit(1))
loop.run()
)PY";

class ColorSchemeTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto daemon = rmtest::findProgram("dbus-daemon");
        // The system's python3 has python3-gi; a python3 earlier in PATH (pyenv) may not.
        std::vector<std::string> pythons{"/usr/bin/python3"};
        if (const auto inPath = rmtest::findProgram("python3")) {
            pythons.push_back(*inPath);
        }
        for (const auto& python : pythons) {
            if (rmtest::runCommand("'" + python +
                                   "' -c 'from gi.repository import Gio' 2>/dev/null") == 0) {
                m_python = python;
                break;
            }
        }
        if (!daemon || m_python.empty()) {
            GTEST_SKIP() << "needs dbus-daemon and python3-gi (scripts/install-deps.sh)";
        }
        const std::string error = m_bus.start(*daemon);
        ASSERT_TRUE(error.empty()) << error;
        m_script = m_bus.dir().file("fake_portal.py");
        std::ofstream{m_script} << kFakePortal;
        m_savedStyle = QApplication::style()->name();
        m_savedPalette = QApplication::palette();
    }
    void TearDown() override {
        m_portal.reset();
        if (!m_savedStyle.isEmpty()) {
            QApplication::setStyle(m_savedStyle);
            QApplication::setPalette(m_savedPalette);
        }
        QDBusConnection::disconnectFromBus(m_connectionName);
        m_bus.stop();
    }

    // The fake portal, answering `scheme`; the test's connection to its bus.
    QDBusConnection startPortal(int scheme, bool old = false) {
        m_portal.reset();
        rmtest::SpawnOptions options;
        options.environment = {{"DBUS_SESSION_BUS_ADDRESS", m_bus.address()}};
        std::vector<std::string> argv{m_python, m_script, std::to_string(scheme)};
        if (old) {
            argv.emplace_back("old");
        }
        m_portal.emplace(rmtest::ChildProcess::spawn(argv, options));
        const auto line = m_portal->readLine(20s);
        EXPECT_EQ(line.value_or("(nothing)"), "ready");
        m_connectionName = QStringLiteral("brand24-portal-%1").arg(++m_connections);
        return QDBusConnection::connectToBus(QString::fromStdString(m_bus.address()),
                                             m_connectionName);
    }

    static bool isDark(const QWidget& widget) {
        return widget.palette().color(QPalette::Window).lightness() < 100 &&
               widget.palette().color(QPalette::WindowText).lightness() > 160;
    }

    rmtest::PrivateBus m_bus;
    std::string m_python;
    std::string m_script;
    std::optional<rmtest::ChildProcess> m_portal;
    QString m_connectionName;
    int m_connections = 0;
    QString m_savedStyle;
    QPalette m_savedPalette;
};

TEST_F(ColorSchemeTest, ADarkPreferenceGivesTheWizardADarkPalette) {
    const QDBusConnection bus = startPortal(1);
    ASSERT_TRUE(bus.isConnected());
    const auto scheme = readColorScheme(bus);
    ASSERT_TRUE(scheme) << "the portal's answer was not read";
    EXPECT_EQ(*scheme, ColorScheme::PreferDark);
    EXPECT_TRUE(applyColorScheme(*qApp, scheme));
    Package package;
    package.product = QStringLiteral("Dark");
    package.version = QStringLiteral("1");
    PackageComponent component;
    component.id = QStringLiteral("app");
    package.components << component;
    SetupWizard::Options options;
    options.recoverEarlierSetups = false;
    SetupWizard wizard{package, options};
    wizard.show();
    QCoreApplication::processEvents();
    EXPECT_TRUE(isDark(wizard)) << describe(wizard.palette().color(QPalette::Window));
    // Setup's style (room beside the buttons' texts) on Fusion, which draws with the palette.
    const auto* proxy = qobject_cast<QProxyStyle*>(QApplication::style());
    ASSERT_NE(proxy, nullptr);
    EXPECT_EQ(proxy->baseStyle()->name().toLower().toStdString(), "fusion");
    const QImage shot = wizard.grab().toImage();
    EXPECT_LT(shot.pixelColor(shot.width() - 20, shot.height() / 2).lightness(), 100);
    wizard.hide();
}

// The user switches the desktop from light to dark and back while the wizard shows: the portal's
// SettingChanged reaches setup, and the wizard's window, text, buttons and pages follow at once;
// the header image stays legible on either ground.
TEST_F(ColorSchemeTest, TheWizardFollowsALiveSwitchToDarkAndBack) {
    const QDBusConnection bus = startPortal(2);
    ASSERT_TRUE(bus.isConnected());
    QObject* follower = followDesktopColorScheme(*qApp, bus);
    ASSERT_NE(follower, nullptr);
    const std::unique_ptr<QObject> stopFollowing{follower};
    Package package;
    package.product = QStringLiteral("Live");
    package.version = QStringLiteral("1");
    PackageComponent component;
    component.id = QStringLiteral("app");
    package.components << component;
    SetupWizard::Options options;
    options.recoverEarlierSetups = false;
    options.language = QStringLiteral("en");
    SetupWizard wizard{package, options};
    wizard.show();
    ASSERT_TRUE(waitFor([&] { return wizard.isVisible(); }));
    // A page with the header image (the welcome page has the side image).
    wizard.next();
    ASSERT_NE(wizard.currentId(), SetupWizard::WelcomePageId);
    QCoreApplication::processEvents();

    // What the user sees, read from the rendered window: the page's ground, the ground of the
    // buttons' row, a button's face, and the header image against the header's ground.
    struct Looks {
        QColor window, text, page, buttonRow, button, buttonText;
        int headerContrast = 0;
    };
    const auto look = [&wizard] {
        Looks seen;
        seen.window = wizard.palette().color(QPalette::Window);
        seen.text = wizard.palette().color(QPalette::WindowText);
        const QImage shot = wizard.grab().toImage();
        QWidget* page = wizard.currentPage();
        const QPoint pageAt = page->mapTo(&wizard, QPoint{page->width() - 10, page->height() - 10});
        seen.page = shot.pixelColor(pageAt);
        // Cancel: enabled on every page before the last.
        auto* cancel = wizard.button(QWizard::CancelButton);
        // The row's far end, where no button stands (Back, Next and Cancel are at the other).
        const QPoint rowEnd{10, cancel->mapTo(&wizard, QPoint{0, cancel->height() / 2}).y()};
        seen.buttonRow = shot.pixelColor(rowEnd);
        seen.button = shot.pixelColor(cancel->mapTo(&wizard, QPoint{6, cancel->height() / 2}));
        seen.buttonText = cancel->palette().color(QPalette::ButtonText);
        if (auto* header = wizard.findChild<QLabel*>(QStringLiteral("HeaderImage"));
            header != nullptr && header->isVisible()) {
            // How much of the image stands out from the header's ground just left of it (in
            // percent of its pixels, by more than 60 in lightness): an image drawn for one
            // ground only would melt into the other (0 %). Setup's own image is a dark tile with
            // a light outline and a bright parcel: most of it stands out on the light ground,
            // the outline and the parcel (8 %) on the dark one.
            const QRect box{header->mapTo(&wizard, QPoint{0, 0}), header->size()};
            const QColor ground = shot.pixelColor(box.left() - 4, box.center().y());
            int standing = 0;
            int count = 0;
            for (int y = box.top(); y <= box.bottom(); ++y) {
                for (int x = box.left(); x <= box.right(); ++x) {
                    standing +=
                        std::abs(shot.pixelColor(x, y).lightness() - ground.lightness()) > 60;
                    ++count;
                }
            }
            // Of the image's own area (the label may be larger than its pixmap).
            const QSizeF image = header->pixmap().deviceIndependentSize();
            const int area = qMin(count, static_cast<int>(image.width() * image.height()));
            seen.headerContrast = area <= 0 ? 0 : standing * 100 / area;
        }
        return seen;
    };
    const auto light = [](const Looks& seen) {
        return seen.window.lightness() > 160 && seen.text.lightness() < 100 &&
               seen.page.lightness() > 160 && seen.buttonRow.lightness() > 160 &&
               seen.button.lightness() > 160 && seen.buttonText.lightness() < 100;
    };
    const auto dark = [](const Looks& seen) {
        return seen.window.lightness() < 100 && seen.text.lightness() > 160 &&
               seen.page.lightness() < 100 && seen.buttonRow.lightness() < 100 &&
               seen.button.lightness() < 100 && seen.buttonText.lightness() > 160;
    };
    const auto print = [](const Looks& seen) {
        return "window " + describe(seen.window) + ", text " + describe(seen.text) + ", page " +
               describe(seen.page) + ", button row " + describe(seen.buttonRow) + ", button " +
               describe(seen.button) + ", button text " + describe(seen.buttonText) +
               ", header image standing out " + std::to_string(seen.headerContrast) + " %";
    };

    Looks seen = look();
    EXPECT_TRUE(light(seen)) << "before the switch: " << print(seen);
    EXPECT_GE(seen.headerContrast, 5) << print(seen);

    ASSERT_TRUE(m_portal->writeLine("1"));
    ASSERT_EQ(m_portal->readLine(20s).value_or("(nothing)"), "changed 1");
    EXPECT_TRUE(waitFor([&] { return dark(look()); }, 10s))
        << "after the switch to dark: " << print(look());
    seen = look();
    EXPECT_GE(seen.headerContrast, 5) << "the header image on the dark ground: " << print(seen);
    // What the portal answers now, as a wizard started after the switch reads it.
    EXPECT_EQ(readColorScheme(bus), ColorScheme::PreferDark);

    ASSERT_TRUE(m_portal->writeLine("2"));
    ASSERT_EQ(m_portal->readLine(20s).value_or("(nothing)"), "changed 2");
    EXPECT_TRUE(waitFor([&] { return light(look()); }, 10s))
        << "after the switch back to light: " << print(look());
    seen = look();
    EXPECT_GE(seen.headerContrast, 5) << "the header image on the light ground: " << print(seen);
    wizard.hide();
}

TEST_F(ColorSchemeTest, ALightPreferenceKeepsItLight) {
    const QDBusConnection bus = startPortal(2);
    const auto scheme = readColorScheme(bus);
    ASSERT_TRUE(scheme);
    EXPECT_EQ(*scheme, ColorScheme::PreferLight);
    EXPECT_FALSE(applyColorScheme(*qApp, scheme));
    QWidget widget;
    EXPECT_FALSE(isDark(widget));
    EXPECT_GT(widget.palette().color(QPalette::Window).lightness(), 160);
}

TEST_F(ColorSchemeTest, AnOlderPortalIsReadThroughRead) {
    const QDBusConnection bus = startPortal(1, true);
    const auto scheme = readColorScheme(bus);
    ASSERT_TRUE(scheme);
    EXPECT_EQ(*scheme, ColorScheme::PreferDark);
}

TEST_F(ColorSchemeTest, NoPortalNoPreference) {
    const QString name = QStringLiteral("brand24-no-portal");
    {
        const QDBusConnection bus =
            QDBusConnection::connectToBus(QString::fromStdString(m_bus.address()), name);
        ASSERT_TRUE(bus.isConnected());
        EXPECT_FALSE(readColorScheme(bus).has_value());
    }
    QDBusConnection::disconnectFromBus(name);
}

} // namespace
