// The session store against hostile local users: where it lives, who may plant records in it,
// what a fork()ed child can do with inherited handles, and whether the key can be read from it.
// Tests that need a second user run as root (CI does) and act as `nobody` through setpriv, or as
// a user they create for the test and delete afterwards.
#include "core/private/process_identity.h"
#include "core/private/session_key.h"
#include "core/private/session_registry.h"
#include "core/private/session_store.h"
#include "core/private/sha256.h"
#include "core/private/store_location.h"
#include "core/session.h"
#include "support/test_support.h"

#include <restartmanager.h>
#include <restartmanager_linux.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwctype>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <grp.h>
#include <memory>
#include <optional>
#include <pwd.h>
#include <sqlite3.h>
#include <string>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

constexpr uid_t kNobody = 65534;
constexpr DWORD kNoHandle = 0xFFFFFFFF;

std::string narrow(const WCHAR* text) {
    std::string out;
    for (; *text != L'\0'; ++text) {
        out.push_back(static_cast<char>(*text));
    }
    return out;
}

std::wstring wide(const std::string& text) {
    return std::wstring(text.begin(), text.end());
}

bool exists(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

uid_t ownerOf(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0 ? st.st_uid : static_cast<uid_t>(-1);
}

std::string shellQuote(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        out += c == '\'' ? std::string{"'\\''"} : std::string(1, c);
    }
    return out + "'";
}

int runAsNobody(const std::string& command) {
    return rmtest::runCommand("/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups -- "
                              "/bin/sh -c " +
                              shellQuote(command));
}

// A directory directly in /tmp that belongs to `uid` (mode 0700), removed with its contents.
class OwnedDir {
public:
    OwnedDir(const std::string& prefix, uid_t uid, gid_t gid) {
        std::string pattern = "/tmp/" + prefix + "-XXXXXX";
        if (::mkdtemp(pattern.data()) != nullptr) {
            m_path = pattern;
            if (::chown(m_path.c_str(), uid, gid) != 0) {
                m_path.clear();
            }
        }
    }
    ~OwnedDir() {
        if (!m_path.empty()) {
            std::error_code ignored;
            fs::remove_all(m_path, ignored);
        }
    }
    OwnedDir(const OwnedDir&) = delete;
    OwnedDir& operator=(const OwnedDir&) = delete;
    [[nodiscard]] bool ok() const { return !m_path.empty(); }
    [[nodiscard]] const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

// Removes a path at the end unless it was there at the start.
class RemoveIfNew {
public:
    explicit RemoveIfNew(std::string path) : m_path{std::move(path)}, m_existed{exists(m_path)} {}
    ~RemoveIfNew() {
        if (!m_existed) {
            std::error_code ignored;
            fs::remove_all(m_path, ignored);
        }
    }
    RemoveIfNew(const RemoveIfNew&) = delete;
    RemoveIfNew& operator=(const RemoveIfNew&) = delete;
    [[nodiscard]] bool existed() const { return m_existed; }

private:
    std::string m_path;
    bool m_existed;
};

// Where root's store lands with neither RESTARTMANAGER_STORE_DIR nor a usable XDG_RUNTIME_DIR.
std::string rootFallback() {
    struct stat st {};
    if (::lstat("/run/user/0", &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == 0 &&
        (st.st_mode & 077) == 0) {
        return "/run/user/0/restartmanager";
    }
    return "/run/restartmanager";
}

// A session whose primary is long dead, with one application that RmShutdown stopped; any
// recovery of the store runs `command` through /bin/sh as `uid`.
void plantStaleRecord(const std::string& storeDir, const std::string& command, uid_t uid,
                      std::optional<uid_t> verifiedUid) {
    auto directory = rm::openDirectoryNoFollow(storeDir, 1);
    ASSERT_TRUE(directory) << directory.error().message;
    auto store = rm::SessionStore::open(std::move(*directory), 2s);
    ASSERT_TRUE(store) << store.error().message;
    auto key = rm::generateSessionKey();
    ASSERT_TRUE(key);
    // A PID above any pid_max: never running.
    auto membership = (*store)->createSession(*key, rm::ProcessIdentity{0x3FFFFFF0, 1});
    ASSERT_TRUE(membership) << membership.error().message;
    ASSERT_TRUE((*store)->recordShutdown(membership->sessionId));
    rm::StoppedApplication app;
    app.identity = rm::ProcessIdentity{0x3FFFFFF1, 1};
    app.name = "planted";
    app.type = RmMainWindow;
    app.uid = uid;
    app.gid = uid == 0 ? 0 : kNobody;
    app.verifiedUid = verifiedUid;
    app.executable = "/bin/sh";
    app.arguments = {"sh", "-c", command};
    app.workingDirectory = "/";
    app.environment = {"PATH=/usr/bin:/bin"};
    app.restart = true;
    app.state = rm::StoppedApplication::State::Stopped;
    ASSERT_TRUE((*store)->recordStopping(membership->sessionId, app));
}

// True when the file appears within `timeout` (relaunches are detached, so they take a moment).
bool appears(const std::string& path, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (exists(path)) {
            return true;
        }
        std::this_thread::sleep_for(20ms);
    }
    return exists(path);
}

std::string rmctl() {
    return RM_RMCTL;
}

// A user made for the test (useradd), with its home in /tmp; deleted with its group afterwards.
class TestUser {
public:
    TestUser() {
        m_name = "rmsec" + std::to_string(::getpid() % 100000);
        m_home = "/tmp/" + m_name + "-home";
        if (rmtest::runCommand("useradd -M -U -d " + m_home + " -s /usr/sbin/nologin " + m_name +
                               " >/dev/null 2>&1") != 0) {
            m_name.clear();
            return;
        }
        const passwd* pw = ::getpwnam(m_name.c_str());
        if (pw == nullptr) {
            return;
        }
        m_uid = pw->pw_uid;
        m_gid = pw->pw_gid;
        ::mkdir(m_home.c_str(), 0700);
        if (::chown(m_home.c_str(), m_uid, m_gid) != 0) {
            m_uid = 0;
        }
    }
    ~TestUser() {
        if (!m_name.empty()) {
            rmtest::runCommand("userdel " + m_name + " >/dev/null 2>&1");
        }
        std::error_code ignored;
        fs::remove_all(m_home, ignored);
    }
    TestUser(const TestUser&) = delete;
    TestUser& operator=(const TestUser&) = delete;
    [[nodiscard]] bool ok() const { return !m_name.empty() && m_uid != 0; }
    [[nodiscard]] const std::string& name() const { return m_name; }
    [[nodiscard]] uid_t uid() const { return m_uid; }
    [[nodiscard]] gid_t gid() const { return m_gid; }
    [[nodiscard]] const std::string& home() const { return m_home; }

private:
    std::string m_name;
    std::string m_home;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

// The scriptable installer (rm_test_secondary) as another user, with `key` sent first.
rmtest::ChildProcess installerAs(const std::string& user, const std::string& key,
                                 const std::vector<std::pair<std::string, std::string>>& env,
                                 const std::vector<std::string>& unset) {
    rmtest::SpawnOptions options;
    options.asUser = user;
    options.environment = env;
    options.unset = unset;
    options.unset.push_back("RESTARTMANAGER_STORE_DIR");
    auto child = rmtest::ChildProcess::spawn({rmtest::helperPath("rm_test_secondary")}, options);
    child.writeLine(key);
    return child;
}

std::string ask(rmtest::ChildProcess& child, const std::string& command) {
    child.writeLine(command);
    return child.readLine(20s).value_or("<no answer>");
}

// Root's environment without the test override, and with XDG_RUNTIME_DIR as given (or unset).
class RootEnvironment {
public:
    explicit RootEnvironment(const std::optional<std::string>& runtime) {
        m_env.unset("RESTARTMANAGER_STORE_DIR");
        if (runtime) {
            m_env.set("XDG_RUNTIME_DIR", *runtime);
        } else {
            m_env.unset("XDG_RUNTIME_DIR");
        }
    }

private:
    rmtest::ScopedEnvironment m_env;
};

class StoreSecurityAsRoot : public ::testing::Test {
protected:
    void SetUp() override {
        if (!rmtest::runningAsRoot()) {
            GTEST_SKIP() << "needs root to act as another user (setpriv, chown); CI runs as root";
        }
        ASSERT_EQ(rm::SessionRegistry::instance().size(), 0U);
        m_fallback.emplace(rootFallback());
    }
    void TearDown() override { m_fallback.reset(); }

