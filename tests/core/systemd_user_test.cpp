// The systemd client and RmGetList / RmShutdown / RmRestart against a REAL user service manager
// (`systemd --user`), where the stand-in of systemd_client_test.cpp stands for the system one.
//
// PID 1 need not be systemd here (containers, CI): each test starts its own user manager in a
// private mount namespace (`unshare -m --propagation private`) where an empty folder with a
// `system/` subfolder is bind-mounted over /run/systemd, so that systemd believes it was booted
// with systemd. Its XDG_RUNTIME_DIR and XDG_CONFIG_HOME are fresh folders (units are written to
// $XDG_CONFIG_HOME/systemd/user), and it runs in a cgroup of its own (created in the systemd
// hierarchies before it starts): a user manager that finds itself at the root of a cgroup tree
// moves every process there into its init.scope. At the end the manager is stopped (it stops its
// units), anything left in its cgroups is killed, and the cgroups and folders are removed.
//
// Needs root (the namespace, the mount, the cgroups); skipped with a message without it or when
// systemd --user cannot start.
#include "support/test_support.h"

#include "core/private/systemd_client.h"
#include "core/session.h"

#include <restartmanager.h>
#include <restartmanager_linux.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

const std::string kSystemd = "/lib/systemd/systemd";

bool waitUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        if (done()) {
            return true;
        }
        if (Clock::now() >= deadline) {
            return false;
        }
        std::this_thread::sleep_for(20ms);
    }
}

bool exists(const std::string& path) {
    return ::access(path.c_str(), F_OK) == 0;
}

std::wstring widen(const std::string& ascii) {
    return std::wstring(ascii.begin(), ascii.end());
}

std::string narrow(const WCHAR* text) {
    std::string out;
    for (; *text != L'\0'; ++text) {
        out.push_back(static_cast<char>(*text));
    }
    return out;
}

// Quotes a word for sh.
std::string quoted(const std::string& word) {
    std::string out = "'";
    for (const char c : word) {
        out += c == '\'' ? std::string{"'\\''"} : std::string(1, c);
    }
    return out + "'";
}

// A real `systemd --user` in its own mount namespace, runtime folder and cgroup.
class UserManager {
public:
    UserManager() = default;
    ~UserManager() { stop(); }
    UserManager(const UserManager&) = delete;
    UserManager& operator=(const UserManager&) = delete;

    // Runs the manager as this user (root starts it, then drops to the user), not as the test.
    void runAs(uid_t user, gid_t group) {
        m_user = user;
        m_group = group;
    }
    [[nodiscard]] uid_t user() const { return m_user; }

