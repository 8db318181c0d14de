// rm::FileTransaction against symbolic links and other local users: links planted inside and
// around the install root, folders that other users own or may write, reserved names, control
// characters, and real races where a second process swaps a folder for a link to an outside
// folder thousands of times while installs and rollbacks run.
#include "core/file_transaction.h"
#include "support/test_support.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using rm::FileCopy;
using rm::FileTransaction;
using rmtest::ChildProcess;

constexpr uid_t kNobody = 65534;

void writeFile(const std::string& path, const std::string& content, mode_t mode = 0644) {
    fs::create_directories(fs::path{path}.parent_path());
    {
        std::ofstream out{path, std::ios::binary | std::ios::trunc};
        out << content;
        ASSERT_TRUE(out.good()) << path;
    }
    ASSERT_EQ(::chmod(path.c_str(), mode), 0) << path;
}

void makeDirectory(const std::string& path, mode_t mode = 0755) {
    fs::create_directories(path);
    ASSERT_EQ(::chmod(path.c_str(), mode), 0) << path;
}

void makeSymlink(const std::string& destination, const std::string& link) {
    ASSERT_EQ(::symlink(destination.c_str(), link.c_str()), 0) << link;
}

bool isSymlink(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

bool exists(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

std::string linkTarget(const std::string& path) {
    std::error_code error;
    return fs::read_symlink(path, error).string();
}

// One line per entry under `root` (the folder itself as "."): type, inode, size, mode, owner,
// modification time in nanoseconds, and the content or link target. A folder's mtime changes
// with every name made or removed in it, so even a change that was undone again shows; pass
// folderTimes = false where a rollback is expected to have undone changes.
std::map<std::string, std::string> snapshot(const std::string& root, bool folderTimes = true) {
    const auto describe = [folderTimes](const fs::path& path) {
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0) {
            return std::string{"<gone>"};
        }
        std::ostringstream out;
        out << (S_ISDIR(st.st_mode)   ? 'd'
                : S_ISLNK(st.st_mode) ? 'l'
                                      : 'f')
            << " ino=" << st.st_ino << " size=" << st.st_size << " mode=" << std::oct
            << (st.st_mode & 07777) << std::dec << " uid=" << st.st_uid;
        if (folderTimes || !S_ISDIR(st.st_mode)) {
            out << " mtime=" << st.st_mtim.tv_sec << "." << st.st_mtim.tv_nsec;
        }
        if (S_ISREG(st.st_mode)) {
            out << " content=" << rmtest::readFile(path.string());
        } else if (S_ISLNK(st.st_mode)) {
            out << " -> " << linkTarget(path.string());
        }
        return out.str();
    };
    std::map<std::string, std::string> entries;
    entries["."] = describe(root);
    for (const auto& entry : fs::recursive_directory_iterator{root}) {
        entries[entry.path().lexically_relative(root).string()] = describe(entry.path());
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

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

class InstallSafetyTest : public ::testing::Test {
protected:
    void SetUp() override {
        // Reachable by nobody, for the tests that run a second user.
        ASSERT_EQ(::chmod(m_dir.path().c_str(), 0755), 0);
        writeFile(payload("x"), "new x\n", 0644);
        writeFile(payload("y"), "new y\n", 0755);
        makeDirectory(root());
        writeFile(outside("x"), "outside x\n");
        writeFile(outside("new"), "outside new\n");
        writeFile(outside("sub/deep"), "outside deep\n");
    }

    [[nodiscard]] std::string payload(const std::string& name) const {
        return m_dir.file("payload/" + name);
    }
    [[nodiscard]] std::string root() const { return m_dir.file("inst"); }
    [[nodiscard]] std::string inRoot(const std::string& relative) const {
        return root() + "/" + relative;
    }
    [[nodiscard]] std::string outsideDir() const { return m_dir.file("outside"); }
    [[nodiscard]] std::string outside(const std::string& name) const {
        return m_dir.file("outside/" + name);
    }

    // Applies `files` under `installRoot` and expects a refusal with `code` that changed
    // nothing in the root or outside.
    void expectRefused(const std::string& installRoot, std::vector<FileCopy> files, DWORD code,
                       const std::vector<std::string>& mentions = {}) {
        const auto rootBefore = snapshot(root());
        const auto outsideBefore = snapshot(outsideDir());
        FileTransaction transaction{installRoot, std::move(files)};
        const auto applied = transaction.apply();
        ASSERT_FALSE(applied);
        EXPECT_EQ(applied.code(), code) << applied.error().message;
        for (const auto& mention : mentions) {
            EXPECT_TRUE(contains(applied.error().message, mention))
                << "'" << mention << "' not in: " << applied.error().message;
        }
        EXPECT_FALSE(transaction.hasChanges());
        EXPECT_EQ(snapshot(root()), rootBefore);
        EXPECT_EQ(snapshot(outsideDir()), outsideBefore);
    }

    rmtest::TempDir m_dir{"rmsafety"};
};

TEST_F(InstallSafetyTest, AFolderInsideTheRootThatIsASymlinkIsRefused) {
    makeSymlink(outsideDir(), inRoot("lib"));
    expectRefused(root(), {{payload("x"), "lib/x"}}, ERROR_ACCESS_DENIED,
                  {inRoot("lib"), "symbolic link"});
    expectRefused(root(), {{payload("x"), "lib/sub/x"}}, ERROR_ACCESS_DENIED, {inRoot("lib")});
    // Deeper down, and after a file that alone would be fine.
    makeDirectory(inRoot("share"));
    makeSymlink("../../outside", inRoot("share/doc"));
    expectRefused(root(), {{payload("y"), "bin/y"}, {payload("x"), "share/doc/new"}},
                  ERROR_ACCESS_DENIED, {inRoot("share/doc")});
    EXPECT_EQ(rmtest::readFile(outside("x")), "outside x\n");
    EXPECT_FALSE(exists(inRoot("bin")));
}

TEST_F(InstallSafetyTest, ATargetThatIsASymlinkIsReplacedNeverFollowed) {
    makeDirectory(inRoot("bin"));
    makeSymlink(outside("x"), inRoot("bin/x"));
    makeSymlink(outside("missing"), inRoot("bin/dangling"));
    const auto outsideBefore = snapshot(outsideDir());
    const auto rootBefore = snapshot(root(), false);

    FileTransaction transaction{root(), {{payload("x"), "bin/x"}, {payload("y"), "bin/dangling"}}};
    const auto applied = transaction.apply();
    ASSERT_TRUE(applied) << applied.error().message;
    EXPECT_FALSE(isSymlink(inRoot("bin/x")));
    EXPECT_EQ(rmtest::readFile(inRoot("bin/x")), "new x\n");
    EXPECT_EQ(rmtest::readFile(inRoot("bin/dangling")), "new y\n");
    EXPECT_EQ(snapshot(outsideDir()), outsideBefore);

    // Rollback puts the links back as links.
    ASSERT_TRUE(transaction.rollback());
    EXPECT_EQ(linkTarget(inRoot("bin/x")), outside("x"));
    EXPECT_EQ(snapshot(root(), false), rootBefore);
    EXPECT_EQ(snapshot(outsideDir()), outsideBefore);

    // Commit removes the kept link, never what it points to.
    ASSERT_TRUE(transaction.apply());
    ASSERT_TRUE(transaction.commit());
    EXPECT_EQ(rmtest::readFile(inRoot("bin/x")), "new x\n");
    EXPECT_EQ(leftovers(root()), std::vector<std::string>{});
    EXPECT_EQ(snapshot(outsideDir()), outsideBefore);
}

TEST_F(InstallSafetyTest, PlantedRmNewAndRmOldSymlinksAreNeverFollowed) {
    makeDirectory(inRoot("bin"));
    makeSymlink(outside("x"), inRoot("bin/x.rm-new"));
    const auto outsideBefore = snapshot(outsideDir());
    {
        FileTransaction transaction{root(), {{payload("x"), "bin/x"}}};
        const auto applied = transaction.apply();
        ASSERT_TRUE(applied) << applied.error().message;
        EXPECT_EQ(rmtest::readFile(inRoot("bin/x")), "new x\n");
        EXPECT_EQ(snapshot(outsideDir()), outsideBefore);
        ASSERT_TRUE(transaction.rollback());
        EXPECT_FALSE(exists(inRoot("bin/x")));
        EXPECT_EQ(snapshot(outsideDir()), outsideBefore);
    }
    // A planted .rm-old is refused like any leftover: it is never written, linked or deleted.
    writeFile(inRoot("bin/y"), "old y\n");
    makeSymlink(outside("new"), inRoot("bin/y.rm-old"));
    expectRefused(root(), {{payload("y"), "bin/y"}}, ERROR_WRITE_FAULT,
                  {inRoot("bin/y.rm-old"), "leftover"});
    EXPECT_EQ(rmtest::readFile(outside("new")), "outside new\n");
}

TEST_F(InstallSafetyTest, AFolderInsideTheRootOwnedByAnotherUserIsRefused) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root to give a folder to another user (nobody)";
    }
    makeDirectory(inRoot("share/doc"));
    ASSERT_EQ(::chown(inRoot("share").c_str(), kNobody, kNobody), 0);
    expectRefused(root(), {{payload("x"), "share/x"}}, ERROR_ACCESS_DENIED,
                  {"refusing to install through " + inRoot("share") + ":", "user 65534"});
    // Below it too, although share/doc itself is root's: nobody could swap it.
    expectRefused(root(), {{payload("y"), "bin/y"}, {payload("x"), "share/doc/x"}},
                  ERROR_ACCESS_DENIED, {inRoot("share") + ":"});
    // The root itself.
    ASSERT_EQ(::chown(root().c_str(), kNobody, kNobody), 0);
    expectRefused(root(), {{payload("y"), "bin/y"}}, ERROR_ACCESS_DENIED,
                  {root() + ":", "user 65534"});
}

TEST_F(InstallSafetyTest, AnAncestorWritableByOthersIsRefused) {
    // Works for any user: the folder is ours but everybody may write it.
    makeDirectory(m_dir.file("open/inst/bin"));
    ASSERT_EQ(::chmod(m_dir.file("open").c_str(), 0777), 0);
    const auto before = snapshot(m_dir.file("open"));
    expectRefused(m_dir.file("open/inst"), {{payload("x"), "bin/x"}}, ERROR_ACCESS_DENIED,
                  {m_dir.file("open") + ":", "0777"});
    // Also when the root still has to be made: nothing is created.
    expectRefused(m_dir.file("open/new/inst"), {{payload("x"), "bin/x"}}, ERROR_ACCESS_DENIED,
                  {m_dir.file("open") + ":"});
    EXPECT_EQ(snapshot(m_dir.file("open")), before);
    // Group-writable is as bad, and so is a writable folder between the root and the target.
    ASSERT_EQ(::chmod(m_dir.file("open").c_str(), 0775), 0);
    expectRefused(m_dir.file("open/inst"), {{payload("x"), "bin/x"}}, ERROR_ACCESS_DENIED,
                  {m_dir.file("open") + ":", "0775"});
    ASSERT_EQ(::chmod(m_dir.file("open").c_str(), 0755), 0);
    ASSERT_EQ(::chmod(m_dir.file("open/inst/bin").c_str(), 0757), 0);
    expectRefused(m_dir.file("open/inst"), {{payload("x"), "bin/x"}}, ERROR_ACCESS_DENIED,
                  {m_dir.file("open/inst/bin") + ":"});
    ASSERT_EQ(::chmod(m_dir.file("open/inst/bin").c_str(), 0755), 0);
    EXPECT_FALSE(exists(m_dir.file("open/inst/bin/x")));
    EXPECT_FALSE(exists(m_dir.file("open/new")));
    FileTransaction fine{m_dir.file("open/inst"), {{payload("x"), "bin/x"}}};
    EXPECT_TRUE(fine.apply());
    EXPECT_TRUE(fine.rollback());
}

TEST_F(InstallSafetyTest, AnAncestorOwnedByAnotherUserIsRefused) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root to give a folder to another user (nobody)";
    }
    makeDirectory(m_dir.file("theirs/inst"));
    ASSERT_EQ(::chown(m_dir.file("theirs").c_str(), kNobody, kNobody), 0);
    expectRefused(m_dir.file("theirs/inst"), {{payload("x"), "bin/x"}}, ERROR_ACCESS_DENIED,
                  {m_dir.file("theirs") + ":", "user 65534", "only you and root"});
    EXPECT_FALSE(exists(m_dir.file("theirs/inst/bin")));
}