    std::optional<RemoveIfNew> m_fallback;
};

// ---------------------------------------------------------------------------------------------
// 1. The location

TEST_F(StoreSecurityAsRoot, XdgRuntimeDirOfAnotherUserIsIgnored) {
    OwnedDir nobodys{"rmtest-nobody-runtime", kNobody, kNobody};
    ASSERT_TRUE(nobodys.ok());
    RootEnvironment env{nobodys.path()};

    auto directory = rm::openStoreDirectory();
    ASSERT_TRUE(directory) << directory.error().message;
    EXPECT_EQ(directory->path(), rootFallback());
    struct stat st {};
    ASSERT_EQ(::fstat(directory->fd(), &st), 0);
    EXPECT_EQ(st.st_uid, 0U);
    EXPECT_EQ(st.st_mode & 0777, 0700U);

    DWORD handle = kNoHandle;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    ASSERT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_TRUE(exists(rootFallback() + "/sessions.db"));
    EXPECT_FALSE(exists(nobodys.path() + "/restartmanager"))
        << "root created its store in nobody's runtime directory";
    EXPECT_EQ(RmEndSession(handle), static_cast<DWORD>(ERROR_SUCCESS));

    // The test override is not skipped: pointed into nobody's folder it fails, clearly.
    rmtest::ScopedEnvironment override{"RESTARTMANAGER_STORE_DIR",
                                       nobodys.path() + "/restartmanager"};
    auto refused = rm::openStoreDirectory();
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.code(), static_cast<DWORD>(ERROR_ACCESS_DENIED));
    EXPECT_NE(refused.error().message.find("belongs to user 65534"), std::string::npos)
        << refused.error().message;
    EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT));
}

