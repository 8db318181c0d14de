// RM_UNIQUE_PROCESS on Linux: PID plus start time, which must tell a process from a later one
// that got the same PID.
#include "core/private/process_details.h"
#include "core/private/process_identity.h"
#include "support/test_support.h"

#include <restartmanager.h>
#include <restartmanager_linux.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <optional>
#include <signal.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <gtest/gtest.h>

namespace {

using namespace std::chrono_literals;

constexpr std::uint64_t kUnixEpochAsFileTime = 116'444'736'000'000'000ULL;
constexpr std::uint64_t kFileTimeUnitsPerSecond = 10'000'000ULL;

std::uint64_t toFileTime(std::chrono::system_clock::time_point time) {
    const auto units =
        std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count() / 100;
    return kUnixEpochAsFileTime + static_cast<std::uint64_t>(units);
}

std::uint64_t value(const FILETIME& fileTime) {
    return (std::uint64_t{fileTime.dwHighDateTime} << 32) | fileTime.dwLowDateTime;
}

FILETIME fromValue(std::uint64_t v) {
    return FILETIME{static_cast<DWORD>(v & 0xFFFFFFFFU), static_cast<DWORD>(v >> 32)};
}

// When this test program was loaded: the process started shortly before.
const std::uint64_t kLoadedAt = toFileTime(std::chrono::system_clock::now());

std::uint64_t ticksPerSecond() {
    return static_cast<std::uint64_t>(::sysconf(_SC_CLK_TCK));
}

std::uint64_t unitsPerTick() {
    return kFileTimeUnitsPerSecond / ticksPerSecond();
}

std::optional<std::uint64_t> bootTimeFromProcStat() {
    const auto stat = rmtest::readFile("/proc/stat");
    const auto pos = stat.find("\nbtime ");
    if (pos == std::string::npos) {
        return std::nullopt;
    }
    return std::stoull(stat.substr(pos + 7));
}

RM_UNIQUE_PROCESS uniqueProcessOf(pid_t pid) {
    RM_UNIQUE_PROCESS process{};
    EXPECT_EQ(RmLinuxGetUniqueProcess(pid, &process), DWORD{ERROR_SUCCESS}) << "pid " << pid;
    return process;
}

using rmtest::PausedChild;

// Makes the kernel hand out `pid + 1` to the next new process (if free); 0 or an errno value.
int writeLastPid(pid_t pid) {
    const int fd = ::open("/proc/sys/kernel/ns_last_pid", O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        return errno;
    }
    const auto text = std::to_string(pid);
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    const int error = ok ? 0 : errno;
    ::close(fd);
    return error;
}

// The clock tick (since boot, as in /proc/PID/stat) that is running now.
std::uint64_t currentBootTick() {
    timespec now{};
    ::clock_gettime(CLOCK_BOOTTIME, &now);
    const auto ns = static_cast<std::uint64_t>(now.tv_sec) * 1'000'000'000ULL +
                    static_cast<std::uint64_t>(now.tv_nsec);
    return ns / (1'000'000'000ULL / ticksPerSecond());
}

TEST(ProcessIdentityTest, SelfHasItsPidAndARecentStartTime) {
    const auto before = toFileTime(std::chrono::system_clock::now());
    const auto self = uniqueProcessOf(::getpid());
    EXPECT_EQ(self.dwProcessId, static_cast<DWORD>(::getpid()));
    const auto started = value(self.ProcessStartTime);
    EXPECT_LE(started, before);
    EXPECT_LE(started, kLoadedAt);
    // /proc/stat's boot time is truncated to whole seconds, and loading a sanitizer build on a
    // loaded machine took more than 9 s once (exec to static initialisation), so allow a minute:
    // still far from a start time taken from the wrong process or from boot.
    EXPECT_GE(started + 60 * kFileTimeUnitsPerSecond, kLoadedAt);
    // The same process gives the same value every time.
    EXPECT_EQ(value(uniqueProcessOf(::getpid()).ProcessStartTime), started);
    EXPECT_TRUE(RmLinuxIsSameProcessRunning(&self));
}

TEST(ProcessIdentityTest, FreshChildStartsNoEarlierThanThisProcess) {
    const auto self = uniqueProcessOf(::getpid());
    auto child = rmtest::ChildProcess::spawn({"/bin/cat"});
    const auto before = toFileTime(std::chrono::system_clock::now());
    const auto process = uniqueProcessOf(child.pid());
    EXPECT_EQ(process.dwProcessId, static_cast<DWORD>(child.pid()));
    EXPECT_GE(value(process.ProcessStartTime), value(self.ProcessStartTime));
    EXPECT_LE(value(process.ProcessStartTime), before);
    child.closeStdin();
    EXPECT_EQ(child.wait(), 0);
}

TEST(ProcessIdentityTest, SameProcessRunningFollowsTheChildsLife) {
    auto child = rmtest::ChildProcess::spawn({"/bin/cat"});
    const auto process = uniqueProcessOf(child.pid());
    EXPECT_TRUE(RmLinuxIsSameProcessRunning(&process));
    EXPECT_TRUE(rm::isRunning(rm::ProcessIdentity{
        child.pid(), rm::fileTimeToStartTicks(process.ProcessStartTime).value_or(0)}));

    child.closeStdin();
    ASSERT_EQ(child.wait(), 0);
    EXPECT_FALSE(RmLinuxIsSameProcessRunning(&process));
    RM_UNIQUE_PROCESS gone{};
    EXPECT_EQ(RmLinuxGetUniqueProcess(child.pid(), &gone), DWORD{ERROR_INVALID_PARAMETER});
}

TEST(ProcessIdentityTest, SamePidWithAnotherStartTimeIsNotTheSameProcess) {
    const auto self = uniqueProcessOf(::getpid());
    const auto started = value(self.ProcessStartTime);
    for (const auto other : {started + unitsPerTick(), started - unitsPerTick(), started + 1}) {
        RM_UNIQUE_PROCESS changed = self;
        changed.ProcessStartTime = fromValue(other);
        EXPECT_FALSE(RmLinuxIsSameProcessRunning(&changed)) << other;
    }
    const auto ticks = rm::readProcessStartTicks(::getpid());
    ASSERT_TRUE(ticks);
    EXPECT_TRUE(rm::isRunning(rm::ProcessIdentity{::getpid(), *ticks}));
    EXPECT_FALSE(rm::isRunning(rm::ProcessIdentity{::getpid(), *ticks + 1}));
}

TEST(ProcessIdentityTest, BadArgumentsAreRejected) {
    RM_UNIQUE_PROCESS process{};
    EXPECT_EQ(RmLinuxGetUniqueProcess(::getpid(), nullptr), DWORD{ERROR_BAD_ARGUMENTS});
    EXPECT_EQ(RmLinuxGetUniqueProcess(0, &process), DWORD{ERROR_BAD_ARGUMENTS});
    EXPECT_EQ(RmLinuxGetUniqueProcess(-1, &process), DWORD{ERROR_BAD_ARGUMENTS});
    EXPECT_EQ(process.dwProcessId, 0U) << "a failed call must not fill in the structure";

    EXPECT_FALSE(RmLinuxIsSameProcessRunning(nullptr));
    RM_UNIQUE_PROCESS zero{};
    EXPECT_FALSE(RmLinuxIsSameProcessRunning(&zero));
    RM_UNIQUE_PROCESS huge = uniqueProcessOf(::getpid());
    huge.dwProcessId = 0x80000000U | static_cast<DWORD>(::getpid());
    EXPECT_FALSE(RmLinuxIsSameProcessRunning(&huge));
}

TEST(ProcessIdentityTest, NonexistentPidIsAnInvalidParameter) {
    // PIDs are always below pid_max, so pid_max itself never names a process.
    const auto pidMax = std::stol(rmtest::readFile("/proc/sys/kernel/pid_max"));
    const auto pid = static_cast<pid_t>(pidMax);
    ASSERT_EQ(::kill(pid, 0), -1);
    ASSERT_EQ(errno, ESRCH);
    RM_UNIQUE_PROCESS process{};
    EXPECT_EQ(RmLinuxGetUniqueProcess(pid, &process), DWORD{ERROR_INVALID_PARAMETER});
    process = uniqueProcessOf(::getpid());
    process.dwProcessId = static_cast<DWORD>(pid);
    EXPECT_FALSE(RmLinuxIsSameProcessRunning(&process));
}

TEST(ProcessIdentityTest, StartTicksAndFileTimeConvertBothWays) {
    const auto bootTime = bootTimeFromProcStat();
    ASSERT_TRUE(bootTime) << "no btime line in /proc/stat";
    const auto boot = kUnixEpochAsFileTime + *bootTime * kFileTimeUnitsPerSecond;
    EXPECT_EQ(value(rm::startTicksToFileTime(0)), boot);
    EXPECT_EQ(value(rm::startTicksToFileTime(ticksPerSecond())), boot + kFileTimeUnitsPerSecond);

    const auto self = rm::readProcessStartTicks(::getpid());
    ASSERT_TRUE(self);
    for (const std::uint64_t ticks :
         {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{99}, std::uint64_t{100},
          std::uint64_t{12345}, *self, std::uint64_t{1'000'000'000}}) {
        EXPECT_EQ(rm::fileTimeToStartTicks(rm::startTicksToFileTime(ticks)), ticks);
    }
    EXPECT_EQ(value(uniqueProcessOf(::getpid()).ProcessStartTime),
              value(rm::startTicksToFileTime(*self)));

    // Not on a tick, before boot, or zero: no process can have started then.
    EXPECT_EQ(rm::fileTimeToStartTicks(fromValue(boot + 1)), std::nullopt);
    EXPECT_EQ(rm::fileTimeToStartTicks(fromValue(boot + unitsPerTick() - 1)), std::nullopt);
    EXPECT_EQ(rm::fileTimeToStartTicks(fromValue(boot - unitsPerTick())), std::nullopt);
    EXPECT_EQ(rm::fileTimeToStartTicks(FILETIME{0, 0}), std::nullopt);
    EXPECT_EQ(rm::fileTimeToUint64(FILETIME{0x89ABCDEFU, 0x01234567U}), 0x0123456789ABCDEFULL);
}

TEST(ProcessIdentityTest, ReusedPidIsNotTheSameProcess) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root to write /proc/sys/kernel/ns_last_pid and force a PID reuse";
    }
    const auto lastPid = rmtest::readFile("/proc/sys/kernel/ns_last_pid");
    if (lastPid.empty()) {
        GTEST_SKIP()
            << "/proc/sys/kernel/ns_last_pid is not readable here; cannot force a PID reuse";
    }
    if (const int error = writeLastPid(static_cast<pid_t>(std::stol(lastPid))); error != 0) {
        GTEST_SKIP() << "/proc/sys/kernel/ns_last_pid is not writable here ("
                     << std::strerror(error) << "); cannot force a PID reuse";
    }

    // Other processes on the machine may take the PID between the write and the fork: retry.
    for (int attempt = 0; attempt < 50; ++attempt) {
        PausedChild a;
        ASSERT_GT(a.pid(), 0);
        const auto recordA = uniqueProcessOf(a.pid());
        ASSERT_TRUE(RmLinuxIsSameProcessRunning(&recordA));
        const auto ticksA = rm::fileTimeToStartTicks(recordA.ProcessStartTime);
        ASSERT_TRUE(ticksA);
        // /proc/PID/stat has the start time in clock ticks (10 ms): a process that reuses a PID
        // within the same tick as the first one started is indistinguishable from it. A real reuse
        // only comes after the PIDs wrapped around, far later; wait for the next tick here.
        while (currentBootTick() <= *ticksA) {
            std::this_thread::sleep_for(1ms);
        }
        const pid_t pidA = a.pid();
        a.stop();
        ASSERT_FALSE(RmLinuxIsSameProcessRunning(&recordA));

        ASSERT_EQ(writeLastPid(pidA - 1), 0);
        PausedChild b;
        ASSERT_GT(b.pid(), 0);
        if (b.pid() != pidA) {
            continue; // someone else took it
        }
        const auto recordB = uniqueProcessOf(b.pid());
        EXPECT_EQ(recordB.dwProcessId, recordA.dwProcessId);
        EXPECT_NE(value(recordB.ProcessStartTime), value(recordA.ProcessStartTime));
        EXPECT_GT(value(recordB.ProcessStartTime), value(recordA.ProcessStartTime));
        EXPECT_TRUE(RmLinuxIsSameProcessRunning(&recordB));
        EXPECT_FALSE(RmLinuxIsSameProcessRunning(&recordA))
            << "PID " << pidA << " was reused, but the old record still matches";
        EXPECT_FALSE(rm::isRunning(rm::ProcessIdentity{pidA, *ticksA}));
        return;
    }
    FAIL() << "could not get the same PID for a second child in 50 attempts";
}

} // namespace

// RmGetList asks the system manager for a process's unit only when the cgroup path leaves it open
// whether that unit is a plain service: the answers for scopes and template instances are never
// used, and each question is a D-Bus round trip.
TEST(CgroupUnits, ScopesAndInstancesAreToldFromThePathAndAnythingElseIsAskedFor) {
    for (const char* cgroup : {
             "/user.slice/user-1000.slice/session-2.scope",
             "/user.slice/user-1000.slice/user@1000.service/app.slice/pipewire.service",
             "/user.slice/user-1000.slice/user@1000.service/init.scope",
             "/system.slice/system-getty.slice/getty@tty1.service",
             "/init.scope",
             "/machine.slice/machine-qemu.scope/payload",
         }) {
        EXPECT_TRUE(rm::systemUnitIsScopeOrInstance(cgroup)) << cgroup;
    }
    for (const char* cgroup : {
             "",
             "/",
             "/system.slice/cups.service",
             "/system.slice/docker.service/sub/x.scope", // delegated: the unit is docker.service
             "/custom.slice/backup.service",
             "/user.slice/user-1000.slice", // a slice has no processes of its own
             "/system.slice/not-a-unit.scopes",
         }) {
        EXPECT_FALSE(rm::systemUnitIsScopeOrInstance(cgroup)) << cgroup;
    }
}
