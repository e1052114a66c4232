"""A smaller ICU data library for the Linux bundle.

Qt's Linux wheels link their own ICU, whose data library (libicudata.so.NN) is 31 MB: a
third of a trimmed bundle. Qt draws on it for collation, time-zone display names and
legacy text codecs; its own CLDR tables (compiled into QtCore) do number, date and
language-name formatting. This keeps the ICU items for English and the languages the
app is translated into, plus everything that is not per-language (normalization,
Unicode properties, time-zone rules, supplemental data), and drops:
  * the locale data of every other language (sorting and time-zone names fall back to the
    root locale, the same for everyone),
  * the ~200 legacy-codepage converters (*.cnv; the app reads and writes only UTF-8),
  * break-iterator rules and dictionaries, transliterators, spell-out rules and Unicode
    character names (Qt uses none of them).
Result: ~4 MB instead of 31 MB.

Tools: icupkg and genccode from Debian's icu-devtools (any ICU version: the package
format is stable), and a C compiler to assemble the data into a shared library with the
original soname and symbol, so libicuuc finds it exactly as before.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

# "de.res", "zh_Hant_TW.res", "es_.res" (a collation alias): per-language resource bundles.
_LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(_\w*)?\.res$")
_DROPPED_TREES = ("brkitr", "translit", "rbnf")
_DROPPED_FILES = ("unames.icu",)


def tools_available() -> bool:
    return all(shutil.which(tool) for tool in ("icupkg", "genccode", "cc", "nm", "readelf"))


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the icudtNN_dat array in the library."""
    symbols = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)],
                             check=True, capture_output=True, text=True).stdout
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", symbols, re.M)
    if not match:
        raise RuntimeError(f"no icudtNN_dat symbol in {library}")
    address, size, name = int(match[1], 16), int(match[2], 16), match[3]
    sections = subprocess.run(["readelf", "-S", "-W", str(library)],
                              check=True, capture_output=True, text=True).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return name, address - section_address + section_offset, size
    raise RuntimeError(f"no .rodata section in {library}")


def _droppable(item: str, keep_languages: set[str]) -> bool:
    tree, _, base = item.rpartition("/")
    if tree in _DROPPED_TREES or base in _DROPPED_FILES or base.endswith(".cnv"):
        return True
    match = _LOCALE_ITEM.match(base)
    return bool(match) and match[1] not in keep_languages


def trim(library: Path, work_dir: Path, keep_languages: set[str]) -> Path:
    """Write a trimmed copy of `library` (a libicudataNN.so) into work_dir and return it."""
    work_dir.mkdir(parents=True, exist_ok=True)
    symbol, offset, size = _data_symbol(library)  # e.g. icudt73_dat
    package = symbol[: -len("_dat")] + "l"  # icudt73l: the package name inside the data
    original = work_dir / f"{package}.dat"
    with open(library, "rb") as handle:
        handle.seek(offset)
        original.write_bytes(handle.read(size))

    listing = subprocess.run(["icupkg", "-l", str(original)],
                             check=True, capture_output=True, text=True).stdout.split()
    drop = {item for item in listing if _droppable(item, keep_languages)}
    trimmed_dir = work_dir / "trimmed"
    trimmed_dir.mkdir(exist_ok=True)
    trimmed = trimmed_dir / original.name
    # A kept item may alias a dropped one (e.g. coll/es_.res -> coll/es.res): keep those too.
    for _ in range(10):
        (work_dir / "drop.txt").write_text("\n".join(sorted(drop)) + "\n")
        result = subprocess.run(["icupkg", "-r", str(work_dir / "drop.txt"), str(original),
                                 str(trimmed)], capture_output=True, text=True)
        missing = set(re.findall(r"depends on missing item (\S+)", result.stdout + result.stderr))
        if not missing and result.returncode == 0:
            break
        if not missing:
            raise RuntimeError(f"icupkg failed: {result.stdout}{result.stderr}")
        drop -= missing
    else:
        raise RuntimeError("icupkg: item dependencies did not settle")

    subprocess.run(["genccode", "-q", "-e", symbol[: -len("_dat")], "-a", "gcc",
                    "-d", str(work_dir), str(trimmed)], check=True)
    output = work_dir / library.name
    soname = subprocess.run(["readelf", "-d", str(library)], check=True, capture_output=True,
                            text=True).stdout
    soname_match = re.search(r"\(SONAME\).*\[(.+)\]", soname)
    subprocess.run(["cc", "-shared", "-nostdlib", "-Wl,-z,noexecstack", "-s",
                    f"-Wl,-soname,{soname_match[1] if soname_match else library.name}",
                    "-o", str(output), str(work_dir / f"{package}_dat.S")], check=True)
    return output
