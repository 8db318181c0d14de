// Desktop integration (core/desktop_integration.h) with the real freedesktop.org tools:
// desktop-file-validate, update-desktop-database, update-mime-database, gtk-update-icon-cache.
// Everything goes into temporary folders made by the test, never into the real ~/.local.

#include "core/desktop_integration.h"

#include "support/test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace rm::desktop;

void writeFile(const std::string& path, const std::string& content) {
    fs::create_directories(fs::path{path}.parent_path());
    std::ofstream out{path, std::ios::binary};
    out << content;
}

bool tool(const char* name) {
    return fs::exists(std::string{"/usr/bin/"} + name);
}

// The output and exit code of a command (argv, no shell).
std::pair<int, std::string> run(const std::vector<std::string>& argv) {
    int pipeFds[2];
    if (::pipe(pipeFds) != 0) {
        return {-1, {}};
    }
    const pid_t child = ::fork();
    if (child == 0) {
        ::dup2(pipeFds[1], STDOUT_FILENO);
        ::dup2(pipeFds[1], STDERR_FILENO);
        ::close(pipeFds[0]);
        std::vector<char*> args;
        for (const auto& arg : argv) {
            args.push_back(const_cast<char*>(arg.c_str()));
        }
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    std::string output;
    std::array<char, 4096> buffer{};
    ssize_t got = 0;
    while ((got = ::read(pipeFds[0], buffer.data(), buffer.size())) > 0) {
        output.append(buffer.data(), static_cast<std::size_t>(got));
    }
    ::close(pipeFds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

// Every file and link below `root`, relative, sorted.
std::vector<std::string> tree(const std::string& root) {
    std::vector<std::string> entries;
    if (!fs::exists(root)) {
        return entries;
    }
    for (const auto& entry : fs::recursive_directory_iterator{root}) {
        entries.push_back(fs::relative(entry.path(), root).string());
    }
    std::sort(entries.begin(), entries.end());
    return entries;
}

class DesktopIntegrationTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(::chmod(m_dir.path().c_str(), 0755), 0);
        m_installDir = m_dir.file("opt/Demo Notes \"$HOME\" 100%");
        writeFile(m_installDir + "/bin/demo-notes", "#!/bin/sh\nexit 0\n");
        fs::permissions(m_installDir + "/bin/demo-notes", fs::perms{0755});
        fs::create_directories(m_dir.file("package"));
        fs::copy_file(RM_DEMO_ICON_PNG, m_dir.file("package/icon-64.png"));
        writeFile(m_dir.file("package/icon.svg"),
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\">"
                  "<rect width=\"64\" height=\"64\" fill=\"#3060c0\"/></svg>\n");
        m_locations =
            Locations{m_dir.file("home/.local/share/applications"),
                      m_dir.file("home/.local/share/icons/hicolor"),
                      m_dir.file("home/.local/share/mime"), m_dir.file("home/.local/bin")};
    }

    Spec spec() const {
        Spec s;
        s.productId = "org.example.DemoNotes";
        Entry entry;
        entry.name = {"Demo Notes", {{"de", "Demo-Notizen"}, {"ja", "デモノート"}}};
        entry.genericName = {"Notes editor", {{"de", "Notizeditor"}}};
        // Text a hostile manifest might try: a backslash, quotes, a semicolon, a leading space.
        entry.comment = {" Keeps \\notes\\; \"quoted\" & <b>100%</b>",
                         {{"fr", "Garde \"vos\" notes"}}};
        entry.exec = "bin/demo-notes";
        entry.arguments = {"--title", "My notes; $(rm -rf ~)", "%F"};
        entry.icon = "org.example.DemoNotes";
        entry.categories = {"Utility", "TextEditor"};
        entry.mimeTypes = {"application/x-demonotes"};
        entry.keywords = {"notes", "text"};
        s.entries.push_back(entry);
        s.icons.push_back({"org.example.DemoNotes", "64", m_dir.file("package/icon-64.png")});
        s.icons.push_back({"org.example.DemoNotes", "scalable", m_dir.file("package/icon.svg")});
        MimeType type;
        type.type = "application/x-demonotes";
        type.comment = {"Demo Notes <document> & \"more\"", {{"de", "Demo-Notes-Dokument"}}};
        type.globs = {"*.demonotes"};
        type.icon = "org.example.DemoNotes";
        type.subClassOf = {"text/plain"};
        s.mimeTypes.push_back(type);
        s.commands.push_back({"demo-notes", "bin/demo-notes"});
        return s;
    }

    std::set<std::string> targets() const { return {"bin/demo-notes"}; }

    Installation installation(const Spec& s) const {
        return Installation{s,
                            m_installDir,
                            m_locations,
                            {"/usr/bin/restartmanager-setup", "--uninstall", s.productId}};
    }

    rmtest::TempDir m_dir{"rm-desktop"};
    std::string m_installDir;
    Locations m_locations;
};

TEST_F(DesktopIntegrationTest, TheSpecUsedHereIsValid) {
    const auto problem = validate(spec(), targets());
    EXPECT_FALSE(problem) << problem->field << " " << problem->detail;
}

TEST_F(DesktopIntegrationTest, EveryDesktopFileWrittenPassesDesktopFileValidate) {
    if (!tool("desktop-file-validate")) {
        GTEST_SKIP() << "desktop-file-validate (desktop-file-utils) is not installed";
    }
    Spec s = spec();
    Entry second = s.entries.front();
    second.id = "org.example.DemoNotes.Viewer";
    second.arguments = {"--view", "%u"};
    second.name = {"Demo Notes Viewer", {}};
    s.entries.push_back(second);
    auto install = installation(s);
    ASSERT_TRUE(install.apply());
    ASSERT_TRUE(install.commit());
    int desktopFiles = 0;
    for (const auto& path : install.paths()) {
        ASSERT_TRUE(fs::is_regular_file(fs::symlink_status(path)) || fs::is_symlink(path)) << path;
        if (path.size() > 8 && path.substr(path.size() - 8) == ".desktop") {
            ++desktopFiles;
            const auto [code, output] = run({"/usr/bin/desktop-file-validate", path});
            EXPECT_EQ(code, 0) << path << ":\n" << output << "\n" << rmtest::readFile(path);
            EXPECT_EQ(output.find("error"), std::string::npos) << output;
        }
    }
    EXPECT_EQ(desktopFiles, 2);
    const std::string text =
        rmtest::readFile(m_locations.applications + "/org.example.DemoNotes.desktop");
    // The install folder has a space, quotes, "$" and "%": quoted as the specification says,
    // then escaped as a string value (every backslash doubled).
    EXPECT_NE(text.find("Exec=\"" + m_dir.path() +
                        "/opt/Demo Notes \\\\\"\\\\$HOME\\\\\" 100%%/bin/demo-notes\" --title "
                        "\"My notes; \\\\$(rm -rf ~)\" %F\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Name[de]=Demo-Notizen\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Comment=\\sKeeps \\\\notes\\\\; "), std::string::npos) << text;
    EXPECT_NE(text.find("[Desktop Action uninstall]\nName=Uninstall\n"), std::string::npos);
    EXPECT_NE(text.find("Exec=/usr/bin/restartmanager-setup --uninstall org.example.DemoNotes\n"),
              std::string::npos);
    EXPECT_EQ(fs::read_symlink(m_locations.bin + "/demo-notes").string(),
              m_installDir + "/bin/demo-notes");
}

TEST_F(DesktopIntegrationTest, CachesShowTheNewTypeAfterInstallAndNotAfterRemove) {
    if (!tool("update-mime-database") || !tool("update-desktop-database") ||
        !tool("gtk-update-icon-cache")) {
        GTEST_SKIP() << "needs update-mime-database (shared-mime-info), update-desktop-database "
                        "(desktop-file-utils) and gtk-update-icon-cache";
    }
    auto install = installation(spec());
    ASSERT_TRUE(install.apply());
    ASSERT_TRUE(install.commit());
    const auto runs = refreshCaches(m_locations);
    ASSERT_EQ(runs.size(), 3U);
    for (const auto& done : runs) {
        EXPECT_EQ(done.exitCode, 0) << done.program;
    }
    const std::string globs = rmtest::readFile(m_locations.mime + "/globs2");
    EXPECT_NE(globs.find("application/x-demonotes:*.demonotes"), std::string::npos) << globs;
    EXPECT_NE(rmtest::readFile(m_locations.mime + "/types").find("application/x-demonotes"),
              std::string::npos);
    // The XML went through update-mime-database's parser: the escaped comment came out whole.
    EXPECT_NE(rmtest::readFile(m_locations.mime + "/application/x-demonotes.xml")
                  .find("Demo Notes &lt;document&gt; &amp; \"more\""),
              std::string::npos);
    const std::string mimeinfo = rmtest::readFile(m_locations.applications + "/mimeinfo.cache");
    EXPECT_NE(mimeinfo.find("application/x-demonotes=org.example.DemoNotes.desktop;"),
              std::string::npos)
        << mimeinfo;
    EXPECT_TRUE(fs::exists(m_locations.icons + "/icon-theme.cache"));

    ASSERT_TRUE(remove(install.paths(), m_locations));
    for (const auto& path : install.paths()) {
        EXPECT_FALSE(fs::exists(fs::symlink_status(path))) << path;
    }
    refreshCaches(m_locations);
    EXPECT_EQ(rmtest::readFile(m_locations.mime + "/globs2").find("demonotes"), std::string::npos);
    EXPECT_FALSE(fs::exists(m_locations.mime + "/application/x-demonotes.xml"));
    EXPECT_EQ(rmtest::readFile(m_locations.applications + "/mimeinfo.cache").find("demonotes"),
              std::string::npos);
}

TEST_F(DesktopIntegrationTest, RollbackRemovesEverythingWritten) {
    const auto before = tree(m_dir.path());
    auto install = installation(spec());
    ASSERT_TRUE(install.apply());
    for (const auto& path : install.paths()) {
        EXPECT_TRUE(fs::exists(fs::symlink_status(path))) << path;
    }
    EXPECT_EQ(install.paths().size(), 5U);
    ASSERT_TRUE(install.rollback());
    EXPECT_EQ(tree(m_dir.path()), before);
}

TEST_F(DesktopIntegrationTest, AFailureHalfwayLeavesNothing) {
    // The bin folder is a file: the last transaction fails after the others wrote theirs.
    writeFile(m_locations.bin, "not a folder\n");
    const auto before = tree(m_dir.path());
    auto install = installation(spec());
    EXPECT_FALSE(install.apply());
    EXPECT_EQ(tree(m_dir.path()), before);
}

TEST_F(DesktopIntegrationTest, HostileFieldsAreRefusedWithTheirPath) {
    struct Case {
        std::function<void(Spec&)> change;
        std::string field;
        Problem problem;
    };
    const std::vector<Case> cases{
        {[](Spec& s) { s.entries[0].name.fallback = "Demo\nExec=/bin/evil"; },
         "desktop.entries[0].name", Problem::ControlCharacter},
        {[](Spec& s) { s.entries[0].name.languages["de"] = "Demo\r"; },
         "desktop.entries[0].name.de", Problem::ControlCharacter},
        {[](Spec& s) { s.entries[0].name.languages["de]=x\nExec"] = "Demo"; },
         "desktop.entries[0].name", Problem::BadLanguage},
        {[](Spec& s) {
             s.entries[0].comment.fallback = "a\xE2\x80\xAE"
                                             "b";
         },
         "desktop.entries[0].comment", Problem::ControlCharacter},
        {[](Spec& s) { s.entries[0].comment.fallback = "bad \xC3"; }, "desktop.entries[0].comment",
         Problem::ControlCharacter},
        {[](Spec& s) { s.entries[0].name.fallback.clear(); }, "desktop.entries[0].name",
         Problem::Empty},
        {[](Spec& s) { s.entries[0].exec = "../../../bin/sh"; }, "desktop.entries[0].exec",
         Problem::NotATarget},
        {[](Spec& s) { s.entries[0].exec = "/bin/sh"; }, "desktop.entries[0].exec",
         Problem::NotATarget},
        {[](Spec& s) { s.entries[0].arguments.push_back("x\ny"); },
         "desktop.entries[0].arguments[3]", Problem::ControlCharacter},
        {[](Spec& s) { s.entries[0].id = "../../autostart/evil"; }, "desktop.entries[0].id",
         Problem::BadIdentifier},
        {[](Spec& s) { s.entries[0].icon = "../../../../etc/x"; }, "desktop.entries[0].icon",
         Problem::BadIdentifier},
        {[](Spec& s) { s.entries[0].categories.push_back("Utility;Exec=x"); },
         "desktop.entries[0].categories[2]", Problem::BadCategory},
        {[](Spec& s) { s.entries[0].mimeTypes.push_back("text"); },
         "desktop.entries[0].mimeTypes[1]", Problem::BadMimeType},
        {[](Spec& s) { s.entries[0].keywords.push_back("a;b"); }, "desktop.entries[0].keywords[2]",
         Problem::BadKeyword},
        {[](Spec& s) { s.icons[0].name = "a/b"; }, "desktop.icons[0].name", Problem::BadIdentifier},
        {[](Spec& s) { s.icons[0].size = "47"; }, "desktop.icons[0].size", Problem::BadIconSize},
        {[](Spec& s) { s.icons[1].source = "/x/icon.png"; }, "desktop.icons[1].source",
         Problem::BadIconFormat},
        {[](Spec& s) { s.icons.push_back(s.icons[0]); }, "desktop.icons[2]", Problem::Duplicate},
        {[](Spec& s) { s.mimeTypes[0].type = "application/x\"/><glob pattern=\"*"; },
         "desktop.mimeTypes[0].type", Problem::BadMimeType},
        {[](Spec& s) { s.mimeTypes[0].globs.push_back("../*.x"); }, "desktop.mimeTypes[0].globs[1]",
         Problem::BadGlob},
        {[](Spec& s) { s.mimeTypes[0].comment.fallback = "a\x1b[31m"; },
         "desktop.mimeTypes[0].comment", Problem::ControlCharacter},
        {[](Spec& s) { s.commands[0].name = "../../.bashrc"; }, "desktop.commands[0].name",
         Problem::BadCommandName},
        {[](Spec& s) { s.commands[0].name = ".profile"; }, "desktop.commands[0].name",
         Problem::BadCommandName},
        {[](Spec& s) { s.commands[0].target = "bin/other"; }, "desktop.commands[0].target",
         Problem::NotATarget},
        {[](Spec& s) { s.productId = "evil/../../x"; }, "id", Problem::BadIdentifier},
        {[](Spec& s) { s.productId.clear(); }, "desktop", Problem::MissingProductId},
    };
    for (std::size_t i = 0; i < cases.size(); ++i) {
        Spec s = spec();
        cases[i].change(s);
        const auto problem = validate(s, targets());
        ASSERT_TRUE(problem) << "case " << i << " (" << cases[i].field << ") was accepted";
        EXPECT_EQ(problem->field, cases[i].field) << "case " << i;
        EXPECT_EQ(static_cast<int>(problem->problem), static_cast<int>(cases[i].problem))
            << "case " << i << " " << problem->field;
    }
}

TEST_F(DesktopIntegrationTest, ExecArgumentsAreQuotedAsTheSpecificationSays) {
    EXPECT_EQ(quoteExecArgument("/opt/demo/bin/demo"), "/opt/demo/bin/demo");
    EXPECT_EQ(quoteExecArgument("/opt/My Apps/demo"), "\"/opt/My Apps/demo\"");
    EXPECT_EQ(quoteExecArgument("a\"b`c$d\\e"), "\"a\\\"b\\`c\\$d\\\\e\"");
    EXPECT_EQ(quoteExecArgument("50%"), "50%%");
    EXPECT_EQ(quoteExecArgument(""), "\"\"");
    EXPECT_EQ(escapeValue("a\\b\nc"), "a\\\\b\\nc");
    EXPECT_EQ(escapeXml("<a href='x'>&\"</a>"),
              "&lt;a href=&apos;x&apos;&gt;&amp;&quot;&lt;/a&gt;");
}

TEST_F(DesktopIntegrationTest, RemoveRefusesPathsOutsideItsFolders) {
    writeFile(m_dir.file("victim"), "keep\n");
    writeFile(m_locations.applications + "/keep.desktop", "[Desktop Entry]\n");
    for (const std::string& path :
         {m_dir.file("victim"), m_locations.applications + "/../../../../victim",
          m_locations.applications, m_locations.applications + "/", std::string{"relative"},
          m_locations.applications + "x/keep.desktop", m_locations.mime + "/types"}) {
        const auto removed =
            remove({m_locations.applications + "/keep.desktop", path}, m_locations);
        EXPECT_FALSE(removed) << path;
        EXPECT_EQ(removed.code(), static_cast<DWORD>(ERROR_ACCESS_DENIED)) << path;
    }
    // Refused before anything was removed.
    EXPECT_TRUE(fs::exists(m_locations.applications + "/keep.desktop"));
    EXPECT_EQ(rmtest::readFile(m_dir.file("victim")), "keep\n");
    // A link where a folder is expected is not followed.
    fs::create_directories(m_locations.icons);
    fs::create_directories(m_dir.file("elsewhere/apps"));
    writeFile(m_dir.file("elsewhere/apps/x.png"), "keep\n");
    fs::create_directory_symlink(m_dir.file("elsewhere"), m_locations.icons + "/48x48");
    EXPECT_FALSE(remove({m_locations.icons + "/48x48/apps/x.png"}, m_locations));
    EXPECT_EQ(rmtest::readFile(m_dir.file("elsewhere/apps/x.png")), "keep\n");
}

// As another user (nobody), in a home of its own: links that a third user planted are never
// followed, neither as the folder the entries go to nor as an entry's own name.
TEST_F(DesktopIntegrationTest, PlantedLinksAreNotFollowedInAUserScopeRun) {
    if (!rmtest::runningAsRoot()) {
        GTEST_SKIP() << "needs root to run the installation as nobody with links of a third user";
    }
    const uid_t nobody = 65534;
    const uid_t stranger = 54321;
    const std::string home = m_dir.file("home");
    fs::create_directories(home + "/.local/share");
    fs::create_directories(m_dir.file("nobody-files"));
    writeFile(m_dir.file("nobody-files/victim"), "nobody's own file\n");
    for (const auto& path : {home, home + "/.local", home + "/.local/share",
                             m_dir.file("nobody-files"), m_dir.file("nobody-files/victim")}) {
        ASSERT_EQ(::chown(path.c_str(), nobody, nobody), 0) << path;
    }
    fs::permissions(m_dir.file("package"), fs::perms{0755});
    // The entry's own name is a link to a file nobody may write: replacing it must not write
    // through it.
    fs::create_directories(m_locations.applications);
    ASSERT_EQ(::chown(m_locations.applications.c_str(), nobody, nobody), 0);
    fs::create_symlink(m_dir.file("nobody-files/victim"),
                       m_locations.applications + "/org.example.DemoNotes.desktop");
    ASSERT_EQ(::lchown((m_locations.applications + "/org.example.DemoNotes.desktop").c_str(),
                       stranger, stranger),
              0);
    // The icon folder is a stranger's link to a folder of nobody's.
    fs::create_directories(home + "/.local/share/icons");
    ASSERT_EQ(::chown((home + "/.local/share/icons").c_str(), nobody, nobody), 0);
    fs::create_directories(m_dir.file("nobody-files/hicolor"));
    ASSERT_EQ(::chown(m_dir.file("nobody-files/hicolor").c_str(), nobody, nobody), 0);
    fs::create_directory_symlink(m_dir.file("nobody-files/hicolor"), m_locations.icons);
    ASSERT_EQ(::lchown(m_locations.icons.c_str(), stranger, stranger), 0);

    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0) {
            ::_exit(10);
        }
        // The icons go through the stranger's link: refused, and nothing is left.
        auto all = installation(spec());
        const auto refused = all.apply();
        if (refused || refused.code() != ERROR_ACCESS_DENIED) {
            ::_exit(11);
        }
        if (!fs::is_symlink(m_locations.applications + "/org.example.DemoNotes.desktop") ||
            !fs::is_empty(m_dir.file("nobody-files/hicolor"))) {
            ::_exit(12);
        }
        // Without icons: the entry replaces the planted link and never writes through it.
        Spec noIcons = spec();
        noIcons.icons.clear();
        auto entries = installation(noIcons);
        if (!entries.apply() || !entries.commit()) {
            ::_exit(13);
        }
        const std::string entry = m_locations.applications + "/org.example.DemoNotes.desktop";
        if (fs::is_symlink(entry) || !fs::is_regular_file(entry) ||
            rmtest::readFile(entry).find("[Desktop Entry]") != 0) {
            ::_exit(14);
        }
        if (rmtest::readFile(m_dir.file("nobody-files/victim")) != "nobody's own file\n") {
            ::_exit(15);
        }
        ::_exit(remove(entries.paths(), m_locations) ? 0 : 16);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
    EXPECT_EQ(rmtest::readFile(m_dir.file("nobody-files/victim")), "nobody's own file\n");
    EXPECT_TRUE(fs::is_empty(m_dir.file("nobody-files/hicolor")));
}

} // namespace
