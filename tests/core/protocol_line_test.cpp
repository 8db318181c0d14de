// The secondary installer protocol's line format, terminal escaping, and output files that the
// user names (issue 8: protocol injection, terminal injection, predictable names in /tmp).
#include "core/output_file.h"
#include "core/protocol_line.h"
#include "support/test_support.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using rm::protocol::escapeField;
using rm::protocol::escapeForTerminal;
using rm::protocol::formatLine;
using rm::protocol::parseLine;

TEST(ProtocolLine, ATargetWithALineEndStaysOneField) {
    const std::string forged = "bin/f\nfile\t/pkg/payload/f\t/ANY/PATH";
    const std::string line = formatLine({"file", "/pkg/payload/f", forged});
    EXPECT_EQ(line.find('\n'), std::string::npos);
    auto fields = parseLine(line);
    ASSERT_TRUE(fields) << fields.error().message;
    ASSERT_EQ(fields->size(), 3U);
    EXPECT_EQ((*fields)[0], "file");
    EXPECT_EQ((*fields)[2], forged);
}

TEST(ProtocolLine, EveryByteRoundTrips) {
    std::string all;
    for (int c = 1; c < 256; ++c) {
        all.push_back(static_cast<char>(c));
    }
    const std::string escaped = escapeField(all);
    for (const char c : escaped) {
        EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            << "raw control byte " << static_cast<int>(c);
    }
    auto fields = parseLine(formatLine({"x", all, ""}));
    ASSERT_TRUE(fields) << fields.error().message;
    ASSERT_EQ(fields->size(), 3U);
    EXPECT_EQ((*fields)[1], all);
    EXPECT_EQ((*fields)[2], "");
}

TEST(ProtocolLine, MalformedLinesAreRefusedWhole) {
    for (const std::string& bad :
         {std::string{"file\t/a\tb\x01"}, std::string{"file\t/a\\q"}, std::string{"file\t/a\\"},
          std::string{"file\t/a\\x4"}, std::string{"file\t/a\\xZZ"}, std::string{"file\t/a\\x00b"},
          std::string{"file\t/a\x7f"}, std::string{"a\nb"}}) {
        auto fields = parseLine(bad);
        EXPECT_FALSE(fields) << "accepted: " << escapeForTerminal(bad);
        if (!fields) {
            EXPECT_EQ(fields.code(), ERROR_BAD_ARGUMENTS);
        }
    }
}

TEST(ProtocolLine, ATrailingCarriageReturnIsTolerated) {
    auto fields = parseLine("applied\r");
    ASSERT_TRUE(fields);
    EXPECT_EQ(*fields, std::vector<std::string>{"applied"});
}

TEST(TerminalText, ControlBytesAndC1AreShownEscaped) {
    EXPECT_EQ(escapeForTerminal("evil\x1b[2J\nrow\r"), "evil\\x1b[2J\\x0arow\\x0d");
    EXPECT_EQ(escapeForTerminal("csi\xc2\x9b"
                                "31m"),
              "csi\\u009b31m");
    EXPECT_EQ(escapeForTerminal("Grüße 日本"), "Grüße 日本");
    EXPECT_EQ(escapeForTerminal("bad\xff"), "bad\\xff");
}

// rmctl list prints the names of other users' processes: a program named with an ESC sequence
// and a line end must neither clear the screen nor forge a row.
TEST(TerminalText, RmctlListEscapesProcessNames) {
    rmtest::TempDir temp{"rmctl-escape"};
    const std::filesystem::path rmctl =
        std::filesystem::path{rmtest::helperPath("rm_test_secondary")}.parent_path().parent_path() /
        "app" / "rmctl";
    ASSERT_TRUE(std::filesystem::exists(rmctl)) << rmctl;
    const std::string evilName = temp.file("x\x1b[2J\x1b]0;owned\x07\nforged");
    std::filesystem::copy_file(rmtest::helperPath("rm_test_file_holder"), evilName);
    ASSERT_EQ(::chmod(evilName.c_str(), 0755), 0);
    const std::string held = temp.file("held.txt");
    ASSERT_EQ(rmtest::runCommand("echo x > '" + held + "'"), 0);

    auto holder = rmtest::ChildProcess::spawn({evilName, "-", held});
    auto ready = holder.readLine();
    ASSERT_TRUE(ready && ready->starts_with("holding")) << "the holder did not start";

    rmtest::ScopedEnvironment env{"RESTARTMANAGER_STORE_DIR", temp.file("store")};
    auto list = rmtest::ChildProcess::spawn({rmctl.string(), "list", held});
    list.closeStdin();
    const std::string output = list.readAll();
    EXPECT_EQ(list.wait(), 0);
    holder.closeStdin();
    EXPECT_EQ(holder.wait(), 0);

    SCOPED_TRACE("rmctl said:\n" + escapeForTerminal(output));
    EXPECT_EQ(output.find('\x1b'), std::string::npos) << "a raw ESC reached the terminal";
    EXPECT_EQ(output.find('\x07'), std::string::npos);
    EXPECT_NE(output.find("\\x1b[2J"), std::string::npos) << "the name is shown, escaped";
    // The header and one row: the line end in the name forged no second row.
    EXPECT_EQ(std::count(output.begin(), output.end(), '\n'), 2);
}

