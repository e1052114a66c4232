#!/usr/bin/env bash
# Tests what packaging/build.sh made (`make dist-test`, part of `make test`):
#   * size budgets: onedir <= 100 MB, .tar.gz and .deb <= 40 MB each;
#   * the bundle in a bare environment (env -i: no PATH, no Python, no display), started
#     from another directory: --self-test exits 0, --screenshot writes a real window;
#   * the .tar.gz unpacks to a bundle that passes the same self-test;
#   * no RUNPATH/RPATH of a bundled ELF file leads outside the bundle;
#   * the .deb: contents, desktop entry and AppStream metadata validated, lintian clean
#     (but for the overrides the package ships, each with its reason), then installed
#     with dpkg -i, the launcher on PATH self-tested, removed again (needs root or sudo);
#   * the recipes this machine cannot run (GitHub workflow, Inno Setup script, macOS
#     scripts) linted as far as tools here allow, and their logic that Linux can run
#     tested (packaging/tests: the spec's filtering on a macOS framework tree, ...).
# Ends with "dist-test: N passed, N failed"; exit status 1 if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
ROOT=$PWD
APP=embedded-unit-converter
APP_ID=io.github.EmbeddedUnitConverter
BUNDLE=$ROOT/dist/$APP
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
passed=0 failed=0 failures=()

check() {  # check NAME COMMAND...: runs the command, records the outcome, shows output on failure
    local name=$1; shift
    if output=$("$@" 2>&1); then
        passed=$((passed + 1)); printf '  ok    %s\n' "$name"
    else
        failed=$((failed + 1)); failures+=("$name"); printf '  FAIL  %s\n' "$name"
        printf '%s\n' "$output" | tail -n 20 | sed 's/^/        | /'
    fi
}

shopt -s nullglob
debs=(dist/"${APP}"_*.deb) tarballs=(dist/"$APP"-*-linux-*.tar.gz)
DEB=${debs[0]:-dist/missing.deb} TARBALL=${tarballs[0]:-dist/missing.tar.gz}
PYTHON=$(command -v python3)

echo "== Sizes"
within_budget() {  # within_budget PATH MB
    local kb; kb=$(du -sk "$1" | cut -f1)
    awk -v kb="$kb" -v f="$1" -v b="$2" 'BEGIN { printf "%s: %.1f MB (budget %s MB)\n", f, kb / 1024, b }'
    [ "$kb" -le $(($2 * 1024)) ]
}
check "onedir bundle <= 100 MB" within_budget "$BUNDLE" 100
check ".tar.gz <= 40 MB" within_budget "$TARBALL" 40
check ".deb <= 40 MB" within_budget "$DEB" 40

echo "== Bundle in a bare environment"
png_is_window() {  # a PNG of at least 200x200 pixels with more than a handful of colours
    "$PYTHON" - "$1" <<'EOF'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert width >= 200 and height >= 200, f"only {width}x{height}"
# Rough content check: the compressed image must not be a flat colour.
idat = b"".join(data[i + 8:i + 8 + struct.unpack(">I", data[i:i + 4])[0]]
                for i in range(8, len(data) - 8) if data[i + 4:i + 8] == b"IDAT")
raw = zlib.decompress(idat)
assert len(set(raw[::97])) > 8, "the image is (nearly) one flat colour"
print(f"{width}x{height}, {len(data)} bytes")
EOF
}
# A run that hangs is a failure, not a stuck CI job.
bare() { (cd "$TMP" && timeout 120 env -i "$@"); }
check "env -i bundle --self-test (from $TMP)" bare "$BUNDLE/$APP" --self-test
screenshot() { bare "$BUNDLE/$APP" --screenshot "$TMP/window.png" && png_is_window "$TMP/window.png"; }
check "env -i bundle --screenshot writes the window" screenshot
# ... and keeps them when PySide6's SBK_EMBED switch is set (1 would delete them).
support_modules_kept() {
    bare SBK_EMBED=1 "$BUNDLE/$APP" --self-test >/dev/null \
        && test -f "$BUNDLE/_internal/shiboken6/files.dir/shibokensupport/signature/loader.pyc" \
        && ! find "$BUNDLE/_internal/shiboken6/files.dir" -name '*.py' | grep .
}
check "bundle ships PySide6's support modules compiled, without sources, and keeps them (SBK_EMBED=1)" \
    support_modules_kept
