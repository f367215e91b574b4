#!/usr/bin/env bash
# README command 2: install what is needed, build with warnings as errors, and run the whole test
# suite headless. Benchmarks (label "bench") are not part of it: ctest --preset bench runs them.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
./scripts/install-deps.sh --tests
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
# Paths relative to the clone, so every fresh clone on this machine hits the same cache entries.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
export QT_QPA_PLATFORM=offscreen
if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi

cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)"

# A private D-Bus session with a Secret Service (gnome-keyring), so the keychain is tested for real.
exec ./scripts/with-test-session.sh ctest --preset ci -j"$(nproc)"
