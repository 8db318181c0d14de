// The one-file setup (.run): the real Demo-Notes-2.0.run the build makes (signed with the
// TEST-ONLY key of tests/keys), run through sh as a customer runs it, and the real minisign.
#include "core/minisign.h"
#include "core/setup_file.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

#include <array>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const std::string kBuild = RM_BUILD_DIR;
const std::string kSource = RM_SOURCE_DIR;
const std::string kDemo = kBuild + "/Demo-Notes-2.0.run";
const std::string kPublicKey = kSource + "/tests/keys/test-signing.pub";
const std::string kSecretKey = kSource + "/tests/keys/test-signing.key";

// Exit statuses as the shell sees them (Windows Installer codes modulo 256).
constexpr int kShellInvalid = 1620 % 256;  // 84
constexpr int kShellRejected = 1625 % 256; // 89
constexpr int kShellFailure = 1603 % 256;  // 67

std::string quote(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c == '\'' ? std::string{"'\\''"} : std::string{c};
    }
    return quoted + "'";
}

struct Outcome {
    int status = -1;
    std::string output; // stdout and stderr
};

Outcome shell(const std::string& script) {
    Outcome run;
    FILE* pipe = ::popen(("exec 2>&1; " + script).c_str(), "r");
    if (pipe == nullptr) {
        return run;
    }
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        run.output.append(buffer.data(), n);
    }
    const int status = ::pclose(pipe);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

std::string readFile(const std::string& path) {
    std::ifstream in{path, std::ios::binary};
    return std::string{std::istreambuf_iterator<char>{in}, {}};
}

void writeFile(const std::string& path, const std::string& data) {
    std::ofstream{path, std::ios::binary | std::ios::trunc} << data;
}

class SetupFileTest : public rmtest::StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        ASSERT_TRUE(fs::exists(kDemo)) << "the build makes " << kDemo;
        ASSERT_TRUE(rm::minisign::initialize());
        m_prefix = temp().file("prefix");
    }

    // The environment every run gets: the test's own store, no display, and the demo's menu
    // entry, icons and command below the test's folder (never the real /usr/local as root).
    [[nodiscard]] std::string environment() const {
        return "env -u DISPLAY -u WAYLAND_DISPLAY RESTARTMANAGER_STORE_DIR=" + quote(storeDir()) +
               " HOME=" + quote(temp().path()) +
               " RESTARTMANAGER_DESKTOP_PREFIX=" + quote(desktopPrefix()) + " ";
    }
    [[nodiscard]] std::string desktopPrefix() const { return temp().file("desktop"); }

    Outcome runSetup(const std::string& file, const std::string& arguments) {
        return shell(environment() + "sh " + quote(file) + " " + arguments);
    }

    Outcome installUnattended(const std::string& file, const std::string& extra = "") {
        return runSetup(file, "--unattended --dir " + quote(m_prefix) +
                                  " --no-close-applications --trusted-key " + quote(kPublicKey) +
                                  " " + extra);
    }

    // The parts of a setup file, from its trailer.
    static rm::setupfile::Trailer trailerOf(const std::string& file) {
        const std::string data = readFile(file);
        auto trailer = rm::setupfile::Trailer::parse(
            std::string_view{data}.substr(data.size() - rm::setupfile::kTrailerSize));
        EXPECT_TRUE(trailer.ok());
        return trailer.ok() ? *trailer : rm::setupfile::Trailer{};
    }

    // A copy of the demo with the byte at `offset` flipped.
    std::string tampered(std::uint64_t offset) {
        std::string data = readFile(kDemo);
        data[offset] = static_cast<char>(data[offset] ^ 0x20);
        const std::string path = temp().file("tampered.run");
        writeFile(path, data);
        return path;
    }

    [[nodiscard]] bool nothingInstalled() const { return !fs::exists(m_prefix); }

    [[nodiscard]] int scratchFolders() const {
        int count = 0;
        for (const auto& entry : fs::directory_iterator{storeDir()}) {
            if (entry.path().filename().string().starts_with("scratch-")) {
                ++count;
            }
        }
        return count;
    }

    std::string m_prefix;
};