TEST_F(InstallSafetyTest, AStickyFolderOfRootLikeTmpIsAcceptedOthersAreNot) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root: a sticky folder is trusted only when root owns it";
    }
    makeDirectory(m_dir.file("tmp"), 01777);
    {
        FileTransaction transaction{m_dir.file("tmp/inst"), {{payload("x"), "bin/x"}}};
        const auto applied = transaction.apply();
        ASSERT_TRUE(applied) << applied.error().message;
        EXPECT_EQ(rmtest::readFile(m_dir.file("tmp/inst/bin/x")), "new x\n");
        ASSERT_TRUE(transaction.rollback());
        EXPECT_FALSE(exists(m_dir.file("tmp/inst")));
    }
    // Sticky but somebody else's: refused.
    ASSERT_EQ(::chown(m_dir.file("tmp").c_str(), kNobody, kNobody), 0);
    expectRefused(m_dir.file("tmp/inst"), {{payload("x"), "bin/x"}}, ERROR_ACCESS_DENIED,
                  {m_dir.file("tmp") + ":"});
    EXPECT_FALSE(exists(m_dir.file("tmp/inst")));
}

TEST_F(InstallSafetyTest, SymlinksInTheRootPathAreFollowedOnlyWhenTheyAreTrusted) {
    makeDirectory(m_dir.file("real"));
    makeSymlink("real", m_dir.file("link"));
    {
        // Our own link in our own folder (like /var/run -> /run): followed.
        FileTransaction transaction{m_dir.file("link/inst"), {{payload("x"), "bin/x"}}};
        const auto applied = transaction.apply();
        ASSERT_TRUE(applied) << applied.error().message;
        EXPECT_EQ(rmtest::readFile(m_dir.file("real/inst/bin/x")), "new x\n");
        ASSERT_TRUE(transaction.rollback());
        EXPECT_FALSE(exists(m_dir.file("real/inst")));
        EXPECT_TRUE(isSymlink(m_dir.file("link")));
    }
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root for the part with a link of another user";
    }
    // Another user's link in a sticky folder of root (anybody may make one in /tmp): refused.
    makeDirectory(m_dir.file("tmp"), 01777);
    makeSymlink(m_dir.file("real"), m_dir.file("tmp/evil"));
    ASSERT_EQ(::lchown(m_dir.file("tmp/evil").c_str(), kNobody, kNobody), 0);
    const auto realBefore = snapshot(m_dir.file("real"));
    expectRefused(m_dir.file("tmp/evil/inst"), {{payload("x"), "bin/x"}}, ERROR_ACCESS_DENIED,
                  {m_dir.file("tmp/evil") + ":", "symbolic link", "user 65534"});
    EXPECT_EQ(snapshot(m_dir.file("real")), realBefore);
}