check "bundle carries no full PySide6 modules (WebEngine, 3D, Multimedia)" \
    bash -c "! find '$BUNDLE' -iname '*WebEngine*' -o -iname '*Qt63D*' -o -iname '*Multimedia*' -o -iname '*Quick3D*' | grep ."
check "bundled ELF files are stripped" \
    bash -c "! find '$BUNDLE' -type f -name '*.so*' -exec file {} + | grep -v ', stripped' | grep 'ELF'"
search_paths_stay_inside() {  # search_paths_stay_inside DIR: no RUNPATH/RPATH of an ELF file leads out of DIR
    local root file dir entry path bad=0
    root=$(cd "$1" && pwd -P)
    while IFS= read -r -d '' file; do
        [ "$(head -c 4 "$file" | tail -c 3)" = ELF ] || continue
        dir=$(dirname "$file")  # $ORIGIN: where the loader finds the file, symlink or not
        while IFS= read -r entry; do
            case $entry in
                \$ORIGIN*) path=$(realpath -m "$dir${entry#\$ORIGIN}") ;;
                \$\{ORIGIN\}*) path=$(realpath -m "$dir${entry#\$\{ORIGIN\}}") ;;
                *) path=$entry ;;
            esac
            if [ "$path" != "$root" ] && [ "${path#"$root"/}" = "$path" ]; then
                echo "${file#"$root"/}: search path '$entry' leads outside the bundle"; bad=1
            fi
        done < <(readelf -d "$file" | sed -n 's/.*(R\(UN\)\{0,1\}PATH).*\[\(.*\)\]$/\2/p' | tr : '\n')
    done < <(find "$root" \( -type f -o -type l \) -print0)
    [ "$bad" = 0 ]
}
check "no RUNPATH/RPATH of a bundled ELF file leads outside the bundle" search_paths_stay_inside "$BUNDLE"
unpack_tarball() { mkdir -p "$TMP/tar" && tar -C "$TMP/tar" -xzf "$TARBALL" && (cd / && env -i "$TMP/tar/$APP/$APP" --self-test); }
check ".tar.gz unpacks to a working bundle" unpack_tarball

echo "== Linux desktop metadata (as packaged in the .deb)"
mkdir -p "$TMP/deb" && dpkg-deb -x "$DEB" "$TMP/deb"
check "desktop-file-validate" desktop-file-validate "$TMP/deb/usr/share/applications/$APP.desktop"
check "appstreamcli validate --no-net" appstreamcli validate --no-net "$TMP/deb/usr/share/metainfo/$APP_ID.metainfo.xml"
deb_layout() {
    local f
    for f in opt/$APP/$APP usr/bin/$APP usr/share/icons/hicolor/scalable/apps/$APP.svg \
        usr/share/doc/$APP/copyright; do
        [ -e "$TMP/deb/$f" ] || { echo "missing /$f"; return 1; }
    done
    for size in 16 24 32 48 64 128 256 512; do
        [ -s "$TMP/deb/usr/share/icons/hicolor/${size}x$size/apps/$APP.png" ] || { echo "no ${size}px icon"; return 1; }
    done
    dpkg-deb -f "$DEB" Depends | tee /dev/stderr | grep -q 'libgl1' &&
        dpkg-deb -f "$DEB" Depends | grep -q 'libegl1'
}
check ".deb layout: /opt bundle, launcher, hicolor icons, copyright, Depends" deb_layout

lintian_clean() {  # lintian's errors and warnings, less the reasoned overrides the .deb ships
    command -v lintian >/dev/null || { echo "lintian is not installed (Debian: apt-get install lintian)"; return 1; }
    local status=0
    # -I also shows unused-override: an override that no longer matches anything is
    # stale and fails the check too. Shown: what fails it (not the info tags).
    lintian --display-info --fail-on error,warning --tag-display-limit 0 "$DEB" >"$TMP/lintian.txt" 2>&1 || status=$?
    grep -E '^[EW]: |unused-override' "$TMP/lintian.txt"
    if grep -q 'unused-override' "$TMP/lintian.txt"; then status=1; fi
    return "$status"
}
check "lintian: no error or warning beyond the overrides in the .deb" lintian_clean

echo "== Install the .deb"
SUDO=()
if [ "$(id -u)" != 0 ]; then
    if sudo -n true 2>/dev/null; then SUDO=(sudo -n); else SUDO=(none); fi
fi
if [ "${SUDO[*]}" = none ]; then
    echo "  skip  dpkg -i (needs root or password-less sudo)"
