#!/usr/bin/env bash
# tidy-bundle.sh BUNDLE_DIR
#
# Makes the ELF files of the PyInstaller onedir bundle fit to ship in the .tar.gz and the
# .deb (packaging/build.sh runs it on Linux right after PyInstaller):
#   * Run-time search paths (RUNPATH/RPATH) that lead outside the bundle are removed. The
#     Python the bundle is made from may carry one to its own lib folder on the build
#     machine (pyenv's /root/.pyenv/versions/X.Y.Z/lib): on a user's machine that is at
#     best a wasted lookup, at worst a folder someone else controls. Entries relative to
#     $ORIGIN that stay inside the bundle (PySide6's, pointing at Qt/lib) are kept. No
#     bundled file needs a removed entry: what they link to is in the system's paths.
#   * A shared object that uses libc but does not name libc.so.6 among the libraries it
#     needs gets it named. CPython links its small extension modules with --as-needed;
#     when their only references to libc are weak ones (__cxa_finalize, from the C
#     runtime's start files) the linker drops libc, and the object claims to need nothing.
#   * Shared objects lose the executable bit: they are loaded, never run.
#   * The .comment section (which compiler built the file) goes, as dh_strip does.
# packaging/test.sh checks the first point on the built bundle; lintian checks the others.
set -euo pipefail

BUNDLE=$(cd "${1:?usage: tidy-bundle.sh BUNDLE_DIR}" && pwd -P)
command -v patchelf >/dev/null || {
    echo "tidy-bundle.sh: patchelf is needed (Debian: apt-get install patchelf)" >&2
    exit 1
}

is_elf() { [ "$(head -c 4 "$1" | tail -c 3)" = ELF ]; }
is_shared_object() {  # a DYN object without a program interpreter: a library, not a program
    readelf -h "$1" 2>/dev/null | grep -q 'Type: *DYN' &&
        ! readelf -l "$1" 2>/dev/null | grep -q 'program interpreter'
}
inside_bundle() {  # inside_bundle ENTRY FILE: the search path ENTRY of FILE stays in the bundle
    local dir path
    dir=$(dirname "$2")
    case $1 in
        \$ORIGIN*) path=$dir${1#\$ORIGIN} ;;
        \$\{ORIGIN\}*) path=$dir${1#\$\{ORIGIN\}} ;;
        *) return 1 ;;  # absolute, relative to the working directory, or empty
    esac
    path=$(realpath -m "$path")
    [ "$path" = "$BUNDLE" ] || [ "${path#"$BUNDLE"/}" != "$path" ]
}

# libc's exported symbols, from the libc the bundle's own executable is linked against.
launcher=$(find "$BUNDLE" -maxdepth 1 -type f -perm -u+x | head -1)
libc=$(ldd "$launcher" | awk '$1 == "libc.so.6" { print $3 }')
[ -r "$libc" ] || { echo "tidy-bundle.sh: cannot find the libc.so.6 of $launcher" >&2; exit 1; }
libc_symbols=$(mktemp)
trap 'rm -f "$libc_symbols"' EXIT
nm -D --defined-only "$libc" | awk '{ sub(/@.*/, "", $3); print $3 }' | sort -u >"$libc_symbols"

declare -A dropped=()  # search path entry -> how many files had it
relinked=0 chmodded=0
while IFS= read -r -d '' file; do
    is_elf "$file" || continue

    if readelf -S -W "$file" 2>/dev/null | grep -q ' \.comment '; then
        objcopy --remove-section=.comment "$file"
    fi
    dynamic=$(readelf -d "$file" 2>/dev/null || true)
    search=$(printf '%s\n' "$dynamic" | sed -n 's/.*(R\(UN\)\{0,1\}PATH).*\[\(.*\)\]$/\2/p' | head -1)
    if [ -n "$search" ]; then
        kept=()
        IFS=: read -r -a entries <<<"$search"
        for entry in "${entries[@]}"; do
            if inside_bundle "$entry" "$file"; then
                kept+=("$entry")
            else
                dropped[$entry]=$((${dropped[$entry]:-0} + 1))
            fi
        done
        joined=$(IFS=:; printf '%s' "${kept[*]}")
        if [ "$joined" != "$search" ]; then
            if [ -z "$joined" ]; then
                patchelf --remove-rpath "$file"
            elif printf '%s\n' "$dynamic" | grep -q '(RPATH)'; then
                patchelf --force-rpath --set-rpath "$joined" "$file"
            else
                patchelf --set-rpath "$joined" "$file"
            fi
        fi
    fi

    is_shared_object "$file" || continue
    if ! printf '%s\n' "$dynamic" | grep -q 'NEEDED.*\[libc\.so\.6\]'; then
        uses_libc=$(nm -D --undefined-only "$file" | awk '{ sub(/@.*/, "", $2); print $2 }' | sort -u |
            comm -12 - "$libc_symbols" | head -1)
        if [ -n "$uses_libc" ]; then
            patchelf --add-needed libc.so.6 "$file"
            relinked=$((relinked + 1))
        fi
    fi
    if [ -x "$file" ]; then
        chmod a-x "$file"
        chmodded=$((chmodded + 1))
    fi
done < <(find "$BUNDLE" -type f -print0)

for entry in "${!dropped[@]}"; do
    echo "tidy-bundle.sh: search path '$entry' removed from ${dropped[$entry]} files"
done
echo "tidy-bundle.sh: libc.so.6 named in $relinked shared objects; $chmodded no longer executable"
