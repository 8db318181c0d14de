#!/usr/bin/env bash
# Installs Demo Notes 1.0, the version that the wizard's demo package upgrades to 2.0, and starts
# it in the background, so that the wizard has a running application to close and restart.
# 1.0 is installed through restartmanager-setup itself (--unattended), from a package made here,
# so that its record exists: the upgrade to 2.0 then removes share/demo-notes/tips.txt, which
# only 1.0 ships, and `restartmanager-setup --uninstall org.restartmanager.DemoNotes` removes it.
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
cmake --build "$build" -j "$(nproc)" --target demo-notes restartmanager-setup \
    rm-secondary-installer >&2

# Two copies would share one text file; the user closes the running one first.
for exe in /proc/[0-9]*/exe; do
    if [ "$(readlink "$exe" 2>/dev/null)" = "$prefix/bin/demo-notes" ]; then
        pid="${exe#/proc/}"
        echo "Demo Notes already runs from $prefix (PID ${pid%/exe}); close it first." >&2
        exit 1
    fi
done

install -d "$state"
# The 1.0 package, in a private folder of our own (mktemp: never a predictable name in /tmp).
package="$(mktemp -d)"
trap 'rm -rf "$package"' EXIT
install -d "$package/payload/bin" "$package/payload/share/demo-notes"
install -m 0755 "$build/app/demo-notes" "$package/payload/bin/demo-notes"
cp resources/demo-package/license.txt "$package/license.txt"
echo "1.0" >"$package/payload/share/demo-notes/version.txt"
cat >"$package/payload/share/demo-notes/words.txt" <<'WORDS'
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
echo "Tips for Demo Notes 1.0. Version 2.0 no longer ships this file." \
    >"$package/payload/share/demo-notes/tips.txt"
cat >"$package/manifest.json" <<'MANIFEST'
{
    "format": 1,
    "id": "org.restartmanager.DemoNotes",
    "product": "Demo Notes",
    "version": "1.0",
    "publisher": "Restart Manager for Linux project",
    "license": "license.txt",
    "defaultInstallDir": "~/.local/opt/demo-notes",
    "components": [
        {"id": "app", "name": "Demo Notes", "description": "The notes editor.", "required": true,
         "installer": "stock",
         "files": [{"source": "payload/bin/demo-notes", "target": "bin/demo-notes"},
                   {"source": "payload/share/demo-notes/version.txt",
                    "target": "share/demo-notes/version.txt"},
                   {"source": "payload/share/demo-notes/tips.txt",
                    "target": "share/demo-notes/tips.txt"}]},
        {"id": "dictionary", "name": "Word list", "description": "The word list.",
         "required": false, "installer": "stock",
         "files": [{"source": "payload/share/demo-notes/words.txt",
                    "target": "share/demo-notes/words.txt"}]}
    ]
}
MANIFEST
# --allow-downgrade: a 2.0 installed here by an earlier demo goes back to 1.0.
if ! "$build/app/restartmanager-setup" --unattended --package "$package" --dir "$prefix" \
    --allow-downgrade --no-reboot --log "$state/setup-1.0.log" >"$state/setup-1.0.out"; then
    echo "Setup could not install Demo Notes 1.0; see $state/setup-1.0.log:" >&2
    tail -n 20 "$state/setup-1.0.out" >&2
    exit 1
fi

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
