#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# Renders the hicolor PNG sizes from the SVG master. The PNGs are committed, so a build never
# needs this; run it after changing the SVG (needs rsvg-convert from Debian's librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/hicolor"
svg=scalable/apps/org.cvmlauncher.CvmLauncher.svg
for size in 16 32 48 64 128 256; do
    mkdir -p "${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --output "${size}x${size}/apps/org.cvmlauncher.CvmLauncher.png" "$svg"
done