    // Empty on success, else why the manager could not start (with its log).
    std::string start() {
        static std::atomic<int> counter{0};
        m_cgroupName = "rmtest-user-" + std::to_string(::getpid()) + "-" +
                       std::to_string(counter.fetch_add(1));
        std::filesystem::create_directories(m_dir.file("run/system"));
        std::filesystem::create_directories(m_dir.file("xdg"));
        std::filesystem::create_directories(config());
        ::chmod(runtimeDir().c_str(), 0700);
        const bool otherUser = m_user != ::getuid();
        if (otherUser) {
            // The user's own folders; the rest (its held files) readable by it.
            ::chmod(m_dir.path().c_str(), 0755);
            const std::string owner = std::to_string(m_user) + ":" + std::to_string(m_group);
            rmtest::runCommand("chown -R " + owner + " " + quoted(runtimeDir()) + " " +
                               quoted(m_dir.file("config")));
        }
        // Into a cgroup of its own in every hierarchy systemd tracks its processes with (v1's
        // name=systemd and the unified one, or the single v2 one), each below where this
        // process is; the paths go to a file so that stop() can remove them. The manager's own
        // cgroup is called user@UID.service, as a real one's is, so that its units' processes
        // are recognisable by their cgroups (".../user@0.service/app.slice/NAME.service").
        const std::string script =
            "set -u\n"
            "mount --bind \"$RM_DIR/run\" /run/systemd || exit 3\n"
            "isolated=0\n"
            "own() { sed -n \"s|^$1||p\" /proc/self/cgroup | head -n 1; }\n"
            "place() { d=\"$1$(own \"$2\" | sed 's|/$||')/$RM_CG\"; mkdir \"$d\" || exit 4;\n"
            "  echo \"$d\" >> \"$RM_DIR/cgroups\"; mkdir \"$d/$RM_LEAF\" || exit 4;\n"
            "  if [ -n \"${RM_UID:-}\" ]; then chown -R \"$RM_UID:$RM_GID\" \"$d/$RM_LEAF\"; fi\n"
            "  echo $$ > \"$d/$RM_LEAF/cgroup.procs\" || exit 4;\n"
            "  isolated=1; }\n"
            "if [ -f /sys/fs/cgroup/systemd/cgroup.procs ]; then\n"
            "  place /sys/fs/cgroup/systemd '[0-9]*:name=systemd:'; fi\n"
            "if [ -f /sys/fs/cgroup/unified/cgroup.procs ]; then\n"
            "  place /sys/fs/cgroup/unified '0::'; fi\n"
            "if [ -f /sys/fs/cgroup/cgroup.procs ]; then place /sys/fs/cgroup '0::'; fi\n"
            "[ $isolated = 1 ] || exit 5\n"
            // setpriv: credentials that change clear the parent-death signal; set it again.
            "if [ -n \"${RM_UID:-}\" ]; then exec setpriv --reuid \"$RM_UID\" --regid \"$RM_GID\" "
            "--clear-groups --pdeathsig TERM " +
            kSystemd + " --user; fi\n" + "exec " + kSystemd + " --user\n";
        std::vector<std::string> environment = {
            "PATH=/usr/sbin:/usr/bin:/sbin:/bin",
            "HOME=" + m_dir.path(),
            "XDG_RUNTIME_DIR=" + runtimeDir(),
            "XDG_CONFIG_HOME=" + m_dir.file("config"),
            "RM_DIR=" + m_dir.path(),
            "RM_CG=" + m_cgroupName,
            "RM_LEAF=user@" + std::to_string(m_user) + ".service",
        };
        if (otherUser) {
            environment.push_back("RM_UID=" + std::to_string(m_user));
            environment.push_back("RM_GID=" + std::to_string(m_group));
        }
        std::vector<char*> envp;
        for (const auto& entry : environment) {
            envp.push_back(const_cast<char*>(entry.c_str()));
        }
        envp.push_back(nullptr);
        const std::string log = m_dir.file("log");
        const pid_t pid = ::fork();
        if (pid < 0) {
            return "fork failed";
        }
        if (pid == 0) {
            // Should the test die without its teardown, the manager still stops its units.
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (::getppid() == 1) {
                ::_exit(126);
            }
            const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (fd >= 0) {
                ::dup2(fd, STDOUT_FILENO);
                ::dup2(fd, STDERR_FILENO);
            }
            const char* argv[] = {"unshare", "-m", "--propagation", "private",
                                  "/bin/sh", "-c", script.c_str(),  nullptr};
            ::execve("/usr/bin/unshare", const_cast<char* const*>(argv), envp.data());
            ::_exit(127);
        }
        m_pid = pid;
        std::string why;
        const bool ready = waitUntil(
            [&] {
                int status = 0;
                if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                    why = "systemd --user exited (status " + std::to_string(status) + ")";
                    m_pid = -1;
                    return true;
                }
                return exists(runtimeDir() + "/bus") && exists(runtimeDir() + "/systemd/private");
            },
            15s);
        if (m_pid < 0 || !ready) {
            if (why.empty()) {
                why = "systemd --user did not create its sockets in 15 s";
            }
            why += "; its log: " + rmtest::readFile(log);
            stop();
            return why;
        }
        return {};
    }

    // Stops the manager (which stops its units), kills whatever is left in its cgroups, and
    // removes them.
    void stop() {
        if (m_pid > 0) {
            ::kill(m_pid, SIGTERM);
            int status = 0;
            const bool exited =
                waitUntil([&] { return ::waitpid(m_pid, &status, WNOHANG) != 0; }, 15s);
            if (!exited) {
                ::kill(m_pid, SIGKILL);
                ::waitpid(m_pid, &status, 0);
            }
            m_pid = -1;
        }
        if (m_cgroupName.empty()) {
            return;
        }
        // Every cgroup of that name, in every hierarchy (systemd also makes them in the
        // controllers' hierarchies), deepest first.
        const std::string cleanup =
            "for d in $(find /sys/fs/cgroup -maxdepth 6 -type d -name " + m_cgroupName +
            " 2>/dev/null); do\n"
            "  for i in 1 2 3 4 5 6 7 8 9 10; do\n"
            "    p=$(find \"$d\" -name cgroup.procs -exec cat {} + 2>/dev/null)\n"
            "    [ -z \"$p\" ] && break; kill -9 $p 2>/dev/null; sleep 0.1; done\n"
            "  find \"$d\" -depth -type d -exec rmdir {} + 2>/dev/null; done; true";
        rmtest::runCommand(cleanup);
        m_cgroupName.clear();
    }

    [[nodiscard]] std::string runtimeDir() const { return m_dir.file("xdg"); }
    [[nodiscard]] std::string busAddress() const { return "unix:path=" + runtimeDir() + "/bus"; }
    [[nodiscard]] std::string config() const { return m_dir.file("config/systemd/user"); }
    [[nodiscard]] const rmtest::TempDir& dir() const { return m_dir; }

    // `systemctl --user ARGS` (or another program of systemd's) on this manager; its status.
    int run(const std::string& program, const std::string& arguments) const {
        return rmtest::runCommand("XDG_RUNTIME_DIR=" + quoted(runtimeDir()) + " " + program +
                                  " --user " + arguments + " >/dev/null 2>&1");
    }
    int systemctl(const std::string& arguments) const { return run("systemctl", arguments); }

    // Writes NAME.service with `body` under [Service] (and `unit` under [Unit]) and reloads.
    bool addUnit(const std::string& name, const std::string& body, const std::string& unit = {}) {
        std::ofstream{config() + "/" + name + ".service"}
            << "[Unit]\nDescription=restart manager test " << name << "\n"
            << unit << "\n[Service]\n"
            << body << "\n";
        return systemctl("daemon-reload") == 0;
    }

