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

codesign --force --deep --sign "${MACOS_SIGNING_IDENTITY:--}" "$APP_BUNDLE"
codesign --verify --deep --strict "$APP_BUNDLE"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$APP_BUNDLE" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$OUTPUT"
hdiutil create -volname "$VOLUME $VERSION" -srcfolder "$staging" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$OUTPUT"
hdiutil verify "$OUTPUT"
