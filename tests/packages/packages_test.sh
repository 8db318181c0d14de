#!/usr/bin/env bash
# The Debian packages of scripts/build-packages.sh, built from this build folder and checked the
# way a customer and a developer use them (tests/packages/CMakeLists.txt registers each step):
#   packages_test.sh build    SOURCE BUILD WORK   build the .debs into WORK/debs, extract into WORK/root
#   packages_test.sh clean    SOURCE BUILD WORK   remove WORK
#   packages_test.sh lintian  ...                 lintian on the .debs (overrides in the packages)
#   packages_test.sh contents ...                 the files of each package, exported symbols, NEEDED
#   packages_test.sh pkgconfig ...                a C program built with pkg-config runs a session
#   packages_test.sh cmake    ...                 a CMake project with find_package runs a session
#   packages_test.sh python   ...                 a Python program registers through ctypes, is
#                                                 closed by RmShutdown and relaunched by RmRestart
#   packages_test.sh pythonotheruser ...          the same with the program as another user (root)
#   packages_test.sh programs ...                 the packaged wizard installs the demo unattended
#                                                 (finding rm-secondary-installer), rmctl runs
#   packages_test.sh prefix   ...                 cmake --install --prefix elsewhere: a C program
#                                                 built with pkg-config from there runs a session
# Everything the consumers use comes from WORK/root (the extracted packages), nothing from the
# source or build folder: the compilers get no other include or library path.
set -euo pipefail

command=$1
source_dir=$2
build_dir=$3
work=$4
root="$work/root"
tests="$source_dir/tests/packages"
multiarch=$(gcc -print-multiarch)
libdir="$root/usr/lib/$multiarch"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Debian's Python 3 (not a wrapper script earlier on PATH, such as a pyenv shim).
python=/usr/bin/python3
[ -x "$python" ] || python=$(command -v python3)

# restart_driver.c, built with pkg-config against the extracted packages, into $1.
build_restart_driver() {
    # shellcheck disable=SC2046
    gcc -std=c11 -Wall -Wextra -Werror "$tests/restart_driver.c" -o "$1/restart_driver" \
        $(PKG_CONFIG_LIBDIR="$libdir/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$root" \
            PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1 PKG_CONFIG_ALLOW_SYSTEM_LIBS=1 \
            pkg-config --cflags --libs restartmanager)
}

# A scratch folder inside WORK for one step, removed when the step ends.
scratch() {
    mktemp -d "$work/$command.XXXXXX"
}

