#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server: its own data folder, a loopback port, one
# superuser whose password is in a private pgpass file. Exports SOURCEDESK_TEST_PG (the superuser's
# location) and PGPASSFILE for the tests; the server and its folder go when the command ends.
# SOURCEDESK_PG_DURABLE=1 keeps fsync on (benchmarks); tests run with fsync off.
set -euo pipefail
if [ -n "${SOURCEDESK_TEST_PG:-}" ]; then
    exec "$@"
fi
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "with-postgres: no PostgreSQL server installed (apt-get install postgresql); PostgreSQL tests will skip" >&2
    exec "$@"
fi
tmp=$(mktemp -d /tmp/sourcedesk-pg.XXXXXX)
chmod 755 "$tmp"
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root; the package's "postgres" account owns the throw-away cluster.
    as_server=(runuser -u postgres --)
    chown postgres: "$tmp"
fi
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" > "$tmp/pwfile"
[ "$(id -u)" -eq 0 ] && chown postgres: "$tmp/pwfile"
"${as_server[@]}" "$bindir/initdb" -D "$tmp/data" -U sd_test --pwfile="$tmp/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 \
    || { cat "$tmp/initdb.log" >&2; exit 1; }
rm -f "$tmp/pwfile"
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fsync=off
[ "${SOURCEDESK_PG_DURABLE:-0}" = 1 ] && fsync=on
stop() {
    "${as_server[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap stop EXIT
"${as_server[@]}" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$tmp -c fsync=$fsync \
        -c max_connections=300 -c shared_buffers=256MB" start >/dev/null \
    || { cat "$tmp/server.log" >&2; exit 1; }
# Only the password file is private; the wrapped command keeps the caller's umask (the mail
# tests' maildir files must stay readable to Dovecot's mail user).
(umask 077 && printf '127.0.0.1:%s:*:sd_test:%s\n' "$port" "$password" > "$tmp/pgpass")
export PGPASSFILE="$tmp/pgpass"
export SOURCEDESK_TEST_PG="postgresql://sd_test@127.0.0.1:$port/postgres?sslmode=disable"
export SOURCEDESK_TEST_PG_LOG="$tmp/server.log"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
set +e
"$@"
rc=$?
exit $rc
