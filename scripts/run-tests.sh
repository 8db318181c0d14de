#!/usr/bin/env bash
# Builds everything and runs every test, on a fresh Debian 12 machine:
#   1. installs what is missing (apt-get),
#   2. a release build with every test suite (unit, multi-process, GUI on the offscreen platform),
#   3. a build with AddressSanitizer + UndefinedBehaviorSanitizer, and its tests,
#   4. a short libFuzzer run of the protocol parser and the manifest loader (clang).
# Tests that need root (other users, mounts, PID reuse) say so when skipped; CI runs as root.
# Options: --no-sanitizers (skip steps 3 and 4), --benchmarks (also run the benchmarks at the end),
# --fuzz-seconds N (how long each fuzzer runs in step 4; default 30).
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizers=1
benchmarks=0
fuzz_seconds=30
while [ $# -gt 0 ]; do
    case "$1" in
        --no-sanitizers) sanitizers=0 ;;
        --benchmarks) benchmarks=1 ;;
        --fuzz-seconds) fuzz_seconds="$2"; shift ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

bash scripts/install-deps.sh

# Fails when a process started from the build folder $1 still runs after its tests: each test must
# stop what it (and RmRestart for it) started. Lists and kills what it finds.
no_leftovers() {
    local folder="$PWD/$1" leftovers=() link pid
    for link in /proc/[0-9]*/exe; do
        pid=${link#/proc/}
        pid=${pid%/exe}
        case "$(readlink "$link" 2>/dev/null)" in
            "$folder"/*) leftovers+=("$pid") ;;
        esac
    done
    if [ ${#leftovers[@]} -eq 0 ]; then
        return 0
    fi
    echo "!! processes started from $1/ still run after its tests:" >&2
    ps -o pid,ppid,lstart,args -p "$(IFS=,; echo "${leftovers[*]}")" >&2 || true
    kill -KILL "${leftovers[@]}" 2>/dev/null || true
    return 1
}

# ctest, then the check above even when a test failed; fails if either did.
run_ctest() {
    local folder="$1" status=0
    shift
    ctest --test-dir "$folder" "$@" || status=$?
    no_leftovers "$folder" || status=1
    return "$status"
}

jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen

echo "== release build and tests"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"
run_ctest build --output-on-failure -j "$jobs" --timeout 600

if [ "$sanitizers" -eq 1 ]; then
    echo "== libFuzzer: protocol line parser and manifest loader, ${fuzz_seconds} s each"
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DRM_FUZZ=ON -DRM_BUILD_GUI=OFF -DRM_BUILD_TESTS=OFF
    cmake --build build-fuzz -j "$jobs" --target fuzz_protocol_line fuzz_manifest
    fuzz_work=$(mktemp -d)
    trap 'rm -rf "$fuzz_work"' EXIT
    mkdir "$fuzz_work/protocol" "$fuzz_work/manifest"
    build-fuzz/tests/fuzz/fuzz_protocol_line -max_total_time="$fuzz_seconds" -print_final_stats=1 \
        "$fuzz_work/protocol" tests/fuzz/corpus/protocol
    build-fuzz/tests/fuzz/fuzz_manifest -max_total_time="$fuzz_seconds" -print_final_stats=1 \
        -dict=tests/fuzz/manifest.dict "$fuzz_work/manifest" tests/fuzz/corpus/manifest
fi

if [ "$sanitizers" -eq 1 ]; then
    echo "== AddressSanitizer + UBSan build and tests"
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRM_SANITIZE=ON -DRM_BUILD_GUI=OFF
    cmake --build build-asan -j "$jobs"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        run_ctest build-asan --output-on-failure -j "$jobs" --timeout 900
fi

if [ "$benchmarks" -eq 1 ]; then
    echo "== benchmarks"
    build/tests/bench_register
fi
