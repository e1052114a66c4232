#!/usr/bin/env bash
# make-dmg.sh "PATH/Embedded Unit Converter.app" VERSION OUTPUT.dmg   (macOS only)
#
# Signs the .app that PyInstaller made (ad hoc: enough for Apple Silicon to run it; a
# Developer ID and notarisation need the maintainers' Apple account, see README) and
# packs it into a compressed disk image with an Applications shortcut, so that installing
# is dragging the app onto that shortcut.
set -euo pipefail

APP_BUNDLE=$1 VERSION=$2 OUTPUT=$3
VOLUME="Embedded Unit Converter"
[ -d "$APP_BUNDLE" ] || { echo "make-dmg.sh: no app bundle at $APP_BUNDLE" >&2; exit 1; }
[ "$(uname -s)" = Darwin ] || { echo "make-dmg.sh: needs macOS (codesign, hdiutil)" >&2; exit 1; }

plist="$APP_BUNDLE/Contents/Info.plist"
bundle_version=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$plist")
if [ "$bundle_version" != "$VERSION" ]; then
    echo "make-dmg.sh: Info.plist says $bundle_version, the project $VERSION" >&2
    exit 1
fi

# hdiutil fails now and then with "Resource busy" on GitHub's macOS runners
# (actions/runner-images#7522), when something (Spotlight, XProtect) still holds the
# folder or image; waiting and trying again is the known cure.
retry() {  # retry COMMAND...: up to 5 attempts, 5 s, 10 s, ... apart
    local attempt
    for attempt in 1 2 3 4 5; do
        "$@" && return 0
        [ "$attempt" = 5 ] && break
        echo "make-dmg.sh: '$1 $2' failed (attempt $attempt of 5); trying again" >&2
        sleep $((attempt * 5))
    done
    return 1
}

codesign --force --deep --sign "${MACOS_SIGNING_IDENTITY:--}" "$APP_BUNDLE"
codesign --verify --deep --strict "$APP_BUNDLE"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$APP_BUNDLE" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$OUTPUT"
retry hdiutil create -volname "$VOLUME $VERSION" -srcfolder "$staging" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$OUTPUT"
hdiutil verify "$OUTPUT"
