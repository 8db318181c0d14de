#!/usr/bin/env bash
# Renders the PNG sizes of Demo Notes' icon from its SVG, into the demo package's payload:
#   resources/demo-package/payload/share/icons/demo-notes-<size>.png
# Run it again after changing demo-notes.svg, and commit the PNGs (the package tests read the
# package folder as it is in the source tree). Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
icons=resources/demo-package/payload/share/icons
for size in 16 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --output "$icons/demo-notes-$size.png" "$icons/demo-notes.svg"
done