private:
    rmtest::TempDir m_dir{"rmtest-user"};
    pid_t m_pid = -1;
    std::string m_cgroupName;
    uid_t m_user = ::getuid();
    gid_t m_group = ::getgid();
};

class SystemdUserTest : public rmtest::StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (!rmtest::runningAsRoot()) {
            GTEST_SKIP() << "needs root: a real systemd --user runs in a private mount namespace "
                            "and cgroup of its own";
        }
        if (!exists(kSystemd) || !rmtest::findProgram("unshare") ||
            !rmtest::findProgram("systemctl")) {
            GTEST_SKIP() << kSystemd << ", unshare or systemctl is missing (packages systemd, "
                         << "util-linux)";
        }
        // Unit names of this test only: another test's manager may run at the same time.
        m_prefix = "rmut-" + std::to_string(::getpid()) + "-";
        beforeStart();
        if (const auto why = m_manager.start(); !why.empty()) {
            GTEST_SKIP() << "systemd --user cannot start here: " << why;
        }
        if (m_manager.user() == ::getuid()) {
            m_environment.set("RESTARTMANAGER_SYSTEMD_USER_BUS", m_manager.busAddress());
        } else {
            // Another user's bus admits only that user: root goes through the private socket.
            m_environment.set("RESTARTMANAGER_SYSTEMD_USER_RUNTIME_DIR", m_manager.runtimeDir());
        }
        // The manager takes its name on its bus only once dbus.socket has started the bus;
        // the private socket is there first.
        if (!waitUntil([&] { return client() != nullptr; }, 15s)) {
            GTEST_SKIP() << "systemd --user did not appear on its bus " << m_manager.busAddress();
        }
        // No system manager: the units below are the user manager's alone.
        m_environment.set("RESTARTMANAGER_SYSTEMD_BUS",
                          "unix:path=" + m_manager.dir().file("none"));
    }

    void TearDown() override {
        if (m_handle) {
            EXPECT_EQ(RmEndSession(*m_handle), DWORD{ERROR_SUCCESS});
        }
        m_manager.stop();
        StoreTest::TearDown();
    }

    // What a test needs before the manager starts (its user, units it cannot reload).
    virtual void beforeStart() {}

    std::string unitName(const std::string& name) const { return m_prefix + name + ".service"; }

    std::unique_ptr<rm::SystemdClient> client() {
        return rm::SystemdClient::connectUser(m_manager.user());
    }

    std::string activeState(const std::string& unit) {
        auto c = client();
        if (c == nullptr) {
            return "<no systemd>";
        }
        auto info = c->unit(unit);
        if (!info && info.error().message.find("not loaded") != std::string::npos) {
            return "inactive"; // systemd unloads an inactive unit that nothing references
        }
        return info ? info->activeState : "<" + info.error().message + ">";
    }

    pid_t mainPid(const std::string& unit) {
        auto c = client();
        if (c == nullptr) {
            return 0;
        }
        auto info = c->unit(unit);
        return info ? info->mainPid : 0;
    }

    // A long-running service; with `file`, its process holds that file open.
    void addSleeper(const std::string& name, const std::string& extra = {},
                    const std::string& file = {}) {
        const std::string start = file.empty()
                                      ? "ExecStart=/bin/sleep 600"
                                      : "ExecStart=/bin/sh -c 'exec /bin/sleep 600 3<" + file + "'";
        ASSERT_TRUE(m_manager.addUnit(m_prefix + name, start + "\n" + extra));
        ASSERT_EQ(m_manager.systemctl("start " + unitName(name)), 0);
    }

    void startSession() {
        DWORD handle = 0;
        WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
        ASSERT_EQ(RmStartSession(&handle, 0, key), DWORD{ERROR_SUCCESS});
        m_handle = handle;
        m_key = narrow(key);
    }

    DWORD registerResources(const std::vector<std::string>& files,
                            const std::vector<std::string>& services) {
        std::vector<std::wstring> wideFiles;
        std::vector<std::wstring> wideServices;
        for (const auto& f : files) {
            wideFiles.push_back(widen(f));
        }
        for (const auto& s : services) {
            wideServices.push_back(widen(s));
        }
        std::vector<LPCWSTR> fileNames;
        std::vector<LPCWSTR> serviceNames;
        for (const auto& w : wideFiles) {
            fileNames.push_back(w.c_str());
        }
        for (const auto& w : wideServices) {
            serviceNames.push_back(w.c_str());
        }
        return RmRegisterResources(*m_handle, static_cast<UINT>(fileNames.size()), fileNames.data(),
                                   0, nullptr, static_cast<UINT>(serviceNames.size()),
                                   serviceNames.data());
    }

    struct List {
        DWORD result = 0;
        DWORD rebootReasons = 0;
        std::vector<RM_PROCESS_INFO> apps;
    };
    List getList() {
        List list;
        UINT needed = 0;
        UINT count = 0;
        list.result = RmGetList(*m_handle, &needed, &count, nullptr, &list.rebootReasons);
        if (list.result == ERROR_MORE_DATA) {
            list.apps.resize(needed);
            count = needed;
            list.result =
                RmGetList(*m_handle, &needed, &count, list.apps.data(), &list.rebootReasons);
            list.apps.resize(count);
        }
        return list;
    }

    UserManager m_manager;
    rmtest::ScopedEnvironment m_environment;
    std::string m_prefix;
    std::optional<DWORD> m_handle;
    std::string m_key;
};

