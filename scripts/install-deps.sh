#!/usr/bin/env bash
# Installs Sourcedesk's build, run and test dependencies on Debian 12 (root or sudo).
# --tests also installs what only the test suite needs (debian-packages-test.txt).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
lists=("$here/debian-packages.txt")
for arg in "$@"; do
    case "$arg" in
        --tests) lists+=("$here/debian-packages-test.txt") ;;
        *) echo "usage: $0 [--tests]" >&2; exit 2 ;;
    esac
done
mapfile -t packages < <(cat "${lists[@]}" | grep -v '^\s*#' | sed '/^\s*$/d')

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -qq
as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