// nobody swaps a name in /tmp between a directory of its own (holding a planted store) and a
// link to a private directory of root's, thousands of times, while root opens its store.
void raceSwappedRuntimeDirectory(const std::string& suffix) {
    OwnedDir rootsPrivate{"rmtest-root-private", 0, 0};
    ASSERT_TRUE(rootsPrivate.ok());
    ASSERT_EQ(::mkdir((rootsPrivate.path() + "/rt").c_str(), 0700), 0);
    OwnedDir work{"rmtest-race-work", kNobody, kNobody};
    ASSERT_TRUE(work.ok());
    const std::string marker = work.path() + "/planted-command-ran";

    // nobody's decoy: NAME/rt/restartmanager/sessions.db with a record that writes the marker.
    OwnedDir template_{"rmtest-race-template", 0, 0};
    ASSERT_TRUE(template_.ok());
    const std::string templateStore = template_.path() + "/rt/restartmanager";
    ASSERT_EQ(::mkdir((template_.path() + "/rt").c_str(), 0700), 0);
    plantStaleRecord(templateStore, "echo ran > " + marker, 0, 0);
    ASSERT_EQ(rmtest::runCommand("chown -R 65534:65534 " + template_.path()), 0);

    const std::string name = "/tmp/rmtest-race-" + std::to_string(::getpid());
    const std::string decoy = work.path() + "/decoy";
    const std::string stop = work.path() + "/stop";
    const std::string count = work.path() + "/count";
    ASSERT_EQ(runAsNobody("mv " + template_.path() + " " + decoy), 0);
    // The racing process: a fork()ed copy of this one that becomes nobody and then only makes
    // system calls. It moves the decoy in, then swaps NAME between the decoy and a link.
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    // The racer's swap count, shared so that root keeps opening until thousands have happened.
    void* shared = ::mmap(nullptr, sizeof(std::atomic<long>), PROT_READ | PROT_WRITE,
                          MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    ASSERT_NE(shared, MAP_FAILED);
    auto* progress = new (shared) std::atomic<long>{0};
    const pid_t racer = ::fork();
    ASSERT_GE(racer, 0);
    if (racer == 0) {
        ::close(ready[0]);
        if (::setgroups(0, nullptr) != 0 || ::setresgid(kNobody, kNobody, kNobody) != 0 ||
            ::setresuid(kNobody, kNobody, kNobody) != 0 ||
            ::rename(decoy.c_str(), name.c_str()) != 0) {
            ::_exit(3);
        }
        [[maybe_unused]] auto w = ::write(ready[1], "r", 1);
        long swaps = 0;
        struct stat st {};
        while (::lstat(stop.c_str(), &st) != 0) {
            if (::rename(name.c_str(), decoy.c_str()) != 0 ||
                ::symlink(rootsPrivate.path().c_str(), name.c_str()) != 0 ||
                ::unlink(name.c_str()) != 0 || ::rename(decoy.c_str(), name.c_str()) != 0) {
                ::_exit(4);
            }
            ++swaps;
            progress->store(swaps, std::memory_order_relaxed);
        }
        if (::rename(name.c_str(), decoy.c_str()) != 0) {
            ::_exit(5);
        }
        const int fd = ::open(count.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        char text[32];
        const int length = std::snprintf(text, sizeof text, "%ld", swaps);
        [[maybe_unused]] auto c = ::write(fd, text, static_cast<std::size_t>(length));
        ::_exit(0);
    }
    ::close(ready[1]);
    struct Cleanup {
        pid_t racer;
        std::string name;
        bool reaped = false;
        ~Cleanup() {
            if (!reaped) {
                ::kill(racer, SIGKILL);
                ::waitpid(racer, nullptr, 0);
            }
            std::error_code ignored;
            fs::remove_all(name, ignored);
        }
    } cleanup{racer, name};
    char readyByte = 0;
    ASSERT_EQ(::read(ready[0], &readyByte, 1), 1) << "the racing process did not start";
    ::close(ready[0]);

    RootEnvironment env{name + suffix};
    const std::string fallback = rootFallback();
    int opened = 0;
    int misplaced = 0;
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    for (int i = 0;
         i < 3000 || (progress->load() < 5000 && std::chrono::steady_clock::now() < deadline);
         ++i) {
        auto directory = rm::openStoreDirectory();
        ASSERT_TRUE(directory) << directory.error().message;
        struct stat st {};
        ASSERT_EQ(::fstat(directory->fd(), &st), 0);
        if (directory->path() != fallback || st.st_uid != 0) {
            ++misplaced;
        }
        ++opened;
        if (i % 100 == 0) {
            DWORD handle = kNoHandle;
            WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
            ASSERT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_SUCCESS));
            ASSERT_EQ(RmEndSession(handle), static_cast<DWORD>(ERROR_SUCCESS));
        }
    }
    auto recovered = rm::recoverStaleSessions();
    EXPECT_TRUE(recovered) << recovered.error().message;
    ASSERT_EQ(runAsNobody("touch " + stop), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(racer, &status, 0), racer);
    cleanup.reaped = true;
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "racer status " << status;
    const int swaps = std::atoi(rmtest::readFile(count).c_str());
    ::munmap(shared, sizeof(std::atomic<long>));
    EXPECT_GE(swaps, 5000) << "the racing process did not swap often enough to mean anything";
    EXPECT_EQ(misplaced, 0) << "of " << opened << " opens";
    EXPECT_FALSE(exists(rootsPrivate.path() + "/rt/restartmanager"))
        << "root created a store through nobody's link";
    EXPECT_FALSE(exists(rootsPrivate.path() + "/restartmanager"))
        << "root created a store through nobody's link";
    EXPECT_FALSE(appears(marker, 1s)) << "a command planted by nobody ran";
    // Nothing of root's landed in nobody's decoy either.
    for (const auto& entry : fs::recursive_directory_iterator(decoy)) {
        EXPECT_EQ(ownerOf(entry.path().string()), kNobody) << entry.path();
    }
    std::cout << "[          ] " << swaps << " swaps by nobody during " << opened
              << " store opens by root\n";
}

TEST_F(StoreSecurityAsRoot, RacingSwapOfTheRuntimeDirectoryNeverRedirectsTheStore) {
    raceSwappedRuntimeDirectory("");
}

TEST_F(StoreSecurityAsRoot, RacingSwapOfAFolderInThePathNeverRedirectsTheStore) {
    raceSwappedRuntimeDirectory("/rt");
}

