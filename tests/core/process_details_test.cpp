// Process details read the two ways: through a pidfd (PIDFD_GET_INFO, with the cgroup read once
// per cgroup) as the scan does, and through the /proc files as on older kernels. Real processes:
// this one, paused children (one with three different user IDs), children in cgroups of their
// own, and copies of a real program under awkward names.
#include "core/private/process_details.h"
#include "core/private/process_identity.h"
#include "core/private/process_scanner.h"
#include "support/test_support.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

namespace {

using namespace std::chrono_literals;

using rmtest::PausedChild;

// The details the scan's way: through the process's /proc directory, with a memo, so that the
// pidfd way is taken where the kernel has it.
std::optional<rm::ProcessDetails> throughPidfd(pid_t pid, rm::DetailsMemo& memo) {
    const auto start = rm::readProcessStartTicks(pid);
    if (!start) {
        return std::nullopt;
    }
    const std::string path = "/proc/" + std::to_string(pid);
    const int dirFd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        return std::nullopt;
    }
    rm::KnownProcessFacts known;
    known.memo = &memo;
    auto details = rm::readProcessDetailsAt(dirFd, pid, *start, known);
    ::close(dirFd);
    return details;
}

// The details from the /proc files alone, as on a kernel without PIDFD_GET_INFO.
std::optional<rm::ProcessDetails> throughProcFiles(pid_t pid) {
    const auto start = rm::readProcessStartTicks(pid);
    return start ? rm::readProcessDetails(pid, *start) : std::nullopt;
}

void expectSameDetails(const rm::ProcessDetails& a, const rm::ProcessDetails& b) {
    EXPECT_EQ(a.pid, b.pid);
    EXPECT_EQ(a.startTicks, b.startTicks);
    EXPECT_EQ(a.parentPid, b.parentPid);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.executable, b.executable);
    EXPECT_EQ(a.realUid, b.realUid);
    EXPECT_EQ(a.effectiveUid, b.effectiveUid);
    EXPECT_EQ(a.savedUid, b.savedUid);
    EXPECT_EQ(a.realGid, b.realGid);
    EXPECT_EQ(a.hasTerminal, b.hasTerminal);
    EXPECT_EQ(a.kernelThread, b.kernelThread);
    EXPECT_EQ(a.graphical, b.graphical);
    EXPECT_EQ(a.systemBus, b.systemBus);
    EXPECT_EQ(a.loginSession, b.loginSession);
    EXPECT_EQ(a.cgroup, b.cgroup);
    EXPECT_EQ(a.systemServiceUnit, b.systemServiceUnit);
    EXPECT_EQ(a.inContainer, b.inContainer);
    EXPECT_EQ(a.inOtherPidNamespace, b.inOtherPidNamespace);
}

TEST(ProcessDetailsTest, APidfdGivesWhatTheProcFilesSay) {
    if (!rm::pidfdInfoAvailable()) {
        GTEST_SKIP() << "skipped: this kernel has no PIDFD_GET_INFO (Linux 6.13), so the details "
                        "are only read from the /proc files";
    }
    PausedChild child;
    ASSERT_GT(child.pid(), 0);
    for (const pid_t pid : {::getpid(), child.pid()}) {
        rm::DetailsMemo memo;
        const auto viaPidfd = throughPidfd(pid, memo);
        const auto viaFiles = throughProcFiles(pid);
        ASSERT_TRUE(viaPidfd.has_value()) << "pid " << pid;
        ASSERT_TRUE(viaFiles.has_value()) << "pid " << pid;
        expectSameDetails(*viaPidfd, *viaFiles);
        EXPECT_EQ(viaPidfd->realUid, ::getuid());
        EXPECT_EQ(viaPidfd->realGid, ::getgid());
        EXPECT_FALSE(viaPidfd->inOtherPidNamespace);
    }
}

