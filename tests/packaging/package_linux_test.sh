#!/usr/bin/env bash
# The Linux packages end to end: runs CPack for the build directory (what the `package` target
# runs once `all` is built, which ctest guarantees), checks the .deb with lintian,
# desktop-file-validate and appstreamcli, checks the file lists of the .deb and the .tar.gz,
# installs the .deb, runs both programs from /usr/bin, removes the package again and checks that
# nothing it installed is left while the user's workspace is untouched.
# Needs root or passwordless sudo for the install part, no network.
# Usage: package_linux_test.sh BUILD_DIR PROJECT_VERSION
set -euo pipefail

build_dir=$1
version=$2
package=sourcedesk
app_id=io.sourcedesk.Sourcedesk

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

if [ "$(id -u)" -eq 0 ]; then
    as_root() { "$@"; }
elif sudo -n true 2>/dev/null; then
    as_root() { sudo -n "$@"; }
else
    as_root() { return 1; }
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/sourcedesk-package.XXXXXX")
installed_by_us=0
app_pid=
cleanup() {
    local rc=$?
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill -KILL "$app_pid" 2>/dev/null || true
    fi
    if [ "$installed_by_us" -eq 1 ]; then
        DEBIAN_FRONTEND=noninteractive as_root apt-get purge -y -qq "$package" >/dev/null 2>&1 ||
            as_root dpkg --purge "$package" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "cpack (DEB, TGZ)"
cpack --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(find "$work/out" -maxdepth 1 -name "${package}_${version}-*_*.deb" | head -n 1)
tgz=$(find "$work/out" -maxdepth 1 -name "${package}-${version}-linux-*.tar.gz" | head -n 1)
[ -n "$deb" ] || { ls "$work/out"; fail "no ${package}_${version}-*.deb"; }
[ -n "$tgz" ] || { ls "$work/out"; fail "no ${package}-${version}-linux-*.tar.gz"; }
echo "$deb"
echo "$tgz"

step "control fields"
dpkg-deb -f "$deb" Package Version Section Maintainer Homepage Depends Recommends
[ "$(dpkg-deb -f "$deb" Package)" = "$package" ] || fail "Package field"
case "$(dpkg-deb -f "$deb" Version)" in "$version"-*) ;; *) fail "Version is not $version-N" ;; esac
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 qt6-translations-l10n libqt6core6 libc6; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep (shlibdeps or the plugin list)"
done
dpkg-deb -f "$deb" Recommends | grep -q gnome-keyring || fail "Recommends lacks gnome-keyring"

step "lintian"
# Errors fail; warnings are printed for the log. Overrides are in the package itself.
lintian_status=0
lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || lintian_status=$?
grep -v '^running with root privileges' "$work/lintian.log" || true
if grep -q '^E: ' "$work/lintian.log" || [ "$lintian_status" -ne 0 ]; then
    fail "lintian reports errors (exit status $lintian_status)"
fi

step "contents of the .deb"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/deb-files"
expected=(
    /usr/bin/sourcedesk
    /usr/bin/sourcedesk-cli
    /usr/share/applications/$app_id.desktop
    /usr/share/metainfo/$app_id.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg
    /usr/share/man/man1/sourcedesk-cli.1.gz
    /usr/share/man/man1/sourcedesk.1.gz
    /usr/share/doc/$package/copyright
    /usr/share/doc/$package/changelog.Debian.gz
    /usr/share/lintian/overrides/$package
)
for size in 16 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
    grep -qxF "$f" "$work/deb-files" || fail "the .deb lacks $f"
done
if grep -E '^/(usr/local|opt|home|root|tmp)/|/build/' "$work/deb-files"; then fail "stray paths in the .deb"; fi

step "desktop-file-validate, appstreamcli validate"
mkdir "$work/deb-root"
dpkg-deb -x "$deb" "$work/deb-root"
desktop-file-validate "$work/deb-root/usr/share/applications/$app_id.desktop" || fail "desktop file"
appstreamcli validate --no-net "$work/deb-root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "AppStream metainfo"
grep -q "<release version=\"$version\"" "$work/deb-root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo has no release $version"
for size in 16 256; do
    png="$work/deb-root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "icon $png: $(file -b "$png")"
done
zcat "$work/deb-root/usr/share/man/man1/sourcedesk-cli.1.gz" | grep -q '^\.TH SOURCEDESK-CLI 1' ||
    fail "sourcedesk-cli man page"
