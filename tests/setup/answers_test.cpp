// Answer files: what --answer-file reads and --save-answers writes.
#include "setup_fixture.h"

#include "ui/setup/answers.h"
#include "ui/setup/install_folder.h"
#include "ui/setup/package.h"

namespace {

using namespace setuptest;

class AnswersTest : public SetupFixture {
protected:
    InstallPlan plan() {
        auto loaded = loadPackage(QString::fromStdString(m_package.string()));
        EXPECT_TRUE(std::holds_alternative<Package>(loaded));
        return InstallPlan{std::get<Package>(std::move(loaded))};
    }
};

TEST_F(AnswersTest, AnAnswerFileSetsTheFolderTheComponentsAndEveryDecision) {
    QString error;
    const auto answers = SetupAnswers::parse(QStringLiteral("# deployment\n[Setup]\n"
                                                            "Dir=/opt/test\n"
                                                            "components = app\n"
                                                            "CloseApplications=force\n"
                                                            "RestartApplications=no\n"
                                                            "StillRunning=Cancel\n"
                                                            "Reboot=yes\n"),
                                             &error);
    ASSERT_TRUE(answers) << error.toStdString();
    InstallPlan p = plan();
    SetupDecision decision;
    ASSERT_TRUE(answers->applyTo(p, decision, &error)) << error.toStdString();
    EXPECT_EQ(p.installDir(), QStringLiteral("/opt/test"));
    EXPECT_TRUE(p.isSelected(QStringLiteral("app")));
    EXPECT_FALSE(p.isSelected(QStringLiteral("extra")));
    EXPECT_EQ(decision.close, CloseMode::Force);
    EXPECT_FALSE(decision.restartApplications);
    EXPECT_EQ(decision.stillRunning, StillRunningAnswer::Cancel);
    EXPECT_TRUE(decision.reboot);
}

TEST_F(AnswersTest, UnknownKeysBadValuesAndUnknownComponentsAreErrors) {
    QString error;
    EXPECT_FALSE(SetupAnswers::parse(QStringLiteral("Colour=blue\n"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("line 1"))) << error.toStdString();
    EXPECT_FALSE(SetupAnswers::parse(QStringLiteral("\nStillRunning=maybe\n"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("line 2"))) << error.toStdString();
    EXPECT_FALSE(SetupAnswers::parse(QStringLiteral("just words\n"), &error));
    const auto answers = SetupAnswers::parse(QStringLiteral("Components=app,nothing\n"), &error);
    ASSERT_TRUE(answers);
    InstallPlan p = plan();
    SetupDecision decision;
    EXPECT_FALSE(answers->applyTo(p, decision, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nothing")));
}

TEST_F(AnswersTest, SavedAnswersReadBackToTheSameRun) {
    InstallPlan p = plan();
    p.setInstallDir(QStringLiteral("/opt/saved"));
    p.setSelected(QStringLiteral("extra"), false);
    SetupDecision decision;
    decision.close = CloseMode::DoNotClose;
    decision.stillRunning = StillRunningAnswer::Retry;
    decision.reboot = false;
    const QString file = QString::fromStdString((m_root / "answers.ini").string());
    QString error;
    ASSERT_TRUE(SetupAnswers::from(p, decision).save(file, &error)) << error.toStdString();
    const auto loaded = SetupAnswers::load(file, &error);
    ASSERT_TRUE(loaded) << error.toStdString();
    InstallPlan again = plan();
    SetupDecision read;
    ASSERT_TRUE(loaded->applyTo(again, read, &error));
    EXPECT_EQ(again.installDir(), QStringLiteral("/opt/saved"));
    EXPECT_FALSE(again.isSelected(QStringLiteral("extra")));
    EXPECT_EQ(read.close, CloseMode::DoNotClose);
    EXPECT_EQ(read.stillRunning, StillRunningAnswer::Retry);
    EXPECT_FALSE(read.reboot);
}

TEST_F(AnswersTest, SavingNeverFollowsALink) {
    const fs::path precious = m_root / "precious";
    writeText(precious, "precious\n");
    const fs::path link = m_root / "answers.ini";
    fs::create_symlink(precious, link);
    QString error;
    EXPECT_FALSE(SetupAnswers::from(plan(), SetupDecision{})
                     .save(QString::fromStdString(link.string()), &error));
    EXPECT_EQ(readText(precious), "precious\n");
}

TEST_F(AnswersTest, TheLocationRuleLivesInThePlan) {
    InstallPlan p = plan();
    p.setInstallDir(QStringLiteral("relative/path"));
    EXPECT_FALSE(p.locationProblem().isEmpty());
    p.setInstallDir(QString::fromStdString(m_prefix.string()));
    EXPECT_TRUE(p.locationProblem().isEmpty());
    EXPECT_TRUE(p.installedHere().isEmpty());
    writeText(m_prefix / "share" / "restartmanager" / "installed.txt",
              "Test Product 1.0\n2026-01-01T00:00:00Z\napp\n");
    EXPECT_EQ(p.installedHere(), QStringLiteral("Test Product 1.0"));
}

// Issue 21, item 16: one rule for the folder in every mode. "~" is the home folder from the
// password database, never $HOME; a relative path is refused, never taken below the current
// folder. The plan applies it, so --dir, Dir= and the wizard's page all follow it.
TEST_F(AnswersTest, TildeIsTheHomeFromThePasswordDatabaseAndARelativeFolderIsRefused) {
    const QString home = homeFolderFromPasswordDatabase();
    ASSERT_FALSE(home.isEmpty()) << "the user has no home in the password database";
    rmtest::ScopedEnvironment environment{"HOME", (m_root / "not-the-home").string()};
    QString error;
    const auto tilde = SetupAnswers::parse(QStringLiteral("Dir=~/opt/x\n"), &error);
    ASSERT_TRUE(tilde) << error.toStdString();
    InstallPlan p = plan();
    SetupDecision decision;
    ASSERT_TRUE(tilde->applyTo(p, decision, &error));
    EXPECT_EQ(p.installDir(), home + QStringLiteral("/opt/x"));
    EXPECT_EQ(SetupAnswers::from(p, decision).value(QStringLiteral("Dir")),
              home + QStringLiteral("/opt/x"));
    p.setInstallDir(QStringLiteral("~"));
    EXPECT_EQ(p.installDir(), home);

    for (const char* relative : {"relative", "./x", "~other/x", "~x"}) {
        const auto answers =
            SetupAnswers::parse(QStringLiteral("Dir=%1\n").arg(QLatin1String(relative)), &error);
        ASSERT_TRUE(answers);
        ASSERT_TRUE(answers->applyTo(p, decision, &error));
        EXPECT_EQ(p.locationProblem(), QStringLiteral("Enter a full path, starting with / or ~/."))
            << relative;
    }
}

} // namespace