TEST_F(SetupFileTest, VerifyInfoAndListOfTheSignedDemo) {
    const Outcome verify = runSetup(kDemo, "--verify --trusted-key " + quote(kPublicKey));
    EXPECT_EQ(verify.status, 0) << verify.output;
    EXPECT_NE(verify.output.find("intact; signature verified"), std::string::npos) << verify.output;
    const Outcome info = runSetup(kDemo, "--info");
    EXPECT_EQ(info.status, 0) << info.output;
    EXPECT_NE(info.output.find("product: Demo Notes"), std::string::npos) << info.output;
    EXPECT_NE(info.output.find("version: 2.0"), std::string::npos) << info.output;
    auto key = rm::minisign::parsePublicKey(readFile(kPublicKey));
    ASSERT_TRUE(key.ok());
    EXPECT_NE(info.output.find("signer key ID: " + key->id()), std::string::npos) << info.output;
    const Outcome list = runSetup(kDemo, "--list");
    EXPECT_EQ(list.status, 0) << list.output;
    EXPECT_NE(list.output.find("0755"), std::string::npos) << list.output;
    EXPECT_NE(list.output.find("payload/bin/demo-notes"), std::string::npos) << list.output;
    EXPECT_NE(list.output.find("manifest.json"), std::string::npos) << list.output;
    EXPECT_EQ(scratchFolders(), 0) << "the runtime's folder goes when setup ends";
}

TEST_F(SetupFileTest, ExtractWritesThePackageFolder) {
    const std::string target = temp().file("extracted");
    const Outcome run = runSetup(kDemo, "--extract " + quote(target));
    ASSERT_EQ(run.status, 0) << run.output;
    EXPECT_TRUE(fs::exists(target + "/manifest.json"));
    EXPECT_EQ(readFile(target + "/payload/share/demo-notes/version.txt").substr(0, 3), "2.0");
    EXPECT_NE(fs::status(target + "/payload/bin/demo-notes").permissions() & fs::perms::owner_exec,
              fs::perms::none);
}

TEST_F(SetupFileTest, UnattendedInstallFromTheSetupFile) {
    const Outcome run = installUnattended(kDemo);
    ASSERT_EQ(run.status, 0) << run.output;
    EXPECT_EQ(readFile(m_prefix + "/share/demo-notes/version.txt").substr(0, 3), "2.0");
    EXPECT_EQ(scratchFolders(), 0) << "neither the runtime nor the package copy stays";
    // The demo's command link went where this run's environment said.
    EXPECT_TRUE(fs::is_symlink(desktopPrefix() + "/bin/demo-notes"));
}

TEST_F(SetupFileTest, MinisignAcceptsOurSignature) {
    const auto trailer = trailerOf(kDemo);
    const std::string data = readFile(kDemo);
    const std::string index = data.substr(trailer.indexOffset, trailer.indexSize);
    const std::string signature = data.substr(trailer.signatureOffset, trailer.signatureSize);
    const auto separator = signature.find("\n--\n");
    ASSERT_NE(separator, std::string::npos);
    writeFile(temp().file("index"), index);
    writeFile(temp().file("index.minisig"), signature.substr(separator + 4));
    const Outcome run =
        shell("minisign -V -p " + quote(kPublicKey) + " -m " + quote(temp().file("index")) +
              " -x " + quote(temp().file("index.minisig")));
    EXPECT_EQ(run.status, 0) << run.output;
    EXPECT_NE(run.output.find("Signature and comment signature verified"), std::string::npos);
}

