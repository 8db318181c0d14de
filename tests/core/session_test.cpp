// The session layer's ordinary paths: start, join, register, read back, end.
#include "support/test_support.h"

#include "core/log.h"
#include "core/session.h"

#include <restartmanager.h>

#include <algorithm>
#include <cwctype>
#include <optional>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <thread>

#include <spdlog/sinks/ostream_sink.h>

namespace {

using SessionTest = rmtest::StoreTest;

// That the first handle of a process is 0 is shown by
// Samples.PrimaryAndSecondaryRunAgainstEachOther, whose fresh processes work with handle 0.
TEST_F(SessionTest, StartGivesAHandleAndA32HexKey) {
    DWORD handle = 0xFFFFFFFF;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    ASSERT_EQ(RmStartSession(&handle, 0, key), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_NE(handle, 0xFFFFFFFFU);
    EXPECT_EQ(std::wstring{key}.size(), static_cast<std::size_t>(CCH_RM_SESSION_KEY));
    EXPECT_TRUE(std::all_of(key, key + CCH_RM_SESSION_KEY,
                            [](WCHAR c) { return std::iswxdigit(static_cast<wint_t>(c)) != 0; }));
    EXPECT_EQ(RmEndSession(handle), static_cast<DWORD>(ERROR_SUCCESS));
}

TEST_F(SessionTest, KeysAreDistinctAndHandlesAreNotReused) {
    std::set<std::string> keys;
    std::set<DWORD> handles;
    for (int i = 0; i < 20; ++i) {
        auto session = rm::Session::start();
        ASSERT_TRUE(session) << session.error().message;
        keys.insert(session->key());
        handles.insert(session->handle());
        ASSERT_TRUE(session->end());
    }
    EXPECT_EQ(keys.size(), 20U);
    EXPECT_EQ(handles.size(), 20U) << "an ended handle must not come back for another session";
}

TEST_F(SessionTest, StoreIsPrivateToTheUser) {
    auto session = rm::Session::start();
    ASSERT_TRUE(session) << session.error().message;
    struct stat dir {};
    ASSERT_EQ(::stat(storeDir().c_str(), &dir), 0);
    EXPECT_EQ(dir.st_mode & 0777, 0700U);
    EXPECT_EQ(dir.st_uid, ::geteuid());
    struct stat file {};
    ASSERT_EQ(::stat(storeFile().c_str(), &file), 0);
    EXPECT_EQ(file.st_mode & 077, 0U) << "no group or other access to the store file";
}

TEST_F(SessionTest, RegistrationsOfPrimaryAndSecondaryMeetInOneSession) {
    auto primary = rm::Session::start();
    ASSERT_TRUE(primary) << primary.error().message;
    auto secondary = rm::Session::join(primary->key());
    ASSERT_TRUE(secondary) << secondary.error().message;
    EXPECT_FALSE(secondary->isPrimary());
    EXPECT_TRUE(secondary->key().empty()) << "a secondary does not hold the key";

    const std::vector<std::string> mine{"/opt/demo/bin/notes", "/opt/demo/lib/libnotes.so"};
    const std::vector<std::string> theirs{"/opt/demo/share/notes.qm"};
    const std::vector<std::string> services{"cups", "dbus.socket"};
    auto self = rm::uniqueProcess(::getpid());
    ASSERT_TRUE(self);
    ASSERT_TRUE(primary->registerResources(mine, std::span{&*self, 1}, services));
    ASSERT_TRUE(secondary->registerFiles(theirs));

    auto seenBySecondary = secondary->registeredResources();
    ASSERT_TRUE(seenBySecondary) << seenBySecondary.error().message;
    std::set<std::string> files(seenBySecondary->files.begin(), seenBySecondary->files.end());
    EXPECT_EQ(files, (std::set<std::string>{"/opt/demo/bin/notes", "/opt/demo/lib/libnotes.so",
                                            "/opt/demo/share/notes.qm"}));
    std::set<std::string> units(seenBySecondary->services.begin(), seenBySecondary->services.end());
    EXPECT_EQ(units, (std::set<std::string>{"cups.service", "dbus.socket"}));
    ASSERT_EQ(seenBySecondary->processes.size(), 1U);
    EXPECT_EQ(seenBySecondary->processes[0].pid, static_cast<DWORD>(::getpid()));
}

TEST_F(SessionTest, RegisteringTwiceIsHarmlessAndPathsAreNormalised) {
    auto session = rm::Session::start();
    ASSERT_TRUE(session);
    const std::vector<std::string> files{"/opt//demo/./notes", "/opt/demo/notes/",
                                         "/opt/demo/notes"};
    ASSERT_TRUE(session->registerFiles(files));
    ASSERT_TRUE(session->registerFiles(files));
    auto registered = session->registeredResources();
    ASSERT_TRUE(registered);
    EXPECT_EQ(registered->files, std::vector<std::string>{"/opt/demo/notes"});
}

TEST_F(SessionTest, FilesNeedNotExist) {
    auto session = rm::Session::start();
    ASSERT_TRUE(session);
    const std::vector<std::string> files{temp().file("not-yet-installed/app.bin")};
    ASSERT_TRUE(session->registerFiles(files));
    auto registered = session->registeredResources();
    ASSERT_TRUE(registered);
    EXPECT_EQ(registered->files, files);
}

TEST_F(SessionTest, ListSessionsShowsCountsButNeverKeys) {
    auto session = rm::Session::start();
    ASSERT_TRUE(session);
    const std::vector<std::string> files{"/a", "/b", "/c"};
    ASSERT_TRUE(session->registerFiles(files));
    auto listed = rm::listSessions();
    ASSERT_TRUE(listed) << listed.error().message;
    ASSERT_EQ(listed->size(), 1U);
    EXPECT_EQ(listed->front().files, 3U);
    EXPECT_EQ(listed->front().members, 1U);
    EXPECT_EQ(listed->front().primary.pid, ::getpid());
    EXPECT_TRUE(listed->front().primaryRunning);
}

TEST_F(SessionTest, EveryCallIsLoggedAndTheKeyNever) {
    std::ostringstream captured;
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(captured);
    auto logger = rm::log::core();
    logger->sinks().push_back(sink);
    const auto previousLevel = logger->level();
    logger->set_level(spdlog::level::trace);

    std::string key;
    DWORD primaryHandle = 0;
    DWORD secondaryHandle = 0;
    {
        auto session = rm::Session::start();
        ASSERT_TRUE(session);
        key = session->key();
        primaryHandle = session->handle();
        auto secondary = rm::Session::join(key);
        ASSERT_TRUE(secondary);
        secondaryHandle = secondary->handle();
        const std::vector<std::string> files{"/opt/x"};
        ASSERT_TRUE(secondary->registerFiles(files));
        EXPECT_EQ(rm::Session::join(std::string(32, '0')).code(),
                  static_cast<DWORD>(ERROR_SESSION_CREDENTIAL_CONFLICT));
    }
    logger->sinks().pop_back();
    logger->set_level(previousLevel);

    const std::string log = captured.str();
    EXPECT_NE(log.find("RmStartSession -> ERROR_SUCCESS"), std::string::npos) << log;
    EXPECT_NE(log.find("RmJoinSession -> ERROR_SUCCESS"), std::string::npos) << log;
    EXPECT_NE(log.find("RmRegisterResources(handle " + std::to_string(secondaryHandle) +
                       ", 1 files, 0 processes, 0 services) -> ERROR_SUCCESS"),
              std::string::npos)
        << log;
    EXPECT_NE(log.find("RmJoinSession -> ERROR_SESSION_CREDENTIAL_CONFLICT (1219)"),
              std::string::npos)
        << log;
    EXPECT_NE(
        log.find("RmEndSession(handle " + std::to_string(primaryHandle) + ") -> ERROR_SUCCESS"),
        std::string::npos)
        << log;
    EXPECT_EQ(log.find(key), std::string::npos) << "the session key leaked into the log";
}

TEST_F(SessionTest, MovedFromSessionDoesNotEndTheSession) {
    auto started = rm::Session::start();
    ASSERT_TRUE(started);
    rm::Session session = std::move(*started);
    const std::vector<std::string> files{"/x"};
    EXPECT_TRUE(session.registerFiles(files));
    auto listed = rm::listSessions();
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->size(), 1U);
    ASSERT_TRUE(session.end());
    listed = rm::listSessions();
    ASSERT_TRUE(listed);
    EXPECT_TRUE(listed->empty()) << "the primary's end removes the session from the store";
}

// What InstallEngine::cancel() relies on: the canceller holds only the handle, so it may be used
// from another thread after the Session has ended and been destroyed, as RmCancelCurrentTask.
TEST_F(SessionTest, CancellerOutlivesTheSessionAndAnswersLikeTheCCall) {
    std::optional<rm::Session::Canceller> canceller;
    std::optional<rm::Session::Canceller> secondaryCanceller;
    DWORD handle = 0;
    {
        auto primary = rm::Session::start();
        ASSERT_TRUE(primary) << primary.error().message;
        handle = primary->handle();
        canceller = primary->canceller();
        auto secondary = rm::Session::join(primary->key());
        ASSERT_TRUE(secondary) << secondary.error().message;
        secondaryCanceller = secondary->canceller();

        rm::Status fromThread;
        std::thread([&] { fromThread = canceller->cancel(); }).join();
        EXPECT_TRUE(fromThread) << fromThread.error().message;
        EXPECT_EQ(secondaryCanceller->cancel().code(), RmCancelCurrentTask(secondary->handle()));
        EXPECT_EQ(secondaryCanceller->cancel().code(), static_cast<DWORD>(ERROR_ACCESS_DENIED));
    }
    EXPECT_EQ(canceller->cancel().code(), static_cast<DWORD>(ERROR_INVALID_HANDLE));
    EXPECT_EQ(RmCancelCurrentTask(handle), static_cast<DWORD>(ERROR_INVALID_HANDLE));
}

} // namespace