// ---------------------------------------------------------------------------------------------
// 2. Recovery runs only what this store's owner recorded, as the verified owner

TEST_F(StoreSecurityAsRoot, RecoverNeverRunsARecordPlantedByAnotherUser) {
    OwnedDir markers{"rmtest-markers", 0, 0};
    ASSERT_TRUE(markers.ok());
    ASSERT_EQ(::chmod(markers.path().c_str(), 0777), 0);
    const std::string planted = markers.path() + "/planted";
    const std::string control = markers.path() + "/control";

    // The record itself works: in a store of root's own, recovery runs it (as root).
    {
        rmtest::TempDir own{"rmtest-own-store"};
        plantStaleRecord(own.file("store"), "echo ran > " + control, 0, 0);
        rmtest::ScopedEnvironment override{"RESTARTMANAGER_STORE_DIR", own.file("store")};
        auto recovered = rm::recoverStaleSessions();
        ASSERT_TRUE(recovered) << recovered.error().message;
        EXPECT_EQ(recovered->size(), 1U);
        EXPECT_TRUE(appears(control, 5s)) << "the positive control did not run";
        EXPECT_EQ(ownerOf(control), 0U);
    }

    // The same record in a store that nobody placed in the folder root's XDG_RUNTIME_DIR names.
    OwnedDir nobodys{"rmtest-nobody-runtime", kNobody, kNobody};
    ASSERT_TRUE(nobodys.ok());
    {
        OwnedDir staging{"rmtest-staging", 0, 0};
        ASSERT_TRUE(staging.ok());
        plantStaleRecord(staging.path() + "/restartmanager", "echo ran > " + planted, 0, 0);
        ASSERT_EQ(rmtest::runCommand("chown -R 65534:65534 " + staging.path()), 0);
        ASSERT_EQ(runAsNobody("mv " + staging.path() + "/restartmanager " + nobodys.path() + "/"),
                  0);
    }
    ASSERT_EQ(ownerOf(nobodys.path() + "/restartmanager/sessions.db"), kNobody);

    RootEnvironment env{nobodys.path()};
    // rmctl recover, a separate root process with that environment.
    {
        rmtest::SpawnOptions options;
        options.environment = {{"XDG_RUNTIME_DIR", nobodys.path()}};
        options.unset = {"RESTARTMANAGER_STORE_DIR"};
        auto child = rmtest::ChildProcess::spawn({rmctl(), "recover"}, options);
        child.readAll();
        EXPECT_EQ(child.wait(30s), 0);
    }
    // RmStartSession recovers first; and the C++ call.
    DWORD handle = kNoHandle;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    ASSERT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(RmEndSession(handle), static_cast<DWORD>(ERROR_SUCCESS));
    auto recovered = rm::recoverStaleSessions();
    EXPECT_TRUE(recovered) << recovered.error().message;
    // Pointed at nobody's store directly: refused, not read.
    {
        rmtest::ScopedEnvironment override{"RESTARTMANAGER_STORE_DIR",
                                           nobodys.path() + "/restartmanager"};
        EXPECT_FALSE(rm::recoverStaleSessions());
        EXPECT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_WRITE_FAULT));
        rmtest::SpawnOptions options;
        options.environment = {{"RESTARTMANAGER_STORE_DIR", nobodys.path() + "/restartmanager"}};
        auto child = rmtest::ChildProcess::spawn({rmctl(), "recover"}, options);
        child.readAll();
        EXPECT_NE(child.wait(30s), 0) << "rmctl recover accepted nobody's store";
    }
    EXPECT_FALSE(appears(planted, 1500ms)) << "root ran a command that nobody planted";
}

TEST_F(StoreSecurityAsRoot, RecordWhoseUserWasNotVerifiedIsNotRelaunched) {
    OwnedDir markers{"rmtest-markers", 0, 0};
    ASSERT_TRUE(markers.ok());
    ASSERT_EQ(::chmod(markers.path().c_str(), 0777), 0);
    const std::string mismatch = markers.path() + "/mismatch";
    const std::string unverified = markers.path() + "/unverified";
    const std::string verified = markers.path() + "/verified";

    // Root's own store: a record naming root for a process that belonged to nobody, one
    // without a verified owner, and a correct one.
    {
        rmtest::TempDir own{"rmtest-own-store"};
        plantStaleRecord(own.file("store"), "echo ran > " + mismatch, 0, kNobody);
        plantStaleRecord(own.file("store"), "echo ran > " + unverified, 0, std::nullopt);
        plantStaleRecord(own.file("store"), "echo ran > " + verified, 0, 0);
        rmtest::ScopedEnvironment override{"RESTARTMANAGER_STORE_DIR", own.file("store")};
        auto recovered = rm::recoverStaleSessions();
        ASSERT_TRUE(recovered) << recovered.error().message;
        EXPECT_EQ(recovered->size(), 1U);
        EXPECT_TRUE(appears(verified, 5s)) << "the verified record was not relaunched";
        EXPECT_FALSE(appears(mismatch, 1s)) << "relaunched as a user other than the verified one";
        EXPECT_FALSE(exists(unverified)) << "relaunched a record without a verified owner";
    }

    // Not root: nobody's own store, with a record for root (verified, as a tampered store would
    // say) and one for nobody. `rmctl recover` as nobody starts only nobody's.
    OwnedDir nobodys{"rmtest-nobody-runtime", kNobody, kNobody};
    ASSERT_TRUE(nobodys.ok());
    const std::string asRoot = markers.path() + "/as-root";
    const std::string asNobody = markers.path() + "/as-nobody";
    {
        OwnedDir staging{"rmtest-staging", 0, 0};
        ASSERT_TRUE(staging.ok());
        plantStaleRecord(staging.path() + "/restartmanager", "echo ran > " + asRoot, 0, 0);
        plantStaleRecord(staging.path() + "/restartmanager", "echo ran > " + asNobody, kNobody,
                         kNobody);
        ASSERT_EQ(rmtest::runCommand("chown -R 65534:65534 " + staging.path()), 0);
        ASSERT_EQ(runAsNobody("mv " + staging.path() + "/restartmanager " + nobodys.path() + "/"),
                  0);
    }
    rmtest::SpawnOptions options;
    options.asUser = "nobody";
    options.environment = {{"XDG_RUNTIME_DIR", nobodys.path()}, {"HOME", "/nonexistent"}};
    options.unset = {"RESTARTMANAGER_STORE_DIR"};
    auto child = rmtest::ChildProcess::spawn({rmctl(), "recover"}, options);
    const auto output = child.readAll();
    EXPECT_EQ(child.wait(30s), 0) << output;
    EXPECT_TRUE(appears(asNobody, 5s)) << "nobody's own record was not relaunched: " << output;
    EXPECT_EQ(ownerOf(asNobody), kNobody);
    EXPECT_FALSE(appears(asRoot, 1s)) << "a non-root recovery started a record for root";
}

