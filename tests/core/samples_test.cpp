// Microsoft's two samples, compiled against restartmanager.h, run against each other: the
// primary sample starts a session, registers its "calc" files, lists who uses them, and hands
// the key to the secondary sample, which joins and registers its own file. Then the primary
// shuts "calc" down and starts it again.
#include "support/test_support.h"

#include "core/session.h"

#include <csignal>
#include <filesystem>
#include <regex>
#include <sstream>

namespace {

namespace fs = std::filesystem;

struct LogLine {
    long pid = 0;
    std::string text;
};

std::vector<LogLine> parseLog(const std::string& log) {
    static const std::regex pattern{R"(\[pid (\d+)\] (.*))"};
    std::vector<LogLine> lines;
    std::istringstream in{log};
    std::string line;
    while (std::getline(in, line)) {
        std::smatch match;
        if (std::regex_search(line, match, pattern)) {
            lines.push_back(LogLine{std::stol(match[1]), match[2]});
        }
    }
    return lines;
}

// Processes whose executable is `path`.
std::vector<pid_t> processesRunning(const fs::path& path) {
    std::vector<pid_t> found;
    for (const auto& entry : fs::directory_iterator{"/proc"}) {
        const auto name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) {
            continue;
        }
        std::error_code error;
        if (fs::read_symlink(entry.path() / "exe", error) == path) {
            found.push_back(static_cast<pid_t>(std::stol(name)));
        }
    }
    return found;
}

bool logged(const std::vector<LogLine>& lines, long pid, const std::string& text) {
    for (const auto& line : lines) {
        if (line.pid == pid && line.text.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}

TEST(Samples, PrimaryAndSecondaryRunAgainstEachOther) {
    rmtest::TempDir temp{"rmsamples"};
    const fs::path sampleDir{RM_SAMPLE_DIR};
    fs::remove_all(sampleDir);
    fs::create_directories(sampleDir / "System32");
    fs::create_directories(sampleDir / "SysWow64");
    // "calc": a real program started from the registered path, running before the session. As
    // Windows' calc does, it registers for restart: only such applications come back.
    const std::string store = temp.file("store");
    const fs::path calc = sampleDir / "System32" / "calc";
    fs::copy_file(rmtest::helperPath("rm_test_app"), calc);
    fs::copy_file(rmtest::helperPath("rm_test_app"), sampleDir / "SysWow64" / "calc");
    rmtest::SpawnOptions calcOptions;
    calcOptions.environment = {{"RESTARTMANAGER_STORE_DIR", store}};
    // Whatever runs from the sample's calc when the test ends (the copy RmRestart started
    // detached, even if an assertion ended the test first) is the test's to stop.
    struct CalcReaper {
        fs::path calc;
        ~CalcReaper() {
            for (const pid_t pid : processesRunning(calc)) {
                ::kill(pid, SIGKILL);
            }
        }
    } reaper{calc};
    auto calcProcess = rmtest::ChildProcess::spawn(
        {calc.string(), "--register-restart", "--restarted-by-the-sample"}, calcOptions);
    ASSERT_EQ(calcProcess.readLine().value_or(""), "registered 0");
    ASSERT_EQ(calcProcess.readLine().value_or(""), "ready");

    const std::string log = temp.file("restartmanager.log");
    rmtest::SpawnOptions options;
    options.environment = {{"RESTARTMANAGER_STORE_DIR", store},
                           {"RESTARTMANAGER_LOG_LEVEL", "info"},
                           {"RESTARTMANAGER_LOG_FILE", log}};
    auto primary = rmtest::ChildProcess::spawn({RM_SAMPLE_PRIMARY}, options);
    const std::string output = primary.readAll();
    ASSERT_EQ(primary.wait(), 0) << output;
    EXPECT_NE(output.find("secondary installer exited with 0"), std::string::npos) << output;

    const std::string text = rmtest::readFile(log);
    const auto lines = parseLog(text);
    const long primaryPid = primary.pid();
    long secondaryPid = 0;
    for (const auto& line : lines) {
        if (line.pid != primaryPid && line.text.find("RmJoinSession -> ERROR_SUCCESS") == 0) {
            secondaryPid = line.pid;
        }
    }
    ASSERT_NE(secondaryPid, 0) << "the secondary sample did not join:\n" << text;

    EXPECT_TRUE(logged(lines, primaryPid, "RmStartSession -> ERROR_SUCCESS")) << text;
    EXPECT_TRUE(logged(lines, primaryPid,
                       "RmRegisterResources(handle 0, 2 files, 0 processes, 0 services) -> "
                       "ERROR_SUCCESS"))
        << text;
    EXPECT_TRUE(logged(lines, primaryPid, "RmGetList(handle 0) -> ERROR_SUCCESS")) << text;
    EXPECT_TRUE(logged(lines, secondaryPid,
                       "RmRegisterResources(handle 0, 1 files, 0 processes, 0 services) -> "
                       "ERROR_SUCCESS"))
        << text;
    EXPECT_TRUE(logged(lines, secondaryPid, "RmEndSession(handle 0) -> ERROR_SUCCESS")) << text;
    EXPECT_TRUE(logged(lines, primaryPid, "RmShutdown(handle 0, flags 0x0) -> ERROR_SUCCESS"))
        << text;
    EXPECT_TRUE(logged(lines, primaryPid, "RmRestart(handle 0) -> ERROR_SUCCESS")) << text;

    // The "calc" that ran before was closed (it ends with 0 on SIGTERM), and a new one runs
    // from the same file.
    EXPECT_EQ(calcProcess.wait(std::chrono::seconds{5}), 0);
    const auto relaunched = processesRunning(calc);
    ASSERT_EQ(relaunched.size(), 1U) << "calc was not started again";
    EXPECT_NE(relaunched.front(), calcProcess.pid());
    ::kill(relaunched.front(), SIGKILL);
    EXPECT_TRUE(logged(lines, primaryPid, "RmEndSession(handle 0) -> ERROR_SUCCESS")) << text;
    EXPECT_FALSE(std::regex_search(text, std::regex{"[0-9a-fA-F]{32}"}))
        << "something that looks like a session key is in the log:\n"
        << text;

    ::setenv("RESTARTMANAGER_STORE_DIR", store.c_str(), 1);
    auto sessions = rm::listSessions();
    ::unsetenv("RESTARTMANAGER_STORE_DIR");
    ASSERT_TRUE(sessions) << sessions.error().message;
    EXPECT_TRUE(sessions->empty()) << "the primary sample ends its session";
    fs::remove_all(sampleDir);
}

} // namespace