TEST_F(SystemdUserTest, UnitAndUnitOfProcessThroughTheUserManager) {
    addSleeper("plain");
    auto c = client();
    ASSERT_NE(c, nullptr);
    auto info = c->unit(unitName("plain"));
    ASSERT_TRUE(info) << info.error().message;
    EXPECT_EQ(info->id, unitName("plain"));
    EXPECT_EQ(info->activeState, "active");
    EXPECT_FALSE(info->refuseManualStop);
    ASSERT_GT(info->mainPid, 0);
    EXPECT_EQ(info->processes, std::vector<pid_t>{info->mainPid});
    EXPECT_EQ(c->unitOfProcess(info->mainPid).value_or("<none>"), unitName("plain"));
    EXPECT_EQ(c->unitOfProcess(::getpid()), std::nullopt) << "the test is in none of its units";

    auto missing = c->unit(unitName("missing"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.code(), DWORD{ERROR_INVALID_PARAMETER});
}

TEST_F(SystemdUserTest, StopAndStartWaitForTheJobResults) {
    addSleeper("cycle");
    auto c = client();
    ASSERT_NE(c, nullptr);
    const pid_t before = mainPid(unitName("cycle"));
    ASSERT_GT(before, 0);
    auto stopped = c->stopUnit(unitName("cycle"), 10s);
    ASSERT_TRUE(stopped) << stopped.error().message;
    EXPECT_EQ(activeState(unitName("cycle")), "inactive") << "the job ended before the answer";
    EXPECT_FALSE(exists("/proc/" + std::to_string(before)));

    auto started = c->startUnit(unitName("cycle"), 10s);
    ASSERT_TRUE(started) << started.error().message;
    EXPECT_EQ(activeState(unitName("cycle")), "active");
    EXPECT_GT(mainPid(unitName("cycle")), 0);
    EXPECT_NE(mainPid(unitName("cycle")), before);
}

TEST_F(SystemdUserTest, PrivateSocketIsADirectConnectionThatSeesJobResults) {
    // Without the bus address the client finds the manager's private socket in the runtime
    // folder, as it does in /run/user/UID: a peer-to-peer connection whose signals carry no
    // sender.
    m_environment.unset("RESTARTMANAGER_SYSTEMD_USER_BUS");
    m_environment.set("RESTARTMANAGER_SYSTEMD_USER_RUNTIME_DIR", m_manager.runtimeDir());
    addSleeper("direct");
    auto c = client();
    ASSERT_NE(c, nullptr);
    const pid_t pid = mainPid(unitName("direct"));
    EXPECT_EQ(c->unitOfProcess(pid).value_or("<none>"), unitName("direct"));
    auto stopped = c->stopUnit(unitName("direct"), 10s);
    ASSERT_TRUE(stopped) << stopped.error().message;
    auto started = c->startUnit(unitName("direct"), 10s);
    ASSERT_TRUE(started) << started.error().message;
    EXPECT_EQ(activeState(unitName("direct")), "active");
}

TEST_F(SystemdUserTest, FailingStartIsErrorFailRestartWithTheResult) {
    ASSERT_TRUE(m_manager.addUnit(m_prefix + "broken", "Type=oneshot\nExecStart=/bin/false"));
    auto c = client();
    ASSERT_NE(c, nullptr);
    auto started = c->startUnit(unitName("broken"), 10s);
    ASSERT_FALSE(started);
    EXPECT_EQ(started.code(), DWORD{ERROR_FAIL_RESTART});
    EXPECT_NE(started.error().message.find("'failed'"), std::string::npos)
        << started.error().message;
    EXPECT_EQ(activeState(unitName("broken")), "failed");
}

TEST_F(SystemdUserTest, UnitThatRefusesManualStop) {
    // RefuseManualStop= belongs to [Unit].
    ASSERT_TRUE(
        m_manager.addUnit(m_prefix + "locked", "ExecStart=/bin/sleep 600", "RefuseManualStop=yes"));
    ASSERT_EQ(m_manager.systemctl("start " + unitName("locked")), 0);
    auto c = client();
    ASSERT_NE(c, nullptr);
    auto info = c->unit(unitName("locked"));
    ASSERT_TRUE(info) << info.error().message;
    EXPECT_TRUE(info->refuseManualStop);
    const auto began = Clock::now();
    auto stopped = c->stopUnit(unitName("locked"), 10s);
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.code(), DWORD{ERROR_FAIL_SHUTDOWN});
    EXPECT_LT(Clock::now() - began, 2s);
    EXPECT_EQ(activeState(unitName("locked")), "active");

    // RmGetList: a reboot, not a stop.
    startSession();
    ASSERT_EQ(registerResources({}, {"user:" + m_prefix + "locked"}), DWORD{ERROR_SUCCESS});
    auto list = getList();
    ASSERT_EQ(list.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(list.apps.size(), 1U);
    EXPECT_EQ(list.apps[0].ApplicationType, RmService);
    EXPECT_EQ(list.apps[0].bRestartable, FALSE);
    EXPECT_EQ(list.rebootReasons, DWORD{RmRebootReasonCriticalService});
}

TEST_F(SystemdUserTest, CancelEndsTheWaitForASlowStopPromptly) {
    addSleeper("slow", "ExecStop=/bin/sleep 5");
    auto c = client();
    ASSERT_NE(c, nullptr);
    std::atomic<bool> cancel{false};
    std::thread canceller{[&] {
        std::this_thread::sleep_for(300ms);
        cancel = true;
    }};
    const auto began = Clock::now();
    auto stopped = c->stopUnit(unitName("slow"), 20s, &cancel);
    const auto took = Clock::now() - began;
    canceller.join();
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.code(), DWORD{ERROR_CANCELLED}) << stopped.error().message;
    EXPECT_LT(took, 1500ms) << "the ExecStop= takes 5 s; the cancel must not wait for it";
    EXPECT_EQ(activeState(unitName("slow")), "deactivating") << "systemd goes on stopping it";
}