// ---------------------------------------------------------------------------------------------
// 3. Denial: names in /tmp that another user can create are not used any more

TEST_F(StoreSecurityAsRoot, TmpDirectoriesPreCreatedByNobodyDenyNoOne) {
    TestUser victim;
    if (!victim.ok()) {
        GTEST_SKIP() << "cannot create a test user with useradd";
    }
    std::vector<std::unique_ptr<RemoveIfNew>> cleanup;
    for (const uid_t uid : {uid_t{0}, victim.uid()}) {
        const std::string squatted = "/tmp/restartmanager-" + std::to_string(uid);
        cleanup.push_back(std::make_unique<RemoveIfNew>(squatted));
        if (!exists(squatted)) {
            ASSERT_EQ(runAsNobody("mkdir -m 0777 " + squatted), 0);
        }
    }

    // Root: /run/restartmanager (or root's logind runtime directory).
    {
        RootEnvironment env{std::nullopt};
        DWORD handle = kNoHandle;
        WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
        ASSERT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_SUCCESS));
        auto directory = rm::openStoreDirectory();
        ASSERT_TRUE(directory) << directory.error().message;
        EXPECT_EQ(directory->path(), rootFallback());
        EXPECT_EQ(ownerOf(rootFallback()), 0U);
        EXPECT_EQ(RmEndSession(handle), static_cast<DWORD>(ERROR_SUCCESS));
    }

    // Another user: the home from the user database, not $HOME.
    auto installer =
        installerAs(victim.name(), "", {{"HOME", "/nonexistent"}}, {"XDG_RUNTIME_DIR"});
    const auto answer = ask(installer, "start");
    EXPECT_EQ(answer.substr(0, 8), "start 0 ") << answer;
    const std::string store = victim.home() + "/.local/state/restartmanager";
    EXPECT_EQ(ownerOf(store + "/sessions.db"), victim.uid());
    struct stat st {};
    ASSERT_EQ(::stat(store.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0700U);
    EXPECT_EQ(ask(installer, "end"), "end 0");
    installer.closeStdin();
    EXPECT_EQ(installer.wait(), 0);
}

// ---------------------------------------------------------------------------------------------
// 4. A secondary of the same user with another environment finds the same store

TEST_F(StoreSecurityAsRoot, SecondaryWithAnotherEnvironmentJoinsTheSameStore) {
    TestUser user;
    if (!user.ok()) {
        GTEST_SKIP() << "cannot create a test user with useradd";
    }
    if (!fs::is_directory("/run/user")) {
        GTEST_SKIP() << "no /run/user on this machine";
    }
    const std::string runtime = "/run/user/" + std::to_string(user.uid());
    RemoveIfNew removeRuntime{runtime};
    ASSERT_FALSE(removeRuntime.existed());

    const auto startPrimary = [&](const std::vector<std::pair<std::string, std::string>>& env,
                                  const std::vector<std::string>& unset) {
        auto primary = installerAs(user.name(), "", env, unset);
        const auto answer = ask(primary, "start");
        EXPECT_EQ(answer.substr(0, 8), "start 0 ") << answer;
        return std::make_pair(std::move(primary), answer.size() > 8 ? answer.substr(8) : "");
    };
    const auto joinWith = [&](const std::string& key,
                              const std::vector<std::pair<std::string, std::string>>& env,
                              const std::vector<std::string>& unset) {
        auto secondary = installerAs(user.name(), key, env, unset);
        const auto answer = ask(secondary, "join");
        secondary.closeStdin();
        secondary.wait();
        return answer;
    };

    // (a) With the logind runtime directory: XDG_RUNTIME_DIR unset and set to it agree.
    ASSERT_EQ(::mkdir(runtime.c_str(), 0700), 0);
    ASSERT_EQ(::chown(runtime.c_str(), user.uid(), user.gid()), 0);
    {
        auto [primary, key] = startPrimary({}, {"XDG_RUNTIME_DIR"});
        EXPECT_EQ(ownerOf(runtime + "/restartmanager/sessions.db"), user.uid());
        EXPECT_EQ(joinWith(key, {{"XDG_RUNTIME_DIR", runtime}}, {}), "join 0");
        EXPECT_EQ(joinWith(key, {{"XDG_RUNTIME_DIR", "/tmp"}}, {}), "join 0")
            << "an XDG_RUNTIME_DIR the user does not own is ignored";
        EXPECT_EQ(ask(primary, "end"), "end 0");
    }
    // (b) Without it (no login session): both end up under the home from the user database.
    {
        std::error_code ignored;
        fs::remove_all(runtime, ignored);
    }
    {
        auto [primary, key] = startPrimary({{"HOME", "/"}}, {"XDG_RUNTIME_DIR"});
        EXPECT_EQ(ownerOf(user.home() + "/.local/state/restartmanager/sessions.db"), user.uid());
        EXPECT_EQ(joinWith(key, {{"XDG_RUNTIME_DIR", runtime}}, {}), "join 0");
        // (c) Documented limit: an XDG_RUNTIME_DIR of the user's own that is not
        // /run/user/UID is another store; the session is not found there.
        OwnedDir own{"rmtest-own-runtime", user.uid(), user.gid()};
        ASSERT_TRUE(own.ok());
        EXPECT_EQ(joinWith(key, {{"XDG_RUNTIME_DIR", own.path()}}, {}), "join 1219");
        EXPECT_EQ(ask(primary, "end"), "end 0");
    }
}

