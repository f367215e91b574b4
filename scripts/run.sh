#!/usr/bin/env bash
# README command 1: install what is needed, build (Release), and start Sourcedesk on a local workspace.
# Extra arguments go to the app, e.g. ./scripts/run.sh --workspace ~/team.sqlite
# It also starts sr-sandbox, the local SmartRecruiters emulator, in the background, which Settings →
# Integration offers as "Local sandbox (demo data)"; it stops when the app quits.
# SOURCEDESK_NO_SANDBOX=1 skips it; SOURCEDESK_SANDBOX_PORT picks its port (default: any free one).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
app=build/release/app/sourcedesk
sandbox=build/release/tests/sandbox/sr-sandbox
# Qt WebEngine refuses its sandbox as root; the login browser only ever loads SmartRecruiters' pages.
if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi

sandbox_pid=""
stop_sandbox() { if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; fi; }
trap stop_sandbox EXIT
if [ "${SOURCEDESK_NO_SANDBOX:-0}" != 1 ] && [ -x "$sandbox" ]; then
    data="${XDG_DATA_HOME:-$HOME/.local/share}/Sourcedesk"
    mkdir -p "$data"
    log="$data/sr-sandbox.log"
    "$sandbox" --port "${SOURCEDESK_SANDBOX_PORT:-0}" --seed 1 --data "$data/sr-sandbox.json" >"$log" 2>&1 &
    sandbox_pid=$!
    for _ in $(seq 50); do
        url=$(sed -n 's/^sr-sandbox listening on //p' "$log" | head -n1)
        [ -n "$url" ] && break
        kill -0 "$sandbox_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -n "${url:-}" ]; then
        export SOURCEDESK_SANDBOX_URL="$url"
        echo "run: SmartRecruiters sandbox (demo data) at $url — Settings → Integration → Local sandbox" >&2
    else
        echo "run: the SmartRecruiters sandbox did not start (see $log); continuing without it." >&2
        sandbox_pid=""
    fi
fi

status=0
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display found; starting Sourcedesk on a virtual display (xvfb-run). Use a desktop session to see the window." >&2
    xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@" || status=$?
else
    "$app" "$@" || status=$?
fi
exit "$status"