TEST_F(InstallSafetyTest, MissingRootFoldersAreMadeWith0755AndRemovedByRollback) {
    const std::string deep = m_dir.file("a/b/c");
    // A lax umask must not make the new folders group-writable.
    const mode_t oldMask = ::umask(0002);
    FileTransaction transaction{deep, {{payload("x"), "lib/x"}, {"", "etc/app.conf", "k=v\n"}}};
    const auto applied = transaction.apply();
    ::umask(oldMask);
    ASSERT_TRUE(applied) << applied.error().message;
    for (const auto& dir : {m_dir.file("a"), m_dir.file("a/b"), deep, deep + "/lib"}) {
        struct stat st {};
        ASSERT_EQ(::stat(dir.c_str(), &st), 0) << dir;
        EXPECT_EQ(st.st_mode & 07777, 0755U) << dir;
    }
    ASSERT_TRUE(transaction.rollback());
    EXPECT_FALSE(exists(m_dir.file("a")));
    ASSERT_TRUE(transaction.apply());
    ASSERT_TRUE(transaction.commit());
    EXPECT_EQ(rmtest::readFile(deep + "/etc/app.conf"), "k=v\n");
}

TEST_F(InstallSafetyTest, ReservedSuffixesAreRefusedBeforeAnyChange) {
    makeDirectory(inRoot("bin"));
    writeFile(inRoot("bin/f"), "old f\n");
    // Committing bin/f would delete a shipped bin/f.rm-old: such a list never starts.
    expectRefused(root(), {{payload("x"), "bin/f"}, {payload("y"), "bin/f.rm-old"}},
                  ERROR_BAD_ARGUMENTS, {"bin/f.rm-old", ".rm-old"});
    expectRefused(root(), {{payload("x"), "bin/g.rm-new"}}, ERROR_BAD_ARGUMENTS, {".rm-new"});
    expectRefused(root(), {{payload("x"), "lib.rm-old/x"}}, ERROR_BAD_ARGUMENTS, {".rm-old"});
    EXPECT_EQ(rmtest::readFile(inRoot("bin/f")), "old f\n");
}

