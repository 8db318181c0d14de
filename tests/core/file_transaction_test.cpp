// rm::FileTransaction on real files: apply/commit, apply/rollback, failures midway, files held
// open by running programs, and the .rm-new/.rm-old siblings it must never leave behind.
#include "core/file_transaction.h"
#include "support/test_support.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <grp.h>
#include <map>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;
using rm::FileCopy;
using rm::FileTransaction;

void writeFile(const std::string& path, const std::string& content, mode_t mode = 0644) {
    fs::create_directories(fs::path{path}.parent_path());
    {
        std::ofstream out{path, std::ios::binary | std::ios::trunc};
        out << content;
        ASSERT_TRUE(out.good()) << path;
    }
    ASSERT_EQ(::chmod(path.c_str(), mode), 0) << path;
}

mode_t modeOf(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

ino_t inodeOf(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? st.st_ino : 0;
}

bool exists(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

// Every byte that is not 0..255 in order would show a text-mode or truncation bug.
std::string allBytes() {
    std::string bytes;
    for (int i = 0; i < 256 * 64; ++i) {
        bytes.push_back(static_cast<char>(i % 256));
    }
    return bytes;
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

std::vector<std::string> leftovers(const std::string& root) {
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator{root}) {
        const auto name = entry.path().filename().string();
        if (name.ends_with(".rm-new") || name.ends_with(".rm-old")) {
            found.push_back(entry.path().string());
        }
    }
    return found;
}

class FileTransactionTest : public ::testing::Test {
protected:
    void SetUp() override {
        writeFile(source("app"), "new app\n", 0755);
        writeFile(source("data.bin"), allBytes(), 0640);
        writeFile(source("config"), "new config\n", 0600);
        writeFile(target("bin/app"), "old app\n", 0755);
        writeFile(target("share/config"), "old config\n", 0644);
    }

    [[nodiscard]] std::string source(const std::string& name) const {
        return m_dir.file("source/" + name);
    }
    [[nodiscard]] std::string target(const std::string& name) const {
        return m_dir.file("target/" + name);
    }
    [[nodiscard]] std::string targetRoot() const { return m_dir.file("target"); }

    // Replaces one existing file, adds one in a directory that does not exist yet, replaces a
    // second one.
    [[nodiscard]] std::vector<FileCopy> threeFiles() const {
        return {{source("app"), "bin/app"},
                {source("data.bin"), "lib/deep/er/data.bin"},
                {source("config"), "share/config"}};
    }

    rmtest::TempDir m_dir{"rmfiletx"};
};

TEST_F(FileTransactionTest, ApplyAndCommitInstallContentsAndModes) {
    FileTransaction transaction{targetRoot(), threeFiles()};
    std::vector<unsigned> progress;
    const auto applied = transaction.apply([&](unsigned p) { progress.push_back(p); });
    ASSERT_TRUE(applied) << applied.error().message;

    EXPECT_EQ(rmtest::readFile(target("bin/app")), "new app\n");
    EXPECT_EQ(rmtest::readFile(target("lib/deep/er/data.bin")), allBytes());
    EXPECT_EQ(rmtest::readFile(target("share/config")), "new config\n");
    // Installed files get 0755 or 0644, never the payload's own bits (0640 and 0600 here).
    EXPECT_EQ(modeOf(target("bin/app")), 0755U);
    EXPECT_EQ(modeOf(target("lib/deep/er/data.bin")), 0644U);
    EXPECT_EQ(modeOf(target("share/config")), 0644U);
    // Until commit the originals wait beside their targets.
    EXPECT_EQ(rmtest::readFile(target("bin/app.rm-old")), "old app\n");
    EXPECT_EQ(rmtest::readFile(target("share/config.rm-old")), "old config\n");
    EXPECT_FALSE(exists(target("lib/deep/er/data.bin.rm-old")));
    EXPECT_TRUE(transaction.hasChanges());

    ASSERT_FALSE(progress.empty());
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_EQ(progress.back(), 100U);

    const auto committed = transaction.commit();
    ASSERT_TRUE(committed) << committed.error().message;
    EXPECT_TRUE(transaction.isCommitted());
    EXPECT_EQ(rmtest::readFile(target("bin/app")), "new app\n");
    EXPECT_EQ(rmtest::readFile(target("lib/deep/er/data.bin")), allBytes());
    EXPECT_EQ(rmtest::readFile(target("share/config")), "new config\n");
    EXPECT_EQ(leftovers(targetRoot()), std::vector<std::string>{});
    // A second commit has nothing left to do.
    EXPECT_TRUE(transaction.commit());
}

TEST_F(FileTransactionTest, RollbackRestoresByteIdenticalOriginalsAndRemovesWhatWasAdded) {
    writeFile(target("bin/app"), allBytes(), 0700);
    const auto before = snapshot(targetRoot());
    const ino_t originalInode = inodeOf(target("bin/app"));

    FileTransaction transaction{targetRoot(), threeFiles()};
    ASSERT_TRUE(transaction.apply());
    EXPECT_TRUE(fs::is_directory(target("lib/deep/er")));

    std::vector<unsigned> progress;
    const auto undone = transaction.rollback([&](unsigned p) { progress.push_back(p); });
    ASSERT_TRUE(undone) << undone.error().message;

    EXPECT_EQ(snapshot(targetRoot()), before);
    EXPECT_EQ(rmtest::readFile(target("bin/app")), allBytes());
    EXPECT_EQ(modeOf(target("bin/app")), 0700U);
    // The very same file is back, not a copy of it.
    EXPECT_EQ(inodeOf(target("bin/app")), originalInode);
    EXPECT_FALSE(exists(target("lib"))) << "created directories must go";
    EXPECT_EQ(leftovers(targetRoot()), std::vector<std::string>{});
    EXPECT_FALSE(transaction.hasChanges());
    ASSERT_FALSE(progress.empty());
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_EQ(progress.back(), 100U);
}

TEST_F(FileTransactionTest, AFailureInTheMiddleRollsBackEverything) {
    // The third file's directory would have to be created inside a regular file.
    writeFile(target("blocker"), "I am a file\n");
    const auto before = snapshot(targetRoot());
    auto files = threeFiles();
    files.insert(files.begin() + 2, FileCopy{source("config"), "blocker/sub/config"});

    FileTransaction transaction{targetRoot(), files};
    const auto applied = transaction.apply();
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.code(), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_NE(applied.error().message.find(target("blocker")), std::string::npos)
        << applied.error().message;
    EXPECT_NE(applied.error().message.find("Not a directory"), std::string::npos)
        << applied.error().message;

    EXPECT_EQ(snapshot(targetRoot()), before);
    EXPECT_EQ(leftovers(targetRoot()), std::vector<std::string>{});
    EXPECT_FALSE(transaction.hasChanges());
    // Nothing to undo any more, and nothing to commit.
    EXPECT_TRUE(transaction.rollback());
    EXPECT_EQ(transaction.commit().code(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
}

TEST_F(FileTransactionTest, ASourceThatVanishesMidwayRollsBackEverything) {
    const auto before = snapshot(targetRoot());
    FileTransaction transaction{targetRoot(), threeFiles()};
    // After the first file, the second one's source disappears (a removed medium, say).
    const auto applied = transaction.apply([&](unsigned percent) {
        if (percent > 0 && percent < 50) {
            fs::remove(source("data.bin"));
        }
    });
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.code(), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_NE(applied.error().message.find(source("data.bin")), std::string::npos)
        << applied.error().message;
    EXPECT_EQ(snapshot(targetRoot()), before);
    EXPECT_EQ(leftovers(targetRoot()), std::vector<std::string>{});
}

TEST_F(FileTransactionTest, BadListsAreRefusedBeforeAnythingIsTouched) {
    const auto before = snapshot(targetRoot());
    const auto expectBadArguments = [&](std::vector<FileCopy> files, const char* why) {
        FileTransaction transaction{targetRoot(), std::move(files)};
        const auto applied = transaction.apply();
        EXPECT_EQ(applied.code(), static_cast<DWORD>(ERROR_BAD_ARGUMENTS)) << why;
        EXPECT_EQ(snapshot(targetRoot()), before) << why;
    };
    auto files = threeFiles();
    files.push_back({source("app"), target("absolute/target")});
    expectBadArguments(files, "absolute target");
    files = threeFiles();
    files.push_back({"source/app", "x"});
    expectBadArguments(files, "relative source");
    files = threeFiles();
    files.push_back({source("missing"), "new/missing"});
    expectBadArguments(files, "missing source");
    files = threeFiles();
    files.push_back({source("config"), "share/config"});
    expectBadArguments(files, "target listed twice");
    files = threeFiles();
    files.push_back({source("config"), "share/./config"});
    expectBadArguments(files, "a \".\" component");
    files = threeFiles();
    files.push_back({source("config"), "share/../share/other"});
    expectBadArguments(files, "a \"..\" component");
    files = threeFiles();
    files.push_back({source(""), "dir-source"});
    expectBadArguments(files, "source is a directory");
    // The root itself must be absolute.
    FileTransaction relativeRoot{"relative/root", threeFiles()};
    EXPECT_EQ(relativeRoot.apply().code(), static_cast<DWORD>(ERROR_BAD_ARGUMENTS));
    EXPECT_EQ(snapshot(targetRoot()), before);
}

TEST_F(FileTransactionTest, ARunningProgramKeepsReadingTheOldFile) {
    const std::string path = target("bin/app");
    // The shell opens the file, says so, waits for a line, then prints what its descriptor
    // reads: the file as it was when opened, if the installer replaced it by rename.
    auto holder = rmtest::ChildProcess::spawn(
        {"/bin/sh", "-c", "exec 3<\"$0\"; echo ready; read line; cat <&3", path});
    ASSERT_EQ(holder.readLine().value_or("<none>"), "ready");

    FileTransaction transaction{targetRoot(), threeFiles()};
    ASSERT_TRUE(transaction.apply());
    ASSERT_TRUE(transaction.commit());
    EXPECT_EQ(rmtest::readFile(path), "new app\n");

    ASSERT_TRUE(holder.writeLine("go"));
    holder.closeStdin();
    EXPECT_EQ(holder.readAll(), "old app\n");
    EXPECT_EQ(holder.wait(), 0);
    EXPECT_EQ(leftovers(targetRoot()), std::vector<std::string>{});
}

TEST_F(FileTransactionTest, ASecondRollbackIsHarmless) {
    const auto before = snapshot(targetRoot());
    FileTransaction transaction{targetRoot(), threeFiles()};
    EXPECT_TRUE(transaction.rollback()) << "rollback before apply does nothing";
    ASSERT_TRUE(transaction.apply());
    ASSERT_TRUE(transaction.rollback());
    const auto again = transaction.rollback();
    EXPECT_TRUE(again) << again.error().message;
    EXPECT_EQ(snapshot(targetRoot()), before);
    EXPECT_EQ(leftovers(targetRoot()), std::vector<std::string>{});

    // After a rollback the transaction can be applied again.
    ASSERT_TRUE(transaction.apply());
    EXPECT_EQ(rmtest::readFile(target("bin/app")), "new app\n");
    ASSERT_TRUE(transaction.commit());
    EXPECT_EQ(leftovers(targetRoot()), std::vector<std::string>{});
}

TEST_F(FileTransactionTest, RollbackAfterCommitAndApplyTwiceAreErrors) {
    FileTransaction transaction{targetRoot(), threeFiles()};
    EXPECT_EQ(transaction.commit().code(), static_cast<DWORD>(ERROR_INVALID_PARAMETER))
        << "nothing applied yet";
    ASSERT_TRUE(transaction.apply());
    EXPECT_EQ(transaction.apply().code(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    ASSERT_TRUE(transaction.commit());
    EXPECT_EQ(transaction.rollback().code(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(transaction.apply().code(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(rmtest::readFile(target("bin/app")), "new app\n");
    EXPECT_EQ(leftovers(targetRoot()), std::vector<std::string>{});
}

TEST_F(FileTransactionTest, AnOldCopyLeftByAnInterruptedInstallationIsNeverOverwritten) {
    // An earlier run died after keeping the original: that copy may be all that is left of it.
    writeFile(target("share/config.rm-old"), "the real original\n");
    const auto before = snapshot(targetRoot());
    FileTransaction transaction{targetRoot(), threeFiles()};
    const auto applied = transaction.apply();
    EXPECT_EQ(applied.code(), static_cast<DWORD>(ERROR_WRITE_FAULT));
    EXPECT_EQ(snapshot(targetRoot()), before);
}

TEST_F(FileTransactionTest, ANewCopyLeftByAnInterruptedInstallationIsReplaced) {
    writeFile(target("bin/app.rm-new"), "half a copy", 0600);
    FileTransaction transaction{targetRoot(), threeFiles()};
    ASSERT_TRUE(transaction.apply());
    EXPECT_EQ(rmtest::readFile(target("bin/app")), "new app\n");
    ASSERT_TRUE(transaction.commit());
    EXPECT_EQ(leftovers(targetRoot()), std::vector<std::string>{});
}

TEST_F(FileTransactionTest, ACrashMidwayLeavesOnlySiblingsAndWholeFiles) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // Killed outright once the first file is in place: no destructor, no rollback. (Every
        // file is staged first, 0-90 %, then each is put in place, 90-100 %.)
        FileTransaction transaction{targetRoot(), threeFiles()};
        static_cast<void>(transaction.apply([](unsigned percent) {
            if (percent > 90) {
                ::raise(SIGKILL);
            }
        }));
        ::_exit(0);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status));

    // Every target is whole, old or new; the original of the replaced one waits beside it, and
    // the new files not yet in place wait beside their targets as .rm-new.
    EXPECT_EQ(rmtest::readFile(target("bin/app")), "new app\n");
    EXPECT_EQ(rmtest::readFile(target("bin/app.rm-old")), "old app\n");
    EXPECT_EQ(rmtest::readFile(target("share/config")), "old config\n");
    EXPECT_FALSE(exists(target("lib/deep/er/data.bin")));
    for (const auto& entry : fs::recursive_directory_iterator{targetRoot()}) {
        if (!entry.is_regular_file()) {
            continue;
        }
        const auto name = entry.path().filename().string();
        EXPECT_TRUE(name == "app" || name == "config" || name == "app.rm-old" ||
                    name == "config.rm-new" || name == "data.bin.rm-new")
            << "unexpected " << entry.path();
    }
}

TEST_F(FileTransactionTest, WhereHardLinksAreRefusedTheOriginalIsKeptByRename) {
    if (!rmtest::runningAsRoot() || rmtest::readFile("/proc/sys/fs/protected_hardlinks") != "1\n") {
        GTEST_SKIP() << "needs root and fs.protected_hardlinks=1 to run as a user that may not "
                        "link the targets";
    }
    // nobody owns the directories but not the root-owned targets, so protected_hardlinks
    // refuses link() and the transaction must fall back to renaming the originals away. (The
    // directories are nobody's rather than writable by all: the transaction refuses folders
    // that others may change.)
    const uid_t nobody = 65534;
    for (const auto& dir : {m_dir.path(), m_dir.file("source")}) {
        ASSERT_EQ(::chmod(dir.c_str(), 0755), 0) << dir;
    }
    for (const auto& dir : {targetRoot(), target("bin"), target("share")}) {
        ASSERT_EQ(::chmod(dir.c_str(), 0755), 0) << dir;
        ASSERT_EQ(::chown(dir.c_str(), nobody, nobody), 0) << dir;
    }
    for (const auto& readable : {source("config"), source("data.bin")}) {
        ASSERT_EQ(::chmod(readable.c_str(), 0644), 0) << readable;
    }
    const auto before = snapshot(targetRoot());
    const ino_t originalInode = inodeOf(target("bin/app"));

    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0) {
            ::_exit(10);
        }
        if (::link(target("bin/app").c_str(), target("probe").c_str()) == 0 || errno != EPERM) {
            ::_exit(11); // link() works here: the fallback would not be exercised
        }
        FileTransaction transaction{targetRoot(), threeFiles()};
        if (!transaction.apply()) {
            ::_exit(12);
        }
        if (rmtest::readFile(target("bin/app")) != "new app\n" ||
            rmtest::readFile(target("bin/app.rm-old")) != "old app\n" ||
            inodeOf(target("bin/app.rm-old")) != originalInode) {
            ::_exit(13);
        }
        ::_exit(transaction.rollback() ? 0 : 14);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_EQ(WEXITSTATUS(status), 0);
    EXPECT_EQ(snapshot(targetRoot()), before);
    EXPECT_EQ(inodeOf(target("bin/app")), originalInode);
    EXPECT_EQ(leftovers(targetRoot()), std::vector<std::string>{});
}

TEST_F(FileTransactionTest, AnEmptyListAppliesAndCommits) {
    FileTransaction transaction{targetRoot(), {}};
    std::vector<unsigned> progress;
    EXPECT_TRUE(transaction.apply([&](unsigned p) { progress.push_back(p); }));
    EXPECT_EQ(progress.back(), 100U);
    EXPECT_TRUE(transaction.commit());
}

} // namespace

namespace {

// Another file at `path` (made while the old one still exists, so that it cannot get the old
// one's inode number).
void replaceWithANewFile(const std::string& path, const std::string& content) {
    writeFile(path + ".other", content, 0755);
    fs::rename(path + ".other", path);
}

// Issue 21: a payload file with mode 4777, installed by root, became -rwsrwxrwx root. Installed
// files get 0755 (any execute bit) or 0644; folders 0755, whatever the umask.
TEST_F(FileTransactionTest, PayloadModesAreNeverInstalledAsTheyAre) {
    const std::vector<std::pair<mode_t, mode_t>> modes{{04777, 0755}, {0777, 0755},  {0666, 0644},
                                                       {02755, 0755}, {01777, 0755}, {0600, 0644},
                                                       {0744, 0755},  {06711, 0755}};
    std::vector<FileCopy> files;
    for (const auto& [payload, installed] : modes) {
        const auto name = "mode-" + std::to_string(payload);
        writeFile(source(name), "x\n", payload);
        ASSERT_EQ(modeOf(source(name)), payload) << "the payload could not be given its mode";
        files.push_back({source(name), "new/folder/" + name});
    }
    const mode_t umask = ::umask(077);
    FileTransaction transaction{targetRoot(), files};
    const auto applied = transaction.apply();
    ::umask(umask);
    ASSERT_TRUE(applied) << applied.error().message;
    for (const auto& [payload, installed] : modes) {
        EXPECT_EQ(modeOf(target("new/folder/mode-" + std::to_string(payload))), installed)
            << std::oct << payload;
    }
    EXPECT_EQ(modeOf(target("new")), 0755U);
    EXPECT_EQ(modeOf(target("new/folder")), 0755U);
    ASSERT_TRUE(transaction.commit());
}

TEST_F(FileTransactionTest, AGivenModeIsUsedAndOneOutsideTheLimitsIsRefused) {
    const auto before = snapshot(targetRoot());
    for (const unsigned bad : {04755U, 0777U, 0666U, 0600U, 01755U}) {
        FileTransaction transaction{targetRoot(), {{source("app"), "bin/app", std::nullopt, bad}}};
        const auto applied = transaction.apply();
        ASSERT_FALSE(applied) << std::oct << bad;
        EXPECT_EQ(applied.error().code, ERROR_BAD_ARGUMENTS);
        EXPECT_EQ(snapshot(targetRoot()), before);
    }
    FileTransaction transaction{targetRoot(),
                                {{source("app"), "bin/app", std::nullopt, 0644U},
                                 {source("config"), "bin/tool", std::nullopt, 0755U},
                                 {{}, "share/note", std::string{"text\n"}, 0755U}}};
    ASSERT_TRUE(transaction.apply());
    EXPECT_EQ(modeOf(target("bin/app")), 0644U);
    EXPECT_EQ(modeOf(target("bin/tool")), 0755U);
    EXPECT_EQ(modeOf(target("share/note")), 0755U);
    ASSERT_TRUE(transaction.rollback());
    EXPECT_EQ(snapshot(targetRoot()), before);
}

// The first phase of the two-phase commit changes nothing and leaves rollback possible; it
// fails when a file is not what the transaction left.
TEST_F(FileTransactionTest, PrepareCommitKeepsEverythingRollbackable) {
    const auto before = snapshot(targetRoot());
    FileTransaction transaction{targetRoot(), threeFiles()};
    EXPECT_EQ(transaction.prepareCommit().error().code, ERROR_INVALID_PARAMETER);
    ASSERT_TRUE(transaction.apply());
    const auto ready = transaction.prepareCommit();
    ASSERT_TRUE(ready) << ready.error().message;
    EXPECT_TRUE(exists(target("bin/app.rm-old")));
    ASSERT_TRUE(transaction.rollback());
    EXPECT_EQ(snapshot(targetRoot()), before);

    ASSERT_TRUE(transaction.apply());
    fs::remove(target("share/config.rm-old"));
    const auto lost = transaction.prepareCommit();
    ASSERT_FALSE(lost);
    EXPECT_EQ(lost.error().code, ERROR_WRITE_FAULT);
    EXPECT_NE(lost.error().message.find("config.rm-old"), std::string::npos)
        << lost.error().message;
    replaceWithANewFile(target("bin/app"), "someone else's\n");
    const auto replaced = transaction.prepareCommit();
    ASSERT_FALSE(replaced);
    EXPECT_NE(replaced.error().message.find("bin/app"), std::string::npos)
        << replaced.error().message;
}

// A secondary installer in another process applies its files and dies: the primary puts them
// back from the originals kept beside the targets, and removes what was added, folders too.
TEST_F(FileTransactionTest, ASnapshotPutsBackWhatAnotherInstallerLeftApplied) {
    const auto before = snapshot(targetRoot());
    std::vector<std::string> targets;
    for (const auto& file : threeFiles()) {
        targets.push_back(file.target);
    }
    auto taken = rm::TargetSnapshot::take(targetRoot(), targets);
    ASSERT_TRUE(taken) << taken.error().message;
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        FileTransaction transaction{targetRoot(), threeFiles()};
        ::_exit(transaction.apply() ? 0 : 1); // and never roll back: it "died"
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ASSERT_EQ(rmtest::readFile(target("bin/app")), "new app\n");
    ASSERT_FALSE(leftovers(targetRoot()).empty());

    const auto restored = taken->restore();
    ASSERT_TRUE(restored) << restored.error().message;
    EXPECT_EQ(snapshot(targetRoot()), before);
    EXPECT_TRUE(leftovers(targetRoot()).empty());
    // Nothing changed any more: a second restore is harmless.
    EXPECT_TRUE(taken->restore());
    EXPECT_EQ(snapshot(targetRoot()), before);
}

TEST_F(FileTransactionTest, ASnapshotOfAMissingRootRemovesTheRootAgain) {
    const std::string root = m_dir.file("fresh/install/folder");
    auto taken = rm::TargetSnapshot::take(root, {"bin/app", "share/doc/readme"});
    ASSERT_TRUE(taken) << taken.error().message;
    FileTransaction transaction{
        root, {{source("app"), "bin/app"}, {source("config"), "share/doc/readme"}}};
    ASSERT_TRUE(transaction.apply());
    ASSERT_TRUE(exists(root + "/share/doc/readme"));
    const auto restored = taken->restore();
    ASSERT_TRUE(restored) << restored.error().message;
    EXPECT_FALSE(exists(m_dir.file("fresh"))) << "the folders it made are gone";
}

TEST_F(FileTransactionTest, ASnapshotCannotRestoreAnOriginalNobodyKept) {
    auto taken = rm::TargetSnapshot::take(targetRoot(), {"bin/app"});
    ASSERT_TRUE(taken);
    replaceWithANewFile(target("bin/app"), "replaced in place\n");
    const auto restored = taken->restore();
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.error().code, ERROR_WRITE_FAULT);
    EXPECT_EQ(rmtest::readFile(target("bin/app")), "replaced in place\n");
}

} // namespace