// A user with no store (nobody: no home, no runtime directory) has no session to join: 1219,
// not the store fault (29) it got before, and the join creates no folder on the way.
TEST_F(StoreSecurityAsRoot, JoinByAUserWithoutAStoreIsACredentialConflictAndCreatesNothing) {
    const passwd* nobody = ::getpwuid(kNobody);
    ASSERT_NE(nobody, nullptr);
    const std::string home = nobody->pw_dir;
    const std::string runtime = "/run/user/" + std::to_string(kNobody);
    if (exists(home) || exists(runtime)) {
        GTEST_SKIP() << "user " << kNobody << " has a home (" << home << ") or a runtime "
                     << "directory on this machine, so it has a place for a store";
    }
    const std::string key(CCH_RM_SESSION_KEY, 'a');
    auto installer = installerAs("nobody", key, {}, {"XDG_RUNTIME_DIR"});
    EXPECT_EQ(ask(installer, "join"), "join 1219");
    EXPECT_FALSE(exists(home)) << "the join created nobody's home";
    EXPECT_FALSE(exists(runtime));
    // Starting a session needs a store, and nobody has no place for one: that stays a fault.
    EXPECT_EQ(ask(installer, "start"), "start 29");
    installer.closeStdin();
    EXPECT_EQ(installer.wait(), 0);
    EXPECT_FALSE(exists(home));
}

// A user with a private runtime directory but no store in it yet: the join finds no session and
// leaves the directory as it was; RmStartSession then creates the store, and joins find it.
TEST_F(StoreSecurityAsRoot, JoinBeforeTheFirstSessionCreatesNoStoreFolder) {
    OwnedDir runtime{"rmtest-join-runtime", kNobody, kNobody};
    ASSERT_TRUE(runtime.ok());
    const std::string store = runtime.path() + "/restartmanager";
    const std::vector<std::pair<std::string, std::string>> env{{"XDG_RUNTIME_DIR", runtime.path()}};

    auto early = installerAs("nobody", std::string(CCH_RM_SESSION_KEY, 'b'), env, {});
    EXPECT_EQ(ask(early, "join"), "join 1219");
    EXPECT_FALSE(exists(store)) << "the join created the store's folder";
    early.closeStdin();
    EXPECT_EQ(early.wait(), 0);

    auto primary = installerAs("nobody", "", env, {});
    const auto started = ask(primary, "start");
    ASSERT_EQ(started.substr(0, 8), "start 0 ") << started;
    EXPECT_EQ(ownerOf(store + "/sessions.db"), kNobody);
    auto secondary = installerAs("nobody", started.substr(8), env, {});
    EXPECT_EQ(ask(secondary, "join"), "join 0");
    EXPECT_EQ(ask(secondary, "end"), "end 0");
    secondary.closeStdin();
    EXPECT_EQ(secondary.wait(), 0);
    EXPECT_EQ(ask(primary, "end"), "end 0");
    primary.closeStdin();
    EXPECT_EQ(primary.wait(), 0);
}

// ---------------------------------------------------------------------------------------------
// 5. fork(): inherited handles are not the child's

class StoreSecurity : public rmtest::StoreTest {};

