#!/usr/bin/env bash
# Builds the Debian packages of the runtime and the SDK into build/packages/:
#   restartmanager         the setup wizard, rmctl, the secondary installer, the polite-close helper
#                          (the translations are built into the programs)
#   librestartmanager0     librestartmanager.so.0, the C API
#   librestartmanager-dev  headers, restartmanager.pc, the CMake package RestartManager
# from a build folder (configured and built here if needed) through `cmake --install` and
# debhelper (strip, shlibs and symbols, dependencies, md5sums), then checks them with lintian.
#
# Options: --build-dir DIR (default build), --output DIR (default BUILD_DIR/packages),
# --no-build (use the build folder as it is; tests/packages does), --no-lintian.
# The package version is that of packaging/debian/changelog, which must match the project's.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD

build_dir=build
output=
build=1
run_lintian=1
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir="$2"; shift ;;
        --output) output="$2"; shift ;;
        --no-build) build=0 ;;
        --no-lintian) run_lintian=0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
build_dir=$(realpath -m -- "$build_dir")
output=$(realpath -m -- "${output:-$build_dir/packages}")

if [ "$build" -eq 1 ]; then
    bash scripts/install-deps.sh
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build_dir" -j "$(nproc)" --target install_targets
fi

project_version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
package_version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
if [ "$package_version" != "$project_version" ]; then
    echo "packaging/debian/changelog is at $package_version, the project at $project_version:" \
        "add a changelog entry (dch -v $project_version)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r packaging/debian "$work/debian"

# Each package is one install component.
stage() {
    DESTDIR="$work/debian/$1" cmake --install "$build_dir" --prefix /usr --component "$2" >/dev/null
}
stage librestartmanager0 Library
stage librestartmanager-dev Development
stage restartmanager Tools

mkdir -p "$output"
rm -f "$output"/restartmanager_*.deb "$output"/librestartmanager0_*.deb \
    "$output"/librestartmanager-dev_*.deb
(
    cd "$work"
    export DH_QUIET=1 SOURCE_DATE_EPOCH
    SOURCE_DATE_EPOCH=$(dpkg-parsechangelog -S Timestamp)
    dh_installdocs
    dh_installchangelogs
    dh_lintian
    dh_strip --no-automatic-dbgsym
    dh_compress
    dh_fixperms
    dh_makeshlibs
    dh_shlibdeps
    dh_installdeb
    dh_gencontrol
    dh_md5sums
    dh_builddeb --destdir="$output"
)

ls -1 "$output"/*.deb
if [ "$run_lintian" -eq 1 ]; then
    # lintian leaves its caches (mldbm-elf-*) in TMPDIR: a folder of this run's, removed after.
    lintian_tmp=$(mktemp -d)
    status=0
    TMPDIR="$lintian_tmp" lintian --fail-on error,warning "$output"/*.deb || status=$?
    rm -rf "$lintian_tmp"
    [ "$status" -eq 0 ] || exit "$status"
fi
