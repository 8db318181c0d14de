#!/usr/bin/env bash
# Builds everything and runs every test, on a fresh Debian 12 machine:
#   1. installs what is missing (apt-get),
#   2. a release build with every test suite (unit, multi-process, GUI on the offscreen platform),
#   3. a build with AddressSanitizer + UndefinedBehaviorSanitizer, and its tests.
# Tests that need root (other users, mounts, PID reuse) say so when skipped; CI runs as root.
# Options: --no-sanitizers (skip step 3), --benchmarks (also run the benchmarks at the end).
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizers=1
benchmarks=0
for arg in "$@"; do
    case "$arg" in
        --no-sanitizers) sanitizers=0 ;;
        --benchmarks) benchmarks=1 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

bash scripts/install-deps.sh

jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen

echo "== release build and tests"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs" --timeout 600

if [ "$sanitizers" -eq 1 ]; then
    echo "== AddressSanitizer + UBSan build and tests"
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRM_SANITIZE=ON -DRM_BUILD_GUI=OFF
    cmake --build build-asan -j "$jobs"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir build-asan --output-on-failure -j "$jobs" --timeout 900
fi

if [ "$benchmarks" -eq 1 ]; then
    echo "== benchmarks"
    build/tests/bench_register
fi