TEST_F(StoreSecurity, ForkedChildCannotUseInheritedHandles) {
    DWORD handle = kNoHandle;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    ASSERT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_SUCCESS));
    DWORD joined = kNoHandle;
    ASSERT_EQ(RmJoinSession(&joined, key), static_cast<DWORD>(ERROR_SUCCESS));
    const std::wstring file = wide(temp().file("registered"));
    LPCWSTR files[] = {file.c_str()};
    ASSERT_EQ(RmRegisterResources(handle, 1, files, 0, nullptr, 0, nullptr),
              static_cast<DWORD>(ERROR_SUCCESS));

    int report[2];
    ASSERT_EQ(::pipe(report), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(report[0]);
        std::string codes;
        for (const DWORD h : {handle, joined}) {
            UINT needed = 0;
            UINT count = 0;
            DWORD reasons = 0;
            codes += std::to_string(RmRegisterResources(h, 1, files, 0, nullptr, 0, nullptr)) +
                     " " + std::to_string(RmGetList(h, &needed, &count, nullptr, &reasons)) + " " +
                     std::to_string(RmEndSession(h)) + " ";
        }
        // The child may still start a session of its own, with a new handle.
        DWORD own = kNoHandle;
        WCHAR ownKey[CCH_RM_SESSION_KEY + 1] = {};
        const DWORD started = RmStartSession(&own, 0, ownKey);
        codes += std::to_string(started) + " " + (own != handle && own != joined ? "new" : "old") +
                 " " + std::to_string(RmEndSession(own));
        [[maybe_unused]] auto w = ::write(report[1], codes.data(), codes.size());
        ::close(report[1]);
        std::exit(0); // static destructors run, and must leave the parent's connections alone
    }
    ::close(report[1]);
    std::string codes;
    char buffer[256];
    ssize_t n = 0;
    while ((n = ::read(report[0], buffer, sizeof buffer)) > 0) {
        codes.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(report[0]);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    EXPECT_EQ(codes, "6 6 6 6 6 6 0 new 0");

    // The parent's session and handles work as before.
    auto sessions = rm::listSessions();
    ASSERT_TRUE(sessions) << sessions.error().message;
    ASSERT_EQ(sessions->size(), 1U);
    EXPECT_EQ(sessions->front().members, 2U);
    const std::wstring more = wide(temp().file("more"));
    LPCWSTR moreFiles[] = {more.c_str()};
    EXPECT_EQ(RmRegisterResources(joined, 1, moreFiles, 0, nullptr, 0, nullptr),
              static_cast<DWORD>(ERROR_SUCCESS));
    UINT needed = 0;
    UINT count = 0;
    DWORD reasons = 0;
    EXPECT_EQ(RmGetList(handle, &needed, &count, nullptr, &reasons),
              static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(sessions->front().files, 1U);
    sessions = rm::listSessions();
    ASSERT_TRUE(sessions);
    EXPECT_EQ(sessions->front().files, 2U);
    EXPECT_EQ(RmEndSession(joined), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(RmEndSession(handle), static_cast<DWORD>(ERROR_SUCCESS));
}

// ---------------------------------------------------------------------------------------------
// 6. The key is never in the store's files

// Every form of the key that could be found: hex in both cases, UTF-16 hex, the raw 16 bytes.
std::vector<std::string> formsOf(const std::string& key) {
    std::vector<std::string> forms;
    std::string lower;
    std::string upper;
    std::string raw;
    for (const char c : key) {
        lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    for (std::size_t i = 0; i + 1 < lower.size(); i += 2) {
        raw.push_back(static_cast<char>(std::stoi(lower.substr(i, 2), nullptr, 16)));
    }
    for (const auto& text : {lower, upper}) {
        forms.push_back(text);
        std::string utf16;
        for (const char c : text) {
            utf16.push_back(c);
            utf16.push_back('\0');
        }
        forms.push_back(utf16);
    }
    forms.push_back(raw);
    return forms;
}

void expectKeyNotIn(const std::string& storeFile, const std::string& key, const char* when) {
    int filesRead = 0;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const std::string path = storeFile + suffix;
        if (!exists(path)) {
            continue;
        }
        std::ifstream in(path, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), {}};
        filesRead += bytes.empty() ? 0 : 1;
        for (const auto& form : formsOf(key)) {
            EXPECT_EQ(bytes.find(form), std::string::npos)
                << "the key is in " << path << " " << when;
        }
    }
    EXPECT_GE(filesRead, 1) << "nothing was read " << when;
}

TEST_F(StoreSecurity, KeyIsNeverInTheStoreFiles) {
    DWORD handle = kNoHandle;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    ASSERT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_SUCCESS));
    const std::string text = narrow(key);
    ASSERT_EQ(text.size(), 32U);
    ASSERT_TRUE(exists(storeFile() + "-wal")) << "the test expects the WAL to be there";
    expectKeyNotIn(storeFile(), text, "during the session");

    // Joining hashes the presented key: it still works, in either case; a wrong key does not.
    auto secondary = rmtest::ChildProcess::spawn({rmtest::helperPath("rm_test_secondary")});
    secondary.writeLine(text);
    EXPECT_EQ(ask(secondary, "join"), "join 0");
    std::wstring upper = key;
    for (auto& c : upper) {
        c = static_cast<WCHAR>(std::towupper(c));
    }
    DWORD joined = kNoHandle;
    EXPECT_EQ(RmJoinSession(&joined, upper.c_str()), static_cast<DWORD>(ERROR_SUCCESS));
    std::wstring wrong = key;
    wrong[5] = wrong[5] == L'0' ? L'1' : L'0';
    DWORD refused = 4242;
    EXPECT_EQ(RmJoinSession(&refused, wrong.c_str()),
              static_cast<DWORD>(ERROR_SESSION_CREDENTIAL_CONFLICT));
    EXPECT_EQ(refused, 4242U);
    expectKeyNotIn(storeFile(), text, "with secondaries in the session");

    EXPECT_EQ(ask(secondary, "end"), "end 0");
    secondary.closeStdin();
    EXPECT_EQ(secondary.wait(), 0);
    EXPECT_EQ(RmEndSession(joined), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(RmEndSession(handle), static_cast<DWORD>(ERROR_SUCCESS));
    expectKeyNotIn(storeFile(), text, "after the session");
}

