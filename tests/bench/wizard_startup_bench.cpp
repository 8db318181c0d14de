// bench_wizard_startup: how long restartmanager-setup takes to show its first page.
//
// Launches `restartmanager-setup --print-startup-time` 10 times (or argv[1] times) on the
// offscreen platform, measures from the fork to the "first page shown after N ms" line on its
// stdout, also reads the program's own figure N (from the start of main), kills it, and prints
// the median, minimum and maximum of both. PASS (exit 0) when the median from the fork is below
// 400 ms.
#include "support/test_support.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
constexpr double kGoalMs = 400.0;

struct Stats {
    double median = 0;
    double min = 0;
    double max = 0;
};

Stats statsOf(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    const double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    return {median, values.front(), values.back()};
}

} // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    // Everything the program writes (its log, the copy of the embedded package in its store
    // folder, which a killed program leaves behind) goes to a folder removed at the end.
    const rmtest::TempDir temp{"rm-startup-bench"};
    rmtest::SpawnOptions options;
    options.environment = {{"QT_QPA_PLATFORM", "offscreen"},
                           {"TMPDIR", temp.path()},
                           {"RESTARTMANAGER_STORE_DIR", temp.file("store")},
                           {"XDG_STATE_HOME", temp.file("state")}};
    const std::regex shown{R"(first page shown after (\d+) ms)"};

    std::printf("restartmanager-setup --print-startup-time, %d runs, QT_QPA_PLATFORM=offscreen\n",
                runs);
    std::printf("%4s %16s %16s\n", "run", "fork->page (ms)", "own figure (ms)");
    std::vector<double> fromFork;
    std::vector<double> ownFigure;
    for (int run = 1; run <= runs; ++run) {
        const auto start = Clock::now();
        auto setup =
            rmtest::ChildProcess::spawn({RM_SETUP, "--print-startup-time", "--log",
                                         temp.file("setup-" + std::to_string(run) + ".log")},
                                        options);
        std::optional<std::string> line;
        std::smatch match;
        while ((line = setup.readLine(std::chrono::seconds{30}))) {
            if (std::regex_search(*line, match, shown)) {
                break;
            }
        }
        const auto end = Clock::now();
        setup.kill(SIGKILL);
        setup.wait(std::chrono::seconds{10});
        if (!line) {
            std::fprintf(stderr, "run %d: no \"first page shown\" line within 30 s\n", run);
            return 2;
        }
        const double forkMs = std::chrono::duration<double, std::milli>(end - start).count();
        const double ownMs = std::stod(match[1].str());
        fromFork.push_back(forkMs);
        ownFigure.push_back(ownMs);
        std::printf("%4d %16.1f %16.0f\n", run, forkMs, ownMs);
    }

    const Stats fork = statsOf(fromFork);
    const Stats own = statsOf(ownFigure);
    std::printf("fork -> first page: median %.1f ms, min %.1f ms, max %.1f ms\n", fork.median,
                fork.min, fork.max);
    std::printf("program's own figure: median %.1f ms, min %.1f ms, max %.1f ms\n", own.median,
                own.min, own.max);
    const bool pass = fork.median < kGoalMs;
    std::printf("%s: median %.1f ms %s %.0f ms\n", pass ? "PASS" : "FAIL", fork.median,
                pass ? "<" : ">=", kGoalMs);
    return pass ? 0 : 1;
}