TEST_F(SetupFileTest, WeAcceptMinisignSignaturesBothAlgorithmsAndPasswordKeys) {
    const std::string dir = temp().path();
    // A key with a password (scrypt) and one without (-W).
    ASSERT_EQ(shell("cd " + quote(dir) +
                    " && printf 'secret\\nsecret\\n' | minisign -G -p p.pub "
                    "-s p.key && minisign -G -W -p w.pub -s w.key")
                  .status,
              0);
    writeFile(dir + "/message", "any message\n");
    for (const char* flags : {"-S", "-S -l"}) { // prehashed "ED", legacy "Ed"
        ASSERT_EQ(shell("cd " + quote(dir) + " && minisign " + flags +
                        " -s w.key -m message -x message.minisig -t 'a trusted comment'")
                      .status,
                  0);
        auto key = rm::minisign::parsePublicKey(readFile(dir + "/w.pub"));
        auto signature = rm::minisign::parseSignature(readFile(dir + "/message.minisig"));
        ASSERT_TRUE(key.ok() && signature.ok());
        EXPECT_EQ(signature->prehashed, std::string{flags} == "-S");
        EXPECT_TRUE(rm::minisign::verify(*key, *signature, "any message\n").ok()) << flags;
        EXPECT_FALSE(rm::minisign::verify(*key, *signature, "any message!\n").ok()) << flags;
        auto otherKey = rm::minisign::parsePublicKey(readFile(dir + "/p.pub"));
        EXPECT_FALSE(rm::minisign::verify(*otherKey, *signature, "any message\n").ok());
    }
    // Our signature with the password key, checked by minisign.
    auto secret = rm::minisign::parseSecretKey(readFile(dir + "/p.key"), "secret");
    ASSERT_TRUE(secret.ok()) << secret.error().message;
    EXPECT_FALSE(rm::minisign::parseSecretKey(readFile(dir + "/p.key"), "wrong").ok());
    writeFile(dir + "/message.minisig",
              rm::minisign::sign(*secret, "any message\n", "made here").toFileText());
    EXPECT_EQ(shell("cd " + quote(dir) + " && minisign -V -p p.pub -m message").status, 0);
}

TEST_F(SetupFileTest, PasswordKeySignsThroughTheBuilder) {
    const std::string dir = temp().path();
    ASSERT_EQ(
        shell("cd " + quote(dir) + " && printf 'pw1\\npw1\\n' | minisign -G -p p.pub -s p.key")
            .status,
        0);
    const std::string out = dir + "/Demo.run";
    const Outcome built =
        shell("printf 'pw1\\n' | " + quote(RM_SETUP_BUILDER) + " " + quote(RM_DEMO_PACKAGE_DIR) +
              " -o " + quote(out) + " --sign " + quote(dir + "/p.key"));
    ASSERT_EQ(built.status, 0) << built.output;
    EXPECT_EQ(runSetup(out, "--verify --trusted-key " + quote(dir + "/p.pub")).status, 0);
    const Outcome wrong =
        shell("printf 'nope\\n' | " + quote(RM_SETUP_BUILDER) + " " + quote(RM_DEMO_PACKAGE_DIR) +
              " -o " + quote(dir + "/Bad.run") + " --sign " + quote(dir + "/p.key"));
    EXPECT_NE(wrong.status, 0);
    EXPECT_FALSE(fs::exists(dir + "/Bad.run"));
}

// One flipped byte in each part: 1620, and nothing installed.
TEST_F(SetupFileTest, TamperingIsCaught) {
    const auto trailer = trailerOf(kDemo);
    const std::string data = readFile(kDemo);
    const std::string signature = data.substr(trailer.signatureOffset, trailer.signatureSize);
    // The signature's own line: the line after the minisig's "untrusted comment:".
    const auto minisig = signature.find("\n--\n");
    const auto signatureLine = signature.find('\n', signature.find("untrusted comment:", minisig));
    const struct {
        const char* part;
        std::uint64_t offset;
    } cases[] = {
        {"runtime", trailer.runtimeOffset + (trailer.packageOffset - trailer.runtimeOffset) / 2},
        {"package", trailer.packageOffset + 10},
        {"index", trailer.indexOffset + trailer.indexSize / 2},
        {"payload", trailer.payloadOffset + (trailer.indexOffset - trailer.payloadOffset) / 2},
        {"signature", trailer.signatureOffset + signatureLine + 20},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.part);
        const std::string file = tampered(c.offset);
        const Outcome verify = runSetup(file, "--verify --trusted-key " + quote(kPublicKey));
        EXPECT_EQ(verify.status, kShellInvalid) << verify.output;
        const Outcome install = installUnattended(file);
        EXPECT_EQ(install.status, kShellInvalid) << install.output;
        EXPECT_TRUE(nothingInstalled());
        EXPECT_EQ(scratchFolders(), 0);
    }
}