TEST(ProcessDetailsTest, ThreeDifferentUserIdsEachComeFromTheirOwnField) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "skipped: needs root to give a child three different user IDs";
    }
    // Real 65534, effective 0, saved 1; real group 65533: a mix-up of any two shows.
    PausedChild child{
        [] { return ::setresgid(65533, 65533, 65533) == 0 && ::setresuid(65534, 0, 1) == 0; }};
    ASSERT_TRUE(child.ready()) << "the child could not change its IDs";
    rm::DetailsMemo memo;
    const auto viaPidfd = throughPidfd(child.pid(), memo);
    const auto viaFiles = throughProcFiles(child.pid());
    ASSERT_TRUE(viaPidfd.has_value());
    ASSERT_TRUE(viaFiles.has_value());
    for (const auto* details : {&*viaPidfd, &*viaFiles}) {
        EXPECT_EQ(details->realUid, 65534U);
        EXPECT_EQ(details->effectiveUid, 0U);
        EXPECT_EQ(details->savedUid, 1U);
        EXPECT_EQ(details->realGid, 65533U);
    }
    expectSameDetails(*viaPidfd, *viaFiles);
}

TEST(ProcessDetailsTest, AProcessThatIsGoneHasNoDetailsEitherWay) {
    PausedChild child;
    ASSERT_GT(child.pid(), 0);
    const pid_t pid = child.pid();
    const auto start = rm::readProcessStartTicks(pid);
    ASSERT_TRUE(start.has_value());
    const std::string path = "/proc/" + std::to_string(pid);
    const int dirFd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ASSERT_GE(dirFd, 0);
    child.stop(); // killed and reaped: the handle now points at no process
    rm::DetailsMemo memo;
    rm::KnownProcessFacts known;
    known.memo = &memo;
    EXPECT_FALSE(rm::readProcessDetailsAt(dirFd, pid, *start, known).has_value());
    known.pidfdInfo = false;
    EXPECT_FALSE(rm::readProcessDetailsAt(dirFd, pid, *start, known).has_value());
    ::close(dirFd);
}

// The cgroup v2 hierarchy's mount point, from /proc/self/mountinfo; empty when there is none.
std::string cgroup2Mount() {
    std::ifstream in{"/proc/self/mountinfo"};
    std::string line;
    while (std::getline(in, line)) {
        const auto separator = line.find(" - cgroup2 ");
        if (separator == std::string::npos) {
            continue;
        }
        std::istringstream fields{line.substr(0, separator)};
        std::string id, parent, device, root, point;
        fields >> id >> parent >> device >> root >> point;
        if (root == "/") {
            return point;
        }
    }
    return {};
}

// A fresh cgroup of its own under the v2 hierarchy, removed when it goes (after its processes).
class ScratchCgroup {
public:
    explicit ScratchCgroup(const std::string& mount) {
        std::string pattern = mount + "/rmtest-cgroup-XXXXXX";
        if (::mkdtemp(pattern.data()) != nullptr) {
            m_path = pattern;
        }
    }
    ~ScratchCgroup() {
        if (!m_path.empty()) {
            ::rmdir(m_path.c_str());
        }
    }
    ScratchCgroup(const ScratchCgroup&) = delete;
    ScratchCgroup& operator=(const ScratchCgroup&) = delete;

    [[nodiscard]] bool made() const { return !m_path.empty(); }
    // The path /proc/PID/cgroup shows for it (this test runs in the hierarchy's root namespace).
    [[nodiscard]] std::string shownAs() const { return m_path.substr(m_path.rfind('/')); }
    bool take(pid_t pid) const {
        std::ofstream procs{m_path + "/cgroup.procs"};
        procs << pid << '\n';
        procs.flush();
        return static_cast<bool>(procs);
    }

private:
    std::string m_path;
};