for f in "$work/deb-root/usr/bin/sourcedesk" "$work/deb-root/usr/bin/sourcedesk-cli"; do
    file "$f" | grep -q ', stripped' || fail "$f is not stripped"
done

step "contents of the .tar.gz (relocatable)"
tar -tzf "$tgz" >"$work/tgz-files"
top=$(head -n 1 "$work/tgz-files" | cut -d/ -f1)
for f in bin/sourcedesk bin/sourcedesk-cli share/applications/$app_id.desktop \
    share/metainfo/$app_id.metainfo.xml share/man/man1/sourcedesk-cli.1.gz \
    share/icons/hicolor/48x48/apps/$app_id.png; do
    grep -qxF "$top/$f" "$work/tgz-files" || fail "the .tar.gz lacks $top/$f"
done
if grep -Eq '^/|(^|/)\.\.(/|$)' "$work/tgz-files"; then fail "absolute or parent paths in the .tar.gz"; fi
mkdir "$work/tgz-root"
tar -xzf "$tgz" -C "$work/tgz-root"
if readelf -d "$work/tgz-root/$top/bin/sourcedesk" | grep -E 'R(UN)?PATH' | grep -v '\$ORIGIN' | grep -q /; then
    fail "an absolute RPATH is baked into bin/sourcedesk"
fi
[ "$("$work/tgz-root/$top/bin/sourcedesk-cli" --version)" = "sourcedesk-cli $version" ] ||
    fail "the unpacked sourcedesk-cli --version"

if ! as_root true; then
    echo "SKIP: installing needs root or passwordless sudo; the package itself passed its checks"
    exit 77
fi
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    fail "$package is already installed on this machine; remove it first (apt-get remove $package)"
fi

step "install"
installed_by_us=1
# Local file, every dependency already installed: apt needs no network. dpkg is the fallback.
if ! DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends \
    -o Acquire::Retries=0 "$deb" >"$work/install.log" 2>&1; then
    cat "$work/install.log"
    echo "apt-get failed; trying dpkg -i"
    as_root dpkg -i "$deb" || fail "dpkg -i failed"
fi
dpkg-query -W -f='${Status} ${Version}\n' "$package"
dpkg-query -W -f='${Status}' "$package" | grep -q 'install ok installed' || fail "not installed"
dpkg -L "$package" >"$work/installed-list"
for f in "${expected[@]}"; do
    [ -e "$f" ] || fail "$f was not installed"
done

step "run /usr/bin/sourcedesk-cli --version"
out=$(/usr/bin/sourcedesk-cli --version)
echo "$out"
[ "$out" = "sourcedesk-cli $version" ] || fail "expected 'sourcedesk-cli $version'"

step "run /usr/bin/sourcedesk offscreen"
mkdir "$work/user"
workspace="$work/user/w.sqlite"
QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 /usr/bin/sourcedesk --workspace "$workspace" \
    >"$work/gui.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 80); do
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
done
if ! kill -0 "$app_pid" 2>/dev/null; then
    status=0
    wait "$app_pid" || status=$?
    app_pid=
    tail -n 30 "$work/gui.log"
    fail "sourcedesk ended by itself within 8 s (exit status $status)"
fi
kill -TERM "$app_pid"
for _ in $(seq 1 50); do
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
done
kill -KILL "$app_pid" 2>/dev/null || true
wait "$app_pid" || true
app_pid=
[ -s "$workspace" ] || { tail -n 30 "$work/gui.log"; fail "sourcedesk did not create $workspace"; }
grep -q "Main window open on $workspace" "$work/gui.log" ||
    { tail -n 30 "$work/gui.log"; fail "sourcedesk did not get to its main window"; }
echo "created $workspace ($(stat -c %s "$workspace") bytes)"
(cd "$work/user" && sha256sum -- *) >"$work/user.sha256"

step "remove"
DEBIAN_FRONTEND=noninteractive as_root apt-get purge -y -q "$package" >"$work/remove.log" 2>&1 ||
    { cat "$work/remove.log"; as_root dpkg --purge "$package" || fail "remove failed"; }
installed_by_us=0
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'installed'; then fail "still installed"; fi
left=0
while IFS= read -r f; do
    if [ -f "$f" ] || [ -L "$f" ]; then
        echo "left behind: $f"
        left=1
    fi
done <"$work/installed-list"
[ "$left" -eq 0 ] || fail "files of the package are left after removal"
(cd "$work/user" && sha256sum --check --quiet "$work/user.sha256") || fail "the user's workspace changed"
echo "workspace untouched: $(cat "$work/user.sha256" | wc -l) files"

echo "PASS"
