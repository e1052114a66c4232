"""Regenerates the translation sources and compiled catalogues.

    .venv/bin/python python/embedded_unit_converter/gui/i18n/update.py

1. pyside6-lupdate scans the QML (qsTr) and Python (QCoreApplication.translate) files
   and updates every embedded_unit_converter_<lang>.ts here, keeping existing
   translations; new strings appear as unfinished for a translator (Qt Linguist).
2. pyside6-lrelease compiles each .ts to the .qm the app loads. Commit both.

Add a language by passing its code: update.py fr  (creates embedded_unit_converter_fr.ts).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUI = HERE.parent


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def main(new_languages: list[str]) -> int:
    sources = sorted(str(p.relative_to(GUI)) for p in GUI.rglob("*") if p.suffix in (".qml", ".py")
                     and "i18n" not in p.parts)
    targets = sorted(HERE.glob("embedded_unit_converter_*.ts"))
    targets += [HERE / f"embedded_unit_converter_{lang}.ts" for lang in new_languages]
    for ts in targets:
        subprocess.run([tool("pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(ts)],
                       cwd=GUI, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