TEST_F(InstallSafetyTest, NulAndControlCharactersAreRefusedBeforeAnyChange) {
    for (const auto& target :
         {std::string{"bin/a\0b", 7}, std::string{"bin/a\nb"}, std::string{"bin/\x7f"},
          std::string{"bin/\x1b[31mred"}, std::string{"bin/tab\there"}}) {
        SCOPED_TRACE("a target of " + std::to_string(target.size()) + " bytes");
        expectRefused(root(), {{payload("x"), "bin/ok"}, {payload("x"), target}},
                      ERROR_BAD_ARGUMENTS, {"control character"});
        FileTransaction transaction{root(), {{payload("x"), target}}};
        const auto applied = transaction.apply();
        EXPECT_FALSE(contains(applied.error().message, "leftover")) << applied.error().message;
        for (const char c : applied.error().message) {
            EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                << "the message carries a raw control character";
        }
    }
    EXPECT_FALSE(exists(inRoot("bin")));
}

TEST_F(InstallSafetyTest, CheckRelativeTargetRules) {
    for (const std::string good :
         {"bin/app", "a", "share/doc/Übersicht.txt", "lib/x.rm-newer", "dir.rm-old.d/f", "…/x"}) {
        const auto checked = rm::checkRelativeTarget(good);
        EXPECT_TRUE(checked) << good << ": " << checked.error().message;
    }
    for (const auto& bad : std::vector<std::string>{"",
                                                    "/etc/passwd",
                                                    "bin/",
                                                    "bin//app",
                                                    "./bin",
                                                    "bin/./app",
                                                    "bin/..",
                                                    "../x",
                                                    "a/../b",
                                                    "..",
                                                    ".",
                                                    "bin/\x01",
                                                    std::string{"a\0", 2},
                                                    "bin/\x7f",
                                                    "bin/\xff",
                                                    "bin/\xc0\xaf",
                                                    "bin/\xed\xa0\x80",
                                                    "bin/\xe2\x82",
                                                    "x.rm-new",
                                                    "bin/y.rm-old",
                                                    "lib.rm-new/z"}) {
        EXPECT_EQ(rm::checkRelativeTarget(bad).code(), static_cast<DWORD>(ERROR_BAD_ARGUMENTS))
            << "accepted: " << bad;
    }
    EXPECT_EQ(rm::kReservedSuffixes[0], ".rm-new");
    EXPECT_EQ(rm::kReservedSuffixes[1], ".rm-old");
}

