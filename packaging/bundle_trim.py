"""What the bundle keeps of PyInstaller's analysis: the part of the trimming in
embedded-unit-converter.spec that does not depend on the machine it runs on, kept apart so
that packaging/tests/ can run it on Linux against Windows and macOS layouts.

Entries are PyInstaller TOC tuples (dest, src, typecode): `dest` is relative to the bundle
(with backslashes on Windows); for a SYMLINK, `src` is the link's target relative to the
folder holding the link. `platform` is a `sys.platform` value.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import PurePosixPath
from typing import Callable, Iterable

Entry = tuple  # (dest, src, typecode)

# More links followed than this while resolving one path means a cycle (Linux's limit).
MAX_LINK_HOPS = 40


def _path(dest: str) -> str:
    """Bundle-relative path with forward slashes, normalised ('a/./b/../c' -> 'a/c')."""
    return posixpath.normpath(dest.replace("\\", "/"))


# --- macOS frameworks ------------------------------------------------------------------------

def framework_dir(dest: str) -> str | None:
    """'PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore' -> 'PySide6/Qt/lib/QtCore.framework'
    (the outermost .framework folder holding dest), else None."""
    parts = PurePosixPath(_path(dest)).parts
    for depth, part in enumerate(parts[:-1]):
        if part.endswith(".framework"):
            return "/".join(parts[:depth + 1])
    return None


def framework_binary(dest: str) -> str | None:
    """The framework's name if dest is its binary, 'Name.framework/Versions/<v>/Name', as
    PyInstaller collects it (PyInstaller.utils.osx.is_framework_bundle_lib)."""
    parts = PurePosixPath(_path(dest)).parts
    if len(parts) >= 4 and parts[-3] == "Versions" and parts[-4] == parts[-1] + ".framework":
        return parts[-1]
    return None


# --- Libraries nothing kept links to -----------------------------------------------------------

def is_prunable_library(dest: str, platform: str) -> bool:
    """Whether dest is a shared library that stays only if something kept links to it.

    Qt loads plugins (plugins/, qml/) by path, and the bootloader loads Python's library by
    name: those are roots. Linux: every other shared library. Windows and macOS: Qt's own
    libraries (Qt6Foo.dll, QtFoo.framework) only, so that nothing Windows or macOS loads
    behind the linker's back (opengl32sw.dll, d3dcompiler_47.dll, Python.framework) can go."""
    parts = PurePosixPath(_path(dest)).parts
    name = parts[-1]
    if "plugins" in parts[:-1] or "qml" in parts[:-1]:
        return False
    if platform.startswith("linux"):
        is_library = ".so." in name or (name.endswith(".so") and name.startswith("lib")
                                        and not name.endswith(".abi3.so"))
        return is_library and not name.startswith("libpython")
    if platform == "win32":
        return re.fullmatch(r"Qt6\w+\.dll", name, re.IGNORECASE) is not None
    if platform == "darwin":
        framework = framework_binary(dest)
        return framework is not None and framework.startswith("Qt")
    return False


def reachable_libraries(binaries: list[Entry], imports_of: Callable[[str], Iterable[str]],
                        platform: str) -> list[Entry]:
    """binaries minus the prunable libraries that no root links to, directly or through
    other kept libraries. The analysis pulled them in for QML modules and plugins the spec
    filtered out (Quick3D, Pdf, ...). imports_of(src) names the libraries src links to
    (PyInstaller's bindepend.get_imports); only the file name of each counts."""
    fold = str.lower if platform == "win32" else str  # Windows names ignore case
    by_name = {fold(PurePosixPath(_path(dest)).name): src for dest, src, kind in binaries}
    queue = [src for dest, src, kind in binaries if not is_prunable_library(dest, platform)]
    seen: set[str] = set()
    while queue:
        src = queue.pop()
        if src in seen:
            continue
        seen.add(src)
        for name in imports_of(src):
            found = by_name.get(fold(PurePosixPath(name.replace("\\", "/")).name))
            if found is not None:
                queue.append(found)
    return [entry for entry in binaries if entry[1] in seen]


def removed_frameworks(before: list[Entry], after: list[Entry]) -> set[str]:
    """Framework folders whose binary was in `before` but is not in `after`."""
    def with_binary(toc):
        return {framework_dir(dest) for dest, src, kind in toc if framework_binary(dest)}
    return with_binary(before) - with_binary(after)


def outside(toc: list[Entry], folders: set[str]) -> list[Entry]:
    """toc without the entries inside any of `folders` (a framework's Info.plist, its
    Versions/Current and top-level links: a framework without its binary is one codesign
    rejects)."""
    return [entry for entry in toc
            if not any(_path(entry[0]).startswith(folder + "/") for folder in folders)]


# --- Symbolic links ----------------------------------------------------------------------------

def _resolve(path: str, links: dict[str, str]) -> str | None:
    """path with every link on it (itself or a parent folder) replaced by its target, as the
    file system would resolve it inside the bundle; None if it leaves the bundle or loops."""
    for _ in range(MAX_LINK_HOPS):
        if path == ".." or path.startswith("../") or path.startswith("/"):
            return None
        parts = path.split("/")
        for depth in range(1, len(parts) + 1):
            target = links.get("/".join(parts[:depth]))
            if target is not None:
                path = posixpath.normpath("/".join([target] + parts[depth:]))
                break
        else:
            return path
    return None


def dangling_symlinks(entries: list[Entry]) -> set[str]:
    """dests of the SYMLINK entries that would point at nothing once the bundle is written.

    A link is kept when its target, resolved inside the bundle through the other kept links,
    is a kept file or a folder holding kept files. So PyInstaller's top-level links
    (libQt6Core.so.6 -> PySide6/Qt/lib/libQt6Core.so.6) go with their library, and the
    links of a macOS framework that codesign requires stay: Versions/Current -> A (a
    folder), QtCore -> Versions/Current/QtCore and Resources -> Versions/Current/Resources
    (paths through another link)."""
    files = {_path(dest) for dest, src, kind in entries if kind != "SYMLINK"}
    folders = {str(parent) for f in files for parent in PurePosixPath(f).parents} - {"."}
    links = {}
    for dest, src, kind in entries:
        if kind == "SYMLINK":
            link = _path(dest)
            target = src.replace("\\", "/")
            links[link] = None if target.startswith("/") else _path(posixpath.join(posixpath.dirname(link), target))
    existing = files | folders
    kept = {link: target for link, target in links.items() if target is not None}
    while True:  # dropping one link can leave another that pointed through it dangling
        gone = {link for link, target in kept.items() if _resolve(target, kept) not in existing}
        if not gone:
            return set(links) - set(kept)
        for link in gone:
            del kept[link]


def without(toc: list[Entry], dests: set[str]) -> list[Entry]:
    return [entry for entry in toc if _path(entry[0]) not in dests]


# --- macOS minimum version ---------------------------------------------------------------------

def macos_minimum(wheel_tags: Iterable[str]) -> str | None:
    """Highest macOS version the wheel tags ask for ('cp310-abi3-macosx_13_0_universal2' ->
    '13.0'), None if no tag names macOS."""
    versions = [(int(major), int(minor)) for tag in wheel_tags
                for major, minor in re.findall(r"macosx_(\d+)_(\d+)_", tag)]
    return "%d.%d" % max(versions) if versions else None