// rmctl list accepts files that do not exist, as the API does, but warns about each on stderr,
// naming it escaped: the name is whatever the user (or a script) passed. The exit status and
// stdout are those of a list of existing files.
TEST(TerminalText, RmctlListWarnsAboutFilesThatDoNotExist) {
    rmtest::TempDir temp{"rmctl-missing"};
    const std::filesystem::path rmctl =
        std::filesystem::path{rmtest::helperPath("rm_test_secondary")}.parent_path().parent_path() /
        "app" / "rmctl";
    ASSERT_TRUE(std::filesystem::exists(rmctl)) << rmctl;
    const std::string existing = temp.file("existing.txt");
    ASSERT_EQ(rmtest::runCommand("echo x > '" + existing + "'"), 0);
    const std::string missing = temp.file("missing.txt");
    const std::string belowAFile = existing + "/below";
    const std::string evil = temp.file("gone\x1b[2J\nforged");
    const std::string errors = temp.file("stderr");

    rmtest::ScopedEnvironment env{"RESTARTMANAGER_STORE_DIR", temp.file("store")};
    rmtest::SpawnOptions options;
    options.environment = {{"RM_STDERR", errors}};
    auto list =
        rmtest::ChildProcess::spawn({"/bin/sh", "-c", "exec \"$0\" list \"$@\" 2>\"$RM_STDERR\"",
                                     rmctl.string(), existing, missing, belowAFile, evil},
                                    options);
    list.closeStdin();
    const std::string output = list.readAll();
    EXPECT_EQ(list.wait(), 0) << "a warning does not change the exit status";
    EXPECT_EQ(output, "no application or service uses these resources\n");

    const std::string warnings = rmtest::readFile(errors);
    SCOPED_TRACE("rmctl warned:\n" + escapeForTerminal(warnings));
    EXPECT_NE(warnings.find("rmctl: warning: " + missing + " does not exist\n"), std::string::npos);
    EXPECT_NE(warnings.find("rmctl: warning: " + belowAFile + " does not exist\n"),
              std::string::npos);
    EXPECT_NE(warnings.find("rmctl: warning: " + temp.file("gone\\x1b[2J\\x0aforged") +
                            " does not exist\n"),
              std::string::npos)
        << "the name is shown escaped";
    EXPECT_EQ(warnings.find(existing + " does not exist"), std::string::npos);
    EXPECT_EQ(warnings.find('\x1b'), std::string::npos) << "a raw ESC reached the terminal";
    EXPECT_EQ(std::count(warnings.begin(), warnings.end(), '\n'), 3) << "one line per file";
}

class OutputFileTest : public ::testing::Test {
protected:
    rmtest::TempDir m_temp{"output-file"};
};

TEST_F(OutputFileTest, WritesANewFileOwnerOnly) {
    const std::string path = m_temp.file("result.txt");
    auto fd = rm::openOutputFile(path, rm::OutputMode::Truncate);
    ASSERT_TRUE(fd) << fd.error().message;
    ASSERT_TRUE(rm::writeAllTo(*fd, "3010\n"));
    ::close(*fd);
    EXPECT_EQ(rmtest::readFile(path), "3010\n");
    struct stat st {};
    ASSERT_EQ(::stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600U);
}

TEST_F(OutputFileTest, TruncatesOnlyAfterTheChecks) {
    const std::string path = m_temp.file("result.txt");
    ASSERT_EQ(rmtest::runCommand("printf 'old content' > '" + path + "'"), 0);
    auto fd = rm::openOutputFile(path, rm::OutputMode::Truncate);
    ASSERT_TRUE(fd) << fd.error().message;
    ASSERT_TRUE(rm::writeAllTo(*fd, "0\n"));
    ::close(*fd);
    EXPECT_EQ(rmtest::readFile(path), "0\n");
}

