#!/usr/bin/env bash
# Installs Demo Notes 1.0, the version that the wizard's demo package upgrades to 2.0, and starts
# it in the background, so that the wizard has a running application to close and restart.
#
#   scripts/start-demo-notes-1.0.sh [install-folder]    (default: ~/.local/opt/demo-notes)
#
# Builds demo-notes in build/ (or $RM_BUILD_DIR) first if needed, configured as
# scripts/run-setup.sh does. Prints the PID of the started program on stdout; messages go to
# stderr. Without a display, Demo Notes runs on Qt's offscreen platform, which is enough for the
# Restart Manager to find it, close it and start it again.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-$HOME/.local/opt/demo-notes}"
state="${XDG_STATE_HOME:-$HOME/.local/state}/demo-notes"
log="$state/demo-notes-1.0.log"
build="${RM_BUILD_DIR:-build}"

if [ ! -f "$build/build.ninja" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
fi
cmake --build "$build" -j "$(nproc)" --target demo-notes >&2

# Two copies would share one text file; the user closes the running one first.
for exe in /proc/[0-9]*/exe; do
    if [ "$(readlink "$exe" 2>/dev/null)" = "$prefix/bin/demo-notes" ]; then
        pid="${exe#/proc/}"
        echo "Demo Notes already runs from $prefix (PID ${pid%/exe}); close it first." >&2
        exit 1
    fi
done

install -d "$prefix/bin" "$prefix/share/demo-notes" "$state"
install -m 0755 "$build/app/demo-notes" "$prefix/bin/demo-notes"
echo "1.0" >"$prefix/share/demo-notes/version.txt"
cat >"$prefix/share/demo-notes/words.txt" <<'WORDS'
# Demo Notes word list, version 1
apple
book
candle
garden
letter
morning
pencil
river
window
winter
WORDS

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: Demo Notes runs offscreen." >&2
    export QT_QPA_PLATFORM=offscreen
fi
nohup "$prefix/bin/demo-notes" \
    --text "Typed in Demo Notes 1.0. This text survives the update to 2.0." >"$log" 2>&1 &
pid=$!

for _ in $(seq 100); do
    if grep -q "^ready " "$log" 2>/dev/null; then
        echo "Demo Notes 1.0 runs as PID $pid from $prefix (log: $log)." >&2
        echo "$pid"
        exit 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "Demo Notes did not start; see $log:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.1
done
echo "Demo Notes (PID $pid) has not said it is ready after 10 seconds; see $log." >&2
echo "$pid"
