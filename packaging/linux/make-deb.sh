#!/usr/bin/env bash
# make-deb.sh BUNDLE_DIR ICONS_DIR VERSION ARCH OUTPUT.deb
#
# Wraps the onedir bundle in a Debian package:
#   /opt/embedded-unit-converter/                  the bundle, as built
#   /usr/bin/embedded-unit-converter               launcher on PATH
#   /usr/share/applications/embedded-unit-converter.desktop
#   /usr/share/metainfo/io.github.EmbeddedUnitConverter.metainfo.xml
#   /usr/share/icons/hicolor/*/apps/embedded-unit-converter.{png,svg}
#   /usr/share/doc/embedded-unit-converter/{copyright,changelog.gz}
#   /usr/share/man/man1/embedded-unit-converter.1.gz
#   /usr/share/lintian/overrides/embedded-unit-converter   (each override with its reason)
# Depends lists the system libraries the bundle links to but does not carry, as computed
# by dpkg-shlibdeps from the bundle's ELF files, plus what is loaded at run time without
# being linked (a GL driver, a font). The menu and icon caches are refreshed by the
# triggers of desktop-file-utils and the icon theme: no maintainer scripts needed.
set -euo pipefail

BUNDLE=$1 ICONS=$2 VERSION=$3 ARCH=$4 OUTPUT=$5
APP=embedded-unit-converter
APP_ID=io.github.EmbeddedUnitConverter
HERE=$(cd "$(dirname "$0")" && pwd)
STAGE=$(mkdir -p "${EUC_BUILD_DIR:-build}/deb" && cd "${EUC_BUILD_DIR:-build}/deb" && pwd)
ROOT=$STAGE/root
rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
    "$ROOT/usr/share/metainfo" "$ROOT/usr/share/doc/$APP"

cp -a "$BUNDLE" "$ROOT/opt/$APP"
cat >"$ROOT/usr/bin/$APP" <<EOF
#!/bin/sh
# Launcher for the bundle in /opt (the bundle finds its files next to its executable).
exec /opt/$APP/$APP "\$@"
EOF
chmod 755 "$ROOT/usr/bin/$APP"
install -m 644 "$HERE/$APP.desktop" "$ROOT/usr/share/applications/$APP.desktop"
DATE=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$DATE/" "$HERE/$APP_ID.metainfo.xml" \
    >"$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml"
chmod 644 "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml"
(cd "$ICONS" && find hicolor -type f) | while read -r icon; do
    install -D -m 644 "$ICONS/$icon" "$ROOT/usr/share/icons/$icon"
done
install -m 644 "$HERE/copyright" "$ROOT/usr/share/doc/$APP/copyright"
# A native package's Debian changelog is changelog.gz (Debian Policy 12.7); its newest
# entry must be this version, so the changelog is kept up to date with each release.
changelog_version=$(dpkg-parsechangelog -l "$HERE/changelog" -S Version)
if [ "$changelog_version" != "$VERSION" ]; then
    echo "make-deb.sh: packaging/linux/changelog's newest entry is $changelog_version," \
        "not $VERSION: add an entry for this version" >&2
    exit 1
fi
gzip -9n <"$HERE/changelog" >"$ROOT/usr/share/doc/$APP/changelog.gz"
mkdir -p "$ROOT/usr/share/man/man1"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$DATE/" "$HERE/$APP.1" | gzip -9n \
    >"$ROOT/usr/share/man/man1/$APP.1.gz"
install -D -m 644 "$HERE/lintian-overrides" "$ROOT/usr/share/lintian/overrides/$APP"
chmod 644 "$ROOT/usr/share/doc/$APP/changelog.gz" "$ROOT/usr/share/man/man1/$APP.1.gz"

# Dependencies: every library that an ELF file in the bundle needs and that is neither in
# the bundle nor in glibc's own loader path gets resolved to its Debian package.
elf_files=()
while IFS= read -r -d '' file; do
    if [ "$(head -c 4 "$file" | tail -c 3)" = ELF ]; then elf_files+=("$file"); fi
done < <(find "$ROOT/opt/$APP" -type f -print0)
private_dirs=$(find "$ROOT/opt/$APP" -type f -name '*.so*' -printf '%h\n' | sort -u | sed 's/^/-l/')
shlibs_dir=$STAGE/shlibdeps
rm -rf "$shlibs_dir" && mkdir -p "$shlibs_dir/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$APP" "$APP" >"$shlibs_dir/debian/control"
# shellcheck disable=SC2086  # one -l option per private directory
shlib_depends=$(cd "$shlibs_dir" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 \
    $private_dirs "${elf_files[@]}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
if [ -z "$shlib_depends" ]; then
    echo "make-deb.sh: dpkg-shlibdeps found no dependencies" >&2
    exit 1
fi
# Loaded at run time without being linked: GL/EGL drivers (libglvnd dispatches to them) and
# at least one font for fontconfig to find.
depends=$shlib_depends
for extra in libgl1 libegl1 "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core"; do
    case ", $depends," in *", ${extra%% *}"[,\ ]*) ;; *) depends="$depends, $extra" ;; esac
done
installed_size=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$installed_size/" \
    -e "s/@DEPENDS@/$depends/" "$HERE/control.in" >"$ROOT/DEBIAN/control"

find "$ROOT" -type d -exec chmod 755 {} +
# What `dpkg --verify` and debsums check an installed file against.
(cd "$ROOT" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z |
    xargs -0 md5sum) >"$ROOT/DEBIAN/md5sums"
chmod 644 "$ROOT/DEBIAN/md5sums"
# xz -6: within 3% of -9 in size, in under half the time (multi-threaded).
dpkg-deb --root-owner-group -Zxz -z6 --build "$ROOT" "$OUTPUT" >/dev/null
echo "Depends: $depends"