TEST_F(SetupFileTest, UntrustedKeyAndUnsignedAreRefusedUnattended) {
    // Signed, but by a key nobody trusts: the key inside the file does not make it trusted.
    Outcome run = runSetup(kDemo, "--unattended --dir " + quote(m_prefix));
    EXPECT_EQ(run.status, kShellRejected) << run.output;
    EXPECT_NE(run.output.find("publisher could not be verified"), std::string::npos);
    EXPECT_TRUE(nothingInstalled());
    EXPECT_EQ(runSetup(kDemo, "--verify").status, kShellInvalid);
    // Unsigned.
    const std::string unsigned_ = temp().file("Unsigned.run");
    const Outcome built = shell(quote(RM_SETUP_BUILDER) + " " + quote(RM_DEMO_PACKAGE_DIR) +
                                " -o " + quote(unsigned_));
    ASSERT_EQ(built.status, 0) << built.output;
    run = installUnattended(unsigned_);
    EXPECT_EQ(run.status, kShellRejected) << run.output;
    EXPECT_TRUE(nothingInstalled());
    const Outcome info = runSetup(unsigned_, "--info");
    EXPECT_NE(info.output.find("not verified (unsigned)"), std::string::npos) << info.output;
    // --allow-untrusted installs it.
    run = installUnattended(unsigned_, "--allow-untrusted");
    EXPECT_EQ(run.status, 0) << run.output;
    EXPECT_FALSE(nothingInstalled());
}

// The wizard (offscreen) of a file whose signer is not trusted starts on the publisher page.
TEST_F(SetupFileTest, UntrustedKeyShowsThePublisherPage) {
    const std::string log = temp().file("setup.log");
    auto key = rm::minisign::parsePublicKey(readFile(kPublicKey));
    ASSERT_TRUE(key.ok());
    auto wizard = rmtest::ChildProcess::spawn(
        {"/bin/sh", kDemo, "--print-startup-time", "--log", log, "--lang", "en"},
        {.environment = {{"QT_QPA_PLATFORM", "offscreen"},
                         {"RESTARTMANAGER_STORE_DIR", storeDir()},
                         {"RESTARTMANAGER_DESKTOP_PREFIX", desktopPrefix()},
                         {"HOME", temp().path()}},
         .unset = {"DISPLAY", "WAYLAND_DISPLAY"}});
    std::optional<std::string> line;
    while ((line = wizard.readLine()) && !line->starts_with("first page shown")) {
    }
    ASSERT_TRUE(line.has_value());
    ::usleep(300000);
    // The stub passes SIGTERM on: setup cancels, and every process and folder goes.
    wizard.kill(SIGTERM);
    EXPECT_NE(wizard.wait(), -1);
    const std::string text = readFile(log);
    EXPECT_NE(
        text.find("the publisher could not be verified (" + key->id() + "): the user is asked"),
        std::string::npos)
        << text;
    EXPECT_EQ(scratchFolders(), 0);
    EXPECT_TRUE(nothingInstalled());
}

TEST_F(SetupFileTest, RunsFromANoexecTmpfs) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "mounting a tmpfs needs root";
    }
    const std::string mountPoint = temp().file("noexec");
    fs::create_directories(mountPoint);
    ASSERT_EQ(
        ::mount("tmpfs", mountPoint.c_str(), "tmpfs", MS_NOEXEC | MS_NOSUID | MS_NODEV, "size=64m"),
        0);
    fs::copy_file(kDemo, mountPoint + "/Demo-Notes-2.0.run");
    const Outcome run = installUnattended(mountPoint + "/Demo-Notes-2.0.run");
    ::umount2(mountPoint.c_str(), MNT_DETACH);
    EXPECT_EQ(run.status, 0) << run.output;
    EXPECT_FALSE(nothingInstalled());
}

TEST_F(SetupFileTest, RunsFromAPathWithSpacesAndNonAsciiLetters) {
    const std::string folder = temp().file("Mein Ordner – Überall ünïcödé 設定");
    fs::create_directories(folder);
    const std::string file = folder + "/Demo Notes 2.0 (Ü).run";
    fs::copy_file(kDemo, file);
    fs::permissions(file, fs::perms::owner_all | fs::perms::group_read | fs::perms::others_read);
    // Started as ./file, not through sh.
    const Outcome run = shell("cd " + quote(folder) + " && " + environment() +
                              "'./Demo Notes 2.0 (Ü).run' --unattended --dir " + quote(m_prefix) +
                              " --trusted-key " + quote(kPublicKey));
    EXPECT_EQ(run.status, 0) << run.output;
    EXPECT_FALSE(nothingInstalled());
}

