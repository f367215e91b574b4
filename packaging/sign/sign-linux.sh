#!/usr/bin/env bash
# Signs Sourcedesk's Linux packages: a detached, ASCII-armoured GPG signature FILE.asc beside each
# package, and for a .deb also an embedded debsigs "origin" signature when debsigs is installed.
#   sign-linux.sh package FILE...   (the form cpack's SignPackages.cmake uses)
#   sign-linux.sh FILE...
# Environment: SOURCEDESK_GPG_KEY (a key id or fingerprint in the caller's GnuPG keyring; a
# passphrase comes from gpg-agent). Without it nothing is signed and the script succeeds.
set -euo pipefail

[ "${1:-}" = package ] && shift
if [ $# -eq 0 ]; then
    echo "usage: $0 [package] FILE..." >&2
    exit 2
fi

key=${SOURCEDESK_GPG_KEY:-}
if [ -z "$key" ]; then
    echo "signing skipped: no certificate configured (set SOURCEDESK_GPG_KEY)"
    exit 0
fi

for file in "$@"; do
    case "$file" in
        *.deb)
            if command -v debsigs >/dev/null 2>&1; then
                echo "debsigs: signing $file"
                debsigs --sign=origin -k "$key" "$file"
            else
                echo "debsigs not installed: $file gets only the detached signature"
            fi
            ;;
    esac
    echo "gpg: signing $file -> $file.asc"
    gpg --batch --yes --local-user "$key" --armor --detach-sign --output "$file.asc" "$file"
done
