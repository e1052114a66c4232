"""PySide6's own Python support code, compiled once at build time for the bundle.

shiboken6 (under every PySide6 import) carries its `shibokensupport` package (signatures,
`__feature__` switches, stub generator) as Python source in a zip inside libshiboken, and
compiles all of it at every start: ~100 million instructions, about a seventh of what a
minimal PySide6 window executes before its first frame. shiboken6 also looks for these
modules as plain files in `shiboken6/files.dir` (the layout its `SBK_EMBED=0` switch
writes) and then imports them like any module. The spec puts them there as compiled .pyc files, without the
sources: imported as they are, never compiled nor written at run time (the bundle may sit
in a read-only /usr/lib).

Build-time only; the development environment keeps PySide6 as installed.
"""

from __future__ import annotations

import py_compile
import sys
import zipfile
from pathlib import Path, PurePosixPath

# Where shiboken6 looks, relative to its package folder (signature_bootstrap.py's
# find_incarnated_files).
FILES_DIR = "files.dir"
PACKAGE = "shibokensupport"


def embedded_archive() -> zipfile.ZipFile | None:
    """The zip shiboken6 imported its support package from in this process, or None when
    this PySide6 loads it some other way (then the bundle keeps the stock behaviour)."""
    import shiboken6  # noqa: F401  (loads the support package)

    support = sys.modules.get(PACKAGE)
    archive = getattr(getattr(support, "__loader__", None), "zfile", None)
    return archive if isinstance(archive, zipfile.ZipFile) else None


def compile_package(archive: zipfile.ZipFile, out_dir: Path) -> list[tuple[str, str]]:
    """Compiles every module of the support package in `archive` into `out_dir` as a
    sourceless .pyc (`feature.py` -> `feature.pyc`, beside its package's other modules).

    Returns PyInstaller data entries (source file, folder in the bundle) that place them
    under shiboken6/files.dir. Tracebacks name the modules as the archive does."""
    datas = []
    for name in sorted(archive.namelist()):
        path = PurePosixPath(name)
        if path.suffix != ".py" or path.parts[0] != PACKAGE:
            continue
        source = out_dir / "src" / path
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_bytes(archive.read(name))
        target = out_dir / "pyc" / path.with_suffix(".pyc")
        target.parent.mkdir(parents=True, exist_ok=True)
        # Unchecked: a sourceless .pyc is never checked against a source anyway.
        py_compile.compile(str(source), cfile=str(target), dfile=name, doraise=True,
                           invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
        datas.append((str(target), str(PurePosixPath("shiboken6", FILES_DIR, *path.parent.parts))))
    return datas