TEST(ProcessDetailsTest, EachCgroupIsReadOnceAndEveryProcessGetsItsOwn) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "skipped: needs root to make cgroups";
    }
    if (!rm::pidfdInfoAvailable()) {
        GTEST_SKIP() << "skipped: this kernel has no PIDFD_GET_INFO (Linux 6.13): no cgroup IDs";
    }
    const auto mount = cgroup2Mount();
    if (mount.empty()) {
        GTEST_SKIP() << "skipped: no cgroup v2 hierarchy is mounted here";
    }
    const std::string ownText = rmtest::readFile("/proc/self/cgroup");
    if (rm::cgroupPathOf(ownText) != "/") {
        GTEST_SKIP() << "skipped: this test runs in cgroup " << rm::cgroupPathOf(ownText)
                     << ", not in the hierarchy's root, where it makes its cgroups";
    }
    // Children go before the cgroups (declared after them): a cgroup with processes stays.
    ScratchCgroup first{mount};
    ScratchCgroup second{mount};
    ASSERT_TRUE(first.made() && second.made()) << "cannot make cgroups under " << mount;
    PausedChild a1;
    PausedChild a2;
    PausedChild b;
    ASSERT_TRUE(first.take(a1.pid()) && first.take(a2.pid()) && second.take(b.pid()));

    rm::DetailsMemo memo;
    const auto check = [&](pid_t pid, const ScratchCgroup& expected, std::size_t cgroupsKnown) {
        const auto viaPidfd = throughPidfd(pid, memo);
        const auto viaFiles = throughProcFiles(pid);
        ASSERT_TRUE(viaPidfd.has_value() && viaFiles.has_value()) << "pid " << pid;
        EXPECT_EQ(viaPidfd->cgroup, expected.shownAs()) << "pid " << pid;
        expectSameDetails(*viaPidfd, *viaFiles);
        EXPECT_EQ(memo.cgroups.size(), cgroupsKnown) << "pid " << pid;
    };
    check(a1.pid(), first, 1);
    check(a2.pid(), first, 1); // the first cgroup's facts, remembered
    check(b.pid(), second, 2);
    // A process that moves is in its new cgroup: the memo is looked up by the ID the process has
    // now, not by the process.
    ASSERT_TRUE(second.take(a1.pid()));
    check(a1.pid(), second, 2);
    a1.stop();
    a2.stop();
    b.stop();
}

// Runs a copy of `sleep` under `name` in `directory`; waits until the copy runs (its exe link
// names it).
struct RunningCopy {
    std::string path;
    std::optional<rmtest::ChildProcess> child;
};

RunningCopy runCopyOfSleep(const rmtest::TempDir& directory, const std::string& name) {
    const auto sleep = rmtest::findProgram("sleep");
    RunningCopy copy;
    if (!sleep) {
        return copy;
    }
    copy.path = directory.file(name);
    std::filesystem::copy_file(*sleep, copy.path);
    ::chmod(copy.path.c_str(), 0755);
    copy.child.emplace(rmtest::ChildProcess::spawn({copy.path, "60"}));
    const std::string exe = "/proc/" + std::to_string(copy.child->pid()) + "/exe";
    for (int i = 0; i < 200; ++i) {
        std::error_code error;
        if (std::filesystem::read_symlink(exe, error) == copy.path) {
            break;
        }
        std::this_thread::sleep_for(10ms);
    }
    return copy;
}

// The scan names each process's executable from its maps where it can, and from the exe link where
// the maps' text would not say the same (a backslash, or a newline that maps writes as "\012").
TEST(ProcessDetailsTest, TheScanNamesEachExecutableAsItsExeLinkDoes) {
    rmtest::TempDir directory;
    std::vector<RunningCopy> copies;
    for (const std::string name : {"plain copy", "back\\slash", "new\nline", "looks\\012escaped"}) {
        copies.push_back(runCopyOfSleep(directory, name));
        ASSERT_TRUE(copies.back().child.has_value()) << "no sleep program to copy";
    }
    // The old file of one of them: removed while it runs, its name still registered.
    auto removed = runCopyOfSleep(directory, "removed");
    ASSERT_TRUE(removed.child.has_value());
    ASSERT_EQ(::unlink(removed.path.c_str()), 0);

    std::vector<std::string> paths;
    for (const auto& copy : copies) {
        paths.push_back(copy.path);
    }
    paths.push_back(removed.path);
    const auto scan = rm::scanProcesses(rm::fileKeysFor(paths));
    std::vector<std::pair<pid_t, std::string>> expected;
    for (const auto& copy : copies) {
        expected.emplace_back(copy.child->pid(), copy.path);
    }
    expected.emplace_back(removed.child->pid(), removed.path);
    for (const auto& [pid, path] : expected) {
        const auto use =
            std::find_if(scan.users.begin(), scan.users.end(),
                         [pid = pid](const rm::ProcessUse& u) { return u.pid == pid; });
        ASSERT_NE(use, scan.users.end()) << "the scan did not find " << path;
        ASSERT_TRUE(use->details.has_value()) << path;
        EXPECT_EQ(use->details->executable, path);
    }
}

} // namespace
