#!/usr/bin/env bash
# Builds the standalone app into dist/ (`make dist` runs this; so does the release workflow
# on each OS):
#   all      dist/embedded-unit-converter/            PyInstaller onedir bundle
#   Linux    dist/embedded-unit-converter-VERSION-linux-ARCH.tar.gz
#            dist/embedded-unit-converter_VERSION_ARCH.deb
#   macOS    dist/Embedded Unit Converter.app, dist/embedded-unit-converter-VERSION-macos-ARCH.dmg
#   Windows  dist/embedded-unit-converter-VERSION-windows-x64-setup.exe (Inno Setup)
#
# The bundle is made from build/dist-venv, a virtual environment holding only
# packaging/requirements-dist.txt and the project's wheel: what is importable there can end
# up in the bundle, so nothing from the development environment may be. The venv is
# reused while requirements-dist.txt and the Python version stay the same, the wheel is
# rebuilt only when its sources changed, and PyInstaller keeps its analysis cache in
# build/pyinstaller, so a rebuild after a QML or Python edit takes well under a minute.
#
# Environment: PYTHON (interpreter for the venv; default python3), MATURIN (default:
# .venv's, else one installed into build/tools-venv).
set -euo pipefail
cd "$(dirname "$0")/.."

APP=embedded-unit-converter
BUILD=build
DIST=dist
VENV=$BUILD/dist-venv
WHEELS=$BUILD/wheels
export EUC_BUILD_DIR="$PWD/$BUILD"

case "$(uname -s)" in
    Linux) OS=linux ;;
    Darwin) OS=macos ;;
    MINGW* | MSYS* | CYGWIN*) OS=windows ;;
    *) echo "build.sh: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
if [ "$OS" = windows ]; then BIN=Scripts; EXE=.exe; else BIN=bin; EXE=; fi
if [ "$OS" = windows ]; then
    # On Windows "python3" may be the Microsoft Store stub; setup-python provides "python".
    PYTHON=${PYTHON:-$(command -v python || command -v python3)}
else
    PYTHON=${PYTHON:-$(command -v python3 || command -v python)}
fi
say() { printf '\n== %s\n' "$*"; }
hash_of() { "$PYTHON" -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())' "$1"; }

# --- 1. The clean build environment -------------------------------------------------------
stamp="$("$PYTHON" -c 'import sys; print(sys.version)' | head -1) $(hash_of packaging/requirements-dist.txt)"
if [ ! -x "$VENV/$BIN/python$EXE" ] || [ "$(cat "$VENV/.requirements" 2>/dev/null)" != "$stamp" ]; then
    say "Creating $VENV (requirements-dist.txt changed or first build)"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/$BIN/python$EXE" -m pip install -q --upgrade pip
    "$VENV/$BIN/python$EXE" -m pip install -q -r packaging/requirements-dist.txt
    echo "$stamp" >"$VENV/.requirements"
fi
VPY=$VENV/$BIN/python$EXE
# Linux: a bootloader built as a position-independent executable (see the script).
if [ "$OS" = linux ]; then bash packaging/linux/pie-bootloader.sh "$VPY"; fi

# --- 2. The project's wheel -----------------------------------------------------------------
shopt -s nullglob
wheels=("$WHEELS"/embedded_unit_converter-*.whl)
wheel=${wheels[0]:-}
if [ -z "$wheel" ] || [ -n "$(find core bindings/python python Cargo.toml Cargo.lock pyproject.toml \
        -newer "$wheel" -type f ! -path '*/__pycache__/*' ! -name '*.so' ! -name '*.pyd' 2>/dev/null | head -1)" ]; then
    say "Building the wheel"
    MATURIN=${MATURIN:-}
    if [ -z "$MATURIN" ]; then
        if [ -x ".venv/$BIN/maturin$EXE" ]; then
            MATURIN=.venv/$BIN/maturin$EXE
        else
            [ -x "$BUILD/tools-venv/$BIN/maturin$EXE" ] || {
                "$PYTHON" -m venv "$BUILD/tools-venv"
                "$BUILD/tools-venv/$BIN/python$EXE" -m pip install -q "maturin>=1.7,<2"
            }
            MATURIN=$BUILD/tools-venv/$BIN/maturin$EXE
        fi
    fi
    rm -rf "$WHEELS"
    "$MATURIN" build --release --quiet --out "$WHEELS" --interpreter "$VPY"
    wheels=("$WHEELS"/embedded_unit_converter-*.whl)
    wheel=${wheels[0]:?maturin made no wheel}
