#!/usr/bin/env bash
# Builds the project and opens the setup program, on a fresh Debian 12 machine. Arguments are
# passed on to it (for example --lang de). Without a display it runs under Xvfb and saves a
# screenshot to build/setup-screenshot.png instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)" --target restartmanager-setup rm-secondary-installer demo-notes rmctl

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/restartmanager-setup "$@"
fi
echo "No display found: running under Xvfb for 3 seconds; screenshot in build/setup-screenshot.png"
xvfb-run -a -s "-screen 0 1024x700x24" bash -c '
    build/app/restartmanager-setup "$@" &
    app=$!
    sleep 3
    import -window root build/setup-screenshot.png
    kill $app' bash "$@"