case "$command" in
build)
    rm -rf "$work"
    mkdir -p "$work"
    bash "$source_dir/scripts/build-packages.sh" --build-dir "$build_dir" --output "$work/debs" \
        --no-build --no-lintian
    mkdir "$root"
    for deb in "$work"/debs/*.deb; do
        dpkg-deb -x "$deb" "$root"
    done
    ;;

clean)
    rm -rf "$work"
    ;;

lintian)
    debs=("$work"/debs/*.deb)
    [ ${#debs[@]} -eq 3 ] || fail "expected 3 packages, found ${#debs[@]}: ${debs[*]}"
    # lintian leaves its caches (mldbm-elf-*) in TMPDIR: the step's own folder, removed after.
    lintian_tmp=$(scratch)
    status=0
    TMPDIR="$lintian_tmp" lintian --fail-on error,warning --display-info "${debs[@]}" || status=$?
    rm -rf "$lintian_tmp"
    leftovers=$(find "${TMPDIR:-/tmp}" -maxdepth 1 -name 'mldbm-*' -newer "${debs[0]}" 2>/dev/null)
    [ -z "$leftovers" ] || fail "lintian left files in ${TMPDIR:-/tmp}: $leftovers"
    exit "$status"
    ;;

contents)
    # Each package holds what it should.
    contents() { dpkg-deb -c "$work"/debs/"$1"_*.deb | awk '{print $6}' | sed 's|^\./|/|'; }
    expect() {
        local package=$1 path
        shift
        for path in "$@"; do
            contents "$package" | grep -qxF -- "$path" || fail "$package lacks $path"
        done
    }
    expect librestartmanager0 "/usr/lib/$multiarch/librestartmanager.so.0.1.0" \
        /usr/share/doc/librestartmanager0/copyright
    expect librestartmanager-dev /usr/include/restartmanager/restartmanager.h \
        /usr/include/restartmanager/restartmanager_linux.h \
        /usr/include/restartmanager/RestartManager.h /usr/include/restartmanager/windows.h \
        "/usr/lib/$multiarch/pkgconfig/restartmanager.pc" \
        "/usr/lib/$multiarch/cmake/RestartManager/RestartManagerConfig.cmake" \
        "/usr/lib/$multiarch/cmake/RestartManager/RestartManagerConfigVersion.cmake" \
        "/usr/lib/$multiarch/cmake/RestartManager/RestartManagerTargets.cmake"
    expect restartmanager /usr/bin/restartmanager-setup /usr/bin/rmctl \
        /usr/libexec/restartmanager/restartmanager-setup /usr/libexec/restartmanager/rmctl \
        /usr/libexec/restartmanager/rm-secondary-installer \
        /usr/libexec/restartmanager/rm-polite-close
    # The links: librestartmanager.so.0 in the library package, the .so in -dev.
    dpkg-deb -c "$work"/debs/librestartmanager0_*.deb | grep -q "librestartmanager.so.0 -> librestartmanager.so.0.1.0" ||
        fail "librestartmanager0 lacks the link librestartmanager.so.0"
    dpkg-deb -c "$work"/debs/librestartmanager-dev_*.deb | grep -q "librestartmanager.so -> librestartmanager.so.0" ||
        fail "librestartmanager-dev lacks the link librestartmanager.so"
    [ "$(readlink "$root/usr/bin/rmctl")" = ../libexec/restartmanager/rmctl ] ||
        fail "/usr/bin/rmctl is not a relative link to libexec"

    library="$libdir/librestartmanager.so.0.1.0"
    soname=$(readelf -d "$library" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
    [ "$soname" = librestartmanager.so.0 ] || fail "SONAME is '$soname'"
    # Exported: the functions of the public headers, and nothing else.
    exported=$(nm -D --defined-only "$library" | awk '$2 != "A" {print $3}' | sed 's/@.*//' | sort)
    declared=$(sed -n 's/.*[ *]\(Rm[A-Za-z]*\|RegisterApplicationRestart\|UnregisterApplicationRestart\)(.*/\1/p' \
        "$root/usr/include/restartmanager/restartmanager.h" \
        "$root/usr/include/restartmanager/restartmanager_linux.h" | sort -u)
    [ -n "$declared" ] || fail "no function found in the headers"
    if [ "$exported" != "$declared" ]; then
        diff <(echo "$declared") <(echo "$exported") >&2 || true
        fail "the exported symbols (>) are not the API (<)"
    fi
    echo "exported: $(echo "$exported" | wc -l) functions, all of the API"
    # Neither Qt nor X11: not linked, not loaded with the library (libxcb comes with dlopen).
    needed=$(readelf -d "$library" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    echo "NEEDED: $(echo $needed)"
    if echo "$needed" | grep -Ei '^lib(qt|xcb|x11|xau|xdmcp|gl|egl|opengl|wayland)'; then
        fail "librestartmanager.so.0 links Qt or X11"
    fi
    loaded=$(LD_LIBRARY_PATH="$libdir" ldd "$library")
    if echo "$loaded" | grep -Ei 'libqt|libxcb|libx11'; then
        fail "loading librestartmanager.so.0 maps Qt or X11"
    fi
    # The dependencies of the library package come from its NEEDED (dpkg-shlibdeps).
    depends=$(dpkg-deb -f "$work"/debs/librestartmanager0_*.deb Depends)
    echo "librestartmanager0 Depends: $depends"
    for package in libc6 libstdc++6 libsqlite3-0 libsystemd0 libspdlog1; do
        echo "$depends" | grep -q "$package" || fail "librestartmanager0 does not depend on $package"
    done
    if echo "$depends" | grep -Ei 'qt|xcb'; then
        fail "librestartmanager0 depends on Qt or X11"
    fi
    dpkg-deb -I "$work"/debs/librestartmanager0_*.deb symbols | grep -q "^ RmStartSession@" ||
        fail "librestartmanager0 has no symbols file"
    ;;

pkgconfig)
    out=$(scratch)
    trap 'rm -rf "$out"' EXIT
    export PKG_CONFIG_LIBDIR="$libdir/pkgconfig"
    export PKG_CONFIG_SYSROOT_DIR="$root"
    export PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1 PKG_CONFIG_ALLOW_SYSTEM_LIBS=1
    flags=$(pkg-config --cflags --libs restartmanager)
    echo "pkg-config --cflags --libs restartmanager: $flags"
    [ "$(pkg-config --modversion restartmanager)" = "$(dpkg-deb -f "$work"/debs/librestartmanager-dev_*.deb Version)" ] ||
        fail "restartmanager.pc's version is not the package's"
    # shellcheck disable=SC2086
    gcc -std=c11 -Wall -Wextra -Werror "$tests/session_check.c" -o "$out/session_check" $flags
    mkdir -m 0700 "$out/store"
    RESTARTMANAGER_STORE_DIR="$out/store" LD_LIBRARY_PATH="$libdir" "$out/session_check" "$out"
    # It ran with the packaged library.
    LD_LIBRARY_PATH="$libdir" ldd "$out/session_check" | grep -F "$libdir/librestartmanager.so.0" ||
        fail "session_check did not load $libdir/librestartmanager.so.0"
    ;;

