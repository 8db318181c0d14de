// SystemdClient against a real dbus-daemon on a private socket, with rm_test_fake_systemd owning
// org.freedesktop.systemd1 on it and real child processes as the units' processes.

#include "core/private/systemd_client.h"
#include "support/test_support.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using rm::SystemdClient;
using rmtest::ChildProcess;
using rmtest::findProgram;
using rmtest::PrivateBus;
using rmtest::ScopedEnvironment;

constexpr const char* kBusVariable = "RESTARTMANAGER_SYSTEMD_BUS";
constexpr int kTerminated = 128 + SIGTERM;

std::chrono::milliseconds since(Clock::time_point start) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
}

ChildProcess sleeper() {
    return ChildProcess::spawn({"/bin/sleep", "60"});
}

bool stillRunning(ChildProcess& child) {
    return child.wait(150ms) == -1;
}

class SystemdClientTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto daemon = findProgram("dbus-daemon");
        if (!daemon) {
            GTEST_SKIP() << "dbus-daemon is not installed";
        }
        ASSERT_EQ(m_bus.start(*daemon), "");

        const auto pid = [](const ChildProcess& c) { return std::to_string(c.pid()); };
        const auto units = m_bus.dir().file("units");
        std::ofstream{units} << "# name state options\n"
                             << "demo.service active refuse=no pids=" << pid(m_demoMain) << ","
                             << pid(m_demoWorker) << " main=" << pid(m_demoMain)
                             << " stop=done start=done\n"
                             << "locked.service active refuse=yes pids=" << pid(m_locked)
                             << " main=" << pid(m_locked) << " stop=done start=done\n"
                             << "flaky.service active refuse=no pids=" << pid(m_flaky)
                             << " main=" << pid(m_flaky) << " stop=failed start=done\n"
                             << "broken.service inactive refuse=no pids= main=0 start=failed\n"
                             << "slow.service active refuse=no pids=" << pid(m_slow)
                             << " main=" << pid(m_slow) << " delay=3000\n"
                             << "quick.service active pids= main=0 delay=0\n"
                             << "demo.socket active refuse=no pids= main=0\n"
                             << "getty@tty-1.service active pids= main=0\n";

        m_fake.emplace(ChildProcess::spawn(
            {rmtest::helperPath("rm_test_fake_systemd"), m_bus.address(), units}));
        const auto ready = m_fake->readLine(10s);
        ASSERT_EQ(ready.value_or("<nothing>"), "ready");
        m_environment.emplace(kBusVariable, m_bus.address());
    }

    void TearDown() override {
        m_environment.reset();
        if (m_fake) {
            m_fake->kill(SIGTERM);
            EXPECT_EQ(m_fake->wait(5s), 0) << "the fake systemd did not exit cleanly";
            m_fake.reset();
        }
        m_bus.stop();
    }

    std::unique_ptr<SystemdClient> connect() {
        auto client = SystemdClient::connect();
        EXPECT_NE(client, nullptr);
        return client;
    }

    PrivateBus m_bus;
    std::optional<ChildProcess> m_fake;
    std::optional<ScopedEnvironment> m_environment;
    ChildProcess m_demoMain = sleeper();
    ChildProcess m_demoWorker = sleeper();
    ChildProcess m_locked = sleeper();
    ChildProcess m_flaky = sleeper();
    ChildProcess m_slow = sleeper();
    ChildProcess m_unrelated = sleeper();
};

TEST_F(SystemdClientTest, ConnectsToTheBusNamedInTheEnvironment) {
    const auto start = Clock::now();
    const auto client = SystemdClient::connect();
    EXPECT_NE(client, nullptr);
    EXPECT_LT(since(start), 1000ms);
}