TEST_F(SystemdUserTest, AnotherUserCannotReachTheManager) {
    // Root's manager admits root; nobody else gets in (the runtime folder is 0700, and systemd
    // checks its peer): such a user's RmShutdown cannot stop root's units.
    m_environment.unset("RESTARTMANAGER_SYSTEMD_USER_BUS");
    m_environment.set("RESTARTMANAGER_SYSTEMD_USER_RUNTIME_DIR", m_manager.runtimeDir());
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0) {
            ::_exit(2);
        }
        ::_exit(rm::SystemdClient::connectUser(0) == nullptr ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "uid 65534 reached root's user manager";
    EXPECT_NE(client(), nullptr) << "root does reach it";
}

TEST_F(SystemdUserTest, ShortNamesAndRegisteredNames) {
    const std::string own = std::to_string(::getuid());
    EXPECT_EQ(rm::serviceShortNameOf("user:" + own + ":pipewire.service"), "user:pipewire");
    EXPECT_EQ(rm::serviceShortNameOf("user:4242:pipewire.service"), "user:4242:pipewire");
    EXPECT_EQ(rm::serviceShortNameOf("cups.service"), "cups");
    const auto parsed = rm::parseUserUnitKey("user:4242:a:b.service");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->uid, uid_t{4242});
    EXPECT_EQ(parsed->name, "a:b.service");
    EXPECT_FALSE(rm::parseUserUnitKey("user::x.service"));
    EXPECT_FALSE(rm::parseUserUnitKey("user:12a:x.service"));
    EXPECT_FALSE(rm::parseUserUnitKey("user:4294967295:x.service"));
    EXPECT_FALSE(rm::parseUserUnitKey("cups.service"));

    // Registered: the short name, with or without the UID, names the same unit; a bad one fails.
    addSleeper("named");
    startSession();
    ASSERT_EQ(registerResources({}, {"user:" + m_prefix + "named",
                                     "user:" + own + ":" + m_prefix + "named.service"}),
              DWORD{ERROR_SUCCESS});
    auto list = getList();
    ASSERT_EQ(list.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(list.apps.size(), 1U) << "both names are one unit";
    EXPECT_EQ(narrow(list.apps[0].strServiceShortName), "user:" + m_prefix + "named");
    EXPECT_EQ(list.apps[0].Process.dwProcessId, static_cast<DWORD>(mainPid(unitName("named"))));
    EXPECT_EQ(registerResources({}, {"user:x:named"}), DWORD{ERROR_BAD_ARGUMENTS});
    EXPECT_EQ(registerResources({}, {"user:"}), DWORD{ERROR_BAD_ARGUMENTS});
}