cmake)
    out=$(scratch)
    trap 'rm -rf "$out"' EXIT
    cmake -S "$tests/consumer" -B "$out/build" -G Ninja -DCMAKE_PREFIX_PATH="$root/usr" \
        -DRM_EXPECTED_PREFIX="$root/usr" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
    cmake --build "$out/build"
    mkdir -m 0700 "$out/store"
    # The imported target carries the library's full path; the loader still needs to find it.
    RESTARTMANAGER_STORE_DIR="$out/store" LD_LIBRARY_PATH="$libdir" "$out/build/session_check" "$out"
    ;;

python)
    out=$(scratch)
    trap 'rm -rf "$out"' EXIT
    build_restart_driver "$out"
    mkdir -m 0700 "$out/store" "$out/app"
    RESTARTMANAGER_STORE_DIR="$out/store" LD_LIBRARY_PATH="$libdir" "$out/restart_driver" \
        "$out/app" "$python" "$tests/restart_app.py" "$libdir/librestartmanager.so.0" "$out/app"
    ;;

pythonotheruser)
    # The installer runs as root, the application as another user (nobody): RmGetList and
    # RmRestart honour the application's registration, which only that user's own store holds;
    # root reads it through rm-polite-close, which the library finds where the packages put it
    # (../../libexec/restartmanager from the library's folder). The files are copied where nobody
    # can read them (the build folder may be in a home folder that others cannot enter).
    if [ "$(id -u)" -ne 0 ]; then
        echo "needs root: runs the application as another user (setpriv)"
        exit 77
    fi
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
    chmod 0755 "$out"
    cp -a "$root" "$out/root"
    cp "$tests/restart_app.py" "$out/restart_app.py"
    build_restart_driver "$out"
    mkdir -m 0700 "$out/store"
    mkdir -m 0700 "$out/user-store"
    mkdir -m 0755 "$out/app"
    chown nobody:nogroup "$out/user-store" "$out/app"
    library="$out/root/usr/lib/$multiarch/librestartmanager.so.0"
    report=$(RESTARTMANAGER_STORE_DIR="$out/store" LD_LIBRARY_PATH="$out/root/usr/lib/$multiarch" \
        "$out/restart_driver" "$out/app" \
        setpriv --reuid=nobody --regid=nogroup --clear-groups \
        env -i PATH=/usr/bin:/bin RESTARTMANAGER_STORE_DIR="$out/user-store" \
        "$python" "$out/restart_app.py" "$library" "$out/app")
    echo "$report"
    nobody=$(id -u nobody)
    echo "$report" | grep -q "(uid $nobody) closed by RmShutdown, relaunched .* (uid $nobody)" ||
        fail "the application did not run as nobody (uid $nobody) both times"
    ;;

