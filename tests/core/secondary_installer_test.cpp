// rm-secondary-installer as the wizard runs it: a real session started here as the primary, the
// stock secondary as a child process speaking docs/secondary-installer-protocol.md over its
// stdin and stdout, and the files it installs on disk.
#include "core/protocol_line.h"
#include "core/session.h"
#include "support/test_support.h"

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#ifndef RM_SECONDARY_INSTALLER
#error "tests/CMakeLists.txt passes the path of rm-secondary-installer"
#endif

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using rmtest::ChildProcess;

void writeFile(const std::string& path, const std::string& content, mode_t mode = 0644) {
    fs::create_directories(fs::path{path}.parent_path());
    {
        std::ofstream out{path, std::ios::binary | std::ios::trunc};
        out << content;
    }
    ::chmod(path.c_str(), mode);
}

mode_t modeOf(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

// Path -> content and mode (directories as "<dir>") of everything under `root`.
std::map<std::string, std::pair<std::string, mode_t>> snapshot(const std::string& root) {
    std::map<std::string, std::pair<std::string, mode_t>> entries;
    for (const auto& entry : fs::recursive_directory_iterator{root}) {
        const auto path = entry.path().string();
        entries[path] = {entry.is_directory() ? std::string{"<dir>"} : rmtest::readFile(path),
                         modeOf(path)};
    }
    return entries;
}

bool hasLeftovers(const std::string& root) {
    return std::any_of(fs::recursive_directory_iterator{root}, fs::recursive_directory_iterator{},
                       [](const fs::directory_entry& entry) {
                           const auto name = entry.path().filename().string();
                           return name.ends_with(".rm-new") || name.ends_with(".rm-old");
                       });
}

std::size_t members() {
    auto sessions = rm::listSessions();
    return sessions && sessions->size() == 1 ? sessions->front().members : 0;
}

class SecondaryInstallerTest : public rmtest::StoreTest {
protected:
    void SetUp() override {
        rmtest::StoreTest::SetUp();
        writeFile(source("app"), "new app\n", 0755);
        writeFile(source("plugin.so"), "new plugin\n", 0644);
        writeFile(source("README"), "new readme\n", 0600);
        writeFile(target("bin/app"), "old app\n", 0755);
        writeFile(target("lib/plugin.so"), "old plugin\n", 0644);
        auto started = rm::Session::start();
        ASSERT_TRUE(started) << started.error().message;
        m_primary.emplace(std::move(*started));
    }

    void TearDown() override {
        m_primary.reset();
        rmtest::StoreTest::TearDown();
    }

    [[nodiscard]] std::string source(const std::string& name) const {
        return m_files.file("source/" + name);
    }
    [[nodiscard]] std::string target(const std::string& name) const {
        return m_files.file("target/" + name);
    }
    [[nodiscard]] std::string targetRoot() const { return m_files.file("target"); }
    [[nodiscard]] std::vector<std::string> targets() const {
        return {target("bin/app"), target("lib/plugin.so"), target("share/doc/README")};
    }

    // Starts the secondary and hands it the key, the way the wizard does.
    ChildProcess spawn(const rmtest::SpawnOptions& options = {}) {
        auto child = ChildProcess::spawn({RM_SECONDARY_INSTALLER}, options);
        EXPECT_TRUE(child.writeLine("key\t" + m_primary->key()));
        EXPECT_TRUE(child.writeLine("component\tcore"));
        EXPECT_EQ(child.readLine(30s).value_or("<no answer>"), "joined\t3");
        return child;
    }

    void sendFiles(ChildProcess& child) {
        EXPECT_TRUE(child.writeLine("root\t" + targetRoot()));
        EXPECT_TRUE(child.writeLine("file\t" + source("app") + "\tbin/app"));
        EXPECT_TRUE(child.writeLine("file\t" + source("plugin.so") + "\tlib/plugin.so"));
        EXPECT_TRUE(child.writeLine("file\t" + source("README") + "\tshare/doc/README"));
    }

    // Sends a command; returns its final answer and collects the progress lines before it.
    static std::string ask(ChildProcess& child, const std::string& command,
                           std::vector<unsigned>* progress = nullptr) {
        if (!child.writeLine(command)) {
            return "<could not write " + command + ">";
        }
        for (;;) {
            auto line = child.readLine(30s);
            if (!line) {
                return "<no answer to " + command + ">";
            }
            if (!line->starts_with("progress\t")) {
                return *line;
            }
            if (progress != nullptr) {
                progress->push_back(static_cast<unsigned>(std::stoul(line->substr(9))));
            }
        }
    }

    void expectInstalled() const {
        EXPECT_EQ(rmtest::readFile(target("bin/app")), "new app\n");
        EXPECT_EQ(rmtest::readFile(target("lib/plugin.so")), "new plugin\n");
        EXPECT_EQ(rmtest::readFile(target("share/doc/README")), "new readme\n");
        EXPECT_EQ(modeOf(target("bin/app")), 0755U);
        // 0600 in the payload: installed files are 0755 or 0644, nothing else.
        EXPECT_EQ(modeOf(target("share/doc/README")), 0644U);
    }

    rmtest::TempDir m_files{"rmsecondary"};
    std::optional<rm::Session> m_primary;
};

TEST_F(SecondaryInstallerTest, RegistersAppliesCommitsAndLeaves) {
    auto child = spawn();
    EXPECT_EQ(members(), 2U);
    sendFiles(child);
    ASSERT_EQ(ask(child, "register"), "registered\t3");

    auto registered = m_primary->registeredResources();
    ASSERT_TRUE(registered) << registered.error().message;
    for (const auto& path : targets()) {
        EXPECT_NE(std::find(registered->files.begin(), registered->files.end(), path),
                  registered->files.end())
            << path << " is not registered";
    }

    std::vector<unsigned> progress;
    ASSERT_EQ(ask(child, "apply", &progress), "applied");
    ASSERT_FALSE(progress.empty());
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_EQ(progress.back(), 100U);
    expectInstalled();

    // Protocol 3: the first phase keeps the originals, so that another component's failure
    // can still put this one back; leaving the session keeps them too.
    EXPECT_EQ(ask(child, "commit"), "committed");
    EXPECT_TRUE(hasLeftovers(targetRoot()));
    EXPECT_EQ(ask(child, "end"), "ended");
    EXPECT_EQ(members(), 1U);
    EXPECT_TRUE(hasLeftovers(targetRoot()));
    // The primary's last word, the end of its input, makes the files final.
    child.closeStdin();
    EXPECT_EQ(child.wait(), 0);
    EXPECT_FALSE(hasLeftovers(targetRoot()));
    expectInstalled();
}

// Another component failed after this one committed (or left the session): rollback still
// puts everything back, since the originals were kept.
TEST_F(SecondaryInstallerTest, RollbackAfterCommitAndEndPutsTheOriginalsBack) {
    const auto before = snapshot(targetRoot());
    for (const bool afterEnd : {false, true}) {
        SCOPED_TRACE(afterEnd ? "after end" : "after commit");
        auto child = spawn();
        sendFiles(child);
        ASSERT_EQ(ask(child, "register"), "registered\t3");
        ASSERT_EQ(ask(child, "apply"), "applied");
        ASSERT_EQ(ask(child, "commit"), "committed");
        if (afterEnd) {
            ASSERT_EQ(ask(child, "end"), "ended");
            EXPECT_TRUE(ask(child, "apply").starts_with("error\t87\t"))
                << "only rollback or the end of input may follow";
        }
        EXPECT_EQ(ask(child, "rollback"), "rolledback");
        EXPECT_EQ(snapshot(targetRoot()), before);
        EXPECT_EQ(ask(child, "end"), "ended");
        EXPECT_EQ(child.wait(), 0);
        EXPECT_EQ(snapshot(targetRoot()), before);
        EXPECT_FALSE(hasLeftovers(targetRoot()));
    }
}

// A primary that dies after `commit` but before `end` (other components may not have
// confirmed): the end of input then rolls back, as before a commit.
TEST_F(SecondaryInstallerTest, EndOfInputAfterCommitWithoutEndRollsBack) {
    const auto before = snapshot(targetRoot());
    auto child = spawn();
    sendFiles(child);
    ASSERT_EQ(ask(child, "apply"), "applied");
    ASSERT_EQ(ask(child, "commit"), "committed");
    child.closeStdin();
    EXPECT_EQ(child.wait(), 1);
    EXPECT_EQ(snapshot(targetRoot()), before);
    EXPECT_FALSE(hasLeftovers(targetRoot()));
}

// A primary of protocol 2 ignores the level in `joined`, sends commit and end and closes the
// pipe: the files end up final all the same.
TEST_F(SecondaryInstallerTest, APrimaryOfProtocol2GetsItsFilesInstalled) {
    auto child = spawn();
    sendFiles(child);
    ASSERT_EQ(ask(child, "register"), "registered\t3");
    ASSERT_EQ(ask(child, "apply"), "applied");
    ASSERT_EQ(ask(child, "commit"), "committed");
    ASSERT_EQ(ask(child, "end"), "ended");
    child.closeStdin();
    EXPECT_EQ(child.wait(), 0);
    EXPECT_FALSE(hasLeftovers(targetRoot()));
    expectInstalled();
}

// Payload modes are never installed as they are: root would otherwise install a setuid program
// that anybody may change. A mode from the manifest comes as a fourth field.
TEST_F(SecondaryInstallerTest, InstalledModesAre0755Or0644WhateverThePayloadSays) {
    const std::vector<std::pair<mode_t, mode_t>> modes{{04777, 0755}, {0777, 0755},  {0666, 0644},
                                                       {02755, 0755}, {01777, 0755}, {0700, 0755}};
    auto child = spawn();
    ASSERT_TRUE(child.writeLine("root\t" + targetRoot()));
    for (const auto& [payload, installed] : modes) {
        const auto name = "mode-" + std::to_string(payload);
        writeFile(source(name), "x\n", payload);
        ASSERT_EQ(modeOf(source(name)), payload) << "the payload could not be given its mode";
        ASSERT_TRUE(child.writeLine("file\t" + source(name) + "\tbin/" + name));
    }
    ASSERT_TRUE(child.writeLine("file\t" + source("app") + "\tbin/app-as-data\t0644"));
    ASSERT_TRUE(child.writeLine("file\t" + source("README") + "\tshare/doc/tool\t0755"));
    ASSERT_EQ(ask(child, "apply"), "applied");
    for (const auto& [payload, installed] : modes) {
        const auto name = "mode-" + std::to_string(payload);
        EXPECT_EQ(modeOf(target("bin/" + name)), installed) << std::oct << payload;
    }
    EXPECT_EQ(modeOf(target("bin/app-as-data")), 0644U);
    EXPECT_EQ(modeOf(target("share/doc/tool")), 0755U);
    EXPECT_EQ(modeOf(target("share/doc")), 0755U) << "a folder setup made";
    ASSERT_EQ(ask(child, "rollback"), "rolledback");
    EXPECT_EQ(ask(child, "end"), "ended");
    EXPECT_EQ(child.wait(), 0);
}

TEST_F(SecondaryInstallerTest, AFileModeOutsideTheLimitsIsRefused) {
    const auto before = snapshot(targetRoot());
    for (const char* bad : {"4755", "0777", "0666", "755x", "0600"}) {
        auto child = spawn();
        ASSERT_TRUE(child.writeLine("root\t" + targetRoot()));
        ASSERT_TRUE(child.writeLine("file\t" + source("app") + "\tbin/app\t" + bad));
        const auto answer = ask(child, "apply");
        EXPECT_TRUE(answer.starts_with("error\t160\t")) << bad << ": " << answer;
        EXPECT_EQ(ask(child, "end"), "ended");
        EXPECT_EQ(child.wait(), 0);
    }
    EXPECT_EQ(snapshot(targetRoot()), before);
}

TEST_F(SecondaryInstallerTest, RollbackPutsTheOriginalsBack) {
    const auto before = snapshot(targetRoot());
    auto child = spawn();
    sendFiles(child);
    ASSERT_EQ(ask(child, "register"), "registered\t3");
    ASSERT_EQ(ask(child, "apply"), "applied");
    expectInstalled();

    std::vector<unsigned> progress;
    EXPECT_EQ(ask(child, "rollback", &progress), "rolledback");
    ASSERT_FALSE(progress.empty());
    EXPECT_EQ(progress.back(), 100U);
    EXPECT_EQ(snapshot(targetRoot()), before);
    EXPECT_FALSE(hasLeftovers(targetRoot()));
    // Nothing is applied any more: ending now leaves the originals alone.
    EXPECT_EQ(ask(child, "end"), "ended");
    EXPECT_EQ(child.wait(), 0);
    EXPECT_EQ(snapshot(targetRoot()), before);
}

TEST_F(SecondaryInstallerTest, AWrongKeyIsRefused) {
    auto child = ChildProcess::spawn({RM_SECONDARY_INSTALLER});
    ASSERT_TRUE(child.writeLine("key\t" + std::string(32, '0')));
    const auto answer = child.readLine(30s).value_or("<no answer>");
    EXPECT_TRUE(answer.starts_with("error\t1219\t")) << answer;
    EXPECT_EQ(members(), 1U);
    // Without a session nothing may be registered or installed.
    sendFiles(child);
    EXPECT_TRUE(ask(child, "register").starts_with("error\t6\t"));
    EXPECT_TRUE(ask(child, "apply").starts_with("error\t6\t"));
    EXPECT_EQ(rmtest::readFile(target("bin/app")), "old app\n");
    child.closeStdin();
    EXPECT_EQ(child.wait(), 1);
}

TEST_F(SecondaryInstallerTest, AnInjectedWriteFaultChangesNothingOnDisk) {
    const auto before = snapshot(targetRoot());
    rmtest::SpawnOptions options;
    options.environment = {{"RM_SECONDARY_FAIL_AFTER", "1"}};
    auto child = spawn(options);
    sendFiles(child);
    ASSERT_EQ(ask(child, "register"), "registered\t3");
    const auto answer = ask(child, "apply");
    EXPECT_TRUE(answer.starts_with("error\t29\t")) << answer;
    EXPECT_EQ(snapshot(targetRoot()), before);
    EXPECT_FALSE(hasLeftovers(targetRoot()));

    // The wizard answers a failure with rollback; there is nothing left to undo.
    EXPECT_EQ(ask(child, "rollback"), "rolledback");
    EXPECT_EQ(ask(child, "end"), "ended");
    EXPECT_EQ(child.wait(), 0);
    EXPECT_EQ(snapshot(targetRoot()), before);
}

TEST_F(SecondaryInstallerTest, EndOfInputWithoutCommitRollsBack) {
    const auto before = snapshot(targetRoot());
    auto child = spawn();
    sendFiles(child);
    ASSERT_EQ(ask(child, "apply"), "applied");
    expectInstalled();
    child.closeStdin();
    EXPECT_EQ(child.wait(), 1);
    EXPECT_EQ(snapshot(targetRoot()), before);
    EXPECT_FALSE(hasLeftovers(targetRoot()));
    EXPECT_EQ(members(), 1U) << "the secondary must leave the session";
}

TEST_F(SecondaryInstallerTest, SigtermWithoutCommitRollsBack) {
    const auto before = snapshot(targetRoot());
    auto child = spawn();
    sendFiles(child);
    ASSERT_EQ(ask(child, "apply"), "applied");
    child.kill(SIGTERM);
    EXPECT_EQ(child.wait(), 1);
    EXPECT_EQ(snapshot(targetRoot()), before);
    EXPECT_EQ(members(), 1U);
}

TEST_F(SecondaryInstallerTest, ABadFileLineIsReportedByTheNextAnswer) {
    auto child = spawn();
    ASSERT_TRUE(child.writeLine("root\t" + targetRoot()));
    ASSERT_TRUE(child.writeLine("file\trelative/source\tx"));
    ASSERT_TRUE(child.writeLine("file\tno-target"));
    const auto answer = ask(child, "register");
    EXPECT_TRUE(answer.starts_with("error\t160\t")) << answer;
    EXPECT_TRUE(ask(child, "frobnicate").starts_with("error\t160\t"));
    EXPECT_EQ(ask(child, "end"), "ended");
    EXPECT_EQ(child.wait(), 0);
}

TEST_F(SecondaryInstallerTest, AnAbsoluteOrEscapingTargetIsRefused) {
    const auto before = snapshot(targetRoot());
    for (const auto& bad :
         {target("bin/app"), std::string{"../outside"}, std::string{"bin/app.rm-old"}}) {
        auto child = spawn();
        ASSERT_TRUE(child.writeLine("root\t" + targetRoot()));
        ASSERT_TRUE(child.writeLine("file\t" + source("app") + "\t" + bad));
        const auto answer = ask(child, "apply");
        EXPECT_TRUE(answer.starts_with("error\t160\t")) << bad << ": " << answer;
        EXPECT_EQ(ask(child, "end"), "ended");
        EXPECT_EQ(child.wait(), 0);
    }
    EXPECT_EQ(snapshot(targetRoot()), before);
}

TEST_F(SecondaryInstallerTest, FilesWithoutARootLineAreRefused) {
    const auto before = snapshot(targetRoot());
    auto child = spawn();
    ASSERT_TRUE(child.writeLine("file\t" + source("app") + "\tbin/app"));
    const auto answer = ask(child, "apply");
    EXPECT_TRUE(answer.starts_with("error\t160\t")) << answer;
    EXPECT_EQ(ask(child, "end"), "ended");
    EXPECT_EQ(child.wait(), 0);
    EXPECT_EQ(snapshot(targetRoot()), before);
}

TEST_F(SecondaryInstallerTest, TheKeyIsNeitherOnTheCommandLineNorInTheEnvironment) {
    auto child = spawn();
    const auto proc = "/proc/" + std::to_string(child.pid());
    const auto cmdline = rmtest::readFile(proc + "/cmdline");
    ASSERT_FALSE(cmdline.empty());
    EXPECT_EQ(cmdline.find(m_primary->key()), std::string::npos);
    EXPECT_EQ(rmtest::readFile(proc + "/environ").find(m_primary->key()), std::string::npos);
    EXPECT_EQ(ask(child, "end"), "ended");
    EXPECT_EQ(child.wait(), 0);
}

} // namespace

