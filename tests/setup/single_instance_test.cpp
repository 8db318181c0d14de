// The lock that keeps a second setup of a product from running: one holder per product, in the
// private store folder, never through a link, and gone with its holder.
#include "support/test_support.h"

#include "ui/setup/single_instance.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

class SingleInstanceTest : public rmtest::StoreTest {};

TEST_F(SingleInstanceTest, OneHolderPerProductUntilItGoes) {
    const QString product = QStringLiteral("Test Product");
    std::optional<SetupInstanceLock> first{std::in_place};
    ASSERT_EQ(first->acquire(product), SetupInstanceLock::Result::Acquired);
    EXPECT_TRUE(first->held());
    // flock() locks belong to the open file: a second open in this process is refused too.
    SetupInstanceLock second;
    EXPECT_EQ(second.acquire(product), SetupInstanceLock::Result::AlreadyRunning);
    EXPECT_FALSE(second.held());
    SetupInstanceLock other;
    EXPECT_EQ(other.acquire(QStringLiteral("Another Product")),
              SetupInstanceLock::Result::Acquired);
    first.reset();
    SetupInstanceLock third;
    EXPECT_EQ(third.acquire(product), SetupInstanceLock::Result::Acquired);

    const fs::path file = fs::path{storeDir()} / SetupInstanceLock::fileName(product).toStdString();
    EXPECT_TRUE(fs::is_regular_file(file));
    EXPECT_EQ(fs::status(file).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
}

TEST_F(SingleInstanceTest, TheNameIsReadableAndDiffersForEveryProduct) {
    const QString name = SetupInstanceLock::fileName(QStringLiteral("Demo Notes"));
    EXPECT_TRUE(name.startsWith(QStringLiteral("setup-demo-notes-"))) << name.toStdString();
    EXPECT_TRUE(name.endsWith(QStringLiteral(".lock")));
    EXPECT_FALSE(name.contains(QLatin1Char('/')));
    EXPECT_NE(SetupInstanceLock::fileName(QStringLiteral("../Demo Notes")), name);
    EXPECT_FALSE(SetupInstanceLock::fileName(QStringLiteral("../../etc/passwd")).contains(u'/'));
}

TEST_F(SingleInstanceTest, ALinkAtTheLocksNameIsNeverFollowed) {
    const QString product = QStringLiteral("Test Product");
    const fs::path target = fs::path{temp().path()} / "target";
    fs::create_directories(storeDir());
    fs::permissions(storeDir(), fs::perms::owner_all, fs::perm_options::replace);
    const fs::path link = fs::path{storeDir()} / SetupInstanceLock::fileName(product).toStdString();
    fs::create_symlink(target, link);
    SetupInstanceLock lock;
    EXPECT_EQ(lock.acquire(product), SetupInstanceLock::Result::Unavailable);
    EXPECT_FALSE(lock.held());
    EXPECT_FALSE(fs::exists(target)) << "the lock was created through the link";
}

TEST_F(SingleInstanceTest, TheCoreLockTakesOnlyAPlainFileName) {
    fs::create_directories(storeDir());
    fs::permissions(storeDir(), fs::perms::owner_all, fs::perm_options::replace);
    const fs::path outside = fs::path{storeDir()}.parent_path() / "escaped.lock";
    const std::vector<std::string> names{
        "", ".", "..", "../escaped.lock", "sub/x.lock", "x\nfile.lock", std::string{"nul\0x", 5}};
    for (const std::string& name : names) {
        rm::InstanceLock lock;
        EXPECT_EQ(lock.acquire(name), rm::InstanceLock::Result::Unavailable) << name;
        EXPECT_FALSE(lock.held());
    }
    EXPECT_FALSE(fs::exists(outside));
    rm::InstanceLock plain;
    EXPECT_EQ(plain.acquire("plain.lock"), rm::InstanceLock::Result::Acquired);
    EXPECT_TRUE(fs::is_regular_file(fs::path{storeDir()} / "plain.lock"));
}

} // namespace