TEST_F(SystemdClientTest, UnitReportsTheConfiguredValues) {
    const auto client = connect();
    ASSERT_NE(client, nullptr);

    auto demo = client->unit("demo.service");
    ASSERT_TRUE(demo.ok()) << demo.error().message;
    EXPECT_EQ(demo->id, "demo.service");
    EXPECT_EQ(demo->activeState, "active");
    EXPECT_FALSE(demo->refuseManualStop);
    EXPECT_EQ(demo->mainPid, m_demoMain.pid());
    EXPECT_EQ(demo->processes, (std::vector<pid_t>{m_demoMain.pid(), m_demoWorker.pid()}));

    auto locked = client->unit("locked.service");
    ASSERT_TRUE(locked.ok()) << locked.error().message;
    EXPECT_EQ(locked->id, "locked.service");
    EXPECT_TRUE(locked->refuseManualStop);
    EXPECT_EQ(locked->mainPid, m_locked.pid());
    EXPECT_EQ(locked->processes, std::vector<pid_t>{m_locked.pid()});

    auto broken = client->unit("broken.service");
    ASSERT_TRUE(broken.ok()) << broken.error().message;
    EXPECT_EQ(broken->activeState, "inactive");
    EXPECT_EQ(broken->mainPid, 0);
    EXPECT_TRUE(broken->processes.empty());

    // Not a service: no Service interface, so no main process.
    auto socket = client->unit("demo.socket");
    ASSERT_TRUE(socket.ok()) << socket.error().message;
    EXPECT_EQ(socket->id, "demo.socket");
    EXPECT_EQ(socket->activeState, "active");
    EXPECT_EQ(socket->mainPid, 0);

    // A name that systemd escapes in its object path.
    auto getty = client->unit("getty@tty-1.service");
    ASSERT_TRUE(getty.ok()) << getty.error().message;
    EXPECT_EQ(getty->id, "getty@tty-1.service");
}

TEST_F(SystemdClientTest, UnknownUnitIsAnInvalidParameter) {
    const auto client = connect();
    ASSERT_NE(client, nullptr);
    const auto unknown = client->unit("nosuch.service");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.code(), ERROR_INVALID_PARAMETER);
    EXPECT_NE(unknown.error().message.find("nosuch.service"), std::string::npos)
        << unknown.error().message;
    EXPECT_NE(unknown.error().message.find("NoSuchUnit"), std::string::npos)
        << unknown.error().message;

    const auto invalid = client->unit("not a unit name");
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.code(), ERROR_INVALID_PARAMETER);
}

TEST_F(SystemdClientTest, UnitOfProcess) {
    const auto client = connect();
    ASSERT_NE(client, nullptr);
    EXPECT_EQ(client->unitOfProcess(m_demoMain.pid()), "demo.service");
    EXPECT_EQ(client->unitOfProcess(m_demoWorker.pid()), "demo.service");
    EXPECT_EQ(client->unitOfProcess(m_locked.pid()), "locked.service");
    EXPECT_EQ(client->unitOfProcess(m_unrelated.pid()), std::nullopt);
    EXPECT_EQ(client->unitOfProcess(::getpid()), std::nullopt);
    EXPECT_EQ(client->unitOfProcess(0), std::nullopt);
    EXPECT_EQ(client->unitOfProcess(-1), std::nullopt);
}

TEST_F(SystemdClientTest, StopUnitStopsTheServiceAndItsProcesses) {
    const auto client = connect();
    ASSERT_NE(client, nullptr);
    const auto start = Clock::now();
    const auto stopped = client->stopUnit("demo.service", 5s);
    EXPECT_TRUE(stopped.ok()) << stopped.error().message;
    EXPECT_LT(since(start), 1000ms);

    EXPECT_EQ(m_demoMain.wait(5s), kTerminated);
    EXPECT_EQ(m_demoWorker.wait(5s), kTerminated);
    EXPECT_TRUE(stillRunning(m_unrelated));

    auto after = client->unit("demo.service");
    ASSERT_TRUE(after.ok()) << after.error().message;
    EXPECT_EQ(after->activeState, "inactive");
    EXPECT_EQ(after->mainPid, 0);
    EXPECT_TRUE(after->processes.empty());
    EXPECT_EQ(client->unitOfProcess(m_demoMain.pid()), std::nullopt);
}

