"""Regenerates the translation sources and compiled catalogues.

    .venv/bin/python python/embedded_unit_converter/gui/i18n/update.py

1. category_names.py is rewritten from the Rust core's categories, so every category name
   the window shows is listed for translation (the unit data itself stays English).
2. pyside6-lupdate scans the QML (qsTr) and Python (QCoreApplication.translate) files
   and updates every embedded_unit_converter_<lang>.ts here, keeping existing
   translations; new strings appear as unfinished for a translator (Qt Linguist).
3. pyside6-lrelease compiles each .ts to the .qm the app loads. Commit both.

Add a language by passing its code: update.py fr  (creates embedded_unit_converter_fr.ts).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUI = HERE.parent
CATEGORY_NAMES = GUI / "category_names.py"
CATEGORY_CONTEXT = "Category"


def render_category_names() -> str:
    """The text of category_names.py: one QT_TRANSLATE_NOOP per category the core knows."""
    import embedded_unit_converter as euc

    def quote(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)  # a valid Python literal, in double quotes

    names = list(dict.fromkeys(c.name for c in euc.categories()))
    lines = [
        '"""Category names, listed so pyside6-lupdate finds them for translation.',
        "",
        "Generated from the Rust core by i18n/update.py; do not edit. The window shows",
        f'QCoreApplication.translate("{CATEGORY_CONTEXT}", name), falling back to the English name.',
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "CATEGORY_NAMES = (",
        *(f"    QT_TRANSLATE_NOOP({quote(CATEGORY_CONTEXT)}, {quote(name)})," for name in names),
        ")",
        "",
    ]
    return "\n".join(lines)


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def main(new_languages: list[str]) -> int:
    text = render_category_names()
    if not CATEGORY_NAMES.exists() or CATEGORY_NAMES.read_text(encoding="utf-8") != text:
        CATEGORY_NAMES.write_text(text, encoding="utf-8")
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