TEST_F(InstallSafetyTest, ContentFilesAreStagedKeptAndRolledBackLikeCopies) {
    writeFile(inRoot("share/record"), "old record\n", 0600);
    makeDirectory(inRoot("etc"));
    makeSymlink(outside("x"), inRoot("etc/app.conf.rm-new"));
    const auto outsideBefore = snapshot(outsideDir());
    const auto rootBefore = snapshot(root(), false);
    struct stat recordBefore {};
    ASSERT_EQ(::stat(inRoot("share/record").c_str(), &recordBefore), 0);
    const std::string binary{"line 1\n\0\xff\ttab\n", 15};
    // The source is ignored when the content is given, even a missing one.
    const mode_t oldMask = ::umask(0077);
    FileTransaction transaction{root(),
                                {{"/nonexistent/source", "share/record", "new record\n"},
                                 {"", "etc/app.conf", binary},
                                 {"", "etc/empty", std::string{}}}};
    const auto applied = transaction.apply();
    ::umask(oldMask);
    ASSERT_TRUE(applied) << applied.error().message;
    EXPECT_EQ(rmtest::readFile(inRoot("share/record")), "new record\n");
    EXPECT_EQ(rmtest::readFile(inRoot("share/record.rm-old")), "old record\n");
    EXPECT_EQ(rmtest::readFile(inRoot("etc/app.conf")), binary);
    EXPECT_TRUE(exists(inRoot("etc/empty")));
    for (const auto& name : {"share/record", "etc/app.conf", "etc/empty"}) {
        struct stat st {};
        ASSERT_EQ(::stat(inRoot(name).c_str(), &st), 0);
        EXPECT_EQ(st.st_mode & 07777, 0644U) << name;
    }
    EXPECT_EQ(snapshot(outsideDir()), outsideBefore);

    ASSERT_TRUE(transaction.rollback());
    struct stat st {};
    ASSERT_EQ(::stat(inRoot("share/record").c_str(), &st), 0);
    EXPECT_EQ(st.st_ino, recordBefore.st_ino);
    // The planted .rm-new link was a leftover name and is gone; everything else is as before.
    auto expected = rootBefore;
    expected.erase("etc/app.conf.rm-new");
    EXPECT_EQ(snapshot(root(), false), expected);

    ASSERT_TRUE(transaction.apply());
    ASSERT_TRUE(transaction.commit());
    EXPECT_EQ(rmtest::readFile(inRoot("share/record")), "new record\n");
    EXPECT_EQ(leftovers(root()), std::vector<std::string>{});
    EXPECT_EQ(snapshot(outsideDir()), outsideBefore);
}