TEST_F(SystemdClientTest, StopOfAUnitThatRefusesManualStopFails) {
    const auto client = connect();
    ASSERT_NE(client, nullptr);
    const auto stopped = client->stopUnit("locked.service", 5s);
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.code(), ERROR_FAIL_SHUTDOWN);
    EXPECT_NE(stopped.error().message.find("locked.service"), std::string::npos)
        << stopped.error().message;
    EXPECT_NE(stopped.error().message.find("OnlyByDependency"), std::string::npos)
        << stopped.error().message;
    EXPECT_TRUE(stillRunning(m_locked));
    auto after = client->unit("locked.service");
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->activeState, "active");
}

TEST_F(SystemdClientTest, StopJobThatFailsIsAShutdownFailure) {
    const auto client = connect();
    ASSERT_NE(client, nullptr);
    const auto stopped = client->stopUnit("flaky.service", 5s);
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.code(), ERROR_FAIL_SHUTDOWN);
    EXPECT_NE(stopped.error().message.find("flaky.service"), std::string::npos)
        << stopped.error().message;
    EXPECT_NE(stopped.error().message.find("'failed'"), std::string::npos)
        << stopped.error().message;
    EXPECT_TRUE(stillRunning(m_flaky));
    auto after = client->unit("flaky.service");
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->activeState, "failed");
}

TEST_F(SystemdClientTest, StopAndStartOfAnUnknownUnitFail) {
    const auto client = connect();
    ASSERT_NE(client, nullptr);
    const auto stopped = client->stopUnit("nosuch.service", 5s);
    EXPECT_EQ(stopped.code(), ERROR_FAIL_SHUTDOWN);
    if (!stopped.ok()) {
        EXPECT_NE(stopped.error().message.find("NoSuchUnit"), std::string::npos)
            << stopped.error().message;
    }
    const auto started = client->startUnit("nosuch.service", 5s);
    EXPECT_EQ(started.code(), ERROR_FAIL_RESTART);
    if (!started.ok()) {
        EXPECT_NE(started.error().message.find("nosuch.service"), std::string::npos)
            << started.error().message;
    }
}

TEST_F(SystemdClientTest, StartUnitMakesTheUnitActiveAgain) {
    const auto client = connect();
    ASSERT_NE(client, nullptr);
    ASSERT_TRUE(client->stopUnit("demo.service", 5s).ok());
    ASSERT_EQ(client->unit("demo.service")->activeState, "inactive");

    const auto start = Clock::now();
    const auto started = client->startUnit("demo.service", 5s);
    EXPECT_TRUE(started.ok()) << started.error().message;
    EXPECT_LT(since(start), 1000ms);
    EXPECT_EQ(client->unit("demo.service")->activeState, "active");
}

TEST_F(SystemdClientTest, StartJobThatFailsIsARestartFailure) {
    const auto client = connect();
    ASSERT_NE(client, nullptr);
    const auto started = client->startUnit("broken.service", 5s);
    ASSERT_FALSE(started.ok());
    EXPECT_EQ(started.code(), ERROR_FAIL_RESTART);
    EXPECT_NE(started.error().message.find("broken.service"), std::string::npos)
        << started.error().message;
    EXPECT_NE(started.error().message.find("'failed'"), std::string::npos)
        << started.error().message;
}

TEST_F(SystemdClientTest, JobsThatEndAtOnceAreNotMissed) {
    // delay=0: JobRemoved can reach the client before or together with the job's path.
    const auto client = connect();
    ASSERT_NE(client, nullptr);
    for (int i = 0; i < 25; ++i) {
        const auto stopped = client->stopUnit("quick.service", 2s);
        ASSERT_TRUE(stopped.ok()) << i << ": " << stopped.error().message;
        const auto started = client->startUnit("quick.service", 2s);
        ASSERT_TRUE(started.ok()) << i << ": " << started.error().message;
    }
    EXPECT_EQ(client->unit("quick.service")->activeState, "active");
}

TEST_F(SystemdClientTest, SlowJobTimesOut) {
    const auto client = connect();
    ASSERT_NE(client, nullptr);
    const auto start = Clock::now();
    const auto stopped = client->stopUnit("slow.service", 300ms);
    const auto elapsed = since(start);
    EXPECT_EQ(stopped.code(), ERROR_SEM_TIMEOUT);
    EXPECT_GE(elapsed, 300ms);
    EXPECT_LT(elapsed, 1000ms);
    // The job still runs in systemd.
    EXPECT_EQ(client->unit("slow.service")->activeState, "deactivating");
    EXPECT_TRUE(stillRunning(m_slow));
}

