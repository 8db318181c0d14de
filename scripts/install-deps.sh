#!/usr/bin/env bash
# Installs, through apt-get, whatever this project needs to build, test and run on Debian 12 and
# is not installed yet. Safe to run again: it does nothing when everything is there.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    # QtSvg renders the packages' SVG images (libQt6Svg.so.6 from libqt6svg6).
    qt6-svg-dev
    libspdlog-dev libfmt-dev libsqlite3-dev libsystemd-dev libxcb1-dev libxcb-res0-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    dbus xvfb xauth imagemagick x11-apps x11-utils openbox xterm tk python3-gi
    lsof psmisc procps util-linux bsdutils sqlite3 clang-format python3 libx11-6
    # A real user service manager (systemd --user, with its bus) for tests/core/systemd_user_test.
    systemd dbus-user-session
    # A btrfs image for the scan's test of files on subvolumes (tests/core/file_keys_test).
    btrfs-progs
    clang libclang-rt-14-dev
    qt6-translations-l10n
    # The Debian packages (scripts/build-packages.sh) and their checks (tests/packages).
    debhelper dpkg-dev lintian binutils
    # The one-file setup (.run): signatures, its zstd payload, and minisign to check both ways.
    libsodium-dev libzstd-dev zstd minisign libssl-dev
    # Desktop integration's tests run the real tools (tests/core/desktop_integration_test), and
    # scripts/render-demo-icons.sh renders the demo icon's PNG sizes.
    desktop-file-utils shared-mime-info gtk-update-icon-cache librsvg2-bin
    # The accessibility test (tests/a11y): Qt's AT-SPI bridge on a private bus, read by a real
    # AT-SPI client.
    at-spi2-core python3-pyatspi
    # Fonts for every language of setup: a base, Arabic and Hebrew, Chinese/Japanese/Korean.
    fonts-dejavu-core fonts-noto-core fonts-noto-cjk
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}"