TEST_F(InstallSafetyTest, RollbackNeverRemovesWhatItDidNotCreate) {
    FileTransaction transaction{root(), {{payload("x"), "lib/new"}, {payload("y"), "bin/y"}}};
    ASSERT_TRUE(transaction.apply());
    // Someone puts their own files where ours were: a new file at lib/new, and a new folder
    // in place of the bin/ this transaction made.
    // (Renamed over ours, so that the file system cannot give theirs our freed inode number.)
    writeFile(m_dir.file("theirs"), "theirs\n");
    fs::rename(m_dir.file("theirs"), inRoot("lib/new"));
    fs::rename(inRoot("bin"), m_dir.file("bin-was-ours"));
    makeDirectory(inRoot("bin"));
    const auto rollback = transaction.rollback();
    EXPECT_TRUE(rollback) << rollback.error().message;
    EXPECT_EQ(rmtest::readFile(inRoot("lib/new")), "theirs\n");
    EXPECT_TRUE(fs::is_directory(inRoot("bin")));
    // Our file was removed from the folder we made, wherever it is now.
    EXPECT_FALSE(exists(m_dir.file("bin-was-ours/y")));
}

// The swapper, started and checked; stopped (and its swap count read) by stop().
class Swapper {
public:
    Swapper(const std::string& program, const std::string& a, const std::string& b,
            const rmtest::SpawnOptions& options = {})
        : m_child{ChildProcess::spawn({program, a, b}, options)} {}
    [[nodiscard]] bool started() { return m_child.readLine(10s).value_or("") == "ready"; }
    // The number of swaps done, or -1 when the swapper failed.
    long long stop() {
        m_child.kill(SIGTERM);
        const auto line = m_child.readLine(10s).value_or("");
        const int status = m_child.wait(10s);
        if (status != 0 || !line.starts_with("swaps ")) {
            return -1;
        }
        return std::stoll(line.substr(6));
    }

private:
    ChildProcess m_child;
};