TEST_F(SystemdClientTest, CancelEndsTheWaitPromptly) {
    const auto client = connect();
    ASSERT_NE(client, nullptr);
    std::atomic<bool> cancel{false};
    std::thread canceller{[&cancel] {
        std::this_thread::sleep_for(100ms);
        cancel = true;
    }};
    const auto start = Clock::now();
    const auto stopped = client->stopUnit("slow.service", 10s, &cancel);
    const auto elapsed = since(start);
    canceller.join();
    EXPECT_EQ(stopped.code(), ERROR_CANCELLED);
    EXPECT_GE(elapsed, 100ms);
    EXPECT_LT(elapsed, 500ms);
}

TEST_F(SystemdClientTest, CancelledBeforeTheCallQueuesNoJob) {
    const auto client = connect();
    ASSERT_NE(client, nullptr);
    const std::atomic<bool> cancel{true};
    EXPECT_EQ(client->stopUnit("demo.service", 5s, &cancel).code(), ERROR_CANCELLED);
    EXPECT_EQ(client->startUnit("demo.service", 5s, &cancel).code(), ERROR_CANCELLED);
    EXPECT_EQ(client->unit("demo.service")->activeState, "active");
    EXPECT_TRUE(stillRunning(m_demoMain));
}

TEST_F(SystemdClientTest, LosingTheBusEndsTheWait) {
    const auto client = connect();
    ASSERT_NE(client, nullptr);
    std::thread killer{[this] {
        std::this_thread::sleep_for(100ms);
        m_bus.stop();
    }};
    const auto start = Clock::now();
    const auto stopped = client->stopUnit("slow.service", 10s);
    const auto elapsed = since(start);
    killer.join();
    EXPECT_EQ(stopped.code(), ERROR_FAIL_SHUTDOWN);
    EXPECT_LT(elapsed, 2000ms);
    // The fake leaves with the bus.
    EXPECT_NE(m_fake->wait(5s), -1);
    m_fake.reset();
}

TEST(SystemdClientWithoutSystemd, BusWithoutSystemdGivesNoClient) {
    const auto daemon = findProgram("dbus-daemon");
    if (!daemon) {
        GTEST_SKIP() << "dbus-daemon is not installed";
    }
    PrivateBus bus;
    ASSERT_EQ(bus.start(*daemon), "");
    const ScopedEnvironment variable{kBusVariable, bus.address()};
    const auto start = Clock::now();
    EXPECT_EQ(SystemdClient::connect(), nullptr);
    EXPECT_LT(since(start), 1000ms);
    bus.stop();
}

TEST(SystemdClientWithoutSystemd, UnreachableBusGivesNoClient) {
    const rmtest::TempDir dir{"rmsdbus"};
    const ScopedEnvironment variable{kBusVariable, "unix:path=" + dir.file("no-bus-here")};
    const auto start = Clock::now();
    EXPECT_EQ(SystemdClient::connect(), nullptr);
    EXPECT_LT(since(start), 1000ms);
}

TEST(SystemdClientWithoutSystemd, MissingSystemBusGivesNoClient) {
    const rmtest::TempDir dir{"rmsdbus"};
    ScopedEnvironment environment;
    environment.unset(kBusVariable);
    environment.set("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + dir.file("no-system-bus"));
    const auto start = Clock::now();
    EXPECT_EQ(SystemdClient::connect(), nullptr);
    EXPECT_LT(since(start), 1000ms);
}

TEST(SystemdClientWithoutSystemd, SystemBusOfThisMachineDoesNotHang) {
    ScopedEnvironment environment;
    environment.unset(kBusVariable);
    environment.unset("DBUS_SYSTEM_BUS_ADDRESS");
    const auto start = Clock::now();
    const auto client = SystemdClient::connect();
    EXPECT_LT(since(start), 6000ms);
    std::error_code ignored;
    if (!std::filesystem::exists("/run/dbus/system_bus_socket", ignored)) {
        EXPECT_EQ(client, nullptr) << "no system bus here, yet connect() found systemd";
    }
}

} // namespace