// A library the wizard needs is missing (an empty file bind-mounted over libQt6Widgets.so.6 in
// a private mount namespace): the packages to install are named, 1603; --unattended still works.
TEST_F(SetupFileTest, MissingLibrariesAreNamedAsPackages) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "a private mount namespace with a bind mount needs root";
    }
    const Outcome where = shell("ldd " + quote(RM_SETUP) +
                                " | sed -n 's/.*libQt6Widgets.so.6 => "
                                "\\([^ ]*\\).*/\\1/p'");
    const std::string widgets = where.output.substr(0, where.output.find('\n'));
    ASSERT_FALSE(widgets.empty()) << where.output;
    writeFile(temp().file("empty"), "");
    const auto inNamespace = [&](const std::string& arguments) {
        return shell("unshare -m --propagation private sh -c " +
                     quote("mount --bind " + quote(temp().file("empty")) + " " + quote(widgets) +
                           " && " + environment() + "LANG=de_DE.UTF-8 sh " + quote(kDemo) + " " +
                           arguments));
    };
    const Outcome wizard = inNamespace("--trusted-key " + quote(kPublicKey));
    EXPECT_EQ(wizard.status, kShellFailure) << wizard.output;
    EXPECT_NE(wizard.output.find("sudo apt install"), std::string::npos) << wizard.output;
    EXPECT_NE(wizard.output.find("libqt6widgets6"), std::string::npos) << wizard.output;
    EXPECT_NE(wizard.output.find("Installieren Sie sie mit"), std::string::npos) << wizard.output;
    EXPECT_EQ(wizard.output.find("error while loading shared libraries"), std::string::npos)
        << wizard.output;
    const Outcome unattended = inNamespace("--unattended --no-close-applications --dir " +
                                           quote(m_prefix) + " --trusted-key " + quote(kPublicKey));
    EXPECT_EQ(unattended.status, 0) << unattended.output;
    EXPECT_FALSE(nothingInstalled());
}

// Killed during the install: what it left in the store goes with the next run.
TEST_F(SetupFileTest, KilledSetupLeavesNothingTheNextRunKeeps) {
    // A first install makes the store's database; then the store's write lock is held, so that
    // the next setup waits inside its install (RmStartSession) until it is killed there.
    ASSERT_EQ(runSetup(kDemo, "--unattended --no-close-applications --dir " +
                                  quote(temp().file("first")) + " --trusted-key " +
                                  quote(kPublicKey))
                  .status,
              0);
    auto locker = rmtest::ChildProcess::spawn(
        {rmtest::helperPath("rm_test_store_locker"), storeDir() + "/sessions.db"});
    ASSERT_EQ(locker.readLine().value_or(""), "locked");
    const std::string script = "exec " + environment() +
                               "RESTARTMANAGER_LOCK_TIMEOUT_MS=60000 setsid sh " + quote(kDemo) +
                               " --unattended --no-close-applications --dir " + quote(m_prefix) +
                               " --trusted-key " + quote(kPublicKey) + " >/dev/null 2>&1";
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::execl("/bin/sh", "sh", "-c", script.c_str(), nullptr);
        ::_exit(127);
    }
    // Until the package has been unpacked (a package scratch folder beside the runtime's), and
    // a moment more for setup to start.
    for (int i = 0; i < 600 && scratchFolders() < 2; ++i) {
        ::usleep(50000);
    }
    EXPECT_EQ(scratchFolders(), 2);
    ::usleep(500000);
    ::kill(-child, SIGKILL); // the whole process group (setsid made the child its leader)
    ::waitpid(child, nullptr, 0);
    locker.closeStdin();
    locker.wait();
    EXPECT_EQ(scratchFolders(), 2) << "killed with -9, nobody removed them";
    const Outcome next = installUnattended(kDemo);
    EXPECT_EQ(next.status, 0) << next.output;
    EXPECT_EQ(scratchFolders(), 0) << "the next run removed what the killed one left";
    EXPECT_EQ(readFile(m_prefix + "/share/demo-notes/version.txt").substr(0, 3), "2.0");
}

} // namespace