else
    if dpkg-query -W -f='${Status}' $APP 2>/dev/null | grep -q 'install ok installed'; then
        echo "  note  $APP was already installed; it is replaced by this build and removed after"
    fi
    check "dpkg -i (Depends satisfied)" "${SUDO[@]}" dpkg -i "$DEB"
    check "installed launcher on PATH: env -i PATH=/usr/bin:/bin $APP --self-test" \
        bash -c "cd / && timeout 120 env -i PATH=/usr/bin:/bin $APP --self-test"
    check "installed launcher takes a screenshot" \
        bash -c "cd '$TMP' && timeout 120 env -i PATH=/usr/bin:/bin HOME='$TMP' $APP --screenshot '$TMP/installed.png' && test -s '$TMP/installed.png'"
    check "dpkg -r removes it all" bash -c "${SUDO[*]} dpkg -r $APP >/dev/null && ! test -e /opt/$APP && ! test -e /usr/bin/$APP \
        && ! test -e /usr/share/applications/$APP.desktop"
fi

echo "== Recipes for other platforms (linted here, built by .github/workflows/release.yml)"
LINT_VENV=$ROOT/build/lint-venv
stamp=$(cat packaging/requirements-lint.txt packaging/tests/requirements.txt packaging/requirements-dist.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$LINT_VENV/.requirements" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$LINT_VENV" && "$PYTHON" -m venv "$LINT_VENV" &&
        "$LINT_VENV/bin/pip" install -q -r packaging/requirements-lint.txt -r packaging/tests/requirements.txt && echo "$stamp" >"$LINT_VENV/.requirements"
fi
WORKFLOW=.github/workflows/release.yml
check "workflow matches GitHub's schema (check-jsonschema)" \
    "$LINT_VENV/bin/check-jsonschema" --builtin-schema vendor.github-workflows "$WORKFLOW"
check "workflow passes yamllint" "$LINT_VENV/bin/yamllint" -c packaging/yamllint.yml "$WORKFLOW"
check "workflow passes zizmor's security audits" "$LINT_VENV/bin/zizmor" --offline --quiet "$WORKFLOW"
check "workflow and recipes: cross-file checks, shellcheck on run: steps" "$LINT_VENV/bin/python" packaging/check_recipes.py
check "packaging/tests: spec's filtering on a macOS framework tree, Qt pruning, Git Bash-safe calls" \
    "$LINT_VENV/bin/python" -m pytest -q -p no:cacheprovider packaging/tests
# The text check the Windows and macOS jobs run on their screenshots: it must pass this
# window and fail the same window drawn without fonts (what offscreen Qt on Windows drew).
DIST_PY=$ROOT/build/dist-venv/bin/python
check "screenshot shows text (packaging/screenshot_text.py)" "$DIST_PY" packaging/screenshot_text.py "$TMP/window.png"
no_fonts_caught() {
    echo '<fontconfig></fontconfig>' >"$TMP/no-fonts.conf"
    bare FONTCONFIG_FILE="$TMP/no-fonts.conf" "$BUNDLE/$APP" --screenshot "$TMP/no-fonts.png" &&
        ! "$DIST_PY" packaging/screenshot_text.py "$TMP/no-fonts.png"
}
check "screenshot_text.py fails a window drawn without fonts" no_fonts_caught
SCRIPTS=(packaging/build.sh packaging/test.sh packaging/linux/make-deb.sh packaging/macos/make-dmg.sh)
if command -v shellcheck >/dev/null; then
    check "shellcheck on the build scripts" shellcheck -x "${SCRIPTS[@]}"
else
    # shellcheck disable=SC2016  # $f is for the inner shell
    check "bash -n on the build scripts (no shellcheck here)" bash -c 'for f; do bash -n "$f" || exit 1; done' _ "${SCRIPTS[@]}"
fi
check "icons render (PNG sizes, .ico, .icns)" \
    bash -c "QT_QPA_PLATFORM=offscreen '$ROOT/build/dist-venv/bin/python' packaging/icons.py '$TMP/icons' >/dev/null &&
             file '$TMP/icons/$APP.ico' | grep -q 'icon resource - 7 icons' && file '$TMP/icons/$APP.icns' | grep -q 'Mac OS X icon'"

echo
if [ "$failed" -gt 0 ]; then printf 'failed: %s\n' "${failures[@]}"; fi
echo "dist-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
