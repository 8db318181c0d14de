#pragma once

// A small package with one or two stock components, an install folder with its old files, and
// rm_test_app as the application that uses them.
#include "core/private/session_engine.h"
#include "support/test_support.h"
#include "ui/setup/install_engine.h"
#include "ui/setup/install_plan.h"
#include "ui/setup/package.h"
#include "ui/setup/setup_run.h"

#include <QEventLoop>
#include <QTimer>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace setuptest {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

inline void writeText(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream{path, std::ios::binary | std::ios::trunc} << text;
}

inline std::string readText(const fs::path& path) {
    std::ifstream in{path, std::ios::binary};
    return std::string{std::istreambuf_iterator<char>{in}, {}};
}

inline bool isRunning(pid_t pid) {
    return ::kill(pid, 0) == 0 || errno == EPERM;
}

template <typename Predicate> bool waitFor(Predicate predicate, std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < end) {
        if (predicate()) {
            return true;
        }
        std::this_thread::sleep_for(50ms);
    }
    return predicate();
}

class SetupFixture : public rmtest::StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        m_root = fs::path{temp().path()};
        m_package = m_root / "package";
        m_prefix = m_root / "prefix";
        writePackage(m_package, "stock");
        writeText(dataFile(), "old data\n");
        writeText(m_prefix / "share" / "test" / "extra.txt", "old extra\n");
    }

    void TearDown() override {
        killHelpers();
        StoreTest::TearDown();
    }

    // `installer` installs the component "app", `extraInstaller` the component "extra".
    static void writePackage(const fs::path& dir, const std::string& installer,
                             const std::string& extraInstaller = "stock") {
        writeText(dir / "license.txt", "Free to use.\n");
        writeText(dir / "payload" / "data.txt", "new data\n");
        writeText(dir / "payload" / "extra.txt", "new extra\n");
        writeText(dir / "manifest.json", R"({
    "format": 1,
    "product": "Test Product",
    "version": "2.0",
    "publisher": "The tests",
    "license": "license.txt",
    "defaultInstallDir": "~/.local/opt/test-product",
    "components": [
        {"id": "app", "name": "Test App", "description": "The data.", "required": true,
         "installer": ")" + installer + R"(",
         "files": [{"source": "payload/data.txt", "target": "share/test/data.txt"}]},
        {"id": "extra", "name": "Extra", "description": "More.", "required": false,
         "installer": ")" + extraInstaller + R"(",
         "files": [{"source": "payload/extra.txt", "target": "share/test/extra.txt"}]}
    ]
})");
    }

    [[nodiscard]] fs::path dataFile() const { return m_prefix / "share" / "test" / "data.txt"; }
    [[nodiscard]] fs::path extraFile() const { return m_prefix / "share" / "test" / "extra.txt"; }

    // Starts rm_test_app holding the installed data file, registered for restart (holding it
    // again when restarted, or `restartArguments`); `stubborn`: it ignores SIGTERM.
    pid_t startApp(bool stubborn, const std::string& restartArguments = {}) {
        std::vector<std::string> argv{
            rmtest::helperPath("rm_test_app"), "--hold", dataFile().string(), "--register-restart",
            restartArguments.empty() ? "--hold " + dataFile().string() : restartArguments};
        if (stubborn) {
            argv.emplace_back("--ignore-term");
        }
        m_apps.push_back(std::make_unique<rmtest::ChildProcess>(rmtest::ChildProcess::spawn(argv)));
        for (;;) {
            const auto line = m_apps.back()->readLine(20s);
            if (!line) {
                ADD_FAILURE() << "rm_test_app did not start";
                return 0;
            }
            if (*line == "ready") {
                return m_apps.back()->pid();
            }
        }
    }

    // Every rm_test_app of this test (restarted ones too): their command lines name m_root.
    [[nodiscard]] std::vector<pid_t> helpers() const {
        std::vector<pid_t> found;
        for (const auto& entry : fs::directory_iterator{"/proc"}) {
            const std::string name = entry.path().filename().string();
            if (name.find_first_not_of("0123456789") != std::string::npos) {
                continue;
            }
            const std::string cmdline = readText(entry.path() / "cmdline");
            if (cmdline.find("rm_test_app") != std::string::npos &&
                cmdline.find(m_root.string()) != std::string::npos) {
                found.push_back(static_cast<pid_t>(std::stol(name)));
            }
        }
        return found;
    }

    void killHelpers() {
        for (const pid_t pid : helpers()) {
            ::kill(pid, SIGKILL);
        }
        m_apps.clear();
    }

    fs::path m_root;
    fs::path m_package;
    fs::path m_prefix;
    std::vector<std::unique_ptr<rmtest::ChildProcess>> m_apps;
};

// The engine's state machine on a package, with real secondaries and a real session.
class SetupRunFixture : public SetupFixture {
protected:
    using State = SetupRun::State;

    void SetUp() override {
        SetupFixture::SetUp();
        m_savedTimeout = rm::engine::shutdownTimeout();
        rm::engine::setShutdownTimeout(2s);
        load(m_package);
    }

    void TearDown() override {
        m_run.reset();
        m_engine.reset();
        m_plan.reset();
        rm::engine::setShutdownTimeout(m_savedTimeout);
        SetupFixture::TearDown();
    }

    void load(const fs::path& package) {
        m_run.reset();
        m_engine.reset();
        auto loaded = loadPackage(QString::fromStdString(package.string()));
        ASSERT_TRUE(std::holds_alternative<Package>(loaded))
            << std::get<PackageError>(loaded).toString().toStdString();
        m_plan = std::make_unique<InstallPlan>(std::get<Package>(std::move(loaded)));
        m_plan->setInstallDir(QString::fromStdString(m_prefix.string()));
        m_engine = std::make_unique<InstallEngine>(*m_plan, QStringLiteral(RM_SECONDARY_INSTALLER));
        m_run = std::make_unique<SetupRun>(*m_plan, *m_engine);
        QObject::connect(m_run.get(), &SetupRun::stateChanged, m_run.get(),
                         [this](State state) { m_states.push_back(state); });
    }

    // Starts the run and waits for its report.
    InstallReport runToTheEnd() {
        std::optional<InstallReport> report;
        QEventLoop loop;
        QObject::connect(m_run.get(), &SetupRun::finished, &loop, [&](const InstallReport& r) {
            report = r;
            loop.quit();
        });
        QTimer::singleShot(90000, &loop, &QEventLoop::quit);
        QTimer::singleShot(0, m_run.get(), [this] { m_run->start(); });
        loop.exec();
        EXPECT_TRUE(report.has_value()) << "the run did not end";
        EXPECT_EQ(m_run->state(), State::Done);
        return report.value_or(InstallReport{});
    }

    [[nodiscard]] bool visited(State state) const {
        return std::find(m_states.begin(), m_states.end(), state) != m_states.end();
    }

    SetupDecision decision(CloseMode close, StillRunningAnswer stillRunning) {
        SetupDecision d;
        d.close = close;
        d.stillRunning = stillRunning;
        d.reboot = false;
        return d;
    }

    std::unique_ptr<InstallPlan> m_plan;
    std::unique_ptr<InstallEngine> m_engine;
    std::unique_ptr<SetupRun> m_run;
    std::vector<State> m_states;
    std::chrono::milliseconds m_savedTimeout{};
};

} // namespace setuptest
