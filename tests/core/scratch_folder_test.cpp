// rm::ScratchFolder (issue 21, item 19): a setup's private working folder lives in the user's
// store folder, never in /tmp; a killed setup's folder is removed by the next one, a live
// setup's never, also when its PID was reused by another process.
#include "core/scratch_folder.h"
#include "support/test_support.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;

// Field 22 of /proc/PID/stat: the start time in clock ticks since boot.
std::string startTicksOf(pid_t pid) {
    const std::string stat = rmtest::readFile("/proc/" + std::to_string(pid) + "/stat");
    std::string rest = stat.substr(stat.rfind(')') + 2);
    for (int field = 3; field < 22; ++field) {
        rest = rest.substr(rest.find(' ') + 1);
    }
    return rest.substr(0, rest.find(' '));
}

std::vector<std::string> entriesOf(const std::string& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator{dir}) {
        names.push_back(entry.path().filename().string());
    }
    return names;
}

class ScratchFolderTest : public rmtest::StoreTest {};

TEST_F(ScratchFolderTest, IsAPrivateFolderInTheStoreFolderNamedAfterItsOwner) {
    auto made = rm::ScratchFolder::create("package");
    ASSERT_TRUE(made) << made.error().message;
    const fs::path path = made->path();
    EXPECT_EQ(path.parent_path(), fs::path{storeDir()});
    const std::string expected =
        "scratch-package-" + std::to_string(::getpid()) + "-" + startTicksOf(::getpid()) + "-";
    EXPECT_TRUE(path.filename().string().starts_with(expected)) << path;
    struct stat st {};
    ASSERT_EQ(::lstat(path.c_str(), &st), 0);
    EXPECT_TRUE(S_ISDIR(st.st_mode));
    EXPECT_EQ(st.st_mode & 07777, 0700U);
    EXPECT_EQ(st.st_uid, ::geteuid());
    EXPECT_FALSE(rm::ScratchFolder::create("Package/../x")) << "a kind is a few lowercase letters";
}

TEST_F(ScratchFolderTest, GoesWithEverythingInItButNeverFollowsALink) {
    rmtest::TempDir outside{"rmscratch-outside"};
    const std::string precious = outside.file("precious");
    std::ofstream{precious} << "keep me\n";
    std::string path;
    {
        auto made = rm::ScratchFolder::create("package");
        ASSERT_TRUE(made) << made.error().message;
        path = made->path();
        fs::create_directories(path + "/payload/bin");
        std::ofstream{path + "/payload/bin/tool"} << "tool\n";
        fs::create_symlink(outside.path(), path + "/payload/link-to-outside");
        fs::create_symlink(precious, path + "/link-to-precious");
    }
    EXPECT_FALSE(fs::exists(fs::symlink_status(path)));
    EXPECT_EQ(rmtest::readFile(precious), "keep me\n");
}

TEST_F(ScratchFolderTest, TheFolderOfAProcessThatIsGoneIsRemovedAndALiveOnesIsNot) {
    // A setup that was killed: its folder stays behind.
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto made = rm::ScratchFolder::create("package");
        if (!made) {
            ::_exit(1);
        }
        std::ofstream{made->path() + "/copy"} << "a copy of the package\n";
        ::_exit(0); // without its destructor: as if killed
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    const std::string dead = "scratch-package-" + std::to_string(child) + "-";
    const auto named = [](const std::string& prefix) {
        return [prefix](const std::string& name) { return name.starts_with(prefix); };
    };
    auto names = entriesOf(storeDir());
    ASSERT_EQ(std::count_if(names.begin(), names.end(), named(dead)), 1);

    // This process's own folder, and one named after this process's PID with another start
    // time: what a folder of a dead setup whose PID was reused looks like.
    auto live = rm::ScratchFolder::create("package");
    ASSERT_TRUE(live) << live.error().message;
    const std::string reused = "scratch-package-" + std::to_string(::getpid()) + "-1-abcdef";
    fs::create_directory(storeDir() + "/" + reused);
    // Not ours to judge: other names in the folder stay.
    fs::create_directory(storeDir() + "/scratch-notes");

    EXPECT_EQ(rm::removeStaleScratchFolders(), 2U);
    names = entriesOf(storeDir());
    EXPECT_EQ(std::count_if(names.begin(), names.end(), named(dead)), 0);
    EXPECT_FALSE(fs::exists(storeDir() + "/" + reused));
    EXPECT_TRUE(fs::is_directory(live->path())) << "a live setup's folder was removed";
    EXPECT_TRUE(fs::is_directory(storeDir() + "/scratch-notes"));
}

} // namespace
