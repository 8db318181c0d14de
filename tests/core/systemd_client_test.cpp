// SystemdClient against a real dbus-daemon on a private socket, with rm_test_fake_systemd owning
// org.freedesktop.systemd1 on it and real child processes as the units' processes.

#include "core/systemd_client.h"
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

constexpr const char* kBusVariable = "RESTARTMANAGER_SYSTEMD_BUS";
constexpr int kTerminated = 128 + SIGTERM;

std::chrono::milliseconds since(Clock::time_point start) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
}

std::optional<std::string> findProgram(const std::string& name) {
    std::string path = std::getenv("PATH") != nullptr ? std::getenv("PATH") : "";
    path += ":/usr/bin:/bin";
    std::size_t begin = 0;
    while (begin <= path.size()) {
        const auto end = std::min(path.find(':', begin), path.size());
        const auto candidate = path.substr(begin, end - begin) + "/" + name;
        if (end > begin && ::access(candidate.c_str(), X_OK) == 0) {
            return candidate;
        }
        begin = end + 1;
    }
    return std::nullopt;
}

// Sets (or with nullopt removes) an environment variable and restores it afterwards.
class EnvironmentVariable {
public:
    EnvironmentVariable(std::string name, const std::optional<std::string>& value)
        : m_name{std::move(name)} {
        if (const char* old = std::getenv(m_name.c_str())) {
            m_old = old;
        }
        set(value);
    }
    ~EnvironmentVariable() { set(m_old); }
    EnvironmentVariable(const EnvironmentVariable&) = delete;
    EnvironmentVariable& operator=(const EnvironmentVariable&) = delete;

private:
    void set(const std::optional<std::string>& value) {
        if (value) {
            ::setenv(m_name.c_str(), value->c_str(), 1);
        } else {
            ::unsetenv(m_name.c_str());
        }
    }
    std::string m_name;
    std::optional<std::string> m_old;
};

// A real dbus-daemon listening on a socket in a temporary directory, with a policy that allows
// everything.
class PrivateBus {
public:
    // Empty `problem` on success.
    void start(const std::string& daemon, std::string& problem) {
        const auto config = m_dir.file("bus.conf");
        std::ofstream{config}
            << R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=)"
            << m_dir.file("bus") << R"(</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";
        // dbus-daemon's complaints (as root in a container it cannot raise its fd limit) go to a
        // log that a failure shows; exec keeps the daemon's PID the child's.
        const auto log = m_dir.file("dbus-daemon.log");
        m_daemon.emplace(ChildProcess::spawn(
            {"/bin/sh", "-c", R"(log=$1; shift; exec "$@" 2>"$log")", "sh", log, daemon, "--nofork",
             "--print-address=1", "--config-file=" + config}));
        const auto line = m_daemon->readLine(10s);
        if (!line || !line->starts_with("unix:")) {
            problem = "dbus-daemon printed no address" + (line ? ": " + *line : std::string{}) +
                      "; its log: " + rmtest::readFile(log);
            return;
        }
        m_address = *line;
    }

    void stop() {
        if (m_daemon) {
            m_daemon->kill(SIGTERM);
            m_daemon->wait(5s);
            m_daemon.reset();
        }
    }

    [[nodiscard]] const std::string& address() const { return m_address; }
    [[nodiscard]] const rmtest::TempDir& dir() const { return m_dir; }

private:
    rmtest::TempDir m_dir{"rmsdbus"};
    std::optional<ChildProcess> m_daemon;
    std::string m_address;
};

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
        std::string problem;
        m_bus.start(*daemon, problem);
        ASSERT_EQ(problem, "");

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
    std::optional<EnvironmentVariable> m_environment;
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
    std::string problem;
    bus.start(*daemon, problem);
    ASSERT_EQ(problem, "");
    const EnvironmentVariable variable{kBusVariable, bus.address()};
    const auto start = Clock::now();
    EXPECT_EQ(SystemdClient::connect(), nullptr);
    EXPECT_LT(since(start), 1000ms);
    bus.stop();
}

TEST(SystemdClientWithoutSystemd, UnreachableBusGivesNoClient) {
    const rmtest::TempDir dir{"rmsdbus"};
    const EnvironmentVariable variable{kBusVariable, "unix:path=" + dir.file("no-bus-here")};
    const auto start = Clock::now();
    EXPECT_EQ(SystemdClient::connect(), nullptr);
    EXPECT_LT(since(start), 1000ms);
}

TEST(SystemdClientWithoutSystemd, MissingSystemBusGivesNoClient) {
    const rmtest::TempDir dir{"rmsdbus"};
    const EnvironmentVariable variable{kBusVariable, std::nullopt};
    const EnvironmentVariable system{"DBUS_SYSTEM_BUS_ADDRESS",
                                     "unix:path=" + dir.file("no-system-bus")};
    const auto start = Clock::now();
    EXPECT_EQ(SystemdClient::connect(), nullptr);
    EXPECT_LT(since(start), 1000ms);
}

TEST(SystemdClientWithoutSystemd, SystemBusOfThisMachineDoesNotHang) {
    const EnvironmentVariable variable{kBusVariable, std::nullopt};
    const EnvironmentVariable system{"DBUS_SYSTEM_BUS_ADDRESS", std::nullopt};
    const auto start = Clock::now();
    const auto client = SystemdClient::connect();
    EXPECT_LT(since(start), 6000ms);
    std::error_code ignored;
    if (!std::filesystem::exists("/run/dbus/system_bus_socket", ignored)) {
        EXPECT_EQ(client, nullptr) << "no system bus here, yet connect() found systemd";
    }
}

} // namespace
