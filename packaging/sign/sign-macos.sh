#!/usr/bin/env bash
# Signs Sourcedesk for macOS; run by cpack through SignStaged.cmake / SignPackages.cmake.
#   sign-macos.sh stage DIR ENTITLEMENTS   sign every .app in the staging DIR (and bin/*) inside out,
#                                          with the hardened runtime and Qt WebEngine's entitlements
#   sign-macos.sh package FILE...          sign each .dmg; notarise and staple it when a profile is set
# Environment: SOURCEDESK_SIGN_IDENTITY ("Developer ID Application: Name (TEAMID)"), and optionally
# SOURCEDESK_NOTARY_PROFILE (made once with `xcrun notarytool store-credentials PROFILE ...`).
# Without SOURCEDESK_SIGN_IDENTITY nothing is signed and the script succeeds.
set -euo pipefail

usage() {
    echo "usage: $0 stage DIR ENTITLEMENTS | $0 package FILE..." >&2
    exit 2
}
[ $# -ge 2 ] || usage
mode=$1
shift

identity=${SOURCEDESK_SIGN_IDENTITY:-}
if [ -z "$identity" ]; then
    echo "signing skipped: no certificate configured (set SOURCEDESK_SIGN_IDENTITY)"
    exit 0
fi

sign() { # sign [--entitlements FILE] PATH
    codesign --force --options runtime --timestamp --sign "$identity" "$@"
}

sign_bundle() { # sign_bundle APP ENTITLEMENTS: nested code first, deepest first, then the app
    local app=$1 entitlements=$2 path
    while IFS= read -r path; do
        case "$path" in
            *.app) sign --entitlements "$entitlements" "$path" ;; # QtWebEngineProcess.app
            *) sign "$path" ;;
        esac
    done < <(find "$app/Contents" \( -name '*.dylib' -o -name '*.so' -o -name '*.framework' \
                                     -o -name '*.app' \) -print \
             | awk -F/ '{ print NF "\t" $0 }' | sort -rn | cut -f2-)
    sign --entitlements "$entitlements" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
}

case "$mode" in
    stage)
        [ $# -eq 2 ] || usage
        dir=$1 entitlements=$2
        found=0
        while IFS= read -r app; do
            echo "signing $app"
            sign_bundle "$app" "$entitlements"
            found=1
        done < <(find "$dir" -maxdepth 2 -name '*.app' -type d)
        if [ -d "$dir/bin" ]; then
            for tool in "$dir"/bin/*; do
                [ -f "$tool" ] && [ -x "$tool" ] && { echo "signing $tool"; sign "$tool"; }
            done
        fi
        [ "$found" -eq 1 ] || { echo "sign-macos: no .app in $dir" >&2; exit 1; }
        ;;
    package)
        for file in "$@"; do
            case "$file" in
                *.dmg) ;;
                *) echo "not signed (not a .dmg): $file"; continue ;;
            esac
            echo "signing $file"
            codesign --force --timestamp --sign "$identity" "$file"
            if [ -n "${SOURCEDESK_NOTARY_PROFILE:-}" ]; then
                echo "notarising $file (profile $SOURCEDESK_NOTARY_PROFILE)"
                xcrun notarytool submit "$file" --keychain-profile "$SOURCEDESK_NOTARY_PROFILE" --wait
                xcrun stapler staple "$file"
            else
                echo "notarisation skipped: set SOURCEDESK_NOTARY_PROFILE to notarise $file"
            fi
        done
        ;;
    *) usage ;;
esac
