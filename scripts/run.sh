#!/usr/bin/env bash
# README command 1: install what is needed, build (Release), and start Sourcedesk on a local workspace.
# Extra arguments go to the app, e.g. ./scripts/run.sh --workspace ~/team.sqlite
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
app=build/release/app/sourcedesk
# Qt WebEngine refuses its sandbox as root; the login browser only ever loads SmartRecruiters' pages.
if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display found; starting Sourcedesk on a virtual display (xvfb-run). Use a desktop session to see the window." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
fi
exec "$app" "$@"