// A hostile process with the installer's own uid (so the ownership checks pass and the walk
// itself is what is tested) swaps lib/ with a link to the outside folder while installs and
// rollbacks run over and over. Outside, files wait at every name a followed link would reach.
TEST_F(InstallSafetyTest, ARaceSwappingAFolderForALinkNeverReachesOutsideTheRoot) {
    makeDirectory(inRoot("lib"));
    writeFile(inRoot("lib/x"), "original x\n");
    writeFile(inRoot("lib/keep"), "keep\n");
    makeSymlink(outsideDir(), inRoot("lib-swap"));
    const int realLib = ::open(inRoot("lib").c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    ASSERT_GE(realLib, 0);
    struct stat originalX {};
    ASSERT_EQ(::fstatat(realLib, "x", &originalX, AT_SYMLINK_NOFOLLOW), 0);
    const auto outsideBefore = snapshot(outsideDir());

    // Run as nobody (below), the swapper comes from a copy that nobody can reach: the build
    // folder may sit in a folder that only root may enter (a clone in `mktemp -d`).
    const char* swapperCopy = std::getenv("RM_TEST_DIR_SWAPPER");
    Swapper swapper{swapperCopy != nullptr ? swapperCopy
                                           : rmtest::helperPath("rm_test_dir_swapper"),
                    inRoot("lib"), inRoot("lib-swap")};
    ASSERT_TRUE(swapper.started());
    const std::vector<FileCopy> files{
        {payload("x"), "lib/x"}, {payload("y"), "lib/new"}, {payload("x"), "lib/sub/deep"}};
    int applied = 0;
    int refused = 0;
    const auto start = std::chrono::steady_clock::now();
    // At least 200 rounds, and on until both outcomes were seen 20 times: the lookups see
    // the link far more often than the folder (the swaps and the lookups fall into step), so
    // it can take a few thousand rounds. At most 12 s.
    for (int round = 0;; ++round) {
        if (round >= 200 && applied >= 20 && refused >= 20) {
            break;
        }
        if (std::chrono::steady_clock::now() - start > 12s) {
            break;
        }
        FileTransaction transaction{root(), files};
        const auto result = transaction.apply();
        if (result) {
            ++applied;
            const auto undone = transaction.rollback();
            ASSERT_TRUE(undone) << "round " << round << ": " << undone.error().message;
        } else {
            ++refused;
            ASSERT_EQ(result.code(), static_cast<DWORD>(ERROR_ACCESS_DENIED))
                << "round " << round << ": " << result.error().message;
            ASSERT_FALSE(transaction.hasChanges());
        }
    }
    const long long swaps = swapper.stop();
    EXPECT_GE(swaps, 1000) << "the swapper did not race";
    EXPECT_GT(applied, 0);
    EXPECT_GT(refused, 0);
    RecordProperty("applied", applied);
    RecordProperty("refused", refused);
    std::cout << "[          ] " << applied << " applied, " << refused << " refused, " << swaps
              << " swaps\n";

    // Nothing outside changed, not even for a moment (its mtime would show it).
    EXPECT_EQ(snapshot(outsideDir()), outsideBefore);
    // The real lib/ holds exactly what it held, its x the very same file.
    struct stat nowX {};
    ASSERT_EQ(::fstatat(realLib, "x", &nowX, AT_SYMLINK_NOFOLLOW), 0);
    EXPECT_EQ(nowX.st_ino, originalX.st_ino);
    struct stat gone {};
    EXPECT_NE(::fstatat(realLib, "new", &gone, AT_SYMLINK_NOFOLLOW), 0);
    EXPECT_NE(::fstatat(realLib, "sub", &gone, AT_SYMLINK_NOFOLLOW), 0);
    ::close(realLib);
    EXPECT_EQ(leftovers(root()), std::vector<std::string>{});
    const std::string realName = isSymlink(inRoot("lib")) ? "lib-swap" : "lib";
    EXPECT_EQ(rmtest::readFile(inRoot(realName + "/x")), "original x\n");
    EXPECT_EQ(rmtest::readFile(inRoot(realName + "/keep")), "keep\n");
}

// The same race by another user who owns a folder inside the install root: every attempt is
// refused for that folder's owner, and nothing anywhere changes.
TEST_F(InstallSafetyTest, ARaceByAnotherUserIsRefusedEveryTime) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root to run the swapper as another user (nobody)";
    }
    makeDirectory(inRoot("share/lib"));
    writeFile(inRoot("share/lib/x"), "original x\n");
    makeSymlink(outsideDir(), inRoot("share/lib-swap"));
    for (const auto& path : {inRoot("share"), inRoot("share/lib"), inRoot("share/lib-swap")}) {
        ASSERT_EQ(::lchown(path.c_str(), kNobody, kNobody), 0) << path;
    }
    const auto outsideBefore = snapshot(outsideDir());
    makeDirectory(m_dir.file("tools"));
    const auto program =
        rmtest::copyExecutable(rmtest::helperPath("rm_test_dir_swapper"), m_dir.file("tools"));
    rmtest::SpawnOptions asNobody;
    asNobody.asUser = "nobody";
    Swapper swapper{program, inRoot("share/lib"), inRoot("share/lib-swap"), asNobody};
    ASSERT_TRUE(swapper.started());
    const std::vector<FileCopy> files{{payload("x"), "share/lib/x"},
                                      {payload("y"), "share/lib/new"}};
    // At least 300 rounds and 300 ms, so that the swapper gets its share of the two cores.
    const auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < 300 || std::chrono::steady_clock::now() - start < 300ms; ++round) {
        FileTransaction transaction{root(), files};
        const auto result = transaction.apply();
        ASSERT_FALSE(result) << "round " << round << " installed through a folder of nobody";
        ASSERT_EQ(result.code(), static_cast<DWORD>(ERROR_ACCESS_DENIED)) << result.error().message;
        ASSERT_TRUE(contains(result.error().message, inRoot("share") + ":"))
            << result.error().message;
    }
    EXPECT_GE(swapper.stop(), 1000) << "the swapper did not race";
    EXPECT_EQ(snapshot(outsideDir()), outsideBefore);
    const std::string realName = isSymlink(inRoot("share/lib")) ? "share/lib-swap" : "share/lib";
    EXPECT_EQ(rmtest::readFile(inRoot(realName + "/x")), "original x\n");
    EXPECT_FALSE(exists(inRoot(realName + "/new")));
    EXPECT_EQ(leftovers(root()), std::vector<std::string>{});
}

} // namespace