// The whole flow with a file held by a real user service: RmGetList finds it as a service of the
// user manager, RmShutdown stops it there, RmRestart starts it again.
TEST_F(SystemdUserTest, FileHeldByAUserServiceIsStoppedAndStartedThroughTheUserManager) {
    const std::string file = m_manager.dir().file("held.txt");
    std::ofstream{file} << "data\n";
    addSleeper("holder", {}, file);
    const pid_t before = mainPid(unitName("holder"));
    ASSERT_GT(before, 0);

    startSession();
    ASSERT_EQ(registerResources({file}, {}), DWORD{ERROR_SUCCESS});
    auto list = getList();
    ASSERT_EQ(list.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(list.apps.size(), 1U);
    EXPECT_EQ(list.apps[0].ApplicationType, RmService);
    EXPECT_EQ(narrow(list.apps[0].strServiceShortName), "user:" + m_prefix + "holder");
    EXPECT_EQ(list.apps[0].Process.dwProcessId, static_cast<DWORD>(before));
    EXPECT_EQ(list.apps[0].bRestartable, TRUE);
    EXPECT_EQ(list.rebootReasons, DWORD{RmRebootReasonNone});

    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(activeState(unitName("holder")), "inactive");
    EXPECT_TRUE(waitUntil([&] { return !exists("/proc/" + std::to_string(before)); }, 5s));
    auto stopped = getList();
    ASSERT_EQ(stopped.apps.size(), 1U);
    EXPECT_EQ(stopped.apps[0].AppStatus, ULONG{RmStatusStopped});
    EXPECT_EQ(narrow(stopped.apps[0].strServiceShortName), "user:" + m_prefix + "holder");

    ASSERT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(activeState(unitName("holder")), "active");
    const pid_t after = mainPid(unitName("holder"));
    ASSERT_GT(after, 0);
    EXPECT_NE(after, before);
    // The new main process holds the file again.
    EXPECT_TRUE(waitUntil(
        [&] {
            std::error_code error;
            const auto target =
                std::filesystem::read_symlink("/proc/" + std::to_string(after) + "/fd/3", error);
            return !error && target == std::filesystem::path{file};
        },
        5s));
    auto restarted = getList();
    ASSERT_EQ(restarted.apps.size(), 1U) << "one entry: the service's new process";
    EXPECT_EQ(restarted.apps[0].Process.dwProcessId, static_cast<DWORD>(after));
    EXPECT_EQ(restarted.apps[0].AppStatus, ULONG{RmStatusRunning | RmStatusRestarted});
}

// A transient unit (systemd-run: no unit file) is gone once it stops, so RmGetList lists it as
// not restartable and says why; a unit with a unit file beside it is restartable, and the whole
// flow works for it. RmShutdownOnlyRegistered refuses because of the transient one.
TEST_F(SystemdUserTest, TransientUnitIsNotRestartableBesideAUnitWithAUnitFile) {
    const std::string file = m_manager.dir().file("held.txt");
    std::ofstream{file} << "data\n";
    addSleeper("filed", {}, file);
    ASSERT_EQ(m_manager.run("systemd-run", "--unit=" + unitName("transient") + " /bin/sh -c " +
                                               quoted("exec /bin/sleep 600 3<" + file)),
              0)
        << "systemd-run --user did not start the transient unit";
    const pid_t filed = mainPid(unitName("filed"));
    const pid_t transient = mainPid(unitName("transient"));
    ASSERT_GT(filed, 0);
    ASSERT_GT(transient, 0);
    ASSERT_TRUE(
        waitUntil([&] { return exists("/proc/" + std::to_string(transient) + "/fd/3"); }, 5s));
    {
        auto c = client();
        ASSERT_NE(c, nullptr);
        auto info = c->unit(unitName("transient"));
        ASSERT_TRUE(info) << info.error().message;
        EXPECT_TRUE(info->transient);
        auto plain = c->unit(unitName("filed"));
        ASSERT_TRUE(plain) << plain.error().message;
        EXPECT_FALSE(plain->transient);
    }

    startSession();
    ASSERT_EQ(registerResources({file}, {}), DWORD{ERROR_SUCCESS});
    auto list = getList();
    ASSERT_EQ(list.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(list.apps.size(), 2U);
    EXPECT_EQ(list.rebootReasons, DWORD{RmRebootReasonNone});
    std::map<std::string, const RM_PROCESS_INFO*> byName;
    for (const auto& app : list.apps) {
        EXPECT_EQ(app.ApplicationType, RmService);
        byName[narrow(app.strServiceShortName)] = &app;
    }
    const std::string transientName = "user:" + m_prefix + "transient";
    const std::string filedName = "user:" + m_prefix + "filed";
    ASSERT_NE(byName[transientName], nullptr);
    ASSERT_NE(byName[filedName], nullptr);
    EXPECT_EQ(byName[transientName]->bRestartable, FALSE);
    EXPECT_EQ(byName[filedName]->bRestartable, TRUE);

    // The C++ API says why (a secondary may list).
    const auto reasons = [&] {
        std::map<std::string, std::pair<bool, rm::NotRestartable>> out;
        auto secondary = rm::Session::join(m_key);
        EXPECT_TRUE(secondary) << secondary.error().message;
        if (!secondary) {
            return out;
        }
        auto affected = secondary->affectedApplications();
        EXPECT_TRUE(affected) << affected.error().message;
        if (affected) {
            for (const auto& app : affected->applications) {
                out[app.serviceShortName] = {app.restartable, app.notRestartable};
            }
        }
        return out;
    };
    auto explained = reasons();
    EXPECT_EQ(explained[transientName], std::make_pair(false, rm::NotRestartable::TransientUnit));
    EXPECT_EQ(explained[filedName], std::make_pair(true, rm::NotRestartable::None));

    // As for any application that cannot come back: nothing is stopped.
    EXPECT_EQ(RmShutdown(*m_handle, RmShutdownOnlyRegistered, nullptr),
              DWORD{ERROR_FAIL_NOACTION_REBOOT});
    EXPECT_EQ(activeState(unitName("transient")), "active");
    EXPECT_EQ(activeState(unitName("filed")), "active");

    // Without it both stop, only the unit with a unit file comes back, and RmRestart succeeds.
    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(activeState(unitName("filed")), "inactive");
    EXPECT_EQ(activeState(unitName("transient")), "inactive") << "systemd forgot it";
    EXPECT_TRUE(waitUntil([&] { return !exists("/proc/" + std::to_string(transient)); }, 5s));
    ASSERT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(activeState(unitName("filed")), "active");
    EXPECT_EQ(activeState(unitName("transient")), "inactive");
    const pid_t after = mainPid(unitName("filed"));
    ASSERT_GT(after, 0);
    EXPECT_NE(after, filed);

    auto restarted = getList();
    ASSERT_EQ(restarted.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(restarted.apps.size(), 2U);
    for (const auto& app : restarted.apps) {
        if (narrow(app.strServiceShortName) == transientName) {
            EXPECT_EQ(app.AppStatus, ULONG{RmStatusStopped});
            EXPECT_EQ(app.bRestartable, FALSE) << "the same before and after";
        } else {
            EXPECT_EQ(narrow(app.strServiceShortName), filedName);
            EXPECT_EQ(app.AppStatus, ULONG{RmStatusRunning | RmStatusRestarted});
            EXPECT_EQ(app.bRestartable, TRUE);
        }
    }
    explained = reasons();
    EXPECT_EQ(explained[transientName], std::make_pair(false, rm::NotRestartable::TransientUnit))
        << "the reason is kept with the stopped unit";
}

// Three processes of one user service that refuses a manual stop hold the file, and so does a
// second service: found through the manager by PID (asked once per cgroup, the unit read once),
// the three are one entry that means a reboot, the other its own entry.
TEST_F(SystemdUserTest, ProcessesOfAServiceThatRefusesManualStopAreOneEntryThatMeansReboot) {
    const std::string file = m_manager.dir().file("held.txt");
    std::ofstream{file} << "data\n";
    const std::string hold = "/bin/sleep 600 3<" + file;
    ASSERT_TRUE(
        m_manager.addUnit(m_prefix + "workers",
                          "ExecStart=/bin/sh -c '" + hold + " & " + hold + " & exec " + hold + "'",
                          "RefuseManualStop=yes"));
    ASSERT_EQ(m_manager.systemctl("start " + unitName("workers")), 0);
    addSleeper("other", {}, file);
    ASSERT_TRUE(waitUntil(
        [&] {
            auto c = client();
            if (!c) {
                return false;
            }
            auto info = c->unit(unitName("workers"));
            return info && info->processes.size() == 3U;
        },
        5s))
        << "the service's three processes did not start";

    startSession();
    ASSERT_EQ(registerResources({file}, {}), DWORD{ERROR_SUCCESS});
    auto list = getList();
    ASSERT_EQ(list.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(list.apps.size(), 2U) << "one entry for each service";
    std::map<std::string, const RM_PROCESS_INFO*> byName;
    for (const auto& app : list.apps) {
        EXPECT_EQ(app.ApplicationType, RmService);
        byName[narrow(app.strServiceShortName)] = &app;
    }
    const auto* workers = byName["user:" + m_prefix + "workers"];
    const auto* other = byName["user:" + m_prefix + "other"];
    ASSERT_NE(workers, nullptr);
    ASSERT_NE(other, nullptr);
    EXPECT_EQ(workers->bRestartable, FALSE);
    EXPECT_EQ(other->bRestartable, TRUE);
    EXPECT_EQ(other->Process.dwProcessId, static_cast<DWORD>(mainPid(unitName("other"))));
    EXPECT_EQ(list.rebootReasons, DWORD{RmRebootReasonCriticalService});
    EXPECT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_FAIL_NOACTION_REBOOT});
    EXPECT_EQ(activeState(unitName("workers")), "active") << "nothing was stopped";
    EXPECT_EQ(activeState(unitName("other")), "active") << "nothing was stopped";
}

// As on a real system: no bus override, so RmGetList asks the manager only about processes whose
// cgroup lies below user@UID.service, and reaches it through its private socket.
TEST_F(SystemdUserTest, RecognisedByItsCgroupAndReachedThroughThePrivateSocket) {
    const std::string file = m_manager.dir().file("held.txt");
    std::ofstream{file} << "data\n";
    addSleeper("bycgroup", {}, file);
    const pid_t before = mainPid(unitName("bycgroup"));
    ASSERT_GT(before, 0);
    const auto cgroup = rmtest::readFile("/proc/" + std::to_string(before) + "/cgroup");
    EXPECT_NE(cgroup.find("/user@" + std::to_string(::getuid()) + ".service/app.slice/" +
                          unitName("bycgroup")),
              std::string::npos)
        << cgroup;
    m_environment.unset("RESTARTMANAGER_SYSTEMD_USER_BUS");
    m_environment.set("RESTARTMANAGER_SYSTEMD_USER_RUNTIME_DIR", m_manager.runtimeDir());

    startSession();
    ASSERT_EQ(registerResources({file}, {}), DWORD{ERROR_SUCCESS});
    auto list = getList();
    ASSERT_EQ(list.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(list.apps.size(), 1U);
    EXPECT_EQ(list.apps[0].ApplicationType, RmService);
    EXPECT_EQ(narrow(list.apps[0].strServiceShortName), "user:" + m_prefix + "bycgroup");
    EXPECT_EQ(list.apps[0].bRestartable, TRUE);
    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(activeState(unitName("bycgroup")), "inactive");
    ASSERT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(activeState(unitName("bycgroup")), "active");
}

// With the manager out of reach, the cgroup alone still names the unit; stopping it then fails
// (nothing is signalled behind systemd's back).
TEST_F(SystemdUserTest, CgroupAloneNamesTheUnitWhenTheManagerIsOutOfReach) {
    const std::string file = m_manager.dir().file("held.txt");
    std::ofstream{file} << "data\n";
    addSleeper("unreached", {}, file);
    const pid_t pid = mainPid(unitName("unreached"));
    ASSERT_GT(pid, 0);
    m_environment.unset("RESTARTMANAGER_SYSTEMD_USER_BUS");
    m_environment.set("RESTARTMANAGER_SYSTEMD_USER_RUNTIME_DIR", m_manager.dir().file("none"));

    startSession();
    ASSERT_EQ(registerResources({file}, {}), DWORD{ERROR_SUCCESS});
    auto list = getList();
    ASSERT_EQ(list.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(list.apps.size(), 1U);
    EXPECT_EQ(list.apps[0].ApplicationType, RmService);
    EXPECT_EQ(narrow(list.apps[0].strServiceShortName), "user:" + m_prefix + "unreached");
    EXPECT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_FAIL_SHUTDOWN});
    EXPECT_TRUE(exists("/proc/" + std::to_string(pid))) << "nothing stopped it";
}

// Root and another user's units: root reaches the manager of user 65534 through its private
// socket (the user's dbus-daemon would not admit root), and RmGetList / RmShutdown / RmRestart
// manage that user's service as they do root's own.
class SystemdOtherUserTest : public SystemdUserTest {
protected:
    void beforeStart() override {
        m_manager.runAs(kNobody, kNobody);
        // Written before the manager starts: root's systemctl cannot reload another's manager.
        m_file = m_manager.dir().file("held.txt");
        std::ofstream{m_file} << "data\n";
        ::chmod(m_file.c_str(), 0644);
        std::filesystem::create_directories(m_manager.config());
        std::ofstream{m_manager.config() + "/" + unitName("theirs")}
            << "[Service]\nExecStart=/bin/sh -c 'exec /bin/sleep 600 3<" << m_file << "'\n";
    }

    static constexpr uid_t kNobody = 65534;
    std::string m_file;
};

TEST_F(SystemdOtherUserTest, RootStopsAndStartsAnotherUsersUnit) {
    auto c = client();
    ASSERT_NE(c, nullptr) << "root reaches the manager of user " << kNobody;
    auto started = c->startUnit(unitName("theirs"), 10s);
    ASSERT_TRUE(started) << started.error().message;
    const pid_t before = mainPid(unitName("theirs"));
    ASSERT_GT(before, 0);
    struct stat info {};
    ASSERT_EQ(::stat(("/proc/" + std::to_string(before)).c_str(), &info), 0);
    EXPECT_EQ(info.st_uid, kNobody) << "the service runs as its user";

    startSession();
    ASSERT_EQ(registerResources({m_file}, {}), DWORD{ERROR_SUCCESS});
    auto list = getList();
    ASSERT_EQ(list.result, DWORD{ERROR_SUCCESS});
    ASSERT_EQ(list.apps.size(), 1U);
    EXPECT_EQ(list.apps[0].ApplicationType, RmService);
    EXPECT_EQ(narrow(list.apps[0].strServiceShortName),
              "user:" + std::to_string(kNobody) + ":" + m_prefix + "theirs");
    EXPECT_EQ(list.apps[0].bRestartable, TRUE);
    EXPECT_EQ(list.rebootReasons, DWORD{RmRebootReasonNone});

    ASSERT_EQ(RmShutdown(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(activeState(unitName("theirs")), "inactive");
    ASSERT_EQ(RmRestart(*m_handle, 0, nullptr), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(activeState(unitName("theirs")), "active");
    EXPECT_NE(mainPid(unitName("theirs")), before);
}

} // namespace