// A store of schema version 3 kept keys in clear text: its sessions are dropped, the old key
// joins nothing, and its text is gone from the files.
TEST_F(StoreSecurity, OldStoreWithClearKeysIsMigrated) {
    const std::string oldKey = "0123456789abcdef0123456789abcdef";
    ASSERT_EQ(::mkdir(storeDir().c_str(), 0700), 0);
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(storeFile().c_str(), &db), SQLITE_OK);
        const std::string sql =
            "CREATE TABLE sessions(id INTEGER PRIMARY KEY AUTOINCREMENT, session_key TEXT NOT "
            "NULL, owner_uid INTEGER NOT NULL, primary_pid INTEGER NOT NULL, primary_start "
            "INTEGER NOT NULL, created_at INTEGER NOT NULL);"
            "INSERT INTO sessions VALUES(1, '" +
            oldKey + "', " + std::to_string(::geteuid()) + ", " + std::to_string(::getpid()) +
            ", " + std::to_string(rm::currentProcessIdentity().startTicks) +
            ", 0); PRAGMA user_version=3;";
        ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    ASSERT_NE(rmtest::readFile(storeFile()).find(oldKey), std::string::npos);

    DWORD handle = kNoHandle;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    ASSERT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_SUCCESS));
    DWORD joined = 4242;
    EXPECT_EQ(RmJoinSession(&joined, wide(oldKey).c_str()),
              static_cast<DWORD>(ERROR_SESSION_CREDENTIAL_CONFLICT));
    auto sessions = rm::listSessions();
    ASSERT_TRUE(sessions) << sessions.error().message;
    EXPECT_EQ(sessions->size(), 1U);
    expectKeyNotIn(storeFile(), oldKey, "after the migration");
    expectKeyNotIn(storeFile(), narrow(key), "after the migration");
    EXPECT_EQ(RmEndSession(handle), static_cast<DWORD>(ERROR_SUCCESS));
}

// A store of schema version 5 gains the column that keeps why a stopped application is not
// restartable (version 6); its records stay, with no reason known for the old ones.
TEST_F(StoreSecurity, Version5StoreKeepsItsRecordsAndGainsTheReason) {
    rm::StoppedApplication app;
    app.identity = rm::ProcessIdentity{0x3FFFFFF1, 1};
    app.kind = rm::StoppedApplication::Kind::Service;
    app.name = "run-u1";
    app.type = RmService;
    app.unit = "run-u1.service";
    app.restartable = false;
    app.notRestartable = rm::NotRestartable::TransientUnit;
    app.restart = false;
    std::int64_t sessionId = 0;
    {
        auto directory = rm::openDirectoryNoFollow(storeDir(), 1);
        ASSERT_TRUE(directory) << directory.error().message;
        auto store = rm::SessionStore::open(std::move(*directory), 2s);
        ASSERT_TRUE(store) << store.error().message;
        auto key = rm::generateSessionKey();
        ASSERT_TRUE(key);
        auto membership = (*store)->createSession(*key, rm::currentProcessIdentity());
        ASSERT_TRUE(membership) << membership.error().message;
        sessionId = membership->sessionId;
        ASSERT_TRUE((*store)->recordShutdown(sessionId));
        ASSERT_TRUE((*store)->recordStopping(sessionId, app));
    }
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(storeFile().c_str(), &db), SQLITE_OK);
        const int rc = sqlite3_exec(
            db, "ALTER TABLE stopped DROP COLUMN not_restartable; PRAGMA user_version=5;", nullptr,
            nullptr, nullptr);
        sqlite3_close(db);
        ASSERT_EQ(rc, SQLITE_OK);
    }

    auto directory = rm::openDirectoryNoFollow(storeDir(), 0);
    ASSERT_TRUE(directory) << directory.error().message;
    auto store = rm::SessionStore::open(std::move(*directory), 2s);
    ASSERT_TRUE(store) << store.error().message;
    auto stopped = (*store)->stoppedApplications(sessionId);
    ASSERT_TRUE(stopped) << stopped.error().message;
    ASSERT_EQ(stopped->size(), 1U);
    EXPECT_EQ(stopped->front().name, "run-u1");
    EXPECT_FALSE(stopped->front().restartable);
    EXPECT_EQ(stopped->front().notRestartable, rm::NotRestartable::None) << "not known then";

    app.identity.pid += 1;
    ASSERT_TRUE((*store)->recordStopping(sessionId, app));
    stopped = (*store)->stoppedApplications(sessionId);
    ASSERT_TRUE(stopped) << stopped.error().message;
    ASSERT_EQ(stopped->size(), 2U);
    EXPECT_EQ(stopped->back().notRestartable, rm::NotRestartable::TransientUnit);
    EXPECT_TRUE((*store)->deleteSession(sessionId));
}

} // namespace

namespace {

std::string hex(const rm::Sha256Digest& digest) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (const auto b : digest) {
        out.push_back(kHex[b >> 4]);
        out.push_back(kHex[b & 0x0F]);
    }
    return out;
}

// FIPS 180-4 examples, and the lengths around the padding boundary (55, 56, 64 bytes).
TEST(StoreSecurityHash, Sha256KnownAnswers) {
    EXPECT_EQ(hex(rm::sha256("")),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(hex(rm::sha256("abc")),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(hex(rm::sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(hex(rm::sha256(std::string(1000000, 'a'))),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    EXPECT_EQ(hex(rm::sha256(std::string(55, 'a'))),
              "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    EXPECT_EQ(hex(rm::sha256(std::string(64, 'a'))),
              "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    // Keys are hashed in lowercase, so either case joins.
    EXPECT_EQ(rm::sessionKeyHash("0123456789ABCDEF0123456789ABCDEF"),
              rm::sessionKeyHash("0123456789abcdef0123456789abcdef"));
}

} // namespace
