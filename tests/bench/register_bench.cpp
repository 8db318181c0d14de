// RmRegisterResources throughput: one call with N files, through the C API as an installer
// written for Windows would call it. Target: 10,000 files in under 50 ms.
//   build/tests/bench_register --benchmark_counters_tabular=true
#include "support/test_support.h"

#include <restartmanager.h>

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

void registerFilesInOneCall(benchmark::State& state) {
    rmtest::TempDir store{"rmbench"};
    ::setenv("RESTARTMANAGER_STORE_DIR", store.file("store").c_str(), 1);
    const auto count = static_cast<std::size_t>(state.range(0));
    std::vector<std::wstring> names;
    names.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        names.push_back(L"/opt/vendor/product-" + std::to_wstring(i / 100) + L"/lib/module-" +
                        std::to_wstring(i) + L".so");
    }
    std::vector<LPCWSTR> pointers;
    for (const auto& name : names) {
        pointers.push_back(name.c_str());
    }
    for (auto _ : state) {
        // A fresh session each time, so every iteration really inserts all N files.
        state.PauseTiming();
        DWORD handle = 0;
        WCHAR key[CCH_RM_SESSION_KEY + 1];
        if (RmStartSession(&handle, 0, key) != ERROR_SUCCESS) {
            state.SkipWithError("RmStartSession failed");
            break;
        }
        state.ResumeTiming();
        const DWORD rc = RmRegisterResources(handle, static_cast<UINT>(count), pointers.data(), 0,
                                             nullptr, 0, nullptr);
        state.PauseTiming();
        if (rc != ERROR_SUCCESS) {
            state.SkipWithError("RmRegisterResources failed");
            break;
        }
        RmEndSession(handle);
        state.ResumeTiming();
    }
    state.counters["files"] = static_cast<double>(count);
    state.counters["files/s"] = benchmark::Counter(static_cast<double>(count),
                                                   benchmark::Counter::kIsIterationInvariantRate);
    ::unsetenv("RESTARTMANAGER_STORE_DIR");
}

BENCHMARK(registerFilesInOneCall)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