TEST_F(OutputFileTest, APlantedSymlinkIsNotFollowed) {
    const std::string victim = m_temp.file("victim");
    ASSERT_EQ(rmtest::runCommand("printf 'precious' > '" + victim + "'"), 0);
    const std::string path = m_temp.file("result.txt");
    ASSERT_EQ(::symlink(victim.c_str(), path.c_str()), 0);
    for (const auto mode :
         {rm::OutputMode::Truncate, rm::OutputMode::Append, rm::OutputMode::CreateNew}) {
        auto fd = rm::openOutputFile(path, mode);
        ASSERT_FALSE(fd);
        EXPECT_EQ(fd.code(),
                  mode == rm::OutputMode::CreateNew ? ERROR_WRITE_FAULT : ERROR_ACCESS_DENIED);
    }
    EXPECT_EQ(rmtest::readFile(victim), "precious");
}

TEST_F(OutputFileTest, AHardLinkToAnotherFileIsRefused) {
    const std::string victim = m_temp.file("victim");
    ASSERT_EQ(rmtest::runCommand("printf 'precious' > '" + victim + "'"), 0);
    const std::string path = m_temp.file("result.txt");
    ASSERT_EQ(::link(victim.c_str(), path.c_str()), 0);
    auto fd = rm::openOutputFile(path, rm::OutputMode::Truncate);
    ASSERT_FALSE(fd);
    EXPECT_EQ(fd.code(), ERROR_ACCESS_DENIED);
    EXPECT_NE(fd.error().message.find("other hard links"), std::string::npos);
    EXPECT_EQ(rmtest::readFile(victim), "precious");
}

// Another user pre-creates the name (in /tmp, say) hoping root writes into their file, which
// they can then read or swap.
TEST_F(OutputFileTest, AFileOfAnotherUserIsRefused) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root: the file must belong to another user (nobody)";
    }
    const passwd* nobody = ::getpwnam("nobody");
    ASSERT_NE(nobody, nullptr);
    const std::string path = m_temp.file("result.txt");
    ASSERT_EQ(rmtest::runCommand("printf 'theirs' > '" + path + "'"), 0);
    ASSERT_EQ(::chown(path.c_str(), nobody->pw_uid, nobody->pw_gid), 0) << std::strerror(errno);
    auto fd = rm::openOutputFile(path, rm::OutputMode::Truncate);
    ASSERT_FALSE(fd);
    EXPECT_EQ(fd.code(), ERROR_ACCESS_DENIED);
    EXPECT_NE(fd.error().message.find("belongs to user " + std::to_string(nobody->pw_uid)),
              std::string::npos);
    EXPECT_EQ(rmtest::readFile(path), "theirs");
}

} // namespace

namespace {

// Windows' Restart Manager prints nothing into its caller's terminal; a ported program that
// passes a wrong key must not find our warnings on its stderr unless it asked for logging.
TEST(LibraryLogging, NothingReachesTheHostsStderrUnlessAsked) {
    rmtest::TempDir temp{"silent-library"};
    const std::string program = rmtest::helperPath("rm_test_secondary");
    const std::string stderrFile = temp.file("stderr");
    const std::string stdoutFile = temp.file("stdout");
    const std::string run = "printf '%s\\njoin\\n' 0123456789abcdef0123456789abcdef | env -u "
                            "RESTARTMANAGER_LOG_LEVEL -u RESTARTMANAGER_LOG_FILE "
                            "RESTARTMANAGER_STORE_DIR='" +
                            temp.file("store") + "' '" + program + "'";
    ASSERT_EQ(rmtest::runCommand(run + " >'" + stdoutFile + "' 2>'" + stderrFile + "'"), 0);
    EXPECT_EQ(rmtest::readFile(stdoutFile), "join 1219\n");
    EXPECT_EQ(rmtest::readFile(stderrFile), "") << "the library wrote to its host's stderr";

    const std::string logged = "printf '%s\\njoin\\n' 0123456789abcdef0123456789abcdef | env "
                               "RESTARTMANAGER_LOG_LEVEL=warn RESTARTMANAGER_STORE_DIR='" +
                               temp.file("store") + "' '" + program + "'";
    ASSERT_EQ(rmtest::runCommand(logged + " >'" + stdoutFile + "' 2>'" + stderrFile + "'"), 0);
    EXPECT_EQ(rmtest::readFile(stdoutFile), "join 1219\n");
    EXPECT_NE(rmtest::readFile(stderrFile), "") << "asked for warnings, got none";
}

} // namespace
