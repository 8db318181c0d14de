#!/bin/bash
# The README's screenshots of the branded demo, from QA walks of the build (issue 24):
#   resources/screenshots/qa-walk-contact-sheet.png  welcome, components, files in use and finish
#                                                    in English, Arabic, Japanese and German
#   resources/screenshots/wizard-dark.png            welcome and finish pages with the desktop
#                                                    preferring dark
# Each walk runs offscreen on a session bus of its own (dbus-daemon); for the dark one a stand-in
# of the freedesktop portal (python3-gi) answers color-scheme 1 ("prefer dark"). Setup's record,
# menu entry, store and data go to a temporary folder, removed afterwards.
#
# Usage: scripts/qa-screenshots.sh [BUILD_DIR]   (default: build; needs ImageMagick's montage)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
setup=$build/app/restartmanager-setup
package=$build/app/demo-package
shots=$here/resources/screenshots
for tool in montage dbus-daemon /usr/bin/python3; do
    command -v "$tool" >/dev/null || { echo "qa-screenshots: $tool is missing" >&2; exit 1; }
done
root=$(mktemp -d "${TMPDIR:-/tmp}/rm-qa-shots-XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT

cat >"$root/portal.py" <<'PY'
import sys
from gi.repository import Gio, GLib
scheme = int(sys.argv[1])
xml = """<node><interface name="org.freedesktop.portal.Settings">
<method name="ReadOne"><arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="out"/></method>
<method name="Read"><arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="out"/></method>
<signal name="SettingChanged"><arg type="s"/><arg type="s"/><arg type="v"/></signal>
</interface></node>"""
node = Gio.DBusNodeInfo.new_for_xml(xml)
def call(conn, sender, path, iface, method, params, invocation):
    namespace, key = params.unpack()
    if namespace != "org.freedesktop.appearance" or key != "color-scheme":
        invocation.return_dbus_error("org.freedesktop.portal.Error.NotFound", "not found")
        return
    value = GLib.Variant("u", scheme)
    if method == "Read":
        value = GLib.Variant("v", value)
    invocation.return_value(GLib.Variant("(v)", (value,)))
def on_bus(conn, name):
    conn.register_object("/org/freedesktop/portal/desktop", node.interfaces[0], call, None, None)
Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.portal.Desktop",
                 Gio.BusNameOwnerFlags.NONE, on_bus, lambda *a: print("ready", flush=True),
                 lambda *a: sys.exit(1))
GLib.MainLoop().run()
PY

# walk OUT LANG [dark]
walk() {
    local out=$1 lang=$2 scheme=${3:-} home
    home=$(mktemp -d "$root/home-XXXXXX")
    mkdir -m 700 "$home/store"
    local bus_out="$home/bus-address"
    dbus-daemon --session --print-address=1 --nofork >"$bus_out" 2>/dev/null &
    pids+=($!)
    for _ in $(seq 100); do [ -s "$bus_out" ] && break; sleep 0.05; done
    local address
    address=$(head -n1 "$bus_out")
    if [ "$scheme" = dark ]; then
        mkfifo "$home/portal-out"
        DBUS_SESSION_BUS_ADDRESS=$address /usr/bin/python3 "$root/portal.py" 1 \
            >"$home/portal-out" </dev/null &
        pids+=($!)
        read -r _ <"$home/portal-out"
    fi
    env HOME="$home" XDG_RUNTIME_DIR="$home" XDG_DATA_HOME="$home/data" \
        XDG_CONFIG_HOME="$home/config" RESTARTMANAGER_STORE_DIR="$home/store" \
        RESTARTMANAGER_PRODUCTS_DIR="$home/products" RESTARTMANAGER_DESKTOP_PREFIX="$home/desktop" \
        DBUS_SESSION_BUS_ADDRESS="$address" QT_QPA_PLATFORM=offscreen \
        "$setup" --package "$package" --qa-walk "$out" --lang "$lang" >/dev/null 2>&1
}

sheet=()
for lang in en ar ja de; do
    walk "$root/walk" "$lang"
    for page in welcome components files-in-use finish; do
        sheet+=("$(ls "$root/walk/$lang/"*-"$page".png)")
    done
done
montage "${sheet[@]}" -tile 4x4 -geometry 480x347+6+6 "$shots/qa-walk-contact-sheet.png"

walk "$root/dark" en dark
montage "$(ls "$root/dark/en/"*-welcome.png)" "$(ls "$root/dark/en/"*-finish.png)" \
    -tile 2x1 -geometry +0+0 "$shots/wizard-dark.png"
echo "qa-screenshots: wrote $shots/qa-walk-contact-sheet.png and $shots/wizard-dark.png"