fi
if [ "$(cat "$VENV/.wheel" 2>/dev/null)" != "$(hash_of "$wheel")" ]; then
    say "Installing $(basename "$wheel") into $VENV"
    "$VPY" -m pip install -q --force-reinstall --no-deps "$wheel"
    hash_of "$wheel" >"$VENV/.wheel"
fi
# Guard the "only what the app needs" rule: full PySide6 (or its Addons) must never be there.
if "$VPY" -m pip list --format=freeze 2>/dev/null | grep -iE '^(PySide6|PySide6[-_]Addons)=='; then
    echo "build.sh: $VENV holds full PySide6; the bundle must use PySide6-Essentials only" >&2
    exit 1
fi
VERSION=$("$VPY" -c 'import embedded_unit_converter as m; print(m.__version__)')
say "Embedded Unit Converter $VERSION ($OS)"

# --- 3. Icons and the bundle ----------------------------------------------------------------
QT_QPA_PLATFORM=offscreen "$VPY" packaging/icons.py "$BUILD/icons"
say "PyInstaller"
rm -rf "${DIST:?}/$APP"
"$VPY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$BUILD/pyinstaller" \
    packaging/$APP.spec

sizes=()
size_of() { du -sk "$1" | awk '{printf "%.1f MB", $1 / 1024}'; }
sizes+=("onedir bundle   $(size_of "$DIST/$APP")   $DIST/$APP/")

# --- 4. Installers --------------------------------------------------------------------------
case "$OS" in
linux)
    # No search path out of the bundle, libraries linked and not executable (see the script).
    bash packaging/linux/tidy-bundle.sh "$DIST/$APP"
    ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)
    TARBALL=$DIST/$APP-$VERSION-linux-$(uname -m).tar.gz
    say "Tarball $TARBALL"
    # Reproducible: fixed owner, order and timestamps.
    tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH:-0}" \
        -C "$DIST" -cf - "$APP" | gzip -9n >"$TARBALL"
    sizes+=("tar.gz          $(size_of "$TARBALL")   $TARBALL")
    DEB=$DIST/${APP}_${VERSION}_$ARCH.deb
    say "Debian package $DEB"
    bash packaging/linux/make-deb.sh "$DIST/$APP" "$BUILD/icons" "$VERSION" "$ARCH" "$DEB"
    sizes+=(".deb            $(size_of "$DEB")   $DEB")
    ;;
macos)
    DMG=$DIST/$APP-$VERSION-macos-$(uname -m).dmg
    bash packaging/macos/make-dmg.sh "$DIST/Embedded Unit Converter.app" "$VERSION" "$DMG"
    sizes+=(".dmg            $(size_of "$DMG")   $DMG")
    ;;
windows)
    ISCC=$(command -v iscc || command -v ISCC.exe || echo "/c/Program Files (x86)/Inno Setup 6/ISCC.exe")
    say "Inno Setup ($ISCC)"
    # Dash switches: Git Bash turns "/Q" and "/D..." into paths before ISCC sees them.
    "$ISCC" -Q "-DAppVersion=$VERSION" packaging/windows/$APP.iss
    SETUP=$DIST/$APP-$VERSION-windows-x64-setup.exe
    sizes+=("setup.exe       $(size_of "$SETUP")   $SETUP")
    ;;
esac

say "Sizes"
printf '  %s\n' "${sizes[@]}"