programs)
    # The installed programs find their helpers beside themselves: the wizard, started through
    # its link /usr/bin/restartmanager-setup, installs its embedded demo package unattended,
    # which runs rm-secondary-installer from /usr/libexec/restartmanager/; rmctl runs through
    # its link.
    out=$(scratch)
    trap 'rm -rf "$out"' EXIT
    mkdir -m 0700 "$out/store" "$out/home"
    report=$(cd / && env -u DISPLAY -u WAYLAND_DISPLAY RESTARTMANAGER_STORE_DIR="$out/store" \
        HOME="$out/home" XDG_DATA_HOME="$out/home/data" XDG_CONFIG_HOME="$out/home/config" \
        XDG_STATE_HOME="$out/home/state" RESTARTMANAGER_PRODUCTS_DIR="$out/products" \
        RESTARTMANAGER_DESKTOP_PREFIX="$out/desktop" \
        "$root/usr/bin/restartmanager-setup" --unattended --dir "$out/target" 2>&1) || true
    echo "$report"
    echo "$report" | grep -qx "exit-code 0" || fail "the packaged wizard did not install the demo"
    [ -x "$out/target/bin/demo-notes" ] || fail "no $out/target/bin/demo-notes"
    # Its record and its menu entry, icons and command went below this test's folder, never into
    # the real /var/lib and /usr/local.
    [ -f "$out/products/org.restartmanager.DemoNotes.json" ] || fail "no record in $out/products"
    [ -L "$out/desktop/bin/demo-notes" ] || fail "no command link in $out/desktop/bin"
    RESTARTMANAGER_STORE_DIR="$out/store" "$root/usr/bin/rmctl" sessions ||
        fail "the packaged rmctl does not run"
    ;;

prefix)
    # cmake --install into a prefix of its own: the same files, a .pc file for that prefix, and
    # a program built with it runs a session.
    out=$(scratch)
    trap 'rm -rf "$out"' EXIT
    prefix="$out/prefix"
    for component in Library Development Tools; do
        cmake --install "$build_dir" --prefix "$prefix" --component "$component" >/dev/null
    done
    [ -x "$prefix/libexec/restartmanager/rm-polite-close" ] || fail "no rm-polite-close in $prefix"
    [ "$(readlink -f "$prefix/bin/rmctl")" = "$prefix/libexec/restartmanager/rmctl" ] ||
        fail "bin/rmctl does not lead to libexec/restartmanager/rmctl"
    export PKG_CONFIG_LIBDIR="$prefix/lib/$multiarch/pkgconfig"
    [ "$(pkg-config --variable=prefix restartmanager)" = "$prefix" ] ||
        fail "restartmanager.pc's prefix is not $prefix"
    # shellcheck disable=SC2046
    gcc -std=c11 -Wall -Wextra -Werror "$tests/session_check.c" -o "$out/session_check" \
        $(pkg-config --cflags --libs restartmanager)
    mkdir -m 0700 "$out/store"
    RESTARTMANAGER_STORE_DIR="$out/store" LD_LIBRARY_PATH="$prefix/lib/$multiarch" \
        "$out/session_check" "$out"
    ;;

*)
    echo "unknown command: $command" >&2
    exit 2
    ;;
esac