namespace {

// Issue 8's protocol injection: a manifest target "bin/f\nfile\t<pkg>/payload/f\t/ANY/PATH"
// used to reach the stock secondary as two lines, the second one a forged file to write
// anywhere. Escaped, it arrives as one field, which is then refused as a target with a line end.
TEST_F(SecondaryInstallerTest, ATargetHoldingALineEndCannotForgeAFileLine) {
    const std::string elsewhere = m_files.file("ANY/PATH");
    const auto before = snapshot(m_files.path());
    auto child = spawn();
    ASSERT_TRUE(child.writeLine("root\t" + targetRoot()));
    const std::string forged = "bin/f\nfile\t" + source("app") + "\t" + elsewhere;
    ASSERT_TRUE(child.writeLine(rm::protocol::formatLine({"file", source("app"), forged})));
    const auto answer = ask(child, "apply");
    EXPECT_TRUE(answer.starts_with("error\t160\t")) << answer;
    auto fields = rm::protocol::parseLine(answer);
    ASSERT_TRUE(fields) << "the error line itself is well formed";
    EXPECT_EQ(fields->size(), 3U) << "the message stays one field";
    EXPECT_EQ(ask(child, "end"), "ended");
    EXPECT_EQ(child.wait(), 0);
    EXPECT_FALSE(fs::exists(elsewhere));
    EXPECT_EQ(snapshot(m_files.path()), before);
}

// A primary that forgot to escape (a raw control byte in a field) gets the whole line refused:
// it is never half obeyed.
TEST_F(SecondaryInstallerTest, ALineWithARawControlByteIsRefusedWhole) {
    const auto before = snapshot(m_files.path());
    auto child = spawn();
    ASSERT_TRUE(child.writeLine("root\t" + targetRoot()));
    ASSERT_TRUE(child.writeLine("file\t" + source("app") + "\tbin/x\x1b[2J"));
    const auto answer = ask(child, "apply");
    EXPECT_TRUE(answer.starts_with("error\t160\t")) << answer;
    EXPECT_NE(answer.find("raw control character"), std::string::npos) << answer;
    EXPECT_EQ(ask(child, "end"), "ended");
    EXPECT_EQ(child.wait(), 0);
    EXPECT_EQ(snapshot(m_files.path()), before);
}

// An escaped target with a NUL would cut the path short; the reader refuses \x00 outright.
TEST_F(SecondaryInstallerTest, AnEscapedNulIsRefused) {
    auto child = spawn();
    ASSERT_TRUE(child.writeLine("root\t" + targetRoot()));
    ASSERT_TRUE(child.writeLine("file\t" + source("app") + "\tbin/app\\x00.evil"));
    const auto answer = ask(child, "apply");
    EXPECT_TRUE(answer.starts_with("error\t160\t")) << answer;
    EXPECT_NE(answer.find("NUL"), std::string::npos) << answer;
    EXPECT_EQ(ask(child, "end"), "ended");
    EXPECT_EQ(child.wait(), 0);
    EXPECT_EQ(rmtest::readFile(target("bin/app")), "old app\n");
}

} // namespace
