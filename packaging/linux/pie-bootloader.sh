#!/usr/bin/env bash
# pie-bootloader.sh VENV_PYTHON
#
# The program a Linux bundle starts with is PyInstaller's bootloader. The one in
# PyInstaller's wheel is built for old systems (manylinux2014) and is not a
# position-independent executable, so address space layout randomisation cannot move it
# (lintian: hardening-no-pie). This rebuilds the venv's PyInstaller, same pinned version,
# from its source release with the bootloader compiled here: Debian's and Ubuntu's gcc
# make PIE by default, and the hardening flags come from dpkg-buildflags (full RELRO,
# immediate binding, stack protector, fortified functions) where it exists. That
# bootloader needs this machine's glibc or newer, which the bundled Python already does.
# Nothing happens when the venv's bootloader is already PIE (once per build venv).
# Needs a C compiler and zlib's headers (Debian: gcc zlib1g-dev).
set -euo pipefail

VPY=${1:?usage: pie-bootloader.sh VENV_PYTHON}
bootloader=$("$VPY" -c 'import os, PyInstaller as p; from PyInstaller import PLATFORM
print(os.path.join(os.path.dirname(p.__file__), "bootloader", PLATFORM, "run"))')
is_pie() { readelf -h "$1" 2>/dev/null | grep -q 'Type: *DYN'; }
if is_pie "$bootloader"; then
    exit 0
fi

version=$("$VPY" -c 'import PyInstaller; print(PyInstaller.__version__)')
echo "pie-bootloader.sh: building PyInstaller $version's bootloader as a PIE"
if command -v dpkg-buildflags >/dev/null; then
    for flag in CFLAGS CPPFLAGS LDFLAGS; do
        export "$flag=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$flag")"
    done
fi
PYINSTALLER_COMPILE_BOOTLOADER=1 "$VPY" -m pip install -q --no-cache-dir --force-reinstall \
    --no-deps --no-binary pyinstaller "pyinstaller==$version"
if ! is_pie "$bootloader"; then
    echo "pie-bootloader.sh: $bootloader is still not position-independent" >&2
    exit 1
fi