namespace {

// The same-uid race once more with both sides as nobody (the installer as a real unprivileged
// user): this test binary runs that one test as a child process under setpriv.
TEST(InstallSafetyAsNobodyTest, ARaceBetweenTwoProcessesOfNobodyNeverReachesOutsideTheRoot) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root to run the installer and the swapper as nobody";
    }
    // Both programs are copied where nobody can run them: the build folder may sit in a folder
    // that only root may enter.
    rmtest::TempDir tools{"rmswapper"};
    const auto test =
        rmtest::copyExecutable(fs::read_symlink("/proc/self/exe").string(), tools.path());
    const auto swapper =
        rmtest::copyExecutable(rmtest::helperPath("rm_test_dir_swapper"), tools.path());
    rmtest::SpawnOptions asNobody;
    asNobody.asUser = "nobody";
    asNobody.environment = {{"HOME", "/tmp"}, {"RM_TEST_DIR_SWAPPER", swapper}};
    auto child = ChildProcess::spawn(
        {test,
         "--gtest_filter=InstallSafetyTest.ARaceSwappingAFolderForALinkNeverReachesOutsideTheRoot"},
        asNobody);
    child.closeStdin();
    const auto output = child.readAll();
    EXPECT_EQ(child.wait(), 0) << output;
    EXPECT_TRUE(contains(output, "[  PASSED  ] 1 test.")) << output;
}

} // namespace
