#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring Secret Service,
# as the keychain tests need, and with a throw-away PostgreSQL server (scripts/with-postgres.sh);
# everything started here is stopped when the command ends.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if ! command -v dbus-run-session >/dev/null; then
    exec "$here/with-postgres.sh" "$@"
fi
if [ -z "${SOURCEDESK_IN_TEST_SESSION:-}" ]; then
    export SOURCEDESK_IN_TEST_SESSION=1
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
    chmod 700 "$XDG_RUNTIME_DIR"
    exec dbus-run-session -- "$0" "$@"
fi
# The keyring lives in a throw-away home; the daemon leaves with the session bus.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
if command -v gnome-keyring-daemon >/dev/null; then
    # A throw-away password creates and unlocks the login keyring without a prompt (an empty one
    # creates no login keyring at all with gnome-keyring 42, and writes then fail).
    eval "$(printf 'sourcedesk-test' | HOME="$home" gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)" || true
    export GNOME_KEYRING_CONTROL
fi
# A throw-away PostgreSQL server for the team-workspace tests (label "postgres").
"$here/with-postgres.sh" "$@"
